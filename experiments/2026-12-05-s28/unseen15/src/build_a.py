"""Doc A: 2026年度烟台市科技计划项目申报指南 (PDF, reportlab STSong-Light).

Six 专题 written in the same four-part shape ((一)研究内容 (二)考核指标
(三)支持方式与强度 (四)申报要求) with different figures; running header and
"第 N 页 共 M 页" footer on every page (furniture, left out of plain/)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPUS, A_NAME, write_plain  # noqa: E402

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

HEADER = "烟台市科学技术局　2026年度烟台市科技计划项目申报指南"
TITLE = "2026年度烟台市科技计划项目申报指南"
NUMS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]

# name, directions, focus, indicators, pay_mode, count, cap, total, period, requirements
TOPICS = [
    dict(name="海洋生物与医药专题",
         directions=["海洋创新药物", "海洋生物制品", "海洋功能食品"],
         focus="重点支持以海藻、海参、贝类等海洋生物资源为原料的新药发现、活性物质高效提取、规模化制备及质量控制等关键技术研究。",
         indicators="项目执行期内，每个项目申请发明专利不少于3件，完成至少1个候选药物的临床前研究或取得1项医疗器械注册证，实现新增销售收入不低于1500万元。",
         pay="采取前资助方式，立项后一次性拨付财政资金。",
         count=6, cap=200, total=1000, period="3年",
         req="由企业牵头申报，须联合至少1家高校或科研院所；企业自筹资金与财政资金比例不低于1:1；项目负责人年龄不超过55周岁。"),
    dict(name="高端装备与智能制造专题",
         directions=["工业母机", "智能机器人", "海工装备", "工程机械"],
         focus="重点支持高精度数控系统、伺服驱动、智能感知与控制等核心部件研发及整机集成应用。",
         indicators="项目执行期内，每个项目研制样机或首台（套）装备不少于1台（套），关键性能指标达到国内领先水平，申请发明专利不少于5件，实现新增产值不低于6000万元。",
         pay="采取分期拨付方式，立项后拨付财政资金的60%，项目验收合格后拨付其余40%。",
         count=8, cap=300, total=1800, period="2年",
         req="牵头企业上年度营业收入不低于5000万元，且研发投入占营业收入比例不低于3%；企业自筹资金与财政资金比例不低于2:1；项目负责人年龄不超过60周岁。"),
    dict(name="新能源与储能专题",
         directions=["海上风电", "核能综合利用", "氢能", "新型储能"],
         focus="重点支持大功率风电机组关键部件、核能供暖、电解水制氢、压缩空气储能及液流电池等技术研发与示范。",
         indicators="项目执行期内，每个项目建成中试线或示范工程1项以上，申请发明专利不少于4件，牵头制定行业标准或团体标准不少于1项。",
         pay="采取前资助方式，立项后拨付财政资金的70%，通过中期评估后拨付其余30%。",
         count=10, cap=250, total=2000, period="2年",
         req="鼓励产学研联合申报，牵头单位须建有相关领域省级及以上研发平台；企业自筹资金与财政资金比例不低于1.5:1；项目负责人年龄不超过50周岁。"),
    dict(name="新材料专题",
         directions=["化工新材料", "先进陶瓷材料", "高端有色金属材料"],
         focus="重点支持材料配方设计、制备工艺优化、工程化放大及下游应用验证。",
         indicators="项目执行期内，每个项目实现新材料产品产业化1项以上，申请发明专利不少于4件，实现新增销售收入不低于3000万元。",
         pay="采取后补助方式，项目验收合格后按实际研发投入的20%给予补助。",
         count=8, cap=150, total=1000, period="3年",
         req="牵头单位须为有效期内的国家高新技术企业；企业自筹资金与财政资金比例不低于3:1；项目负责人年龄不超过58周岁。"),
    dict(name="现代农业与种业专题",
         directions=["苹果和大樱桃良种选育", "海水养殖良种繁育", "农产品精深加工"],
         focus="重点支持新品种选育、标准化栽培、病虫害绿色防控及加工副产物综合利用等技术研究。",
         indicators="项目执行期内，每个项目选育新品种（品系）不少于1个或集成推广新技术不少于2项，建立示范基地不少于200亩，带动农户增收不低于500万元。",
         pay="采取前资助方式，立项后一次性拨付财政资金。",
         count=12, cap=80, total=800, period="4年",
         req="可由企业、高校、科研院所或农民专业合作社牵头申报；牵头单位为企业的，自筹资金与财政资金比例不低于1:1；项目负责人年龄不超过60周岁。"),
    dict(name="人工智能与数字经济专题",
         directions=["工业大模型", "智能网联汽车", "工业互联网平台", "数据要素流通"],
         focus="重点支持行业大模型训练与应用、车路协同、设备远程运维和数据安全可信流通等技术研发与场景示范。",
         indicators="项目执行期内，每个项目登记软件著作权不少于5项，在不少于3家企业实现示范应用，实现新增销售收入不低于2000万元。",
         pay="采取后补助方式，项目验收合格后按实际研发投入的30%给予补助。",
         count=9, cap=100, total=700, period="18个月",
         req="牵头企业须为已入库的科技型中小企业；企业自筹资金与财政资金比例不低于2:1；项目负责人年龄不超过45周岁。"),
]

TOTAL_COUNT = sum(t["count"] for t in TOPICS)
TOTAL_MONEY = sum(t["total"] for t in TOPICS)
MAX_MONEY_TOPIC = max(TOPICS, key=lambda t: t["total"])
MAX_COUNT_TOPIC = max(TOPICS, key=lambda t: t["count"])


def topic_paragraphs(i, t):
    dirs = "、".join(t["directions"])
    n = len(t["directions"])
    return [
        ("h2", f"{NUMS[i]}、{t['name']}"),
        ("p", f"（一）研究内容。围绕{dirs}{n}个方向，{t['focus']}"),
        ("p", f"（二）考核指标。{t['indicators']}"),
        ("p", f"（三）支持方式与强度。{t['pay']}本专题拟支持项目{t['count']}项，"
              f"单个项目最高支持{t['cap']}万元，专题资金总额{t['total']}万元，项目实施周期为{t['period']}。"),
        ("p", f"（四）申报要求。{t['req']}"),
    ]


def content():
    paras = [("title", TITLE)]
    paras.append(("p", "为深入实施创新驱动发展战略，围绕我市海洋经济、高端装备、新能源、新材料、现代农业和数字经济等"
                       "重点产业链的关键核心技术需求，组织实施2026年度烟台市科技计划项目，现将申报指南发布如下。"))
    paras.append(("p", f"本年度指南共设{len(TOPICS)}个专题，计划支持项目{TOTAL_COUNT}项，安排市级财政科技资金{TOTAL_MONEY}万元。"
                       f"其中，{MAX_MONEY_TOPIC['name']}安排资金最多，为{MAX_MONEY_TOPIC['total']}万元；"
                       f"{MAX_COUNT_TOPIC['name']}支持项目数量最多，为{MAX_COUNT_TOPIC['count']}项。"))
    paras.append(("p", "各专题项目均须由在烟台市行政区域内注册、具有独立法人资格的单位牵头申报；"
                       "同一单位本年度牵头申报项目不超过2项，同一项目负责人限报1项。本指南所列资金均为市级财政科技资金，区市配套资金另行安排。"))
    for i, t in enumerate(TOPICS):
        paras.extend(topic_paragraphs(i, t))
    k = len(TOPICS)
    paras += [
        ("h2", f"{NUMS[k]}、申报时间和方式"),
        ("p", "网上申报时间为2026年3月2日9:00至3月31日17:00，逾期系统自动关闭。申报单位通过烟台市科技计划项目管理系统"
              "在线填报申报书并上传附件，无需报送纸质材料。申报书须经所在区市科技主管部门审核推荐后方可提交。"),
        ("h2", f"{NUMS[k + 1]}、其他事项"),
        ("p", "（一）项目申报实行科研诚信承诺制，申报单位和项目负责人须签署科研诚信承诺书。"),
        ("p", "（二）存在严重失信行为记录，或有在研市级科技计划项目逾期未结题的单位和个人，不得申报本年度项目。"),
        ("p", "（三）项目立项后，由烟台市科学技术局与项目承担单位签订任务书，项目执行情况纳入年度绩效评价，"
              "评价结果作为后续财政支持的重要依据。"),
        ("h2", f"{NUMS[k + 2]}、咨询方式"),
        ("p", "海洋生物与医药、高端装备与智能制造、新能源与储能、新材料专题咨询：高新技术科，电话0535-6788215。"),
        ("p", "现代农业与种业专题咨询：农村科技科，电话0535-6788236。"),
        ("p", "人工智能与数字经济专题咨询：发展规划科，电话0535-6788207。"),
        ("p", "申报系统技术支持电话：0535-6788250。"),
        ("sign", "烟台市科学技术局"),
        ("sign", "2026年2月10日"),
    ]
    return paras


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so that the footer can say 第 N 页 共 M 页."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total):
        w, h = A4
        self.setFont("STSong-Light", 9)
        self.drawCentredString(w / 2, h - 15 * mm, HEADER)
        self.line(25 * mm, h - 17 * mm, w - 25 * mm, h - 17 * mm)
        self.drawCentredString(w / 2, 12 * mm, f"第 {self._pageNumber} 页 共 {total} 页")


def build():
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    styles = {
        "title": ParagraphStyle("t", fontName="STSong-Light", fontSize=16, leading=26,
                                alignment=TA_CENTER, spaceAfter=12, wordWrap="CJK"),
        "h2": ParagraphStyle("h", fontName="STSong-Light", fontSize=12.5, leading=22,
                             spaceBefore=8, spaceAfter=4, wordWrap="CJK"),
        "p": ParagraphStyle("p", fontName="STSong-Light", fontSize=11, leading=20,
                            firstLineIndent=22, spaceAfter=4, wordWrap="CJK"),
        "sign": ParagraphStyle("s", fontName="STSong-Light", fontSize=11, leading=20,
                               alignment=2, wordWrap="CJK"),
    }
    CORPUS.mkdir(parents=True, exist_ok=True)
    out = CORPUS / A_NAME
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm,
                            title=TITLE, author="烟台市科学技术局")
    story = []
    paras = content()
    for kind, text in paras:
        if kind == "sign" and text == "烟台市科学技术局":
            story.append(Spacer(1, 10))
        story.append(Paragraph(text, styles[kind]))
    doc.build(story, canvasmaker=NumberedCanvas)
    write_plain(A_NAME, [t for _, t in paras])
    return out


if __name__ == "__main__":
    print(build())
