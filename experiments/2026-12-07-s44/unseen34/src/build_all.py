#!/usr/bin/env python3
"""Build unseen34: three fictional policy documents --
  A  a long text-layer PDF (Simplified, reportlab, A4, 7-9 pages) of Jinhua (金华市) -- 科技创新“十五五”规划
     （2026—2030年） -- 第一章…第七章 with 第一节… sections, a running header and a "— n —" footer on every page, a
     13-row indicator table (指标 | 2025年 | 2030年 | 属性) that starts on one page and continues on the next with its
     header row repeated, a smaller platform table (重大平台 | 所在县（市、区） | 建设期), three 专栏 boxes (bordered
     one-cell tables holding a title line and numbered 重点工程 lines), and body paragraphs that DO split across page
     breaks (the builder tracks each part and checks that at least three breaks fall inside a sentence);
  B  a Word .docx (Simplified) of the Shantou science and technology bureau and finance bureau (汕头市科学技术局 /
     汕头市财政局) -- 高新技术企业培育奖补实施细则 -- whose headings are plain bold paragraphs typed by hand
     ("第一章　总则", "第五条　…", articles 第一条…第二十条, all in the Normal style), one table with a TWO-ROW header
     (奖补标准 spanning 首次认定 / 重新认定 with w:gridSpan, 序号 / 上年度营业收入 / 备注 spanning both header rows with
     w:vMerge) and footnotes typed as "注：1. …", "2. …", "3. …" paragraphs after the table;
  C  a news-style UTF-8 .html page (Simplified) of a fictional newspaper site (草原科技网) on the Inner Mongolia
     (内蒙古自治区) 2026 science and technology award conference: headline, 来源 / 作者 / 编辑 line, dateline, 8
     paragraphs, a photo caption, a 相关新闻 list, share buttons, a comment prompt, footer with ICP备案 and copyright;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen34/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen32's builder nearly verbatim (question table with a `hint` that picks exactly one
evidence line, digit-bounded `num_count`, keys / gkeys / near for unanswerables, `lcs_run` for paraphrases, OpenCC for
cross-script questions, the question-checking loop, `cjk_ttf`, the page-tracking BaseDocTemplate.afterFlowable PDF
build, the pypdf page-text comparison, the pdfplumber ruled-table check, the HTML line reader, the docx table
rendering)."""
import datetime as _dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_jinhua_kejichuangxin_shiwuwu_guihua_2026_2030.pdf"
FILE_B = "B_shantou_gaoxin_jishu_qiye_peiyu_jiangbu_shishi_xize_twoheader.docx"
FILE_C = "C_neimenggu_2026_kexue_jishu_jiangli_dahui_xinwen.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold

# ---------------------------------------------------------------------------------------------------------------
# A: 金华 “十五五”科技创新规划 as a PDF (Simplified). Kinds: title, sub, h1 (第X章), h2 (第X节), p (splittable body
#    paragraph), cap, table1 / table2 (ruled tables), note, box (专栏: a bordered one-cell table; first entry = the box
#    title, the rest = numbered lines).
# ---------------------------------------------------------------------------------------------------------------
A_TABLE1 = [
    ["指标", "2025年", "2030年", "属性"],
    ["全社会研发经费投入强度", "2.61%", "3.20%", "预期性"],
    ["全社会研发经费投入", "198亿元", "330亿元", "预期性"],
    ["基础研究经费占研发经费比重", "3.8%", "6.5%", "预期性"],
    ["规模以上工业企业研发费用占营业收入比重", "2.05%", "2.75%", "预期性"],
    ["规模以上工业企业研发活动覆盖率", "61%", "78%", "约束性"],
    ["高新技术企业数", "4160家", "7300家", "预期性"],
    ["科技型中小企业数", "9820家", "16500家", "预期性"],
    ["高新技术产业增加值占规模以上工业增加值比重", "68.4%", "74%", "预期性"],
    ["每万人口高价值发明专利拥有量", "9.6件", "17.5件", "预期性"],
    ["技术合同成交额", "142亿元", "265亿元", "预期性"],
    ["省级以上研发平台数", "386个", "540个", "预期性"],
    ["每万名就业人员中研发人员数", "128人年", "176人年", "预期性"],
    ["财政科技支出占一般公共预算支出比重", "4.6%", "5.8%", "约束性"],
]
A_TABLE2 = [
    ["重大平台", "所在县（市、区）", "建设期"],
    ["浙中新能源汽车动力系统实验室", "金东区", "2026—2028年"],
    ["金华数字贸易技术创新中心", "义乌市", "2026—2027年"],
    ["金华智能五金装备中试基地", "永康市", "2027—2029年"],
    ["浙中磁性材料技术研究院", "东阳市", "2026—2029年"],
    ["金华生物医药概念验证中心", "兰溪市", "2027—2028年"],
    ["金华生命健康产业创新研究院", "婺城区", "2028—2030年"],
]
A_HEADER = "金华市科技创新“十五五”规划"
A_BLOCKS = [
    ("title", "金华市科技创新“十五五”规划（2026—2030年）"),
    ("sub", "金华市人民政府　2026年3月"),
    ("p", "科技创新是金华推动高质量发展、加快建设现代化都市区的核心支撑。为系统谋划“十五五”时期全市科技创新工作，加快建设浙中创新高地，根据《金华市国民经济和社会发展第十五个五年规划纲要》，编制本规划。规划期为2026年至2030年，展望到2035年。"),
    ("h1", "第一章　发展基础和面临形势"),
    ("h2", "第一节　“十四五”时期发展成就"),
    ("p", "“十四五”期间，全市上下深入实施创新驱动发展战略，科技创新综合实力稳步提升，区域创新体系不断完善，为“十五五”时期科技创新发展打下了坚实基础。"),
    ("p", "创新投入持续加大。五年间全市财政科技支出累计达到187亿元，年均增长13.6%；全社会研发经费投入年均增长14.2%，增速连续四年位居全省前列。企业研发投入占全社会研发经费投入的比重达到89%，企业创新主体地位进一步巩固。"),
    ("p", "创新平台加快集聚。五年间新增省级重点实验室11家、省级新型研发机构9家、省级企业研究院62家；建成各类科技企业孵化器和众创空间154家，其中国家级23家。金义科创廊道初具规模，集聚了全市七成以上的高能级创新平台。"),
    ("p", "创新主体不断壮大。高新技术企业数量实现翻番，科技型中小企业数量年均增长18%，涌现出一批在新能源汽车、磁性材料、电动工具等细分领域具有全球竞争力的“隐形冠军”企业，上市公司中科技型企业占比超过七成。"),
    ("p", "创新生态持续优化。出台“科技新政30条”，设立规模10亿元的市科技成果转化引导基金，建成市科技大市场和8个县级分市场，“十四五”期间累计引进培育省级以上领军人才236名。"),
    ("p", "开放合作不断深化。与沪杭甬等地高校院所共建各类创新载体17个，在上海、杭州、深圳设立离岸创新中心6个，义乌国际贸易综合改革试验区的国际科技合作功能不断增强。"),
    ("h2", "第二节　面临形势"),
    ("p", "当前，新一轮科技革命和产业变革深入发展，人工智能、新能源、生物技术等领域创新成果加速涌现，科技创新日益成为区域竞争的决定性因素。长三角一体化发展和浙中城市群建设深入推进，为金华融入区域创新网络、承接高端创新资源外溢提供了重要机遇。"),
    ("p", "同时也要清醒看到，全市科技创新仍存在一些短板：基础研究和原始创新能力偏弱，高能级创新平台数量不多；企业研发投入结构性差异明显，中小企业创新能力有待提升；高层次人才特别是青年科技人才供给不足；科技成果本地转化率不高，科技金融支撑作用有待加强。"),
    ("h1", "第二章　总体要求"),
    ("h2", "第一节　指导思想"),
    ("p", "坚持把科技创新作为全市现代化建设的核心动力，坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康，以打造浙中创新高地为目标，以重大平台建设为牵引，以企业创新为主体，以体制机制改革为动力，全面提升区域创新体系整体效能，为金华高质量发展提供坚实科技支撑。"),
    ("h2", "第二节　基本原则"),
    ("p", "坚持需求导向。聚焦全市主导产业和未来产业发展需求，围绕产业链部署创新链，推动科技创新与产业发展深度融合，让更多科技成果在金华落地生根。"),
    ("p", "坚持企业主体。强化企业科技创新主体地位，推动人才、资金、数据等创新要素向企业集聚，支持龙头企业承担国家和省级重大科研任务。"),
    ("p", "坚持开放协同。主动融入长三角科技创新共同体，深化与上海、杭州、宁波等地的创新合作，构建开放协同、内外联动的区域创新格局。"),
    ("p", "坚持改革引领。深化科技体制机制改革，破除制约科技创新的制度障碍，营造鼓励创新、宽容失败的良好氛围。"),
    ("h2", "第三节　发展目标"),
    ("p", "到2030年，全市科技创新综合实力显著增强，创新驱动发展格局基本形成，浙中创新高地建设取得重大进展，主要科技创新指标达到全省前列水平。其中，研发投入、创新主体、创新平台、成果转化和创新人才等方面的具体指标见表1。"),
    ("cap", "表1　金华市科技创新“十五五”主要指标"),
    ("table1", A_TABLE1),
    ("note", "注：属性为约束性的指标纳入县（市、区）年度综合考核；研发经费投入、技术合同成交额按当年价格计算。"),
    ("p", "展望2035年，全市建成具有区域影响力的创新型城市，基础研究和原始创新能力明显提升，关键核心技术实现自主可控，形成一批具有国际竞争力的创新型产业集群。"),
    ("h1", "第三章　建设高能级创新平台"),
    ("h2", "第一节　打造重大科创平台"),
    ("p", "以金义科创廊道为主轴，统筹布局实验室、技术创新中心、中试基地和概念验证中心等重大平台，形成“一廊多点”的科创平台体系。“十五五”期间重点建设6个市级重大科创平台，建设地点和建设期见表2。"),
    ("cap", "表2　“十五五”时期市级重大科创平台建设安排"),
    ("table2", A_TABLE2),
    ("p", "对纳入表2的重大科创平台，市财政按照“一平台一方案”给予支持，建设期内每个平台最高支持1.5亿元，所在县（市、区）按不低于1∶1的比例给予配套。"),
    ("h2", "第二节　提升创新平台能级"),
    ("p", "支持现有省级重点实验室、省级技术创新中心争创国家级创新平台，到2030年力争新增国家级创新平台3家以上。推动省级企业研究院和省级高新技术企业研究开发中心提质扩面，每年新增省级企业研究院15家、省级高新技术企业研究开发中心60家以上。"),
    ("p", "建立重大科创平台绩效评价和动态调整机制，每两年开展一次评估，对评估结果为优秀的平台给予最高2000万元滚动支持，对评估不合格的平台限期整改，整改后仍不合格的退出支持序列。"),
    ("h2", "第三节　建设概念验证和中试服务体系"),
    ("p", "围绕新能源汽车、现代五金、生物医药等领域，布局建设一批概念验证中心和中试基地，到2030年建成市级以上概念验证中心20家、中试基地25家，对新认定的市级概念验证中心给予一次性补助300万元，推动科技成果从实验室样品走向市场产品。"),
    ("p", "支持永康、东阳等地依托产业集群建设行业共性技术中试平台，对中试服务收入占比超过一半的中试基地，按年度服务收入给予一定比例奖励，每家每年最高150万元。"),
    ("h1", "第四章　突破关键核心技术"),
    ("h2", "第一节　实施重大科技攻关"),
    ("p", "聚焦全市先进制造业集群发展需求，每年发布关键核心技术攻关清单，采用“揭榜挂帅”“赛马制”等方式组织实施重大科技攻关项目，“十五五”期间累计实施市级以上重大科技攻关项目400项以上，重点工程见专栏1。"),
    ("box", ["专栏1　关键核心技术攻关工程",
             "1. 新能源汽车及关键零部件：重点突破驱动电机高效化、动力电池快充和整车热管理等技术，实施重大攻关项目60项。",
             "2. 现代五金及智能装备：重点突破无刷电机控制、精密传动和智能电动工具等技术，实施重大攻关项目48项。",
             "3. 磁性材料及电子元器件：重点突破高性能永磁铁氧体、软磁复合材料等技术，实施重大攻关项目35项。",
             "4. 生物医药及医疗器械：重点突破中药现代化、创新制剂和高端医用耗材等技术，实施重大攻关项目42项。",
             "5. 数字贸易与人工智能：重点突破跨境电商行业大模型、智能物流调度等技术，实施重大攻关项目27项。"]),
    ("h2", "第二节　加强基础研究"),
    ("p", "建立基础研究多元投入机制，市级财政科技资金用于基础研究的比例逐年提高，设立市自然科学基金联合基金，鼓励企业通过联合基金、捐赠等方式投入基础研究。"),
    ("p", "支持驻金高校和科研院所围绕区域产业发展中的关键科学问题开展应用基础研究，每年资助市级基础公益研究项目150项左右，对青年科研人员承担的项目给予倾斜。"),
    ("h2", "第三节　推进科技成果转移转化"),
    ("p", "完善市科技大市场功能，推动高校院所科技成果在金华转化落地。实施科技成果转化“千项万企”行动，每年组织成果对接活动不少于40场，推动2000项以上科技成果与企业精准对接。"),
    ("p", "深化职务科技成果赋权改革，允许科研人员以“先使用后付费”等方式将成果许可给中小企业使用，科研人员获得的转化收益比例不低于70%，高校院所技术转移机构的运行经费由市财政给予适当补助。"),
    ("h2", "第四节　深化开放创新合作"),
    ("p", "主动对接上海、杭州等创新资源密集区域，支持企业和高校院所在外地设立离岸创新中心、异地研发机构，到2030年全市离岸创新中心达到15个。对经认定的离岸创新中心，按其年度运行经费的30%给予补助，每家每年最高100万元。"),
    ("p", "深化国际科技合作，依托义乌国际贸易综合改革试验区，支持企业与共建“一带一路”国家的高校和企业共建联合实验室和技术转移中心，每年实施国际科技合作项目20项以上。"),
    ("h1", "第五章　强化企业科技创新主体地位"),
    ("h2", "第一节　构建科技企业梯次培育体系"),
    ("p", "实施科技企业“双倍增”行动，构建“科技型中小企业—高新技术企业—科技领军企业”梯次培育体系，重点工程见专栏2。"),
    ("box", ["专栏2　科技企业梯次培育工程",
             "1. 科技型中小企业“育苗”行动：每年新增入库科技型中小企业1500家以上，对首次入库企业给予一次性奖励2万元。",
             "2. 高新技术企业“育林”行动：建立高新技术企业培育库，入库企业保持在1800家左右，对首次认定的高新技术企业给予最高35万元奖励。",
             "3. 科技领军企业“领航”行动：到2030年累计培育市级科技领军企业40家，支持其组建创新联合体承担重大攻关任务。",
             "4. 专精特新企业“登峰”行动：推动科技型企业走专精特新发展道路，到2030年国家级专精特新“小巨人”企业达到150家。"]),
    ("h2", "第二节　推动企业加大研发投入"),
    ("p", "全面落实研发费用加计扣除、高新技术企业所得税优惠等政策，对研发投入增幅较大的企业按增量部分给予最高10%的奖励，单个企业每年最高500万元。"),
    ("p", "推动国有企业加大研发投入，将研发投入纳入市属国有企业负责人经营业绩考核，市属国有企业研发经费投入年均增长不低于15%，确保国有企业在重点产业链创新中发挥引领作用。国有企业研发投入在经营业绩考核中视同利润加回，对承担重大攻关任务的国有企业单列考核指标。"),
    ("h2", "第三节　促进大中小企业融通创新"),
    ("p", "支持龙头企业开放应用场景、共享研发设施，带动上下游中小企业协同创新。每年发布重大应用场景清单不少于30个，推动大型科研仪器设备开放共享率达到85%以上，对向中小企业提供研发服务的龙头企业按年度服务金额的5%给予奖励，单个企业每年最高50万元。"),
    ("h2", "第四节　优化科技企业孵化服务"),
    ("p", "完善“众创空间—孵化器—加速器—产业园”全链条孵化体系，推动孵化载体专业化、品牌化发展，到2030年全市省级以上科技企业孵化器达到45家，在孵企业数量突破6000家。对新认定的国家级科技企业孵化器给予一次性奖励200万元，对孵化器内企业首次认定为高新技术企业的，给予孵化器每家5万元奖励。"),
    ("h1", "第六章　集聚高水平科技人才"),
    ("h2", "第一节　引育高层次科技人才"),
    ("p", "深入实施“八婺英才”引育计划，面向全球引进领军型创新创业团队，对顶尖人才团队给予最高1亿元项目资助，“十五五”期间累计引进培育领军型创新创业团队50个，重点工程见专栏3。"),
    ("p", "大力引育青年科技人才，在市级科技计划中设立青年科学家项目，对入选国家级青年人才计划的给予配套支持。深化校地人才合作，支持驻金高校与企业共建研究生联合培养基地，每年联合培养研究生1000名以上。"),
    ("box", ["专栏3　科技人才集聚工程",
             "1. 顶尖人才引领工程：引进国内外顶尖人才及团队12个以上，给予“一事一议”支持。",
             "2. 青年科技人才托举工程：每年支持35周岁以下青年科技人才主持市级科技项目不少于200项。",
             "3. 卓越工程师培养工程：联合驻金高校和龙头企业，累计培养卓越工程师3000名。",
             "4. 科技特派员服务工程：每年选派科技特派员600名以上，实现乡镇全覆盖。"]),
    ("h2", "第二节　优化人才发展环境"),
    ("p", "深化人才评价制度改革，赋予用人单位更大的职称评审自主权，在重点企业开展工程技术人才职称自主评审试点，建立以创新价值、能力、贡献为导向的人才评价体系。"),
    ("p", "完善人才服务保障，为高层次人才提供安居、子女入学、医疗保健等“一站式”服务，对新引进到我市企业工作的全日制博士研究生给予每人40万元购房补贴，对硕士研究生给予每人8万元购房补贴。"),
    ("h1", "第七章　保障措施"),
    ("h2", "第一节　加强组织领导"),
    ("p", "成立由市政府主要领导任主任的市科技创新委员会，统筹推进规划实施中的重大事项。委员会办公室设在市科技局，承担委员会日常工作，并牵头负责规划实施的统筹协调和年度监测评估。"),
    ("p", "市发展改革委负责将规划确定的重点任务纳入年度国民经济和社会发展计划；市财政局负责科技投入保障和资金绩效管理；市统计局负责科技创新统计监测和数据质量核查；各县（市、区）人民政府负责本地区规划任务的落实。"),
    ("p", "建立规划实施协调推进机制，市科技创新委员会每年召开全体会议不少于1次，研究解决规划实施中的重大问题。各县（市、区）应结合实际制定本地区科技创新发展规划或实施方案，并于2026年9月底前报市科技局备案。"),
    ("h2", "第二节　强化资金保障"),
    ("p", "建立财政科技投入稳定增长机制，确保市本级财政科技支出年均增长不低于12%。发挥市科技成果转化引导基金作用，到2030年引导基金规模扩大到30亿元，撬动更多社会资本投向种子期、初创期科技型企业。"),
    ("p", "深化科技金融结合，推广“科技贷”“人才贷”“研发贷”等金融产品，建立科技型企业贷款风险补偿资金池，到2030年全市科技型企业贷款余额突破1200亿元。"),
    ("h2", "第三节　营造创新文化氛围"),
    ("p", "弘扬科学家精神和企业家精神，每年举办金华科技活动周和科技成果展示交易会，提升全民科学素质。建立科研诚信和科技伦理审查制度，对科研失信行为实行“零容忍”。"),
    ("h2", "第四节　强化监测评估"),
    ("p", "建立规划实施年度监测、中期评估和总结评估制度，2028年开展规划实施中期评估，评估结果向市人民政府报告并向社会公布，根据评估结果对规划目标任务进行动态调整。"),
]


def a_footer(n):
    return f"— {n} —"


def cjk_ttf(ttc, index, text):
    """Subset one face of an OpenType-CFF collection to `text` and return TrueType (glyf) font bytes. (unseen30/32)"""
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


def register_fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    text = ""
    for _, v in A_BLOCKS:
        text += v if isinstance(v, str) else "".join(x if isinstance(x, str) else "".join(x) for x in v)
    text += A_HEADER + "— 0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U34Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U34SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


def para_text(fl):
    """The text a laid-out reportlab Paragraph (or one part of a split one) actually draws, from its line list."""
    bl = fl.blPara
    if bl.kind == 0:
        return "".join("".join(words) for _, words in bl.lines)
    return "".join("".join(w.text for w in ln.words) for ln in bl.lines)


def build_pdf_a():
    """Return (pdf bytes, pages, info). pages[i] = the plain lines of page i+1: running header, the body lines that
    START on that page (a paragraph split over a page break is one line, the joined paragraph, on the page where it
    starts), the footer. info: 'frags' = per page the text really drawn there (for the text-layer check), 'splits' =
    [(block index, [(page, part text), ...])] for every paragraph drawn in 2+ parts, 'tables' = [(page, name, rows)],
    'boxes' = [(page, lines)], 'block_page' = {block index: first page}."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4

    class WholePara(Paragraph):  # titles, headings, captions, notes, box lines: never split
        def split(self, availWidth, availHeight):
            return []

    class SPara(Paragraph):  # body paragraphs: may split at a page break; every part keeps the block index
        def split(self, availWidth, availHeight):
            parts = Paragraph.split(self, availWidth, availHeight)
            for p in parts:
                p._u34_key = self._u34_key
            return parts

    body = ParagraphStyle("body", fontName="U34Serif", fontSize=12, leading=22, wordWrap="CJK",
                          alignment=TA_JUSTIFY, firstLineIndent=24)
    st = {
        "title": ParagraphStyle("title", parent=body, fontName="U34SansBold", fontSize=18, leading=30,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=6),
        "sub": ParagraphStyle("sub", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=12),
        "p": body,
        "h1": ParagraphStyle("h1", parent=body, fontName="U34SansBold", fontSize=14, leading=26, alignment=TA_CENTER,
                             firstLineIndent=0, spaceBefore=10, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="U34SansBold", fontSize=12.5, spaceBefore=4),
        "cap": ParagraphStyle("cap", parent=body, fontName="U34SansBold", fontSize=11, alignment=TA_CENTER,
                              firstLineIndent=0, spaceBefore=4, spaceAfter=4),
        "note": ParagraphStyle("note", parent=body, fontSize=9, leading=14, firstLineIndent=0, spaceBefore=4,
                               spaceAfter=6),
        "boxt": ParagraphStyle("boxt", parent=body, fontName="U34SansBold", fontSize=11.5, leading=20,
                               alignment=TA_CENTER, firstLineIndent=0, spaceAfter=2),
        "boxl": ParagraphStyle("boxl", parent=body, fontSize=11, leading=19, firstLineIndent=0, leftIndent=0),
    }
    frame_w = W - 2 * 25 * mm
    flow = []
    for idx, (kind, val) in enumerate(A_BLOCKS):
        if kind in ("table1", "table2"):
            widths = ([86 * mm, 25 * mm, 25 * mm, 22 * mm] if kind == "table1" else [78 * mm, 42 * mm, 38 * mm])
            t = Table([list(r) for r in val], colWidths=widths, repeatRows=1 if kind == "table1" else 0,
                      rowHeights=[21] * len(val))
            t.setStyle(TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), "U34Serif"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("FONTNAME", (0, 0), (-1, 0), "U34SansBold"),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("ALIGN", (0, 1), (0, -1), "LEFT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            t._u34_name = kind
            flow.append(t)
            continue
        if kind == "box":
            cell = [WholePara(val[0], st["boxt"])] + [WholePara(x, st["boxl"]) for x in val[1:]]
            t = Table([[cell]], colWidths=[frame_w - 8])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            t._u34_box = list(val)
            t._u34_key = idx
            flow.append(Spacer(1, 4))
            flow.append(t)
            flow.append(Spacer(1, 6))
            continue
        if kind == "h1":
            flow.append(CondPageBreak(90))
        elif kind == "h2":
            flow.append(CondPageBreak(60))
        elif kind == "cap":
            flow.append(CondPageBreak(110 if "表2" in val else 80))
        para = (SPara if kind == "p" else WholePara)(val, st[kind])
        para._u34_key = idx
        flow.append(para)

    frags = [[]]
    drawn = {}  # block index -> [(page, text)]
    tables, boxes = [], []

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(frags) < self.page:
                frags.append([])
            pg = self.page
            if isinstance(fl, Table):
                if hasattr(fl, "_u34_box"):
                    boxes.append((pg, fl._u34_box))
                    drawn.setdefault(fl._u34_key, []).append((pg, "".join(fl._u34_box)))
                    frags[pg - 1].extend(fl._u34_box)
                    return
                rows = [[str(c) for c in r] for r in fl._cellvalues]
                name = "table1" if rows[0] == A_TABLE1[0] else "table2"
                tables.append((pg, name, rows))
                frags[pg - 1].extend("".join(r) for r in rows)
                return
            key = getattr(fl, "_u34_key", None)
            if key is not None:
                t = para_text(fl)
                drawn.setdefault(key, []).append((pg, t))
                frags[pg - 1].append(t)

    def on_page(c, doc):
        c.saveState()
        c.setFont("U34SansBold", 9)
        c.drawCentredString(W / 2, H - 14 * mm, A_HEADER)
        c.setLineWidth(0.6)
        c.line(25 * mm, H - 16 * mm, W - 25 * mm, H - 16 * mm)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setFont("U34Serif", 10)
        c.drawCentredString(W / 2, 12 * mm, a_footer(doc.page))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm, bottomMargin=22 * mm,
              title="金华市科技创新“十五五”规划（2026—2030年）", author="金华市人民政府",
              subject="金华市科技创新“十五五”规划", creator="金华市科学技术局", invariant=1)
    doc.allowSplitting = 1
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)

    # plain pages: each block on the page where it starts; tables row by row on the page each part is drawn on
    pages = [[] for _ in frags]
    for idx, (kind, val) in enumerate(A_BLOCKS):
        if kind in ("table1", "table2"):
            for pg, name, rows in tables:
                if name == kind:
                    pages[pg - 1].extend(" | ".join(r) for r in rows)
            continue
        first = drawn[idx][0][0]
        pages[first - 1].extend(val if kind == "box" else [val])
    out = [[A_HEADER] + body_lines + [a_footer(i + 1)] for i, body_lines in enumerate(pages)]
    info = {"frags": frags, "splits": [(k, v) for k, v in sorted(drawn.items()) if len(v) > 1],
            "drawn": drawn, "tables": tables, "boxes": boxes,
            "block_page": {k: v[0][0] for k, v in drawn.items()}}
    return buf.getvalue(), out, info


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# B: 汕头 实施细则 as .docx (Simplified). Kinds: title, docno, sub (plain centered line), ch (chapter heading: one bold
#    run, centered), art (article: a bold run "第X条" + a plain run "　text"), p, cap, table, note, sign. No Word
#    heading styles and no automatic numbering: every number is typed. B_TABLE cells: "^" = vertically merged with the
#    cell above (w:vMerge continue), "<" = merged with the cell to the left (w:gridSpan). Rows 0-1 are the two header
#    rows.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "上年度营业收入", "奖补标准", "<", "备注"],
    ["^", "^", "首次认定", "重新认定", "^"],
    ["1", "5亿元以上", "40万元", "18万元", "须建有市级以上研发机构"],
    ["2", "2亿元（含）至5亿元", "32万元", "14万元", "须建有市级以上研发机构"],
    ["3", "5000万元（含）至2亿元", "26万元", "11万元", "无附加条件"],
    ["4", "2000万元（含）至5000万元", "21万元", "9万元", "无附加条件"],
    ["5", "2000万元以下", "16万元", "7万元", "入库培育满1年的企业"],
]
B_HEAD_ROWS = 2
B_ARTICLES = [  # (chapter, [article texts]) -- 第X条 is added in front
    ("第一章　总则", [
        "为加快培育壮大高新技术企业群体，推动我市科技型企业高质量发展，根据《高新技术企业认定管理办法》和《汕头市促进科技创新若干措施》等有关规定，结合我市实际，制定本细则。",
        "本细则所称高新技术企业培育奖补，是指市级财政对在我市注册并通过高新技术企业认定（含重新认定）的企业，以及纳入市高新技术企业培育库（以下简称培育库）的企业给予的奖励和补助。培育库由市科技局按年度组建。",
        "奖补资金从市级科技创新专项资金中列支，2026年安排6800万元，其中认定奖补资金5600万元、培育库补助资金1200万元，以后年度根据预算情况统筹安排。",
        "市科学技术局（以下简称市科技局）牵头负责奖补工作的组织实施，负责培育库管理、申报受理和审核；市财政局负责奖补资金的预算安排、拨付和绩效监督；各区（县）科技主管部门负责本辖区企业的申报指导和初审。",
    ]),
    ("第二章　奖补对象和标准", [
        "奖补对象应同时满足以下条件：在汕头市行政区域内注册、具有独立法人资格；上年度研发费用占营业收入比重不低于3%；近三年内未发生重大安全、重大质量事故和严重环境违法行为，未被列入严重失信主体名单。",
        "对通过高新技术企业认定的企业，按认定类型和上年度营业收入分档给予奖补，具体标准见下表。",
        "对纳入培育库的企业，入库当年给予一次性补助5万元；入库后两年内通过高新技术企业认定的，在认定奖补之外再给予培育奖励12万元。",
        "同一企业同一年度只能享受一次认定奖补，重新认定奖补每个认定周期只享受一次。企业同一年度享受的各级高新技术企业奖补合计不超过其上年度研发费用的一半。企业同时符合本细则和市级其他同类奖补政策的，按照“就高不重复”原则执行。",
        "市科技局每年组织不少于4场政策培训和辅导活动，并安排科技特派员对培育库企业开展“一对一”上门服务，帮助企业规范研发管理、做好知识产权布局和认定申报准备。",
    ]),
    ("第三章　申报和审核", [
        "奖补实行“免申即享”和申报相结合的方式。对通过认定的企业，市科技局根据省科技厅公布的认定名单直接核定奖补，企业无需另行申报；培育库入库补助由企业自愿申报，申报材料包括申请表、上年度财务审计报告和研发费用专项审计报告。",
        "培育库每年集中受理一次，受理时间为每年4月1日至4月30日，企业通过“汕头市科技业务管理系统”在线提交申请，逾期不予受理。",
        "各区（县）科技主管部门应在受理截止之日起10个工作日内完成初审，并将初审意见报市科技局；初审不通过的，应当向企业说明理由。",
        "市科技局会同市财政局组织专家评审，对拟奖补名单在市科技局门户网站公示5个工作日；公示无异议的，由市财政局按程序下达资金；对公示有异议的，由市科技局在15个工作日内组织核实并答复。",
        "奖补资金原则上于每年9月30日前拨付到企业；因预算调整等原因不能按期拨付的，由市科技局向企业说明情况。",
    ]),
    ("第四章　资金管理和监督", [
        "奖补资金由企业统筹用于研发活动，包括研发人员薪酬、仪器设备购置、试验检测和知识产权等支出，不得用于偿还债务、支付罚款、发放福利和对外投资。",
        "企业应建立研发费用辅助账，规范研发费用归集，主动接受财政、审计部门的监督检查。市科技局会同市财政局每年对获得奖补的企业开展抽查，抽查比例不低于获奖补企业总数的15%。",
        "企业通过提供虚假材料等方式骗取奖补资金的，由市科技局追回已拨付资金，3年内不受理其市级科技计划项目申报，并按规定记入科研诚信记录；情节严重的，依法依规移送有关部门处理。",
        "企业被取消高新技术企业资格的，应在取消之日起30日内退还当年度获得的认定奖补资金；逾期不退还的，纳入科研失信行为记录，5年内不予支持。",
    ]),
    ("第五章　附则", [
        "本细则由市科技局、市财政局负责解释。各区（县）可参照本细则制定配套措施，所需资金由区（县）财政安排。",
        "本细则自2026年6月1日起施行，有效期至2030年5月31日。原《汕头市高新技术企业培育奖励办法》同时废止。",
    ]),
]
B_TABLE_AFTER_ARTICLE = 6  # the table (caption, table, 注) follows 第六条
B_CAPTION = "高新技术企业认定奖补标准"
B_NOTES = [
    "注：1. 营业收入以企业上年度经审计的财务报表为准。",
    "2. 从市外整体迁入我市且资格仍在有效期内的高新技术企业，按首次认定标准的60%给予奖补。",
    "3. 南澳县企业在上表标准基础上上浮20%。",
]
CN_DIGITS = "零一二三四五六七八九"


def chinese_counting(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def b_blocks():
    out = [
        ("title", "汕头市高新技术企业培育奖补实施细则"),
        ("docno", "汕市科〔2026〕21号"),
        ("sub", "汕头市科学技术局　汕头市财政局　2026年5月18日印发"),
    ]
    n = 0
    for ch, arts in B_ARTICLES:
        out.append(("ch", ch))
        for text in arts:
            n += 1
            out.append(("art", (f"第{chinese_counting(n)}条", text)))
            if n == B_TABLE_AFTER_ARTICLE:
                out.append(("cap", B_CAPTION))
                out.append(("table", B_TABLE))
                out += [("note", x) for x in B_NOTES]
    out.append(("sign", "汕头市科学技术局　　汕头市财政局"))
    out.append(("sign", "2026年5月18日"))
    return out


B_BLOCKS = b_blocks()
B_FIXED_TIME = _dt.datetime(2026, 5, 18, 10, 0, 0)


def b_grid(table):
    """The table as a full grid: '^' filled from above, '<' filled from the left."""
    g = []
    for r in table:
        row = []
        for j, c in enumerate(r):
            if c == "^":
                c = g[-1][j]
            elif c == "<":
                c = row[j - 1]
            row.append(c)
        g.append(row)
    return g


def b_rendered_rows(table):
    """A row as a reader sees it: a vertically merged cell repeated on each row it spans, a horizontally merged cell
    once. Cells joined by ' | '."""
    g = b_grid(table)
    return [" | ".join(g[i][j] for j, c in enumerate(r) if c != "<") for i, r in enumerate(table)]


def b_line(kind, val):
    return "".join(val) if kind == "art" else val


def b_expected_lines():
    out = []
    for kind, val in B_BLOCKS:
        if kind == "table":
            out += b_rendered_rows(val)
        elif kind == "art":
            out.append(val[0] + "　" + val[1])
        else:
            out.append(val)
    return out


def build_docx_b():
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
    for kind, val in B_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            for i in range(B_HEAD_ROWS):
                trpr = t.rows[i]._tr.get_or_add_trPr()
                h = OxmlElement("w:tblHeader")
                h.set(qn("w:val"), "true")
                trpr.append(h)
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    if c in ("^", "<"):
                        continue
                    para = t.cell(i, j).paragraphs[0]
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = para.add_run(c)
                    run.font.size = Pt(10.5)
                    if i < B_HEAD_ROWS:
                        run.bold = True
            for i, r in enumerate(val):  # merge after filling: the horizontal group first, then the vertical spans
                for j, c in enumerate(r):
                    if c == "<":
                        t.cell(i, j - 1).merge(t.cell(i, j))
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    if c == "^":
                        t.cell(i - 1, j).merge(t.cell(i, j))
            continue
        para = doc.add_paragraph()
        if kind == "art":
            r1 = para.add_run(val[0])
            r1.bold = True
            east_asia(r1, "黑体")
            para.add_run("　" + val[1])
            para.paragraph_format.first_line_indent = Pt(24)
            continue
        run = para.add_run(val)
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(18)
            east_asia(run, "方正小标宋简体")
        elif kind in ("docno", "sub"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "ch":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            east_asia(run, "黑体")
            para.paragraph_format.space_before = Pt(6)
        elif kind == "cap":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "note":
            run.font.size = Pt(10.5)
            if not val.startswith("注："):
                para.paragraph_format.left_indent = Pt(31.5)
        elif kind == "sign":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = doc.core_properties
    cp.title = "汕头市高新技术企业培育奖补实施细则"
    cp.author = "汕头市科学技术局"
    cp.last_modified_by = "汕头市科学技术局"
    cp.subject = "汕市科〔2026〕21号"
    cp.created = B_FIXED_TIME
    cp.modified = B_FIXED_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 5, 18, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_lines(path):
    """Plain lines of a .docx as Word shows them, in body order (unseen32's reader without the numbering part). Each
    non-empty paragraph is one line. A table row: one entry per w:tc, a w:vMerge continuation cell showing the text
    of the cell it continues, cells joined by ' | '. Returns (lines, info)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = Document(str(path))
    lines, info = [], {"paras": [], "tables": [], "after_table": [], "raw": [], "numpr": 0}
    after = None
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            p = Paragraph(child, doc)
            t = p.text.strip()
            if not t:
                continue
            info["raw"].append(p.text)
            if child.find(qn("w:pPr") + "/" + qn("w:numPr")) is not None:
                info["numpr"] += 1
            runs = [(r.text, bool(r.bold)) for r in p.runs if r.text]
            info["paras"].append((p.style.name, runs, t))
            if after is not None:
                after.append(t)
            lines.append(t)
        elif tag == "tbl":
            tb = Table(child, doc)
            grid_rows, rendered, spans = [], [], []
            for tr in child.findall(qn("w:tr")):
                grow, rcells = [], []
                hdr = tr.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
                for tc in tr.findall(qn("w:tc")):
                    tcpr = tc.find(qn("w:tcPr"))
                    span, vm = 1, None
                    if tcpr is not None:
                        gs = tcpr.find(qn("w:gridSpan"))
                        span = int(gs.get(qn("w:val"))) if gs is not None else 1
                        v = tcpr.find(qn("w:vMerge"))
                        if v is not None:
                            vm = v.get(qn("w:val")) or "continue"
                    text = " ".join("".join(x.text or "" for x in pp.iter(qn("w:t"))).strip()
                                    for pp in tc.findall(qn("w:p")) if "".join(x.text or "" for x in pp.iter(qn("w:t"))).strip())
                    if vm == "continue":
                        text = grid_rows[-1][len(grow)]
                    spans.append((len(grid_rows), len(grow), span, vm, hdr))
                    rcells.append(text)
                    grow += [text] * span
                grid_rows.append(grow)
                rendered.append(" | ".join(rcells))
                info["raw"] += [c for c in rcells]
            info["tables"].append((tb, grid_rows, spans))
            lines += rendered
            after = info["after_table"]
    return lines, info


# ---------------------------------------------------------------------------------------------------------------
# C: 内蒙古 科学技术奖励大会 news page as a UTF-8 .html page (Simplified) of the fictional 草原科技网.
# ---------------------------------------------------------------------------------------------------------------
C_SITE = "草原科技网"
C_NAV = ["首页", "要闻", "科技", "政策", "创新", "科普", "专题", "视频"]
C_CRUMB = ["首页", "要闻", "自治区"]
C_TITLE = "内蒙古自治区召开2026年科学技术奖励大会　186项（人）获自治区科学技术奖"
C_META = ["来源：草原科技报", "作者：本报记者 其木格 刘振宇", "编辑：赵欣然", "2026-05-21 07:45"]
C_PARAS = [
    "本报呼和浩特5月20日讯（记者 其木格 刘振宇）5月20日上午，内蒙古自治区2026年科学技术奖励大会在呼和浩特召开。大会表彰了为自治区科技创新和经济社会发展作出突出贡献的科技工作者，共授予2025年度自治区科学技术奖186项（人）。",
    "自治区人民政府副主席巴特尔宣读表彰决定，自治区科学技术厅厅长韩立群主持大会。各盟市和自治区有关部门负责同志、高校和科研院所代表、获奖代表等约900人参加大会，大会还通过网络平台向全区12个盟市设立分会场进行直播。",
    "本次授奖的186项（人）中，科学技术突出贡献奖2人，每人奖金200万元；自然科学奖28项、技术发明奖21项、科学技术进步奖129项；另有6名外籍专家获得自治区国际科学技术合作奖。一等奖项目共17项，每项奖金50万元。",
    "获得科学技术突出贡献奖的是鄂尔多斯煤基新材料研究院院长郝建军和北疆草业科学研究院研究员乌日娜。郝建军带领团队攻克煤基高端碳材料制备关键技术，建成国内首条千吨级示范线；乌日娜扎根草原三十余年，选育耐旱牧草新品种9个，累计推广种植面积超过600万亩。",
    "从获奖项目看，企业牵头或参与完成的项目达到119项，占获奖项目总数的67%，其中由企业作为第一完成单位的项目达到58项，企业创新主体地位进一步凸显。获奖项目主要集中在新能源、稀土新材料、乳业、现代煤化工和草原生态保护修复等领域。",
    "巴特尔在讲话中指出，2025年全区研发经费投入同比增长15.8%，技术合同成交额达到486亿元，全区高新技术企业达到2860家，科技型中小企业突破5000家，科技创新对全区高质量发展的支撑作用明显增强。今年自治区财政安排科技奖励资金7320万元，比上年增加1100万元。",
    "巴特尔强调，要深入实施“科技兴蒙”行动，加快建设国家重要能源和战略资源基地科技支撑体系，推动更多科技成果在全区转化落地。要完善以创新价值、能力、贡献为导向的科技评价体系，让科技人员名利双收；要加大对青年科技人才的支持力度，让更多青年人才挑大梁、当主角。",
    "郝建军在发言中表示，荣誉属于整个团队，下一步将聚焦煤基碳纤维等方向继续攻关，争取用3年时间把千吨级示范线扩建为万吨级生产线。",
    "青年科技人才在本次获奖者中表现亮眼。45周岁以下的项目第一完成人共有63人，其中年龄最小的是内蒙古稀土功能材料创新中心副研究员张雅琴，年仅31岁。近五年来，她带领的青年团队在稀土永磁材料领域取得多项突破。",
    "会后，赤峰、通辽、乌兰察布3个盟市科技部门分别与获奖团队签订了科技成果转化合作协议，协议金额共计3.6亿元，涉及煤基新材料、乳业生物技术、草种繁育等18个项目。",
]
C_CAPTION = "5月20日，内蒙古自治区2026年科学技术奖励大会在呼和浩特召开。图为获奖代表上台领奖。本报记者 刘振宇 摄"
C_RELATED = [
    ("自治区2025年度科学技术奖评审结果公示", "2026-04-08"),
    ("自治区出台支持科技成果转化若干措施", "2026-03-26"),
    ("鄂尔多斯：煤基新材料产业链创新联合体揭牌", "2026-03-12"),
    ("草原生态修复技术集成示范项目通过验收", "2026-02-27"),
    ("全区科技工作会议部署2026年重点任务", "2026-01-30"),
]
C_SHARE = ["微信", "微博", "QQ空间", "复制链接"]
C_COMMENT = ["网友评论（0）", "请遵守国家法律法规，文明上网，理性发言。", "登录后发表评论"]
C_FOOTER = ["关于我们　联系我们　广告服务　版权声明　网站地图",
            "草原科技报社主办　地址：呼和浩特市赛罕区敕勒川大街27号　电话：0471-6658203",
            "蒙ICP备05003127号-2　蒙公网安备15010502000461号",
            "Copyright © 2026 草原科技网 版权所有，未经书面授权禁止转载"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def c_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             f'<meta name="keywords" content="科学技术奖励大会,科技奖,内蒙古">\n'
             f"<title>{esc(C_TITLE)}_{C_SITE}</title>\n"
             "<style>\nbody{margin:0;font-family:'Microsoft YaHei',sans-serif;color:#222;}\n.nav li{display:inline-block;margin:0 12px;}\n"
             ".article p{text-indent:2em;line-height:1.9;}\n.share a{margin-right:8px;}\n"
             ".footer{background:#1f4e79;color:#fff;text-align:center;font-size:13px;}\n</style>\n"
             "<script>var _hmt=_hmt||[];</script>\n"
             "</head>\n<body>\n")
    h.append(f'<header>\n<div class="logo"><a href="/">{C_SITE}</a></div>\n<nav>\n<ul class="nav">\n')
    lines.append(C_SITE)
    for i, n in enumerate(C_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/col/{i:02d}/"}">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</nav>\n</header>\n")
    h.append('<div class="crumb">当前位置：' + " &gt; ".join(f'<a href="#">{c}</a>' for c in C_CRUMB) + "</div>\n")
    lines.append("当前位置：" + " > ".join(C_CRUMB))
    h.append(f'<main>\n<article>\n<h1>{esc(C_TITLE)}</h1>\n<div class="info">'
             + "　".join(f"<span>{x}</span>" for x in C_META) + "</div>\n")
    lines += [C_TITLE, "　".join(C_META)]
    h.append('<div class="article">\n')
    for i, p in enumerate(C_PARAS):
        h.append(f"<p>{esc(p)}</p>\n")
        lines.append(p)
        if i == 1:
            h.append('<figure class="photo">\n<img src="/upload/2026/05/21/kjjl0520.jpg" alt="大会现场">\n'
                     f"<figcaption>{esc(C_CAPTION)}</figcaption>\n</figure>\n")
            lines.append(C_CAPTION)
    h.append("</div>\n")
    h.append('<div class="share">分享到：' + " ".join(f'<a href="javascript:void(0)">{x}</a>' for x in C_SHARE) + "</div>\n")
    lines.append("分享到：" + " ".join(C_SHARE))
    h.append("</article>\n")
    h.append('<section class="related">\n<h3>相关新闻</h3>\n<ul>\n')
    lines.append("相关新闻")
    for k, (t, d) in enumerate(C_RELATED):
        h.append(f'<li><a href="/news/2026/{d[5:7]}{d[8:]}/{1000 + 37 * k}.html">{esc(t)}</a> <span>{d}</span></li>\n')
        lines.append(f"{t} {d}")
    h.append("</ul>\n</section>\n")
    h.append(f'<section class="comment">\n<h3>{C_COMMENT[0]}</h3>\n<p>{C_COMMENT[1]}</p>\n'
             '<textarea placeholder="说点什么吧"></textarea>\n'
             f'<p><button type="button">{C_COMMENT[2]}</button></p>\n</section>\n</main>\n')
    lines += C_COMMENT
    h.append('<footer class="footer">\n')
    for n in C_FOOTER:
        h.append(f"<p>{esc(n)}</p>\n")
        lines.append(n)
    h.append("</footer>\n</body>\n</html>\n")
    return "".join(h), lines


C_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main", "article", "section", "figure", "figcaption", "aside"}
C_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "figcaption"}


def html_lines(raw_bytes):
    """(unseen31/32) What a reader sees: each innermost block (p, h*, li, div, tr, figcaption) is one line; a table
    row's cells (th/td) are joined by ' | '; whitespace runs collapse; lines stripped; <head>, script, style skipped
    (they are not in <body> here). Loose inline links directly in <header> are one line each. Returns (lines, tables,
    root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    body = root.find("body")
    lines, tables = [], []

    def norm(s):
        return re.sub(r"[ \t\r\n]+", " ", s).strip()

    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "a" and el.getparent().tag in ("header",):
            t = norm("".join(el.itertext()))
            if t:
                lines.append(t)
            continue
        if el.tag not in C_LEAF:
            continue
        if any(isinstance(d.tag, str) and d.tag in C_BLOCK for d in el.iterdescendants()):
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
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw (all three documents are Simplified).
# Unanswerable: keys = regexes absent from ALL three docs (plain, raw, converted; each key also tried in s2tw / s2twp /
# t2s form); gkeys = the same, and the place must be named in the question; near = terms present in the doc. table: col =
# the header of the answer's column (for B the lower header row: 首次认定 / 重新认定 under the grouped 奖补标准);
# tpage = the PDF page the A row must be printed on. who_leads: verb after the answer within one clause. typo:
# wrong/right forms (one character apart). split: the answer sits in a sentence that crosses a page break in A; the
# value is a term of that sentence that must lie on the OTHER side of the break. box: the evidence is a line inside
# a 专栏 box.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 金华 “十五五”科技创新规划 (PDF, 8 pages; 22)
    dict(id="u34-A01", doc="A", kind="table", q="金华规划要求“十五五”期末基础研究经费占研发经费的比重达到多少？", a="6.5%", hint="基础研究经费占研发经费比重 |", col="2030年", tpage=2),
    dict(id="u34-A02", doc="A", kind="table", q="按金华的科技创新规划，到规划期末全市高新技术企业要达到多少家？", a="7300家", hint="高新技术企业数 |", col="2030年", tpage=3),
    dict(id="u34-A03", doc="A", kind="table", q="金华“十四五”末每万人口高价值发明专利拥有量是多少？", a="9.6件", hint="每万人口高价值发明专利拥有量 |", col="2025年", tpage=3),
    dict(id="u34-A04", doc="A", kind="table", q="金华规划中的浙中磁性材料技术研究院建在哪个县市？", a="东阳市", hint="浙中磁性材料技术研究院 |", col="所在县（市、区）"),
    dict(id="u34-A05", doc="A", kind="table", q="金华智能五金装备中试基地的建设周期是哪几年？", a="2027—2029年", hint="金华智能五金装备中试基地 |", col="建设期"),
    dict(id="u34-A06", doc="A", kind="who_leads", q="金华由哪个部门牵头负责“十五五”科技规划实施的统筹协调？", a="市科技局", hint="委员会办公室设在市科技局", verb="牵头"),
    dict(id="u34-A07", doc="A", kind="who_leads", q="金华规划里，科技创新统计监测和数据质量核查工作由哪个部门负责？", a="市统计局", hint="市统计局负责科技创新统计监测", verb="负责", split="质量核查"),
    dict(id="u34-A08", doc="A", kind="paraphrase", q="金华依托义乌那个国际贸易改革试点，每年要推进几项跨国科研协作课题？", a="20项", hint="深化国际科技合作", split="改革试验区"),
    dict(id="u34-A09", doc="A", kind="paraphrase", q="在金华，入驻孵化器的公司第一回拿到高企资格，孵化器本身能领多少奖金？", a="5万元", hint="全链条孵化体系", split="国家级科技企业孵化器"),
    dict(id="u34-A10", doc="A", kind="paraphrase", q="金华对新来本地企业就业的博士，每人给多少安家买房的钱？", a="40万元", hint="购房补贴"),
    dict(id="u34-A11", doc="A", kind="typo", q="金花市“十五五”期间要累计实施多少项市级以上重大科技攻关项目？", a="400项", hint="“赛马制”", wrong="金花", right="金华"),
    dict(id="u34-A12", doc="A", kind="typo", q="金华专栏1中新能源汽车及关键零部件领域要实施多少项重大功关项目？", a="60项", hint="1. 新能源汽车及关键零部件", wrong="功关", right="攻关", box=True),
    dict(id="u34-A13", doc="A", kind="traditional", qs="金华对新认定的市级概念验证中心给予多少补助？", a="300万元", hint="概念验证中心给予一次性补助"),
    dict(id="u34-A14", doc="A", kind="english", q="What is Jinhua's 2030 target for technology contract turnover in its 15th Five-Year science and technology innovation plan?", a="265亿元", hint="技术合同成交额 |"),
    dict(id="u34-A15", doc="A", kind="english", q="At most, how much support can each major platform listed in Table 2 of Jinhua's plan receive during its construction period?", a="1.5亿元", hint="一平台一方案"),
    dict(id="u34-A16", doc="A", kind="english", q="How many outstanding engineers does Jinhua plan to train in total under the talent project box of its plan?", a="3000名", hint="卓越工程师培养工程", box=True),
    dict(id="u34-A17", doc="A", kind="english", q="Under Jinhua's plan, what one-off reward does a technology-based SME get when it enters the database for the first time?", a="2万元", hint="“育苗”行动", box=True),
    dict(id="u34-A18", doc="A", kind="english_unanswerable", q="What was Jinhua's R&D expenditure intensity in 2020?", keys=["2020"], near=["2025年"]),
    dict(id="u34-A19", doc="A", kind="unanswerable", q="衢州市“十五五”时期全社会研发经费投入强度的目标是多少？", gkeys=["衢州"], near=["全社会研发经费投入强度"]),
    dict(id="u34-A20", doc="A", kind="unanswerable", q="金华“十五五”科技创新规划的专栏4列出了哪些重点工程？", keys=["专栏4", "专栏四"], near=["专栏1", "专栏2", "专栏3"]),
    dict(id="u34-A21", doc="A", kind="unanswerable", q="浙江师范大学在金华“十五五”科技创新规划中承担哪些平台建设任务？", keys=["浙江师范大学", "浙师大", "师范大学"], near=["驻金高校"]),
    dict(id="u34-A22", doc="A", kind="unanswerable", q="金华对新认定的省级重点实验室给予多少奖励？", keys=[r"省级重点实验室[^。]*(奖励|补助|资助)", r"(奖励|补助|资助)[^。]*省级重点实验室"], near=["省级重点实验室"]),
    # ---- B 汕头 高新技术企业培育奖补实施细则 (docx, two-row table header; 15)
    dict(id="u34-B01", doc="B", kind="table", q="汕头一家上年营收3000万元的企业第一次通过高企认定，能拿多少奖补？", a="21万元", hint="| 2000万元（含）至5000万元 |", col="首次认定"),
    dict(id="u34-B02", doc="B", kind="table", q="汕头上年营业收入6亿元的高新技术企业到期后再次通过认定，奖补是多少？", a="18万元", hint="| 5亿元以上 |", col="重新认定"),
    dict(id="u34-B03", doc="B", kind="table", q="汕头营收1亿元的高企资格到期后又一次通过认定，可以拿到多少奖补？", a="11万元", hint="| 5000万元（含）至2亿元 |", col="重新认定"),
    dict(id="u34-B04", doc="B", kind="who_leads", q="汕头由哪个部门牵头负责高新技术企业培育奖补工作的组织实施？", a="市科学技术局", hint="以下简称市科技局", verb="牵头"),
    dict(id="u34-B05", doc="B", kind="paraphrase", q="在汕头，用假资料骗这笔钱的企业，多长时间里市里不接它报的科研课题？", a="3年", hint="骗取奖补资金"),
    dict(id="u34-B06", doc="B", kind="paraphrase", q="从外地整体搬到汕头、资质仍有效的高企，能按初次认定档次的百分之多少领钱？", a="60%", hint="整体迁入"),
    dict(id="u34-B07", doc="B", kind="typo", q="汕投市对刚进培育库的企业，当年给多少一次性补助？", a="5万元", hint="入库当年", wrong="汕投", right="汕头"),
    dict(id="u34-B08", doc="B", kind="typo", q="汕头各区（县）科技主管部门要在受理截止后多少个工作日内完成奖捕初审？", a="10个工作日", hint="完成初审", wrong="奖捕", right="奖补"),
    dict(id="u34-B09", doc="B", kind="traditional", qs="汕头对南澳县企业的高新技术企业认定奖补在标准基础上上浮多少？", a="20%", hint="南澳县"),
    dict(id="u34-B10", doc="B", kind="english", q="How much does Shantou arrange in 2026 for its high-tech enterprise cultivation awards?", a="6800万元", hint="2026年安排"),
    dict(id="u34-B11", doc="B", kind="english", q="Until what date are Shantou's implementation rules on high-tech enterprise cultivation awards valid?", a="2030年5月31日", hint="有效期至"),
    dict(id="u34-B12", doc="B", kind="english_unanswerable", q="What role does the Shantou Federation of Industry and Commerce play under these rules?", keys=["工商业联合会", "工商联"], near=["市财政局"]),
    dict(id="u34-B13", doc="B", kind="unanswerable", q="揭阳市对首次认定的高新技术企业奖补多少？", gkeys=["揭阳"], near=["首次认定"]),
    dict(id="u34-B14", doc="B", kind="unanswerable", q="汕头2024年安排了多少高新技术企业培育奖补资金？", keys=["2024"], near=["2026年安排6800万元"]),
    dict(id="u34-B15", doc="B", kind="unanswerable", q="汕头对认定为瞪羚企业的给予多少奖励？", keys=["瞪羚"], near=["培育库"]),
    # ---- C 内蒙古 科学技术奖励大会 news page (HTML; 13)
    dict(id="u34-C01", doc="C", kind="english", q="How much prize money does each winner of Inner Mongolia's Outstanding Contribution Award for science and technology receive?", a="200万元", hint="每人奖金"),
    dict(id="u34-C02", doc="C", kind="english", q="How many projects won Inner Mongolia's Natural Science Award at this conference?", a="28项", hint="自然科学奖28项"),
    dict(id="u34-C03", doc="C", kind="english", q="Who presided over the Inner Mongolia 2026 science and technology award conference?", a="韩立群", hint="主持大会"),
    dict(id="u34-C04", doc="C", kind="english", q="What is the ICP filing number of the Inner Mongolia news website that carried this report?", a="蒙ICP备05003127号-2", hint="蒙ICP备"),
    dict(id="u34-C05", doc="C", kind="english_unanswerable", q="What did the Inner Mongolia Association for Science and Technology announce at the conference?", keys=["科学技术协会", "科协"], near=["自治区科学技术厅"]),
    dict(id="u34-C06", doc="C", kind="paraphrase", q="这次内蒙古颁奖会上，一等奖每个项目发多少钱？", a="50万元", hint="一等奖项目共17项"),
    dict(id="u34-C07", doc="C", kind="paraphrase", q="内蒙古今年给科技奖励花的财政钱比去年多了多少？", a="1100万元", hint="比上年增加"),
    dict(id="u34-C08", doc="C", kind="paraphrase", q="内蒙古这次得大奖的那位种草专家培育出了几个抗旱新草种？", a="9个", hint="选育耐旱牧草新品种"),
    dict(id="u34-C09", doc="C", kind="typo", q="内蒙古这次颁奖大会上，科学技术近步奖授了多少项？", a="129项", hint="科学技术进步奖129项", wrong="近步", right="进步"),
    dict(id="u34-C10", doc="C", kind="traditional", qs="内蒙古这次大会后，几个盟市与获奖团队签订的成果转化协议金额一共多少？", a="3.6亿元", hint="协议金额共计"),
    dict(id="u34-C11", doc="C", kind="unanswerable", q="宁夏回族自治区2026年科学技术奖励大会一共授奖多少项？", gkeys=["宁夏"], near=["186项（人）"]),
    dict(id="u34-C12", doc="C", kind="unanswerable", q="内蒙古2023年度自治区科学技术奖共授予多少项？", keys=["2023"], near=["2025年度"]),
    dict(id="u34-C13", doc="C", kind="unanswerable", q="内蒙古这次科学技术进步奖二等奖每项奖金是多少？", keys=["二等奖"], near=["一等奖项目共17项"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 22, "B": 15, "C": 13}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 2, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (5, 3, 0), "who_leads": (2, 1, 0), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Jinhua", "B": "Shantou", "C": "Inner Mongolia"}
PLACE_KEYS = ["衢州", "丽水", "揭阳", "潮州", "宁夏", "甘肃"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
SENT_END = "。！？"


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


def squash(s):
    return re.sub(r"\s+", "", s)


def sentence_span(text, i):
    """(start, end) of the sentence (ended by 。！？) holding position i of text."""
    s = max(text.rfind(c, 0, i) for c in SENT_END) + 1
    ends = [text.find(c, i) for c in SENT_END if text.find(c, i) >= 0]
    return s, (min(ends) + 1 if ends else len(text))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_bytes, a_pages, a_info = build_pdf_a()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(build_docx_b())
    c_src, c_expected = c_html()
    (CORPUS / FILE_C).write_bytes(c_src.encode("utf-8"))

    # ---- plain texts (A: tracked page by page during the build, then compared with the PDF's text layer; B and C:
    #      read back from the files)
    a_plain = [ln for page in a_pages for ln in page]
    b_plain, b_info = docx_lines(CORPUS / FILE_B)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_plain, c_tables, c_root = html_lines(c_bytes)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    check(6000 <= len(ptext["A"]) <= 9000, f"A: {len(ptext['A'])} characters, want 6,000-9,000")
    check(2000 <= len(ptext["B"]) <= 3500, f"B: {len(ptext['B'])} characters, want 2,000-3,500")
    check(1500 <= len(ptext["C"]) <= 3000, f"C: {len(ptext['C'])} characters, want 1,500-3,000")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: PDF
    texts, reader = pdf_page_texts(CORPUS / FILE_A)
    frags = a_info["frags"]
    check(a_bytes.startswith(b"%PDF-") and 7 <= len(texts) <= 9, f"A: a PDF of 7-9 pages ({len(texts)})")
    check(len(texts) == len(a_pages) == len(frags), f"A: {len(texts)} PDF pages vs {len(a_pages)} tracked")
    for i, (t, fr) in enumerate(zip(texts, frags)):
        check(squash(t) == squash(A_HEADER + "".join(fr) + a_footer(i + 1)), f"A: text layer of page {i + 1} differs from what was drawn")
        check(a_pages[i][0] == A_HEADER and a_pages[i][-1] == a_footer(i + 1), f"A: running header / footer of page {i + 1}")
        check(squash(t).startswith(squash(A_HEADER)) and squash(t).endswith(squash(a_footer(i + 1))), f"A: header first, footer last on page {i + 1}")
    for p in reader.pages:
        w, h = float(p.mediabox.width), float(p.mediabox.height)
        check(abs(w - 595.28) < 1 and abs(h - 841.89) < 1, "A: A4 pages")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"A: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    check({f.split("+")[-1].lstrip("/") for f in fonts} <= {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular", "Helvetica"},
          f"A: fonts {fonts}")
    # the plain body (page headers / footers and the repeated table header left out) is exactly the designed text
    designed = []
    for kind, val in A_BLOCKS:
        designed += ([" | ".join(r) for r in val] if kind in ("table1", "table2") else list(val) if kind == "box" else [val])
    body = [ln for pg in a_pages for ln in pg[1:-1]]
    hdr1 = " | ".join(A_TABLE1[0])
    first_hdr = body.index(hdr1)
    body_once = [ln for k, ln in enumerate(body) if not (ln == hdr1 and k != first_hdr)]
    check(body_once == designed, "A: plain body lines equal the designed blocks in order")
    # every drawn piece of a paragraph is on consecutive pages and the pieces join to the paragraph
    for idx, parts in a_info["drawn"].items():
        kind, val = A_BLOCKS[idx]
        if kind == "box":
            check(len(parts) == 1, f"A: box {val[0]} drawn once")
            continue
        joined = "".join(t for _, t in parts)  # reportlab draws the ideographic space of headings as a plain space
        check(joined == val if kind == "p" else squash(joined) == squash(val), f"A: drawn parts of block {idx} join to its text")
        check(kind != "p" or not re.search(r"\s", val), f"A: body paragraph {idx} holds whitespace")
        check([p for p, _ in parts] == list(range(parts[0][0], parts[0][0] + len(parts))), f"A: parts of block {idx} on consecutive pages")
        check(kind == "p" or len(parts) == 1, f"A: only body paragraphs may split ({kind} {idx})")
    splits = a_info["splits"]
    mid = []
    for idx, parts in splits:
        (p1, t1), (p2, t2) = parts[0], parts[1]
        s1, s2 = squash(texts[p1 - 1]), squash(texts[p2 - 1])
        check(s1.endswith(squash(t1[-12:] + a_footer(p1))) and s2.startswith(squash(A_HEADER + t2[:12])),
              f"A: split of block {idx}: the first part ends page {p1}, the rest opens page {p2} (pypdf)")
        check(squash(t1[-6:] + t2[:6]) not in s1 and squash(t1[-6:] + t2[:6]) not in s2, f"A: block {idx} really split in the text layer")
        if t1[-1] not in SENT_END + "；：":
            mid.append(idx)
    check(len(mid) >= 3, f"A: 3+ sentences split over a page break ({len(mid)})")
    # the indicator table: starts on one page, continues on the next, header repeated; the platform table whole
    t1parts = [(p, r) for p, n, r in a_info["tables"] if n == "table1"]
    t2parts = [(p, r) for p, n, r in a_info["tables"] if n == "table2"]
    check(len(t1parts) == 2 and t1parts[1][0] == t1parts[0][0] + 1, f"A: table 1 over two consecutive pages {[(p, len(r)) for p, r in t1parts]}")
    a_row_page = {}
    if len(t1parts) == 2:
        (p1, r1), (p2, r2) = t1parts
        check(r1[0] == A_TABLE1[0] and r2[0] == A_TABLE1[0], "A: table 1 header row on both pages (repeatRows)")
        check(r1[1:] + r2[1:] == A_TABLE1[1:], "A: the two parts hold all rows once, in order")
        check(len(r1) - 1 >= 3 and len(r2) - 1 >= 3, "A: 3+ data rows on each side of the break")
        check(a_pages[p2 - 1][1] == hdr1, "A: the continuation page opens with the repeated header")
        check(a_pages[p1 - 1][-2] == " | ".join(r1[-1]), "A: table 1 is the last thing on its first page")
        a_row_page = {r[0]: (p1 if r in r1 else p2) for r in A_TABLE1[1:]}
    check(len(t2parts) == 1 and t2parts[0][1] == A_TABLE2, "A: table 2 whole on one page")
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_A)) as pdf:
        found = [(i + 1, [[re.sub(r"\s+", "", c or "") for c in r] for r in t]) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        # pdfplumber drops one-cell tables, so a 专栏 box shows up as a lone ruled cell of its table finder: every
        # box page has exactly one such cell, and the text cropped to it is the box's text
        lone = {}
        for i, pg in enumerate(pdf.pages):
            finder = pg.debug_tablefinder()
            in_tables = {tuple(c) for t in finder.tables for c in t.cells}
            cells = [c for c in finder.cells if tuple(c) not in in_tables]
            groups = [c for c in cells if not any(o != c and o[0] <= c[0] and o[1] <= c[1] and o[2] >= c[2] and o[3] >= c[3] for o in cells)]
            lone[i + 1] = [squash(pg.crop(c).extract_text() or "") for c in groups]
    want = [(p, [[squash(c) for c in r] for r in rows]) for p, n, rows in a_info["tables"]]
    check(found == want, f"A: pdfplumber finds the ruled table parts {[(p, len(r), len(r[0])) for p, r in found]}")
    want_box = {i + 1: [] for i in range(len(texts))}
    for p, lines in a_info["boxes"]:
        want_box[p].append(squash("".join(lines)))
    check(lone == want_box, f"A: pdfplumber sees each 专栏 box as one bordered cell holding its lines {[(p, len(v)) for p, v in lone.items()]}")
    boxes = [v for k, v in A_BLOCKS if k == "box"]
    check([b[0][:3] for b in boxes] == ["专栏1", "专栏2", "专栏3"], "A: 专栏1…3")
    for b in boxes:
        check([ln[:3] for ln in b[1:]] == [f"{i}. " for i in range(1, len(b))] and len(b) >= 4, f"A: {b[0][:3]} numbered 1. 2. …")
        check(sum(f"见{b[0][:3]}" in ln for ln in a_plain) == 1, f"A: {b[0][:3]} referred to once in the text")
    h1 = [v for k, v in A_BLOCKS if k == "h1"]
    check([x[:3] for x in h1] == [f"第{chinese_counting(i)}章" for i in range(1, 8)], f"A: 第一章…第七章 {h1}")
    secs, cur = [], None
    for k, v in A_BLOCKS:
        if k == "h1":
            secs.append([])
        elif k == "h2":
            secs[-1].append(v[:3])
    check(all(s == [f"第{chinese_counting(i)}节" for i in range(1, len(s) + 1)] and s for s in secs), f"A: 第一节… restart in each chapter {secs}")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    figs = [c for r in A_TABLE1[1:] for c in r[1:3]]
    check(len(set(figs)) == len(figs), "A: table 1 figure cells distinct")
    for cv in figs + [r[2] for r in A_TABLE2[1:]]:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(all(num(r[2]) > num(r[1]) for r in A_TABLE1[1:]), "A: every 2030 target above its 2025 value")
    check(sum(r[3] == "约束性" for r in A_TABLE1[1:]) == 2 and {r[3] for r in A_TABLE1[1:]} == {"预期性", "约束性"}, "A: 属性 column")
    check(len(A_TABLE2) - 1 == 6 and "重点建设6个市级重大科创平台" in a_prose, "A: table 2 has the 6 platforms the text announces")
    check(all(int(r[2][:4]) <= int(r[2][5:9]) and 2026 <= int(r[2][:4]) and int(r[2][5:9]) <= 2030 for r in A_TABLE2[1:]), "A: 建设期 within 2026-2030")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 1 and "市科技局" in a_leads[0], f"A: one 牵头 line {a_leads}")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: docx with hand-typed headings and a two-row table header
    check((CORPUS / FILE_B).read_bytes()[:2] == b"PK", "B: a zip (docx) file")
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        docxml = z.read("word/document.xml").decode("utf-8")
    check(b_plain == b_expected_lines(), "B: docx read back equals the designed lines")
    check(b_info["numpr"] == 0 and "<w:numPr>" not in docxml, "B: no automatic numbering")
    check({st for st, _, _ in b_info["paras"]} == {"Normal"} and "Heading" not in docxml, "B: every paragraph in the Normal style (no Word headings)")
    chs = [(runs, t) for st, runs, t in b_info["paras"] if re.match(r"第[一二三四五六七八九十]+章", t)]
    check([t[:3] for _, t in chs] == [f"第{chinese_counting(i)}章" for i in range(1, 6)], "B: 第一章…第五章 in order")
    check(all(len(r) == 1 and r[0][1] for r, _ in chs), "B: chapter headings are one bold run")
    arts = [(runs, t) for st, runs, t in b_info["paras"] if re.match(r"第[一二三四五六七八九十]+条", t)]
    check([r[0][0] for r, _ in arts] == [f"第{chinese_counting(i)}条" for i in range(1, 21)], "B: 第一条…第二十条 in order, typed")
    check(all(r[0][1] and not any(b for _, b in r[1:]) and t.startswith(r[0][0] + "　") for r, t in arts), "B: article numbers bold, article text not")
    check(len(b_info["tables"]) == 1, "B: exactly one Word table")
    tb, grid, spans = b_info["tables"][0]
    check(grid == b_grid(B_TABLE), "B: table grid equals the data")
    check([[c.text for c in r.cells] for r in tb.rows] == b_grid(B_TABLE), "B: python-docx's row.cells view equals the grid")
    vm = [(r, c, v) for r, c, s, v, h in spans if v]
    check(sorted(vm) == [(0, 0, "restart"), (0, 1, "restart"), (0, 4, "restart"), (1, 0, "continue"), (1, 1, "continue"), (1, 4, "continue")],
          f"B: 序号 / 上年度营业收入 / 备注 span both header rows {vm}")
    gsp = [(r, c, s) for r, c, s, v, h in spans if s > 1]
    check(gsp == [(0, 2, 2)], f"B: 奖补标准 spans the two grouped columns {gsp}")
    check(docxml.count("<w:vMerge") == 6 and docxml.count('w:gridSpan w:val="2"') == 1, "B: vMerge / gridSpan in the XML")
    check(sorted({r for r, c, s, v, h in spans if h}) == [0, 1] and docxml.count("<w:tblHeader") == 2, "B: both header rows marked w:tblHeader")
    check(tb.style.name == "Table Grid", "B: Table Grid style")
    rr = b_rendered_rows(B_TABLE)
    check(rr[0] == "序号 | 上年度营业收入 | 奖补标准 | 备注" and rr[1] == "序号 | 上年度营业收入 | 首次认定 | 重新认定 | 备注", f"B: header rows as read {rr[:2]}")
    check(b_info["after_table"][:3] == B_NOTES and B_NOTES[0].startswith("注：1. ") and B_NOTES[1].startswith("2. ") and B_NOTES[2].startswith("3. "),
          "B: 注：1. / 2. / 3. lines right under the table")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    bcells = [c for r in B_TABLE[2:] for c in r[2:4]]
    check(len(set(bcells)) == len(bcells), "B: table figure cells distinct")
    for cv in bcells:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    check(all(num(r[2]) > num(r[3]) for r in B_TABLE[2:]), "B: 首次认定 above 重新认定 in every row")
    check([num(r[2]) for r in B_TABLE[2:]] == sorted((num(r[2]) for r in B_TABLE[2:]), reverse=True), "B: awards fall with the revenue band")
    check(5600 + 1200 == 6800 and "2026年安排6800万元，其中认定奖补资金5600万元、培育库补助资金1200万元" in b_prose, "B: 5600 + 1200 = 6800")
    b_units = re.findall(r"([^；。，]*?)(牵头|负责)", b_plain[[i for i, ln in enumerate(b_plain) if ln.startswith("第四条")][0]])
    check(len([u for u in b_units if u[1] == "牵头"]) == 1 and sum("牵头" in ln for ln in b_plain) == 1, "B: one 牵头")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: news html
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in c_src[:200], "C: UTF-8, no BOM, meta charset")
    check(c_plain == c_expected, "C: lxml reading equals the designed lines")
    check(c_tables == [] and len(c_root.xpath("//h1")) == 1, "C: no table, one headline")
    art = c_root.xpath("//div[@class='article']/p")
    check(6 <= len(art) <= 10 and len(art) == len(C_PARAS), f"C: 6-10 article paragraphs ({len(art)})")
    check(c_plain[c_plain.index(C_TITLE) + 1].startswith("来源：") and all(x in ptext["C"] for x in ("作者：", "编辑：")), "C: 来源 / 作者 / 编辑 line")
    check(re.match(r"本报呼和浩特\d+月\d+日讯（记者 ", C_PARAS[0]) is not None, "C: dateline")
    check(len(c_root.xpath("//figure/figcaption")) == 1 and C_CAPTION.endswith("摄"), "C: photo caption")
    check(len(c_root.xpath("//section[@class='related']//li/a")) == len(C_RELATED) >= 4, "C: 相关新闻 list")
    check(any(ln.startswith("分享到：") for ln in c_plain) and "登录后发表评论" in c_plain, "C: share buttons, comment prompt")
    check(any(re.search(r"蒙ICP备\d{8}号-\d", ln) for ln in c_plain) and any(ln.startswith("Copyright © 2026") for ln in c_plain), "C: ICP备案 and copyright")
    check(2 + 28 + 21 + 129 + 6 == 186 and "科学技术突出贡献奖2人" in ptext["C"] and "科学技术进步奖129项" in ptext["C"]
          and ptext["C"].count("186项（人）") == 3, "C: award counts add up to 186")
    check(round(119 / (28 + 21 + 129) * 100) == 67 and "达到119项，占获奖项目总数的67%" in ptext["C"] and 58 <= 119, "C: 119 of 178 projects is 67%")
    check(T2S.convert(ptext["C"]) == ptext["C"], "C: Simplified throughout")

    raw = {"A": "\n".join(texts), "B": docxml + "\n" + "\n".join(b_info["raw"]), "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        for f in {key, S2TW.convert(key), T2S.convert(key)}:
            check(not occurs(f, "ABC"), f"near-miss place {f} occurs in a document")

    # ---- questions
    split_of = {A_BLOCKS[idx][1]: parts for idx, parts in splits}
    box_lines = {ln for b in boxes for ln in b}
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
            for key in q.get("keys", []):  # absent from all three documents, in every script
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in a document")
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
            check(squash(ans) in squash(raw[d]) if d == "A" else ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                if d == "A":
                    tables_d = [(A_TABLE1, [" | ".join(r) for r in A_TABLE1]), (A_TABLE2, [" | ".join(r) for r in A_TABLE2])]
                    hdr_names = None
                else:
                    tables_d = [(b_grid(B_TABLE), b_rendered_rows(B_TABLE))]
                    hdr_names = b_grid(B_TABLE)[1]
                gridrow, header = None, None
                for tbl, rendered in tables_d:
                    for i_r in range(1 if d == "A" else B_HEAD_ROWS, len(tbl)):
                        if rendered[i_r] == ev:
                            gridrow, header = tbl[i_r], (hdr_names or tbl[0])
                check(gridrow is not None, f"{q['id']}: evidence must be a data row of a table")
                if gridrow is not None:
                    check(q["col"] in header and gridrow[header.index(q["col"])] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(ev.split(" | ").count(ans) == 1, f"{q['id']}: other cells differ")
                    if d == "B":
                        check(q["col"] in ("首次认定", "重新认定"), f"{q['id']}: B table questions ask a cell under the grouped header")
                check(q["col"] not in question, f"{q['id']}: question copies the column header")
                if "tpage" in q:
                    check(gridrow is not None and a_row_page.get(gridrow[0]) == q["tpage"], f"{q['id']}: row not on page {q['tpage']}")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
            if "split" in q:
                parts = split_of.get(ev)
                check(parts is not None and len(parts) == 2, f"{q['id']}: evidence is not a paragraph split over a page break")
                if parts:
                    cut = len(parts[0][1])
                    ai, ci = ev.find(ans), ev.find(q["split"])
                    check(ci >= 0 and ((ai + len(ans) <= cut) != (ci + len(q["split"]) <= cut)) and (ai >= cut) != (ci >= cut),
                          f"{q['id']}: answer and {q['split']} must lie on the two sides of the break")
                    s, e = sentence_span(ev, ai)
                    check(s < cut < e and s <= ci < e, f"{q['id']}: the answer's sentence must cross the break and hold {q['split']}")
            if q.get("box"):
                check(ev in box_lines, f"{q['id']}: evidence must be a line in a 专栏 box")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
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
            for f in {w, S2TW.convert(w), T2S.convert(w)}:
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
    check(all(re.fullmatch(r"u34-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage of A's structures
    check(sum(1 for q in Q if q["doc"] == "A" and q["kind"] == "table") >= 3, "A: 3+ table questions")
    check(sum(1 for q in Q if q.get("tpage") and len(t1parts) == 2 and q["tpage"] == t1parts[1][0]) >= 2, "A: 2+ table questions on the continuation page")
    check(sum(1 for q in Q if q.get("tpage") and len(t1parts) == 2 and q["tpage"] == t1parts[0][0]) >= 1, "A: a table question on the first page of table 1")
    check(sum(1 for q in Q if q["doc"] == "A" and q.get("split")) >= 2, "A: 2+ answers in sentences split over a page break")
    split_blocks = set()
    for q in Q:
        hits = [ln for ln in a_plain if q.get("split") and q["hint"] in ln]
        split_blocks |= {i for i, _ in splits if hits and A_BLOCKS[i][1] == hits[0]}
    check(len(split_blocks) >= 2, f"A: the split answers sit in 2+ different split paragraphs ({len(split_blocks)})")
    check(sum(1 for q in Q if q["doc"] == "A" and q.get("box")) >= 2, "A: 2+ answers in 专栏 boxes")
    check(sum(1 for q in Q if q["doc"] == "B" and q["kind"] == "table") >= 3, "B: 3 table questions under the grouped header")

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
    check(sorted(x.name for x in CORPUS.iterdir()) == sorted(FILES.values()), "corpus/ holds exactly the three documents")
    check(sorted(x.name for x in PLAIN.iterdir()) == sorted(Path(f).stem + ".txt" for f in FILES.values()), "plain/ holds exactly three files")

    for d in "ABC":
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(texts)} PDF pages; table 1 parts {[(p, len(r) - 1) for p, r in t1parts]} data rows; table 2 on page "
          f"{[p for p, _ in t2parts]}; boxes on pages {[p for p, _ in a_info['boxes']]}; paragraphs split at page breaks "
          f"{[(parts[0][0], parts[1][0]) for _, parts in splits]} ({len(mid)} inside a sentence); fonts {sorted(fonts)}")
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
