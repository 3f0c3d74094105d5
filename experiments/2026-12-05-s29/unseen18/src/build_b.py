"""Document B: 绵阳市2025年科技成果转化年度报告 (.pdf, reportlab + STSong-Light)."""
import os

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from common import CORPUS, DOC_B, corpus_path, row_line, write_plain

FONT = "STSong-Light"
TITLE = "绵阳市2025年科技成果转化年度报告"
ISSUER = "绵阳市科学技术局　2026年2月26日"
FOOTER = "绵阳市科技成果转化年度报告（2025）"

TABLE_CAPTION = "表1　2025年各县市区技术合同登记情况"
TABLE = [
    ["县市区", "登记合同数（项）", "成交额（亿元）", "同比增长（%）"],
    ["涪城区", "986", "72.4", "15.2"],
    ["游仙区", "812", "68.9", "21.4"],
    ["安州区", "236", "12.6", "9.8"],
    ["江油市", "418", "28.7", "12.5"],
    ["三台县", "197", "8.3", "18.1"],
    ["梓潼县", "143", "5.6", "11.3"],
    ["绵阳高新区", "905", "71.8", "19.6"],
    ["科技城新区", "589", "44.3", "24.7"],
    ["合计", "4286", "312.6", "16.8"],
]
TOTAL_CONTRACTS = 4286
TOTAL_AMOUNT = 312.6
# type breakdown, seller breakdown, destination breakdown (亿元) -> must each sum to TOTAL_AMOUNT
BY_TYPE = {"技术开发": 128.4, "技术转让": 36.2, "技术许可": 9.7, "技术咨询": 12.5, "技术服务": 125.8}
BY_SELLER = {"企业": 271.5, "高校和科研院所": 38.4, "其他": 2.7}
SHARES = {"企业": ("271.5", "86.9%"), "高校和科研院所": ("38.4", "12.3%"), "省外": ("168.3", "53.8%")}
BY_DEST = {"省外": 168.3, "省内": 144.3}
ORGS = {"国家级": 3, "省级": 17, "市级": 22, "合计": 42}

# (kind, text): kind in title/meta/h/p/caption/table
BODY = [
    ("title", TITLE),
    ("meta", ISSUER),
    ("h", "一、总体情况"),
    ("p", "2025年，全市科技系统深入落实科技城建设部署，以技术市场为纽带、以转化平台为支撑，推动科技成果向现实生产力加快转化。"
          "全年登记技术合同4286项，同比增长11.2%；技术合同成交额312.6亿元，同比增长16.8%；其中技术交易额128.6亿元，同比增长16.1%。"
          "全市吸纳技术合同成交额306.2亿元，同比增长18.6%，技术输出与吸纳基本平衡。"),
    ("p", "全年实施重点科技成果转化项目875项，带动新增产值213.7亿元、新增利税21.6亿元；全市技术合同成交额与地区生产总值之比达到6.9%，"
          "较上年提高0.8个百分点。"),
    ("p", "全年，市委、市政府将科技成果转化工作纳入科技城建设年度重点任务，建立由市科学技术局牵头、市级有关部门参加的"
          "成果转化工作联席会议制度，定期研究解决重大转化项目落地中的困难和问题。各县市区结合自身产业基础，围绕主导产业链部署创新链，"
          "推动技术市场、中试熟化、金融服务和人才队伍协同发力，科技成果转化工作呈现规模扩大、结构优化、质量提升的良好态势。"),
    ("h", "二、技术合同交易"),
    ("p", "从合同类型看，技术开发合同成交额128.4亿元，技术转让合同成交额36.2亿元，技术许可合同成交额9.7亿元，"
          "技术咨询合同成交额12.5亿元，技术服务合同成交额125.8亿元。技术开发和技术服务合同合计占全市成交额的81.3%。"),
    ("p", "从卖方主体看，企业输出技术合同成交额271.5亿元，占全市的86.9%，继续发挥技术创新主体作用；"
          "高校和科研院所输出技术合同成交额38.4亿元，占12.3%，同比增长23.5%；其他主体输出2.7亿元，占0.9%。"),
    ("p", "从技术流向看，流向四川省外的技术合同成交额168.3亿元，占全市的53.8%，主要流向广东、江苏、陕西等省份；"
          "留在省内转化的成交额144.3亿元，其中在本市转化的成交额97.5亿元。"),
    ("p", "分区域看，涪城区技术合同成交额72.4亿元，居全市首位；绵阳高新区成交额71.8亿元，位列第二；"
          "科技城新区成交额同比增长24.7%，增速为全市最快。各县市区技术合同登记情况见表1。"),
    ("caption", TABLE_CAPTION),
    ("table", TABLE),
    ("h", "三、科技成果转化平台建设"),
    ("p", "全市现有技术转移示范机构42家，其中国家级3家、省级17家、市级22家，全年新增省级技术转移示范机构4家。"
          "建成中试基地14个，全年为企业提供中试熟化服务620余次；已建成概念验证中心6个，全年完成概念验证项目58项。"
          "中试基地重点覆盖电子信息、新材料和生物医药等领域，有效降低了中小企业工程化验证的成本和风险。"),
    ("p", "中国（绵阳）科技城技术交易中心全年组织技术成果发布和供需对接活动36场，发布成果2180项，促成意向合作312项。"
          "校地共建的高校技术转移服务站累计服务企业410家，协助企业解决技术难题175项。"),
    ("h", "四、重点领域成果转化"),
    ("p", "从技术领域看，电子信息领域技术合同成交额96.3亿元，先进制造领域71.5亿元，新材料领域38.7亿元，"
          "核技术应用领域24.9亿元，生物医药领域18.6亿元，五个领域合计250.0亿元，占全市成交额的80.0%。"),
    ("p", "电子信息领域依托整机企业和配套企业的技术需求，全年吸纳技术合同成交额同比增长21.9%；"
          "核技术应用领域以辐照加工、同位素制备为重点，新落地转化项目27项。"),
    ("h", "五、改革探索与典型做法"),
    ("p", "一是推行“先使用后付费”专利许可模式，全年高校和科研院所以该模式向中小企业许可专利215件。"
          "二是深化职务科技成果赋权改革，试点单位扩大到12家，累计赋予科研人员成果所有权或长期使用权的成果168项。"
          "三是举办科技城成果转化路演活动18场，路演项目146个，达成合作意向金额9.8亿元。"),
    ("p", "四是建立技术合同登记“一网通办”机制，合同登记平均办理时间由5个工作日压缩至2个工作日，"
          "全年为企业办理技术合同免税认定1826项。"),
    ("h", "六、科技金融支撑"),
    ("p", "市科学技术局全年安排科技成果转化引导资金2.35亿元，支持成果转化项目126项，撬动社会投入19.4亿元，"
          "资金重点投向高校和科研院所成果在本市落地转化、企业承接重大技术攻关成果产业化等项目。"
          "“科创贷”全年放款46.8亿元，惠及科技型中小企业1032家；知识产权质押融资金额31.2亿元，同比增长14.6%。"),
    ("p", "全市办理专利转让许可备案3142件，同比增长9.4%；高校和科研院所专利转化实施率达到14.2%。"),
    ("h", "七、技术转移人才队伍"),
    ("p", "全市累计登记技术经纪人1268人，其中2025年新增316人，具有高级技术经纪人资格的87人。"
          "全年举办技术转移人才培训班24期，培训2150人次。"),
    ("p", "全市推行技术经纪人分级评价，将促成技术合同的数量和质量作为评价的主要依据；"
          "支持高校和科研院所与技术转移机构联合设立技术经理人岗位，推动形成懂技术、懂市场、懂法律的复合型服务队伍。"),
    ("h", "八、存在的问题"),
    ("p", "一是县域技术合同规模偏小，三台县、梓潼县成交额合计不足15亿元；二是高校和科研院所成果本地转化比例不高；"
          "三是专业化技术转移人才仍然紧缺，高级技术经纪人数量不足百人。"),
    ("p", "此外，部分中试基地设备共享程度不高，对外服务收费标准不够统一；概念验证中心运营机制尚在探索之中，"
          "可持续运营能力有待增强；科技金融产品与成果转化不同阶段的资金需求衔接还不够紧密，早期项目融资难的问题依然存在。"),
    ("h", "九、2026年工作安排"),
    ("p", "2026年，力争全市技术合同成交额突破350亿元，新建概念验证中心4个、中试基地3个，新培育技术经纪人200名，"
          "推动高校和科研院所本地转化成交额增长20%以上。"),
    ("p", "重点抓好四个方面工作：一是壮大技术市场，完善技术交易中心线上线下服务功能，推动县域技术合同登记服务全覆盖；"
          "二是完善转化平台，支持龙头企业牵头建设开放共享的中试基地，探索概念验证中心市场化运营模式；"
          "三是强化要素保障，优化科技成果转化引导资金使用方式，扩大“科创贷”覆盖面；"
          "四是建强人才队伍，实施技术经纪人能力提升行动，鼓励高校和科研院所设立专职技术转移岗位，健全转化收益分配激励机制。"),
    ("h", "附注"),
    ("p", "1．本报告技术合同数据来源于全国技术合同管理与服务系统，按登记口径统计。"),
    ("p", "2．部分数据为快报数，个别数据因四舍五入，分项之和与合计数略有差异。"),
]


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawString(25 * mm, 12 * mm, FOOTER)
    canvas.drawRightString(A4[0] - 25 * mm, 12 * mm, "第 %d 页" % doc.page)
    canvas.restoreState()


def build():
    rl_config.invariant = 1  # reproducible PDF bytes (fixed dates and id)
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    st_title = ParagraphStyle("t", fontName=FONT, fontSize=18, leading=28, alignment=1, spaceAfter=6)
    st_meta = ParagraphStyle("m", fontName=FONT, fontSize=11, leading=18, alignment=1, spaceAfter=10)
    st_h = ParagraphStyle("h", fontName=FONT, fontSize=14, leading=24, spaceBefore=8, spaceAfter=4)
    st_p = ParagraphStyle("p", fontName=FONT, fontSize=12, leading=22, firstLineIndent=24, wordWrap="CJK")
    st_cap = ParagraphStyle("c", fontName=FONT, fontSize=11, leading=18, alignment=1, spaceBefore=6, spaceAfter=4)
    os.makedirs(CORPUS, exist_ok=True)
    doc = SimpleDocTemplate(corpus_path(DOC_B), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title=TITLE, author="绵阳市科学技术局")
    story, lines = [], []
    for kind, text in BODY:
        if kind == "table":
            t = Table(text, colWidths=[35 * mm, 40 * mm, 40 * mm, 40 * mm])
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ]))
            story[-1:] = [KeepTogether([story[-1], t]), Spacer(1, 8)]
            lines += [row_line(r) for r in text]
            continue
        style = {"title": st_title, "meta": st_meta, "h": st_h, "p": st_p, "caption": st_cap}[kind]
        story.append(Paragraph(text, style))
        lines.append(text)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    write_plain(DOC_B, lines)
    return lines


if __name__ == "__main__":
    build()
    print("wrote", DOC_B)
