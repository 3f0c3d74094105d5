#!/usr/bin/env python
"""Build the unseen22 test set: corpus/, plain/, questions.jsonl, then run consistency checks.

Writes only inside this folder. Exit status 1 when any check fails.
"""
import datetime
import io
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FA = "A_zhuzhou_keji_qiye_yanfa_feiyong_houbuzhu_shishi_xize.pdf"
FB = "B_baotou_2026_xitu_xincailiao_keji_zhongda_zhuanxiang_shenbao_zhinan.docx"
FC = "C_zunyi_2026_keji_chengguo_zhuanhua_duijiehui_xinwen.html"

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)
    return cond


# ---------------------------------------------------------------------------
# Document A: 株洲 PDF (reportlab, STSong-Light)
# Each item: (role, text). Roles: title, docno, body, sign, date, heading, chapter, article, item, table
# ---------------------------------------------------------------------------
A_TABLE = [
    ["档次", "研发费用增量", "补助比例", "单户年度补助上限"],
    ["第一档", "50万元（含）至200万元", "增量的10%", "20万元"],
    ["第二档", "200万元（含）至500万元", "增量的8%", "40万元"],
    ["第三档", "500万元（含）至1000万元", "增量的6%", "60万元"],
    ["第四档", "1000万元（含）以上", "增量的5%", "100万元"],
]

A_ITEMS = [
    ("title", "株洲市科学技术局　株洲市财政局关于印发《株洲市科技型企业研发费用后补助实施细则》的通知"),
    ("docno", "株科发〔2026〕37号"),
    ("body0", "各县市区科技、财政部门，株洲高新区（天元区）、株洲经开区有关部门，各有关企业："),
    ("body", "为进一步激励企业加大研发投入，提升企业自主创新能力，经市人民政府同意，现将《株洲市科技型企业研发费用后补助实施细则》印发给你们，请结合实际认真贯彻执行。"),
    ("sign", "株洲市科学技术局　　　　株洲市财政局"),
    ("date", "2026年11月18日"),
    ("sign", "（此件主动公开）"),
    ("heading", "株洲市科技型企业研发费用后补助实施细则"),
    ("chapter", "第一章　总则"),
    ("article", "第一条　为深入实施创新驱动发展战略，引导和激励企业持续加大研发投入，根据国家和湖南省关于企业研发投入激励的有关规定，结合本市实际，制定本细则。"),
    ("article", "第二条　本细则所称研发费用后补助，是指市财政根据企业上一年度研发费用较前一年度的增加额（以下简称“研发费用增量”），按照分档核定的方式给予的事后补助。"),
    ("article", "第三条　后补助资金在市级科技创新专项资金中列支，每年安排总额不超过3000万元，由市科学技术局（以下简称“市科技局”）和市财政局共同管理。"),
    ("chapter", "第二章　支持对象和条件"),
    ("article", "第四条　申请后补助的企业应同时具备以下条件："),
    ("item", "（一）在株洲市行政区域内注册登记，具有独立法人资格，且注册成立满2年；"),
    ("item", "（二）已入库国家科技型中小企业信息库，或为有效期内的高新技术企业；"),
    ("item", "（三）上一年度研发费用总额不低于100万元，且研发费用增量不低于50万元；"),
    ("item", "（四）按照财税部门要求设置研发费用辅助账，研发费用已在企业所得税年度汇算清缴中申报加计扣除；"),
    ("item", "（五）近3年内未发生重大安全、环保、质量事故，未被列入严重失信主体名单。"),
    ("article", "第五条　研发费用的归集范围按照国家关于研发费用税前加计扣除的有关规定执行，以企业所得税年度纳税申报表中申报加计扣除的研发费用为准。"),
    ("chapter", "第三章　补助标准"),
    ("article", "第六条　后补助按照企业研发费用增量分档核定，具体标准见下表。"),
    ("table", None),
    ("article", "第七条　企业在同一补助年度内首次被认定为高新技术企业的，在按表核定金额基础上上浮20%，上浮后单户年度补助总额最高不超过120万元。"),
    ("article", "第八条　企业同一年度已获得市级其他研发投入类奖补的，按照“就高不重复”原则予以支持。"),
    ("article", "第九条　当年申请补助总额超出年度资金规模时，按照同一比例核减各企业补助金额。"),
    ("chapter", "第四章　申报和审核"),
    ("article", "第十条　后补助每年组织申报一次，申报时间为每年4月1日至5月15日，企业通过“株洲市科技计划项目管理系统”在线填报。"),
    ("article", "第十一条　企业申报时应提交后补助申请表、上一年度及前一年度研发费用辅助账汇总表、企业所得税年度纳税申报表和由会计师事务所出具的研发费用专项审计报告。"),
    ("article", "第十二条　各县市区科技部门会同财政部门在申报截止后15个工作日内完成初审，市科技局委托第三方专业机构进行复核，复核结果经市科技局、市财政局联合审定后在市科技局门户网站公示，公示期为7天。"),
    ("article", "第十三条　公示无异议的，市财政局在公示期满后30个工作日内将补助资金拨付至企业。"),
    ("chapter", "第五章　监督管理"),
    ("article", "第十四条　补助资金由企业统筹用于研发活动，不得用于偿还债务、发放福利等与研发无关的支出。"),
    ("article", "第十五条　企业以虚报、冒领等手段骗取补助资金的，由市科技局、市财政局追回已拨付资金，取消其3年内申报市级科技计划项目的资格，并按规定纳入社会信用记录；涉嫌犯罪的，依法移送有关机关处理。"),
    ("article", "第十六条　第三方专业机构在复核中出具虚假意见的，5年内不再委托其承担市级科技管理相关业务。"),
    ("chapter", "第六章　附则"),
    ("article", "第十七条　本细则由市科技局、市财政局负责解释。"),
    ("article", "第十八条　本细则自2027年1月1日起施行，有效期5年。《株洲市企业研发投入奖补办法（试行）》（株科发〔2021〕12号）同时废止。"),
]


def a_plain_lines():
    out = []
    for role, text in A_ITEMS:
        if role == "table":
            out.extend(" | ".join(r) for r in A_TABLE)
        else:
            out.append(text)
    return out


def build_a(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    base = dict(fontName=F, wordWrap="CJK")
    st = {
        "title": ParagraphStyle("t", fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6, **base),
        "docno": ParagraphStyle("n", fontSize=11, leading=16, alignment=TA_CENTER, spaceAfter=8, **base),
        "body0": ParagraphStyle("b0", fontSize=11, leading=17, **base),
        "body": ParagraphStyle("b", fontSize=11, leading=17, firstLineIndent=22, spaceAfter=6, **base),
        "sign": ParagraphStyle("s", fontSize=11, leading=17, alignment=TA_RIGHT, **base),
        "date": ParagraphStyle("d", fontSize=11, leading=17, alignment=TA_RIGHT, spaceAfter=4, **base),
        "heading": ParagraphStyle("h", fontSize=14, leading=20, alignment=TA_CENTER, spaceBefore=10, spaceAfter=6, **base),
        "chapter": ParagraphStyle("c", fontSize=12, leading=18, alignment=TA_CENTER, spaceBefore=6, spaceAfter=3, **base),
        "article": ParagraphStyle("a", fontSize=10.5, leading=16, firstLineIndent=21, spaceAfter=2, **base),
        "item": ParagraphStyle("i", fontSize=10.5, leading=16, firstLineIndent=21, **base),
        "cell": ParagraphStyle("x", fontSize=10, leading=14, alignment=TA_CENTER, **base),
    }
    story = []
    for role, text in A_ITEMS:
        if role == "table":
            data = [[Paragraph(c, st["cell"]) for c in row] for row in A_TABLE]
            t = Table(data, colWidths=[22 * mm, 58 * mm, 34 * mm, 40 * mm])
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            story += [Spacer(1, 3), t, Spacer(1, 6)]
        else:
            story.append(Paragraph(text, st[role]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm, invariant=1,
                            title="株洲市科技型企业研发费用后补助实施细则", author="株洲市科学技术局",
                            subject="株科发〔2026〕37号")

    def footer(canv, d):
        canv.saveState()
        canv.setFont(F, 9)
        canv.drawCentredString(A4[0] / 2, 12 * mm, "— %d —" % d.page)
        canv.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# Document B: 包头 DOCX
# ---------------------------------------------------------------------------
B_DIRECTIONS = [  # (short name used in 总体要求, list paragraph, cap 万元, count)
    ("高性能稀土永磁材料",
     "高性能稀土永磁材料制备技术：研究高丰度稀土（镧、铈）在钕铁硼永磁材料中的平衡利用技术，开发晶界扩散低重稀土高矫顽力磁体，磁体最大磁能积不低于50MGOe。单个项目市财政支持不超过1000万元，拟支持2项。",
     1000, 2),
    ("稀土储氢材料",
     "稀土储氢材料及应用：开发高容量稀土系储氢合金，研制固态储氢装置及系统，储氢质量密度不低于1.8wt%。单个项目市财政支持不超过600万元，拟支持2项。",
     600, 2),
    ("稀土催化材料",
     "稀土催化材料：研发机动车尾气净化用稀土基催化剂和工业烟气脱硝催化剂，产品满足国六排放标准要求。单个项目市财政支持不超过500万元，拟支持1项。",
     500, 1),
    ("稀土抛光材料与高纯稀土金属",
     "稀土抛光材料与高纯稀土金属：开发高精度稀土抛光粉及纯度不低于99.99%的高纯稀土金属制备工艺，实现吨级稳定生产。单个项目市财政支持不超过800万元，拟支持1项。",
     800, 1),
    ("稀土钢及稀土铝合金",
     "稀土钢及稀土铝合金：研究稀土在钢铁、铝合金中的微合金化作用机理，开发稀土耐磨钢、稀土高强韧铝合金等产品，建成示范生产线。单个项目市财政支持不超过400万元，拟支持2项。",
     400, 2),
]
B_TOTAL_COUNT = 8
B_TOTAL_AMOUNT = 5300

B_PARAS = [
    ("Title", "2026年度包头市稀土新材料科技重大专项申报指南"),
    ("Normal", "包头市科学技术局　2026年3月16日发布"),
    ("Normal", "为深入落实建设全国最大的稀土新材料基地和全球领先的稀土应用基地的部署要求，加快突破稀土新材料产业链关键核心技术，现发布2026年度包头市稀土新材料科技重大专项申报指南。"),
    ("Heading 1", "一、总体要求"),
    ("Normal", "2026年度专项设置" + "、".join(d[0] for d in B_DIRECTIONS)
     + "5个研究方向，拟支持项目%d项，市财政资金支持总额不超过%d万元。" % (B_TOTAL_COUNT, B_TOTAL_AMOUNT)),
    ("Normal", "项目采取“揭榜挂帅”与公开竞争相结合的方式组织，实施期一般为3年（2026年7月至2029年6月）。"),
    ("Heading 1", "二、研究方向"),
] + [("List Number", d[1]) for d in B_DIRECTIONS] + [
    ("Heading 1", "三、申报条件"),
    ("Normal", "申报单位须同时满足以下条件："),
    ("Normal", "（一）申报单位为在包头市行政区域内注册、具有独立法人资格的企业、高等院校或科研院所，企业须于2025年3月31日前注册成立。"),
    ("Normal", "（二）项目须由企业牵头申报，鼓励联合高校、科研院所组成创新联合体，联合体成员单位不超过5家。"),
    ("Normal", "（三）牵头企业自筹资金与申请市财政资金的比例不低于2:1，自筹资金须在申报书中明确来源。"),
    ("Normal", "（四）项目负责人应为牵头单位在职人员，年龄不超过57周岁（1969年1月1日以后出生），且同期主持市级及以上科技计划项目不超过1项。"),
    ("Normal", "（五）每家单位作为牵头单位限报1项，作为参与单位参与申报不超过2项。"),
    ("Normal", "（六）申报单位近3年内无严重失信行为，未被列入科研诚信严重失信行为记录名单。"),
    ("Heading 1", "四、申报时间和程序"),
    ("Heading 2", "（一）网上申报"),
    ("Normal", "网上申报通过“包头市科技计划管理信息系统”进行，系统开放时间为2026年4月8日9:00，关闭时间为2026年5月8日17:00，逾期系统自动关闭，不再受理。"),
    ("Heading 2", "（二）审核推荐"),
    ("Normal", "各旗县区科技主管部门、稀土高新区科技主管部门及市直有关部门对申报材料进行审核，于2026年5月15日17:00前完成网上推荐，推荐截止后不再补报。"),
    ("Heading 2", "（三）评审立项"),
    ("Normal", "市科技局组织形式审查、专家评审和现场考察，评审结果经市科技局党组会议研究后向社会公示，公示期为5个工作日。"),
    ("Normal", "立项项目市财政资金分两期拨付，首期拨付60%，中期评估合格后拨付其余40%。"),
    ("Heading 1", "五、联系方式"),
    ("Normal", "业务咨询：市科技局高新技术发展及产业化科　乌云其其格　0472-5183326"),
    ("Normal", "系统技术支持：包头市科技计划管理信息系统运维服务中心　刘海军　0472-5183390"),
    ("Normal", "财务咨询：市科技局资源配置与管理科　赵丽娜　0472-5183317"),
]


def build_b(path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()

    def ea(style, font, size=None):
        if size:
            style.font.size = Pt(size)
        rpr = style.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), font)

    ea(d.styles["Normal"], "宋体", 12)
    ea(d.styles["List Number"], "宋体")
    for s in ("Title", "Heading 1", "Heading 2"):
        ea(d.styles[s], "黑体")
    for style, text in B_PARAS:
        d.add_paragraph(text, style=style)
    cp = d.core_properties
    cp.author = "包头市科学技术局"
    cp.last_modified_by = "包头市科学技术局"
    cp.title = B_PARAS[0][1]
    cp.created = datetime.datetime(2026, 3, 16, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 16, 9, 0, 0)
    cp.revision = 1
    d.save(str(path))


# ---------------------------------------------------------------------------
# Document C: 遵义 HTML news page
# ---------------------------------------------------------------------------
C_TITLE = "2026年遵义市科技成果转化对接会举行 现场签约项目32个"
C_BODY = [
    "11月20日，2026年遵义市科技成果转化对接会在新蒲新区举行。",
    "本次对接会由遵义市人民政府主办，遵义市科学技术局、遵义市工业和信息化局承办，贵州大学、遵义医科大学、贵州省科技成果转化服务中心协办。",
    "来自省内外45所高校、科研院所的专家学者和210家企业的代表共400余人参加活动。",
    "对接会现场发布科技成果156项、企业技术需求83项，组织开展成果路演推介12场。",
    "经过前期对接和现场洽谈，共有32个项目现场签约，签约总金额5.86亿元，涉及新材料、现代农业、中医药、白酒酿造等领域。",
    "其中，贵州大学与湄潭县黔茗茶业有限公司签订“绿茶智能化精深加工技术”转让项目，合同金额1280万元；遵义医科大学与仁怀市酱源酒业有限公司合作开展“酱香型白酒窖池微生物菌群调控技术”联合攻关，合同金额3650万元；贵州理工学院与遵义钛谷新材料有限公司签署“航空级海绵钛低能耗制备技术”成果转化协议，合同金额1.2亿元。",
    "遵义市人民政府副市长李卫东在致辞中表示：“科技成果转化是打通科技与经济结合的关键一环。遵义将持续完善‘企业出题、院所答题、政府助题’机制，让更多科技成果在遵义落地生根、开花结果。”",
    "活动期间，市科技局还为5家新认定的市级科技成果转化示范基地授牌，并与3家金融机构签订科技金融合作协议，意向授信额度达20亿元。",
    "据了解，近三年来遵义市累计登记技术合同2860项，技术合同成交额年均增长超过25%。",
]
C_EXAMPLES = [1280, 3650, 12000]  # 万元
C_TOTAL = 58600  # 万元
C_RELATED = [
    ("/kjdt/gzdt/202610/t20261015_8812034.html", "遵义市召开2026年度科技创新工作推进会（2026-10-15）"),
    ("/kjdt/gzdt/202609/t20260928_8796215.html", "我市12家企业入选贵州省科技型中小企业培育名单（2026-09-28）"),
    ("/kjdt/gzdt/202608/t20260806_8741102.html", "遵义医科大学科技成果转化中心揭牌成立（2026-08-06）"),
]
C_NAV = ["首页", "机构概况", "政务公开", "科技动态", "政策文件", "办事服务", "互动交流"]


def c_html():
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    nav = "\n".join('      <li><a href="/%s/">%s</a></li>' % (["", "jggk", "zwgk", "kjdt", "zcwj", "bsfw", "hdjl"][i], n)
                    for i, n in enumerate(C_NAV))
    body = "\n".join("      <p>%s</p>" % esc(p) for p in C_BODY)
    rel = "\n".join('        <li><a href="%s" target="_blank">%s</a></li>' % (h, esc(t)) for h, t in C_RELATED)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="ArticleTitle" content="{C_TITLE}">
  <meta name="PubDate" content="2026-11-21 09:45">
  <meta name="ContentSource" content="遵义市科学技术局">
  <title>{C_TITLE}_工作动态_遵义市科学技术局</title>
  <link rel="stylesheet" href="/images/common.css">
  <style>
    body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; color: #333; }}
    .nav li {{ display: inline-block; margin: 0 12px; }}
    .info span {{ margin-right: 16px; color: #888; }}
    .content p {{ text-indent: 2em; line-height: 1.9; }}
    .footer {{ background: #1b4f8a; color: #fff; text-align: center; font-size: 13px; }}
  </style>
</head>
<body>
  <div class="header">
    <div class="logo">遵义市科学技术局</div>
    <div class="welcome">欢迎访问遵义市科学技术局门户网站</div>
  </div>
  <div class="nav">
    <ul>
{nav}
    </ul>
  </div>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/kjdt/">科技动态</a> &gt; <a href="/kjdt/gzdt/">工作动态</a></div>
  <div class="article">
    <h1>{C_TITLE}</h1>
    <div class="info"><span>发布时间：2026-11-21 09:45</span> <span>来源：遵义市科学技术局</span> <span>作者：罗晓雯</span> <span>编辑：陈静</span></div>
    <div class="share">分享到： <a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qz">QQ空间</a></div>
    <div class="content">
{body}
    </div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="related">
      <h3>相关阅读</h3>
      <ul>
{rel}
      </ul>
    </div>
  </div>
  <div class="footer">
    <p>版权所有：遵义市科学技术局 主办：遵义市科学技术局 技术支持：遵义市大数据中心</p>
    <p>电话：0851-28226715 网站标识码：5203000012</p>
    <p><a href="https://beian.miit.gov.cn/">黔ICP备13004587号-1</a> <a href="#">贵公网安备 52030302000217号</a></p>
  </div>
  <script>
    document.querySelectorAll('.share a').forEach(function (a) {{ a.addEventListener('click', function () {{ return false; }}); }});
  </script>
</body>
</html>
"""


class TextLines(HTMLParser):
    BLOCK = {"p", "div", "li", "ul", "h1", "h2", "h3", "body", "html"}
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip = [], [], 0

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if t:
            self.lines.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_lines(src):
    p = TextLines()
    p.feed(src)
    p.close()
    p.flush()
    return p.lines


# ---------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one unit (sentence / line / table row).
# ---------------------------------------------------------------------------
Q = [
    # ---- A (20)
    ("A01", "table", "株洲的研发费用后补助，增量处在最低一档的企业按什么比例算补助？", "增量的10%", "第一档 |"),
    ("A02", "table", "按后补助标准表，研发费用增量超过一千万元的企业，每户每年补助封顶多少？", "100万元", "第四档 |"),
    ("A03", "table", "补助标准表里第三档对应的研发费用增量区间是怎样划定的？", "500万元（含）至1000万元", "第三档 |"),
    ("A04", "table", "单户年度补助最高40万元的是标准表中的哪一档？", "第二档", "第二档 |"),
    ("A05", "table", "某企业上年研发费用比前年多了320万元，按株洲细则应按增量的百分之几计算后补助？", "增量的8%", "第二档 |"),
    ("A06", "list", "申请株洲研发费用后补助，企业需要提交哪几样材料？",
     ["后补助申请表", "上一年度及前一年度研发费用辅助账汇总表", "企业所得税年度纳税申报表", "研发费用专项审计报告"], "第十一条"),
    ("A07", "numeric", "这份后补助实施细则从哪一天起正式生效？", "2027年1月1日", "第十八条"),
    ("A08", "numeric", "复核结果对外公示要挂多长时间？", "7天", "公示期为7天"),
    ("A09", "paraphrase", "企业在补助年度里第一次拿到高企认定的，上浮之后单户一年最多能领多少补助？", "120万元", "第七条"),
    ("A10", "paraphrase", "市里每年用于研发费用后补助的资金规模最多是多少？", "3000万元", "第三条"),
    ("A11", "paraphrase", "企业如果靠虚报骗了后补助资金，会在几年内被禁止申报市级科技计划项目？", "3年", "第十五条"),
    ("A12", "typo", "株州市研发费用后补助对申请企业成立时间有什么要求？", "注册成立满2年", "注册成立满2年",
     ("株州市", "株洲市")),
    ("A13", "typo", "企业当年首次被认定为高薪技术企业，后补助可以在表定金额上再上浮多少？", "20%", "第七条",
     ("高薪技术企业", "高新技术企业")),
    ("A14", "traditional", "株洲的研发费用后补助每年在什么时间段受理企业申报？", "4月1日至5月15日", "第十条"),
    ("A15", "traditional", "想申请株洲这项后补助，企业上一年的研发费用总额最低得有多少？", "100万元", "研发费用总额不低于100万元"),
    ("A16", "english", "Which two government bodies jointly issued the notice on Zhuzhou's implementation rules for post-subsidies of enterprise R&D expenses? Name both.",
     ["株洲市科学技术局", "株洲市财政局"], "关于印发"),
    ("A17", "english", "Under the Zhuzhou rules, within how many working days after the public notice period ends does the municipal finance bureau pay the subsidy to the enterprise?",
     "30个工作日", "第十三条"),
    ("A18", "english", "On what date did the two Zhuzhou bureaus sign the notice that issued the R&D post-subsidy rules?",
     "2026年11月18日", "2026年11月18日"),
    ("A19", "unanswerable", "株洲这项后补助对企业研发人员占职工总数的比例有没有硬性要求？", "", None, None, ["研发人员"]),
    ("A20", "unanswerable", "What hotline number can Zhuzhou enterprises call with questions about the R&D post-subsidy application?",
     "", None, None, ["联系电话", "咨询电话", "0731"]),
    # ---- B (18)
    ("B01", "list", "包头2026年度稀土新材料重大专项一共设了哪些研究方向？", [d[0] for d in B_DIRECTIONS], "个研究方向"),
    ("B02", "list", "哪几类单位可以作为申报单位参加包头的稀土专项？", ["企业", "高等院校", "科研院所"], "（一）申报单位为"),
    ("B03", "numeric", "抛光材料和高纯稀土金属这个方向，单个项目市里最多给多少钱？", "800万元", "不超过800万元"),
    ("B04", "numeric", "牵头企业自筹资金与申请的市财政资金，二者比例最低要求是多少？", "2:1", "2:1"),
    ("B05", "paraphrase", "包头这次稀土专项总共计划支持几个项目？", "8项", "个研究方向"),
    ("B06", "paraphrase", "项目负责人要在哪一天以后出生才符合年龄条件？", "1969年1月1日", "1969年1月1日"),
    ("B07", "paraphrase", "项目立项以后，第一笔市财政资金会拨付总额的百分之多少？", "60%", "首期拨付"),
    ("B08", "typo", "希土储氢材料及应用这个方向准备支持几个项目？", "2项", "不超过600万元", ("希土储氢材料", "稀土储氢材料")),
    ("B09", "typo", "稀土永瓷方向对磁体最大磁能积提出了什么指标？", "50MGOe", "50MGOe", ("稀土永瓷", "稀土永磁")),
    ("B10", "traditional", "包头稀土专项的网上申报系统什么时候关闭？", "2026年5月8日17:00", "系统开放时间"),
    ("B11", "traditional", "各旗县区和市直部门完成网上推荐的最后期限是哪天几点？", "2026年5月15日17:00", "完成网上推荐"),
    ("B12", "english", "When does the online application system for Baotou's 2026 rare-earth new materials major project open?",
     "2026年4月8日9:00", "系统开放时间"),
    ("B13", "english", "Who is the contact person for technical support with the Baotou science and technology plan management information system?",
     "刘海军", "系统技术支持"),
    ("B14", "english", "Which phone number should applicants to the Baotou rare-earth project call with questions about finances?",
     "0472-5183317", "财务咨询"),
    ("B15", "english", "What is the maximum municipal funding for a single project in the rare-earth steel and rare-earth aluminium alloy direction of the Baotou guide?",
     "400万元", "不超过400万元"),
    ("B16", "english", "At most how many member organisations may an innovation consortium have when applying under the Baotou rare-earth guide?",
     "5家", "不超过5家"),
    ("B17", "unanswerable", "包头稀土专项的项目验收不合格的话，要不要退回财政资金？", "", None, None, ["验收"]),
    ("B18", "unanswerable", "How much funding does the Baotou guide offer for a project on rare-earth magnetic refrigeration materials?",
     "", None, None, ["磁制冷"]),
    # ---- C (12)
    ("C01", "list", "遵义这次科技成果转化对接会由哪些单位承办？", ["遵义市科学技术局", "遵义市工业和信息化局"], "承办"),
    ("C02", "numeric", "对接会现场一共有多少个项目签了约？", "32个", "签约总金额"),
    ("C03", "numeric", "遵义医科大学和酱源酒业那个合作项目合同金额是多少？", "3650万元", "3650万元"),
    ("C04", "paraphrase", "活动现场对外发布的科技成果有多少项？", "156项", "发布科技成果"),
    ("C05", "paraphrase", "市科技局在活动中和几家金融机构签署了科技金融合作协议？", "3家", "金融机构"),
    ("C06", "typo", "在新浦新区举行的遵义科技成果转化对接会是几月几号办的？", "11月20日", "在新蒲新区举行", ("新浦新区", "新蒲新区")),
    ("C07", "traditional", "这次对接会签约的总金额有多少？", "5.86亿元", "签约总金额"),
    ("C08", "traditional", "贵州理工学院和遵义钛谷新材料合作的那个项目合同金额是多少？", "1.2亿元", "1.2亿元"),
    ("C09", "english", "Which Zunyi vice-mayor gave a speech at the technology transfer matchmaking fair?", "李卫东", "副市长"),
    ("C10", "english", "On what date was the news article about the Zunyi matchmaking fair published on the bureau's website?",
     "2026-11-21", "发布时间"),
    ("C11", "unanswerable", "对接会上发布的成果里有多少项是生物医药方向的？", "", None, None, ["生物医药"]),
    ("C12", "unanswerable", "By what percentage did the total contract value signed at the Zunyi fair grow compared with the previous year's fair?",
     "", None, None, ["同比", "上届", "去年"]),
]
KIND_COUNTS = {"paraphrase": 8, "typo": 5, "traditional": 6, "english": 10, "table": 5, "list": 4,
               "numeric": 6, "unanswerable": 6}
DOC_COUNTS = {"A": 20, "B": 18, "C": 12}
DOCFILE = {"A": FA, "B": FB, "C": FC}


# ---------------------------------------------------------------------------
def units(lines):
    """Sentences (split after 。！？, a closing quote stays with its sentence), whole lines without such a
    mark, and table rows (lines holding ' | ')."""
    out = []
    for ln in lines:
        if " | " in ln or not re.search(r"[。！？]", ln):
            out.append(ln)
            continue
        parts = re.split(r"(?<=[。！？])(?![”’」』])|(?<=[。！？][”’」』])", ln)
        out.extend(p for p in parts if p)
    return out


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


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    for f in CORPUS.iterdir():
        f.unlink()

    # ---- build
    build_a(CORPUS / FA)
    build_b(CORPUS / FB)
    html = c_html()
    (CORPUS / FC).write_text(html, encoding="utf-8")

    plain = {
        "A": a_plain_lines(),
        "B": [t for _, t in B_PARAS],
        "C": html_lines(html),
    }
    for k, lines in plain.items():
        (PLAIN / (Path(DOCFILE[k]).stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    ptext = {k: "\n".join(v) for k, v in plain.items()}

    # ---- A checks
    import pypdf
    rd = pypdf.PdfReader(str(CORPUS / FA))
    npages = len(rd.pages)
    check(2 <= npages <= 3, "A: PDF has %d pages, want 2-3" % npages)
    pdftext = "".join(p.extract_text() or "" for p in rd.pages)
    pdf_flat = re.sub(r"\s+", "", pdftext)
    for ln in plain["A"]:
        flat = re.sub(r"\s+", "", ln.replace(" | ", ""))
        check(flat in pdf_flat, "A: PDF text layer lacks line: " + ln[:30])
    fonts = set()
    for p in rd.pages:
        for f in (p["/Resources"].get("/Font") or {}).values():
            fonts.add(str(f.get_object().get("/BaseFont")))
    check(any("STSong-Light" in f for f in fonts), "A: STSong-Light font not used: %s" % fonts)
    arts = [t for r, t in A_ITEMS if r == "article"]
    nums = "一二三四五六七八九十"
    cn = list(nums) + ["十" + c for c in nums[:9]]  # 一 … 十, 十一 … 十九
    want = ["第%s条" % cn[i] for i in range(len(arts))]
    check([a.split("　")[0] for a in arts] == want, "A: articles not numbered 第一条… in order")
    chs = [t for r, t in A_ITEMS if r == "chapter"]
    check([c.split("　")[0] for c in chs] == ["第%s章" % nums[i] for i in range(len(chs))], "A: chapters not in order")
    check(chs[-1].endswith("附则"), "A: last chapter is not 附则")
    # table: contiguous bands, ratio × upper bound = cap, caps increasing
    rows = A_TABLE[1:]
    band = [re.findall(r"(\d+)万元", r[1]) for r in rows]
    ratio = [int(re.search(r"(\d+)%", r[2]).group(1)) for r in rows]
    cap = [int(re.search(r"(\d+)万元", r[3]).group(1)) for r in rows]
    for i in range(len(rows) - 1):
        check(band[i][1] == band[i + 1][0], "A: bands not contiguous at row %d" % i)
        check(int(band[i][1]) * ratio[i] // 100 == cap[i], "A: ratio × upper bound != cap at row %d" % i)
    check(cap == sorted(cap) and len(set(cap)) == len(cap), "A: caps not strictly increasing")
    check(ratio == sorted(ratio, reverse=True), "A: ratios not decreasing")
    check(band[0][0] == "50" and "研发费用增量不低于50万元" in ptext["A"], "A: lowest band != eligibility threshold 50万元")
    check(cap[-1] * 120 // 100 == 120 and "上浮20%" in ptext["A"] and "不超过120万元" in ptext["A"],
          "A: 上浮20% of the top cap is not 120万元")
    check(ptext["A"].count("40万元") == 1, "A: 40万元 (reverse lookup) not unique")
    issue = "2026年11月18日"
    check(issue in ptext["A"] and "2027年1月1日起施行" in ptext["A"] and "有效期5年" in ptext["A"],
          "A: issue/effective date or 有效期 missing")
    check(datetime.date(2026, 11, 18) < datetime.date(2027, 1, 1), "A: issue date not before effective date")

    # ---- B checks
    import docx
    d = docx.Document(str(CORPUS / FB))
    got = [(p.style.name, p.text) for p in d.paragraphs]
    check(got == B_PARAS, "B: reopened paragraphs/styles differ from data")
    styles = [s for s, _ in got]
    check(styles.count("Title") == 1 and styles.count("Heading 1") == 5 and styles.count("Heading 2") == 3,
          "B: heading counts wrong")
    ln = d.styles["List Number"].element.pPr
    check(styles.count("List Number") == len(B_DIRECTIONS) and 4 <= len(B_DIRECTIONS) <= 6
          and ln is not None and ln.numPr is not None, "B: List Number directions / numbering wrong")
    check(plain["B"] == [t for _, t in got], "B: plain differs from reopened docx")
    check(sum(c for *_, c in B_DIRECTIONS) == B_TOTAL_COUNT, "B: counts do not add to total")
    check(sum(a * c for _, _, a, c in B_DIRECTIONS) == B_TOTAL_AMOUNT, "B: Σ cap × count != total")
    for short, para, amt, cnt in B_DIRECTIONS:
        check(para.startswith(short), "B: list item does not start with its short name " + short)
        check(para.endswith("单个项目市财政支持不超过%d万元，拟支持%d项。" % (amt, cnt)), "B: funding sentence " + short)
    check(len({a for _, _, a, _ in B_DIRECTIONS}) == len(B_DIRECTIONS), "B: direction caps not distinct")
    check("%d个研究方向" % len(B_DIRECTIONS) in ptext["B"], "B: direction count sentence wrong")
    t_open = datetime.datetime(2026, 4, 8, 9)
    t_close = datetime.datetime(2026, 5, 8, 17)
    t_rec = datetime.datetime(2026, 5, 15, 17)
    check(t_open < t_close < t_rec and "2026年4月8日9:00" in ptext["B"] and "2026年5月8日17:00" in ptext["B"]
          and "2026年5月15日17:00" in ptext["B"], "B: timeline wrong")
    check("首期拨付60%" in ptext["B"] and "其余40%" in ptext["B"], "B: instalments do not add to 100%")
    contacts = [t for t in plain["B"] if re.match(r"^(业务咨询|系统技术支持|财务咨询)：", t)]
    phones = [re.search(r"0472-\d{7}$", t) for t in contacts]
    check(len(contacts) == 3 and all(phones) and len({p.group(0) for p in phones}) == 3, "B: contacts wrong")
    with zipfile.ZipFile(CORPUS / FB) as z:
        bxml = z.read("word/document.xml").decode("utf-8")
        sxml = z.read("word/styles.xml").decode("utf-8")
    check('w:eastAsia="宋体"' in sxml and 'w:eastAsia="黑体"' in sxml, "B: East Asian fonts not set")

    # ---- C checks
    lines = plain["C"]
    for p in [C_TITLE] + C_BODY:
        check(p in lines, "C: body paragraph not a plain line: " + p[:20])
    for n in C_NAV:
        check(n in lines, "C: nav item missing " + n)
    meta = [l for l in lines if l.startswith("发布时间：")]
    check(len(meta) == 1 and all(k in meta[0] for k in ("来源：", "作者：", "编辑：")), "C: meta line wrong")
    check(any(l.startswith("分享到：") for l in lines), "C: share bar missing")
    check("相关阅读" in lines and all(t in lines for _, t in C_RELATED) and len(C_RELATED) >= 3, "C: related missing")
    check(any("版权所有" in l for l in lines) and any(re.search(r"黔ICP备\d+号", l) for l in lines), "C: footer missing")
    check('<meta charset="utf-8">' in html, "C: charset")
    check(sum(C_EXAMPLES) < C_TOTAL and "5.86亿元" in ptext["C"], "C: examples exceed the total")
    for v in C_EXAMPLES:
        s = "1.2亿元" if v == 12000 else "%d万元" % v
        check(("合同金额" + s) in ptext["C"], "C: example value missing " + s)
    n_title = re.search(r"签约项目(\d+)个", C_TITLE).group(1)
    check(("共有%s个项目现场签约" % n_title) in ptext["C"], "C: title count != body count")
    check(meta[0].startswith("发布时间：2026-11-21") and C_BODY[0].startswith("11月20日"),
          "C: publication date not after event date")

    # ---- questions
    alltext = {k: v for k, v in ptext.items()}
    raw_docs = list(ptext.values()) + [html, bxml, pdftext, pdf_flat]
    doc_units = {k: units(v) for k, v in plain.items()}
    table_rows = [" | ".join(r) for r in A_TABLE]
    out = []
    kinds = {}
    perdoc = {}
    maxrun = 0
    ids = [q[0] for q in Q]
    check(len(Q) == 50 and len(set(ids)) == 50, "Q: want 50 unique ids")
    for q in Q:
        qid, kind, text, ans, hint = q[:5]
        extra = q[5] if len(q) > 5 else None
        keys = q[6] if len(q) > 6 else None
        dk = qid[0]
        kinds[kind] = kinds.get(kind, 0) + 1
        perdoc[dk] = perdoc.get(dk, 0) + 1
        if kind == "traditional":
            text = S2TWP.convert(text)
            check(T2S.convert(text) != text, qid + ": traditional question unchanged by t2s")
            check(S2TW.convert(text) == text, qid + ": traditional question changed by s2tw")
        items = ans if isinstance(ans, list) else None
        answer = "、".join(ans) if items else ans
        if kind == "unanswerable":
            evidence = ""
            check(answer == "" and keys, qid + ": unanswerable needs empty answer and key terms")
            for k in keys:
                for form in {k, S2TW.convert(k), S2TWP.convert(k)}:
                    check(not any(form in t for t in raw_docs), qid + ": key term present in a document: " + form)
        else:
            cands = [u for u in doc_units[dk] if hint in u]
            check(len(cands) == 1, "%s: hint %r matches %d units" % (qid, hint, len(cands)))
            evidence = cands[0] if cands else ""
            check(ptext[dk].count(evidence) == 1, qid + ": evidence not unique in plain")
            for it in (items or [answer]):
                check(it and it in ptext[dk] and it in evidence, qid + ": answer (item) not in plain/evidence: " + it)
            if kind == "table":
                check(evidence in table_rows[1:], qid + ": table evidence is not a table row")
        if kind == "english" or (kind == "unanswerable" and not CJK.search(text)):
            check(not CJK.search(text), qid + ": English question has CJK")
            check(re.search(r"Zhuzhou|Baotou|Zunyi", text) is not None, qid + ": English question names no city")
        else:
            check(CJK.search(text) is not None, qid + ": Chinese question without CJK")
            cmp = T2S.convert(text) if kind == "traditional" else text
            if kind == "typo":
                wrong, right = extra
                check(len(wrong) == len(right) and sum(a != b for a, b in zip(wrong, right)) == 1,
                      qid + ": typo not exactly one character")
                check(wrong in text and right not in text, qid + ": typo form not in question")
                check(right in ptext[dk], qid + ": correct form not in doc")
                for t in raw_docs + [T2S.convert(x) for x in ptext.values()]:
                    check(wrong not in t, qid + ": typo form occurs in a document")
                cmp = cmp.replace(wrong, right)
            if evidence:
                run = lcs_run(cmp, evidence)
                maxrun = max(maxrun, run)
                check(run <= 14, "%s: question copies %d chars of evidence" % (qid, run))
        out.append({"id": "u22-" + qid, "doc": DOCFILE[dk], "kind": kind, "question": text,
                    "answer": answer, "evidence": evidence})
    check(kinds == KIND_COUNTS, "Q: kind counts %s" % kinds)
    check(perdoc == DOC_COUNTS, "Q: per-doc counts %s" % perdoc)
    eng_unans = sum(1 for q in Q if q[1] == "unanswerable" and not CJK.search(q[2]))
    check(eng_unans >= 2, "Q: fewer than 2 English unanswerable")

    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # ---- report
    for k in "ABC":
        t = ptext[k]
        print("%s: %d non-space / %d CJK characters" % (k, len(re.sub(r"\s", "", t)),
                                                         len(re.findall(r"[\u4e00-\u9fff]", t))))
    print("A: %d PDF pages, fonts %s" % (npages, sorted(fonts)))
    print("kinds:", kinds, "per doc:", perdoc, "longest question/evidence run:", maxrun)
    if FAILS:
        print("FAILED %d checks:" % len(FAILS))
        for m in FAILS:
            print("  -", m)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
