"""Doc C: 南宁市科学技术局关于2026年度南宁市重点研发计划拟立项项目的公示 (.pdf).

reportlab, STSong-Light CID font, CJK word wrap. A short notice (公示期, 异议, 联系人/电话,
地址) then 附件 名单: a 5-column table of 44 projects that runs over several pages with the
header row repeated (repeatRows=1). Every page carries a running header and a footer
"第 N 页 共 M 页" (page furniture, left out of the plain text).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import C_FILE, C_PLAIN, write_plain  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONT = "STSong-Light"
RUNNING_HEADER = "南宁市科学技术局　2026年度南宁市重点研发计划拟立项项目公示"
FOOTER_FMT = "第 {n} 页 共 {m} 页"
HEADER_ROW = ["序号", "项目名称", "承担单位", "项目负责人", "支持经费（万元）"]

# (项目名称, 承担单位, 项目负责人, 支持经费（万元）)
PROJECTS = [
    # 人工智能与数字经济
    ("面向东盟小语种的多模态机器翻译关键技术研发", "南宁译联智能科技有限公司", "黄嘉祺", 200),
    ("基于边缘计算的城市内涝智能预警系统研发", "广西邕水数字技术有限公司", "陆思远", 150),
    ("工业质检视觉大模型轻量化部署技术研究", "南宁睿视智造科技有限公司", "覃文博", 180),
    ("跨境贸易单证智能识别与合规审查平台研发", "南宁东盟云链信息技术有限公司", "梁晓彤", 120),
    ("糖料蔗全程机械化作业智能调度系统研发", "广西桂蔗农机科技有限公司", "韦国栋", 100),
    ("面向中小企业的工业互联网安全监测平台研发", "南宁安衡网络科技有限公司", "蒙俊杰", 80),
    ("城市轨道交通客流预测与运力智能调配技术研究", "南宁城轨智联科技有限公司", "李振华", 150),
    ("智慧养老多源健康数据融合分析平台研发", "南宁康颐数字健康科技有限公司", "罗佩琪", 60),
    ("面向政务服务的壮汉双语智能问答系统研发", "南宁邕智语言科技有限公司", "卢雪芬", 90),
    # 生物医药与大健康
    ("罗汉果甜苷高效生物合成关键技术研究", "广西甘源生物科技有限公司", "莫丽娟", 200),
    ("地中海贫血基因筛查试剂盒研制与产业化", "南宁华瑞基因医学检验所有限公司", "韦春燕", 250),
    ("壮瑶医药经典名方复方制剂开发", "南宁壮瑶药业股份有限公司", "农志强", 150),
    ("新型重组带状疱疹疫苗中试工艺研究", "广西邕康生物制药有限公司", "唐晓明", 220),
    ("可降解镁合金骨科植入器械研发", "南宁骨康医疗器械有限公司", "陈立新", 120),
    ("鼻咽癌早筛多组学标志物检测技术研究", "南宁市肿瘤防治研究中心", "甘雪梅", 90),
    ("桑蚕丝蛋白医用敷料制备关键技术研发", "广西丝源生物材料有限公司", "黎永强", 80),
    ("海洋来源抗菌肽规模化制备技术研究", "南宁蓝湾海洋生物科技有限公司", "吴雅婷", 70),
    ("肝癌靶向纳米药物递送系统临床前研究", "南宁市药物研究所", "覃爱民", 130),
    # 新材料
    ("高性能铝合金汽车轻量化结构件制备技术研发", "南宁铝创新材料有限公司", "邓建国", 300),
    ("高纯锰基钠离子电池正极材料关键技术研究", "广西锰源新能源材料有限公司", "潘志远", 280),
    ("竹木纤维增强复合材料绿色制备技术研发", "南宁竹韵新材料科技有限公司", "周小兰", 100),
    ("稀土掺杂特种光纤材料制备工艺研究", "南宁光谷特种材料有限公司", "卢德明", 160),
    ("甘蔗渣基可降解包装材料产业化技术研发", "广西蔗源环保科技有限公司", "谭秋菊", 110),
    ("高耐候光伏背板用氟膜材料研发", "南宁晶耀新材料有限公司", "覃子豪", 90),
    ("电子级高纯氧化铝粉体制备技术研究", "南宁华铝精细化工有限公司", "杨光辉", 130),
    ("锂电池隔膜用高性能陶瓷涂层材料研发", "南宁锐隔新能源材料有限公司", "黄志刚", 120),
    # 新能源
    ("兆瓦级氢燃料电池热电联供系统研发", "南宁氢能动力科技有限公司", "梁建军", 240),
    ("新能源汽车动力电池梯次利用检测与重组技术研究", "广西绿循环能源科技有限公司", "何思敏", 150),
    ("分布式光伏与储能协同控制关键技术研发", "南宁智储电力科技有限公司", "莫振宇", 140),
    ("电动两轮车快换电池安全管理系统研发", "南宁易换能源科技有限公司", "黄春生", 60),
    ("生物质气化耦合发电高效利用技术研究", "南宁绿源热能工程有限公司", "苏明亮", 100),
    ("新能源商用车线控底盘关键部件研发", "南宁智行汽车零部件有限公司", "韦国强", 200),
    ("城市配电网柔性互联装备研制", "广西邕电智能装备有限公司", "刘晓东", 160),
    ("园区级虚拟电厂聚合调控平台研发", "南宁能联数字能源有限公司", "蒋雨晴", 110),
    # 现代农业
    ("香蕉枯萎病绿色防控关键技术集成与示范", "南宁市农业科学研究院", "农秀英", 120),
    ("优质芒果采后保鲜与冷链物流技术研究", "广西果润农业科技有限公司", "黄丽萍", 80),
    ("茉莉花茶窨制工艺智能化改造技术研发", "南宁茉香茶业有限公司", "施国华", 90),
    ("水牛乳高值化加工关键技术研究", "广西水牛乳业科技有限公司", "陆永明", 150),
    ("稻渔综合种养模式优化与示范推广", "南宁稻香渔业专业合作社联合社", "班振林", 50),
    ("百香果脱毒种苗繁育体系构建", "南宁市种苗繁育技术推广中心", "赵彩云", 70),
    ("桂系生猪低蛋白日粮配制技术研究", "南宁牧源饲料科技有限公司", "廖文斌", 100),
    ("林下中药材生态种植关键技术研发", "南宁林药生态农业有限公司", "钟丽华", 60),
    ("沃柑黄龙病早期快速检测与综合防控技术研究", "广西柑盛农业科技有限公司", "周建平", 140),
    ("肉桂八角林下复合经营与精深加工技术研究", "南宁桂香林业科技有限公司", "陶明辉", 80),
]
N_PROJECTS = len(PROJECTS)
TOTAL = sum(p[3] for p in PROJECTS)
MAX_FUND = max(p[3] for p in PROJECTS)

TITLE = "南宁市科学技术局关于2026年度南宁市重点研发计划拟立项项目的公示"
NOTICE = [
    ("body", f"根据《南宁市科技计划项目管理办法》和《2026年度南宁市重点研发计划项目申报指南》有关规定，我局组织开展了2026年度南宁市重点研发计划项目申报和评审工作。本年度共受理项目申报312项，经形式审查通过268项，其中96项进入现场考察环节。经形式审查、专家会议评审、现场考察和局党组会议审议，拟对“{PROJECTS[0][0]}”等{N_PROJECTS}个项目给予立项支持，拟支持经费合计{TOTAL}万元。拟立项项目涵盖人工智能与数字经济、生物医药与大健康、新材料、新能源、现代农业五个领域，其中单个项目最高支持{MAX_FUND}万元。现将拟立项项目名单予以公示。"),
    ("head", "一、公示时间"),
    ("body", "2026年5月11日至2026年5月15日，共5个工作日。"),
    ("head", "二、异议受理"),
    ("body", "任何单位或者个人对公示项目有异议的，请在公示期内以书面形式提出，并提供必要的证明材料。单位提出异议的，应当在异议材料上加盖本单位公章；个人提出异议的，应当在异议材料上签署真实姓名并注明联系方式。逾期提出或者匿名提出的异议不予受理。"),
    ("head", "三、联系方式"),
    ("body", "联系人：南宁市科学技术局科技计划与资金管理科 韦海燕"),
    ("body", "联系电话：0771-5538261"),
    ("body", "监督电话：0771-5538270（局机关纪委）"),
    ("body", "通讯地址：南宁市青秀区民乐路18号科技大厦11楼1108室"),
    ("body", "邮政编码：530028"),
    ("head", "四、其他事项"),
    ("body", "公示期满无异议或者异议经核实不成立的，我局将按程序下达项目立项通知并拨付经费。项目承担单位应当按照项目任务书约定的内容和进度组织实施，确保专款专用。公示期内，我局将对收到的异议事项组织调查核实，并将处理结果书面告知异议提出人。"),
    ("sign", "南宁市科学技术局"),
    ("sign", "2026年5月8日"),
    ("attach", "附件：2026年度南宁市重点研发计划拟立项项目名单"),
]


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so the footer can say 共 M 页."""

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
        width, height = A4
        self.setFont(FONT, 9)
        self.drawCentredString(width / 2, height - 12 * mm, RUNNING_HEADER)
        self.setLineWidth(0.5)
        self.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
        self.drawCentredString(width / 2, 10 * mm, FOOTER_FMT.format(n=self._pageNumber, m=total))


def build():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = dict(fontName=FONT, wordWrap="CJK")
    st_title = ParagraphStyle("t", fontSize=15, leading=24, alignment=TA_CENTER, spaceAfter=8, **base)
    st_body = ParagraphStyle("b", fontSize=12, leading=21, firstLineIndent=24, **base)
    st_head = ParagraphStyle("h", fontSize=12, leading=21, firstLineIndent=24, spaceBefore=2, **base)
    st_sign = ParagraphStyle("s", fontSize=12, leading=21, alignment=TA_RIGHT, **base)
    st_attach = ParagraphStyle("a", fontSize=12, leading=20, spaceBefore=8, spaceAfter=6, **base)
    st_cell = ParagraphStyle("c", fontSize=10.5, leading=15, **base)
    st_cell_c = ParagraphStyle("cc", fontSize=10.5, leading=15, alignment=TA_CENTER, **base)

    story = [Paragraph(TITLE, st_title)]
    plain = [TITLE]
    for kind, text in NOTICE:
        style = {"body": st_body, "head": st_head, "sign": st_sign, "attach": st_attach}[kind]
        story.append(Paragraph(text, style))
        plain.append(text)
    story.append(Spacer(1, 2 * mm))

    data = [[Paragraph(h.replace("（", "<br/>（"), st_cell_c) for h in HEADER_ROW]]
    plain.append(" | ".join(HEADER_ROW))
    for i, (name, unit, leader, fund) in enumerate(PROJECTS, 1):
        row = [str(i), name, unit, leader, str(fund)]
        data.append([Paragraph(row[0], st_cell_c), Paragraph(name, st_cell), Paragraph(unit, st_cell),
                     Paragraph(leader, st_cell_c), Paragraph(row[4], st_cell_c)])
        plain.append(" | ".join(row))
    table = Table(data, colWidths=[12 * mm, 57 * mm, 50 * mm, 23 * mm, 28 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(table)

    C_FILE.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(C_FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=TITLE, author="南宁市科学技术局")
    doc.build(story, canvasmaker=NumberedCanvas)
    write_plain(C_PLAIN, plain)
    print(f"wrote {C_FILE.name} ({N_PROJECTS} projects, total {TOTAL} 万元) and {C_PLAIN.name}")


if __name__ == "__main__":
    build()
