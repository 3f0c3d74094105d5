#!/usr/bin/env python3
"""Build unseen52: three fictional Simplified-Chinese documents on science parks and long plans --
  A  a long municipal plan as a hand-written Word .docx: 郴州市“十五五”园区高质量发展规划（2026—2030年）, three heading
     levels set by Word heading styles (一、 Heading1 / （一） Heading2 / 1. Heading3), a Word table of 12 key parks
     (序号 | 园区名称 | 所在县（市、区） | 主导产业 | 2030年技工贸总收入目标), a 专栏 box drawn as a one-cell table, and runs
     split wherever the script changes (CJK / ASCII), as Word does;
  B  an old-CMS .htm page encoded in GB18030 (declared charset=gb18030; one name uses a character outside GBK):
     吉安市科学技术局 notice publishing the 2026 list of newly recognised provincial 孵化器 / 众创空间 / 科技园区 as an HTML
     table 序号 | 名称 | 运营主体 | 所在县区 | 类别 whose cells wrap their text in <p><span>, content inside div#zoom;
  C  a UTF-8 .txt 政策解读 of 孝感市园区高质量发展“十五五”规划 in Q&A form (X、问： / 答：) with numbered lists (1. / （1）);
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen52/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen48's builder: the question table with a `hint` that must pick exactly one evidence
line, digit-bounded num_count (also on NFKC text), keys / gkeys / near for unanswerables, lcs_run for paraphrases,
OpenCC for the cross-script questions, the hand-written .docx package with fixed zip timestamps, docx_read and the
question-checking loop. Here the documents are Simplified, so `traditional` questions are written in Traditional."""
import io
import json
import math
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_chenzhou_shiwuwu_yuanqu_gaozhiliang_fazhan_guihua_2026_2030_heading_styles_box.docx"
FILE_B = "B_jian_2026_shengji_fuhuaqi_zhongchuang_kongjian_keji_yuanqu_mingdan_gb18030.htm"
FILE_C = "C_xiaogan_yuanqu_shiwuwu_guihua_zhengce_jiedu_wenda.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 郴州 park plan, hand-written .docx
# ---------------------------------------------------------------------------------------------------------------

A_TABLE = [
    ["序号", "园区名称", "所在县（市、区）", "主导产业", "2030年技工贸总收入目标"],
    ["1", "郴州高新技术产业开发区", "北湖区", "有色金属新材料、电子信息", "2,050亿元"],
    ["2", "郴州经济开发区", "苏仙区", "先进装备制造、现代物流", "1,260亿元"],
    ["3", "郴州南岭科技城", "苏仙区", "科技研发、检验检测认证", "120亿元"],
    ["4", "资兴经济开发区", "资兴市", "大数据、新能源材料", "780亿元"],
    ["5", "永兴经济开发区", "永兴县", "稀贵金属再生利用", "690亿元"],
    ["6", "桂阳高新技术产业开发区", "桂阳县", "有色金属精深加工、智能家居", "740亿元"],
    ["7", "宜章经济开发区", "宜章县", "氟化工新材料", "360亿元"],
    ["8", "嘉禾经济开发区", "嘉禾县", "铸造及机械零部件", "305亿元"],
    ["9", "临武经济开发区", "临武县", "矿物新材料、通用航空", "245亿元"],
    ["10", "汝城经济开发区", "汝城县", "电子元器件", "190亿元"],
    ["11", "安仁经济开发区", "安仁县", "电子信息配套、农产品精深加工", "150亿元"],
    ["12", "桂东经济开发区", "桂东县", "生物医药、绿色食品", "95亿元"],
]

A_BOX = [
    "专栏1　园区创新能力提升工程",
    "1. 孵化载体倍增工程：到2030年，全市园区省级以上科技企业孵化器和众创空间达到45家，在孵企业超过1,600家，孵化器毕业企业留园率保持在70%以上。",
    "2. 科技企业梯次培育工程：实施“科技型中小企业—高新技术企业—专精特新企业”梯次培育计划，每年新增园区高新技术企业150家以上，每年认定市级创新型领军企业20家。",
    "3. 创新人才集聚工程：依托“林邑聚才”计划，每年为园区引进高层次创新人才200名、高校毕业生1.5万名，支持园区企业设立博士后科研工作站。",
    "4. 中试转化提速工程：建设郴州南岭科技城科技成果转化中试基地，到2030年园区年技术合同成交额达到120亿元以上。",
]

# (style, text) or ("table", rows) or ("box", lines). Styles: Title, Subtitle, Meta, Heading1/2/3, Normal, Caption.
A_BODY = [
    ("Title", "郴州市“十五五”园区高质量发展规划"),
    ("Subtitle", "（2026—2030年）"),
    ("Meta", "郴州市人民政府办公室　2026年3月"),
    ("Normal", "园区是郴州实体经济发展的主阵地、科技创新的主平台和对外开放的主窗口。为推动全市园区高质量发展，根据《郴州市国民经济和社会发展第十五个五年规划纲要》和省委、省政府关于推进园区高质量发展的决策部署，结合我市实际，制定本规划。规划范围为全市省级及以上园区和郴州南岭科技城，规划期为2026—2030年，展望到2035年。"),
    ("Heading1", "一、发展基础和面临形势"),
    ("Heading2", "（一）发展成效"),
    ("Normal", "“十四五”以来，全市园区坚持“产业立园、创新强园、开放活园”，综合实力持续增强，已成为全市经济增长的主引擎。截至2025年底，全市共有省级及以上园区11个，其中国家级园区2个，园区规划面积达到248平方公里。2025年，全市园区实现技工贸总收入4,860亿元，规模以上工业增加值占全市比重达到71.3%，园区实缴税金157亿元。"),
    ("Heading3", "1.产业集聚度明显提升"),
    ("Normal", "有色金属、电子信息、先进装备制造三大产业集群在园区加快集聚，2025年三大产业集群营业收入合计2,930亿元。郴州高新区入选国家级创新型产业集群试点，资兴经开区东江湖大数据中心建成标准机架1.2万个，永兴经开区稀贵金属综合回收率居全国前列，桂阳高新区家居智造产业园入驻企业超过百家。"),
    ("Heading3", "2.创新能力稳步增强"),
    ("Normal", "园区集聚高新技术企业1,126家，占全市总数的82%；建成省级以上研发平台173个、科技企业孵化器和众创空间29家。2025年，园区企业研发经费投入达到96.4亿元，拥有有效发明专利4,318件，技术合同成交额突破60亿元。郴州国家可持续发展议程创新示范区建设取得阶段性成效，水资源可持续利用与绿色发展技术在园区得到推广应用。"),
    ("Heading3", "3.开放合作持续深化"),
    ("Normal", "依托湘南湘西承接产业转移示范区和中国（湖南）自由贸易试验区郴州片区，园区累计引进“三类500强”企业项目87个，郴州综合保税区进出口总额连续五年保持全省前列。粤港澳大湾区产业转移项目占园区新引进项目的比重达到64%，“湾区研发、郴州制造”的合作模式初步形成。"),
    ("Heading3", "4.营商环境不断优化"),
    ("Normal", "全市园区全面推行“园区事园区办”，赋予省级及以上园区市级经济管理权限186项，企业开办、工程建设项目审批时间分别压缩至1个工作日和45个工作日以内。“拿地即开工”“交房即交证”等改革在园区全面推开，园区企业满意度连续三年位居全省前列。"),
    ("Heading2", "（二）存在问题"),
    ("Normal", "对照高质量发展要求，全市园区仍存在一些短板弱项：一是产业链条偏短，资源型产业占比较高，精深加工和终端产品不足，部分园区主导产业不够突出；二是创新策源能力不强，园区研发投入强度低于全省园区平均水平，高层次人才和创新团队偏少，科技成果本地转化率不高；三是集约用地水平不高，部分园区亩均税收不足10万元，低效闲置用地有待盘活；四是体制机制不够灵活，“管委会+公司”改革仍需深化，专业化招商和运营能力有待提升。"),
    ("Heading2", "（三）面临形势"),
    ("Normal", "从外部看，新一轮科技革命和产业变革深入发展，粤港澳大湾区产业加快向内陆梯度转移，国家支持中部地区加快崛起，湖南深入实施“三高四新”美好蓝图，为郴州园区承接产业转移、培育新质生产力提供了重大机遇。从内部看，全市“五好”园区创建深入推进，郴州国家可持续发展议程创新示范区建设进入攻坚期，园区发展由规模扩张向质量效益提升转变的任务更加紧迫。同时，周边地区园区竞争日趋激烈，土地、能耗等要素约束持续趋紧，全市园区必须在错位发展、特色发展上下更大功夫。"),
    ("Heading1", "二、总体要求"),
    ("Heading2", "（一）指导思想"),
    ("Normal", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实“三高四新”美好蓝图，以推动园区高质量发展为主题，以科技创新引领产业创新为主线，以“五好”园区建设为抓手，着力构建特色鲜明、链条完整、创新活跃、绿色集约的园区发展新格局，把园区打造成为全市现代化产业体系的核心承载区和新质生产力的重要策源地。"),
    ("Heading2", "（二）基本原则"),
    ("Heading3", "1.创新引领，特色发展"),
    ("Normal", "把创新摆在园区发展全局的核心位置，每个园区聚焦一至两个主导产业，做深做透特色产业链，避免同质化竞争。"),
    ("Heading3", "2.集约节约，绿色低碳"),
    ("Normal", "坚持“亩产论英雄”，严守生态保护红线，推动园区循环化改造和清洁生产，实现经济效益与生态效益相统一。"),
    ("Heading3", "3.改革开放，协同联动"),
    ("Normal", "深化园区管理体制改革，强化与粤港澳大湾区、长株潭都市圈的产业协同，推动市内园区之间合作共建、利益共享。"),
    ("Heading3", "4.统筹推进，分类指导"),
    ("Normal", "按照国家级园区、省级园区和科技城的不同定位，实行差异化考核和分类支持，形成各展所长、梯次发展的格局。"),
    ("Heading2", "（三）发展目标"),
    ("Normal", "到2030年，全市园区综合实力、创新能力和集约水平显著提升，力争园区技工贸总收入突破7,200亿元，年均增长8%左右；园区规模以上工业增加值占全市比重达到75%以上。具体目标如下："),
    ("Normal", "——产业集聚：培育形成千亿级产业集群3个、五百亿级产业集群2个，园区主导产业集中度达到72%以上。"),
    ("Normal", "——创新能力：园区高新技术企业达到1,800家，研发经费投入强度达到3.1%，省级以上研发平台达到260个，每万名从业人员中研发人员数达到480人。"),
    ("Normal", "——集约水平：园区亩均税收达到18万元，盘活低效闲置用地1.5万亩，新建标准厂房600万平方米。"),
    ("Normal", "——绿色发展：园区单位工业增加值能耗较2025年下降13.5%，省级以上绿色园区达到8个，园区可再生能源使用比例达到25%。"),
    ("Normal", "展望2035年，全市园区全面建成创新驱动、绿色集约的现代化园区体系，园区技工贸总收入力争突破1.2万亿元，郴州成为湘粤赣边区域重要的先进制造业基地。"),
    ("Heading1", "三、空间布局"),
    ("Heading2", "（一）构建“一核两带多点”园区格局"),
    ("Normal", "“一核”即以郴州高新区、郴州经开区和郴州南岭科技城为主体的中心城区园区核心区，重点发展电子信息、先进装备制造和科技服务业，打造全市创新策源和高端制造的引领区。“两带”即沿京港澳高速的北部产业带和沿厦蓉高速的南部产业带：北部产业带串联资兴、永兴、安仁等园区，重点发展大数据、稀贵金属和电子信息配套产业；南部产业带串联桂阳、嘉禾、临武、宜章、汝城等园区，重点发展有色金属精深加工、铸造、氟化工和电子元器件产业。“多点”即各县（市）特色产业园和产业集聚小区，承接配套产业和农产品加工项目。"),
    ("Heading2", "（二）明确重点园区定位"),
    ("Normal", "按照“一园一主业、一园一特色”的要求，明确全市12个重点园区（含科技城）的主导产业和2030年发展目标，各园区新引进项目中主导产业项目投资占比原则上不低于65%，详见表1。"),
    ("Caption", "表1　郴州市重点园区主导产业及2030年发展目标"),
    ("table", A_TABLE),
    ("Normal", "各园区要对照表1确定的主导产业编制产业发展专项规划和招商图谱，原则上不再新引进与本园区主导产业无关联的一般性加工项目。市商务局每年对各园区主导产业发展情况进行监测，对主导产业营业收入占比连续两年下降的园区予以通报。"),
    ("Heading2", "（三）推动园区协同发展"),
    ("Heading3", "1.推行“飞地园区”合作模式"),
    ("Normal", "支持郴州高新区、郴州经开区与县（市）园区共建“飞地园区”，按照“研发在中心、制造在县域”的思路合理分工，共建园区的税收增量由合作双方按约定比例分成，分成期限原则上不超过10年。"),
    ("Heading3", "2.建立园区产业链协作机制"),
    ("Normal", "围绕同一产业链上下游布局，推动永兴、桂阳、临武等园区在稀贵金属回收、有色金属冶炼和新材料制造环节分工协作，建立园区间产业链供需对接清单，每年组织园区产业链协作对接活动不少于4场。"),
    ("Heading3", "3.加强园区与城市融合发展"),
    ("Normal", "坚持以产兴城、以城促产，推动中心城区园区向产城融合的综合性功能区转型。郴州南岭科技城按照“研发+孵化+中试+服务”的功能定位，集中布局科研机构、检验检测平台和科技服务企业；各县（市）园区依托县城完善生活配套，引导园区职工就近安居。"),
    ("Heading1", "四、重点任务"),
    ("Heading2", "（一）做强园区主导产业"),
    ("Heading3", "1.实施产业链“链长制”"),
    ("Normal", "围绕有色金属新材料、电子信息、先进装备制造、氟化工、大数据等重点产业链，由市级领导担任链长，每条产业链明确1个责任部门、1个核心园区和一批链主企业，编制产业链图谱和招商目录。到2030年，全市园区培育营业收入超百亿元的链主企业10家以上。"),
    ("Heading3", "2.推动资源型产业精深加工"),
    ("Normal", "引导永兴、桂阳、宜章等园区由原材料加工向高端材料和终端产品延伸，重点发展银基、铋基、锌基新材料和电子级氢氟酸等高附加值产品，力争园区有色金属精深加工率由2025年的46%提高到60%。"),
    ("Heading3", "3.前瞻布局未来产业"),
    ("Normal", "在郴州高新区、郴州南岭科技城布局新型储能、第三代半导体材料、低空经济等未来产业，每年遴选5个以上未来产业项目给予重点支持，探索建设未来产业先导区。"),
    ("Heading2", "（二）提升园区创新能力"),
    ("Heading3", "1.建设高水平研发平台"),
    ("Normal", "支持园区龙头企业联合高校院所组建创新联合体，争创国家级企业技术中心和省级技术创新中心。到2030年，园区新增省级以上研发平台90个，规模以上工业企业研发机构覆盖率达到55%。"),
    ("Heading3", "2.完善孵化育成体系"),
    ("Normal", "构建“众创空间—孵化器—加速器—产业园”全链条孵化体系，每个省级以上园区至少建成1家省级以上科技企业孵化器或众创空间，推动孵化企业在园区就地转化、就地成长。重点工程见专栏1。"),
    ("box", A_BOX),
    ("Heading3", "3.加快科技成果转化"),
    ("Normal", "鼓励园区企业与中南大学、湘南学院等高校院所共建成果转化基地，对园区企业购买技术成果并在郴州实现产业化的，按技术合同成交额的10%给予补助，单个企业每年最高200万元。"),
    ("Heading3", "4.强化知识产权创造和运用"),
    ("Normal", "支持园区建设知识产权快速维权中心，推动园区企业开展专利导航和高价值专利培育，鼓励以专利许可、作价入股等方式促进知识产权转化运用。到2030年，园区有效发明专利达到7,500件，知识产权质押融资年登记金额突破15亿元。"),
    ("Heading2", "（三）提升园区承载能力"),
    ("Heading3", "1.建设标准厂房"),
    ("Normal", "按照“多层化、定制化”标准建设工业厂房，优先保障中小企业和孵化企业用房需求，园区新建标准厂房中三层以上厂房占比不低于50%。"),
    ("Heading3", "2.完善基础设施配套"),
    ("Normal", "推进园区道路、供水、污水处理、天然气和5G网络等基础设施建设，2028年前实现省级以上园区污水集中处理设施全覆盖，配套建设人才公寓、职工食堂和邻里中心。"),
    ("Heading3", "3.建设智慧园区"),
    ("Normal", "建设全市统一的园区综合服务平台，实现项目审批、企业服务、安全监管和能耗监测“一网统管”，推动园区企业上云用数赋智，到2030年建成省级智慧园区5个。"),
    ("Heading2", "（四）推动园区绿色低碳发展"),
    ("Normal", "全面推行园区循环化改造，推动永兴经开区、宜章经开区创建国家级绿色工业园区；严格落实园区项目准入负面清单，新建工业项目亩均投资强度不低于300万元；推广分布式光伏、余热利用和储能设施，建设园区能源管理中心。"),
    ("Heading2", "（五）深化园区体制机制改革"),
    ("Heading3", "1.深化“管委会+公司”改革"),
    ("Normal", "推动园区管委会聚焦经济发展主责主业，社会事务剥离移交属地政府；支持园区组建专业化开发运营公司，市场化配置招商、建设和运营资源，推行园区干部全员聘任和绩效薪酬制度。"),
    ("Heading3", "2.完善亩均效益评价"),
    ("Normal", "全面实施园区企业亩均效益综合评价，将评价结果分为A、B、C、D四类，在用地、用电、用水、信贷等方面实施差别化政策，倒逼低效企业转型升级或有序退出。"),
    ("Heading3", "3.扩大开放合作"),
    ("Normal", "深化与粤港澳大湾区园区共建合作，推广“湾区研发、郴州制造”模式，每年举办承接产业转移专题对接活动不少于2场，力争每年引进投资额超10亿元的产业项目30个以上。"),
    ("Heading2", "（六）优化园区营商环境"),
    ("Heading3", "1.深化园区审批制度改革"),
    ("Normal", "全面推行园区企业投资项目承诺制和区域评估，对已完成区域评估的园区，入园项目不再单独开展相应评估。推行园区帮代办服务，为重大项目配备专职服务专员，实行项目全生命周期跟踪服务。"),
    ("Heading3", "2.降低园区企业运营成本"),
    ("Normal", "落实国家和省减税降费政策，推动园区企业用电、用气、物流等成本持续下降。鼓励园区开发运营公司对入驻标准厂房的科技型中小企业给予租金减免，首年租金减免比例不低于40%。"),
    ("Heading3", "3.强化园区安全生产和风险防控"),
    ("Normal", "压实园区安全生产主体责任，重点园区全部建成安全风险智能化管控平台，对涉及危险化学品的园区实行封闭化管理，坚决防范遏制重特大事故发生。"),
    ("Heading1", "五、保障措施"),
    ("Heading2", "（一）加强组织领导"),
    ("Normal", "成立郴州市园区高质量发展工作领导小组，由市人民政府主要负责同志任组长，统筹推进全市园区发展重大事项。本规划实施由郴州市商务局牵头，市发展改革委、市科技局、市工业和信息化局、市自然资源和规划局等部门按职责分工协同推进。各县（市、区）要制定本地区园区发展实施方案，并于2026年6月底前报领导小组办公室。"),
    ("Heading2", "（二）强化要素保障"),
    ("Normal", "市财政每年统筹安排园区高质量发展专项资金3亿元，重点支持园区创新平台、标准厂房和公共服务设施建设。每年新增建设用地计划指标不低于30%用于园区，优先保障重大产业项目用地。鼓励金融机构开发“园区贷”“科创贷”等产品，设立规模20亿元的园区产业发展基金。"),
    ("Heading2", "（三）完善考核评价"),
    ("Normal", "建立园区高质量发展综合评价体系，评价结果与园区扩区调区、用地指标和专项资金分配挂钩。对连续两年评价排名末位的园区，由领导小组对其主要负责人进行约谈。"),
    ("Heading2", "（四）加强规划评估"),
    ("Normal", "本规划与国土空间规划和各专项规划做好衔接。2028年开展规划实施中期评估，2030年开展总结评估，评估结果向市人民政府报告并向社会公开。"),
    ("Heading2", "（五）营造良好发展氛围"),
    ("Normal", "加强园区发展政策宣传解读，及时总结推广园区改革创新的典型经验和做法。定期发布园区发展报告，开展“五好”园区和优秀园区企业评选，营造全社会关心支持园区发展的良好氛围。"),
    ("Heading2", "（六）加强园区统计监测"),
    ("Normal", "完善园区统计指标体系和统计调查制度，将技工贸总收入、亩均税收、研发经费投入强度、单位工业增加值能耗等指标纳入园区统计监测范围，按季度开展监测分析。建立园区发展数据共享机制，统计、税务、自然资源等部门按月向园区推送相关数据，为规划实施评估和政策调整提供数据支撑。"),
]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_STYLE_NAMES = {"Heading1": "heading 1", "Heading2": "heading 2", "Heading3": "heading 3"}


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def a_expected_lines():
    out = []
    for style, val in A_BODY:
        if style == "table":
            out += [" | ".join(r) for r in val]
        elif style == "box":
            out += list(val)
        else:
            out.append(val)
    return out


A_COLW = [700, 2700, 1500, 2400, 1544]  # twips, sum 8844 = text width
TEXT_W, BODY_PT, LINE_TW = 8844, 16, 579


def width_chars(s):
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in s)


def a_page_estimate():
    """Lines at 28 full-width characters a line (三号 on an 8844-twip text width, Normal has a 2-character first-line
    indent), 22 lines a page (exact 28.95 pt pitch), as GB/T 9704 sets an official document; table rows at 12 pt in
    their column widths, each wrapped line 0.6 body lines, plus 0.4 for the cell margins."""
    per = TEXT_W / (BODY_PT * 20)
    lines = 0.0
    for style, val in A_BODY:
        if style == "table":
            for r in val:
                n = max(math.ceil(width_chars(c) / (w / 240 - 0.5)) for c, w in zip(r, A_COLW))
                lines += 0.6 * n + 0.4
        elif style == "box":
            lines += 1 + sum(math.ceil((width_chars(x) + 2) / (per - 1.5)) for x in val)
        elif style in ("Title",):
            lines += 2 * math.ceil(width_chars(val) / (per * 16 / 22)) + 1
        else:
            lines += math.ceil((width_chars(val) + (2 if style == "Normal" else 0)) / per)
    return lines / 22


def a_docx_parts():
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
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = decl + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>郴州市“十五五”园区高质量发展规划</dc:title><dc:creator>郴州市商务局</dc:creator>"
        "<cp:lastModifiedBy>czsw</cp:lastModifiedBy><cp:revision>7</cp:revision><dc:language>zh-CN</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-10T01:20:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-18T08:05:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    pages = math.ceil(a_page_estimate())
    chars = sum(len(x) for x in a_expected_lines())
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><Pages>{pages}</Pages><Characters>{chars}</Characters>"
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
        '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>')
    fs = "仿宋_GB2312"

    def pstyle(sid, name, ppr="", rpr="", based="Normal", extra=""):
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}<w:qFormat/>'
                f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>")
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        f'w:eastAsia="{fs}" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        f'<w:pPrDefault><w:pPr><w:spacing w:line="{LINE_TW}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>'
        + pstyle("Title", "Title", '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:line="700" w:lineRule="exact"/>',
                 '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/>')
        + pstyle("Subtitle", "Subtitle", '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>', '<w:rFonts w:eastAsia="楷体_GB2312"/>')
        + pstyle("Meta", "Date Line", '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:after="240"/>', '')
        + pstyle("Heading1", "heading 1", '<w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/>',
                 '<w:rFonts w:eastAsia="黑体"/>', extra='<w:next w:val="Normal"/>')
        + pstyle("Heading2", "heading 2", '<w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/>',
                 '<w:rFonts w:eastAsia="楷体_GB2312"/>', based="Heading1", extra='<w:next w:val="Normal"/>')
        + pstyle("Heading3", "heading 3", '<w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="2"/>',
                 '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/>', based="Heading2", extra='<w:next w:val="Normal"/>')
        + pstyle("Caption", "caption", '<w:keepNext/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:before="120" w:after="120"/>',
                 '<w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/><w:szCs w:val="28"/>')
        + pstyle("TableText", "Table Text", '<w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:spacing w:line="320" w:lineRule="exact"/>',
                 '<w:sz w:val="24"/><w:szCs w:val="24"/>')
        + pstyle("BoxTitle", "Box Title", '<w:keepNext/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>',
                 '<w:rFonts w:eastAsia="黑体"/>')
        + pstyle("BoxText", "Box Text", '<w:ind w:firstLineChars="200" w:firstLine="560"/>', '<w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="28"/><w:szCs w:val="28"/>')
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")

    def runs(text, bold=False):
        """Runs split wherever the script changes (ASCII vs the rest), as Word writes mixed text: ASCII runs carry
        their own rFonts hint."""
        out = []
        for piece in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
            rpr = ("<w:b/>" if bold else "")
            if piece[0] < "\x7f":
                rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>' + rpr
            else:
                rpr = '<w:rFonts w:hint="eastAsia"/>' + rpr
            out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{xml_esc(piece)}</w:t></w:r>')
        return "".join(out)

    def para(style, text, bold=False):
        ppr = "" if style == "Normal" else f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        return f"<w:p>{ppr}{runs(text, bold)}</w:p>"

    body = []
    for style, val in A_BODY:
        if style == "table":
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in A_COLW) + "</w:tblGrid>")
            for ri, row in enumerate(val):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, c in enumerate(row):
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{A_COLW[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          + para("TableText", c, ri == 0) + "</w:tc>")
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        elif style == "box":
            t = ('<w:tbl><w:tblPr><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="double" w:sz="4" w:space="0" w:color="auto"/>'
                 '<w:bottom w:val="double" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="double" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
                 '<w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="170" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar>'
                 '</w:tblPr><w:tblGrid><w:gridCol w:w="8844"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="8844" w:type="dxa"/>'
                 '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>')
            t += para("BoxTitle", val[0]) + "".join(para("BoxText", x) for x in val[1:])
            body.append(t + "</w:tc></w:tr></w:tbl>")
        else:
            body.append(para(style, val))
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/><w:cols w:space="425"/>'
                f'<w:docGrid w:type="linesAndChars" w:linePitch="{LINE_TW}" w:charSpace="-849"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def docx_bytes(parts, stamp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """Body paragraphs (all runs joined) one line each, with their style id; a table of one cell (a 专栏 box) gives
    each paragraph of the cell one line; any other table gives each row its cells joined by ' | '."""
    from lxml import etree
    ns = {"w": W_NS}
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(q("t")))

    def pstyle(p):
        s = p.find("w:pPr/w:pStyle", ns)
        return s.get(q("val")) if s is not None else "Normal"
    lines, styles, tables, boxes = [], [], [], []
    for el in doc.find("w:body", ns):
        if el.tag == q("p"):
            text = ptext(el)
            if text:
                lines.append(text)
                styles.append(pstyle(el))
        elif el.tag == q("tbl"):
            trs = el.findall("w:tr", ns)
            if len(trs) == 1 and len(trs[0].findall("w:tc", ns)) == 1:
                box = [ptext(p) for p in trs[0].find("w:tc", ns).findall("w:p", ns) if ptext(p)]
                boxes.append(box)
                lines += box
                styles += ["box"] * len(box)
            else:
                rows = [[" ".join(ptext(p) for p in tc.findall("w:p", ns)) for tc in tr.findall("w:tc", ns)] for tr in trs]
                tables.append(rows)
                lines += [" | ".join(r) for r in rows]
                styles += ["table"] * len(rows)
    return lines, styles, tables, boxes, doc


# ---------------------------------------------------------------------------------------------------------------
# B: 吉安 list notice, .htm in GB18030 (old CMS page; content in div#zoom; table cells wrap text in <p><span>)
# ---------------------------------------------------------------------------------------------------------------
def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_htm():
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
           "<HTML>", "<HEAD>", '<META http-equiv="Content-Type" content="text/html; charset=gb18030">',
           f"<TITLE>{html_esc(B_TITLE)}_通知公告_吉安市科学技术局</TITLE>",
           '<META name="ArticleTitle" content="' + html_esc(B_TITLE) + '">', '<META name="PubDate" content="2026-04-09 16:30">',
           "<STYLE type=text/css>.art-title{font-size:22px;font-weight:bold;text-align:center;padding:16px 0}"
           ".art-info{text-align:center;color:#666;font-size:12px;border-bottom:1px solid #ddd}"
           "#zoom p{line-height:200%;font-size:16px} .footer{text-align:center;font-size:12px;color:#666}</STYLE>",
           "</HEAD>", '<BODY leftmargin="0" topmargin="0">',
           '<DIV class="top">当前位置：<A href="/">首页</A> &gt; <A href="/col/col2311/">通知公告</A></DIV>',
           '<DIV class="article">']
    for kind, val in B_BLOCKS:
        if kind == "title":
            out.append(f'<DIV class="art-title">{html_esc(val)}</DIV>')
            out.append('<DIV class="art-info">发布时间：2026-04-09　　来源：吉安市科学技术局　　字号：[ 大 中 小 ]</DIV>')
            out.append('<DIV id="zoom">')
        elif kind == "docno":
            out.append(f'<P align="center" style="text-align:center">{html_esc(val)}</P>')
        elif kind == "p":
            ind = "" if val.endswith("：") and "单位" in val else ' style="text-indent:2em"'
            out.append(f"<P{ind}>{html_esc(val)}</P>")
        elif kind == "table":
            out.append('<TABLE border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">')
            out.append("<TBODY>")
            widths = [6, 34, 28, 14, 18]
            for ri, row in enumerate(val):
                cells = []
                for ci, c in enumerate(row):
                    inner = f'<SPAN style="font-family:仿宋_GB2312;font-size:12pt">{html_esc(c)}</SPAN>'
                    if ri == 0:
                        inner = f'<B><SPAN style="font-family:黑体;font-size:12pt">{html_esc(c)}</SPAN></B>'
                    cells.append(f'<TD width="{widths[ci]}%" valign="center" style="border:solid windowtext 1.0pt">'
                                 f'\n<P align="center" style="text-align:center;line-height:150%">{inner}</P></TD>')
                out.append("<TR>" + "".join(cells) + "</TR>")
            out.append("</TBODY>")
            out.append("</TABLE>")
        elif kind in ("sign", "date"):
            out.append(f'<P align="right" style="text-align:right">{html_esc(val)}</P>')
    out += ["</DIV>", "</DIV>",
            '<DIV class="footer">主办单位：吉安市科学技术局　　地址：吉安市井冈山大道168号　　赣ICP备05004152号</DIV>',
            "</BODY>", "</HTML>"]
    return "\r\n".join(out) + "\r\n"


def b_expected_lines():
    out = []
    for kind, val in B_BLOCKS:
        if kind == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def html_read(raw_bytes):
    """Decode with the charset the page declares; then the article title and, inside div#zoom, each <p> outside a
    table one line and each table row its cells joined by ' | ' (ASCII whitespace squashed, U+3000 kept)."""
    import lxml.html
    m = re.search(rb'charset=([\w-]+)', raw_bytes[:1024])
    text = raw_bytes.decode(m.group(1).decode("ascii"))
    root = lxml.html.fromstring(text)
    sq = lambda s: re.sub(r"[ \t\r\n]+", " ", s).strip(" ")  # noqa: E731
    lines = [sq(root.find_class("art-title")[0].text_content())]
    zoom = root.get_element_by_id("zoom")
    rows = []
    for el in zoom.iter():
        if el.tag == "p" and not any(a.tag == "table" for a in el.iterancestors()):
            t = sq(el.text_content())
            if t:
                lines.append(t)
        elif el.tag == "tr":
            r = [sq(c.text_content()) for c in el if c.tag in ("td", "th")]
            rows.append(r)
            lines.append(" | ".join(r))
    return lines, rows, text, root, m.group(1).decode("ascii")


# ---------------------------------------------------------------------------------------------------------------
# C: 孝感 plan 解读, UTF-8 .txt (LF)
# ---------------------------------------------------------------------------------------------------------------
def c_file_text():
    return "\n".join(C_FILE_LINES) + "\n"


def c_read(text):
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


# ---- B and C document data
B_TABLE = [
    ["序号", "名称", "运营主体", "所在县区", "类别"],
    ["1", "井冈山经开区电子信息科技企业孵化器", "吉安井开创新发展有限公司", "井冈山经开区", "省级科技企业孵化器"],
    ["2", "吉安高新区智能终端科技企业孵化器", "吉安高新区科创投资运营有限公司", "吉安高新区", "省级科技企业孵化器"],
    ["3", "庐陵文创科技企业孵化器", "吉安市庐陵文化科技发展有限公司", "吉州区", "省级科技企业孵化器"],
    ["4", "泰和县电子元器件科技企业孵化器", "泰和县工投科技服务有限公司", "泰和县", "省级科技企业孵化器"],
    ["5", "永丰县碳酸钙新材料科技企业孵化器", "永丰县绿材科创服务有限公司", "永丰县", "省级科技企业孵化器"],
    ["6", "青创汇众创空间", "吉安青创汇企业管理有限公司", "青原区", "省级众创空间"],
    ["7", "井冈学子众创空间", "井冈山大学", "青原区", "省级众创空间"],
    ["8", "赣商回归众创空间", "吉水县智汇众创科技有限公司", "吉水县", "省级众创空间"],
    ["9", "安福县食品科技众创空间", "安福县农创园运营管理有限公司", "安福县", "省级众创空间"],
    ["10", "遂川县狗牯脑茶产业众创空间", "遂川县茗创科技服务有限公司", "遂川县", "省级众创空间"],
    ["11", "万安县数字经济众创空间", "万安县数创产业发展有限公司", "万安县", "省级众创空间"],
    ["12", "新干县箱包皮具众创空间", "新干县工业园区投资开发有限公司", "新干县", "省级众创空间"],
    ["13", "峡江县农业科技园区", "峡江县人民政府", "峡江县", "省级农业科技园区"],
    ["14", "永新县农业科技园区", "永新县人民政府", "永新县", "省级农业科技园区"],
    ["15", "井冈山大学科技园", "井冈山大学科技园发展有限公司", "青原区", "省级大学科技园"],
]
B_TITLE = "吉安市科学技术局关于公布2026年度新认定省级科技企业孵化器、众创空间和科技园区名单的通知"
# (kind, text): title, docno, p, table, sign, date
B_BLOCKS = [
    ("title", B_TITLE),
    ("docno", "吉市科字〔2026〕17号"),
    ("p", "各县（市、区）科技局，井冈山经开区、吉安高新区科技管理部门，各有关单位："),
    ("p", "根据《江西省科技企业孵化器管理办法》《江西省众创空间管理办法》和《江西省农业科技园区管理办法》有关规定，经县（市、区）推荐、市科技局审核、江西省科学技术厅组织专家评审和公示，我市共有15家创新创业载体被认定为2026年度省级科技创新载体（赣科发成字〔2026〕41号）。其中，科技企业孵化器5家、众创空间7家、农业科技园区2家、大学科技园1家，数量居全省设区市第三位。现将名单予以公布（见下表）。"),
    ("table", B_TABLE),
    ("p", "对新认定的省级科技企业孵化器、众创空间、农业科技园区和大学科技园，市财政按照《吉安市支持科技创新若干政策措施》分别给予一次性奖励60万元、20万元、100万元和40万元，奖励资金由各载体运营主体统筹用于孵化服务能力建设。"),
    ("p", "各载体运营主体要进一步完善孵化服务体系，每年3月底前通过江西省科技创新载体管理系统报送上年度运行数据。省级创新创业载体绩效评价工作由吉安市科学技术局牵头，会同市财政局每两年组织一次；评价不合格的，限期一年整改，连续两次评价不合格的，报请江西省科学技术厅撤销其认定资格。"),
    ("p", "各县（市、区）科技管理部门要加强对辖区内载体的指导和服务，推动载体与井冈山大学、吉安职业技术学院等高校院所开展合作，引导在孵企业申报科技型中小企业和高新技术企业。"),
    ("p", "联系人：市科技局成果转化与区域创新科　刘𫖯　联系电话：0796-8228517"),
    ("sign", "吉安市科学技术局"),
    ("date", "2026年4月9日"),
]

C_FILE_LINES = [
    "《孝感市园区高质量发展“十五五”规划（2026—2030年）》政策解读",
    "",
    "发布机构：孝感市发展和改革委员会　　发布日期：2026年5月12日",
    "",
    "近日，孝感市人民政府印发《孝感市园区高质量发展“十五五”规划（2026—2030年）》（孝政发〔2026〕6号，以下简称《规划》）。为便于社会各界准确理解和把握《规划》的主要内容，现解读如下。",
    "",
    "一、问：《规划》出台的背景是什么？",
    "答：园区是全市工业经济的主战场。截至2025年底，全市共有省级以上开发区10个，其中国家级高新区1个；2025年全市园区规模以上工业总产值达到3,620亿元，占全市规模以上工业总产值的78.6%。同时，园区发展也面临主导产业不够突出、创新平台偏少、土地利用效率不高等问题。为抢抓武汉都市圈同城化发展机遇，推动园区由“规模扩张”向“质效提升”转变，市政府组织编制了《规划》。",
    "",
    "二、问：《规划》提出了哪些发展目标？",
    "答：《规划》提出，到2030年，全市园区要实现以下目标：",
    "1. 全市园区规模以上工业总产值突破5,500亿元，年均增长8.7%左右；",
    "2. 园区高新技术企业超过950家，园区研发经费投入强度达到2.8%；",
    "3. 园区亩均税收达到15万元，工业用地容积率不低于1.2；",
    "4. 建成省级以上科技企业孵化器和众创空间36家，省级以上创新平台达到210个。",
    "",
    "三、问：全市园区的空间布局和各园区的主导产业如何安排？",
    "答：《规划》提出构建“一核一城多园”的园区布局。“一核”即孝感高新区，“一城”即孝感槐荫科技城，“多园”即各县（市）经济开发区。重点园区及其主导产业如下：",
    "1. 孝感高新技术产业开发区（孝南区）：光电子信息、高端装备制造；",
    "2. 孝感槐荫科技城（孝感临空经济区）：科技研发、中试熟化和科技服务；",
    "3. 汉川经济开发区（汉川市）：装备制造、食品加工；",
    "4. 应城经济开发区（应城市）：盐化工新材料；",
    "5. 云梦经济开发区（云梦县）：汽车零部件、塑料包装；",
    "6. 安陆经济开发区（安陆市）：粮食机械装备；",
    "7. 大悟经济开发区（大悟县）：绿色建材、新能源；",
    "8. 孝昌经济开发区（孝昌县）：纺织服装、智能家居。",
    "《规划》要求各园区新引进项目必须符合主导产业定位，孝感高新区要发挥“一核”引领作用，带动各县（市）园区与武汉光谷、武汉经开区开展产业配套协作。",
    "",
    "四、问：《规划》在提升园区创新能力方面有哪些举措？",
    "答：主要有四个方面：",
    "（1）实施园区关键核心技术攻关行动，每年遴选20个攻关项目，单个项目最高支持300万元；",
    "（2）推动园区规模以上工业企业研发机构全覆盖，支持龙头企业牵引组建创新联合体；",
    "（3）建设孝感槐荫科技城中试基地，为园区中小企业提供中试熟化和检验检测服务；",
    "（4）实施“孝商回归”和“楚才回孝”计划，每年为园区引进博士及高级职称人才100名。",
    "",
    "五、问：《规划》有哪些支持政策？",
    "答：《规划》明确了三方面支持政策：",
    "1. 资金支持。市级财政每年安排园区发展引导资金2亿元，重点支持园区基础设施、标准厂房和公共服务平台建设。",
    "2. 用地支持。每年新增建设用地指标优先保障园区重大产业项目，推行工业用地“标准地”出让，新增工业用地“标准地”出让比例达到90%以上。",
    "3. 奖励激励。对新晋升为国家级开发区的园区，市政府一次性奖励1,000万元；对新认定的国家级科技企业孵化器，一次性奖励80万元。",
    "",
    "六、问：《规划》由哪个部门牵头组织实施？",
    "答：《规划》由孝感市发展和改革委员会牵头组织实施，市科技局、市经济和信息化局、市商务局、市自然资源和规划局等部门按照职责分工抓好落实。各县（市、区）人民政府是本地区园区发展的责任主体。",
    "",
    "七、问：如何确保《规划》落到实处？",
    "答：《规划》建立“年度监测、中期评估、总结考核”的推进机制：每年对园区主要指标进行监测通报；2028年开展中期评估，根据评估结果对目标任务进行动态调整；2030年开展总结考核，考核结果纳入县（市、区）高质量发展综合绩效考评。",
    "",
    "八、问：孝感槐荫科技城将如何建设？",
    "答：孝感槐荫科技城是《规划》新布局的创新平台，按照“一城多点、研产一体”的思路建设，重点推进三项工作：",
    "1. 引进高校院所在科技城设立研究院或技术转移中心，到2030年累计引进新型研发机构12家；",
    "2. 建设中试基地、检验检测中心和概念验证中心等公共技术服务平台，向全市园区企业开放共享；",
    "3. 建设科技企业加速器和人才公寓，为从孵化器毕业的企业提供产业化空间。",
    "",
    "解读机关：孝感市发展和改革委员会　　解读人：周敏　　联系电话：0712-2853196",
]


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: substring picking exactly one plain line (the evidence). traditional: written in TRADITIONAL Chinese
# (about a Simplified document). Unanswerable: keys (regex, absent from the doc), gkeys (absent from all docs, named in
# the question), near (present in the doc). table: col = answer's column. who_leads: verb / qverb. typo: wrong / right.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 郴州 park plan (docx; 19)
    dict(id="u52-A01", doc="A", kind="table", q="郴州园区规划表1里，永兴经开区主攻什么产业方向？", a="稀贵金属再生利用", hint="5 | 永兴经济开发区 | ", col=3),
    dict(id="u52-A02", doc="A", kind="table", q="郴州市“十五五”园区规划中，资兴经开区到2030年技工贸总收入要达到多少？", a="780亿元", hint="4 | 资兴经济开发区 | ", col=4),
    dict(id="u52-A03", doc="A", kind="table", q="郴州的重点园区里，以氟化工新材料为主业的是哪个园区？", a="宜章经济开发区", hint="7 | 宜章经济开发区 | ", col=1),
    dict(id="u52-A04", doc="A", kind="table", q="郴州规划的重点园区中，主攻铸造及机械零部件的那个园区位于哪个县？", a="嘉禾县", hint="8 | 嘉禾经济开发区 | ", col=2),
    dict(id="u52-A05", doc="A", kind="who_leads", q="郴州市“十五五”园区高质量发展规划由哪个部门牵头实施？", a="郴州市商务局", hint="本规划实施由", verb="牵头", qverb="牵头"),
    dict(id="u52-A06", doc="A", kind="english", q="Under Chenzhou's 2026-2030 park development plan, what total technology, industry and trade revenue should the city's parks exceed by 2030?", a="7,200亿元", hint="力争园区技工贸总收入突破"),
    dict(id="u52-A07", doc="A", kind="english", q="According to Chenzhou's park development plan, how many provincial-level or higher parks did the city have at the end of 2025?", a="11个", hint="截至2025年底，全市共有省级及以上园区"),
    dict(id="u52-A08", doc="A", kind="english", q="How much special funding for high-quality park development does the Chenzhou city budget set aside each year under the plan?", a="3亿元", hint="市财政每年统筹安排"),
    dict(id="u52-A09", doc="A", kind="english_unanswerable", q="Under Chenzhou's park development plan, how much urban land use tax relief do enterprises in the parks receive?", keys=["土地使用税", "[Ll]and use tax"], near=["用地"]),
    dict(id="u52-A10", doc="A", kind="paraphrase", q="郴州打算让孵出来的公司有多大比例继续扎根在园子里？", a="70%", hint="孵化载体倍增工程"),
    dict(id="u52-A11", doc="A", kind="paraphrase", q="郴州的园区企业买来科研成果并在本地量产，市里按合同金额给多少比例的补贴？", a="10%", hint="湘南学院"),
    dict(id="u52-A12", doc="A", kind="paraphrase", q="郴州园区新上的工业项目每亩最少要砸进去多少钱？", a="300万元", hint="亩均投资强度"),
    dict(id="u52-A13", doc="A", kind="typo", q="彬州市园区规划提出，到2030年园区高新技术企业要达到多少家？", a="1,800家", hint="——创新能力", wrong="彬州", right="郴州"),
    dict(id="u52-A14", doc="A", kind="typo", q="郴州园区规划里，到2030年要新建多少平方米标准场房？", a="600万平方米", hint="——集约水平", wrong="标准场房", right="标准厂房"),
    dict(id="u52-A15", doc="A", kind="traditional", q="郴州市園區規劃提出，到2030年園區可再生能源使用比例要達到多少？", a="25%", hint="——绿色发展"),
    dict(id="u52-A16", doc="A", kind="unanswerable", q="永州市“十五五”园区规划里，零陵高新区的主导产业是什么？", gkeys=["永州", "Yongzhou"], keys=["零陵"], near=["主导产业"]),
    dict(id="u52-A17", doc="A", kind="unanswerable", q="郴州园区规划里，2025年全市园区出口创汇多少亿美元？", keys=["美元", "出口创汇"], near=["进出口总额"]),
    dict(id="u52-A18", doc="A", kind="unanswerable", q="郴州园区规划提出，到2035年园区高新技术企业要达到多少家？", keys=["2035年[^。]*高新技术企业"], near=["展望2035年"]),
    dict(id="u52-A19", doc="A", kind="unanswerable", q="郴州园区规划对新认定的国家级专精特新“小巨人”企业奖励多少钱？", keys=["小巨人"], near=["专精特新"]),
    # ---- B 吉安 list notice (GB18030 .htm; 17)
    dict(id="u52-B01", doc="B", kind="table", q="吉安市2026年新认定的省级孵化器里，永丰县那家是哪个公司在运营？", a="永丰县绿材科创服务有限公司", hint="5 | 永丰县碳酸钙", col=2),
    dict(id="u52-B02", doc="B", kind="table", q="吉安市这批省级载体里，遂川县入选的众创空间叫什么？", a="遂川县狗牯脑茶产业众创空间", hint="10 | 遂川县", col=1),
    dict(id="u52-B03", doc="B", kind="table", q="吉安公布的2026年省级名单里，庐陵文创科技企业孵化器在哪个县区？", a="吉州区", hint="3 | 庐陵文创", col=3),
    dict(id="u52-B04", doc="B", kind="table", q="吉安2026年新认定名单中，井冈山大学科技园算哪一类载体？", a="省级大学科技园", hint="15 | 井冈山大学科技园", col=4),
    dict(id="u52-B05", doc="B", kind="who_leads", q="吉安市省级创新创业载体的绩效评价由哪个部门牵头？", a="吉安市科学技术局", hint="绩效评价工作由", verb="牵头", qverb="牵头"),
    dict(id="u52-B06", doc="B", kind="english", q="How many innovation and entrepreneurship carriers in Ji'an, Jiangxi were newly recognised at provincial level in 2026?", a="15家", hint="我市共有"),
    dict(id="u52-B07", doc="B", kind="english", q="What one-off reward does Ji'an give a newly recognised provincial agricultural science and technology park?", a="100万元", hint="一次性奖励"),
    dict(id="u52-B08", doc="B", kind="english", q="By what time each year must the operators of Ji'an's newly recognised provincial carriers report the previous year's operating data?", a="每年3月底前", hint="报送上年度运行数据"),
    dict(id="u52-B09", doc="B", kind="english_unanswerable", q="What is the incubation floor area of the Taihe County electronic components incubator on Ji'an's 2026 provincial list?", keys=["面积", "平方米", "[Ff]loor area"], near=["泰和县电子元器件科技企业孵化器"]),
    dict(id="u52-B10", doc="B", kind="paraphrase", q="吉安这次新晋升为省里认定的众创空间有几个？", a="7家", hint="我市共有"),
    dict(id="u52-B11", doc="B", kind="paraphrase", q="在吉安，省级载体考核连着两回不达标会有什么后果？", a="撤销其认定资格", hint="绩效评价工作由"),
    dict(id="u52-B12", doc="B", kind="typo", q="吉按市2026年新认定的省级科技企业孵化器一共几家？", a="5家", hint="我市共有", wrong="吉按市", right="吉安市"),
    dict(id="u52-B13", doc="B", kind="typo", q="吉安市这批省级载体名单里，万安县的众创空问是哪家公司运营的？", a="万安县数创产业发展有限公司", hint="11 | 万安县", wrong="众创空问", right="众创空间"),
    dict(id="u52-B14", doc="B", kind="traditional", q="吉安市公佈的省級名單中，安福縣食品科技眾創空間由哪家單位營運？", a="安福县农创园运营管理有限公司", hint="9 | 安福县"),
    dict(id="u52-B15", doc="B", kind="unanswerable", q="新余市2026年新认定的省级众创空间有哪些？", gkeys=["新余", "新餘", "Xinyu"], near=["省级众创空间"]),
    dict(id="u52-B16", doc="B", kind="unanswerable", q="吉安市2026年有哪些载体被认定为国家级科技企业孵化器？", keys=["国家级"], near=["省级科技企业孵化器"]),
    dict(id="u52-B17", doc="B", kind="unanswerable", q="吉安市这次公布的名单里有哪些星创天地？", keys=["星创天地"], near=["众创空间"]),
    # ---- C 孝感 plan 解读 (UTF-8 txt; 14)
    dict(id="u52-C01", doc="C", kind="english", q="By 2030, what gross industrial output value of enterprises above designated size should Xiaogan's parks exceed under the park plan?", a="5,500亿元", hint="规模以上工业总产值突破"),
    dict(id="u52-C02", doc="C", kind="english", q="How much park development guidance funding does the Xiaogan city budget allocate each year under the park plan?", a="2亿元", hint="1. 资金支持"),
    dict(id="u52-C03", doc="C", kind="english", q="Which development zone in Xiaogan has salt chemical new materials as its leading industry under the park plan?", a="应城经济开发区", hint="盐化工新材料"),
    dict(id="u52-C04", doc="C", kind="english", q="What one-off reward does Xiaogan give a park newly upgraded to a national-level development zone?", a="1,000万元", hint="3. 奖励激励"),
    dict(id="u52-C05", doc="C", kind="english_unanswerable", q="How much funding does Xiaogan's park plan give for each new national key laboratory built in a park?", keys=["重点实验室", "[Kk]ey [Ll]ab"], near=["创新平台"]),
    dict(id="u52-C06", doc="C", kind="paraphrase", q="孝感的园区规划希望每亩地贡献多少税收？", a="15万元", hint="亩均税收达到"),
    dict(id="u52-C07", doc="C", kind="paraphrase", q="孝感这个五年园区规划哪一年搞中期检查？", a="2028年", hint="年度监测、中期评估"),
    dict(id="u52-C08", doc="C", kind="paraphrase", q="孝感给园区攻克卡脖子技术的课题，每个最多能拿多少钱？", a="300万元", hint="（1）"),
    dict(id="u52-C09", doc="C", kind="typo", q="孝感高薪区在规划里定位的主导产业是什么？", a="光电子信息、高端装备制造", hint="1. 孝感高新技术产业开发区", wrong="高薪区", right="高新区"),
    dict(id="u52-C10", doc="C", kind="who_leads", q="孝感市园区“十五五”规划由哪个部门牵头组织实施？", a="孝感市发展和改革委员会", hint="牵头组织实施，", verb="牵头", qverb="牵头"),
    dict(id="u52-C11", doc="C", kind="traditional", q="孝感市園區規劃提出，到2030年園區研發經費投入強度要達到多少？", a="2.8%", hint="研发经费投入强度"),
    dict(id="u52-C12", doc="C", kind="unanswerable", q="随州市“十五五”园区规划提出的2030年园区工业总产值目标是多少？", gkeys=["随州", "隨州", "Suizhou"], near=["规模以上工业总产值"]),
    dict(id="u52-C13", doc="C", kind="unanswerable", q="孝感市园区规划给大悟经济开发区定的2030年产值目标是多少？", keys=["大悟[^。\\n]*亿元"], near=["大悟经济开发区"]),
    dict(id="u52-C14", doc="C", kind="unanswerable", q="孝感市园区规划提出，到2035年园区高新技术企业要达到多少家？", keys=["2035"], near=["到2030年"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 19, "B": 17, "C": 14}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 3, 4), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (4, 4, 0), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003ffff]")
ENGLISH_PLACE = {"A": "Chenzhou", "B": "Ji'an", "C": "Xiaogan"}
PLACE = {"A": "郴州", "B": "吉安", "C": "孝感"}
PLACE_KEYS = ["永州", "Yongzhou", "新余", "新餘", "Xinyu", "随州", "隨州", "Suizhou", "衡阳", "赣州", "荆州"]  # near misses / places used elsewhere: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
TRAD_OK = set("干台准里只后面系历范制复冲汇余于着")  # characters that are also valid Traditional forms


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
    """Occurrences of s not glued to further digits (5家 does not count in 15家, 10% not in 110%, 2亿元 not in 12亿元)."""
    return len(re.findall(r"(?<![\d.,:：$-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def traditional_only(text):
    """Han characters that t2s changes (Traditional forms that are not Simplified)."""
    return {c for c in set(text) if HAN.match(c) and T2S.convert(c) != c}


def simplified_only(text):
    """Han characters unchanged by t2s but changed by s2t (Simplified-only forms), save TRAD_OK."""
    return {c for c in set(text) if HAN.match(c) and c not in TRAD_OK and T2S.convert(c) == c and S2T.convert(c) != c}


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(docx_bytes(a_docx_parts(), (2026, 3, 18, 16, 5, 0)))
    try:
        b_bytes = b_htm().encode("gb18030")
    except UnicodeEncodeError as e:
        print("B: not encodable in GB18030:", e)
        sys.exit(1)
    (CORPUS / FILE_B).write_bytes(b_bytes)
    (CORPUS / FILE_C).write_bytes(c_file_text().encode("utf-8"))

    # ---- plain texts (read back from the files)
    a_plain, a_styles, a_tables, a_boxes, a_xml = docx_read(CORPUS / FILE_A)
    b_plain, b_rows, b_text, b_root, b_charset = html_read((CORPUS / FILE_B).read_bytes())
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    a_raw = "\n".join("".join(t.text or "" for t in p_.iter(f"{{{W_NS}}}t")) for p_ in a_xml.iter(f"{{{W_NS}}}p"))
    raw = {"A": a_raw, "B": b_text, "C": c_raw}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(S2T.convert(ptext[d]) != ptext[d] and len(HAN.findall(ptext[d])) > 900, f"{d}: a Simplified Chinese text")
        to = traditional_only(ptext[d])
        check(not to, f"{d}: Traditional-only characters {sorted(to)}")
        check(PLACE[d] in ptext[d] and not any(PLACE[x] in ptext[d] for x in "ABC" if x != d), f"{d}: names its own city only")
    sizes = {"A": (5500, 12000), "B": (1200, 3000), "C": (1800, 4500)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: docx with heading styles, a park table and a one-cell 专栏 box
    check(zipfile.is_zipfile(CORPUS / FILE_A), "A: a zip package")
    check(a_plain == a_expected_lines(), "A: the lines read back equal the design")
    check(a_tables == [A_TABLE] and a_boxes == [A_BOX], "A: one park table and one 专栏 box read back")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_A))
    body_p = [(p.style.name, p.text) for p in dx.paragraphs if p.text]
    check([t for _, t in body_p] == [v for s, v in A_BODY if s not in ("table", "box")], "A: python-docx reads the paragraphs")
    check(len(dx.tables) == 2 and [[c.text for c in r.cells] for r in dx.tables[0].rows] == A_TABLE
          and len(dx.tables[1].rows) == 1 and len(dx.tables[1].columns) == 1
          and [p.text for p in dx.tables[1].cell(0, 0).paragraphs] == A_BOX, "A: python-docx reads the table and the box")
    pat = {"Heading 1": r"[一二三四五六七八九十]+、\S", "Heading 2": r"（[一二三四五六七八九十]+）\S", "Heading 3": r"\d+\.\S"}
    for name, rx in pat.items():
        got = [t for s, t in body_p if s == name]
        check(len(got) >= 5 and all(re.fullmatch(rx + r".*", t) for t in got), f"A: {name} paragraphs numbered {rx} ({len(got)})")
    for s, t in body_p:
        if s not in pat:
            check(not any(re.match(rx, t) for rx in pat.values()), f"A: heading-like text in style {s}: {t[:20]}")
    check([t for s, t in body_p if s == "Heading 1"] == ["一、发展基础和面临形势", "二、总体要求", "三、空间布局", "四、重点任务", "五、保障措施"],
          "A: the five Heading 1 parts in order")
    check(A_BOX[0].startswith("专栏1") and all(re.match(r"\d\. ", x) for x in A_BOX[1:]), "A: box title and numbered items")
    check(any("专栏1" in ln for ln, s in zip(a_plain, a_styles) if s == "Normal"), "A: the prose points to 专栏1")
    pages = a_page_estimate()
    check(pages >= 12, f"A: {pages:.1f} estimated pages, want 12+")
    a_xml_s = zipfile.ZipFile(CORPUS / FILE_A).read("word/document.xml").decode("utf-8")
    check(a_xml_s.count("<w:r>") > 2 * len(a_plain), "A: runs split at script changes")
    check(len([ln for ln in a_plain if "牵头" in ln]) == 1, "A: one 牵头 line")
    parks = [r[1] for r in A_TABLE[1:]]
    check(len(parks) == 12 and sum("科技城" in x for x in parks) == 1 and "12个重点园区" in ptext["A"], "A: 12 key parks incl. one 科技城")

    # ---- B: GB18030 .htm
    check(FILE_B.endswith(".htm") and b_charset == "gb18030", "B: .htm declaring charset gb18030")
    try:
        b_bytes.decode("utf-8")
        check(False, "B: the file also decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        b_bytes.decode("gbk")
        check(False, "B: the file decodes as GBK (want a character only GB18030 has)")
    except UnicodeDecodeError:
        pass
    check(re.search(rb"[\x81-\xfe][\x30-\x39][\x81-\xfe][\x30-\x39]", b_bytes) is not None, "B: a four-byte GB18030 sequence")
    check(b_plain == b_expected_lines() and b_rows == B_TABLE, "B: the lines read back equal the design")
    check([r[0] for r in B_TABLE[1:]] == [str(i) for i in range(1, len(B_TABLE))], "B: 序号 1..n")
    cats = [r[4] for r in B_TABLE[1:]]
    m = re.search(r"共有(\d+)家.*?科技企业孵化器(\d+)家、众创空间(\d+)家、农业科技园区(\d+)家、大学科技园(\d+)家", ptext["B"])
    check(m and int(m.group(1)) == len(cats) and [int(m.group(i)) for i in range(2, 6)] ==
          [cats.count("省级" + c) for c in ("科技企业孵化器", "众创空间", "农业科技园区", "大学科技园")], "B: the counts in the prose match the table")
    check(b_text.count("<P") > b_text.count("<TR") and "<TH" not in b_text, "B: cells wrap text in <P>, no <TH>")
    check(len([ln for ln in b_plain if "牵头" in ln]) == 1, "B: one 牵头 line")

    # ---- C: UTF-8 txt, Q&A
    c_bytes = (CORPUS / FILE_C).read_bytes()
    check(b"\r" not in c_bytes and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: UTF-8, LF, no BOM")
    qs = re.findall(r"^([一二三四五六七八九十]+)、问：", c_raw, re.M)
    check(qs == list("一二三四五六七八"), f"C: questions 一 … 八 in order ({qs})")
    lines_c = c_raw.split("\n")
    check(all(lines_c[i + 1].startswith("答：") for i, ln in enumerate(lines_c) if re.match(r"^[一二三四五六七八]、问：", ln)), "C: each 问 followed by 答")
    check(len(re.findall(r"^\d\. ", c_raw, re.M)) >= 12 and len(re.findall(r"^（\d）", c_raw, re.M)) == 4, "C: numbered lists 1. and （1）")
    check(len([ln for ln in c_plain if "牵头" in ln and "答：" in ln]) == 1, "C: one 牵头 answer line")

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
            for key in q.get("keys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("gkeys", []):
                for f in {key, S2TW.convert(key), S2TWP.convert(key), S2HK.convert(key), T2S.convert(key)}:
                    check(not occurs(f, "ABC"), f"{q['id']}: key {f} occurs in some doc")
            if q.get("gkeys"):
                check(any(g in question or T2S.convert(g) in T2S.convert(question) for g in q["gkeys"]),
                      f"{q['id']}: the other place is named in the question")
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
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans == hit[0][ci], f"{q['id']}: answer must be the {table[0][ci]} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(T2S.convert(table[0][ci]) not in T2S.convert(question), f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            if k not in UNANSWERABLE and k != "typo":
                check(PLACE[d] in question, f"{q['id']}: names {PLACE[d]}")
        if k == "traditional":
            to = traditional_only(question)
            check(not simplified_only(question) and len(to) >= 3, f"{q['id']}: must be written in Traditional ({sorted(to)})")
            check(not any(ch in ptext[d] for ch in to), f"{q['id']}: a Traditional-only character occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            check(not traditional_only(question), f"{q['id']}: Simplified question holds Traditional forms")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            text = question.replace(q["wrong"], q["right"]) if k == "typo" else question
            runs[q["id"]] = lcs_run(T2S.convert(text), T2S.convert(ev))
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
    check(all(re.fullmatch(r"u52-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")

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
    print(f"A: about {pages:.1f} pages in GB/T 9704 layout; B: {len(b_bytes)} GB18030 bytes")
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
