#!/usr/bin/env python3
"""Build unseen24: three fictional policy documents (a DOCX 申报指南 with a Word table, a Markdown 三年行动计划,
a saved HTML 签约 news page), their UTF-8 plain texts and 50 questions, then run the consistency checks.
Writes only inside unseen24/. Deterministic: a rebuild is byte for byte identical."""
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

FILE_A = "A_jiaxing_2026_shiji_keji_jihua_xiangmu_shenbao_zhinan.docx"
FILE_B = "B_wuhu_keji_chuangxin_sannian_xingdong_jihua_2026_2028.md"
FILE_C = "C_liuzhou_2026_chanxueyan_hezuo_xiangmu_jizhong_qianyue_xinwen.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TWP = opencc.OpenCC("s2twp")
S2TW = opencc.OpenCC("s2tw")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 嘉兴 申报指南, DOCX. Blocks: (kind, value). kinds: title, docno, body, h1 (一、), sub (（一）lead + rest),
#    caption, table, sign, date. "sub" value is (lead, rest): lead in 楷体 bold, rest in the body font.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["专项", "支持方向", "资助额度", "项目数"],
    ["重点研发计划（揭榜挂帅）", "数字经济、新材料、高端装备领域关键核心技术攻关", "最高300万元", "不超过8项"],
    ["重点研发计划（竞争择优）", "生物医药、新能源、时尚纺织领域共性技术研发", "每项50万元", "约25项"],
    ["公益性研究计划", "医疗卫生、生态环境、农业农村领域应用研究", "每项10万元", "约60项"],
    ["国际科技合作", "与境外高校院所联合研发和技术引进", "最高100万元", "不超过6项"],
    ["软科学研究", "科技政策与区域创新发展战略研究", "每项3万元", "约20项"],
]
A_BLOCKS = [
    ("title", "嘉兴市科学技术局关于发布2026年度市级科技计划项目申报指南的通知"),
    ("docno", "嘉科发〔2026〕14号"),
    ("body", "各县（市、区）科技局，嘉兴经济技术开发区、嘉兴港区科技主管部门，各有关单位："),
    ("body", "为深入实施科技强市战略，聚焦数字经济、新材料、高端装备、生物医药等重点产业，根据《嘉兴市市级科技计划项目管理办法》（嘉科发〔2024〕21号），现将2026年度市级科技计划项目申报指南发布如下，请认真组织申报。"),
    ("h1", "一、总体要求"),
    ("sub", ("（一）聚焦产业需求。", "项目应围绕我市重点产业链关键环节，突出企业创新主体地位，以解决企业实际技术难题为导向。")),
    ("sub", ("（二）强化成果产出。", "项目须设定可考核的技术指标和经济指标，实施期一般为2年，揭榜挂帅项目实施期不超过3年。")),
    ("h1", "二、支持方向与资助标准"),
    ("body", "2026年度市级科技计划共设五类专项，各专项支持方向、资助额度和拟立项数见表1。"),
    ("caption", "表1  2026年度市级科技计划专项设置"),
    ("table", A_TABLE),
    ("body", "注：揭榜挂帅项目和国际科技合作项目按企业实际研发投入的30%核定资助金额，不超过上表所列上限。"),
    ("h1", "三、申报条件"),
    ("sub", ("（一）", "申报单位应为在嘉兴市行政区域内注册登记的企业、高校、科研院所、医疗卫生机构等，具有独立法人资格，运行管理规范。")),
    ("sub", ("（二）", "企业申报重点研发计划项目的，上年度研发费用不低于200万元，且项目自筹资金与申请市级资助资金的比例不低于2:1。")),
    ("sub", ("（三）", "项目负责人应为申报单位在职人员，年龄不超过60周岁（1966年1月1日以后出生），每人限报1项。")),
    ("sub", ("（四）", "有在研市级科技计划项目逾期未验收或存在严重失信记录的单位，不得申报。")),
    ("h1", "四、申报程序"),
    ("sub", ("（一）网上申报。", "申报单位登录“嘉兴市科技计划项目管理系统”填写申报书，并上传相关附件。")),
    ("sub", ("（二）推荐审核。", "各县（市、区）科技局对申报材料进行形式审查后在线推荐；市属高校、科研院所和医疗卫生机构直接向市科技局提交。")),
    ("sub", ("（三）评审立项。", "市科技局委托第三方机构组织专家评审，择优提出立项建议，经公示7个工作日无异议后下达立项文件。")),
    ("h1", "五、时间安排"),
    ("sub", ("（一）", "网上申报时间：2026年3月16日9:00至2026年4月10日17:00。")),
    ("sub", ("（二）", "县（市、区）科技局网上推荐截止时间：2026年4月17日17:00。")),
    ("sub", ("（三）", "本年度不收取纸质材料，专家评审和现场考察拟于2026年5月至6月进行。")),
    ("h1", "六、其他事项"),
    ("sub", ("（一）", "申报单位须对申报材料的真实性负责，如发现弄虚作假，取消申报资格并记入科研诚信档案。")),
    ("sub", ("（二）", "同一项目不得同时申报两个及以上市级专项，不得与已获市级以上财政资助的项目重复申报。")),
    ("h1", "七、联系方式"),
    ("body", "市科技局资源配置与管理处：沈佳怡，0573-82521036"),
    ("body", "系统技术支持：徐浩，0573-82521198"),
    ("body", "附件：2026年度嘉兴市科技计划项目申报书（模板）"),
    ("sign", "嘉兴市科学技术局"),
    ("date", "2026年3月6日"),
]


def a_text(kind, val):
    return "".join(val) if kind == "sub" else val


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
    for kind, val in A_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    para = t.cell(r, c).paragraphs[0]
                    styled_run(para, cell, "黑体" if r == 0 else "仿宋_GB2312", 12, bold=(r == 0))
                    if r == 0 or c in (2, 3):
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
        elif kind == "sub":
            lead, rest = val
            styled_run(p, lead, "楷体_GB2312", 16, bold=True)
            styled_run(p, rest, "仿宋_GB2312", 16)
            pf.first_line_indent = Pt(32)
        elif kind == "caption":
            styled_run(p, val, "黑体", 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("sign", "date"):
            styled_run(p, val, "仿宋_GB2312", 16)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            styled_run(p, val, "仿宋_GB2312", 16)
            if not val.endswith("："):
                pf.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.title = A_BLOCKS[0][1]
    cp.author = "嘉兴市科学技术局"
    cp.subject = "2026年度市级科技计划项目申报指南"
    cp.keywords = "科技计划;申报指南;嘉兴"
    cp.last_modified_by = "嘉兴市科学技术局"
    cp.revision = 1
    cp.created = _dt.datetime(2026, 3, 6, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 3, 6, 9, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), (2026, 3, 6, 9, 0, 0)))


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
# B: 芜湖 三年行动计划, UTF-8 Markdown (LF). Rendered text: heading marks, list marks and ** dropped.
# ---------------------------------------------------------------------------------------------------------------
B_MD = """# 芜湖市科技创新三年行动计划（2026—2028年）

来源：芜湖市人民政府办公室　发布日期：2026-01-23　文号：芜政办〔2026〕3号

为深入实施创新驱动发展战略，加快建设具有重要影响力的区域科技创新中心，推动科技创新和产业创新深度融合，结合我市实际，制定本行动计划。

## 一、总体要求

以企业为主体、以产业为导向、以平台为支撑，聚焦汽车及零部件、机器人及智能装备、低空经济、新型储能、新材料等重点产业，着力构建“科创谷+产业园+中试基地”创新空间布局，全面提升区域创新体系整体效能。

## 二、主要目标

2025年，全市全社会研发投入强度为3.12%，高新技术企业达到2156家，为实施本行动计划奠定了良好基础。

**到2026年**，全社会研发投入强度达到3.3%，高新技术企业数量达到2400家，技术合同成交额达到520亿元，每万人口高价值发明专利拥有量达到18件，新型研发机构达到35家。

**到2028年**，全社会研发投入强度达到3.6%，高新技术企业数量突破3000家，技术合同成交额达到800亿元，每万人口高价值发明专利拥有量达到25件，新型研发机构达到50家，基本建成长三角具有重要影响力的区域科技创新中心。

## 三、重点任务

### （一）建设高能级创新平台

**1.打造芜湖长江科创谷。**以弋江区为核心区，联动芜湖高新区，建设集研发孵化、成果转化、人才服务于一体的长江科创谷，到2028年集聚各类研发机构100家以上、科技人才2万人以上。

- 牵头单位：弋江区人民政府；责任单位：市科技局、市发展改革委、市自然资源和规划局、芜湖高新区管委会

**2.建设湾沚低空经济产业园。**支持湾沚区布局通用航空器整机、无人机、航空发动机零部件研发制造，到2028年引育低空经济企业80家以上，建成低空飞行测试场2个。

- 牵头单位：市发展改革委；责任单位：市经济和信息化局、市交通运输局、湾沚区人民政府

**3.提升重大创新平台能级。**支持芜湖机器人产业创新研究院创建省级技术创新中心，对新获批的全国重点实验室给予最高1000万元支持，对新获批的省级重点实验室给予最高200万元支持。

- 牵头单位：市科技局；责任单位：市财政局、各县市区人民政府

### （二）强化企业创新主体地位

**4.实施高新技术企业倍增计划。**建立“科技型中小企业—高新技术企业—科技领军企业”梯次培育库，对首次认定的高新技术企业给予20万元奖励。

- 牵头单位：市科技局；责任单位：市财政局、国家税务总局芜湖市税务局

**5.推动规上工业企业研发机构全覆盖。**到2028年，规上工业企业研发机构覆盖率达到60%，规上工业企业研发费用支出占营业收入比重达到2.2%。

- 牵头单位：市经济和信息化局；责任单位：市科技局、市统计局

### （三）加速科技成果转化

**6.建设概念验证中心和中试基地。**围绕新能源汽车、机器人等领域建设芜湖新能源汽车概念验证中心等一批概念验证平台，到2028年建成市级以上中试基地15家，对新认定的市级中试基地给予最高300万元补助。

- 牵头单位：市科技局；责任单位：市经济和信息化局、市财政局

**7.做强皖江科技大市场芜湖中心。**完善技术交易、成果评价、知识产权运营等服务功能，对年度促成技术交易额超过5000万元的技术转移机构，按交易额的1%给予最高50万元奖励。

- 牵头单位：市科技局；责任单位：市市场监管局（知识产权局）、芜湖高新区管委会

### （四）深化科技金融和人才支撑

**8.做大科创基金规模。**设立芜湖市科技创新母基金，总规模50亿元，重点投向种子期、初创期科技型企业；实施“科创贷”风险补偿，对合作银行发放科创贷款形成的损失按50%给予补偿。

- 牵头单位：市委金融办；责任单位：市财政局、市科技局、市国资委

**9.集聚创新创业人才。**每年引进培育高层次科技人才团队20个以上，对顶尖人才团队给予最高1亿元综合资助。

- 牵头单位：市委组织部；责任单位：市人力资源社会保障局、市科技局

## 四、保障措施

（一）加强组织领导。成立市科技创新工作领导小组，由市政府主要负责同志任组长，统筹推进本行动计划实施，领导小组办公室设在市科技局。

（二）加大投入保障。健全财政科技投入稳定增长机制，引导企业和社会资本加大研发投入。

（三）强化考核评估。将主要目标任务完成情况纳入各县市区和市有关部门年度目标管理绩效考核，每年对行动计划实施情况开展评估。

本行动计划自印发之日起施行，有效期至2028年12月31日。
"""


def md_lines(src):
    """Visible text of the Markdown, one paragraph per line."""
    out = []
    for ln in src.split("\n"):
        ln = ln.strip()
        if not ln:
            continue
        ln = re.sub(r"^#{1,6}\s+", "", ln)
        ln = re.sub(r"^[-*]\s+", "", ln)
        ln = ln.replace("**", "")
        out.append(ln)
    return out


# ---------------------------------------------------------------------------------------------------------------
# C: 柳州 签约 news page, UTF-8 HTML with site furniture
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "柳州市举行2026年产学研合作暨科技成果转化项目集中签约活动"
C_TOP = ["无障碍", "长者模式", "繁體"]
C_NAV = ["首页", "走进科技局", "新闻动态", "信息公开", "政策文件", "政务服务", "互动交流"]
C_INFO = ["发布时间：2026-03-19 16:42", "来源：柳州市科学技术局", "作者：蒙晓静", "浏览次数："]
C_BODY1 = [
    "3月17日下午，柳州市2026年产学研合作暨科技成果转化项目集中签约活动在柳东新区科技创新中心举行。市委常委、副市长覃志刚出席活动并致辞，广西科技大学副校长罗文斌，市科技局党组书记、局长黄海燕，以及各县区、有关部门负责同志和签约单位代表参加活动。",
    "本次活动共集中签约项目26个，合同总金额18.7亿元，涵盖汽车、机械、冶金、螺蛳粉等优势产业和新能源、新材料、生物医药等新兴产业。其中，校（院）地合作协议6项、产学研合作项目14项、科技成果转化项目6项。",
]
C_CAPTION = "签约活动现场（蒙晓静 摄）"
C_BODY2 = [
    "活动现场，柳州市人民政府与广西科技大学签订新一轮全面科技合作协议。根据协议，双方将共建柳州智能网联汽车协同创新中心，未来5年共同投入研发资金不少于2亿元，联合培养工程硕士、博士300名以上。",
    "柳州螺蛳粉产业技术研究院与3家螺蛳粉生产企业签订保鲜工艺联合攻关协议，计划用2年时间将预包装螺蛳粉保质期由6个月延长至9个月。",
    "覃志刚在致辞中指出，2025年全市技术合同成交额达到96.3亿元，同比增长18.6%，科技成果本地转化率稳步提升。希望各签约单位加快推进项目落地，推动更多创新成果在柳州转化为现实生产力。",
    "黄海燕表示，2026年市本级将安排科技成果转化专项资金8000万元，对本次签约项目中符合条件的给予最高500万元支持。市科技局将建立签约项目跟踪服务机制，每季度调度一次项目进展。",
    "活动还发布了2026年度柳州市首批“揭榜挂帅”技术需求12项，涉及新能源汽车热管理、工程机械智能控制等领域，榜单总金额1.2亿元。",
]
C_EDITOR = "【责任编辑：韦丹】"
C_PREVNEXT = [("上一篇：", "市科技局召开2026年科技特派员工作推进会", "2026-03-13"),
              ("下一篇：", "柳州市3家企业获评自治区技术创新示范企业", "2026-03-24")]
C_FOOTER = [
    "主办单位：柳州市科学技术局 地址：柳州市城中区文昌路8号 邮编：545001",
    "联系电话：0772-2825716 技术支持：柳州市大数据发展中心",
    "网站标识码：4502000021 桂ICP备12003956号-1 桂公网安备45020202000135号",
]


def esc_quotes(s):
    return s.replace("“", "&ldquo;").replace("”", "&rdquo;")


def build_html():
    top = " | ".join(f'<a href="javascript:void(0)">{t}</a>' for t in C_TOP)
    on = ' class="on"'
    nav = "\n".join(f'        <li{on if t == "新闻动态" else ""}><a href="/{i:02d}/">{t}</a></li>'
                    for i, t in enumerate(C_NAV))
    info = ("<span>" + C_INFO[0] + "</span>&nbsp;&nbsp;<span>" + C_INFO[1] + "</span>&nbsp;&nbsp;<span>" + C_INFO[2]
            + "</span>&nbsp;&nbsp;<span>" + C_INFO[3] + '<em id="hits"></em></span>')
    body1 = "\n".join(f"        <p>{esc_quotes(p)}</p>" for p in C_BODY1)
    body2 = "\n".join(f"        <p>{esc_quotes(p)}</p>" for p in C_BODY2)
    pn = "\n".join(f'      <p>{a}<a href="/02/202603/t{d.replace("-", "")}_{i}.html">{t}</a></p>'
                   for i, (a, t, d) in enumerate(C_PREVNEXT))
    f0, f1, f2 = (f.split(" ") for f in C_FOOTER)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="柳州市科学技术局">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2026-03-19 16:42">
<meta name="ContentSource" content="柳州市科学技术局">
<meta name="Keywords" content="产学研合作,科技成果转化,集中签约">
<meta name="Description" content="3月17日下午，柳州市2026年产学研合作暨科技成果转化项目集中签约活动举行。">
<title>{C_TITLE} - 柳州市科学技术局</title>
<link rel="stylesheet" href="/images/common.css">
<style>
  .topbar {{ font-size: 12px; text-align: right; }}
  .nav li {{ float: left; width: 14%; text-align: center; }}
  .nav li.on a {{ color: #c00; }}
  .content p {{ text-indent: 2em; line-height: 2em; font-size: 16px; }}
  .content .pic {{ text-align: center; }}
</style>
<script src="/js/jquery.min.js"></script>
<script>
  function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
  $(function () {{ $.get('/hits?id=5129371', function (n) {{ $('#hits').text(n); }}); }});
</script>
</head>
<body>
  <div class="topbar">{top}</div>
  <div class="header">
    <div class="logo"><img src="/images/logo.png" alt="柳州市科学技术局"><span>柳州市科学技术局</span></div>
    <form class="search" action="/search"><input type="text" name="q" placeholder="请输入搜索内容"><button type="submit">搜索</button></form>
  </div>
  <div class="nav">
    <ul>
{nav}
    </ul>
  </div>
  <div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/02/">新闻动态</a> &gt; <a href="/02/gzdt/">工作动态</a></div>
  <div class="article">
    <h1>{C_TITLE}</h1>
    <div class="info">{info}</div>
    <div class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
    <div class="share">分享到：<a class="wx" title="分享到微信" href="#">微信</a> <a class="wb" title="分享到微博" href="#">微博</a> <a class="qq" title="分享到QQ空间" href="#">QQ空间</a></div>
    <div class="content" id="zoom">
{body1}
        <div class="pic"><img src="/02/202603/W020260319364512.jpg" alt="签约现场"></div>
        <p class="pic-title">{C_CAPTION}</p>
{body2}
    </div>
    <div class="editor">{C_EDITOR}</div>
    <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="prevnext">
{pn}
    </div>
    <div class="qrcode"><img src="/images/qr.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>
  </div>
  <div class="footer">
    <p>{f0[0]}&nbsp;&nbsp;{f0[1]}&nbsp;&nbsp;{f0[2]}</p>
    <p>{f1[0]}&nbsp;&nbsp;{f1[1]}</p>
    <p>{f2[0]}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">{f2[1]}</a>&nbsp;&nbsp;<a href="#">{f2[2]}</a></p>
  </div>
</body>
</html>
"""


C_EXPECTED_LINES = (
    [" | ".join(C_TOP), "柳州市科学技术局", "搜索"] + C_NAV
    + ["您当前的位置：首页 > 新闻动态 > 工作动态", C_TITLE, " ".join(C_INFO), "【字体：大 中 小】", "分享到：微信 微博 QQ空间"]
    + C_BODY1 + [C_CAPTION] + C_BODY2 + [C_EDITOR, "【打印本页】 【关闭窗口】"]
    + [a + t for a, t, _ in C_PREVNEXT] + ["扫一扫在手机打开当前页"] + C_FOOTER
)

BLOCK_TAGS = {"html", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "table", "tr", "td", "th",
              "header", "footer", "nav", "section", "article", "form"}


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
        elif tag in BLOCK_TAGS or tag in ("br", "button"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1
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
# traditional questions are written in Simplified (qs) and converted with OpenCC s2twp (Taiwan standard, with
# Taiwan vocabulary: 项目 → 專案, 支持 → 支援). Unanswerable: keys = regexes that must not match the doc
# (plain text, raw source, and the plain text after t2s), gkeys = the same over all three docs, near = terms that
# must occur in the doc (so the question really is a near miss).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 嘉兴 申报指南 (15)
    dict(id="u24-A01", doc="A", kind="table", q="嘉兴揭榜挂帅类重点研发项目每个最多资助多少钱？", a="最高300万元", hint="重点研发计划（揭榜挂帅） |", col="资助额度"),
    dict(id="u24-A02", doc="A", kind="table", q="今年的公益性研究计划大概准备立多少个项目？", a="约60项", hint="公益性研究计划 |", col="项目数"),
    dict(id="u24-A03", doc="A", kind="table", q="和境外高校院所合作研发的那类专项，资助上限是多少？", a="最高100万元", hint="国际科技合作 |", col="资助额度"),
    dict(id="u24-A04", doc="A", kind="table", q="软科学研究专项主要支持研究哪些内容？", a="科技政策与区域创新发展战略研究", hint="软科学研究 |", col="支持方向"),
    dict(id="u24-A05", doc="A", kind="table", q="竞争择优的重点研发项目今年计划支持几项？", a="约25项", hint="重点研发计划（竞争择优） |", col="项目数"),
    dict(id="u24-A06", doc="A", kind="table", q="按每个项目10万元资助的是哪一类专项？", a="公益性研究计划", hint="公益性研究计划 |", col="专项", reverse=True),
    dict(id="u24-A07", doc="A", kind="english", q="What is the deadline for online applications to Jiaxing's 2026 municipal science and technology programme?", a="2026年4月10日17:00", hint="网上申报时间"),
    dict(id="u24-A08", doc="A", kind="english", q="How old can a project leader be at most when applying to Jiaxing's 2026 municipal S&T plan?", a="60周岁", hint="年龄不超过60周岁"),
    dict(id="u24-A09", doc="A", kind="typo", q="佳兴企业申报市级重点研发计划，上一年研发费用最低要多少？", a="200万元", hint="上年度研发费用不低于200万元", wrong="佳兴", right="嘉兴"),
    dict(id="u24-A10", doc="A", kind="traditional", qs="揭榜挂帅项目实施周期最长可以多久？", a="3年", hint="揭榜挂帅项目实施期不超过3年"),
    dict(id="u24-A11", doc="A", kind="paraphrase", q="嘉兴区县科技部门在线推荐的最后期限是哪天？", a="2026年4月17日17:00", hint="网上推荐截止时间"),
    dict(id="u24-A12", doc="A", kind="paraphrase", q="在嘉兴，企业自己掏的钱和向市里要的补助之间至少得是什么比例？", a="2:1", hint="比例不低于2:1"),
    dict(id="u24-A13", doc="A", kind="unanswerable", q="嘉兴2026年度科技特派员专项每个项目资助多少？", keys=["科技特派员", "特派员"], near=["资助额度", "专项"]),
    dict(id="u24-A14", doc="A", kind="unanswerable", q="湖州市2026年度市级科技计划项目网上申报什么时候截止？", gkeys=["湖州"], near=["网上申报时间", "2026年度市级科技计划"]),
    dict(id="u24-A15", doc="A", kind="unanswerable", q="What is the total budget of Jiaxing's 2026 municipal science and technology programme?", keys=["总预算", "总额", "总经费", "资金总量", "预算"], near=["资助额度"]),
    # ---- B 芜湖 三年行动计划 (20)
    dict(id="u24-B01", doc="B", kind="who_leads", q="芜湖长江科创谷建设由哪个单位牵头？", a="弋江区人民政府", hint="牵头单位：弋江区人民政府", task="打造芜湖长江科创谷"),
    dict(id="u24-B02", doc="B", kind="who_leads", q="湾沚低空经济产业园建设的牵头部门是谁？", a="市发展改革委", hint="牵头单位：市发展改革委", task="建设湾沚低空经济产业园"),
    dict(id="u24-B03", doc="B", kind="who_leads", q="推动规上工业企业研发机构全覆盖这项任务由哪个部门牵头？", a="市经济和信息化局", hint="牵头单位：市经济和信息化局", task="推动规上工业企业研发机构全覆盖"),
    dict(id="u24-B04", doc="B", kind="who_leads", q="芜湖科技创新母基金和科创贷风险补偿归哪个部门牵头负责？", a="市委金融办", hint="牵头单位：市委金融办", task="做大科创基金规模"),
    dict(id="u24-B05", doc="B", kind="numeric", q="芜湖2026年技术合同成交额目标是多少？", a="520亿元", hint="到2026年，全社会", ind="技术合同成交额达到", year=2026),
    dict(id="u24-B06", doc="B", kind="numeric", q="到2028年芜湖全社会研发投入强度要达到多少？", a="3.6%", hint="到2028年，全社会", ind="全社会研发投入强度达到", year=2028),
    dict(id="u24-B07", doc="B", kind="numeric", q="芜湖计划2026年新型研发机构达到多少家？", a="35家", hint="到2026年，全社会", ind="新型研发机构达到", year=2026),
    dict(id="u24-B08", doc="B", kind="numeric", q="2028年芜湖每万人口高价值发明专利拥有量的目标是多少？", a="25件", hint="到2028年，全社会", ind="每万人口高价值发明专利拥有量达到", year=2028),
    dict(id="u24-B09", doc="B", kind="english", q="How many high-tech enterprises does Wuhu aim to have by 2028?", a="3000家", hint="突破3000家"),
    dict(id="u24-B10", doc="B", kind="english", q="What one-off reward does Wuhu give a company recognised as a high-tech enterprise for the first time?", a="20万元", hint="给予20万元奖励"),
    dict(id="u24-B11", doc="B", kind="english", q="How big is Wuhu's new science and technology innovation fund of funds?", a="50亿元", hint="总规模50亿元"),
    dict(id="u24-B12", doc="B", kind="typo", q="无湖到2028年要建成多少家市级以上中试基地？", a="15家", hint="中试基地15家", wrong="无湖", right="芜湖"),
    dict(id="u24-B13", doc="B", kind="typo", q="湾址低空经济产业园计划到2028年引育多少家低空经济企业？", a="80家", hint="低空经济企业80家", wrong="湾址", right="湾沚"),
    dict(id="u24-B14", doc="B", kind="traditional", qs="长江科创谷到2028年要集聚多少科技人才？", a="2万人", hint="科技人才2万人"),
    dict(id="u24-B15", doc="B", kind="traditional", qs="新获批的全国重点实验室最高能拿到多少支持？", a="1000万元", hint="全国重点实验室给予最高1000万元"),
    dict(id="u24-B16", doc="B", kind="paraphrase", q="芜湖三年后规模以上工业企业里设有研发机构的要占多大比例？", a="60%", hint="研发机构覆盖率达到60%"),
    dict(id="u24-B17", doc="B", kind="paraphrase", q="在芜湖，银行给科技型企业放的贷款要是收不回来，政府补偿几成？", a="50%", hint="损失按50%给予补偿"),
    dict(id="u24-B18", doc="B", kind="unanswerable", q="芜湖2027年高新技术企业数量目标是多少家？", keys=["2027"], near=["高新技术企业数量", "到2026年", "到2028年"]),
    dict(id="u24-B19", doc="B", kind="unanswerable", q="芜湖市财政每年安排多少专项资金用于落实这个三年行动计划？", keys=["每年安排", "专项资金", "年度安排"], near=["财政科技投入"]),
    dict(id="u24-B20", doc="B", kind="unanswerable", q="Who is the director of the Wuhu Municipal Science and Technology Bureau?", keys=["局长", "主任"], near=["市科技局"]),
    # ---- C 柳州 签约新闻 (15)
    dict(id="u24-C01", doc="C", kind="english", q="On what date was the Liuzhou project signing ceremony held?", a="3月17日", hint="3月17日下午"),
    dict(id="u24-C02", doc="C", kind="english", q="Which vice mayor attended the Liuzhou signing event and gave a speech?", a="覃志刚", hint="副市长覃志刚"),
    dict(id="u24-C03", doc="C", kind="english", q="What was the total contract value of the projects signed at the Liuzhou event?", a="18.7亿元", hint="合同总金额18.7亿元"),
    dict(id="u24-C04", doc="C", kind="english", q="When was the Liuzhou news article about the signing event published?", a="2026-03-19", hint="发布时间："),
    dict(id="u24-C05", doc="C", kind="typo", q="柳洲这次集中签约了多少个项目？", a="26个", hint="签约项目26个", wrong="柳洲", right="柳州"),
    dict(id="u24-C06", doc="C", kind="typo", q="螺丝粉产业技术研究院打算把预包装产品的保质期延长到多久？", a="9个月", hint="延长至9个月", wrong="螺丝粉", right="螺蛳粉"),
    dict(id="u24-C07", doc="C", kind="traditional", qs="柳州市政府和广西科技大学将共建什么创新中心？", a="柳州智能网联汽车协同创新中心", hint="共建柳州智能网联汽车协同创新中心"),
    dict(id="u24-C08", doc="C", kind="traditional", qs="2025年柳州技术合同成交额同比增长了多少？", a="18.6%", hint="同比增长18.6%"),
    dict(id="u24-C09", doc="C", kind="paraphrase", q="柳州这回签下的高校院所和企业联合攻关类项目一共几项？", a="14项", hint="产学研合作项目14项"),
    dict(id="u24-C10", doc="C", kind="paraphrase", q="市政府和广西科技大学五年里一起拿出多少钱搞研发？", a="2亿元", hint="不少于2亿元"),
    dict(id="u24-C11", doc="C", kind="paraphrase", q="柳州今年签下的项目里达标的，单个最多能拿到市里多少钱扶持？", a="500万元", hint="最高500万元"),
    dict(id="u24-C12", doc="C", kind="unanswerable", q="柳州2024年集中签约活动一共签了多少个项目？", keys=["2024"], near=["签约项目"]),
    dict(id="u24-C13", doc="C", kind="unanswerable", q="柳州这次签约项目中外资项目的合同金额是多少？", keys=["外资", "外商"], near=["合同总金额"]),
    dict(id="u24-C14", doc="C", kind="unanswerable", q="广西科技大学校长是谁？", keys=[r"(?<!副)校长"], near=["广西科技大学副校长"]),
    dict(id="u24-C15", doc="C", kind="unanswerable", q="How many people attended the Liuzhou signing ceremony?", keys=["人参加", "余人", "多人", "名代表", "人出席"], near=["参加活动"]),
]

KIND_COUNTS = {"paraphrase": 7, "typo": 5, "traditional": 5, "english": 9, "table": 6, "who_leads": 4,
               "numeric": 4, "unanswerable": 10}
DOC_COUNTS = {"A": 15, "B": 20, "C": 15}
EN_UNANSWERABLE = 3
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
ENGLISH_CITY = {"A": "Jiaxing", "B": "Wuhu", "C": "Liuzhou"}
PARAPHRASE_MAX_RUN = 6  # a paraphrase question shares at most this many characters in a row with its evidence
OTHER_MAX_RUN = 14


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


def cn_date(s):
    y, m, d = map(int, re.match(r"(\d+)年(\d+)月(\d+)日", s).groups())
    return (y, m, d)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    build_docx(CORPUS / FILE_A)
    (CORPUS / FILE_B).write_bytes(B_MD.encode("utf-8"))
    html = build_html()
    (CORPUS / FILE_C).write_bytes(html.encode("utf-8"))

    # ---- plain texts, each derived from the built file
    a_plain, a_tables = docx_lines(CORPUS / FILE_A)
    b_src = (CORPUS / FILE_B).read_bytes().decode("utf-8")
    b_plain = md_lines(b_src)
    c_src = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain = html_lines(c_src)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        a_xml = "".join(z.read(n).decode("utf-8", "ignore") for n in sorted(z.namelist()) if n.endswith(".xml"))
        a_docxml = z.read("word/document.xml").decode("utf-8")
        a_times = {zi.date_time for zi in z.infolist()}
    raw = {"A": a_xml, "B": b_src, "C": c_src}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")

    # ---- A: DOCX structure
    expected_a = []
    for kind, val in A_BLOCKS:
        expected_a += [" | ".join(r) for r in val] if kind == "table" else [a_text(kind, val)]
    check(a_plain == expected_a, "A: reopened DOCX text differs from the data")
    check(len(a_tables) == 1 and a_tables[0] == A_TABLE, "A: exactly one Word table equal to the data")
    check("<w:tbl>" in a_docxml and "TableGrid" in a_docxml, "A: real Word table with Table Grid style")
    check(4 <= len(A_TABLE) - 1 <= 6 and A_TABLE[0] == ["专项", "支持方向", "资助额度", "项目数"], "A: table shape")
    cells = [c for r in A_TABLE[1:] for c in r]
    check(len(set(cells)) == len(cells), "A: table cells distinct")
    check(sum(1 for r in A_TABLE[1:] if "10万元" in r[2]) == 1, "A: one row at 10万元 (reverse lookup)")
    check(a_times == {(2026, 3, 6, 9, 0, 0)}, "A: zip timestamps")
    for font in ("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"):
        check(f'w:eastAsia="{font}"' in a_xml, f"A: font {font}")
    heads = [a_text(k, v) for k, v in A_BLOCKS if k == "h1"]
    check([h[0] for h in heads] == list("一二三四五六七") and all(h[1] == "、" for h in heads), f"A: sections {heads}")
    # （一）（二）… restart in each section and run without gaps
    cur = []
    for kind, val in A_BLOCKS + [("h1", "end")]:
        if kind == "h1":
            check(cur == list("一二三四五六七八九")[:len(cur)], f"A: sub-items {cur}")
            cur = []
        elif kind == "sub":
            cur.append(re.match(r"（(.)）", val[0]).group(1))
    ta = ptext["A"]
    dates = [cn_date(x) for x in ("2026年3月6日", "2026年3月16日", "2026年4月10日", "2026年4月17日")]
    check(dates == sorted(dates) and all(f"{y}年{m}月{d}日" in ta for y, m, d in dates), "A: issue < open < close < recommend")
    check(ta.count("截止") == 1, "A: one dated 截止 (the county recommendation); the filing window is a range")
    check(A_BLOCKS[-1] == ("date", "2026年3月6日"), "A: signature date")
    body_a = "\n".join(l for l in a_plain if " | " not in l)
    for c in ("最高300万元", "约60项", "最高100万元", "约25项", "每项10万元"):
        check(c not in body_a, f"A: table cell {c} also in the prose")

    # ---- B: Markdown structure and figures
    check(b_src.startswith("# ") and "\r" not in b_src and b_src.endswith("\n"), "B: Markdown, LF, title heading")
    check(b_plain[0] == "芜湖市科技创新三年行动计划（2026—2028年）", "B: title")
    h2 = [l for l in b_src.split("\n") if l.startswith("## ")]
    check([h[3] for h in h2] == list("一二三四"), f"B: sections {h2}")
    tasks = [l for l in b_plain if re.match(r"^\d+\.", l)]
    check([int(re.match(r"\d+", t).group()) for t in tasks] == list(range(1, 10)), "B: tasks 1..9")
    leads = {}
    for i, l in enumerate(b_plain):
        if re.match(r"^\d+\.", l):
            nxt = b_plain[i + 1]
            m = re.match(r"^牵头单位：([^；]+)；责任单位：(.+)$", nxt)
            check(m is not None, f"B: task {l[:12]} not followed by a 牵头/责任 line")
            if m:
                name = re.match(r"^\d+\.(.+?)。", l).group(1)
                leads[name] = m.group(1)
                check(m.group(1) not in m.group(2).split("、"), f"B: {name} lead also listed as responsible")
    check(len(leads) == 9, "B: 9 lead lines")
    lead_lines = [l for l in b_plain if l.startswith("牵头单位：")]
    check(len(set(lead_lines)) == len(lead_lines), "B: 牵头/责任 lines are unique")
    tb = ptext["B"]
    y26 = next(l for l in b_plain if l.startswith("到2026年"))
    y28 = next(l for l in b_plain if l.startswith("到2028年"))
    base = next(l for l in b_plain if l.startswith("2025年"))
    for ind in ("全社会研发投入强度达到", "技术合同成交额达到", "每万人口高价值发明专利拥有量达到", "新型研发机构达到"):
        f26 = re.search(re.escape(ind) + r"([\d.]+)", y26).group(1)
        f28 = re.search(re.escape(ind) + r"([\d.]+)", y28).group(1)
        check(float(f28) > float(f26), f"B: {ind} 2028 {f28} > 2026 {f26}")
    check(re.search(r"高新技术企业数量达到2400家", y26) and re.search(r"高新技术企业数量突破3000家", y28)
          and "高新技术企业达到2156家" in base, "B: high-tech enterprises 2156 < 2400 < 3000")
    check(3.12 < 3.3 < 3.6 and "3.12%" in base, "B: R&D intensity 3.12 < 3.3 < 3.6")
    check("2027" not in b_src, "B: no 2027 figure anywhere")
    for park in ("芜湖长江科创谷", "湾沚低空经济产业园", "芜湖机器人产业创新研究院", "芜湖新能源汽车概念验证中心", "皖江科技大市场芜湖中心"):
        check(park in tb, f"B: named platform {park}")
    check("有效期至2028年12月31日" in tb and "发布日期：2026-01-23" in tb, "B: dates")

    # ---- C: visible text equals the expected furniture + body
    check(c_plain == C_EXPECTED_LINES, "C: visible text blocks differ from the expected lines")
    tc = ptext["C"]
    m = re.search(r"签约项目(\d+)个.*校（院）地合作协议(\d+)项、产学研合作项目(\d+)项、科技成果转化项目(\d+)项", tc)
    check(m and int(m.group(1)) == sum(map(int, m.groups()[1:])), "C: 6 + 14 + 6 = 26 projects")
    check(C_INFO[0] == "发布时间：2026-03-19 16:42" and C_BODY1[0].startswith("3月17日"), "C: event 3月17日, published 03-19")
    check((3, 17) < (3, 19) and all(d != "2026-03-19" and d != "2026-03-17" for _, _, d in C_PREVNEXT), "C: dates")
    check(all(d not in tc for _, _, d in C_PREVNEXT), "C: prev/next dates live only in the URLs")
    check("&ldquo;" in c_src and "&nbsp;" in c_src and "<script" in c_src and '<meta charset="utf-8">' in c_src, "C: entities and head furniture")
    check(tc.count("覃志刚") == 2 and tc.count("黄海燕") == 2 and "副校长罗文斌" in tc, "C: people with titles")
    check("6个月" in tc and "9个月" in tc and "2年" in tc and "5年" in tc, "C: look-alike durations")

    # ---- all documents, for typo and global-key checks
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        question = S2TWP.convert(q["qs"]) if k == "traditional" else q["q"]
        if k == "unanswerable":
            ans = ev = None
            for key in q.get("keys", []):
                forms = {key, S2TW.convert(key), S2TWP.convert(key)}
                for f in forms:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
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
            check(ans in raw[d].replace("&ldquo;", "“").replace("&rdquo;", "”"), f"{q['id']}: answer not in the raw file")
            if k == "table":
                row = ev.split(" | ")
                check(d == "A" and row in A_TABLE[1:], f"{q['id']}: evidence must be a data row of A's table")
                check(row[A_TABLE[0].index(q["col"])] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                check(ans not in body_a, f"{q['id']}: table answer also occurs in the prose")
            if k == "who_leads":
                check(ev.startswith("牵头单位：" + ans + "；"), f"{q['id']}: evidence must be the lead line")
                check(leads.get(q["task"]) == ans, f"{q['id']}: lead of {q['task']} is {leads.get(q['task'])}")
                tline = next(l for l in b_plain if re.match(r"^\d+\." + re.escape(q["task"]) + "。", l))
                check(b_plain[b_plain.index(tline) + 1] == ev, f"{q['id']}: lead line follows the task")
                check(lcs_run(question, tline) >= 4, f"{q['id']}: question must point at the task")
            if k == "numeric":
                other = y26 if q["year"] == 2028 else y28
                mine = re.search(re.escape(q["ind"]) + r"([\d.]+(?:亿元|家|件|%))", ev).group(1)
                theirs = re.search(re.escape(q["ind"]) + r"([\d.]+(?:亿元|家|件|%))", other).group(1)
                check(ev.startswith(f"到{q['year']}年") and str(q["year"]) in question, f"{q['id']}: year")
                check(mine == ans and theirs != ans and theirs not in ev, f"{q['id']}: {mine} vs other year {theirs}")
        # kind-specific checks
        if k == "english" or (k == "unanswerable" and not CJK.search(question)):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_CITY[d] in question, f"{q['id']}: English question must name {ENGLISH_CITY[d]}")
        if k == "traditional":
            check(question == S2TWP.convert(q["qs"]) and T2S.convert(question) != question, f"{q['id']}: not Traditional")
            check(S2TW.convert(question) == question, f"{q['id']}: s2tw changes the Traditional question")
            check(question not in ptext[d] and not any(ch in ptext[d] for ch in set(question) - set(T2S.convert(question))),
                  f"{q['id']}: a Traditional-only character occurs in the doc")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real name not in doc")
            check(not occurs(re.escape(w), "ABC"), f"{q['id']}: wrong form occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" else question
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
    check(all(re.fullmatch(r"u24-[ABC]\d\d", o["id"]) and o["id"][4] == next(k for k, v in FILES.items() if v == o["doc"])
              for o in out), "ids / docs")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read the written file and re-check the substring contract from disk
    for line in (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        d = next(k for k, v in FILES.items() if v == o["doc"])
        p = (PLAIN / (Path(o["doc"]).stem + ".txt")).read_text(encoding="utf-8")
        if o["answer"] is None:
            check(o["kind"] == "unanswerable" and o["evidence"] is None, f"{o['id']}: null answer")
        else:
            check(o["answer"] in p and o["evidence"] in p.split("\n") and o["answer"] in o["evidence"],
                  f"{o['id']}: substring contract on disk")

    for d in "ABC":
        t = ptext[d]
        nonspace = len(re.sub(r"\s", "", t))
        ncjk = len(re.findall(r"[\u4e00-\u9fff]", t))
        print(f"{d}: {len(plains[d])} lines, {nonspace} non-space / {ncjk} CJK characters")
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
