#!/usr/bin/env python3
"""Build unseen41: three fictional policy documents --
  A  a Markdown (.md) page of the Jiujiang science and technology bureau (九江市科学技术局) as exported from a policy
     knowledge-base wiki / CMS -- 九江市企业研发投入奖补政策操作指南（2026年版） -- '#' / '##' / '###' headings,
     ordered lists with nested bullet lists, **bold** run-in labels, an italic source line, a blockquote note, and two
     GitHub pipe tables with alignment rows (one with <br> inside cells, one with escaped pipes \\| inside cells);
  B  a UTF-8 HTML page of the Dezhou science and technology bureau (德州市科学技术局) -- 德州市科技创新平台建设奖补实施细则
     -- with page furniture (top links, site name, nav, breadcrumbs, article info line, share bar, print bar, footer,
     an inline script) around the article, whose main table has a two-row grouped header (资助标准 colspan=3 over
     国家级 / 省级 / 市级, the other headers rowspan=2), row headers <th scope="row">, and a <tfoot> 合计 row (with a
     colspan) placed BEFORE <tbody> in the source, as HTML 4 required and old CMSs still write;
  C  a Word .docx of the Jingzhou science and technology bureau (荆州市科学技术局) -- 关于组织申报2026年度市级科技计划项目的
     通知 -- whose headings are not heading styles but bold, directly formatted Normal paragraphs with typed numbers
     (一、 / （一）), some items bold run-in (a bold run "（一）网上申报。" then a plain run), and an attached table whose
     header has a horizontally merged cell (w:gridSpan="2", 资助强度 over 重点项目 / 一般项目) and vertically merged cells
     (w:vMerge), one body cell spanning two grid columns and holding a small nested table;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen41/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen40's builder nearly verbatim: the question table with a `hint` that must pick
exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables, lcs_run for paraphrases,
OpenCC for the cross-script questions, the hand-written .docx package (zipfile with fixed timestamps) and the
question-checking loop. (unseen40's PDF font helper cjk_ttf is not needed: this set has no PDF.) New here: a
markdown-it-py reader for the Markdown page, an lxml reader for the HTML page that expands rowspan / colspan and
renders thead, tbody, tfoot in display order, and a .docx reader that renders merged and nested table cells; table
questions are checked against a logical (row, column) grid of each table."""
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

FILE_A = "A_jiujiang_qiye_yanfa_touru_jiangbu_zhengce_caozuo_zhinan_2026_wiki_export.md"
FILE_B = "B_dezhou_keji_chuangxin_pingtai_jianshe_jiangbu_shishi_xize_grouped_header_tfoot.html"
FILE_C = "C_jingzhou_2026_shiji_keji_jihua_xiangmu_shenbao_tongzhi_bold_headings_nested_table.docx"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 九江 操作指南 as a wiki-exported Markdown page (Simplified). The source is written out verbatim; the plain lines
#    are what markdown-it-py (CommonMark + GFM tables) renders: one line per heading / paragraph / list item /
#    table row.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE1 = [
    ["机构级别", "认定奖励", "绩效奖补（优秀）", "说明"],
    ["国家级研发机构", "200万元", "60万元", "国家企业技术中心<br>国家工程研究中心"],
    ["省级研发机构", "70万元", "22万元", "省级企业技术中心<br>省级工程研究中心"],
    ["市级研发机构", "15万元", "7万元", "市科技局每年认定一次"],
]
A_TABLE2 = [
    ["序号", "材料名称", "文件格式", "单个文件上限"],
    ["1", "奖补申请表", "PDF", "10MB"],
    ["2", "研发费用专项审计报告", "PDF\\|OFD", "20MB"],
    ["3", "营业执照", "PDF\\|JPG", "5MB"],
    ["4", "贷款合同及利息支付凭证", "PDF", "30MB"],
]


def md_table(rows, align):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


A_MD = f"""# 九江市企业研发投入奖补政策操作指南（2026年版）

*来源：九江市科学技术局政策法规科　更新时间：2026年3月18日　浏览：2417次*

本指南依据《九江市支持企业加大研发投入若干措施》（九府办发〔2026〕5号，以下简称《若干措施》）编写，用于说明各项奖补的适用对象、支持标准、申报流程和办理时限。《若干措施》自2026年2月1日起施行，有效期至2028年12月31日，所需奖补资金由市、县两级财政按7:3的比例分担。

## 一、适用对象

申请本指南所列奖补事项的企业，应同时符合以下条件：

1. 在九江市行政区域内依法注册登记、具有独立法人资格，且正常经营满1年；
2. 按规定设立研发费用辅助账，并具备下列资格之一：
   - 纳入全国科技型中小企业信息库的企业；
   - 有效期内的高新技术企业；
   - 上年度研发费用占营业收入比例不低于2.5%的规模以上工业企业。
3. 近三年内未发生重大安全生产、生态环境和产品质量事故，未被列入严重失信主体名单。

## 二、奖补事项和支持标准

### （一）研发投入增量奖补

**支持标准**：对上年度研发费用较再上一年度增长的企业，按研发费用增量部分的12%给予奖补，单个企业每年最高150万元。

**办理方式**：实行“免申即享”，由市科技局会同市统计局根据研发统计数据直接生成兑现清单，企业无需提交申请。

**特别说明**：上年度研发费用首次突破5000万元的企业，另给予一次性奖励50万元。

### （二）首次开展研发活动奖励

**支持标准**：首次开展研发活动并纳入统计的规模以上工业企业，给予一次性奖励6万元；同时新设立研发机构的，再增加奖励4万元。

**办理方式**：免申即享，每年兑现一次。

### （三）研发机构建设奖补

**支持标准**：对新认定的企业研发机构，按机构级别给予一次性认定奖励；每两年开展一次绩效评价，对评价结果为优秀的，给予绩效奖补。同一机构晋升等级的，按差额补足认定奖励。具体标准见表1。

**表1　企业研发机构奖补标准**

{md_table(A_TABLE1, [":---", "---:", "---:", ":---"])}

> **注**：研发机构绩效评价由市工业和信息化局牵头组织，市科技局、市财政局参与，评价结果分为优秀、良好、合格和不合格四个等次；评价结果为优秀的比例原则上不超过参评机构总数的15%。

### （四）高新技术企业培育奖励

**支持标准**：对首次认定的高新技术企业给予一次性奖励18万元，对重新认定的高新技术企业给予一次性奖励8万元；由市外整体迁入、资格在有效期内的高新技术企业，按首次认定标准给予奖励。

### （五）研发贷款贴息

**支持标准**：对企业以研发项目为主要用途获得的银行贷款，按实际支付利息的40%给予贴息，单个企业每年最高45万元，贴息期限不超过2年。

**所需材料**：贷款合同、银行出具的利息支付凭证、贷款资金用于研发活动的说明。

### （六）科技创新券

**支持标准**：科技型中小企业购买检验检测、研发设计、中试熟化等科技服务的，按服务合同金额的30%兑付科技创新券，单个企业每年最高20万元。

**使用期限**：科技创新券自发放之日起12个月内有效，逾期自动作废，不得转让或重复使用。

## 三、申报流程

研发贷款贴息和高新技术企业培育奖励实行年度集中申报，按以下步骤办理：

1. **网上填报**：企业登录“九江市科技计划项目管理系统”填写申请表并上传材料，填报时间为每年4月1日至4月30日。
   - 首次登录的企业须先完成单位注册和实名认证；
   - 上传材料的格式和大小要求见表2。
2. **县级初审**：县（市、区）科技部门在填报截止后10个工作日内完成初审，并出具推荐意见。
3. **市级审核**：市科技局会同市财政局在收到推荐意见后25个工作日内完成审核，必要时组织现场核查。
4. **结果公示**：审核结果在九江市科学技术局门户网站公示，公示期为5个工作日。
5. **资金拨付**：公示无异议的，奖补资金在公示期满后15日内拨付至企业账户。

**表2　申报材料格式要求**

{md_table(A_TABLE2, [":---:", ":---", ":---:", "---:"])}

## 四、注意事项

- **就高不重复**：同一企业的同一事项符合我市多项支持政策的，按照“就高、不重复”的原则执行，不得重复享受。
- **资金用途**：企业获得的奖补资金应主要用于研发活动，并单独建账核算，接受财政、审计部门的监督检查。
- **失信惩戒**：企业存在弄虚作假、骗取奖补资金等行为的，由市科技局追回已拨付资金，并取消其3年内申报市级科技政策的资格。
- **数据口径**：研发费用以企业所得税年度纳税申报表中享受加计扣除的研发费用数据为准。

## 五、常见问题

### 问：研发投入增量奖补需要企业自己申请吗？

答：不需要。市科技局会同市统计局根据研发统计数据直接生成兑现清单，在门户网站公示后兑现。

### 问：企业牵头组建的创新联合体能否单独享受研发机构奖补？

答：不能单独享受。创新联合体按其牵头企业所属研发机构的级别执行表1标准，奖补资金拨付至该企业。

### 问：研发费用增量怎么计算？

答：以企业上年度研发费用与再上一年度研发费用之差为增量；研发费用下降或持平的，不享受增量奖补，但可按规定申请其他奖补事项。

### 问：县（市、区）是否另有配套支持？

答：瑞昌市、共青城市、庐山市及各县区可结合实际制定配套措施，配套资金由县级财政承担。

## 六、咨询方式

- 政策咨询：九江市科学技术局政策法规科，电话0792-8126475
- 系统技术支持：0792-8539016
- 也可拨打12345政务服务便民热线咨询
"""


def md_inline_text(tok):
    """The visible text of an inline token: text / code as is, <br> as one space, emphasis markers dropped."""
    out = []
    for c in tok.children or []:
        if c.type in ("text", "code_inline"):
            out.append(c.content)
        elif c.type == "html_inline" and re.fullmatch(r"<br\s*/?>", c.content):
            out.append(" ")
        elif c.type in ("softbreak", "hardbreak"):
            out.append("")
    return "".join(out).strip()


def md_read(src):
    """Render the Markdown with markdown-it-py (CommonMark preset, GFM table rule on). Returns (plain lines, tables,
    info). A list item's line is its first paragraph, an ordered item's number ("1. ") in front; a table row is its
    cells joined by ' | '."""
    from markdown_it import MarkdownIt
    md = MarkdownIt("commonmark").enable("table")
    toks = md.parse(src)
    lines, tables, info = [], [], {"h": {}, "ol": 0, "ul": 0, "nested_ul": 0, "strong": 0, "blockquote": 0,
                                    "br": 0, "em": 0, "align_rows": 0}
    stack, prefix, row, table = [], None, None, None
    for t in toks:
        if t.type.endswith("_open"):
            stack.append(t.type[:-5])
        elif t.type.endswith("_close"):
            stack.pop()
        if t.type == "heading_open":
            info["h"][t.tag] = info["h"].get(t.tag, 0) + 1
        elif t.type == "ordered_list_open":
            info["ol"] += 1
        elif t.type == "bullet_list_open":
            info["ul"] += 1
            if "list_item" in stack[:-1]:
                info["nested_ul"] += 1
        elif t.type == "blockquote_open":
            info["blockquote"] += 1
        elif t.type == "list_item_open":
            prefix = f"{t.info}. " if t.info else ""
        elif t.type == "table_open":
            table = []
        elif t.type == "table_close":
            tables.append(table)
            lines += [" | ".join(r) for r in table]
            table = None
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            table.append(row)
        elif t.type == "inline":
            info["strong"] += sum(1 for c in t.children or [] if c.type == "strong_open")
            info["em"] += sum(1 for c in t.children or [] if c.type == "em_open")
            info["br"] += sum(1 for c in t.children or [] if c.type == "html_inline")
            text = md_inline_text(t)
            if table is not None:
                row.append(text)
            elif text:
                lines.append((prefix or "") + text)
                prefix = None
    return lines, tables, info


# ---------------------------------------------------------------------------------------------------------------
# B: 德州 实施细则 as an HTML page (UTF-8). B_BODY: (tag, text) of the article; the furniture is in b_html().
# ---------------------------------------------------------------------------------------------------------------
B_TITLE = "德州市科技创新平台建设奖补实施细则"
B_HEAD1 = ["平台类别", "资助标准", "2026年预计支持数量", "测算资金"]
B_HEAD2 = ["国家级", "省级", "市级"]
B_COLS = ["平台类别", "国家级", "省级", "市级", "2026年预计支持数量", "测算资金"]  # the logical columns
B_ROWS = [
    ["企业技术中心", "300万元", "90万元", "20万元", "16家", "680万元"],
    ["工程技术研究中心", "280万元", "80万元", "16万元", "12家", "520万元"],
    ["重点实验室", "350万元", "100万元", "24万元", "8家", "470万元"],
    ["新型研发机构", "500万元", "150万元", "35万元", "6家", "610万元"],
    ["科技企业孵化器", "200万元", "60万元", "12万元", "10家", "330万元"],
]
B_FOOT = ["合计", "—", "—", "—", "52家", "2610万元"]  # 资助标准 cells merged (colspan=3) in the page
B_CAPTION = "附表　德州市科技创新平台资助标准及2026年度资金测算表"
B_BODY = [
    ("p.docno", "德科字〔2026〕12号"),
    ("h3", "第一章　总则"),
    ("p", "第一条　为加快构建以企业为主体、市场为导向、产学研深度融合的科技创新平台体系，提升全市创新平台建设水平和运行效能，根据《德州市加快科技创新若干政策措施》等有关规定，结合我市实际，制定本细则。"),
    ("p", "第二条　本细则所称科技创新平台，包括企业技术中心、工程技术研究中心、重点实验室、新型研发机构和科技企业孵化器五类。"),
    ("p", "第三条　平台奖补资金由市级科技专项资金列支，实行“先建后补、以效定补、动态管理”，同一事项符合多项支持政策的，按照“就高、不重复”的原则执行。"),
    ("h3", "第二章　建设奖补"),
    ("p", "第四条　对新获批的国家级、省级和市级科技创新平台，按本细则附表所列资助标准给予一次性建设奖补。"),
    ("p", "第五条　同一平台晋升等级的，按新旧等级资助标准的差额给予奖补；同一依托单位同一年度获得的建设奖补合计最高800万元。"),
    ("p", "第六条　由高校、科研院所牵头与企业共建的新型研发机构，按照本细则享受建设奖补，奖补资金拨付至共建协议约定的依托单位。"),
    ("h3", "第三章　运行绩效奖补"),
    ("p", "第七条　平台运行绩效评价由市科技局牵头，会同市发展改革委、市工业和信息化局、市财政局每两年组织一次，评价结果分为优秀、良好、合格、不合格四个等次。"),
    ("p", "第八条　对评价结果为优秀的国家级、省级平台，分别给予最高120万元、最高45万元运行奖补；对评价结果为优秀的市级平台，给予最高15万元运行奖补。"),
    ("p", "第九条　对评价结果为良好的市级平台，给予最高8万元运行奖补；评价结果为不合格的，限期一年整改，整改后仍不合格的，撤销平台资格，三年内不得重新申请。"),
    ("h3", "第四章　开放共享和成果转化奖补"),
    ("p", "第十条　平台将原值30万元以上的科研仪器设备纳入德州市科研仪器共享服务平台、向社会开放的，按上年度对外服务收入的25%给予奖补，每个平台每年最高40万元。"),
    ("p", "第十一条　平台向本市企业转让、许可科技成果的，按技术合同实际成交额的10%给予奖补，每个平台每年最高70万元。"),
    ("p", "第十二条　孵化器内在孵企业首次认定为高新技术企业的，按每家5万元给予孵化器奖补，每个孵化器每年最高25万元。"),
    ("h3", "第五章　申报和审核"),
    ("p", "第十三条　建设奖补实行“免申即享”，根据国家、省、市认定文件直接生成兑现清单；运行绩效奖补、开放共享奖补和成果转化奖补实行年度集中申报，申报时间为每年6月1日至6月30日。"),
    ("p", "第十四条　申报单位通过“德州市科技创新平台管理系统”在线提交申请，县（市、区）科技部门自申报截止之日起15个工作日内完成初审并出具推荐意见。"),
    ("p", "第十五条　市科技局会同市财政局在收到推荐意见后20个工作日内完成审核，审核结果在德州市科学技术局门户网站公示7个工作日。"),
    ("p", "第十六条　公示无异议的，市财政局在资金计划下达后10个工作日内将资金拨付至平台依托单位。"),
    ("h3", "第六章　监督管理"),
    ("p", "第十七条　平台依托单位应当将奖补资金主要用于平台研发条件建设、人才引进和开放服务，单独建账核算，接受财政、审计部门的监督检查。"),
    ("p", "第十八条　平台依托单位自获得奖补之日起5年内迁出本市的，应当退回已获得的建设奖补资金；拒不退回的，依法追缴。"),
    ("p", "第十九条　存在弄虚作假、骗取奖补资金等行为的，追回已拨付资金，取消其4年内申报市级科技项目资格，并纳入科研诚信严重失信行为记录。"),
    ("p", "第二十条　市科技局建立平台年度报告制度，平台依托单位应当于每年3月31日前报送上年度运行情况报告；连续两年未按时报送的，当期绩效评价按不合格处理。"),
    ("p", "第二十一条　市科技局、市财政局可以委托第三方机构对奖补资金使用情况开展专项审计和绩效评价，每年抽查比例不低于获得奖补平台总数的20%。"),
    ("h3", "第七章　附则"),
    ("p", "第二十二条　本细则所称县（市、区），包括德城区、陵城区、禹城市、乐陵市、宁津县、庆云县、临邑县、齐河县、平原县、夏津县、武城县和德州天衢新区。"),
    ("p", "第二十三条　本细则由市科技局、市财政局负责解释，自2026年5月1日起施行，有效期至2030年4月30日。《德州市科技创新平台奖励办法》（德科字〔2021〕8号）同时废止。"),
    ("table", None),
    ("p.note", "注：资助标准为一次性建设奖补上限；测算资金按2026年预计新获批平台数量和等级结构测算，实际以认定结果为准。"),
]
B_NAV = ["首页", "机构概况", "政务公开", "政策文件", "办事服务", "互动交流"]


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def b_html():
    body = []
    for tag, text in B_BODY:
        if tag == "table":
            t = ['<table class="xxgk-table" border="1" cellspacing="0" cellpadding="4" width="100%">',
                 f"  <caption>{html_esc(B_CAPTION)}</caption>",
                 "  <thead>",
                 f'    <tr><th rowspan="2" scope="col">{B_HEAD1[0]}</th><th colspan="3" scope="colgroup">{B_HEAD1[1]}</th>'
                 f'<th rowspan="2" scope="col">{B_HEAD1[2]}</th><th rowspan="2" scope="col">{B_HEAD1[3]}</th></tr>',
                 "    <tr>" + "".join(f'<th scope="col">{h}</th>' for h in B_HEAD2) + "</tr>",
                 "  </thead>",
                 "  <tfoot>",
                 f'    <tr class="total"><th scope="row">{B_FOOT[0]}</th><td colspan="3" align="center">{B_FOOT[1]}</td>'
                 f'<td align="right">{B_FOOT[4]}</td><td align="right">{B_FOOT[5]}</td></tr>',
                 "  </tfoot>",
                 "  <tbody>"]
            for r in B_ROWS:
                t.append(f'    <tr><th scope="row">{r[0]}</th>' + "".join(f'<td align="right">{c}</td>' for c in r[1:]) + "</tr>")
            t += ["  </tbody>", "</table>"]
            body += ["        " + x for x in t]
            continue
        name, _, cls = tag.partition(".")
        attr = f' class="{cls}"' if cls else ""
        body.append(f"        <{name}{attr}>{html_esc(text)}</{name}>")
    nav = "\n".join(f'      <li><a href="/col/col{1000 + i}/index.html">{n}</a></li>' for i, n in enumerate(B_NAV))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="SiteName" content="德州市科学技术局">
  <meta name="ArticleTitle" content="{B_TITLE}">
  <meta name="PubDate" content="2026-04-20 10:32">
  <meta name="ContentSource" content="德州市科学技术局">
  <title>{B_TITLE}_政策文件_德州市科学技术局</title>
  <style>
    body {{ font-family: "Microsoft YaHei", sans-serif; }}
    .xxgk-table th, .xxgk-table td {{ border: 1px solid #999; }}
    .share-bar a {{ margin: 0 4px; }}
  </style>
</head>
<body>
  <div class="top-bar">
    <p class="top-links"><a href="/">网站首页</a>　<a href="#">无障碍浏览</a>　<a href="#">长者模式</a></p>
  </div>
  <header class="site-header">
    <p class="site-name">德州市科学技术局</p>
  </header>
  <nav class="main-nav">
    <ul>
{nav}
    </ul>
  </nav>
  <div class="crumbs-wrap">
    <p class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1002/index.html">政务公开</a> &gt; <a href="/col/col1003/index.html">政策文件</a> &gt; 规范性文件</p>
  </div>
  <main class="article">
    <h1 class="art-title">{B_TITLE}</h1>
    <p class="art-info">发布日期：2026-04-20&nbsp;&nbsp;来源：德州市科学技术局&nbsp;&nbsp;浏览次数：<span id="hits">1362</span>&nbsp;&nbsp;字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></p>
    <div class="share-bar">
      <p>分享到：<a class="share-wx" href="javascript:;">微信</a> <a class="share-wb" href="javascript:;">微博</a> <a class="share-qz" href="javascript:;">QQ空间</a></p>
    </div>
    <div class="art-body">
      <div class="TRS_Editor">
{chr(10).join(body)}
      </div>
    </div>
    <p class="print-bar">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</p>
  </main>
  <footer class="site-footer">
    <p>主办单位：德州市科学技术局　地址：德州市德城区湖滨北大道1609号　邮编：253000</p>
    <p>联系电话：0534-2687316　鲁ICP备05031726号　网站标识码：3714000067</p>
  </footer>
  <script>
    var hits = document.getElementById("hits"); var pageId = "art_2026042017"; // 访问统计
  </script>
</body>
</html>
"""


HTML_BLOCKS = ("h1", "h2", "h3", "p", "li", "caption")


def html_text(el):
    from lxml import etree
    parts = []
    for t in el.itertext():
        parts.append(t)
    s = "".join(parts)
    return re.sub(r"[ \t\r\n\xa0]+", " ", s).strip()


def html_read(src):
    """What a browser shows, block by block: h1-h3 / p / li / caption one line each (ASCII whitespace and no-break
    spaces collapsed to one space; U+3000 kept), script and style skipped; a table as its caption, then thead, tbody,
    tfoot rows IN DISPLAY ORDER (tfoot last wherever it stands in the source), each row its cells joined by ' | ' (a
    colspan / rowspan cell once, where it starts). Returns (plain lines, [logical grids], [source order of row
    groups])."""
    import lxml.html
    doc = lxml.html.fromstring(src)
    body = doc.find("body")
    lines, grids, orders = [], [], []

    def walk(el):
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            return
        if el.tag == "table":
            cap = el.find("caption")
            if cap is not None:
                lines.append(html_text(cap))
            groups = {g.tag: g for g in el if g.tag in ("thead", "tbody", "tfoot")}
            orders.append([g.tag for g in el if g.tag in ("thead", "tbody", "tfoot")])
            rows = []
            for g in ("thead", "tbody", "tfoot"):
                if g in groups:
                    rows += groups[g].findall("tr")
            grid, pending = [], {}  # pending[(r, c)] = text of a rowspan cell continuing into row r
            for ri, tr in enumerate(rows):
                cells = [html_text(c) for c in tr if c.tag in ("th", "td")]
                lines.append(" | ".join(cells))
                g_row, ci = [], 0
                for c in tr:
                    if c.tag not in ("th", "td"):
                        continue
                    while (ri, ci) in pending:
                        g_row.append(pending.pop((ri, ci)))
                        ci += 1
                    cs, rs, tx = int(c.get("colspan", 1)), int(c.get("rowspan", 1)), html_text(c)
                    for k in range(cs):
                        g_row.append(tx)
                        for rr in range(1, rs):
                            pending[(ri + rr, ci + k)] = tx
                    ci += cs
                while (ri, ci) in pending:
                    g_row.append(pending.pop((ri, ci)))
                    ci += 1
                grid.append(g_row)
            grids.append(grid)
            return
        if el.tag in HTML_BLOCKS:
            t = html_text(el)
            if t:
                lines.append(t)
            return
        for ch in el:
            walk(ch)

    walk(body)
    return lines, grids, orders


# ---------------------------------------------------------------------------------------------------------------
# C: 荆州 申报通知 as a .docx. Headings are Normal paragraphs with direct bold formatting and typed numbers.
#    C_BODY kinds: title, docno, sal (no indent), h1 (一、 bold 黑体), h2 (（一） bold 楷体), runin (bold run + plain
#    run), p (body), annex (附件 line in the body), sign (right-aligned), label (附件 label), cap, table, note.
# ---------------------------------------------------------------------------------------------------------------
C_NESTED_LEAD = "按绩效评价等次确定"
C_NESTED = [["优秀", "35万元"], ["良好", "16万元"], ["合格", "6万元"]]
C_HEAD1 = ["项目类别", "资助强度", "实施期限", "拟立项数"]   # 资助强度 gridSpan=2; the others vMerge restart
C_HEAD2 = ["重点项目", "一般项目"]
C_COLS = ["项目类别", "重点项目", "一般项目", "实施期限", "拟立项数"]
C_ROWS = [
    ["重点研发计划", "80万元", "30万元", "36个月", "约25项"],
    ["科技成果转化", "60万元", "20万元", "24个月", "约15项"],
    ["科技人才项目", "40万元", "10万元", "24个月", "约30项"],
    ["创新平台绩效奖补", None, None, "—", "约12家"],  # None: one gridSpan=2 cell holding the nested table
]
C_BODY = [
    ("title", "荆州市科学技术局关于组织申报2026年度市级科技计划项目的通知"),
    ("docno", "荆科发〔2026〕9号"),
    ("sal", "各县（市、区）科技局，荆州经济技术开发区、荆州高新技术产业开发区科技管理部门，市直有关单位："),
    ("p", "为深入实施创新驱动发展战略，加快推进科技自立自强，推动我市农产品精深加工、汽车零部件、生物医药、新材料和电子信息等产业高质量发展，根据《荆州市市级科技计划项目管理办法》有关规定，现将2026年度市级科技计划项目申报工作有关事项通知如下。"),
    ("h1", "一、支持方向和资助方式"),
    ("h2", "（一）重点研发计划"),
    ("p", "围绕重点产业链关键核心技术，支持企业联合高校、科研院所开展技术攻关和新产品研发。重点项目须由企业牵头申报，企业自筹资金与申请市级资助资金的比例不低于2:1；一般项目不低于1:1。"),
    ("h2", "（二）科技成果转化"),
    ("p", "支持企业承接高校、科研院所科技成果在荆州实施转化和产业化。申报项目须有技术合同支撑，技术合同成交额不低于50万元，且已在技术合同登记机构完成认定登记。"),
    ("h2", "（三）科技人才项目"),
    ("p", "支持企业引进和培育高层次科技人才团队。人才项目负责人年龄不超过45周岁，具有博士学位或副高级以上职称；引进的人才须与企业签订不少于3年的劳动合同。"),
    ("h2", "（四）创新平台绩效奖补"),
    ("p", "对经市科技局组织绩效评价的市级工程技术研究中心、重点实验室和新型研发机构，按评价等次给予奖补，奖补资金由平台依托单位统筹用于研发活动。"),
    ("p", "各类项目的资助强度、实施期限和拟立项数见附件。重点研发计划和科技成果转化项目采取前资助方式，立项后拨付资助资金的60%，通过验收后拨付其余40%；科技人才项目资助资金分两年拨付；创新平台绩效奖补一次性拨付。"),
    ("h1", "二、申报条件"),
    ("runin", ("（一）申报单位。", "应为在荆州市行政区域内注册登记满1年、具有独立法人资格的企业、高校、科研院所或新型研发机构，其中企业上年度研发费用占营业收入的比例不低于3%。")),
    ("runin", ("（二）项目负责人。", "应为申报单位在职人员，年龄不超过60周岁（科技人才项目除外），同期主持在研市级科技计划项目不超过1项。")),
    ("runin", ("（三）申报限额。", "每个申报单位限报3项，其中重点研发计划限报1项；同一项目不得多头申报或重复申报。")),
    ("runin", ("（四）信用要求。", "申报单位和项目负责人近三年内无严重失信记录，承担的市级科技计划项目无逾期未验收情况。")),
    ("h1", "三、申报程序和时间"),
    ("runin", ("（一）网上申报。", "申报单位登录“荆州市科技项目管理信息系统”填写申报书并上传附件材料，网上申报时间为2026年5月6日至6月5日，逾期系统自动关闭。")),
    ("runin", ("（二）审核推荐。", "各县（市、区）科技局负责本辖区项目的审核推荐，于2026年6月12日前将推荐汇总表报送市科技局；市直单位直接向市科技局申报。")),
    ("runin", ("（三）评审立项。", "项目评审由市科技局牵头组织，市财政局参与，采取专家网络评审和现场答辩相结合的方式进行，评审结果在荆州市科学技术局门户网站公示5个工作日。")),
    ("runin", ("（四）签订任务书。", "立项单位应在立项通知下达后15个工作日内通过系统签订项目任务书，逾期未签订且无正当理由的，视为自动放弃。")),
    ("h1", "四、有关要求"),
    ("runin", ("（一）", "项目资助资金应专款专用、单独核算，间接费用不超过直接费用的20%，其中用于科研人员绩效支出的部分不超过间接费用的50%。")),
    ("runin", ("（二）", "项目承担单位应在项目实施期满后3个月内提出验收申请，验收时须提交技术合同、财务决算和绩效佐证材料。")),
    ("runin", ("（三）", "申报单位存在弄虚作假行为的，取消申报资格，5年内不受理其市级科技计划项目申报。")),
    ("runin", ("（四）", "各县（市、区）科技局推荐项目数量原则上不超过本辖区受理项目总数的70%。")),
    ("h1", "五、联系方式"),
    ("p", "荆州市科学技术局计划财务科　向丽君，电话：0716-8452163；系统技术支持：0716-8239047。"),
    ("annex", "附件：荆州市2026年度市级科技计划项目类别及资助标准"),
    ("sign", "荆州市科学技术局"),
    ("sign", "2026年4月15日"),
    ("label", "附件"),
    ("cap", "荆州市2026年度市级科技计划项目类别及资助标准"),
    ("table", None),
    ("note", "注：创新平台绩效奖补按平台最近一次绩效评价结果确定，评价结果为不合格的不予奖补。"),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def c_nested_plain():
    return "；".join([C_NESTED_LEAD] + ["：".join(r) for r in C_NESTED])


def c_row_plain(r):
    cells = [r[0]] + ([c_nested_plain()] if r[1] is None else r[1:3]) + r[3:]
    return " | ".join(cells)


def c_expected_plain():
    out = []
    for kind, val in C_BODY:
        if kind == "table":
            out += [" | ".join(C_HEAD1), " | ".join(C_HEAD2)] + [c_row_plain(r) for r in C_ROWS]
        elif kind == "runin":
            out.append(val[0] + val[1])
        else:
            out.append(val)
    return out


def c_docx_parts():
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
        f"<dc:title>{xml_esc(C_BODY[0][1])}</dc:title><dc:creator>jzkjj</dc:creator>"
        "<cp:lastModifiedBy>jzkjj</cp:lastModifiedBy><cp:revision>5</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-10T08:21:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-15T10:05:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>")
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")

    def run(text, font=None, bold=False, sz=None):
        rpr = ""
        if font:
            rpr += f'<w:rFonts w:hint="eastAsia" w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
        if bold:
            rpr += "<w:b/><w:bCs/>"
        if sz:
            rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_esc(text)}</w:t></w:r>'

    def para(runs, jc=None, first=None, right=None, before=None, after=None, line=None):
        ppr = ""
        if before is not None or after is not None or line is not None:
            ppr += "<w:spacing" + (f' w:before="{before}"' if before is not None else "") + \
                   (f' w:after="{after}"' if after is not None else "") + \
                   (f' w:line="{line}" w:lineRule="exact"' if line is not None else "") + "/>"
        if first is not None or right is not None:
            ppr += "<w:ind" + (f' w:right="{right}"' if right is not None else "") + \
                   (f' w:firstLine="{first}"' if first is not None else "") + "/>"
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        return f"<w:p>{ppr}{''.join(runs)}</w:p>"

    def cell_p(text, bold=False):
        return para([run(text, "黑体" if bold else None, False, 24)], jc="center", line=360)

    def tc(content, width, span=1, vmerge=None):
        pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span > 1:
            pr += f'<w:gridSpan w:val="{span}"/>'
        if vmerge == "restart":
            pr += '<w:vMerge w:val="restart"/>'
        elif vmerge == "cont":
            pr += "<w:vMerge/>"
        pr += '<w:vAlign w:val="center"/>'
        return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"

    widths = [2400, 1500, 1500, 1500, 1500]
    body = []
    for kind, val in C_BODY:
        if kind == "title":
            body.append(para([run(val, "方正小标宋简体", False, 44)], jc="center", line=700, after=200))
        elif kind == "docno":
            body.append(para([run(val)], jc="center", after=300))
        elif kind == "sal":
            body.append(para([run(val)]))
        elif kind == "h1":
            body.append(para([run(val, "黑体", True)], first=640))
        elif kind == "h2":
            body.append(para([run(val, "楷体_GB2312", True)], first=640))
        elif kind == "runin":
            body.append(para([run(val[0], "楷体_GB2312", True), run(val[1])], first=640))
        elif kind in ("p", "note"):
            body.append(para([run(val)], first=640))
        elif kind == "annex":
            body.append(para([run(val)], first=640, before=300))
        elif kind == "sign":
            body.append(para([run(val)], jc="right", right=640))
        elif kind == "label":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
            body.append(para([run(val, "黑体", True)]))
        elif kind == "cap":
            body.append(para([run(val, "方正小标宋简体", True, 36)], jc="center", before=200, after=200))
        elif kind == "table":
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8400" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
                 'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            hdr = '<w:trPr><w:tblHeader/></w:trPr>'
            t += ("<w:tr>" + hdr + tc(cell_p(C_HEAD1[0], True), widths[0], vmerge="restart")
                  + tc(cell_p(C_HEAD1[1], True), widths[1] + widths[2], span=2)
                  + tc(cell_p(C_HEAD1[2], True), widths[3], vmerge="restart")
                  + tc(cell_p(C_HEAD1[3], True), widths[4], vmerge="restart") + "</w:tr>")
            t += ("<w:tr>" + hdr + tc("<w:p/>", widths[0], vmerge="cont")
                  + tc(cell_p(C_HEAD2[0], True), widths[1]) + tc(cell_p(C_HEAD2[1], True), widths[2])
                  + tc("<w:p/>", widths[3], vmerge="cont") + tc("<w:p/>", widths[4], vmerge="cont") + "</w:tr>")
            for r in C_ROWS:
                t += "<w:tr>" + tc(cell_p(r[0]), widths[0])
                if r[1] is None:
                    nt = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="2600" w:type="dxa"/><w:jc w:val="center"/></w:tblPr>'
                          '<w:tblGrid><w:gridCol w:w="1300"/><w:gridCol w:w="1300"/></w:tblGrid>')
                    for nr in C_NESTED:
                        nt += "<w:tr>" + "".join(tc(cell_p(x), 1300) for x in nr) + "</w:tr>"
                    nt += "</w:tbl>"
                    # Word needs a paragraph after a nested table, as the cell's last element
                    t += tc(cell_p(C_NESTED_LEAD) + nt + "<w:p/>", widths[1] + widths[2], span=2)
                else:
                    t += tc(cell_p(r[1]), widths[1]) + tc(cell_p(r[2]), widths[2])
                t += tc(cell_p(r[3]), widths[3]) + tc(cell_p(r[4]), widths[4]) + "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            raise ValueError(kind)
    body.append('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def c_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in c_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 15, 10, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """What Word shows, in body order: each non-empty paragraph one line (its runs joined); a table row its non-empty
    cells joined by ' | ' (a gridSpan cell once; a vMerge continuation cell is empty and left out); a cell's text is
    its paragraphs and, for a nested table, each nested row's cells joined by '：', the pieces joined by '；'.
    Returns (plain lines, raw paragraph / cell texts, logical grids of the top-level tables)."""
    from lxml import etree
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(q("t")))

    def cell_text(tcel):
        pieces = []
        for ch in tcel:
            if ch.tag == q("p"):
                if ptext(ch):
                    pieces.append(ptext(ch))
            elif ch.tag == q("tbl"):
                for tr in ch.findall(q("tr")):
                    pieces.append("：".join(cell_text(x) for x in tr.findall(q("tc"))))
        return "；".join(pieces)

    lines, raw, grids = [], [], []
    for el in doc.find(q("body")):
        if el.tag == q("p"):
            t = ptext(el)
            if t:
                lines.append(t)
                raw.append(t)
        elif el.tag == q("tbl"):
            grid = []
            for tr in el.findall(q("tr")):
                texts, g_row = [], []
                for tcel in tr.findall(q("tc")):
                    pr = tcel.find(q("tcPr"))
                    span = int(pr.find(q("gridSpan")).get(q("val"))) if pr is not None and pr.find(q("gridSpan")) is not None else 1
                    vm = pr.find(q("vMerge")) if pr is not None else None
                    tx = cell_text(tcel)
                    if vm is not None and vm.get(q("val")) != "restart":
                        g_row += [None] * span  # filled from the row above below
                    else:
                        g_row += [tx] * span
                    if tx:
                        texts.append(tx)
                        raw.append(tx)
                if grid:
                    g_row = [grid[-1][i] if v is None else v for i, v in enumerate(g_row)]
                grid.append(g_row)
                lines.append(" | ".join(texts))
            grids.append(grid)
    return lines, raw, grids


# ---------------------------------------------------------------------------------------------------------------
# The logical cells of each table: {(row label, column label): value}. Table questions name a (row, column) pair;
# the evidence is that row's plain line.
# ---------------------------------------------------------------------------------------------------------------
def table_cells():
    cells = {"A": {}, "B": {}, "C": {}}
    for tab in (A_TABLE1, A_TABLE2):
        for r in tab[1:]:
            for h, v in zip(tab[0], r):
                cells["A"][(r[1] if tab is A_TABLE2 else r[0], h)] = v.replace("\\|", "|").replace("<br>", " ")
    for r in B_ROWS + [B_FOOT]:
        for h, v in zip(B_COLS, r):
            cells["B"][(r[0], h)] = v
    for r in C_ROWS:
        if r[1] is None:
            for k, v in C_NESTED:
                cells["C"][(r[0], k)] = v
            vals = [r[0], None, None] + r[3:]
        else:
            vals = r
        for h, v in zip(C_COLS, vals):
            if v is not None:
                cells["C"][(r[0], h)] = v
    return cells


def row_line(d, row):
    if d == "A":
        for tab in (A_TABLE1, A_TABLE2):
            for r in tab[1:]:
                if row in (r[0], r[1]):
                    return " | ".join(c.replace("\\|", "|").replace("<br>", " ") for c in r)
    if d == "B":
        r = next(r for r in B_ROWS + [B_FOOT] if r[0] == row)
        return " | ".join(r if r is not B_FOOT else [r[0], r[1], r[4], r[5]])
    if d == "C":
        return c_row_plain(next(r for r in C_ROWS if r[0] == row))


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc. table: cell = (row label, column label) of the
# table's logical grid. who_leads: verb after the answer within one clause. typo: wrong/right forms.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 九江 操作指南 (Markdown; 16)
    dict(id="u41-A01", doc="A", kind="table", q="九江新认定一家省一级的企业研发机构，认定时一次性能拿到多少钱？", a="70万元", hint="省级研发机构 | ", cell=("省级研发机构", "认定奖励")),
    dict(id="u41-A02", doc="A", kind="table", q="九江申报奖补时上传研发费用专项审计报告，每个文件不能超过多大？", a="20MB", hint="研发费用专项审计报告 | ", cell=("研发费用专项审计报告", "单个文件上限")),
    dict(id="u41-A03", doc="A", kind="who_leads", q="九江企业研发机构的绩效评价由哪个部门牵头组织？", a="市工业和信息化局", hint="研发机构绩效评价由", verb="牵头"),
    dict(id="u41-A04", doc="A", kind="paraphrase", q="九江一家公司去年研发开支比前年多了，多出来的那块按什么比例给钱？", a="12%", hint="增量部分的12%"),
    dict(id="u41-A05", doc="A", kind="paraphrase", q="九江的规上工业公司头一回搞研发并进入统计，能一次性领多少？", a="6万元", hint="首次开展研发活动并纳入统计"),
    dict(id="u41-A06", doc="A", kind="paraphrase", q="在九江，用于研发的银行借款享受利息补助，最长能连续享受几年？", a="2年", hint="按实际支付利息的40%"),
    dict(id="u41-A07", doc="A", kind="typo", q="久江企业研发贷款贴息每年最多能拿多少？", a="45万元", hint="按实际支付利息的40%", wrong="久江", right="九江"),
    dict(id="u41-A08", doc="A", kind="typo", q="九江对重新任定的高新技术企业一次性奖励多少？", a="8万元", hint="对重新认定的高新技术企业", wrong="任定", right="认定"),
    dict(id="u41-A09", doc="A", kind="traditional", qs="九江研发贷款贴息每年网上填报到哪一天截止？", a="4月30日", hint="填报时间为每年"),
    dict(id="u41-A10", doc="A", kind="english", q="What is the maximum annual reward a single enterprise in Jiujiang can receive for the increase in its R&D expenses?", a="150万元", hint="按研发费用增量部分"),
    dict(id="u41-A11", doc="A", kind="english", q="Within how many working days after the filing deadline must Jiujiang's county-level science and technology departments finish the preliminary review?", a="10个工作日", hint="县级初审"),
    dict(id="u41-A12", doc="A", kind="english", q="Within how many days after the publicity period ends are Jiujiang's subsidy funds paid into the enterprise account?", a="15日", hint="公示期满后"),
    dict(id="u41-A13", doc="A", kind="english_unanswerable", q="How much premium subsidy does Jiujiang give enterprises that buy R&D insurance?", keys=["保险", "保费"], near=["贴息"]),
    dict(id="u41-A14", doc="A", kind="unanswerable", q="景德镇市研发投入增量奖补按多大比例计算？", gkeys=["景德镇", "Jingdezhen"], near=["研发投入增量奖补"]),
    dict(id="u41-A15", doc="A", kind="unanswerable", q="九江获评良好的省级研发机构能拿多少绩效奖补？", keys=[r"良好[^。；\n]*万元", r"万元[^。；\n]*良好"], near=["良好", "绩效奖补（优秀）"]),
    dict(id="u41-A16", doc="A", kind="unanswerable", q="九江2025年版操作指南规定的研发贷款贴息比例是多少？", keys=["2025"], near=["2026年版"]),
    # ---- B 德州 实施细则 (HTML; 19)
    dict(id="u41-B01", doc="B", kind="table", q="德州新获批一家省一级的重点实验室，一次性建设奖补标准是多少？", a="100万元", hint="重点实验室 | ", cell=("重点实验室", "省级")),
    dict(id="u41-B02", doc="B", kind="table", q="德州今年打算新支持几家新型研发机构？", a="6家", hint="新型研发机构 | ", cell=("新型研发机构", "2026年预计支持数量")),
    dict(id="u41-B03", doc="B", kind="table", q="德州2026年五类科技创新平台的奖补一共测算了多少钱？", a="2610万元", hint="合计 | ", cell=("合计", "测算资金")),
    dict(id="u41-B04", doc="B", kind="who_leads", q="德州科技创新平台的运行绩效评价由哪个部门牵头？", a="市科技局", hint="平台运行绩效评价由", verb="牵头"),
    dict(id="u41-B05", doc="B", kind="english", q="What is the maximum operating subsidy in Dezhou for a provincial-level platform rated excellent?", a="45万元", hint="评价结果为优秀的国家级"),
    dict(id="u41-B06", doc="B", kind="english", q="Within how many working days after the application deadline must Dezhou's county-level science and technology departments complete the preliminary review?", a="15个工作日", hint="第十四条"),
    dict(id="u41-B07", doc="B", kind="english", q="For how many working days are the Dezhou review results publicly displayed?", a="7个工作日", hint="第十五条"),
    dict(id="u41-B08", doc="B", kind="english", q="What is the maximum annual reward per incubator in Dezhou for incubated firms first recognised as high-tech enterprises?", a="25万元", hint="第十二条"),
    dict(id="u41-B09", doc="B", kind="english_unanswerable", q="What is Dezhou's funding standard for a provincial field scientific observation and research station?", keys=["野外", "观测研究站", "观测站"], near=["重点实验室"]),
    dict(id="u41-B10", doc="B", kind="paraphrase", q="在德州，一家依托单位一年内拿到的建设类奖补加起来封顶多少？", a="800万元", hint="同一依托单位同一年度"),
    dict(id="u41-B11", doc="B", kind="paraphrase", q="德州的平台把成果卖给或授权给本地公司，按成交金额的几成给奖励？", a="10%", hint="第十一条"),
    dict(id="u41-B12", doc="B", kind="paraphrase", q="德州的平台拿到奖补后五年之内把单位搬离当地，要怎么处理？", a="退回已获得的建设奖补资金", hint="第十八条"),
    dict(id="u41-B13", doc="B", kind="typo", q="得州对评价为良好的市级平台最多给多少运行奖补？", a="8万元", hint="第九条", wrong="得州", right="德州"),
    dict(id="u41-B14", doc="B", kind="typo", q="德州平台开放共享科研仪器，每个平台每年最高奖捕多少？", a="40万元", hint="第十条", wrong="奖捕", right="奖补"),
    dict(id="u41-B15", doc="B", kind="traditional", qs="德州运行绩效奖补等事项的年度集中申报每年什么时候截止？", a="6月30日", hint="第十三条"),
    dict(id="u41-B16", doc="B", kind="unanswerable", q="聊城市新获批的省级企业技术中心奖补多少？", gkeys=["聊城", "Liaocheng"], near=["企业技术中心"]),
    dict(id="u41-B17", doc="B", kind="unanswerable", q="德州2027年预计支持多少家重点实验室？", keys=["2027"], near=["2026年预计支持数量"]),
    dict(id="u41-B18", doc="B", kind="unanswerable", q="德州市市场监督管理局在平台绩效评价中负责什么工作？", keys=["市场监督管理", "市场监管"], near=["市工业和信息化局"]),
    dict(id="u41-B19", doc="B", kind="unanswerable", q="德州第二批科技创新平台奖补资金什么时候公示？", keys=["第二批", "第2批", "第一批", "批次"], near=["公示"]),
    # ---- C 荆州 申报通知 (docx; 15)
    dict(id="u41-C01", doc="C", kind="table", q="荆州重点研发计划里的一般类项目，资助最多多少？", a="30万元", hint="重点研发计划 | ", cell=("重点研发计划", "一般项目")),
    dict(id="u41-C02", doc="C", kind="table", q="荆州科技成果转化的重点类项目能资助多少？", a="60万元", hint="科技成果转化 | ", cell=("科技成果转化", "重点项目")),
    dict(id="u41-C03", doc="C", kind="table", q="荆州的市级创新平台绩效评价排在最高一档之后的第二档，能拿多少奖补？", a="16万元", hint="创新平台绩效奖补 | ", cell=("创新平台绩效奖补", "良好")),
    dict(id="u41-C04", doc="C", kind="who_leads", q="荆州市级科技计划项目的评审由哪个部门牵头组织？", a="市科技局", hint="（三）评审立项", verb="牵头"),
    dict(id="u41-C05", doc="C", kind="english", q="On what date does online application for Jingzhou's 2026 municipal science and technology plan projects close?", a="6月5日", hint="（一）网上申报"),
    dict(id="u41-C06", doc="C", kind="english", q="Within how many working days after the approval notice must Jingzhou project units sign the project task agreement?", a="15个工作日", hint="（四）签订任务书"),
    dict(id="u41-C07", doc="C", kind="english", q="Under advance funding, what share of the funding is paid out after approval for Jingzhou key R&D and achievement transformation projects?", a="60%", hint="采取前资助方式"),
    dict(id="u41-C08", doc="C", kind="english_unanswerable", q="How much funding does Jingzhou give to a soft science research project?", keys=["软科学"], near=["重点研发计划"]),
    dict(id="u41-C09", doc="C", kind="paraphrase", q="在荆州申请成果转化项目，技术买卖的成交金额最少得有多少？", a="50万元", hint="技术合同成交额不低于"),
    dict(id="u41-C10", doc="C", kind="paraphrase", q="荆州人才类项目的带头人，最大不能超过多少岁？", a="45周岁", hint="人才项目负责人年龄"),
    dict(id="u41-C11", doc="C", kind="typo", q="京州市级科技计划项目的间接费用最多占直接费用的多少？", a="20%", hint="间接费用不超过直接费用", wrong="京州", right="荆州"),
    dict(id="u41-C12", doc="C", kind="traditional", qs="荆州各县市区科技局最晚什么时候要把推荐汇总表报给市科技局？", a="2026年6月12日", hint="（二）审核推荐"),
    dict(id="u41-C13", doc="C", kind="unanswerable", q="荆门市2026年度市级科技计划项目网上申报什么时候截止？", gkeys=["荆门", "Jingmen"], near=["网上申报"]),
    dict(id="u41-C14", doc="C", kind="unanswerable", q="荆州2025年度市级科技计划一共立项了多少项？", keys=["2025"], near=["2026年度"]),
    dict(id="u41-C15", doc="C", kind="unanswerable", q="荆州市卫生健康委员会在这批项目评审中承担什么工作？", keys=["卫生健康", "卫健"], near=["市财政局参与"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 16, "B": 19, "C": 15}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 3, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Jiujiang", "B": "Dezhou", "C": "Jingzhou"}
PLACE_KEYS = ["景德镇", "Jingdezhen", "聊城", "Liaocheng", "荆门", "Jingmen", "南昌", "济南", "宜昌"]  # in no document
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
    """Occurrences of s not glued to further digits, dots or commas (so 50万元 does not count in 150万元)."""
    return len(re.findall(r"(?<![\d.,:-])" + re.escape(s) + r"(?![\d])", text))


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_bytes = A_MD.encode("utf-8")
    b_bytes = b_html().encode("utf-8")
    c_bytes = c_docx_bytes()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    (CORPUS / FILE_B).write_bytes(b_bytes)
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts, read back from the files
    a_src = (CORPUS / FILE_A).read_bytes().decode("utf-8")
    a_plain, a_tables, a_info = md_read(a_src)
    b_src = (CORPUS / FILE_B).read_bytes().decode("utf-8")
    b_plain, b_grids, b_orders = html_read(b_src)
    c_plain, c_raw_texts, c_grids = docx_read(CORPUS / FILE_C)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    check(2000 <= len(ptext["A"]) <= 4000, f"A: {len(ptext['A'])} characters, want 2,000-4,000")
    check(2000 <= len(ptext["B"]) <= 4000, f"B: {len(ptext['B'])} characters, want 2,000-4,000")
    check(1600 <= len(ptext["C"]) <= 3000, f"C: {len(ptext['C'])} characters, want 1,600-3,000")

    # ---- A: Markdown
    check(not a_bytes.startswith(b"\xef\xbb\xbf") and b"\r" not in a_bytes and a_bytes.endswith(b"\n"), "A: UTF-8, LF, no BOM")
    check(a_info["h"] == {"h1": 1, "h2": 6, "h3": 10}, f"A: headings {a_info['h']}")
    check(a_info["ol"] == 2 and a_info["nested_ul"] == 2 and a_info["ul"] == 4, f"A: lists {a_info}")
    check(a_info["blockquote"] == 1 and a_info["em"] == 1 and a_info["strong"] >= 15, f"A: emphasis / quote {a_info}")
    check(a_info["br"] == 2, f"A: two <br> inside table cells ({a_info['br']})")
    want_tabs = [[[c.replace("\\|", "|").replace("<br>", " ") for c in r] for r in t] for t in (A_TABLE1, A_TABLE2)]
    check(a_tables == want_tabs, "A: markdown-it reads the two pipe tables as designed")
    check(a_src.count("\\|") == 2 and all(len(r) == 4 for t in a_tables for r in t), "A: escaped pipes stay inside their cells")
    naive = [ln for ln in a_src.split("\n") if ln.startswith("| 2 |")]
    check(naive and len(naive[0].strip("|").split("|")) == 5, "A: a naive '|' split of the escaped-pipe row gives 5 cells")
    align_rows = [ln for ln in a_src.split("\n") if re.fullmatch(r"\|(:?-{3,}:?\|)+", ln)]
    check(len(align_rows) == 2, "A: two alignment rows")
    check(not any("*" in ln or ln.startswith(("#", ">", "- ")) for ln in a_plain), "A: no Markdown markers left in the plain text")
    check(a_plain[0] == "九江市企业研发投入奖补政策操作指南（2026年版）", "A: title")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    for tab in (A_TABLE1, A_TABLE2):
        for r in tab[1:]:
            for cv in r[1:]:
                if re.search(r"\d", cv):
                    check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 3 and a_leads[0].startswith("注：研发机构绩效评价由市工业和信息化局牵头"), f"A: 牵头 lines {a_leads}")
    a_figs = {k: sorted({int(x) for x in re.findall(p, a_prose)}) for k, p in
              (("max", r"最高(\d+)万元"), ("wan", r"(?<![\d.])(\d+)万元"), ("wd", r"(\d+)个工作日"), ("pct", r"(?<![\d.])(\d+)%"))}
    check(len(a_figs["wan"]) >= 8 and len(a_figs["wd"]) >= 3 and len(a_figs["pct"]) >= 4, f"A: look-alike figures {a_figs}")

    # ---- B: HTML
    check(b"<meta charset=\"utf-8\">" in b_bytes and not b_bytes.startswith(b"\xef\xbb\xbf"), "B: UTF-8 declared, no BOM")
    check(len(b_grids) == 1, "B: one table")
    grid = b_grids[0] if b_grids else []
    check(grid[:2] == [["平台类别", "资助标准", "资助标准", "资助标准", "2026年预计支持数量", "测算资金"], B_COLS],
          f"B: two-row grouped header {grid[:2]}")
    check(grid[2:] == B_ROWS + [B_FOOT], "B: body rows then the tfoot 合计 row, as displayed")
    check(b_orders == [["thead", "tfoot", "tbody"]], f"B: tfoot before tbody in the source {b_orders}")
    check(sum(int(r[4][:-1]) for r in B_ROWS) == int(B_FOOT[4][:-1]) and
          sum(int(r[5][:-2]) for r in B_ROWS) == int(B_FOOT[5][:-2]), "B: 合计 = sum of the rows")
    check(all(int(r[1][:-2]) > int(r[2][:-2]) > int(r[3][:-2]) for r in B_ROWS), "B: 国家级 > 省级 > 市级 in every row")
    money = [c for r in B_ROWS for c in r[1:4] + [r[5]]]
    check(len(set(money)) == len(money), "B: table amounts distinct")
    import lxml.html
    bdoc = lxml.html.fromstring(b_src)
    check(len(bdoc.xpath("//tbody/tr/th[@scope='row']")) == len(B_ROWS) and len(bdoc.xpath("//tfoot/tr/th[@scope='row']")) == 1,
          "B: row headers are <th scope=row>")
    check(len(bdoc.xpath("//thead/tr[1]/th[@colspan='3']")) == 1 and len(bdoc.xpath("//thead/tr[1]/th[@rowspan='2']")) == 3,
          "B: colspan / rowspan header")
    for sel in ("//nav//li", "//p[@class='crumbs']", "//div[@class='share-bar']", "//footer/p", "//script", "//p[@class='print-bar']"):
        check(len(bdoc.xpath(sel)) >= 1, f"B: page furniture {sel}")
    check(b_plain.count(B_TITLE) == 1 and "当前位置：首页 > 政务公开 > 政策文件 > 规范性文件" in b_plain
          and "分享到：微信 微博 QQ空间" in b_plain, "B: furniture lines as a browser shows them")
    check(not any("pageId" in ln or "{" in ln for ln in b_plain), "B: script and style not in the plain text")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for r in B_ROWS + [B_FOOT]:
        for cv in r[1:]:
            if re.search(r"\d", cv):
                check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(len(b_leads) == 2 and any(ln.startswith("第七条　平台运行绩效评价由市科技局牵头") for ln in b_leads), f"B: 牵头 lines {b_leads}")
    b_figs = {k: sorted({int(x) for x in re.findall(p, b_prose)}) for k, p in
              (("max", r"最高(\d+)万元"), ("wd", r"(\d+)个工作日"), ("pct", r"(\d+)%"))}
    check(len(b_figs["max"]) >= 7 and len(b_figs["wd"]) >= 4, f"B: look-alike figures {b_figs}")

    # ---- C: docx with direct-formatted headings, merged and nested table cells
    check(zipfile.is_zipfile(CORPUS / FILE_C), "C: a zip package")
    check(c_plain == c_expected_plain(), "C: reading the document gives the designed lines")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_C))
    with zipfile.ZipFile(CORPUS / FILE_C) as z:
        c_xml = z.read("word/document.xml").decode("utf-8")
        c_styles = z.read("word/styles.xml").decode("utf-8")
    check("Heading" not in c_styles and "<w:pStyle" not in c_xml and "numbering" not in c_xml, "C: no heading styles, no pStyle, no numbering")
    heads = [p for p in dx.paragraphs if re.match(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", p.text)]
    check(len(heads) >= 20 and all(p.style.name == "Normal" and p.runs[0].bold for p in heads),
          f"C: typed-number headings are bold Normal paragraphs ({len(heads)})")
    check(sum(1 for p in heads if len(p.runs) == 1 and re.match("^[一二三四五]、", p.text)) == 5, "C: five 一、 headings")
    check(sum(1 for p in heads if len(p.runs) == 2 and p.runs[0].bold and not p.runs[1].bold) == 12, "C: twelve bold run-in items")
    check(c_grids and c_grids[0][:2] == [["项目类别", "资助强度", "资助强度", "实施期限", "拟立项数"],
                                         ["项目类别", "重点项目", "一般项目", "实施期限", "拟立项数"]], "C: merged header grid")
    check(c_xml.count('<w:gridSpan w:val="2"/>') == 2 and c_xml.count('<w:vMerge w:val="restart"/>') == 3
          and c_xml.count("<w:vMerge/>") == 3, "C: gridSpan and vMerge cells")
    t = dx.tables[0] if dx.tables else None
    check(t is not None and len(dx.tables) == 1, "C: python-docx sees one top-level table")
    if t is not None:
        r0 = [c.text for c in t.rows[0].cells]
        check(r0 == ["项目类别", "资助强度", "资助强度", "实施期限", "拟立项数"], f"C: python-docx repeats the gridSpan cell {r0}")
        nest_cell = t.rows[5].cells[1]
        check(nest_cell.text.strip() == C_NESTED_LEAD and len(nest_cell.tables) == 1
              and [[c.text for c in r.cells] for r in nest_cell.tables[0].rows] == C_NESTED,
              "C: python-docx cell.text leaves out the nested table, cell.tables[0] holds it")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for r in C_ROWS:
        for cv in [x for x in r[1:] if x] + ([v for _, v in C_NESTED] if r[1] is None else []):
            if re.search(r"\d", cv):
                check(num_count(cv, c_prose) == 0, f"C: table cell {cv} also in the prose")
    c_leads = [ln for ln in c_plain if "牵头" in ln]
    check(len(c_leads) == 2 and any("项目评审由市科技局牵头组织" in ln for ln in c_leads), f"C: 牵头 lines {c_leads}")
    c_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c_prose)
    check(c_dates == [("2026", "5", "6"), ("", "6", "5"), ("2026", "6", "12"), ("2026", "4", "15")], f"C: dates {c_dates}")

    raw = {"A": a_src, "B": b_src, "C": "\n".join(c_raw_texts)}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")

    cells = table_cells()
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
            check(ans in raw[d], f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if "cell" in q:
                rl, cl = q["cell"]
                check(cells[d].get((rl, cl)) == ans, f"{q['id']}: answer must be the ({rl}, {cl}) cell")
                check(ev == row_line(d, rl), f"{q['id']}: evidence must be the row's plain line")
                others = [v for (r_, c_), v in cells[d].items() if r_ == rl and c_ != cl]
                check(not any(num_count(ans, v) or v == ans for v in others), f"{q['id']}: other cells differ")
                check(cl not in question, f"{q['id']}: question copies the column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
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
    check(all(re.fullmatch(r"u41-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage of the format traps
    a_tq = [q for q in Q if q["doc"] == "A" and q["kind"] == "table"]
    check({q["cell"][0] for q in a_tq} == {"省级研发机构", "研发费用专项审计报告"}, "A: table questions on the <br> row and the escaped-pipe row")
    check(any(q.get("cell", ("",))[0] == "合计" for q in Q if q["doc"] == "B"), "B: a question on the tfoot 合计 row")
    check(any(q.get("cell", ("", ""))[1] in B_HEAD2 for q in Q if q["doc"] == "B"), "B: a question under the grouped header")
    check(any(q.get("cell", ("", ""))[1] in [k_ for k_, _ in C_NESTED] for q in Q if q["doc"] == "C"), "C: a question on the nested table")
    check(any(q.get("cell", ("", ""))[1] in C_HEAD2 for q in Q if q["doc"] == "C"), "C: a question under the gridSpan header")

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
        t_ = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t_)} characters, {len(HAN.findall(t_))} Han")
    print(f"A: markdown-it headings {a_info['h']}, lists ol={a_info['ol']} ul={a_info['ul']} (nested {a_info['nested_ul']}), "
          f"<br> {a_info['br']}, tables {[len(t_) for t_ in a_tables]} rows; figures {a_figs}")
    print(f"B: row groups in source order {b_orders}; logical header {grid[1] if len(grid) > 1 else None}; figures {b_figs}")
    print(f"C: {len(heads)} typed-number bold Normal paragraphs; header grid {c_grids[0][:2] if c_grids else None}")
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
