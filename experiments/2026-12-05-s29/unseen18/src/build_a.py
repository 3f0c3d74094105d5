"""Document A: 岳阳市科技企业孵化器和众创空间认定与绩效评价管理办法 (.docx)."""
import datetime
import os

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from common import CORPUS, DOC_A, cn_num, corpus_path, row_line, write_plain

TITLE = "岳阳市科技企业孵化器和众创空间认定与绩效评价管理办法"
ISSUE_LINE = "（2026年1月20日岳阳市科学技术局、岳阳市财政局印发　岳科规〔2026〕2号）"

TABLE_CAPTION = "表1　孵化载体支持标准"
TABLE = [
    ["支持事项", "支持对象", "支持方式", "单项支持上限"],
    ["新认定为市级孵化载体", "孵化器", "一次性奖补", "30万元"],
    ["新认定为市级孵化载体", "众创空间", "一次性奖补", "10万元"],
    ["新获批国家级孵化器", "孵化器", "一次性奖补", "120万元"],
    ["新获批国家备案众创空间", "众创空间", "一次性奖补", "50万元"],
    ["年度绩效评价优秀", "孵化器", "运营补助", "40万元"],
    ["年度绩效评价优秀", "众创空间", "运营补助", "15万元"],
    ["年度绩效评价良好", "孵化器", "运营补助", "20万元"],
]
CAP_COL = 3

# Each chapter: (heading, [article, ...]); an article is a string or a list
# (first element the article sentence, the rest its items, one paragraph each).
# The marker "<TABLE>" after an article places the table there.
CHAPTERS = [
    ("总则", [
        "为深入实施创新驱动发展战略，加快构建“众创空间—孵化器”全链条孵化服务体系，提升孵化载体专业化服务能力，"
        "促进科技型中小企业成长壮大，根据国家和省有关规定，结合本市实际，制定本办法。",
        "本办法所称科技企业孵化器（以下简称孵化器），是指以促进科技成果转化、培育科技型中小企业和企业家精神为宗旨，"
        "提供物理空间、共享设施和专业化服务的科技创业服务机构。本办法所称众创空间，是指为创业团队和初创企业提供"
        "低成本、便利化、全要素、开放式综合服务的新型创业服务平台。",
        "本办法适用于在岳阳市行政区域内注册、具有独立法人资格的孵化器和众创空间（以下统称孵化载体）的市级认定、"
        "绩效评价和支持管理。",
        "孵化载体认定与绩效评价坚持公开公正、分类指导、动态管理、以评促建的原则。",
    ]),
    ("职责分工", [
        "市科学技术局是孵化载体的业务主管部门，负责制定认定标准和绩效评价指标体系，组织开展市级认定、年度绩效评价"
        "和动态管理，并会同市财政局提出支持资金安排建议。",
        "市财政局负责支持资金的预算安排和拨付，会同市科学技术局对资金使用情况开展监督检查。",
        "市人力资源和社会保障局负责落实创业孵化相关的就业创业扶持政策；市市场监督管理局负责为在孵企业提供登记注册"
        "便利服务。",
        "各县市区科技主管部门和岳阳经济技术开发区管委会负责本辖区孵化载体的培育、申报推荐和初审，并对申报材料的"
        "真实性进行审核。",
    ]),
    ("认定条件", [
        ["申请认定市级孵化器，应当具备下列条件：",
         "（一）在本市注册并实际运营满1年，具有独立法人资格，发展方向明确；",
         "（二）孵化场地面积不低于3000平方米，其中在孵企业使用的场地面积占比不低于70%；",
         "（三）在孵企业不少于25家，且每千平方米平均在孵企业不少于4家；",
         "（四）拥有专职孵化服务人员不少于4人，其中具有创业辅导、投融资、技术转移等专业服务能力的人员占比不低于80%；",
         "（五）签约创业导师不少于6名，并建立导师服务工作记录；",
         "（六）设立不低于100万元的种子资金，或者与金融机构建立稳定的投融资合作关系。"],
        ["申请认定市级众创空间，应当具备下列条件：",
         "（一）在本市注册并实际运营满6个月，具有独立法人资格；",
         "（二）服务场地面积不低于500平方米，向创业者提供的工位不少于30个；",
         "（三）入驻创业团队和初创企业不少于15个，且每年新增入驻不少于8个；",
         "（四）专职服务人员不少于3人，签约创业导师不少于4名；",
         "（五）每年举办创新创业活动不少于10场。"],
        ["有下列情形之一的，不予认定：",
         "（一）申请前3年内发生重大安全、环保事故或者存在严重失信行为的；",
         "（二）提供虚假申报材料的；",
         "（三）场地主要用于房地产开发或者一般性商务办公的。"],
    ]),
    ("认定程序", [
        "市级认定每年集中组织一次，原则上于每年4月发布申报通知。",
        ["认定按照下列程序进行：",
         "（一）申报单位通过岳阳市科技管理信息系统提交申请；",
         "（二）县市区科技主管部门初审并择优推荐；",
         "（三）市科学技术局组织专家评审和实地核查；",
         "（四）市科学技术局局务会议研究提出拟认定名单；",
         "（五）拟认定名单在市科学技术局门户网站公示5个工作日；",
         "（六）公示无异议的，由市科学技术局发文认定并授牌。"],
        "经认定的市级孵化载体，其名称、场地、运营主体等发生重大变化的，应当在变化发生后30日内向市科学技术局报告。",
    ]),
    ("绩效评价", [
        "市科学技术局每年组织对已认定满1年的市级孵化载体开展绩效评价，评价期为上一自然年度。",
        "绩效评价实行百分制，重点考察服务能力、孵化成效、创新能力和可持续发展四个方面，其中孵化成效的权重不低于40%。",
        "绩效评价结果分为优秀、良好、合格、不合格四个等次。评价得分90分及以上的为优秀，80分至89分的为良好，"
        "60分至79分的为合格，60分以下的为不合格。优秀等次比例原则上不超过参评载体总数的20%。",
        "绩效评价可以委托第三方专业机构实施。评价结果经市科学技术局审定后，在门户网站公布。",
        "绩效评价结果为不合格的，限期整改6个月；连续2年绩效评价不合格的，取消其市级孵化载体资格。",
    ]),
    ("支持措施", [
        "市财政每年在市级科技专项资金中安排孵化载体建设资金，具体支持标准见表1。",
        "<TABLE>",
        "同一孵化载体在同一年度内符合多项支持条件的，按照就高原则给予支持，不重复奖补。",
        "在孵企业首次被认定为高新技术企业的，给予所在孵化载体每家2万元奖励，单个孵化载体年度奖励总额不超过20万元。",
        "支持资金主要用于孵化载体公共服务平台建设、专业化服务能力提升和创新创业活动组织，不得用于人员福利、"
        "偿还债务和楼堂馆所建设。",
    ]),
    ("监督管理", [
        "孵化载体应当于每年2月底前通过信息系统报送上一年度运营数据，并对数据的真实性负责。",
        "孵化载体有弄虚作假、骗取支持资金等行为的，取消其资格，追回已拨付资金，3年内不得申报市级科技计划项目，"
        "并按照有关规定纳入科研诚信严重失信行为记录。",
        "有关部门工作人员在认定和评价工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。",
    ]),
    ("附则", [
        "国家级、省级孵化载体按照国家和省有关规定管理，可以同时参加市级绩效评价。",
        "本办法由市科学技术局、市财政局负责解释。",
        "本办法自2026年3月1日起施行，有效期5年。2020年印发的《岳阳市科技企业孵化器管理暂行办法》同时废止。",
    ]),
]


def paragraphs():
    """Yield (kind, text) in document order; kind in title/meta/h1/p/caption/table."""
    yield "title", TITLE
    yield "meta", ISSUE_LINE
    n = 0
    for ci, (heading, arts) in enumerate(CHAPTERS, 1):
        yield "h1", "第%s章　%s" % (cn_num(ci), heading)
        for art in arts:
            if art == "<TABLE>":
                yield "caption", TABLE_CAPTION
                yield "table", TABLE
                continue
            n += 1
            head = "第%s条　" % cn_num(n)
            if isinstance(art, list):
                yield "p", head + art[0]
                for item in art[1:]:
                    yield "p", item
            else:
                yield "p", head + art


def build():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    normal.font.name = "Times New Roman"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    lines = []
    for kind, text in paragraphs():
        if kind == "title":
            doc.add_paragraph(text, style="Title")
            lines.append(text)
        elif kind == "h1":
            doc.add_paragraph(text, style="Heading 1")
            lines.append(text)
        elif kind == "table":
            t = doc.add_table(rows=len(text), cols=len(text[0]))
            t.style = "Table Grid"
            for r, row in enumerate(text):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                lines.append(row_line(row))
        else:
            doc.add_paragraph(text, style="Normal")
            lines.append(text)
    cp = doc.core_properties
    cp.title, cp.author = TITLE, "岳阳市科学技术局"
    cp.created = cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = "岳阳市科学技术局"
    os.makedirs(CORPUS, exist_ok=True)
    doc.save(corpus_path(DOC_A))
    write_plain(DOC_A, lines)
    return lines


if __name__ == "__main__":
    build()
    print("wrote", DOC_A)
