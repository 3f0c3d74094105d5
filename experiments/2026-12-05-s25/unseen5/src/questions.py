# -*- coding: utf-8 -*-
"""Write questions.jsonl (gold answers + evidence taken from plain/) and run checks."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402

ROOT = build.ROOT

# (kind, doc, question, answer, evidence-key)
# evidence-key: a substring that locates the sentence / table row that answers it;
#   "LINE:" prefix = whole line (sentence plus its 牵头单位 note); tuple = several rows/lines
Q = [
    # ---------------- paraphrase (12)
    ("paraphrase", "B", "无锡市今年推动集成电路产业发展这项任务，是哪个部门牵头负责的？",
     "市发展改革委", "LINE:（二）集成电路创新高地。"),
    ("paraphrase", "B", "无锡打算在2026年底前把科技型企业的贷款余额做到多大规模？",
     "2200亿元", "全年科技型企业贷款余额达到2200亿元"),
    ("paraphrase", "B", "无锡市2026年引进顶尖人才团队的工作，牵头单位是谁？",
     "市委人才办", "LINE:太湖人才计划"),
    ("paraphrase", "B", "按照无锡的科技创新工作要点，到2030年全社会研发投入强度要提高到多少？",
     "4%", "全社会研发投入强度达到4%"),
    ("paraphrase", "B", "无锡的企业第一次被认定为高新技术企业，市里会给多少奖励？",
     "30万元", "对首次认定的高新技术企业给予30万元奖励"),
    ("paraphrase", "A", "國科會淨零科技產學合作研究計畫，一百十五年度最晚要在哪一天前提出申請？",
     "三月三十一日", "一百十五年度計畫受理期間"),
    ("paraphrase", "A", "國科會淨零產學合作計畫的複審會議中，產業界委員最少要占多少？",
     "三分之一", "其中產業界委員不得少於三分之一"),
    ("paraphrase", "A", "國科會淨零科技產學計畫結束後，合作企業對研發成果技轉的優先議約可以維持多久？",
     "結案後六個月", "優先議約期間為結案後六個月"),
    ("paraphrase", "C", "江西省2025年度认定的省级新型研发机构，资格到哪一天失效？",
     "2028年12月31日", "资格有效期为三年"),
    ("paraphrase", "C", "江西省科技厅给2025年度新认定的省级新型研发机构一次性补助多少钱？",
     "50万元", "给予一次性50万元后补助"),
    ("paraphrase", "C", "江西省级新型研发机构在绩效评价中被评为优秀，最多能拿到多少奖励？",
     "最高100万元", "给予最高100万元奖励"),
    ("paraphrase", "C", "江西的省级新型研发机构如果换了依托单位，要在多长时间内报省科技厅备案？",
     "30个工作日内", "应于事项发生之日起30个工作日内"),
    # ---------------- table (8)
    ("table", "A", "國科會淨零科技產學合作研究計畫中，場域驗證型計畫每年最多補助多少錢？",
     "每年新臺幣一千五百萬元", "場域驗證型計畫\t每年新臺幣一千五百萬元"),
    ("table", "A", "國科會淨零產學合作計畫的先導型計畫，補助比例上限是多少？",
     "計畫總經費百分之八十以內", "先導型計畫\t每年新臺幣三百萬元"),
    ("table", "B", "无锡2026年重大创新平台建设清单里，无锡生物医药中试转化平台依托哪家单位建设？",
     "惠康生物医药产业园发展有限公司", "无锡生物医药中试转化平台"),
    ("table", "B", "无锡2026年重大创新平台清单中，哪些平台位于新吴区？",
     "无锡物联网感知技术创新中心、无锡绿色氢能技术研究院",
     ("无锡物联网感知技术创新中心", "无锡绿色氢能技术研究院")),
    ("table", "B", "无锡市太湖湾集成电路先进封装研究院的建设期限是哪几年？",
     "2026—2029年", "太湖湾集成电路先进封装研究院"),
    ("table", "C", "江西省2025年度新型研发机构名单中，依托景德镇陶瓷大学的是哪家机构？",
     "景德镇先进陶瓷材料研究院", "景德镇先进陶瓷材料研究院\t"),
    ("table", "C", "江西省2025年度省级新型研发机构名单里，所在市是鹰潭市的机构有哪些？",
     "鹰潭铜基新材料研究院、江西有色金属冶炼技术研究院、鹰潭物联网产业技术研究院",
     ("鹰潭铜基新材料研究院", "江西有色金属冶炼技术研究院", "鹰潭物联网产业技术研究院")),
    ("table", "C", "江西2025年度新型研发机构名单中，南昌VR产业创新研究院属于哪一类别？",
     "社会服务机构类", "南昌VR产业创新研究院"),
    # ---------------- list (4)
    ("list", "B", "无锡市2026年要打造的三大创新高地分别是什么？",
     "物联网创新高地、集成电路创新高地、生物医药创新高地",
     ("一、打造三大创新高地", "（一）物联网创新高地", "（二）集成电路创新高地", "（三）生物医药创新高地")),
    ("list", "B", "无锡2026年科技创新工作要点中的四项行动是哪四项？",
     "企业创新主体培育行动、关键核心技术攻关行动、科技成果转化提速行动、科技金融赋能行动",
     ("二、实施四项行动", "（一）企业创新主体培育行动", "（二）关键核心技术攻关行动",
      "（三）科技成果转化提速行动", "（四）科技金融赋能行动")),
    ("list", "A", "國科會淨零科技產學合作研究計畫的審查項目有哪幾項？",
     "技術創新性、減碳效益、產業化可行性、團隊執行能力", "審查項目及配分如下"),
    ("list", "C", "江西省2025年度省级新型研发机构的认定经过了哪些程序？",
     "单位自愿申报、设区市科技局推荐、专家评审、实地核查、网上公示", "经单位自愿申报"),
    # ---------------- notice (3)
    ("notice", "C", "江西省科技厅公布2025年度省级新型研发机构名单的那份通知，文号是多少？",
     "赣科发成字〔2025〕137号", "赣科发成字〔2025〕137号"),
    ("notice", "C", "江西省2025年度新型研发机构名单的通知，落款日期是哪一天？",
     "2025年12月18日", "2025年12月18日"),
    ("notice", "C", "公布2025年度江西省新型研发机构名单的通知是哪个机关发的？",
     "江西省科学技术厅", "江西省科学技术厅文件"),
    # ---------------- simplified_about_traditional (5)
    ("simplified_about_traditional", "A", "台湾国科会的净零科技产学合作研究计划里，开发型计划每年补助上限是多少？",
     "每年新臺幣八百萬元", "開發型計畫\t每年新臺幣八百萬元"),
    ("simplified_about_traditional", "A", "国科会净零科技产学合作计划的管理费最高可以占补助直接费用的多少？",
     "百分之十五", "管理費以本會補助直接費用之百分之十五為上限"),
    ("simplified_about_traditional", "A", "台湾国科会净零产学计划核定后，合作企业要在多长时间内把现金配合款汇入计划专户？",
     "二個月內", "現金配合款應於計畫核定通知送達後二個月內"),
    ("simplified_about_traditional", "A", "国科会净零产学合作计划中，场域验证型计划结案时验证场域的年减碳量要达到多少？",
     "一千公噸二氧化碳當量以上", "驗證場域之年減碳量"),
    ("simplified_about_traditional", "A", "台湾国科会净零科技产学合作计划一百十五年度编列了多少预算？",
     "新臺幣五億元", "一百十五年度編列新臺幣五億元"),
    # ---------------- traditional (3)
    ("traditional", "B", "無錫市2026年技術合同成交額的目標是多少？",
     "650亿元", "技术合同成交额达到650亿元"),
    ("traditional", "C", "江西省2025年度新型研發機構名單中，依託南昌大學的是哪一家機構？",
     "南昌人工智能计算研究院", "南昌人工智能计算研究院"),
    ("traditional", "B", "無錫市2026年的科學普及工作由哪個單位牽頭？",
     "市科协", "LINE:加强科学普及"),
    # ---------------- english (5)
    ("english", "B", "Which Wuxi municipal department takes the lead on setting up the 5-billion-yuan angel investment fund of funds in 2026?",
     "市财政局", "LINE:设立规模50亿元的天使投资母基金"),
    ("english", "B", "What is Wuxi's target for the total number of high-tech enterprises by the end of 2026?",
     "8800家", "高新技术企业总数突破8800家"),
    ("english", "C", "In Jiangxi's 2025 list of provincial new-type R&D institutions, which city is the Jiangxi Rare Earth Functional Materials Innovation Institute located in?",
     "赣州市", "江西省稀土功能材料创新研究院"),
    ("english", "A", "Under Taiwan's NSTC net-zero industry-academia collaboration programme, by what date each year does the PI have to hand in the annual progress report?",
     "每年十二月十五日前", "提交年度進度報告"),
    ("english", "C", "By when each year do Jiangxi's provincial new R&D institutions have to file their annual development report for the previous year?",
     "每年3月31日前", "提交上一年度发展报告"),
    # ---------------- typo (4)
    ("typo", "B", "吴锡市2026年物联网产业规模要达到多少？",
     "4800亿元", "物联网产业规模达到4800亿元"),
    ("typo", "C", "江西省2025年度新型研发机构名单里，依托井岗山大学的是哪家研究院？",
     "吉安井冈山红色文化数字研究院", "吉安井冈山红色文化数字研究院"),
    ("typo", "A", "國科會淨零科技產學合作計畫中，開發型計畫的企業配和款不得低於計畫總經費多少？",
     "百分之三十", "開發型計畫不得低於百分之三十"),
    ("typo", "B", "无锡2026年“揭榜挂率”重大科技项目单个最高支持多少钱？",
     "1000万元", "单个项目最高支持1000万元"),
    # ---------------- unanswerable (6)
    ("unanswerable", "B", "无锡市2025年全社会研发投入占地区生产总值的比重实际是多少？", "", None),
    ("unanswerable", "B", "无锡50亿元天使投资母基金交由哪家基金管理公司运营？", "", None),
    ("unanswerable", "C", "江西省2024年度共认定了多少家省级新型研发机构？", "", None),
    ("unanswerable", "A", "國科會淨零科技產學合作研究計畫中，博士後研究人員每月薪資上限是多少？", "", None),
    ("unanswerable", "C", "江西省新型研发机构名单中，赣州钨业深加工技术研究院的负责人是谁？", "", None),
    ("unanswerable", "B", "无锡梁溪数字文旅重点实验室的计划总投资是多少？", "", None),
]

EXPECTED = {"paraphrase": 12, "table": 8, "list": 4, "notice": 3,
            "simplified_about_traditional": 5, "traditional": 3, "english": 5,
            "typo": 4, "unanswerable": 6}


def nows(s):
    return re.sub(r"\s+", "", s)


def load_plain():
    out = {}
    for d in "ABC":
        with open(build.plain_path(d), encoding="utf-8") as f:
            out[d] = f.read()
    return out


def find_evidence(text, key):
    whole = key.startswith("LINE:")
    key = key[5:] if whole else key
    hits = [ln for ln in text.split("\n") if key in ln]
    assert len(hits) == 1, (key, len(hits))
    ln = hits[0]
    if whole:  # whole item incl. its （牵头单位：…；责任单位：…） note
        return ln.strip()
    if "\t" in ln:
        return " | ".join(ln.split("\t"))
    if re.search(r"\S {2,}\S.* {2,}\S", ln):  # space-aligned table row (Doc B)
        return " | ".join(re.split(r" {2,}", ln.strip()))
    # sentence containing key
    sents = re.findall(r"[^。]*。|[^。]+$", ln)
    pos = ln.index(key)
    acc = 0
    for s in sents:
        if acc <= pos < acc + len(s):
            # a key spanning two sentences: take from this one on
            end = pos + len(key)
            out = s
            while acc + len(out) < end:
                out = ln[acc:end]
            return out.strip()
        acc += len(s)
    return ln.strip()


def main():
    plain = load_plain()
    rows = []
    for i, (kind, doc, q, a, key) in enumerate(Q, 1):
        if key is None:
            ev = ""
        elif isinstance(key, tuple):
            ev = "\n".join(find_evidence(plain[doc], k) for k in key)
        else:
            ev = find_evidence(plain[doc], key)
        rows.append({"id": "n%02d" % i, "doc": doc, "kind": kind, "question": q,
                     "answer": a, "evidence": ev})
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    check(rows, plain)


def check(rows, plain):
    from docx import Document
    errors = []
    # counts
    cnt = collections.Counter(r["kind"] for r in rows)
    if dict(cnt) != EXPECTED or len(rows) != 50:
        errors.append("kind counts %s" % dict(cnt))
    # re-open docx, compare with plain
    d = Document(build.corpus_path("A"))
    dtext = "\n".join(p.text for p in d.paragraphs)
    dtext += "\n" + "\n".join("\t".join(c.text for c in row.cells)
                              for t in d.tables for row in t.rows)
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert len(d.tables) == 1 and len(d.tables[0].rows) == 5, "docx table"
    assert len(headings) >= 6, headings
    # decode GBK txt
    raw = open(build.corpus_path("B"), "rb").read()
    btext = raw.decode("gbk")
    assert "\r\n" in btext and "\n" not in btext.replace("\r\n", ""), "CRLF"
    try:
        raw.decode("utf-8")
        errors.append("Doc B unexpectedly valid UTF-8")
    except UnicodeDecodeError:
        pass
    # pdf text layer
    from pypdf import PdfReader
    pr = PdfReader(build.corpus_path("C"))
    ptext = "\n".join(p.extract_text() for p in pr.pages)
    table_pages = [i for i, p in enumerate(pr.pages) if "机构名称" in p.extract_text()]
    assert len(table_pages) >= 2, "table must span 2 pages with repeated header"
    opened = {"A": dtext, "B": btext, "C": ptext}
    for doc in "ABC":
        n = len(nows(plain[doc]))
        if not 2000 <= n <= 4000:
            errors.append("doc %s length %d" % (doc, n))
        # every plain char sequence is in the opened corpus file (modulo whitespace)
        if doc in "AB" and nows(opened[doc]) != nows(plain[doc]) and \
                sorted(nows(opened[doc])) != sorted(nows(plain[doc])):
            errors.append("doc %s: corpus text != plain" % doc)
    for r in rows:
        doc, a, ev = r["doc"], r["answer"], r["evidence"]
        P = nows(plain[doc])
        O = nows(opened[doc])
        if r["kind"] == "unanswerable":
            if a or ev:
                errors.append(r["id"] + " unanswerable has answer")
            continue
        items = [a] if nows(a) in P else a.split("、")
        for it in items:
            if nows(it) not in P:
                errors.append("%s answer item %r not in plain %s" % (r["id"], it, doc))
            if nows(it) not in O:
                errors.append("%s answer item %r not in opened corpus %s" % (r["id"], it, doc))
        for part in ev.split("\n"):
            if nows(part).replace("|", "") not in P:
                errors.append("%s evidence not in plain: %s" % (r["id"], part))
        if nows(a) not in nows(ev).replace("|", "") and not all(nows(x) in nows(ev) for x in a.split("、")):
            # list answers from several table rows: evidence is a key row only
            if r["kind"] != "table":
                errors.append("%s answer not inside evidence" % r["id"])
    for e in errors:
        print("ERROR", e)
    print("rows=%d kinds=%s docs=%s errors=%d" % (
        len(rows), dict(cnt), dict(collections.Counter(r["doc"] for r in rows)), len(errors)))
    return not errors


if __name__ == "__main__":
    main()
