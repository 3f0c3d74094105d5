#!/usr/bin/env python3
"""Build unseen27: three fictional policy documents -- a Simplified HTML notice page from the Kunming science bureau
(site furniture around a 三年行动方案 with an indicator <table> and 牵头单位 / 责任单位 tasks), a DOCX 实施办法 (Daqing)
with 第X条 articles and a real Word table, and a Big5-encoded Traditional-Chinese TXT press release (Hsinchu City)
with ROC dates and amounts -- their UTF-8 plain texts and 50 questions, then run the consistency checks
(exit 1 on any failure). Writes only inside unseen27/. Deterministic: a rebuild is byte for byte identical."""
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import opencc
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_kunming_2026_keji_chuangxin_nengli_tisheng_xingdong_fangan.html"
FILE_B = "B_daqing_keji_qiye_yanfa_touru_houbuzhu_shishi_banfa.docx"
FILE_C = "C_hsinchu_115_qingnian_chuangye_chanye_chuangxin_buzhu_xinwengao.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 昆明市科学技术局 notice page (UTF-8 HTML, Simplified): 关于印发《昆明市科技创新能力提升三年行动方案（2026—2028年）》
#    的通知, with an indicator <table> and six tasks, each "牵头单位：…；责任单位：…".
# ---------------------------------------------------------------------------------------------------------------
A_TITLE = "昆明市科学技术局关于印发《昆明市科技创新能力提升三年行动方案（2026—2028年）》的通知"
A_TOPBAR = "欢迎访问昆明市科学技术局门户网站 无障碍 长者模式 English"
A_LOGO = "昆明市科学技术局"
A_NAV = ["首页", "机构概况", "新闻动态", "政务公开", "政策文件", "办事服务", "互动交流"]
A_CRUMB = "当前位置：首页 > 政务公开 > 通知公告"
A_INFO = "发布时间：2026-04-08 10:30 来源：昆明市科学技术局 浏览次数："
A_FONT = "【字体：大 中 小】"
A_TABLE_CAPTION = "昆明市科技创新能力提升主要指标"
A_TABLE = [
    ["序号", "指标名称", "2025年基数", "2026年目标", "2028年目标"],
    ["1", "全社会研发投入强度", "1.58%", "1.72%", "2.05%"],
    ["2", "高新技术企业数量", "2186家", "2450家", "3000家"],
    ["3", "科技型中小企业数量", "4270家", "4800家", "6200家"],
    ["4", "技术合同成交额", "168.4亿元", "195亿元", "260亿元"],
    ["5", "每万人口高价值发明专利拥有量", "8.6件", "9.5件", "12件"],
    ["6", "省级以上科技创新平台", "376个", "410个", "480个"],
]
# (kind, text): docno, p, sign, h2, h3 (bold section head), table
A_ARTICLE = [
    ("docno", "昆科发〔2026〕9号"),
    ("p", "各县（市、区）科技主管部门，各开发（度假）园区科技主管部门，市级有关部门："),
    ("p", "为深入实施创新驱动发展战略，加快建设面向南亚东南亚的区域性科技创新中心，市科技局研究制定了《昆明市科技创新能力提升三年行动方案（2026—2028年）》，现印发给你们，请结合实际认真抓好贯彻落实。"),
    ("sign", "昆明市科学技术局"),
    ("sign", "2026年4月3日"),
    ("h2", "昆明市科技创新能力提升三年行动方案（2026—2028年）"),
    ("h3", "一、总体目标"),
    ("p", "到2028年，全市科技创新体系更加完善，企业创新主体地位进一步巩固，科技成果转化效率明显提高，区域性科技创新中心建设取得突破性进展。主要指标见下表。"),
    ("table", A_TABLE),
    ("h3", "二、重点任务"),
    ("p", "（一）实施科技型企业梯次培育工程。建立“科技型中小企业—高新技术企业—科技领军企业”梯次培育库，对首次认定的高新技术企业给予一次性奖励20万元，对重新认定的给予10万元奖励。牵头单位：市科技局；责任单位：市财政局、市税务局、各县（市、区）人民政府。"),
    ("p", "（二）建设高水平创新平台。支持昆明高新区、滇中新区布局建设新型研发机构，三年新增省级以上新型研发机构15家，对新获批的国家级创新平台给予最高1000万元支持。牵头单位：昆明高新区管委会；责任单位：市科技局、市发展改革委、滇中新区管委会。"),
    ("p", "（三）开展高原特色农业关键技术攻关。围绕花卉、咖啡、食用菌等特色产业，每年组织实施市级重大科技专项不少于12项，单个项目市财政支持最高500万元。牵头单位：市农业农村局；责任单位：市科技局、市林草局、各县（市、区）人民政府。"),
    ("p", "（四）促进科技成果转移转化。对高等学校、科研院所向本市企业转让技术的，按技术合同实际成交额的3%给予奖补，单个单位每年最高100万元；三年新建技术转移示范机构8家。牵头单位：市科技局；责任单位：市教育体育局、市市场监管局。"),
    ("p", "（五）强化科技金融支撑。设立总规模10亿元的市级科技创新创业投资基金，将“科技贷”风险补偿资金池扩大至2亿元。牵头单位：市财政局；责任单位：市委金融办、市科技局、市国资委。"),
    ("p", "（六）集聚高层次科技人才。每年引进培育高层次科技人才团队30个，对顶尖人才团队给予最高3000万元综合资助。牵头单位：市委人才办；责任单位：市人力资源社会保障局、市科技局。"),
    ("h3", "三、保障措施"),
    ("p", "（一）加强组织领导。成立由分管副市长任组长的行动方案推进工作专班，专班办公室设在市科技局，负责日常统筹协调和督促检查。"),
    ("p", "（二）加大资金投入。2026—2028年市财政每年统筹安排科技创新专项资金不少于6亿元，三年累计不少于18亿元。"),
    ("p", "（三）强化考核评估。将主要指标完成情况纳入县（市、区）高质量发展综合考核，每年12月底前开展年度评估。"),
    ("p", "联系人：市科技局发展规划处 杨建平，电话：0871-63168512。"),
]
A_SHARE = "分享到：微信 微博 QQ空间"
A_TOOLS = "【打印本页】 【关闭窗口】"
A_LINKS = "相关链接：云南省科学技术厅 昆明市人民政府"
A_FOOTER = [
    "主办单位：昆明市科学技术局 承办单位：昆明市科技信息中心",
    "地址：昆明市呈贡区市级行政中心 邮编：650500",
    "网站标识码：5301000317 滇ICP备05018863号 滇公网安备53011402000317号",
]


def build_html_a():
    on = ' class="on"'
    nav = "\n".join(f'      <li{on if t == "政务公开" else ""}><a href="/c/{i + 101}/">{t}</a></li>'
                    for i, t in enumerate(A_NAV))
    body = []
    for kind, val in A_ARTICLE:
        if kind == "table":
            th = "".join(f"<th>{h}</th>" for h in val[0])
            rows = "\n".join("          <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in val[1:])
            body.append(f"""      <table class="zb" border="1" cellspacing="0" cellpadding="4">
        <caption>{A_TABLE_CAPTION}</caption>
        <thead><tr>{th}</tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>""")
        elif kind == "docno":
            body.append(f'      <p class="docno" style="text-align:center">{val}</p>')
        elif kind == "sign":
            body.append(f'      <p style="text-align:right">{val}</p>')
        elif kind == "h2":
            body.append(f'      <h2 style="text-align:center">{val}</h2>')
        elif kind == "h3":
            body.append(f'      <p style="text-indent:2em"><strong>{val}</strong></p>')
        else:
            body.append(f'      <p style="text-indent:2em">{val}</p>')
    body = "\n".join(body)
    f0, f1, f2 = A_FOOTER
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="昆明市科学技术局">
<meta name="ArticleTitle" content="{A_TITLE}">
<meta name="PubDate" content="2026-04-08 10:30">
<meta name="ContentSource" content="昆明市科学技术局">
<title>{A_TITLE}_昆明市科学技术局</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>
  .nav li {{ display: inline-block; padding: 0 1.2em; }}
  table.zb {{ border-collapse: collapse; margin: 0 auto; }}
  .share a {{ margin-right: .6em; }}
</style>
<script>
  var _hmt = _hmt || [];
  var shareTitle = '本段文字不应出现在可见内容：牵头单位另行通知';
</script>
</head>
<body>
  <div class="topbar"><span>欢迎访问昆明市科学技术局门户网站</span> <a href="javascript:void(0)" id="wza">无障碍</a> <a href="javascript:void(0)" id="zzms">长者模式</a> <a href="/en/">English</a></div>
  <div class="header">
    <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="昆明市科学技术局徽标"><span>{A_LOGO}</span></a></div>
    <form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
  <div class="nav">
    <ul>
{nav}
    </ul>
  </div>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/c/104/">政务公开</a> &gt; <a href="/c/104/tzgg/">通知公告</a></div>
  <div class="main">
    <h1 class="title">{A_TITLE}</h1>
    <div class="info"><span>发布时间：2026-04-08 10:30</span>&nbsp;&nbsp;<span>来源：昆明市科学技术局</span>&nbsp;&nbsp;<span>浏览次数：<em id="views"></em></span></div>
    <div class="fontsize">【字体：<a href="#" onclick="fs(18)">大</a> <a href="#" onclick="fs(16)">中</a> <a href="#" onclick="fs(14)">小</a>】</div>
    <div class="article-con" id="zoom">
{body}
    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="links">相关链接：<a href="https://kjt.yn.gov.cn/">云南省科学技术厅</a> <a href="https://www.km.gov.cn/">昆明市人民政府</a></div>
  </div>
  <div class="footer">
    <p>{f0.replace(" ", "&nbsp;&nbsp;")}</p>
    <p>{f1.replace(" ", "&nbsp;&nbsp;")}</p>
    <p>{f2.replace(" ", "&nbsp;&nbsp;")}</p>
  </div>
<script>
  function fs(n) {{ document.getElementById('zoom').style.fontSize = n + 'px'; }}
  fetch('/api/views?id=kmkj0408').then(function (r) {{ return r.text(); }}).then(function (n) {{ document.getElementById('views').textContent = n; }});
</script>
</body>
</html>
"""


A_ARTICLE_LINES = []
for _k, _v in A_ARTICLE:
    A_ARTICLE_LINES += [" | ".join(r) for r in _v] if _k == "table" else [_v]
A_ARTICLE_LINES.insert(A_ARTICLE_LINES.index(" | ".join(A_TABLE[0])), A_TABLE_CAPTION)
A_EXPECTED_LINES = ([A_TOPBAR, A_LOGO, "搜索"] + A_NAV + [A_CRUMB, A_TITLE, A_INFO, A_FONT] + A_ARTICLE_LINES
                    + [A_SHARE, A_TOOLS, A_LINKS] + A_FOOTER)

# ---------------------------------------------------------------------------------------------------------------
# B: 大庆市科技型企业研发投入后补助实施办法 (DOCX): 第一章 … 第五章, 第一条 … 第十五条, one Word table (附表).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "企业类别", "上年度研发费用门槛", "增量补助比例", "单户年度补助上限"],
    ["1", "科技型中小企业", "30万元", "12%", "60万元"],
    ["2", "高新技术企业", "100万元", "10%", "180万元"],
    ["3", "规模以上工业企业", "200万元", "8%", "260万元"],
    ["4", "新型研发机构", "80万元", "15%", "120万元"],
    ["5", "省级以上专精特新中小企业", "150万元", "9%", "160万元"],
]
B_BLOCKS = [
    ("title", "大庆市科技型企业研发投入后补助实施办法"),
    ("sub", "（大庆市科学技术局　大庆市财政局2026年4月15日印发　庆科规〔2026〕3号）"),
    ("chap", "第一章　总则"),
    ("art", "第一条　为引导企业加大研发投入，提升自主创新能力，根据国家和黑龙江省关于鼓励企业加大研发投入的有关规定，结合我市实际，制定本办法。"),
    ("art", "第二条　本办法所称研发投入后补助，是指对企业上年度已发生并按规定归集的研究开发费用，经审核后以市级财政资金给予的事后补助。"),
    ("art", "第三条　后补助资金从市级科技创新专项资金中列支，年度总额不超过6500万元；当年申请补助总额超过预算的，按比例核减。"),
    ("chap", "第二章　申请条件"),
    ("art", "第四条　申请后补助的企业应同时符合下列条件："),
    ("item", "（一）在大庆市行政区域内注册登记满2年，具有独立法人资格；"),
    ("item", "（二）上年度研发费用达到附表规定的门槛，且较前一年度有所增长；"),
    ("item", "（三）上年度研发费用已在税务部门办理加计扣除申报；"),
    ("item", "（四）近3年内未发生重大安全、环保、质量事故和严重失信行为。"),
    ("art", "第五条　后补助按企业上年度研发费用较前一年度的增量部分，依照企业类别分档给予补助，具体标准见附表。"),
    ("caption", "附表　研发投入后补助标准"),
    ("table", B_TABLE),
    ("note", "注：同一企业符合多个类别的，按就高原则确定一个类别申请，不重复补助。"),
    ("chap", "第三章　申报与审核"),
    ("art", "第六条　后补助每年集中申报一次。2026年度申报时间为2026年5月6日至2026年6月5日，逾期不予受理。"),
    ("art", "第七条　企业通过大庆市科技管理信息系统在线申报，并提交由会计师事务所出具的上年度研发费用专项审计报告。"),
    ("art", "第八条　市科技局负责申报受理、形式审查和组织专家评审；市财政局负责预算安排和资金拨付；国家税务总局大庆市税务局负责提供企业研发费用加计扣除数据核验。"),
    ("art", "第九条　审核结果在市科技局门户网站公示7个工作日，公示无异议的，按程序下达补助资金。"),
    ("art", "第十条　补助资金在公示期满后30个工作日内拨付至企业基本账户。"),
    ("chap", "第四章　监督管理"),
    ("art", "第十一条　企业获得的后补助资金应继续用于研究开发活动，其中用于研发人员和仪器设备投入的比例不低于50%。"),
    ("art", "第十二条　以虚报、冒领等手段骗取补助资金的，由市财政局会同市科技局追回资金，5年内取消其申报市级科技计划项目资格，并按规定纳入信用记录。"),
    ("chap", "第五章　附则"),
    ("art", "第十三条　政策咨询：市科技局资源配置与管理科，王立新，0459-4665218；资金拨付咨询：市财政局科教文科，孙丽娜，0459-4669327。"),
    ("art", "第十四条　本办法由市科技局、市财政局按职责分工解释。"),
    ("art", "第十五条　本办法自2026年5月1日起施行，有效期至2028年12月31日。"),
]
B_WHEN = (2026, 4, 15, 9, 0, 0)


def set_east_asian(obj, font):
    rpr = obj.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def styled_run(p, text, font, size, bold=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    set_east_asian(r._element, font)
    return r


def fixed_zip(data, when):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asian(normal.element, "仿宋_GB2312")
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    para = t.cell(r, c).paragraphs[0]
                    styled_run(para, cell, "黑体" if r == 0 else "仿宋_GB2312", 11, bold=(r == 0))
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if kind == "title":
            styled_run(p, val, "方正小标宋简体", 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            styled_run(p, val, "楷体_GB2312", 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "chap":
            styled_run(p, val, "黑体", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "caption":
            styled_run(p, val, "黑体", 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "note":
            styled_run(p, val, "仿宋_GB2312", 12)
        elif kind == "art":
            head, rest = val.split("　", 1)
            styled_run(p, head + "　", "黑体", 16)
            styled_run(p, rest, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
        else:
            styled_run(p, val, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "大庆市科技型企业研发投入后补助实施办法"
    cp.author = "大庆市科学技术局"
    cp.subject = "庆科规〔2026〕3号"
    cp.keywords = "研发投入;后补助;大庆"
    cp.last_modified_by = "大庆市科学技术局"
    cp.revision = 1
    cp.created = _dt.datetime(*B_WHEN)
    cp.modified = _dt.datetime(*B_WHEN)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), B_WHEN))


def docx_lines(path):
    """Reopen the DOCX and return the body in order: paragraph text, table rows as cells joined by ' | '."""
    d = Document(str(path))
    paras = {p._p: p for p in d.paragraphs}
    tables = {t._tbl: t for t in d.tables}
    lines, tables_out = [], []
    for el in d.element.body.iterchildren():
        if el in paras:
            if paras[el].text:
                lines.append(paras[el].text)
        elif el in tables:
            rows = [[c.text for c in r.cells] for r in tables[el].rows]
            tables_out.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, tables_out


# ---------------------------------------------------------------------------------------------------------------
# C: 新竹市政府 新聞稿 (plain text, Big5, CRLF, Taiwan-standard Traditional, ROC dates).
# ---------------------------------------------------------------------------------------------------------------
C_LINES = [
    "新竹市政府新聞稿",
    "發布日期：115年2月24日",
    "發布單位：產業發展處",
    "",
    "竹市115年度青年創業及產業創新補助　3月2日起受理申請",
    "",
    "新竹市政府為扶植在地青年創業及中小企業數位與綠色轉型，115年度編列「青年創業及產業創新補助計畫」總經費新臺幣3,600萬元，自115年3月2日起至115年4月15日下午5時止受理申請，一律採線上申請，逾期不予受理。",
    "",
    "產業發展處處長陳柏宇表示，本年度補助分為「青年創業啟動」、「數位創新研發」及「綠色低碳轉型」三類。青年創業啟動類每案最高補助新臺幣50萬元，申請人須年滿20歲至45歲，且設籍本市滿6個月以上；數位創新研發類每案最高補助新臺幣200萬元，補助金額不得超過計畫總經費之50%；綠色低碳轉型類每案最高補助新臺幣120萬元，補助比例上限為40%。",
    "",
    "陳處長指出，114年度計畫共收到申請案186件，核定補助62案，核定補助金額2,870萬元，帶動企業投資約1.9億元，新增就業機會412個，成效良好。",
    "",
    "申請資格方面，申請企業須依法在新竹市辦理公司或商業登記，且實收資本額在新臺幣1億元以下；申請青年創業啟動類之新創事業，設立登記須未滿3年。",
    "",
    "為協助業者瞭解申請程序，市府將於115年3月6日下午2時在市府2樓大禮堂舉辦說明會，並委託財團法人工業技術研究院擔任計畫辦公室，負責受理諮詢、資格審查及期中與期末查核。",
    "",
    "核定結果預計於115年6月12日前公告，計畫執行期間至115年11月30日止，受補助者應於115年12月10日前繳交結案報告。補助款分二期撥付，第一期於簽約後撥付核定補助金額之30%，第二期於結案審查通過後撥付餘款。",
    "",
    "受補助者如有虛偽不實情事，市府將撤銷補助並追回已撥付款項，且5年內不得再申請本府補助。",
    "",
    "相關申請須知及表單請至新竹市政府產業發展處網站下載，或洽計畫辦公室，電話：(03)591-7735，服務時間為週一至週五上午9時至下午5時。",
    "",
    "新聞聯絡人：產業發展處科長 許家豪，電話：(03)522-4875",
]


def build_txt_c(path):
    try:
        data = ("\r\n".join(C_LINES) + "\r\n").encode("big5")
    except UnicodeEncodeError as e:  # e.g. a Simplified-only character slipped in
        print(f"FAILED:\n  - C: text has a character Big5 cannot encode: {e.object[e.start:e.end]!r}")
        sys.exit(1)
    path.write_bytes(data)


# ---------------------------------------------------------------------------------------------------------------
# HTML visible-text walker (head/script/style dropped; a table row becomes one line, cells joined by ' | ').
# ---------------------------------------------------------------------------------------------------------------
BLOCK_TAGS = {"html", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "caption", "thead",
              "tbody", "header", "footer", "nav", "main", "section", "article", "form", "figure", "figcaption"}


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip, self.cells = [], [], 0, None

    def text(self):
        s = re.sub(r"[ \t\r\n\xa0]+", " ", "".join(self.buf)).strip(" ")
        self.buf = []
        return s

    def flush(self):
        s = self.text()
        if s:
            self.lines.append(s)

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush()
            self.cells = []
        elif tag in ("td", "th"):
            self.buf = []
        elif tag in BLOCK_TAGS or tag in ("br", "button"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.cells.append(self.text())
        elif tag == "tr":
            self.lines.append(" | ".join(self.cells))
            self.cells = None
        elif tag in BLOCK_TAGS or tag == "button":
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_lines(src):
    p = VisibleText()
    p.feed(src)
    p.close()
    p.flush()
    return p.lines


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one line of the doc's plain text (the evidence line).
# traditional: for A and B the question is written in Simplified (qs) and converted with OpenCC s2twp; for C it is
# Simplified as written (q). Unanswerable (Chinese or English): keys = regexes that must not match the doc (plain
# text, raw file, converted forms; each key also tried in s2tw / s2twp / t2s form); gkeys = the same over all three
# docs; near = terms that must occur in the doc, so the question really is a near miss. table: col names the column
# holding the answer. same: other lines allowed to hold the same digit-bounded answer string (same meaning).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 昆明 行动方案 notice page (HTML, 18)
    dict(id="u27-A01", doc="A", kind="table", q="按昆明的三年行动方案，到2028年全市高新技术企业要达到多少家？", a="3000家", hint="2 | 高新技术企业数量 |", col="2028年目标"),
    dict(id="u27-A02", doc="A", kind="table", q="昆明2025年技术合同实际成交了多少？", a="168.4亿元", hint="4 | 技术合同成交额 |", col="2025年基数"),
    dict(id="u27-A03", doc="A", kind="table", q="昆明2026年要把全社会研发投入强度提到多少？", a="1.72%", hint="1 | 全社会研发投入强度 |", col="2026年目标"),
    dict(id="u27-A04", doc="A", kind="who_leads", q="昆明设立市级科技创新创业投资基金这项任务由哪个单位牵头？", a="市财政局", hint="创业投资基金"),
    dict(id="u27-A05", doc="A", kind="who_leads", q="昆明每年引进培育高层次科技人才团队，牵头的是哪个部门？", a="市委人才办", hint="人才团队30个"),
    dict(id="u27-A06", doc="A", kind="paraphrase", q="在昆明，企业第一回被认定为高企，政府一次性奖多少钱？", a="20万元", hint="一次性奖励20万元"),
    dict(id="u27-A07", doc="A", kind="paraphrase", q="昆明的大学和研究所把技术卖给本地公司，政府按成交金额的百分之几给奖补？", a="3%", hint="的3%给予奖补"),
    dict(id="u27-A08", doc="A", kind="typo", q="昆名对重新认定的高新技术企业奖励多少钱？", a="10万元", hint="给予10万元奖励", wrong="昆名", right="昆明"),
    dict(id="u27-A09", doc="A", kind="traditional", qs="昆明市级重大科技专项单个项目市财政最多支持多少？", a="500万元", hint="最高500万元"),
    dict(id="u27-A10", doc="A", kind="english", q="According to the indicator table in Kunming's 2026-2028 action plan, how many science and technology SMEs is the city aiming for by 2028?", a="6200家", hint="3 | 科技型中小企业数量 |", col="2028年目标"),
    dict(id="u27-A11", doc="A", kind="english", q="Who is the lead unit for building new R&D institutions under Kunming's three-year action plan?", a="昆明高新区管委会", hint="新型研发机构15家"),
    dict(id="u27-A12", doc="A", kind="english", q="On what date did the Kunming Science and Technology Bureau sign the notice issuing the action plan?", a="2026年4月3日", hint="2026年4月3日"),
    dict(id="u27-A13", doc="A", kind="english", q="What is the minimum amount Kunming's city budget will allocate each year to science and technology innovation between 2026 and 2028?", a="6亿元", hint="不少于6亿元"),
    dict(id="u27-A14", doc="A", kind="english", q="How big is the municipal venture capital fund for science and technology innovation that Kunming plans to set up?", a="10亿元", hint="总规模10亿元"),
    dict(id="u27-A15", doc="A", kind="english_unanswerable", q="What R&D intensity target has Kunming set for 2030?", keys=["2030"], near=["2028年目标", "全社会研发投入强度"]),
    dict(id="u27-A16", doc="A", kind="unanswerable", q="玉溪市到2028年高新技术企业的目标是多少家？", gkeys=["玉溪"], near=["2028年目标"]),
    dict(id="u27-A17", doc="A", kind="unanswerable", q="昆明2024年技术合同成交额是多少？", keys=["2024"], near=["2025年基数", "技术合同成交额"]),
    dict(id="u27-A18", doc="A", kind="unanswerable", q="昆明行动方案第七项重点任务由哪个单位牵头？", keys=["（七）", "七、", "第七"], near=["（六）", "牵头单位"]),
    # ---- B 大庆 实施办法 (DOCX, 17)
    dict(id="u27-B01", doc="B", kind="table", q="大庆的新型研发机构，新增的研发费用能按百分之几拿到后补助？", a="15%", hint="4 | 新型研发机构 |", col="增量补助比例"),
    dict(id="u27-B02", doc="B", kind="table", q="大庆的规上工业企业一年最多能拿多少研发后补助？", a="260万元", hint="3 | 规模以上工业企业 |", col="单户年度补助上限"),
    dict(id="u27-B03", doc="B", kind="who_leads", q="大庆研发投入后补助的资金拨付由哪个部门负责？", a="市财政局", hint="负责预算安排和资金拨付", verb="负责"),
    dict(id="u27-B04", doc="B", kind="paraphrase", q="公司在大庆落户登记多久以上才有资格申请这笔研发后补助？", a="2年", hint="注册登记满2年"),
    dict(id="u27-B05", doc="B", kind="paraphrase", q="大庆后补助拿到手以后，投向研发人手和购置仪器的钱最少占几成？", a="50%", hint="不低于50%"),
    dict(id="u27-B06", doc="B", kind="typo", q="大庆市科计局资源配置与管理科的咨询电话是多少？", a="0459-4665218", hint="第十三条", wrong="科计局", right="科技局"),
    dict(id="u27-B07", doc="B", kind="typo", q="大庆研发后补助的审核结果要公式几个工作日？", a="7个工作日", hint="第九条", wrong="公式", right="公示"),
    dict(id="u27-B08", doc="B", kind="traditional", qs="大庆2026年度研发后补助申报什么时候截止？", a="2026年6月5日", hint="第六条"),
    dict(id="u27-B09", doc="B", kind="english", q="According to the table in Daqing's R&D post-subsidy measures, what is the minimum prior-year R&D spending for a high-tech enterprise to qualify?", a="100万元", hint="2 | 高新技术企业 |", col="上年度研发费用门槛"),
    dict(id="u27-B10", doc="B", kind="english", q="What is the annual ceiling on the total budget for Daqing's R&D post-subsidies?", a="6500万元", hint="第三条"),
    dict(id="u27-B11", doc="B", kind="english", q="When do Daqing's R&D post-subsidy implementation measures take effect?", a="2026年5月1日", hint="第十五条"),
    dict(id="u27-B12", doc="B", kind="english", q="Within how many working days after the public notice period ends does Daqing pay the subsidy into the company's account?", a="30个工作日", hint="第十条"),
    dict(id="u27-B13", doc="B", kind="english", q="Who is the contact person at the Daqing finance bureau for questions about paying out these R&D subsidies?", a="孙丽娜", hint="第十三条"),
    dict(id="u27-B14", doc="B", kind="english_unanswerable", q="How much did Daqing pay out in total R&D post-subsidies in 2025?", keys=["2025"], near=["6500万元"]),
    dict(id="u27-B15", doc="B", kind="unanswerable", q="齐齐哈尔市科技型企业研发投入后补助什么时候开始申报？", gkeys=["齐齐哈尔"], near=["申报时间"]),
    dict(id="u27-B16", doc="B", kind="unanswerable", q="大庆对科技领军企业的研发投入后补助比例是多少？", keys=["领军"], near=["企业类别", "增量补助比例"]),
    dict(id="u27-B17", doc="B", kind="unanswerable", q="大庆研发后补助实施办法第十六条对补助资金的使用期限是怎么规定的？", keys=["第十六条", "使用期限"], near=["第十五条"]),
    # ---- C 新竹市 新聞稿 (Big5 TXT, 15)
    dict(id="u27-C01", doc="C", kind="paraphrase", q="新竹市這次幫年輕人開公司的那一類，一件最多給多少錢？", a="50萬元", hint="青年創業啟動類每案"),
    dict(id="u27-C02", doc="C", kind="paraphrase", q="新竹市這個計畫去年一共批准了幾件？", a="62案", hint="核定補助62案"),
    dict(id="u27-C03", doc="C", kind="paraphrase", q="新竹市這項補助簽了約之後，頭一筆錢先發核定金額的幾成？", a="30%", hint="第一期於簽約後"),
    dict(id="u27-C04", doc="C", kind="typo", q="新竹市綠色低炭轉型類每案最高補助多少？", a="120萬元", hint="綠色低碳轉型類每案", wrong="低炭", right="低碳"),
    dict(id="u27-C05", doc="C", kind="traditional", q="新竹市这项补助的说明会在哪一天举办？", a="115年3月6日", hint="舉辦說明會"),
    dict(id="u27-C06", doc="C", kind="english", q="What is the total budget of Hsinchu City's youth entrepreneurship and industrial innovation subsidy for ROC year 115?", a="3,600萬元", hint="總經費新臺幣3,600萬元"),
    dict(id="u27-C07", doc="C", kind="english", q="On what date does Hsinchu stop accepting applications for this subsidy?", a="115年4月15日", hint="至115年4月15日"),
    dict(id="u27-C08", doc="C", kind="english", q="Which organisation serves as the programme office for the Hsinchu subsidy, handling enquiries and eligibility review?", a="財團法人工業技術研究院", hint="擔任計畫辦公室"),
    dict(id="u27-C09", doc="C", kind="english", q="By what date must recipients of the Hsinchu subsidy hand in their final report?", a="115年12月10日", hint="結案報告"),
    dict(id="u27-C10", doc="C", kind="english", q="How much can a digital innovation R&D project receive at most per case under the Hsinchu subsidy?", a="200萬元", hint="數位創新研發類每案"),
    dict(id="u27-C11", doc="C", kind="english", q="How many new jobs did Hsinchu's subsidy programme create in ROC year 114?", a="412個", hint="新增就業機會412個"),
    dict(id="u27-C12", doc="C", kind="english_unanswerable", q="How much subsidy did Hsinchu approve under this programme in ROC year 113?", keys=["113年", "113"], near=["114年度"]),
    dict(id="u27-C13", doc="C", kind="english_unanswerable", q="What is the per-case cap on youth start-up subsidies in Miaoli County, next to Hsinchu?", gkeys=["苗栗"], near=["青年創業啟動類"]),
    dict(id="u27-C14", doc="C", kind="unanswerable", q="新竹縣115年度青年創業補助每案最高多少？", gkeys=["新竹縣", "竹縣"], near=["新竹市"]),
    dict(id="u27-C15", doc="C", kind="unanswerable", q="新竹市這項補助第四類「智慧醫療」每案上限是多少？", keys=["智慧醫療", "第四類", "四類", "醫療"], near=["三類"]),
]

KIND_COUNTS = {"english": 16, "english_unanswerable": 4, "paraphrase": 7, "typo": 4, "table": 5, "who_leads": 3,
               "traditional": 3, "unanswerable": 8}
DOC_COUNTS = {"A": 18, "B": 17, "C": 15}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_CITY = {"A": "Kunming", "B": "Daqing", "C": "Hsinchu"}
PARAPHRASE_MAX_RUN = 6
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")


def lcs_run(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def num_count(s, text):
    """Occurrences of s in text not glued to further digits, dots or commas (so 50万元 does not count in 150万元)."""
    return len(re.findall(r"(?<![\d.,:-])" + re.escape(s) + r"(?![\d])", text))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(build_html_a().encode("utf-8"))
    build_docx(CORPUS / FILE_B)
    build_txt_c(CORPUS / FILE_C)

    # ---- plain texts
    a_src = (CORPUS / FILE_A).read_bytes().decode("utf-8")
    a_plain = html_lines(a_src)
    b_plain, b_tables = docx_lines(CORPUS / FILE_B)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    try:
        c_text = c_bytes.decode("big5")
    except UnicodeDecodeError as e:
        print(f"FAILED:\n  - C: {FILE_C} does not decode as Big5 ({e})")
        sys.exit(1)
    c_plain = [ln.strip() for ln in c_text.split("\r\n") if ln.strip()]
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")

    # ---- A: HTML page, visible text, Simplified throughout, one real <table>
    if a_plain != A_EXPECTED_LINES:
        for i, (x, y) in enumerate(zip(a_plain, A_EXPECTED_LINES)):
            if x != y:
                print(f"A first difference at line {i}:\n  got      {x}\n  expected {y}")
                break
    check(a_plain == A_EXPECTED_LINES, "A: visible text blocks differ from the expected lines")
    ta = ptext["A"]
    check("本段文字不应出现" not in ta and "本段文字不应出现" in a_src and "_hmt" not in ta, "A: script text not visible")
    for ln in a_plain:
        if HAN.search(ln):
            check(T2S.convert(ln) == ln, f"A: line not pure Simplified: {ln[:30]}")
    check(a_src.count("<table") == 1 and a_src.count("<tr>") == len(A_TABLE) and "<caption>" in a_src
          and a_src.count("<th>") == len(A_TABLE[0]) and a_src.count("<td>") == len(A_TABLE[0]) * (len(A_TABLE) - 1),
          "A: one HTML <table> with caption, header row and data cells")
    check("&gt;" in a_src and "&nbsp;" in a_src and '<meta charset="utf-8">' in a_src and 'lang="zh-CN"' in a_src,
          "A: head furniture and entities")
    a_prose = "\n".join(ln for ln in A_ARTICLE_LINES if " | " not in ln)
    for j in (2, 3, 4):
        col = [r[j] for r in A_TABLE[1:]]
        check(len(set(col)) == len(col), f"A: column {A_TABLE[0][j]} values distinct")
        for c in col:
            check(num_count(c, a_prose) == 0, f"A: table cell {c} also in the prose")
    cells = [c for r in A_TABLE[1:] for c in r[2:]]
    check(len(set(cells)) == len(cells), "A: every figure cell of the table is distinct")
    a_tasks = [ln for ln in a_plain if "牵头单位：" in ln]
    a_leads = [re.search(r"牵头单位：([^；]+)；责任单位：", ln).group(1) for ln in a_tasks]
    check(len(a_tasks) == 6 and [t[:3] for t in a_tasks] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"],
          "A: six tasks （一）…（六） with 牵头单位")
    check(a_leads.count("市科技局") == 2 and len(set(a_leads)) == 5, f"A: lead units {a_leads}")
    check(sum(1 for t in a_tasks if "市科技局" in t.split("责任单位：")[1]) == 4, "A: 市科技局 is a 责任单位 in four tasks")
    check([ln[:2] for ln in a_plain if re.match(r"[一二三]、", ln)] == ["一、", "二、", "三、"], "A: sections 一 … 三")
    check("2026年4月3日" in ta and "发布时间：2026-04-08" in ta, "A: signed 4月3日, published 04-08")

    # ---- B: DOCX structure
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        b_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        b_docxml = z.read("word/document.xml").decode("utf-8")
        b_times = {zi.date_time for zi in z.infolist()}
    expected_b = []
    for kind, val in B_BLOCKS:
        expected_b += [" | ".join(r) for r in val] if kind == "table" else [val]
    check(b_plain == expected_b, "B: reopened DOCX text differs from the data")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: exactly one Word table equal to the data")
    check(b_docxml.count("<w:tbl>") == 1 and "TableGrid" in b_docxml and b_docxml.count("<w:tr") == len(B_TABLE),
          "B: a real <w:tbl> (Table Grid) with one <w:tr> per row")
    check(b_times == {B_WHEN}, "B: zip timestamps")
    for font in ("方正小标宋简体", "黑体", "仿宋_GB2312", "楷体_GB2312"):
        check(f'w:eastAsia="{font}"' in b_xml, f"B: font {font}")
    nums = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
    arts = [re.match(r"第(.+?)条　", v).group(1) for k, v in B_BLOCKS if k == "art"]
    check(arts == nums, f"B: articles 第一条 … 第十五条 {arts}")
    check([v[:3] for k, v in B_BLOCKS if k == "chap"] == ["第一章", "第二章", "第三章", "第四章", "第五章"], "B: chapters")
    tb = ptext["B"]
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for j in (2, 3, 4):
        col = [r[j] for r in B_TABLE[1:]]
        check(len(set(col)) == len(col), f"B: column {B_TABLE[0][j]} values distinct")
        for c in col:
            check(num_count(c, b_prose) == 0, f"B: table cell {c} also in the prose")
    cells = [c for r in B_TABLE[1:] for c in r[2:]]
    check(len(set(cells)) == len(cells), "B: every figure cell of the table is distinct")
    check(all(int(r[4][:-2]) > int(r[2][:-2]) * int(r[3][:-1]) / 100 for r in B_TABLE[1:]),
          "B: caps exceed threshold × rate (plausible)")
    check(_dt.date(2026, 4, 15) < _dt.date(2026, 5, 1) < _dt.date(2026, 5, 6) < _dt.date(2026, 6, 5)
          and "2026年4月15日印发" in tb and "2026年5月1日起施行" in tb and "2026年5月6日至2026年6月5日" in tb,
          "B: issued 4月15日 < effective 5月1日 < window 5月6日–6月5日")
    phones = re.findall(r"0459-\d{7}", tb)
    check(len(phones) == 2 and len(set(phones)) == 2, "B: two distinct contact phones")
    check(T2S.convert(tb) == tb, "B: Simplified throughout")

    # ---- C: encoding and content
    try:
        c_bytes.decode("utf-8")
        check(False, "C: file must not decode as UTF-8")
    except UnicodeDecodeError:
        pass
    check(c_text.encode("big5") == c_bytes, "C: Big5 round trip")
    check(c_bytes.decode("gb18030", errors="replace") != c_text, "C: a GB18030 guess must not give the right text")
    try:  # optional: a charset detector, when installed, must detect Big5 (not just fail to decode it as UTF-8)
        import charset_normalizer
        best = charset_normalizer.from_bytes(c_bytes).best()
        check(best is not None and best.encoding in ("big5", "cp950", "big5hkscs"),
              f"C: charset_normalizer detects {best.encoding if best else None}, not Big5")
    except ImportError:
        pass
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in c_bytes and max(c_bytes) > 0x80, "C: no BOM, CRLF")
    tc = ptext["C"]
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan-Traditional: {ln[:30]}")
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional characters present, 臺 not 台")
    roc = re.findall(r"(1\d\d)年(\d+)月(\d+)日", tc)
    check(roc and all(y == "115" for y, _, _ in roc), f"C: all full dates are ROC 115 {roc}")
    dates = [_dt.date(1911 + int(y), int(m), int(d)) for y, m, d in roc]
    check(dates == [_dt.date(2026, 2, 24), _dt.date(2026, 3, 2), _dt.date(2026, 4, 15), _dt.date(2026, 3, 6),
                    _dt.date(2026, 6, 12), _dt.date(2026, 11, 30), _dt.date(2026, 12, 10)], f"C: ROC dates {dates}")
    check(abs(2870 / 62 - 46.3) < 0.1 and 62 < 186, "C: 114年度 62 of 186 cases, 2,870萬元")
    amounts = re.findall(r"最高補助新臺幣(\d+萬元)", tc)
    check(amounts == ["50萬元", "200萬元", "120萬元"], f"C: three category caps {amounts}")

    raw = {"A": a_src, "B": b_xml, "C": c_text}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        question = S2TWP.convert(q["qs"]) if "qs" in q else q["q"]
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
            if q.get("gkeys") and k == "unanswerable":
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(ans in ptext[d], f"{q['id']}: answer not in plain text")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(any(s in ln for s in q.get("same", [])), f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} occurs more than once in its evidence")
            else:
                check(ev.count(ans) == 1 or k == "who_leads", f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = A_TABLE if d == "A" else B_TABLE
                row = ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in [c for j, c in enumerate(row) if j != ci], f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies header")
            if k == "who_leads":
                if "verb" in q:
                    check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                else:
                    check(f"牵头单位：{ans}；" in ev and "牵头" in question, f"{q['id']}: evidence must name {ans} as lead")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_CITY[d] in question, f"{q['id']}: English question must name {ENGLISH_CITY[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if d in "AB":
                check(question == S2TWP.convert(q["qs"]) and T2S.convert(question) != question, f"{q['id']}: not Traditional")
                check(S2TW.convert(question) == question, f"{q['id']}: s2tw changes the Traditional question")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        elif k not in ("english", "english_unanswerable"):
            if d == "C":
                check(S2TW.convert(question) == question, f"{q['id']}: C questions other than traditional are Traditional")
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
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    check(all(re.fullmatch(r"u27-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read the written file and re-check the substring contract from disk
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
        print(f"{d}: {len(plains[d])} lines, {len(HAN.findall(t))} CJK")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para and runs:
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
