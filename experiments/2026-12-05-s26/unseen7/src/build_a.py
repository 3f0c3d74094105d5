# -*- coding: utf-8 -*-
"""Doc A: 广州市科学技术局 政策解读 web page (HTML, Q&A form). Fictional content.

Writes corpus/A_guangzhou_xinxingyanfajigou_zhengcejiedu.html and plain/A.txt
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HTML_NAME = "A_guangzhou_xinxingyanfajigou_zhengcejiedu.html"

TITLE = "《广州市支持新型研发机构高质量发展若干措施》政策解读"

LEAD = ("2025年9月，广州市科学技术局会同广州市财政局、广州市发展和改革委员会、广州市工业和信息化局联合印发了"
        "《广州市支持新型研发机构高质量发展若干措施》（穗科规字〔2025〕6号，以下简称《若干措施》）。"
        "《若干措施》自2025年10月1日起施行，有效期5年。为便于社会各界准确理解和把握政策内容，现将有关问题解读如下。")

QA = [
    ("一、问：《若干措施》出台的背景是什么？",
     "答：新型研发机构是我市建设具有全球影响力的科技创新强市的重要力量。截至2024年底，全市经认定的市级新型研发机构共87家，"
     "其中黄埔区数量最多，达29家；全市新型研发机构累计孵化和引进科技型企业1460余家，承担国家级科研项目310余项。"
     "与此同时，部分机构仍存在自我造血能力不足、成果转化渠道不畅、人才队伍稳定性不高等问题。"
     "为进一步激发新型研发机构创新活力，市科技局在对32家机构开展实地调研、广泛征求各区和有关部门意见的基础上，研究起草了《若干措施》。"),
    ("二、问：《若干措施》所称的新型研发机构是指什么？",
     "答：《若干措施》所称新型研发机构，是指在广州市注册登记，投资主体多元化、建设模式国际化、运行机制市场化、管理制度现代化，"
     "主要从事科学研究、技术创新和研发服务的独立法人机构。机构类型可以是事业单位、企业，也可以是社会服务机构。"),
    ("三、问：申请认定市级新型研发机构需要具备哪些条件？",
     "答：申请认定的机构应当同时具备以下条件：一是在本市注册登记并实际运营满1年；"
     "二是上年度研究开发经费支出占年收入总额的比例不低于30%；"
     "三是在职研发人员不少于20人，且占在职职工总数的比例不低于50%；"
     "四是具备开展研发活动所需的办公和科研场地，面积不少于1000平方米；"
     "五是具有明确的主攻方向和相对稳定的收入来源。"),
    ("四、问：《若干措施》主要从哪些方面支持新型研发机构发展？",
     "答：《若干措施》共16条，围绕新型研发机构发展的关键环节，从建设支持、绩效奖补、人才引育、成果转化、金融服务和空间保障六个方面提出了具体支持举措。"),
    ("五、问：新认定的新型研发机构可以获得哪些资金支持？",
     "答：对首次认定的市级新型研发机构，给予一次性建设补助100万元。"
     "对被认定为省级新型研发机构的，按照省、市补助就高不重复的原则给予差额补助，累计补助最高不超过300万元。"
     "对世界500强企业、中国科学院所属院所、国内“双一流”建设高校等在穗设立的重大新型研发机构，"
     "经市人民政府同意后可采取“一事一议”方式予以支持，支持金额最高不超过1亿元。"),
    ("六、问：绩效评价如何开展，评价结果如何运用？",
     "答：市科技局每两年组织开展一次绩效评价，评价结果分为优秀、良好、合格、不合格四个等次。"
     "评价为优秀的，按照上一评价周期内非财政资金研发投入的20%给予奖补，最高500万元；"
     "评价为良好的，按照10%给予奖补，最高200万元。"
     "评价为不合格的，取消其市级新型研发机构资格，3年内不得再次申请认定。"),
    ("七、问：在人才引进和培养方面有哪些支持？",
     "答：新型研发机构引进的高层次人才，可按规定申请广州市人才绿卡，在子女入学、医疗保健、住房保障等方面享受便利服务。"
     "支持新型研发机构与在穗高校联合培养研究生，每联合培养1名博士研究生给予5万元补助，每家机构每年补助最高50万元。"
     "符合条件的新型研发机构可开展自主职称评审试点，评审结果在本市范围内有效。"),
    ("八、问：在促进科技成果转化方面有哪些激励措施？",
     "答：鼓励新型研发机构面向企业开展技术开发、技术转让、技术咨询和技术服务，"
     "按照上年度登记的技术合同实际到账金额的5%给予奖励，每家机构每年最高300万元。"
     "新型研发机构转化科技成果所获收益，可按照不低于70%的比例用于奖励成果完成人及研发团队。"),
    ("九、问：在金融服务和空间保障方面有哪些支持？",
     "答：新型研发机构及其孵化企业可纳入广州市科技信贷风险补偿资金池支持范围，"
     "合作银行发生的贷款本金损失，由风险补偿资金按最高60%的比例给予补偿。"
     "同时，由广州科创投资发展有限公司牵头设立规模20亿元的新型研发机构成果转化子基金，重点投资新型研发机构孵化的早期项目。"
     "在空间保障方面，各区应将新型研发机构建设用地纳入年度土地供应计划优先保障。"
     "新型研发机构租用政府投资建设的科研用房的，前3年免收租金，第4年至第5年按市场租金的50%收取。"),
    ("十、问：《若干措施》对各支持事项的具体标准是怎样的？",
     "答：各支持事项的支持对象、支持标准及单家机构年度上限见下表。同一机构的同一事项不得重复享受市级财政资金支持。"),
    ("十一、问：如何申报相关支持？",
     "答：市科技局每年发布年度申报指南，申报单位通过“广州科技政务服务平台”在线填报并提交材料，"
     "经所在区科技主管部门审核推荐后报送市科技局。年度申报时间原则上为每年4月1日至5月31日，具体以当年申报指南为准。"
     "申报单位应对所提交材料的真实性负责，对弄虚作假骗取财政资金的，依法追回已拨付资金，并纳入科研诚信严重失信行为记录。"),
    ("十二、问：政策执行过程中遇到问题可以向哪里咨询？",
     "答：可联系广州市科学技术局产学研合作处，联系人：林晓峰、邓婉清，联系电话：020-83125476，"
     "办公地址：广州市越秀区东风中路318号科技大厦12楼。"),
]

TABLE_AFTER = 9  # the table follows the answer of item 十 (index 9)
TABLE_CAPTION = "《若干措施》主要支持事项及支持标准"
TABLE = [
    ["支持事项", "支持对象", "支持标准", "单家年度上限"],
    ["建设补助", "首次认定的市级新型研发机构", "一次性补助100万元", "100万元"],
    ["省级认定差额补助", "新认定为省级新型研发机构的", "按就高不重复原则补足差额", "累计300万元"],
    ["绩效奖补（优秀）", "绩效评价结果为优秀的", "非财政资金研发投入的20%", "500万元"],
    ["绩效奖补（良好）", "绩效评价结果为良好的", "非财政资金研发投入的10%", "200万元"],
    ["博士研究生联合培养", "与在穗高校联合培养博士研究生的", "每名5万元", "50万元"],
    ["技术合同奖励", "技术合同实际到账的", "到账金额的5%", "300万元"],
    ["大型仪器开放共享", "纳入市科研仪器共享平台并对外服务的", "上年度对外服务收入的15%", "80万元"],
]


def plain_lines():
    lines = [TITLE, LEAD]
    for i, (q, a) in enumerate(QA):
        lines += [q, a]
        if i == TABLE_AFTER:
            lines.append(TABLE_CAPTION)
            lines += [" | ".join(r) for r in TABLE]
    return lines


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="广州市科学技术局">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-09-26 10:30">
<title>{title}-广州市科学技术局网站</title>
<link rel="stylesheet" href="/gzkj/css/common.css">
<style>
  body {{ font-family: "Microsoft YaHei", SimSun, sans-serif; margin: 0; background: #f4f6f9; }}
  .top-bar {{ background: #0b4a8b; color: #fff; font-size: 12px; padding: 4px 20px; }}
  .nav ul {{ list-style: none; margin: 0; padding: 0; background: #1464b4; }}
  .nav li {{ display: inline-block; padding: 10px 22px; color: #fff; }}
  .main {{ width: 1100px; margin: 16px auto; background: #fff; padding: 20px 40px; }}
  .article h1 {{ text-align: center; font-size: 24px; color: #1a1a1a; }}
  .info {{ text-align: center; color: #777; font-size: 13px; border-bottom: 1px dashed #ccc; padding-bottom: 8px; }}
  .article-content p {{ text-indent: 2em; line-height: 2; font-size: 16px; }}
  .article-content table {{ border-collapse: collapse; margin: 0 auto; }}
  .article-content td, .article-content th {{ border: 1px solid #333; padding: 6px 10px; }}
  .footer {{ background: #0b4a8b; color: #dde; font-size: 12px; text-align: center; padding: 16px; }}
</style>
<script>
  var _hmt = _hmt || [];
  function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body>
<div class="top-bar">
  <span>今天是：<span id="today"></span></span>
  <a href="/gzkj/wza/">无障碍</a> | <a href="/gzkj/zhengwu/">智能问答</a> | <a href="/gzkj/en/">English</a> | <a href="/gzkj/fanti/">繁体</a>
</div>
<div class="header">
  <img src="/gzkj/images/logo.png" alt="广州市科学技术局">
  <form class="search" action="/gzkj/search/"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="nav">
  <ul>
    <li><a href="/gzkj/index.html">首页</a></li>
    <li><a href="/gzkj/jggk/">机构概况</a></li>
    <li><a href="/gzkj/zwgk/">政务公开</a></li>
    <li><a href="/gzkj/zcfg/">政策法规</a></li>
    <li class="on"><a href="/gzkj/zcjd/">政策解读</a></li>
    <li><a href="/gzkj/kjfw/">科技服务</a></li>
    <li><a href="/gzkj/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="main">
  <div class="breadcrumb">当前位置：<a href="/gzkj/index.html">首页</a> &gt; <a href="/gzkj/zcjd/">政策解读</a></div>
  <div class="article">
    <h1>{title}</h1>
    <div class="info">
      <span>发布日期：2025-09-26</span>
      <span>来源：广州市科学技术局</span>
      <span>浏览次数：1862</span>
      <span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
      <span><a href="javascript:window.print()">打印</a></span>
      <span><a href="javascript:window.close()">关闭</a></span>
    </div>
    <div class="article-content" id="zoom">
{body}
    </div>
    <div class="related">
      <p>相关文件：<a href="/gzkj/zcfg/content/post_1038261.html">广州市科学技术局 广州市财政局 广州市发展和改革委员会 广州市工业和信息化局关于印发广州市支持新型研发机构高质量发展若干措施的通知</a></p>
      <p class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></p>
    </div>
  </div>
</div>
<div class="footer">
  <p><a href="/gzkj/wzdt/">网站地图</a> | <a href="/gzkj/lxwm/">联系我们</a> | <a href="/gzkj/smsm/">隐私声明</a></p>
  <p>主办单位：广州市科学技术局　承办单位：广州市科技信息中心</p>
  <p>地址：广州市越秀区东风中路318号　邮编：510030　联系电话：020-83124000</p>
  <p><a href="https://beian.miit.gov.cn/">粤ICP备05090742号-1</a>　粤公网安备 44010402003517号　网站标识码：4401000032</p>
</div>
</body>
</html>
"""


def body_html():
    out = ["      <p>" + html.escape(LEAD) + "</p>"]
    for i, (q, a) in enumerate(QA):
        out.append("      <p><strong>" + html.escape(q) + "</strong></p>")
        out.append("      <p>" + html.escape(a) + "</p>")
        if i == TABLE_AFTER:
            out.append('      <p style="text-align:center;text-indent:0"><strong>' + html.escape(TABLE_CAPTION) + "</strong></p>")
            out.append('      <table width="90%" border="1" cellspacing="0" cellpadding="0">')
            out.append("        <tbody>")
            for j, row in enumerate(TABLE):
                tag = "th" if j == 0 else "td"
                cells = "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in row)
                out.append("          <tr>" + cells + "</tr>")
            out.append("        </tbody>")
            out.append("      </table>")
    return "\n".join(out)


def build():
    page = PAGE.format(title=html.escape(TITLE), body=body_html())
    with open(os.path.join(ROOT, "corpus", HTML_NAME), "w", encoding="utf-8") as f:
        f.write(page)
    with open(os.path.join(ROOT, "plain", "A.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(plain_lines()) + "\n")


if __name__ == "__main__":
    build()
