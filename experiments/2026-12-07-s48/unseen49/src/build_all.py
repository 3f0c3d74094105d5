#!/usr/bin/env python3
"""Build unseen49 ("who leads what"): three fictional Simplified-Chinese documents --
  A  a text-layer PDF (reportlab, Adobe CID font STSong-Light, not embedded): 宿迁市人民政府办公室 宿政办发〔2026〕17号
     印发《宿迁市2026年科技创新重点任务分工方案》, whose core is a 23-row 重点任务分工表
     (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) with long wrapping cells, running over two pages with NO repeated
     header row, some rows led by two units ("市科技局、市发展改革委按职责分工负责");
  B  a hand-written Word .docx 会议纪要: 马鞍山市科技创新工作领导小组2026年第一次全体会议, numbered decisions
     （一）…（八） each naming a lead unit and a deadline (a bold run for the decision's topic, the rest plain), one
     decision that moves an earlier deadline (2026年3月31日 -> 2026年6月30日), an attendee table (出席人员);
  C  an HTML 政策问答 page of 安庆市科学技术局: each question a <details> with a <summary>, answers naming the
     受理部门, 联系人 and 联系电话, one answer holding a table of county windows;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen49/. Deterministic: a rebuild is byte for byte identical (reportlab invariant mode, fixed
zip timestamps).

Approach and helpers follow unseen48's builder: the question table with a `hint` that must pick exactly one
evidence line, digit-bounded num_count (also on NFKC text), keys / gkeys / near for unanswerables, lcs_run for
paraphrases, OpenCC for the cross-script questions, the hand-written .docx package, docx_read, and the
question-checking loop. Differences: the documents are Simplified, so `traditional` questions are written in
TRADITIONAL Chinese; every unanswerable key (not only place keys) must be absent from all three documents; table
and who_leads answers are cells of the 分工表 / 出席人员 / 受理窗口 tables, checked against the cell."""
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

FILE_A = "A_suqian_2026_keji_chuangxin_zhongdian_renwu_fengong_fangan_crosspage_table.pdf"
FILE_B = "B_maanshan_keji_chuangxin_lingdao_xiaozu_2026_diyici_huiyi_jiyao.docx"
FILE_C = "C_anqing_zhichi_keji_chuangxin_ruogan_zhengce_zhengce_wenda_details.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 宿迁 分工方案, PDF. A_BEFORE / A_AFTER: (style, text) paragraphs; "PAGEBREAK" starts a new page.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ["1", "深入实施高新技术企业“育苗壮干”工程，建立后备企业培育库，全年新增高新技术企业180家以上，有效高新技术企业总数达到1450家",
     "市科技局", "市财政局、国家税务总局宿迁市税务局、各县（区）人民政府、市各功能区管委会", "2026年12月底前"],
    ["2", "推动规模以上工业企业研发机构建设，新建市级以上工程技术研究中心40家，规上工业企业研发机构建有率达到52%",
     "市科技局", "市工业和信息化局、市发展改革委", "2026年11月底前"],
    ["3", "全社会研发投入占地区生产总值比重提高到2.15%，市级财政科技支出增长12%以上",
     "市科技局、市发展改革委按职责分工负责", "市财政局、市统计局", "2026年12月底前"],
    ["4", "建设宿迁市产业技术研究院，围绕绿色食品、高端纺织、光伏新能源、新材料等主导产业组建4个专业研究所，引进高水平研发团队不少于12个",
     "市科技局", "宿迁经济技术开发区管委会、市人力资源社会保障局", "2026年10月底前"],
    ["5", "推进宿迁高新技术产业开发区争创国家高新区，完成创建方案编制并报送省科技厅",
     "宿迁高新区管委会", "市科技局、市发展改革委、市自然资源和规划局", "2026年6月底前"],
    ["6", "实施关键核心技术攻关“揭榜挂帅”项目，全年发布榜单项目20项，市级财政支持资金不低于3000万元",
     "市科技局", "市财政局、市工业和信息化局", "2026年9月底前"],
    ["7", "加快科技成果转移转化，全年技术合同成交额达到120亿元，企业吸纳技术合同成交额增长18%",
     "市科技局", "市教育局、各县（区）人民政府", "2026年12月底前"],
    ["8", "建设“宿迁科技大市场”线上平台，实现科技成果、技术需求和科技服务机构信息在线发布与撮合对接，入驻服务机构不少于60家",
     "市科技局、市数据局按职责分工负责", "市市场监管局", "2026年8月底前"],
    ["9", "实施“科创宿迁”人才引进计划，全年引进高层次创新创业人才（团队）150名，其中顶尖人才团队3个",
     "市委人才办", "市科技局、市人力资源社会保障局", "2026年12月底前"],
    ["10", "深化与南京大学、东南大学、江南大学等高校院所合作，新建校地共建研发平台5个，组织实施产学研合作项目不少于200项",
     "市科技局", "市教育局、各县（区）人民政府", "2026年12月底前"],
    ["11", "落实企业研发费用加计扣除政策，开展政策宣讲辅导不少于30场次，享受政策企业数达到2600家",
     "国家税务总局宿迁市税务局", "市科技局、市财政局", "2026年12月底前"],
    ["12", "发展科技金融，扩大“苏科贷”投放规模，全年新增科技贷款25亿元，设立总规模10亿元的市级天使投资基金",
     "市委金融办、市财政局按职责分工负责", "市科技局、中国人民银行宿迁市分行", "2026年12月底前"],
    ["13", "提升科技企业孵化器和众创空间建设水平，新增省级以上孵化载体6家，在孵科技型企业达到900家",
     "市科技局", "各县（区）人民政府、市各功能区管委会", "2026年12月底前"],
    ["14", "推进绿色食品产业科技创新，实施农业科技重点项目18项，培育农业科技型企业35家",
     "市农业农村局", "市科技局、市市场监管局", "2026年10月底前"],
    ["15", "支持龙头企业牵头组建创新联合体，组建市级创新联合体3家，争创省级创新联合体1家",
     "市科技局、市工业和信息化局按职责分工负责", "相关龙头企业", "2027年6月底前"],
    ["16", "推动知识产权强市建设，每万人口高价值发明专利拥有量达到6.8件，PCT国际专利申请量增长20%",
     "市知识产权局", "市科技局", "2026年12月底前"],
    ["17", "开展科技型中小企业评价入库工作，全年评价入库企业达到3200家",
     "市科技局", "各县（区）人民政府", "2026年7月底前"],
    ["18", "加强科学普及工作，公民具备科学素质比例达到16.5%，新建市级科普教育基地8个",
     "市科协", "市科技局、市教育局", "2026年12月底前"],
    ["19", "推进科研诚信和科技伦理治理，建立科技计划项目全流程信用记录，每年开展科研诚信专项检查2次",
     "市科技局", "市教育局、市卫生健康委", "长期坚持"],
    ["20", "优化科技计划项目管理，推行经费“包干制”试点，申报材料精简30%以上，评审周期压缩至45个工作日以内",
     "市科技局", "市财政局、市审计局", "2026年4月底前"],
    ["21", "实施“科技副总”选聘计划，从高校院所选派科技副总120名到企业开展技术服务",
     "市科技局", "市委组织部、市人力资源社会保障局", "2026年5月底前"],
    ["22", "推动数字技术与实体经济深度融合，建设省级智能制造示范工厂8家、智能制造示范车间50个",
     "市工业和信息化局", "市科技局、市数据局", "2026年12月底前"],
    ["23", "建立重点任务月调度、季通报工作机制，将科技创新工作纳入对县（区）高质量发展综合考核",
     "市委督查室、市政府督查室按职责分工负责", "市科技局、各牵头单位", "2026年起每季度"],
]
A_BEFORE = [
    ("head", "宿迁市人民政府办公室文件"),
    ("center", "宿政办发〔2026〕17号"),
    ("title", "市政府办公室关于印发宿迁市2026年科技创新重点任务分工方案的通知"),
    ("body0", "各县（区）人民政府，市各功能区管委会，市各委、办、局，市各直属单位："),
    ("body", "《宿迁市2026年科技创新重点任务分工方案》已经市政府第42次常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。"),
    ("right", "宿迁市人民政府办公室"),
    ("right", "2026年2月26日"),
    ("PAGEBREAK", ""),
    ("title", "宿迁市2026年科技创新重点任务分工方案"),
    ("body", "为深入实施创新驱动发展战略，确保全市2026年科技创新各项目标任务落到实处，现将重点任务分工如下。各牵头单位对所牵头的任务负总责，配合单位按照职责分工积极配合。"),
    ("h2", "一、重点任务分工表"),
]
A_AFTER = [
    ("h2", "二、工作要求"),
    ("body", "（一）强化责任落实。各牵头单位要于每季度最后一个月的25日前，将任务推进情况书面报送市科技创新工作领导小组办公室（设在市科技局）。"),
    ("body", "（二）强化督查考核。市政府督查室会同市科技局对重点任务实行清单化管理，年底对完成情况进行通报。"),
    ("body", "联系人：市科技局综合规划处周晓彤，联系电话：0527-84372619。"),
]


def a_pdf_bytes():
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    st = {
        "head": ParagraphStyle("head", fontName=f, fontSize=24, leading=34, alignment=TA_CENTER, textColor=colors.red, spaceAfter=14),
        "center": ParagraphStyle("center", fontName=f, fontSize=12, leading=18, alignment=TA_CENTER, spaceAfter=18),
        "title": ParagraphStyle("title", fontName=f, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=14, wordWrap="CJK"),
        "h2": ParagraphStyle("h2", fontName=f, fontSize=13, leading=20, spaceBefore=6, spaceAfter=6),
        "body0": ParagraphStyle("body0", fontName=f, fontSize=12, leading=20, alignment=TA_LEFT, wordWrap="CJK"),
        "body": ParagraphStyle("body", fontName=f, fontSize=12, leading=20, alignment=TA_LEFT, firstLineIndent=24, wordWrap="CJK", spaceAfter=4),
        "right": ParagraphStyle("right", fontName=f, fontSize=12, leading=20, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", fontName=f, fontSize=9.5, leading=13, alignment=TA_LEFT, wordWrap="CJK"),
        "cellc": ParagraphStyle("cellc", fontName=f, fontSize=9.5, leading=13, alignment=TA_CENTER, wordWrap="CJK"),
    }

    def paras(blocks):
        out = []
        for style, text in blocks:
            if style == "PAGEBREAK":
                out.append(PageBreak())
            else:
                out.append(Paragraph(text, st[style]))
                if style == "right" and text.startswith("2026"):
                    out.append(Spacer(1, 12))
        return out

    rows = []
    for ri, r in enumerate(A_TABLE):
        rows.append([Paragraph(c, st["cellc"] if (ri == 0 or ci in (0, 4)) else st["cell"]) for ci, c in enumerate(r)])
    table = Table(rows, colWidths=[28, 196, 86, 120, 64], repeatRows=0)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(f, 10)
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=60, bottomMargin=56,
                            title="宿迁市2026年科技创新重点任务分工方案", author="宿迁市人民政府办公室", invariant=1)
    doc.build(paras(A_BEFORE) + [table, Spacer(1, 10)] + paras(A_AFTER), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def a_expected_plain():
    return [t for s, t in A_BEFORE if s != "PAGEBREAK"] + [" | ".join(r) for r in A_TABLE] + [t for s, t in A_AFTER]


def pdf_read(path):
    """What a reader gets from the text layer: per page, pdfplumber's tables (cells with their wrap newlines
    removed) and the page text. Returns (pages_text, table_rows_by_page, raw_cells_by_page)."""
    import pdfplumber
    texts, tables, raw = [], [], []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            rows, rawc = [], []
            for t in page.extract_tables():
                for r in t:
                    rows.append([(c or "").replace("\n", "") for c in r])
                    rawc += [c or "" for c in r]
            tables.append(rows)
            raw.append(rawc)
    return texts, tables, raw


# ---------------------------------------------------------------------------------------------------------------
# B: 马鞍山 领导小组 会议纪要, hand-written .docx. B_BODY: (style, text) / (style, (bold, rest)) / ("table", rows).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "姓名", "单位", "职务"],
    ["1", "孙立峰", "市人民政府", "市长、领导小组组长"],
    ["2", "韩雪梅", "市人民政府", "副市长、领导小组副组长"],
    ["3", "杜明远", "市科技局", "局长、领导小组办公室主任"],
    ["4", "钱慧娟", "市发展改革委", "副主任"],
    ["5", "魏国栋", "市经济和信息化局", "局长"],
    ["6", "唐宁", "市财政局", "副局长"],
    ["7", "罗建华", "市教育局", "副局长"],
    ["8", "蒋文", "市委组织部（市委人才办）", "副部长"],
    ["9", "邵一鸣", "马鞍山经济技术开发区管委会", "副主任"],
    ["10", "许晨", "慈湖高新区管委会", "主任"],
    ["11", "蔡丽萍", "国家税务总局马鞍山市税务局", "副局长"],
]
B_BODY = [
    ("Title", "马鞍山市科技创新工作领导小组会议纪要"),
    ("Subtitle", "〔2026〕第1期"),
    ("Meta", "马鞍山市科技创新工作领导小组办公室　　　　2026年3月16日"),
    ("Normal", "2026年3月12日下午，市长、市科技创新工作领导小组组长孙立峰在市政务中心第五会议室主持召开领导小组2026年第一次全体会议，听取市科技局关于全市科技创新工作情况和今年重点工作安排的汇报，研究部署当前科技创新重点工作。现将会议议定事项纪要如下："),
    ("Heading2", "一、会议听取的汇报"),
    ("Normal", "会议认为，过去一年全市科技创新工作取得积极成效，高新技术企业总数达到1286家，技术合同成交额达到186亿元，创新型城市建设稳步推进。会议要求，各成员单位要进一步压实责任，推动科技创新和产业创新深度融合。"),
    ("Heading2", "二、会议议定事项"),
    ("Normal", ("（一）关于高新技术企业培育。", "会议原则同意《马鞍山市高新技术企业倍增三年行动方案（2026—2028年）（送审稿）》，由市科技局牵头，会同市财政局、市税务局进一步修改完善，于2026年4月30日前按程序报市政府印发。")),
    ("Normal", ("（二）关于创新平台建设。", "由马鞍山经济技术开发区管委会牵头，加快推进长三角（马鞍山）新材料研究院建设，2026年6月底前完成主体工程建设，2026年12月底前投入运行。")),
    ("Normal", ("（三）关于科技成果转化。", "由市科技局、市教育局按职责分工负责，组织安徽工业大学等驻市高校院所梳理可转化科技成果不少于300项，2026年9月30日前在市科技大市场平台集中发布。")),
    ("Normal", ("（四）关于慈湖高新区“一区多园”建设。", "由慈湖高新区管委会牵头，会同市自然资源和规划局、市发展改革委研究制定“一区多园”扩区方案，2026年5月31日前上报省科技厅。")),
    ("Normal", ("（五）关于科技人才引进。", "由市委组织部（市委人才办）牵头，市科技局配合，2026年8月31日前出台《马鞍山市科技人才团队支持办法》，全年引进培育高层次科技人才团队10个。")),
    ("Normal", ("（六）关于科技金融。", "由市财政局牵头，市科技局、市委金融办配合，设立规模5亿元的市科创天使基金，2026年7月31日前完成基金管理人遴选。")),
    ("Normal", ("（七）关于调整部分事项完成时限。", "领导小组上次会议确定由市经济和信息化局牵头的“智能工厂和数字化车间”认定工作，因省级认定标准修订，会议同意将完成时限由原定的2026年3月31日调整为2026年6月30日；其他事项仍按原定时限推进。")),
    ("Normal", ("（八）关于督查落实。", "领导小组办公室（设在市科技局）要建立议定事项工作台账，每月5日前通报进展情况，对逾期未完成的事项，提请市政府督查室督办。")),
    ("Heading2", "出席人员"),
    ("table", B_TABLE),
    ("Normal", "列席：市政府办公室副主任彭涛，市政府督查室主任吴磊。"),
    ("Normal", "请假：市自然资源和规划局局长王浩（委托总工程师陈曦出席）。"),
    ("Normal", "记录：市科技局办公室黄晓雯。"),
    ("Signature", "分送：领导小组各成员单位。"),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def b_text(val):
    return val if isinstance(val, str) else val[0] + val[1]


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b_expected_lines():
    out = []
    for style, val in B_BODY:
        if style == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(b_text(val))
    return out


def b_docx_parts():
    w = f'xmlns:w="{W_NS}"'
    decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = {}
    parts["[Content_Types].xml"] = decl + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    parts["_rels/.rels"] = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    parts["word/_rels/document.xml.rels"] = decl + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = decl + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>马鞍山市科技创新工作领导小组会议纪要</dc:title><dc:creator>马鞍山市科技局</dc:creator>"
        "<cp:lastModifiedBy>kjj</cp:lastModifiedBy><cp:revision>4</cp:revision><dc:language>zh-CN</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-13T01:20:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-16T07:45:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:color w:val="FF0000"/><w:sz w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Meta"><w:name w:val="Meta"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="FF0000"/></w:pBdr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:line="360" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")

    def run(text, bold=False):
        rpr = '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr>' if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r>'

    body = []
    for style, val in B_BODY:
        if style == "table":
            widths = [800, 1600, 3800, 2800]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/><w:jc w:val="center"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(val):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, c in enumerate(row):
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{run(c, ri == 0)}</w:p></w:tc>')
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            ppr = "" if style == "Normal" else f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            rr = run(val) if isinstance(val, str) else run(val[0], True) + run(val[1])
            body.append(f"<w:p>{ppr}{rr}</w:p>")
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in b_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 16, 15, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """Body paragraphs (all runs' text joined) and table rows in order; a row is its cells joined by ' | '."""
    from lxml import etree
    ns = {"w": W_NS}
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    lines, tables = [], []
    for el in doc.find("w:body", ns):
        if el.tag == q("p"):
            text = "".join(t.text or "" for t in el.iter(q("t")))
            if text:
                lines.append(text)
        elif el.tag == q("tbl"):
            rows = [[" ".join("".join(t.text or "" for t in p.iter(q("t"))) for p in tc.findall("w:p", ns))
                     for tc in tr.findall("w:tc", ns)] for tr in el.findall("w:tr", ns)]
            tables.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, tables, doc


# ---------------------------------------------------------------------------------------------------------------
# C: 安庆 政策问答, HTML with <details>/<summary>. C_QA: (summary, [answer paragraphs or ("table", rows)]).
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "《安庆市支持科技创新若干政策》政策问答"
C_META = "发布机构：安庆市科学技术局　发布日期：2026年4月8日　文号：宜科发〔2026〕23号"
C_INTRO = "为便于企业和单位准确理解、及时享受政策，市科技局会同市财政局对《安庆市支持科技创新若干政策》（宜政〔2026〕9号，以下简称《若干政策》）中的常见问题进行了梳理，解答如下。"
C_TABLE = [
    ["县（市、区）", "受理部门", "联系电话"],
    ["怀宁县", "怀宁县科技商务经济信息化局", "0556-4612075"],
    ["桐城市", "桐城市科学技术局", "0556-6218431"],
    ["潜山市", "潜山市科技局", "0556-8925146"],
    ["太湖县", "太湖县科技商务经济信息化局", "0556-4168320"],
    ["宿松县", "宿松县科学技术局", "0556-7812553"],
    ["安庆高新区", "安庆高新区经济发展局", "0556-5357702"],
]
C_QA = [
    ("1. 《若干政策》适用于哪些主体？", [
        "在安庆市行政区域内依法注册、具有独立法人资格的企业、高等学校、科研院所和新型研发机构，且上一年度未发生重大安全、环保、质量事故，无严重失信行为。"]),
    ("2. 首次认定的高新技术企业可以获得多少奖励？", [
        "对首次认定的高新技术企业给予一次性奖励20万元；重新认定的给予奖励8万元；从市外整体迁入且在有效期内的高新技术企业给予奖励15万元。",
        "受理部门：市科技局高新技术发展科；联系人：方志强；联系电话：0556-5512306。"]),
    ("3. 企业研发费用补助如何计算？", [
        "对上年度研发费用较前一年度增长的企业，按增量部分的10%给予补助，单个企业每年最高200万元。研发费用数据以税务部门研发费用加计扣除申报数据为准。",
        "受理部门：市科技局资源配置与管理科；联系人：章婉清；联系电话：0556-5512318。"]),
    ("4. 新型研发机构能获得哪些支持？", [
        "对经认定的市级新型研发机构，按其上年度研发投入的20%给予运营补助，连续支持3年，每年最高500万元；被认定为省级新型研发机构的，再给予一次性奖励100万元。",
        "受理部门：市科技局成果转化与区域创新科；联系人：汪瑞；联系电话：0556-5512327。"]),
    ("5. 技术合同交易有什么奖励？", [
        "对技术输出方，按年度登记技术合同实际成交额的2%给予奖励，最高50万元；对吸纳技术成果的企业，按实际支付金额的5%给予补助，最高30万元。",
        "受理部门：安庆市技术市场管理办公室（设在市科技局）；联系人：吕佳；联系电话：0556-5512335。"]),
    ("6. 《若干政策》由哪个部门牵头组织实施？", [
        "《若干政策》由安庆市科学技术局牵头组织实施，市财政局负责资金保障和绩效监督，各县（市、区）科技主管部门负责本辖区申报项目的初审。"]),
    ("7. 2026年度政策什么时候申报？", [
        "2026年度集中申报时间为2026年5月6日至2026年6月5日，逾期不再受理。申报单位通过“安庆科技云平台”在线填报，无需报送纸质材料。"]),
    ("8. 各县（市、区）的受理窗口在哪里？", [
        "申报单位应向注册地所在县（市、区）科技主管部门提交申请，各地受理窗口如下：",
        ("table", C_TABLE)]),
    ("9. 同一项目能否重复享受多项政策？", [
        "同一项目同时符合《若干政策》和市级其他同类政策的，按照“就高不重复”原则执行，不得重复申报。"]),
    ("10. 奖补资金多长时间能拨付到位？", [
        "经公示无异议后，市财政局在收到资金拨付文件后15个工作日内将资金拨付至县（市、区）财政部门，由县（市、区）在10个工作日内拨付到申报单位。"]),
    ("11. 《若干政策》的有效期是多长？", [
        "《若干政策》自2026年3月1日起施行，有效期至2028年12月31日。"]),
]
C_FOOT = "咨询电话：市科技局政策法规科　0556-5512300（工作日上午8:30至12:00，下午14:30至17:30）"


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{html_esc(C_TITLE)}_安庆市科学技术局</title>",
           "<style>body{font-family:\"Microsoft YaHei\",sans-serif;max-width:900px;margin:auto}"
           "details{border-bottom:1px solid #ddd;padding:6px 0}summary{cursor:pointer;font-weight:bold;color:#0b4a8b}"
           "table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #999;padding:3px 8px}.meta,.foot{color:#666;font-size:90%}</style>",
           "</head>", "<body>",
           '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a> &gt; 政策问答</div>',
           '<div class="article">', f"<h1>{html_esc(C_TITLE)}</h1>", f'<p class="meta">{html_esc(C_META)}</p>',
           f"<p>{html_esc(C_INTRO)}</p>", '<div class="qa-list">']
    for i, (summ, ans) in enumerate(C_QA):
        out.append('<details open="open">' if i == 0 else "<details>")
        out.append(f"<summary>{html_esc(summ)}</summary>")
        for a in ans:
            if isinstance(a, tuple):
                t = a[1]
                out += ["<table>", "<thead>", "<tr>" + "".join(f"<th>{html_esc(c)}</th>" for c in t[0]) + "</tr>", "</thead>", "<tbody>"]
                out += ["<tr>" + "".join(f"<td>{html_esc(c)}</td>" for c in r) + "</tr>" for r in t[1:]]
                out += ["</tbody>", "</table>"]
            else:
                out.append(f"<p>{html_esc(a)}</p>")
        out.append("</details>")
    out += ["</div>", f'<p class="foot">{html_esc(C_FOOT)}</p>', "</div>",
            '<div class="footer">主办：安庆市科学技术局　皖ICP备05001234号</div>', "</body>", "</html>"]
    return "\n".join(out) + "\n"


def c_expected_plain():
    out = [C_TITLE, C_META, C_INTRO]
    for summ, ans in C_QA:
        out.append(summ)
        for a in ans:
            out += [" | ".join(r) for r in a[1]] if isinstance(a, tuple) else [a]
    return out + [C_FOOT]


def html_read(raw):
    """h1 / p / summary each one line (ASCII whitespace squashed), a table row its cells joined by ' | ';
    only inside <div class="article"> (breadcrumb and site footer skipped)."""
    import lxml.html
    root = lxml.html.fromstring(raw.encode("utf-8"))
    art = root.find_class("article")[0]
    lines = []
    for el in art.iter():
        if el.tag in ("h1", "p", "summary"):
            t = re.sub(r"[ \t\r\n]+", " ", el.text_content()).strip(" ")
            if t:
                lines.append(t)
        elif el.tag == "tr":
            lines.append(" | ".join(re.sub(r"[ \t\r\n]+", " ", c.text_content()).strip(" ") for c in el if c.tag in ("th", "td")))
    return lines, root


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: substring picking exactly one plain line (the evidence). traditional: written in TRADITIONAL
# Chinese (about a Simplified document). Unanswerable: keys (absent from every document), gkeys (other places,
# absent from every document, named in the question), near (present in the doc). table: col = answer's column.
# who_leads: verb (in the evidence) or col (the lead-unit cell of a table row); qverb in the question.
# typo: wrong / right.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 宿迁 分工方案 (PDF; 17)
    dict(id="u49-A01", doc="A", kind="table", q="宿迁市2026年科技创新重点任务分工表第17项，科技型中小企业评价入库工作要在什么时候前完成？", a="2026年7月底前", hint="17 | 开展科技型中小企业", col=4),
    dict(id="u49-A02", doc="A", kind="table", q="宿迁建设产业技术研究院这项2026年重点任务，需要哪些单位配合？", a="宿迁经济技术开发区管委会、市人力资源社会保障局", hint="4 | 建设宿迁市产业技术研究院", col=3),
    dict(id="u49-A03", doc="A", kind="table", q="宿迁市2026年科技金融任务（新增科技贷款、设立天使投资基金）由哪两个单位负责？", a="市委金融办、市财政局", hint="12 | 发展科技金融", col=2),
    dict(id="u49-A04", doc="A", kind="who_leads", q="宿迁市2026年把全社会研发投入占GDP比重提高到2.15%的任务由谁牵头？", a="市科技局、市发展改革委", hint="3 | 全社会研发投入", col=2, qverb="牵头"),
    dict(id="u49-A05", doc="A", kind="english", q="How many new high-tech enterprises does Suqian aim to add in 2026 under its key task division plan for sci-tech innovation?", a="180家", hint="1 | 深入实施高新技术企业"),
    dict(id="u49-A06", doc="A", kind="english", q="By when must Suqian finish drafting the plan for its high-tech zone to bid for national high-tech zone status and send it to the provincial science and technology department?", a="2026年6月底前", hint="5 | 推进宿迁高新技术产业开发区"),
    dict(id="u49-A07", doc="A", kind="english", q="How many 'science and technology vice presidents' will Suqian send from universities and institutes to companies under its 2026 plan?", a="120名", hint="21 | 实施“科技副总”"),
    dict(id="u49-A08", doc="A", kind="paraphrase", q="宿迁今年技术交易合同的总金额目标定在多少？", a="120亿元", hint="7 | 加快科技成果转移转化"),
    dict(id="u49-A09", doc="A", kind="paraphrase", q="宿迁改革科技项目管理后，项目从申报到评完最多花多少个工作日？", a="45个工作日", hint="20 | 优化科技计划项目管理"),
    dict(id="u49-A10", doc="A", kind="paraphrase", q="宿迁的科技任务分工方案里，负责各项任务的部门每个季度最晚几号要交书面进度？", a="25日", hint="（一）强化责任落实"),
    dict(id="u49-A11", doc="A", kind="typo", q="宿迁2026年关键核心技术攻关揭榜挂师项目全年要发布多少项榜单？", a="20项", hint="6 | 实施关键核心技术攻关", wrong="挂师", right="挂帅"),
    dict(id="u49-A12", doc="A", kind="typo", q="宿千市2026年计划新增省级以上孵化载体多少家？", a="6家", hint="13 | 提升科技企业孵化器", wrong="宿千", right="宿迁"),
    dict(id="u49-A13", doc="A", kind="traditional", q="宿遷市2026年科技創新重點任務中，公民具備科學素質比例的目標是多少？", a="16.5%", hint="18 | 加强科学普及工作"),
    dict(id="u49-A14", doc="A", kind="english_unanswerable", q="Which unit leads the task of building a national technology innovation center in Suqian in 2026?", keys=["技术创新中心", "[Tt]echnology [Ii]nnovation [Cc]ent"], near=["牵头单位"]),
    dict(id="u49-A15", doc="A", kind="unanswerable", q="宿州市2026年科技创新重点任务分工中，高新技术企业培育由哪个单位牵头？", gkeys=["宿州", "Suzhou"], near=["高新技术企业"]),
    dict(id="u49-A16", doc="A", kind="unanswerable", q="宿迁市2025年科技创新重点任务分工表中，技术合同成交额的目标是多少？", keys=["2025"], near=["技术合同成交额"]),
    dict(id="u49-A17", doc="A", kind="unanswerable", q="宿迁2026年科技创新重点任务里，培育独角兽企业由哪个部门牵头？", keys=["独角兽"], near=["牵头单位"]),
    # ---- B 马鞍山 领导小组 会议纪要 (docx; 17)
    dict(id="u49-B01", doc="B", kind="table", q="马鞍山市科技创新工作领导小组2026年第一次会议，市财政局是谁出席的？", a="唐宁", hint="6 | 唐宁", col=1),
    dict(id="u49-B02", doc="B", kind="table", q="出席马鞍山市科技创新领导小组2026年第一次会议的蔡丽萍是哪个机关的？", a="国家税务总局马鞍山市税务局", hint="11 | 蔡丽萍", col=2),
    dict(id="u49-B03", doc="B", kind="who_leads", q="马鞍山慈湖高新区“一区多园”扩区方案由哪个单位牵头制定？", a="慈湖高新区管委会", hint="（四）关于慈湖高新区", verb="牵头", qverb="牵头"),
    dict(id="u49-B04", doc="B", kind="english", q="On what date did Ma'anshan's leading group for science and technology innovation hold its first plenary meeting of 2026?", a="2026年3月12日", hint="主持召开领导小组2026年第一次全体会议"),
    dict(id="u49-B05", doc="B", kind="english", q="According to the Ma'anshan leading group meeting minutes, by what date must the three-year action plan for doubling high-tech enterprises be submitted to the city government?", a="2026年4月30日", hint="（一）关于高新技术企业培育"),
    dict(id="u49-B06", doc="B", kind="english", q="How large is the angel fund for sci-tech startups that the Ma'anshan leading group agreed to set up?", a="5亿元", hint="（六）关于科技金融"),
    dict(id="u49-B07", doc="B", kind="paraphrase", q="马鞍山那项由经信部门负责的智能化车间评定工作延期以后，最后期限改到了哪天？", a="2026年6月30日", hint="（七）关于调整部分事项完成时限"),
    dict(id="u49-B08", doc="B", kind="paraphrase", q="马鞍山要求本地高校院所拿出多少项能够落地的研究成果？", a="300项", hint="（三）关于科技成果转化"),
    dict(id="u49-B09", doc="B", kind="paraphrase", q="马鞍山科创领导小组的办事机构每月最晚几号要通报会上决定事项的推进情况？", a="5日", hint="（八）关于督查落实"),
    dict(id="u49-B10", doc="B", kind="typo", q="马安山市科技创新领导小组会议决定设立的科创天使基金，要在什么时候前完成管理人遴选？", a="2026年7月31日", hint="（六）关于科技金融", wrong="马安山", right="马鞍山"),
    dict(id="u49-B11", doc="B", kind="typo", q="马鞍山市科技创新工作领导小组会议记要中，科技人才团队支持办法要求什么时候前出台？", a="2026年8月31日", hint="（五）关于科技人才引进", wrong="记要", right="纪要"),
    dict(id="u49-B12", doc="B", kind="traditional", q="馬鞍山市科技創新工作領導小組會議確定，長三角（馬鞍山）新材料研究院要在什麼時候前投入運行？", a="2026年12月底前", hint="（二）关于创新平台建设"),
    dict(id="u49-B13", doc="B", kind="english_unanswerable", q="Who attended the Ma'anshan leading group meeting on behalf of the Municipal Bureau of Ecology and Environment?", keys=["生态环境", "[Ee]cology"], near=["出席人员"]),
    dict(id="u49-B14", doc="B", kind="unanswerable", q="宣城市科技创新工作领导小组2026年第一次会议是哪天召开的？", gkeys=["宣城", "Xuancheng"], near=["第一次全体会议"]),
    dict(id="u49-B15", doc="B", kind="unanswerable", q="马鞍山市科技创新工作领导小组2026年第二次会议议定了哪些事项？", keys=["第二次"], near=["第一次全体会议"]),
    dict(id="u49-B16", doc="B", kind="unanswerable", q="马鞍山科技创新领导小组会议对科技特派员工作作了什么部署？", keys=["特派员"], near=["会议议定事项"]),
    dict(id="u49-B17", doc="B", kind="unanswerable", q="马鞍山市科创天使基金中市财政出资占多大比例？", keys=["出资"], near=["天使基金"]),
    # ---- C 安庆 政策问答 (HTML; 16)
    dict(id="u49-C01", doc="C", kind="table", q="安庆市科技政策申报，桐城市的企业应该到哪个部门递交材料？", a="桐城市科学技术局", hint="桐城市 | ", col=1),
    dict(id="u49-C02", doc="C", kind="table", q="安庆高新区科技政策受理窗口的电话号码是多少？", a="0556-5357702", hint="安庆高新区 | ", col=2),
    dict(id="u49-C03", doc="C", kind="table", q="安庆潜山市的单位申报科技创新政策，找哪个部门受理？", a="潜山市科技局", hint="潜山市 | ", col=1),
    dict(id="u49-C04", doc="C", kind="who_leads", q="《安庆市支持科技创新若干政策》由哪个部门牵头组织实施？", a="安庆市科学技术局", hint="牵头组织实施，", verb="牵头", qverb="牵头"),
    dict(id="u49-C05", doc="C", kind="english", q="How much is the one-off award for a company recognised as a high-tech enterprise for the first time under Anqing's sci-tech innovation policies?", a="20万元", hint="对首次认定的高新技术企业"),
    dict(id="u49-C06", doc="C", kind="english", q="What is the annual cap per enterprise on the R&D expense subsidy in Anqing?", a="200万元", hint="按增量部分"),
    dict(id="u49-C07", doc="C", kind="english", q="When does the 2026 application window for Anqing's sci-tech innovation policies close?", a="2026年6月5日", hint="集中申报时间"),
    dict(id="u49-C08", doc="C", kind="english", q="What phone number should I call about support for new-type R&D institutions under Anqing's policies?", a="0556-5512327", hint="联系人：汪瑞"),
    dict(id="u49-C09", doc="C", kind="paraphrase", q="安庆对从外地整体搬过来的高企奖多少钱？", a="15万元", hint="从市外整体迁入"),
    dict(id="u49-C10", doc="C", kind="paraphrase", q="安庆的科技奖补资金公示期满没人提意见，市里财政要在几个工作日里把钱转到县区？", a="15个工作日", hint="经公示无异议后"),
    dict(id="u49-C11", doc="C", kind="typo", q="安庆市首次认定高新技术企业奖励的授理部门是哪个科室？", a="市科技局高新技术发展科", hint="联系人：方志强", wrong="授理", right="受理"),
    dict(id="u49-C12", doc="C", kind="traditional", q="安慶市對技術輸出方按技術合同成交額給予獎勵，最高多少？", a="50万元", hint="对技术输出方"),
    dict(id="u49-C13", doc="C", kind="english_unanswerable", q="How much does Anqing award a company recognised as a national specialised 'little giant' enterprise?", keys=["小巨人", "[Ll]ittle [Gg]iant"], near=["高新技术企业"]),
    dict(id="u49-C14", doc="C", kind="unanswerable", q="池州市首次认定的高新技术企业能获得多少奖励？", gkeys=["池州", "Chizhou"], near=["首次认定"]),
    dict(id="u49-C15", doc="C", kind="unanswerable", q="安庆市2025年度科技创新政策集中申报时间是什么时候？", keys=["2025"], near=["2026年度集中申报时间"]),
    dict(id="u49-C16", doc="C", kind="unanswerable", q="安庆对认定为国家级新型研发机构的给多少奖励？", keys=["国家级"], near=["省级新型研发机构"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 17, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 3, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (3, 2, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Suqian", "B": "Ma'anshan", "C": "Anqing"}
ZH_PLACE = {"A": "宿迁", "B": "马鞍山", "C": "安庆"}
PLACE_KEYS = ["宿州", "宣城", "池州", "Xuancheng", "Chizhou"]  # near misses: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
TABLES = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}


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
    """Occurrences of s not glued to further digits (20万元 does not count in 120万元, 5日 not in 25日,
    0556-5512327 not inside a longer number)."""
    return len(re.findall(r"(?<![\d.,:$-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def simplified_only(text):
    """Characters that are Simplified forms only: unchanged by t2s but changed by both s2tw and s2hk."""
    return {c for c in set(text) if HAN.match(c) and T2S.convert(c) == c and S2TW.convert(c) != c and S2HK.convert(c) != c}


def traditional_only(text):
    """Characters that are Traditional forms only: changed by t2s and unchanged by s2t."""
    return {c for c in set(text) if HAN.match(c) and T2S.convert(c) != c and S2T.convert(c) == c}


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(a_pdf_bytes())
    (CORPUS / FILE_B).write_bytes(b_docx_bytes())
    c_file = c_html()
    (CORPUS / FILE_C).write_bytes(c_file.encode("utf-8"))

    # ---- plain texts (read back from the files)
    a_texts, a_tables, a_rawcells = pdf_read(CORPUS / FILE_A)
    a_rows = [r for page in a_tables for r in page]
    a_squash = re.sub(r"\s", "", "".join(a_texts))
    a_paras = [t for s, t in A_BEFORE + A_AFTER if s != "PAGEBREAK"]
    a_plain = [t for s, t in A_BEFORE if s != "PAGEBREAK" and re.sub(r"\s", "", t) in a_squash] + \
              [" | ".join(r) for r in a_rows] + [t for s, t in A_AFTER if re.sub(r"\s", "", t) in a_squash]
    b_plain, b_tables, b_xml = docx_read(CORPUS / FILE_B)
    c_plain, c_root = html_read((CORPUS / FILE_C).read_bytes().decode("utf-8"))
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    b_raw = "\n".join("".join(t.text or "" for t in p_.iter(f"{{{W_NS}}}t")) for p_ in b_xml.iter(f"{{{W_NS}}}p"))
    raw = {"A": "\n".join(a_texts) + "\n" + "\n".join(c for page in a_rawcells for c in page), "B": b_raw, "C": c_file}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(S2T.convert(ptext[d]) != ptext[d] and len(HAN.findall(ptext[d])) > 600, f"{d}: a Simplified Chinese text")
        to = traditional_only(ptext[d])
        check(not to, f"{d}: Traditional-only characters {sorted(to)}")
        check(ZH_PLACE[d] in ptext[d], f"{d}: names {ZH_PLACE[d]}")
        check(len(plains[d]) == len(set(plains[d])), f"{d}: duplicate plain lines")
    sizes = {"A": (2200, 4000), "B": (1300, 2600), "C": (1300, 2600)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")
    for d in "ABC":
        for e in "ABC":
            if e != d:
                check(ZH_PLACE[e] not in ptext[d], f"{d}: names the other set place {ZH_PLACE[e]}")

    # ---- A: PDF with a two-page table, no repeated header
    check(a_plain == a_expected_plain(), "A: the lines read back (paragraphs in the text layer, table rows) equal the design")
    check(a_rows == A_TABLE, "A: pdfplumber's table rows over all pages equal the design")
    pages_with_rows = [i for i, page in enumerate(a_tables) if page]
    check(len(pages_with_rows) == 2 and pages_with_rows[1] == pages_with_rows[0] + 1, f"A: the table runs over two pages ({pages_with_rows})")
    check(sum(1 for r in a_rows if r == A_TABLE[0]) == 1 and a_tables[pages_with_rows[-1]][0] != A_TABLE[0] if pages_with_rows else False,
          "A: header row only once (not repeated on the second page)")
    check(sum(1 for page in a_rawcells for c in page if "\n" in c) >= 60, "A: long cells wrap (60+ cells on several lines)")
    two_leads = [r for r in A_TABLE[1:] if "按职责分工负责" in r[2]]
    check(len(two_leads) >= 4 and all("、" in r[2] for r in two_leads), f"A: rows with two lead units ({len(two_leads)})")
    check(len(A_TABLE) - 1 >= 20 and all(r[0] == str(i) for i, r in enumerate(A_TABLE[1:], 1)), "A: 20+ numbered rows")
    check(all(re.sub(r"\s", "", p) in a_squash for p in a_paras), "A: every paragraph in the text layer")
    check(all(re.search(rf"— {i + 1} —", t) for i, t in enumerate(a_texts)), "A: page numbers in the footer")
    check(b"STSong-Light" in (CORPUS / FILE_A).read_bytes()[:200000] and (CORPUS / FILE_A).read_bytes().startswith(b"%PDF-"), "A: a PDF using the CID font")

    # ---- B: docx minutes
    check(zipfile.is_zipfile(CORPUS / FILE_B), "B: a zip package")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_B))
    check([p.text for p in dx.paragraphs if p.text] == [b_text(v) for s, v in B_BODY if s != "table"], "B: python-docx reads the paragraphs")
    check(len(dx.tables) == 1 and [[c.text for c in r.cells] for r in dx.tables[0].rows] == B_TABLE, "B: python-docx reads the table")
    check(b_plain == b_expected_lines() and b_tables == [B_TABLE], "B: the lines read back equal the design")
    decisions = [ln for ln in b_plain if re.match(r"（[一二三四五六七八]）关于", ln)]
    check(len(decisions) == 8, f"B: eight numbered decisions ({len(decisions)})")
    for ln in decisions:
        check(re.search(r"牵头|按职责分工负责|设在市科技局", ln) and re.search(r"\d+月(?:\d+日|底)前|每月\d+日前|调整为", ln),
              f"B: decision names a lead and a deadline: {ln[:20]}")
    check(any("调整为2026年6月30日" in ln and "原定的2026年3月31日" in ln for ln in decisions), "B: the deadline-changing decision")
    check(sum(1 for p in dx.paragraphs if any(r.bold for r in p.runs)) == 8, "B: decision topics in bold runs")

    # ---- C: HTML with details / summary
    dets = c_root.findall(".//details")
    check(len(dets) == len(C_QA) and all(len(d_.findall("summary")) == 1 for d_ in dets), "C: one <summary> per <details>")
    check(c_plain == c_expected_plain(), "C: the lines read back equal the design")
    check(len(c_root.findall(".//table")) == 1 and c_root.find(".//details/table") is not None, "C: one table, inside a <details>")
    check(sum(1 for ln in c_plain if ln.startswith("受理部门：")) >= 4, "C: answers name the 受理部门")
    check(len(re.findall(r"0556-\d{7}", ptext["C"])) >= 11, "C: contact numbers")
    check('lang="zh-CN"' in c_file and '<meta charset="utf-8">' in c_file, "C: lang, charset")

    every = {d: [ptext[d], raw[d], S2T.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    for q in Q:
        d, k = q["doc"], q["kind"]
        question = q["q"]
        check(q["id"] not in ids, f"dup id {q['id']}")
        ids.add(q["id"])
        check(q["id"][4] == d, f"{q['id']}: id letter vs doc")
        ev = ""
        if k in UNANSWERABLE:
            ans = ""
            check(bool(q.get("keys")) or bool(q.get("gkeys")), f"{q['id']}: needs keys")
            for key in q.get("keys", []) + q.get("gkeys", []):
                for f in {key, S2T.convert(key), S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some document")
            if q.get("gkeys"):
                check(any(g in question for g in q["gkeys"]), f"{q['id']}: the other place is named in the question")
                check(ZH_PLACE[d] not in question, f"{q['id']}: a near-miss place question must not name {ZH_PLACE[d]}")
            for n in q["near"]:
                check(n in ptext[d], f"{q['id']}: near-miss term {n} not in doc")
        else:
            ans = q["a"]
            hits = [ln for ln in plains[d] if q["hint"] in ln]
            check(len(hits) == 1, f"{q['id']}: hint matches {len(hits)} lines")
            ev = hits[0] if hits else ""
            check(ans in ev, f"{q['id']}: answer not in evidence")
            check(plains[d].count(ev) == 1, f"{q['id']}: evidence line not unique")
            check(re.sub(r"\s", "", ans) in re.sub(r"\s", "", raw[d]), f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k not in ("who_leads", "table"):
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = TABLES[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans in hit[0][ci], f"{q['id']}: answer must be in the {table[0][ci]} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(T2S.convert(table[0][ci]) not in T2S.convert(question), f"{q['id']}: question copies the column header")
                    if k == "who_leads":
                        check(ci == 2 and table[0][2] == "牵头单位", f"{q['id']}: who_leads answer from the 牵头单位 column")
            if k == "who_leads":
                if "verb" in q:
                    check(re.search("由" + re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: 由{ans} … {q['verb']}")
                check(q["qverb"] in T2S.convert(question), f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            if k not in UNANSWERABLE and k != "typo":
                check(ZH_PLACE[d] in T2S.convert(question), f"{q['id']}: names {ZH_PLACE[d]}")
            if k in UNANSWERABLE and not q.get("gkeys"):
                check(ZH_PLACE[d] in question, f"{q['id']}: a near-miss question about the doc names {ZH_PLACE[d]}")
        if k == "traditional":
            to = traditional_only(question)
            check(T2S.convert(question) != question and not simplified_only(question) and len(to) >= 3,
                  f"{q['id']}: must be written in Traditional ({sorted(to)})")
            check(not any(ch in ptext[d] for ch in to), f"{q['id']}: a Traditional-only character occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            check(not traditional_only(question), f"{q['id']}: Simplified questions only, except the traditional kind")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2T.convert(w), S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = question.replace(q["wrong"], q["right"]) if k == "typo" else question
            runs[q["id"]] = lcs_run(T2S.convert(text), T2S.convert(ev))
            lim = PARAPHRASE_MAX_RUN if k == "paraphrase" else OTHER_MAX_RUN
            check(runs[q["id"]] <= lim, f"{q['id']}: common run {runs[q['id']]} > {lim}")
        out.append({"id": q["id"], "kind": k, "question": question, "answer": ans, "evidence": ev, "doc": FILES[d]})

    check(len(out) == 50, "need 50 questions")
    check(len({o["question"] for o in out}) == 50, "questions distinct")
    kc = {}
    for o in out:
        kc[o["kind"]] = kc.get(o["kind"], 0) + 1
    check(kc == KIND_COUNTS, f"kind counts {kc}")
    for kind, per in KIND_DOC_COUNTS.items():
        got = tuple(sum(1 for q in Q if q["kind"] == kind and q["doc"] == d) for d in "ABC")
        check(got == per, f"{kind}: per-doc counts {got}, want {per}")
    dc = {d: sum(1 for q in Q if q["doc"] == d) for d in "ABC"}
    check(dc == DOC_COUNTS, f"doc counts {dc}")
    check(all(re.fullmatch(r"u49-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    a_table_q = [q for q in Q if q["doc"] == "A" and q.get("hint", "").split(" | ")[0].isdigit()]
    a_page2 = {r[0] for r in a_tables[pages_with_rows[-1]]} if pages_with_rows else set()
    check(any(q["hint"].split(" | ")[0] in a_page2 for q in a_table_q), "A: some questions ask rows on the table's second page")

    with open(ROOT / "questions.jsonl", "wb") as f:
        for o in out:
            f.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))

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
    print(f"A: {len(a_texts)} pages, table rows per page {[len(p) for p in a_tables]}")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    print("longest common run: paraphrase max", max(para.values()), "at", max(para, key=para.get),
          "; other Chinese max", max(runs.values()), "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
