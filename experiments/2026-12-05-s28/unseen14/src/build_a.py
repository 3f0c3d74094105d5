"""Build document A: 温州市科技创新券管理办法 (.docx, Word heading styles, one Word table)."""
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPUS, A_FILE, write_plain, row_line, ensure_dirs, number_articles  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402

TITLE = "温州市科技创新券管理办法"
ISSUE = "温州市科学技术局　温州市财政局　2026年4月8日印发"

TABLE_CAPTION = "表　温州市科技创新券支持标准"
TABLE_HEADER = ["服务类别", "补助比例", "单张券面额上限（万元）", "年度累计上限（万元）"]
TABLE_ROWS = [
    ["检验检测", "40%", "10", "20"],
    ["研发设计", "50%", "30", "50"],
    ["技术转移转化", "50%", "20", "40"],
    ["知识产权服务", "30%", "5", "10"],
    ["科技咨询", "30%", "3", "6"],
    ["大型科学仪器共享", "60%", "15", "30"],
    ["中试熟化", "40%", "25", "45"],
]

# (kind, text): h = Heading 1 (chapter), p = body paragraph, t = the table
BODY_SRC = [
    ("h", "第一章　总则"),
    ("a", "为进一步降低中小企业创新成本，引导企业购买科技服务、开展研发活动，推动科技服务资源向中小企业开放共享，根据国家和省有关科技计划与财政资金管理的规定，结合本市实际，制定本办法。"),
    ("a", "本办法所称科技创新券（以下简称创新券），是指由市财政安排专项资金，以电子凭证形式向符合条件的企业发放，专门用于向服务机构购买科技服务的财政补助凭证。创新券实行实名制，仅限申领企业本人使用，不得转借、赠送或者买卖。"),
    ("a", "创新券的申领、使用和兑付遵循企业自愿、普惠公开、据实兑付、绩效导向的原则。"),
    ("a", "温州市科学技术局（以下简称市科技局）负责创新券的统筹管理，会同温州市财政局（以下简称市财政局）制定年度发放计划，组织服务机构入库和兑付审核。市财政局负责资金预算安排和绩效监督。各县（市、区）科技主管部门负责本辖区企业申领材料的初审和日常服务。"),
    ("a", "创新券年度发放总额由市科技局会同市财政局根据当年预算确定。2026年度创新券发放总额为8000万元，所需资金由市与县（市、区）按照6:4的比例分担，县（市、区）应当将分担资金足额列入年度预算。"),
    ("a", "市科技局应当在每年第一季度向社会公布年度创新券申领指南，明确申领时间、支持方向、服务机构名录和办理流程。"),
    ("h", "第二章　申领主体"),
    ("a", "申领创新券的企业应当同时符合下列条件："),
    ("p", "（一）在温州市行政区域内注册登记，具有独立法人资格；"),
    ("p", "（二）上年度营业收入不超过2亿元，职工总数不超过500人；"),
    ("p", "（三）已入库国家科技型中小企业，或者已认定为高新技术企业；"),
    ("p", "（四）近三年内无严重失信行为，未发生重大安全、环保、质量事故。"),
    ("a", "同一企业在同一年度内申领创新券的额度累计不超过50万元。首次申领的企业可以在额度内先行使用，无需提供配套资金证明。"),
    ("a", "有下列情形之一的，不得申领创新券：企业与服务机构存在控股、参股等关联关系的；同一服务内容已获得市级以上其他财政资金支持的；被列入科研诚信严重失信行为记录名单且未满处理期限的。"),
    ("a", "企业申领创新券时应当如实填报基本信息、上年度研发投入和科技服务需求，并对申领材料的真实性、完整性负责。"),
    ("h", "第三章　服务机构"),
    ("a", "本办法所称服务机构，是指为企业提供科技服务并接受创新券的高校、科研院所、新型研发机构、检验检测机构和科技服务企业。"),
    ("a", "服务机构实行入库管理。申请入库的机构应当具备相应资质，拥有固定服务场所和专业服务团队，近两年服务企业数量不少于20家。市科技局每年集中受理一次入库申请，经专家评审和公示后纳入服务机构库，入库有效期为3年。"),
    ("a", "服务机构应当与企业签订技术服务合同，按照合同约定提供服务，如实开具发票，不得以虚增合同金额、拆分合同、虚构服务内容等方式套取创新券资金。"),
    ("a", "鼓励服务机构为使用创新券的企业提供优惠服务，服务价格不得高于本机构同类服务的市场公开报价。"),
    ("h", "第四章　支持标准"),
    ("a", "创新券按照服务类别实行差别化补助，补助比例、单张券面额上限和年度累计上限按照下表执行。企业实际获得的补助金额按照技术服务合同实际支付金额乘以补助比例计算，且不超过对应的面额上限。"),
    ("t", None),
    ("a", "对被认定为温州市专精特新中小企业的申领企业，补助比例在上表基础上提高10个百分点，但最高不超过70%。"),
    ("a", "创新券有效期为自发放之日起12个月，逾期未使用的自动作废，剩余额度不结转至下一年度。"),
    ("a", "下列费用不属于创新券支持范围：企业日常经营性检测和强制性认证费用；购买通用设备、软件和原材料的费用；企业之间一般性商务咨询和管理培训费用。"),
    ("h", "第五章　申领与兑付"),
    ("a", "企业通过温州科技创新服务平台在线申领创新券，经县（市、区）科技主管部门初审、市科技局复核后，由平台向企业发放电子券。"),
    ("a", "服务完成后，企业凭技术服务合同、发票、支付凭证和服务成果材料，在平台上提出兑付申请，补助资金兑付给企业。"),
    ("a", "市科技局每季度集中审核一次兑付申请，审核通过后由市财政局在30个工作日内将补助资金拨付至企业账户。"),
    ("a", "单笔兑付金额超过10万元的，市科技局可以委托第三方机构开展现场核查，核查不通过的不予兑付。"),
    ("h", "第六章　监督管理"),
    ("a", "市科技局会同市财政局对创新券使用情况开展年度绩效评价，评价结果作为下一年度资金安排和服务机构动态调整的重要依据。"),
    ("a", "企业或者服务机构弄虚作假、套取创新券资金的，由市科技局追回已兑付资金，取消其3年内申领或者入库资格，并按照规定纳入科研诚信记录。"),
    ("a", "服务机构应当建立创新券服务台账，完整保存合同、发票、服务记录和成果材料，服务档案保存期限不少于5年。"),
    ("a", "市科技局应当每年在门户网站公开创新券发放、兑付和服务机构考核情况，接受社会监督。"),
    ("a", "服务机构年度考核不合格或者连续两年未承接创新券业务的，移出服务机构库。"),
    ("a", "相关工作人员在创新券管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任；涉嫌犯罪的，移送司法机关处理。"),
    ("h", "第七章　附则"),
    ("a", "各县（市、区）可以参照本办法制定本地实施细则，并报市科技局备案。"),
    ("a", "本办法由温州市科学技术局负责解释。"),
    ("a", "本办法自2026年5月1日起施行，有效期5年。2022年6月1日起施行的《温州市科技创新券管理办法（试行）》（温科发〔2022〕15号）同时废止。"),
]
BODY = number_articles(BODY_SRC)


def plain_lines():
    lines = [TITLE, ISSUE]
    for kind, text in BODY:
        if kind == "t":
            lines.append(TABLE_CAPTION)
            lines.append(row_line(TABLE_HEADER))
            lines.extend(row_line(r) for r in TABLE_ROWS)
        else:
            lines.append(text)
    return lines


def _cjk_font(run, name="宋体"):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def build():
    ensure_dirs()
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(12)
    t = doc.add_paragraph(style="Title")
    _cjk_font(t.add_run(TITLE), "黑体")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    _cjk_font(p.add_run(ISSUE))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in BODY:
        if kind == "h":
            h = doc.add_paragraph(style="Heading 1")
            _cjk_font(h.add_run(text), "黑体")
        elif kind == "p":
            para = doc.add_paragraph()
            _cjk_font(para.add_run(text))
        else:
            cap = doc.add_paragraph(style="Caption")
            _cjk_font(cap.add_run(TABLE_CAPTION))
            table = doc.add_table(rows=1 + len(TABLE_ROWS), cols=len(TABLE_HEADER))
            table.style = "Table Grid"
            for r, cells in enumerate([TABLE_HEADER] + TABLE_ROWS):
                for c, val in enumerate(cells):
                    cell = table.cell(r, c)
                    cell.paragraphs[0].text = ""
                    run = cell.paragraphs[0].add_run(val)
                    run.bold = r == 0
                    _cjk_font(run)
    doc.save(os.path.join(CORPUS, A_FILE))
    write_plain("A.txt", plain_lines())


if __name__ == "__main__":
    build()
