#!/usr/bin/env python3
"""Build unseen35: three fictional policy documents --
  A  a plain-text .txt encoded GB18030 (not UTF-8, and not GBK either: one name holds a CJK Ext-A character that GBK
     lacks), CRLF line ends, as copied out of a PDF: the Jiangmen science and technology bureau and finance bureau
     (江门市科学技术局 / 江门市财政局) issuing the 科技创新券实施办法. Every paragraph is hard-wrapped at 30-38
     characters per line (indent included), paragraphs start with two full-width spaces, blank lines sit between only
     some paragraphs, headings 一、 （一） 1. are typed, and one table is written with TAB characters between cells;
  B  a UTF-8 .html article page (Simplified) in the style of a Chinese government site: the Jilin science and
     technology department (吉林省科学技术厅) -- 2026年度吉林省重点实验室拟认定名单的公示. The body is one
     <div id="zoom"> whose lines are separated by <br> with &nbsp; / full-width indentation and NO <p> element; a data
     table whose 建设内容 and 联系人 cells hold two <br>-separated lines; an 附件 list of links; site furniture;
  C  a Word .docx 工作方案 (Simplified) of Zibo (淄博市) -- 2026年技术转移体系建设工作方案 -- with a section header
     "淄博市科学技术局文件" and a footer page number (PAGE field), a data table whose 任务 cells hold two paragraphs
     (title + detail), a 注 paragraph under it, and the issuing bodies / date laid out in a 2-column borderless table
     at the end;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen35/. Deterministic: a rebuild is byte for byte identical.

Approach and several helpers (hint picking exactly one evidence line, digit-bounded num_count, keys / gkeys / near
for unanswerables, lcs_run for paraphrases, OpenCC for cross-script questions, the question-checking loop, the fixed
zip timestamps of the docx) follow unseen32's builder nearly verbatim; the readers (txt_lines, html_lines,
docx_lines) are new because the formats are."""
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

FILE_A = "A_jiangmen_keji_chuangxinquan_shishi_banfa_gb18030.txt"
FILE_B = "B_jilin_2026_shengji_zhongdian_shiyanshi_nirending_mingdan_gongshi.html"
FILE_C = "C_zibo_2026_jishu_zhuanyi_tixi_jianshe_gongzuo_fangan.docx"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 江门 科技创新券实施办法 as a GB18030 .txt copied out of a PDF (Simplified).
#    Blocks: (kind, text, width). Kinds:
#      title / sal  -- no indent, wrapped at `width` characters;
#      p            -- first line indented with two full-width spaces, wrapped at `width` characters (indent counted);
#      line         -- one unindented line (文号, 办法 title, table caption);
#      h            -- one indented heading line (typed 一、);
#      sign         -- one line pushed right with `width` full-width spaces;
#      table        -- TAB-separated rows, no indent;
#      blank        -- an empty line.
#    The plain line of a wrapped paragraph is the whole paragraph joined (continuation lines appended as they are).
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["服务类别", "服务内容", "补贴比例", "单笔上限", "年度上限"],
    ["检验检测", "产品检测、性能测试、认证检验", "50%", "10万元", "20万元"],
    ["技术开发", "委托研发、联合攻关、样品试制", "40%", "30万元", "50万元"],
    ["技术咨询", "技术诊断、工艺优化咨询", "60%", "5万元", "8万元"],
    ["科技查新", "查新检索、专利分析", "70%", "2万元", "4万元"],
    ["知识产权", "专利布局、高价值专利培育", "45%", "6万元", "12万元"],
    ["大型仪器共享", "仪器机时、测试分析", "55%", "15万元", "25万元"],
    ["中试熟化", "小试中试、工艺验证", "35%", "40万元", "60万元"],
]
A_BLOCKS = [
    ("title", "江门市科学技术局　江门市财政局关于印发《江门市科技创新券实施办法》的通知", 30),
    ("blank", "", 0),
    ("line", "江科字〔2026〕7号", 0),
    ("blank", "", 0),
    ("sal", "各市（区）科技主管部门、财政局，江门高新区（江海区）有关部门，各有关单位：", 34),
    ("p", "为进一步降低科技型中小企业创新成本，引导企业充分利用高校、科研院所和科技服务机构的创新资源，市科学技术局、市财政局制定了《江门市科技创新券实施办法》，现印发给你们，请认真贯彻执行。实施中遇到的问题，请径向市科学技术局反映。", 35),
    ("blank", "", 0),
    ("sign", "江门市科学技术局　　江门市财政局", 12),
    ("sign", "2026年3月9日", 16),
    ("blank", "", 0),
    ("line", "江门市科技创新券实施办法", 0),
    ("blank", "", 0),
    ("h", "一、总则", 0),
    ("p", "（一）为规范科技创新券（以下简称创新券）的发放、使用和兑付管理，提高财政资金使用效益，根据《江门市市级科技专项资金管理办法》等有关规定，结合本市实际，制定本办法。", 35),
    ("p", "（二）本办法所称创新券，是指市财政安排专项资金，以电子凭证形式向企业和创业团队发放，用于购买科技创新服务的补助凭证。创新券实行“网上申领、按需使用、事后兑付”的管理方式。", 35),
    ("p", "（三）创新券发放总额按年度预算确定，2026年度发放总额为3200万元，其中面向五邑侨乡创新创业团队的额度不少于400万元。", 35),
    ("p", "（四）创新券的发放和使用遵循公开透明、普惠公平、诚实守信的原则，优先支持首次购买科技服务的企业和创业团队。", 35),
    ("p", "（五）市科学技术局可根据财政预算执行情况和企业需求，在年度内分期发放创新券。", 35),
    ("h", "二、申领对象和条件", 0),
    ("p", "（一）申领创新券的企业应当在江门市内注册、具有独立法人资格，上年度营业收入不超过2亿元，且上年度研发费用占营业收入的比例不低于3%。", 35),
    ("p", "（二）创业团队应由3名以上成员组成，其中至少1名成员具有硕士及以上学位或中级及以上专业技术职称，团队负责人在本市连续居住满6个月。", 35),
    ("p", "（三）近2年内存在严重失信行为，或被列入科研诚信严重失信行为记录名单的企业和团队，不得申领创新券。", 35),
    ("p", "（四）同一申领主体在同一年度内只能以企业或创业团队其中一种身份申领创新券。", 35),
    ("blank", "", 0),
    ("h", "三、支持范围和标准", 0),
    ("p", "（一）创新券可用于购买检验检测、技术开发、技术咨询、科技查新、知识产权、大型仪器共享和中试熟化等科技服务，各类服务的补贴比例和补贴上限见表1。", 35),
    ("blank", "", 0),
    ("line", "表1　创新券支持服务类别及补贴标准", 0),
    ("table", A_TABLE, 0),
    ("blank", "", 0),
    ("p", "（二）企业使用创新券购买服务，按服务合同实际支付金额和表1所列比例给予补贴，单笔合同补贴额不超过表1所列单笔上限。", 35),
    ("p", "（三）每个自然年度内，同一企业通过创新券累计获得的补贴不超过80万元；创业团队年度累计兑付不超过7万元。", 35),
    ("p", "（四）台山市、开平市、鹤山市、恩平市所属企业购买市外高校和科研院所服务的，补贴比例在表1基础上提高5个百分点。", 35),
    ("p", "（五）企业购买关联方提供的服务、同一服务机构的重复服务，以及已获得其他市级财政资金支持的服务事项，不得使用创新券。", 35),
    ("p", "（六）创新券补贴实行“先服务、后兑付”，企业应先行全额支付服务费用，兑付时提交服务合同、付款凭证、发票和服务报告等材料。", 35),
    ("h", "四、服务机构管理", 0),
    ("p", "（一）服务机构实行备案管理。在市科技业务管理系统完成备案的高校、科研院所、检验检测机构和科技服务企业，方可承接创新券服务。", 35),
    ("p", "（二）服务机构应如实开具发票、出具服务报告，不得以虚假合同、变相返利等方式套取创新券资金。", 35),
    ("p", "（三）市科学技术局每年对服务机构开展一次绩效评价，评价结果分为优秀、合格、不合格三个等次；连续两年评价为不合格的，取消其备案资格。", 35),
    ("p", "（四）服务机构应建立创新券服务台账，按季度向市科学技术局报送服务开展情况，并对服务质量作出书面承诺。", 35),
    ("blank", "", 0),
    ("h", "五、申领和兑付流程", 0),
    ("p", "1.申领。企业和创业团队通过市科技业务管理系统在线申领，申领时间为每年3月1日至10月31日。创新券自发放之日起9个月内有效，逾期自动作废。", 35),
    ("p", "2.使用。企业与备案服务机构签订技术服务合同，单份合同金额不低于1万元，并在系统中登记合同信息。", 35),
    ("p", "3.兑付。服务机构按合同约定完成服务并出具服务报告后，企业应在30日内提交兑付申请，经市科学技术局审核并公示5个工作日无异议后，由市财政局将补贴资金拨付至企业账户。", 35),
    ("p", "4.评估。市科学技术局每年组织对创新券使用成效进行评估，评估结果作为调整支持方向和补贴标准的依据。", 35),
    ("h", "六、职责分工", 0),
    ("p", "（一）市科学技术局牵头负责创新券的组织实施，负责服务机构备案管理、创新券发放审核和绩效评价。", 35),
    ("p", "（二）市财政局负责创新券资金的预算安排和拨付，会同市科学技术局开展资金监督检查。", 35),
    ("p", "（三）各市（区）科技主管部门负责本地区企业和创业团队申领材料的初审，配合做好兑付资料核查。", 35),
    ("p", "（四）市科技创新服务中心负责创新券管理系统的日常运行维护，提供政策咨询和操作培训服务。", 35),
    ("p", "（五）各备案服务机构负责按照合同约定提供服务，配合做好服务核查和绩效评价工作。", 35),
    ("blank", "", 0),
    ("h", "七、监督管理", 0),
    ("p", "（一）对以虚构服务、虚开发票等方式骗取创新券资金的，追回已兑付资金，5年内不得申领创新券；涉嫌违法的，移送有关部门依法处理。", 35),
    ("p", "（二）创新券不得转让、买卖，不得用于支付表1所列服务以外的费用。", 35),
    ("p", "（三）市科学技术局会同市财政局每年按不低于10%的比例对兑付项目开展抽查，抽查结果向社会公开。", 35),
    ("p", "（四）市科学技术局将创新券申领、兑付和服务机构评价等信息在市科技业务管理系统公开，接受社会监督。", 35),
    ("h", "八、附则", 0),
    ("p", "（一）本办法由市科学技术局负责解释。", 35),
    ("p", "（二）本办法经市人民政府同意后印发，报省科学技术厅备案，自2026年4月1日起施行，有效期3年。《江门市科技创新券管理暂行办法》（江科〔2021〕35号）同时废止。", 35),
    ("p", "（三）各市（区）可参照本办法制定本地区创新券实施细则，所需资金由本级财政安排。", 35),
    ("blank", "", 0),
    ("p", "联系人：市科学技术局　黄㛃，电话：0750-3275816", 35),
    ("p", "市财政局　区慧敏，电话：0750-3508462", 35),
]
A_NOT_GBK = "㛃"  # CJK Ext-A (U+36C3): a four-byte GB18030 sequence, absent from GBK
CLOSE_P = set("，。、；：？！）》〕”’」』%")
OPEN_P = set("（《〔“‘「『")
FW = "\u3000"


def wrap(text, width, first_cap):
    """Greedy hard wrap as a PDF line layout would copy out: ASCII runs (digits, %, .) are never broken; a closing
    punctuation mark that would start a line hangs on the line before; an opening one never ends a line."""
    toks = re.findall(r"[0-9A-Za-z.%\-]+|.", text)
    lines, cur, cap, i = [], "", first_cap, 0
    while i < len(toks):
        t = toks[i]
        if not cur or len(cur) + len(t) <= cap:
            cur += t
            i += 1
            continue
        if t in CLOSE_P:
            while i < len(toks) and toks[i] in CLOSE_P:
                cur += toks[i]
                i += 1
        elif cur[-1] in OPEN_P:
            lines.append(cur[:-1])
            cur, cap = cur[-1], width
            continue
        lines.append(cur)
        cur, cap = "", width
    if cur:
        lines.append(cur)
    return lines


def a_raw_lines():
    """The raw lines of the file (without line ends) and, per block, the raw line indices it occupies."""
    out, spans = [], []
    for kind, val, width in A_BLOCKS:
        start = len(out)
        if kind == "blank":
            out.append("")
        elif kind in ("title", "sal"):
            out += wrap(val, width, width)
        elif kind == "p":
            ls = wrap(val, width, width - 2)
            out += [FW * 2 + ls[0]] + ls[1:]
        elif kind == "line":
            out.append(val)
        elif kind == "h":
            out.append(FW * 2 + val)
        elif kind == "sign":
            out.append(FW * width + val)
        elif kind == "table":
            out += ["\t".join(r) for r in val]
        spans.append((kind, start, len(out)))
    return out, spans


def a_expected_lines():
    out = []
    for kind, val, _ in A_BLOCKS:
        if kind == "blank":
            continue
        if kind == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def build_txt_a():
    raw, _ = a_raw_lines()
    return ("\r\n".join(raw) + "\r\n").encode("gb18030")


def txt_lines(raw_bytes):
    """What a reader of the copied-out text sees, one plain line per paragraph: decode GB18030; split on CRLF; an empty
    line ends a paragraph; a line holding TAB is a table row (cells joined by ' | '); a line starting with a
    full-width space starts a new paragraph (leading full-width spaces dropped); any other line continues the open
    paragraph (appended as it is) or, if none is open, starts one. Returns (plain lines, raw lines)."""
    text = raw_bytes.decode("gb18030")
    raw = text.split("\r\n")
    if raw and raw[-1] == "":
        raw = raw[:-1]
    lines, cur = [], None

    def close():
        nonlocal cur
        if cur is not None:
            lines.append(cur)
        cur = None

    for ln in raw:
        if ln == "":
            close()
        elif "\t" in ln:
            close()
            lines.append(" | ".join(ln.split("\t")))
        elif ln.startswith(FW):
            close()
            cur = ln.lstrip(FW)
        elif cur is not None:
            cur += ln
        else:
            cur = ln
    close()
    return lines, raw


# ---------------------------------------------------------------------------------------------------------------
# B: 吉林 公示 as a UTF-8 .html government article page (Simplified). Table cells given as a list are several lines
#    separated by <br> in the page; a reader sees them joined by one space.
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["序号", "实验室名称", "依托单位", "所在地", "主要建设内容", "联系人及电话"],
    ["1", "吉林省汽车轻量化材料重点实验室", "长春汽车新材料研究院有限公司", "长春市", ["高强铝合金车身材料", "碳纤维复合材料成型工艺"], ["赵明远", "0431-85126637"]],
    ["2", "吉林省玉米精深加工重点实验室", "吉林粮谷生物科技股份有限公司", "吉林市", ["玉米淀粉酶法转化", "生物基聚乳酸材料"], ["孙晓丽", "0432-62175508"]],
    ["3", "吉林省人参药效物质重点实验室", "通化参源药业有限公司", "通化市", ["人参皂苷分离纯化", "中药复方药效评价"], ["刘佳琪", "0435-3268841"]],
    ["4", "吉林省光电子器件重点实验室", "长春光谷半导体科技有限公司", "长春市", ["高功率半导体激光芯片", "光电封装可靠性测试"], ["王浩然", "0431-81937264"]],
    ["5", "吉林省黑土地保护利用重点实验室", "四平黑土农业科学研究院", "四平市", ["黑土地力提升技术", "保护性耕作装备研制"], ["陈国栋", "0434-3526179"]],
    ["6", "吉林省冰雪装备重点实验室", "吉林北山冰雪装备制造有限公司", "吉林市", ["高性能滑雪板材料", "人工造雪节能系统"], ["李思彤", "0432-64318825"]],
    ["7", "吉林省梅花鹿产品开发重点实验室", "辽源鹿乡生物工程有限公司", "辽源市", ["鹿茸活性肽提取", "鹿产品质量追溯"], ["周文博", "0437-5186294"]],
    ["8", "吉林省林下资源综合利用重点实验室", "延边长白林业科技有限公司", "延边朝鲜族自治州", ["林下参生态种植", "食用菌种质资源保护"], ["金美善", "0433-2657103"]],
]
B_TITLE = "关于2026年度吉林省重点实验室拟认定名单的公示"
B_NAV = ["首页", "机构概况", "政务公开", "政务服务", "科技动态", "互动交流", "专题专栏"]
B_CRUMB = ["首页", "政务公开", "通知公告"]
B_INFO = "发布时间：2026-06-18　来源：平台建设与基础研究处　浏览次数：1968"
# zoom lines: (indent, text) -- indent "nb" = four &nbsp;, "fw" = two full-width spaces, "" none, "right" = many &nbsp;,
# "h" = full-width indent + <strong>; ("table",) marks where the table stands; ("a", href, text) an attachment link.
B_ZOOM = [
    ("", "各有关单位："),
    ("nb", "根据《吉林省重点实验室建设与运行管理办法》有关规定，经单位申报、市（州）科技局和省直有关部门推荐、形式审查、专家评审和现场考察，省科学技术厅从46家申报单位中研究确定了2026年度吉林省重点实验室拟认定名单，共8家，现予以公示。"),
    ("h", "一、拟认定名单"),
    ("table",),
    ("h", "二、公示时间"),
    ("fw", "公示期为2026年6月19日至2026年6月25日，共5个工作日。"),
    ("h", "三、异议处理"),
    ("fw", "公示期间，任何单位或个人对拟认定名单有异议的，可以书面形式向省科学技术厅平台建设与基础研究处提出。以单位名义提出异议的，须加盖单位公章；以个人名义提出异议的，须在书面材料上签署真实姓名并注明联系方式。逾期或匿名提出的异议不予受理。"),
    ("fw", "联系人：郑博文　联系电话：0431-88973512"),
    ("fw", "通讯地址：长春市南关区人民大街3288号"),
    ("h", "四、后续管理"),
    ("nb", "（一）公示无异议的，由省科学技术厅发文认定，建设期为3年，建设期内每个实验室给予省级科技发展计划经费支持150万元。"),
    ("nb", "（二）依托单位负责实验室的组建和日常运行管理，按照不低于1:1的比例落实配套经费。"),
    ("nb", "（三）各市（州）科技局牵头组织本地区实验室年度运行情况的审核，配合做好建设期满验收。"),
    ("nb", "（四）建设期满验收不合格的，撤销其吉林省重点实验室称号，依托单位2年内不得再次申报。"),
    ("nb", "（五）实验室应于每年1月底前报送上年度运行报告；研究方向、依托单位或实验室主任发生重大调整的，须报省科学技术厅备案。"),
    ("fw", "附件："),
    ("a", "/zwgk/tzgg/202606/P020260618374512906831.pdf", "1. 2026年度吉林省重点实验室拟认定名单.pdf"),
    ("a", "/zwgk/tzgg/202606/P020260618374512906832.docx", "2. 吉林省重点实验室公示异议申请表.docx"),
    ("right", "吉林省科学技术厅"),
    ("right", "2026年6月18日"),
]
B_FOOTER = ["主办单位：吉林省科学技术厅　承办单位：吉林省科技信息中心",
            "地址：长春市南关区人民大街3288号　邮编：130022",
            "相关链接：吉林省人民政府　科学技术部　吉林省财政厅　吉林省科学院",
            "网站标识码：2200000031　吉ICP备05003217号-1　吉公网安备22010202000718号"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cell_lines(c):
    return c if isinstance(c, list) else [c]


def cell_text(c):
    return " ".join(cell_lines(c))


def b_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
             f"<title>{esc(B_TITLE)}_通知公告_吉林省科学技术厅</title>\n"
             '<meta name="ArticleTitle" content="' + esc(B_TITLE) + '" />\n'
             '<meta name="PubDate" content="2026-06-18 09:30" />\n'
             "<style type=\"text/css\">\nbody{margin:0;font:14px/1.8 '宋体',SimSun;}\n.nav li{float:left;padding:0 18px;}\n"
             "#zoom{font-size:16px;line-height:2;}\n#zoom table{border-collapse:collapse;margin:0 auto;}\n"
             "#zoom td{border:1px solid #000;padding:4px 6px;}\n.footer{background:#0b4f9c;color:#fff;text-align:center;}\n</style>\n"
             "<script type=\"text/javascript\">\nfunction doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}\n</script>\n"
             "</head>\n<body>\n")
    h.append('<div class="header">\n<div class="logo"><a href="/"><img src="/images/logo.png" alt="吉林省科学技术厅" /></a></div>\n'
             '<div class="search"><form action="/search/" method="get"><input type="text" name="q" value="" />'
             '<button type="submit">搜索</button></form></div>\n</div>\n')
    lines.append("搜索")
    h.append('<div class="nav">\n<ul>\n')
    for i, n in enumerate(B_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/col/col{i + 2716}/index.html"}">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n</div>\n")
    h.append('<div class="crumb">当前位置：' + " &gt; ".join(f'<a href="#">{c}</a>' for c in B_CRUMB) + "</div>\n")
    lines.append("当前位置：" + " > ".join(B_CRUMB))
    h.append(f'<div class="article">\n<h1 class="title">{esc(B_TITLE)}</h1>\n<div class="info">{B_INFO}</div>\n'
             '<div class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
             '<a href="javascript:doZoom(14)">小</a></div>\n')
    lines += [B_TITLE, B_INFO, "字号：大 中 小"]
    h.append('<div id="zoom" class="TRS_Editor">\n')
    for item in B_ZOOM:
        if item[0] == "table":
            h.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;">\n<tbody>\n')
            for i, r in enumerate(B_TABLE):
                tds = []
                for c in r:
                    inner = "<br />".join(esc(x) for x in cell_lines(c))
                    tds.append(f'<td align="center" valign="middle"><strong>{inner}</strong></td>' if i == 0
                               else f'<td valign="middle">{inner}</td>')
                h.append("<tr>" + "".join(tds) + "</tr>\n")
                lines.append(" | ".join(cell_text(c) for c in r))
            h.append("</tbody>\n</table>\n")
            continue
        if item[0] == "a":
            h.append(f'&nbsp;&nbsp;&nbsp;&nbsp;<a href="{item[1]}" target="_blank">{esc(item[2])}</a><br />\n')
            lines.append(item[2])
            continue
        ind, text = item
        pre = {"": "", "nb": "&nbsp;" * 4, "fw": FW * 2, "right": "&nbsp;" * 40, "h": FW * 2}[ind]
        body = f"<strong>{esc(text)}</strong>" if ind == "h" else esc(text)
        h.append(f"{pre}{body}<br />\n")
        lines.append(text)
    h.append("</div>\n")
    h.append('<div class="tools"><a href="javascript:window.print();">打印本页</a>&nbsp;&nbsp;'
             '<a href="javascript:window.close();">关闭窗口</a></div>\n</div>\n')
    lines.append("打印本页 关闭窗口")
    h.append('<div class="footer">\n')
    for n in B_FOOTER:
        h.append(f"<div>{esc(n)}</div>\n")
        lines.append(n)
    h.append("</div>\n</body>\n</html>\n")
    return "".join(h), lines


H_BLOCK = {"div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr",
           "form", "header", "footer", "nav", "section", "main", "article", "body", "center"}


def html_norm(s):
    return re.sub(r"[ \t\r\n\xa0]+", " ", s).strip(" " + FW)


def html_segments(el, out):
    """Text of el split at <br>: out is a list of strings, a <br> starts a new one."""
    if el.text:
        out[-1] += el.text
    for c in el:
        if isinstance(c.tag, str):
            if c.tag == "br":
                out.append("")
            elif c.tag not in ("script", "style"):
                html_segments(c, out)
        if c.tail:
            out[-1] += c.tail
    return out


def html_lines(raw_bytes):
    """What a reader sees in a page whose lines are made by <br>: block elements (div, li, h*, table, tr, p, ...)
    begin and end a line, a <br> ends one; a table row is one line, its cells (td / th) joined by ' | ', the <br>-lines
    inside a cell joined by one space; &nbsp; and whitespace runs collapse to one space; lines are stripped of spaces
    and full-width spaces; empty lines dropped; <head>, script and style skipped. Returns (lines, tables, root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    body = root.find("body")
    lines, cur, tables = [], [], []

    def flush():
        t = html_norm("".join(cur))
        cur.clear()
        if t:
            lines.append(t)

    def walk(el):
        if el.text:
            cur.append(el.text)
        for c in el:
            tag = c.tag if isinstance(c.tag, str) else None
            if tag in ("script", "style"):
                pass
            elif tag == "br":
                flush()
            elif tag == "tr":
                flush()
                cells = [[html_norm(s) for s in html_segments(x, [""]) if html_norm(s)] for x in c
                         if isinstance(x.tag, str) and x.tag in ("td", "th")]
                tbl = c.getparent()
                while tbl.tag != "table":
                    tbl = tbl.getparent()
                if not tables or tables[-1][0] is not tbl:
                    tables.append((tbl, []))
                tables[-1][1].append([x if len(x) > 1 else (x[0] if x else "") for x in cells])
                lines.append(" | ".join(" ".join(x) for x in cells))
            elif tag in H_BLOCK:
                flush()
                walk(c)
                flush()
            elif tag is not None:
                walk(c)
            if c.tail:
                cur.append(c.tail)

    walk(body)
    flush()
    return lines, [t for _, t in tables], root


# ---------------------------------------------------------------------------------------------------------------
# C: 淄博 工作方案 as .docx (Simplified). Kinds: title, p, h (typed 一、 heading, bold), cap, table (data table; a
#    list cell = several paragraphs in that cell, the first bold), note (small 注), layout (the borderless 2-column
#    signature/date table: left = issuing bodies, one paragraph each; right = date).
# ---------------------------------------------------------------------------------------------------------------
C_HEADER = "淄博市科学技术局文件"
C_TABLE = [
    ["序号", "任务", "牵头单位", "完成时限"],
    ["1", ["建设线上技术交易平台", "依托淄博科技大市场建成线上技术交易平台，汇聚可转化科技成果2000项以上，实现成果发布、需求对接和在线签约一站式服务。"], "市科技局", "2026年6月30日"],
    ["2", ["培育技术经理人队伍", "举办技术经理人初级、中级培训班4期，每期学员不少于75人，推动技术经理人纳入职称评价体系。"], "市人力资源和社会保障局", "2026年9月30日"],
    ["3", ["布局概念验证中心", "在新材料、生物医药领域布局建设概念验证中心3家，每家给予最高200万元支持。"], "市科技局", "2026年10月31日"],
    ["4", ["开展“科技成果进园区”活动", "组织高校院所进园区对接活动不少于20场，征集发布企业技术需求500项。"], "市工业和信息化局", "2026年11月30日"],
    ["5", ["完善技术合同登记服务", "在各区县设立技术合同登记服务点，实现区县全覆盖，登记办理时限压缩至3个工作日。"], "各区县人民政府", "2026年8月31日"],
    ["6", ["设立技术转移奖补资金", "市级财政安排技术转移奖补资金2600万元，对技术转移机构按其促成技术交易额的1.5%给予奖励。"], "市财政局", "2026年7月31日"],
]
C_BODIES = ["淄博市科学技术局", "淄博市财政局", "淄博市工业和信息化局"]
C_DATE = "2026年3月16日"
C_BLOCKS = [
    ("title", "淄博市2026年技术转移体系建设工作方案"),
    ("p", "为深入实施创新驱动发展战略，加快科技成果向现实生产力转化，推动新材料、高端化工、医药健康和智能装备等优势产业创新发展，根据国家和省关于加快构建技术转移体系的部署要求，结合我市实际，制定本方案。本方案所称技术转移体系，包括技术转移机构、技术市场、技术经理人队伍和相关政策支撑等。"),
    ("h", "一、工作目标"),
    ("p", "到2026年底，全市技术合同成交额达到260亿元，新增市级以上技术转移机构12家，培育技术经理人300名，促成校地、院企合作项目不少于150项，技术转移服务网络覆盖全部区县和省级以上园区。"),
    ("p", "技术转移机构服务能力明显增强，高校院所科技成果在我市转化数量较上年增长两成以上，企业技术需求响应率达到九成以上，重点产业链关键技术需求清单实现动态更新，初步形成要素齐全、运行高效的技术转移体系。"),
    ("h", "二、重点任务"),
    ("p", "围绕平台建设、人才培育、载体布局、供需对接、登记服务和资金引导，重点推进以下6项任务，任务分工及完成时限见表1。"),
    ("cap", "表1　2026年技术转移体系建设重点任务分工"),
    ("table", C_TABLE),
    ("note", "注：1. “完成时限”指任务主体工作的完成时间，相关工作在完成时限后应持续推进；2. 概念验证中心支持资金按其年度建设投入的30%核定，单个中心不超过表1所列最高额；3. 技术经理人是指在科技成果转移转化活动中从事成果挖掘、价值评估、供需对接和交易撮合等服务的专业人员。"),
    ("p", "各牵头单位要对照表1细化工作措施，确保各项任务按期完成；涉及多个部门的任务，由牵头单位会同相关部门共同推进。"),
    ("h", "三、职责分工"),
    ("p", "（一）市科技局牵头负责本方案的组织实施和统筹调度，负责技术转移机构的备案管理和绩效评价。"),
    ("p", "（二）市财政局负责奖补资金的预算安排、拨付和绩效监管。"),
    ("p", "（三）市工业和信息化局负责征集发布企业技术需求，配合开展“科技成果进园区”活动。"),
    ("p", "（四）市人力资源和社会保障局负责将技术经理人纳入职称评价和人才支持政策范围。"),
    ("p", "（五）各区县人民政府负责本地区技术合同登记服务点建设和配套政策落实。"),
    ("p", "（六）淄博科技大市场运营机构负责线上技术交易平台的日常运营，定期发布技术转移服务动态。"),
    ("h", "四、进度安排"),
    ("p", "（一）部署启动。2026年4月底前，各区县、各有关部门制定具体落实措施，明确责任人和时间节点。"),
    ("p", "（二）全面推进。2026年5月至11月，各牵头单位按照任务分工组织实施，每月5日前向市科技局报送上月工作进展。"),
    ("p", "（三）总结评估。2026年12月中旬，市科技局会同市财政局对任务完成情况进行总结评估，评估结果作为下一年度资金安排的重要依据。"),
    ("h", "五、保障措施"),
    ("p", "（一）强化工作调度。建立技术转移工作联席机制，市科技局每季度召开一次工作推进会，通报任务进展，协调解决重点问题。"),
    ("p", "（二）强化考核激励。将技术转移工作纳入区县科技创新考核，权重不低于6%，考核结果与市级科技专项资金分配挂钩。"),
    ("p", "（三）强化金融支持。引导科技支行、创投机构对技术交易项目给予信贷和股权投资支持，对年度促成技术交易额超过1亿元的技术转移机构，在市级科技计划项目推荐中予以优先支持。"),
    ("p", "（四）强化宣传推广。通过“淄博科技”微信公众号、淄博科技大市场门户网站等渠道，及时宣传技术转移典型案例，营造良好氛围。"),
    ("p", "（五）强化安全保障。严格落实科技成果转化中的保密和知识产权保护要求，防止国有资产流失和技术秘密泄露。"),
    ("layout", (C_BODIES, C_DATE)),
]
C_FIXED = (2026, 3, 16, 10, 0, 0)


def c_row_line(r):
    return " | ".join(cell_text(c) for c in r)


def c_expected_lines():
    out = [C_HEADER]
    for kind, val in C_BLOCKS:
        if kind == "table":
            out += [c_row_line(r) for r in val]
        elif kind == "layout":
            out.append(" ".join(val[0]) + " | " + val[1])
        else:
            out.append(val)
    out.append("— 1 —")
    return out


def build_docx_c():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt

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
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5), Cm(2.8), Cm(2.6)
    # page header: the red-head line "淄博市科学技术局文件"
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hr = hp.add_run(C_HEADER)
    hr.bold = True
    hr.font.size = Pt(14)
    east_asia(hr, "方正小标宋简体")
    # page footer: "— PAGE —" with a complex field, cached result 1
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("— ")
    for piece in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                  '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                  '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                  '<w:r %s><w:t>1</w:t></w:r>',
                  '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        fp._p.append(parse_xml(piece % nsdecls("w")))
    tail = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = " —"
    tt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    tail.append(tt)
    fp._p.append(tail)

    for kind, val in C_BLOCKS:
        if kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            trpr = t.rows[0]._tr.get_or_add_trPr()
            hh = OxmlElement("w:tblHeader")
            hh.set(qn("w:val"), "true")
            trpr.append(hh)
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    for k, text in enumerate(cell_lines(c)):
                        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        if i == 0 or j != 1:
                            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        run = para.add_run(text)
                        run.font.size = Pt(10.5)
                        if i == 0 or (isinstance(c, list) and k == 0):
                            run.bold = True
            continue
        if kind == "layout":
            bodies, date = val
            t = doc.add_table(rows=1, cols=2)
            tblpr = t._tbl.tblPr
            borders = OxmlElement("w:tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                e = OxmlElement(f"w:{side}")
                e.set(qn("w:val"), "nil")
                borders.append(e)
            look = tblpr.find(qn("w:tblLook"))
            if look is not None:  # CT_TblPr order: tblBorders before tblLook
                look.addprevious(borders)
            else:
                tblpr.append(borders)
            left, right = t.cell(0, 0), t.cell(0, 1)
            for k, b in enumerate(bodies):
                para = left.paragraphs[0] if k == 0 else left.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.add_run(b)
            rp = right.paragraphs[0]
            rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rp.add_run(date)
            continue
        para = doc.add_paragraph()
        run = para.add_run(val)
        if kind == "title":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(18)
            east_asia(run, "方正小标宋简体")
        elif kind == "h":
            para.paragraph_format.first_line_indent = Pt(24)
            run.bold = True
            east_asia(run, "黑体")
        elif kind == "p":
            para.paragraph_format.first_line_indent = Pt(24)
        elif kind == "cap":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
        elif kind == "note":
            run.font.size = Pt(9)
    cp = doc.core_properties
    cp.title = "淄博市2026年技术转移体系建设工作方案"
    cp.author = "淄博市科学技术局"
    cp.last_modified_by = "淄博市科学技术局"
    cp.created = _dt.datetime(*C_FIXED)
    cp.modified = _dt.datetime(*C_FIXED)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=C_FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_lines(path):
    """Plain lines of a .docx as a reader sees it: the section's page header paragraphs first, then the body in order
    (each non-empty paragraph one line; each table row one line, one entry per w:tc -- the cell's non-empty paragraphs
    joined by one space -- entries joined by ' | '), then the page footer paragraphs (a field shown by its cached
    result). Text = all w:t of a paragraph in order. Returns (lines, info)."""
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(str(path))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    sec = doc.sections[0]
    info = {"header": [ptext(p) for p in sec.header._element.iter(qn("w:p")) if ptext(p).strip()],
            "footer": [ptext(p) for p in sec.footer._element.iter(qn("w:p")) if ptext(p).strip()],
            "footer_xml": sec.footer._element.xml, "tables": [], "body": [], "raw": []}
    lines = list(info["header"])
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            t = ptext(child).strip()
            if t:
                lines.append(t)
                info["body"].append(("p", t, child))
                info["raw"].append(t)
        elif tag == "tbl":
            rows = []
            for tr in child.findall(qn("w:tr")):
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    cells.append([ptext(p).strip() for p in tc.findall(qn("w:p")) if ptext(p).strip()])
                rows.append(cells)
                lines.append(" | ".join(" ".join(c) for c in cells))
                info["raw"] += [x for c in cells for x in c]
            info["tables"].append((child, rows))
            info["body"].append(("tbl", rows, child))
    lines += info["footer"]
    return lines, info


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: questions written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent
# from the doc (plain, raw, converted; each key also tried in s2tw / s2twp / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: col = the header of the answer's column.
# who_leads: verb after the answer within one clause. typo: wrong/right forms (one character apart). A: split = the
# answer itself is broken across two raw lines of the file.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 江门 科技创新券实施办法 (GB18030 txt, hard-wrapped; 20)
    dict(id="u35-A01", doc="A", kind="table", q="江门企业用创新券购买技术咨询服务，可以按多大比例补贴？", a="60%", hint="技术咨询 |", col="补贴比例"),
    dict(id="u35-A02", doc="A", kind="table", q="江门创新券用于中试熟化服务的，一笔合同最多补多少？", a="40万元", hint="中试熟化 |", col="单笔上限"),
    dict(id="u35-A03", doc="A", kind="table", q="江门一家企业一年里用创新券买知识产权服务，最多能兑多少？", a="12万元", hint="知识产权 |", col="年度上限"),
    dict(id="u35-A04", doc="A", kind="who_leads", q="江门由哪个部门牵头负责创新券的组织实施？", a="市科学技术局", hint="牵头负责创新券的组织实施", verb="牵头"),
    dict(id="u35-A05", doc="A", kind="who_leads", q="江门创新券管理系统的日常运行维护由哪个单位负责？", a="市科技创新服务中心", hint="管理系统的日常运行维护", verb="负责"),
    dict(id="u35-A06", doc="A", kind="paraphrase", q="在江门，以初创小组身份来拿券的，最少得凑齐几个人？", a="3名", hint="创业团队应由"),
    dict(id="u35-A07", doc="A", kind="paraphrase", q="在江门用券时，跟服务方签的一份单子起码要多大金额？", a="1万元", hint="单份合同金额不低于", split=True),
    dict(id="u35-A08", doc="A", kind="paraphrase", q="江门给承接服务的单位打分，要是接连两回都没过关会怎么处理？", a="取消其备案资格", hint="连续两年评价为不合格"),
    dict(id="u35-A09", doc="A", kind="typo", q="江们市的科技创新券自发放之日起多长时间内有效？", a="9个月", hint="自发放之日起", wrong="江们", right="江门"),
    dict(id="u35-A10", doc="A", kind="typo", q="江门台山、开平等四市企业购买市外高校服务的，补帖比例提高多少？", a="5个百分点", hint="提高5个百分点", wrong="补帖", right="补贴"),
    dict(id="u35-A11", doc="A", kind="traditional", qs="江门申领创新券的企业，上年度营业收入最多不能超过多少？", a="2亿元", hint="具有独立法人资格"),
    dict(id="u35-A12", doc="A", kind="english", q="What is the total amount of science and technology innovation vouchers Jiangmen will issue in 2026?", a="3200万元", hint="年度发放总额为", split=True),
    dict(id="u35-A13", doc="A", kind="english", q="What is the maximum total subsidy a single Jiangmen enterprise can obtain through innovation vouchers in one natural year?", a="80万元", hint="同一企业通过创新券累计获得", split=True),
    dict(id="u35-A14", doc="A", kind="english", q="Within how many days after a service is completed must a Jiangmen enterprise apply for voucher redemption?", a="30日", hint="提交兑付申请", split=True),
    dict(id="u35-A15", doc="A", kind="english", q="From what date do Jiangmen's innovation voucher implementation measures take effect?", a="2026年4月1日", hint="起施行", split=True),
    dict(id="u35-A16", doc="A", kind="english_unanswerable", q="What was the total amount of innovation vouchers Jiangmen issued in 2025?", keys=["2025"], near=["2026年度"]),
    dict(id="u35-A17", doc="A", kind="unanswerable", q="阳江市2026年度科技创新券发放总额是多少？", gkeys=["阳江", "陽江"], near=["发放总额"]),
    dict(id="u35-A18", doc="A", kind="unanswerable", q="江门第二批创新券什么时候开始申领？", keys=["第二批", "二批", "批次"], near=["申领时间"]),
    dict(id="u35-A19", doc="A", kind="unanswerable", q="江门市税务局在创新券工作中负责什么？", keys=["税务"], near=["市财政局"]),
    dict(id="u35-A20", doc="A", kind="unanswerable", q="江门每张创新券的面额是多少？", keys=["面额", "面值"], near=["创新券"]),
    # ---- B 吉林 重点实验室拟认定名单公示 (html, <br> lines; 17)
    dict(id="u35-B01", doc="B", kind="table", q="吉林省冰雪装备重点实验室的联系电话是多少？", a="0432-64318825", hint="| 吉林省冰雪装备重点实验室 |", col="联系人及电话"),
    dict(id="u35-B02", doc="B", kind="table", q="吉林省玉米精深加工重点实验室是以哪家企业为依托建设的？", a="吉林粮谷生物科技股份有限公司", hint="| 吉林省玉米精深加工重点实验室 |", col="依托单位"),
    dict(id="u35-B03", doc="B", kind="table", q="吉林省人参药效物质重点实验室除了人参皂苷分离纯化，还要建设哪方面内容？", a="中药复方药效评价", hint="| 吉林省人参药效物质重点实验室 |", col="主要建设内容"),
    dict(id="u35-B04", doc="B", kind="who_leads", q="吉林由谁牵头组织本地区重点实验室年度运行情况的审核？", a="各市（州）科技局", hint="牵头组织本地区实验室年度运行", verb="牵头"),
    dict(id="u35-B05", doc="B", kind="paraphrase", q="在吉林，期满考核没通过的话，原来的承建方多长时间内没法再报？", a="2年", hint="撤销其吉林省重点实验室称号"),
    dict(id="u35-B06", doc="B", kind="paraphrase", q="吉林这次以私人身份反映问题，纸面材料上除了亲笔写名字还得留什么？", a="联系方式", hint="以个人名义提出异议"),
    dict(id="u35-B07", doc="B", kind="paraphrase", q="吉林每家获批的这种研究平台，在培育阶段省里总共拨给多少钱？", a="150万元", hint="发文认定"),
    dict(id="u35-B08", doc="B", kind="typo", q="吉林省重点实验室拟认定名单的公视期共几个工作日？", a="5个工作日", hint="公示期为", wrong="公视", right="公示"),
    dict(id="u35-B09", doc="B", kind="typo", q="吉林省重点实验室的依拖单位应按不低于什么比例落实配套经费？", a="1:1", hint="落实配套经费", wrong="依拖", right="依托"),
    dict(id="u35-B10", doc="B", kind="traditional", qs="吉林这次公示期间，匿名提出的异议会怎么处理？", a="不予受理", hint="不予受理"),
    dict(id="u35-B11", doc="B", kind="english", q="How many laboratories are on Jilin's 2026 list of proposed provincial key laboratories?", a="8家", hint="现予以公示"),
    dict(id="u35-B12", doc="B", kind="english", q="On what date does the public notice period for Jilin's 2026 proposed key laboratory list end?", a="2026年6月25日", hint="公示期为"),
    dict(id="u35-B13", doc="B", kind="english", q="How long is the construction period of a newly recognised Jilin provincial key laboratory?", a="3年", hint="发文认定"),
    dict(id="u35-B14", doc="B", kind="english_unanswerable", q="How many provincial key laboratories did Jilin propose to recognise in 2025?", keys=["2025"], near=["2026年度"]),
    dict(id="u35-B15", doc="B", kind="unanswerable", q="辽宁省2026年度重点实验室拟认定名单共有多少家？", gkeys=["辽宁", "遼寧"], near=["共8家"]),
    dict(id="u35-B16", doc="B", kind="unanswerable", q="吉林大学依托建设的哪个实验室进入了这次拟认定名单？", keys=["吉林大学", "大学"], near=["依托单位"]),
    dict(id="u35-B17", doc="B", kind="unanswerable", q="吉林省重点实验室要求固定研究人员不少于多少人？", keys=["研究人员", "固定人员"], near=["重点实验室"]),
    # ---- C 淄博 技术转移体系建设工作方案 (docx, header/footer, 2-paragraph cells, layout table; 13)
    dict(id="u35-C01", doc="C", kind="table", q="淄博布局概念验证中心这项任务要在哪天之前完成？", a="2026年10月31日", hint="| 布局概念验证中心", col="完成时限"),
    dict(id="u35-C02", doc="C", kind="table", q="淄博的线上技术交易平台要汇聚多少项可转化科技成果？", a="2000项", hint="| 建设线上技术交易平台", col="任务"),
    dict(id="u35-C03", doc="C", kind="paraphrase", q="淄博今年打算新培养多少位专门帮成果对接交易的中介人才？", a="300名", hint="全市技术合同成交额达到"),
    dict(id="u35-C04", doc="C", kind="paraphrase", q="淄博给概念验证平台的扶持钱，按它一年花在建设上的多少比例来核算？", a="30%", hint="注："),
    dict(id="u35-C05", doc="C", kind="typo", q="淄搏市技术经理人培训班每期学员不少于多少人？", a="75人", hint="| 培育技术经理人队伍", wrong="淄搏", right="淄博"),
    dict(id="u35-C06", doc="C", kind="traditional", qs="淄博市科技局多久召开一次技术转移工作推进会？", a="每季度", hint="强化工作调度"),
    dict(id="u35-C07", doc="C", kind="english", q="On what date was Zibo's 2026 technology transfer system construction work plan issued?", a="2026年3月16日", hint="| 2026年3月16日"),
    dict(id="u35-C08", doc="C", kind="english", q="What technology contract turnover does Zibo aim to reach by the end of 2026?", a="260亿元", hint="全市技术合同成交额达到"),
    dict(id="u35-C09", doc="C", kind="english", q="What minimum weight does technology transfer work carry in Zibo's science and technology innovation assessment of its districts and counties?", a="6%", hint="强化考核激励"),
    dict(id="u35-C10", doc="C", kind="english_unanswerable", q="What was Zibo's technology contract turnover in 2025?", keys=["2025"], near=["2026年底"]),
    dict(id="u35-C11", doc="C", kind="unanswerable", q="滨州市2026年技术合同成交额要达到多少？", gkeys=["滨州", "濱州"], near=["技术合同成交额"]),
    dict(id="u35-C12", doc="C", kind="unanswerable", q="淄博第五期技术经理人培训班什么时候开班？", keys=["第五期", "五期", "5期"], near=["培训班4期"]),
    dict(id="u35-C13", doc="C", kind="unanswerable", q="淄博市教育局在技术转移体系建设中承担什么职责？", keys=["教育局"], near=["市科技局", "市财政局"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 20, "B": 17, "C": 13}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (3, 3, 2), "who_leads": (2, 1, 0), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u3400-\u9fff]")
ENGLISH_PLACE = {"A": "Jiangmen", "B": "Jilin", "C": "Zibo"}
PLACE_KEYS = ["阳江", "陽江", "辽宁", "遼寧", "滨州", "濱州", "佛山", "黑龙江", "黑龍江", "东营", "東營"]  # in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
TABLES = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}


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


def row_line(d, r):
    return " | ".join(cell_text(c) for c in r)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(build_txt_a())
    b_src, b_expected = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("utf-8"))
    (CORPUS / FILE_C).write_bytes(build_docx_c())

    # ---- plain texts, read back from the files
    a_bytes = (CORPUS / FILE_A).read_bytes()
    # A's encoding first: GB18030, not UTF-8, not plain GBK
    try:
        a_bytes.decode("utf-8")
        check(False, "A: the file must not be valid UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        a_bytes.decode("gbk")
        check(False, "A: the file must not be plain GBK (needs GB18030's four-byte range)")
    except UnicodeDecodeError:
        pass
    try:
        a_text = a_bytes.decode("gb18030")
    except UnicodeDecodeError as e:
        check(False, f"A: not decodable as GB18030 ({e})")
        report(fails)
    a_plain, a_raw = txt_lines(a_bytes)
    b_bytes = (CORPUS / FILE_B).read_bytes()
    b_plain, b_tables, b_root = html_lines(b_bytes)
    c_plain, c_info = docx_lines(CORPUS / FILE_C)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
    check(2500 <= len(ptext["A"]) <= 4000, f"A: {len(ptext['A'])} characters, want 2,500-4,000")
    check(1500 <= len(ptext["B"]) <= 3000, f"B: {len(ptext['B'])} characters, want 1,500-3,000")
    check(1800 <= len(ptext["C"]) <= 3000, f"C: {len(ptext['C'])} characters, want 1,800-3,000")
    num = lambda s: float(re.match(r"[\d.]+", s.replace(",", "")).group())  # noqa: E731

    # ---- A: GB18030 text, hard-wrapped
    check(A_NOT_GBK in a_text and len(A_NOT_GBK.encode("gb18030")) == 4, "A: the Ext-A name character is a four-byte GB18030 sequence")
    check(not a_bytes.startswith(b"\xef\xbb\xbf") and not a_bytes.startswith(b"\xff\xfe"), "A: no BOM")
    check(a_text.count("\r\n") == a_text.count("\n") == a_text.count("\r") and a_text.endswith("\r\n"), "A: CRLF line ends only")
    check(a_plain == a_expected_lines(), "A: reading the file gives the designed lines")
    raw_designed, spans = a_raw_lines()
    check(a_raw == raw_designed, "A: raw lines as designed")
    wrapped = 0
    for kind, s, e in (spans if a_raw == raw_designed else []):
        if kind in ("p", "title", "sal"):
            seg = a_raw[s:e]
            if len(seg) > 1:
                wrapped += 1
            for ln in seg[:-1]:
                check(30 <= len(ln) <= 38, f"A: wrapped line of {len(ln)} characters (want 30-38): {ln[:12]}")
            check(seg[-1] and len(seg[-1]) <= 38, f"A: last line too long: {seg[-1][:12]}")
            check(not any(ln[:1] in CLOSE_P for ln in seg[1:]), "A: a continuation line starts with closing punctuation")
        if kind == "p":
            check(a_raw[s].startswith(FW * 2) and not a_raw[s].startswith(FW * 3), "A: paragraph indented with two full-width spaces")
            check(all(not ln.startswith(FW) for ln in a_raw[s + 1:e]), "A: continuation lines unindented")
    check(wrapped >= 25, f"A: {wrapped} wrapped paragraphs")
    blanks = sum(1 for ln in a_raw if ln == "")
    n_par = sum(1 for k, _, _ in A_BLOCKS if k != "blank")
    check(6 <= blanks < n_par // 2, f"A: blank lines between only some paragraphs ({blanks} for {n_par} blocks)")
    book_breaks = sum(1 for ln in a_raw if ln.count("《") > ln.count("》"))
    check(book_breaks >= 2, f"A: {book_breaks} line breaks inside a 《book title》 (want 2+)")
    cont = [(a_raw[i], a_raw[i + 1]) for i in range(len(a_raw) - 1) if a_raw[i] and a_raw[i + 1] and not a_raw[i + 1].startswith(FW)
            and "\t" not in a_raw[i + 1]]
    num_breaks = sum(1 for x, y in cont if re.search(r"\d$", x) or re.match(r"\d", y) or re.search(r"\d[年月万亿个名%]?$", x))
    check(num_breaks >= 4, f"A: {num_breaks} line breaks next to a number (want 4+)")
    heads = [ln.lstrip(FW) for ln in a_raw if re.match(FW + r"{2}[一二三四五六七八九十]、", ln)]
    check([h[:2] for h in heads] == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"], f"A: typed sections {heads}")
    check(sum(1 for ln in a_raw if re.match(FW + r"{2}（[一二三四]）", ln)) >= 15, "A: typed （一） items")
    check([ln[2:4] for ln in a_raw if re.match(FW + r"{2}\d\.", ln)] == ["1.", "2.", "3.", "4."], "A: typed 1. 2. 3. 4. items")
    trows = [ln for ln in a_raw if "\t" in ln]
    check(trows == ["\t".join(r) for r in A_TABLE] and 6 <= len(A_TABLE) - 1 <= 8, "A: TAB table, header + 6-8 rows")
    check(all(ln.count("\t") == len(A_TABLE[0]) - 1 and all(c for c in ln.split("\t")) for ln in trows), "A: every table row has all cells")
    ti = a_raw.index(trows[0]) if trows else 0
    check(bool(trows) and a_raw[ti - 1].startswith("表1") and ti + len(trows) < len(a_raw) and a_raw[ti + len(trows)] == "",
          "A: caption above the table, blank line after")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    figs = [c for r in A_TABLE[1:] for c in r[2:]]
    check(len(set(figs)) == len(figs), "A: table figure cells distinct")
    for cv in figs:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check(all(num(r[3]) <= num(r[4]) <= 80 for r in A_TABLE[1:]), "A: 单笔上限 ≤ 年度上限 ≤ the 80万元 overall cap")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", a_prose)
    check([_dt.date(*map(int, x)) for x in a_dates] == [_dt.date(2026, 3, 9), _dt.date(2026, 4, 1)], f"A: dates {a_dates}")
    a_units = re.findall(r"（[一二三四]）([^，。；]*?)(牵头|负责)", a_prose)
    check(("市科学技术局", "牵头") in a_units and ("市财政局", "负责") in a_units and ("市科技创新服务中心", "负责") in a_units,
          f"A: who-does-what {a_units}")
    check(T2S.convert(ptext["A"]) == ptext["A"], "A: Simplified throughout")

    # ---- B: html
    check(not b_bytes.startswith(b"\xef\xbb\xbf") and "charset=utf-8" in b_src[:600], "B: UTF-8, no BOM, charset declared")
    check(b_plain == b_expected, "B: reading the page gives the designed lines")
    zoom = b_root.get_element_by_id("zoom")
    check(zoom is not None and zoom.tag == "div", "B: one <div id=zoom>")
    check(len(zoom.findall(".//p")) == 0 and len(b_root.findall(".//p")) == 0 and "<p" not in b_src.lower(), "B: no <p> element at all")
    zoom_brs = [e for e in zoom.iter("br") if e.getparent().tag != "td"]
    check(len(zoom_brs) >= 15, f"B: body lines separated by <br> ({len(zoom_brs)})")
    check("&nbsp;&nbsp;&nbsp;&nbsp;" in b_src and "\u3000\u3000" in b_src, "B: &nbsp; and full-width indentation")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: one <table> equal to the data (multi-line cells as lists)")
    check(6 <= len(B_TABLE) - 1 <= 10, "B: 6-10 table rows")
    tds = [tr.findall("td") for tr in zoom.iter("tr")][1:]
    check(all(len(r[4].findall("br")) == 1 and len(r[5].findall("br")) == 1 for r in tds), "B: 建设内容 and 联系人 cells hold two <br> lines")
    check(all(not r[j].findall("br") for r in tds for j in range(4)), "B: other cells one line")
    links = [a for a in zoom.iter("a") if re.search(r"\.(pdf|docx|xlsx)$", a.get("href", ""))]
    check(len(links) == 2 and b_plain.index("附件：") < b_plain.index(links[0].text_content()), "B: 附件 list of 2 links at the end")
    for furn in ("当前位置：首页 > 政务公开 > 通知公告", "字号：大 中 小", "打印本页 关闭窗口"):
        check(furn in b_plain, f"B: furniture {furn}")
    check(len(b_root.xpath("//div[@class='nav']//li/a")) == len(B_NAV), "B: header nav")
    foot = ptext["B"][ptext["B"].index("主办单位"):]
    check("网站标识码" in foot and "ICP备" in foot, "B: footer with 主办单位, 网站标识码, ICP备")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    phones = [r[5][1] for r in B_TABLE[1:]]
    check(len(set(phones)) == len(phones) and all(p not in b_prose for p in phones), "B: table phones distinct, not in the prose")
    check(f"共{len(B_TABLE) - 1}家" in b_prose, "B: 共8家 as the table has")
    check([r[0] for r in B_TABLE[1:]] == [str(i) for i in range(1, len(B_TABLE))], "B: 序号 1..n")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check([_dt.date(*map(int, x)) for x in b_dates] == [_dt.date(2026, 6, 19), _dt.date(2026, 6, 25), _dt.date(2026, 6, 18)],
          f"B: dates {b_dates}")
    wd = sum(1 for k in range(19, 26) if _dt.date(2026, 6, k).weekday() < 5)
    check(wd == 5 and "共5个工作日" in b_prose, f"B: 6月19日-25日 holds {wd} working days")
    check(T2S.convert(ptext["B"]) == ptext["B"], "B: Simplified throughout")

    # ---- C: docx
    c_bytes = (CORPUS / FILE_C).read_bytes()
    check(c_bytes[:2] == b"PK", "C: a zip (docx) file")
    with zipfile.ZipFile(CORPUS / FILE_C) as z:
        names = z.namelist()
        docxml = z.read("word/document.xml").decode("utf-8")
        rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    hdr_parts = [n for n in names if re.fullmatch(r"word/header\d*\.xml", n)]
    ftr_parts = [n for n in names if re.fullmatch(r"word/footer\d*\.xml", n)]
    check(len(hdr_parts) >= 1 and len(ftr_parts) >= 1 and "relationships/header" in rels and "relationships/footer" in rels
          and "<w:headerReference" in docxml and "<w:footerReference" in docxml, "C: header and footer parts referenced by the section")
    check(c_info["header"] == [C_HEADER], f"C: page header {c_info['header']}")
    check(c_info["footer"] == ["— 1 —"] and "PAGE" in c_info["footer_xml"] and 'w:fldCharType="begin"' in c_info["footer_xml"],
          "C: footer with a PAGE field")
    check(C_HEADER not in docxml, "C: the header text is only in the header part")
    check(c_plain == c_expected_lines(), "C: reading the docx gives the designed lines")
    tables = c_info["tables"]
    check(len(tables) == 2, f"C: two tables ({len(tables)})")
    if len(tables) == 2:
        (t1, rows1), (t2, rows2) = tables
        want = [[cell_lines(c) for c in r] for r in C_TABLE]
        check(rows1 == want, "C: data table equals the data")
        check('w:val="TableGrid"' in t1.xml and "<w:tblHeader" in t1.xml, "C: data table Table Grid, header row marked")
        check(all(len(r[1]) == 2 for r in rows1[1:]), "C: every 任务 cell holds two paragraphs")
        from docx.oxml.ns import qn
        firsts = [tr.findall(qn("w:tc"))[1].findall(qn("w:p")) for tr in t1.findall(qn("w:tr"))[1:]]
        check(all(len(ps) == 2 and ps[0].find(".//" + qn("w:b")) is not None and ps[1].find(".//" + qn("w:b")) is None for ps in firsts),
              "C: 任务 title paragraph bold, detail plain")
        check(rows2 == [[C_BODIES, [C_DATE]]], f"C: layout table = bodies | date {rows2}")
        bx = t2.find(qn("w:tblPr") + "/" + qn("w:tblBorders"))
        check(bx is not None and len(bx) == 6 and all(e.get(qn("w:val")) == "nil" for e in bx) and "TableGrid" not in t2.xml
              and t2.xml.index("<w:tblBorders") < t2.xml.index("<w:tblLook"), "C: layout table borderless")
        body = c_info["body"]
        check(body[-1][0] == "tbl" and body[-1][2] is t2, "C: the layout table ends the document")
        i1 = [k for k, x in enumerate(body) if x[0] == "tbl" and x[2] is t1][0]
        check(body[i1 + 1][0] == "p" and body[i1 + 1][1].startswith("注："), "C: 注 paragraph right under the data table")
        check(body[i1 - 1][1].startswith("表1"), "C: caption above the data table")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    dates = [r[3] for r in C_TABLE[1:]]
    check(len(set(dates)) == len(dates) and all(num_count(x, c_prose) == 0 for x in dates) and num_count(C_DATE, ptext["C"]) == 1,
          "C: table dates distinct, not in the prose; issuing date once")
    check(f"以下{len(C_TABLE) - 1}项任务" in c_prose, "C: 6项任务 as the table has")
    c_units = re.findall(r"（[一二三四五]）([^，。；]*?)(牵头|负责)", c_prose)
    check(("市科技局", "牵头") in c_units and ("市财政局", "负责") in c_units, f"C: who-does-what {c_units}")
    check(T2S.convert(ptext["C"]) == ptext["C"], "C: Simplified throughout")

    raw_joined_a = a_text.replace("\r\n", "")
    raw = {"A": a_text, "B": b_src, "C": docxml + "\n" + "\n".join(c_info["raw"]) + "\n" + "\n".join(c_info["header"])}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

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
                for f in {key, S2TW.convert(key), S2TWP.convert(key), T2S.convert(key)}:
                    check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
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
            if d == "A":
                check(ans in raw_joined_a, f"{q['id']}: answer not in the raw text (line ends removed)")
                split_here = not any(ans in ln for ln in a_raw)
                check(split_here == bool(q.get("split")), f"{q['id']}: answer split across raw lines is {split_here}, want {bool(q.get('split'))}")
                if split_here:
                    check(any(ans in a_raw[i] + a_raw[i + 1] for i in range(len(a_raw) - 1)), f"{q['id']}: split over two adjacent raw lines")
                ev_lines = [ln for ln in a_raw if ln and ln.lstrip(FW) and ln.lstrip(FW) in ev]
                check(len(ev_lines) >= 2 or " | " in ev, f"{q['id']}: evidence paragraph should span 2+ raw lines")
            else:
                check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if d == "C":
                check(ans in "\n".join(c_info["raw"]), f"{q['id']}: answer not in the paragraph text python-docx reads")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "col" in q:
                table = TABLES[d]
                row = next((r for r in table[1:] if row_line(d, r) == ev), None)
                check(row is not None, f"{q['id']}: evidence must be a data row of the table")
                if row is not None:
                    ci = table[0].index(q["col"])
                    parts = cell_lines(row[ci])
                    if d == "C":
                        check(any(ans in p for p in parts), f"{q['id']}: answer must be in the {q['col']} cell")
                    else:
                        check(ans == cell_text(row[ci]) or ans in parts, f"{q['id']}: answer must be the {q['col']} cell or one of its lines")
                    check(not any(ans in cell_text(c) for j, c in enumerate(row) if j != ci), f"{q['id']}: other cells differ")
                check(q["col"] not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["verb"] in question, f"{q['id']}: question must ask who {q['verb']}")
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
    check(all(re.fullmatch(r"u35-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # structural coverage
    check(sum(1 for q in Q if q.get("split")) >= 4, "A: 4+ answers broken across two wrapped lines")
    evid = {o["id"]: o["evidence"] for o in out}

    def q_cell(q):
        row = next((r for r in TABLES[q["doc"]][1:] if row_line(q["doc"], r) == evid[q["id"]]), None)
        return None if row is None else row[TABLES[q["doc"]][0].index(q["col"])]

    b_multi = [q for q in Q if q["doc"] == "B" and q["kind"] == "table" and isinstance(q_cell(q), list)
               and q["a"] in q_cell(q) and len(q_cell(q)) > 1]
    check(len(b_multi) >= 1, "B: a table question on one line of a multi-line cell")
    c_task = [q for q in Q if q["doc"] == "C" and q.get("col") == "任务"]
    check(any(isinstance(q_cell(q), list) and len(q_cell(q)) == 2 and q["a"] in q_cell(q)[1] for q in c_task),
          "C: a table question on the detail paragraph of a 任务 cell")
    layout_line = " ".join(C_BODIES) + " | " + C_DATE
    check(any(o["evidence"] == layout_line for o in out), "C: a question on the layout (signature/date) table")

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

    for d in "ABC":
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(a_raw)} raw lines, {wrapped} wrapped paragraphs, {blanks} blank lines, {book_breaks} breaks inside 《》, "
          f"{num_breaks} breaks next to a number, {sum(1 for q in Q if q.get('split'))} split answers")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc)
    para = {i: r for i, r in runs.items() if next(q for q in Q if q["id"] == i)["kind"] == "paraphrase"}
    if para:
        print("longest common run: paraphrase max", max(para.values()), "; other Chinese max", max(runs.values()),
              "at", max(runs, key=runs.get))
    report(fails)


def report(fails):
    if fails:
        print("FAILED:")
        for x in fails:
            print("  -", x)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
