# -*- coding: utf-8 -*-
"""Doc B: 香港創新科技署「創科產業升級配對資助計劃」申請指引 (gov.hk-style HTML, Traditional Chinese)."""
import os, html

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "B_hk_itc_chuangke_shengji_zizhu_zhiyin"
SCHEME = "創科產業升級配對資助計劃"
TITLE = f"「{SCHEME}」申請指引"

# Each section: (number, heading, [(para_no, text) | ("TABLE", caption, head, rows)])
TABLE_HEAD = ["項目類別", "政府資助上限（每個項目）", "最長項目期", "政府與申請者出資比例"]
TABLE_ROWS = [
    ["智能生產線建設", "港幣1,500萬元", "24個月", "1:2"],
    ["數碼化升級", "港幣300萬元", "18個月", "1:1"],
    ["研發設施購置", "港幣800萬元", "24個月", "1:1"],
    ["可行性研究", "港幣50萬元", "6個月", "1:1"],
]
TABLE_CAPTION = "表一：各類項目的資助上限及配對比例"
DATES_CAPTION = "表二：2026年主要日期"
DATES_HEAD = ["事項", "日期"]
DATES_ROWS = [
    ["開始接受申請", "2026年1月15日"],
    ["申請簡介會", "2026年2月10日"],
    ["第一輪申請截止", "2026年3月31日"],
    ["第一輪評審結果通知（預計）", "2026年6月下旬"],
    ["第二輪申請截止", "2026年9月30日"],
]
TABLES = {"TABLE": (TABLE_CAPTION, TABLE_HEAD, TABLE_ROWS), "TABLE2": (DATES_CAPTION, DATES_HEAD, DATES_ROWS)}

SECTIONS = [
 ("1", "引言", [
  ("1.1", f"「{SCHEME}」（「本計劃」）由創新科技署（「創科署」）負責管理，旨在以配對形式資助本地企業引入智能生產技術及進行數碼化升級，推動香港「新型工業化」發展。"),
  ("1.2", "政府已為本計劃預留港幣20億元撥款。本計劃於2026年1月15日起接受申請。"),
  ("1.3", "本指引列明本計劃的申請資格、資助範圍、申請程序及撥款安排。申請者在遞交申請前，應細閱本指引全文；如本指引的中文版與英文版有任何歧異，概以英文版為準。"),
  ("1.4", "本計劃的目標包括：協助本地製造業企業提升生產力及產品質量、減少對人手的依賴、促進本地研發成果產業化，以及培育具備先進製造技術的人才。"),
 ]),
 ("2", "申請資格", [
  ("2.1", "申請者必須為根據《商業登記條例》（第310章）在香港登記的非上市企業，並已在香港經營實質業務不少於一年。"),
  ("2.2", "上市公司、政府資助機構、法定組織及其附屬公司均不符合申請資格。"),
  ("2.3", "每名申請者同一時間最多只可有兩個進行中的獲資助項目，而每名申請者在本計劃下可獲的累計資助總額上限為港幣3,000萬元。"),
  ("2.4", "項目必須在香港進行，獲資助購置的設備須在香港安裝及使用，並須於項目完成後保留最少兩年。"),
  ("2.5", "申請者在遞交申請時須在香港聘用不少於5名全職僱員，並須提供強制性公積金供款紀錄作為證明。"),
  ("2.6", "申請者可與本地大學或由創新科技署資助成立的研發中心合作進行項目，但合作機構本身不得作為申請者。"),
 ]),
 ("3", "資助範圍及上限", [
  ("3.1", "本計劃以配對形式提供資助，申請者須以現金承擔項目核准開支的其餘部分。各類項目的政府資助上限、最長項目期及出資比例載於下表："),
  ("TABLE",),
  ("3.2", "可資助開支包括：(a) 購置、安裝及測試設備和系統的費用；(b) 項目所需的額外人手開支，上限為項目核准開支總額的30%；(c) 顧問及技術服務費用；(d) 項目審計費用，上限為港幣3萬元。"),
  ("3.3", "以下開支不獲資助：土地及物業的購置或租金、一般行政費用、已在其他政府資助計劃下獲資助的開支，以及在提交申請前已產生的開支。"),
  ("3.4", "舉例說明：一個核准開支總額為港幣900萬元的智能生產線建設項目，政府資助額為港幣300萬元，申請者須承擔其餘的港幣600萬元。"),
  ("3.5", "項目所產生的知識產權歸申請者所有。申請者須在項目相關的宣傳資料中鳴謝本計劃的資助，並不得使用政府標誌作商業推廣用途。"),
 ]),
 ("4", "申請程序及評審", [
  ("4.1", "申請者須透過「創科署資助計劃網上平台」遞交申請，並上載商業登記證、最近兩個財政年度的經審計帳目及項目計劃書。本計劃不接受以郵寄、傳真或電郵方式遞交的申請。"),
  ("4.2", "本計劃分輪次接受申請。2026年第一輪申請的截止日期為2026年3月31日下午5時正；第二輪申請的截止日期為2026年9月30日下午5時正。逾期遞交的申請將撥入下一輪處理。"),
  ("4.3", "創科署會就申請進行初步審查，並將符合資格的申請提交「創科產業升級評審委員會」評審。評審委員會由業界、學術界及專業界別人士組成。"),
  ("4.4", "評審準則包括：項目的技術水平（佔30%）、對提升生產力的效益（佔30%）、申請者的執行能力（佔20%）及項目預算的合理性（佔20%）。"),
  ("4.5", "創科署一般會在每輪截止日期後60個工作天內以書面通知申請者評審結果。"),
  ("4.6", "創科署將於2026年2月10日下午3時在香港科學園舉行網上及實體申請簡介會，有意申請者可於2026年2月6日或之前透過網上平台報名。"),
 ]),
 ("5", "撥款安排", [
  ("5.1", "獲批項目的申請者須與政府簽訂資助協議。政府資助分三期發放：首期款項為核准資助額的30%，於簽訂資助協議後發放；第二期款項為核准資助額的40%，於中期進度報告獲接納後發放；餘款於項目完成並獲接納最終報告及經審計帳目後發放。"),
  ("5.2", "申請者須於項目完成後3個月內提交最終報告及經審計帳目。"),
  ("5.3", "如申請者未能履行資助協議的條款，創科署有權終止資助並追討已發放的款項。"),
  ("5.4", "申請者須於項目開始後第12個月內提交中期進度報告。創科署人員可於項目期內及項目完成後兩年內進行實地視察，以核實獲資助設備的安裝及使用情況。"),
  ("5.5", "如項目實際開支低於核准開支，政府資助額將按原定出資比例相應調減；如項目需要延長項目期或更改預算，申請者須事先以書面向創科署申請，而每個項目最多只可延期一次，延期不得超過6個月。"),
 ]),
 ("6", "重要日期一覽", [
  ("TABLE2",),
 ]),
 ("7", "其他事項", [
  ("7.1", "申請者須確保所提供的資料真確無誤。任何人士如提供虛假或具誤導性的資料，可被取消申請資格，並可能觸犯刑事罪行。申請者及其僱員在處理本計劃事宜時，須遵守《防止賄賂條例》（第201章）的規定。"),
  ("7.2", "申請者所提供的個人資料，只會用於與本計劃有關的用途，並會按《個人資料（私隱）條例》（第486章）處理。"),
 ]),
 ("8", "查詢", [
  ("8.1", "如有查詢，請致電本計劃秘書處熱線3655 4818，或電郵至upgrade-scheme@itc.gov.hk。秘書處辦公時間為星期一至星期五上午9時至下午6時（公眾假期除外）。"),
 ]),
]
REVISED = "最後修訂日期：2026年1月15日"
BREADCRUMB = ["主頁", "資助計劃", SCHEME, "申請指引"]


def plain_text():
    L = [TITLE, ""]
    for no, head, items in SECTIONS:
        L.append(f"{no}. {head}")
        for it in items:
            if it[0] in TABLES:
                cap, hd, rows = TABLES[it[0]]
                L.append(cap)
                L.append(" | ".join(hd))
                L += [" | ".join(r) for r in rows]
            else:
                L.append(f"{it[0]} {it[1]}")
        L.append("")
    L.append(REVISED)
    return "\n".join(L) + "\n"


def html_page():
    e = html.escape
    art = [f'<h1 class="page-title">{e(TITLE)}</h1>']
    for no, head, items in SECTIONS:
        art.append(f'<h2 id="sec{no}">{no}. {e(head)}</h2>')
        for it in items:
            if it[0] in TABLES:
                cap, hd, rows = TABLES[it[0]]
                art.append('<div class="table-wrap"><table class="data-table">')
                art.append(f"<caption>{e(cap)}</caption>")
                art.append("<thead><tr>" + "".join(f'<th scope="col">{e(h)}</th>' for h in hd) + "</tr></thead><tbody>")
                for r in rows:
                    art.append("<tr>" + f'<th scope="row">{e(r[0])}</th>' + "".join(f"<td>{e(x)}</td>" for x in r[1:]) + "</tr>")
                art.append("</tbody></table></div>")
            else:
                art.append(f'<p class="para"><span class="pno">{it[0]}</span>{e(it[1])}</p>')
    art.append(f'<p class="lastrev">{e(REVISED)}</p>')
    crumbs = " &gt; ".join(f'<a href="#">{e(c)}</a>' if i < len(BREADCRUMB) - 1 else f"<span>{e(c)}</span>"
                           for i, c in enumerate(BREADCRUMB))
    return f"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(TITLE)} - 創新科技署</title>
<meta name="description" content="{e(SCHEME)}申請指引">
<style>
body{{font-family:"Microsoft JhengHei","PingFang HK",sans-serif;margin:0;color:#222;background:#f4f4f4}}
#topbar{{background:#fff;border-bottom:4px solid #00558a;padding:8px 24px;display:flex;justify-content:space-between}}
#topbar .tools a{{margin-left:12px;font-size:13px;color:#00558a}}
nav#mainmenu ul{{list-style:none;margin:0;padding:0 24px;background:#00558a;display:flex}}
nav#mainmenu li a{{display:block;color:#fff;padding:10px 16px;text-decoration:none}}
.breadcrumb{{padding:10px 24px;font-size:13px}}
#wrapper{{display:flex;max-width:1180px;margin:0 auto}}
aside#sidenav{{width:240px;background:#fff;margin:0 16px 16px 0;padding:12px}}
main#content{{flex:1;background:#fff;padding:16px 32px 32px}}
.para .pno{{display:inline-block;width:3em;font-weight:bold}}
table.data-table{{border-collapse:collapse;width:100%;margin:12px 0}}
table.data-table th,table.data-table td{{border:1px solid #999;padding:6px 10px}}
footer{{background:#333;color:#ddd;padding:16px 24px;font-size:13px;margin-top:24px}}
footer a{{color:#ddd}}
@media print{{#topbar,nav,aside,footer,.print-btn{{display:none}}}}
</style>
</head>
<body>
<a class="skip" href="#content">跳至主要內容</a>
<header id="topbar">
  <div class="logo"><a href="#"><img src="/images/itc_logo_tc.png" alt="香港特別行政區政府 創新科技署"></a></div>
  <div class="tools"><a href="#">English</a><a href="#">繁體</a><a href="#">简体</a><a href="#">文字大小</a><a href="#">網站地圖</a><a href="#">聯絡我們</a>
  <form class="search" action="#"><input type="text" name="q" placeholder="搜尋" aria-label="搜尋"></form></div>
</header>
<nav id="mainmenu" aria-label="主選單"><ul>
<li><a href="#">主頁</a></li><li><a href="#">關於我們</a></li><li><a href="#">資助計劃</a></li>
<li><a href="#">創科基建</a></li><li><a href="#">人才培育</a></li><li><a href="#">新聞公布</a></li><li><a href="#">刊物</a></li></ul></nav>
<div class="breadcrumb">{crumbs}</div>
<div id="wrapper">
<aside id="sidenav" aria-label="相關連結"><h3>{e(SCHEME)}</h3><ul>
<li><a href="#">計劃簡介</a></li><li><a href="#" class="active">申請指引</a></li><li><a href="#">申請表格</a></li>
<li><a href="#">常見問題</a></li><li><a href="#">獲資助項目</a></li></ul></aside>
<main id="content">
<div class="print-btn"><a href="javascript:window.print()">列印</a> | <a href="#">分享</a></div>
<article>
{chr(10).join(art)}
</article>
<p><a href="#">返回頁首</a></p>
</main>
</div>
<footer>
<div><a href="#">重要告示</a> | <a href="#">私隱政策</a> | <a href="#">無障礙網頁</a> | 2026&copy;</div>
<div>香港特別行政區政府 創新科技署</div>
</footer>
</body>
</html>
"""


def main():
    os.makedirs(os.path.join(OUT, "corpus"), exist_ok=True); os.makedirs(os.path.join(OUT, "plain"), exist_ok=True)
    with open(os.path.join(OUT, "corpus", BASE + ".html"), "w", encoding="utf-8") as f:
        f.write(html_page())
    with open(os.path.join(OUT, "plain", BASE + ".txt"), "w", encoding="utf-8") as f:
        f.write(plain_text())


if __name__ == "__main__":
    main()
