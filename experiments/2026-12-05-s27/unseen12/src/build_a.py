"""Doc A: 海口市 政策问答 page (HTML, <dl>/<dt>/<dd> FAQ + one table + gov-site furniture).

Writes corpus/A_haikou_fuhuazaiti_zhengcewenda.html and its plain text.
Everything (agency address, people, phone numbers, figures) is fictional.
"""
import html

from common import A_FILE, A_PLAIN, write_plain

TITLE = "《海口市支持科技企业孵化载体高质量发展若干措施》政策问答"

INTRO = (
    "为帮助孵化载体运营机构和在孵企业准确理解、用足用好政策，海口市科学技术工业信息化局围绕"
    "《海口市支持科技企业孵化载体高质量发展若干措施》（海科工信规〔2026〕3号，以下简称《若干措施》）"
    "中社会关注度较高的问题，整理形成以下问答，供参考。"
)

TABLE_CAPTION = "表　《若干措施》主要支持事项及标准"
TABLE_HEAD = ["支持事项", "支持条件", "支持标准", "年度上限"]
TABLE_ROWS = [
    ["国家级科技企业孵化器认定", "首次获科技部认定", "一次性奖励150万元", "—"],
    ["省级科技企业孵化器认定", "首次获省科技厅认定", "一次性奖励50万元", "—"],
    ["国家级众创空间备案", "首次获科技部备案", "一次性奖励30万元", "—"],
    ["年度运营评价优秀", "市级评价结果为A档", "奖励40万元", "40万元"],
    ["专业孵化器设备购置", "聚焦本市重点产业领域", "按设备实际投入的30%补助", "每个载体300万元"],
    ["在孵企业房租补贴", "入驻载体且符合在孵条件", "按实际租金的50%补贴", "每家企业20万元"],
    ["孵化服务人员培训", "取得创业导师或技术经理人证书", "每人奖励5000元", "每个载体10万元"],
    ["离岸孵化基地", "在岛外设立并引导孵化项目落地海口", "每落地1家企业奖励10万元", "每个载体100万元"],
]

# (question, answer paragraphs); the table follows the answer of item 3.
FAQ = [
    ("问：《若干措施》是在什么背景下出台的？",
     ["答：截至2025年底，全市共有科技企业孵化器37家、众创空间52家，在孵企业1940家，"
      "其中国家级孵化器6家、国家级众创空间11家。但孵化载体总体上仍存在专业化服务能力偏弱、"
      "投融资服务不足、毕业企业外流等问题。为推动孵化载体从“提供场地”向“提供能力”转变，"
      "市政府于2026年3月18日印发《若干措施》，自2026年4月1日起施行，有效期3年。",
      "《若干措施》共五个部分十八条，涵盖载体培育、专业化建设、在孵企业支持、投融资服务、队伍建设和组织保障，"
      "与原有孵化载体扶持办法相比，更加注重按服务成效给予支持。"]),
    ("问：哪些主体可以申请《若干措施》的支持？",
     ["答：支持对象分为两类：一是在本市注册、具有独立法人资格的科技企业孵化器、众创空间、"
      "加速器和大学科技园的运营机构；二是入驻上述载体、符合在孵条件的科技型企业。",
      "运营机构近三年内不得有严重失信记录，孵化场地面积原则上不少于2000平方米，"
      "其中众创空间不少于500平方米。",
      "在孵企业须为成立时间不超过5年、主营业务属于高新技术领域的企业，入驻时注册地须在海口市。"]),
    ("问：孵化载体获得国家级或省级资质后能拿到多少奖励？",
     ["答：首次被认定为国家级科技企业孵化器的，一次性奖励150万元；首次被认定为省级科技企业孵化器的，"
      "一次性奖励50万元；首次备案为国家级众创空间的，一次性奖励30万元。由省级晋升为国家级的，按差额补足。"
      "各类支持事项的具体条件和标准详见下表。"]),
    ("问：建设专业孵化器的设备补助怎么算？",
     ["答：对聚焦南繁育种、深海科技、航天遥感、数字贸易等重点产业领域建设的专业孵化器，"
      "按其新购置的研发检测、小试中试等公共服务设备实际投入的30%给予补助，单个载体最高300万元。",
      "申报设备须于申报年度前一年内购置并投入使用，单台（套）原值不低于10万元，设备应向在孵企业开放共享。"]),
    ("问：在孵企业的房租补贴有什么限制？",
     ["答：在孵企业按实际支付租金的50%享受补贴，每家企业每年最高20万元，同一企业累计享受不超过3年。"
      "企业与运营机构存在关联关系的，或将孵化场地转租、改作非研发用途的，不予补贴。"
      "补贴资金由市财政直接拨付至在孵企业账户。"]),
    ("问：孵化载体年度运营评价的结果怎么使用？",
     ["答：市科学技术工业信息化局每年3月对孵化载体上一年度运营情况开展评价，结果分为A、B、C、D四档。"
      "评价为A档的，给予40万元奖励；评价为D档的，限期整改；连续两年为D档的，取消市级孵化载体资格。",
      "评价重点考察新增在孵企业数量、毕业企业数量、技术合同成交额和投融资服务成效四个方面。",
      "评价采取材料审核、现场核查和在孵企业满意度调查相结合的方式，评价结果在市科学技术工业信息化局网站公示7个工作日。"]),
    ("问：企业从孵化载体毕业后留在海口有没有奖励？",
     ["答：有。从本市孵化载体毕业后继续在海口注册经营的企业，毕业首年营业收入较上年增长的，"
      "按增长部分的2%给予奖励，最高50万元。",
      "对培育出留在海口发展的毕业企业的孵化载体，每家毕业企业给予载体5万元奖励，每个载体每年最高50万元。"]),
    ("问：孵化载体投资在孵企业有何激励？",
     ["答：鼓励孵化载体设立或合作设立种子基金。载体以自有资金投资在孵企业的，按实际投资额的10%给予风险补助，"
      "单笔最高30万元，每个载体每年最高100万元。",
      "市天使投资引导基金对孵化载体发起设立的子基金，出资比例可提高至40%。"]),
    ("问：对孵化服务队伍建设有哪些支持？",
     ["答：孵化载体服务人员取得创业导师或技术经理人证书的，每人奖励5000元，每个载体每年最高10万元。"
      "鼓励孵化载体聘请专职创业导师，专职导师与在孵企业的配比不低于1:10，导师服务情况纳入年度运营评价。",
      "市科学技术工业信息化局每年组织不少于两期孵化从业人员能力提升培训，培训费用由市级财政承担。"]),
    ("问：申报需要准备哪些材料，通过什么渠道提交？",
     ["答：申报工作每年集中开展一次，一般在5月发布申报通知。",
      "申报单位通过“海口市惠企政策直达平台”在线填报，并上传申报书、营业执照、场地产权证明或租赁合同、"
      "上年度财务审计报告、在孵企业名单、信用承诺书等材料。",
      "材料不全的，平台将退回补正；逾期未补正的，视为放弃申报。",
      "市科学技术工业信息化局收到材料后，组织专家评审并会同市财政局审核，拟支持名单经公示无异议后下达资金。"]),
    ("问：同一事项能否同时享受多项支持？",
     ["答：同一单位的同一事项，已获得国家、省或市其他财政资金支持的，按照“就高不重复”原则执行，不重复支持。"
      "各区可结合实际制定配套措施，所需资金由区级财政承担。",
      "对弄虚作假骗取财政资金的，除追回已拨付资金外，相关单位三年内不得申报市级科技计划项目和资金。"]),
    ("问：政策咨询应当联系哪个部门？",
     ["答：可咨询市科学技术工业信息化局成果转化与孵化服务科，联系人：符明远，联系电话：0898-66831572，"
      "工作时间为周一至周五上午8:30至12:00、下午14:30至17:30（法定节假日除外）。"]),
]

TABLE_AFTER = 2  # index in FAQ after whose answer the table is placed

# ---- site furniture (left out of the plain text) ----
TOPBAR = "海口市人民政府门户网站 ｜ 无障碍浏览 ｜ 长者模式 ｜ 登录"
NAV = ["首页", "政务公开", "政策文件", "政策解读", "互动交流", "办事服务", "数据开放"]
BREADCRUMB = "当前位置：首页 > 政务公开 > 政策解读 > 政策问答"
META = "发布时间：2026-04-18 10:30　　来源：海口市科学技术工业信息化局　　浏览次数：1286"
FONTBAR = "【字号：大 中 小】　【打印】　【关闭】"
SHARE = ["微信", "微博", "QQ空间"]
RELATED = "相关文件：海口市支持科技企业孵化载体高质量发展若干措施"
FOOTER = [
    "主办单位：海口市科学技术工业信息化局　　承办：海口市大数据管理中心",
    "地址：海口市龙华区滨海大道168号　　邮编：570105　　联系电话：0898-66830100",
    "琼ICP备12003456号-1　　琼公网安备46010602000123号　　网站标识码4601000031",
]


def e(s):
    return html.escape(s, quote=False)


def build_html():
    out = []
    out.append("<!DOCTYPE html>")
    out.append('<html lang="zh-CN">')
    out.append("<head>")
    out.append('<meta charset="utf-8">')
    out.append(f"<title>{e(TITLE)}_海口市人民政府门户网站</title>")
    out.append("<style>body{font-family:SimSun,serif}dt{font-weight:bold;margin-top:1em}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>")
    out.append("</head>")
    out.append("<body>")
    out.append(f'<div class="topbar">{e(TOPBAR)}</div>')
    out.append('<nav class="main-nav"><ul>')
    for n in NAV:
        out.append(f'  <li><a href="#">{e(n)}</a></li>')
    out.append("</ul></nav>")
    out.append(f'<div class="breadcrumb">{e(BREADCRUMB)}</div>')
    out.append('<div class="article">')
    out.append(f'<h1 class="article-title">{e(TITLE)}</h1>')
    out.append(f'<div class="article-meta">{e(META)}</div>')
    out.append(f'<div class="fontbar">{e(FONTBAR)}</div>')
    out.append('<div class="article-body">')
    out.append(f'<p class="lead">{e(INTRO)}</p>')
    out.append('<dl class="faq">')
    for i, (q, answers) in enumerate(FAQ):
        out.append(f'  <dt id="q{i + 1}"><span class="qno">{i + 1}.</span> {e(q)}</dt>')
        out.append("  <dd>")
        for a in answers:
            out.append(f"    <p>{e(a)}</p>")
        if i == TABLE_AFTER:
            out.append('    <table class="support-standard">')
            out.append(f"      <caption>{e(TABLE_CAPTION)}</caption>")
            out.append("      <thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in TABLE_HEAD) + "</tr></thead>")
            out.append("      <tbody>")
            for row in TABLE_ROWS:
                out.append("        <tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("      </tbody>")
            out.append("    </table>")
        out.append("  </dd>")
    out.append("</dl>")
    out.append("</div>")
    out.append(f'<div class="related"><a href="#">{e(RELATED)}</a></div>')
    out.append('<div class="share-bar">分享到：' +
               "".join(f'<a href="#" class="share">{e(s)}</a>' for s in SHARE) + "</div>")
    out.append("</div>")
    out.append('<footer class="site-footer">')
    for f in FOOTER:
        out.append(f"  <p>{e(f)}</p>")
    out.append("</footer>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def plain_lines():
    lines = [TITLE, INTRO]
    for i, (q, answers) in enumerate(FAQ):
        lines.append(q)
        lines.extend(answers)
        if i == TABLE_AFTER:
            lines.append(TABLE_CAPTION)
            lines.append(" | ".join(TABLE_HEAD))
            for row in TABLE_ROWS:
                lines.append(" | ".join(row))
    return lines


def main():
    A_FILE.parent.mkdir(parents=True, exist_ok=True)
    A_FILE.write_text(build_html(), encoding="utf-8")
    write_plain(A_PLAIN, plain_lines())
    print(f"wrote {A_FILE.name} and {A_PLAIN.name}")


if __name__ == "__main__":
    main()
