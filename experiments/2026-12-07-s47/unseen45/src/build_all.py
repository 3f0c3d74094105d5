#!/usr/bin/env python3
"""Build unseen45: three fictional policy documents as agencies really produce them in Word / on the web --
  A  a Word .docx of Dongying (东营市科学技术局 / 东营市财政局) -- 东营市市级重点实验室建设与运行管理办法 -- whose article
     numbers (第一条 …) and item numbers (（一）…) come from Word automatic numbering (numbering.xml; w:numPr on the
     paragraphs, chineseCounting), so they are NOT in the paragraph text; a page header and a page footer that carry
     the document number (header1.xml / footer1.xml, the footer with a PAGE field); two footnotes (footnotes.xml)
     whose references sit inside a sentence;
  B  a Word .docx of Xuchang (许昌市科学技术局 / 许昌市财政局) -- 许昌市高新技术企业培育奖补实施细则 -- carrying tracked
     changes (w:ins / w:del runs by a reviewer of the finance bureau: the deleted figures are stale, the inserted ones
     stand) and a table with merged cells (w:vMerge for the 奖补类别 column, w:gridSpan for a row that spans two
     columns and a note row that spans all four);
  C  an HTML 政策解读 page of Xinxiang (新乡市科学技术局) as saved from the bureau's website: top bar, navigation menu,
     breadcrumb, info bar, share bar, the interpretation with a <table> and a <dl><dt><dd> 问答 section, 相关链接 list,
     footer with 主办单位 / 备案号, scripts;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen45/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen44's builder (read for layout and approach only): the question table with a `hint`
that must pick exactly one evidence line, digit-bounded num_count (also on NFKC-normalised text), keys / gkeys / near
for unanswerables, lcs_run for paraphrases, OpenCC for the cross-script questions, the hand-written .docx package with
fixed zip timestamps and the question-checking loop."""
import json
import re
import sys
import unicodedata
import zipfile
import io
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_dongying_shiji_zhongdian_shiyanshi_jianshe_yunxing_guanli_banfa_autonum_footnotes.docx"
FILE_B = "B_xuchang_gaoxin_jishu_qiye_peiyu_jiangbu_shishi_xize_tracked_changes_merged_table.docx"
FILE_C = "C_xinxiang_xinxing_yanfa_jigou_ruogan_cuoshi_zhengce_jiedu_saved_page.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CN_DIGITS = "零一二三四五六七八九"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def chinese_counting(n):
    """一 … 十, 十一 … 十九, 二十, 二十一 … (1-99), as Word's chineseCounting number format shows them."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------------------------------------------
# A: 东营 管理办法 (.docx, automatic numbering, header / footer with the document number, two footnotes).
#    A_BODY: ("title", text), ("chap", text) typed chapter heading, ("art", text) an article numbered by Word
#    (numId 1: 第%1条　), ("item", numId, text) an item numbered by Word (numId 2 / 3: （%1）, numId 3 restarts at 1),
#    ("end", text) plain unnumbered paragraph (版记). "[fn1]" / "[fn2]" mark a footnote reference inside a sentence.
# ---------------------------------------------------------------------------------------------------------------
A_DOCNO = "东科规〔2026〕4号"
A_HEADER = "东营市科学技术局规范性文件　" + A_DOCNO
A_FOOTER_TEXT = A_DOCNO + "　"  # followed by "— PAGE —" (a field; page 1 shows "1")
A_FOOTNOTES = {
    1: "固定研究人员，是指与依托单位签订劳动合同、在依托单位连续工作满1年且每年在实验室工作时间不少于8个月的研究人员。",
    2: "研发投入强度，是指企业上年度研发费用占同期营业收入的比例，研发费用以企业所得税年度汇算清缴中享受加计扣除的数额为准。",
}
A_BODY = [
    ("title", "东营市市级重点实验室建设与运行管理办法"),
    ("chap", "第一章　总则"),
    ("art", "为加快构建以企业为主体、市场为导向、产学研深度融合的技术创新体系，提升我市应用基础研究和关键核心技术攻关能力，规范市级重点实验室（以下简称“实验室”）的建设与运行管理，根据《山东省重点实验室管理办法》等有关规定，结合我市实际，制定本办法。"),
    ("art", "本办法所称实验室，是指依托我市企业、高校、科研院所建设，围绕石油装备、高端石化、新材料、生物医药、现代高效农业等重点产业开展研究开发、聚集培养创新人才、推动科技成果转化的科技创新平台。"),
    ("art", "实验室建设坚持“统筹布局、择优认定、动态管理、绩效导向”的原则，实行依托单位主体、开放共享、联合协作的运行机制。"),
    ("chap", "第二章　职责分工"),
    ("art", "市科学技术局牵头负责实验室的规划布局、认定和绩效评价，编制年度建设计划，指导实验室开展运行管理。"),
    ("art", "市财政局负责实验室建设运行补助资金的预算安排和拨付，会同市科学技术局对资金使用情况进行监督检查。"),
    ("art", "各县区科技主管部门和东营经济技术开发区、东营港经济开发区、黄河三角洲农业高新技术产业示范区科技管理部门（以下统称“县区科技部门”）负责本辖区实验室的申报推荐、日常监管和配套服务。"),
    ("art", "依托单位是实验室建设和运行的责任主体，应当将实验室纳入本单位发展规划，为实验室提供必要的科研用房、仪器设备、人员和经费保障。"),
    ("chap", "第三章　申报与认定"),
    ("art", "申报实验室应当具备下列条件："),
    ("item", 2, "依托单位在我市注册登记满2年，具有独立法人资格，近三年无严重失信行为；"),
    ("item", 2, "研究方向明确，符合我市重点产业发展需求，在本领域具有较强的研发实力；"),
    ("item", 2, "拥有相对集中的科研用房，面积不少于800平方米，科研仪器设备原值不低于500万元；"),
    ("item", 2, "拥有结构合理的研究团队，固定研究人员[fn1]不少于15人，其中具有高级职称或博士学位的不少于5人；"),
    ("item", 2, "企业依托单位上年度研发投入强度[fn2]不低于3%，高校、科研院所依托单位上年度科研经费不低于300万元。"),
    ("art", "实验室认定每年组织一次。市科学技术局每年4月发布申报通知，依托单位通过东营市科技业务管理平台在线申报，县区科技部门审核后推荐。"),
    ("art", "市科学技术局组织专家对申报材料进行评审，必要时进行现场考察，每个评审组专家不少于7人。评审结果在市科学技术局网站公示，公示期为5个工作日。"),
    ("art", "经公示无异议的，由市科学技术局发文认定为“东营市重点实验室”，建设期为3年。建设期满由市科学技术局组织验收。"),
    ("chap", "第四章　运行与管理"),
    ("art", "实验室实行依托单位领导下的主任负责制。实验室主任应当是本领域高水平学术带头人，年龄一般不超过60周岁，每年在实验室工作时间不少于6个月。"),
    ("art", "实验室应当设立学术委员会，委员不少于9人，其中依托单位以外的委员不少于三分之一。学术委员会每年至少召开一次全体会议。"),
    ("art", "实验室应当建立开放共享制度，大型科研仪器设备对外开放共享时间不少于总运行机时的15%，并纳入东营市大型科研仪器共享服务平台管理。"),
    ("art", "实验室变更名称、研究方向或者实验室主任的，依托单位应当在变更之日起30日内向市科学技术局报备。"),
    ("chap", "第五章　绩效评价与支持"),
    ("art", "市科学技术局每两年组织一次绩效评价，评价结果分为优秀、良好、合格和不合格四个等次，其中优秀等次不超过参评实验室总数的20%。"),
    ("art", "对新认定的实验室，给予一次性建设补助50万元。对绩效评价结果为优秀的，给予运行补助30万元；为良好的，给予运行补助12万元；为合格的，不予补助。"),
    ("art", "对新获批建设的省重点实验室，给予一次性奖励100万元；已获市级建设补助的，按差额补足。"),
    ("art", "补助资金由市级财政和县区财政按6：4的比例分担，主要用于下列支出："),
    ("item", 3, "科研仪器设备购置和升级改造；"),
    ("item", 3, "设立开放课题，吸引市外科研人员来实验室开展研究；"),
    ("item", 3, "高层次人才和青年科技人才的引进培养；"),
    ("item", 3, "学术交流与国际合作。"),
    ("art", "绩效评价结果为不合格的，限期1年整改；整改后仍不合格或者连续两次评价为不合格的，撤销其“东营市重点实验室”称号。"),
    ("art", "依托单位在申报、评价中弄虚作假的，撤销实验室称号，追回补助资金，并取消其5年内申报市级科技计划项目的资格。"),
    ("chap", "第六章　附则"),
    ("art", "本办法由市科学技术局、市财政局负责解释。"),
    ("art", "本办法自2026年4月15日起施行，有效期至2031年4月14日。《东营市重点实验室管理办法》（东科发〔2019〕27号）同时废止。"),
    ("end", "东营市科学技术局办公室　　2026年3月16日印发"),
]
A_FN = re.compile(r"\[fn(\d)\]")
A_ITEMS_NUM = {2: None, 3: 1}  # numId -> startOverride (numId 3 restarts the （一） list)


def a_docx_parts():
    w = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    parts = {}
    parts["[Content_Types].xml"] = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    parts["_rels/.rels"] = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    parts["word/_rels/document.xml.rels"] = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_esc(A_BODY[0][1])}</dc:title><dc:creator>dykjj</dc:creator>"
        "<cp:lastModifiedBy>东营市科学技术局</cp:lastModifiedBy><cp:revision>7</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-27T01:12:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-16T07:48:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<Company>东营市科学技术局</Company><AppVersion>16.0000</AppVersion></Properties>")
    parts["word/settings.xml"] = DECL + (
        f'<w:settings {w}><w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="579"/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>")
    parts["word/styles.xml"] = DECL + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="160"/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="条款"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Item"><w:name w:val="项"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
        '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs>'
        '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Banji"><w:name w:val="版记"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
        '<w:spacing w:before="600"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="28"/></w:rPr></w:style>'
        "</w:styles>")

    def lvl(text, font):
        return ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                f'<w:rPr><w:rFonts w:eastAsia="{font}"/></w:rPr></w:lvl>')
    parts["word/numbering.xml"] = DECL + (
        f"<w:numbering {w}>"
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5E2A71C3"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0A4C1F2E"/>' + lvl("第%1条　", "黑体") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1B7F04D9"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="6D3E92A0"/>' + lvl("（%1）", "仿宋_GB2312") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        "</w:numbering>")

    def run(t, extra=""):
        rpr = f"<w:rPr>{extra}</w:rPr>" if extra else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_esc(t)}</w:t></w:r>'

    def runs_with_fn(text):
        out = []
        for i, piece in enumerate(A_FN.split(text)):
            if i % 2 == 0:
                if piece:
                    out.append(run(piece))
            else:
                out.append(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{piece}"/></w:r>')
        return "".join(out)

    fn = [f"<w:footnotes {w}>",
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, t in A_FOOTNOTES.items():
        fn.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                  + run(" " + t) + "</w:p></w:footnote>")
    parts["word/footnotes.xml"] = DECL + "".join(fn) + "</w:footnotes>"
    parts["word/header1.xml"] = DECL + (
        f'<w:hdr {w}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>' + run("东营市科学技术局规范性文件") + run("　")
        + run(A_DOCNO) + "</w:p></w:hdr>")
    parts["word/footer1.xml"] = DECL + (
        f'<w:ftr {w}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>' + run(A_DOCNO) + run("　")
        + '<w:r><w:tab/></w:r>' + run("— ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + run(" —") + "</w:p></w:ftr>")

    body = []
    for item in A_BODY:
        kind = item[0]
        if kind == "title":
            body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>' + run(item[1]) + "</w:p>")
        elif kind == "chap":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + run(item[1]) + "</w:p>")
        elif kind == "art":
            body.append('<w:p><w:pPr><w:pStyle w:val="Article"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                        + runs_with_fn(item[1]) + "</w:p>")
        elif kind == "item":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Item"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{item[1]}"/></w:numPr></w:pPr>'
                        + runs_with_fn(item[2]) + "</w:p>")
        else:
            body.append('<w:p><w:pPr><w:pStyle w:val="Banji"/></w:pPr>' + run(item[1]) + "</w:p>")
    body.append('<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:footerReference w:type="default" r:id="rId6"/>'
                '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="1417" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    parts["word/document.xml"] = DECL + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def a_expected():
    """The design as a reader of the Word file sees it: (body lines with Word's numbers, body texts without them,
    footnote lines)."""
    lines, texts, n_art, counters = [], [], 0, {}
    for item in A_BODY:
        kind = item[0]
        text = A_FN.sub("", item[-1])
        texts.append(text)
        if kind == "art":
            n_art += 1
            lines.append(f"第{chinese_counting(n_art)}条　" + text)
        elif kind == "item":
            counters[item[1]] = counters.get(item[1], 0) + 1
            lines.append(f"（{chinese_counting(counters[item[1]])}）" + text)
        else:
            lines.append(text)
    return lines, texts, [A_FOOTNOTES[k] for k in sorted(A_FOOTNOTES)]


def docx_zip(parts, stamp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def q_(t):
    return f"{{{W_NS}}}{t}"


def a_read(path):
    """Read A the way Word shows it: each body paragraph one line, with its automatic number rendered from
    numbering.xml (chineseCounting, lvlText, startOverride); footnote reference marks dropped from the sentence
    (Word shows them as superscript digits); then the page header, the footnote texts and the page footer (the
    PAGE field shown with its stored result). Returns (plain lines, dict of parts)."""
    from lxml import etree
    ns = {"w": W_NS}
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml"))
        fnotes = etree.fromstring(z.read("word/footnotes.xml"))
        hdr = etree.fromstring(z.read("word/header1.xml"))
        ftr = etree.fromstring(z.read("word/footer1.xml"))
    absn = {}
    for a in numbering.findall("w:abstractNum", ns):
        lv = a.find("w:lvl", ns)
        absn[a.get(q_("abstractNumId"))] = (lv.find("w:numFmt", ns).get(q_("val")), lv.find("w:lvlText", ns).get(q_("val")),
                                            int(lv.find("w:start", ns).get(q_("val"))))
    nums = {}
    for n in numbering.findall("w:num", ns):
        so = n.find("w:lvlOverride/w:startOverride", ns)
        nums[n.get(q_("numId"))] = (n.find("w:abstractNumId", ns).get(q_("val")), int(so.get(q_("val"))) if so is not None else None)
    count, started = {}, set()

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(q_("t")))

    body, texts, numbered = [], [], []
    for p in doc.find("w:body", ns).findall("w:p", ns):
        text = ptext(p)
        nid = p.find("w:pPr/w:numPr/w:numId", ns)
        prefix = ""
        if nid is not None and nid.get(q_("val")) in nums:
            aid, so = nums[nid.get(q_("val"))]
            fmt, lvl_text, start = absn[aid]
            if so is not None and nid.get(q_("val")) not in started:
                count[aid] = so - 1
            started.add(nid.get(q_("val")))
            count[aid] = count.get(aid, start - 1) + 1
            shown = chinese_counting(count[aid]) if fmt == "chineseCounting" else str(count[aid])
            prefix = lvl_text.replace("%1", shown)
            numbered.append(prefix)
        if text:
            body.append(prefix + text)
            texts.append(text)
    fns = [ptext(f).strip() for f in fnotes.findall("w:footnote", ns) if int(f.get(q_("id"))) > 0]
    header = "".join(ptext(p) for p in hdr.findall("w:p", ns))
    footer = "".join(ptext(p) for p in ftr.findall("w:p", ns))
    return [header] + body + fns + [footer], {"body": body, "texts": texts, "footnotes": fns, "header": header,
                                             "footer": footer, "numbered": numbered}


# ---------------------------------------------------------------------------------------------------------------
# B: 许昌 实施细则 (.docx with tracked changes and a table with merged cells). Markup inside texts: "[-x-]" = a
#    deleted run (w:del / w:delText), "{+x+}" = an inserted run (w:ins). Articles are typed (第N条 in the text).
# ---------------------------------------------------------------------------------------------------------------
B_AUTHOR = "许昌市财政局 李红梅"
B_CHANGE = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})")
# each cell: (text, span, vmerge) with vmerge None | "restart" | "cont"
B_TABLE = [
    [("奖补类别", 1, None), ("适用情形", 1, None), ("奖补标准", 1, None), ("兑现方式", 1, None)],
    [("入库培育", 1, "restart"), ("首次入选市级高新技术企业培育库", 1, None), ("一次性奖励3万元", 1, None), ("免申即享", 1, None)],
    [("", 1, "cont"), ("首次入选省级高新技术企业培育库", 1, None), ("一次性奖励[-5-]{+6+}万元", 1, None), ("免申即享", 1, None)],
    [("认定奖励", 1, "restart"), ("首次通过高新技术企业认定", 1, None), ("一次性奖励[-20-]{+30+}万元", 1, None), ("免申即享", 1, None)],
    [("", 1, "cont"), ("高新技术企业重新认定", 1, None), ("一次性奖励10万元", 1, None), ("依申请", 1, None)],
    [("", 1, "cont"), ("有效期内的高新技术企业整体迁入我市", 1, None), ("一次性奖励[-12-]{+15+}万元", 1, None), ("依申请", 1, None)],
    [("高新技术企业研发投入后补助", 2, None), ("按上年度研发费用增量的10%给予补助，最高50万元", 1, None), ("依申请", 1, None)],
    [("注：同一企业同一年度首次认定奖励与整体迁入奖励不重复享受，就高执行。", 4, None)],
]
B_BODY = [
    ("title", "许昌市高新技术企业培育奖补实施细则"),
    ("sub", "（2026年5月8日修改稿）"),
    ("art", "第一条　为贯彻落实《许昌市支持科技创新若干政策》，加快培育高新技术企业，壮大高新技术企业群体，结合我市实际，制定本细则。"),
    ("art", "第二条　本细则适用于在许昌市行政区域内（含魏都区、建安区、禹州市、长葛市、鄢陵县、襄城县，以及许昌经济技术开发区、许昌城乡一体化示范区、东城区）依法注册、具有独立法人资格的企业。"),
    ("art", "第三条　市科学技术局牵头负责高新技术企业培育库建设、入库评价和奖补资金审核；市财政局负责奖补资金的预算安排和拨付{+，并组织开展资金使用绩效评价+}；国家税务总局许昌市税务局负责提供企业研发费用加计扣除和高新技术企业所得税优惠享受数据。"),
    ("art", "第四条　申请入选市级高新技术企业培育库的企业，应当在我市注册登记满[-1年-]{+6个月+}，上年度销售收入不超过[-2-]{+3+}亿元，研发费用占销售收入的比例不低于3%，科技人员占职工总数的比例不低于8%，拥有与主营产品相关的有效知识产权。"),
    ("art", "第五条　入库培育、认定奖励和研发投入后补助的标准按附表执行。[-对当年未通过认定的入库企业，给予2万元培育补助。-]"),
    ("art", "第六条　高新技术企业研发投入后补助以企业所得税年度汇算清缴中享受加计扣除的研发费用为准，由系统比对税务数据后生成兑现清单。"),
    ("art", "第七条　需申请的奖补事项，每年[-6月1日至6月30日-]{+7月1日至7月31日+}集中受理，企业通过许昌市科技业务综合管理系统在线申报。"),
    ("art", "第八条　县（市、区）科技部门自申报截止之日起10个工作日内完成初审并推荐；市科学技术局会同市财政局在20个工作日内完成复核，复核结果在市科学技术局网站公示[-5-]{+7+}个工作日。公示无异议的，市财政局在15个工作日内拨付资金。"),
    ("art", "第九条　奖补资金由市级财政和县（市、区）财政按5：5的比例分担；许昌经济技术开发区、许昌城乡一体化示范区、东城区企业的奖补资金由市级财政全额承担。"),
    ("art", "第十条　同一企业同一年度享受本细则奖补资金累计不超过[-100-]{+80+}万元。同一事项已获得市级其他财政资金支持的，不重复支持。"),
    ("art", "第十一条　企业以弄虚作假等方式骗取奖补资金的，由市财政局会同市科学技术局追回资金，列入科研失信记录，并取消其3年内申报市级科技计划项目和奖补资金的资格。"),
    ("art", "第十二条　本细则由市科学技术局、市财政局负责解释。"),
    ("art", "第十三条　本细则自2026年7月1日起施行，有效期至2028年12月31日。"),
    ("cap", "附表　许昌市高新技术企业培育奖补标准"),
    ("table", B_TABLE),
]


def accepted(s):
    return re.sub(r"\[-.*?-\]", "", s).replace("{+", "").replace("+}", "")


def original(s):
    return re.sub(r"\{\+.*?\+\}", "", s).replace("[-", "").replace("-]", "")


def b_rows_view(view):
    """Table rows as a reader sees them: a gridSpan cell once, a vMerge-continued cell shown with the text of the
    cell it continues (the category the row belongs to)."""
    rows, above = [], {}
    for r in B_TABLE:
        cells, col = [], 0
        for text, span, vm in r:
            t = above.get(col, "") if vm == "cont" else view(text)
            if vm == "restart":
                above[col] = t
            cells.append(t)
            col += span
        rows.append(cells)
    return rows


def b_expected(view=accepted):
    out = []
    for kind, val in B_BODY:
        if kind == "table":
            out += [" | ".join(r) for r in b_rows_view(view)]
        else:
            out.append(view(val))
    return out


B_REV = {"n": 0}


def b_docx_parts():
    w = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
    parts = {}
    parts["[Content_Types].xml"] = DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    parts["_rels/.rels"] = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    parts["word/_rels/document.xml.rels"] = DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{xml_esc(B_BODY[0][1])}</dc:title><dc:creator>许昌市科学技术局 高新科</dc:creator>"
        f"<cp:lastModifiedBy>{xml_esc(B_AUTHOR)}</cp:lastModifiedBy><cp:revision>12</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-20T02:10:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-05-08T08:36:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>"
        "<AppVersion>16.0000</AppVersion></Properties>")
    parts["word/settings.xml"] = DECL + (
        f'<w:settings {w}><w:trackRevisions/><w:defaultTabStop w:val="420"/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        "</w:settings>")
    parts["word/styles.xml"] = DECL + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120" w:line="700" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
        '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:line="340" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")
    rev = {"n": 100}
    stamps = ["2026-05-08T09:41:00Z", "2026-05-08T09:52:00Z", "2026-05-08T10:07:00Z", "2026-05-08T10:15:00Z"]

    def runs(text, rpr=""):
        out = []
        r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        for piece in B_CHANGE.split(text):
            if not piece:
                continue
            if piece.startswith("[-"):
                rev["n"] += 1
                out.append(f'<w:del w:id="{rev["n"]}" w:author="{xml_esc(B_AUTHOR)}" w:date="{stamps[rev["n"] % 4]}">'
                           f'<w:r>{r}<w:delText xml:space="preserve">{xml_esc(piece[2:-2])}</w:delText></w:r></w:del>')
            elif piece.startswith("{+"):
                rev["n"] += 1
                out.append(f'<w:ins w:id="{rev["n"]}" w:author="{xml_esc(B_AUTHOR)}" w:date="{stamps[rev["n"] % 4]}">'
                           f'<w:r>{r}<w:t xml:space="preserve">{xml_esc(piece[2:-2])}</w:t></w:r></w:ins>')
            else:
                out.append(f'<w:r>{r}<w:t xml:space="preserve">{xml_esc(piece)}</w:t></w:r>')
        return "".join(out)

    style = {"title": "Title", "sub": "Subtitle", "cap": "Subtitle"}
    body = []
    for kind, val in B_BODY:
        if kind == "table":
            widths = [1700, 3000, 2300, 1300]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8300" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(val):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                col = 0
                for text, span, vm in row:
                    wd = sum(widths[col:col + span])
                    tcpr = f'<w:tcW w:w="{wd}" w:type="dxa"/>'
                    if span > 1:
                        tcpr += f'<w:gridSpan w:val="{span}"/>'
                    if vm == "restart":
                        tcpr += '<w:vMerge w:val="restart"/>'
                    elif vm == "cont":
                        tcpr += "<w:vMerge/>"
                    tcpr += '<w:vAlign w:val="center"/>'
                    jc = '<w:jc w:val="left"/>' if span == 4 else ""
                    t += (f"<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>{jc}</w:pPr>"
                          + runs(text, "<w:b/>" if ri == 0 else "") + "</w:p></w:tc>")
                    col += span
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            st = style.get(kind)
            ppr = f'<w:pPr><w:pStyle w:val="{st}"/></w:pPr>' if st else ""
            rpr = '<w:rFonts w:eastAsia="黑体"/>' if kind == "cap" else ""
            body.append(f"<w:p>{ppr}" + runs(val, rpr) + "</w:p>")
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
                'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="560"/></w:sectPr>')
    parts["word/document.xml"] = DECL + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_read(path):
    """Read B with all tracked changes accepted (Word's "No Markup" view): w:t text (inserted runs included),
    w:delText left out. Table rows as in b_rows_view. Returns (plain lines, raw w:t texts, deleted texts, tables)."""
    from lxml import etree
    ns = {"w": W_NS}
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    lines, raw, deleted, tables = [], [], [], []

    def ptext(el):
        return "".join(t.text or "" for t in el.iter(q_("t")))
    for el in doc.iter(q_("delText")):
        deleted.append(el.text or "")
    for el in doc.find("w:body", ns):
        if el.tag == q_("p"):
            t = ptext(el)
            if t:
                lines.append(t)
                raw.append(t)
        elif el.tag == q_("tbl"):
            rows, above = [], {}
            for tr in el.findall("w:tr", ns):
                cells, col = [], 0
                for tc in tr.findall("w:tc", ns):
                    span_el = tc.find("w:tcPr/w:gridSpan", ns)
                    span = int(span_el.get(q_("val"))) if span_el is not None else 1
                    vm = tc.find("w:tcPr/w:vMerge", ns)
                    t = ptext(tc)
                    raw.append(t)
                    if vm is not None and vm.get(q_("val")) != "restart":
                        t = above.get(col, "")
                    elif vm is not None:
                        above[col] = t
                    cells.append(t)
                    col += span
                rows.append(cells)
            tables.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, raw, deleted, tables


# ---------------------------------------------------------------------------------------------------------------
# C: 新乡 政策解读, an HTML page as saved from the bureau's website. C_CONTENT: ("p", text), ("h", text) a bold
#    heading paragraph, ("table", caption, rows), ("qa", [(问, 答)]).
# ---------------------------------------------------------------------------------------------------------------
C_TITLE = "《新乡市加快新型研发机构发展若干措施》政策解读"
C_TABLE = [
    ["评价等次", "省级新型研发机构", "市级新型研发机构"],
    ["优秀", "200万元", "80万元"],
    ["良好", "120万元", "50万元"],
    ["合格", "60万元", "20万元"],
]
C_QA = [
    ("问：哪些机构可以享受《若干措施》的支持？",
     "答：在新乡市行政区域内（含红旗区、卫滨区、凤泉区、牧野区、卫辉市、辉县市、长垣市、新乡县、获嘉县、原阳县、延津县、封丘县，以及新乡高新技术产业开发区、新乡经济技术开发区、平原城乡一体化示范区）注册，并已完成省级或市级备案的新型研发机构。"),
    ("问：新型研发机构备案什么时候申报？",
     "答：每年3月1日—3月31日，通过“新乡市科技创新服务平台”在线提交备案申请，县（市、区）科技部门在10个工作日内完成初审推荐。"),
    ("问：奖补资金多长时间能拨付到位？",
     "答：市科学技术局会同市财政局在申报截止后25个工作日内完成审核，审核结果公示7个工作日，无异议的在30个工作日内拨付。"),
    ("问：奖补资金由哪一级财政承担？",
     "答：市级财政与县（市、区）财政按6：4比例分担；新乡高新技术产业开发区、新乡经济技术开发区、平原城乡一体化示范区内机构的奖补资金由市级财政全额承担。资金使用绩效评价由市财政局牵头组织。"),
    ("问：同一家机构一年最多能拿多少奖补？",
     "答：同一机构同一年度获得的各项奖补资金累计不超过800万元，同一事项不重复支持。"),
    ("问：《若干措施》由哪个部门牵头组织实施？",
     "答：由市科学技术局牵头，市财政局负责资金保障，市发展改革委、市教育局、市人力资源和社会保障局等部门按职责分工配合。"),
    ("问：《若干措施》什么时候开始施行？",
     "答：自2026年7月1日起施行，有效期3年。"),
    ("问：政策咨询联系谁？",
     "答：新乡市科学技术局成果转化与区域创新科，联系人：赵敏，电话：0373-3025716。"),
]
C_CONTENT = [
    ("p", "近日，新乡市人民政府办公室印发《新乡市加快新型研发机构发展若干措施》（新政办〔2026〕18号，以下简称《若干措施》）。为便于社会各界准确理解和用好政策，现解读如下。"),
    ("h", "一、出台背景"),
    ("p", "新型研发机构是创新体系的重要组成部分。截至2025年底，全市共有省级新型研发机构23家、市级新型研发机构41家，但普遍存在规模偏小、研发投入不足、成果转化能力不强等问题。为进一步激发新型研发机构创新活力，市科学技术局在深入调研、广泛征求意见的基础上，起草了《若干措施》。"),
    ("h", "二、主要内容"),
    ("p", "《若干措施》共12条，重点从以下六个方面给予支持："),
    ("p", "（一）支持备案建设。对新备案的市级新型研发机构，按其上年度研发经费支出的20%给予补助，最高100万元；对新备案的省级新型研发机构，给予一次性奖励150万元。"),
    ("p", "（二）支持研发投入。对研发经费支出较上年度增长的新型研发机构，按增长部分的15%给予后补助，每家每年最高300万元。"),
    ("p", "（三）支持仪器设备购置。新型研发机构购置单台（套）价值30万元以上科研仪器设备的，按实际支出的30%给予补助，最高500万元。"),
    ("p", "（四）支持人才引进。新型研发机构全职引进的博士研究生，每人每月给予生活补贴3000元，期限3年；全职引进的硕士研究生，每人每月给予生活补贴1500元，期限2年。"),
    ("p", "（五）支持成果转化。新型研发机构向我市企业转化科技成果的，按技术合同实际成交额的3%给予奖励，每家每年最高40万元。"),
    ("p", "（六）实行绩效评价。市科学技术局每两年组织一次绩效评价，评价结果分为优秀、良好、合格、不合格四个等次，对优秀、良好、合格的按下表给予奖励，对不合格的取消备案。"),
    ("table", "新乡市新型研发机构绩效评价奖励标准", C_TABLE),
    ("h", "三、政策问答"),
    ("qa", C_QA),
]
C_NAV = ["首页", "机构概况", "政务公开", "政策文件", "政策解读", "科技服务", "互动交流", "专题专栏"]
C_RELATED = [
    ("/zcwj/202606/t20260612_1398274.html", "新乡市人民政府办公室关于印发新乡市加快新型研发机构发展若干措施的通知"),
    ("/tzgg/202606/t20260616_1399105.html", "新乡市科学技术局关于开展新型研发机构备案申报工作的通知"),
    ("/zcjd/202605/t20260528_1395560.html", "《新乡市科技型中小企业梯次培育实施方案》政策解读"),
    ("https://kjfw.xinxiang.gov.cn/", "新乡市科技创新服务平台"),
]
C_TOP = ["欢迎访问新乡市科学技术局网站", "网站首页", "无障碍浏览", "长者模式", "English"]
C_CRUMB = "当前位置：首页 > 政务公开 > 政策解读"
C_INFO = "发布时间：2026-06-18 10:30 来源：新乡市科学技术局 浏览次数： 字号：大 中 小"
C_SHARE = "分享到：微信 微博 QQ空间 打印本页 关闭窗口"
C_FOOTER = [
    "主办单位：新乡市科学技术局　承办单位：新乡市科技信息中心",
    "地址：新乡市红旗区平原路418号　邮编：453000　联系电话：0373-3021875",
    "备案号：豫ICP备05018432号-1　豫公网安备 41070202000318号　网站标识码：4107000019",
]


def c_html():
    e = xml_esc
    h = ['<!DOCTYPE html>', '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
         '<meta name="SiteName" content="新乡市科学技术局">', '<meta name="SiteDomain" content="kjj.xinxiang.gov.cn">',
         '<meta name="SiteIDCode" content="4107000019">', '<meta name="ColumnName" content="政策解读">',
         '<meta name="ColumnType" content="政策解读">', f'<meta name="ArticleTitle" content="{e(C_TITLE)}">',
         '<meta name="PubDate" content="2026-06-18 10:30">', '<meta name="ContentSource" content="新乡市科学技术局">',
         f"<title>{e(C_TITLE)}_新乡市科学技术局</title>",
         '<link rel="stylesheet" href="../../images/common.css">', '<link rel="stylesheet" href="../../images/article.css">',
         '<script src="../../js/jquery-1.12.4.min.js"></script>',
         "<style>.content p{text-indent:2em;line-height:2em;font-size:16px}.qa dt{font-weight:bold;margin-top:12px}"
         ".qa dd{margin:0;text-indent:2em}table.tb{border-collapse:collapse;margin:10px auto}table.tb td,table.tb th{border:1px solid #999;padding:4px 14px}</style>",
         "</head>", "<body>",
         '<div class="topbar"><div class="w1200">', f'<div class="welcome">{C_TOP[0]}</div>', '<ul class="toplinks">']
    h += [f'<li><a href="{u}">{t}</a></li>' for u, t in zip(["../../", "javascript:;", "javascript:;", "../../en/"], C_TOP[1:])]
    h += ["</ul></div></div>",
          '<div class="header"><div class="w1200">',
          '<div class="logo"><a href="../../"><img src="../../images/logo.png" alt="新乡市科学技术局"></a></div>',
          '<div class="search"><form action="https://search.xinxiang.gov.cn/search" method="get" target="_blank">'
          '<input type="text" name="q" placeholder="请输入关键词"><input type="hidden" name="siteCode" value="4107000019">'
          "<button type=\"submit\">搜索</button></form></div>",
          "</div></div>", '<div class="nav"><ul>']
    slugs = ["", "jggk/", "zwgk/", "zcwj/", "zcjd/", "kjfw/", "hdjl/", "ztzl/"]
    on = ' class="on"'
    h += [f'<li{on if t == "政策解读" else ""}><a href="../../{u}">{t}</a></li>' for u, t in zip(slugs, C_NAV)]
    h += ["</ul></div>", '<div class="main w1200">',
          '<div class="crumb">当前位置：<a href="../../">首页</a> &gt; <a href="../../zwgk/">政务公开</a> &gt; '
          '<a href="../">政策解读</a></div>',
          '<div class="article">', f"<h1>{e(C_TITLE)}</h1>",
          '<div class="info"><span>发布时间：2026-06-18 10:30</span> <span>来源：新乡市科学技术局</span> '
          '<span>浏览次数：<em id="hits"></em></span> <span class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> '
          '<a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>',
          '<div class="share"><span>分享到：</span><a class="wx" href="javascript:;">微信</a> '
          '<a class="wb" href="javascript:;">微博</a> <a class="qz" href="javascript:;">QQ空间</a> '
          '<a class="print" href="javascript:window.print()">打印本页</a> <a class="close" href="javascript:window.close()">关闭窗口</a></div>',
          '<div class="content" id="zoom">']
    for item in C_CONTENT:
        if item[0] == "p":
            h.append(f"<p>{e(item[1])}</p>")
        elif item[0] == "h":
            h.append(f"<p><strong>{e(item[1])}</strong></p>")
        elif item[0] == "table":
            h.append(f'<table class="tb"><caption>{e(item[1])}</caption><thead><tr>'
                     + "".join(f"<th>{e(c)}</th>" for c in item[2][0]) + "</tr></thead><tbody>")
            for r in item[2][1:]:
                h.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            h.append("</tbody></table>")
        else:
            h.append('<dl class="qa">')
            for q, a in item[1]:
                h.append(f"<dt>{e(q)}</dt><dd>{e(a)}</dd>")
            h.append("</dl>")
    h += ['<p class="attach">附件：<a href="./P020260618512304718926.pdf">新乡市加快新型研发机构发展若干措施.pdf</a></p>',
          "</div>", "</div>",
          '<div class="related"><h3>相关链接</h3><ul>']
    h += [f'<li><a href="{u}" target="_blank">{e(t)}</a></li>' for u, t in C_RELATED]
    h += ["</ul></div>", "</div>", '<div class="footer"><div class="w1200">']
    h.append(f"<p>{C_FOOTER[0]}</p>")
    h.append(f"<p>{C_FOOTER[1]}</p>")
    h.append('<p>备案号：<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备05018432号-1</a>　'
             '<img src="../../images/gongan.png" alt="">豫公网安备 41070202000318号　网站标识码：4107000019</p>')
    h += ["</div></div>",
          "<script>",
          "$(function(){ $.get('/interface/hits?articleId=1399388', function(d){ $('#hits').text(d); }); });",
          "function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }",
          "</script>",
          '<script id="_jiucuo_" sitecode="4107000019" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>',
          "</body>", "</html>"]
    return "\n".join(h) + "\n"


def c_expected():
    out = C_TOP + ["搜索"] + C_NAV + [C_CRUMB, C_TITLE, C_INFO, C_SHARE]
    for item in C_CONTENT:
        if item[0] in ("p", "h"):
            out.append(item[1])
        elif item[0] == "table":
            out.append(item[1])
            out += [" | ".join(r) for r in item[2]]
        else:
            for q, a in item[1]:
                out += [q, a]
    out.append("附件：新乡市加快新型研发机构发展若干措施.pdf")
    out.append("相关链接")
    out += [t for _, t in C_RELATED]
    out += C_FOOTER
    return out


C_BLOCKS = {"div", "p", "h1", "h2", "h3", "li", "dt", "dd", "tr", "caption"}


def c_read(raw):
    """Visible text of the page, one line per innermost block element (div, p, h1-h3, li, dt, dd, caption; a table
    row is its cells joined by ' | '); script, style and head skipped; runs of ASCII whitespace collapsed."""
    from lxml import html as LH
    root = LH.document_fromstring(raw)
    lines = []

    def norm(s):
        return re.sub(r"[ \t\r\n\xa0]+", " ", s).strip()

    def walk(el):
        for ch in el:
            if not isinstance(ch.tag, str) or ch.tag in ("script", "style", "noscript", "head"):
                continue
            if ch.tag == "tr":
                lines.append(" | ".join(norm(c.text_content()) for c in ch if c.tag in ("td", "th")))
            elif ch.tag in C_BLOCKS and not any(isinstance(d.tag, str) and d.tag in C_BLOCKS for d in ch.iterdescendants()):
                t = norm(ch.text_content())
                if t:
                    lines.append(t)
            else:
                walk(ch)
    walk(root.find("body"))
    return lines, root


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line).
# traditional: written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the
# doc (plain, raw, converted; each key also tried in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs
# (and named in the question); near = terms present in the doc; deleted = text that is present ONLY in a deleted run
# (B). table: col = index of the answer's column. who_leads: verb (in the evidence, after the answer within one
# clause) and qverb (in the question). typo: wrong/right forms (one character apart).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 东营 管理办法 (docx, automatic numbering, footnotes; 15)
    dict(id="u45-A01", doc="A", kind="english", q="What one-off construction subsidy does Dongying give a newly recognised municipal key laboratory?", a="50万元", hint="给予一次性建设补助"),
    dict(id="u45-A02", doc="A", kind="english", q="For a Dongying municipal key laboratory hosted by an enterprise, what minimum R&D intensity must the enterprise have reached in the previous year?", a="3%", hint="企业依托单位上年度研发投入强度"),
    dict(id="u45-A03", doc="A", kind="english", q="From what date do Dongying's measures for building and running municipal key laboratories take effect?", a="2026年4月15日", hint="本办法自2026年"),
    dict(id="u45-A04", doc="A", kind="english_unanswerable", q="How much does Dongying award a laboratory that is newly approved as a national key laboratory?", keys=["全国重点实验室", "国家重点实验室", "国家级"], near=["省重点实验室"]),
    dict(id="u45-A05", doc="A", kind="paraphrase", q="东营那些长期固定的科研骨干，一年最少要在实验室待多久才算数？", a="8个月", hint="固定研究人员，是指"),
    dict(id="u45-A06", doc="A", kind="paraphrase", q="东营考核拿了优秀的重点实验室，能领到多少运转经费？", a="30万元", hint="给予运行补助30万元"),
    dict(id="u45-A07", doc="A", kind="paraphrase", q="东营重点实验室的大型仪器，给外单位用的时长要占到全部机时的多少？", a="15%", hint="开放共享制度"),
    dict(id="u45-A08", doc="A", kind="typo", q="冬营市重点实验室的学术委员会至少要有多少名委员？", a="9人", hint="学术委员会，委员不少于", wrong="冬营", right="东营"),
    dict(id="u45-A09", doc="A", kind="typo", q="申报东营市重点实验室，依拖单位在当地注册登记要满几年？", a="2年", hint="注册登记满2年", wrong="依拖", right="依托"),
    dict(id="u45-A10", doc="A", kind="who_leads", q="东营市级重点实验室的认定和绩效评价由哪个部门牵头负责？", a="市科学技术局", hint="牵头负责实验室的规划布局", verb="牵头", qverb="牵头"),
    dict(id="u45-A11", doc="A", kind="traditional", qs="东营对新获批建设的省重点实验室一次性奖励多少钱？", a="100万元", hint="新获批建设的省重点实验室"),
    dict(id="u45-A12", doc="A", kind="unanswerable", q="滨州市新认定的市级重点实验室给多少建设补助？", gkeys=["滨州", "Binzhou"], near=["一次性建设补助"]),
    dict(id="u45-A13", doc="A", kind="unanswerable", q="东营2025年新认定了多少家市级重点实验室？", keys=["2025"], near=["东营市重点实验室"]),
    dict(id="u45-A14", doc="A", kind="unanswerable", q="东营市工业和信息化局在市级重点实验室管理中负责哪些工作？", keys=["工业和信息化", "工信"], near=["市财政局"]),
    dict(id="u45-A15", doc="A", kind="unanswerable", q="东营重点实验室绩效评价为基本合格的，运行补助是多少？", keys=["基本合格"], near=["合格"]),
    # ---- B 许昌 实施细则 (docx, tracked changes, merged-cell table; 19)
    dict(id="u45-B01", doc="B", kind="table", q="许昌企业第一次进入市级高企培育库，奖励多少？", a="3万元", hint="首次入选市级高新技术企业培育库", col=2),
    dict(id="u45-B02", doc="B", kind="table", q="许昌企业首次入选省级高企培育库，能拿多少奖励？", a="6万元", hint="首次入选省级高新技术企业培育库", col=2),
    dict(id="u45-B03", doc="B", kind="table", q="许昌企业首次通过高企认定，一次性奖励是多少？", a="30万元", hint="首次通过高新技术企业认定", col=2),
    dict(id="u45-B04", doc="B", kind="table", q="外地在有效期内的高企整体搬到许昌来，奖励多少？", a="15万元", hint="整体迁入我市", col=2),
    dict(id="u45-B05", doc="B", kind="table", q="许昌高企研发费用增量后补助，每家最多补多少？", a="50万元", hint="研发费用增量的10%", col=1),
    dict(id="u45-B06", doc="B", kind="english", q="How long must an enterprise have been registered in Xuchang before it can apply to join the municipal high-tech enterprise cultivation pool?", a="6个月", hint="第四条"),
    dict(id="u45-B07", doc="B", kind="english", q="During which dates each year does Xuchang accept applications for the high-tech enterprise cultivation awards that require an application?", a="7月1日至7月31日", hint="第七条"),
    dict(id="u45-B08", doc="B", kind="english", q="For how many working days are the review results publicised on the website of Xuchang's science and technology bureau?", a="7个工作日", hint="第八条"),
    dict(id="u45-B09", doc="B", kind="english", q="What is the annual cap on the total awards one enterprise can receive under Xuchang's high-tech enterprise cultivation rules?", a="80万元", hint="第十条"),
    dict(id="u45-B10", doc="B", kind="english_unanswerable", q="How much does Xuchang award an enterprise newly recognised as a gazelle enterprise?", keys=["瞪羚", "[Gg]azelle"], near=["认定奖励"]),
    dict(id="u45-B11", doc="B", kind="paraphrase", q="许昌各县区科技口做第一轮审核，时限是多少个工作日？", a="10个工作日", hint="完成初审并推荐"),
    dict(id="u45-B12", doc="B", kind="paraphrase", q="许昌企业要是造假骗取高企奖补，会被禁止申请市里的科技项目多长时间？", a="3年", hint="骗取奖补资金的"),
    dict(id="u45-B13", doc="B", kind="typo", q="许昌高薪技术企业培育奖补资金，市县两级按什么比例分担？", a="5：5", hint="比例分担", wrong="高薪", right="高新"),
    dict(id="u45-B14", doc="B", kind="typo", q="许昌申请入库的企业，研发费佣占销售收入的比例不能低于多少？", a="3%", hint="研发费用占销售收入的比例", wrong="费佣", right="费用"),
    dict(id="u45-B15", doc="B", kind="who_leads", q="许昌高新技术企业培育库建设由哪个部门牵头负责？", a="市科学技术局", hint="第三条", verb="牵头", qverb="牵头"),
    dict(id="u45-B16", doc="B", kind="traditional", qs="许昌申请入选培育库的企业，上年度销售收入最多不能超过多少？", a="3亿元", hint="上年度销售收入不超过"),
    dict(id="u45-B17", doc="B", kind="unanswerable", q="漯河市对首次通过认定的高新技术企业奖励多少？", gkeys=["漯河", "Luohe"], near=["首次通过高新技术企业认定"]),
    dict(id="u45-B18", doc="B", kind="unanswerable", q="许昌2025年有多少家企业入选市级高新技术企业培育库？", keys=["2025"], near=["市级高新技术企业培育库"]),
    dict(id="u45-B19", doc="B", kind="unanswerable", q="许昌入库企业当年没通过高企认定的，还能拿多少培育补助？", keys=["未通过认定", "培育补助"], deleted=["未通过认定", "培育补助"], near=["入库培育"]),
    # ---- C 新乡 政策解读 (HTML page; 16)
    dict(id="u45-C01", doc="C", kind="table", q="新乡经省里备案的研发机构，绩效评价拿到优秀能奖多少？", a="200万元", hint="优秀 | ", col=1),
    dict(id="u45-C02", doc="C", kind="table", q="新乡市里备案的研发机构绩效评为良好，奖励多少？", a="50万元", hint="良好 | ", col=2),
    dict(id="u45-C03", doc="C", kind="table", q="在新乡市一级备案的研发机构，绩效评价结果合格的给多少奖励？", a="20万元", hint="合格 | ", col=2),
    dict(id="u45-C04", doc="C", kind="english", q="What monthly living allowance does Xinxiang give a full-time doctoral graduate recruited by a new-type R&D institution?", a="3000元", hint="（四）支持人才引进"),
    dict(id="u45-C05", doc="C", kind="english", q="What share of the cost of research instruments does Xinxiang subsidise when a new-type R&D institution buys them?", a="30%", hint="（三）支持仪器设备购置"),
    dict(id="u45-C06", doc="C", kind="english", q="What is the annual cap on all the awards one new-type R&D institution can receive in Xinxiang?", a="800万元", hint="累计不超过"),
    dict(id="u45-C07", doc="C", kind="english_unanswerable", q="How much rent subsidy does Xinxiang give a new-type R&D institution for its research premises?", keys=["租金", "房租", "租赁", "[Rr]ent"], near=["新型研发机构"]),
    dict(id="u45-C08", doc="C", kind="paraphrase", q="新乡的研发机构研发花销比前一年多出的那一块，按多少比例给补贴？", a="15%", hint="（二）支持研发投入"),
    dict(id="u45-C09", doc="C", kind="paraphrase", q="新乡这份扶持研发机构的政策从哪天开始执行？", a="2026年7月1日", hint="起施行"),
    dict(id="u45-C10", doc="C", kind="paraphrase", q="新乡研发机构把成果卖给本地企业，按成交额的多少给奖励？", a="3%", hint="（五）支持成果转化"),
    dict(id="u45-C11", doc="C", kind="typo", q="新香市新型研发机构买科研仪器设备，最多能补多少？", a="500万元", hint="（三）支持仪器设备购置", wrong="新香", right="新乡"),
    dict(id="u45-C12", doc="C", kind="who_leads", q="新乡加快新型研发机构发展的若干措施由哪个部门牵头组织实施？", a="市科学技术局", hint="答：由市科学技术局牵头", verb="牵头", qverb="牵头"),
    dict(id="u45-C13", doc="C", kind="traditional", qs="新乡对新备案的省级新型研发机构一次性奖励多少？", a="150万元", hint="（一）支持备案建设"),
    dict(id="u45-C14", doc="C", kind="unanswerable", q="焦作市对新备案的市级新型研发机构补助多少？", gkeys=["焦作", "Jiaozuo"], near=["新备案的市级新型研发机构"]),
    dict(id="u45-C15", doc="C", kind="unanswerable", q="新乡2024年新备案了多少家新型研发机构？", keys=["2024"], near=["备案"]),
    dict(id="u45-C16", doc="C", kind="unanswerable", q="新乡新型研发机构引进院士团队能拿多少奖励？", keys=["院士"], near=["支持人才引进"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 15, "B": 19, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 2, 3), "typo": (2, 2, 1),
    "table": (0, 5, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Dongying", "B": "Xuchang", "C": "Xinxiang"}
CHINESE_PLACE = {"A": "东营", "B": "许昌", "C": "新乡"}
PLACE_KEYS = ["滨州", "Binzhou", "漯河", "Luohe", "焦作", "Jiaozuo"]  # neighbours: in no document
PARAPHRASE_MAX_RUN = 4
OTHER_MAX_RUN = 16
UNANSWERABLE = ("unanswerable", "english_unanswerable")
FIG = re.compile(r"\d+(?:\.\d+)?(?:万元|亿元|个工作日|个月|年|%)|\d+月\d+日至\d+月\d+日")


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
    """Occurrences of s not glued to further digits (so 50万元 does not count in 150万元, 3% not in 30%)."""
    return len(re.findall(r"(?<![\d.,:：-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    (CORPUS / FILE_A).write_bytes(docx_zip(a_docx_parts(), (2026, 3, 16, 15, 48, 0)))
    (CORPUS / FILE_B).write_bytes(docx_zip(b_docx_parts(), (2026, 5, 8, 16, 36, 0)))
    c_bytes = c_html().encode("utf-8")
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts
    a_plain, a_parts = a_read(CORPUS / FILE_A)
    b_plain, b_raw, b_deleted, b_tables = b_read(CORPUS / FILE_B)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("utf-8")
    c_plain, c_root = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    sizes = {"A": (1800, 2600), "B": (1100, 1600), "C": (1700, 2400)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    import docx as pydocx

    # ---- A: automatic numbering, header / footer, footnotes
    exp_lines, exp_texts, exp_fns = a_expected()
    check(a_parts["body"] == exp_lines, "A: body lines (with Word's numbers) equal the design")
    check(a_parts["texts"] == exp_texts, "A: paragraph texts (without numbers) equal the design")
    check(a_parts["footnotes"] == exp_fns, "A: footnote texts equal the design")
    check(a_parts["header"] == A_HEADER and A_DOCNO in a_parts["footer"] and A_DOCNO in a_parts["header"],
          f"A: header / footer carry the document number ({a_parts['header']} / {a_parts['footer']})")
    check(a_plain[0] == A_HEADER and a_plain[-1] == a_parts["footer"], "A: plain starts with the header, ends with the footer")
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        a_doc_xml = z.read("word/document.xml").decode("utf-8")
        a_names = z.namelist()
        a_rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    for part in ("word/numbering.xml", "word/footnotes.xml", "word/header1.xml", "word/footer1.xml"):
        check(part in a_names and part.split("/")[1] in a_rels, f"A: part {part} present and related")
    n_art = sum(1 for it in A_BODY if it[0] == "art")
    n_item = sum(1 for it in A_BODY if it[0] == "item")
    check(a_doc_xml.count('<w:numId w:val="1"/>') == n_art and a_doc_xml.count("<w:numPr>") == n_art + n_item,
          "A: every article and item carries w:numPr")
    check(not re.search(r"第[一二三四五六七八九十]+条", re.sub(r"<[^>]+>", "", a_doc_xml))
          and not re.search(r"（[一二三四五六七八九十]+）", re.sub(r"<[^>]+>", "", a_doc_xml)),
          "A: no article / item number typed in the body text")
    check(re.sub(r"<[^>]+>", "", a_doc_xml).count("第一章") == 1, "A: chapter headings typed")
    check([ln.split("　")[0] for ln in a_parts["body"] if re.match(r"第[一二三四五六七八九十]+条　", ln)]
          == [f"第{chinese_counting(i)}条" for i in range(1, n_art + 1)], "A: articles 第一条… rendered in order")
    items_shown = [ln[:3] for ln in a_parts["body"] if ln.startswith("（")]
    check(items_shown == ["（一）", "（二）", "（三）", "（四）", "（五）", "（一）", "（二）", "（三）", "（四）"],
          f"A: item numbers, the second list restarting {items_shown}")
    check(len(re.findall(r"<w:footnoteReference w:id=\"\d\"/></w:r><w:r><w:t", a_doc_xml)) == 2,
          "A: two footnote references, each followed by more of its sentence")
    fn_paras = [p for p in a_parts["texts"] if "固定研究人员不少于15人" in p or "研发投入强度不低于3%" in p]
    check(len(fn_paras) == 2, "A: the sentences around the footnote references read on without a mark")
    dxa = pydocx.Document(str(CORPUS / FILE_A))
    dxa_texts = [p.text for p in dxa.paragraphs if p.text]
    check(dxa_texts == a_parts["texts"], "A: python-docx reads the paragraph texts, without the automatic numbers")
    check(dxa.sections[0].header.paragraphs[0].text == A_HEADER, "A: python-docx reads the page header")
    a_prose = "\n".join(a_parts["body"])
    a_wan = sorted({int(m) for m in re.findall(r"(\d+)万元", a_prose)})
    a_pct = sorted({m for m in re.findall(r"\d+%", a_prose)})
    check(len(a_wan) >= 5 and len(a_pct) >= 3, f"A: look-alikes N万元 {a_wan}, N% {a_pct}")
    a_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", ptext["A"])
    check(a_dates == [("2026", "4", "15"), ("2031", "4", "14"), ("2026", "3", "16")], f"A: dates {a_dates}")
    check(len([ln for ln in a_plain if "牵头" in ln]) == 1, "A: one 牵头 line")

    # ---- B: tracked changes, merged cells
    check(b_plain == b_expected(accepted), "B: lines read with the changes accepted equal the design")
    orig_lines = b_expected(original)
    check(orig_lines != b_plain and len(orig_lines) == len(b_plain), "B: the original (changes rejected) differs")
    with zipfile.ZipFile(CORPUS / FILE_B) as z:
        b_doc_xml = z.read("word/document.xml").decode("utf-8")
        b_settings = z.read("word/settings.xml").decode("utf-8")
    n_ins, n_del = b_doc_xml.count("<w:ins "), b_doc_xml.count("<w:del ")
    check(n_ins >= 8 and n_del >= 8 and "<w:trackRevisions/>" in b_settings, f"B: tracked changes ({n_ins} ins, {n_del} del)")
    check(b_doc_xml.count('<w:vMerge w:val="restart"/>') == 2 and b_doc_xml.count("<w:vMerge/>") == 3
          and b_doc_xml.count('<w:gridSpan w:val="2"/>') == 1 and b_doc_xml.count('<w:gridSpan w:val="4"/>') == 1,
          "B: merged cells (2 vMerge groups, gridSpan 2 and 4)")
    check(b_tables == [b_rows_view(accepted)] and [len(r) for r in b_tables[0]] == [4, 4, 4, 4, 4, 4, 3, 1],
          f"B: the table read back ({[len(r) for r in b_tables[0]] if b_tables else None})")
    acc_all, org_all = "\n".join(b_plain), "\n".join(orig_lines)
    acc_figs = set(FIG.findall(acc_all))
    del_figs = sorted(set(FIG.findall(org_all)) - acc_figs)
    ins_figs = sorted(acc_figs - set(FIG.findall(org_all)))
    check(len(del_figs) >= 7 and len(ins_figs) >= 7, f"B: deleted figures {del_figs}, inserted {ins_figs}")
    for f in del_figs:
        check(num_count(f, acc_all) == 0, f"B: deleted figure {f} still in the accepted text")
    dxb = pydocx.Document(str(CORPUS / FILE_B))
    pyd_b = [p.text for p in dxb.paragraphs if p.text]
    pyd_missing = [t for t in pyd_b if t not in b_plain]
    pyd_rows = [[c.text for c in r.cells] for r in dxb.tables[0].rows]
    check(len(pyd_missing) >= 4 and "注册登记满，" in "".join(pyd_b) and pyd_rows[3][2] == "一次性奖励万元",
          "B: python-docx's paragraph / cell text leaves out the inserted runs (what this document stresses)")
    check(pyd_rows[2][0] == "入库培育" and pyd_rows[6][0] == pyd_rows[6][1] and len(set(pyd_rows[7])) == 1,
          "B: python-docx repeats a vMerge origin / gridSpan cell in every grid column it covers")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for r in b_rows_view(accepted)[1:]:
        for c in r:
            for fig in re.findall(r"\d+(?:万元|%)", c):
                check(num_count(fig, b_prose) == 0, f"B: table figure {fig} also in the prose")
    b_leads = [ln for ln in b_plain if "牵头" in ln]
    check(len(b_leads) == 1 and b_leads[0].startswith("第三条　市科学技术局牵头"), f"B: 牵头 lines {b_leads}")
    b_dates = re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", b_prose)
    check(b_dates == [("2026", "5", "8"), ("2026", "7", "1"), ("2028", "12", "31")], f"B: dates {b_dates}")

    # ---- C: saved web page
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and b"\r" not in c_bytes and b'<meta charset="utf-8">' in c_bytes,
          "C: UTF-8 without BOM, LF, charset declared")
    check(c_plain == c_expected(), "C: the page's visible text equals the design")
    body_txt = c_root.find("body").text_content()
    check("doZoom" in body_txt and "$(function()" in body_txt, "C: scripts in the body (a naive text dump includes them)")
    for sel, what in ((".//div[@class='crumb']", "breadcrumb"), (".//div[@class='nav']//li", "navigation menu"),
                      (".//div[@class='share']", "share bar"), (".//div[@class='related']//li", "相关链接 list"),
                      (".//div[@class='footer']//p", "footer"), (".//dl[@class='qa']/dt", "问答 dt"),
                      (".//dl[@class='qa']/dd", "问答 dd"), (".//table[@class='tb']//tr", "table")):
        check(len(c_root.findall(sel)) >= 1, f"C: {what} present")
    check(len(c_root.findall(".//dl[@class='qa']/dt")) == len(C_QA) == len(c_root.findall(".//dl[@class='qa']/dd")),
          "C: every dt has its dd")
    check(any("主办单位" in ln for ln in c_plain) and any("备案号" in ln for ln in c_plain), "C: 主办单位 / 备案号")
    c_body = [ln for ln in c_plain[c_plain.index(C_TITLE) + 3:c_plain.index("相关链接")]]
    c_body_text = "\n".join(c_body)
    for r in C_TABLE[1:]:
        for c in r[1:]:
            check(num_count(c, "\n".join(ln for ln in c_plain if " | " not in ln)) == 0, f"C: table cell {c} elsewhere")
    c_leads = [ln for ln in c_plain if "牵头" in ln and ln.startswith("答：")]
    check(len(c_leads) == 2 and any(ln.startswith("答：由市科学技术局牵头") for ln in c_leads), f"C: 牵头 lines {c_leads}")
    c_wan = sorted({int(m) for m in re.findall(r"(\d+)万元", c_body_text)})
    check(len(c_wan) >= 10, f"C: look-alike N万元 {c_wan}")

    raw = {"A": "\n".join([a_parts["header"], a_parts["footer"]] + a_parts["texts"] + a_parts["footnotes"]),
           "B": "\n".join(b_raw), "C": c_raw}
    full_raw = {"A": a_doc_xml, "B": b_doc_xml + "\n".join(b_deleted), "C": c_raw}
    every = {d: [ptext[d], raw[d], full_raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])]
             for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(key, "ABC"), f"near-miss place {key} occurs in a document")
    for d in "ABC":
        check(CHINESE_PLACE[d] in ptext[d], f"{d}: its place named")

    # ---- questions
    out, runs, ids = [], {}, set()
    ins_answers = []
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
                    if key in q.get("deleted", []):  # present only in a deleted run: absent from what a reader sees
                        check(not any(re.search(f, t) for t in (ptext[d], raw[d])), f"{q['id']}: key {f} visible in doc {d}")
                    else:
                        check(not occurs(f, [d]), f"{q['id']}: key {f} occurs in doc {d}")
            for key in q.get("deleted", []):
                check(any(key in t for t in b_deleted), f"{q['id']}: {key} not in a deleted run")
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
            check(ans in raw[d], f"{q['id']}: answer not in the raw text")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and (num_count(ans, ln) or num_count(nfkc(ans), nfkc(ln))):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:50]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
                if k != "who_leads":
                    check(ptext[d].count(ans) == 1, f"{q['id']}: answer {ans} elsewhere in the document")
            if d == "B":
                i_ev = b_plain.index(ev) if ev in b_plain else -1
                check(not any(ans in t for t in b_deleted) and ans not in del_figs, f"{q['id']}: answer is a deleted text")
                if i_ev >= 0 and num_count(ans, orig_lines[i_ev]) == 0:
                    ins_answers.append(q["id"])
            if "col" in q:
                table = {"B": b_rows_view(accepted), "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ci < len(hit[0]) and ans in hit[0][ci], f"{q['id']}: answer must be in column {ci}")
                    check(sum(ans in c for c in hit[0]) == 1, f"{q['id']}: other cells differ")
                    check(table[0][min(ci, len(table[0]) - 1)] not in question and not any(h in question for h in table[0]),
                          f"{q['id']}: question copies a column header")
            if k == "who_leads":
                check(re.search(re.escape(ans) + r"[^;；。，]*?" + q["verb"], ev), f"{q['id']}: {ans} … {q['verb']}")
                check(q["qverb"] in question, f"{q['id']}: question must ask who {q['qverb']}")
        if k in ("english", "english_unanswerable"):
            check(not CJK.search(question), f"{q['id']}: CJK in English question")
            check(ENGLISH_PLACE[d] in question, f"{q['id']}: English question must name {ENGLISH_PLACE[d]}")
        else:
            check(bool(CJK.search(question)), f"{q['id']}: Chinese kinds must be asked in Chinese")
            text_s = T2S.convert(question) if k == "traditional" else question
            if k == "typo":
                text_s = text_s.replace(q["wrong"], q["right"])
            if not q.get("gkeys"):
                check(CHINESE_PLACE[d] in text_s, f"{q['id']}: the place {CHINESE_PLACE[d]} named")
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
    check(all(re.fullmatch(r"u45-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage
    check(len(ins_answers) >= 8, f"B: answers that exist only through an insertion {ins_answers}")
    a_fn_ev = [o for o in out if o["doc"] == FILE_A and o["evidence"] in a_parts["footnotes"]]
    check(len(a_fn_ev) >= 1, "A: a question answered from a footnote")
    a_fnref_ev = [o for o in out if o["doc"] == FILE_A and "研发投入强度不低于3%" in o["evidence"]]
    check(len(a_fnref_ev) == 1, "A: a question on the sentence that holds a footnote reference")
    b_span_ev = [o for o in out if o["doc"] == FILE_B and o["evidence"].count(" | ") == 2]
    b_cont_ev = [o for o in out if o["doc"] == FILE_B and o["evidence"].startswith(("入库培育 | 首次入选省级", "认定奖励 | 有效期内"))]
    check(len(b_span_ev) == 1 and len(b_cont_ev) == 2, "B: questions on the gridSpan row and on vMerge-continued rows")
    c_dd_ev = [o for o in out if o["doc"] == FILE_C and o["evidence"].startswith("答：")]
    check(len(c_dd_ev) >= 3, "C: questions answered from the <dd> 问答")

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
    print(f"A: {n_art} auto-numbered articles, {n_item} auto-numbered items; N万元 {a_wan}; N% {a_pct}")
    print(f"B: {n_ins} insertions, {n_del} deletions; deleted figures {del_figs}; inserted figures {ins_figs}; "
          f"answers through insertions {len(ins_answers)}; python-docx paragraph texts not in the accepted text: {len(pyd_missing)}")
    print(f"C: {len(c_plain)} visible lines; N万元 {c_wan}")
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
