# -*- coding: utf-8 -*-
"""Doc C: 西安市科学技术局 通知 + 附件 孵化器名单 (fictional) -> corpus/C_*.pdf + plain/C_*.txt

reportlab, STSong-Light (CID, UniGB-UCS2-H), CJK word wrap. Page 1: letterhead,
文号, title, 主送, body, 附件 line, 落款 + date. Pages 2-3: 附件 table
(序号 | 孵化器名称 | 运营主体 | 所在区县 | 类型) running over a page break
with the header row repeated. Footer "— N —" on every page (furniture).
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAME = "C_xian_kejiqiye_fuhuaqi_rending_tongzhi"
PDF = os.path.join(ROOT, "corpus", NAME + ".pdf")
PLAIN = os.path.join(ROOT, "plain", NAME + ".txt")

FONT = "STSong-Light"

LETTERHEAD = "西安市科学技术局"
DOCNO = "市科发〔2026〕23号"
TITLE = "西安市科学技术局关于公布2026年第一批西安市科技企业孵化器认定结果的通知"
ADDRESSEE = "各区县科技主管部门，西咸新区、各开发区科技主管部门，各有关单位："
BODY = [
    "为深入实施创新驱动发展战略，加快构建“众创空间—孵化器—加速器—产业园”全链条科技企业孵化育成体系，推动更多科技成果在西安转化落地，市科技局组织开展了2026年第一批西安市科技企业孵化器认定工作。根据《西安市科技企业孵化器认定和管理办法》（市科发〔2023〕41号）有关规定，经单位申报、区县（开发区）推荐、形式审查、专家评审、现场核查和网上公示等程序，认定“西安云鼎智造科技企业孵化器”等30家孵化器为2026年第一批西安市科技企业孵化器，其中综合型孵化器11家、专业型孵化器19家（名单见附件）。现将有关事项通知如下：",
    "一、认定有效期为三年，自2026年5月1日起至2029年4月30日止。有效期内，市科技局每年组织开展绩效评价，对评价结果为“优秀”的孵化器给予最高50万元运营奖补；连续两年评价结果为“不合格”的，取消其市级科技企业孵化器资格。",
    "二、各孵化器应当完善孵化服务体系，孵化场地面积原则上不低于3000平方米，配备不少于3名专职孵化服务人员，设立不低于200万元的种子资金或与投资机构建立合作关系，每年3月31日前通过“西安市科技业务综合管理平台”报送上一年度运行数据和在孵企业情况。",
    "三、各区县、开发区科技主管部门要加强对辖区孵化器的指导和服务，推动孵化器与高校院所、投资机构深度合作，支持符合条件的孵化器申报国家级科技企业孵化器。",
    "四、孵化器名称、运营主体、孵化场地等发生变更的，应当在变更之日起30个工作日内向所在区县科技主管部门和市科技局书面报告。",
    "五、市科技局对市级科技企业孵化器实行动态管理。孵化器存在弄虚作假、骗取财政资金等行为的，一经查实即撤销认定，三年内不再受理其认定申请，并按规定纳入科研诚信记录。",
    "六、在市级科技企业孵化器内孵化的科技型中小企业，可按规定申请市级场地租金补贴，补贴标准为每平方米每月不超过15元，单个企业每年补贴最高不超过10万元，补贴期限不超过两年。",
    "联系人：市科技局成果转化与区域创新处 杜文博，联系电话：029-86781542。",
]
ANNEX_LINE = "附件：2026年第一批西安市科技企业孵化器名单"
SIGNER = "西安市科学技术局"
DATE = "2026年4月16日"
PUBLIC = "（此件公开发布）"

ANNEX_HEAD = "附件"
ANNEX_TITLE = "2026年第一批西安市科技企业孵化器名单"
HEADER = ["序号", "孵化器名称", "运营主体", "所在区县", "类型"]
ROWS = [
    ["西安云鼎智造科技企业孵化器", "西安云鼎智造产业园管理有限公司", "雁塔区", "综合型"],
    ["秦岭光子科技企业孵化器", "西安秦岭光子科技服务有限公司", "长安区", "专业型"],
    ["曲江数字文创孵化器", "西安曲江数创空间运营有限公司", "雁塔区", "专业型"],
    ["未央智能网联汽车孵化器", "西安未来车联科技发展有限公司", "未央区", "专业型"],
    ["碑林环大学创新创业孵化器", "西安碑林环大学创新产业运营有限公司", "碑林区", "综合型"],
    ["浐灞生命健康孵化器", "西安浐灞医谷健康产业发展有限公司", "灞桥区", "专业型"],
    ["星箭动力科技企业孵化器", "西安星箭动力创新服务有限公司", "长安区", "专业型"],
    ["阎良航空产业孵化器", "西安蓝天航空科技服务有限公司", "阎良区", "专业型"],
    ["大明宫创新工场", "西安大明宫创新工场企业管理有限公司", "新城区", "综合型"],
    ["丝路青年创业孵化器", "西安丝路青创企业服务有限公司", "莲湖区", "综合型"],
    ["泾渭新能源装备孵化器", "西安泾渭新能源装备产业园有限公司", "高陵区", "专业型"],
    ["小寨硬科技孵化器", "西安小寨硬科技发展有限公司", "雁塔区", "专业型"],
    ["西北半导体材料孵化器", "西安芯源半导体科技服务有限公司", "长安区", "专业型"],
    ["汉城湖数字经济孵化器", "西安汉城湖数字产业运营有限公司", "未央区", "综合型"],
    ["终南现代农业科技孵化器", "西安终南农业科技服务有限公司", "鄠邑区", "专业型"],
    ["骊山文旅科技孵化器", "西安骊山文旅科技有限公司", "临潼区", "专业型"],
    ["雁塔科创谷孵化器", "西安雁塔科创谷运营管理有限公司", "雁塔区", "综合型"],
    ["钟楼科技成果转化孵化器", "西安钟楼科技成果转化服务有限公司", "碑林区", "综合型"],
    ["未央先进制造孵化器", "西安未央智造园区管理有限公司", "未央区", "专业型"],
    ["长安大学城创新创业孵化器", "西安长安学府创新服务有限公司", "长安区", "综合型"],
    ["雁鸣人工智能孵化器", "西安雁鸣人工智能科技有限公司", "雁塔区", "专业型"],
    ["灞河数字创意孵化器", "西安灞河数字创意产业有限公司", "灞桥区", "综合型"],
    ["北站智慧物流科技孵化器", "西安北站智慧物流科技有限公司", "未央区", "专业型"],
    ["康桥医疗器械孵化器", "西安康桥医疗器械孵化服务有限公司", "碑林区", "专业型"],
    ["莲湖氢能科技孵化器", "西安莲湖氢能科技服务有限公司", "莲湖区", "专业型"],
    ["韩森寨电子信息孵化器", "西安韩森寨电子信息产业有限公司", "新城区", "专业型"],
    ["泾河生物医药孵化器", "西安泾河生物医药科技有限公司", "高陵区", "专业型"],
    ["电子城双创孵化器", "西安电子城双创服务有限公司", "雁塔区", "综合型"],
    ["草堂科技产业孵化器", "西安草堂科创园区运营有限公司", "鄠邑区", "综合型"],
    ["凤城智能装备孵化器", "西安凤城智能装备科技有限公司", "未央区", "专业型"],
]
TABLE = [[str(i + 1)] + r for i, r in enumerate(ROWS)]
assert len(ROWS) == 30
assert sum(r[3] == "综合型" for r in ROWS) == 11 and sum(r[3] == "专业型" for r in ROWS) == 19


def _footer(canvas, doc):
    canvas.saveState()
    canvas.setFont(FONT, 10.5)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")
    canvas.restoreState()


def build():
    os.makedirs(os.path.dirname(PDF), exist_ok=True)
    os.makedirs(os.path.dirname(PLAIN), exist_ok=True)
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = dict(fontName=FONT, wordWrap="CJK")
    st_head = ParagraphStyle("head", fontSize=26, leading=34, alignment=TA_CENTER,
                             textColor=colors.red, **base)
    st_no = ParagraphStyle("no", fontSize=12, leading=18, alignment=TA_CENTER, **base)
    st_title = ParagraphStyle("title", fontSize=16, leading=24, alignment=TA_CENTER, **base)
    st_body = ParagraphStyle("body", fontSize=11, leading=17.5, firstLineIndent=22, **base)
    st_plain = ParagraphStyle("plain", fontSize=11, leading=17.5, **base)
    st_right = ParagraphStyle("right", fontSize=11, leading=17.5, alignment=TA_RIGHT, **base)
    st_cell = ParagraphStyle("cell", fontSize=10, leading=13, **base)
    st_cellc = ParagraphStyle("cellc", fontSize=10, leading=13, alignment=TA_CENTER, **base)

    story = [
        Paragraph(LETTERHEAD, st_head),
        Spacer(1, 6),
        Paragraph(DOCNO, st_no),
        Table([[""]], colWidths=[155 * mm], rowHeights=[4],
              style=[("LINEBELOW", (0, 0), (-1, -1), 1.5, colors.red)]),
        Spacer(1, 12),
        Paragraph(TITLE, st_title),
        Spacer(1, 12),
        Paragraph(ADDRESSEE, st_plain),
    ]
    story += [Paragraph(t, st_body) for t in BODY]
    story += [
        Spacer(1, 10),
        Paragraph(ANNEX_LINE, st_body),
        Spacer(1, 14),
        Paragraph(SIGNER, st_right),
        Paragraph(DATE, st_right),
        Spacer(1, 6),
        Paragraph(PUBLIC, st_body),
        PageBreak(),
        Paragraph(ANNEX_HEAD, st_plain),
        Spacer(1, 6),
        Paragraph(ANNEX_TITLE, st_title),
        Spacer(1, 8),
    ]
    data = [[Paragraph(h, st_cellc) for h in HEADER]]
    for r in TABLE:
        data.append([Paragraph(r[0], st_cellc), Paragraph(r[1], st_cell), Paragraph(r[2], st_cell),
                     Paragraph(r[3], st_cellc), Paragraph(r[4], st_cellc)])
    t = Table(data, colWidths=[12 * mm, 52 * mm, 58 * mm, 20 * mm, 18 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)

    doc = SimpleDocTemplate(PDF, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm,
                            title=TITLE, author=LETTERHEAD)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)

    plain = [LETTERHEAD, DOCNO, TITLE, ADDRESSEE] + BODY + [ANNEX_LINE, SIGNER, DATE, PUBLIC,
                                                           ANNEX_HEAD, ANNEX_TITLE, " | ".join(HEADER)]
    plain += [" | ".join(r) for r in TABLE]
    with open(PLAIN, "w", encoding="utf-8") as f:
        f.write("\n".join(plain) + "\n")
    return PDF, PLAIN


if __name__ == "__main__":
    print(build())
