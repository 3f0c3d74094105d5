"""Doc A: 桃園市政府經濟發展局《桃園市中小企業產業創新研發補助作業要點》 (Traditional, HTML).

Writes corpus/A_taoyuan_chanyechuangxin_buzhu_yaodian.html and plain/A_taoyuan_chanyechuangxin_buzhu_yaodian.txt.
Fictional content (plausible, not real).
"""
import html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "A_taoyuan_chanyechuangxin_buzhu_yaodian"

TITLE = "桃園市中小企業產業創新研發補助作業要點"
ISSUE = "中華民國115年2月16日桃市經產字第1150012345號函訂定，自115年3月1日生效"

# (level, text): level 0 = numbered point 一、, 1 = (一), 2 = 1.; "TABLE" marks where the table goes
BODY = [
    (0, "一、桃園市政府（以下簡稱本府）為鼓勵本市中小企業投入產品、製程及服務之創新研發，帶動在地產業轉型升級，並提升整體競爭力，特訂定本要點。"),
    (0, "二、本要點之主管機關為本府經濟發展局（以下簡稱經發局）。經發局得委託專業法人或團體擔任計畫辦公室（以下簡稱執行單位），辦理申請受理、審查作業、經費撥付、查核訪視及結案管理等事項。"),
    (0, "三、申請資格：申請者應同時符合下列條件："),
    (1, "（一）依公司法或商業登記法於本市完成登記，且主要營業場所或研發場所設於本市之中小企業。"),
    (1, "（二）符合經濟部所定中小企業認定標準，且最近一年度財務報表之淨值為正值。"),
    (1, "（三）最近三年內未曾因執行政府補助計畫發生重大違約情事，且無欠繳應納稅捐之紀錄。"),
    (1, "（四）聯盟研發計畫應由三家以上企業共同提出，並推派其中一家為主導企業，其餘為參與企業；主導企業應符合前三款規定。"),
    (1, "（五）申請者不得為大陸地區人民、法人、團體或其他機構投資之事業，亦不得為本府所屬機關學校之轉投資事業。"),
    (0, "四、補助類別、計畫期程及補助額度如下表；各類計畫之補助款均不得超過計畫總經費乘以補助比例上限所得之金額，其餘經費由申請者自行籌措："),
    ("TABLE", None),
    (1, "（一）同一申請者於同一年度以申請一案為限；擔任聯盟研發計畫參與企業者，亦同。"),
    (1, "（二）青年創新研發計畫之申請者，其負責人於申請截止日應未滿四十歲，且公司設立未滿五年。"),
    (1, "（三）淨零轉型示範計畫應於計畫書中提出量化之減碳目標，並於結案時檢附溫室氣體盤查或減量成果佐證資料。"),
    (1, "（四）本要點所稱地方特色產業，指本市具在地聚落基礎之產業，包括航空物流、智慧製造、綠能環保、休閒農業及客家文化創意產業。"),
    (0, "五、補助經費之會計科目："),
    (1, "（一）得編列補助款之項目："),
    (2, "1. 人事費：計畫人員之薪資，每人每月補助上限為新臺幣六萬元。"),
    (2, "2. 消耗性器材及原材料費。"),
    (2, "3. 研發設備使用及維護費。"),
    (2, "4. 技術引進及委託研究費：合計不得超過計畫總經費百分之三十。"),
    (2, "5. 專利申請及認證檢測費。"),
    (1, "（二）下列項目不予補助："),
    (2, "1. 土地、廠房及辦公設備之購置或租賃費用。"),
    (2, "2. 一般行政管理費及財務費用。"),
    (2, "3. 非屬計畫研發範圍之行銷推廣費用。"),
    (0, "六、申請期間及應備文件："),
    (1, "（一）本補助每年度受理一次，受理期間由經發局於本府網站公告。115年度受理期間自中華民國115年3月2日起至115年4月30日止，逾期不予受理。"),
    (1, "（二）申請者應至「桃園市產業創新補助線上申請系統」填寫資料，並上傳下列文件："),
    (2, "1. 申請表及計畫書。"),
    (2, "2. 公司登記或商業登記證明文件影本。"),
    (2, "3. 最近一期營業人銷售額與稅額申報書（401表）。"),
    (2, "4. 最近一年度財務報表或營利事業所得稅結算申報書。"),
    (2, "5. 聯盟研發計畫另應檢附合作協議書。"),
    (1, "（三）申請相關問題請洽執行單位計畫辦公室，諮詢專線為(03)425-7788，服務時間為週一至週五上午9時至下午5時。"),
    (0, "七、審查作業："),
    (1, "（一）資格審查：執行單位於受理截止後十五個工作日內完成文件檢核，文件不全者應於通知送達之次日起七日內補正，屆期未補正者不予受理。"),
    (1, "（二）書面審查：由經發局邀集產業、學術及財務專家組成審查會，委員人數為七人至十一人，其中外聘委員不得少於三分之二。"),
    (1, "（三）簡報審查：通過書面審查之計畫，申請者應派計畫主持人列席簡報並答詢，未出席者視為放棄。"),
    (1, "（四）評分項目及權重如下："),
    (2, "1. 技術創新性：百分之三十。"),
    (2, "2. 執行可行性：百分之二十五。"),
    (2, "3. 產業效益與在地關聯性：百分之二十五。"),
    (2, "4. 經費編列合理性：百分之二十。"),
    (1, "（五）審查平均分數達七十分以上者，由經發局依預算額度擇優核定補助，並得視計畫內容刪減經費。"),
    (1, "（六）審查委員與申請者有配偶、三親等內血親或姻親關係，或近二年內曾任職於申請企業者，應自行迴避；審查委員對審查內容負保密義務，不得洩漏申請者之營業秘密。"),
    (0, "八、簽約及撥款："),
    (1, "（一）獲補助者應於核定函送達之次日起三十日內完成簽約，逾期未簽約者視同放棄。"),
    (1, "（二）補助款分三期撥付："),
    (2, "1. 第一期：簽約後撥付核定補助款百分之三十。"),
    (2, "2. 第二期：期中報告審查通過後撥付百分之四十。"),
    (2, "3. 第三期：結案審查通過後撥付其餘百分之三十。"),
    (1, "（三）獲補助者應以計畫名義設立帳冊，並保存原始憑證五年，以備查核。"),
    (1, "（四）獲補助者如未於期限內提出期中報告，經發局得暫停撥付第二期款，至報告審查通過後再行撥付。"),
    (0, "九、計畫變更：計畫執行期間如需變更計畫內容、計畫主持人或辦理經費流用，應事先報經發局同意；計畫期程之展延以一次為限，展延期間最長不得超過三個月。"),
    (0, "十、查核及成果追蹤："),
    (1, "（一）獲補助者應於計畫期程過半時提出期中報告，並於計畫結束之次日起一個月內提出期末報告及經費支出明細。"),
    (1, "（二）經發局得會同執行單位進行實地查訪，獲補助者不得規避、妨礙或拒絕。"),
    (1, "（三）獲補助者應配合經發局辦理成果發表會、產業媒合活動或成果展示，並同意經發局於政策宣導時無償引用計畫成果摘要。"),
    (1, "（四）計畫結案後三年內，獲補助者應於每年六月底前填報成果效益追蹤表，內容包括營業額、新增就業人數及研發投入。"),
    (0, "十一、違規處理：獲補助者有下列情形之一者，經發局得撤銷或廢止補助，並追回已撥付之補助款："),
    (1, "（一）申請文件有虛偽不實或隱匿情事。"),
    (1, "（二）同一計畫重複申請其他政府機關補助。"),
    (1, "（三）無正當理由未依核定計畫執行，經通知限期改善而屆期未改善。"),
    (1, "（四）將補助款移作與計畫無關之用途，或未依規定保存原始憑證。"),
    (0, "受撤銷或廢止處分者，自處分之日起三年內不得再依本要點提出申請。"),
    (0, "十二、本要點所需經費由經發局年度預算支應，並視預算額度辦理；115年度補助經費總額為新臺幣4,800萬元，經發局得視年度預算執行情形，調整各補助類別之核定件數。"),
    (0, "十三、本要點自中華民國115年3月1日生效。"),
]

TABLE_CAPTION = "補助額度表"
TABLE = [
    ["補助類別", "計畫期程", "補助上限（新臺幣）", "補助比例上限"],
    ["先期研究計畫", "6個月以內", "50萬元", "50%"],
    ["個別企業研發計畫", "12個月以內", "120萬元", "50%"],
    ["聯盟研發計畫", "18個月以內", "360萬元", "50%"],
    ["地方特色產業升級計畫", "12個月以內", "80萬元", "50%"],
    ["青年創新研發計畫", "12個月以內", "60萬元", "60%"],
    ["淨零轉型示範計畫", "18個月以內", "200萬元", "40%"],
]

MENU = ["關於本局", "最新消息", "業務專區", "法規公告", "便民服務", "資訊公開", "雙語專區"]
FOOTER_ADDR = "330桃園市桃園區府東路88號8樓"
FOOTER_TEL = "(03)332-6150"


def e(s):
    return html.escape(s, quote=False)


def build():
    out = []
    out.append("<!DOCTYPE html>")
    out.append('<html lang="zh-Hant-TW">')
    out.append("<head>")
    out.append('<meta charset="utf-8">')
    out.append(f"<title>{e(TITLE)} - 桃園市政府經濟發展局</title>")
    out.append("<style>body{font-family:'Microsoft JhengHei',sans-serif;margin:0}"
               ".menu li{display:inline-block;margin:0 10px}.lv1{margin-left:2em}.lv2{margin-left:4em}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>")
    out.append("</head>")
    out.append("<body>")
    out.append('<a href="#main" class="skip">跳到主要內容區塊</a>')
    out.append('<header class="site-header">')
    out.append('<div class="logo"><a href="/">桃園市政府經濟發展局</a></div>')
    out.append('<div class="topbar"><a href="/">回首頁</a> | <a href="/sitemap">網站導覽</a> | '
               '<a href="/en">English</a> | <form class="search"><label>站內搜尋</label>'
               '<input type="text" name="q"><button>搜尋</button></form></div>')
    out.append("</header>")
    out.append('<nav class="menu"><ul>')
    slugs = ["about", "news", "business", "law", "service", "open-data", "bilingual"]
    for m, slug in zip(MENU, slugs):
        out.append(f'<li><a href="/{slug}">{e(m)}</a></li>')
    out.append("</ul></nav>")
    out.append('<div class="breadcrumb">現在位置：<a href="/">首頁</a> &gt; <a href="/law">法規公告</a> &gt; '
               f'<a href="/law/industry">產業發展類</a> &gt; <span>{e(TITLE)}</span></div>')
    out.append('<main id="main">')
    out.append("<article>")
    out.append(f"<h2>{e(TITLE)}</h2>")
    out.append('<div class="meta">發布日期：115-03-01　|　發布單位：產業發展科　|　瀏覽人次：4,127</div>')
    out.append('<div class="tools"><a href="javascript:window.print();">友善列印</a>　'
               '<a href="javascript:history.back();">回上頁</a>　<a href="#share">分享至Facebook</a>　'
               '<a href="#share">分享至LINE</a></div>')
    out.append(f'<p class="issue">{e(ISSUE)}</p>')
    out.append('<div class="content">')
    for lv, text in BODY:
        if lv == "TABLE":
            out.append(f'<table class="subsidy" summary="{TABLE_CAPTION}">')
            out.append(f"<caption>{e(TABLE_CAPTION)}</caption>")
            out.append("<thead><tr>" + "".join(f'<th scope="col">{e(c)}</th>' for c in TABLE[0]) + "</tr></thead>")
            out.append("<tbody>")
            for row in TABLE[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
            continue
        out.append(f'<p class="lv{lv}">{e(text)}</p>')
    out.append("</div>")
    out.append('<div class="attach">相關附件：<a href="/f/yaodian.pdf">作業要點.pdf</a>、'
               '<a href="/f/apply.odt">申請表及計畫書格式.odt</a></div>')
    out.append('<div class="update">最後更新日期：115-03-05</div>')
    out.append('<div class="tools-bottom"><a href="javascript:history.back();">回上頁</a>　'
               '<a href="#top">回頁首</a></div>')
    out.append("</article>")
    out.append("</main>")
    out.append('<footer class="site-footer">')
    out.append("<p>桃園市政府經濟發展局 版權所有 © 2026 Taoyuan City Government</p>")
    out.append(f"<p>地址：{FOOTER_ADDR}　總機電話：{FOOTER_TEL}　傳真：(03)332-6177</p>")
    out.append("<p>服務時間：週一至週五 上午8時至12時、下午1時30分至5時30分</p>")
    out.append("<p>本網站最佳瀏覽解析度為1280×768　|　隱私權保護政策　|　資訊安全政策　|　政府網站開放資料宣告</p>")
    out.append("</footer>")
    out.append("</body></html>")

    (ROOT / "corpus").mkdir(exist_ok=True)
    (ROOT / "plain").mkdir(exist_ok=True)
    (ROOT / "corpus" / f"{NAME}.html").write_text("\n".join(out) + "\n", encoding="utf-8")

    plain = [TITLE, ISSUE]
    for lv, text in BODY:
        if lv == "TABLE":
            plain.append(TABLE_CAPTION)
            plain.extend(" | ".join(r) for r in TABLE)
        else:
            plain.append(text)
    (ROOT / "plain" / f"{NAME}.txt").write_text("\n".join(plain) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    print("A written")
