#!/usr/bin/env python3
"""Build unseen46: three fictional Chinese science-and-technology documents, all PDF (reportlab, text layer) --
  A  唐山市“十五五”科技创新规划（2026—2030年）: an 8-page A4 plan with a 目录 page (dot leaders, page numbers
     taken from the second layout pass), chapters 第一章 … 第七章 each starting a page, superscript footnote
     markers (a smaller raised digit right after a term) with the footnotes drawn at the foot of the same page,
     a running head and "— n —" page numbers;
  B  长治市科学技术局关于2026年度市级重点研发计划拟立项项目的公示: landscape A4, an intro paragraph, then a wide
     ruled 8-column table of 32 projects plus a 合计 row running over 3 pages, its header row repeated on each page
     (repeatRows=1), cells wrapping inside (project names, units with 合作 partners), then the 公示 terms;
  C  锦州市科学技术局《科技工作简报》2026年第7期: a full-width masthead, then TWO columns (frames L and R): the text
     flows down the left column, then the right, a paragraph cut by the column break, and a small boxed table
     (BOX + INNERGRID) inside one column;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen46/. Deterministic: a rebuild is byte for byte identical (reportlab invariant=1).

Approach and helpers follow unseen44's builder (read for layout and build approach): the question table with a
`hint` that must pick exactly one evidence line, digit-bounded num_count (also on NFKC-normalised text), keys /
gkeys / near for unanswerables, lcs_run for paraphrases, OpenCC for the cross-script questions, the PDF font helper
cjk_ttf (verbatim), para_line_texts, the page-tracking BaseDocTemplate.afterFlowable build with header / footer
callbacks and two passes, the pypdf page-by-page text comparison, the pdfplumber table check and the
question-checking loop."""
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_tangshan_shiwuwu_keji_chuangxin_guihua_2026_2030_toc_footnotes.pdf"
FILE_B = "B_changzhi_2026_shiji_zhongdian_yanfa_jihua_nilixiang_xiangmu_gongshi_wide_table.pdf"
FILE_C = "C_jinzhou_keji_gongzuo_jianbao_2026_di7qi_two_column.pdf"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_SONG = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_HEI = (NOTO / "NotoSansCJK-Regular.ttc", 2)  # Noto Sans CJK SC
FONT_HEI_B = (NOTO / "NotoSansCJK-Bold.ttc", 2)  # Noto Sans CJK SC Bold
SUP = {"1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"}
UNSUP = {v: k for k, v in SUP.items()}

# ---------------------------------------------------------------------------------------------------------------
# A: 唐山 plan. Blocks: ("title" | "sub" | "toch" | "ch" (chapter heading, starts a page) | "h" (section) | "p",
#    text). In a "p" text a footnote marker is written [n]; it is drawn <super>n</super> and the plain line shows the
#    Unicode superscript (¹ …); A_NOTES[n] is the footnote drawn at the foot of the page holding the marker.
# ---------------------------------------------------------------------------------------------------------------
A_TITLE = "唐山市“十五五”科技创新规划（2026—2030年）"
A_HEAD = "唐山市“十五五”科技创新规划"
A_NOTES = {
    "1": "研发投入强度：全社会研发经费支出占地区生产总值（GDP）的比重。",
    "2": "新型研发机构：投资主体多元化、管理制度现代化、运行机制市场化、用人机制灵活的独立法人研发机构。",
    "3": "每万人口高价值发明专利拥有量：每万户籍人口拥有的经国家知识产权局授权的高价值发明专利数量。",
    "4": "科技领军企业：研发投入规模大、掌握核心技术、在细分领域居于国内前列的科技型企业，认定办法由市科学技术局另行制定。",
    "5": "技术经理人：在科技成果转移转化过程中从事技术评估、技术交易、知识产权运营和投融资对接等服务的专业人员。",
    "6": "中期评估：由第三方机构对规划主要指标完成情况和重点任务进展开展评估，评估报告报市政府并向社会公开。",
}
A_BLOCKS = [
    ("title", A_TITLE),
    ("sub", "唐山市人民政府办公室　2026年3月"),
    ("toch", "目　录"),
    ("ch", "第一章　发展基础与面临形势"),
    ("h", "一、发展基础"),
    ("p", "“十四五”时期，全市科技创新能力稳步提升。2025年全社会研发经费投入达到138.6亿元，研发投入强度[1]达到1.86%，较2020年提高0.52个百分点；高新技术企业达到1720家，科技型中小企业达到4350家，技术合同成交额达到96.4亿元。"),
    ("p", "创新平台建设取得突破。唐山高新技术产业开发区、曹妃甸区创新资源加速集聚，全市累计建成省级以上重点实验室41家、技术创新中心87家，新型研发机构[2]发展到19家，陶瓷、焊接材料等领域形成一批具有全国影响力的研发团队。"),
    ("h", "二、面临形势"),
    ("p", "同时也要看到，全市科技创新仍存在一些短板：企业研发投入不均衡，规模以上工业企业中有研发活动的企业占比仅为36.2%；高端创新人才和团队不足；钢铁、装备制造、化工等传统产业部分关键核心技术对外依存度较高，科技成果本地转化率偏低。"),
    ("p", "面向“十五五”，新一轮科技革命和产业变革深入发展，京津冀协同发展持续深化，沿海经济带建设加快推进。必须把科技创新摆在更加突出的位置，以科技创新引领传统产业转型升级和新兴产业培育壮大。"),
    ("ch", "第二章　总体要求与发展目标"),
    ("h", "一、指导思想"),
    ("p", "坚持创新在现代化建设全局中的核心地位，围绕建设“创新唐山”，以推动钢铁、装备制造、化工、建材等传统产业高端化、智能化、绿色化转型和培育新能源、新材料、机器人、生物医药等新兴产业为主线，加快构建以企业为主体、市场为导向、产学研用深度融合的技术创新体系。"),
    ("h", "二、发展目标"),
    ("p", "到2030年，全社会研发投入强度达到2.5%，高新技术企业数量突破2800家，科技型中小企业突破6500家，技术合同成交额达到200亿元，每万人口高价值发明专利拥有量[3]达到8.5件，省级以上创新平台总数达到260家，科技进步对经济增长的贡献率明显提升。"),
    ("ch", "第三章　强化企业科技创新主体地位"),
    ("h", "一、实施科技型企业梯次培育工程"),
    ("p", "建立“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，每年遴选高新技术企业后备库入库企业300家，实行“一企一策”精准辅导，到2030年培育科技领军企业[4]30家。"),
    ("h", "二、引导企业加大研发投入"),
    ("p", "全面落实研发费用加计扣除政策。对年度研发费用增长超过15%的规模以上工业企业，按增量部分的12%给予后补助，单家企业每年最高150万元；支持企业建立研发准备金制度，推动规模以上工业企业研发机构全覆盖。"),
    ("p", "支持企业开展首台（套）重大技术装备、首批次新材料研发和推广应用，对获得省级认定的首台（套）产品给予一次性奖励80万元。"),
    ("ch", "第四章　建设高能级创新平台"),
    ("h", "一、争创国家级创新平台"),
    ("p", "依托骨干企业和高校院所，在钢铁冶金、陶瓷新材料、智能装备等领域布局建设一批重点实验室和技术创新中心，力争“十五五”期间新增国家级创新平台5家。"),
    ("h", "二、打造唐山湾科技创新走廊"),
    ("p", "高标准建设唐山湾科技创新走廊，串联唐山高新技术产业开发区、曹妃甸区、海港经济开发区和乐亭经济开发区，打造“一廊三核多节点”创新空间布局，推动创新要素向走廊集聚。"),
    ("h", "三、支持新型研发机构发展"),
    ("p", "对新认定的市级新型研发机构，按其建设期设备投入的30%给予建设补助，最高300万元；对绩效评价结果为优秀的，给予每年60万元运行补助，连续支持不超过3年。"),
    ("ch", "第五章　推动产业链创新链深度融合"),
    ("h", "一、实施重大科技专项"),
    ("p", "聚焦钢铁绿色低碳冶炼、智能装备与机器人、氢能、陶瓷新材料等领域，“十五五”期间组织实施市级重大科技专项60项，单个专项市财政支持最高1000万元。"),
    ("h", "二、加快科技成果转化"),
    ("p", "建设唐山市科技成果转化服务平台，到2030年培育技术经理人[5]500名。对高校院所科技成果在唐转化的，按技术合同实际成交额的5%给予奖励，单项最高50万元。"),
    ("h", "三、深化京津冀协同创新"),
    ("p", "主动承接北京、天津科技成果转移转化，推动与京津高校院所共建中试熟化基地，到2030年累计承接京津技术合同成交额达到120亿元。"),
    ("ch", "第六章　优化科技人才发展环境"),
    ("h", "一、引进培育高层次人才"),
    ("p", "深入实施“凤凰英才”计划，对引进的顶尖人才团队给予最高2000万元项目资助，对新引进的领军人才给予100万元安家补贴。"),
    ("h", "二、深化科技评价和激励改革"),
    ("p", "赋予科研人员职务科技成果所有权或长期使用权，成果转化净收入用于奖励研发团队的比例不低于70%。建设青年科技人才驿站，为来唐求职的高校毕业生提供最长14天免费住宿。"),
    ("ch", "第七章　保障措施"),
    ("h", "一、加强组织领导"),
    ("p", "成立唐山市科技创新工作领导小组，由市长任组长。市科学技术局牵头负责本规划的组织实施和年度监测，市发展和改革委员会、市财政局、市工业和信息化局等部门按照职责分工协同推进。"),
    ("h", "二、加大财政投入"),
    ("p", "市本级财政科技支出年均增长不低于10%，“十五五”期间累计安排科技创新专项资金不少于45亿元，引导社会资本投向科技创新领域。"),
    ("h", "三、强化监测评估"),
    ("p", "建立规划实施年度监测制度，2028年开展中期评估[6]，2030年底前完成总结评估，评估结果作为调整规划目标和安排财政资金的重要依据。"),
]
A_MARK = re.compile(r"\[(\d)\]")


def a_plain_text(s):
    return A_MARK.sub(lambda m: SUP[m.group(1)], s)


def a_page_no(n):
    return f"— {n} —"


# ---------------------------------------------------------------------------------------------------------------
# B: 长治 拟立项项目公示, landscape. B_ROWS: 序号 is added by the builder; the 合计 row is computed.
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = "长治市科学技术局关于2026年度市级重点研发计划拟立项项目的公示"
B_HEADER = ["序号", "项目编号", "项目名称", "牵头承担单位", "项目负责人", "所属领域", "实施期限", "市财政资助（万元）"]
B_ROWS = [  # 项目编号, 项目名称, 牵头承担单位, 项目负责人, 所属领域, 实施期限, 资助
    ("CZRD2026-A01", "高纯氧化铝粉体连续化制备关键技术研究", "长治市晶拓新材料有限公司", "秦志刚", "新材料", "2026.07—2028.06", "80"),
    ("CZRD2026-A02", "煤基可降解材料PBAT中试工艺开发", "山西潞宁化工科技有限公司（合作：长治学院）", "申建华", "现代煤化工", "2026.07—2028.12", "120"),
    ("CZRD2026-A03", "矿用防爆巡检机器人研制与示范应用", "长治市恒岳智能装备有限公司", "李卫东", "先进装备制造", "2026.07—2028.06", "95"),
    ("CZRD2026-A04", "上党党参道地性评价与规范化种植技术集成", "长治医学院（合作：长治市上党区农业技术推广中心）", "郝晓琳", "现代农业", "2026.07—2029.06", "60"),
    ("CZRD2026-A05", "高光效LED芯片外延结构优化及产业化", "长治市华芯光电科技有限公司", "王俊峰", "电子信息", "2026.07—2028.06", "150"),
    ("CZRD2026-A06", "焦炉煤气制氢纯化与加氢站示范应用", "襄垣县清源氢能科技有限公司", "赵鹏飞", "新能源", "2026.07—2028.12", "180"),
    ("CZRD2026-A07", "谷子抗旱新品种选育及配套栽培技术研究", "沁县谷丰农业科技有限公司（合作：山西农业大学）", "武丽萍", "现代农业", "2026.07—2028.12", "45"),
    ("CZRD2026-A08", "轨道交通用大功率IGBT散热基板研发", "长治高新区中鼎电子材料有限公司", "牛国栋", "电子信息", "2026.07—2028.06", "85"),
    ("CZRD2026-A09", "煤矸石基陶粒轻质建材制备技术", "长治市潞城区瑞丰建材有限公司", "常海涛", "节能环保", "2026.07—2027.12", "40"),
    ("CZRD2026-A10", "基于人工智能的基层医院肺结节辅助诊断系统", "长治市人民医院（合作：长治市矿联信息技术有限公司）", "冯雅静", "社会发展", "2026.07—2028.06", "50"),
    ("CZRD2026-A11", "高强韧球墨铸铁件短流程铸造工艺", "长治市上党区鑫达精密铸造有限公司", "原志伟", "先进装备制造", "2026.07—2028.06", "70"),
    ("CZRD2026-A12", "连翘叶高值化利用关键技术研究", "平顺县太行连翘生物科技有限公司", "桑晓东", "生物医药", "2026.07—2028.12", "65"),
    ("CZRD2026-A13", "光伏组件智能清扫机器人研发", "长治市屯留区阳升新能源装备有限公司", "杜文斌", "新能源", "2026.07—2028.06", "55"),
    ("CZRD2026-A14", "大型矿用减速机远程运维平台", "长治市太行重工机械有限公司（合作：太原理工大学）", "侯建军", "先进装备制造", "2026.07—2028.06", "110"),
    ("CZRD2026-A15", "核桃精深加工副产物综合利用技术", "黎城县山岭食品有限公司", "魏红英", "现代农业", "2026.07—2027.12", "35"),
    ("CZRD2026-A16", "重点河流水生态智慧监测预警系统", "长治市环境科学研究院", "贾志强", "社会发展", "2026.07—2028.06", "30"),
    ("CZRD2026-A17", "新能源汽车电驱系统用高硅钢片精密冲压技术", "长治市金驰汽车零部件有限公司", "任慧敏", "先进装备制造", "2026.07—2028.06", "75"),
    ("CZRD2026-A18", "旱地蔬菜水肥一体化技术集成示范", "壶关县绿禾农业专业合作社", "张国庆", "现代农业", "2026.07—2028.06", "25"),
    ("CZRD2026-A19", "羟丙甲纤维素药用辅料连续化生产技术", "长治市康源药业有限公司", "崔建平", "生物医药", "2026.07—2028.12", "90"),
    ("CZRD2026-A20", "煤矿井下5G+UWB精确定位系统", "长治市矿联信息技术有限公司", "刘志宏", "电子信息", "2026.07—2028.06", "100"),
    ("CZRD2026-A21", "森林康养资源评价与开发利用技术", "沁源县太岳山林业科技服务有限公司", "韩彩霞", "社会发展", "2026.07—2027.12", "20"),
    ("CZRD2026-A22", "青椒采后保鲜与冷链物流技术", "长子县丰润果蔬有限公司", "梁卫国", "现代农业", "2026.07—2027.12", "28"),
    ("CZRD2026-A23", "碳化硅陶瓷膜制备及高温烟气除尘应用", "长治市清航环保科技有限公司", "申丽娟", "节能环保", "2026.07—2028.12", "88"),
    ("CZRD2026-A24", "红色文旅资源数字化展陈关键技术", "武乡县文旅数字科技有限公司", "李海燕", "社会发展", "2026.07—2027.12", "32"),
    ("CZRD2026-A25", "高端轴承钢夹杂物控制技术研究", "长治市太岳特钢有限公司", "段志勇", "新材料", "2026.07—2028.06", "130"),
    ("CZRD2026-A26", "新型储能用磷酸锰铁锂正极材料研发", "长治高新区锂源新能源科技有限公司", "吴晓军", "新能源", "2026.07—2028.12", "160"),
    ("CZRD2026-A27", "基层慢病管理远程随访平台研发与应用", "长治学院（合作：长治市潞州区疾病预防控制中心）", "郭丽娜", "社会发展", "2026.07—2028.06", "38"),
    ("CZRD2026-A28", "高炉煤气精脱硫催化剂开发与应用", "长治市华晟催化材料有限公司", "陈立新", "节能环保", "2026.07—2028.06", "72"),
    ("CZRD2026-A29", "特种车辆液压缸智能化生产线", "长治市潞城区恒力液压有限公司", "宋建国", "先进装备制造", "2026.07—2027.12", "48"),
    ("CZRD2026-A30", "中药配方颗粒质量标准研究", "长治市上党药业有限公司", "杨春梅", "生物医药", "2026.07—2028.06", "58"),
    ("CZRD2026-A31", "低浓度瓦斯发电余热梯级利用技术", "长治市屯留区宏源清洁能源有限公司", "马志军", "节能环保", "2026.07—2028.06", "42"),
    ("CZRD2026-A32", "蔬菜工厂化育苗智能环控系统", "长治市潞州区绿源智慧农业有限公司", "白晓燕", "现代农业", "2026.07—2027.12", "22"),
]
B_TOTAL = str(sum(int(r[-1]) for r in B_ROWS))
B_TABLE = [B_HEADER] + [[str(i + 1)] + list(r) for i, r in enumerate(B_ROWS)] + [["合计", "", "", "", "", "", "", B_TOTAL]]
B_BEFORE = [
    ("title", B_TITLE),
    ("p", "根据《长治市科技计划项目管理办法》（长科规〔2023〕2号）和《长治市科学技术局关于组织申报2026年度市级重点研发计划项目的通知》要求，经项目单位申报、县（区）科技管理部门和市直有关部门推荐、形式审查、专家网络评审和现场答辩、局党组会议研究，拟对“高纯氧化铝粉体连续化制备关键技术研究”等32个项目予以立项支持。为体现公开、公平、公正原则，接受社会监督，现将拟立项项目予以公示（见下表）。"),
]
B_AFTER = [
    ("p", "一、公示时间：2026年6月15日至6月19日（5个工作日）。"),
    ("p", "二、公示期间，任何单位和个人对拟立项项目有异议的，请以书面形式向长治市科学技术局反映。以单位名义提出异议的，须加盖单位公章；以个人名义提出异议的，须签署真实姓名并注明联系方式。匿名异议不予受理。"),
    ("p", "三、异议受理部门：长治市科学技术局计划与资金科，联系人：郭晓峰，联系电话：0355-2031867，地址：长治市潞州区太行西街218号市民中心B座。"),
    ("p", "四、监督电话：长治市科学技术局机关纪委，0355-2031952。"),
    ("p", "五、公示期满无异议的，按程序下达项目立项通知并签订任务书，首期拨付比例为资助额的60%，其余资金在项目中期检查合格后拨付。"),
    ("sign", "长治市科学技术局"),
    ("sign", "2026年6月12日"),
]


def b_page_no(n, total):
    return f"第 {n} 页　共 {total} 页"


# ---------------------------------------------------------------------------------------------------------------
# C: 锦州 工作简报, two columns. Masthead blocks (full width), then the column flow: "h" (section tag 【…】), "t"
#    (item title), "p", "cap", "table" (boxed), "note", "dist" (报/送/发 line).
# ---------------------------------------------------------------------------------------------------------------
C_MAST = [
    ("mast", "科技工作简报"),
    ("issue", "2026年第7期（总第118期）"),
    ("org", "锦州市科学技术局办公室编　　　　　　　　2026年7月20日"),
]
C_TABLE = [
    ["指标", "完成值", "同比增长"],
    ["技术合同成交额", "23.7亿元", "21.3%"],
    ["高新技术企业有效数", "612家", "9.8%"],
    ["科技型中小企业评价入库", "1046家", "14.2%"],
    ["发明专利授权量", "538件", "11.6%"],
]
C_FLOW = [
    ("h", "【工作动态】"),
    ("t", "我市召开2026年上半年科技创新工作推进会"),
    ("p", "7月10日，市科学技术局召开2026年上半年科技创新工作推进会，通报上半年全市科技创新主要指标完成情况，部署下半年重点工作。市科技局党组书记、局长韩立新出席会议并讲话，各县（市、区）科技部门和锦州经济技术开发区、锦州滨海新区科技管理部门负责同志参加会议。"),
    ("p", "会议指出，上半年全市新认定市级科技创新平台27家，组织实施市级科技计划项目43项，落实市级科技资金2860万元。会议强调，下半年要聚焦汽车零部件、光伏新能源、精细化工、生物医药等重点产业，加快推进科技型企业梯次培育，确保全年高新技术企业净增60家以上。"),
    ("t", "市科技局与辽宁工业大学共建光伏材料中试基地"),
    ("p", "7月3日，市科技局与辽宁工业大学签署合作协议，依托锦州经济技术开发区光伏产业园共建光伏硅材料中试基地。基地总投资1.2亿元，规划建设单晶硅片、电池片两条中试线，建成后每年可为企业提供中试服务200批次以上。市财政按照基地设备投入的30%给予补助，最高500万元，分3年拨付。"),
    ("t", "科技特派员服务乡村振兴成效明显"),
    ("p", "今年以来，全市选派科技特派员186名，组建科技服务团19个，覆盖凌海市、北镇市、黑山县、义县全部乡镇。全市科技特派员工作由市科技局牵头，市农业农村局、市人力资源和社会保障局配合，各县（市、区）负责日常管理。科技特派员累计开展技术培训312场次，引进推广新品种、新技术146项。"),
    ("p", "北镇市科技特派员团队帮助葡萄种植户推广“避雨栽培+水肥一体化”技术，亩均增收2300元；黑山县科技特派员指导建设花生良种繁育基地3200亩。"),
    ("h", "【科技金融】"),
    ("t", "“锦科贷”为科技型中小企业纾困解难"),
    ("p", "市科技局联合6家合作银行推出的“锦科贷”产品，上半年累计为87家科技型中小企业发放贷款4.6亿元，平均贷款利率3.45%。对“锦科贷”发生的不良贷款，由市科技风险补偿资金池按本金损失的50%给予补偿。"),
    ("h", "【数据速览】"),
    ("cap", "上半年全市主要科技指标"),
    ("table", C_TABLE),
    ("note", "注：数据来源于市科学技术局、市市场监督管理局，为初步统计数。"),
    ("h", "【县区动态】"),
    ("p", "凌海市：聚焦精细化工产业，组织32家企业与大连理工大学开展技术对接，达成合作意向17项。"),
    ("p", "义县：新建县级农业科技示范基地4个，示范推广设施蔬菜、小杂粮新品种21个。"),
    ("p", "太和区：启动建设数字经济孵化器，首批入驻企业15家，孵化面积1.1万平方米。"),
    ("h", "【下步工作】"),
    ("p", "一是开展2026年度高新技术企业申报辅导，计划举办政策宣讲会8场，9月底前完成申报材料审核。二是组织第二批市级科技计划项目申报，8月1日启动，8月31日截止。三是筹备2026年锦州市创新创业大赛，总决赛定于10月下旬举行。"),
    ("dist", "报：市委、市政府，省科学技术厅。送：市直有关部门。发：各县（市、区）科技部门。"),
]


def c_page_no(n):
    return f"— {n} —"


# ---------------------------------------------------------------------------------------------------------------
# Fonts and reportlab helpers
# ---------------------------------------------------------------------------------------------------------------
def cjk_ttf(ttc, index, text):
    """Subset one face of an OpenType-CFF collection to `text` and return TrueType (glyf) font bytes. (unseen30)"""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont as FTFont
    from fontTools.ttLib import newTable
    f = FTFont(str(ttc), fontNumber=index, lazy=False, recalcTimestamp=False)
    opts = subset.Options()
    opts.desubroutinize = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["VORG", "vhea", "vmtx", "GPOS", "GSUB", "GDEF", "BASE"]
    s = subset.Subsetter(opts)
    s.populate(text=text)
    s.subset(f)
    gs = f.getGlyphSet()
    order = f.getGlyphOrder()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for g in order:
        tp = TTGlyphPen(gs)
        gs[g].draw(Cu2QuPen(tp, 1.0, reverse_direction=True))
        glyf.glyphs[g] = tp.glyph()
    del f["CFF "]
    f["loca"] = newTable("loca")
    f["glyf"] = glyf
    glyf.compile(f)
    for g in order:
        w, _ = f["hmtx"][g]
        f["hmtx"][g] = (w, getattr(glyf[g], "xMin", 0))
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for k in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
              "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
              "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, k, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    f["maxp"] = maxp
    f["head"].glyphDataFormat = 0
    f["post"].formatType = 3.0
    f.sfntVersion = "\x00\x01\x00\x00"
    buf = io.BytesIO()
    f.save(buf)
    return buf.getvalue()


_FONTS_DONE = []


def all_text():
    parts = [v for _, v in A_BLOCKS] + list(A_NOTES.values()) + [A_HEAD]
    parts += [v for _, v in B_BEFORE + B_AFTER] + [c for r in B_TABLE for c in r]
    parts += [v for _, v in C_MAST] + [v for _, v in C_FLOW if isinstance(v, str)] + [c for r in C_TABLE for c in r]
    parts += ["— 第页共目录0123456789. ", "".join(chr(i) for i in range(32, 127))]
    return "".join(sorted(set("".join(parts))))


def register_fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    text = all_text()
    pdfmetrics.registerFont(TTFont("U46Song", io.BytesIO(cjk_ttf(*FONT_SONG, text))))
    pdfmetrics.registerFont(TTFont("U46Hei", io.BytesIO(cjk_ttf(*FONT_HEI, text))))
    pdfmetrics.registerFont(TTFont("U46HeiB", io.BytesIO(cjk_ttf(*FONT_HEI_B, text))))
    _FONTS_DONE.append(True)


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def para_line_texts(fl):
    """The wrapped lines of a laid-out Paragraph (or of a fragment of a split one), read from reportlab's blPara:
    kind 0 lines are (extra space, [words]) tuples, kind 1 lines FragLines whose words carry .text. (unseen40)"""
    out = []
    for ln in fl.blPara.lines:
        if isinstance(ln, tuple):
            out.append(" ".join(ln[1]))
        else:
            out.append("".join(getattr(w, "text", "") for w in ln.words))
    return out



def tagged(cls_base):
    """A Paragraph / Table class whose split parts keep the block index (_u46_block)."""
    class Tagged(cls_base):
        def split(self, aw, ah):
            parts = cls_base.split(self, aw, ah)
            for p in parts:
                p._u46_block = self._u46_block
            return parts
    return Tagged


def cell_text(c):  # a cell holds one Paragraph, possibly wrapped in a tuple / list by Table
    while isinstance(c, (list, tuple)):
        c = c[0]
    return c.getPlainText() if hasattr(c, "getPlainText") else str(c)


A4W, A4H = 595.2755905511812, 841.8897637795277
A_X, A_TOP, A_FRAME_BOTTOM, A_FN_TOP = 72, 84, 156, 144


def build_pdf_a(toc_pages=None, total_pages=0):
    """Return (pdf bytes, pages, visual, info).
    pages[i]: the plain lines of page i+1 (running head from page 2 on, every block that starts on the page,
    TOC lines with their dot leaders, the footnotes of the page, the page number). visual[i]: the drawn pieces in
    order. info: block_pages {block: [pages]}, notes {page: [n]}, toc [(title, page, dots)]."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer
    rl_config.invariant = 1
    register_fonts()
    W, H = A4W, A4H
    fw = W - 2 * A_X
    body = ParagraphStyle("body", fontName="U46Song", fontSize=12, leading=22, alignment=TA_JUSTIFY,
                          wordWrap="CJK", firstLineIndent=24, spaceAfter=4)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U46HeiB", fontSize=19, leading=30,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=40, spaceAfter=10),
        "sub": ParagraphStyle("sub", parent=body, fontName="U46Song", fontSize=12, alignment=TA_CENTER,
                              firstLineIndent=0, spaceAfter=36),
        "toch": ParagraphStyle("toch", parent=body, fontName="U46HeiB", fontSize=16, leading=26,
                               alignment=TA_CENTER, firstLineIndent=0, spaceAfter=18),
        "ch": ParagraphStyle("ch", parent=body, fontName="U46HeiB", fontSize=16, leading=26, alignment=TA_CENTER,
                             firstLineIndent=0, spaceAfter=14),
        "h": ParagraphStyle("h", parent=body, fontName="U46Hei", fontSize=13, leading=22, alignment=TA_LEFT,
                            firstLineIndent=24, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "p": body,
    }
    note_style = ParagraphStyle("note", fontName="U46Song", fontSize=8.5, leading=12, wordWrap="CJK",
                                alignment=TA_JUSTIFY)
    TPara = tagged(Paragraph)

    class WholePara(TPara):
        def split(self, aw, ah):
            return []

    class TocLine(Flowable):
        def __init__(self, title, page):
            super().__init__()
            self.title, self.page = title, str(page)

        def wrap(self, aw, ah):
            return fw, 26

        def draw(self):
            c = self.canv
            c.setFont("U46Song", 12.5)
            tw = stringWidth(self.title, "U46Song", 12.5)
            pw = stringWidth(self.page, "U46Song", 12.5)
            dw = stringWidth(".", "U46Song", 12.5)
            n = int((fw - tw - pw - 16) / dw)
            c.drawString(0, 8, self.title)
            c.drawString(fw - pw - 6 - n * dw, 8, "." * n)
            c.drawRightString(fw, 8, self.page)
            self.dots = n

    chapters = [v for k, v in A_BLOCKS if k == "ch"]
    flow = []
    for bi, (kind, val) in enumerate(A_BLOCKS):
        if kind == "ch":
            flow.append(PageBreak())
        cls = TPara if (kind == "p" and not A_MARK.search(val)) else WholePara
        para = cls(A_MARK.sub(lambda m: f'<super size="7" rise="5">{m.group(1)}</super>', xml_esc(val)), st[kind])
        para._u46_block = bi
        flow.append(para)
        if kind == "toch":
            for ci, t in enumerate(chapters):
                tl = TocLine(t, (toc_pages or {}).get(t, 0))
                tl._u46_toc = ci
                flow.append(tl)

    pages, visual, notes_vis = [[]], [[]], [[]]
    info = {"block_pages": {}, "notes": {}, "toc": [], "frags": []}

    def grow(n):
        while len(pages) < n:
            pages.append([])
            visual.append([])
            notes_vis.append([])

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            grow(self.page)
            if hasattr(fl, "_u46_toc"):
                line = f"{fl.title} {'.' * fl.dots} {fl.page}"
                info["toc"].append((fl.title, fl.page, fl.dots))
                pages[self.page - 1].append(line)
                visual[self.page - 1].append(line)
                return
            bi = getattr(fl, "_u46_block", None)
            if bi is None:
                return
            kind, val = A_BLOCKS[bi]
            if bi not in info["block_pages"]:
                pages[self.page - 1].append(a_plain_text(val))
            info["block_pages"].setdefault(bi, []).append(self.page)
            lines = para_line_texts(fl)
            info["frags"].append((bi, self.page, lines))
            visual[self.page - 1].append("".join(lines))
            for n in A_MARK.findall(val):
                info["notes"].setdefault(self.page, []).append(n)

    def on_page(c, doc):
        if doc.page > 1:
            c.saveState()
            c.setFont("U46Song", 9)
            c.drawCentredString(W / 2, H - 52, A_HEAD)
            c.setLineWidth(0.5)
            c.line(A_X, H - 58, W - A_X, H - 58)
            c.restoreState()

    def on_page_end(c, doc):
        grow(doc.page)
        ns = info["notes"].get(doc.page, [])
        if ns:
            c.saveState()
            c.setLineWidth(0.5)
            c.line(A_X, A_FN_TOP, A_X + 140, A_FN_TOP)
            y = A_FN_TOP - 4
            for n in ns:
                p = Paragraph(f'<super size="6" rise="4">{n}</super>{xml_esc(A_NOTES[n])}', note_style)
                _, h = p.wrap(fw, 200)
                p.drawOn(c, A_X, y - h)
                y -= h + 2
                notes_vis[doc.page - 1].append(SUP[n] + A_NOTES[n])
            info.setdefault("note_bottom", {})[doc.page] = y
            c.restoreState()
        c.saveState()
        c.setFont("U46Song", 10.5)
        c.drawCentredString(W / 2, 40, a_page_no(doc.page))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=A_X, rightMargin=A_X, topMargin=A_TOP, bottomMargin=A_FRAME_BOTTOM,
              title=A_TITLE, author="唐山市人民政府办公室", subject="科技创新规划", creator="唐山市人民政府办公室",
              invariant=1)
    frame = Frame(A_X, A_FRAME_BOTTOM, fw, H - A_TOP - A_FRAME_BOTTOM, id="F", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    n = len(pages)
    out, vis = [], []
    for i in range(n):
        head = [A_HEAD] if i > 0 else []
        out.append(head + pages[i] + notes_vis[i] + [a_page_no(i + 1)])
        vis.append(head + visual[i] + notes_vis[i] + [a_page_no(i + 1)])
    ch_pages = {A_BLOCKS[bi][1]: pg[0] for bi, pg in info["block_pages"].items() if A_BLOCKS[bi][0] == "ch"}
    info["ch_pages"] = ch_pages
    return buf.getvalue(), out, vis, info


B_X, B_TOP, B_BOTTOM = 40, 44, 50


def build_pdf_b(total_pages=0):
    """Return (pdf bytes, pages, visual, info). A table row's plain line: its visible cells joined by ' | ' (the
    合计 row spans columns 1-7: '合计 | <total>'); the header row repeated on every page that holds a table part."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4H, A4W  # landscape
    fw = W - 2 * B_X
    body = ParagraphStyle("body", fontName="U46Song", fontSize=11, leading=19, alignment=TA_JUSTIFY,
                          wordWrap="CJK", firstLineIndent=22, spaceAfter=3)
    st = {"title": ParagraphStyle("title", parent=body, fontName="U46HeiB", fontSize=16, leading=26,
                                  alignment=TA_CENTER, firstLineIndent=0, spaceAfter=8),
          "p": body,
          "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, rightIndent=40)}
    cell = ParagraphStyle("cell", fontName="U46Song", fontSize=10.5, leading=13.5, alignment=TA_LEFT, wordWrap="CJK")
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle("head", parent=cellc, fontName="U46HeiB")
    TPara = tagged(Paragraph)
    STable = tagged(Table)
    flow = []
    blocks = B_BEFORE + [("table", B_TABLE)] + B_AFTER
    widths = [28, 86, 186, 166, 60, 70, 108, 0]
    widths[-1] = fw - sum(widths)
    centred = {0, 1, 4, 5, 6, 7}
    for bi, (kind, val) in enumerate(blocks):
        if kind == "table":
            data = []
            for ri, r in enumerate(val):
                if ri == 0:
                    data.append([Paragraph(xml_esc(c), head) for c in r])
                elif r[0] == "合计":
                    data.append([Paragraph("合计", head)] + [""] * 6 + [Paragraph(xml_esc(r[-1]), head)])
                else:
                    data.append([Paragraph(xml_esc(c), cellc if ci in centred else cell) for ci, c in enumerate(r)])
            t = STable(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.87, 0.87, 0.87)),
                ("SPAN", (0, -1), (6, -1)),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]))
            t._u46_block = bi
            flow.append(Spacer(1, 4))
            flow.append(t)
            flow.append(Spacer(1, 8))
            continue
        para = TPara(xml_esc(val), st[kind])
        para._u46_block = bi
        flow.append(para)

    pages, visual = [[]], [[]]
    info = {"table_parts": [], "frags": []}

    def row_line(cells):
        cells = [c for c in cells]
        if cells[0] == "合计":
            cells = [cells[0], cells[-1]]
        return " | ".join(cells)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            bi = getattr(fl, "_u46_block", None)
            if bi is None:
                return
            kind, val = blocks[bi]
            if isinstance(fl, Table):
                rows = [[cell_text(c) for c in r] for r in fl._cellvalues]
                info["table_parts"].append((self.page, rows))
                pages[self.page - 1].extend(row_line(r) for r in rows)
                visual[self.page - 1].extend(c for r in rows for c in r if c)
                return
            lines = para_line_texts(fl)
            if not any(f[0] == bi for f in info["frags"]):
                pages[self.page - 1].append(val)
            info["frags"].append((bi, self.page, lines))
            visual[self.page - 1].append("".join(lines))

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U46Song", 9.5)
        c.drawCentredString(W / 2, 26, b_page_no(doc.page, total_pages or 0))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=B_X, rightMargin=B_X, topMargin=B_TOP, bottomMargin=B_BOTTOM,
              title=B_TITLE, author="长治市科学技术局", subject="拟立项项目公示", creator="长治市科学技术局", invariant=1)
    frame = Frame(B_X, B_BOTTOM, fw, H - B_TOP - B_BOTTOM, id="F", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="land", frames=[frame], onPageEnd=on_page_end)])
    doc.build(flow)
    n = len(pages)
    out = [p + [b_page_no(i + 1, n)] for i, p in enumerate(pages)]
    vis = [v + [b_page_no(i + 1, n)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


C_X, C_TOP, C_BOTTOM, C_GAP, C_MAST_H = 54, 50, 60, 22, 118


def c_frames():
    W, H = A4W, A4H
    cw = (W - 2 * C_X - C_GAP) / 2
    col_h1 = H - C_TOP - C_MAST_H - C_BOTTOM
    col_h2 = H - C_TOP - C_BOTTOM
    return {"M": (C_X, H - C_TOP - C_MAST_H, W - 2 * C_X, C_MAST_H),
            "L": (C_X, C_BOTTOM, cw, col_h1), "R": (C_X + cw + C_GAP, C_BOTTOM, cw, col_h1),
            "L2": (C_X, C_BOTTOM, cw, col_h2), "R2": (C_X + cw + C_GAP, C_BOTTOM, cw, col_h2)}


def build_pdf_c():
    """Return (pdf bytes, pages, visual, info). Plain lines: the masthead lines, then the column flow in reading
    order (left column, then right), a paragraph cut by the column break one whole line where it starts; table rows
    joined by ' | '; the page number. info: frags [(block, page, frame id, text)], table (page, frame id)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                    Table, TableStyle)
    rl_config.invariant = 1
    register_fonts()
    W, H = A4W, A4H
    red = colors.Color(0.78, 0.08, 0.08)
    body = ParagraphStyle("body", fontName="U46Song", fontSize=10.5, leading=17.5, alignment=TA_JUSTIFY,
                          wordWrap="CJK", firstLineIndent=21, spaceAfter=3)
    st = {
        "mast": ParagraphStyle("mast", parent=body, fontName="U46HeiB", fontSize=30, leading=40, alignment=TA_CENTER,
                               firstLineIndent=0, textColor=red, spaceAfter=6),
        "issue": ParagraphStyle("issue", parent=body, fontSize=12, leading=20, alignment=TA_CENTER, firstLineIndent=0,
                                spaceAfter=6),
        "org": ParagraphStyle("org", parent=body, fontSize=10.5, leading=18, alignment=TA_CENTER, firstLineIndent=0),
        "h": ParagraphStyle("h", parent=body, fontName="U46HeiB", fontSize=11.5, leading=20, alignment=TA_LEFT,
                            firstLineIndent=0, textColor=red, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "t": ParagraphStyle("t", parent=body, fontName="U46HeiB", fontSize=11, leading=18, alignment=TA_CENTER,
                            firstLineIndent=0, spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "p": body,
        "cap": ParagraphStyle("cap", parent=body, fontName="U46Hei", fontSize=10, leading=16, alignment=TA_CENTER,
                              firstLineIndent=0, spaceAfter=3, keepWithNext=1),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=13, firstLineIndent=0, spaceBefore=3),
        "dist": ParagraphStyle("dist", parent=body, fontSize=9, leading=15, firstLineIndent=0, spaceBefore=10,
                               borderColor=colors.black, borderWidth=0, textColor=colors.Color(0.2, 0.2, 0.2)),
    }
    cell = ParagraphStyle("cell", fontName="U46Song", fontSize=9, leading=11.5, alignment=TA_CENTER, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName="U46HeiB")
    TPara = tagged(Paragraph)
    fr = c_frames()
    blocks = C_MAST + C_FLOW
    flow = [NextPageTemplate("later")]
    for bi, (kind, val) in enumerate(blocks):
        if kind == "table":
            cw = fr["L"][2]
            data = [[Paragraph(xml_esc(c), head if ri == 0 else cell) for c in r] for ri, r in enumerate(val)]
            t = Table(data, colWidths=[cw * 0.46, cw * 0.27, cw * 0.27])
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]))
            t._u46_block = bi
            flow.append(t)
            continue
        para = TPara(xml_esc(val), st[kind])
        para._u46_block = bi
        flow.append(para)
        if bi == len(C_MAST) - 1:
            flow.append(FrameBreak())

    pages, visual = [[]], [[]]
    info = {"frags": [], "table": None}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            bi = getattr(fl, "_u46_block", None)
            if bi is None:
                return
            kind, val = blocks[bi]
            fid = self.frame.id
            if isinstance(fl, Table):
                rows = [[cell_text(c) for c in r] for r in fl._cellvalues]
                info["table"] = (self.page, fid, rows)
                pages[self.page - 1].extend(" | ".join(r) for r in rows)
                visual[self.page - 1].extend(c for r in rows for c in r)
                info["frags"].append((bi, self.page, fid, "".join(c for r in rows for c in r)))
                return
            text = "".join(para_line_texts(fl))
            if not any(f[0] == bi for f in info["frags"]):
                pages[self.page - 1].append(val)
            info["frags"].append((bi, self.page, fid, text))
            visual[self.page - 1].append(text)

    def on_first(c, doc):
        c.saveState()
        c.setStrokeColor(red)
        c.setLineWidth(1.6)
        y = H - C_TOP - C_MAST_H - 6
        c.line(C_X, y, W - C_X, y)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U46Song", 10)
        c.drawCentredString(W / 2, 34, c_page_no(doc.page))
        c.restoreState()

    def frame(fid):
        x, y, w, h = fr[fid]
        return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=C_X, rightMargin=C_X, topMargin=C_TOP, bottomMargin=C_BOTTOM,
              title="科技工作简报（2026年第7期）", author="锦州市科学技术局办公室", subject="工作简报",
              creator="锦州市科学技术局办公室", invariant=1)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame("M"), frame("L"), frame("R")], onPage=on_first, onPageEnd=on_page_end),
        PageTemplate(id="later", frames=[frame("L2"), frame("R2")], onPageEnd=on_page_end)])
    doc.build(flow)
    out = [p + [c_page_no(i + 1)] for i, p in enumerate(pages)]
    vis = [v + [c_page_no(i + 1)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from
# the doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all
# docs (and named in the question); near = terms present in the doc. table: col = index of the answer's column in
# the row as rendered. who_leads: verb 牵头 in the evidence after the answer within one clause, or (B) in the header
# of the answer's column. typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 唐山 规划 (PDF with TOC and footnotes; 16)
    dict(id="u46-A01", doc="A", kind="english", q="What R&D intensity target does Tangshan set for 2030 in its 15th Five-Year Plan for science and technology innovation?", a="2.5%", hint="全社会研发投入强度达到2.5%"),
    dict(id="u46-A02", doc="A", kind="english", q="How many high-tech enterprises did Tangshan have in 2025, according to its science and technology innovation plan?", a="1720家", hint="高新技术企业达到1720家"),
    dict(id="u46-A03", doc="A", kind="english", q="Under Tangshan's plan, what is the maximum construction subsidy for a newly recognised municipal-level new-type R&D institution?", a="300万元", hint="对新认定的市级新型研发机构"),
    dict(id="u46-A04", doc="A", kind="english", q="How much special funding for science and technology innovation will Tangshan arrange in total during the 15th Five-Year Plan period?", a="45亿元", hint="累计安排科技创新专项资金"),
    dict(id="u46-A05", doc="A", kind="english_unanswerable", q="What share of total R&D spending does Tangshan's plan set aside for basic research by 2030?", keys=["基础研究"], near=["研发投入强度"]),
    dict(id="u46-A06", doc="A", kind="who_leads", q="唐山“十五五”科技创新规划由哪个部门牵头组织实施？", a="市科学技术局", hint="牵头负责本规划", verb="牵头", qverb="牵头"),
    dict(id="u46-A07", doc="A", kind="paraphrase", q="唐山这份五年科技规划的脚注里，R&D强度是怎么界定的？", a="全社会研发经费支出占地区生产总值（GDP）的比重", hint="¹研发投入强度："),
    dict(id="u46-A08", doc="A", kind="paraphrase", q="唐山请来顶级科学家团队，最多能拿到多少项目经费？", a="2000万元", hint="凤凰英才"),
    dict(id="u46-A09", doc="A", kind="paraphrase", q="唐山规划里，技术经纪方面的专业人员打算培育多少名？", a="500名", hint="科技成果转化服务平台"),
    dict(id="u46-A10", doc="A", kind="typo", q="唐山十五五科技创新规化里，到2030年技术合同成交额要达到多少？", a="200亿元", hint="技术合同成交额达到200亿元", wrong="规化", right="规划"),
    dict(id="u46-A11", doc="A", kind="typo", q="塘山规划提出每万人口高价值发明专利拥有量到2030年达到多少？", a="8.5件", hint="达到8.5件", wrong="塘山", right="唐山"),
    dict(id="u46-A12", doc="A", kind="traditional", qs="唐山对研发费用增长超过15%的规上工业企业，后补助每年最高给多少？", a="150万元", hint="按增量部分的12%"),
    dict(id="u46-A13", doc="A", kind="unanswerable", q="秦皇岛市“十五五”科技创新规划提出的研发投入强度目标是多少？", gkeys=["秦皇岛", "Qinhuangdao"], near=["研发投入强度"]),
    dict(id="u46-A14", doc="A", kind="unanswerable", q="唐山提出到2035年全社会研发投入强度要达到多少？", keys=["2035"], near=["到2030年"]),
    dict(id="u46-A15", doc="A", kind="unanswerable", q="唐山对新认定的省级新型研发机构给予多少建设补助？", keys=["省级新型研发机构"], near=["市级新型研发机构"]),
    dict(id="u46-A16", doc="A", kind="unanswerable", q="唐山科技创新规划对新认定的国家级科技企业孵化器奖励多少？", keys=["孵化器"], near=["国家级创新平台"]),
    # ---- B 长治 拟立项项目公示 (landscape PDF, table over 3 pages; 18)
    dict(id="u46-B01", doc="B", kind="table", q="长治拟立项的焦炉煤气制氢加氢站示范项目，市里拟支持多少万元？", a="180", hint="焦炉煤气制氢", col=7),
    dict(id="u46-B02", doc="B", kind="table", q="长治拟立项的羟丙甲纤维素药用辅料项目由谁负责？", a="崔建平", hint="羟丙甲纤维素", col=4),
    dict(id="u46-B03", doc="B", kind="table", q="长治上党党参道地性评价项目的实施周期到什么时候结束？", a="2026.07—2029.06", hint="上党党参", col=6),
    dict(id="u46-B04", doc="B", kind="table", q="长治这次公示的重点研发项目，市财政一共拟拿出多少万元？", a=B_TOTAL, hint="合计 | ", col=1),
    dict(id="u46-B05", doc="B", kind="table", q="长治磷酸锰铁锂正极材料项目拟获多少万元市级财政支持？", a="160", hint="磷酸锰铁锂", col=7),
    dict(id="u46-B06", doc="B", kind="who_leads", q="长治大型矿用减速机远程运维平台项目由哪家单位牵头承担？", a="长治市太行重工机械有限公司", hint="大型矿用减速机", col=3, verb="牵头", qverb="牵头"),
    dict(id="u46-B07", doc="B", kind="english", q="Who is the contact person for objections to Changzhi's 2026 list of proposed municipal key R&D projects?", a="郭晓峰", hint="异议受理部门"),
    dict(id="u46-B08", doc="B", kind="english", q="On what date does the publicity period for Changzhi's proposed 2026 key R&D projects end?", a="6月19日", hint="一、公示时间"),
    dict(id="u46-B09", doc="B", kind="english", q="What share of the funding is paid in the first instalment for Changzhi's approved 2026 key R&D projects?", a="60%", hint="首期拨付比例"),
    dict(id="u46-B10", doc="B", kind="english_unanswerable", q="How much funding will Changzhi give to the second batch of its 2026 municipal key R&D projects?", keys=["第二批"], near=["2026年度市级重点研发计划"]),
    dict(id="u46-B11", doc="B", kind="paraphrase", q="长治今年市里的重点研发专项，打算给多少个课题立项？", a="32个", hint="予以立项支持"),
    dict(id="u46-B12", doc="B", kind="paraphrase", q="长治对拟立项名单有意见的人如果不署名，会怎么处理？", a="不予受理", hint="匿名异议"),
    dict(id="u46-B13", doc="B", kind="typo", q="长冶市科技局的监督电话是多少？", a="0355-2031952", hint="四、监督电话", wrong="长冶", right="长治"),
    dict(id="u46-B14", doc="B", kind="typo", q="长治拟立项项目公式一共几个工作日？", a="5个工作日", hint="一、公示时间", wrong="公式", right="公示"),
    dict(id="u46-B15", doc="B", kind="traditional", qs="长治矿用防爆巡检机器人项目的负责人是谁？", a="李卫东", hint="矿用防爆巡检"),
    dict(id="u46-B16", doc="B", kind="unanswerable", q="晋城市2026年度市级重点研发计划拟立项项目共有多少个？", gkeys=["晋城", "Jincheng"], near=["拟立项项目"]),
    dict(id="u46-B17", doc="B", kind="unanswerable", q="长治2025年度市级重点研发计划立项了多少个项目？", keys=["2025"], near=["2026年度市级重点研发计划"]),
    dict(id="u46-B18", doc="B", kind="unanswerable", q="长治拟立项的高纯氧化铝粉体项目专家评审得了多少分？", keys=["得分", "评分", "分数"], near=["专家网络评审"]),
    # ---- C 锦州 工作简报 (two-column PDF with a boxed table; 16)
    dict(id="u46-C01", doc="C", kind="table", q="锦州上半年技术合同成交额比去年同期增长了多少？", a="21.3%", hint="技术合同成交额 | ", col=2),
    dict(id="u46-C02", doc="C", kind="table", q="锦州上半年发明专利授权了多少件？", a="538件", hint="发明专利授权量 | ", col=1),
    dict(id="u46-C03", doc="C", kind="table", q="锦州上半年高新技术企业有效数较上年同期增长多少？", a="9.8%", hint="高新技术企业有效数 | ", col=2),
    dict(id="u46-C04", doc="C", kind="who_leads", q="锦州科技特派员工作由哪个部门牵头？", a="市科技局", hint="全市选派科技特派员", verb="牵头", qverb="牵头"),
    dict(id="u46-C05", doc="C", kind="english", q="How much in loans did Jinzhou's Jin Ke Dai product issue to technology-based SMEs in the first half of 2026?", a="4.6亿元", hint="锦科贷”产品"),
    dict(id="u46-C06", doc="C", kind="english", q="What is the maximum subsidy from Jinzhou's municipal finance for the photovoltaic pilot-scale base built with Liaoning University of Technology?", a="500万元", hint="光伏硅材料中试基地"),
    dict(id="u46-C07", doc="C", kind="english", q="How many science and technology commissioners has Jinzhou dispatched so far this year?", a="186名", hint="全市选派科技特派员"),
    dict(id="u46-C08", doc="C", kind="english_unanswerable", q="What is the prize money for the 2026 Jinzhou Innovation and Entrepreneurship Competition?", keys=["奖金", "奖励"], near=["创新创业大赛"]),
    dict(id="u46-C09", doc="C", kind="paraphrase", q="锦州北镇的葡萄农用了特派员推的新技术，每亩多挣多少？", a="2300元", hint="北镇市科技特派员"),
    dict(id="u46-C10", doc="C", kind="paraphrase", q="锦州锦科贷要是出了坏账，风险池按本金亏损的多大比例赔？", a="50%", hint="锦科贷”产品"),
    dict(id="u46-C11", doc="C", kind="paraphrase", q="锦州今年下一轮市本级科研项目征集哪天截止？", a="8月31日", hint="一是开展"),
    dict(id="u46-C12", doc="C", kind="typo", q="锦洲与辽宁工业大学共建的光伏中试基地总投资多少？", a="1.2亿元", hint="光伏硅材料中试基地", wrong="锦洲", right="锦州"),
    dict(id="u46-C13", doc="C", kind="traditional", qs="锦州上半年落实了多少市级科技资金？", a="2860万元", hint="落实市级科技资金"),
    dict(id="u46-C14", doc="C", kind="unanswerable", q="葫芦岛市上半年选派了多少名科技特派员？", gkeys=["葫芦岛", "Huludao"], near=["科技特派员"]),
    dict(id="u46-C15", doc="C", kind="unanswerable", q="锦州科技工作简报2026年第6期报道了哪些内容？", keys=["第6期"], near=["第7期"]),
    dict(id="u46-C16", doc="C", kind="unanswerable", q="锦州2025年上半年技术合同成交额是多少？", keys=["2025"], near=["技术合同成交额"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 18, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (0, 5, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Tangshan", "B": "Changzhi", "C": "Jinzhou"}
PLACE_KEYS = ["秦皇岛", "Qinhuangdao", "晋城", "Jincheng", "葫芦岛", "Huludao"]  # neighbours: in no document
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
    """Occurrences of s not glued to further digits (so 50万元 does not count in 150万元, 60 not in 160 or 2026.06)."""
    return len(re.findall(r"(?<![\d.,:：-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def squash(s):
    return re.sub(r"\s+", "", s)


def unsup(s):
    return "".join(UNSUP.get(ch, ch) for ch in s)


def pdf_fonts_ok(reader, check, tag):
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":  # reportlab's initial canvas font, declared but never used
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"{tag}: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    return {f.split("+")[-1].lstrip("/") for f in fonts}


def main():
    import pdfplumber
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build (A and B twice: the first pass gives the TOC page numbers and the page count)
    _, a0, _, ai0 = build_pdf_a()
    a_bytes, a_pages, a_visual, a_info = build_pdf_a(ai0["ch_pages"], len(a0))
    check(len(a0) == len(a_pages) and ai0["ch_pages"] == a_info["ch_pages"], "A: layout stable between the two passes")
    _, b0, _, _ = build_pdf_b()
    b_bytes, b_pages, b_visual, b_info = build_pdf_b(len(b0))
    check(len(b0) == len(b_pages), "B: page count stable between the two passes")
    c_bytes, c_pages, c_visual, c_info = build_pdf_c()
    for d, by in (("A", a_bytes), ("B", b_bytes), ("C", c_bytes)):
        (CORPUS / FILES[d]).write_bytes(by)

    plains = {"A": [ln for p in a_pages for ln in p], "B": [ln for p in b_pages for ln in p],
              "C": [ln for p in c_pages for ln in p]}
    visuals = {"A": a_visual, "B": b_visual, "C": c_visual}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    sizes = {"A": (2800, 4500), "B": (3000, 4500), "C": (1200, 2200)}
    texts, readers = {}, {}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
        lo, hi = sizes[d]
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")
        texts[d], readers[d] = pdf_page_texts(CORPUS / FILES[d])
        check(len(texts[d]) == len(visuals[d]), f"{d}: {len(texts[d])} PDF pages vs {len(visuals[d])} tracked")
        for i, (t, vis) in enumerate(zip(texts[d], visuals[d])):
            check(bool(squash(t)), f"{d}: page {i + 1} has no text layer (pypdf)")
            check(squash(t) == squash(unsup("".join(vis))), f"{d}: pypdf text of page {i + 1} differs from the drawn pieces in order")
            check("\x00" not in t and "\ufffd" not in t, f"{d}: page {i + 1}: a character without a glyph / mapping")
        base = pdf_fonts_ok(readers[d], check, d)
        check(base <= {"NotoSerifCJKsc-Regular", "NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold", "Helvetica"},
              f"{d}: fonts {base}")

    # ---- A: 8 A4 pages, TOC page with dot leaders, chapters each on a new page, footnotes at the page foot
    n_a = len(texts["A"])
    check(6 <= n_a <= 8, f"A: {n_a} pages, want 6-8")
    for p in readers["A"].pages:
        check(abs(float(p.mediabox.width) - A4W) < 1 and abs(float(p.mediabox.height) - A4H) < 1, "A: A4 portrait pages")
    chapters = [v for k, v in A_BLOCKS if k == "ch"]
    toc = a_info["toc"]
    check([t for t, _, _ in toc] == chapters, "A: one TOC line per chapter, in order")
    check(all(str(a_info["ch_pages"][t]) == pg for t, pg, _ in toc), f"A: TOC page numbers {[(t[:3], p) for t, p, _ in toc]} vs {a_info['ch_pages']}")
    check(all(dots >= 15 for _, _, dots in toc), "A: dot leaders")
    check(all(re.search(re.escape(t) + r"\s*\.{15,}\s*" + pg + r"\b", texts["A"][0]) for t, pg, _ in toc),
          "A: pypdf reads each TOC line as title, dot leader, page number")
    check(all(a_info["block_pages"][i][0] == a_info["ch_pages"][A_BLOCKS[i][1]] for i, (k, _) in enumerate(A_BLOCKS) if k == "ch")
          and sorted(a_info["ch_pages"].values()) == list(range(2, 2 + len(chapters))), "A: every chapter starts a page of its own")
    for i, page in enumerate(a_pages):
        check(page[-1] == a_page_no(i + 1) and (page[0] == A_HEAD) == (i > 0), f"A: running head / page number of page {i + 1}")
    marks = [n for _, v in A_BLOCKS for n in A_MARK.findall(v)]
    check(marks == sorted(marks) == [str(i) for i in range(1, len(A_NOTES) + 1)], "A: footnote markers 1..n in order")
    note_pages = {n: pg for pg, ns in a_info["notes"].items() for n in ns}
    check(len(note_pages) == len(A_NOTES) and len(set(note_pages.values())) >= 4, f"A: footnotes spread over pages {note_pages}")
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        for i, pg in enumerate(pdf.pages):
            chars = pg.chars
            body = [c for c in chars if 58 + A_TOP - 58 <= c["top"] <= A4H - A_FRAME_BOTTOM]
            raised = [(j, c) for j, c in enumerate(chars) if c["text"].isdigit() and c["size"] < 8
                      and c["top"] <= A4H - A_FRAME_BOTTOM]
            want = a_info["notes"].get(i + 1, [])
            check([c["text"] for _, c in raised] == want, f"A: page {i + 1}: raised markers {[c['text'] for _, c in raised]} vs notes {want}")
            for j, c in raised:
                prev = chars[j - 1]
                check(HAN.match(prev["text"]) and prev["size"] == 12 and c["bottom"] < prev["bottom"] - 2,
                      f"A: page {i + 1}: marker {c['text']} not a smaller raised digit right after a word")
            foot = [c for c in chars if A4H - A_FN_TOP < c["top"] and c["bottom"] < A4H - 48]
            foot_text = "".join(c["text"] for c in foot)
            for n in want:
                check(squash(A_NOTES[n]) in squash(foot_text), f"A: page {i + 1}: footnote {n} not at the page foot")
            check(not want or all(c["size"] < 9 for c in foot), f"A: page {i + 1}: footnotes in a small size")
            check(len(body) > 150, f"A: page {i + 1} has no text layer (pdfplumber)")
    for n, pg in note_pages.items():
        check(SUP[n] + A_NOTES[n] in a_pages[pg - 1], f"A: footnote {n} listed on its page")
        blk = [v for k, v in A_BLOCKS if f"[{n}]" in v][0]
        check(a_plain_text(blk) in a_pages[pg - 1], f"A: footnote {n} on the page of its marker")
    a_prose = "\n".join(ln for ln in plains["A"] if not re.fullmatch(r"— \d+ —", ln))
    check(len(set(re.findall(r"\d+(?:\.\d+)?万元", a_prose))) >= 7 and len(set(re.findall(r"\d+(?:\.\d+)?亿元", a_prose))) >= 4,
          "A: look-alike amounts (万元, 亿元)")
    check(len([ln for ln in plains["A"] if "牵头" in ln]) == 1, "A: one 牵头 line")

    # ---- B: landscape, a wide ruled table over 3 pages, header repeated, wrapping cells, 合计 row
    n_b = len(texts["B"])
    check(n_b == 3, f"B: {n_b} pages, want 3")
    for p in readers["B"].pages:
        check(abs(float(p.mediabox.width) - A4H) < 1 and abs(float(p.mediabox.height) - A4W) < 1, "B: A4 landscape pages")
    tparts = b_info["table_parts"]
    check([p for p, _ in tparts] == [1, 2, 3], f"B: the table runs over pages 1-3 {[p for p, _ in tparts]}")
    check(all(rows[0] == B_HEADER for _, rows in tparts), "B: the header row starts every part of the table")
    check([r for _, rows in tparts for r in rows[1:]] == [r if r[0] != "合计" else ["合计"] + [""] * 6 + [r[-1]] for r in B_TABLE[1:]],
          "B: the table parts hold the data rows in order, 合计 last")
    check(int(B_TABLE[-1][-1]) == sum(int(r[-1]) for r in B_TABLE[1:-1]) and len(B_TABLE) - 2 == 32, "B: 合计 equals the sum of 32 rows")
    wrapped = 0
    with pdfplumber.open(str(CORPUS / FILE_B)) as pdf:
        found = []
        for i, pg in enumerate(pdf.pages):
            ts = pg.extract_tables()
            found.append((i + 1, ts))
            words = pg.extract_words(extra_attrs=["fontname"])
            hf = {w["fontname"].split("+")[-1] for w in words if w["text"] in ("项目名称", "牵头承担单位")}
            check(hf == {"NotoSansCJKsc-Bold"}, f"B: page {i + 1}: header row repeated in bold {hf}")
    for (pg, ts), (_, rows) in zip(found, tparts):
        check(len(ts) == 1, f"B: page {pg}: pdfplumber finds {len(ts)} tables")
        if len(ts) == 1:
            got = [[squash(c or "") for c in r] for r in ts[0]]
            check(got == [[squash(c) for c in r] for r in rows], f"B: page {pg}: pdfplumber's table equals the part drawn there")
            wrapped += sum(1 for r in ts[0] for c in r if c and "\n" in c)
    check(wrapped >= 20, f"B: cells wrapping inside ({wrapped})")
    b_cells = [c for r in B_TABLE for c in r]
    b_prose = "\n".join(ln for ln in plains["B"] if " | " not in ln)
    check(b_prose.count("拟立项") >= 3 and "32个项目" in b_prose, "B: intro names the count of projects")
    for r in B_TABLE[1:-1]:
        check(r[3] not in b_prose or r[0] == "1", f"B: unit {r[3]} in the prose")
    check(len({r[-1] for r in B_TABLE[1:-1]}) >= 28, "B: amounts mostly distinct")
    b_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", b_prose)
    check(b_dates == [("2026", "6", "15"), ("", "6", "19"), ("2026", "6", "12")], f"B: dates {b_dates}")

    # ---- C: two columns, text down the left column then the right, a boxed table in one column
    n_c = len(texts["C"])
    check(n_c == 1, f"C: {n_c} pages, want 1")
    fr = c_frames()
    frags = c_info["frags"]
    check(all(f[2] == "M" for f in frags if f[0] < len(C_MAST)) and all(f[2] in ("L", "R") for f in frags if f[0] >= len(C_MAST)),
          "C: masthead full width, the rest in the two columns")
    order = [f[2] for f in frags if f[0] >= len(C_MAST)]
    check(order == sorted(order) and "L" in order and "R" in order, "C: the text fills the left column, then the right")
    split = [bi for bi in {f[0] for f in frags} if [f[2] for f in frags if f[0] == bi] == ["L", "R"]]
    check(len(split) == 1 and C_FLOW[split[0] - len(C_MAST)][0] == "p", f"C: one paragraph cut by the column break {split}")
    for bi in split:
        parts = [f[3] for f in frags if f[0] == bi]
        check(squash("".join(parts)) == squash(blocks_c(bi)) and not parts[0].endswith("。"),
              "C: the cut paragraph rejoins and breaks inside a sentence")
    check(c_info["table"] is not None and c_info["table"][1] in ("L", "R"), "C: the boxed table sits in one column")
    with pdfplumber.open(str(CORPUS / FILE_C)) as pdf:
        pg = pdf.pages[0]
        for fid in ("L", "R"):
            x, y, w, h = fr[fid]
            crop = pg.crop((x - 1, A4H - y - h - 1, x + w + 1, A4H - y + 1))
            want = "".join(f[3] for f in frags if f[2] == fid)
            check(squash(crop.extract_text() or "") == squash(want), f"C: pdfplumber's text of column {fid} equals the column's pieces")
        full = squash(pg.extract_text() or "")
        check(full != squash("".join(c_visual[0])), "C: a page-wide line-by-line reading interleaves the columns")
        ts = pg.find_tables()
        check(len(ts) == 1, f"C: pdfplumber finds {len(ts)} tables")
        if len(ts) == 1:
            tx0, _, tx1, _ = ts[0].bbox
            x, _, w, _ = fr[c_info["table"][1]]
            check(x - 1 <= tx0 and tx1 <= x + w + 1, "C: the table lies within its column")
            check([[squash(c or "") for c in r] for r in ts[0].extract()] == [[squash(c) for c in r] for r in C_TABLE],
                  "C: pdfplumber's table equals the data")
    c_prose = "\n".join(ln for ln in plains["C"] if " | " not in ln)
    for r in C_TABLE[1:]:
        for c in r[1:]:
            check(num_count(c, c_prose) == 0, f"C: table figure {c} also in the prose")
    c_leads = [ln for ln in plains["C"] if "牵头" in ln]
    check(len(c_leads) == 1 and "由市科技局牵头" in c_leads[0], f"C: 牵头 lines {c_leads}")

    raw = {d: "\n".join(texts[d]) for d in "ABC"}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")
    for d, place in (("A", "唐山"), ("B", "长治"), ("C", "锦州")):
        check(place in ptext[d] and all(p not in ptext[d] for e, p in (("A", "唐山"), ("B", "长治"), ("C", "锦州")) if e != d),
              f"{d}: its place {place} named, the others' not")

    tables = {"B": [B_HEADER] + [r if r[0] != "合计" else ["合计", r[-1]] for r in B_TABLE[1:]], "C": C_TABLE}
    theads = {"B": B_HEADER, "C": C_TABLE[0]}

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
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
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
            check(squash(ans) in squash(unsup(raw[d])) or squash(ans) in squash(raw[d]), f"{q['id']}: answer not in the PDF text layer")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads" or d == "B":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                hit = [r for r in tables[d][1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    hdr = theads[d][ci] if hit[0][0] != "合计" else theads[d][-1]
                    check(ans in hit[0][ci], f"{q['id']}: answer must be in the {hdr} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    if k == "table":
                        check(hdr not in question, f"{q['id']}: question copies the column header")
                    if k == "who_leads":
                        check(q["verb"] in hdr, f"{q['id']}: the answer's column is the {q['verb']} column")
            if k == "who_leads":
                if "col" not in q:
                    check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            check({"A": "唐山", "B": "长治", "C": "锦州"}[d] in T2S.convert(question) or k == "typo" or k in UNANSWERABLE,
                  f"{q['id']}: the question names its place")
        if k == "traditional":
            check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
            trad_only = set(question) - set(T2S.convert(question))
            check(not any(ch in ptext[d] for ch in trad_only), f"{q['id']}: a Traditional-only character occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            check(T2S.convert(question) == question, f"{q['id']}: questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = T2S.convert(question) if k == "traditional" else question
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
    check(all(re.fullmatch(r"u46-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage: a footnote answer (A), the 合计 row and a row on each table page (B), the cut paragraph and the
    # boxed table (C)
    evs = {d: [o["evidence"] for o in out if o["doc"] == FILES[d] and o["evidence"]] for d in "ABC"}
    check(any(e[0] in UNSUP for e in evs["A"]), "A: a question answered by a footnote")
    check(any(e.startswith("合计 | ") for e in evs["B"]), "B: a question on the 合计 row")
    for pgno, rows in tparts:
        check(any(" | ".join(r if r[0] != "合计" else [r[0], r[-1]]) in evs["B"] for r in rows[1:]),
              f"B: a question on a row of page {pgno}")
    check(any(e == blocks_c(bi) for bi in split for e in evs["C"]), "C: a question on the paragraph cut by the column break")

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
        print(f"{d}: {FILES[d]}: {len(texts[d])} pages, {len(plains[d])} plain lines, {len(t)} characters")
    print(f"A: chapters on pages {sorted(a_info['ch_pages'].values())}; footnotes by page {a_info['notes']}")
    print(f"B: table parts {[(p, len(r)) for p, r in tparts]} (header repeated); wrapped cells {wrapped}; 合计 {B_TOTAL}")
    print(f"C: column order {''.join(order)}; cut paragraph {split}; table in column {c_info['table'][1]}")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para:
        print("longest common run: paraphrase max", max(para.values()), "at", max(para, key=para.get),
              "; other Chinese max", max(runs.values()), "at", max(runs, key=runs.get))
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


def blocks_c(bi):
    return (C_MAST + C_FLOW)[bi][1]


if __name__ == "__main__":
    main()
