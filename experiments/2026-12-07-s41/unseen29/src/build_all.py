#!/usr/bin/env python3
"""Build unseen29: three fictional policy documents --
  A  a government web page (HTML, Simplified) of the Huzhou science and technology bureau (湖州市科学技术局) carrying
     a notice that issues the 2026 “科技副总” dispatch plan, with site furniture around the article and an HTML <table>;
  B  a plain-text notice (GB18030, CRLF, Simplified) of the Hubei Department of Science and Technology (湖北省科学技术厅)
     issuing the 2026 科技金融深度融合工作方案, numbered 一、（一）1. with a table drawn with spaces;
  C  a Word document (DOCX, Traditional, Taiwan) of Changhua County (彰化縣) -- 115年度智慧農業科技導入補助計畫申請須知,
     with Title / Heading 1 paragraph styles and a Word table;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen29/. Deterministic: a rebuild is byte for byte identical."""
import datetime as _dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_huzhou_2026_keji_fuzong_xuanpai_gongzuo_fangan.html"
FILE_B = "B_hubei_2026_keji_jinrong_shendu_ronghe_gongzuo_fangan_gb18030.txt"
FILE_C = "C_changhua_115_zhihui_nongye_keji_daoru_buzhu_shenqing_xuzhi.docx"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 湖州市科学技术局 web page (HTML, UTF-8, Simplified). The article is built from A_BLOCKS; the furniture is literal.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["区县（功能区）", "2025年实际选派", "2026年计划选派", "其中：重点产业链企业", "2026年市级工作经费"],
    ["吴兴区", "31名", "42名", "26名", "63万元"],
    ["南浔区", "27名", "34名", "21名", "51万元"],
    ["德清县", "38名", "48名", "30名", "72万元"],
    ["长兴县", "36名", "44名", "28名", "66万元"],
    ["安吉县", "29名", "37名", "23名", "55.5万元"],
    ["南太湖新区", "25名", "35名", "22名", "52.5万元"],
]
A_TITLE = "湖州市科学技术局 中共湖州市委人才工作领导小组办公室关于印发《2026年湖州市“科技副总”选派工作实施方案》的通知"
A_BLOCKS = [
    ("docno", "湖科发〔2026〕9号"),
    ("p0", "各区县科技局、人才办，南太湖新区科技创新局，各有关高校、科研院所："),
    ("p", "为深化产学研协同创新，推动高校院所科技人才向企业一线集聚，市科技局、市委人才办研究制定了《2026年湖州市“科技副总”选派工作实施方案》，现印发给你们，请结合实际认真抓好落实。"),
    ("sign", "湖州市科学技术局　中共湖州市委人才工作领导小组办公室"),
    ("sign", "2026年3月10日"),
    ("h2", "2026年湖州市“科技副总”选派工作实施方案"),
    ("h3", "一、工作目标"),
    ("p", "2026年全市计划选派“科技副总”240名，较2025年实际选派的186名增加54名，其中面向重点产业链企业选派的比例不低于60%。到2026年底，推动受派企业新增产学研合作项目120项以上，受派企业研发投入平均增长12%以上。各区县（功能区）选派名额和市级工作经费见下表。"),
    ("caption", "2026年各区县（功能区）“科技副总”选派名额及市级工作经费安排表"),
    ("table", A_TABLE),
    ("note", "注：市级工作经费按计划选派名额测算，年中根据实际到岗人数清算。"),
    ("h3", "二、选派对象和条件"),
    ("p", "（一）选派对象。在湖高校、科研院所，以及与我市签订全面合作协议的市外高校院所的在职科研人员。"),
    ("p", "（二）选派条件。申报人员应同时具备以下条件："),
    ("p", "1. 具有副高级及以上专业技术职称或博士学位；"),
    ("p", "2. 年龄一般不超过55周岁（1971年1月1日以后出生）；"),
    ("p", "3. 近5年主持过省部级以上科研项目，或作为第一发明人取得授权发明专利3件以上。"),
    ("p", "（三）受派企业。在湖注册的规模以上工业企业、高新技术企业或省科技型中小企业，上年度研发投入不低于300万元，且有明确的技术攻关需求。"),
    ("h3", "三、选派方式和时间安排"),
    ("p", "（一）双向对接。2026年3月20日至2026年4月10日，企业在“湖州科技大脑”平台发布技术需求，科研人员在线提交选派意向，系统进行智能匹配。"),
    ("p", "（二）审核确认。各区县科技局于2026年4月25日前完成初审推荐；市科技局会同市委人才办于2026年5月15日前确定选派名单，并在市科技局网站公示5个工作日。"),
    ("p", "（三）到岗服务。选派人员应于2026年6月1日前到受派企业报到，服务期为1年，期满经考核合格的可续派1次。服务期内每年在企业工作时间累计不少于60天。"),
    ("h3", "四、支持政策"),
    ("p", "（一）市财政按每名“科技副总”每年1.5万元标准安排工作经费，由区县统筹用于供需对接和日常管理。"),
    ("p", "（二）“科技副总”牵头与受派企业联合申报市级重点研发项目的，同等条件下优先立项，市级资助额度最高可上浮20%。"),
    ("p", "（三）年度考核为优秀的“科技副总”，在职称评审中视同具有1年企业工作经历，并优先推荐申报“南太湖精英计划”。年度考核优秀比例不超过30%。"),
    ("h3", "五、职责分工"),
    ("p", "（一）市科技局牵头负责选派工作的统筹协调、名单确定和年度考核，会同市财政局落实市级工作经费。"),
    ("p", "（二）市委人才办负责将“科技副总”选派工作纳入人才工作目标责任制考核，配合做好人才政策兑现。"),
    ("p", "（三）各区县科技局负责本地区企业需求征集、人员对接和日常管理，牵头组织年度工作总结。"),
    ("p", "（四）派出单位负责选派人员推荐，保障其在岗期间的工资福利待遇，配合开展考核评价。"),
    ("p", "（五）受派企业负责为“科技副总”提供必要的工作条件，并按不低于每月3000元的标准发放工作补贴。"),
    ("h3", "六、联系方式"),
    ("p", "市科技局人才与合作处　沈佳琪，电话：0572-2398536；市委人才办　钱立峰，电话：0572-2039187。"),
]
A_PUB = "2026-03-12 09:30"


def a_article_html():
    out = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            rows = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                    'style="border-collapse:collapse;margin:0 auto;width:96%;">', "<thead>"]
            head = "".join(f'<th style="background:#f2f2f2;">{c}</th>' for c in val[0])
            rows += [f"<tr>{head}</tr>", "</thead>", "<tbody>"]
            for r in val[1:]:
                cells = "".join(f'<td align="center">{c}</td>' for c in r)
                rows.append(f"<tr>{cells}</tr>")
            rows += ["</tbody>", "</table>"]
            out += rows
        elif kind == "docno":
            out.append(f'<p style="text-align:center;">{val}</p>')
        elif kind == "p0":
            out.append(f"<p>{val}</p>")
        elif kind == "sign":
            out.append(f'<p style="text-align:right;">{val}</p>')
        elif kind == "h2":
            out.append(f'<p style="text-align:center;"><strong><span style="font-size:18px;">{val}</span></strong></p>')
        elif kind == "h3":
            out.append(f'<p style="text-indent:2em;"><strong>{val}</strong></p>')
        elif kind == "caption":
            out.append(f'<p style="text-align:center;"><strong>{val}</strong></p>')
        elif kind == "note":
            out.append(f'<p style="font-size:14px;">{val}</p>')
        else:
            m = re.match(r"（[一二三四五六]）[^。]{1,6}。", val)
            if m:  # run-in head in bold, as on the real pages
                out.append(f'<p style="text-indent:2em;"><strong>{m.group(0)}</strong>{val[m.end():]}</p>')
            else:
                out.append(f'<p style="text-indent:2em;">{val}</p>')
    return "\n".join("        " + x for x in out)


A_TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="湖州市科学技术局">
<meta name="SiteDomain" content="kjj.huzhou.gov.cn">
<meta name="SiteIDCode" content="3305000031">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="@TITLE@">
<meta name="PubDate" content="@PUB@">
<meta name="ContentSource" content="市科技局">
<meta name="Keywords" content="科技副总;选派;湖州">
<title>@TITLE@_通知公告_湖州市科学技术局</title>
<link rel="stylesheet" href="/module/css/common.css">
<style>
body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;}
.topbar,.footer{background:#0b5aa2;color:#fff;font-size:12px;}
.nav li{display:inline-block;padding:0 18px;}
.article-body p{line-height:2;font-size:16px;}
</style>
<script type="text/javascript">
var _siteId = "3305000031"; var _columnId = "11207"; var _articleId = "6238415";
function changeSize(s){document.getElementById("zoom").style.fontSize = s + "px";}
</script>
</head>
<body>
<div class="topbar">
  <div class="w1200">
    <span class="today">欢迎访问湖州市科学技术局网站</span>
    <ul class="toplinks">
      <li><a href="https://www.huzhou.gov.cn/" target="_blank">湖州市人民政府</a></li>
      <li><a href="https://www.zjzwfw.gov.cn/" target="_blank">浙江政务服务网</a></li>
      <li><a href="javascript:void(0);" id="wza">无障碍</a></li>
      <li><a href="javascript:void(0);" id="zzms">长者模式</a></li>
    </ul>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a class="logo" href="/"><img src="/images/logo.png" alt="湖州市科学技术局"></a>
    <form class="search" action="/jsearch/search.do" method="get">
      <input type="text" name="q" placeholder="请输入关键字">
      <button type="submit">搜索</button>
    </form>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/col/col11201/">机构概况</a></li>
    <li class="on"><a href="/col/col11202/">政务公开</a></li>
    <li><a href="/col/col11207/">通知公告</a></li>
    <li><a href="/col/col11208/">政策文件</a></li>
    <li><a href="/col/col11209/">政策解读</a></li>
    <li><a href="/col/col11210/">办事服务</a></li>
    <li><a href="/col/col11211/">互动交流</a></li>
  </ul>
</div>
<div class="main w1200">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col11202/">政务公开</a> &gt; <a href="/col/col11207/">通知公告</a></div>
  <div class="article">
    <h1 class="article-title">@TITLE@</h1>
    <div class="article-info">
      <span>发布时间：@PUB@</span>　<span>来源：市科技局</span>　<span>浏览次数：1268</span>
      <span class="fontsize">字号：[<a href="javascript:changeSize(18)">大</a> <a href="javascript:changeSize(16)">中</a> <a href="javascript:changeSize(14)">小</a>]</span>
    </div>
    <div class="article-body" id="zoom">
@ARTICLE@
    </div>
    <div class="attach">
      <p>附件：<a href="/module/download/downfile.jsp?filename=2603121009345861.docx">2026年湖州市“科技副总”选派申报表.docx</a></p>
    </div>
    <div class="share">
      <span>分享到：</span>
      <a href="javascript:void(0);" class="share-wx">微信</a>
      <a href="javascript:void(0);" class="share-wb">微博</a>
      <a href="javascript:void(0);" class="share-qz">QQ空间</a>
    </div>
    <div class="tools"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
    <div class="prevnext">
      <p>上一篇：<a href="/art/2026/3/5/art_11207_6236107.html">关于公布2026年第一批湖州市科技企业孵化器名单的通知</a></p>
      <p>下一篇：<a href="/art/2026/3/16/art_11207_6239022.html">关于举办2026年湖州市科技成果拍卖会的预通知</a></p>
    </div>
  </div>
  <div class="related">
    <h3>相关文章</h3>
    <ul>
      <li><a href="/art/2025/11/18/art_11207_6198734.html">关于开展2025年度“科技副总”年度考核工作的通知</a><span>2025-11-18</span></li>
      <li><a href="/art/2026/2/27/art_11208_6232950.html">湖州市2026年“南太湖精英计划”申报指南发布</a><span>2026-02-27</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p>主办单位：湖州市科学技术局　承办单位：湖州市科学技术局办公室</p>
    <p>地址：湖州市吴兴区仁皇山路666号　邮编：313000　联系电话：0572-2398500</p>
    <p>网站标识码：3305000031　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05013872号-1</a>　<a href="http://www.beian.gov.cn/" target="_blank">浙公网安备 33050202000418号</a></p>
    <p>建议使用1920×1080分辨率浏览本网站</p>
  </div>
</div>
<script type="text/javascript" src="/module/js/share.js"></script>
<script type="text/javascript">
(function(){var hm=document.createElement("script");hm.src="/module/visit/count.js?aid=6238415";document.body.appendChild(hm);})();
</script>
</body>
</html>
"""


def build_html_a(path):
    html = (A_TEMPLATE.replace("@TITLE@", A_TITLE).replace("@PUB@", A_PUB).replace("@ARTICLE@", a_article_html()))
    path.write_bytes(html.encode("utf-8"))
    return html


class VisibleText(HTMLParser):
    """What a browser shows: block elements start new lines, table rows become cells joined by ' | ', script /
    style / head are dropped, runs of ASCII whitespace collapse to one space."""
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "thead", "tbody", "tr",
             "header", "footer", "nav", "section", "article", "form", "caption", "br", "hr", "dl", "dt", "dd"}
    SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0
        self.row, self.cell, self.tables = None, None, []

    def flush(self):
        s = re.sub(r"[ \t\r\n\f\xa0]+", " ", "".join(self.cur)).strip()
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
            return
        if tag == "table":
            self.tables.append([])
        if tag == "tr":
            self.flush()
            self.row = []
            return
        if tag in ("td", "th"):
            self.cell = []
            return
        if tag in self.BLOCK and self.row is None:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
            return
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"[ \t\r\n\f\xa0]+", " ", "".join(self.cell)).strip())
            self.cell = None
            return
        if tag == "tr" and self.row is not None:
            self.lines.append(" | ".join(self.row))
            self.tables[-1].append(self.row)
            self.row = None
            return
        if tag in self.BLOCK and self.row is None:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        (self.cell if self.cell is not None else self.cur).append(data)

    def close(self):
        super().close()
        self.flush()


def html_lines(html):
    p = VisibleText()
    p.feed(html)
    p.close()
    return p.lines, p.tables


# ---------------------------------------------------------------------------------------------------------------
# B: 湖北省科学技术厅 notice as a plain-text file, GB18030, CRLF, paragraphs indented with two U+3000, a table drawn
#    with ASCII spaces (columns aligned by display width).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "指标", "2025年完成", "2026年目标"],
    ["1", "科技型企业贷款余额", "5730亿元", "6800亿元"],
    ["2", "“科创贷”新增放款", "412亿元", "520亿元"],
    ["3", "科技型企业首贷户数", "3860户", "4500户"],
    ["4", "知识产权质押融资登记金额", "286亿元", "350亿元"],
    ["5", "科技保险保障金额", "1240亿元", "1500亿元"],
    ["6", "投早投小基金新增投资额", "38亿元", "55亿元"],
]
B_BLOCKS = [
    ("c", "湖北省科学技术厅文件"),
    ("c", "鄂科技发〔2026〕7号"),
    ("c", "湖北省科学技术厅关于印发《2026年全省科技金融深度融合工作方案》的通知"),
    ("sal", "各市、州、直管市、神农架林区科技局，省直有关单位，各有关金融机构："),
    ("p", "现将《2026年全省科技金融深度融合工作方案》印发给你们，请结合实际认真抓好落实。"),
    ("sign", "湖北省科学技术厅"),
    ("sign", "2026年2月26日"),
    ("p", "（此件公开发布）"),
    ("c", "2026年全省科技金融深度融合工作方案"),
    ("p", "为深入落实科技创新与金融协同发展部署，引导更多金融资源投向科技型企业，加快构建“政府引导、银行主导、保险分担、基金跟进”的科技金融服务体系，制定本方案。"),
    ("h", "一、主要目标"),
    ("p", "2026年，全省科技型企业贷款余额同比增长18%以上，“科创贷”新增放款增长25%以上；力争新增科技型企业上市（挂牌）30家，获得股权投资的科技型企业突破1200家。主要指标见表1。"),
    ("cap", "表1　2026年全省科技金融主要指标"),
    ("table", B_TABLE),
    ("h", "二、重点任务"),
    ("h", "（一）扩大“科创贷”投放规模"),
    ("p", "1. 省级“科创贷”风险补偿资金池规模由2025年的8亿元增加到12亿元。合作银行发放的“科创贷”形成本金损失的，由风险补偿资金池按不超过损失本金的35%给予补偿。"),
    ("p", "2. 单户企业“科创贷”额度最高3000万元，贷款期限原则上不超过3年，执行利率不高于同期贷款市场报价利率（LPR）加50个基点。"),
    ("p", "3. 对年度“科创贷”新增放款排名前10位的合作银行，给予最高100万元奖励。"),
    ("h", "（二）推动知识产权质押融资扩面"),
    ("p", "1. 企业以专利权、商标权质押获得贷款的，按实际支付利息的30%给予贴息，单户企业年度贴息最高50万元。"),
    ("p", "2. 对知识产权质押融资发生的评估费、担保费，按实际发生额的40%给予补助，单户企业年度补助最高20万元。"),
    ("h", "（三）发展科技保险"),
    ("p", "1. 对企业投保首台（套）重大技术装备、研发中断险等科技保险产品的，按保费的60%给予补贴，单户企业年度补贴最高80万元。"),
    ("h", "（四）壮大投早投小投硬科技基金"),
    ("p", "1. 省级天使投资引导基金2026年新增出资6亿元，重点投向种子期、初创期科技型企业。"),
    ("p", "2. 对投资省内种子期、初创期科技型企业的创业投资机构，按当年实际投资额的5%给予奖励，单个机构年度奖励最高300万元。"),
    ("h", "（五）建设科技金融服务平台"),
    ("p", "1. 2026年6月30日前完成“鄂科贷”科技金融服务平台升级，实现企业“创新积分”数据与合作银行授信系统直连。"),
    ("p", "2. 全年举办科技金融对接活动不少于40场，其中“投早投小”专场不少于12场。"),
    ("h", "三、职责分工"),
    ("p", "（一）省科技厅牵头负责本方案的组织实施和年度考核，负责“科创贷”合作银行遴选和风险补偿资金池管理。"),
    ("p", "（二）省财政厅负责风险补偿、贴息、保费补贴等资金的预算安排和拨付，配合省科技厅开展绩效评价。"),
    ("p", "（三）中国人民银行湖北省分行负责运用再贷款、再贴现等货币政策工具支持科技型企业融资，牵头建立科技型企业贷款统计监测制度。"),
    ("p", "（四）省地方金融管理局负责推动科技型企业股改上市和区域性股权市场“科创板”建设，配合做好投早投小基金监管。"),
    ("p", "（五）各市州科技局负责本地区科技型企业融资需求摸排和“白名单”推送，配合做好政策宣传解读。"),
    ("h", "四、进度安排"),
    ("p", "（一）2026年3月31日前，各市州科技局完成首批科技型企业融资需求“白名单”推送。"),
    ("p", "（二）2026年9月30日前，省科技厅会同省财政厅完成2025年度风险补偿资金审核拨付。"),
    ("p", "（三）2026年12月15日前，各合作银行报送年度“科创贷”工作总结。"),
    ("h", "五、联系方式"),
    ("p", "省科技厅科技金融处　黄志鹏，电话：027-87135402"),
    ("p", "省财政厅教科文处　吴晓静，电话：027-87332618"),
    ("rule", "抄送：省人民政府办公厅。"),
    ("rule", "湖北省科学技术厅办公室　　　　2026年2月27日印发"),
]


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def b_table_rows(table):
    widths = [max(dwidth(r[j]) for r in table) for j in range(len(table[0]))]
    rows = []
    for r in table:
        cells = [c + " " * (widths[j] - dwidth(c) + 4) for j, c in enumerate(r)]
        rows.append("    " + "".join(cells).rstrip())
    rule = "    " + "-" * (sum(widths) + 4 * (len(widths) - 1))
    return [rows[0], rule] + rows[1:]


def b_text():
    out = []
    for kind, val in B_BLOCKS:
        if kind == "table":
            out += b_table_rows(val) + [""]
        elif kind == "c":
            out += [" " * max(0, (72 - dwidth(val)) // 2) + val, ""]
        elif kind == "sign":
            out.append(" " * 48 + val)
        elif kind in ("p", "h"):
            out.append("\u3000\u3000" + val)
        elif kind == "cap":
            out.append(" " * 20 + val)
        elif kind == "rule":
            if val.startswith("抄送"):
                out += ["", "-" * 72]
            out += [val, "-" * 72]
        else:
            out.append(val)
        if kind == "sign" and val.endswith("日"):
            out.append("")
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------------------------------------------
# C: 彰化縣 申請須知 as DOCX (Traditional, Taiwan), Title + Heading 1 styles, one Word table.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["補助類別", "補助項目", "每案補助上限", "補助比例上限", "預計補助案數"],
    ["設施環控類", "溫室環境感測及自動控制系統", "50萬元", "50%", "24案"],
    ["智慧灌溉類", "土壤水分感測及自動灌溉設備", "20萬元", "60%", "55案"],
    ["無人機植保類", "農業用無人機及施藥控制模組", "40萬元", "40%", "16案"],
    ["畜禽智慧飼養類", "自動餵飼及畜舍環境監控設備", "60萬元", "45%", "11案"],
]
C_BLOCKS = [
    ("title", "彰化縣115年度智慧農業科技導入補助計畫申請須知"),
    ("meta", "中華民國115年2月24日府農務字第1150061237號公告"),
    ("h1", "壹、計畫緣起"),
    ("p", "彰化縣為全國重要農業生產縣，近年農業從業人口高齡化及缺工問題日益嚴峻。為鼓勵農民及農企業導入環境感測、自動化機具及數據管理等智慧農業科技，提升生產效率並減少碳排放，本府編列115年度補助經費新臺幣3,600萬元，較114年度的2,800萬元增加800萬元。"),
    ("p", "114年度本計畫共受理申請312案，核定補助186案，帶動農民自籌投入約新臺幣1.2億元；導入設備之場域平均節省人力約25%，用水量平均減少18%。"),
    ("p", "本年度新增「畜禽智慧飼養類」，協助畜牧場改善高溫季節之熱緊迫問題，並優先補助設籍二林鎮、芳苑鄉、大城鄉等沿海鄉鎮之申請者。"),
    ("h1", "貳、補助對象及資格"),
    ("p", "一、設籍本縣之農民，或依法於本縣登記之農會、合作社場、農業產銷班及農企業。"),
    ("p", "二、申請人實際經營之農地或農業設施應位於本縣轄內，且從事農業生產滿2年。"),
    ("p", "三、同一申請人同一年度以申請1案為限；114年度已獲本計畫補助者，本年度每案補助上限減半計算。"),
    ("p", "四、申請人如有積欠本府各項稅費，或經列為政府採購拒絕往來廠商者，不得申請。"),
    ("h1", "參、補助類別及額度"),
    ("p", "本年度補助分為四類，各類補助項目、每案補助上限、補助比例上限及預計補助案數如下表："),
    ("table", C_TABLE),
    ("note", "註：補助比例上限係指補助款與該案設備總價之比例；設備總價未達新臺幣5萬元者不予補助。"),
    ("p", "補助款僅限用於設備購置、安裝及系統建置費用；土地、廠房、車輛購置及人事費用不予補助。"),
    ("h1", "肆、申請期間及方式"),
    ("p", "一、受理期間：自115年3月2日起至115年4月17日下午5時止，郵寄者以郵戳為憑。"),
    ("p", "二、申請方式：檢具申請書、計畫書、設備報價單及土地使用證明文件一式2份，送交本府農業處或所在地鄉（鎮、市）公所農業課。"),
    ("p", "三、本府訂於115年3月6日上午10時假本府第二辦公大樓3樓會議室舉辦申請說明會，歡迎有意申請者參加。"),
    ("p", "四、申請文件不全者，應於本府通知送達之次日起7日內補正，逾期未補正者不予受理。"),
    ("h1", "伍、審查及核定"),
    ("p", "一、由本府農業處組成審查小組，邀請國立中興大學、農業部臺中區農業改良場等專家學者辦理書面審查及現場勘查。"),
    ("p", "二、審查項目及配分：導入效益35分、技術可行性25分、經費合理性20分、永續及減碳效益20分。"),
    ("p", "三、核定結果預計於115年6月12日前以書面通知申請人。"),
    ("p", "四、審查總分未達70分者不予補助；總分相同者，以首次申請者優先。"),
    ("h1", "陸、經費撥付及查核"),
    ("p", "一、補助款分二期撥付：核定後撥付核定補助款之70%，設備建置完成並經查驗合格後撥付其餘款項。"),
    ("p", "二、受補助者應於115年10月31日前完成設備建置，並於115年11月20日前檢具成果報告及核銷資料。"),
    ("p", "三、受補助設備應列冊管理，3年內不得轉售、出租或移作他用；違反者追回全部補助款。"),
    ("p", "四、本府得會同計畫辦公室於補助設備啟用後1年內辦理成效追蹤訪視，受補助者應配合提供用電、用水及產量等營運數據。"),
    ("h1", "柒、權責分工"),
    ("p", "一、本府農業處為主辦機關，負責計畫公告、審查核定及補助款核撥。"),
    ("p", "二、各鄉（鎮、市）公所負責轄內申請案件之收件、資格初審，並配合辦理現場勘查。"),
    ("p", "三、本府委託財團法人農業科技研究院擔任計畫辦公室，負責輔導諮詢、設備查驗及成效追蹤。"),
    ("p", "四、本府環境保護局配合辦理減碳效益之核算。"),
    ("h1", "捌、聯絡窗口"),
    ("p", "彰化縣政府農業處農務科　蔡承翰，電話：(04)753-1286；計畫辦公室專線：(04)836-2275。"),
]
C_WHEN = (2026, 2, 24, 10, 0, 0)


def set_east_asian(el, font):
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def fixed_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_docx_c(path):
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Times New Roman"
    st["Normal"].font.size = Pt(14)
    set_east_asian(st["Normal"].element, "標楷體")
    for name, size in (("Title", 20), ("Heading 1", 16)):
        st[name].font.size = Pt(size)
        set_east_asian(st[name].element, "標楷體")
    # footer with a PAGE field
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), " PAGE ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fp.add_run(" 頁")
    for kind, val in C_BLOCKS:
        if kind == "table":
            tb = doc.add_table(rows=len(val), cols=len(val[0]))
            tb.style = st["Table Grid"]
            for ri, row in enumerate(val):
                for ci, cell in enumerate(row):
                    para = tb.cell(ri, ci).paragraphs[0]
                    run = para.add_run(cell)
                    run.font.size = Pt(11)
                    run.bold = ri == 0
                    set_east_asian(run._element, "標楷體" if ri == 0 else "新細明體")
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if kind == "title":
            p = doc.add_paragraph(val, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
        elif kind == "meta":
            p = doc.add_paragraph()
            run = p.add_run(val)
            run.font.size = Pt(12)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "note":
            p = doc.add_paragraph()
            run = p.add_run(val)
            run.font.size = Pt(11)
            set_east_asian(run._element, "新細明體")
        else:
            p = doc.add_paragraph()
            run = p.add_run(val)
            set_east_asian(run._element, "新細明體")
            if re.match(r"[一二三四五六]、", val):
                p.paragraph_format.left_indent = Pt(28)
                p.paragraph_format.first_line_indent = Pt(-28)
            else:
                p.paragraph_format.first_line_indent = Pt(28)
    cp = doc.core_properties
    cp.title = C_BLOCKS[0][1]
    cp.author = "彰化縣政府農業處"
    cp.last_modified_by = "彰化縣政府農業處"
    cp.subject = "府農務字第1150061237號"
    cp.keywords = "智慧農業;補助;彰化縣"
    cp.revision = 1
    cp.created = _dt.datetime(*C_WHEN)
    cp.modified = _dt.datetime(*C_WHEN)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), C_WHEN))


def docx_lines(path):
    d = Document(str(path))
    paras = {p._p: p for p in d.paragraphs}
    tables = {t._tbl: t for t in d.tables}
    lines, tables_out, styles = [], [], []
    for el in d.element.body.iterchildren():
        if el in paras:
            if paras[el].text:
                lines.append(paras[el].text)
                styles.append(paras[el].style.name)
        elif el in tables:
            rows = [[c.text for c in r.cells] for r in tables[el].rows]
            tables_out.append(rows)
            lines += [" | ".join(r) for r in rows]
            styles += ["<table>"] * len(rows)
    return lines, tables_out, styles


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: A/B questions are written in Simplified (qs) and converted with OpenCC s2tw; the C question is written
# in Simplified (q). Unanswerable: keys = regexes absent from the doc (plain, raw, converted; each key also tried in
# s2tw / s2twp / t2s form); gkeys = the same over all docs (and named in the question); near = terms present in the
# doc. table: col = the header of the answer's column. who_leads: verb after the answer within one clause.
# typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 湖州 科技副总 (HTML, 17)
    dict(id="u29-A01", doc="A", kind="table", q="湖州德清县2025年实际派出了多少名科技副总？", a="38名", hint="德清县 |", col="2025年实际选派"),
    dict(id="u29-A02", doc="A", kind="table", q="湖州安吉县今年的选派名额里，投向重点产业链企业的有多少名？", a="23名", hint="安吉县 |", col="其中：重点产业链企业"),
    dict(id="u29-A03", doc="A", kind="who_leads", q="湖州“科技副总”的年度考核由哪个部门牵头？", a="市科技局", hint="（一）市科技局牵头负责", verb="牵头"),
    dict(id="u29-A04", doc="A", kind="paraphrase", q="湖州的受派企业每个月至少要给科技副总发多少补贴？", a="3000元", hint="不低于每月"),
    dict(id="u29-A05", doc="A", kind="paraphrase", q="湖州派下去的科研人员一年里最少得在公司干多少天？", a="60天", hint="每年在企业工作时间"),
    dict(id="u29-A06", doc="A", kind="paraphrase", q="湖州科技副总带着企业一起报市里重点研发的课题，资助上限最多可以往上调多少？", a="20%", hint="最高可上浮"),
    dict(id="u29-A07", doc="A", kind="typo", q="胡州2026年计划选派多少名科技副总？", a="240名", hint="全市计划选派", wrong="胡州", right="湖州"),
    dict(id="u29-A08", doc="A", kind="typo", q="湖州要求受派企业上年度研发投人不低于多少？", a="300万元", hint="上年度研发投入不低于", wrong="研发投人", right="研发投入"),
    dict(id="u29-A09", doc="A", kind="traditional", qs="湖州选派的科技副总年龄一般不能超过多少岁？", a="55周岁", hint="年龄一般不超过"),
    dict(id="u29-A10", doc="A", kind="traditional", qs="湖州市科技局会同市委人才办要在哪天之前确定选派名单？", a="2026年5月15日", hint="确定选派名单"),
    dict(id="u29-A11", doc="A", kind="english", q="By what date must the technology vice-presidents selected by Huzhou report to their host companies?", a="2026年6月1日", hint="（三）到岗服务"),
    dict(id="u29-A12", doc="A", kind="english", q="What annual working fund per technology vice-president does Huzhou's municipal finance provide?", a="1.5万元", hint="（一）市财政按每名"),
    dict(id="u29-A13", doc="A", kind="english", q="In Huzhou's 2026 plan, what minimum share of the technology vice-presidents should go to companies in key industrial chains?", a="60%", hint="选派的比例不低于"),
    dict(id="u29-A14", doc="A", kind="english_unanswerable", q="How many technology vice-presidents did Huzhou dispatch in 2024?", keys=["2024"], near=["2025年实际选派"]),
    dict(id="u29-A15", doc="A", kind="unanswerable", q="宣城市2026年计划选派多少名科技副总？", gkeys=["宣城"], near=["计划选派"]),
    dict(id="u29-A16", doc="A", kind="unanswerable", q="湖州莫干山高新区2026年计划选派多少名科技副总？", keys=["莫干山", "高新区"], near=["南太湖新区", "2026年计划选派"]),
    dict(id="u29-A17", doc="A", kind="unanswerable", q="湖州2026年第二批科技副总选派什么时候启动？", keys=["第二批", "二批", "批次"], near=["选派"]),
    # ---- B 湖北 科技金融 (TXT GB18030, 18)
    dict(id="u29-B01", doc="B", kind="table", q="湖北2026年知识产权质押融资登记金额的目标是多少？", a="350亿元", hint="知识产权质押融资登记金额", col="2026年目标"),
    dict(id="u29-B02", doc="B", kind="table", q="湖北2025年“科创贷”新增放款实际完成了多少？", a="412亿元", hint="“科创贷”新增放款   ", col="2025年完成"),
    dict(id="u29-B03", doc="B", kind="who_leads", q="湖北科技型企业贷款统计监测制度由哪个单位牵头建立？", a="中国人民银行湖北省分行", hint="统计监测制度", verb="牵头"),
    dict(id="u29-B04", doc="B", kind="who_leads", q="湖北“科创贷”风险补偿资金池由哪个部门负责管理？", a="省科技厅", hint="风险补偿资金池管理", verb="负责"),
    dict(id="u29-B05", doc="B", kind="paraphrase", q="湖北企业买首台套装备或研发中断这类科技险，保费补贴能到多大比例？", a="60%", hint="按保费的"),
    dict(id="u29-B06", doc="B", kind="paraphrase", q="在湖北一家公司单靠科创贷最多能借到多少？", a="3000万元", hint="单户企业“科创贷”额度"),
    dict(id="u29-B07", doc="B", kind="paraphrase", q="湖北省里用来兜底科创贷坏账的那个池子，今年扩到多大？", a="12亿元", hint="资金池规模由"),
    dict(id="u29-B08", doc="B", kind="typo", q="湖北对专利商标质压贷款的贴息比例是多少？", a="30%", hint="给予贴息", wrong="质压", right="质押"),
    dict(id="u29-B09", doc="B", kind="typo", q="湖北对年度科创货新增放款排前10位的合作银行最多奖励多少？", a="100万元", hint="排名前10位", wrong="科创货", right="科创贷"),
    dict(id="u29-B10", doc="B", kind="traditional", qs="湖北天使投资引导基金2026年新增加出资多少？", a="6亿元", hint="新增出资"),
    dict(id="u29-B11", doc="B", kind="english", q="By what date must Hubei's city and prefecture science and technology bureaus push the first 'white list' of tech companies' financing needs?", a="2026年3月31日", hint="首批科技型企业融资需求"),
    dict(id="u29-B12", doc="B", kind="english", q="At what rate does Hubei reward venture capital firms for investing in seed-stage and start-up tech companies in the province?", a="5%", hint="创业投资机构"),
    dict(id="u29-B13", doc="B", kind="english", q="Who is the contact person at the Hubei Department of Science and Technology for this work plan?", a="黄志鹏", hint="省科技厅科技金融处"),
    dict(id="u29-B14", doc="B", kind="english_unanswerable", q="What was Hubei's science and technology insurance coverage in 2024?", keys=["2024"], near=["2025年完成", "科技保险保障金额"]),
    dict(id="u29-B15", doc="B", kind="unanswerable", q="湖南省2026年“科创贷”风险补偿资金池规模是多少？", gkeys=["湖南"], near=["风险补偿资金池"]),
    dict(id="u29-B16", doc="B", kind="unanswerable", q="湖北2027年科技型企业贷款余额目标是多少？", keys=["2027"], near=["2026年目标", "科技型企业贷款余额"]),
    dict(id="u29-B17", doc="B", kind="unanswerable", q="湖北2026年科技型企业债券发行规模的目标是多少？", keys=["债券", "发债"], near=["2026年目标"]),
    dict(id="u29-B18", doc="B", kind="unanswerable", q="湖北省级天使投资引导基金的总规模是多少？", keys=["总规模", "基金规模"], near=["天使投资引导基金"]),
    # ---- C 彰化縣 智慧農業 (DOCX, 15)
    dict(id="u29-C01", doc="C", kind="table", q="彰化無人機植保類每案最多可以補助多少錢？", a="40萬元", hint="無人機植保類 |", col="每案補助上限"),
    dict(id="u29-C02", doc="C", kind="table", q="彰化智慧灌溉類今年打算補助幾案？", a="55案", hint="智慧灌溉類 |", col="預計補助案數"),
    dict(id="u29-C03", doc="C", kind="who_leads", q="彰化這項補助的設備查驗由哪個單位負責？", a="財團法人農業科技研究院", hint="擔任計畫辦公室", verb="負責"),
    dict(id="u29-C04", doc="C", kind="paraphrase", q="彰化拿補助買的機具，多久之內禁止轉手或出租？", a="3年", hint="列冊管理"),
    dict(id="u29-C05", doc="C", kind="paraphrase", q="彰化的案子核准後，第一筆先撥多少比例的補助款？", a="70%", hint="分二期撥付"),
    dict(id="u29-C06", doc="C", kind="typo", q="章化縣115年度智慧農業科技導入補助總經費編列多少？", a="3,600萬元", hint="本府編列115年度", wrong="章化", right="彰化"),
    dict(id="u29-C07", doc="C", kind="traditional", q="彰化县智慧农业补助的成果报告最晚哪天要交？", a="115年11月20日", hint="檢具成果報告"),
    dict(id="u29-C08", doc="C", kind="english", q="When does Changhua County stop accepting applications for its ROC year 115 smart agriculture technology subsidy?", a="115年4月17日", hint="一、受理期間"),
    dict(id="u29-C09", doc="C", kind="english", q="How many cases did Changhua County approve for subsidies under this programme in ROC year 114?", a="186案", hint="核定補助186案"),
    dict(id="u29-C10", doc="C", kind="english", q="By what date does Changhua County expect to notify applicants of the approval results?", a="115年6月12日", hint="核定結果預計"),
    dict(id="u29-C11", doc="C", kind="english", q="How many points does implementation benefit carry in Changhua's review scoring?", a="35分", hint="審查項目及配分"),
    dict(id="u29-C12", doc="C", kind="english_unanswerable", q="What was Changhua County's budget for the smart agriculture subsidy in ROC year 113?", keys=["113"], near=["114年度"]),
    dict(id="u29-C13", doc="C", kind="unanswerable", q="雲林縣115年度智慧農業科技導入補助總經費是多少？", gkeys=["雲林", "云林"], near=["補助經費"]),
    dict(id="u29-C14", doc="C", kind="unanswerable", q="彰化115年度「水產智慧養殖類」每案補助上限是多少？", keys=["水產", "養殖"], near=["每案補助上限", "補助類別"]),
    dict(id="u29-C15", doc="C", kind="unanswerable", q="彰化115年度智慧農業補助第二梯次什麼時候受理？", keys=["梯次", "第二次", "第二期"], near=["受理期間"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 6, "who_leads": 4,
               "traditional": 4, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 18, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 3, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 2, 2), "who_leads": (1, 2, 1), "traditional": (2, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Huzhou", "B": "Hubei", "C": "Changhua"}
PLACE_KEYS = ["宣城", "嘉兴", "湖南", "河南", "雲林", "云林", "南投"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")


def lcs_run(a, b):
    best, prev = 0, [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def num_count(s, text):
    """Occurrences of s not glued to further digits, dots or commas (so 50万元 does not count in 150万元)."""
    return len(re.findall(r"(?<![\d.,:-])" + re.escape(s) + r"(?![\d])", text))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_html = build_html_a(CORPUS / FILE_A)
    (CORPUS / FILE_B).write_bytes(b_text().encode("gb18030"))
    build_docx_c(CORPUS / FILE_C)

    # ---- plain texts (what a reader sees)
    a_plain, a_tables = html_lines((CORPUS / FILE_A).read_bytes().decode("utf-8"))
    b_bytes = (CORPUS / FILE_B).read_bytes()
    b_src = b_bytes.decode("gb18030")
    b_plain = [ln.strip() for ln in b_src.split("\r\n") if ln.strip()]
    c_plain, c_tables, c_styles = docx_lines(CORPUS / FILE_C)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(1500 <= len(ptext[d]) <= 3000, f"{d}: {len(ptext[d])} characters, want 1,500-3,000")

    # ---- A: HTML page
    check(a_html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in a_html, "A: doctype / charset")
    check(len(a_tables) == 1 and a_tables[0] == A_TABLE and a_html.count("<table") == 1, "A: one <table> equal to the data")
    check(a_html.count("<tr>") == len(A_TABLE) and "<thead>" in a_html and "<th " in a_html, "A: thead/th/tr markup")
    for furn in ("首页", "政务公开", "通知公告", "当前位置：首页 > 政务公开 > 通知公告", "分享到： 微信 微博 QQ空间",
                 "打印本页", "网站标识码：3305000031", "浙ICP备05013872号-1", "浙公网安备 33050202000418号",
                 f"发布时间：{A_PUB}"):
        check(any(furn in ln for ln in a_plain), f"A: page furniture missing: {furn}")
    check(not any("changeSize" in ln or "_siteId" in ln or "font-family" in ln for ln in a_plain),
          "A: script/style leaked into the visible text")
    article = []
    for kind, val in A_BLOCKS:
        article += [" | ".join(r) for r in val] if kind == "table" else [val]
    i0 = a_plain.index(A_TITLE) if A_TITLE in a_plain else -1
    check(i0 >= 0 and a_plain.count(A_TITLE) == 1, "A: article title once in the visible text")
    check(a_plain[i0 + 2:i0 + 2 + len(article)] == article, "A: article lines in order after title and info line")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    rows = A_TABLE[1:]
    num = lambda s: float(re.match(r"[\d.]+", s).group())  # noqa: E731
    cells = [c for r in rows for c in r[1:]]
    check(len(set(cells)) == len(cells), "A: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(sum(num(r[1]) for r in rows) == 186 and sum(num(r[2]) for r in rows) == 240
          and "2026年全市计划选派“科技副总”240名，较2025年实际选派的186名增加54名" in a_prose, "A: columns sum to 186 / 240")
    check(all(num(r[3]) >= 0.6 * num(r[2]) and num(r[4]) == 1.5 * num(r[2]) for r in rows)
          and "不低于60%" in a_prose and "每年1.5万元" in a_prose, "A: 60% per row and 1.5万元 per person")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)
    check([_dt.date(*map(int, x)) for x in a_dates] == [_dt.date(2026, 3, 10), _dt.date(1971, 1, 1), _dt.date(2026, 3, 20),
          _dt.date(2026, 4, 10), _dt.date(2026, 4, 25), _dt.date(2026, 5, 15), _dt.date(2026, 6, 1)], f"A: dates {a_dates}")
    check([v[:2] for k, v in A_BLOCKS if k == "h3"] == ["一、", "二、", "三、", "四、", "五、", "六、"], "A: sections 一…六")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 3 and any(ln.startswith("（一）市科技局牵头") for ln in a_leads), "A: 牵头 lines")
    for ln in a_plain:
        if HAN.search(ln):
            check(T2S.convert(ln) == ln, f"A: line not pure Simplified: {ln[:30]}")

    # ---- B: GB18030 text
    try:
        b_bytes.decode("utf-8")
        check(False, "B: file decodes as UTF-8; it must be GB18030")
    except UnicodeDecodeError:
        pass
    check(b_src.encode("gb18030") == b_bytes and b"\r\n" in b_bytes and b"\n" not in b_bytes.replace(b"\r\n", b""),
          "B: GB18030 round trip, CRLF only")
    check(not b_bytes.startswith(b"\xef\xbb\xbf") and not b_bytes.startswith(b"\x84\x31\x95\x33"), "B: no BOM")
    b_lines_raw = b_src.split("\r\n")
    trows = [ln for ln in b_lines_raw if re.match(r"    (序号|\d) ", ln)]
    check(len(trows) == len(B_TABLE), f"B: {len(trows)} table lines")
    starts = None
    for ln, r in zip(trows, B_TABLE):
        check(re.split(r"\s{2,}", ln.strip()) == r, f"B: table row {r[0]} cells")
        pos = [dwidth(ln[:ln.index(c)]) for c in r]
        starts = starts or pos
        check(pos == starts, f"B: table row {r[0]} columns not aligned")
    check("\t" not in b_src, "B: table drawn with spaces, no tabs")
    b_prose = "\n".join(ln for ln in b_plain if not re.match(r"(序号|\d) {2,}", ln))
    cells = [c for r in B_TABLE[1:] for c in r[2:]]
    check(len(set(cells)) == len(cells), "B: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    v = {r[1]: (num(r[2]), num(r[3])) for r in B_TABLE[1:]}
    check(v["科技型企业贷款余额"][1] / v["科技型企业贷款余额"][0] >= 1.18
          and v["“科创贷”新增放款"][1] / v["“科创贷”新增放款"][0] >= 1.25
          and "增长18%以上" in b_prose and "增长25%以上" in b_prose, "B: table agrees with the 18% / 25% targets")
    heads = [ln for ln in b_plain if re.match(r"[一二三四五六]、", ln)]
    check([h[:2] for h in heads] == ["一、", "二、", "三、", "四、", "五、"], f"B: sections {heads}")
    subs = [ln[:3] for ln in b_plain if re.match(r"（[一二三四五六]）[^“]{0,4}[扩推发壮建]", ln)]
    check(subs == ["（一）", "（二）", "（三）", "（四）", "（五）"], f"B: sub-heads of 二、 {subs}")
    check(sum(1 for ln in b_plain if re.match(r"\d\. ", ln)) == 10, "B: items 1. 2. 3.")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check([_dt.date(*map(int, x)) for x in b_dates] == [_dt.date(2026, 2, 26), _dt.date(2026, 6, 30), _dt.date(2026, 3, 31),
          _dt.date(2026, 9, 30), _dt.date(2026, 12, 15), _dt.date(2026, 2, 27)], f"B: dates {b_dates}")
    b_units = re.findall(r"（[一二三四五]）([^，。；]*?)(牵头|负责)", b_prose)
    check(("省科技厅", "牵头") in b_units and ("中国人民银行湖北省分行", "负责") in b_units
          and ("省财政厅", "负责") in b_units, f"B: who-does-what {b_units}")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: DOCX, Traditional
    with zipfile.ZipFile(CORPUS / FILE_C) as z:
        c_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        c_docxml = z.read("word/document.xml").decode("utf-8")
        c_footer = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/footer"))
        c_times = {zi.date_time for zi in z.infolist()}
    expected_c = []
    for kind, val in C_BLOCKS:
        expected_c += [" | ".join(r) for r in val] if kind == "table" else [val]
    check(c_plain == expected_c, "C: reopened DOCX text differs from the data")
    check(len(c_tables) == 1 and c_tables[0] == C_TABLE and c_docxml.count("<w:tbl>") == 1
          and c_docxml.count("<w:tr") == len(C_TABLE) and "TableGrid" in c_docxml, "C: one Word table equal to the data")
    h1 = [ln for ln, s in zip(c_plain, c_styles) if s == "Heading 1"]
    check([h[:2] for h in h1] == ["壹、", "貳、", "參、", "肆、", "伍、", "陸、", "柒、", "捌、"], f"C: Heading 1 paragraphs {h1}")
    check(c_styles[0] == "Title" and c_docxml.count('w:val="Heading1"') == 8 and 'w:val="Title"' in c_docxml,
          "C: Title / Heading 1 paragraph styles in the XML")
    check(c_times == {C_WHEN} and 'w:instr=" PAGE "' in c_footer, "C: zip timestamps and PAGE field")
    check('w:eastAsia="標楷體"' in c_xml and 'w:eastAsia="新細明體"' in c_xml, "C: Traditional-Chinese fonts")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan Traditional: {ln[:30]}")
    tc = ptext["C"]
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional, 臺 not 台")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    cells = [c for r in C_TABLE[1:] for c in r[2:]]
    check(len(set(cells)) == len(cells), "C: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    check("新臺幣3,600萬元" in tc and "2,800萬元" in tc and "增加800萬元" in tc and 3600 - 2800 == 800, "C: 114 vs 115 budget")
    roc = re.findall(r"(1\d\d)年(\d+)月(\d+)日", c_prose)
    check([_dt.date(1911 + int(y), int(m), int(d)) for y, m, d in roc] == [
        _dt.date(2026, 2, 24), _dt.date(2026, 3, 2), _dt.date(2026, 4, 17), _dt.date(2026, 3, 6), _dt.date(2026, 6, 12),
        _dt.date(2026, 10, 31), _dt.date(2026, 11, 20)], f"C: ROC dates {roc}")
    check(35 + 25 + 20 + 20 == 100 and "導入效益35分、技術可行性25分、經費合理性20分、永續及減碳效益20分" in tc, "C: scoring sums to 100")

    raw = {"A": a_html, "B": b_src, "C": c_xml}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        question = S2TW.convert(q["qs"]) if "qs" in q else q["q"]
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            if q.get("gkeys"):
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                row = re.split(r"\s{2,}", ev) if d == "B" else ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in [cv for j, cv in enumerate(row) if j != ci], f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if d in "AB":
                check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        elif k not in ("english", "english_unanswerable"):
            if d == "C":
                check(S2TW.convert(question) == question and T2S.convert(question) != question,
                      f"{q['id']}: C questions other than traditional are Traditional")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: A/B questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" and d in "AB" else question
            if k == "traditional" and d == "C":
                text = S2TW.convert(question)
            if k == "typo":
                text = text.replace(q["wrong"], q["right"])
            runs[q["id"]] = lcs_run(text, ev)
            lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
        out.append({"id": q["id"], "kind": k, "question": question, "answer": ans, "evidence": ev, "doc": FILES[d]})

    check(len(out) == 50, "need 50 questions")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    for kind, per in KIND_DOC_COUNTS.items():
        got = tuple(sum(1 for q in Q if q["kind"] == kind and q["doc"] == d) for d in "ABC")
        check(got == per, f"{kind}: per-doc counts {got}, want {per}")
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    check(all(re.fullmatch(r"u29-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read from disk: the substring contract against plain/*.txt and the corpus file itself
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(lines) == 50 and len({json.loads(x)["id"] for x in lines}) == 50, "questions.jsonl: 50 unique ids")
    for line in lines:
        o = json.loads(line)
        check(list(o) == ["id", "kind", "question", "answer", "evidence", "doc"], f"{o['id']}: keys")
        check((CORPUS / o["doc"]).is_file(), f"{o['id']}: doc file missing")
        if o["kind"] in UNANSWERABLE:
            check(o["answer"] == "" and o["evidence"] == "", f"{o['id']}: unanswerable must have empty answer/evidence")
            continue
        p = (PLAIN / (Path(o["doc"]).stem + ".txt")).read_text(encoding="utf-8")
        check(o["answer"] and o["answer"] in p and o["evidence"] in p.split("\n") and o["answer"] in o["evidence"],
              f"{o['id']}: substring contract on disk")

    for d in "ABC":
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para:
        print("longest common run: paraphrase max", max(para.values()), "; other Chinese max", max(runs.values()),
              "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
