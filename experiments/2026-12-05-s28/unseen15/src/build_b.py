"""Doc B: 宜昌市科学技术局2026年部门预算说明 (DOCX, python-docx).

Holds one Word table with a TWO-LEVEL header made of merged cells:
    项目类别 (merged down) | 2025年 (merged across: 预算数 | 执行数) | 2026年 (merged across: 预算数 | 增减%)
plus a 合计 row; the prose summarises the table.  A page header is furniture."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPUS, B_NAME, write_plain, row_line  # noqa: E402

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

PAGE_HEADER = "宜昌市科学技术局部门预算公开材料"
TITLE = "宜昌市科学技术局2026年部门预算说明"
TABLE_CAPTION = "表1　宜昌市科技专项资金分类别安排情况表（单位：万元）"
HEAD1 = ["项目类别", "2025年", "2026年"]
HEAD2 = ["预算数", "执行数", "预算数", "增减%"]

# 项目类别, 2025预算数, 2025执行数, 2026预算数   (万元)
CATS = [
    ("基础研究与自然科学基金", 1200, 1186, 1350),
    ("重点研发计划", 3800, 3725, 4180),
    ("科技成果转化与技术转移", 1500, 1462, 1860),
    ("高新技术企业培育奖补", 2600, 2580, 2420),
    ("科技创新平台建设", 2000, 1948, 2300),
    ("科技人才与创新团队", 1100, 1078, 1320),
    ("科技特派员与乡村振兴", 500, 496, 560),
    ("科普与创新环境建设", 300, 291, 270),
]


def pct(new, old):
    return f"{(new - old) / old * 100:.1f}"


def table_rows():
    """Data rows (incl. 合计) as lists of strings, in column order
    项目类别 | 2025预算数 | 2025执行数 | 2026预算数 | 2026增减%."""
    rows = [[n, str(b25), str(e25), str(b26), pct(b26, b25)] for n, b25, e25, b26 in CATS]
    tb25 = sum(c[1] for c in CATS)
    te25 = sum(c[2] for c in CATS)
    tb26 = sum(c[3] for c in CATS)
    rows.append(["合计", str(tb25), str(te25), str(tb26), pct(tb26, tb25)])
    return rows


COL = {("2025年", "预算数"): 1, ("2025年", "执行数"): 2, ("2026年", "预算数"): 3, ("2026年", "增减%"): 4}


def cell(cat, year, sub):
    for r in table_rows():
        if r[0] == cat:
            return r[COL[(year, sub)]]
    raise KeyError(cat)


def row_of(cat):
    for r in table_rows():
        if r[0] == cat:
            return row_line(r)
    raise KeyError(cat)


def paragraphs_before():
    rows = table_rows()
    tot = rows[-1]
    tb25, te25, tb26 = int(tot[1]), int(tot[2]), int(tot[3])
    exec_rate = f"{te25 / tb25 * 100:.1f}%"
    growth = sorted(rows[:-1], key=lambda r: float(r[4]), reverse=True)
    top, second = growth[0], growth[1]
    cuts = [r[0] for r in rows[:-1] if float(r[4]) < 0]
    return [
        ("title", TITLE),
        ("h", "一、部门基本情况"),
        ("p", "根据机构改革方案，宜昌市科学技术局同时承担市外国专家局的相关职责，负责外国人来华工作许可受理审批、"
              "引进国外智力项目管理等工作，并归口管理市科学技术协会以外的市级科技类社会组织业务指导。"),
        ("p", "宜昌市科学技术局是市政府工作部门，主要负责拟订全市科技创新规划和政策、统筹推进区域创新体系建设、"
              "组织实施市级科技计划项目、管理市级科技专项资金等工作。"),
        ("p", "局机关内设办公室、政策法规科、资源配置与管理科、高新技术科、农村科技科、成果转化与区域创新科、"
              "外国专家服务科、机关党委等8个科室，下属宜昌市科技情报研究所和宜昌市生产力促进中心2个事业单位。"
              "2026年末预算编制人数69人，其中行政编制41人、事业编制28人。"),
        ("p", "2026年部门预算编制坚持量入为出、统筹兼顾、突出重点的原则，优先保障重大科技创新任务和科技惠企政策兑现，"
              "从严控制一般性支出，进一步优化科技专项资金结构，提高财政资金使用效益。"),
        ("h", "二、收支预算总体情况"),
        ("p", "2026年部门收入预算总计18650万元，其中一般公共预算拨款收入17980万元，上年结转资金670万元。"),
        ("p", f"支出预算总计18650万元，其中基本支出2210万元，主要用于在职人员工资福利和机关日常运转；"
              f"项目支出16440万元，包括市级科技专项资金{tb26}万元和其他项目支出{16440 - tb26}万元。"),
        ("p", "按支出功能分类，科学技术支出17860万元，占支出预算总额的95.8%；社会保障和就业支出420万元；"
              "卫生健康支出160万元；住房保障支出210万元。"),
        ("p", "本部门2026年没有政府性基金预算收支，也没有国有资本经营预算收支，相关公开表格以空表列示。"),
        ("p", "2026年机关运行经费预算186.5万元，比2025年减少6.3万元，主要是进一步压减会议费、培训费和差旅费等一般性支出。"),
        ("h", "三、科技专项资金安排情况"),
        ("p", f"2025年，市级科技专项资金年初预算{tb25}万元，全年实际执行{te25}万元，预算执行率{exec_rate}。"
              f"2026年科技专项资金安排{tb26}万元，比2025年预算数增加{tb26 - tb25}万元，增长{tot[4]}%。"),
        ("p", f"分类别看，{top[0]}类增幅最大，比上年增长{top[4]}%；{second[0]}类增长{second[4]}%；"
              f"{cuts[0]}类和{cuts[1]}类因部分政策到期有所压减。具体安排见表1。"),
        ("p", "从执行情况看，2025年各类别专项资金执行率均在95%以上，未执行部分主要为少数项目因验收延期未能按期拨付的尾款，"
              "已按规定收回统筹使用。"),
        ("caption", TABLE_CAPTION),
    ]


def paragraphs_after():
    return [
        ("p", "注：增减%为2026年预算数比2025年预算数的增减幅度，负数表示压减。"),
        ("p", "与2025年相比，2026年科技专项资金结构进一步向研发攻关和成果转化倾斜，重点研发计划、科技成果转化与技术转移"
              "两类合计占专项资金总额的42.4%，比上年提高1.6个百分点。"),
        ("h", "四、专项资金分类说明"),
        ("p", "（一）基础研究与自然科学基金。主要用于支持宜昌市自然科学基金项目以及与驻宜高校院所设立的联合基金项目，"
              "2026年拟资助项目不少于120项，其中青年科学基金项目占比不低于40%。"),
        ("p", "（二）重点研发计划。重点支持磷化工、生物医药、新能源与新型储能、智能装备等产业关键核心技术攻关，"
              "2026年拟立项约45项，单个项目资助一般不超过150万元，实行分阶段拨付和里程碑考核。"),
        ("p", "（三）科技成果转化与技术转移。主要用于技术交易奖补、中试基地建设和技术经理人培训，"
              "对企业吸纳技术成果按技术交易额的3%给予奖补，单个企业年度奖补不超过100万元。"),
        ("p", "（四）高新技术企业培育奖补。对首次认定的高新技术企业给予一次性奖励20万元，对重新认定的给予奖励10万元；"
              "因部分县市区承担配套奖励，市级预算相应调减。"),
        ("p", "（五）科技创新平台建设。支持新建省级及以上重点实验室、技术创新中心和新型研发机构，"
              "按建设投入给予最高500万元资助，对已建平台实行年度绩效考核和动态调整。"),
        ("p", "（六）科技人才与创新团队。支持引进培育高层次科技创新团队，每个团队资助最高200万元，分三年拨付，"
              "同时安排青年科技人才专项，支持四十周岁以下青年人才开展自主选题研究。"),
        ("p", "（七）科技特派员与乡村振兴。2026年计划选派科技特派员300名，重点服务柑橘、茶叶、生态养殖等特色产业，"
              "对考核优秀的科技特派员给予工作经费补助。"),
        ("p", "（八）科普与创新环境建设。主要用于全国科技活动周、科普示范基地建设及创新创业大赛组织等工作，"
              "2026年起部分活动改由社会力量承办，市级预算相应压减。"),
        ("p", "科技专项资金实行项目库管理，未纳入项目库的项目原则上不得安排预算；资金拨付严格按照国库集中支付有关规定执行；"
              "对绩效评价结果为差的类别，相应扣减下一年度预算安排。"),
        ("h", "五、“三公”经费预算情况"),
        ("p", "2026年“三公”经费预算38.6万元，比2025年减少2.4万元。其中，因公出国（境）费0万元；"
              "公务用车购置及运行维护费24.0万元，全部为公务用车运行维护费；公务接待费14.6万元。"),
        ("h", "六、绩效目标情况"),
        ("p", "2026年科技专项资金全部纳入绩效目标管理。主要绩效目标为：全市技术合同成交额达到260亿元，"
              "高新技术企业总数突破1100家，新增省级及以上科技创新平台15个，科技专项资金预算执行率不低于95%。"),
        ("p", "项目支出绩效目标覆盖率达到100%，重点项目绩效自评结果随决算一并向社会公开，接受人大和社会监督。"),
        ("h", "七、国有资产占有使用情况"),
        ("p", "截至2025年12月31日，本部门共有车辆3辆，均为一般公务用车；单位价值50万元以上的通用设备2台（套），"
              "主要为科技情报数据存储服务器。2026年部门预算未安排车辆购置经费。"),
        ("h", "八、名词解释"),
        ("p", "（一）基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
        ("p", "（二）项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
        ("p", "（三）上年结转资金：指以前年度预算已安排、尚未执行完毕、按有关规定结转到本年度继续使用的资金。"),
        ("p", "（四）“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
        ("p", "（五）机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金，包括办公费、水电费、差旅费等。"),
        ("sign", "宜昌市科学技术局"),
        ("sign", "2026年1月20日"),
    ]


def _font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")


def _add_para(doc, kind, text):
    p = doc.add_paragraph()
    if kind == "title":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), 16, True)
    elif kind == "h":
        _font(p.add_run(text), 12, True)
    elif kind == "caption":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), 10.5, True)
    elif kind == "sign":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _font(p.add_run(text), 12)
    else:
        p.paragraph_format.first_line_indent = Pt(24)
        _font(p.add_run(text), 12)


def _set(cell_, text, bold=False):
    cell_.text = ""
    par = cell_.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(par.add_run(text), 10.5, bold)


def build():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = PAGE_HEADER
    before, after = paragraphs_before(), paragraphs_after()
    for kind, text in before:
        _add_para(doc, kind, text)
    rows = table_rows()
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    # two-level header: merge first, then write the text
    a = t.cell(0, 0).merge(t.cell(1, 0))
    y25 = t.cell(0, 1).merge(t.cell(0, 2))
    y26 = t.cell(0, 3).merge(t.cell(0, 4))
    _set(a, HEAD1[0], True)
    _set(y25, HEAD1[1], True)
    _set(y26, HEAD1[2], True)
    for j, h in enumerate(HEAD2):
        _set(t.cell(1, j + 1), h, True)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            _set(t.cell(2 + i, j), v, r[0] == "合计")
    for kind, text in after:
        _add_para(doc, kind, text)
    CORPUS.mkdir(parents=True, exist_ok=True)
    out = CORPUS / B_NAME
    doc.save(str(out))
    lines = [x for _, x in before] + [row_line(HEAD1), row_line(HEAD2)] + [row_line(r) for r in rows] \
        + [x for _, x in after]
    write_plain(B_NAME, lines)
    return out


if __name__ == "__main__":
    print(build())
