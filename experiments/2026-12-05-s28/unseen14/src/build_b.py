"""Build document B: 台州市科技创新券管理办法 (.html gov-site page with furniture).

Deliberately parallel to A (温州): same chapters and sentence shapes, different
figures, dates, lead departments, percentages, caps and eligible entities.
"""
import html
import os
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import CORPUS, B_FILE, write_plain, row_line, ensure_dirs, number_articles  # noqa: E402

TITLE = "台州市科技创新券管理办法"
ISSUE = "台州市科学技术局　台州市经济和信息化局　台州市财政局　2026年6月10日印发"

TABLE_CAPTION = "表　台州市科技创新券支持标准"
TABLE_HEADER = ["服务类别", "补助比例", "单张券面额上限（万元）", "年度累计上限（万元）"]
TABLE_ROWS = [
    ["检验检测", "50%", "8", "15"],
    ["研发设计", "40%", "20", "40"],
    ["技术转移转化", "60%", "15", "30"],
    ["知识产权服务", "35%", "4", "8"],
    ["科技咨询", "35%", "6", "12"],
    ["大型科学仪器共享", "45%", "12", "25"],
    ["工业设计", "55%", "10", "20"],
]

BODY_SRC = [
    ("h", "第一章　总则"),
    ("a", "为进一步降低中小企业创新成本，引导企业购买科技服务、开展研发活动，推动科技服务资源向中小企业开放共享，根据国家和省有关科技计划与财政资金管理的规定，结合本市实际，制定本办法。"),
    ("a", "本办法所称科技创新券（以下简称创新券），是指由市财政安排专项资金，以电子凭证形式向符合条件的企业和创业团队发放，专门用于向服务机构购买科技服务的财政补助凭证。创新券实行实名制，不得转借、赠送或者买卖。"),
    ("a", "创新券的申领、使用和兑付遵循政府引导、企业主体、公开透明、注重实效的原则。"),
    ("a", "台州市科学技术局（以下简称市科技局）负责创新券的统筹管理，会同台州市经济和信息化局（以下简称市经信局）制定年度发放计划，组织服务机构入库和兑付审核。台州市财政局（以下简称市财政局）负责资金保障和监督检查。各县（市、区）科技主管部门负责本辖区创新券的宣传推广和政策辅导。"),
    ("a", "创新券年度发放总额由市科技局会同市经信局根据当年预算确定。2026年度创新券发放总额为6000万元，所需资金由市与县（市、区）按照3:7的比例分担，县（市、区）应当将分担资金足额列入年度预算。"),
    ("a", "市科技局应当在每年3月底前向社会公布年度创新券申领指南，明确申领时间、支持方向、服务机构名录和办理流程。"),
    ("h", "第二章　申领主体"),
    ("a", "申领创新券的企业应当同时符合下列条件："),
    ("p", "（一）在台州市行政区域内注册登记，具有独立法人资格；"),
    ("p", "（二）上年度营业收入不超过1.5亿元，职工总数不超过400人；"),
    ("p", "（三）已入库国家科技型中小企业，或者为成立不满3年的初创型科技企业；"),
    ("p", "（四）近三年内无严重失信行为，未发生重大安全、环保、质量事故。"),
    ("a", "在台州市落地但尚未注册企业的创业团队，经所在县（市、区）科技主管部门推荐，可以申领创新券，年度额度累计不超过5万元。"),
    ("a", "同一企业在同一年度内申领创新券的额度累计不超过40万元。首次申领的企业应当提供不低于券面额的配套资金证明。"),
    ("a", "有下列情形之一的，不得申领创新券：企业与服务机构存在控股、参股等关联关系的；同一服务内容已获得市级以上其他财政资金支持的；被列入科研诚信严重失信行为记录名单且未满处理期限的。"),
    ("a", "企业申领创新券时应当如实填报基本信息、上年度研发投入和科技服务需求，并对申领材料的真实性、完整性负责。"),
    ("h", "第三章　服务机构"),
    ("a", "本办法所称服务机构，是指为企业提供科技服务并接受创新券的高校、科研院所、检验检测机构、技术转移机构和科技服务企业。注册地在台州市外的服务机构符合入库条件的，可以申请入库。"),
    ("a", "服务机构实行入库管理。申请入库的机构应当具备相应资质，拥有固定服务场所和专业服务团队，近两年服务企业数量不少于15家。市科技局每半年集中受理一次入库申请，经专家评审和公示后纳入服务机构库，入库有效期为2年。"),
    ("a", "服务机构应当与企业签订技术服务合同，按照合同约定提供服务，如实开具发票，不得以虚增合同金额、拆分合同、虚构服务内容等方式套取创新券资金。"),
    ("a", "鼓励服务机构为使用创新券的企业提供优惠服务，服务价格不得高于本机构同类服务的市场公开报价。"),
    ("h", "第四章　支持标准"),
    ("a", "创新券按照服务类别实行差别化补助，补助比例、单张券面额上限和年度累计上限按照下表执行。企业实际获得的补助金额按照技术服务合同实际支付金额乘以补助比例计算，且不超过对应的面额上限。"),
    ("t", None),
    ("a", "对被认定为台州市专精特新中小企业的申领企业，补助比例在上表基础上提高5个百分点，但最高不超过65%。"),
    ("a", "创新券有效期为自发放之日起6个月，逾期未使用的自动作废，剩余额度不结转至下一年度。"),
    ("a", "下列费用不属于创新券支持范围：企业日常经营性检测和强制性认证费用；购买通用设备、软件和原材料的费用；企业之间一般性商务咨询和管理培训费用。"),
    ("h", "第五章　申领与兑付"),
    ("a", "企业通过台州市科技创新云服务平台在线申领创新券，经市科技局审核后，由平台向企业发放电子券。"),
    ("a", "服务完成后，企业向服务机构支付扣除创新券面额后的服务费用；服务机构凭创新券、技术服务合同、发票和服务报告，在平台上提出兑付申请，补助资金兑付给服务机构。"),
    ("a", "市科技局每两个月集中审核一次兑付申请，审核通过后由市财政局在20个工作日内将补助资金拨付至服务机构账户。"),
    ("a", "单笔兑付金额超过5万元的，市科技局可以委托第三方机构开展现场核查，核查不通过的不予兑付。"),
    ("h", "第六章　监督管理"),
    ("a", "市科技局会同市经信局对创新券使用情况开展年度绩效评价，评价结果作为下一年度资金安排和服务机构动态调整的重要依据。"),
    ("a", "企业或者服务机构弄虚作假、套取创新券资金的，由市科技局追回已兑付资金，取消其5年内申领或者入库资格，并按照规定纳入科研诚信记录。"),
    ("a", "服务机构应当建立创新券服务台账，完整保存合同、发票、服务记录和成果材料，服务档案保存期限不少于3年。"),
    ("a", "市科技局应当每年在门户网站公开创新券发放、兑付和服务机构考核情况，接受社会监督。"),
    ("a", "服务机构年度考核不合格或者连续一年未承接创新券业务的，移出服务机构库。"),
    ("a", "相关工作人员在创新券管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任；涉嫌犯罪的，移送司法机关处理。"),
    ("h", "第七章　附则"),
    ("a", "各县（市、区）可以参照本办法制定本地实施细则，并报市科技局备案。"),
    ("a", "本办法由台州市科学技术局负责解释。"),
    ("a", "本办法自2026年7月1日起施行，有效期3年。2021年3月1日起施行的《台州市科技创新券实施细则》（台科发〔2021〕9号）同时废止。"),
]
BODY = number_articles(BODY_SRC)

# site furniture (left out of plain/B.txt)
HEAD_FURNITURE = [
    "台州市科学技术局",
    "首页", "机构概况", "政务公开", "科技政策", "办事服务", "互动交流",
    "当前位置：首页 > 政务公开 > 政策文件",
]
META_LINE = "发布时间：2026-06-12 09:30　来源：台州市科学技术局　浏览次数：1386　【字体：大 中 小】"
TAIL_FURNITURE = [
    "【打印本页】【关闭窗口】",
    "相关链接：浙江省科学技术厅｜台州市人民政府｜浙江政务服务网",
    "网站地图 | 联系我们 | 隐私声明",
    "主办单位：台州市科学技术局　地址：台州市椒江区市府大道388号　邮编：318000",
    "浙ICP备05031862号　浙公网安备33100202000417号　网站标识码：3310000031",
]


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


def build():
    ensure_dirs()
    e = html.escape
    out = []
    out.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')
    out.append("<title>%s_政策文件_台州市科学技术局</title>" % e(TITLE))
    out.append('<style>body{font-family:"Microsoft YaHei",SimSun,sans-serif}'
               ".nav a{margin:0 8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>")
    out.append("<script>var _hmt=_hmt||[];/* 访问统计 */</script>\n</head>\n<body>")
    out.append('<div class="header"><div class="logo">%s</div>' % e(HEAD_FURNITURE[0]))
    out.append('<div class="nav">' + "".join('<a href="#">%s</a>' % e(x) for x in HEAD_FURNITURE[1:7]) + "</div></div>")
    out.append('<div class="breadcrumb">%s</div>' % e(HEAD_FURNITURE[7]))
    out.append('<div class="article">')
    out.append('<h1 class="title">%s</h1>' % e(TITLE))
    out.append('<div class="info">%s</div>' % e(META_LINE))
    out.append('<div class="TRS_Editor" id="zoom">')
    out.append('<p class="issue" style="text-align:center">%s</p>' % e(ISSUE))
    for kind, text in BODY:
        if kind == "h":
            out.append('<p class="chapter" style="text-align:center"><strong>%s</strong></p>' % e(text))
        elif kind == "p":
            out.append('<p style="text-indent:2em">%s</p>' % e(text))
        else:
            out.append('<p class="caption" style="text-align:center">%s</p>' % e(TABLE_CAPTION))
            out.append('<table class="zcbz">')
            out.append("<tr>" + "".join("<th>%s</th>" % e(c) for c in TABLE_HEADER) + "</tr>")
            for r in TABLE_ROWS:
                out.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("</table>")
    out.append("</div>")
    out.append('<div class="tools">%s</div>' % e(TAIL_FURNITURE[0]))
    out.append("</div>")
    out.append('<div class="links">%s</div>' % e(TAIL_FURNITURE[1]))
    out.append('<div class="footer"><p>%s</p><p>%s</p><p>%s</p></div>'
               % (e(TAIL_FURNITURE[2]), e(TAIL_FURNITURE[3]), e(TAIL_FURNITURE[4])))
    out.append("</body>\n</html>\n")
    with open(os.path.join(CORPUS, B_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    write_plain("B.txt", plain_lines())


if __name__ == "__main__":
    build()
