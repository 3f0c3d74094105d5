"""Doc A: 沈阳市科技企业孵化器绩效评价管理办法 (.docx).

Chapter (第X章), article (第X条) and item (（X）) numbers come from Word automatic
numbering (numbering.xml + numPr); they are NOT typed in the paragraph text.
The plain text renders them as Word would show them.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import A_FILE, A_PLAIN, chinese_counting, write_plain  # noqa: E402

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

NUM_ID = 90
ABSTRACT_ID = 90
LEVELS = {  # ilvl: (lvlText, suffix as rendered)
    0: ("第%1章", " "),
    1: ("第%2条", " "),
    2: ("（%3）", ""),
}

TITLE = "沈阳市科技企业孵化器绩效评价管理办法"
DOCNO = "沈科发〔2026〕5号"

TABLE_CAPTION = "表 沈阳市科技企业孵化器绩效评价指标及分值"
TABLE = [
    ["一级指标", "二级指标", "分值", "评价要点"],
    ["基础条件", "孵化场地与设施", "10", "可自主支配的孵化场地面积及公共服务设施使用情况"],
    ["基础条件", "运营团队", "8", "专职孵化服务人员数量及其专业背景"],
    ["孵化服务能力", "创业导师", "10", "签约创业导师人数及开展对接辅导的次数"],
    ["孵化服务能力", "投融资服务", "12", "在孵企业获得投融资金额及孵化器自有种子资金规模"],
    ["孵化服务能力", "公共技术服务", "8", "检验检测、研发设计等公共技术平台的服务次数"],
    ["孵化成效", "在孵企业成长", "15", "在孵企业研发投入强度及营业收入增长情况"],
    ["孵化成效", "毕业企业", "12", "当年毕业企业数量及毕业后三年存续情况"],
    ["孵化成效", "知识产权", "10", "在孵企业新增发明专利、软件著作权等有效知识产权数量"],
    ["示范带动", "特色产业集聚", "8", "在孵企业属于全市主导产业和新兴产业的比例"],
    ["示范带动", "社会责任", "7", "举办公益性创业活动及服务区域创新创业的情况"],
]

# (kind, text). kind: title / center / chapter / article / item / caption / table
BODY = [
    ("title", TITLE),
    ("center", DOCNO),
    ("chapter", "总则"),
    ("article", "为进一步提升我市科技企业孵化器建设运营水平，推动孵化器由规模扩张向质量效益转变，根据科技部《科技企业孵化器管理办法》和《辽宁省科技企业孵化载体管理办法》等有关规定，结合我市实际，制定本办法。"),
    ("article", "本办法所称科技企业孵化器（以下简称孵化器），是指以促进科技成果转化、培育科技型企业和企业家精神为宗旨，为在孵企业提供物理空间、共享设施和专业化服务的科技创业服务机构。"),
    ("article", "本办法适用于经认定的国家级、省级和市级孵化器。认定时间满一个完整自然年度的孵化器，应当参加年度绩效评价。"),
    ("article", "沈阳市科学技术局（以下简称市科技局）负责绩效评价工作的统筹组织、结果审定和奖励兑现；各区、县（市）科技主管部门负责本辖区孵化器的材料初审、日常监测和服务指导。市科技局可以委托专业服务机构承担具体评价工作。"),
    ("chapter", "评价内容和指标"),
    ("article", "绩效评价坚持客观公正、分类评价、注重实效的原则，重点考察孵化器的基础条件、孵化服务能力、孵化成效和示范带动作用。"),
    ("article", "绩效评价实行百分制，由一级指标和二级指标构成，具体指标及分值见下表。"),
    ("caption", TABLE_CAPTION),
    ("table", TABLE),
    ("article", "参加绩效评价的孵化器应当同时满足以下条件："),
    ("item", "孵化场地面积不低于3000平方米，其中在孵企业使用面积占比不低于75%；"),
    ("item", "在孵企业不少于30家，其中评价年度内新增在孵企业不少于8家；"),
    ("item", "配备专职孵化服务人员不少于5人，且具有创业辅导、投融资、技术转移等专业背景的人员占比不低于60%；"),
    ("item", "评价年度内未发生重大安全、环保事故和严重失信行为。"),
    ("article", "有下列情形之一的，实行一票否决，评价结果直接确定为不合格："),
    ("item", "提供虚假材料或者数据的；"),
    ("item", "擅自改变孵化场地用途，将孵化用房用于住宅或者商业经营的；"),
    ("item", "在孵企业连续两年少于15家的。"),
    ("chapter", "评价程序"),
    ("article", "绩效评价每年开展一次，评价期为上一自然年度。市科技局一般于每年3月发布评价工作通知。"),
    ("article", "孵化器应当在通知规定的时限内，通过沈阳市科技管理信息系统填报评价数据，并提交以下材料："),
    ("item", "孵化器年度工作总结；"),
    ("item", "在孵企业和毕业企业名单；"),
    ("item", "经会计师事务所审计的上年度财务报表；"),
    ("item", "孵化场地产权证明或者租赁合同。"),
    ("article", "各区、县（市）科技主管部门应当在收到材料后10个工作日内完成初审，重点核查数据真实性和场地使用情况，并将初审意见报送市科技局。"),
    ("article", "市科技局组织专家采取材料评审与现场核查相结合的方式开展评价。现场核查比例不低于参评孵化器总数的30%，对首次参评和上年度评价结果为不合格的孵化器实行全覆盖核查。"),
    ("article", "市科技局建立孵化器运行动态监测制度，每季度采集在孵企业数量、营业收入、研发投入和吸纳就业等运行数据，监测数据作为年度评价的参考依据。孵化器应当指定专人负责数据报送工作，确保数据及时、准确、完整。"),
    ("article", "评价结果经市科技局局务会议审定后，在市科技局门户网站公示，公示期为7个工作日。公示无异议的，正式发布评价结果。"),
    ("chapter", "结果运用"),
    ("article", "评价结果按照得分分为四个等次：90分及以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。"),
    ("article", "对评价结果为优秀的孵化器给予运营奖励，其中国家级孵化器奖励50万元，省级孵化器奖励30万元，市级孵化器奖励20万元；评价结果为良好的，按照上述标准的50%给予奖励。"),
    ("article", "孵化器在评价年度内培育的毕业企业被认定为高新技术企业的，每认定1家另行给予孵化器5万元奖励，每家孵化器每年最高不超过40万元。"),
    ("article", "评价结果为不合格的，由市科技局约谈孵化器运营主体负责人，限期6个月整改；连续两年评价结果为不合格的，撤销其市级孵化器资格，三年内不得重新申请认定。"),
    ("article", "评价结果作为推荐申报省级、国家级孵化器以及安排市级科技专项资金的重要依据。对评价结果为优秀的孵化器，在市级科技计划项目立项、科技金融服务和创新创业活动承办等方面予以优先支持。"),
    ("chapter", "监督管理"),
    ("article", "孵化器对所报材料和数据的真实性负责。对弄虚作假骗取奖励资金的，由市科技局追回资金，纳入科研诚信严重失信行为记录，并依法依规追究相关责任。"),
    ("article", "受委托的专业服务机构应当建立健全内部质量控制制度，按照规定的程序和标准开展评价，对评价报告的客观性和公正性负责，不得向孵化器收取任何费用。"),
    ("article", "参与评价工作的专家和工作人员应当遵守回避和保密规定，不得利用评价工作谋取不正当利益。"),
    ("article", "奖励资金由孵化器统筹用于改善孵化条件、开展创业辅导和投融资服务等，不得用于发放人员绩效或者偿还债务。"),
    ("chapter", "附则"),
    ("article", "各区、县（市）可以结合本地实际，参照本办法制定本辖区孵化器绩效评价实施细则。"),
    ("article", "本办法由沈阳市科学技术局负责解释。"),
    ("article", "本办法自2026年3月1日起施行，有效期至2031年2月28日。2021年印发的《沈阳市科技企业孵化器考核管理暂行办法》同时废止。"),
]

KIND_LEVEL = {"chapter": 0, "article": 1, "item": 2}


def numbering_xml():
    lvls = []
    for ilvl, (text, suff) in LEVELS.items():
        restart = '<w:lvlRestart w:val="0"/>' if ilvl == 1 else ""  # articles run on across chapters
        jc = "center" if ilvl == 0 else "left"
        ind = '<w:ind w:left="0" w:firstLine="0"/>' if ilvl == 0 else '<w:ind w:left="0" w:firstLine="640"/>'
        rpr = '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr>' if ilvl < 2 else ""
        lvls.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>{restart}'
            f'<w:suff w:val="{"space" if suff else "nothing"}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="{jc}"/><w:pPr>{ind}</w:pPr>{rpr}</w:lvl>'
        )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{"".join(lvls)}</w:abstractNum>'
    )
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_ID}"/></w:num>')
    return abstract, num


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract, num = numbering_xml()
    existing_nums = numbering.findall(qn("w:num"))
    if existing_nums:
        existing_nums[0].addprevious(abstract)  # all abstractNum must precede num
    else:
        numbering.append(abstract)
    numbering.append(num)


def set_numpr(paragraph, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))


def set_font(run, east="仿宋", size=16, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east)


def build():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    add_numbering(doc)

    counters = {0: 0, 1: 0, 2: 0}
    plain = []
    for kind, payload in BODY:
        if kind == "table":
            rows = payload
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(value)
                    set_font(run, east="黑体" if r == 0 else "仿宋", size=12, bold=(r == 0))
                plain.append(" | ".join(row))
            continue
        p = doc.add_paragraph()
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(payload), east="方正小标宋简体", size=22, bold=True)
            plain.append(payload)
        elif kind in ("center", "caption"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(payload), east="楷体" if kind == "center" else "黑体", size=14 if kind == "caption" else 16)
            plain.append(payload)
        else:
            ilvl = KIND_LEVEL[kind]
            set_numpr(p, ilvl)
            if ilvl == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(p.add_run(payload), east="黑体" if ilvl == 0 else "仿宋", bold=(ilvl == 0))
            counters[ilvl] += 1
            if ilvl == 1:
                counters[2] = 0
            text, suff = LEVELS[ilvl]
            label = text.replace(f"%{ilvl + 1}", chinese_counting(counters[ilvl]))
            plain.append(label + suff + payload)
    A_FILE.parent.mkdir(parents=True, exist_ok=True)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "沈阳市科学技术局"
    doc.save(A_FILE)
    write_plain(A_PLAIN, plain)
    print(f"wrote {A_FILE.name} ({counters[1]} articles) and {A_PLAIN.name}")


if __name__ == "__main__":
    build()
