"""Doc C: 《2026年度重庆市技术创新与应用发展专项项目申报指南》 as a PDF.

reportlab + STSong-Light (CJK CID font), CJK word wrap, A4, 3+ pages.
Running header (the document name) on pages 2+, "— N —" footer on every page.
Directions, people, phones and e-mail are fictional.
Writes corpus/C_*.pdf and plain/C_*.txt.
"""
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
STEM = "C_chongqing_2026_jishuchuangxin_shenbao_zhinan"

TITLE = "2026年度重庆市技术创新与应用发展专项项目申报指南"
HEADER = TITLE

# ("title"|"h1"|"h2"|"p"|"right", text)
BLOCKS = [
    ("title", TITLE),
    ("p", "为深入实施创新驱动发展战略，推动科技创新和产业创新深度融合，加快建设具有全国影响力的科技创新中心，重庆市科学技术局现发布2026年度重庆市技术创新与应用发展专项项目申报指南。本年度专项聚焦先进制造、工业软件、现代农业、生态环境、医疗装备和新型显示等领域，共设置7个指南方向，拟支持项目约40项，市级财政资金支持总额约1.5亿元。申报项目须符合国家和我市产业政策，鼓励围绕成渝地区双城经济圈建设开展跨区域协同攻关。请有关单位按照本指南要求组织申报。"),
    ("h1", "一、申报要求"),
    ("p", "（一）申报单位应为在重庆市内注册、具有独立法人资格的企业、高等院校、科研院所或者新型研发机构，注册时间须在2025年6月30日前。"),
    ("p", "（二）企业牵头申报的，上年度研发投入不低于200万元；鼓励企业联合高等院校、科研院所组建创新联合体共同申报，联合申报单位原则上不超过4家。"),
    ("p", "（三）项目负责人须为申报单位正式在职人员，年龄不超过60周岁（1966年1月1日以后出生），同期主持在研的市级科技计划项目不超过1项。"),
    ("p", "（四）每个申报项目只能对应一个指南方向，研究内容应覆盖该方向的全部考核指标，考核指标应当量化、可考核。"),
    ("p", "（五）企业牵头的项目须落实自筹资金，自筹资金与申请市级财政资金的比例不低于2:1；高等院校、科研院所牵头的项目不作自筹资金比例要求。"),
    ("p", "（六）存在严重失信行为记录，或者有在研市级科技项目逾期未结题的单位和个人，不得申报本专项。"),
    ("p", "（七）同一研究内容已获得国家或者市级其他科技计划立项支持的，不得重复申报。"),
    ("h1", "二、支持方向"),
    ("h2", "1.智能网联新能源汽车高安全动力电池系统"),
    ("p", "研究内容：研究高镍三元和硅碳负极体系电芯热失控早期预警技术，开发电池包多层级热防护结构，构建车云协同的电池健康管理平台。"),
    ("p", "考核指标：电芯能量密度≥300Wh/kg；热失控预警提前时间≥10分钟；完成不少于2000辆整车示范应用；申请发明专利不少于5项。"),
    ("p", "支持强度：不超过500万元/项。"),
    ("p", "实施年限：3年。"),
    ("h2", "2.面向汽摩产业的三维几何建模内核"),
    ("p", "研究内容：突破参数化几何建模、几何约束求解、模型轻量化等关键技术，研发具有自主知识产权的三维几何建模内核，并在汽摩零部件设计企业开展应用验证。"),
    ("p", "考核指标：支持不少于200种典型零部件建模；核心模块自主代码率≥90%；在不少于10家企业推广应用；登记软件著作权不少于8项。"),
    ("p", "支持强度：不超过400万元/项。"),
    ("p", "实施年限：3年。"),
    ("h2", "3.山地丘陵农业智能农机装备"),
    ("p", "研究内容：针对山地丘陵地区坡地作业难、机具通过性差等问题，研发轻简化、模块化的智能耕种收装备及遥控作业平台，开展柑橘、茶叶等特色产业场景示范。"),
    ("p", "考核指标：适应作业坡度≥25°；作业效率较人工提升5倍以上；研制样机不少于3台（套）；示范推广面积不少于5000亩。"),
    ("p", "支持强度：不超过300万元/项。"),
    ("p", "实施年限：2年。"),
    ("h2", "4.三峡库区生态环境智能监测与修复技术"),
    ("p", "研究内容：研究库区水质、水生态与消落带植被的天空地一体化智能监测技术，研发消落带植被恢复与岸坡生态修复成套技术，并在典型区县开展示范。"),
    ("p", "考核指标：建设自动监测站点不少于30个；示范区消落带植被覆盖率提升至60%以上；形成地方标准草案1项。"),
    ("p", "支持强度：不超过200万元/项。"),
    ("p", "实施年限：3年。"),
    ("h2", "5.医用高端影像设备核心部件国产化"),
    ("p", "研究内容：围绕计算机断层扫描（CT）设备，研发大热容量X射线管和高性能光子探测器等核心部件，完成整机集成验证。"),
    ("p", "考核指标：X射线管阳极热容量≥5MHU；探测器排数≥64排；核心部件完成注册检验并在不少于2家三级医院开展临床试用。"),
    ("p", "支持强度：不超过500万元/项。"),
    ("p", "实施年限：3年。"),
    ("h2", "6.数字孪生工厂与工业互联网平台应用"),
    ("p", "研究内容：面向装备制造、电子信息等行业，研究产线级数字孪生建模、工业数据实时采集与边缘计算技术，开发具有自主知识产权的工业互联网平台，在重点企业开展数字孪生工厂示范。"),
    ("p", "考核指标：接入工业设备不少于5000台；设备综合效率提升15%以上；建成数字孪生示范产线不少于3条。"),
    ("p", "支持强度：不超过300万元/项。"),
    ("p", "实施年限：2年。"),
    ("h2", "7.新型显示用柔性OLED关键材料"),
    ("p", "研究内容：研究柔性OLED器件用高性能发光材料、薄膜封装材料和柔性基板材料的制备工艺，实现关键材料的小批量稳定供货。"),
    ("p", "考核指标：蓝光材料器件寿命（LT95）≥300小时；薄膜封装材料通过85℃、85%相对湿度条件下1000小时可靠性测试；在本市面板企业完成验证。"),
    ("p", "支持强度：不超过400万元/项。"),
    ("p", "实施年限：3年。"),
    ("h1", "三、申报时间"),
    ("p", "（一）网上填报。申报单位登录“重庆市科技管理信息系统”进行网上填报，填报时间为2026年1月12日9:00至2026年2月9日17:00，逾期系统自动关闭。"),
    ("p", "（二）审核推荐。各推荐单位须于2026年2月13日17:00前完成网上审核推荐，并出具推荐函。"),
    ("p", "（三）材料报送。申报单位须于2026年2月27日前将系统生成的纸质申报书（一式两份，加盖单位公章）报送至重庆市科学技术局政务服务窗口（重庆市渝北区星光大道66号科技大厦1楼），逾期不予受理。"),
    ("p", "（四）申报书模板和系统填报操作手册可在“重庆市科技管理信息系统”首页的“下载专区”获取。"),
    ("h1", "四、评审与管理"),
    ("p", "（一）评审方式。市科技局按照形式审查、专家评审、现场考察、立项公示的程序组织评审，择优立项。同一方向原则上支持不超过2项。"),
    ("p", "（二）经费拨付。市级财政资金在项目立项后拨付70%，项目通过验收后拨付剩余30%。"),
    ("p", "（三）过程管理。项目执行过半时开展中期检查，中期检查不合格的项目将被暂停拨款或终止实施。"),
    ("p", "（四）科研诚信。申报单位和项目负责人须签署科研诚信承诺书，对申报材料的真实性负责；弄虚作假的，一经查实取消申报资格，并按规定记入科研诚信记录。"),
    ("p", "（五）绩效评价。项目验收时对考核指标完成情况进行绩效评价，评价结果作为项目承担单位和项目负责人后续申报市级科技计划项目的重要依据。"),
    ("p", "（六）其他事项。本指南未尽事宜，按照重庆市科技计划项目管理的有关规定执行。"),
    ("h1", "五、联系方式"),
    ("p", "（一）业务咨询"),
    ("p", "高新技术发展处（方向1、2、5、6、7）：刘建平 023-63718245；周雯 023-63718260"),
    ("p", "农村科技处（方向3）：谭晓峰 023-63718312；邓宇 023-63718319"),
    ("p", "社会发展科技处（方向4）：冉丽娟 023-63718377；何川 023-63718381"),
    ("p", "（二）系统技术支持"),
    ("p", "重庆市科技管理信息系统技术服务热线：023-67896543；技术支持邮箱：cqkjxt_fw@126.com"),
    ("p", "（三）监督举报"),
    ("p", "重庆市科学技术局机关纪委：023-63718100"),
    ("right", "重庆市科学技术局"),
    ("right", "2025年12月15日"),
]


def plain_lines():
    return [t for _, t in BLOCKS]


def build_pdf(path):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    st = {
        "title": ParagraphStyle("title", fontName=F, fontSize=17, leading=26, alignment=TA_CENTER,
                                spaceAfter=14, wordWrap="CJK"),
        "h1": ParagraphStyle("h1", fontName=F, fontSize=13.5, leading=22, spaceBefore=10, spaceAfter=4,
                             wordWrap="CJK"),
        "h2": ParagraphStyle("h2", fontName=F, fontSize=12, leading=20, spaceBefore=6, spaceAfter=2,
                             wordWrap="CJK"),
        "p": ParagraphStyle("p", fontName=F, fontSize=11.5, leading=21, firstLineIndent=23,
                            spaceAfter=3, wordWrap="CJK"),
        "right": ParagraphStyle("right", fontName=F, fontSize=11.5, leading=21, alignment=2,
                                wordWrap="CJK"),
    }

    def on_page(canv, doc):
        canv.saveState()
        w, h = A4
        n = canv.getPageNumber()
        if n >= 2:
            canv.setFont(F, 9)
            canv.drawCentredString(w / 2, h - 14 * mm, HEADER)
            canv.setLineWidth(0.5)
            canv.line(25 * mm, h - 16 * mm, w - 25 * mm, h - 16 * mm)
        canv.setFont(F, 10)
        canv.drawCentredString(w / 2, 12 * mm, f"— {n} —")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=26 * mm, rightMargin=26 * mm,
                            topMargin=26 * mm, bottomMargin=24 * mm, title=TITLE,
                            author="重庆市科学技术局")
    story = []
    for kind, text in BLOCKS:
        if kind == "right" and text == "重庆市科学技术局":
            story.append(Spacer(1, 14))
        story.append(Paragraph(text, st[kind]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main():
    (ROOT / "corpus").mkdir(exist_ok=True)
    (ROOT / "plain").mkdir(exist_ok=True)
    build_pdf(ROOT / "corpus" / f"{STEM}.pdf")
    (ROOT / "plain" / f"{STEM}.txt").write_text("\n".join(plain_lines()) + "\n", encoding="utf-8")
    print("C written:", STEM)


if __name__ == "__main__":
    main()
