#!/usr/bin/env python3
"""Build unseen31: three fictional policy documents --
  A  a Word .docx (Simplified) of the Changde science and technology bureau and finance bureau (常德市科学技术局 /
     常德市财政局) issuing the 2026 县域科技创新能力提升行动方案: real "Heading 1" / "Heading 2" paragraphs mixed
     with headings that are only bold Normal paragraphs (一、 / （一）), a real Word table (header row, 8 data rows
     x 4 figure columns, one cell holding two paragraphs), a 注 paragraph under it, a 文号 line and a 印发 date line;
  B  a GBK-encoded .html page (Simplified; <meta http-equiv ... charset=gbk>) of the Hebei Department of Science and
     Technology (河北省科学技术厅) -- 2026年度省技术创新中心建设与绩效评价工作的通知 -- with site furniture (nav list,
     breadcrumb, 打印本页 关闭窗口, share links, sidebar, footer with 版权所有 / ICP备 / 网站标识码) and one <table>
     with <th> header cells and one rowspan cell;
  C  a UTF-8 plain-text file (Traditional, Taiwan usage, CRLF) of Yunlin County (雲林縣) -- 115年度產業創新研發補助計畫
     作業要點 -- numbered 一、（一）１．(full-width digits), with a table drawn in box-drawing characters; ROC dates;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen31/. Deterministic: a rebuild is byte for byte identical (the .docx zip entries get a
fixed timestamp and fixed core properties).

Approach and several helpers (hint picking exactly one evidence line, digit-bounded num_count, keys / gkeys / near
for unanswerables, lcs_run for paraphrases, OpenCC for cross-script questions) follow unseen30's builder."""
import datetime as _dt
import io
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_changde_2026_xianyu_keji_chuangxin_nengli_tisheng_xingdong_fangan.docx"
FILE_B = "B_hebei_2026_sheng_jishu_chuangxin_zhongxin_jianshe_jixiao_pingjia_tongzhi_gbk.html"
FILE_C = "C_yunlin_115_chanye_chuangxin_yanfa_buzhu_zuoye_yaodian_zh-TW.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 常德 行动方案 as .docx (Simplified). Kinds: title, docno, sal, p, sign, atitle (方案 title, bold centred),
#    H1 / H2 (real Word heading styles), B1 / B2 (bold Normal paragraphs numbered 一、 / （一）), item, cap, table,
#    note (注 under the table), banji (印发 line).
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["区县（市）", "2025年研发经费投入", "2026年研发经费投入目标", "2026年高新技术企业目标", "2026年市级引导资金"],
    ["武陵区", "14.8亿元", "16.9亿元", "172家", "260万元"],
    ["鼎城区", "11.2亿元", "12.9亿元", "118家", "210万元"],
    ["津市市", "6.4亿元", "7.5亿元", "64家", "130万元"],
    ["澧县", "7.9亿元", "9.1亿元", "71家", "150万元"],
    ["桃源县", "8.6亿元", "9.8亿元", "79家", "160万元"],
    ["石门县", "5.3亿元", "6.2亿元", "46家", "120万元"],
    ["常德经济技术开发区", "19.7亿元", "22.6亿元", "156家", "340万元"],
    ["西湖管理区\n西洞庭管理区", "1.1亿元", "1.4亿元", "18家", "60万元"],  # the one cell with two lines
]
A_BLOCKS = [
    ("title", "常德市科学技术局　常德市财政局关于印发《常德市2026年县域科技创新能力提升行动方案》的通知"),
    ("docno", "常科联〔2026〕7号"),
    ("sal", "各区县（市）科技主管部门、财政局，常德经济技术开发区、常德高新技术产业开发区、柳叶湖旅游度假区、西湖管理区、西洞庭管理区有关部门："),
    ("p", "为深入实施创新驱动发展战略，推动县域经济高质量发展，经市人民政府同意，现将《常德市2026年县域科技创新能力提升行动方案》印发给你们，请结合实际认真抓好落实。执行中遇到的问题，请及时向市科技局反馈。"),
    ("sign", "常德市科学技术局　　常德市财政局"),
    ("sign", "2026年3月26日"),
    ("p", "（此件主动公开）"),
    ("atitle", "常德市2026年县域科技创新能力提升行动方案"),
    ("p", "为加快构建以企业为主体、市场为导向、产学研深度融合的县域创新体系，推动装备制造、生物医药、新材料、现代农业和烟草配套等产业提质升级，结合我市实际，制定本方案。"),
    ("H1", "一、总体目标"),
    ("p", "2026年，全市全社会研发经费投入达到118亿元，较2025年的102.6亿元增长15%，研发经费投入强度达到2.45%；高新技术企业总数达到960家，较2025年末净增110家；科技型中小企业评价入库1350家以上。"),
    ("p", "到2026年底，全市技术合同成交额达到150亿元，每万人口高价值发明专利拥有量达到4.2件，新增省级以上创新平台35个，县域创新能力监测评价进入全省前列的区县（市）不少于2个。重点区县（市）主要目标和市级引导资金安排见表1，其余区县（市）的目标由市科技局另行下达。"),
    ("cap", "表1　2026年重点区县（市）科技创新主要目标及市级引导资金安排"),
    ("table", A_TABLE),
    ("note", "注：1. 研发经费投入以统计部门年度快报数为准；2. 市级引导资金合计1800万元，表列地区共1430万元，安乡县、汉寿县、临澧县等其余地区共370万元另行下达；3. 西湖管理区、西洞庭管理区合并计算。"),
    ("H1", "二、重点任务"),
    ("H2", "（一）培育壮大科技型企业"),
    ("item", "1. 对首次认定的高新技术企业给予20万元奖励，对有效期内整体迁入我市的高新技术企业给予30万元奖励。"),
    ("item", "2. 对首次评价入库的科技型中小企业给予1万元奖励，对入库企业中研发投入排名前50位的，在市级科技计划立项中予以倾斜。"),
    ("item", "3. 对新认定为湖南省专精特新“小巨人”企业的科技型企业，给予一次性奖励15万元。"),
    ("H2", "（二）提升企业研发投入"),
    ("item", "1. 对年度研发投入增量超过500万元的规模以上工业企业，按增量部分的8%给予后补助，单个企业年度最高100万元。"),
    ("item", "2. 对研发经费占营业收入比重首次达到5%的规模以上企业，给予一次性奖励8万元。"),
    ("item", "3. 推动研发费用加计扣除政策应享尽享，2026年全市享受加计扣除政策的企业力争达到1600户。"),
    ("B2", "（三）建设高能级创新平台"),
    ("item", "1. 对新获批的全国重点实验室、国家技术创新中心，给予最高300万元支持；对新获批的省级重点实验室、省级技术创新中心，给予80万元支持。"),
    ("item", "2. 2026年新建市级工程技术研究中心25家、院士专家工作站3家，对新认定的市级工程技术研究中心给予10万元奖励。"),
    ("item", "3. 支持常德高新技术产业开发区建设科技成果转化中试基地，对通过省级认定的中试基地给予最高200万元建设补助。"),
    ("B2", "（四）加快科技成果转移转化"),
    ("item", "1. 对企业吸纳技术成果并在本市实施转化的，按技术合同实际成交额的2%给予奖励，单个企业年度最高50万元。"),
    ("item", "2. 举办“常德科技成果对接会”不少于4场，面向企业发布可转化科技成果不少于200项。"),
    ("B2", "（五）壮大县域科技人才队伍"),
    ("item", "1. 全年选派科技特派员600名，其中法人科技特派员120名，实现全市乡镇（街道）科技特派员服务全覆盖。"),
    ("item", "2. 对县域企业新引进的博士、正高级职称人才，给予每人每年2万元生活补贴，最长3年。"),
    ("B1", "三、进度安排"),
    ("p", "（一）2026年4月15日前，各区县（市）制定本地区实施方案，报市科技局备案。"),
    ("p", "（二）2026年7月31日前，完成上半年研发经费投入监测和第一批科技型中小企业评价入库。"),
    ("p", "（三）2026年10月20日前，完成第二批科技型中小企业评价入库和高新技术企业认定推荐。"),
    ("p", "（四）2026年12月25日前，各区县（市）报送年度工作总结；市科技局于2027年2月28日前完成年度考评。"),
    ("H1", "四、职责分工"),
    ("p", "（一）市科技局牵头负责本方案的统筹协调、督促检查和考核评价，负责科技型企业培育和创新平台建设。"),
    ("p", "（二）市财政局负责市级引导资金的预算安排和拨付，配合市科技局开展资金绩效评价。"),
    ("p", "（三）市工业和信息化局负责企业技术中心认定推荐，牵头推动规模以上工业企业研发机构全覆盖。"),
    ("p", "（四）市统计局负责研发经费投入统计监测，每季度向市科技局通报监测数据。"),
    ("p", "（五）国家税务总局常德市税务局负责研发费用加计扣除等税收优惠政策落实，配合做好涉税数据共享。"),
    ("p", "（六）市人力资源和社会保障局负责科技人才职称评审和引进人才服务保障，配合落实人才生活补贴。"),
    ("p", "（七）各区县（市）人民政府（管委会）负责本地区目标任务落实，配合做好企业申报审核和资金监管。"),
    ("p", "（八）市市场监督管理局负责知识产权质押融资和专利导航服务，配合做好高价值发明专利培育工作。"),
    ("B1", "五、保障措施"),
    ("p", "（一）强化考核。将研发经费投入增幅、高新技术企业净增数纳入区县（市）年度绩效考核，权重不低于6%。"),
    ("p", "（二）定期调度。市科技局每半年召开1次县域科技创新工作调度会，通报各地目标完成情况。"),
    ("p", "（三）严格监管。对弄虚作假套取奖补资金的单位，追回已拨付资金，并取消其5年内申报市级科技计划项目的资格。"),
    ("p", "（四）加强宣传。通过“常德科技”微信公众号和市科技局门户网站，全年发布县域科技创新典型案例不少于20个。"),
    ("B1", "六、联系方式"),
    ("p", "市科技局发展规划与资源配置科　周振宇，电话：0736-7251846"),
    ("p", "市财政局教科文科　彭丽君，电话：0736-7238519"),
    ("banji", "常德市科学技术局办公室　　2026年3月27日印发"),
]
A_FIXED_TIME = _dt.datetime(2026, 3, 27, 9, 0, 0)


def a_cell_line(text):
    """A cell's paragraphs as one plain line: the lines joined with one space."""
    return " ".join(x.strip() for x in text.split("\n") if x.strip())


def a_expected_lines():
    out = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            out += [" | ".join(a_cell_line(c) for c in r) for r in val]
        else:
            out.append(val)
    return out


def build_docx_a():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def east_asia(style_or_run, font):
        rpr = style_or_run.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    east_asia(normal, "仿宋_GB2312")
    for name, size in (("Heading 1", 14), ("Heading 2", 13)):
        stl = doc.styles[name]
        stl.font.size = Pt(size)
        stl.font.bold = True
        stl.font.color.rgb = None
        east_asia(stl, "黑体")
    for kind, val in A_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for i, r in enumerate(val):
                row = t.rows[i]
                if i == 0:  # a repeating header row
                    trpr = row._tr.get_or_add_trPr()
                    h = OxmlElement("w:tblHeader")
                    h.set(qn("w:val"), "true")
                    trpr.append(h)
                for j, c in enumerate(r):
                    cell = row.cells[j]
                    parts = c.split("\n")
                    for k, part in enumerate(parts):
                        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        run = para.add_run(part)
                        run.font.size = Pt(10.5)
                        if i == 0:
                            run.bold = True
            continue
        if kind == "H1":
            doc.add_paragraph(val, style="Heading 1")
            continue
        if kind == "H2":
            doc.add_paragraph(val, style="Heading 2")
            continue
        para = doc.add_paragraph()
        run = para.add_run(val)
        if kind in ("title", "atitle"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(16 if kind == "title" else 15)
            east_asia(run, "方正小标宋简体")
        elif kind == "docno":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sign":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind in ("B1", "B2"):
            run.bold = True
            east_asia(run, "黑体" if kind == "B1" else "楷体_GB2312")
        elif kind in ("p", "item"):
            para.paragraph_format.first_line_indent = Pt(24)
        elif kind == "cap":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "note":
            run.font.size = Pt(10.5)
        elif kind == "banji":
            para.paragraph_format.space_before = Pt(18)
    cp = doc.core_properties
    cp.title = "常德市2026年县域科技创新能力提升行动方案"
    cp.author = "常德市科学技术局"
    cp.last_modified_by = "常德市科学技术局"
    cp.subject = "常科联〔2026〕7号"
    cp.created = A_FIXED_TIME
    cp.modified = A_FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed entry timestamps (python-docx stamps the current time)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_lines(path):
    """Plain lines of a .docx in body order: each non-empty paragraph one line; each table row one line, cells joined
    by ' | ' (a cell's paragraphs joined by one space). Also returns a structural summary for the checks."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(str(path))
    lines, info = [], {"paras": [], "tables": [], "after_table": None}
    last_was_table = False
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(child, doc)
            t = p.text.strip()
            if not t:
                continue
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            info["paras"].append((p.style.name, bold, t))
            if last_was_table and info["after_table"] is None:
                info["after_table"] = t
            last_was_table = False
            lines.append(t)
        elif tag == "tbl":
            tb = Table(child, doc)
            rows = []
            for r in tb.rows:
                rows.append([c.text for c in r.cells])
            info["tables"].append((tb, rows))
            lines += [" | ".join(a_cell_line(c) for c in r) for r in rows]
            last_was_table = True
    return lines, info


# ---------------------------------------------------------------------------------------------------------------
# B: 河北省科学技术厅 notice as a GBK .html page (Simplified).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [  # the rendered rows: 承德市 has no 引导经费 cell of its own (the 张家口市 cell spans two rows)
    ["设区市", "2025年底累计数量", "2026年新建指标", "2026年参评数量", "2026年省级引导经费"],
    ["石家庄市", "238家", "26家", "141家", "420万元"],
    ["唐山市", "164家", "17家", "98家", "290万元"],
    ["保定市", "187家", "19家", "112家", "330万元"],
    ["邯郸市", "121家", "12家", "73家", "210万元"],
    ["沧州市", "96家", "11家", "57家", "170万元"],
    ["廊坊市", "83家", "10家", "49家", "150万元"],
    ["张家口市", "52家", "6家", "31家", "180万元"],
    ["承德市", "44家", "5家", "27家"],
]
B_ROWSPAN = ("张家口市", 4)  # row label, cell index that carries rowspan="2"
B_TITLE = "河北省科学技术厅关于开展2026年度省技术创新中心建设与绩效评价工作的通知"
B_NAV = ["首页", "机构概况", "政务公开", "政策文件", "科技计划", "办事服务", "互动交流", "专题专栏"]
B_SIDE_LINKS = ["科学技术部", "河北省人民政府", "河北省财政厅", "河北省工业和信息化厅", "国家科技管理信息系统公共服务平台"]
B_SIDE_ARTICLES = ["河北省科学技术厅关于公布2025年度新建省技术创新中心名单的通知",
                   "省科技厅召开全省科技创新平台建设工作推进会",
                   "《河北省技术创新中心建设与运行管理办法》政策解读"]
# article body: (tag, text); tag "table" inserts the table; "sign" right-aligned p; "cap" bold caption p
B_ARTICLE = [
    ("docno", "冀科平函〔2026〕23号"),
    ("p0", "各设区市科技局，定州、辛集市科技局，雄安新区公共服务局，省直有关部门，各有关高校、科研院所："),
    ("p", "为深入实施创新驱动发展战略，加快构建以省技术创新中心为骨干的产业技术创新体系，根据《河北省技术创新中心建设与运行管理办法》，现就2026年度省技术创新中心建设与绩效评价工作通知如下。"),
    ("h", "一、工作目标"),
    ("p", "截至2025年底，全省累计建设省技术创新中心1126家，其中依托企业建设的占比达到87%。2025年，全省省技术创新中心共承担各级科技项目2340项，实现技术合同成交额64.8亿元。"),
    ("p", "2026年，全省计划新建省技术创新中心120家左右，累计达到1240家以上；对运行满2年的686家中心开展绩效评价，评价结果为优秀的比例不超过20%。"),
    ("p", "各设区市新建指标、参评数量和省级引导经费见表1，秦皇岛市、邢台市、衡水市和定州市、辛集市、雄安新区的指标另行下达。"),
    ("cap", "表1　2026年度省技术创新中心新建指标及绩效评价参评数量"),
    ("table", None),
    ("p", "注：张家口市、承德市的省级引导经费统筹安排，由两市科技局协商使用。"),
    ("h", "二、申报条件"),
    ("p", "1. 依托企业上年度研发经费投入不低于500万元，且占营业收入比例不低于3%。"),
    ("p", "2. 中心应有固定的研发场所，面积不少于800平方米，研发仪器设备原值不低于1000万元。"),
    ("p", "3. 中心专职研发人员不少于30人，其中具有博士学位或高级职称的不少于6人。"),
    ("p", "4. 同一依托单位只能申报1个省技术创新中心，已建有省级重点实验室的，应在研究方向上明确区分。"),
    ("p", "5. 依托单位应与省内高校、科研院所建立稳定的产学研合作关系，近三年联合承担科技项目不少于2项。"),
    ("p", "6. 申报领域应符合全省主导产业发展方向，优先支持围绕钢铁、装备制造、石化、食品等传统产业转型升级和新一代信息技术、生物医药健康、新能源、新材料等战略性新兴产业布局建设。"),
    ("h", "三、绩效评价"),
    ("p", "（一）评价对象。2023年12月31日前获批建设、运行满2年的省技术创新中心。"),
    ("p", "（二）评价方式。采取“材料评审+现场抽查”方式，现场抽查比例不低于15%。"),
    ("p", "（三）评价内容。重点评价技术创新能力（40分）、成果转化与产业贡献（30分）、人才队伍建设（15分）、开放合作与运行管理（15分）四个方面。"),
    ("p", "（四）结果运用。评价结果分为优秀、良好、合格和不合格四个等次。对评价为优秀的中心给予50万元后补助，良好的给予20万元后补助；评价为不合格的，限期1年整改，整改后仍不合格或连续2次评价为不合格的，撤销其省技术创新中心资格。"),
    ("p", "（五）动态调整。对连续三次评价为优秀的中心，优先推荐申报国家级创新平台；对无正当理由不参加绩效评价的，视为评价不合格。"),
    ("h", "四、时间安排"),
    ("p", "1. 2026年4月10日至5月15日，依托单位登录河北省科技业务管理系统填报申报材料和年度绩效报告。"),
    ("p", "2. 2026年5月31日前，各设区市科技局完成审核推荐，逾期不予受理。"),
    ("p", "3. 2026年6月至8月，省科技厅组织专家开展评审和现场抽查。"),
    ("p", "4. 2026年9月30日前，公示新建名单和绩效评价结果，公示期为5个工作日。"),
    ("h", "五、职责分工"),
    ("p", "（一）省科技厅牵头负责组织评审和绩效评价工作，负责发布新建名单和评价结果。"),
    ("p", "（二）省财政厅负责后补助资金的预算安排和拨付，配合开展资金绩效监督。"),
    ("p", "（三）省工业和信息化厅负责推荐重点产业链链主企业申报，配合做好技术创新中心与制造业创新中心的衔接。"),
    ("p", "（四）各设区市科技局负责本地区申报材料审核和推荐，牵头组织本地区中心年度运行监测。"),
    ("p", "（五）依托单位负责中心建设和运行管理，对申报材料的真实性负责。"),
    ("p", "（六）省科技评估中心负责绩效评价数据的汇总分析，配合做好评价系统运行保障。"),
    ("h", "六、工作要求"),
    ("p", "（一）各设区市科技局要加强组织动员，做好政策宣传和申报辅导，严格审核把关，确保推荐质量。"),
    ("p", "（二）依托单位要按照“一中心一方案”要求编制建设方案，明确建设目标、研发方向、运行机制和考核指标。"),
    ("p", "（三）新建中心建设期一般为两年，建设期满由省科技厅组织验收，验收通过的纳入省技术创新中心序列管理。"),
    ("h", "七、其他事项"),
    ("p", "（一）申报单位应如实填报，对弄虚作假的，取消其3年内申报省级科技计划项目和创新平台的资格。"),
    ("p", "（二）本通知未尽事宜，由省科技厅负责解释。"),
    ("p", "联系人：省科技厅基础研究与平台建设处　赵文博，电话：0311-85813427；系统技术支持电话：0311-85813690。"),
    ("sign", "河北省科学技术厅"),
    ("sign", "2026年4月3日"),
    ("p0", "（此件主动公开）"),
    ("attach", "附件：1. 2026年度省技术创新中心申报书（模板）"),
    ("attach", "2. 省技术创新中心年度绩效报告（模板）"),
]
B_CRUMB = ["首页", "政务公开", "通知公告"]
B_META = "发布时间：2026-04-08　　来源：基础研究与平台建设处"
B_FOOTER = ["版权所有：河北省科学技术厅　主办：河北省科学技术厅办公室",
            "冀ICP备05012876号-1　冀公网安备13010202000561号",
            "网站标识码：1300000041　建议使用1280×768以上分辨率浏览本站"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
             f"<title>{esc(B_TITLE)}_通知公告_河北省科学技术厅</title>\n"
             '<meta name="keywords" content="技术创新中心,绩效评价">\n'
             "<style>\nbody{margin:0;font-family:'Microsoft YaHei',SimSun;}\n.nav li{display:inline;margin:0 12px;}\n"
             ".main{width:1200px;margin:0 auto;overflow:hidden;}\n.article{float:left;width:860px;}\n"
             ".side{float:right;width:300px;}\n.content p{line-height:2;font-size:16px;}\n"
             ".content table{border-collapse:collapse;margin:0 auto;}\n.content td,.content th{border:1px solid #333;padding:4px 8px;}\n"
             ".footer{clear:both;text-align:center;background:#eee;}\n</style>\n"
             '<script type="text/javascript">function doPrint(){window.print();}</script>\n'
             "</head>\n<body>\n")
    h.append('<div class="top">\n<div class="logo">河北省科学技术厅</div>\n<ul class="nav">\n')
    lines.append("河北省科学技术厅")
    for i, n in enumerate(B_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/col/col{101 + i}/index.html"}">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</div>\n")
    crumb = "当前位置：" + " &gt; ".join(f'<a href="#">{c}</a>' for c in B_CRUMB)
    h.append(f'<div class="crumb">{crumb}</div>\n')
    lines.append("当前位置：" + " > ".join(B_CRUMB))
    h.append('<div class="main">\n<div class="article">\n')
    h.append(f"<h1>{esc(B_TITLE)}</h1>\n")
    lines.append(B_TITLE)
    h.append(f'<div class="meta">{B_META}</div>\n<div class="content">\n')
    lines.append(B_META)
    for kind, val in B_ARTICLE:
        if kind == "table":
            h.append('<table border="1" cellspacing="0" cellpadding="4">\n<tbody>\n')
            h.append("<tr>" + "".join(f"<th>{c}</th>" for c in B_TABLE[0]) + "</tr>\n")
            for r in B_TABLE[1:]:
                cells = []
                for j, c in enumerate(r):
                    span = ' rowspan="2"' if (r[0], j) == B_ROWSPAN else ""
                    cells.append(f'<td align="center"{span}>{c}</td>')
                h.append("<tr>" + "".join(cells) + "</tr>\n")
            h.append("</tbody>\n</table>\n")
            lines += [" | ".join(r) for r in B_TABLE]
            continue
        if kind == "h":
            h.append(f"<h3>{val}</h3>\n")
        elif kind == "docno":
            h.append(f'<p style="text-align:center">{val}</p>\n')
        elif kind == "sign":
            h.append(f'<p style="text-align:right">{val}</p>\n')
        elif kind == "cap":
            h.append(f'<p style="text-align:center"><strong>{val}</strong></p>\n')
        elif kind == "attach":
            h.append(f'<p class="attach"><a href="/attach/2026/04/0{1 if val.startswith("附件") else 2}.docx">{esc(val)}</a></p>\n')
        elif kind == "p0":
            h.append(f"<p>{esc(val)}</p>\n")
        else:
            h.append(f"<p>\u3000\u3000{esc(val)}</p>\n")
        lines.append(val)
    h.append("</div>\n")
    h.append('<div class="tools"><a href="javascript:doPrint()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n')
    lines.append("打印本页 关闭窗口")
    h.append('<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>\n')
    lines.append("分享到：微信 微博 QQ空间")
    h.append("</div>\n<div class=\"side\">\n<h4>相关链接</h4>\n<ul>\n")
    lines.append("相关链接")
    for n in B_SIDE_LINKS:
        h.append(f'<li><a href="#" target="_blank">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n<h4>相关文章</h4>\n<ul>\n")
    lines.append("相关文章")
    for n in B_SIDE_ARTICLES:
        h.append(f'<li><a href="#">{esc(n)}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</div>\n</div>\n<div class=\"footer\">\n")
    for n in B_FOOTER:
        h.append(f"<p>{n}</p>\n")
        lines.append(n)
    h.append("</div>\n</body>\n</html>\n")
    return "".join(h), lines


B_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead"}
B_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div"}


def html_lines(raw_bytes):
    """What a reader sees: each innermost block (p, h*, li, div, tr) is one line; a table row's cells (th/td) are joined
    by ' | '; whitespace runs (not U+3000) collapse to one space; lines stripped; <head>, script, style skipped.
    The bytes are parsed as they are, so the page's own meta charset decides the decoding. Returns (lines, tables)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    body = root.find("body")
    lines, tables = [], []

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in B_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in B_BLOCK for d in el.iterdescendants()):
            continue
        if el.tag == "tr":
            cells = [norm("".join(c.itertext())) for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            tbl = el.getparent()
            while tbl.tag != "table":
                tbl = tbl.getparent()
            if not tables or tables[-1][0] is not tbl:
                tables.append((tbl, []))
            tables[-1][1].append(cells)
            lines.append(" | ".join(cells))
            continue
        t = norm("".join(el.itertext()))
        if t:
            lines.append(t)
    return lines, [t for _, t in tables], root


# ---------------------------------------------------------------------------------------------------------------
# C: 雲林縣 作業要點 as UTF-8 text (Traditional, Taiwan), CRLF, full-width item numbers, a box-drawn table.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["補助類別", "每案補助上限", "補助比例上限", "115年度預計核定件數", "執行期程上限"],
    ["創新技術研發類", "200萬元", "50%", "12件", "12個月"],
    ["產品開發設計類", "80萬元", "60%", "20件", "10個月"],
    ["數位轉型導入類", "120萬元", "45%", "18件", "9個月"],
    ["低碳製程改善類", "100萬元", "40%", "15件", "8個月"],
]
C_BLOCKS = [
    ("c", "雲林縣115年度產業創新研發補助計畫作業要點"),
    ("r", "中華民國115年4月14日府建工字第1150512837號函訂定"),
    ("h", "一、依據及目的"),
    ("p", "雲林縣政府（以下簡稱本府）為鼓勵轄內中小企業投入產品及製程創新研發，提升在地產業競爭力，特訂定本要點。本年度補助經費為新臺幣3,600萬元，較114年度之新臺幣3,000萬元增加600萬元。"),
    ("p", "114年度本計畫共受理申請128件，核定補助58件，核定補助金額新臺幣2,710萬元，帶動業者投入研發經費約新臺幣9,400萬元，受補助業者平均營業額成長11%。"),
    ("p", "本縣為全國重要農業縣，產業以食品加工、石化、金屬製品及機械設備製造為主，縣內中小企業約2萬3千家，惟投入研發之比例仍偏低。本計畫以「在地研發、在地升級」為目標，預計帶動業者投入研發經費新臺幣1.2億元以上，並促成產學合作案至少20案。"),
    ("p", "本要點所稱中小企業，依經濟部「中小企業認定標準」認定之；所稱產業創新研發，指業者為開發新產品、新製程或新服務所進行之研究發展活動。"),
    ("h", "二、申請資格"),
    ("s", "（一）依法於本縣辦理公司或商業登記，且營業或研發場所位於本縣之中小企業。"),
    ("s", "（二）實收資本額在新臺幣1億元以下，或經常僱用員工數未滿200人。"),
    ("s", "（三）最近3年內無欠繳應納稅捐，且未曾因違反勞動法令受處分。"),
    ("s", "（四）同一申請人以申請1案為限；114年度已獲本計畫補助者，本年度不得申請同一補助類別。"),
    ("s", "（五）申請人應於申請時具備有效之工廠登記或營業登記，且計畫執行地點應位於本縣。"),
    ("h", "三、補助類別、額度及件數"),
    ("s", "（一）本計畫補助分為四類，各類每案補助上限、補助比例上限、預計核定件數及執行期程上限如下表（金額單位：新臺幣）："),
    ("table", C_TABLE),
    ("s", "（二）115年度預計核定65件，較114年度增加7件；各類別核定件數得視申請情形相互流用。"),
    ("s", "（三）補助比例上限係指補助款佔計畫總經費之比例；計畫總經費未達新臺幣30萬元者，不予受理。"),
    ("s", "（四）首次申請本計畫之業者，於書面審查時另予加計3分。"),
    ("s", "（五）補助經費得用於人事費、材料費、設備使用及維護費、委託研究費、技術引進費及智慧財產權費用；土地、廠房、車輛及一般辦公設備購置費用不予補助。"),
    ("s", "（六）申請創新技術研發類者，應提出具體研發標的及查核點；申請數位轉型導入類者，所導入之系統應具備資料蒐集及分析功能。"),
    ("s", "（七）計畫總經費扣除補助款之差額，由申請人自籌；自籌款不得以其他政府機關之補助款支應。"),
    ("h", "四、申請期間及方式"),
    ("s", "（一）受理期間：自115年5月4日起至115年6月12日下午5時止，郵寄者以郵戳為憑。"),
    ("s", "（二）申請人應檢具下列文件一式5份及電子檔光碟1份，寄送或親送本府建設處："),
    ("i", "１．申請表及計畫書。"),
    ("i", "２．公司登記或商業登記證明文件影本。"),
    ("i", "３．最近一期營業人銷售額與稅額申報書影本。"),
    ("i", "４．其他有助於審查之佐證資料（如專利證書、檢驗報告等）。"),
    ("s", "（三）本府訂於115年5月8日下午2時假本府第二會議室辦理申請說明會。"),
    ("s", "（四）申請文件不全者，應於接獲通知之次日起10日內補正，逾期未補正者不予受理。"),
    ("s", "（五）申請表件可至本府建設處網站下載；說明會簡報資料將於會後刊登於同一網站，未能出席者可自行下載參考。"),
    ("h", "五、審查作業"),
    ("s", "（一）審查分為資格審查、書面審查及簡報審查三階段，由本府邀請產官學專家組成審查小組辦理。"),
    ("s", "（二）審查項目及配分如下："),
    ("i", "１．技術創新性：40分。"),
    ("i", "２．計畫可行性：25分。"),
    ("i", "３．預期效益：20分。"),
    ("i", "４．經費合理性：15分。"),
    ("s", "（三）書面審查平均70分以上者，始得進入簡報審查；簡報審查每案簡報12分鐘、詢答8分鐘。"),
    ("s", "（四）核定結果預計於115年8月14日前公告，並以書面通知申請人。"),
    ("s", "（五）同一計畫內容已獲中央政府或本府其他機關補助者，不得重複申請；經查證屬實者，撤銷其補助資格。"),
    ("s", "（六）審查委員與申請人有利害關係者，應自行迴避，並不得參與該案之評分及討論。"),
    ("s", "（七）審查結果如有同分者，以技術創新性得分較高者優先核定。"),
    ("h", "六、經費撥付及查核"),
    ("s", "（一）補助款分二期撥付：簽約後撥付核定補助款之30%，結案審查通過後撥付其餘70%。"),
    ("s", "（二）受補助者應於115年11月20日前完成計畫執行，並於115年12月4日前提交結案報告及經費核銷資料。"),
    ("s", "（三）受補助購置之設備應列冊管理，5年內不得轉讓、出租或移作他用。"),
    ("s", "（四）受補助者應於計畫結束後2年內，每年配合填報成果追蹤調查表。"),
    ("s", "（五）計畫辦公室於計畫執行期間至受補助者場域實地訪視至少1次，受補助者應於期中查核時提交期中報告。"),
    ("s", "（六）受補助者變更計畫內容或執行期限者，應於原訂完成日30日前報經本府同意；展延以1次為限，最長不得超過2個月。"),
    ("h", "七、權責分工"),
    ("s", "（一）本府建設處為主辦單位，負責計畫公告、審查作業及補助款撥付。"),
    ("s", "（二）本府農業處負責農產加工類申請案之產業輔導，並配合辦理現場訪視。"),
    ("s", "（三）本府委託財團法人金屬工業研究發展中心擔任計畫辦公室，負責申請諮詢、期中查核及成果追蹤。"),
    ("s", "（四）國立雲林科技大學及國立虎尾科技大學配合提供技術諮詢及產學媒合服務。"),
    ("s", "（五）本府主計處負責補助經費之預算編列及核銷審核。"),
    ("s", "（六）本府計畫處負責計畫執行成效之列管及考核。"),
    ("s", "（七）各鄉（鎮、市）公所配合辦理計畫宣導及轄內業者訪視。"),
    ("h", "八、其他"),
    ("s", "（一）本府訂於115年12月18日舉辦成果發表會，受補助者應配合展示執行成果。"),
    ("s", "（二）受補助者如有虛偽不實或違反本要點規定者，本府得撤銷補助並追回已撥付款項，且於一定期間內不得再申請本府補助。"),
    ("s", "（三）受補助者對外發表計畫成果時，應註明「雲林縣政府補助」字樣。"),
    ("s", "（四）本要點如有未盡事宜，依本府相關規定辦理。"),
    ("s", "（五）本要點經本府核定後公告實施，修正時亦同。"),
    ("h", "九、聯絡窗口"),
    ("p", "本府建設處工商發展科　陳怡君，電話：(05)552-2417；計畫辦公室專線：(05)534-7186。"),
    ("h", "十、附件"),
    ("s", "附件一　申請表"),
    ("s", "附件二　計畫書格式"),
    ("s", "附件三　經費編列基準及原則"),
    ("s", "附件四　切結書及個人資料蒐集同意書"),
]
C_BOX = "┌┬┐├┼┤└┴┘─│"


def dwidth(s):
    """Display width as in a CJK terminal: Wide, Full-width and Ambiguous (box drawing) characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in s)


def c_table_rows(table):
    widths = []
    for j in range(len(table[0])):
        w = max(dwidth(r[j]) for r in table) + 2
        widths.append(w + (w % 2))  # even, so a run of '─' (width 2) fills it exactly

    def rule(a, b, c):
        return a + b.join("─" * (w // 2) for w in widths) + c

    def row(r):
        return "│" + "│".join(" " + c + " " * (widths[j] - dwidth(c) - 1) for j, c in enumerate(r)) + "│"

    out = ["  " + rule("┌", "┬", "┐"), "  " + row(table[0]), "  " + rule("├", "┼", "┤")]
    out += ["  " + row(r) for r in table[1:]]
    out.append("  " + rule("└", "┴", "┘"))
    return out


def c_text():
    out = []
    for kind, val in C_BLOCKS:
        if kind == "table":
            out += c_table_rows(val)
        elif kind == "c":
            out += [" " * max(0, (80 - dwidth(val)) // 2) + val, ""]
        elif kind == "r":
            out += [" " * max(0, 80 - dwidth(val)) + val, ""]
        elif kind == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(val)
        elif kind == "s":
            out.append("\u3000" + val)
        elif kind == "i":
            out.append("\u3000\u3000\u3000" + val)
        else:
            out.append("\u3000\u3000" + val)
    return "\r\n".join(out) + "\r\n"


def c_lines(src):
    """Plain lines of C: lines stripped, empty ones dropped; box rules dropped; a box row '│a│b│' becomes 'a | b'."""
    out = []
    for ln in src.split("\r\n"):
        s = ln.strip()
        if not s:
            continue
        if s[0] in "┌├└":
            continue
        if s.startswith("│"):
            out.append(" | ".join(c.strip() for c in s.strip("│").split("│")))
            continue
        out.append(s)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: A/B questions are written in Simplified (qs) and converted with OpenCC s2tw; the C question is written
# in Simplified (q). Unanswerable: keys = regexes absent from the doc (plain, raw, converted; each key also tried in
# s2tw / s2twp / t2s form); gkeys = the same over all docs (and named in the question); near = terms present in the
# doc. table: col = the header of the answer's column. who_leads: verb after the answer within one clause.
# typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 常德 县域科技创新能力提升行动方案 (docx, 18)
    dict(id="u31-A01", doc="A", kind="table", q="常德津市市2026年的研发经费要投到多少？", a="7.5亿元", hint="津市市 |", col="2026年研发经费投入目标"),
    dict(id="u31-A02", doc="A", kind="table", q="常德西湖、西洞庭两个管理区今年分到的市级引导资金有多少？", a="60万元", hint="西洞庭管理区 |", col="2026年市级引导资金"),
    dict(id="u31-A03", doc="A", kind="who_leads", q="常德由哪个部门牵头推进规上工业企业研发机构建设全覆盖？", a="市工业和信息化局", hint="研发机构全覆盖", verb="牵头"),
    dict(id="u31-A04", doc="A", kind="paraphrase", q="在常德，工厂一年里搞研究花的钱比上一年多出五百万以上，多出来那块政府按什么比例补？", a="8%", hint="按增量部分的"),
    dict(id="u31-A05", doc="A", kind="paraphrase", q="常德对造假骗钱的单位，会在多长时间里不让它再申请市里的科研课题？", a="5年", hint="弄虚作假套取"),
    dict(id="u31-A06", doc="A", kind="paraphrase", q="常德给县里公司新招来的博士，每个人一年发多少生活上的补助？", a="2万元", hint="新引进的博士"),
    dict(id="u31-A07", doc="A", kind="typo", q="常得市2026年高新技术企业总数要达到多少家？", a="960家", hint="高新技术企业总数达到", wrong="常得", right="常德"),
    dict(id="u31-A08", doc="A", kind="typo", q="常德全年要选派多少名科技特派圆？", a="600名", hint="全年选派科技特派员", wrong="科技特派圆", right="科技特派员"),
    dict(id="u31-A09", doc="A", kind="traditional", qs="常德市级引导资金合计是多少？", a="1800万元", hint="注：1."),
    dict(id="u31-A10", doc="A", kind="traditional", qs="常德各区县要在什么时候之前制定本地区实施方案并报市科技局备案？", a="2026年4月15日", hint="制定本地区实施方案"),
    dict(id="u31-A11", doc="A", kind="english", q="How much does Changde aim for its total R&D expenditure across society to reach in 2026?", a="118亿元", hint="全市全社会研发经费投入达到"),
    dict(id="u31-A12", doc="A", kind="english", q="What reward does Changde give a newly recognised municipal engineering technology research centre?", a="10万元", hint="市级工程技术研究中心25家"),
    dict(id="u31-A13", doc="A", kind="english", q="By what date must Changde finish the second batch of technology-based SME evaluation and registration?", a="2026年10月20日", hint="第二批科技型中小企业"),
    dict(id="u31-A14", doc="A", kind="english", q="What minimum weight do R&D growth and net new high-tech enterprises carry in Changde's annual performance assessment of its counties?", a="6%", hint="权重不低于"),
    dict(id="u31-A15", doc="A", kind="english_unanswerable", q="How many high-tech enterprises did Changde have at the end of 2024?", keys=["2024"], near=["2025年末"]),
    dict(id="u31-A16", doc="A", kind="unanswerable", q="益阳市2026年全社会研发经费投入要达到多少？", gkeys=["益阳"], near=["全社会研发经费投入"]),
    dict(id="u31-A17", doc="A", kind="unanswerable", q="常德2026年第三批科技型中小企业评价入库要在哪天前完成？", keys=["第三批", "三批"], near=["第一批", "第二批"]),
    dict(id="u31-A18", doc="A", kind="unanswerable", q="常德汉寿县2026年的高新技术企业目标是多少家？", keys=[r"汉寿县 \|", r"汉寿县\d"], near=["汉寿县", "另行下达", "2026年高新技术企业目标"]),
    # ---- B 河北 省技术创新中心 (GBK html, 17)
    dict(id="u31-B01", doc="B", kind="table", q="河北保定市今年要新建多少家省技术创新中心？", a="19家", hint="保定市 |", col="2026年新建指标"),
    dict(id="u31-B02", doc="B", kind="table", q="河北承德市今年有多少家省技术创新中心参加绩效评价？", a="27家", hint="承德市 |", col="2026年参评数量"),
    dict(id="u31-B03", doc="B", kind="who_leads", q="河北省技术创新中心的评审和绩效评价工作由哪个部门牵头？", a="省科技厅", hint="牵头负责组织评审", verb="牵头"),
    dict(id="u31-B04", doc="B", kind="who_leads", q="河北这项工作中后补助资金的预算安排和拨付由哪个部门负责？", a="省财政厅", hint="后补助资金的预算安排", verb="负责"),
    dict(id="u31-B05", doc="B", kind="paraphrase", q="在河北想挂牌这类中心，作为载体的公司去年搞研究至少得花多少钱？", a="500万元", hint="依托企业上年度"),
    dict(id="u31-B06", doc="B", kind="paraphrase", q="河北这次考核，派人实地去核查的中心至少占几成？", a="15%", hint="评价方式。"),
    dict(id="u31-B07", doc="B", kind="paraphrase", q="河北评上最高档次的中心，能拿到多少奖补？", a="50万元", hint="结果运用。"),
    dict(id="u31-B08", doc="B", kind="typo", q="截至2025年底，河北全省累计建设了多少家省技术创薪中心？", a="1126家", hint="全省累计建设", wrong="技术创薪", right="技术创新"),
    dict(id="u31-B09", doc="B", kind="typo", q="河北省技术创新中心的专直研发人员不少于多少人？", a="30人", hint="专职研发人员", wrong="专直研发", right="专职研发"),
    dict(id="u31-B10", doc="B", kind="traditional", qs="河北省技术创新中心新建名单和绩效评价结果的公示期是几个工作日？", a="5个工作日", hint="公示期为"),
    dict(id="u31-B11", doc="B", kind="english", q="How many new provincial technology innovation centres does Hebei plan to set up in 2026?", a="120家", hint="计划新建省技术创新中心"),
    dict(id="u31-B12", doc="B", kind="english", q="What is the minimum floor area of the dedicated R&D premises required for a Hebei provincial technology innovation centre?", a="800平方米", hint="固定的研发场所"),
    dict(id="u31-B13", doc="B", kind="english", q="By what date must Hebei's city science and technology bureaus finish reviewing and recommending applications?", a="2026年5月31日", hint="完成审核推荐"),
    dict(id="u31-B14", doc="B", kind="english_unanswerable", q="How much post-subsidy does Hebei give a centre rated 'qualified' (the third grade) in the performance evaluation?", keys=[r"(?<!不)合格的", r"合格的?给予"], near=["良好的给予20万元后补助", "合格和不合格"]),
    dict(id="u31-B15", doc="B", kind="unanswerable", q="山西省2026年计划新建多少家省技术创新中心？", gkeys=["山西"], near=["计划新建省技术创新中心"]),
    dict(id="u31-B16", doc="B", kind="unanswerable", q="河北2027年计划新建多少家省技术创新中心？", keys=["2027"], near=["2026年，全省计划新建"]),
    dict(id="u31-B17", doc="B", kind="unanswerable", q="河北衡水市2026年省技术创新中心新建指标是多少家？", keys=[r"衡水市 \|", r"衡水市\d"], near=["衡水市", "另行下达", "2026年新建指标"]),
    # ---- C 雲林縣 產業創新研發補助 (UTF-8 TXT, Traditional, 15)
    dict(id="u31-C01", doc="C", kind="table", q="雲林數位轉型導入類每案最多補助多少錢？", a="120萬元", hint="數位轉型導入類 |", col="每案補助上限"),
    dict(id="u31-C02", doc="C", kind="table", q="雲林低碳製程改善類的計畫最長可以執行多久？", a="8個月", hint="低碳製程改善類 |", col="執行期程上限"),
    dict(id="u31-C03", doc="C", kind="who_leads", q="雲林這項補助的期中查核由哪個單位負責？", a="財團法人金屬工業研究發展中心", hint="擔任計畫辦公室", verb="負責"),
    dict(id="u31-C04", doc="C", kind="paraphrase", q="在雲林拿補助買的機器，幾年之內不能賣掉或挪作別用？", a="5年", hint="受補助購置之設備"),
    dict(id="u31-C05", doc="C", kind="paraphrase", q="雲林這個計畫，口頭報告時每家可以講多久？", a="12分鐘", hint="書面審查平均"),
    dict(id="u31-C06", doc="C", kind="typo", q="雲淋縣115年度產業創新研發補助經費編列多少？", a="3,600萬元", hint="本年度補助經費為", wrong="雲淋", right="雲林"),
    dict(id="u31-C07", doc="C", kind="traditional", q="云林县这项补助的申请说明会在哪天举办？", a="115年5月8日", hint="申請說明會"),
    dict(id="u31-C08", doc="C", kind="english", q="How many applications did Yunlin County approve under this programme in ROC year 114?", a="58件", hint="核定補助58件"),
    dict(id="u31-C09", doc="C", kind="english", q="By what date (ROC calendar) must Yunlin grant recipients submit their closing report?", a="115年12月4日", hint="提交結案報告"),
    dict(id="u31-C10", doc="C", kind="english", q="What minimum average written-review score must a Yunlin applicant reach to go on to the presentation review?", a="70分", hint="書面審查平均"),
    dict(id="u31-C11", doc="C", kind="english_unanswerable", q="How many applications did Yunlin County receive under this programme in ROC year 113?", keys=["113"], near=["114年度"]),
    dict(id="u31-C12", doc="C", kind="unanswerable", q="嘉義縣115年度產業創新研發補助經費是多少？", gkeys=["嘉義", "嘉义"], near=["補助經費"]),
    dict(id="u31-C13", doc="C", kind="unanswerable", q="雲林116年度產業創新研發補助的受理期間是什麼時候？", keys=["116"], near=["受理期間", "115年度"]),
    dict(id="u31-C14", doc="C", kind="unanswerable", q="雲林這項補助「智慧農業應用類」每案補助上限是多少？", keys=["智慧農業", "農業應用"], near=["每案補助上限", "補助類別"]),
    dict(id="u31-C15", doc="C", kind="unanswerable", q="國立中正大學在雲林這項補助中配合提供哪些服務？", keys=["中正大學"], near=["國立雲林科技大學", "國立虎尾科技大學", "配合提供"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 6, "who_leads": 4,
               "traditional": 4, "unanswerable": 10}
DOC_COUNTS = {"A": 18, "B": 17, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 2, 2), "who_leads": (1, 2, 1), "traditional": (2, 1, 1), "unanswerable": (3, 3, 4)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Changde", "B": "Hebei", "C": "Yunlin"}
PLACE_KEYS = ["益阳", "益陽", "山西", "嘉義", "嘉义", "岳阳", "山东", "彰化", "台南"]  # neighbours: in no document
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
    (CORPUS / FILE_A).write_bytes(build_docx_a())
    b_src, b_expected = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("gbk"))
    (CORPUS / FILE_C).write_bytes(c_text().encode("utf-8"))

    # ---- plain texts (read back from the files)
    a_plain, a_info = docx_lines(CORPUS / FILE_A)
    b_bytes = (CORPUS / FILE_B).read_bytes()
    b_plain, b_tables, b_root = html_lines(b_bytes)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_src = c_bytes.decode("utf-8")
    c_plain = c_lines(c_src)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(2500 <= len(ptext[d]) <= 4500, f"{d}: {len(ptext[d])} characters, want 2,500-4,500")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: docx
    check(c_bytes[:2] != b"PK" and (CORPUS / FILE_A).read_bytes()[:2] == b"PK", "A: a zip (docx) file")
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        names = z.namelist()
        check("word/document.xml" in names and "[Content_Types].xml" in names, "A: docx parts")
        docxml = z.read("word/document.xml").decode("utf-8")
    check(a_plain == a_expected_lines(), "A: docx read back (body order) equals the designed lines")
    paras = a_info["paras"]
    h1 = [t for s, b, t in paras if s == "Heading 1"]
    h2 = [t for s, b, t in paras if s == "Heading 2"]
    bold_heads = [t for s, b, t in paras if s == "Normal" and b and re.match(r"[一二三四五六七八九十]、|（[一二三四五六七八九十]）", t)]
    check(h1 == ["一、总体目标", "二、重点任务", "四、职责分工"], f"A: Heading 1 paragraphs {h1}")
    check(h2 == ["（一）培育壮大科技型企业", "（二）提升企业研发投入"], f"A: Heading 2 paragraphs {h2}")
    check(bold_heads == ["（三）建设高能级创新平台", "（四）加快科技成果转移转化", "（五）壮大县域科技人才队伍",
                         "三、进度安排", "五、保障措施", "六、联系方式"], f"A: bold Normal headings {bold_heads}")
    secs = [t[:2] for t in (h1 + [x for x in bold_heads if not x.startswith("（")])]
    check(sorted(secs, key=lambda s: "一二三四五六".index(s[0])) == ["一、", "二、", "三、", "四、", "五、", "六、"], "A: sections 一…六")
    subs = [t[:3] for s, b, t in paras if (s == "Heading 2" or (s == "Normal" and b)) and t.startswith("（")]
    check(subs == ["（一）", "（二）", "（三）", "（四）", "（五）"], f"A: sub-heads {subs}")
    check(len(a_info["tables"]) == 1, "A: exactly one Word table")
    tb, rows = a_info["tables"][0]
    check([[a_cell_line(c) for c in r] for r in rows] == [[a_cell_line(c) for c in r] for r in A_TABLE], "A: table equals the data")
    check(len(rows) - 1 >= 6 and len(rows[0]) - 1 >= 4, "A: 6+ data rows x 4+ figure columns")
    check(all(re.fullmatch(r"[\d.]+(亿元|家|万元)", c) for r in rows[1:] for c in r[1:]), "A: figure cells")
    check("<w:tblHeader" in docxml and tb.style.name == "Table Grid", "A: header row marked, Table Grid style")
    check(all(r.bold for c in tb.rows[0].cells for p in c.paragraphs for r in p.runs), "A: header row bold")
    two = [c for r in tb.rows for c in r.cells if len([p for p in c.paragraphs if p.text.strip()]) == 2]
    check(len(two) == 1 and two[0].text == "西湖管理区\n西洞庭管理区", "A: exactly one cell with two lines (two paragraphs)")
    check(a_info["after_table"] is not None and a_info["after_table"].startswith("注："), "A: 注 paragraph right under the table")
    check("常科联〔2026〕7号" in a_plain and any(re.fullmatch(r"常德市科学技术局办公室\u3000+2026年3月27日印发", ln) for ln in a_plain),
          "A: 文号 line and 印发 date line")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    arows = [[a_cell_line(c) for c in r] for r in A_TABLE[1:]]
    cells = [c for r in arows for c in r[1:]]
    check(len(set(cells)) == len(cells), "A: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(all(num(r[2]) > num(r[1]) for r in arows), "A: every row grows 2025 -> 2026")
    check(round(sum(num(r[1]) for r in arows), 1) < 102.6 and round(sum(num(r[2]) for r in arows), 1) < 118
          and sum(num(r[3]) for r in arows) < 960, "A: table rows are part of the city totals")
    check(sum(num(r[4]) for r in arows) == 1430 and 1430 + 370 == 1800 and "表列地区共1430万元" in a_prose
          and "合计1800万元" in a_prose and "共370万元另行下达" in a_prose, "A: 引导资金 1430 + 370 = 1800")
    check(abs(118 / 102.6 - 1.15) < 0.005 and "较2025年的102.6亿元增长15%" in a_prose, "A: 102.6 -> 118 is +15%")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)
    check([_dt.date(*map(int, x)) for x in a_dates] == [_dt.date(2026, 3, 26), _dt.date(2026, 4, 15),
          _dt.date(2026, 7, 31), _dt.date(2026, 10, 20), _dt.date(2026, 12, 25), _dt.date(2027, 2, 28),
          _dt.date(2026, 3, 27)], f"A: dates {a_dates}")
    check(sum(1 for k, v in A_BLOCKS if k == "item" and re.match(r"\d\. ", v)) == 13, "A: 13 items 1. 2. 3.")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 2 and a_leads[0].startswith("（一）市科技局牵头") and a_leads[1].startswith("（三）市工业和信息化局"),
          "A: 牵头 lines")
    a_units = re.findall(r"（[一二三四五六七]）([^，。；]*?)(牵头|负责)", a_prose)
    check(("市财政局", "负责") in a_units and ("市统计局", "负责") in a_units, f"A: who-does-what {a_units}")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: html
    try:
        b_bytes.decode("utf-8")
        check(False, "B: file decodes as UTF-8; it must be GBK")
    except UnicodeDecodeError:
        pass
    b_dec = b_bytes.decode("gbk")
    check(b_dec == b_src and b_dec.encode("gbk") == b_bytes, "B: GBK round trip")
    check('charset=gbk' in b_dec[:300] and b_dec.startswith("<!DOCTYPE html>"), "B: meta charset gbk declared up front")
    check(b_plain == b_expected, "B: lxml reading of the bytes equals the designed lines")
    b_plain_str, _, _ = html_lines(b_dec.replace("charset=gbk", "charset=utf-8").encode("utf-8"))
    check(b_plain_str == b_plain, "B: same lines when decoded first")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: one <table> equal to the data")
    ths = b_root.xpath("//table//th")
    spans = b_root.xpath("//table//*[@rowspan]")
    check(len(ths) == len(B_TABLE[0]) and len(spans) == 1 and spans[0].get("rowspan") == "2"
          and spans[0].text == "180万元", "B: <th> header row and exactly one rowspan cell")
    for furn in ("打印本页 关闭窗口", "分享到：微信 微博 QQ空间", "当前位置：首页 > 政务公开 > 通知公告", "相关链接"):
        check(furn in b_plain, f"B: furniture line {furn}")
    check(any("版权所有" in ln for ln in b_plain) and any("ICP备" in ln for ln in b_plain)
          and any("网站标识码" in ln for ln in b_plain), "B: footer 版权所有 / ICP备 / 网站标识码")
    check(len(b_root.xpath("//ul[@class='nav']/li/a")) == len(B_NAV), "B: nav link list")
    check([h.text for h in b_root.xpath("//h3")] == ["一、工作目标", "二、申报条件", "三、绩效评价", "四、时间安排",
                                                     "五、职责分工", "六、工作要求", "七、其他事项"], "B: <h3> sections 一…六")
    check(sum(1 for ln in b_plain if re.match(r"\d\. ", ln)) == 11, "B: 11 numbered items (plus the attachment 2.)")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    brows = B_TABLE[1:]
    cells = [c for r in brows for c in r[1:]]
    check(len(set(cells)) == len(cells), "B: table figure cells distinct")
    for cv in cells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    check(sum(num(r[1]) for r in brows) < 1126 and sum(num(r[2]) for r in brows) < 120
          and sum(num(r[3]) for r in brows) < 686, "B: table rows are part of the province totals")
    check(1126 + 120 >= 1240 and 40 + 30 + 15 + 15 == 100, "B: 1126 + 120 >= 1240; scoring sums to 100")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check([_dt.date(*map(int, x)) for x in b_dates] == [_dt.date(2023, 12, 31), _dt.date(2026, 4, 10),
          _dt.date(2026, 5, 31), _dt.date(2026, 9, 30), _dt.date(2026, 4, 3)], f"B: dates {b_dates}")
    b_units = re.findall(r"（[一二三四五]）([^，。；]*?)(牵头|负责)", b_prose)
    check(("省科技厅", "牵头") in b_units and ("省财政厅", "负责") in b_units, f"B: who-does-what {b_units}")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: UTF-8 text
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and "\t" not in c_src, "C: no BOM, no tabs")
    check(b"\n" not in c_bytes.replace(b"\r\n", b"") and b"\r" not in c_bytes.replace(b"\r\n", b""), "C: CRLF only")
    raw_lines = c_src.split("\r\n")
    box = [ln for ln in raw_lines if ln.strip()[:1] in tuple(C_BOX)]
    check(len(box) == len(C_TABLE) + 3, f"C: {len(box)} table lines")
    pos0 = None
    for ln in box:
        pos = [dwidth(ln[:i]) for i, ch in enumerate(ln) if ch in "┌┬┐├┼┤└┴┘│"]
        pos0 = pos0 or pos
        check(pos == pos0, f"C: box column not aligned: {ln.strip()[:12]}")
    c_trows = [ln.split(" | ") for ln in c_plain if " | " in ln]
    check(c_trows == C_TABLE, "C: table rows read back equal the data")
    fw = [ln for ln in c_plain if re.match(r"[１２３４５６７８９]．", ln)]
    check(len(fw) == 8, f"C: {len(fw)} full-width numbered items")
    check([ln[:2] for ln in c_plain if re.match(r"[一二三四五六七八九十]、", ln)] ==
          ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"], "C: sections 一…十")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    cells = [c for r in C_TABLE[1:] for c in r[1:]]
    check(sum(num(r[3]) for r in C_TABLE[1:]) == 65 and 58 + 7 == 65 and "115年度預計核定65件，較114年度增加7件" in c_prose
          and "核定補助58件" in c_prose, "C: 58 -> 65 (+7)")
    for cv in cells:
        check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    check("新臺幣3,600萬元，較114年度之新臺幣3,000萬元增加600萬元" in c_prose, "C: 3,000 -> 3,600 (+600)")
    check(40 + 25 + 20 + 15 == 100 and "30%" in c_prose and "其餘70%" in c_prose, "C: scoring 100; 30% + 70%")
    roc = re.findall(r"(1\d\d)年(\d+)月(\d+)日", c_prose)
    check([_dt.date(1911 + int(y), int(m), int(d)) for y, m, d in roc] == [
        _dt.date(2026, 4, 14), _dt.date(2026, 5, 4), _dt.date(2026, 6, 12), _dt.date(2026, 5, 8), _dt.date(2026, 8, 14),
        _dt.date(2026, 11, 20), _dt.date(2026, 12, 4), _dt.date(2026, 12, 18)], f"C: ROC dates {roc}")
    for ln in c_plain:
        if HAN.search(ln):
            check(S2TW.convert(ln) == ln, f"C: line not pure Taiwan Traditional: {ln[:30]}")
    tc = ptext["C"]
    check(T2S.convert(tc) != tc and "台" not in tc and "新臺幣" in tc, "C: Traditional, 臺 not 台")
    c_units = re.findall(r"（[一二三四五六]）([^，。；]*?)(負責|配合)", "\n".join(ln for ln in c_plain))
    check(("本府農業處", "負責") in c_units and ("國立雲林科技大學及國立虎尾科技大學", "配合") in c_units, f"C: who-does-what {c_units}")

    raw = {"A": docxml, "B": b_dec, "C": c_src}
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
                table = {"A": [[a_cell_line(c) for c in r] for r in A_TABLE], "B": B_TABLE, "C": C_TABLE}[d]
                row = ev.split(" | ")
                check(row in table[1:], f"{q['id']}: evidence must be a data row of the table")
                ci = table[0].index(q["col"])
                check(len(row) > ci and row[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
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
    check(all(re.fullmatch(r"u31-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

    # re-read from disk: the substring contract against plain/*.txt
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
