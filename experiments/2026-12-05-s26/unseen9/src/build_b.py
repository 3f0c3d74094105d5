# -*- coding: utf-8 -*-
"""Doc B: news-site report of 哈尔滨市科技创新大会 (fictional) -> corpus/B_*.html + plain/B_*.txt

Page furniture: site nav, breadcrumb, 来源/作者 line, 分享到, 责任编辑,
related-news list (10 headlines), footer. plain/ holds the title and the
article body only.
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAME = "B_haerbin_kejichuangxin_dahui_xinwen"
HTML = os.path.join(ROOT, "corpus", NAME + ".html")
PLAIN = os.path.join(ROOT, "plain", NAME + ".txt")

TITLE = "哈尔滨市科技创新大会召开 表彰2025年度科技创新先进单位"
SUBTITLE = "周振宇出席并讲话 孙海涛主持"

PARAS = [
    "3月18日上午，哈尔滨市科技创新大会在哈尔滨国际会议中心召开。大会深入贯彻全国、全省科技大会精神，总结2025年全市科技创新工作，表彰先进，部署推进“科技强市”建设重点任务。市委书记周振宇出席并讲话，市长孙海涛主持会议，省科技厅副厅长陈卫东应邀出席并致辞。",
    "市人大常委会主任郑国栋、市政协主席马丽华等市领导出席会议。各区、县（市）和市直有关部门主要负责同志，驻哈高校、科研院所和企业代表共约800人参加会议。",
    "会上，市科技局局长韩志明通报了2025年全市科技创新工作情况。2025年，全市高新技术企业达到4268家，同比增长13.7%；科技型中小企业评价入库6120家；技术合同成交额达到612.4亿元，同比增长21.3%；全社会研发经费投入强度达到2.35%，比上年提高0.12个百分点；新增省级以上创新平台46个。韩志明表示，全市科技创新主要指标增速均高于全省平均水平，“哈尔滨科技创新的‘家底’更厚了、‘成色’更足了”。",
    "副市长刘佳宣读了《哈尔滨市人民政府关于2025年度哈尔滨市科学技术奖励的决定》。2025年度哈尔滨市科学技术奖共授奖86项（人），其中科学技术最高奖1人、科技进步一等奖12项、技术发明一等奖5项、青年科技奖10人。哈尔滨寒地工程学院教授林正阳获得科学技术最高奖，奖金100万元。",
    "大会同时表彰了2025年度哈尔滨市科技创新先进单位，哈尔滨锐驰机器人科技有限公司、哈尔滨北极星新材料股份有限公司、龙江冰雪装备研究院有限公司、哈尔滨瑞康生物医药有限公司、哈尔滨天鹅光电技术有限公司、哈尔滨松花江智能农机有限公司、哈尔滨冰原航天材料有限公司、黑龙江极光数据科技有限公司等8家单位受到表彰。",
    "陈卫东在致辞中对哈尔滨近年来的科技创新成绩给予充分肯定，他说：“哈尔滨是全省科技创新的‘主引擎’，省科技厅将在重大平台布局、重点项目支持等方面继续向哈尔滨倾斜。”",
    "周振宇在讲话中指出：“科技创新是哈尔滨振兴发展的最大变量，也是最大增量。”他强调，要把推动科技成果就地转化作为主攻方向，“让更多‘哈字号’科技成果在哈尔滨落地生根、开花结果”。周振宇提出，到2027年，全市高新技术企业数量突破6000家，技术合同成交额突破800亿元，全社会研发经费投入强度达到2.6%。他要求各级党委和政府把科技创新作为“一把手”工程，主要负责同志要亲自研究、亲自部署、亲自推动。",
    "周振宇就做好今后一个时期科技创新工作提出三点要求。一是聚焦优势领域抓攻关，围绕航空航天、机器人、生物医药、冰雪装备等领域，每年实施市级重大科技专项不少于20项；二是聚焦企业主体抓培育，让企业真正成为技术创新决策、研发投入和成果转化的主体；三是聚焦人才引育抓生态，用好驻哈高校院所资源，“既要把人才引进来，更要把人才留下来”。",
    "周振宇还特别提到，要加快推进哈尔滨综合性科技创新中心建设，支持驻哈高校与企业共建中试平台，打通科技成果从“实验室”到“生产线”的“最后一公里”。",
    "孙海涛在主持会议时要求，各地各部门要迅速传达贯彻大会精神，抓好各项任务落实。他宣布，今年市财政将安排科技创新专项资金15亿元，重点支持关键核心技术攻关、中试平台建设和科技企业培育，并启动建设全长约28公里的松北科创走廊。孙海涛介绍，市政府近期将出台《哈尔滨市加快建设科技强市的若干政策措施》，共20条，对新认定的国家级科技企业孵化器一次性奖励200万元，对企业新建中试基地按设备投资额的30%给予补助，最高500万元。孙海涛说：“对企业提出的科技创新诉求，要做到件件有回音、事事有着落。”",
    "会上，市政府与哈尔滨寒地工程学院、东北林业科技学院等5所高校签署校地科技合作协议，现场集中签约科技成果转化项目23个，总金额达137亿元。",
    "获奖代表、哈尔滨寒地工程学院教授林正阳作了发言。他说：“寒地建筑技术的每一项突破，都来自解决严寒地区的实际难题，我们团队将继续扎根龙江，把论文写在黑土地上。”企业代表、哈尔滨锐驰机器人科技有限公司董事长高翔在发言中表示，今年公司将再投入2亿元建设智能焊接机器人研发中心，力争3年内实现核心零部件国产化率达到90%以上。",
    "韩志明在通报中列举了一批标志性成果：哈尔滨锐驰机器人科技有限公司研发的大型构件智能焊接机器人打破国外垄断，哈尔滨冰原航天材料有限公司的耐极寒复合材料应用于多个国家重点工程，黑龙江极光数据科技有限公司建成全省首个寒区算力中心。",
    "会前，与会领导和代表参观了哈尔滨科技创新成果展。展览面积约3000平方米，分为航空航天、智能制造、生物医药、现代农业、冰雪科技五个展区，集中展示了近年来全市取得的120余项科技创新成果，其中智能焊接机器人、耐极寒复合材料、寒地水稻智能育秧装备等展品吸引了众多参观者驻足。",
    "当天下午，与会代表分为高校院所、企业和区县三个小组进行讨论。大家一致认为，大会目标明确、措施有力，将以此次大会为新起点，推动科技创新和产业创新深度融合。",
    "据悉，今年我市将组织实施“科技企业倍增”“创新平台提能”“成果转化提速”三大行动，力争全年新认定高新技术企业800家以上，新建概念验证中心和中试基地10个。",
]

RELATED = [
    "哈尔滨新区出台支持人工智能产业发展十条措施",
    "我市今年首批科技型中小企业入库名单公布",
    "哈尔滨冰雪经济产业链招商推介会在深圳举行",
    "市科技局召开2026年全市科技工作会议",
    "“哈洽会”科技成果转化专场签约项目31个",
    "哈尔滨寒地工程学院新增两个省级重点实验室",
    "松北区：以“三个一批”推进重点项目建设",
    "我市启动2026年度“揭榜挂帅”科技项目征集",
    "哈尔滨地铁3号线二期东南环段通车一周年客流超4000万人次",
    "第三届哈尔滨青年创新创业大赛决赛落幕",
]


def build():
    os.makedirs(os.path.dirname(HTML), exist_ok=True)
    os.makedirs(os.path.dirname(PLAIN), exist_ok=True)
    e = html.escape
    body_html = "\n".join(f"      <p>{e(t)}</p>" for t in PARAS)
    related_html = "\n".join(
        f'        <li><a href="/news/2026-03/{19 - i // 3:02d}/content_{88217 - i * 13}.html">{e(h)}</a><span>2026-03-{19 - i // 3:02d}</span></li>'
        for i, h in enumerate(RELATED)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(TITLE)}_冰城新闻网</title>
<meta name="keywords" content="哈尔滨,科技创新大会,科学技术奖">
<meta name="description" content="{e(TITLE)}">
<style>
 body{{font-family:"Microsoft YaHei",sans-serif;margin:0;color:#222}}
 .top-nav a{{margin:0 8px;color:#fff}} .top-nav{{background:#0b4ea2;padding:8px}}
 .article{{width:860px;margin:20px auto}} .info{{color:#888;font-size:13px}}
 .related li span{{float:right;color:#999}}
</style>
</head>
<body>
  <div class="top-nav">
    <a href="/">首页</a><a href="/hrb/">哈尔滨</a><a href="/sz/">时政</a><a href="/kj/">科技</a><a href="/jj/">经济</a><a href="/sh/">社会</a><a href="/wl/">文旅</a><a href="/sp/">视频</a><a href="/zt/">专题</a>
    <form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form>
  </div>
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/hrb/">哈尔滨</a> &gt; 正文</div>
  <div class="article">
    <h1>{e(TITLE)}</h1>
    <h3 class="subtitle">{e(SUBTITLE)}</h3>
    <div class="info">
      <span class="time">2026-03-19 07:45:12</span>
      <span class="source">来源：哈尔滨日报</span>
      <span class="author">作者：记者 李晓雪 于嘉宁</span>
      <span class="font">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>
    </div>
    <div class="content" id="article-content">
{body_html}
    </div>
    <div class="editor">【责任编辑：吴思远】</div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">复制链接</a></div>
    <div class="related">
      <h4>相关新闻</h4>
      <ul>
{related_html}
      </ul>
    </div>
  </div>
  <div class="footer">
    <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/law/">法律声明</a></p>
    <p>冰城新闻网版权所有 未经授权禁止复制或建立镜像</p>
    <p>违法和不良信息举报电话：0451-82736150 黑ICP备10027381号-2</p>
  </div>
</body>
</html>
"""
    with open(HTML, "w", encoding="utf-8") as f:
        f.write(page)
    with open(PLAIN, "w", encoding="utf-8") as f:
        f.write("\n".join([TITLE, SUBTITLE] + PARAS) + "\n")
    return HTML, PLAIN


if __name__ == "__main__":
    print(build())
