"""Build document B: a GB/T 9704-style 通知 from the (fictional) 南通市科学技术局 as a PDF
(reportlab, STSong-Light CID font, CJK wrapping), plus its plain text in plain/B_*.txt.

Elements: 发文机关标志 (red), 发文字号, red rule, 标题, 主送机关, body with 一、二、三、
sections and （一）（二） items, 联系人/联系电话 block, 附件说明, 发文机关署名, 成文日期,
附注, page numbers "— N —", and an annex table (14 rows + 合计) that is long enough to
break across a page; its header row is repeated on the continuation page.
All names, numbers and phone numbers are fictional.
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAME = "B_nantong_guanjianhexinjishu_shenbao_tongzhi"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

ISSUER_MARK = "南通市科学技术局文件"
DOC_NO = "通科发〔2026〕12号"
TITLE = "南通市科学技术局关于组织申报2026年度产业前瞻与关键核心技术攻关项目的通知"
ADDRESSEE = "各县（市、区）科技局，各功能园区科技主管部门，各有关高校、科研院所和企业："

# ("h", text) = 一级标题 line; ("p", text) = body paragraph (first-line indent)
BODY = [
    ("p", "为深入实施创新驱动发展战略，聚焦我市重点产业链关键环节开展技术攻关，着力突破一批制约产业发展的“卡脖子”技术，培育一批具有自主知识产权的标志性产品，根据《南通市市级科技计划项目管理办法》和《南通市市级财政科技资金管理办法》有关规定，现将2026年度产业前瞻与关键核心技术攻关项目申报工作有关事项通知如下。"),
    ("h", "一、支持方向和方式"),
    ("p", "（一）支持方向。本年度项目围绕船舶海工、高端纺织、新一代信息技术、新材料、生物医药、新能源和高端装备7个重点领域，设置14个指南方向，拟支持项目32项，具体见附件。优先支持链主企业牵头、联合上下游企业协同攻关的项目。"),
    ("p", "（二）项目类别。项目分为重大专项和重点项目两类。重大专项实施周期不超过3年，市财政资助每项最高500万元；重点项目实施周期不超过2年，市财政资助每项最高200万元。各指南方向的单项资助上限以附件所列为准。"),
    ("p", "（三）支持方式。市财政资金采取“立项后拨付50%、中期评估合格后拨付30%、验收通过后拨付20%”的方式分期拨付。本年度市财政安排攻关项目资金总额不超过7540万元。"),
    ("h", "二、申报条件"),
    ("p", "（一）申报单位应为在南通市行政区域内注册、具有独立法人资格的企业、高等学校或者科研院所，注册时间须在2025年1月1日之前。"),
    ("p", "（二）企业申报的，应为有效期内的高新技术企业或者已入库的科技型中小企业，上一年度研发费用占营业收入比例不低于3%。"),
    ("p", "（三）项目须采取产学研联合方式申报。由企业牵头的，应当至少联合1家高校或者科研院所，联合单位总数不超过3家。"),
    ("p", "（四）企业自筹资金与申请市财政资金的比例，重大专项不低于3:1，重点项目不低于2:1。"),
    ("p", "（五）项目负责人年龄原则上不超过60周岁（1966年1月1日以后出生），且同期主持在研市级科技计划项目不超过1项。"),
    ("p", "（六）申报单位近3年内无科研严重失信行为记录，未被列入严重违法失信名单。"),
    ("p", "（七）已承担市级科技计划项目逾期未验收的单位，不得申报本年度项目。"),
    ("h", "三、申报程序"),
    ("p", "（一）网上填报。申报单位登录“南通市科技项目管理服务平台”注册并在线填写申报书，网上填报时间为2026年3月2日9:00至3月31日17:00，逾期系统自动关闭。"),
    ("p", "（二）审核推荐。各县（市、区）科技局和各功能园区科技主管部门对申报材料的真实性、完整性进行审核，于2026年4月10日前完成网上推荐。高校、科研院所可以直接向市科技局申报。"),
    ("p", "（三）报送纸质材料。通过网上推荐的项目，申报单位须于2026年4月20日前将纸质申报书一式2份（A4纸双面印刷、胶装）报送至市科技局高新技术处（南通市崇川区世纪大道6号政务中心B区5楼518室）。"),
    ("p", "（四）组织评审。市科技局委托专业机构组织专家评审，采取“线上初评+现场答辩”方式进行，评审结果经局党组会议研究后，在市科技局网站公示7个工作日。评审重点考察项目的技术先进性、产业带动性、实施基础和预期效益。"),
    ("h", "四、项目管理"),
    ("p", "（一）立项项目实行合同管理。项目承担单位应当在立项通知下达后30日内与市科技局签订项目任务书，明确考核指标、经费预算和实施进度。"),
    ("p", "（二）项目实施满一半周期时，市科技局组织中期评估。中期评估结果分为优秀、合格和不合格三个等级，评估不合格的，停止拨付后续资金并限期整改。"),
    ("p", "（三）项目实施期满后3个月内，承担单位应当提出验收申请。因特殊原因需要延期的，应当在期满前2个月提出申请，延期时间最长不超过1年。"),
    ("h", "五、有关要求"),
    ("p", "（一）同一项目不得同时申报市级其他科技计划，已获市级以上财政资金支持的项目不得重复申报，一经发现即取消申报资格。"),
    ("p", "（二）申报单位应当签署科研诚信承诺书，对申报材料的真实性负责。对弄虚作假的，一经查实，3年内取消其申报市级科技计划项目的资格。"),
    ("p", "（三）各推荐单位要加强政策宣传和申报辅导，严格审核把关，确保推荐项目质量。"),
    ("p", "（四）项目形成的知识产权原则上归项目承担单位所有，项目成果应当优先在本市转化应用。"),
    ("p", "（五）项目申报和评审过程中不收取任何费用，请申报单位谨防上当受骗。"),
    ("h", "六、联系方式"),
    ("p", "政策咨询：市科技局高新技术处，联系人：陆明远，联系电话：0513-85091276"),
    ("p", "项目受理：市科技局资源配置与管理处，联系人：顾小岚，联系电话：0513-85091283"),
    ("p", "系统技术支持：市科技项目管理服务平台运维中心，联系人：周文博，联系电话：0513-85520917"),
]
ANNEX_NOTE = "附件：2026年度南通市产业前瞻与关键核心技术攻关项目指南方向一览表"
SIGNER = "南通市科学技术局"
DATE = "2026年2月16日"
REMARK = "（此件公开发布）"
ANNEX_LABEL = "附件"
ANNEX_TITLE = "2026年度南通市产业前瞻与关键核心技术攻关项目指南方向一览表"
HEADER = ["序号", "领域", "指南方向", "项目类别", "拟支持数量（项）", "单项资助上限（万元）", "主要考核指标"]
ROWS = [
    ["1", "船舶海工", "大型LNG运输船液货围护系统关键技术", "重大专项", "2", "500", "完成围护系统样机研制，日蒸发率不高于0.085%"],
    ["2", "船舶海工", "深远海风电安装平台智能升降系统", "重点项目", "3", "200", "升降同步精度优于±2毫米，形成示范应用1套以上"],
    ["3", "高端纺织", "生物基可降解纤维连续化制备技术", "重大专项", "1", "500", "建成千吨级示范线，纤维断裂强度不低于3.5cN/dtex"],
    ["4", "高端纺织", "智能可穿戴功能面料开发", "重点项目", "4", "150", "开发功能面料新产品5种以上，实现销售收入3000万元"],
    ["5", "新一代信息技术", "车规级功率半导体封装测试技术", "重大专项", "2", "500", "通过车规级可靠性认证，封装良率达到99.5%以上"],
    ["6", "新一代信息技术", "工业互联网边缘计算网关", "重点项目", "3", "200", "支持10种以上工业协议，在20家以上企业推广应用"],
    ["7", "新材料", "高性能碳纤维复合材料成型工艺", "重点项目", "2", "200", "制品孔隙率低于1%，成型周期缩短30%以上"],
    ["8", "新材料", "稀土永磁材料晶界扩散技术", "重点项目", "2", "180", "重稀土用量降低40%以上，矫顽力提升5kOe以上"],
    ["9", "生物医药", "抗体偶联药物新靶点研究", "重大专项", "1", "450", "获得临床试验批件或完成全部临床前研究"],
    ["10", "生物医药", "高端医疗器械核心部件国产化", "重点项目", "3", "150", "核心部件完成注册检验，替代进口产品2种以上"],
    ["11", "新能源", "钠离子电池正极材料规模化制备", "重点项目", "2", "200", "比容量不低于150mAh/g，建成百吨级中试线"],
    ["12", "新能源", "海上光伏柔性支架系统", "重点项目", "2", "120", "抗风等级不低于17级，完成5兆瓦以上示范工程"],
    ["13", "高端装备", "高精度数控机床主轴单元", "重点项目", "3", "180", "主轴径向跳动不大于1微米，连续无故障运行2000小时"],
    ["14", "高端装备", "工业机器人精密减速器", "重点项目", "2", "200", "传动精度不大于1弧分，寿命达到8000小时以上"],
    ["合计", "—", "—", "—", "32", "—", "—"],
]


def check_figures():
    assert sum(int(r[4]) for r in ROWS[:-1]) == int(ROWS[-1][4]) == 32
    assert sum(int(r[4]) * int(r[5]) for r in ROWS[:-1]) == 7540
    for r in ROWS[:-1]:
        assert int(r[5]) <= (500 if r[3] == "重大专项" else 200)


def styles():
    base = dict(fontName=FONT, wordWrap="CJK")
    return {
        "mark": ParagraphStyle("mark", fontSize=30, leading=40, alignment=TA_CENTER,
                               textColor=colors.red, **base),
        "docno": ParagraphStyle("docno", fontSize=16, leading=28, alignment=TA_CENTER, **base),
        "title": ParagraphStyle("title", fontSize=22, leading=34, alignment=TA_CENTER, **base),
        "addr": ParagraphStyle("addr", fontSize=16, leading=29, alignment=TA_LEFT, **base),
        "h": ParagraphStyle("h", fontSize=16, leading=29, firstLineIndent=32, **base),
        "p": ParagraphStyle("p", fontSize=16, leading=29, firstLineIndent=32, alignment=TA_LEFT, **base),
        "right": ParagraphStyle("right", fontSize=16, leading=29, alignment=TA_RIGHT,
                                rightIndent=64, **base),
        "annexlabel": ParagraphStyle("annexlabel", fontSize=16, leading=29, **base),
        "annextitle": ParagraphStyle("annextitle", fontSize=18, leading=30, alignment=TA_CENTER,
                                     spaceAfter=10, **base),
        "cell": ParagraphStyle("cell", fontSize=10.5, leading=14, alignment=TA_CENTER, **base),
        "cellL": ParagraphStyle("cellL", fontSize=10.5, leading=14, alignment=TA_LEFT, **base),
    }


def page_number(canv, doc):
    canv.saveState()
    canv.setFont(FONT, 14)
    canv.drawCentredString(A4[0] / 2, 18 * mm, "— %d —" % doc.page)
    canv.restoreState()


def main():
    check_figures()
    st = styles()
    story = [
        Paragraph(ISSUER_MARK, st["mark"]), Spacer(1, 12),
        Paragraph(DOC_NO, st["docno"]),
        HRFlowable(width="100%", thickness=1.5, color=colors.red, spaceBefore=2, spaceAfter=14),
        Paragraph(TITLE, st["title"]), Spacer(1, 14),
        Paragraph(ADDRESSEE, st["addr"]),
    ]
    for kind, text in BODY:
        story.append(Paragraph(text, st[kind]))
    story += [Spacer(1, 29), Paragraph(ANNEX_NOTE, st["p"]), Spacer(1, 58),
              Paragraph(SIGNER, st["right"]), Paragraph(DATE, st["right"]), Spacer(1, 20),
              Paragraph(REMARK, st["p"]), PageBreak(),
              Paragraph(ANNEX_LABEL, st["annexlabel"]), Paragraph(ANNEX_TITLE, st["annextitle"])]
    data = [[Paragraph(c, st["cell"]) for c in HEADER]]
    for r in ROWS:
        data.append([Paragraph(c, st["cellL"] if i in (2, 6) else st["cell"]) for i, c in enumerate(r)])
    widths = [w * mm for w in (12, 24, 32, 20, 15, 17, 36)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    story.append(table)
    os.makedirs(os.path.join(ROOT, "corpus"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "plain"), exist_ok=True)
    doc = SimpleDocTemplate(os.path.join(ROOT, "corpus", NAME + ".pdf"), pagesize=A4,
                            topMargin=37 * mm, bottomMargin=35 * mm, leftMargin=28 * mm,
                            rightMargin=26 * mm, title=TITLE, author=SIGNER)
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)

    plain = [ISSUER_MARK, DOC_NO, TITLE, ADDRESSEE] + [t for _, t in BODY]
    plain += [ANNEX_NOTE, SIGNER, DATE, REMARK, ANNEX_LABEL, ANNEX_TITLE, " | ".join(HEADER)]
    plain += [" | ".join(r) for r in ROWS]
    with open(os.path.join(ROOT, "plain", NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(plain) + "\n")
    print("B:", NAME + ".pdf", "pages:", doc.page)


if __name__ == "__main__":
    main()
