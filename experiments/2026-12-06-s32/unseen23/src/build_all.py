#!/usr/bin/env python3
"""Build unseen23: three fictional policy documents (GB18030 txt, DOCX Q&A interpretation, HTML news page),
their UTF-8 plain texts and 50 questions, then run the consistency checks. Writes only inside unseen23/."""
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

FILE_A = "A_yancheng_2026_fuhuaqi_zhongchuang_kongjian_rending_jixiao_pingjia_tongzhi.txt"
FILE_B = "B_deyang_shoutaitao_zhongda_jishu_zhuangbei_tuiguang_yingyong_zhengce_jiedu.docx"
FILE_C = "C_weifang_2026_quanshi_keji_gongzuo_huiyi_xinwen.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 盐城 notice, plain .txt in GB18030 with CRLF line ends (as saved by a Windows editor)
# ---------------------------------------------------------------------------------------------------------------
A_LINES = [
    "盐城市科学技术局关于开展2026年度市级科技企业孵化器和众创空间认定和绩效评价工作的通知",
    "盐科发〔2026〕52号",
    "各县（市、区）科技局，盐城经济技术开发区、盐城高新技术产业开发区科技主管部门，各有关单位：",
    "为深入实施创新驱动发展战略，进一步提升我市科技创业孵化载体建设水平，根据《盐城市科技企业孵化器和众创空间管理办法》（盐科规〔2024〕3号），现就开展2026年度市级科技企业孵化器和众创空间认定和绩效评价工作有关事项通知如下。",
    "一、认定范围",
    "（一）在盐城市行政区域内注册、具有独立法人资格、实际运营满1年的科技企业孵化器。",
    "（二）在盐城市行政区域内注册、具有独立法人资格、实际运营满6个月的众创空间。",
    "（三）已被认定为省级以上科技企业孵化器或众创空间的载体，不再重复申报市级认定。",
    "二、认定条件",
    "（一）市级科技企业孵化器应同时具备以下条件：",
    "1.孵化场地面积不低于3000平方米，其中在孵企业使用面积占比不低于75%；",
    "2.在孵企业不少于30家，其中科技型中小企业占比不低于50%；",
    "3.累计毕业企业不少于6家；",
    "4.拥有专职孵化服务人员不少于4名，其中取得创业导师资格的不少于2名；",
    "5.设立不低于300万元的孵化资金，或与创业投资机构签订合作协议。",
    "（二）市级众创空间应同时具备以下条件：",
    "1.服务场地面积不低于500平方米，提供创业工位不少于40个；",
    "2.年度入驻创业团队和初创企业不少于20个，当年新注册企业不少于5家；",
    "3.拥有专职服务人员不少于3名；",
    "4.年度举办创新创业活动不少于12场。",
    "三、绩效评价",
    "（一）评价对象。2023年至2025年认定的市级科技企业孵化器和众创空间均须参加绩效评价，评价期为2025年1月1日至2025年12月31日。",
    "（二）评价方式。绩效评价采取材料审核与现场核查相结合的方式，实行百分制，评价结果分为优秀（90分及以上）、良好（75分至89分）、合格（60分至74分）和不合格（60分以下）四个等次，优秀等次比例原则上不超过参评载体总数的20%。",
    "（三）结果运用。评价结果为优秀的，孵化器给予一次性奖励30万元，众创空间给予一次性奖励10万元；评价结果为良好的，孵化器给予一次性奖励15万元，众创空间给予一次性奖励5万元。连续两年评价结果为不合格的，取消其市级认定资格。",
    "四、申报程序",
    "（一）网上填报。申报单位登录“盐城市科技项目管理服务平台”在线填报，并上传相关佐证材料。网上填报时间为2026年6月1日至2026年6月30日17:00，逾期系统自动关闭。",
    "（二）审核推荐。各县（市、区）科技主管部门对申报材料进行审核，在网上填报截止后10个工作日内完成审核推荐。",
    "（三）评审认定。市科技局组织专家进行材料评审和现场核查，择优确定拟认定名单，在市科技局门户网站公示5个工作日。公示无异议的，由市科技局发文认定并授牌。",
    "五、申报材料",
    "（一）市级科技企业孵化器或众创空间认定申报书；",
    "（二）营业执照副本复印件；",
    "（三）场地产权证明或租赁合同；",
    "（四）在孵企业（入驻团队）名单及入驻协议；",
    "（五）专职服务人员名单及社保缴纳证明。",
    "六、有关要求",
    "（一）申报单位对申报材料的真实性负责。对弄虚作假的，取消申报资格，3年内不得申报市级科技计划项目。",
    "（二）各地科技主管部门要加强审核把关，严格控制推荐质量，推荐数量不设限额。",
    "七、联系方式",
    "市科技局成果转化与区域创新处，联系人：王晓燕，联系电话：0515-88305217。",
    "技术支持：刘建明，联系电话：0515-88305261。",
    "附件：1.盐城市科技企业孵化器认定申报书",
    "2.盐城市众创空间认定申报书",
    "3.绩效评价指标体系",
    "盐城市科学技术局",
    "2026年5月20日",
]

# ---------------------------------------------------------------------------------------------------------------
# B: 德阳 policy interpretation (一问一答), DOCX. ("style", text) or ("table", rows)
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["认定级别", "奖励比例", "单台（套）奖励上限", "同一企业年度奖励上限"],
    ["国家级", "销售价格的20%", "500万元", "1000万元"],
    ["省级", "销售价格的15%", "300万元", "600万元"],
    ["市级", "销售价格的10%", "80万元", "160万元"],
]
B_BLOCKS = [
    ("Title", "《德阳市促进首台（套）重大技术装备推广应用若干措施》政策解读"),
    ("Normal", "来源：德阳市经济和信息化局\u3000发布时间：2026年4月15日"),
    ("Normal", "近日，德阳市人民政府办公室印发了《德阳市促进首台（套）重大技术装备推广应用若干措施》（德府办发〔2026〕11号，以下简称《若干措施》）。为便于社会各界准确理解政策内容，现以一问一答的形式解读如下。"),
    ("Heading 2", "问：《若干措施》出台的背景是什么？"),
    ("Normal", "答：德阳是全国重要的重大技术装备制造基地，清洁能源装备、油气钻采装备、航空与燃机等产业基础雄厚。但首台（套）产品在推广应用初期普遍面临“不敢用、不愿用”的难题，市场验证周期长。为加快创新产品市场化应用，推动装备制造业高端化、智能化、绿色化发展，市经济和信息化局会同市科技局、市财政局研究起草了《若干措施》。"),
    ("Heading 2", "问：《若干措施》由哪个部门牵头组织实施？"),
    ("Normal", "答：《若干措施》的组织实施由市经济和信息化局牵头，市科技局、市财政局、市市场监管局按职责分工配合。各县（市、区）人民政府负责本地区政策宣传和项目储备工作。"),
    ("Heading 2", "问：哪些企业和单位可以享受政策？"),
    ("Normal", "答：一是在德阳市行政区域内依法登记注册、具有独立法人资格、研制首台（套）重大技术装备的工业企业；二是在本市范围内首次购买使用首台（套）重大技术装备的用户单位。申报企业近三年内不得有严重失信行为。"),
    ("Heading 2", "问：首台（套）研制奖励标准是怎样的？"),
    ("Normal", "答：对经认定的首台（套）重大技术装备，按照认定级别给予研制单位一次性奖励，具体标准见下表。"),
    ("table", B_TABLE),
    ("Normal", "同一产品先后获得不同级别认定的，按就高原则差额补足奖励，不重复享受。"),
    ("Heading 2", "问：对首购首用单位和保险补偿有哪些支持？"),
    ("Normal", "答：对本市用户单位首次购买使用经认定的首台（套）重大技术装备的，按照设备购买价格的5%给予补贴，单个用户单位年度补贴最高不超过150万元。"),
    ("Normal", "同时，鼓励保险机构开发首台（套）综合保险产品，企业投保首台（套）综合保险的，按照实际缴纳保费的80%给予补贴，同一产品补贴期限不超过3年。"),
    ("Heading 2", "问：2026年度什么时候申报？怎么申报？"),
    ("Normal", "答：奖励和补贴实行年度申报，每年集中受理一次。2026年度申报时间为2026年6月1日至2026年7月15日，企业通过“德阳市惠企政策直达平台”在线提交申请。"),
    ("Normal", "各县（市、区）经信部门负责初审，市经济和信息化局会同市财政局组织专家评审并公示7个工作日，公示无异议后按程序拨付资金。"),
    ("Heading 2", "问：《若干措施》什么时候施行？有效期多长？"),
    ("Normal", "答：《若干措施》自2026年5月1日起施行，有效期至2028年12月31日，由市经济和信息化局负责解释。"),
    ("Heading 2", "问：企业有疑问可以咨询哪里？"),
    ("Normal", "答：市经济和信息化局装备工业科，联系人：张永强，联系电话：0838-2516703；市财政局工业交通科，联系人：李娟，联系电话：0838-2516158。"),
]

# ---------------------------------------------------------------------------------------------------------------
# C: 潍坊 news page, UTF-8 HTML with site furniture
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "潍坊市召开2026年全市科技工作会议"
C_NAV = ["首页", "机构概况", "政务公开", "新闻中心", "科技政策", "办事服务", "互动交流"]
C_INFO = ["发布时间：2026-02-26 10:30", "来源：潍坊市科学技术局", "作者：韩雪", "编辑：周鹏"]
C_BODY = [
    "2月25日，潍坊市召开2026年全市科技工作会议，总结2025年全市科技创新工作，部署2026年重点任务。副市长孙丽华出席会议并讲话，市科技局局长高建国作工作报告。",
    "会议指出，2025年全市科技系统聚焦创新驱动发展，各项工作取得明显成效。全市全社会研发投入强度达到2.86%，较上年提高0.12个百分点，高于全省平均水平。高新技术企业总数达到2315家，科技型中小企业入库4128家，均创历史新高。",
    "科技成果转化步伐加快。全年登记技术合同成交额386.5亿元，同比增长21.3%；万人有效发明专利拥有量达到28.6件。全市争取上级科技资金6.8亿元，支持实施市级科技重大专项18项。",
    "创新平台体系持续完善。全年新建省级以上创新平台37家，其中国家级3家、省级34家。潍坊先进动力装备创新研究院获批省级技术创新中心，寿光蔬菜种业实验室入选省实验室培育名单，潍坊声学与微电子产业技术研究院新引进研发团队12个。",
    "会议强调，2026年全市科技工作要坚持“四个面向”，着力打造创新型城市升级版。主要目标是：全社会研发投入强度力争达到3.0%，高新技术企业突破2500家，技术合同成交额突破450亿元。",
    "会议部署了2026年重点工作：一是实施市级科技重大专项20项，市财政安排资金1.5亿元；二是推进高新技术企业“育苗壮干”行动，新培育科技型中小企业600家以上；三是建设潍坊科创走廊，布局概念验证中心和中试基地10家；四是深化科技金融结合，“科技成果转化贷”全年投放额度不低于30亿元。",
    "会上，潍坊高新区、寿光市、诸城市科技部门作交流发言。各县市区、市属开发区科技部门主要负责同志，市科技局全体干部参加会议。",
]
C_RELATED = [
    ("市科技局赴寿光市开展科技特派员工作调研", "2026-02-12"),
    ("潍坊市举办春季科技成果路演活动", "2026-02-06"),
    ("全市科技金融对接会在高新区举行", "2026-01-22"),
]
C_FOOTER = [
    "主办单位：潍坊市科学技术局 承办单位：潍坊市科技信息中心",
    "版权所有：潍坊市科学技术局 联系电话：0536-8096231",
    "网站标识码：3707000031 鲁ICP备05012688号-1 鲁公网安备37070502000318号",
]


def build_html():
    nav = "\n".join(f'      <li><a href="/{i}.html">{t}</a></li>' for i, t in enumerate(C_NAV))
    info = " ".join(f"<span>{s}</span>" for s in C_INFO)
    body = "\n".join(f"      <p>{p}</p>" for p in C_BODY)
    rel = "\n".join(f'        <li><a href="/xwzx/{d.replace("-", "")}01.html">{t}</a> <span class="date">{d}</span></li>'
                    for t, d in C_RELATED)
    f3 = C_FOOTER[2].split(" ")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2026-02-26 10:30">
<meta name="ContentSource" content="潍坊市科学技术局">
<meta name="keywords" content="科技工作会议,研发投入,高新技术企业">
<title>{C_TITLE}_潍坊市科学技术局</title>
<style>
  body {{ font-family: "Microsoft YaHei", SimSun, sans-serif; margin: 0; }}
  .nav li {{ display: inline-block; padding: 0 18px; }}
  .article p {{ text-indent: 2em; line-height: 2; }}
  .footer {{ background: #1f5aa6; color: #fff; text-align: center; }}
</style>
<script>
  function setFont(px) {{ document.getElementById('zoom').style.fontSize = px + 'px'; }}
  var _hmt = _hmt || [];
</script>
</head>
<body>
  <div class="header">
    <div class="logo">潍坊市科学技术局</div>
    <div class="search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></div>
  </div>
  <div class="nav">
    <ul>
{nav}
    </ul>
  </div>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/kjyw/">科技要闻</a></div>
  <div class="main">
    <h1 class="title">{C_TITLE}</h1>
    <div class="info">{info}</div>
    <div class="fontsize">【字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    <div class="article" id="zoom">
{body}
    </div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="related">
      <h3>相关阅读</h3>
      <ul>
{rel}
      </ul>
    </div>
  </div>
  <div class="footer">
    <p>{C_FOOTER[0]}</p>
    <p>{C_FOOTER[1]}</p>
    <p>{f3[0]} <a href="https://beian.miit.gov.cn/" target="_blank">{f3[1]}</a> <a href="#">{f3[2]}</a></p>
  </div>
</body>
</html>
"""


C_EXPECTED_LINES = (["潍坊市科学技术局", "搜索"] + C_NAV + ["当前位置：首页 > 新闻中心 > 科技要闻", C_TITLE, " ".join(C_INFO),
                     "【字号：大 中 小】", "分享到：微信 微博 QQ空间"] + C_BODY + ["【打印本页】【关闭窗口】", "相关阅读"]
                    + [f"{t} {d}" for t, d in C_RELATED] + C_FOOTER)

BLOCK_TAGS = {"html", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "tr", "td", "th",
              "header", "footer", "nav", "section", "article"}


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.buf, self.skip = [], [], 0

    def flush(self):
        s = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if s:
            self.lines.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1
        elif tag in BLOCK_TAGS or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
        elif tag in BLOCK_TAGS:
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
# DOCX builder
# ---------------------------------------------------------------------------------------------------------------
def set_east_asian(style, font):
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def build_docx(path):
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Times New Roman"
    st["Normal"].font.size = Pt(12)
    set_east_asian(st["Normal"], "宋体")
    for name in ("Title", "Heading 2"):
        set_east_asian(st[name], "黑体")
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = st["Table Grid"]
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
        else:
            p = doc.add_paragraph(val, style=st[kind])
            if kind == "Title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    cp.title = B_BLOCKS[0][1]
    cp.author = "德阳市经济和信息化局"
    cp.subject = "首台（套）重大技术装备政策解读"
    cp.keywords = "首台（套）;政策解读;德阳"
    cp.last_modified_by = "德阳市经济和信息化局"
    cp.revision = 1
    import datetime as _dt
    cp.created = _dt.datetime(2026, 4, 15, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 4, 15, 9, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that rebuilding is byte for byte identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def docx_blocks(path):
    """Reopen the DOCX and return [(style, text)] and [('table', rows)] in body order."""
    d = Document(str(path))
    out = []
    paras = {p._p: p for p in d.paragraphs}
    tables = {t._tbl: t for t in d.tables}
    for el in d.element.body.iterchildren():
        if el in paras:
            p = paras[el]
            out.append((p.style.name, p.text))
        elif el in tables:
            out.append(("table", [[c.text for c in r.cells] for r in tables[el].rows]))
    return out


def blocks_to_lines(blocks):
    lines = []
    for kind, val in blocks:
        if kind == "table":
            lines += [" | ".join(r) for r in val]
        else:
            lines.append(val)
    return lines


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one evidence unit (sentence / line / table row).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 盐城 (17)
    dict(id="u23-A01", doc="A", kind="english", q="What is the minimum incubation floor area required for a municipal-level technology business incubator in Yancheng?", a="3000平方米", hint="孵化场地面积不低于3000平方米"),
    dict(id="u23-A02", doc="A", kind="colloquial", q="市级孵化器在孵企业最少得几家", a="30家", hint="在孵企业不少于30家"),
    dict(id="u23-A03", doc="A", kind="typo", q="盐成认定市级孵化器时，对全职孵化服务人员的数量有什么最低要求？", a="4名", hint="专职孵化服务人员不少于4名", wrong="盐成", right="盐城"),
    dict(id="u23-A04", doc="A", kind="traditional", qs="市级科技企业孵化器需要设立多少孵化资金？", a="300万元", hint="设立不低于300万元"),
    dict(id="u23-A05", doc="A", kind="unanswerable", q="2025年度盐城市级孵化器认定网上填报什么时候截止？", keys=["2025年度"]),
    dict(id="u23-A06", doc="A", kind="numeric", q="绩效评价里“合格”这一等次对应多少分？", a="60分至74分", hint="合格（60分至74分）"),
    dict(id="u23-A07", doc="A", kind="english", q="When does online filing close for Yancheng's 2026 incubator and maker space recognition?", a="2026年6月30日17:00", hint="网上填报时间为"),
    dict(id="u23-A08", doc="A", kind="colloquial", q="众创空间一年得办多少场双创活动", a="12场", hint="不少于12场"),
    dict(id="u23-A09", doc="A", kind="paraphrase", q="申报材料造假的单位多长时间内不能再申请市里的科技计划项目？", a="3年", hint="3年内不得申报"),
    dict(id="u23-A10", doc="A", kind="unanswerable", q="盐城这次孵化器和众创空间绩效评价安排的奖励资金总预算是多少？", keys=["总预算", "资金总额"]),
    dict(id="u23-A11", doc="A", kind="typo", q="众创空问认定对服务场地面积的最低要求是多少？", a="500平方米", hint="服务场地面积不低于500平方米", wrong="众创空问", right="众创空间"),
    dict(id="u23-A12", doc="A", kind="english", q="Which phone number should applicants call for technical support in Yancheng's incubator recognition?", a="0515-88305261", hint="技术支持：刘建明"),
    dict(id="u23-A13", doc="A", kind="traditional", qs="绩效评价为良好的孵化器可以拿到多少一次性奖励？", a="15万元", hint="孵化器给予一次性奖励15万元"),
    dict(id="u23-A14", doc="A", kind="unanswerable", q="Who is the director of the Yancheng Municipal Bureau of Science and Technology?", keys=["盐城市科学技术局局长", "盐城市科技局局长"]),
    dict(id="u23-A15", doc="A", kind="numeric", q="优秀等次的比例原则上最多占参评载体的百分之多少？", a="20%", hint="不超过参评载体总数的20%"),
    dict(id="u23-A16", doc="A", kind="english", q="In Yancheng's performance evaluation, how large is the one-off reward for a maker space rated excellent?", a="10万元", hint="众创空间给予一次性奖励10万元"),
    dict(id="u23-A17", doc="A", kind="unanswerable", q="盐城孵化器认定的纸质申报材料最晚哪天报送？", keys=["纸质"]),
    # ---- B 德阳 (17)
    dict(id="u23-B01", doc="B", kind="table", q="德阳首台套奖励标准里，国家级认定的单台（套）最高奖多少？", a="500万元", hint="国家级 | "),
    dict(id="u23-B02", doc="B", kind="english", q="Which department takes the lead in organizing the implementation of Deyang's first-set equipment measures?", a="市经济和信息化局", hint="组织实施由市经济和信息化局牵头"),
    dict(id="u23-B03", doc="B", kind="colloquial", q="首台套首购用户一年补贴最多多少钱", a="150万元", hint="不超过150万元"),
    dict(id="u23-B04", doc="B", kind="table", q="德阳对省级首台（套）装备按售价的多大比例给研制单位奖励？", a="15%", hint="省级 | "),
    dict(id="u23-B05", doc="B", kind="unanswerable", q="德阳对国际首台（套）装备的研制奖励标准是多少？", keys=["国际首台", "国际级"]),
    dict(id="u23-B06", doc="B", kind="paraphrase", q="德阳首台套申请先由哪一级部门进行初步审核？", a="各县（市、区）经信部门", hint="负责初审"),
    dict(id="u23-B07", doc="B", kind="english", q="What share of the premium actually paid is subsidized when a Deyang firm insures its first-set equipment?", a="80%", hint="实际缴纳保费的80%"),
    dict(id="u23-B08", doc="B", kind="table", q="单台（套）奖励封顶80万元的是哪个认定级别？", a="市级", hint="市级 | "),
    dict(id="u23-B09", doc="B", kind="unanswerable", q="What is the total annual budget Deyang has set aside for first-set equipment rewards and subsidies?", keys=["预算", "资金总额", "总额"]),
    dict(id="u23-B10", doc="B", kind="typo", q="德杨市经信局装备工业科的咨询电话是多少？", a="0838-2516703", hint="张永强", wrong="德杨", right="德阳"),
    dict(id="u23-B11", doc="B", kind="colloquial", q="德阳首台套26年啥时候开始报", a="2026年6月1日", hint="2026年度申报时间为"),
    dict(id="u23-B12", doc="B", kind="table", q="同一企业一年内因省级认定最多能获得多少奖励？", a="600万元", hint="省级 | "),
    dict(id="u23-B13", doc="B", kind="traditional", qs="首台（套）政策的有效期截止到哪一天？", a="2028年12月31日", hint="有效期至2028年12月31日"),
    dict(id="u23-B14", doc="B", kind="unanswerable", q="When is the application window for Deyang's 2027 first-set equipment rewards?", keys=["2027"]),
    dict(id="u23-B15", doc="B", kind="english", q="From what date do Deyang's measures for first-set major technical equipment take effect?", a="2026年5月1日", hint="自2026年5月1日起施行"),
    dict(id="u23-B16", doc="B", kind="paraphrase", q="一个产品先拿了市级认定、后来又拿到省级认定，奖励怎么算？", a="按就高原则差额补足奖励", hint="就高原则"),
    dict(id="u23-B17", doc="B", kind="unanswerable", q="绵阳市首台（套）重大技术装备按销售价格的多少比例给奖励？", keys=["绵阳"]),
    # ---- C 潍坊 (16)
    dict(id="u23-C01", doc="C", kind="english", q="What was Weifang's R&D investment intensity in 2025?", a="2.86%", hint="研发投入强度达到2.86%"),
    dict(id="u23-C02", doc="C", kind="colloquial", q="潍坊25年技术合同成交额多少", a="386.5亿元", hint="386.5亿元"),
    dict(id="u23-C03", doc="C", kind="typo", q="维坊市2025年高新技术企业总数达到多少家？", a="2315家", hint="2315家", wrong="维坊", right="潍坊"),
    dict(id="u23-C04", doc="C", kind="traditional", qs="2025年潍坊新建了多少家省级以上创新平台？", a="37家", hint="创新平台37家"),
    dict(id="u23-C05", doc="C", kind="unanswerable", q="潍坊市2024年高新技术企业总数是多少家？", keys=["2024年"]),
    dict(id="u23-C06", doc="C", kind="numeric", q="2025年潍坊技术合同成交额同比增长百分之几？", a="21.3%", hint="21.3%"),
    dict(id="u23-C07", doc="C", kind="english", q="On what date was the article about Weifang's science and technology work conference published on the bureau's website?", a="2026-02-26", hint="发布时间："),
    dict(id="u23-C08", doc="C", kind="paraphrase", q="哪家机构在2025年被批准为省级技术创新中心？", a="潍坊先进动力装备创新研究院", hint="获批省级技术创新中心"),
    dict(id="u23-C09", doc="C", kind="unanswerable", q="How many provincial key laboratories did Weifang add in 2025?", keys=["重点实验室"]),
    dict(id="u23-C10", doc="C", kind="colloquial", q="潍坊科小入库多少家了", a="4128家", hint="4128家"),
    dict(id="u23-C11", doc="C", kind="typo", q="潍坊2025年万人有效发明专力拥有量是多少？", a="28.6件", hint="28.6件", wrong="专力", right="专利"),
    dict(id="u23-C12", doc="C", kind="traditional", qs="潍坊2026年计划实施多少项市级科技重大专项？", a="20项", hint="重大专项20项"),
    dict(id="u23-C13", doc="C", kind="unanswerable", q="2025年潍坊全市财政科技支出是多少？", keys=["财政科技支出"]),
    dict(id="u23-C14", doc="C", kind="numeric", q="跟上年比，潍坊2025年研发投入强度提高了多少？", a="0.12个百分点", hint="0.12个百分点"),
    dict(id="u23-C15", doc="C", kind="english", q="What target has Weifang set for the number of high-tech enterprises in 2026?", a="2500家", hint="2500家"),
    dict(id="u23-C16", doc="C", kind="unanswerable", q="潍坊市科技局分管成果转化的副局长是谁？", keys=["副局长"]),
]

KIND_COUNTS = {"unanswerable": 12, "english": 10, "colloquial": 6, "typo": 5, "traditional": 5,
               "table": 4, "numeric": 4, "paraphrase": 4}
DOC_COUNTS = {"A": 17, "B": 17, "C": 16}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
PUNCT = re.compile(r"[，。？！、；：“”‘’（）《》…,.?!;:()\"' ]")
ENGLISH_CITY = {"A": "Yancheng", "B": "Deyang", "C": "Weifang"}


def split_sentences(line):
    """Split after 。！？ (keeping the mark and a closing quote after it); a line with no such mark is one unit."""
    parts = re.findall(r".*?[。！？][”’」]?|.+$", line)
    parts = [p for p in parts if p]
    return parts or [line]


def units(doc, lines):
    out = []
    for ln in lines:
        if doc == "B" and ln.count(" | ") == 3:
            out.append(ln)
        else:
            out += split_sentences(ln)
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


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build A
    a_bytes = ("\r\n".join(A_LINES) + "\r\n").encode("gb18030")
    (CORPUS / FILE_A).write_bytes(a_bytes)
    # ---- build B
    build_docx(CORPUS / FILE_B)
    # ---- build C
    html = build_html()
    (CORPUS / FILE_C).write_text(html, encoding="utf-8")

    # ---- plain texts, each derived from the built file
    raw = (CORPUS / FILE_A).read_bytes()
    a_plain = raw.decode("gb18030").replace("\r\n", "\n").rstrip("\n").split("\n")
    b_blocks = docx_blocks(CORPUS / FILE_B)
    b_plain = blocks_to_lines(b_blocks)
    c_plain = html_lines((CORPUS / FILE_C).read_text(encoding="utf-8"))
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_text("\n".join(lines) + "\n", encoding="utf-8")
    ptext = {d: "\n".join(v) for d, v in plains.items()}

    # ---- A checks: encoding and structure
    try:
        raw.decode("utf-8")
        check(False, "A: file decodes as UTF-8 (should fail)")
    except UnicodeDecodeError:
        pass
    check(not raw.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\x84\x31\x95\x33"), "A: has a BOM")
    check(a_plain == A_LINES, "A: GB18030 decode differs from the data")
    check(b"\r\n" in raw, "A: CRLF line ends expected")
    heads = [l for l in A_LINES if re.match(r"^[一二三四五六七八九十]、", l)]
    check([h[0] for h in heads] == list("一二三四五六七"), f"A: sections {heads}")
    inc = A_LINES[A_LINES.index("（一）市级科技企业孵化器应同时具备以下条件：") + 1:A_LINES.index("（二）市级众创空间应同时具备以下条件：")]
    mk = A_LINES[A_LINES.index("（二）市级众创空间应同时具备以下条件：") + 1:A_LINES.index("三、绩效评价")]
    check([l[:2] for l in inc] == ["1.", "2.", "3.", "4.", "5."], "A: incubator conditions 1-5")
    check([l[:2] for l in mk] == ["1.", "2.", "3.", "4."], "A: maker-space conditions 1-4")
    check(inc[0].endswith("；") and inc[-1].endswith("。") and mk[-1].endswith("。"), "A: condition punctuation")

    # ---- A figures
    ta = ptext["A"]
    m = re.search(r"孵化器给予一次性奖励(\d+)万元，众创空间给予一次性奖励(\d+)万元；评价结果为良好的，孵化器给予一次性奖励(\d+)万元，众创空间给予一次性奖励(\d+)万元", ta)
    ex_i, ex_m, gd_i, gd_m = map(int, m.groups())
    check(ex_i > gd_i and ex_m > gd_m and ex_i > ex_m and gd_i > gd_m, "A: reward ordering")
    bands = re.search(r"优秀（(\d+)分及以上）、良好（(\d+)分至(\d+)分）、合格（(\d+)分至(\d+)分）和不合格（(\d+)分以下）", ta).groups()
    b_ = list(map(int, bands))
    check(b_[0] == b_[2] + 1 and b_[1] == b_[4] + 1 and b_[3] == b_[5], f"A: score bands not contiguous {b_}")
    check(int(re.search(r"不低于(\d+)平方米，其中在孵", ta).group(1)) > int(re.search(r"服务场地面积不低于(\d+)平方米", ta).group(1)), "A: areas")
    check("2026年5月20日" == A_LINES[-1] and "2026年6月1日至2026年6月30日17:00" in ta, "A: dates")
    check((5, 20) < (6, 1) < (6, 30), "A: issue < open < close")
    check(ta.count("2026年6月30日") == 1 and ta.count("截止") == 1, "A: exactly one dated deadline")

    # ---- B checks: reopened DOCX equals the data
    check(b_blocks == B_BLOCKS, "B: reopened DOCX differs from the data")
    styles = [k for k, _ in b_blocks]
    check(styles.count("Title") == 1 and styles.count("Heading 2") == 8 and styles.count("table") == 1, f"B: styles {styles}")
    check(all(t.startswith("问：") and t.endswith("？") for k, t in b_blocks if k == "Heading 2"), "B: Heading 2 must be 问：…？")
    for i, (k, t) in enumerate(b_blocks):
        if k == "Heading 2":
            check(b_blocks[i + 1][0] == "Normal" and b_blocks[i + 1][1].startswith("答："), f"B: answer after {t}")
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        sx = z.read("word/styles.xml").decode("utf-8")
        docxml = z.read("word/document.xml").decode("utf-8")
        check({zi.date_time for zi in z.infolist()} == {(2026, 4, 15, 9, 0, 0)}, "B: zip timestamps")
    check('w:eastAsia="宋体"' in sx and 'w:eastAsia="黑体"' in sx, "B: East Asian fonts")
    check("<w:tbl>" in docxml and "TableGrid" in docxml, "B: real Word table with Table Grid")
    # ---- B figures
    rows = B_TABLE[1:]
    ratios = [int(re.search(r"(\d+)%", r[1]).group(1)) for r in rows]
    unit = [int(r[2][:-2]) for r in rows]
    year = [int(r[3][:-2]) for r in rows]
    check([r[0] for r in rows] == ["国家级", "省级", "市级"], "B: levels")
    check(ratios == sorted(ratios, reverse=True) and unit == sorted(unit, reverse=True), "B: ratios / caps fall")
    check(all(y == 2 * u for u, y in zip(unit, year)), "B: year cap = 2 × unit cap")
    cells = [c for r in rows for c in r]
    check(len(set(cells)) == len(cells), "B: table cells distinct")
    tb = ptext["B"]
    for c in ("80万元", "600万元", "500万元"):
        check(sum(1 for ln in b_plain if c in ln.split(" | ")) == 1, f"B: cell {c} once")
    check("150万元" not in " ".join(cells) and "80%" not in " ".join(cells), "B: look-alikes stay out of the table")
    dates = ["2026年4月15日", "2026年5月1日", "2026年6月1日", "2026年7月15日", "2028年12月31日"]
    pos = [(int(y), int(mo), int(dd)) for y, mo, dd in (re.match(r"(\d+)年(\d+)月(\d+)日", d).groups() for d in dates)]
    check(all(d in tb for d in dates) and pos == sorted(pos), "B: date order")
    check(sum(t.count("牵头") for k, t in B_BLOCKS if k == "Normal") == 1, "B: one answer sentence names the lead department")

    # ---- C checks: visible text equals the expected furniture + body
    check(c_plain == C_EXPECTED_LINES, "C: visible text blocks differ from expected lines")
    for p in C_BODY + C_NAV:
        check(p in c_plain, f"C: missing line {p[:20]}")
    tc = ptext["C"]
    check(sum(1 for l in c_plain if l.startswith("发布时间：") and "来源：" in l and "作者：" in l and "编辑：" in l) == 1, "C: info line")
    check(any(l.startswith("分享到：") for l in c_plain) and "相关阅读" in c_plain, "C: share / related")
    check(sum(1 for l in c_plain if re.search(r" 20\d\d-\d\d-\d\d$", l)) == 3, "C: 3 related links")
    check(any("版权所有" in l for l in c_plain) and any(re.search(r"鲁ICP备\d+号", l) for l in c_plain), "C: footer")
    check('<meta charset="utf-8">' in html and "<script>" in html and "<style>" in html, "C: head furniture")
    nat, prov, total = (int(x) for x in re.search(r"其中国家级(\d+)家、省级(\d+)家", tc).groups() + (re.search(r"创新平台(\d+)家", tc).group(1),))
    check(nat + prov == total, "C: platforms add up")
    check(2500 > 2315 and 450 > 386.5 and 3.0 > 2.86, "C: targets exceed 2025 values")
    check("2500家" in tc and "2315家" in tc and "450亿元" in tc and "386.5亿元" in tc and "力争达到3.0%" in tc and "达到2.86%" in tc, "C: figures present")
    check("重大专项18项" in tc and "重大专项20项" in tc, "C: 18 (2025) vs 20 (2026) projects")
    check(C_INFO[0].startswith("发布时间：2026-02-26") and C_BODY[0].startswith("2月25日"), "C: published after the event")
    check(len({d for _, d in C_RELATED} | {"2026-02-26"}) == 4, "C: related dates differ from the publication date")

    # ---- all documents as searchable text (for typo and unanswerable checks)
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        bxml = "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))
    all_text = "\n".join([ptext["A"], ptext["B"], ptext["C"], html, bxml, raw.decode("gb18030")])
    all_text_t2s = T2S.convert("\n".join(ptext.values()))

    # ---- questions
    out = []
    ids = set()
    for q in Q:
        d = q["doc"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        question = S2TWP.convert(q["qs"]) if q["kind"] == "traditional" else q["q"]
        if q["kind"] == "unanswerable":
            ans, ev = "", ""
            for k in q["keys"]:
                for form in {k, S2TW.convert(k), S2TWP.convert(k)}:
                    check(form not in all_text and form not in all_text_t2s, f"{q['id']}: key term {form} occurs in a document")
            if not CJK.search(question):
                check(any(c in question for c in ENGLISH_CITY.values()), f"{q['id']}: English unanswerable names no city")
        else:
            ans = q["a"]
            us = units(d, plains[d])
            hits = [u for u in us if q["hint"] in u]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} units")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(ans in ptext[d], f"{q['id']}: answer not in plain text")
            check(ptext[d].count(ev) == 1, f"{q['id']}: evidence not unique in plain text")
            if q["kind"] == "table":
                check(ev in b_plain and ev.count(" | ") == 3 and ev != " | ".join(B_TABLE[0]), f"{q['id']}: table evidence must be a data row")
        # kind-specific checks
        if q["kind"] == "english" or (q["kind"] == "unanswerable" and not CJK.search(question)):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_CITY[d] in question, f"{q['id']}: English question must name {ENGLISH_CITY[d]}")
        if q["kind"] == "traditional":
            check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
            check(T2S.convert(question) == q["qs"], f"{q['id']}: t2s round trip")
        if q["kind"] == "colloquial":
            check(not PUNCT.search(question), f"{q['id']}: colloquial question has punctuation")
        if q["kind"] == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real name not in doc")
            check(w not in all_text and w not in all_text_t2s, f"{q['id']}: wrong form occurs in a document")
        out.append({"id": q["id"], "doc": FILES[d], "kind": q["kind"], "question": question, "answer": ans, "evidence": ev})

    check(len(out) == 50, "need 50 questions")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    n_en_un = sum(1 for o in out if o["kind"] == "unanswerable" and not CJK.search(o["question"]))
    check(n_en_un >= 4, f"English unanswerables {n_en_un} < 4")
    for d in "ABC":
        check(sum(1 for q in Q if q["doc"] == d and q["kind"] == "unanswerable") >= 3, f"{d}: needs unanswerables")

    # paraphrase distance: Chinese answerable questions share at most 14 characters in a row with the evidence
    runs = {}
    for q, o in zip(Q, out):
        if o["kind"] in ("english", "unanswerable"):
            continue
        text = T2S.convert(o["question"]) if o["kind"] == "traditional" else o["question"]
        if o["kind"] == "typo":
            text = text.replace(q["wrong"], q["right"])
        runs[o["id"]] = lcs_run(text, o["evidence"])
        check(runs[o["id"]] <= 14, f"{o['id']}: common run {runs[o['id']]} > 14")

    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    for d in "ABC":
        t = ptext[d]
        nonspace = len(re.sub(r"\s", "", t))
        ncjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        print(f"{d}: {len(plains[d])} lines, {nonspace} non-space / {ncjk} CJK characters")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, "English unanswerable:", n_en_un)
    print("longest common run (Chinese questions):", max(runs.values()), "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
