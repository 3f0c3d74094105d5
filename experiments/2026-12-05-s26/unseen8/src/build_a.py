"""Doc A: 澳門科學技術發展基金《產學研協同創新資助計劃資助規章》 as a web page (.html).

Traditional Chinese, Macau wording.  The fund, scheme, e-mail, phone and
address are fictional.  Writes corpus/A_*.html and plain/A_*.txt.
"""
import html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEM = "A_macau_fdct_chanxueyan_zizhu_guizhang"

TITLE = "產學研協同創新資助計劃資助規章"

# Content blocks: ("h1"|"sub"|"art"|"p"|"table", payload)
BLOCKS = [
    ("h1", TITLE),
    ("sub", "（經科學技術發展基金行政委員會2026年第18次會議通過）"),
    ("art", ("第一條", "目的")),
    ("p", "為推動澳門高等院校、科研機構與企業在科技研發及成果轉化方面的深度合作，促進經濟適度多元發展，科學技術發展基金（以下簡稱「本基金」）設立「產學研協同創新資助計劃」（以下簡稱「本計劃」），並制定本規章。"),
    ("art", ("第二條", "適用範圍")),
    ("p", "本規章適用於本基金透過本計劃批給的財務資助，包括無償資助及有條件償還資助兩種方式。"),
    ("art", ("第三條", "申請實體")),
    ("p", "一、申請實體須符合下列條件之一："),
    ("p", "（一）在澳門特別行政區依法設立，並已於商業及動產登記局登記滿一年的企業；"),
    ("p", "（二）在澳門特別行政區設立的高等院校或其附屬科研單位；"),
    ("p", "（三）經本基金認可的非牟利科研機構。"),
    ("p", "二、以合作形式申請的項目，須由一家企業與至少一家高等院校或科研機構共同提出，並由企業擔任項目牽頭單位。"),
    ("p", "三、申請實體及其負責人不得有拖欠本基金或其他公共部門款項的情況。"),
    ("art", ("第四條", "項目負責人及申請限制")),
    ("p", "一、項目負責人須為申請實體的全職人員，具備與項目相適應的專業能力，且同一時間作為負責人在研的本基金項目不得超過一項。"),
    ("p", "二、同一項目已獲其他公共部門或本基金其他計劃資助的，不得重複申請本計劃資助。"),
    ("p", "三、同一申請實體於同一申請期內以牽頭單位身份遞交的申請不得超過兩項。"),
    ("art", ("第五條", "優先資助領域")),
    ("p", "本計劃優先資助下列領域的研發項目："),
    ("p", "（一）中醫藥及大健康；"),
    ("p", "（二）集成電路與微電子；"),
    ("p", "（三）智慧城市與數據應用；"),
    ("p", "（四）綠色低碳與新能源；"),
    ("p", "（五）海洋科技。"),
    ("art", ("第六條", "項目類別及資助上限")),
    ("p", "一、本計劃的項目類別、資助上限、資助比例上限及最長執行期限載於下表："),
    ("table", [
        ["項目類別", "資助上限（澳門元）", "資助比例上限", "最長執行期限"],
        ["重點產學研項目", "3,000,000", "項目總預算的70%", "36個月"],
        ["企業自主研發項目", "1,500,000", "項目總預算的50%", "24個月"],
        ["技術成果轉化項目", "1,200,000", "項目總預算的60%", "24個月"],
        ["青年科研人才培育項目", "500,000", "項目總預算的100%", "18個月"],
        ["概念驗證項目", "300,000", "項目總預算的80%", "12個月"],
    ]),
    ("p", "二、屬重點產學研項目者，合作高等院校或科研機構所獲分配的資助金額不得少於總資助金額的30%。"),
    ("p", "三、本基金可因應項目的實際情況，酌情調整資助金額及執行期限，但不得超過上表所定的上限。"),
    ("art", ("第七條", "預算編制")),
    ("p", "一、項目預算應按人員費、設備購置費、材料費、測試化驗加工費、差旅及會議費、知識產權事務費及其他直接開支分項編列。"),
    ("p", "二、設備購置費不得超過資助金額的40%；人員費僅限用於實際參與項目的研發人員。"),
    ("p", "三、申請實體須就項目總預算中非由本基金資助的部分提供相應的自籌資金證明。"),
    ("art", ("第八條", "不予資助的開支")),
    ("p", "下列開支不得以本計劃的資助款項支付："),
    ("p", "（一）土地、樓宇的購置或租賃；"),
    ("p", "（二）申請實體員工的年終獎金及分紅；"),
    ("p", "（三）招待、餐飲及與項目無關的差旅開支；"),
    ("p", "（四）償還債務及支付罰款。"),
    ("art", ("第九條", "有條件償還資助")),
    ("p", "一、技術成果轉化項目可申請以有條件償還方式批給的資助。"),
    ("p", "二、受資助實體自項目完結翌年起連續三個財政年度內，項目相關產品或服務的營業額累計超過10,000,000澳門元的，須按該營業額的3%分期償還資助款項，償還總額以已獲發放的資助金額為限。"),
    ("art", ("第十條", "申請期及遞交方式")),
    ("p", "一、本計劃每年設兩個申請期，分別為每年3月1日至3月31日及9月1日至9月30日。"),
    ("p", "二、申請實體須透過本基金網上申請系統遞交申請，並上載申請表、項目計劃書、預算表、合作協議及聲明書。"),
    ("p", "三、逾期遞交或文件不齊備的申請，不予接納。"),
    ("art", ("第十一條", "評審")),
    ("p", "一、本基金收到申請後進行形式審查，形式審查合格的申請交由專家評審委員會評審。"),
    ("p", "二、評審委員會由不少於五名專家組成，其中澳門以外的專家不少於兩名。"),
    ("p", "三、評審準則包括項目的創新性、技術可行性、產業化前景、團隊能力及預算合理性。"),
    ("p", "四、必要時，本基金可邀請申請實體出席答辯，每個項目的答辯時間不超過二十分鐘。"),
    ("p", "五、評審結果分為「建議資助」、「修改後再審」及「不予資助」三類。"),
    ("art", ("第十二條", "迴避及保密")),
    ("p", "一、評審專家與申請實體存在僱傭、合作或親屬關係的，應主動申請迴避。"),
    ("p", "二、本基金工作人員及評審專家對申請資料負有保密義務；所收集的個人資料按第8/2005號法律《個人資料保護法》的規定處理。"),
    ("art", ("第十三條", "批給")),
    ("p", "一、資助由本基金行政委員會根據評審意見議決批給；金額超過2,000,000澳門元的資助，須經信託委員會確認。"),
    ("p", "二、本基金須於申請期結束後一百二十日內，將審批結果以書面通知申請實體。"),
    ("p", "三、獲批資助的申請實體須於接獲通知後三十日內簽署資助協議，逾期未簽署者視為放棄資助。"),
    ("p", "四、資助批給結果將於本基金網站公佈，內容包括受資助實體名稱、項目名稱及資助金額。"),
    ("art", ("第十四條", "撥款方式")),
    ("p", "資助款項分三期發放：簽署資助協議後發放資助總額的40%；中期報告經審核通過後發放資助總額的40%；結題報告經驗收合格後發放餘下的20%。"),
    ("art", ("第十五條", "報告義務")),
    ("p", "一、受資助實體須於項目執行期過半時提交中期報告，並於項目完結後六十日內提交結題報告及經核數師審核的財務報告。"),
    ("p", "二、項目執行期間如需變更項目內容、項目負責人或延長執行期限，須事先以書面向本基金申請；延期累計不得超過十二個月。"),
    ("p", "三、受資助實體須於項目完結後三年內，每年向本基金報送項目成果的應用及產業化情況。"),
    ("art", ("第十六條", "知識產權")),
    ("p", "項目產生的知識產權歸受資助實體所有；以合作形式申請者，由合作各方按合作協議約定。受資助實體應優先在澳門特別行政區實施成果轉化。"),
    ("art", ("第十七條", "監察及處罰")),
    ("p", "一、本基金有權對受資助項目進行實地查核，受資助實體須予配合並提供所需資料。"),
    ("p", "二、受資助實體提供虛假資料或將資助款項挪作他用的，本基金可取消資助，並要求全數退還已發放的款項；該實體於五年內不得再向本基金申請任何資助。"),
    ("art", ("第十八條", "查詢")),
    ("p", "申請實體如有查詢，可於辦公時間致電本基金產學研資助處（電話：(853) 2878 6532），或電郵至 iucp@fdct.gov.mo。本基金地址為澳門南灣湖景大馬路66號科創大廈9樓。"),
    ("art", ("第十九條", "生效")),
    ("p", "本規章自2027年1月1日起生效，並適用於生效後遞交的申請。"),
]


def plain_lines():
    out = []
    for kind, val in BLOCKS:
        if kind == "art":
            out.append(f"{val[0]} {val[1]}")
        elif kind == "table":
            out.extend(" | ".join(r) for r in val)
        else:
            out.append(val)
    return out


CSS = """
body{font-family:"PMingLiU","Microsoft JhengHei",sans-serif;margin:0;color:#222}
.top{background:#0a4f8f;color:#fff;padding:8px 24px}
.top .lang a{color:#fff;margin-left:8px}
nav.menu ul{list-style:none;margin:0;padding:0;background:#e8eef5;display:flex}
nav.menu li{padding:10px 16px}
.crumb{font-size:13px;padding:8px 24px;color:#555}
.tools{float:right;font-size:13px}
main{display:flex;padding:0 24px}
article{flex:3}
aside{flex:1;margin-left:24px;font-size:14px;border-left:1px solid #ccc;padding-left:12px}
table.grant{border-collapse:collapse;margin:12px 0}
table.grant th,table.grant td{border:1px solid #999;padding:6px 10px}
h3.art{font-size:16px;margin:18px 0 6px}
footer{background:#333;color:#ddd;font-size:12px;padding:16px 24px;margin-top:32px}
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    parts = []
    a = parts.append
    a('<!DOCTYPE html>\n<html lang="zh-Hant-MO">\n<head>\n<meta charset="utf-8">')
    a(f"<title>{esc(TITLE)} - 科學技術發展基金</title>")
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"<style>{CSS}</style>\n</head>\n<body>")
    a('<div class="top"><span class="logo">澳門特別行政區政府　科學技術發展基金</span>'
      '<span class="lang"><a href="/zh-hant/">繁體</a><a href="/zh-hans/">简体</a>'
      '<a href="/pt/">Português</a><a href="/en/">English</a></span>'
      '<form class="search" action="/search"><input type="text" name="q" placeholder="站內搜尋"><button>搜尋</button></form></div>')
    a('<nav class="menu"><ul><li><a href="/">首頁</a></li><li><a href="/about">關於本基金</a></li>'
      '<li><a href="/funding">資助計劃</a></li><li><a href="/guide">申請指南</a></li>'
      '<li><a href="/news">最新消息</a></li><li><a href="/download">下載區</a></li>'
      '<li><a href="/contact">聯絡我們</a></li></ul></nav>')
    a('<div class="crumb">您的位置：<a href="/">首頁</a> &gt; <a href="/funding">資助計劃</a> &gt; '
      '<a href="/funding/iucp">產學研協同創新資助計劃</a> &gt; 資助規章'
      '<span class="tools"><a href="javascript:window.print()">列印</a> | '
      '<a href="#" class="fs">字體 A- A A+</a> | <a href="#share">分享</a></span></div>')
    a("<main>\n<article>")
    for kind, val in BLOCKS:
        if kind == "h1":
            a(f"<h1>{esc(val)}</h1>")
        elif kind == "sub":
            a(f'<p class="sub">{esc(val)}</p>')
        elif kind == "art":
            a(f'<h3 class="art"><span class="no">{esc(val[0])}</span> <span class="ttl">{esc(val[1])}</span></h3>')
        elif kind == "p":
            a(f"<p>{esc(val)}</p>")
        elif kind == "table":
            a('<table class="grant">')
            a("<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in val[0]) + "</tr></thead>\n<tbody>")
            for r in val[1:]:
                a("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            a("</tbody></table>")
    a('<p class="upd">最後更新日期：2026年11月18日</p>')
    a("</article>")
    a('<aside><h4>相關下載</h4><ul><li><a href="/dl/iucp_form.pdf">申請表（PDF，320KB）</a></li>'
      '<li><a href="/dl/iucp_budget.xlsx">預算表範本（XLSX，45KB）</a></li>'
      '<li><a href="/dl/iucp_faq.pdf">常見問題（PDF，210KB）</a></li></ul>'
      '<h4>相關連結</h4><ul><li><a href="/funding">其他資助計劃</a></li><li><a href="/login">網上申請系統登入</a></li></ul></aside>')
    a("</main>")
    a('<footer><p><a href="/privacy">私隱政策</a> | <a href="/sitemap">網站地圖</a> | '
      '<a href="/accessibility">無障礙瀏覽</a> | 最佳瀏覽解像度1280×800</p>'
      '<p>版權所有 © 2026 科學技術發展基金　瀏覽人次：128,305</p></footer>')
    a("</body>\n</html>\n")
    return "\n".join(parts)


def main():
    (ROOT / "corpus").mkdir(exist_ok=True)
    (ROOT / "plain").mkdir(exist_ok=True)
    (ROOT / "corpus" / f"{STEM}.html").write_text(build_html(), encoding="utf-8")
    (ROOT / "plain" / f"{STEM}.txt").write_text("\n".join(plain_lines()) + "\n", encoding="utf-8")
    print("A written:", STEM)


if __name__ == "__main__":
    main()
