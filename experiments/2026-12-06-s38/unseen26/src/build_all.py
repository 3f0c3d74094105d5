#!/usr/bin/env python3
"""Build unseen26: three fictional policy documents -- a DOCX 科技计划项目申报指南 (Zhengzhou) with numbered sections
and a real Word table of 专题, a GB18030-encoded TXT 工作总结 (Huai'an) with two-year prose figures and 牵头单位 /
责任单位 lines, and a Traditional-Chinese HTML 補助要點 公告 page (Kaohsiung) with articles and a <table> -- their UTF-8
plain texts and 50 questions, then run the consistency checks (exit 1 on any failure).
Writes only inside unseen26/. Deterministic: a rebuild is byte for byte identical."""
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

FILE_A = "A_zhengzhou_2026_keji_jihua_xiangmu_shenbao_zhinan.docx"
FILE_B = "B_huaian_kejiju_2025_gongzuo_zongjie_gb18030.txt"
FILE_C = "C_kaohsiung_115_jingling_shuwei_zhuanxing_buzhu_yaodian.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 郑州 2026年度科技计划项目申报指南 (DOCX). Blocks: (kind, text); kinds: title, docno, salute, body, h1, h2, item,
#    caption, table, note, sign, date.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["序号", "专题名称", "支持方向", "支持强度（万元）", "拟支持项目数", "实施期限"],
    ["1", "新一代信息技术", "算力网络调度、工业互联网安全", "300", "4项", "36个月"],
    ["2", "新材料", "超硬材料及制品、耐火材料绿色制备", "250", "6项", "30个月"],
    ["3", "高端装备", "盾构装备智能化、新能源客车关键部件", "400", "3项", "48个月"],
    ["4", "生物医药", "创新药物、高端医疗器械", "200", "5项", "42个月"],
    ["5", "现代农业与食品", "小麦新品种选育、速冻食品保鲜", "150", "8项", "24个月"],
    ["6", "绿色低碳", "氢燃料电池汽车示范应用、建筑节能", "180", "7项", "18个月"],
]
A_BLOCKS = [
    ("title", "郑州市科学技术局关于发布2026年度郑州市科技计划项目申报指南的通知"),
    ("docno", "郑科〔2026〕12号"),
    ("salute", "各县（市、区）科技主管部门，郑州航空港经济综合实验区、郑州经济技术开发区、郑州高新技术产业开发区科技主管部门，各有关单位："),
    ("body", "为深入实施创新驱动发展战略，聚焦全市重点产业链关键核心技术攻关，现将2026年度郑州市科技计划项目申报指南发布如下，请按要求组织申报。"),
    ("h1", "一、支持专题"),
    ("body", "2026年度市科技计划重大科技专项设6个专题，采取“定向征集、择优支持”方式，市财政资金按项目分年度拨付。各专题支持方向、支持强度、拟支持项目数及实施期限见表1。"),
    ("caption", "表1　2026年度重大科技专项申报专题"),
    ("table", A_TABLE),
    ("note", "注：支持强度为单个项目市财政资金支持上限；实施期限自项目立项之日起计算。"),
    ("h1", "二、申报条件"),
    ("h2", "（一）申报单位条件"),
    ("item", "1.申报单位应为在郑州市行政区域内注册登记1年以上、具有独立法人资格的企业、高等学校、科研院所或新型研发机构。"),
    ("item", "2.企业牵头申报的，上年度研究开发费用占同期销售收入的比例不低于3%，研发人员占职工总数的比例不低于10%，资产负债率不高于70%。"),
    ("item", "3.鼓励企业与高等学校、科研院所联合申报。联合申报的，应签订合作协议，明确各方任务分工和知识产权归属。"),
    ("item", "4.项目自筹资金与申请市财政资金的比例，企业牵头的不低于2:1，高等学校、科研院所牵头的不低于1:1。"),
    ("h2", "（二）项目负责人条件"),
    ("item", "1.项目负责人应为申报单位正式在职人员，年龄一般不超过55周岁（1971年1月1日以后出生），具有正高级职称的可放宽至60周岁。"),
    ("item", "2.项目负责人每年用于项目研究的时间不少于6个月，同一负责人同期只能主持1项市级重大科技专项。"),
    ("h2", "（三）限项要求"),
    ("body", "每个申报单位限报2项，同一专题限报1项。"),
    ("h1", "三、申报时间"),
    ("body", "（一）网上填报时间：2026年3月16日9:00至2026年4月10日17:00。"),
    ("body", "（二）推荐单位网上审核推荐截止时间：2026年4月17日17:00。"),
    ("body", "（三）逾期系统自动关闭，不再受理。"),
    ("h1", "四、申报方式"),
    ("body", "申报单位登录郑州市科技计划项目管理信息系统填报申报书，经所在县（市、区）或开发区科技主管部门审核推荐后提交。各县（市、区）科技主管部门负责本辖区申报项目的形式审查，并对推荐材料的真实性负责。"),
    ("body", "郑州市科技信息中心负责申报系统的技术支持和运行维护。"),
    ("h1", "五、联系方式"),
    ("body", "（一）新一代信息技术、高端装备专题：市科技局高新技术处，李卫东，0371-67188231。"),
    ("body", "（二）新材料、绿色低碳专题：市科技局高新技术处，赵晓楠，0371-67188235。"),
    ("body", "（三）生物医药、现代农业与食品专题：市科技局社会发展科技处，周敏，0371-67188247。"),
    ("body", "（四）申报系统技术支持：郑州市科技信息中心，刘洋，0371-67188290。"),
    ("sign", "郑州市科学技术局"),
    ("date", "2026年3月2日"),
]


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


A_WHEN = (2026, 3, 2, 10, 0, 0)


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asian(normal.element, "仿宋_GB2312")
    for kind, val in A_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    para = t.cell(r, c).paragraphs[0]
                    styled_run(para, cell, "黑体" if r == 0 else "仿宋_GB2312", 11, bold=(r == 0))
                    para.alignment = WD_ALIGN_PARAGRAPH.LEFT if (c == 2 and r) else WD_ALIGN_PARAGRAPH.CENTER
            continue
        p = doc.add_paragraph()
        pf = p.paragraph_format
        if kind == "title":
            styled_run(p, val, "方正小标宋简体", 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "docno":
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            styled_run(p, val, "黑体", 16)
            pf.first_line_indent = Pt(32)
        elif kind == "h2":
            styled_run(p, val, "楷体_GB2312", 16, bold=True)
            pf.first_line_indent = Pt(32)
        elif kind == "caption":
            styled_run(p, val, "黑体", 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "note":
            styled_run(p, val, "仿宋_GB2312", 12)
        elif kind in ("sign", "date"):
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "salute":
            styled_run(p, val, "仿宋_GB2312", 16)
        else:
            styled_run(p, val, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = "2026年度郑州市科技计划项目申报指南"
    cp.author = "郑州市科学技术局"
    cp.subject = "郑科〔2026〕12号"
    cp.keywords = "申报指南;重大科技专项;郑州"
    cp.last_modified_by = "郑州市科学技术局"
    cp.revision = 1
    cp.created = _dt.datetime(*A_WHEN)
    cp.modified = _dt.datetime(*A_WHEN)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), A_WHEN))


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
# B: 淮安市科学技术局 2025年工作总结和2026年工作安排, plain text, GB18030, CRLF, blank lines between sections.
# ---------------------------------------------------------------------------------------------------------------
B_LINES = [
    "淮安市科学技术局2025年工作总结和2026年工作安排",
    "（2026年1月20日）",
    "",
    "2025年，在市委、市政府的坚强领导下，市科技局深入实施创新驱动发展战略，围绕“绿色高地、枢纽新城”目标定位，推动科技创新和产业创新深度融合，全市科技创新主要指标稳中有进。现将有关情况报告如下。",
    "",
    "一、2025年工作总结",
    "",
    "（一）科技投入持续加大。2025年全市全社会研发投入达到118.6亿元，比上年的107.5亿元增长10.3%；研发投入占地区生产总值比重达到2.08%，比上年提高0.12个百分点。全年市级财政科技支出14.2亿元，比上年增长8.7%。",
    "（二）创新主体不断壮大。2025年末全市高新技术企业达到1536家，比上年末的1349家净增187家；科技型中小企业评价入库2874家，比上年的2473家增长16.2%。高新技术产业产值占规模以上工业产值比重达到47.5%，比上年提高1.8个百分点。",
    "（三）创新平台提档升级。全年新建省级工程技术研究中心23家、市级工程技术研究中心61家。年末全市省级以上科技企业孵化器达到19家，其中国家级7家；省级以上众创空间达到31家。",
    "（四）成果转化加速推进。全年技术合同成交额达到186.3亿元，比上年增长21.4%，2024年为153.5亿元；发明专利授权量2215件，比上年增长12.6%；每万人口高价值发明专利拥有量达到9.87件，比上年增加1.35件。",
    "（五）科技金融持续发力。全年新增“科技贷”合作银行4家，合作银行总数达到16家，科技型企业融资难问题进一步缓解。",
    "",
    "二、重点园区和创新载体发展情况",
    "",
    "1．淮安高新技术产业开发区：2025年实现高新技术产业产值412.5亿元，比上年增长11.8%；新增高新技术企业42家。",
    "2．淮安经济技术开发区：电子信息产业集群加快壮大，2025年实现规上工业产值1268.4亿元，比上年增长9.6%。",
    "3．淮安工业园区：新建中试基地2个，2025年实现技术合同成交额12.7亿元。",
    "4．江苏淮安国家农业科技园区：2025年新引进农业科技企业15家，示范推广新品种新技术38项。",
    "5．淮阴工学院：2025年与本市企业签订技术合同463项，合同金额2.36亿元。",
    "",
    "三、2026年工作安排",
    "",
    "2026年，全市全社会研发投入占地区生产总值比重力争达到2.15%，高新技术企业突破1750家，技术合同成交额突破210亿元。重点抓好以下任务：",
    "1．实施高新技术企业倍增行动。牵头单位：市科技局；责任单位：市财政局、国家税务总局淮安市税务局、各县区人民政府（管委会）。",
    "2．推进淮安高新区“一区多园”建设，提升园区创新能级。牵头单位：淮安高新区管委会；责任单位：市科技局、市发展改革委、市自然资源和规划局。",
    "3．建设淮安市食品产业技术研究院，服务食品产业集群。牵头单位：淮阴工学院；责任单位：市科技局、淮安经济技术开发区管委会。",
    "4．开展全社会研发投入统计监测和季度调度。牵头单位：市统计局；责任单位：市科技局、市工业和信息化局。",
    "5．扩大“科技贷”规模，全年新增贷款规模达到30亿元。牵头单位：市委金融办；责任单位：市科技局、市财政局、中国人民银行淮安市分行。",
    "6．推动江苏淮安国家农业科技园区提质增效。牵头单位：市农业农村局；责任单位：市科技局、淮安区人民政府。",
    "",
    "淮安市科学技术局办公室　2026年1月20日印发",
]


def build_txt(path):
    path.write_bytes(("\r\n".join(B_LINES) + "\r\n").encode("gb18030"))


# ---------------------------------------------------------------------------------------------------------------
# C: 高雄市政府經濟發展局 公告 page, UTF-8 HTML, Traditional Chinese (Taiwan standard), with the 要點 (articles) and
#    a <table> 附表 of subsidy categories.
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "訂定「高雄市政府經濟發展局中小企業淨零及數位轉型補助要點」"
C_TOP = ["回首頁", "網站導覽", "English", "市府首頁"]
C_LOGO = "高雄市政府經濟發展局"
C_NAV = ["關於本局", "最新消息", "業務專區", "產業發展", "招商投資", "便民服務", "政府資訊公開"]
C_CRUMB = "現在位置：首頁 > 最新消息 > 公告事項"
C_INFO = ["發布單位：產業發展科", "發布日期：115-02-11", "點閱次數："]
C_HEAD = [
    "發文字號：高市經發產字第11530218900號",
    "主旨：訂定「高雄市政府經濟發展局中小企業淨零及數位轉型補助要點」，並自中華民國115年2月10日生效。",
    "公告事項：本要點全文如下，並刊登本局網站。",
]
C_RULES_TITLE = "高雄市政府經濟發展局中小企業淨零及數位轉型補助要點"
C_ARTS1 = [
    "第一條　高雄市政府經濟發展局（以下簡稱本局）為協助本市中小企業導入數位工具及推動淨零排放，提升產業競爭力，特訂定本要點。",
    "第二條　本要點所稱中小企業，指依法辦理公司登記或商業登記，實收資本額在新臺幣1億元以下，或經常僱用員工數未滿200人之事業。",
    "第三條　申請者應為公司或商業登記所在地在本市，且設立登記滿1年之中小企業，並無欠繳應納稅捐之情事。",
    "第四條　補助類別、每案補助上限、補助比例上限及預計核定案數如附表。補助比例以計畫總經費為計算基準。",
]
C_TABLE_CAPTION = "附表　補助類別及額度"
C_TABLE = [
    ["補助類別", "補助項目", "每案補助上限（新臺幣）", "補助比例上限", "預計核定案數"],
    ["數位轉型（一般型）", "雲端服務、數位行銷工具導入", "30萬元", "50%", "80案"],
    ["數位轉型（整合型）", "生產管理系統、智慧製造設備聯網", "100萬元", "55%", "25案"],
    ["淨零升級（碳盤查）", "組織型溫室氣體盤查及第三方查證", "20萬元", "70%", "60案"],
    ["淨零升級（節能設備）", "高效率馬達、空壓機、熱泵汰換", "150萬元", "40%", "20案"],
    ["產業聯盟", "3家以上企業共同提出之整合計畫", "300萬元", "45%", "5案"],
]
C_ARTS2 = [
    "第五條　本年度補助總經費為新臺幣8,000萬元，由本局年度預算支應，經費用罄即停止受理。",
    "第六條　受理期間自民國115年3月2日起至115年4月30日止，以線上申請為原則，郵寄者以郵戳為憑。",
    "第七條　本局委託財團法人金屬工業研究發展中心擔任計畫辦公室，負責受理申請、資格審查及執行查核。審查分資格審查及技術審查二階段，並於受理截止後60日內公告核定結果。",
    "第八條　計畫執行期間自核定之日起至民國115年11月30日止，受補助者應於115年12月15日前提出期末報告。",
    "第九條　補助款分二期撥付：第一期於簽訂契約後撥付核定補助金額之30%，第二期於期末審查通過後撥付餘款。",
    "第十條　同一企業同一年度以申請一案為限；已獲中央政府機關同性質補助者，不得重複申請。",
    "第十一條　受補助者有虛偽不實或違反本要點規定者，本局得撤銷補助並追回已撥付款項，且3年內不得再申請本局補助。",
    "第十二條　本要點自中華民國115年2月10日生效。",
]
C_CONTACT = [
    "計畫辦公室：財團法人金屬工業研究發展中心，電話：(07)351-3121分機2385",
    "本局承辦人：產業發展科 林怡君，電話：(07)336-8333分機2541",
]
C_ATTACH = "相關附件：補助要點及附表.pdf 申請須知.odt"
C_TOOLS = ["回上一頁", "回頁首"]
C_FOOTER = [
    "高雄市政府經濟發展局 版權所有",
    "地址：802721高雄市苓雅區四維三路2號8樓",
    "服務電話：(07)336-8333 服務時間：週一至週五 8:00-12:00、13:30-17:30",
    "最佳瀏覽解析度 1280x1024 本網站支援HTML5",
]


def build_html():
    top = " | ".join(f'<a href="/{i}/">{t}</a>' for i, t in enumerate(C_TOP))
    on = ' class="active"'
    nav = "\n".join(f'        <li{on if t == "最新消息" else ""}><a href="/cl.aspx?n={i + 3021}">{t}</a></li>'
                    for i, t in enumerate(C_NAV))
    info = ("\n".join(f"      <li>{x}</li>" for x in C_INFO[:2])
            + f'\n      <li>{C_INFO[2]}<span id="hits"></span></li>')
    p = lambda xs: "\n".join(f"        <p>{x}</p>" for x in xs)  # noqa: E731
    th = "".join(f"<th scope=\"col\">{h}</th>" for h in C_TABLE[0])
    rows = "\n".join("            <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in C_TABLE[1:])
    f0, f1, f2, f3 = C_FOOTER
    a2, b2 = f2.split(" 服務時間")
    a3, b3 = f3.split(" 本網站")
    return f"""<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="DC.Title" content="{C_TITLE}">
<meta name="DC.Creator" content="高雄市政府經濟發展局">
<meta name="DC.Date" content="2026-02-11">
<meta name="Description" content="本局訂定中小企業淨零及數位轉型補助要點，115年3月2日起受理申請。">
<title>{C_TITLE}-高雄市政府經濟發展局</title>
<link rel="stylesheet" href="/css/style.css">
<style>
  .accesskey {{ position: absolute; left: -999px; }}
  .menu li {{ display: inline-block; padding: 0 1em; }}
  table.rwd {{ border-collapse: collapse; }}
  table.rwd td, table.rwd th {{ border: 1px solid #999; padding: .3em .6em; }}
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-KEDB115021"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag() {{ dataLayer.push(arguments); }}
  gtag('js', new Date()); gtag('config', 'G-KEDB115021');
  var pageTitle = '第十三條 本段文字不應出現在可見內容';
</script>
</head>
<body>
  <a href="#C" class="accesskey" title="跳到主要內容區塊">跳到主要內容區塊</a>
  <header class="header">
    <a href="#U" accesskey="U" title="上方功能區塊">:::</a>
    <div class="toplink">{top}</div>
    <div class="logo"><a href="/"><img src="/images/logo.png" alt="高雄市政府經濟發展局Logo"><span>{C_LOGO}</span></a></div>
    <form class="search" action="/search.aspx"><input type="text" name="q" title="請輸入關鍵字" placeholder="請輸入關鍵字"><button type="submit">搜尋</button></form>
  </header>
  <nav class="menu">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="breadcrumb">現在位置：<a href="/">首頁</a> &gt; <a href="/cl.aspx?n=3022">最新消息</a> &gt; <a href="/cl.aspx?n=3022&amp;t=2">公告事項</a></div>
  <main class="cp" id="C">
    <a href="#C" accesskey="C" title="主要內容區">:::</a>
    <h1>{C_TITLE}</h1>
    <ul class="info">
{info}
    </ul>
    <div class="fontsize">字級：<a href="#" onclick="setSize(14)">小</a> <a href="#" onclick="setSize(16)">中</a> <a href="#" onclick="setSize(18)">大</a></div>
    <div class="share">分享：<a href="#">Facebook</a> <a href="#">LINE</a> <a href="javascript:window.print()">列印</a></div>
    <article class="content">
{p(C_HEAD)}
        <h2>{C_RULES_TITLE}</h2>
{p(C_ARTS1)}
        <table class="rwd">
          <caption>{C_TABLE_CAPTION}</caption>
          <thead><tr>{th}</tr></thead>
          <tbody>
{rows}
          </tbody>
        </table>
{p(C_ARTS2)}
        <div class="contact">
{p(C_CONTACT)}
        </div>
    </article>
    <div class="attach">相關附件：<a href="/Upload/115/rules.pdf">補助要點及附表.pdf</a> <a href="/Upload/115/guide.odt">申請須知.odt</a></div>
    <div class="pagetools"><a href="javascript:history.back()">{C_TOOLS[0]}</a> <a href="#top">{C_TOOLS[1]}</a></div>
  </main>
  <footer class="footer">
    <p>{f0}</p>
    <p>{f1}</p>
    <p>{a2}&nbsp;服務時間{b2}</p>
    <p>{a3}&nbsp;<img src="/images/accessibility-aa.png" alt="通過AA無障礙網頁檢測">本網站{b3}</p>
  </footer>
<script>
  function setSize(n) {{ document.querySelector('.content').style.fontSize = n + 'px'; }}
  fetch('/api/hits?sn=1150211001').then(function (r) {{ return r.text(); }}).then(function (n) {{ document.getElementById('hits').textContent = n; }});
</script>
</body>
</html>
"""


C_ARTICLE_LINES = (C_HEAD + [C_RULES_TITLE] + C_ARTS1 + [C_TABLE_CAPTION] + [" | ".join(r) for r in C_TABLE]
                   + C_ARTS2 + C_CONTACT)
C_EXPECTED_LINES = (
    ["跳到主要內容區塊", ":::", " | ".join(C_TOP), C_LOGO, "搜尋"] + C_NAV + [C_CRUMB, ":::", C_TITLE] + C_INFO
    + ["字級：小 中 大", "分享：Facebook LINE 列印"] + C_ARTICLE_LINES
    + [C_ATTACH, " ".join(C_TOOLS)] + C_FOOTER
)

BLOCK_TAGS = {"html", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "caption", "thead",
              "tbody", "header", "footer", "nav", "main", "section", "article", "form", "figure", "figcaption"}


class VisibleText(HTMLParser):
    """Visible text blocks in order; a table row becomes one line with its cells joined by ' | '."""

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
# cross_script: for A and B the question is written in Simplified (qs) and converted with OpenCC s2twp; for C it is
# Simplified as written (q). Unanswerable: keys = regexes that must not match the doc (plain text, raw file, plain text
# after t2s; each key also tried in s2tw / s2twp / t2s form); gkeys = the same over all three docs; near = terms that
# must occur in the doc, so the question really is a near miss. table: col names the column holding the answer.
# same: other lines allowed to hold the same digit-bounded answer string (same meaning).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 郑州 申报指南 (DOCX, 18)
    dict(id="u26-A01", doc="A", kind="table", q="郑州新材料方向的重大专项，一个项目市里最多给多少万元？", a="250", hint="2 | 新材料 |", col="支持强度（万元）"),
    dict(id="u26-A02", doc="A", kind="table", q="郑州生物医药专题今年打算立几个项目？", a="5项", hint="4 | 生物医药 |", col="拟支持项目数"),
    dict(id="u26-A03", doc="A", kind="table", q="郑州高端装备专题的项目从立项起要做多长时间？", a="48个月", hint="3 | 高端装备 |", col="实施期限"),
    dict(id="u26-A04", doc="A", kind="table", q="郑州现代农业与食品专题单个项目财政资金上限是多少万元？", a="150", hint="5 | 现代农业与食品 |", col="支持强度（万元）"),
    dict(id="u26-A05", doc="A", kind="table", q="郑州绿色低碳方向准备支持多少个项目？", a="7项", hint="6 | 绿色低碳 |", col="拟支持项目数"),
    dict(id="u26-A06", doc="A", kind="who_leads", q="郑州科技计划项目申报系统的技术支持和运行维护由哪个单位负责？", a="郑州市科技信息中心", hint="运行维护", verb="负责"),
    dict(id="u26-A07", doc="A", kind="paraphrase", q="公司想牵头报郑州的项目，去年搞研发花的钱起码得占营收的几个点？", a="3%", hint="不低于3%"),
    dict(id="u26-A08", doc="A", kind="paraphrase", q="如果有正高职称，郑州这个项目的负责人年纪最大可以到多少岁？", a="60周岁", hint="放宽至60周岁"),
    dict(id="u26-A09", doc="A", kind="paraphrase", q="单位自己在系统里填材料，最晚要在什么时候之前弄完？", a="2026年4月10日17:00", hint="网上填报时间"),
    dict(id="u26-A10", doc="A", kind="typo", q="郑洲2026年度重大科技专项一共设了几个专题？", a="6个专题", hint="设6个专题", wrong="郑洲", right="郑州"),
    dict(id="u26-A11", doc="A", kind="typo", q="郑州科技局的赵小楠负责咨询的电话是多少？", a="0371-67188235", hint="赵晓楠", wrong="赵小楠", right="赵晓楠"),
    dict(id="u26-A12", doc="A", kind="cross_script", qs="郑州企业牵头申报的，资产负债率最高不能超过多少？", a="70%", hint="不高于70%"),
    dict(id="u26-A13", doc="A", kind="cross_script", qs="郑州生物医药专题的咨询电话是多少？", a="0371-67188247", hint="生物医药、现代农业与食品专题："),
    dict(id="u26-A14", doc="A", kind="english", q="In Zhengzhou's 2026 application guide, when is the deadline for recommending units to finish their online review?", a="2026年4月17日17:00", hint="推荐单位网上审核推荐截止时间"),
    dict(id="u26-A15", doc="A", kind="english", q="For a company-led project under Zhengzhou's 2026 guide, what minimum share of the workforce must be R&D staff?", a="10%", hint="不低于10%"),
    dict(id="u26-A16", doc="A", kind="unanswerable", q="开封市2026年度科技计划项目网上填报什么时候截止？", gkeys=["开封"], near=["网上填报时间"]),
    dict(id="u26-A17", doc="A", kind="unanswerable", q="郑州2026年度重大科技专项里人工智能专题的支持强度是多少？", keys=["人工智能", "AI", "大模型"], near=["新一代信息技术", "支持强度"]),
    dict(id="u26-A18", doc="A", kind="unanswerable", q="What minimum registered capital must a company have to apply under Zhengzhou's 2026 science and technology plan guide?", keys=["注册资本", "注册资金", "实收资本", "资本金"], near=["注册登记1年以上"]),
    # ---- B 淮安 工作总结 (GB18030 TXT, 17)
    dict(id="u26-B01", doc="B", kind="who_leads", q="淮安2026年研发投入统计监测和季度调度由哪个单位牵头？", a="市统计局", hint="季度调度"),
    dict(id="u26-B02", doc="B", kind="who_leads", q="淮安市食品产业技术研究院的建设由谁牵头？", a="淮阴工学院", hint="食品产业技术研究院"),
    dict(id="u26-B03", doc="B", kind="who_leads", q="淮安2026年扩大“科技贷”规模这项任务的牵头单位是哪个？", a="市委金融办", hint="扩大“科技贷”规模"),
    dict(id="u26-B04", doc="B", kind="who_leads", q="淮安国家农业科技园区2026年要提档升级，牵头的是哪个部门？", a="市农业农村局", hint="提质增效"),
    dict(id="u26-B05", doc="B", kind="paraphrase", q="淮安2024年全社会在搞研发上一共投了多少钱？", a="107.5亿元", hint="比上年的107.5亿元"),
    dict(id="u26-B06", doc="B", kind="paraphrase", q="淮安去年技术交易的合同金额比前一年多了百分之几？", a="21.4%", hint="增长21.4%"),
    dict(id="u26-B07", doc="B", kind="paraphrase", q="淮安高新区那边2025年高新产业一年干出了多少产值？", a="412.5亿元", hint="412.5亿元"),
    dict(id="u26-B08", doc="B", kind="typo", q="淮安2025年科技形中小企业评价入库了多少家？", a="2874家", hint="入库2874家", wrong="科技形", right="科技型"),
    dict(id="u26-B09", doc="B", kind="typo", q="淮音工学院2025年和本市企业签了多少项技术合同？", a="463项", hint="签订技术合同463项", wrong="淮音工学院", right="淮阴工学院"),
    dict(id="u26-B10", doc="B", kind="cross_script", qs="2025年末淮安全市省级以上科技企业孵化器有多少家？", a="19家", hint="孵化器达到19家"),
    dict(id="u26-B11", doc="B", kind="english", q="What was Huai'an's R&D intensity, i.e. R&D spending as a share of GDP, in 2025?", a="2.08%", hint="比重达到2.08%"),
    dict(id="u26-B12", doc="B", kind="english", q="How many high-tech enterprises did Huai'an have at the end of 2024?", a="1349家", hint="比上年末的1349家"),
    dict(id="u26-B13", doc="B", kind="english", q="How much new 'Sci-tech Loan' lending does Huai'an aim for in 2026?", a="30亿元", hint="新增贷款规模达到30亿元"),
    dict(id="u26-B14", doc="B", kind="unanswerable", q="宿迁市2025年全社会研发投入是多少？", gkeys=["宿迁"], near=["全社会研发投入"]),
    dict(id="u26-B15", doc="B", kind="unanswerable", q="淮安2023年技术合同成交额是多少？", keys=["2023"], near=["2024年为153.5亿元", "技术合同成交额"]),
    dict(id="u26-B16", doc="B", kind="unanswerable", q="淮安2025年“科技贷”实际一共放了多少贷款？", keys=["放款", "发放", "贷款余额", "授信"], near=["科技贷", "合作银行"]),
    dict(id="u26-B17", doc="B", kind="unanswerable", q="How many full-time-equivalent R&D personnel did Huai'an have in 2025?", keys=["全时当量", "研发人员", "R&D人员", "科技人员", "科技人才"], near=["全社会研发投入"]),
    # ---- C 高雄 補助要點 (HTML, Traditional, 15)
    dict(id="u26-C01", doc="C", kind="table", q="高雄這項補助做溫室氣體盤查的，一案最多補多少錢？", a="20萬元", hint="淨零升級（碳盤查） |", col="每案補助上限（新臺幣）"),
    dict(id="u26-C02", doc="C", kind="table", q="高雄補助汰換馬達、空壓機這類設備，最多補計畫經費的幾成？", a="40%", hint="淨零升級（節能設備） |", col="補助比例上限"),
    dict(id="u26-C03", doc="C", kind="table", q="高雄數位轉型整合型今年預計要核定幾件？", a="25案", hint="數位轉型（整合型） |", col="預計核定案數"),
    dict(id="u26-C04", doc="C", kind="who_leads", q="高雄這項補助由哪個單位擔任計畫辦公室，負責受理和資格審查？", a="財團法人金屬工業研究發展中心", hint="第七條", verb="負責"),
    dict(id="u26-C05", doc="C", kind="paraphrase", q="公司在高雄剛開半年，能不能申請？至少要成立多久？", a="1年", hint="第三條"),
    dict(id="u26-C06", doc="C", kind="paraphrase", q="核准以後，簽完約第一筆錢會先給幾成？", a="30%", hint="第九條"),
    dict(id="u26-C07", doc="C", kind="typo", q="高雄靜零升級裡換節能設備的，一案最多能拿多少補助？", a="150萬元", hint="淨零升級（節能設備） |", wrong="靜零", right="淨零", col="每案補助上限（新臺幣）"),
    dict(id="u26-C08", doc="C", kind="cross_script", q="高雄这项补助今年的总经费是多少？", a="8,000萬元", hint="第五條"),
    dict(id="u26-C09", doc="C", kind="cross_script", q="高雄这个补助受理到哪天截止？", a="115年4月30日", hint="第六條"),
    dict(id="u26-C10", doc="C", kind="english", q="On what date did Kaohsiung's SME net-zero and digital transformation subsidy guidelines take effect?", a="115年2月10日", hint="第十二條", same=["主旨："]),
    dict(id="u26-C11", doc="C", kind="english", q="Within how many days after the application deadline will Kaohsiung announce the approved subsidy results?", a="60日", hint="第七條"),
    dict(id="u26-C12", doc="C", kind="english", q="Under the Kaohsiung subsidy guidelines, for how many years is a company that falsified its application barred from applying again?", a="3年", hint="第十一條"),
    dict(id="u26-C13", doc="C", kind="unanswerable", q="屏東縣中小企業淨零升級補助每案上限是多少？", gkeys=["屏東", "屏东"], near=["淨零升級"]),
    dict(id="u26-C14", doc="C", kind="unanswerable", q="高雄114年度這項補助核定了幾案？", keys=["114年", "114-", "去年度", "上年度"], near=["115年", "預計核定案數"]),
    dict(id="u26-C15", doc="C", kind="unanswerable", q="How much extra subsidy does Kaohsiung pay for each new employee a company hires under this scheme?", keys=["新進員工", "新聘", "聘用", "每人", "每名"], near=["經常僱用員工數"]),
]

KIND_COUNTS = {"table": 8, "who_leads": 6, "paraphrase": 8, "typo": 5, "cross_script": 5, "english": 8,
               "unanswerable": 10}
DOC_COUNTS = {"A": 18, "B": 17, "C": 15}
EN_UNANSWERABLE = 3
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_CITY = {"A": "Zhengzhou", "B": "Huai'an", "C": "Kaohsiung"}
PARAPHRASE_MAX_RUN = 6
OTHER_MAX_RUN = 16


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
    build_docx(CORPUS / FILE_A)
    build_txt(CORPUS / FILE_B)
    (CORPUS / FILE_C).write_bytes(build_html().encode("utf-8"))

    # ---- plain texts
    a_plain, a_tables = docx_lines(CORPUS / FILE_A)
    b_bytes = (CORPUS / FILE_B).read_bytes()
    try:
        b_text = b_bytes.decode("gb18030")
    except UnicodeDecodeError as e:
        print(f"FAILED:\n  - B: {FILE_B} does not decode as GB18030 ({e})")
        sys.exit(1)
    b_plain = [ln.strip() for ln in b_text.split("\r\n") if ln.strip()]
    c_src = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain = html_lines(c_src)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")

    # ---- A: DOCX structure
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        a_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        a_docxml = z.read("word/document.xml").decode("utf-8")
        a_times = {zi.date_time for zi in z.infolist()}
    expected_a = []
    for kind, val in A_BLOCKS:
        expected_a += [" | ".join(r) for r in val] if kind == "table" else [val]
    check(a_plain == expected_a, "A: reopened DOCX text differs from the data")
    check(len(a_tables) == 1 and a_tables[0] == A_TABLE, "A: exactly one Word table equal to the data")
    check(a_docxml.count("<w:tbl>") == 1 and "TableGrid" in a_docxml and a_docxml.count("<w:tr") == len(A_TABLE),
          "A: a real <w:tbl> (Table Grid) with one <w:tr> per row")
    check(a_times == {A_WHEN}, "A: zip timestamps")
    for font in ("方正小标宋简体", "黑体", "仿宋_GB2312", "楷体_GB2312"):
        check(f'w:eastAsia="{font}"' in a_xml, f"A: font {font}")
    check([v[:2] for k, v in A_BLOCKS if k == "h1"] == ["一、", "二、", "三、", "四、", "五、"], "A: sections 一 … 五")
    check([v[:3] for k, v in A_BLOCKS if k == "h2"] == ["（一）", "（二）", "（三）"], "A: subsections （一）…（三）")
    a_body = "\n".join(l for l in a_plain if " | " not in l)
    for j in (3, 4, 5):  # every column asked by meaning: values distinct and absent from the prose
        col = [r[j] for r in A_TABLE[1:]]
        check(len(set(col)) == len(col), f"A: column {A_TABLE[0][j]} values distinct")
        for c in col:
            check(num_count(c, a_body) == 0, f"A: table cell {c} also in the prose")
    check(sum(int(r[4][:-1]) for r in A_TABLE[1:]) == 33 and len(A_TABLE) - 1 == 6 and "设6个专题" in a_body,
          "A: 6 topics, 33 projects")
    check(2026 - 55 == 1971 and "不超过55周岁（1971年1月1日以后出生）" in a_body, "A: age 55 <-> born 1971")
    thresholds = re.findall(r"不(?:低于|高于)(\d+%)", a_body)
    check(thresholds == ["3%", "10%", "70%"], f"A: three look-alike % thresholds {thresholds}")
    phones = re.findall(r"0371-\d{8}", a_body)
    check(len(phones) == 4 and len(set(phones)) == 4, "A: four distinct contact phones")
    check("2026年3月16日9:00至2026年4月10日17:00" in a_body and "2026年4月17日17:00" in a_body
          and _dt.date(2026, 3, 2) < _dt.date(2026, 3, 16) < _dt.date(2026, 4, 10) < _dt.date(2026, 4, 17),
          "A: issued 3月2日 < opens 3月16日 < closes 4月10日 < recommendation 4月17日")

    # ---- B: encoding and content
    try:
        b_bytes.decode("utf-8")
        check(False, "B: file must not decode as UTF-8")
    except UnicodeDecodeError:
        pass
    check(b_bytes.decode("gb18030").encode("gb18030") == b_bytes, "B: GB18030 round trip")
    check(not b_bytes.startswith(b"\xef\xbb\xbf") and b"\r\n" in b_bytes and max(b_bytes) > 0x80, "B: no BOM, CRLF")
    tb = ptext["B"]
    check(abs(107.5 * 1.103 - 118.6) < 0.1 and abs(2.08 - 0.12 - 1.96) < 1e-9, "B: R&D 118.6 = 107.5 × 1.103")
    check(1536 - 1349 == 187 and abs(2473 * 1.162 - 2874) < 1, "B: 高企 1536 − 1349 = 187; 入库 2473 × 1.162 ≈ 2874")
    check(abs(153.5 * 1.214 - 186.3) < 0.1, "B: 技术合同 186.3 = 153.5 × 1.214")
    leads = re.findall(r"牵头单位：([^；]+)；责任单位：", tb)
    check(len(leads) == 6 and len(set(leads)) == 6, f"B: six tasks with distinct lead units {leads}")
    check(sum(1 for ln in b_plain if "责任单位：" in ln and "市科技局" in ln.split("责任单位：")[1]) == 5,
          "B: 市科技局 is a 责任单位 in five tasks")
    check(set(re.findall(r"20\d\d(?=年)", tb)) == {"2024", "2025", "2026"}, "B: only the years 2024–2026")

    # ---- C: visible text, Traditional throughout
    check(c_plain == C_EXPECTED_LINES, "C: visible text blocks differ from the expected lines")
    for ln in C_ARTICLE_LINES:
        check(ln in c_plain, f"C: article line not visible: {ln[:20]}")
    tc = ptext["C"]
    check("本段文字不應出現" not in tc and "gtag" not in tc and "本段文字不應出現" in c_src, "C: script text not visible")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan-Traditional: {ln[:30]}")
    check(T2S.convert(tc) != tc and "台" not in tc, "C: Traditional characters present, 臺 not 台")
    check(c_src.count("<table") == 1 and c_src.count("<tr>") == len(C_TABLE) and "<caption>" in c_src,
          "C: one HTML <table> with caption")
    check("<script" in c_src and "&gt;" in c_src and "&nbsp;" in c_src and '<meta charset="utf-8">' in c_src
          and 'lang="zh-Hant-TW"' in c_src, "C: head furniture and entities")
    arts = [re.match(r"第(.+?)條", x).group(1) for x in C_ARTS1 + C_ARTS2]
    check(arts == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"], f"C: articles {arts}")
    check("發布日期：115-02-11" in tc and "115年2月10日生效" in tc and "民國115年3月2日起至115年4月30日止" in tc,
          "C: ROC dates (effective 115-02-10, published 115-02-11, window 3/2–4/30)")
    for j in (2, 3, 4):
        col = [r[j] for r in C_TABLE[1:]]
        check(len(set(col)) == len(col), f"C: column {C_TABLE[0][j]} values distinct")
        for c in col:
            check(num_count(c, "\n".join(C_HEAD + C_ARTS1 + C_ARTS2 + C_CONTACT)) == 0, f"C: table cell {c} in prose")

    raw = {"A": a_xml, "B": b_bytes.decode("gb18030"), "C": c_src}
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
        if k == "unanswerable":
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
            check(ans in ptext[d], f"{q['id']}: answer not in plain text")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            # one meaning per numeric answer: no other line holds the same digit-bounded string
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(any(s in ln for s in q.get("same", [])), f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} occurs more than once in its evidence")
            if "col" in q:
                table = A_TABLE if d == "A" else C_TABLE
                row = ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in [c for j, c in enumerate(row) if j != ci], f"{q['id']}: other cells differ")
                hdr = re.sub(r"（.*?）", "", q["col"])
                check(hdr not in question and hdr not in T2S.convert(question), f"{q['id']}: question copies header")
            if k == "who_leads":
                if d == "B":
                    check(f"牵头单位：{ans}；" in ev and "牵头" in question, f"{q['id']}: evidence must name {ans} as lead")
                else:
                    check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
        # kind-specific checks
        if k == "english" or (k == "unanswerable" and not CJK.search(question)):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_CITY[d] in question, f"{q['id']}: English question must name {ENGLISH_CITY[d]}")
        if k == "cross_script":
            if d in "AB":
                check(question == S2TWP.convert(q["qs"]) and T2S.convert(question) != question, f"{q['id']}: not Traditional")
                check(S2TW.convert(question) == question, f"{q['id']}: s2tw changes the Traditional question")
                trad_only = set(question) - set(T2S.convert(question))
                check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
            else:
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                simp_only = set(question) - set(S2TW.convert(question))
                check(not any(ch in ptext[d] for ch in simp_only), f"{q['id']}: a Simplified-only character occurs in C")
        if d == "C" and k not in ("english", "cross_script") and CJK.search(question):
            check(S2TW.convert(question) == question, f"{q['id']}: C questions other than cross_script are Traditional")
        if d in "AB" and k not in ("english", "cross_script") and CJK.search(question):
            check(T2S.convert(question) == question, f"{q['id']}: A/B questions other than cross_script are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real name not in doc")
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "cross_script" and d in "AB" else question
            if k == "typo":
                text = text.replace(q["wrong"], q["right"])
            runs[q["id"]] = lcs_run(text, ev)
            lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
        out.append({"id": q["id"], "doc": FILES[d], "kind": k, "question": question, "answer": ans, "evidence": ev})

    check(len(out) == 50, "need 50 questions")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    n_en_un = sum(1 for o in out if o["kind"] == "unanswerable" and not CJK.search(o["question"]))
    check(n_en_un == EN_UNANSWERABLE, f"English unanswerables {n_en_un} != {EN_UNANSWERABLE}")
    check(all(re.fullmatch(r"u26-[ABC]\d\d", o["id"]) for o in out), "id format")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read the written file and re-check the substring contract from disk
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    check(len(lines) == 50 and len({json.loads(x)["id"] for x in lines}) == 50, "questions.jsonl: 50 unique ids")
    for line in lines:
        o = json.loads(line)
        check((CORPUS / o["doc"]).is_file(), f"{o['id']}: doc file missing")
        if o["kind"] == "unanswerable":
            check(o["answer"] == "" and o["evidence"] == "", f"{o['id']}: unanswerable must have empty answer/evidence")
            continue
        p = (PLAIN / (Path(o["doc"]).stem + ".txt")).read_text(encoding="utf-8")
        check(o["answer"] and o["answer"] in p and o["evidence"] in p.split("\n") and o["answer"] in o["evidence"],
              f"{o['id']}: substring contract on disk")

    for d in "ABC":
        t = ptext[d]
        print(f"{d}: {len(plains[d])} lines, {len(re.sub(chr(92) + 's', '', t))} non-space / {len(HAN.findall(t))} CJK")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, "English unanswerable:", n_en_un)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
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
