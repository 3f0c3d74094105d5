#!/usr/bin/env python3
"""Build unseen48: three fictional Traditional-Chinese policy documents --
  A  a Hong Kong funding-scheme guide as HTML (lang zh-HK, UTF-8): 「將軍澳創新園智能生產線資助計劃」（SPLFS）申請指南
     of 香港科技園公司（HKSTP）, amounts in 港幣 in the prose and HK$ in a table of funding tiers (先導級 / 第一級 /
     第二級 / 第三級), English abbreviations in the running text (HKSTP, ITC, HKPC, ITF, RTH, PAP, MES, AI, IoT);
  B  a Macau notice as a hand-written Word .docx (zh-MO): 經濟及科技發展局 第08/DSEDT/2026號通告 on the
     「中小企業科技應用資助計劃」, Portuguese / English names of bodies in brackets (Direcção dos Serviços de ...),
     amounts in 澳門元 (and once MOP), a Word table of funded items;
  C  a Taiwan county subsidy rules file (嘉義縣中小企業研發創新補助辦法) as a Big5-encoded .txt with CRLF line ends,
     ROC dates (中華民國115年 …), articles 第一條 … 第十四條 with numbered 款 lines, and an appendix table whose
     columns are aligned with full-width spaces (U+3000) and whose figures are full-width digits (５０％, 新臺幣８０萬元);
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen48/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen44's builder (itself after unseen40): the question table with a `hint` that must
pick exactly one evidence line, digit-bounded num_count (also on NFKC-normalised text), keys / gkeys / near for
unanswerables, lcs_run for paraphrases, OpenCC for the cross-script questions, the hand-written .docx package with
fixed zip timestamps, docx_read, and the question-checking loop. New here: `traditional` questions are written in
SIMPLIFIED Chinese about Traditional documents, and the paraphrase distance is measured after t2s on both sides."""
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

FILE_A = "A_tseungkwano_innopark_zhineng_shengchanxian_zizhu_jihua_shenqing_zhinan_zh-HK.html"
FILE_B = "B_macau_dsedt_zhongxiao_qiye_keji_yingyong_zizhu_jihua_tonggao_zh-MO_pt_names.docx"
FILE_C = "C_chiayi_county_zhongxiao_qiye_yanfa_chuangxin_buzhu_banfa_big5_fullwidth_table.txt"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2T = opencc.OpenCC("s2t")
S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 將軍澳創新園 SPLFS guide, HTML. Blocks: ("h1"|"h2"|"p"|"meta"|"li"|"caption"|"note", text) and ("table", rows);
#    consecutive li items form one <ul>.
# ---------------------------------------------------------------------------------------------------------------
A_TABLE = [
    ["資助級別", "核准開支總額", "資助比例", "資助上限", "項目期限"],
    ["先導級（Pilot Tier）", "港幣500萬元以下", "60%", "HK$2,400,000", "12個月"],
    ["第一級（Tier 1）", "港幣500萬元至港幣2,000萬元", "50%", "HK$6,000,000", "18個月"],
    ["第二級（Tier 2）", "超過港幣2,000萬元至港幣5,000萬元", "40%", "HK$15,000,000", "24個月"],
    ["第三級（Tier 3）", "超過港幣5,000萬元", "30%", "HK$30,000,000", "30個月"],
]
A_TITLE = "「將軍澳創新園智能生產線資助計劃」（SPLFS）申請指南"
A_BLOCKS = [
    ("h1", A_TITLE),
    ("meta", "香港科技園公司（HKSTP）　文件編號：HKSTP/SPLFS/G/2026-01　生效日期：2026年4月1日"),
    ("h2", "一、計劃背景及目的"),
    ("p", "為推動香港「新型工業化」，創新科技署（ITC）與香港科技園公司（HKSTP）推出「智能生產線資助計劃」（Smart Production Line Funding Scheme，SPLFS），以配對形式資助企業在將軍澳創新園（TKO InnoPark）設立或升級以人工智能（AI）、物聯網（IoT）及機械人技術為核心的智能生產線。計劃總承擔額為港幣12億元，為期五年。"),
    ("h2", "二、申請資格"),
    ("li", "申請企業須為根據《公司條例》在香港註冊成立的公司，並已在將軍澳創新園持有有效的土地契約或廠房租約，而租約餘下年期不少於8年。"),
    ("li", "申請企業須於項目期內在港聘用不少於10名全職僱員，其中從事研究及開發（R&D）或工程技術工作的不少於4名。"),
    ("li", "同一生產線已獲「創新及科技基金」（ITF）其他計劃資助的，不得重複申請。"),
    ("h2", "三、資助級別"),
    ("p", "資助按項目核准開支總額分為四個級別，由政府與企業以配對形式承擔，詳見下表："),
    ("caption", "表一　SPLFS資助級別一覽（資助上限以每條生產線計算）"),
    ("table", A_TABLE),
    ("note", "註：同一企業在計劃期內獲批的資助總額不得超過港幣4,500萬元。"),
    ("h2", "四、可資助開支"),
    ("li", "生產設備、機械人及自動化系統的購置及安裝費用；"),
    ("li", "數據採集、製造執行系統（MES）及相關軟件的開發或授權費用，上限為核准開支總額的25%；"),
    ("li", "員工培訓費用，上限為核准開支總額的5%；"),
    ("li", "土地、廠房租金、一般辦公室設備及日常營運開支不在資助範圍之內。"),
    ("h2", "五、額外支援措施"),
    ("p", "獲批企業可經「研究人才庫」（RTH）申請聘用研究人才的薪酬資助，每名學士學位持有人每月最高港幣18,000元，碩士或博士學位持有人每月最高港幣21,000元，每名人才最長資助36個月。"),
    ("p", "首次在將軍澳創新園投產的企業，首三年可獲廠房租金寬減15%；HKSTP並會安排香港生產力促進局（HKPC）提供不多於40小時的免費技術診斷服務。"),
    ("h2", "六、申請及審批程序"),
    ("p", "計劃全年接受申請，每年設四輪截止日期，分別為3月31日、6月30日、9月30日及12月31日。"),
    ("p", "HKSTP會在截止日期後20個工作天內完成資格初審；合資格申請交由項目評審委員會（Project Assessment Panel，PAP）評審，PAP由業界、學術界及政府代表共9名委員組成。由截止日期起計，一般可於90個工作天內通知申請結果。"),
    ("p", "獲批企業須於批核通知發出後6個月內展開項目。資助款項分三期發放：首期為核准資助額的四成，中期報告獲接納後發放三成，項目完成並通過審計後發放餘款。"),
    ("h2", "七、計劃管理"),
    ("p", "本計劃由創新科技署（ITC）牽頭制訂政策方向及監察成效，香港科技園公司負責計劃的日常運作及撥款，香港生產力促進局負責提供技術評估意見。"),
    ("p", "獲資助企業須於項目完成後2個月內提交最終報告及經審計的帳目，並於項目完成後3年內每年提交生產數據報告。如發現申請資料失實，HKSTP有權終止資助協議並追討已發放款項。"),
    ("h2", "八、查詢"),
    ("p", "SPLFS計劃秘書處（香港科技園公司製造業發展部）　聯絡人：陳嘉欣女士（高級經理）　電話：(852) 2629 6178　地址：新界將軍澳駿昌街23號"),
    ("note", "本指南最後更新日期：2026年3月16日"),
]


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def a_html():
    out = ['<!DOCTYPE html>', '<html lang="zh-HK">', "<head>", '<meta charset="utf-8">',
           f"<title>{html_esc(A_TITLE)}</title>",
           '<style>body{font-family:"Microsoft JhengHei",sans-serif;max-width:860px;margin:auto}'
           "table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px 8px}"
           "th{background:#e8eef4}.meta,.note{color:#555;font-size:90%}</style>", "</head>", "<body>",
           '<nav class="crumb"><a href="/">HKSTP</a> &gt; <a href="/funding">資助計劃</a></nav>', "<main>"]
    in_ul = False
    for kind, val in A_BLOCKS:
        if kind != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        if kind == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{html_esc(val)}</li>")
        elif kind in ("h1", "h2"):
            out.append(f"<{kind}>{html_esc(val)}</{kind}>")
        elif kind in ("meta", "note"):
            out.append(f'<p class="{kind}">{html_esc(val)}</p>')
        elif kind == "p":
            out.append(f"<p>{html_esc(val)}</p>")
        elif kind == "caption":
            cap = val
        elif kind == "table":
            t = ['<table class="tiers">', f"<caption>{html_esc(cap)}</caption>", "<thead>",
                 "<tr>" + "".join(f"<th>{html_esc(c)}</th>" for c in val[0]) + "</tr>", "</thead>", "<tbody>"]
            for r in val[1:]:
                t.append("<tr>" + f'<th scope="row">{html_esc(r[0])}</th>' + "".join(f"<td>{html_esc(c)}</td>" for c in r[1:]) + "</tr>")
            t += ["</tbody>", "</table>"]
            out += t
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def a_expected_plain():
    out = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def html_read(raw):
    """What a reader shows: h1/h2/p/li/caption each one line (text, whitespace squashed), a table row its cells joined
    by ' | '; the nav breadcrumb and head are skipped."""
    import lxml.html
    root = lxml.html.fromstring(raw.encode("utf-8"))
    main = root.find(".//main")
    lines = []
    for el in main.iter():
        if el.tag in ("h1", "h2", "p", "li", "caption"):
            t = re.sub(r"[ \t\r\n]+", " ", el.text_content()).strip(" ")
            if t:
                lines.append(t)
        elif el.tag == "tr":
            lines.append(" | ".join(re.sub(r"[ \t\r\n]+", " ", c.text_content()).strip(" ") for c in el if c.tag in ("th", "td")))
    return lines, root


# ---------------------------------------------------------------------------------------------------------------
# B: 澳門 經濟及科技發展局 notice, hand-written .docx. B_BODY: (style, text) or ("table", rows).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["資助項目", "資助比例", "每家企業資助上限", "備註"],
    ["雲端營運管理系統（Cloud Management Systems）", "70%", "澳門元8萬元", "含首年訂閱費用"],
    ["智能設備及自動化（Smart Equipment and Automation）", "50%", "澳門元25萬元", "設備須於本澳安裝使用"],
    ["網絡安全提升（Cybersecurity Enhancement）", "60%", "澳門元12萬元", "須由認可服務商提供"],
    ["數據分析及人工智能應用（Data Analytics and AI Applications）", "45%", "澳門元30萬元", "須提交成效評估報告"],
]
B_BODY = [
    ("Title", "經濟及科技發展局"),
    ("Subtitle", "第08/DSEDT/2026號通告"),
    ("Heading1", "「中小企業科技應用資助計劃」2026年度接受申請"),
    ("Normal", "為推動澳門特別行政區經濟適度多元發展，鼓勵中小企業應用科技提升營運效率，經濟及科技發展局（Direcção dos Serviços de Economia e Desenvolvimento Tecnológico，DSEDT，下稱「經科局」）根據第12/2026號行政法規《中小企業科技應用資助計劃》的規定，現公佈2026年度申請安排如下："),
    ("Heading2", "一、資助對象"),
    ("Normal", "（一）在澳門特別行政區依法登記，並已於財政局（Direcção dos Serviços de Finanças，DSF）作營業稅登記滿2年的企業；"),
    ("Normal", "（二）僱員人數不超過100人，其中澳門居民僱員所佔比例不少於七成；"),
    ("Normal", "（三）最近一年內未曾因違反勞動或稅務法規而被處罰。"),
    ("Heading2", "二、資助項目及標準"),
    ("Normal", "本計劃資助下列四類科技應用項目，資助比例按項目核准開支計算，金額以澳門元計："),
    ("table", B_TABLE),
    ("Normal", "每家企業於計劃期（2026年至2028年）內累計獲批資助總額不得超過澳門元60萬元（MOP 600,000）。"),
    ("Heading2", "三、申請期及申請方式"),
    ("Normal", "申請期由2026年4月15日至2026年6月30日。申請人須透過「商業服務一戶通」（Balcão Único de Serviços Empresariais）網上提交申請，或親臨經科局位於南灣大馬路（Avenida da Praia Grande）的服務中心遞交。"),
    ("Heading2", "四、評估、審批及撥款"),
    ("Normal", "技術評估由澳門生產力暨科技轉移中心（Centro de Produtividade e Transferência de Tecnologia de Macau，CPTTM）負責，評估費用全數由本計劃承擔。"),
    ("Normal", "經科局在收齊申請文件後45個工作日內作出審批決定；獲批項目須於12個月內完成。"),
    ("Normal", "資助款項分兩期發放：簽署資助協議後發放核准金額的六成，項目完成並經核實後發放餘款。"),
    ("Normal", "獲資助企業須於項目完成後3年內保存相關單據，並接受經科局及審計署（Comissariado da Auditoria，CA）的抽查。"),
    ("Heading2", "五、統籌及跟進"),
    ("Normal", "本計劃由經濟及科技發展局牽頭執行，並聯同科學技術發展基金（Fundo para o Desenvolvimento das Ciências e da Tecnologia，FDCT）及澳門貿易投資促進局（Instituto de Promoção do Comércio e do Investimento de Macau，IPIM）組成跟進小組，定期檢視計劃成效。"),
    ("Heading2", "六、說明會及查詢"),
    ("Normal", "經科局將於2026年4月22日下午3時假氹仔中小企業服務中心（Centro de Serviços às PME da Taipa）舉行申請說明會，名額80人，先到先得。"),
    ("Normal", "查詢電話：8597 3126（辦公時間內），聯絡人：梁詠詩女士。"),
    ("Signature", "經濟及科技發展局局長　鄭文宏"),
    ("Signature", "二〇二六年四月一日"),
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b_expected_lines():
    out = []
    for style, val in B_BODY:
        if style == "table":
            out += [" | ".join(r) for r in val]
        else:
            out.append(val)
    return out


def b_docx_parts():
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
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    parts["docProps/core.xml"] = decl + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>第08/DSEDT/2026號通告</dc:title><dc:creator>經濟及科技發展局</dc:creator>"
        "<cp:lastModifiedBy>DSEDT</cp:lastModifiedBy><cp:revision>3</cp:revision><dc:language>zh-MO</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-25T02:10:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-04-01T01:30:00Z</dcterms:modified>'
        "</cp:coreProperties>")
    parts["docProps/app.xml"] = decl + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>")
    parts["word/settings.xml"] = decl + (
        f'<w:settings {w}><w:defaultTabStop w:val="480"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-MO"/></w:settings>')
    parts["word/styles.xml"] = decl + (
        f"<w:styles {w}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="新細明體" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
        '<w:lang w:val="pt-PT" w:eastAsia="zh-MO" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="480"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:ind w:firstLine="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:spacing w:after="0"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
        "</w:styles>")

    def runs(text, bold=False):
        """Chinese text in one run; every Latin-script stretch in brackets in a run of its own marked pt-PT / en-US."""
        out = []
        for piece in re.split(r"([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .&'-]*[A-Za-zÀ-ÿ.])", text):
            if not piece:
                continue
            latin = bool(re.match(r"[A-Za-zÀ-ÿ]", piece)) and " " in piece
            lang = ""
            if latin:
                lang = '<w:lang w:val="pt-PT"/>' if re.search(r"\b(?:dos|das|da|de|do|às|para)\b|ç|ã|õ|é", piece) else '<w:lang w:val="en-US"/>'
            rpr = ("<w:b/>" if bold else "") + lang
            rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
            out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{xml_esc(piece)}</w:t></w:r>')
        return "".join(out)

    body = []
    for style, val in B_BODY:
        if style == "table":
            widths = [3400, 1200, 2000, 2200]
            t = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/></w:tblPr>'
                 "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>")
            for ri, row in enumerate(val):
                t += "<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if ri == 0 else "")
                for ci, c in enumerate(row):
                    t += (f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                          f'<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>{runs(c, ri == 0)}</w:p></w:tc>')
                t += "</w:tr>"
            body.append(t + "</w:tbl>")
        else:
            ppr = "" if style == "Normal" else f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
            body.append(f"<w:p>{ppr}{runs(val)}</w:p>")
    body.append('<w:p/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    parts["word/document.xml"] = decl + f"<w:document {w}><w:body>" + "".join(body) + "</w:body></w:document>"
    return parts


def b_docx_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in b_docx_parts().items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, xml.encode("utf-8"))
    return buf.getvalue()


def docx_read(path):
    """Body paragraphs (all runs' text joined) and table rows in order; a row is its cells joined by ' | '."""
    from lxml import etree
    ns = {"w": W_NS}
    q = lambda t: f"{{{W_NS}}}{t}"  # noqa: E731
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    lines, tables = [], []
    for el in doc.find("w:body", ns):
        if el.tag == q("p"):
            text = "".join(t.text or "" for t in el.iter(q("t")))
            if text:
                lines.append(text)
        elif el.tag == q("tbl"):
            rows = [[" ".join("".join(t.text or "" for t in p.iter(q("t"))) for p in tc.findall("w:p", ns))
                     for tc in tr.findall("w:tc", ns)] for tr in el.findall("w:tr", ns)]
            tables.append(rows)
            lines += [" | ".join(r) for r in rows]
    return lines, tables, doc


# ---------------------------------------------------------------------------------------------------------------
# C: 嘉義縣 補助辦法, Big5 + CRLF. Lines as written; the appendix table (C_TABLE) is drawn with U+3000 padding and
#    full-width digits.
# ---------------------------------------------------------------------------------------------------------------
C_TABLE = [
    ["補助類別", "補助比率", "補助上限", "執行期程"],
    ["甲類（創新研發）", "５０％", "新臺幣１５０萬元", "１２個月"],
    ["乙類（技術升級）", "４０％", "新臺幣８０萬元", "９個月"],
    ["丙類（智慧製造）", "３５％", "新臺幣１２０萬元", "１０個月"],
    ["丁類（產學合作）", "６０％", "新臺幣２００萬元", "１８個月"],
]
C_CAPTION = "附表　嘉義縣中小企業研發創新補助類別及額度表"
C_LINES = [
    "嘉義縣中小企業研發創新補助辦法",
    "中華民國115年2月10日嘉義縣政府府經產字第1150028731號令訂定發布",
    "",
    "第一條　嘉義縣政府（以下簡稱本府）為鼓勵本縣中小企業投入研發創新，提升產業技術水準及競爭力，特訂定本辦法。",
    "第二條　本辦法之主管機關為本府，執行單位為本府經濟發展處。本辦法之推動，由嘉義縣政府經濟發展處統籌辦理；本府財政稅務局負責補助經費之核撥及查核。",
    "第三條　申請者應符合下列各款資格：",
    "　　一、依公司法或商業登記法設立登記，且營業所在地位於本縣之中小企業。",
    "　　二、最近一年內無欠繳稅捐及違反環保、勞工法規之紀錄。",
    "　　三、員工人數未滿200人，或實收資本額在新臺幣1億元以下。",
    "第四條　補助類別、補助比率、補助上限及執行期程，依附表規定辦理。",
    "第五條　營業所在地位於馬稠後產業園區之申請者，補助比率得加計5個百分點，惟補助金額仍不得超過附表所定上限。",
    "第六條　同一申請者每年度以獲補助一案為限，每年度累計獲補助金額不得超過新臺幣300萬元。",
    "第七條　申請期間以本府每年公告為準；115年度受理期間自民國115年3月2日起至115年4月30日止，逾期不予受理。",
    "第八條　本府應組成審查會辦理審查，置委員7人至11人，其中外聘學者專家不得少於二分之一；審查會應於申請截止日起60日內完成審查。",
    "第九條　補助款分二期撥付：第一期於簽約後撥付核定補助金額百分之四十，第二期於結案審查通過後撥付餘額。",
    "第十條　受補助者應於計畫執行期滿後1個月內提送成果報告及經費支出憑證。",
    "第十一條　受補助者應於計畫結案後3年內，每年填報成果追蹤表，並配合本府辦理成果發表。",
    "第十二條　申請者有下列情事之一者，本府應撤銷補助並追繳已撥付款項，且自撤銷之日起5年內不受理其申請：",
    "　　一、提供不實資料或虛報經費。",
    "　　二、同一計畫重複向中央或地方政府機關申請補助。",
    "第十三條　本辦法所需經費，由本府年度預算支應；115年度編列新臺幣2,400萬元。",
    "第十四條　本辦法自發布日施行。",
    "",
    C_CAPTION,
    "TABLE",
    "備註：補助比率以計畫總經費為計算基準。",
    "",
    "承辦單位：嘉義縣政府經濟發展處工商科　聯絡人：林怡君　電話：（05）362-0123分機2171",
]
C_COLW = [10, 6, 10, 6]  # column widths in full-width cells


def c_table_lines():
    out = []
    for r in C_TABLE:
        cells = []
        for i, c in enumerate(r):
            pad = C_COLW[i] - len(c)
            cells.append(c + ("\u3000" * pad if i < len(r) - 1 else ""))
        out.append("".join(cells))
    return out


def c_file_text():
    lines = []
    for ln in C_LINES:
        lines += c_table_lines() if ln == "TABLE" else [ln]
    return "\r\n".join(lines) + "\r\n"


def c_read(text):
    """Each non-empty line stripped (U+3000 is whitespace to str.strip); after the 附表 caption, the lines up to the
    備註 line are table rows, split on runs of U+3000 and joined by ' | '."""
    out, rows, in_table = [], [], False
    for ln in text.split("\r\n"):
        s = ln.strip()
        if not s:
            continue
        if s.startswith("備註："):
            in_table = False
        if in_table:
            cells = re.split("\u3000+", s)
            rows.append(cells)
            out.append(" | ".join(cells))
        else:
            out.append(s)
            if s == C_CAPTION:
                in_table = True
    return out, rows


def c_expected_plain():
    out = []
    for ln in C_LINES:
        if ln == "TABLE":
            out += [" | ".join(r) for r in C_TABLE]
        elif ln:
            out.append(ln.strip())
    return out


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: substring picking exactly one plain line (the evidence). traditional: written in SIMPLIFIED Chinese
# (about a Traditional document). Unanswerable: keys (absent from the doc), gkeys (absent from all docs, named in the
# question), near (present in the doc). table: col = answer's column. who_leads: verb / qverb. typo: wrong / right.
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 將軍澳創新園 SPLFS guide (HTML; 17)
    dict(id="u48-A01", doc="A", kind="table", q="将军澳创新园智能生产线资助计划里，第二级项目每条生产线最多能拿多少资助？", a="HK$15,000,000", hint="第二級（Tier 2） | ", col=3),
    dict(id="u48-A02", doc="A", kind="table", q="將軍澳創新園SPLFS的先導級項目，政府出資佔核准開支的幾成？", a="60%", hint="先導級（Pilot Tier） | ", col=2),
    dict(id="u48-A03", doc="A", kind="table", q="将军澳智能生产线资助计划的第三级项目，最长可以做多久？", a="30個月", hint="第三級（Tier 3） | ", col=4),
    dict(id="u48-A04", doc="A", kind="who_leads", q="将军澳创新园智能生产线资助计划由哪个部门牵头？", a="創新科技署", hint="牽頭制訂政策方向", verb="牽頭", qverb="牵头"),
    dict(id="u48-A05", doc="A", kind="english", q="Under the Tseung Kwan O InnoPark Smart Production Line Funding Scheme, what is the cap on the total funding one enterprise can get during the scheme period?", a="港幣4,500萬元", hint="獲批的資助總額"),
    dict(id="u48-A06", doc="A", kind="english", q="How many full-time employees must an applicant to the Tseung Kwan O smart production line scheme hire in Hong Kong during the project?", a="10名", hint="全職僱員"),
    dict(id="u48-A07", doc="A", kind="english", q="Within how many working days after a deadline does HKSTP finish the eligibility screening for the Tseung Kwan O smart production line scheme?", a="20個工作天", hint="完成資格初審"),
    dict(id="u48-A08", doc="A", kind="paraphrase", q="在将军澳的科技园区第一次投产的公司，头三年租金能减免多少？", a="15%", hint="首次在將軍澳創新園投產"),
    dict(id="u48-A09", doc="A", kind="paraphrase", q="将军澳这个生产线计划下请硕士做研究，每人每月薪酬最高补多少？", a="港幣21,000元", hint="研究人才庫"),
    dict(id="u48-A10", doc="A", kind="paraphrase", q="将军澳智能产线资助拿到批文后，最晚多久要动工？", a="6個月", hint="批核通知發出後"),
    dict(id="u48-A11", doc="A", kind="typo", q="將軍奧創新園智能生產線資助計劃每年有幾輪申請截止日期？", a="四輪", hint="全年接受申請", wrong="將軍奧", right="將軍澳"),
    dict(id="u48-A12", doc="A", kind="typo", q="將軍澳創新圓SPLFS的項目評審委員會由多少名委員組成？", a="9名", hint="Project Assessment Panel", wrong="創新圓", right="創新園"),
    dict(id="u48-A13", doc="A", kind="traditional", q="将军澳智能生产线资助计划中，员工培训费用最多占核准开支的多少？", a="5%", hint="員工培訓費用"),
    dict(id="u48-A14", doc="A", kind="english_unanswerable", q="How much funding does the Tseung Kwan O InnoPark smart production line scheme give to a Tier 4 project?", keys=["Tier 4", "第四級"], near=["第三級（Tier 3）"]),
    dict(id="u48-A15", doc="A", kind="unanswerable", q="大埔创新园的智能生产线资助计划，第一级项目资助上限是多少？", gkeys=["大埔", "Tai Po"], near=["第一級（Tier 1）"]),
    dict(id="u48-A16", doc="A", kind="unanswerable", q="将军澳创新园智能生产线资助计划2025年一共批出了多少个项目？", keys=["2025"], near=["將軍澳創新園"]),
    dict(id="u48-A17", doc="A", kind="unanswerable", q="投资推广署在将军澳智能生产线资助计划中负责什么？", keys=["投資推廣", "InvestHK"], near=["香港生產力促進局"]),
    # ---- B 澳門 經科局 notice (docx; 17)
    dict(id="u48-B01", doc="B", kind="table", q="澳门经科局的中小企业科技应用资助计划里，网络安全提升项目一家企业最多资助多少？", a="澳門元12萬元", hint="網絡安全提升（Cybersecurity Enhancement） | ", col=2),
    dict(id="u48-B02", doc="B", kind="table", q="澳門中小企業科技應用資助計劃，買智能設備搞自動化，政府補貼幾成費用？", a="50%", hint="智能設備及自動化（Smart Equipment and Automation） | ", col=1),
    dict(id="u48-B03", doc="B", kind="who_leads", q="澳门中小企业科技应用资助计划由哪个部门牵头执行？", a="經濟及科技發展局", hint="牽頭執行", verb="牽頭", qverb="牵头"),
    dict(id="u48-B04", doc="B", kind="english", q="Under Macao's SME Technology Application Funding Scheme, what is the cumulative funding cap per enterprise for 2026 to 2028?", a="MOP 600,000", hint="累計獲批資助總額"),
    dict(id="u48-B05", doc="B", kind="english", q="On what date does the 2026 application period of Macao's SME Technology Application Funding Scheme close?", a="2026年6月30日", hint="申請期由"),
    dict(id="u48-B06", doc="B", kind="english", q="Within how many working days does DSEDT make an approval decision under Macao's SME Technology Application Funding Scheme?", a="45個工作日", hint="作出審批決定"),
    dict(id="u48-B07", doc="B", kind="english", q="Which body carries out the technical assessment for Macao's SME Technology Application Funding Scheme?", a="澳門生產力暨科技轉移中心", hint="技術評估由"),
    dict(id="u48-B08", doc="B", kind="paraphrase", q="澳门这个中小企业科技应用计划，获批后头一笔拨款占批准额度的比例是多少？", a="六成", hint="分兩期發放"),
    dict(id="u48-B09", doc="B", kind="paraphrase", q="想在澳门申请这项科技应用资助，企业开业报税要满几年？", a="2年", hint="營業稅登記"),
    dict(id="u48-B10", doc="B", kind="paraphrase", q="澳门中小企业科技应用资助的项目做完后，单据要留多久？", a="3年", hint="保存相關單據"),
    dict(id="u48-B11", doc="B", kind="typo", q="奧門中小企業科技應用資助計劃的申請說明會在哪一天舉行？", a="2026年4月22日", hint="申請說明會", wrong="奧門", right="澳門"),
    dict(id="u48-B12", doc="B", kind="traditional", q="澳门中小企业科技应用资助计划中，数据分析及人工智能应用项目每家企业最多资助多少？", a="澳門元30萬元", hint="數據分析及人工智能應用"),
    dict(id="u48-B13", doc="B", kind="english_unanswerable", q="What is the funding cap for large enterprises under Macao's SME Technology Application Funding Scheme?", keys=["大型企業", "[Ll]arge enterprise"], near=["中小企業"]),
    dict(id="u48-B14", doc="B", kind="unanswerable", q="横琴粤澳深度合作区的中小企业科技应用资助上限是多少？", gkeys=["橫琴", "Hengqin"], near=["中小企業科技應用資助計劃"]),
    dict(id="u48-B15", doc="B", kind="unanswerable", q="澳门中小企业科技应用资助计划2025年度共资助了多少家企业？", keys=["2025"], near=["2026年度"]),
    dict(id="u48-B16", doc="B", kind="unanswerable", q="澳门中小企业科技应用资助计划对员工培训费用资助多少？", keys=["培訓"], near=["資助項目"]),
    dict(id="u48-B17", doc="B", kind="unanswerable", q="澳门经科局这个资助计划里，劳工事务局负责哪些工作？", keys=["勞工事務局", "Assuntos Laborais"], near=["財政局"]),
    # ---- C 嘉義縣 補助辦法 (Big5 txt; 16)
    dict(id="u48-C01", doc="C", kind="table", q="嘉义县研发创新补助里，乙类技术升级项目最多补多少钱？", a="新臺幣８０萬元", hint="乙類（技術升級） | ", col=2),
    dict(id="u48-C02", doc="C", kind="table", q="嘉義縣中小企業的丁類產學合作計畫，縣府負擔計畫總經費的幾成？", a="６０％", hint="丁類（產學合作） | ", col=1),
    dict(id="u48-C03", doc="C", kind="table", q="嘉义县智慧制造类（丙类）研发补助项目最长做多久？", a="１０個月", hint="丙類（智慧製造） | ", col=3),
    dict(id="u48-C04", doc="C", kind="who_leads", q="嘉义县中小企业研发创新补助办法由哪个单位牵头推动？", a="嘉義縣政府經濟發展處", hint="統籌辦理", verb="統籌", qverb="牵头"),
    dict(id="u48-C05", doc="C", kind="english", q="What is the annual cap on the total subsidies one applicant can receive under Chiayi County's SME R&D innovation subsidy rules?", a="新臺幣300萬元", hint="第六條"),
    dict(id="u48-C06", doc="C", kind="english", q="Within how many days after the application deadline must Chiayi County's review committee finish reviewing SME R&D subsidy applications?", a="60日", hint="第八條"),
    dict(id="u48-C07", doc="C", kind="english", q="How many percentage points are added to the subsidy ratio for applicants located in the Machouhou Industrial Park under Chiayi County's SME R&D subsidy rules?", a="5個百分點", hint="第五條"),
    dict(id="u48-C08", doc="C", kind="paraphrase", q="嘉义县的企业研发补助项目做完以后，多长时间内要把成果材料交上去？", a="1個月", hint="第十條"),
    dict(id="u48-C09", doc="C", kind="paraphrase", q="嘉义县企业骗取研发补助被查出来，多少年里不能再申请？", a="5年", hint="第十二條"),
    dict(id="u48-C10", doc="C", kind="typo", q="佳義縣中小企業研發創新補助的審查會委員要請幾位？", a="7人至11人", hint="第八條", wrong="佳義縣", right="嘉義縣"),
    dict(id="u48-C11", doc="C", kind="typo", q="嘉義縣中小企業研發創新捕助第一期撥款比例是多少？", a="百分之四十", hint="第九條", wrong="捕助", right="補助"),
    dict(id="u48-C12", doc="C", kind="traditional", q="嘉义县中小企业研发创新补助办法115年度编列了多少经费？", a="新臺幣2,400萬元", hint="第十三條"),
    dict(id="u48-C13", doc="C", kind="english_unanswerable", q="How much does Chiayi County's SME R&D innovation subsidy provide for patent application fees?", keys=["專利", "[Pp]atent"], near=["補助類別"]),
    dict(id="u48-C14", doc="C", kind="unanswerable", q="嘉义市中小企业研发创新补助的甲类补助上限是多少？", gkeys=["嘉義市", "Chiayi City"], near=["甲類（創新研發）"]),
    dict(id="u48-C15", doc="C", kind="unanswerable", q="嘉义县中小企业研发创新补助办法114年度编列了多少经费？", keys=["114"], near=["115年度"]),
    dict(id="u48-C16", doc="C", kind="unanswerable", q="嘉义县研发创新补助的戊类项目补助比率是多少？", keys=["戊類"], near=["丁類（產學合作）"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 17, "B": 17, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (3, 4, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 1, 2),
    "table": (3, 2, 3), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (3, 4, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Tseung Kwan O", "B": "Macao", "C": "Chiayi County"}
PLACE_KEYS = ["大埔", "Tai Po", "橫琴", "横琴", "Hengqin", "嘉義市", "嘉义市", "Chiayi City"]  # near misses: in no document
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
    """Occurrences of s not glued to further digits (50萬元 does not count in 150萬元, 5% not in 25%, HK$6,000,000 not
    in HK$16,000,000)."""
    return len(re.findall(r"(?<![\d.,:：$-])" + re.escape(s) + r"(?![\d]|[.,]\d)", text))


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def simplified_only(text):
    """Characters that are Simplified forms only: unchanged by t2s but changed by both s2tw and s2hk (准 is
    left out: 核准 / 批准 are written with 准 in Hong Kong, Macau and Taiwan)."""
    return {c for c in set(text) if HAN.match(c) and c != "准" and T2S.convert(c) == c and S2TW.convert(c) != c and S2HK.convert(c) != c}


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_raw = a_html()
    (CORPUS / FILE_A).write_bytes(a_raw.encode("utf-8"))
    (CORPUS / FILE_B).write_bytes(b_docx_bytes())
    c_text = c_file_text()
    try:
        c_bytes = c_text.encode("big5")
    except UnicodeEncodeError as e:
        print("C: not encodable in Big5:", e)
        sys.exit(1)
    (CORPUS / FILE_C).write_bytes(c_bytes)

    # ---- plain texts (read back from the files)
    a_file = (CORPUS / FILE_A).read_bytes().decode("utf-8")
    a_plain, a_root = html_read(a_file)
    b_plain, b_tables, b_xml = docx_read(CORPUS / FILE_B)
    c_raw = (CORPUS / FILE_C).read_bytes().decode("big5")
    c_plain, c_rows = c_read(c_raw)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    b_raw = "\n".join("".join(t.text or "" for t in p_.iter(f"{{{W_NS}}}t")) for p_ in b_xml.iter(f"{{{W_NS}}}p"))
    raw = {"A": a_file, "B": b_raw, "C": c_raw}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) != ptext[d] and len(HAN.findall(ptext[d])) > 600, f"{d}: a Traditional Chinese text")
        so = simplified_only(ptext[d])
        check(not so, f"{d}: Simplified-only characters {sorted(so)}")
    sizes = {"A": (1400, 3200), "B": (1300, 2600), "C": (1000, 2200)}
    for d, (lo, hi) in sizes.items():
        check(lo <= len(ptext[d]) <= hi, f"{d}: {len(ptext[d])} plain characters, want {lo:,}-{hi:,}")

    # ---- A: HTML
    check(a_plain == a_expected_plain(), "A: the lines read back equal the design")
    check(a_root.get("lang") == "zh-HK" and '<meta charset="utf-8">' in a_file, "A: lang zh-HK, charset utf-8")
    tables = a_root.findall(".//table")
    check(len(tables) == 1 and len(tables[0].findall(".//tr")) == len(A_TABLE)
          and len(tables[0].findall(".//thead//th")) == len(A_TABLE[0]), "A: one table, header in thead")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    check("HK$" not in a_prose and a_prose.count("港幣") >= 4 and all(r[3].startswith("HK$") for r in A_TABLE[1:]),
          "A: 港幣 in the prose, HK$ in the table's cap column")
    for ab in ("HKSTP", "ITC", "HKPC", "ITF", "RTH", "PAP", "MES", "SPLFS", "TKO InnoPark", "R&D", "AI", "IoT"):
        check(ab in a_prose, f"A: English abbreviation {ab} in the text")
    check("R&amp;D" in a_file, "A: R&D escaped in the HTML source")
    for r in A_TABLE[1:]:
        for c in r[2:]:
            check(num_count(c, a_prose) == 0, f"A: table figure {c} also in the prose")
    check(len([ln for ln in a_plain if "牽頭" in ln]) == 1, "A: one 牽頭 line")

    # ---- B: docx
    check(zipfile.is_zipfile(CORPUS / FILE_B), "B: a zip package")
    import docx as pydocx
    dx = pydocx.Document(str(CORPUS / FILE_B))
    check([p.text for p in dx.paragraphs if p.text] == [v for s, v in B_BODY if s != "table"], "B: python-docx reads the paragraphs")
    check(len(dx.tables) == 1 and [[c.text for c in r.cells] for r in dx.tables[0].rows] == B_TABLE, "B: python-docx reads the table")
    check(b_plain == b_expected_lines() and b_tables == [B_TABLE], "B: the lines read back equal the design")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    pt = re.findall(r"（([^（）]*(?:Direcção|Centro|Fundo|Instituto|Comissariado|Balcão|Avenida)[^（）]*)）", b_prose)
    check(len(pt) >= 7, f"B: Portuguese names in brackets ({len(pt)})")
    en_names = re.findall(r"（([A-Z][A-Za-z ]+(?:Systems|Automation|Enhancement|Applications))）", ptext["B"])
    check(len(en_names) == 4, f"B: English item names in brackets in the table ({len(en_names)})")
    check(b_prose.count("澳門元") >= 1 and ptext["B"].count("澳門元") >= 5 and "MOP" in b_prose, "B: 澳門元 / MOP amounts")
    docx_xml = zipfile.ZipFile(CORPUS / FILE_B).read("word/document.xml").decode("utf-8")
    check(docx_xml.count('<w:lang w:val="pt-PT"/>') >= 7, "B: Portuguese runs marked pt-PT")
    for r in B_TABLE[1:]:
        for c in r[1:3]:
            check(num_count(c, b_prose) == 0 and num_count(c.replace("澳門元", ""), b_prose) == 0, f"B: table figure {c} also in the prose")
    check(len([ln for ln in b_plain if "牽頭" in ln]) == 1, "B: one 牽頭 line")

    # ---- C: Big5, CRLF, ROC dates, 第X條, full-width table
    check(c_bytes.count(b"\n") == c_bytes.count(b"\r\n") and c_bytes.endswith(b"\r\n"), "C: CRLF line ends only")
    try:
        c_bytes.decode("utf-8")
        check(False, "C: the file also decodes as UTF-8 (not Big5-only)")
    except UnicodeDecodeError:
        pass
    check(c_raw.encode("big5") == c_bytes and not c_bytes.startswith(b"\xef\xbb\xbf"), "C: Big5 round trip, no BOM")
    check(c_plain == c_expected_plain() and c_rows == C_TABLE, "C: reading the file gives the designed lines and table")
    arts = re.findall(r"^第([一二三四五六七八九十]+)條　", c_raw, re.M)
    cn = "一二三四五六七八九"
    want = [cn[i - 1] if i < 10 else "十" + (cn[i - 11] if i > 10 else "") for i in range(1, len(arts) + 1)]
    check(arts == want and len(arts) == 14, f"C: articles 第一條 … 第十四條 in order ({arts})")
    check(len(re.findall(r"民國115年", c_raw)) >= 2 and re.search(r"中華民國115年2月10日", c_raw) and not re.search(r"20\d\d", c_raw),
          "C: ROC dates, no Western years")
    t_lines = c_table_lines()
    cols = None
    for ln in t_lines:
        check(" " not in ln and "\t" not in ln and ln in c_raw.split("\r\n"), "C: table lines padded with U+3000 only")
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\u3000))[^\u3000]", ln)]
        cols = cols or starts
        check(starts == cols, f"C: columns aligned ({starts} vs {cols})")
        check(all(unicodedata.east_asian_width(ch) in "FW" for ch in ln), "C: table lines all full-width")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    check(not re.search(r"[０-９]", c_prose) and re.search(r"\d", c_prose), "C: half-width digits in the prose, full-width in the table")
    for r in C_TABLE[1:]:
        for c in r[1:]:
            check(num_count(nfkc(c), nfkc(c_prose)) == 0, f"C: table figure {c} also in the prose (NFKC)")
    check(len([ln for ln in c_plain if "統籌" in ln]) == 1, "C: one 統籌 line")

    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

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
                check(any(g in S2T.convert(question) or T2S.convert(g) in question for g in q["gkeys"]),
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
                table = {"A": A_TABLE, "B": B_TABLE, "C": C_TABLE}[d]
                hit = [r for r in table[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of the table")
                if hit:
                    ci = q["col"]
                    check(ans in hit[0][ci], f"{q['id']}: answer must be in the {table[0][ci]} cell")
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
            place = {"A": "將軍澳", "B": "澳門", "C": "嘉義縣"}[d]
            if k not in UNANSWERABLE and k != "typo":
                check(place in S2T.convert(question) or T2S.convert(place) in question, f"{q['id']}: names {place}")
        if k == "traditional":
            so = simplified_only(question)
            check(T2S.convert(question) == question and len(so) >= 3, f"{q['id']}: must be written in Simplified ({sorted(so)})")
            check(not any(ch in ptext[d] for ch in so), f"{q['id']}: a Simplified-only character occurs in the doc")
        if k == "typo":
            w, r = q["wrong"], q["right"]
            check(len(w) == len(r) and sum(x != y for x, y in zip(w, r)) == 1, f"{q['id']}: typo must differ by one char")
            check(w in question and r not in question and T2S.convert(r) not in question, f"{q['id']}: typo form")
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
    check(all(re.fullmatch(r"u48-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    check(any("(" not in o["answer"] and re.search(r"[０-９]", o["answer"]) for o in out), "C: a full-width-digit answer")
    zh_q = [o for o in out if o["kind"] not in ("english", "english_unanswerable", "traditional")]
    n_simp = sum(1 for o in zh_q if simplified_only(o["question"]))
    n_trad = sum(1 for o in zh_q if not simplified_only(o["question"]) and T2S.convert(o["question"]) != o["question"])
    check(n_simp >= 10 and n_trad >= 5, f"other Chinese questions in both scripts ({n_simp} Simplified, {n_trad} Traditional)")

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
    print(f"C: {len(c_bytes)} Big5 bytes, {len(arts)} articles, table columns at {cols}")
    print("kinds:", dict(sorted(kc.items())), "docs:", dc, f"; other Chinese questions: {n_simp} Simplified, {n_trad} Traditional")
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
