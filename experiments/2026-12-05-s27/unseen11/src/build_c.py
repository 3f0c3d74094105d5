"""Doc C: 长春市财政局 长春市科学技术局《长春市科技创新专项资金管理办法》 (Simplified, PDF).

Writes corpus/C_changchun_kejichuangxin_zhuanxiangzijin_guanlibanfa.pdf and the matching plain/ text.
reportlab + STSong-Light (CID), CJK wrapping, footer "第 N 页 共 M 页". The body leading is searched so that
at least one article paragraph breaks across a page boundary and the annex table stays on one page.
Fictional content (plausible, not real).
"""
import re
import sys
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
NAME = "C_changchun_kejichuangxin_zhuanxiangzijin_guanlibanfa"
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = "长春市科技创新专项资金管理办法"
SUB = "长春市财政局　长春市科学技术局　2025年12月18日印发"

# ("CH", chapter heading) | ("ART", article text) | ("ITEM", item text)
BODY = [
    ("CH", "第一章 总则"),
    ("ART", "第一条 为规范和加强长春市科技创新专项资金（以下简称专项资金）管理，提高财政资金使用效益，推动以科技创新引领产业振兴，根据预算管理和科技计划管理有关法律法规，结合本市实际，制定本办法。"),
    ("ART", "第二条 本办法所称专项资金，是指由市本级财政预算安排，用于支持本市科学研究、技术创新、成果转化和创新生态建设的资金。专项资金实施期限为2026年至2030年，期满后根据绩效评价结果确定是否继续实施。"),
    ("ART", "第三条 专项资金的管理和使用遵循以下原则："),
    ("ITEM", "（一）聚焦重点、集中投入。围绕汽车、轨道交通装备、光电信息、生物医药和现代农业等重点产业链布局创新资源，避免分散使用。"),
    ("ITEM", "（二）公开公正、竞争择优。项目申报、评审和立项全过程公开透明，择优支持。"),
    ("ITEM", "（三）放管结合、注重绩效。赋予项目承担单位和科研人员更大自主权，强化绩效目标管理和结果运用。"),
    ("ITEM", "（四）诚信为本、规范使用。项目承担单位和科研人员对资金使用的真实性、合规性负责。"),
    ("CH", "第二章 职责分工"),
    ("ART", "第四条 市财政局主要履行以下职责："),
    ("ITEM", "（一）会同市科技局制定专项资金管理制度；"),
    ("ITEM", "（二）审核专项资金年度预算，按规定及时拨付资金；"),
    ("ITEM", "（三）组织开展专项资金重点绩效评价和财务监督检查。"),
    ("ART", "第五条 市科技局主要履行以下职责："),
    ("ITEM", "（一）编制专项资金年度预算和项目申报指南；"),
    ("ITEM", "（二）组织项目申报、评审、立项、中期检查和验收；"),
    ("ITEM", "（三）负责项目日常管理和绩效运行监控，配合开展绩效评价。"),
    ("ART", "第六条 项目承担单位是专项资金使用管理的责任主体，主要履行以下职责："),
    ("ITEM", "（一）建立健全内部科研经费管理制度，按照批复的预算和项目合同书使用资金；"),
    ("ITEM", "（二）对项目资金实行单独核算，确保专款专用；"),
    ("ITEM", "（三）按时报送项目执行情况、决算报告和绩效自评报告，并对报送材料的真实性负责。"),
    ("CH", "第三章 支持范围和方式"),
    ("ART", "第七条 专项资金重点支持以下方面："),
    ("ITEM", "（一）基础研究和应用基础研究；"),
    ("ITEM", "（二）关键核心技术攻关；"),
    ("ITEM", "（三）科技成果转移转化和产业化；"),
    ("ITEM", "（四）重点实验室、技术创新中心等创新平台建设；"),
    ("ITEM", "（五）高新技术企业和科技型中小企业培育；"),
    ("ITEM", "（六）科技人才引进培养和科技交流合作。"),
    ("ART", "第八条 专项资金采取前资助、后补助、奖励、贷款贴息和股权投资等方式给予支持。前资助主要用于事前立项、事中实施的科研项目；后补助和奖励主要用于企业研发投入、新认定创新平台和已取得显著成效的成果转化项目；股权投资通过市科技创新引导基金按市场化方式运作。"),
    ("ART", "第九条 支持额度按照以下标准确定："),
    ("ITEM", "（一）重大科技专项项目，单个项目支持额度原则上不超过500万元；"),
    ("ITEM", "（二）一般科技计划项目，单个项目支持额度不超过50万元；"),
    ("ITEM", "（三）企业研发投入后补助，按企业上年度经核定研发投入增量部分的10%给予补助，单个企业年度补助最高不超过200万元；"),
    ("ITEM", "（四）新认定的国家级科技创新平台，一次性奖励300万元；新认定的省级科技创新平台，一次性奖励50万元。"),
    ("ART", "第十条 同一单位同一年度承担市级科技计划项目原则上不超过2项，项目负责人同期主持的在研市级科技计划项目不得超过1项。"),
    ("CH", "第四章 项目管理"),
    ("ART", "第十一条 市科技局根据本市科技发展规划和年度工作重点发布项目申报指南，明确支持方向、申报条件和受理时间，申报期一般不少于30日。"),
    ("ART", "第十二条 市科技局组织专家对申报项目进行评审。评审专家不少于5人且为单数，原则上从省科技专家库中随机抽取，与申报单位存在利害关系的专家应当回避。"),
    ("ART", "第十三条 市科技局根据评审结果，结合年度预算提出拟立项项目，在市科技局门户网站向社会公示，公示期为7个工作日。公示无异议的，经与市财政局会商后下达立项通知。"),
    ("ART", "第十四条 项目承担单位应当在立项通知下达之日起30日内签订项目合同书，明确研究目标、考核指标、资金预算和执行期限。"),
    ("ART", "第十五条 项目执行中研究目标、项目负责人、执行期限等发生重大调整的，应当报市科技局审批；项目执行期限延期原则上只能申请一次，延期时间最长不超过12个月。"),
    ("ART", "第十六条 项目执行期满后3个月内，项目承担单位应当提交验收申请及项目决算报告。市科技局组织验收，验收结论分为通过、结题和不通过三类。"),
    ("CH", "第五章 资金管理"),
    ("ART", "第十七条 前资助项目资金分两次拨付：项目立项后拨付支持资金总额的70%，中期检查合格后拨付其余30%。后补助和奖励类资金在审核确认后一次性拨付。"),
    ("ART", "第十八条 项目资金由直接费用和间接费用组成。直接费用包括设备费、业务费、劳务费等，直接费用中主要科目开支比例上限见附件。间接费用按照不超过直接费用扣除设备购置费后的一定比例核定：500万元以下的部分为30%，超过500万元至1000万元的部分为25%，超过1000万元的部分为20%。"),
    ("ART", "第十九条 项目承担单位可将间接费用全部用于绩效支出，并向创新绩效突出的团队和个人倾斜，绩效支出不纳入单位绩效工资总量调控基数。"),
    ("ART", "第二十条 项目结题后，结余资金按规定收回市财政统筹使用；通过验收且绩效评价为优秀的项目，结余资金可在2年内留归项目承担单位，继续用于科研活动。"),
    ("ART", "第二十一条 专项资金不得用于以下支出："),
    ("ITEM", "（一）偿还债务、缴纳罚款及捐赠赞助；"),
    ("ITEM", "（二）修建楼堂馆所及购置公务用车；"),
    ("ITEM", "（三）发放与项目无关的人员福利；"),
    ("ITEM", "（四）其他不符合国家和省市规定的支出。"),
    ("CH", "第六章 绩效管理与监督"),
    ("ART", "第二十二条 市科技局对专项资金实施全过程绩效管理，每年3月底前完成上一年度专项资金绩效自评；市财政局根据需要开展重点绩效评价，评价结果作为调整专项资金预算安排的重要依据。"),
    ("ART", "第二十三条 市科技局建立科研诚信记录，对弄虚作假、截留挪用、侵占专项资金的单位和个人，视情节轻重采取通报批评、追回已拨资金等措施，并记入科研诚信严重失信行为记录，5年内不得申报市级科技计划项目；涉嫌犯罪的，依法移送有关机关处理。"),
    ("CH", "第七章 附则"),
    ("ART", "第二十四条 各县（市）区可参照本办法，结合本地实际制定科技资金管理办法。"),
    ("ART", "第二十五条 本办法由市财政局、市科技局负责解释。"),
    ("ART", "第二十六条 本办法自2026年1月1日起施行，有效期5年。2019年印发的《长春市科技发展计划资金管理暂行办法》同时废止。"),
]

ANNEX_TITLE = "附件"
ANNEX_CAPTION = "长春市科技创新专项资金直接费用主要科目比例上限"
ANNEX = [
    ["费用类别", "比例上限"],
    ["设备购置费", "30%"],
    ["测试化验加工费", "20%"],
    ["劳务费", "40%"],
    ["专家咨询费", "5%"],
    ["会议费、差旅费、国际合作与交流费", "10%"],
    ["出版、文献、信息传播、知识产权事务费", "8%"],
]
ANNEX_NOTE = "注：比例上限均按占项目直接费用的比例计算。"


def footer_text(n, m):
    return f"第 {n} 页 共 {m} 页"


class NumberedCanvas(canvas.Canvas):
    """Two-pass page numbering: '第 N 页 共 M 页'."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(FONT, 9)
            self.drawCentredString(A4[0] / 2, 12 * mm, footer_text(self._pageNumber, total))
            super().showPage()
        super().save()


def make(path, leading, size=11.5):
    title = ParagraphStyle("t", fontName=FONT, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("s", fontName=FONT, fontSize=10.5, leading=16, alignment=TA_CENTER, spaceAfter=10)
    ch = ParagraphStyle("c", fontName=FONT, fontSize=13, leading=20, alignment=TA_CENTER,
                        spaceBefore=8, spaceAfter=6, keepWithNext=1)
    art = ParagraphStyle("a", fontName=FONT, fontSize=size, leading=leading, firstLineIndent=2 * size,
                         wordWrap="CJK", spaceAfter=3)
    item = ParagraphStyle("i", parent=art, firstLineIndent=2 * size, spaceAfter=1)
    story = [Paragraph(TITLE, title), Paragraph(SUB, sub)]
    for kind, text in BODY:
        story.append(Paragraph(text, {"CH": ch, "ART": art, "ITEM": item}[kind]))
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    tbl = Table([[Paragraph(c, cell) for c in r] for r in ANNEX], colWidths=[105 * mm, 45 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                             ("BACKGROUND", (0, 0), (-1, 0), "#dddddd"),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    annex = [Paragraph(ANNEX_TITLE, ParagraphStyle("ah", fontName=FONT, fontSize=13, leading=20)),
             Paragraph(ANNEX_CAPTION, ch), tbl, Spacer(1, 4), Paragraph(ANNEX_NOTE, item)]
    story.append(Spacer(1, 10))
    story.append(KeepTogether(annex))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title=TITLE,
                            author="长春市财政局 长春市科学技术局")
    doc.build(story, canvasmaker=NumberedCanvas)


def plain_lines():
    lines = [TITLE, SUB]
    lines += [t for _, t in BODY]
    lines += [ANNEX_TITLE, ANNEX_CAPTION] + [" | ".join(r) for r in ANNEX] + [ANNEX_NOTE]
    return lines


def nows(s):
    return re.sub(r"\s+", "", s)


def page_texts(path):
    r = PdfReader(str(path))
    m = len(r.pages)
    out = []
    for i, p in enumerate(r.pages, 1):
        t = nows(p.extract_text())
        t = t.replace(nows(footer_text(i, m)), "")
        out.append(t)
    return out


def split_articles(path):
    """Article/item lines that occur in no single page but in the joined text."""
    pages = page_texts(path)
    joined = "".join(pages)
    res = []
    for kind, text in BODY:
        if kind == "CH":
            continue
        t = nows(text)
        if t in joined and not any(t in p for p in pages):
            for i in range(len(pages) - 1):
                for cut in range(1, len(t)):
                    if pages[i].endswith(t[:cut]) and pages[i + 1].startswith(t[cut:]):
                        # a real break: at least 15 characters on each side of the page boundary
                        if min(cut, len(t) - cut) >= 15:
                            res.append(text)
    return len(pages), res


def build():
    (ROOT / "corpus").mkdir(exist_ok=True)
    (ROOT / "plain").mkdir(exist_ok=True)
    path = ROOT / "corpus" / f"{NAME}.pdf"
    grid = [(size, lead / 10) for size in (11.5, 11, 12, 10.5) for lead in range(170, 245, 5)]
    for size, leading in grid:
        make(path, leading, size)
        n, split = split_articles(path)
        if n >= 3 and split:
            break
    else:
        sys.exit("no font size / leading gave a paragraph split across pages")
    (ROOT / "plain" / f"{NAME}.txt").write_text("\n".join(plain_lines()) + "\n", encoding="utf-8")
    return f"{size}pt/{leading}pt", n, split


if __name__ == "__main__":
    leading, n, split = build()
    print(f"C written: font/leading {leading}, {n} pages, split across pages: {[s[:12] for s in split]}")
