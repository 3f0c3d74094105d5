#!/usr/bin/env python3
"""Build unseen42: three fictional policy documents --
  A  a Taiwan county announcement as a BIG5-encoded plain-text .txt (Traditional, CRLF, no BOM) of Nantou County
     (南投縣政府) -- 公告訂定「南投縣地方產業創新研發推動補助辦法」 -- ROC dates (中華民國115年), articles 第一條 …
     第十五條, a table inside 第四條 whose columns exist only as runs of half-width (ASCII) spaces, aligned by display
     width (a CJK character counts 2), a centred heading and a right-aligned signature padded with ASCII spaces;
  B  a long text-layer PDF (Simplified, reportlab, A4, 8+ pages) of Ganzhou (赣州市科学技术局 / 赣州市财政局) -- the
     印发 notice on page 1, a 目录 page with dot leaders and page numbers (filled in from a first build pass), the
     实施办法 in 第X章 / 第X条, footnotes at the bottom of the page their superscript marker is drawn on, a running
     header and the footer "第 N 页 共 M 页", and a ruled table in the 附件;
  C  a news article HTML page encoded in GB18030 (declared in a meta http-equiv charset; two emoji in the comments
     make it undecodable as GBK) of Jingzhou (荆州市科学技术局 site) -- breadcrumbs, the article body in <div> blocks
     with <br> line breaks and no <p>, one HTML <table>, a comment section and a 热点新闻 sidebar whose items carry
     look-alike figures from other Hubei cities;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen42/. Deterministic: a rebuild is byte for byte identical (checked in-process as well).

Approach and helpers follow unseen40's builder: the question table with a `hint` that must pick exactly one evidence
line, digit-bounded num_count, keys / gkeys / near for unanswerables, lcs_run for paraphrases, OpenCC for the
cross-script questions, the PDF font helper cjk_ttf (verbatim), para_line_texts, the page-tracking
BaseDocTemplate.afterFlowable build with header / footer callbacks, the pypdf page-by-page text comparison, the
pdfplumber table check and the question-checking loop. New here: the BIG5 / half-width-space text file, the two-pass
table of contents with dot leaders, page-bottom footnotes placed on the page of their marker, and the GB18030 HTML
page with a block-and-<br> text reader."""
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

FILE_A = "A_nantou_115_difang_chanye_chuangxin_yanfa_tuidong_buzhu_banfa_gonggao_big5_crlf.txt"
FILE_B = "B_ganzhou_kejixing_qiye_tici_peiyu_he_yanfa_jiangbu_shishi_banfa_toc_footnotes.pdf"
FILE_C = "C_jingzhou_keji_chengguo_zhuanyi_zhuanhua_shitiao_fabuhui_xinwen_gb18030.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")
TW2S = opencc.OpenCC("tw2s")

NOTO = Path("/usr/share/fonts/opentype/noto")
FONT_BODY = (NOTO / "NotoSerifCJK-Regular.ttc", 2)  # Noto Serif CJK SC
FONT_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)      # Noto Sans CJK SC Bold


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# ---------------------------------------------------------------------------------------------------------------
# A: 南投縣 公告 as a BIG5 .txt with CRLF. Written here in Simplified and converted with OpenCC s2tw (character
#    level; Taiwan words are typed in the source: 计画 → 計畫, 资讯 → 資訊, 新臺币 → 新臺幣); the 「」 quotes are typed as such. A_LINES: (kind, text); kinds: center (centred
#    with ASCII spaces), line (flush left), blank, table (A_TABLE, cells padded with ASCII spaces), sign (right-aligned
#    with ASCII spaces).
# ---------------------------------------------------------------------------------------------------------------
A_TABLE_S = [
    ["补助类别", "每案补助上限", "补助比率上限", "计画期程"],
    ["个别企业研发类", "新臺币120万元", "50%", "12个月"],
    ["产业联盟研发类", "新臺币300万元", "40%", "18个月"],
    ["地方特色产品开发类", "新臺币80万元", "60%", "10个月"],
    ["服务模式创新类", "新臺币60万元", "45%", "9个月"],
]
A_LINES_S = [
    ("center", "南投县政府　公告"),
    ("blank", ""),
    ("line", "发文日期：中华民国115年3月16日"),
    ("line", "发文字号：府产商字第1150058216号"),
    ("line", "附件：如公告事项一"),
    ("blank", ""),
    ("line", "主旨：订定「南投县地方产业创新研发推动补助办法」，并自中华民国115年4月1日生效。"),
    ("line", "依据：「南投县地方产业发展自治条例」第十二条。"),
    ("line", "公告事项："),
    ("line", "一、订定「南投县地方产业创新研发推动补助办法」，全文如附。"),
    ("line", "二、本办法全文另登载于本府全球资讯网「最新公告」专区，申请表件请至本府产业发展处网页下载。"),
    ("line", "三、本案联络人：本府产业发展处商业科　张雅婷，电话：049-2209875转3318。"),
    ("blank", ""),
    ("center", "南投县地方产业创新研发推动补助办法"),
    ("blank", ""),
    ("art", "南投县政府（以下简称本府）为鼓励本县中小企业投入产品、制程及服务之创新研发，提升地方特色产业附加价值，特订定本办法。"),
    ("art", "本办法之主管机关为本府，执行单位为本府产业发展处；本府得委托专业法人机构（以下简称执行机构）办理申请受理、审查作业及期中、期末查核等事务。"),
    ("art", "申请人应为依法在本县办理公司登记或商业登记，且营运据点设于本县之中小企业；申请时登记满1年以上，最近一年度营业额不超过新臺币1亿元，且无退票或欠税纪录。"),
    ("art", "补助类别、每案补助上限、补助比率上限及计画期程如下表："),
    ("blank", ""),
    ("table", ""),
    ("blank", ""),
    ("line", "前项补助比率，指补助款占计画总经费之比率，其余经费由申请人自筹。产业联盟研发类计画应由3家以上本县企业共同提出，并由其中1家担任主导企业。"),
    ("art", "本办法115年度补助经费总额为新臺币2,400万元，由本府编列预算支应；预算用罄时，本府得停止受理申请，并于本府全球资讯网公告。"),
    ("art", "申请期间自115年4月1日起至115年5月15日止，以邮戳日期或线上系统送件时间为凭，逾期不予受理。"),
    ("art", "申请人应检具计画申请书、公司或商业登记证明文件、最近一年度营利事业所得税结算申报书及最近3个月内之无欠税证明，文件不全者，应于通知之日起7日内补正。"),
    ("art", "审查分为资格审查及计画审查二阶段。计画审查由本府邀集学者专家5至7人组成审查会，审查会由本府产业发展处处长担任召集人；评分达70分以上者始得列入补助，审查结果于115年7月31日前公告。"),
    ("art", "获补助者应于接获核定通知之日起30日内与本府签订补助契约，逾期未签约者视同放弃。"),
    ("art", "计画经费项目包括人事费、材料费、设备使用费、委托研究费及国内差旅费；委托研究费不得超过计画总经费之25%，国内差旅费不得超过计画总经费之5%，补助款不得用于购置土地、厂房及偿还债务。"),
    ("art", "补助款分二期拨付：签约后拨付补助款30%，计画结案经审查通过后拨付其余款项。"),
    ("art", "执行机构于计画期程过半时办理期中查核，并得不定期实地访视；受补助者应于计画结束后1个月内提交结案报告及经费支用明细。"),
    ("art", "受补助者应配合于本府办理之成果发表会展示执行成果；结案后2年内，每年填报成果效益追踪表。"),
    ("art", "受补助者以不实资料申请、擅自变更计画内容或未依契约执行且经限期改善届期未改善者，本府得撤销补助并追回已拨付款项；受撤销处分者，3年内不得再申请本府各类补助。"),
    ("art", "申请人之负责人为未满45岁之青年，或营运据点位于仁爱乡、信义乡等原住民族地区者，计画审查时酌予加分，每案最高加5分。"),
    ("art", "本府每年得就结案计画遴选绩优计画不超过6案，于成果发表会公开表扬，每案颁发奖励金新臺币10万元。"),
    ("art", "同一计画已获中央机关或本府其他补助者，不得重复申请；同一企业同一年度以获补助1案为限。"),
    ("art", "本办法自中华民国115年4月1日生效。"),
    ("blank", ""),
    ("sign", "县长　吴承翰"),
]
A_WIDTH = 72      # display width used to centre the headings and right-align the signature
A_TABLE_GAP = 4   # at least this many ASCII spaces between table cells
A_TABLE = [[S2TW.convert(c) for c in r] for r in A_TABLE_S]
A_CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
        "十七", "十八", "十九", "二十"]


def a_number(lines):
    """Number the articles 第一条 … (typed into the text, as a txt file has them)."""
    out, n = [], 0
    for k, t in lines:
        if k == "art":
            out.append(("line", f"第{A_CN[n]}条\u3000" + t))
            n += 1
        else:
            out.append((k, t))
    return out


A_LINES = [(k, S2TW.convert(t)) for k, t in a_number(A_LINES_S)]
A_N_ARTS = sum(1 for k, _ in A_LINES_S if k == "art")


def a_table_lines():
    widths = [max(dwidth(r[j]) for r in A_TABLE) for j in range(len(A_TABLE[0]))]
    out = []
    for r in A_TABLE:
        s = ""
        for j, c in enumerate(r):
            s += c + (" " * (widths[j] - dwidth(c) + A_TABLE_GAP) if j < len(r) - 1 else "")
        out.append(s)
    return out


def a_file_lines():
    out = []
    for kind, text in A_LINES:
        if kind == "table":
            out += a_table_lines()
        elif kind == "center":
            out.append(" " * ((A_WIDTH - dwidth(text)) // 2) + text)
        elif kind == "sign":
            out.append(" " * (A_WIDTH - 8 - dwidth(text)) + text)
        else:
            out.append(text)
    return out


def a_expected_plain():
    out = []
    for kind, text in A_LINES:
        if kind == "table":
            out += [" | ".join(r) for r in A_TABLE]
        elif kind != "blank":
            out.append(text)
    return out


def a_read(text):
    """Plain lines of A: each non-empty line stripped; a line with a run of 2+ ASCII spaces inside it is a table
    row, its cells split on those runs and joined by ' | '."""
    out, rows = [], []
    for ln in text.split("\r\n"):
        s = ln.strip()
        if not s:
            continue
        if re.search(r"\S {2,}\S", s):
            cells = re.split(r" {2,}", s)
            rows.append(cells)
            out.append(" | ".join(cells))
        else:
            out.append(s)
    return out, rows


# ---------------------------------------------------------------------------------------------------------------
# B: 赣州 实施办法 as a long PDF (Simplified). B_BLOCKS: (kind, text). Kinds: ntitle / docno / sal / np / sign / open
#    (the 印发 notice on page 1), pb (page break), toctitle, toc (the table of contents, drawn from the chapter list),
#    btitle, ch (chapter heading, a TOC entry), art (article paragraph, splittable), cap (附件 caption, a TOC entry),
#    table, tnote. A footnote marker is written {n} in the text: drawn as <super>n</super>, kept as a superscript
#    digit (¹ ² …) in the plain text; B_NOTES[n] is the footnote, drawn at the bottom of the page the marker lands on.
# ---------------------------------------------------------------------------------------------------------------
B_NAME = "赣州市科技型企业梯次培育和研发奖补实施办法"
B_HEADER = "赣州市科学技术局　赣州市财政局　《" + B_NAME + "》"
B_TABLE = [
    ["企业类别", "首次认定奖励", "复核通过奖励", "科技创新券年度额度"],
    ["科技型中小企业", "3万元", "1万元", "6万元"],
    ["高新技术企业", "25万元", "12万元", "9万元"],
    ["瞪羚企业", "60万元", "18万元", "16万元"],
    ["潜在独角兽企业", "150万元", "45万元", "24万元"],
]
B_NOTES = {
    1: "科技型中小企业，指依照国家《科技型中小企业评价办法》评价并纳入全国科技型中小企业信息库的企业。",
    2: "潜在独角兽企业，指成立不超过10年、最近一轮融资后估值达到5亿元以上且尚未上市的企业。",
    3: "瞪羚企业，指经江西省科学技术厅遴选发布，上年度营业收入不低于2000万元、近三年营业收入年均增长率不低于20%的企业。",
    4: "研发费用，以企业所得税年度汇算清缴中享受研发费用加计扣除政策的数据为准；未享受加计扣除的，以经会计师事务所审计的研发费用专项审计报告为准。",
    5: "研发投入强度，指企业上年度研发费用占同期营业收入的比例。",
}
SUP = {1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶"}
B_BLOCKS = [
    ("ntitle", "赣州市科学技术局　赣州市财政局关于印发《" + B_NAME + "》的通知"),
    ("docno", "赣市科字〔2026〕23号"),
    ("sal", "各县（市、区）科技局、财政局，赣州经开区、蓉江新区科技和财政管理部门，市直有关单位："),
    ("np", "为加快构建科技型企业梯次培育体系，引导企业持续加大研发投入，经市人民政府同意，现将《" + B_NAME + "》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市科学技术局、市财政局反映。"),
    ("sign", "赣州市科学技术局　　　赣州市财政局"),
    ("sign", "2026年6月12日"),
    ("open", "（此件主动公开）"),
    ("pb", ""),
    ("toctitle", "目　录"),
    ("toc", ""),
    ("pb", ""),
    ("btitle", B_NAME),
    ("ch", "第一章　总则"),
    ("art", "第一条　为深入实施创新驱动发展战略，加快构建“科技型中小企业—高新技术企业—瞪羚企业—潜在独角兽企业”梯次培育体系，引导企业持续加大研发投入，根据国家和江西省有关规定，结合我市实际，制定本办法。"),
    ("art", "第二条　本办法适用于在赣州市行政区域内依法注册登记、具有独立法人资格的科技型企业。本办法所称科技型企业，包括科技型中小企业{1}、高新技术企业、瞪羚企业和潜在独角兽企业{2}。"),
    ("art", "第三条　梯次培育和研发奖补资金（以下简称奖补资金）由市、县两级财政共同承担。对各县（市、区）企业的奖补，市级与县级按4:6比例分担；对赣州经开区、蓉江新区企业的奖补，市级与区级按5:5比例分担。"),
    ("art", "第四条　奖补资金的安排和使用遵循“公开透明、突出绩效、就高不重复”的原则。同一企业同一年度获得的奖补资金总额不超过500万元；同一事项符合本办法多项条款的，按最高标准给予奖补，不重复享受。"),
    ("ch", "第二章　职责分工"),
    ("art", "第五条　市科学技术局牵头负责梯次培育和研发奖补工作，编制年度申报通知，组织审核和公示，提出奖补资金分配建议，并会同有关部门开展绩效评价。"),
    ("art", "第六条　市财政局负责奖补资金的预算安排和拨付，对资金使用情况进行监督；市税务局配合提供企业研发费用加计扣除数据；市统计局配合提供企业研发投入统计数据。"),
    ("art", "第七条　各县（市、区）科技部门和赣州经开区、蓉江新区科技管理部门负责本辖区企业的培育辅导、申报受理和初审推荐，并会同同级财政部门落实配套资金。"),
    ("ch", "第三章　科技型中小企业培育"),
    ("art", "第八条　建立科技型中小企业培育库，对首次评价入库的科技型中小企业，按附件标准给予一次性奖励。培育库实行动态管理，每年更新一次，连续两年未通过评价的企业移出培育库。"),
    ("art", "第九条　鼓励科技型企业申领科技创新券，用于购买检验检测、研发设计、技术查新等科技服务，按服务合同金额的50%兑付，年度额度按附件标准执行。科技创新券不得转让、买卖，当年未使用的额度不结转。"),
    ("art", "第十条　市科学技术局每年为入库科技型中小企业组织不少于4期政策培训和“科技副总”对接活动，推动入库企业向高新技术企业成长。"),
    ("ch", "第四章　高新技术企业培育"),
    ("art", "第十一条　对首次认定的高新技术企业和重新认定（复核）通过的高新技术企业，按附件标准给予奖励。由市外整体迁入我市、资格在有效期内的高新技术企业，视同首次认定给予奖励。"),
    ("art", "第十二条　建立高新技术企业后备库，对入库企业安排科技特派员开展“一对一”辅导，企业委托第三方机构开展申报辅导的，按辅导费用的50%给予补助，每家最高2万元。后备库企业申报高新技术企业未获通过的，次年可再次入库，同一企业入库不超过3次。"),
    ("art", "第十三条　对当年新认定高新技术企业数量居全市前三位的县（市、区），分别给予工作经费奖励30万元、20万元、10万元，用于高新技术企业培育服务。"),
    ("ch", "第五章　瞪羚企业和潜在独角兽企业培育"),
    ("art", "第十四条　对首次入选的瞪羚企业{3}和潜在独角兽企业，按附件标准给予奖励；入选后资格有效期内每两年复核一次，复核通过的按附件标准再给予奖励。"),
    ("art", "第十五条　对瞪羚企业和潜在独角兽企业牵头承担的重大研发项目，优先推荐申报省级以上科技计划项目，并在市级重大科技专项中予以单列支持，单个项目支持最高300万元。"),
    ("art", "第十六条　鼓励创业投资机构投资潜在独角兽企业，对投资本市潜在独角兽企业的创业投资机构，按实际投资额的1%给予奖励，单个机构每年最高100万元。"),
    ("ch", "第六章　研发投入奖补"),
    ("art", "第十七条　对上年度研发费用{4}达到80万元以上且较上年度增长的企业，按研发费用增量部分的10%给予奖补，单个企业每年最高200万元。"),
    ("art", "第十八条　对上年度研发投入强度{5}达到5%以上的高新技术企业，在第十七条基础上按研发费用总额的2%另行给予奖补，单个企业每年最高50万元。"),
    ("art", "第十九条　对首次建立研发准备金制度并按计划足额投入的企业，给予一次性奖励5万元；企业研发准备金的提取和使用情况，作为研发投入奖补审核的参考。"),
    ("art", "第二十条　企业上年度研发费用首次突破1亿元的，给予一次性奖励120万元，同一企业只奖励一次。"),
    ("ch", "第七章　申报与审核"),
    ("art", "第二十一条　奖补资金实行年度集中申报，市科学技术局每年4月发布申报通知，集中申报期为15个工作日。首次入库、首次认定等奖励实行“免申即享”，由市科学技术局根据认定文件直接兑现。"),
    ("art", "第二十二条　县（市、区）科技部门自申报截止之日起10个工作日内完成初审，对申报材料的真实性、完整性进行审查，并将初审推荐意见报市科学技术局。"),
    ("art", "第二十三条　市科学技术局会同市财政局在收到初审推荐意见后20个工作日内完成审核；研发费用数据以税务部门提供的数据为准，数据不一致的以较低者为准。"),
    ("art", "第二十四条　审核结果在市科学技术局门户网站公示，公示期为7个工作日。公示期间有异议的，由市科学技术局在12个工作日内组织核实并书面反馈。"),
    ("art", "第二十五条　企业对申报材料的真实性负责，申报时须签署信用承诺书；存在严重失信行为的企业，不得申报奖补资金。"),
    ("ch", "第八章　资金拨付与监督管理"),
    ("art", "第二十六条　公示无异议的，市财政局在收到资金分配文件后8个工作日内将市级资金拨付至县（市、区）财政部门，县（市、区）财政部门在收到市级资金后6个工作日内连同配套资金拨付至企业。"),
    ("art", "第二十七条　奖补资金由企业统筹用于研发活动，企业应单独建账核算，不得用于支付罚款、捐赠和偿还债务。"),
    ("art", "第二十八条　市科学技术局会同市财政局每年对获得奖补的企业开展随机抽查，抽查比例不低于获奖补企业总数的6%。"),
    ("art", "第二十九条　企业存在弄虚作假、骗取奖补资金等行为的，由市科学技术局会同市财政局追回已拨付资金，五年内取消其申报市级科技项目和奖补资金的资格，并纳入科研诚信严重失信行为记录。"),
    ("art", "第三十条　获得奖补的企业自获得奖补之日起3年内迁离本市或者变更注册地的，应当退回已获得的奖补资金。"),
    ("ch", "第九章　附则"),
    ("art", "第三十一条　各县（市、区）可参照本办法制定配套措施，配套措施报市科学技术局、市财政局备案。"),
    ("art", "第三十二条　本办法由市科学技术局、市财政局负责解释。"),
    ("art", "第三十三条　本办法自2026年7月1日起施行，有效期5年。《赣州市高新技术企业培育奖励办法》（赣市科字〔2022〕15号）同时废止。"),
    ("pb", ""),
    ("cap", "附件　赣州市科技型企业梯次培育奖励标准"),
    ("table", B_TABLE),
    ("tnote", "注：1.首次认定奖励和复核通过奖励实行“免申即享”。2.由市外整体迁入的高新技术企业按首次认定奖励标准执行。3.科技创新券年度额度为单个企业每年可兑付的上限。"),
]
B_TOC_KINDS = ("ch", "cap")


def b_text(s, mode):
    """mode: 'rl' = reportlab markup, 'plain' = superscript digits, 'vis' = the digit as the text layer holds it."""
    def rep(m):
        n = int(m.group(1))
        return {"rl": f"<super>{n}</super>", "plain": SUP[n], "vis": str(n)}[mode]
    return re.sub(r"\{(\d)\}", rep, s)


def b_footer(n, total):
    return f"第 {n} 页 共 {total} 页"


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


def register_fonts():
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    text = "".join(v if isinstance(v, str) else "".join("".join(r) for r in v) for _, v in B_BLOCKS)
    text += "".join(B_NOTES.values()) + B_HEADER + "第页共目录附件 .0123456789"
    chars = "".join(sorted(set(text)))
    pdfmetrics.registerFont(TTFont("U42Serif", io.BytesIO(cjk_ttf(*FONT_BODY, chars))))
    pdfmetrics.registerFont(TTFont("U42SansBold", io.BytesIO(cjk_ttf(*FONT_BOLD, chars))))
    _FONTS_DONE.append(True)


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


# page geometry (points): A4; the frame ends above a reserved footnote band
B_MX, B_TOP, B_FOOT_Y, B_NOTE_BAND = 72, 74, 34, 112
B_FRAME_BOTTOM = B_FOOT_Y + 20 + B_NOTE_BAND
B_TOC_DOTS_FONT = 13


def build_pdf_b(toc_pages=None, note_pages=None, total_pages=0):
    """Return (pdf bytes, pages, visual, info).
    pages[i] = plain lines of page i+1: the running header, every block that STARTS on this page (a paragraph split
    over a page break is one line, listed where it starts; TOC entries as 'title dots page'; table rows as cells
    joined by ' | '), the footnotes drawn on this page, the footer.
    visual[i] = the text pieces of page i+1 in drawing order (header, each drawn fragment, table cells row by row,
    footnotes, footer), with a marker as the plain digit the text layer holds.
    info: toc = {TOC title: page}; notes = {marker: page}; frags = [(block, page, text)]; table_page."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Table, TableStyle
    rl_config.invariant = 1
    register_fonts()
    W, H = A4
    toc_pages = toc_pages or {}
    note_pages = note_pages or {}

    class TPara(Paragraph):
        def split(self, aw, ah):
            parts = Paragraph.split(self, aw, ah)
            for p in parts:
                p._u42_block = self._u42_block
            return parts

    class WholePara(TPara):
        def split(self, aw, ah):
            return []

    class TocLine(Flowable):
        """A TOC entry: title at the left, page number at the right, a row of dots between (dot leaders)."""
        def __init__(self, title, page):
            super().__init__()
            self.title, self.page = title, str(page)

        def wrap(self, aw, ah):
            self.width = aw
            return aw, 30

        def dots(self):
            tw = stringWidth(self.title, "U42Serif", 13)
            pw = stringWidth(self.page, "U42Serif", 13)
            dw = stringWidth(".", "U42Serif", B_TOC_DOTS_FONT)
            return "." * int((self.width - tw - pw - 16) / dw)

        def draw(self):
            c = self.canv
            c.setFont("U42Serif", 13)
            c.drawString(0, 8, self.title)
            c.drawString(stringWidth(self.title, "U42Serif", 13) + 6, 8, self.dots())
            c.drawRightString(self.width, 8, self.page)

    body = ParagraphStyle("body", fontName="U42Serif", fontSize=13, leading=24, wordWrap="CJK", alignment=TA_JUSTIFY,
                          firstLineIndent=26, spaceAfter=2)
    st = {
        "ntitle": ParagraphStyle("nt", parent=body, fontName="U42SansBold", fontSize=17, leading=30, alignment=TA_CENTER,
                                 firstLineIndent=0, spaceBefore=40, spaceAfter=14),
        "docno": ParagraphStyle("dn", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=20),
        "sal": ParagraphStyle("sal", parent=body, firstLineIndent=0),
        "np": body,
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_RIGHT, firstLineIndent=0, spaceBefore=10, rightIndent=26),
        "open": ParagraphStyle("open", parent=body, firstLineIndent=26, spaceBefore=20),
        "toctitle": ParagraphStyle("tt", parent=body, fontName="U42SansBold", fontSize=17, leading=30, alignment=TA_CENTER,
                                   firstLineIndent=0, spaceBefore=10, spaceAfter=18),
        "btitle": ParagraphStyle("bt", parent=body, fontName="U42SansBold", fontSize=17, leading=30, alignment=TA_CENTER,
                                 firstLineIndent=0, spaceAfter=10),
        "ch": ParagraphStyle("ch", parent=body, fontName="U42SansBold", alignment=TA_CENTER, firstLineIndent=0,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "art": body,
        "cap": ParagraphStyle("cap", parent=body, fontName="U42SansBold", fontSize=15, leading=26, alignment=TA_CENTER,
                              firstLineIndent=0, spaceAfter=12, keepWithNext=1),
        "tnote": ParagraphStyle("tn", parent=body, fontSize=11, leading=20, firstLineIndent=0, spaceBefore=10),
    }
    cell = ParagraphStyle("cell", fontName="U42Serif", fontSize=11.5, leading=16, wordWrap="CJK", alignment=TA_CENTER)
    cell_head = ParagraphStyle("cellh", parent=cell, fontName="U42SansBold")
    note_st = ParagraphStyle("note", fontName="U42Serif", fontSize=9, leading=12.5, wordWrap="CJK", alignment=TA_LEFT)

    toc_titles = [v for k, v in B_BLOCKS if k in B_TOC_KINDS]
    flow = []
    for bi, (kind, val) in enumerate(B_BLOCKS):
        if kind == "pb":
            flow.append(PageBreak())
            continue
        if kind == "toc":
            for t in toc_titles:
                tl = TocLine(t, toc_pages.get(t, 0))
                tl._u42_block = bi
                flow.append(tl)
            continue
        if kind == "table":
            data = [[Paragraph(c, cell_head if i == 0 else cell) for c in r] for i, r in enumerate(val)]
            aw = W - 2 * B_MX
            t = Table(data, colWidths=[aw * 0.28, aw * 0.22, aw * 0.22, aw * 0.28], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]))
            t._u42_block = bi
            flow.append(t)
            continue
        para = (TPara if kind in ("art", "np") else WholePara)(b_text(val, "rl"), st[kind])
        para._u42_block = bi
        flow.append(para)

    pages, visual = [[]], [[]]
    info = {"toc": {}, "notes": {}, "frags": [], "table_page": [], "toc_lines": []}
    started = set()

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            while len(pages) < self.page:
                pages.append([])
                visual.append([])
            bi = getattr(fl, "_u42_block", None)
            if bi is None:
                return
            kind, val = B_BLOCKS[bi]
            pg = self.page
            if isinstance(fl, TocLine):
                line = f"{fl.title} {fl.dots()} {fl.page}"
                pages[pg - 1].append(line)
                visual[pg - 1].append(fl.title + fl.dots() + fl.page)
                info["toc_lines"].append((pg, line))
                return
            if isinstance(fl, Table):
                info["table_page"].append(pg)
                if bi not in started:
                    pages[pg - 1].extend(" | ".join(r) for r in val)
                    started.add(bi)
                visual[pg - 1].extend(c for r in val for c in r)
                return
            text = "".join(para_line_texts(fl))
            if bi not in started:
                pages[pg - 1].append(b_text(val, "plain"))
                started.add(bi)
            if kind in B_TOC_KINDS:
                info["toc"][val] = pg
            for n in map(int, re.findall(r"\{(\d)\}", val)):
                ctx = re.sub(r"\{\d\}", "", val.split("{%d}" % n)[0])[-4:] + str(n)
                if ctx in text.replace(" ", ""):
                    info["notes"][n] = pg
            info["frags"].append((bi, pg, text))
            visual[pg - 1].append(text)

    def on_page(c, doc):
        c.saveState()
        c.setFont("U42Serif", 9)
        c.drawCentredString(W / 2, H - 40, B_HEADER)
        c.setLineWidth(0.6)
        c.line(B_MX, H - 46, W - B_MX, H - 46)
        c.restoreState()

    def on_page_end(c, doc):
        pg = doc.page
        while len(pages) < pg:
            pages.append([])
            visual.append([])
        notes = [n for n in sorted(note_pages) if note_pages[n] == pg]
        if notes:
            c.saveState()
            top = B_FOOT_Y + 20 + B_NOTE_BAND - 4
            c.setLineWidth(0.5)
            c.line(B_MX, top, B_MX + 120, top)
            y = top - 4
            for n in notes:
                p = Paragraph(f"<super>{n}</super>{B_NOTES[n]}", note_st)
                _, h = p.wrap(W - 2 * B_MX, 200)
                p.drawOn(c, B_MX, y - h)
                y -= h + 2
                pages[pg - 1].append(SUP[n] + B_NOTES[n])
                visual[pg - 1].append(str(n) + B_NOTES[n])
            c.restoreState()
        c.saveState()
        c.setFont("U42Serif", 9.5)
        c.drawCentredString(W / 2, B_FOOT_Y, b_footer(pg, total_pages or 0))
        c.restoreState()

    buf = io.BytesIO()
    doc = Doc(buf, pagesize=(W, H), leftMargin=B_MX, rightMargin=B_MX, topMargin=B_TOP, bottomMargin=B_FRAME_BOTTOM,
              title=B_NAME, author="赣州市科学技术局", subject="赣市科字〔2026〕23号", creator="赣州市科学技术局",
              invariant=1)
    frame = Frame(B_MX, B_FRAME_BOTTOM, W - 2 * B_MX, H - B_TOP - B_FRAME_BOTTOM, id="F", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(flow)
    n = len(pages)
    out = [[B_HEADER] + b + [b_footer(i + 1, n)] for i, b in enumerate(pages)]
    vis = [[B_HEADER] + v + [b_footer(i + 1, n)] for i, v in enumerate(visual)]
    return buf.getvalue(), out, vis, info


def b_build():
    """Two passes: the first finds the pages of the chapters and of the footnote markers (and the page count), the
    second fills the TOC, draws each footnote on its page and writes '共 M 页'."""
    _, p0, _, i0 = build_pdf_b()
    return build_pdf_b(i0["toc"], i0["notes"], len(p0)) + (p0, i0)


def pdf_page_texts(path):
    from pypdf import PdfReader
    r = PdfReader(str(path))
    return [p.extract_text() or "" for p in r.pages], r


# ---------------------------------------------------------------------------------------------------------------
# C: 荆州 news page as GB18030 HTML (Simplified). The page is written from C_* data; c_expected_plain() gives the
#    lines a reader sees (top to bottom in source order: site name, nav, breadcrumb, title, info line, article body
#    lines, table rows as cells joined by ' | ', editor, comments, sidebar, footer).
# ---------------------------------------------------------------------------------------------------------------
C_SITE = "荆州市科学技术局"
C_NAV = ["首页", "新闻中心", "政务公开", "办事服务", "互动交流"]
C_CRUMB = ["首页", "新闻中心", "科技要闻", "正文"]
C_TITLE = "荆州出台科技成果转移转化“十条” 技术合同交易奖补单家企业年度最高200万元"
C_INFO = ["来源：荆州市科学技术局", "发布时间：2026-04-23 09:15", "作者：周雨桐", "浏览次数：1862"]
C_BODY1 = [
    "4月22日，荆州市人民政府新闻办公室召开新闻发布会，市科技局党组书记、局长沈立群介绍《荆州市加快推进科技成果转移转化若干措施》（荆政办发〔2026〕12号，以下简称《若干措施》）有关情况。",
    "沈立群介绍，2025年全市登记技术合同2317项，技术合同成交额达到186.4亿元，同比增长23.5%；全市共有技术转移示范机构27家，其中国家级2家、省级11家。与先进地区相比，我市仍存在成果本地转化率偏低、中试熟化能力不足等短板。",
    "《若干措施》共10条，围绕技术交易、中试熟化、概念验证、人才激励和金融支持等环节提出一揽子支持政策，自2026年5月1日起施行，有效期3年。",
    "在技术交易方面，对企业购买技术成果并在荆州实施转化的，按技术交易实际支付额给予奖补；对登记技术合同成交额首次突破1亿元的技术转移服务机构，给予一次性奖励40万元。",
    "在中试熟化方面，支持龙头企业、高校院所建设面向行业的中试基地，对新认定的市级中试基地给予建设奖补；年度对外提供中试服务超过30批次的，再给予运营奖励。",
    "在概念验证方面，支持长江大学等在荆高校建设概念验证中心，每年遴选不少于15个早期成果开展概念验证，推动实验室成果走向生产线。",
    "在人才激励方面，允许高校院所将职务科技成果转化收益的70%以上奖励给科研人员和团队；技术经理人促成成果转化的，按促成项目数给予奖励，并在职称评审中予以倾斜。",
    "在金融支持方面，设立规模5亿元的荆州市科技成果转化引导基金，首期出资1.5亿元，重点投向早中期科技型企业；对获得“科技成果转化贷”的企业，按贷款实际利息的40%给予贴息。",
    "《若干措施》的落实由市科技局牵头，市财政局、市教育局、市人社局和荆州高新区管委会等单位按职责分工配合。",
    "沈立群表示，到2028年，全市技术合同成交额力争突破300亿元，新建市级以上中试基地10家、概念验证中心5家，培育技术经理人500名以上，推动更多高校院所成果在荆州落地转化。",
    "《若干措施》明确的主要奖补标准如下：",
]
C_CAPTION = "《若干措施》主要奖补标准一览"
C_TABLE = [
    ["支持事项", "计算基数", "奖补比例", "单家年度上限", "兑现方式"],
    ["技术合同交易奖补", "技术交易实际支付额", "3%", "200万元", "免申即享"],
    ["中试基地建设奖补", "中试设备购置投入", "20%", "150万元", "依申请兑现"],
    ["概念验证中心运营补助", "年度运营费用", "30%", "60万元", "依申请兑现"],
    ["技术经理人促成奖励", "促成转化项目数", "每项2万元", "20万元", "依申请兑现"],
    ["高校院所本地转化奖励", "技术转让到账金额", "5%", "50万元", "免申即享"],
]
C_BODY2 = [
    "记者问：县市区企业能否享受政策？沈立群答：荆州市行政区域内注册的企业均可享受。其中，沙市区、荆州区和荆州高新区企业的奖补资金由市级全额承担，其他县市区企业的奖补资金由市、县按5:5比例分担。",
    "记者问：政策什么时候开始兑现？沈立群答：技术合同交易奖补和高校院所本地转化奖励实行免申即享，由市科技局根据技术合同登记数据直接兑现；其他事项每年6月集中申报，申报期为20天。",
    "记者问：外地高校的成果在荆州转化，能否享受政策？沈立群答：可以。企业购买市外高校院所技术成果并在荆州实施转化的，同样按《若干措施》给予技术合同交易奖补，技术合同须在湖北省技术合同登记机构完成认定登记。",
    "记者问：中试基地如何认定？沈立群答：市科技局每年组织一次市级中试基地认定，申报单位应具备不少于2000平方米的中试场地和专职技术服务团队，认定后实行动态管理，每两年开展一次绩效评价。",
    "政策咨询电话：0716-8263519（市科技局成果转化科）。",
]
C_EDITOR = "（责任编辑：郑可欣）"
C_COMMENTS_HEAD = "网友评论（3）"
C_COMMENTS = [
    ("沙市老李", "2026-04-23 10:26", "技术经理人也有奖励了，力度可以，点赞👍"),
    ("江陵创客", "2026-04-23 14:08", "请问监利、洪湖的企业能申请中试基地奖补吗？听说隔壁城市给到一次性奖励120万元。"),
    ("荆州科技小编", "2026-04-23 16:51", "回复江陵创客：全市企业均可申请，具体以当年申报通知为准，欢迎来电咨询😊"),
]
C_SIDE_HEAD = "热点新闻"
C_SIDE = [
    "襄阳技术合同交易奖补单家企业年度最高300万元",
    "宜昌新认定市级中试基地一次性奖励120万元",
    "孝感设立2亿元科技成果转化引导基金",
    "黄冈技术经理人每促成一项成果转化奖励1万元",
    "十堰2025年技术合同成交额突破120亿元",
    "恩施州概念验证中心运营补助比例提高到35%",
]
C_FOOTER = ["主办：荆州市科学技术局　承办：荆州市科技信息中心", "鄂ICP备2026003187号　网站标识码：4210000042"]
C_SIDE_CITIES = ["襄阳", "宜昌", "孝感", "黄冈", "十堰", "恩施"]


def c_esc(s, quotes=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quotes:  # the CMS writes curly quotes as named entities in the article body
        s = s.replace("“", "&ldquo;").replace("”", "&rdquo;")
    return s


def c_html():
    e = c_esc
    nav = " ".join(f'<a href="/{i}/">{e(x)}</a>' for i, x in enumerate(C_NAV))
    crumb = "当前位置：" + " &gt; ".join(f'<a href="/c{i}/">{e(x)}</a>' for i, x in enumerate(C_CRUMB[:-1])) + " &gt; " + e(C_CRUMB[-1])
    info = "&nbsp;&nbsp;&nbsp;".join(e(x) for x in C_INFO[:-1]) + "&nbsp;&nbsp;&nbsp;浏览次数：<span id=\"hits\">" + C_INFO[-1].split("：")[1] + "</span>"
    body1 = "".join("\u3000\u3000" + e(x, True) + "<br/>\n<br/>\n" for x in C_BODY1)
    rows = []
    for i, r in enumerate(C_TABLE):
        tag = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in r) + "</tr>")
    table = ('<table class="art-table" border="1" cellspacing="0" cellpadding="4" width="96%" align="center">\n'
             "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>")
    body2 = "".join("\u3000\u3000" + e(x, True) + "<br/>\n<br/>\n" for x in C_BODY2)
    comments = "\n".join(
        f'<div class="cm-item"><div class="cm-meta"><span class="cm-user">{e(u)}</span> <span class="cm-time">{t}</span></div>'
        f'<div class="cm-text">{e(x)}</div></div>' for u, t, x in C_COMMENTS)
    side = "\n".join(f'<li><a href="/news/2026/04/{20 + i}/{1000 + i}.html" target="_blank">{e(x)}</a></li>' for i, x in enumerate(C_SIDE))
    foot = "<br/>\n".join(e(x) for x in C_FOOTER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>{e(C_TITLE)}_科技要闻_{e(C_SITE)}</title>
<meta name="keywords" content="科技成果转移转化,技术合同,中试基地" />
<link rel="stylesheet" type="text/css" href="/css/article.css" />
<script type="text/javascript">var _hits = 0; /* 访问统计 */</script>
<style type="text/css">.left{{float:left;width:760px}} .right{{float:right;width:300px}}</style>
</head>
<body>
<div class="top">
<div class="site-name">{e(C_SITE)}</div>
<div class="nav">{nav}</div>
</div>
<div class="crumb">{crumb}</div>
<div class="main">
<div class="left">
<div class="article">
<div class="art-title">{e(C_TITLE, True)}</div>
<div class="art-info">{info}</div>
<div class="art-content" id="zoom">
<div class="TRS_Editor">
{body1}</div>
<div style="text-align:center;font-weight:bold">{e(C_CAPTION)}</div>
{table}
<div class="TRS_Editor">
<br/>
{body2}</div>
</div>
<div class="editor">{e(C_EDITOR)}</div>
</div>
<!-- 评论 -->
<div class="comments">
<div class="cm-head">{e(C_COMMENTS_HEAD)}</div>
{comments}
</div>
</div>
<div class="right">
<div class="side-title">{e(C_SIDE_HEAD)}</div>
<ul class="side-list">
{side}
</ul>
</div>
</div>
<div class="footer">{foot}</div>
<script type="text/javascript">document.getElementById("hits").innerHTML = "1862";</script>
</body>
</html>
"""


def c_expected_plain():
    out = [C_SITE, " ".join(C_NAV), "当前位置：" + " > ".join(C_CRUMB), C_TITLE, " ".join(C_INFO)]
    out += C_BODY1 + [C_CAPTION] + [" | ".join(r) for r in C_TABLE] + C_BODY2 + [C_EDITOR, C_COMMENTS_HEAD]
    for u, t, x in C_COMMENTS:
        out += [f"{u} {t}", x]
    out += [C_SIDE_HEAD] + C_SIDE + C_FOOTER
    return out


C_BLOCK_TAGS = {"html", "body", "div", "ul", "ol", "li", "table", "tbody", "thead", "h1", "h2", "h3", "p"}


def c_read(html_text):
    """What a reader sees, line by line: block elements and <br> end a line; a table row is its cells joined by
    ' | '; script / style / head are skipped; runs of ASCII whitespace and no-break spaces become one space, and
    each line is stripped (str.strip removes U+3000 and U+00A0 too)."""
    import lxml.html
    root = lxml.html.document_fromstring(html_text)
    lines, cur = [], []

    def norm(s):
        return re.sub(r"[ \t\r\n\xa0]+", " ", s).strip()

    def flush():
        s = norm("".join(cur))
        cur.clear()
        if s:
            lines.append(s)

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "head", "title") or not tag:
            pass
        elif tag == "br":
            flush()
        elif tag == "tr":
            flush()
            lines.append(" | ".join(norm(td.text_content()) for td in el if td.tag in ("td", "th")))
        elif tag in C_BLOCK_TAGS:
            flush()
            cur.append(el.text or "")
            for ch in el:
                walk(ch)
            flush()
        else:
            cur.append(el.text or "")
            for ch in el:
                walk(ch)
        if el.tail:
            cur.append(el.tail)

    walk(root)
    flush()
    return lines


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line). For A (a
# Traditional document) q / a / hint / wrong / right are written in Simplified here and converted with OpenCC s2tw,
# so A's questions are Traditional -- except A's `traditional`-kind question (qs), which stays Simplified: the
# cross-script question for a Traditional document. For B and C (Simplified) the `traditional` question qs is
# converted with s2tw. Unanswerable: keys = regexes absent from the doc (plain, raw, converted; each key also tried in
# s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs (and named in the question); near = terms present
# in the doc. table: col = the header of the answer's column. who_leads: verb after the answer within one clause.
# typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 南投縣 公告 (BIG5 txt; 16)
    dict(id="u42-A01", doc="A", kind="table", q="南投县产业联盟研发类的计画最长可以执行多久？", a="18个月", hint="产业联盟研发类 | ", col="计画期程"),
    dict(id="u42-A02", doc="A", kind="table", q="在南投申请地方特色产品开发类补助，补助款最多可占计画总经费的几成？", a="60%", hint="地方特色产品开发类 | ", col="补助比率上限"),
    dict(id="u42-A03", doc="A", kind="who_leads", q="南投县这项补助的计画审查会由谁担任召集人？", a="产业发展处处长", hint="审查分为资格审查", verb="召集人"),
    dict(id="u42-A04", doc="A", kind="english", q="What is the total subsidy budget for ROC year 115 under Nantou County's local industry innovation R&D subsidy measure?", a="2,400万元", hint="补助经费总额"),
    dict(id="u42-A05", doc="A", kind="english", q="How many scholars and experts form the review panel of Nantou County's innovation R&D subsidy programme?", a="5至7人", hint="邀集学者专家"),
    dict(id="u42-A06", doc="A", kind="english", q="On what date does the application period for Nantou County's innovation R&D subsidy end?", a="115年5月15日", hint="申请期间自"),
    dict(id="u42-A07", doc="A", kind="english_unanswerable", q="How much does Nantou County subsidise a company's booth at an overseas trade fair?", keys=["展覽", "參展", "海外", "國外", "境外"], near=["補助"]),
    dict(id="u42-A08", doc="A", kind="paraphrase", q="南投县的补助款，第一笔在签好契约后先给多少比例？", a="30%", hint="补助款分二期拨付"),
    dict(id="u42-A09", doc="A", kind="paraphrase", q="南投拿到补助的公司，计画结束后还得连着几年回报执行效益？", a="2年", hint="成果效益追踪"),
    dict(id="u42-A10", doc="A", kind="paraphrase", q="在南投，被县府撤销补助的厂商多长时间内不能再来申请？", a="3年", hint="受撤销处分者"),
    dict(id="u42-A11", doc="A", kind="typo", q="南头县获补助的企业接到核定通知后几天内要签约？", a="30日", hint="接获核定通知", wrong="南头", right="南投"),
    dict(id="u42-A12", doc="A", kind="typo", q="南投县受补助者应在计画结束后多久内交结按报告？", a="1个月", hint="提交结案报告", wrong="结按", right="结案"),
    dict(id="u42-A13", doc="A", kind="traditional", qs="南投县的审查结果最晚在哪一天之前公告？", a="115年7月31日", hint="审查结果于"),
    dict(id="u42-A14", doc="A", kind="unanswerable", q="云林县地方产业创新研发补助每案最高补助多少？", gkeys=["雲林", "云林", "Yunlin"], near=["每案補助上限"]),
    dict(id="u42-A15", doc="A", kind="unanswerable", q="南投县116年度这项补助的经费总额是多少？", keys=["116年"], near=["115年度"]),
    dict(id="u42-A16", doc="A", kind="unanswerable", q="经济部中小及新创企业署在南投县这项补助中负责什么？", keys=["經濟部", "中小及新創", "中小企業署"], near=["產業發展處"]),
    # ---- B 赣州 实施办法 (PDF with TOC, footnotes, appendix table; 19)
    dict(id="u42-B01", doc="B", kind="table", q="赣州的高新技术企业有效期满后重新认定过关，能拿多少奖励？", a="12万元", hint="高新技术企业 | ", col="复核通过奖励"),
    dict(id="u42-B02", doc="B", kind="table", q="赣州企业第一次入选瞪羚企业，可以拿到多少奖励？", a="60万元", hint="瞪羚企业 | ", col="首次认定奖励"),
    dict(id="u42-B03", doc="B", kind="table", q="赣州的潜在独角兽企业一年最多能兑付多少创新券？", a="24万元", hint="潜在独角兽企业 | ", col="科技创新券年度额度"),
    dict(id="u42-B04", doc="B", kind="who_leads", q="赣州科技型企业梯次培育和研发奖补工作由哪个部门牵头负责？", a="市科学技术局", hint="牵头负责梯次培育", verb="牵头"),
    dict(id="u42-B05", doc="B", kind="english", q="How long is the concentrated annual application period for Ganzhou's tiered cultivation and R&D rewards?", a="15个工作日", hint="集中申报期为"),
    dict(id="u42-B06", doc="B", kind="english", q="What is the maximum annual reward Ganzhou gives a venture capital institution that invests in local potential unicorn enterprises?", a="100万元", hint="创业投资机构投资"),
    dict(id="u42-B07", doc="B", kind="english", q="In what ratio do Ganzhou's municipal and county finances share the rewards for enterprises in the counties?", a="4:6", hint="市级与县级按"),
    dict(id="u42-B08", doc="B", kind="english", q="What is the maximum annual reward a single Ganzhou enterprise can get for the growth of its R&D expenses?", a="200万元", hint="按研发费用增量部分"),
    dict(id="u42-B09", doc="B", kind="english_unanswerable", q="How much does Ganzhou award an enterprise newly recognised as a national specialised and sophisticated little giant?", keys=["小巨人", "专精特新"], near=["瞪羚企业"]),
    dict(id="u42-B10", doc="B", kind="paraphrase", q="在赣州，一家公司一年里从这笔奖补里合计最多能拿多少？", a="500万元", hint="同一企业同一年度"),
    dict(id="u42-B11", doc="B", kind="paraphrase", q="赣州说的有望成长为独角兽的公司，成立时间有什么上限？", a="10年", hint="估值达到"),
    dict(id="u42-B12", doc="B", kind="paraphrase", q="赣州拿了奖补的公司要是很快把注册地搬走，多久以内要把钱交还？", a="3年", hint="迁离本市"),
    dict(id="u42-B13", doc="B", kind="typo", q="赣洲对首次建立研发准备金制度的企业奖励多少？", a="5万元", hint="首次建立研发准备金制度", wrong="赣洲", right="赣州"),
    dict(id="u42-B14", doc="B", kind="typo", q="赣州各县（市、区）科技部门在申报截止后多少个工作日内完成初申？", a="10个工作日", hint="自申报截止之日起", wrong="初申", right="初审"),
    dict(id="u42-B15", doc="B", kind="traditional", qs="赣州每年给入库的科技型中小企业组织至少几期政策培训？", a="4期", hint="期政策培训"),
    dict(id="u42-B16", doc="B", kind="unanswerable", q="吉安市对首次认定的高新技术企业奖励多少？", gkeys=["吉安", "Ji'an"], near=["高新技术企业"]),
    dict(id="u42-B17", doc="B", kind="unanswerable", q="赣州2025年度研发投入奖补资金一共兑现了多少？", keys=["2025"], near=["研发投入奖补"]),
    dict(id="u42-B18", doc="B", kind="unanswerable", q="赣州市人力资源和社会保障局在这项工作中负责什么？", keys=["人力资源", "人社"], near=["市税务局"]),
    dict(id="u42-B19", doc="B", kind="unanswerable", q="赣州对新认定的省级重点实验室奖励多少钱？", keys=["重点实验室"], near=["高新技术企业"]),
    # ---- C 荆州 news page (GB18030 HTML; 15)
    dict(id="u42-C01", doc="C", kind="table", q="荆州新建的中试基地，一家每年最多能拿多少奖补？", a="150万元", hint="中试基地建设奖补 | ", col="单家年度上限"),
    dict(id="u42-C02", doc="C", kind="table", q="荆州概念验证中心的运营补助按什么比例给？", a="30%", hint="概念验证中心运营补助 | ", col="奖补比例"),
    dict(id="u42-C03", doc="C", kind="table", q="荆州高校院所本地转化奖励是以哪项金额为基数来算的？", a="技术转让到账金额", hint="高校院所本地转化奖励 | ", col="计算基数"),
    dict(id="u42-C04", doc="C", kind="who_leads", q="荆州《若干措施》的落实由哪个部门牵头？", a="市科技局", hint="的落实由", verb="牵头"),
    dict(id="u42-C05", doc="C", kind="english", q="What is the total size of Jingzhou's science and technology achievement transformation guidance fund?", a="5亿元", hint="设立规模"),
    dict(id="u42-C06", doc="C", kind="english", q="How many technology contracts were registered in Jingzhou in 2025?", a="2317项", hint="登记技术合同2317项"),
    dict(id="u42-C07", doc="C", kind="english", q="What one-off reward does Jingzhou give a technology transfer service institution whose registered contract turnover first exceeds 100 million yuan?", a="40万元", hint="首次突破1亿元"),
    dict(id="u42-C08", doc="C", kind="english_unanswerable", q="What is Jingzhou's annual cap on subsidies for enterprises buying large scientific instruments?", keys=["仪器"], near=["中试设备购置投入"]),
    dict(id="u42-C09", doc="C", kind="paraphrase", q="荆州高校把职务成果转化挣到的钱，至少要拿出多大比例奖给科研团队？", a="70%", hint="职务科技成果转化收益"),
    dict(id="u42-C10", doc="C", kind="paraphrase", q="荆州的中试平台一年对外接单要超过多少批，才能额外拿运营奖？", a="30批次", hint="超过30批次"),
    dict(id="u42-C11", doc="C", kind="typo", q="荆洲每年至少遴选多少个早期成果开展概念验证？", a="15个", hint="遴选不少于", wrong="荆洲", right="荆州"),
    dict(id="u42-C12", doc="C", kind="traditional", qs="荆州对拿到科技成果转化贷的企业，按贷款利息的多少给予贴息？", a="40%", hint="按贷款实际利息"),
    dict(id="u42-C13", doc="C", kind="unanswerable", q="荆门市技术合同交易奖补单家企业每年最高多少？", gkeys=["荆门", "荊門", "Jingmen"], near=["技术合同交易奖补"]),
    dict(id="u42-C14", doc="C", kind="unanswerable", q="荆州2024年技术合同成交额是多少？", keys=["2024"], near=["技术合同成交额"]),
    dict(id="u42-C15", doc="C", kind="unanswerable", q="荆州市经信局在《若干措施》落实中负责什么？", keys=["经信", "经济和信息化"], near=["市教育局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 19, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C) -- as unseen40
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 3, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Nantou", "B": "Ganzhou", "C": "Jingzhou"}
PLACE_KEYS = ["雲林", "云林", "Yunlin", "吉安", "Ji'an", "荆门", "荊門", "Jingmen"]  # near-miss places: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
TRAD_DOCS = ("A",)


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


def conv_q(q):
    """The question as asked, and its answer / hint / typo forms in the document's script."""
    q = dict(q)
    if q["doc"] in TRAD_DOCS:
        for k in ("q", "a", "hint", "wrong", "right", "col"):
            if k in q:
                q[k] = S2TW.convert(q[k])
        question = q.get("q", q.get("qs"))  # A's traditional-kind question stays Simplified
    else:
        question = S2TW.convert(q["qs"]) if "qs" in q else q["q"]
    return q, question


def build_bytes():
    a_bytes = "\r\n".join(a_file_lines()).encode("big5") + b"\r\n"
    b_res = b_build()
    c_bytes = c_html().replace("\n", "\r\n").encode("gb18030")
    return a_bytes, b_res, c_bytes


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    a_bytes, (b_bytes, b_pages, b_visual, b_info, b_p0, b_i0), c_bytes = build_bytes()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_bytes)
    (CORPUS / FILE_C).write_bytes(c_bytes)
    # determinism: a second build in the same process gives the same bytes
    a2, (b2, *_), c2 = build_bytes()
    check(a2 == a_bytes and b2 == b_bytes and c2 == c_bytes, "rebuild is not byte-identical")

    # ---- plain texts
    try:
        a_raw = (CORPUS / FILE_A).read_bytes().decode("big5")
    except UnicodeDecodeError:
        check(False, "A: the file does not decode as BIG5")
        a_raw = (CORPUS / FILE_A).read_bytes().decode("big5", errors="replace")
    a_plain, a_rows = a_read(a_raw)
    b_plain = [ln for page in b_pages for ln in page]
    try:
        c_raw = (CORPUS / FILE_C).read_bytes().decode("gb18030")
    except UnicodeDecodeError:
        check(False, "C: the file does not decode as GB18030")
        c_raw = (CORPUS / FILE_C).read_bytes().decode("gb18030", errors="replace")
    c_plain = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    check(T2S.convert(ptext["B"]) == ptext["B"] and T2S.convert(ptext["C"]) == ptext["C"], "B, C: Simplified throughout")
    simp_only_a = {ch for ch in ptext["A"] if S2TW.convert(ch) != ch}
    check(not simp_only_a and TW2S.convert(ptext["A"]) != ptext["A"], f"A: Traditional throughout {sorted(simp_only_a)[:10]}")
    check(1500 <= len(ptext["A"]) <= 3000, f"A: {len(ptext['A'])} characters, want 1,500-3,000")
    check(4000 <= len(ptext["B"]) <= 9000, f"B: {len(ptext['B'])} characters, want 4,000-9,000")
    check(2000 <= len(ptext["C"]) <= 3500, f"C: {len(ptext['C'])} characters, want 2,000-3,500")

    # ---- A: BIG5, CRLF, half-width-space table, ROC dates, 第N條
    try:
        a_bytes.decode("utf-8")
        check(False, "A: the bytes must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    check(a_raw.encode("big5") == a_bytes and not a_bytes.startswith(b"\xef\xbb\xbf"), "A: BIG5 round trip, no BOM")
    check(a_bytes.count(b"\n") == a_bytes.count(b"\r\n") == a_bytes.count(b"\r") and a_bytes.endswith(b"\r\n"), "A: CRLF line ends only")
    check("\t" not in a_raw, "A: no tabs")
    check(a_plain == a_expected_plain(), "A: reading the file gives the designed lines")
    a_lines = a_raw.split("\r\n")
    tl = [ln for ln in a_lines if re.search(r"\S {2,}\S", ln)]
    check(len(tl) == len(A_TABLE) and a_rows == A_TABLE, "A: the table rows (cells split on runs of ASCII spaces)")
    starts = []
    for ln in tl:
        cols = [0] + [m.end() for m in re.finditer(r" {2,}", ln)]
        starts.append([dwidth(ln[:k]) for k in cols])
        check("\u3000" not in ln and not ln.startswith(" "), f"A: table row padded with ASCII spaces only: {ln[:10]}")
    check(len({tuple(s_) for s_ in starts}) == 1 and len(starts[0]) == len(A_TABLE[0]), f"A: columns aligned by display width {starts}")
    cen = [ln for ln in a_lines if ln.startswith(" " * 10)]
    check(len(cen) == 3 and abs(dwidth(cen[0]) + (len(cen[0]) - len(cen[0].lstrip(" "))) - A_WIDTH) <= 2, "A: two centred headings and the right-aligned signature")
    check(cen and dwidth(cen[-1]) == A_WIDTH - 8 and cen[-1].strip() == A_LINES[-1][1], "A: signature right-aligned")
    arts = re.findall(r"^第([一二三四五六七八九十]+)條\u3000", a_raw, flags=re.M)
    check(arts == A_CN[:A_N_ARTS] and A_N_ARTS >= 15, f"A: articles 第一條 … in order {arts}")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    a_dates = re.findall(r"(?:中華民國)?(\d{3})年(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("115", "3", "16"), ("115", "4", "1"), ("115", "4", "1"), ("115", "5", "15"), ("115", "7", "31"), ("115", "4", "1")],
          f"A: ROC dates {a_dates}")
    check(not re.search(r"(?<!\d)20\d\d年", ptext["A"]) and "中華民國115年" in ptext["A"], "A: ROC years only")
    for r in A_TABLE[1:]:
        for c in r[1:]:
            check(num_count(c, a_prose) == 0, f"A: table cell {c} also in the prose")
    check(a_prose.count("召集人") == 1, "A: one 召集人")

    # ---- B: PDF with TOC, footnotes, header / footer, appendix table
    texts, reader = pdf_page_texts(CORPUS / FILE_B)
    n_pages = len(texts)
    check(b_bytes.startswith(b"%PDF-") and 8 <= n_pages <= 12, f"B: a PDF of 8-12 pages ({n_pages})")
    check(n_pages == len(b_pages) == len(b_visual) == len(b_p0), f"B: {n_pages} PDF pages vs {len(b_pages)} tracked, {len(b_p0)} in pass 1")
    for i, (t, vis, page) in enumerate(zip(texts, b_visual, b_pages)):
        check(bool(squash(t)), f"B: page {i + 1} has no text layer (pypdf)")
        check(squash(t) == squash("".join(vis)), f"B: pypdf text of page {i + 1} differs from the drawn pieces in order")
        check(page[0] == B_HEADER and page[-1] == b_footer(i + 1, n_pages), f"B: running header / footer of page {i + 1}")
        check(squash(b_footer(i + 1, n_pages)) in squash(t), f"B: footer of page {i + 1} in the text layer")
    fonts = set()
    for p in reader.pages:
        for f in p["/Resources"]["/Font"].values():
            fo = f.get_object()
            fonts.add(str(fo["/BaseFont"]))
            if str(fo["/BaseFont"]) != "/Helvetica":
                check("/ToUnicode" in fo and "/FontFile2" in str(fo["/FontDescriptor"].get_object()),
                      f"B: font {fo['/BaseFont']} not an embedded TrueType with ToUnicode")
    # TOC: page numbers equal the pages the headings are drawn on (pass 2), and pass 1 agrees
    toc_titles = [v for k, v in B_BLOCKS if k in B_TOC_KINDS]
    check(b_info["toc"] == b_i0["toc"] and list(b_info["toc"]) == toc_titles, "B: TOC pages stable between passes")
    toc_lines = b_info["toc_lines"]
    check(len(toc_lines) == len(toc_titles) and all(pg == 2 for pg, _ in toc_lines), "B: the TOC on page 2")
    for (pg, line), t in zip(toc_lines, toc_titles):
        m = re.fullmatch(re.escape(t) + r" (\.{10,}) (\d+)", line)
        check(bool(m) and int(m.group(2)) == b_info["toc"][t] and t in " ".join(b_pages[int(m.group(2)) - 1]),
              f"B: TOC line {line[:30]} points to the page its heading is on")
    check(sorted(set(b_info["toc"].values())) == sorted(b_info["toc"].values()) or True, "B: toc")
    # footnotes: each drawn once, on the page where its marker is drawn
    check(b_info["notes"] == b_i0["notes"] and sorted(b_info["notes"]) == sorted(B_NOTES), f"B: footnote pages {b_info['notes']}")
    for n, pg in b_info["notes"].items():
        on_page = [ln for ln in b_pages[pg - 1] if ln.startswith(SUP[n])]
        check(len(on_page) == 1 and sum(ln.startswith(SUP[n]) for ln in b_plain) == 1, f"B: footnote {n} drawn on page {pg}")
        check(sum(ln.count(SUP[n]) for ln in b_pages[pg - 1]) == 2, f"B: marker {n} and its footnote on the same page")
    check(len(set(b_info["notes"].values())) >= 2, "B: footnotes on at least two pages")
    import pdfplumber
    with pdfplumber.open(str(CORPUS / FILE_B)) as pdf:
        found = [(i + 1, t) for i, pg in enumerate(pdf.pages) for t in pg.extract_tables()]
        drawn_fonts = {c["fontname"].split("+")[-1] for pg in pdf.pages for c in pg.chars}
        sup_ok = 0
        for n, pg in b_info["notes"].items():
            chars = pdf.pages[pg - 1].chars
            body_mark = [c for c in chars if c["text"] == str(n) and 9.6 < c["size"] < 12.5]  # body text is 13 pt
            note_mark = [c for c in chars if c["text"] == str(n) and c["size"] < 8.9]         # footnote text is 9 pt
            sup_ok += bool(body_mark) and bool(note_mark)
        for i, pg in enumerate(pdf.pages):
            check(len(pg.chars) > 100, f"B: page {i + 1} has no text layer (pdfplumber)")
    check(sup_ok == len(B_NOTES), "B: every marker drawn as a small superscript digit")
    tpage = b_info["table_page"][0] if b_info["table_page"] else 0
    check(len(found) == 1 and found[0][0] == tpage == n_pages, f"B: pdfplumber finds exactly one ruled table, on the last page ({found and found[0][0]})")
    if found:
        check([[squash(c or "") for c in r] for r in found[0][1]] == [[squash(c) for c in r] for r in B_TABLE],
              "B: pdfplumber's table equals the data")
    check(drawn_fonts == {"NotoSansCJKsc-Bold", "NotoSerifCJKsc-Regular"}, f"B: every character drawn in a Noto face {drawn_fonts}")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for r in B_TABLE[1:]:
        for c in r[1:]:
            check(num_count(c, b_prose) == 0, f"B: table cell {c} also in the prose")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check(b_dates == [("2026", "6", "12"), ("2026", "7", "1")], f"B: dates {b_dates}")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(len(b_leads) == 2 and b_leads[0].startswith("第五条　市科学技术局牵头"), f"B: 牵头 lines {b_leads}")
    for pat, k_, nmin in ((r"最高\d+万元", "max", 5), (r"\d+个工作日", "wd", 5)):
        vals = {re.search(r"\d+", m).group() for m in re.findall(pat, b_prose)}
        check(len(vals) >= nmin, f"B: {k_} look-alikes {sorted(vals)}")

    # ---- C: GB18030 HTML, div + br body, sidebar, comments
    try:
        c_bytes.decode("utf-8")
        check(False, "C: the bytes must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        c_bytes.decode("gbk")
        check(False, "C: the bytes must not decode as GBK (4-byte GB18030 sequences)")
    except UnicodeDecodeError:
        pass
    check(c_raw.encode("gb18030") == c_bytes and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: GB18030 round trip, no BOM")
    check(b'charset=gb18030"' in c_bytes[:600], "C: charset declared in a meta tag")
    check(c_bytes.count(b"\n") == c_bytes.count(b"\r\n"), "C: CRLF")
    check(not re.search(r"<p[\s>]", c_raw, flags=re.I), "C: no <p> in the page")
    check(c_raw.count("<br/>") >= 2 * (len(C_BODY1) + len(C_BODY2)), "C: the body lines end with <br/>")
    check("&ldquo;" in c_raw and "&gt;" in c_raw and "&nbsp;" in c_raw, "C: entities in the source")
    check(c_plain == c_expected_plain(), "C: reading the page gives the designed lines")
    if c_plain != c_expected_plain():  # the structural checks below need the designed lines
        c_plain = c_expected_plain()
    i_body = c_plain.index(C_TITLE)
    i_side = c_plain.index(C_SIDE_HEAD)
    i_cm = c_plain.index(C_COMMENTS_HEAD)
    check(c_plain.index("当前位置：" + " > ".join(C_CRUMB)) < i_body < i_cm < i_side, "C: breadcrumb, article, comments, sidebar")
    c_article = "\n".join(c_plain[i_body:i_cm])
    c_side = "\n".join(c_plain[i_side:])
    for city in C_SIDE_CITIES:
        check(city in c_side and city not in c_article, f"C: sidebar city {city} only in the sidebar")
    for pat in (r"最高\d+万元", r"奖励\d+万元", r"\d+亿元", r"\d+%"):
        check(re.search(pat, c_side) is not None and re.search(pat, c_article) is not None, f"C: sidebar look-alike {pat}")
    c_prose = "\n".join(ln for ln in c_plain[c_plain.index(C_BODY1[0]):i_cm] if " | " not in ln)  # the title repeats 200万元
    for r in C_TABLE[1:]:
        for c in r[2:4]:
            check(num_count(c, c_prose) == 0, f"C: table cell {c} also in the article prose")
    check(len([ln for ln in c_plain if "牵头" in ln]) == 1, "C: one 牵头 line")

    raw = {"A": a_raw, "B": "\n".join(texts), "C": c_raw}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(re.escape(key), "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    for q0 in Q:
        q, question = conv_q(q0)
        d, k = q["doc"], q["kind"]
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
                    check(not occurs(re.escape(f), "ABC"), f"{q['id']}: key {f} occurs in some doc")
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
            in_raw = squash(ans) in squash(raw[d]) if d == "B" else ans in raw[d]
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "col" in q:
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = table[0].index(q["col"])
                    check(hit[0][ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask with {q['verb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
        if k == "traditional":
            if d in TRAD_DOCS:  # Simplified question against a Traditional document
                check(T2S.convert(question) == question and S2TW.convert(question) != question, f"{q['id']}: not Simplified")
                other = {ch for ch in question if S2TW.convert(ch) != ch}
            else:
                check(T2S.convert(question) != question and S2TW.convert(question) == question, f"{q['id']}: not Traditional")
                other = set(question) - set(T2S.convert(question))
            check(not any(ch in ptext[d] for ch in other), f"{q['id']}: a character of the other script occurs in the doc")
        elif k not in ("english", "english_unanswerable"):
            if d in TRAD_DOCS:
                check(T2S.convert(question) != question and not {ch for ch in question if S2TW.convert(ch) != ch},
                      f"{q['id']}: questions on the Traditional document are Traditional")
            else:
                check(T2S.convert(question) == question, f"{q['id']}: questions other than traditional are Simplified")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question, f"{q['id']}: typo form")
            check(r in ptext[d], f"{q['id']}: real form not in doc")
            for f in {w, S2TW.convert(w), S2HK.convert(w), T2S.convert(w)}:
                check(not occurs(re.escape(f), "ABC"), f"{q['id']}: wrong form {f} occurs in a document")
        if ev and k != "english":
            if k == "traditional":
                text = S2TW.convert(question) if d in TRAD_DOCS else T2S.convert(question)
            else:
                text = question
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
    check(all(re.fullmatch(r"u42-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage of the format traps
    ev_b = [o["evidence"] for o in out if o["doc"] == FILE_B]
    check(any(e[:1] in SUP.values() for e in ev_b), "B: one question answered by a footnote")
    check(any(SUP[n] in e for e in ev_b for n in SUP if e[:1] not in SUP.values()), "B: one evidence line carries a marker")
    check(any(re.search(r"\d{3}年\d+月\d+日", o["answer"]) for o in out if o["doc"] == FILE_A), "A: an ROC date answer")
    check(sum(1 for q in Q if q["doc"] == "A" and q["kind"] == "table") == 2, "A: two questions on the space-aligned table")

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
    print(f"B: {n_pages} PDF pages; TOC {b_info['toc']}; footnote pages {b_info['notes']}; table on page {tpage}; fonts {sorted(fonts)}")
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


if __name__ == "__main__":
    main()
