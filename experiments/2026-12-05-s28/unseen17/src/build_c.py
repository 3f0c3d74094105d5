"""Build C: 关于《徐州市“十五五”科技创新规划》的政策解读 as PDF (reportlab, STSong-Light) and its plain text."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import C_FILE, C_PLAIN, write_plain  # noqa: E402

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

FONT = "STSong-Light"
RUNNING_HEADER = "徐州市科学技术局　政策解读"
FOOTER_FMT = "第 {n} 页 共 {m} 页"

TITLE = "关于《徐州市“十五五”科技创新规划》的政策解读"

# (kind, text): q = question line, a = answer paragraph, p = other paragraph
BODY = [
    ("p", "近日，徐州市人民政府印发《徐州市“十五五”科技创新规划》（以下简称《规划》）。为便于社会各界准确理解和把握《规划》内容，市科学技术局就有关问题解读如下。"),
    ("q", "一、《规划》是在什么背景下编制的？"),
    ("a", "答：“十五五”时期是徐州加快建设淮海经济区中心城市的关键时期。“十四五”以来，我市创新综合实力稳步提升，在全省设区市科技创新监测评价中的位次前移了3位，但研发投入强度仍低于全省平均水平，科技成果本地转化率不高。为系统谋划未来五年科技创新工作，市科学技术局牵头编制了《规划》。编制过程中开展了专题研究12项，先后征求了市有关部门、各县（市、区）、高校院所和企业等120余家单位的意见，经市政府常务会议审议通过后印发实施。"),
    ("q", "二、《规划》提出了怎样的总体目标？"),
    ("a", "答：《规划》提出，到2030年基本建成淮海经济区科技创新中心和具有全国影响力的产业科技创新高地。从几项标志性数据看，研发投入强度将从2025年的2.62%提升到3.20%，高新技术企业数将从3260家增加到5000家，技术合同成交额将从310亿元提高到600亿元。"),
    ("q", "三、《规划》的主要指标是如何设置的？"),
    ("a", "答：《规划》围绕创新投入、创新主体、创新平台、创新产出、创新环境5个方面设置了14项主要指标，以2025年为基期、2030年为目标年。其中约束性指标3项，分别是财政科技支出占一般公共预算支出比重、规模以上工业企业研发机构建有率、公民具备科学素质的比例，其余11项为预期性指标。与“十四五”规划相比，新增了基础研究经费占研发经费比重、新型研发机构数等指标，更加突出原始创新和新型创新载体建设。"),
    ("q", "四、《规划》部署了哪些重点任务？"),
    ("a", "答：《规划》从八个方面部署重点任务，分别是建设高能级创新平台体系、强化关键核心技术攻关、推动科技创新与产业创新深度融合、培育壮大科技企业、加快科技成果转移转化、集聚培育科技人才、加强科技惠民和科学普及、优化科技金融服务。"),
    ("q", "五、五大产业集群未来五年将如何发展？"),
    ("a", "答：《规划》明确以工程机械、新能源、集成电路与信息技术、生物医药与大健康、安全应急五大产业集群为主攻方向，到2030年五大产业集群规模合计突破7500亿元。"),
    ("a", "从增速看，集成电路与信息技术产业预计增长最快，规模将由2025年的680亿元增加到1500亿元以上，增幅超过一倍；工程机械产业规模将突破2600亿元，仍是全市体量最大的产业集群。"),
    ("q", "六、《规划》安排了哪些重大工程？"),
    ("a", "答：《规划》安排了六大重大工程，即淮海科创走廊建设工程、关键核心技术攻关工程、创新平台能级提升工程、科技企业梯次培育工程、科技成果转化提速工程、科技人才集聚工程。其中，淮海科创走廊以徐州高新区为核心，总长约85公里；关键核心技术攻关工程五年内实施重大科技攻关项目100项以上，市级财政累计投入不少于15亿元。"),
    ("q", "七、企业可以享受哪些支持政策？"),
    ("a", "答：《规划》明确了一批含金量较高的支持措施。企业首次被认定为高新技术企业的，可获得30万元奖励，重新认定的可获得10万元奖励。新认定的市级新型研发机构，按上年度研发投入的20%给予建设支持，最高可达500万元。新建的市级中试基地最高可获得300万元建设补助。企业年度研发投入增量部分，最高可获得200万元奖补。此外，承担重大攻关项目的，单个项目最高支持1000万元。"),
    ("q", "八、《规划》在人才方面有哪些举措？"),
    ("a", "答：《规划》提出深入实施“彭城英才”计划，五年引进培育顶尖人才团队30个、高层次创新创业人才1500名，顶尖人才团队最高可获得5000万元项目资助。同时设立青年科技人才托举工程，每年支持35岁以下青年科技人才100名，青年科技人才主持的市级科技计划项目比例不低于30%。"),
    ("q", "九、在科技金融方面有哪些安排？"),
    ("a", "答：《规划》提出做大规模20亿元的徐州市科技创新母基金，带动社会资本设立子基金总规模100亿元以上；科技信贷风险补偿资金池规模扩大到5亿元；到2030年科技贷款余额突破1200亿元，新增科创板、北京证券交易所上市企业15家。"),
    ("q", "十、如何确保《规划》落到实处？"),
    ("a", "答：一是加强组织领导，成立由市长任主任的徐州市科技创新委员会，统筹协调重大事项。二是加大投入，市级财政科技支出年均增长10%以上。三是强化监测评估，2028年开展中期评估，2030年底开展总结评估，评估结果向社会公开。各重大工程还将分别制定实施方案，实行清单化管理、项目化推进。"),
    ("q", "十一、在促进科技成果转化方面有哪些新举措？"),
    ("a", "答：针对成果本地转化率不高的问题，《规划》提出建设淮海技术交易市场，培育技术经理人800名，布局建设概念验证中心和中试基地20家，并在驻徐高校院所全面推行职务科技成果赋权改革，成果转化净收益用于奖励科研负责人和骨干人员的比例不低于70%。通过这些举措，高校院所科技成果在徐转化比例将由2025年的31%提高到2030年的45%。"),
    ("q", "十二、县域和各板块在《规划》中如何定位？"),
    ("a", "答：《规划》构建“一核一廊多点”空间格局。主城区鼓楼区、云龙区、泉山区重点发展科技服务业；铜山区和徐州经济技术开发区建设先进制造业创新示范区；邳州市、新沂市创建省级创新型县（市），沛县、丰县、睢宁县各建设1个县域科技创新中心，到2030年各县（市）研发投入强度均达到2.2%以上。"),
    ("p", "解读单位：徐州市科学技术局发展规划处"),
    ("p", "联系电话：0516-83735162"),
]

PAGE_W, PAGE_H = A4
MARGIN_X = 72
TOP = PAGE_H - 80
BOTTOM = 80
SIZE = 12
LEADING = 21
TITLE_SIZE = 16


def wrap(text, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def layout():
    """Return pages: each a list of (x, y, size, text)."""
    width = PAGE_W - 2 * MARGIN_X
    pages, cur, y = [], [], TOP

    def newpage():
        nonlocal cur, y
        pages.append(cur)
        cur, y = [], TOP

    for ln in wrap(TITLE, TITLE_SIZE, width):
        w = pdfmetrics.stringWidth(ln, FONT, TITLE_SIZE)
        cur.append(((PAGE_W - w) / 2, y, TITLE_SIZE, ln))
        y -= 30
    y -= 10
    for kind, text in BODY:
        indent = 2 * SIZE if kind in ("a", "p") else 0
        first = True  # the first line is narrower by the indent
        remaining = text
        while remaining:
            avail = width - (indent if first else 0)
            ln = wrap(remaining, SIZE, avail)[0]
            remaining = remaining[len(ln):]
            if y < BOTTOM:
                newpage()
            cur.append((MARGIN_X + (indent if first else 0), y, SIZE, ln))
            y -= LEADING
            first = False
        y -= 6
    if cur:
        pages.append(cur)
    return pages


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pages = layout()
    m = len(pages)
    C_FILE.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(C_FILE), pagesize=A4)
    c.setTitle(TITLE)
    c.setAuthor("徐州市科学技术局")
    for n, items in enumerate(pages, 1):
        c.setFont(FONT, 9)
        c.drawString(MARGIN_X, PAGE_H - 45, RUNNING_HEADER)
        c.line(MARGIN_X, PAGE_H - 50, PAGE_W - MARGIN_X, PAGE_H - 50)
        for x, y, size, text in items:
            c.setFont(FONT, size)
            c.drawString(x, y, text)
        c.setFont(FONT, 9)
        c.drawCentredString(PAGE_W / 2, 40, FOOTER_FMT.format(n=n, m=m))
        c.showPage()
    c.save()
    write_plain(C_PLAIN, [TITLE] + [t for _, t in BODY])
    return m


if __name__ == "__main__":
    print("wrote", C_FILE.name, build(), "pages")
