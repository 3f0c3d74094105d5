#!/usr/bin/env python3
"""Build unseen39: three fictional policy documents --
  A  a Word .docx (Simplified) of the Hengyang science and technology bureau (衡阳市科学技术局) -- 2026年度衡阳市科技
     创新计划项目申报指南 -- published with a colleague's TRACKED CHANGES left in it (w:ins / w:del with w:delText in
     paragraphs and in two table cells: the deletion holds the old figure or date, the insertion the new one), one
     FOOTNOTE (footnotes.xml, a w:footnoteReference in a paragraph) and one TEXT BOX (w:txbxContent, written as Word
     does: mc:AlternateContent with a DrawingML wps shape and its VML fallback);
  B  a Word "Save as Web Page" HTML page (the MS Office HTML flavour: xmlns:o / xmlns:w / xmlns:v, Generator
     "Microsoft Word 15", <!--[if gte mso 9]> blocks, class=MsoNormal paragraphs, <span lang=EN-US> runs around every
     Latin/digit run, <o:p></o:p>, &nbsp; runs, mso-list numbered paragraphs with <![if !supportLists]> markers, a
     class=MsoTableGrid table), ENCODED GB2312 -- 肇庆市科学技术局 肇庆市财政局 关于印发《肇庆市科技创新券管理办法》的通知;
  C  a UTF-8 government web page of the Leshan science and technology bureau (乐山市科学技术局) -- 2026年度乐山市级科技
     创新平台认定名单 -- whose list of platforms is NOT a <table> but <ul class="list-table"> with <span> cells laid
     out by CSS grid, the article paragraphs being <div class="p"> (no <p>), with the usual site furniture;
their plain texts (plain/), 50 questions (questions.jsonl), then the consistency checks (exit 1 on any failure).
Writes only inside unseen39/. Deterministic: a rebuild is byte for byte identical.

Approach and helpers follow unseen36's builder (read to copy layout, format and approach): the question table with a
`hint` that must pick exactly one evidence line, digit-bounded num_count, keys / gkeys / near for unanswerables,
lcs_run for paraphrases, OpenCC for the cross-script questions and the question-checking loop. The docx writer, the
tracked-change reader, the Word-HTML writer and the HTML line reader are new."""
import html as htmlmod
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import opencc
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PLAIN = ROOT / "plain"

FILE_A = "A_hengyang_2026_keji_chuangxin_jihua_shenbao_zhinan_tracked_changes.docx"
FILE_B = "B_zhaoqing_keji_chuangxin_quan_guanli_banfa_word_html_gb2312.htm"
FILE_C = "C_leshan_2026_shiji_keji_chuangxin_pingtai_rending_mingdan_listtable.html"
FILES = {"A": FILE_A, "B": FILE_B, "C": FILE_C}

S2TW = opencc.OpenCC("s2tw")
S2TWP = opencc.OpenCC("s2twp")
S2HK = opencc.OpenCC("s2hk")
T2S = opencc.OpenCC("t2s")

# ---------------------------------------------------------------------------------------------------------------
# A: 衡阳 申报指南 as a .docx with tracked changes. Inline markup in the text of a paragraph or table cell:
#    [-old-]  a tracked deletion (w:del / w:delText)      [+new+]  a tracked insertion (w:ins / w:t)
#    {fn}     the footnote reference (footnote 1)           {box}    the anchor of the text box (A_BOX)
#    The final reading (what a reader of the published document sees) keeps insertions and drops deletions.
# ---------------------------------------------------------------------------------------------------------------
A_AUTHOR, A_EDITOR = "彭雅琴", "唐晓雯"
A_REV_DATE = "2026-03-13T15:42:00Z"
A_TABLE = [
    ["项目类别", "支持方向", "拟立项数", "单项资助上限", "实施周期"],
    ["重点研发项目", "输变电装备、有色金属新材料、核技术应用等领域关键核心技术攻关", "12项", "[-50万元-][+80万元+]", "2年"],
    ["成果转化项目", "高校院所科技成果在衡转化及企业新产品、新工艺产业化", "10项", "60万元", "2年"],
    ["科技创新平台项目", "市级重点实验室、工程技术研究中心和新型研发机构能力提升", "8项", "40万元", "3年"],
    ["软科学研究项目", "科技创新战略、科技成果转化机制和科技金融服务等对策研究", "15项", "[-3万元-][+5万元+]", "1年"],
]
A_BOX = "温馨提示：申报系统技术支持电话0734-8865127，服务时间为工作日上午8:30至下午5:30。"
A_FOOTNOTE = ("在衡阳市注册，是指在衡阳市行政区域内（含衡阳高新技术产业开发区、衡阳松木经济开发区、衡阳综合保税区）依法"
              "登记注册且税收关系在本市的单位；注册时间计算截至2026年3月31日。")
A_BLOCKS = [
    ("title", "2026年度衡阳市科技创新计划项目申报指南"),
    ("sub", "衡阳市科学技术局"),
    ("p", "为深入实施创新驱动发展战略，加快构建以先进制造业为主体的现代化产业体系，围绕我市输变电装备、有色金属新材料、"
          "核技术应用、生物医药、数字经济等重点产业链开展关键核心技术攻关和科技成果转化，根据《衡阳市科技创新计划项目管理"
          "办法》和《衡阳市市级科技创新专项资金管理办法》，现发布2026年度衡阳市科技创新计划项目申报指南。"),
    ("h", "一、总体要求"),
    ("p", "本年度科技创新计划坚持需求导向、企业主体、突出绩效的原则，[-原则上-]集中财力支持一批对产业发展有重大带动作用的"
          "项目，推动创新链、产业链、资金链、人才链深度融合。"),
    ("p", "鼓励企业联合高校、科研院所组建创新联合体共同申报，联合申报的应签订合作协议，明确各方承担的研究任务、经费分配和"
          "知识产权归属；支持企业围绕产业链上下游开展协同攻关，推动科技成果在本地转化应用。"),
    ("p", "由高新技术企业、专精特新中小企业申报的项目，同等条件下优先支持；县域特色产业和乡村振兴领域的项目，适当向衡南县、"
          "衡阳县、祁东县、耒阳市、常宁市倾斜。"),
    ("p", "本年度市级财政拟安排科技创新计划资金1800万元，设重点研发项目、成果转化项目、科技创新平台项目和软科学研究项目四个"
          "类别，各类别的支持方向、拟立项数、单项资助上限和实施周期见表1。"),
    ("cap", "表1　2026年度衡阳市科技创新计划项目类别及资助标准"),
    ("table", A_TABLE),
    ("h", "二、支持方向"),
    ("p", "（一）重点研发项目。聚焦三个领域：一是输变电装备领域，支持特高压变压器绝缘材料、智能配电终端、电力设备在线监测与"
          "故障诊断等技术研发；二是有色金属新材料领域，支持铅锌冶炼渣资源化利用、高纯铋及铋基功能材料、高性能硬质合金等技术"
          "研发；三是核技术应用领域，支持辐照加工、医用同位素制备、放射性检测仪器等技术研发。同时鼓励围绕生物医药、数字经济等"
          "新兴产业开展前瞻性技术研究，此类项目不超过重点研发项目立项总数的三分之一。申报项目应明确可考核的技术指标，"
          "实施期满须取得发明专利、技术标准或经第三方检测的样机等标志性成果。"),
    ("p", "（二）成果转化项目。支持企业承接高校、科研院所科技成果在衡转化，以及企业自主研发的新产品、新工艺实现产业化。申报"
          "项目须有明确的技术来源和知识产权归属，[+技术合同须经衡阳市技术合同认定登记机构登记，+]项目实施期内新增销售收入"
          "不低于1000万元。优先支持在衡阳高新区、松木经开区和各县（市、区）产业园区落地转化的项目。"),
    ("p", "（三）科技创新平台项目。支持已认定的市级重点实验室、工程技术研究中心改善研发条件，支持新型研发机构引进高层次研发"
          "团队。南岳区、衡山县、衡东县围绕中医药与康养产业建设的平台予以优先支持。平台项目资助资金主要用于购置研发仪器设备、"
          "改善实验条件和开展开放共享服务，不得用于基本建设支出。"),
    ("p", "（四）软科学研究项目。围绕县域创新驱动发展、科技成果转化机制、科技金融服务等主题开展对策研究，研究报告须形成不少于"
          "1.5万字的决策咨询建议，并提交不少于一篇经相关部门采纳的政策建议。"),
    ("h", "三、申报条件"),
    ("p", "（一）申报单位应为在衡阳市注册{fn}的企业、高校、科研院所或其他具有独立法人资格的单位，注册时间满1年，具有健全的科研"
          "管理和财务管理制度。"),
    ("p", "（二）企业申报重点研发项目和成果转化项目的，上年度研究开发费用占销售收入的比例应不低于[-2.5%-][+3%+]，企业自筹资金"
          "与申请市级资助资金的比例不低于[-1:1-][+2:1+]。"),
    ("p", "（三）项目负责人应为申报单位在职人员，年龄不超过55周岁，同一项目负责人限报1项；同一申报单位限报[-5项-][+3项+]。"),
    ("p", "（四）申报单位近三年内无严重失信行为，未被列入科研诚信严重失信行为记录名单，未拖欠到期市级科技计划项目验收。"),
    ("p", "（五）已获得国家、省级或市级财政资金支持的同一研究内容，不得重复申报；在研市级科技计划项目未结题的负责人不得牵头申报。"),
    ("p", "（六）联合申报的合作单位应具有相应的研究基础和条件，合作单位不受注册地限制，但市级资助资金原则上由申报单位使用，"
          "拨付给市外合作单位的资金不超过项目资助总额的三分之一。"),
    ("h", "四、申报时间和方式"),
    ("p", "（一）网上申报。申报单位登录“衡阳市科技项目管理信息系统”注册并填报申报材料，网上申报时间为2026年4月1日至"
          "[-4月20日-][+4月30日+]，逾期系统自动关闭。{box}"),
    ("p", "（二）推荐审核。各县（市、区）科技主管部门和衡阳高新区、松木经开区科技管理部门负责对本地区申报项目进行审核，于2026年"
          "5月15日前将推荐函及汇总表报送市科技局；市直单位和驻衡高校可直接申报。"),
    ("p", "（三）纸质材料。申报单位须将系统生成的申报书打印并加盖单位公章，一式两份，于网上申报截止后5个工作日内报送所在地科技"
          "主管部门。"),
    ("p", "（四）申报材料。申报材料包括项目申报书、单位营业执照或法人证书、上年度财务审计报告、知识产权证明材料、合作协议"
          "（联合申报的提供）以及科研诚信承诺书。申报单位对所提交材料的真实性负责。"),
    ("p", "（五）咨询服务。申报期间，衡阳市科技事务服务中心在市民之家科技服务窗口提供现场咨询，并在市科技局门户网站发布常见"
          "问题解答。"),
    ("h", "五、评审立项"),
    ("p", "（一）形式审查。市科技局对申报材料进行形式审查，不符合申报条件的不予进入专家评审。"),
    ("p", "（二）专家评审。衡阳市科技事务服务中心牵头组织专家评审，采取网络评审与会议答辩相结合的方式，重点研发项目须参加会议"
          "答辩，每个项目的评审专家不少于[-5名-][+7名+]。"),
    ("p", "（三）评审回避。评审专家与申报单位或项目负责人存在利益关系的，应主动申明并回避；申报单位可提出不超过三名需要回避的"
          "专家名单。"),
    ("p", "（四）立项公示。市科技局根据评审结果和年度预算提出拟立项建议，经局务会议审定后在市科技局门户网站公示，公示期为7天。"),
    ("p", "（五）下达立项。公示无异议的项目，由市科技局会同市财政局下达项目立项和资金计划；公示有异议的，经核实后按有关规定"
          "处理。未获立项的申报材料不予退还。"),
    ("h", "六、资金管理"),
    ("p", "（一）资助资金采取分期拨付方式：项目立项后拨付[-60%-][+70%+]，通过验收后拨付其余[-40%-][+30%+]。软科学研究项目资助"
          "资金在立项后一次性拨付。"),
    ("p", "（二）资助资金实行专款专用、单独核算，间接费用不超过直接费用扣除设备购置费后的15%，其中绩效支出不超过间接费用的一半。资助资金"
          "不得用于支付各种罚款、捐款、赞助和对外投资等支出。"),
    ("p", "（三）项目承担单位应建立项目资金明细账，验收时须提交由会计师事务所出具的资金专项审计报告，结余资金按有关规定处理。"),
    ("p", "（四）对弄虚作假、截留挪用资助资金的，追回已拨付资金，相关单位和人员5年内不得申报市级科技计划项目。"),
    ("h", "七、项目实施与验收"),
    ("p", "（一）项目承担单位应在立项通知下达后20个工作日内签订项目任务书，按任务书约定的考核指标组织实施，每年12月5日前报送"
          "项目年度执行情况。"),
    ("p", "（二）项目实施过程中确需调整项目负责人、考核指标或实施周期的，由承担单位提出书面申请，经所在地科技主管部门审核后"
          "报市科技局审批；未经批准擅自调整的，按不通过验收处理。"),
    ("p", "（三）项目实施期满后6个月内，承担单位应提出验收申请；因故需要延期的，须提前两个月提出申请，延期不超过一年。"),
    ("p", "（四）项目验收由市科技局组织或委托县（市、区）科技主管部门组织，验收结论分为通过验收、结题和不通过验收三类。不通过"
          "验收的项目，承担单位两年内不得申报市级科技计划项目。"),
    ("h", "八、其他事项"),
    ("p", "（一）申报单位和项目负责人应严格遵守科研诚信和科技伦理有关规定，申报材料不得弄虚作假，不得以同一项目多头申报。"
          "各县（市、区）科技主管部门应严格审核把关，对推荐项目的真实性和合规性负责，并做好政策宣传解读和申报辅导工作。"),
    ("p", "（二）本指南未尽事宜，按照《衡阳市科技创新计划项目管理办法》等有关规定执行。本指南由衡阳市科学技术局负责解释。"),
    ("p", "（三）联系人：市科技局资源配置与管理科　欧阳立群，电话：0734-8226415；衡阳市科技事务服务中心　谭慧芳，电话："
          "0734-8226509。"),
    ("attach", "附件：1. 2026年度衡阳市科技创新计划项目申报书（模板）"),
    ("attach", "2. 县（市、区）科技主管部门推荐汇总表"),
    ("sign", "衡阳市科学技术局"),
    ("sign", "2026年3月16日"),
]
# the tracked pairs (old, new) that hold figures or dates: the old one must occur nowhere in the final text
A_TRACKED_FIGURES = [("50万元", "80万元"), ("3万元", "5万元"), ("2.5%", "3%"), ("1:1", "2:1"), ("5项", "3项"),
                     ("4月20日", "4月30日"), ("5名", "7名"), ("60%", "70%"), ("40%", "30%")]

MARK = re.compile(r"\[-(.*?)-\]|\[\+(.*?)\+\]|\{fn\}|\{box\}")


def a_final(s):
    """The text as a reader of the published document sees it: insertions kept, deletions dropped, marks removed."""
    return MARK.sub(lambda m: m.group(2) or "", s)


def a_reject(s):
    """The text before the colleague's edits (all changes rejected)."""
    return MARK.sub(lambda m: m.group(1) or "", s)


def a_plain_lines():
    out = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            out += [" | ".join(a_final(c) for c in r) for r in val]
        else:
            out.append(a_final(val))
            if "{box}" in val:
                out.append(A_BOX)
    out.append(A_FOOTNOTE)
    return out


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          f'xmlns:w="{W_NS}" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 wp14"')
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rpr(size=32, font="仿宋_GB2312", bold=False):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}" w:hAnsi="Times New Roman" '
            f'w:cs="Times New Roman"/>{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def textbox_run():
    """The text box as Word 2016 writes it: mc:AlternateContent, a DrawingML wps shape (mc:Choice) and the same
    w:txbxContent again in a VML fallback (mc:Fallback)."""
    body = (f'<w:txbxContent><w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:rPr><w:sz w:val="21"/></w:rPr>'
            f'</w:pPr><w:r>{rpr(21, "宋体", True)}<w:t>{xesc(A_BOX[:5])}</w:t></w:r><w:r>{rpr(21, "宋体")}'
            f'<w:t>{xesc(A_BOX[5:])}</w:t></w:r></w:p></w:txbxContent>')
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>95250</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2743200" cy="571500"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:spPr bwMode="auto">'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        '</a:prstGeom><a:solidFill><a:srgbClr val="FFF7E6"/></a:solidFill><a:ln w="9525"><a:solidFill>'
        '<a:srgbClr val="C00000"/></a:solidFill><a:miter lim="800000"/><a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
        f'<wps:txbx>{body}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;'
        'text-align:left;margin-left:200.95pt;margin-top:7.5pt;width:3in;height:45pt;z-index:251659264;'
        'visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;'
        'mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;'
        'v-text-anchor:top" fillcolor="#fff7e6" strokecolor="#c00000">'
        f'<v:textbox>{body}</v:textbox><w10:wrap type="square" anchorx="margin"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


class RevIds:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


def runs_xml(text, ids, r_pr):
    """Runs for text with the inline marks (deletions / insertions / footnote reference / text box)."""
    out, pos = [], 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            out.append(f"<w:r>{r_pr}<w:t>{xesc(text[pos:m.start()])}</w:t></w:r>")
        tok = m.group(0)
        if m.group(1) is not None:
            out.append(f'<w:del w:id="{ids.next()}" w:author="{A_EDITOR}" w:date="{A_REV_DATE}"><w:r>{r_pr}'
                       f"<w:delText>{xesc(m.group(1))}</w:delText></w:r></w:del>")
        elif m.group(2) is not None:
            out.append(f'<w:ins w:id="{ids.next()}" w:author="{A_EDITOR}" w:date="{A_REV_DATE}"><w:r>{r_pr}'
                       f"<w:t>{xesc(m.group(2))}</w:t></w:r></w:ins>")
        elif tok == "{fn}":
            out.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>')
        elif tok == "{box}":
            out.append(textbox_run())
        pos = m.end()
    if pos < len(text):
        out.append(f"<w:r>{r_pr}<w:t>{xesc(text[pos:])}</w:t></w:r>")
    return "".join(out)


def a_document_xml():
    ids = RevIds()
    body = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            widths = [1600, 3500, 1000, 1500, 1000]
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8600" w:type="dxa"/><w:jc w:val="center"/>'
                 '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
                 'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
            for i, row in enumerate(val):
                t.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ""))
                for w, c in zip(widths, row):
                    t.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr>'
                             f'<w:jc w:val="center"/></w:pPr>{runs_xml(c, ids, rpr(21, "黑体" if i == 0 else "宋体"))}</w:p></w:tc>')
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            continue
        ppr = {
            "title": '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>',
            "sub": '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>',
            "h": '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>',
            "p": '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
                 '<w:jc w:val="both"/></w:pPr>',
            "cap": '<w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr>',
            "attach": '<w:pPr><w:ind w:left="640"/></w:pPr>',
            "sign": '<w:pPr><w:ind w:right="640"/><w:jc w:val="right"/></w:pPr>',
        }[kind]
        r_pr = {"title": rpr(44, "方正小标宋简体"), "sub": rpr(32, "楷体_GB2312"), "h": rpr(32, "黑体"),
                "cap": rpr(28, "黑体")}.get(kind, rpr())
        body.append(f"<w:p>{ppr}{runs_xml(val, ids, r_pr)}</w:p>")
    sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1361" '
            'w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    return f'{XML_HEAD}<w:document {NSDECL}><w:body>{"".join(body)}{sect}</w:body></w:document>'


def a_footnotes_xml():
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
           '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0">'
           '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
           '</w:r></w:p></w:footnote>')
    fn = ('<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
          'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>'
          f'<w:r>{rpr(18, "宋体")}<w:t>{xesc(A_FOOTNOTE)}</w:t></w:r></w:p></w:footnote>')
    return f"{XML_HEAD}<w:footnotes {NSDECL}>{sep}{fn}</w:footnotes>"


A_STYLES = (XML_HEAD + f'<w:styles xmlns:w="{W_NS}">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" '
            'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph '
            'Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>'
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
            'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
            'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>'
            '</w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
            '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
            '</w:styles>')
A_SETTINGS = (XML_HEAD + f'<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>'
              '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:trackRevisions/><w:defaultTabStop w:val="420"/>'
              '<w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/>'
              '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
              '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
              'w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
              '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')
A_FONTTABLE = (XML_HEAD + f'<w:fonts xmlns:w="{W_NS}">' + "".join(
    f'<w:font w:name="{n}"><w:charset w:val="{c}"/><w:family w:val="{f}"/><w:pitch w:val="variable"/></w:font>'
    for n, c, f in [("Times New Roman", "00", "roman"), ("宋体", "86", "auto"), ("黑体", "86", "modern"),
                    ("仿宋_GB2312", "86", "modern"), ("楷体_GB2312", "86", "modern"), ("方正小标宋简体", "86", "script")])
    + "</w:fonts>")
A_CONTENT_TYPES = (XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.styles+xml"/>'
                   '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.settings+xml"/>'
                   '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.footnotes+xml"/>'
                   '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.fontTable+xml"/>'
                   '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                   'core-properties+xml"/>'
                   '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'extended-properties+xml"/></Types>')
A_RELS = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          'extended-properties" Target="docProps/app.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
          'core-properties" Target="docProps/core.xml"/>'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          'officeDocument" Target="word/document.xml"/></Relationships>')
A_DOC_RELS = (XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
              'Target="styles.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" '
              'Target="settings.xml"/>'
              '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
              'Target="footnotes.xml"/>'
              '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" '
              'Target="fontTable.xml"/></Relationships>')
A_CORE = (XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
          'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
          'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
          '<dc:title>2026年度衡阳市科技创新计划项目申报指南</dc:title>'
          f'<dc:creator>{A_AUTHOR}</dc:creator><cp:lastModifiedBy>{A_EDITOR}</cp:lastModifiedBy>'
          '<cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-09T08:30:00Z</dcterms:created>'
          '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-13T15:42:00Z</dcterms:modified></cp:coreProperties>')
A_APP = (XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
         'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
         '<TotalTime>86</TotalTime><Pages>4</Pages><Application>Microsoft Office Word</Application><DocSecurity>0'
         '</DocSecurity><Company>衡阳市科学技术局</Company><AppVersion>16.0000</AppVersion></Properties>')


def build_docx_a():
    parts = [("[Content_Types].xml", A_CONTENT_TYPES), ("_rels/.rels", A_RELS), ("docProps/app.xml", A_APP),
             ("docProps/core.xml", A_CORE), ("word/document.xml", a_document_xml()),
             ("word/_rels/document.xml.rels", A_DOC_RELS), ("word/styles.xml", A_STYLES),
             ("word/settings.xml", A_SETTINGS), ("word/footnotes.xml", a_footnotes_xml()),
             ("word/fontTable.xml", A_FONTTABLE)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 13, 15, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def wq(tag):
    return f"{{{W_NS}}}{tag}"


def docx_read(path, view="accept"):
    """Read the .docx back with lxml. view='accept': the published reading (w:ins kept, w:del dropped);
    view='reject': the text before the changes (w:del kept as its delText, w:ins dropped). Returns (lines, info):
    each body paragraph one line (empty ones skipped), then the text box's paragraphs (taken once, from mc:Choice)
    right after the paragraph that anchors it; each table row its cells joined by ' | '; the footnotes at the end."""
    MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        fns = etree.fromstring(z.read("word/footnotes.xml"))
    info = {"ins": [], "del": [], "boxes": 0, "fallback_boxes": 0, "fnrefs": 0}

    def ptext(p):
        out = []
        for el in p.iter(wq("t"), wq("delText")):
            anc = list(el.iterancestors())
            if any(a.tag == wq("txbxContent") for a in anc):
                continue
            in_del = any(a.tag == wq("del") for a in anc)
            in_ins = any(a.tag == wq("ins") for a in anc)
            if view == "accept" and (in_del or el.tag == wq("delText")):
                continue
            if view == "reject" and in_ins:
                continue
            out.append(el.text or "")
        return "".join(out).strip()

    lines = []
    for ins in doc.iter(wq("ins")):
        info["ins"].append("".join(t.text for t in ins.iter(wq("t"))))
    for d in doc.iter(wq("del")):
        info["del"].append("".join(t.text for t in d.iter(wq("delText"))))
    info["fnrefs"] = len(list(doc.iter(wq("footnoteReference"))))
    body = doc.find(wq("body"))
    for el in body:
        if el.tag == wq("p"):
            t = ptext(el)
            if t:
                lines.append(t)
            for box in el.iter(wq("txbxContent")):
                if any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
                    info["fallback_boxes"] += 1
                    continue
                info["boxes"] += 1
                for bp in box.iter(wq("p")):
                    bt = ptext_box(bp)
                    if bt:
                        lines.append(bt)
        elif el.tag == wq("tbl"):
            for tr in el.iter(wq("tr")):
                cells = [" ".join(ptext(p) for p in tc.iter(wq("p"))) for tc in tr.iter(wq("tc"))]
                lines.append(" | ".join(cells))
    for fn in fns.iter(wq("footnote")):
        if int(fn.get(wq("id"))) < 1:
            continue
        for p in fn.iter(wq("p")):
            t = "".join(x.text or "" for x in p.iter(wq("t"))).strip()
            if t:
                lines.append(t)
    return lines, info


def ptext_box(p):
    return "".join(t.text or "" for t in p.iter(wq("t"))).strip()


# ---------------------------------------------------------------------------------------------------------------
# B: 肇庆 科技创新券管理办法 as a Word "Save as Web Page" .htm, GB2312. Kinds: title, docno, sal, p, sign, blank, title2,
#    l0 (section heading, list l0: 一、 markers, no suffix), l1 (item, list l1: "1." markers with a &nbsp; tab pad),
#    table. A "\u00a0" in a text is written as an mso-spacerun &nbsp; run (the plain line collapses it to one space).
# ---------------------------------------------------------------------------------------------------------------
B_TABLE = [
    ["券种", "服务内容", "抵扣比例", "单家企业年度上限"],
    ["研发设计券", "委托研发、工业设计、中试熟化", "50%", "20万元"],
    ["检验检测券", "检验检测、产品认证、标准物质研制", "60%", "10万元"],
    ["知识产权券", "专利导航、高价值专利培育、知识产权评议", "40%", "8万元"],
    ["科技咨询券", "技术评估、科技查新、技术路线图编制", "30%", "3万元"],
]
B_CN = "一二三四五六七八九十"
B_BLOCKS = [
    ("title", "肇庆市科学技术局　肇庆市财政局关于印发《肇庆市科技创新券管理办法》的通知"),
    ("docno", "肇科〔2026〕21号"),
    ("sal", "各县（市、区）科技主管部门、财政局，肇庆高新区科技和经济发展局、财政局，各有关单位："),
    ("p", "为进一步降低科技型中小企业创新成本，推动高校、科研院所和科技服务机构的科技资源向企业开放共享，市科学技术局、市财政局"
          "制定了《肇庆市科技创新券管理办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市科学技术局反映。"
          "《肇庆市科技创新券管理暂行办法》同时废止。请各县（市、区）科技主管部门做好政策宣传和企业辅导工作。"),
    ("p", "联系人：市科学技术局创新服务科　冯志刚\u00a0\u00a0\u00a0\u00a0联系电话：0758-2283516"),
    ("blank", ""),
    ("sign", "肇庆市科学技术局\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0肇庆市财政局"),
    ("sign", "2026年4月8日"),
    ("blank", ""),
    ("title2", "肇庆市科技创新券管理办法"),
    ("l0", "总则"),
    ("p", "（一）为引导企业加大研发投入，充分利用高校、科研院所和科技服务机构的科技资源，根据《肇庆市促进科技创新若干政策措施》，"
          "结合本市实际，制定本办法。"),
    ("p", "（二）本办法所称科技创新券（以下简称“创新券”），是指市财政安排专项资金，向符合条件的企业发放，用于购买科技服务的"
          "电子凭证。创新券实行“企业申领、机构服务、财政兑付”的管理方式，不得转让、买卖或用于其他用途。"),
    ("p", "（三）创新券资金从市级科技专项资金中列支，实行年度预算管理，坚持公开公正、科学规范、注重实效的原则，优先支持初创期"
          "科技型中小企业。"),
    ("p", "（四）本办法适用于端州区、鼎湖区、高要区、四会市、广宁县、怀集县、封开县、德庆县和肇庆高新技术产业开发区范围内的企业。"),
    ("l0", "支持对象"),
    ("p", "申领创新券的企业应同时符合以下条件："),
    ("l1", "在肇庆市内注册登记、具有独立法人资格的科技型中小企业或高新技术企业；"),
    ("l1", "上年度营业收入不超过2亿元；"),
    ("l1", "近两年内无严重失信行为，未被列入经营异常名录，未发生重大安全、环保事故。"),
    ("p", "同一企业与同一服务机构签订的服务合同，一年内申请兑付不超过两次；企业与服务机构存在投资、任职等关联关系的，不得使用"
          "创新券购买其服务。"),
    ("l0", "服务机构"),
    ("p", "创新券服务机构实行入库管理，由高校、科研院所、检验检测机构、知识产权服务机构和科技咨询机构自愿申请，经市科学技术局"
          "审核后纳入肇庆市科技创新券服务机构库。申请入库的服务机构应符合以下条件："),
    ("l1", "在中国境内依法设立，具有独立法人资格，业务范围与所提供的科技服务相符；"),
    ("l1", "具有开展相关服务所需的专业技术人员、仪器设备和场所，检验检测机构须取得相应资质认定；"),
    ("l1", "具有健全的服务管理和财务管理制度，近三年内无不良信用记录。"),
    ("p", "入库机构每2年复核一次，复核不合格的移出机构库。服务机构库名单在服务平台公开，企业可以自主选择入库服务机构。"),
    ("p", "服务机构应如实记录服务过程，妥善保存服务合同、检测报告等资料，保存期限不少于五年。"),
    ("p", "市外服务机构可以申请入库，为本市企业提供服务的，享受与市内服务机构同等的兑付政策。服务机构不得以任何形式向企业返还"
          "服务费用或提供与服务无关的利益。"),
    ("l0", "创新券种类和支持标准"),
    ("p", "创新券分为研发设计券、检验检测券、知识产权券和科技咨询券四类，按服务合同实际交易金额的一定比例抵扣，具体标准如下："),
    ("table", B_TABLE),
    ("p", "单家企业每年申领各类创新券累计不超过30万元。高新技术企业申领研发设计券的，抵扣比例提高10个百分点。"),
    ("p", "抵扣金额按服务合同实际交易金额乘以对应抵扣比例计算，且不超过上表所列年度上限；同一服务事项已获得其他财政资金支持的，"
          "不得重复使用创新券。"),
    ("l0", "申领程序"),
    ("p", "创新券每年分两批受理申领，第一批受理时间为3月1日至3月31日，第二批受理时间为9月1日至9月30日。企业通过“肇庆市科技"
          "创新券服务平台”在线填报申领信息，经所在县（市、区）科技主管部门初审、市科学技术局复核后发放。"),
    ("p", "企业申领创新券时，应如实填报拟购买服务的内容、服务机构和预计费用，同一服务事项只能申领一种创新券。"),
    ("p", "市科学技术局根据企业申领情况和年度资金预算核定发放额度，申领总额超过年度预算的，按企业提交申领的先后顺序发放，"
          "额满为止。"),
    ("p", "创新券有效期为自发放之日起12个月，逾期未使用的自动作废，额度不予结转。企业使用创新券购买服务，应与入库服务机构签订"
          "技术服务合同，并通过对公账户支付服务费用中企业自付部分。"),
    ("l0", "兑付程序"),
    ("p", "服务完成后，企业应在60日内通过服务平台提交兑付申请，上传服务合同、发票、支付凭证和服务成果报告。由服务机构代为申请"
          "兑付的，须提供企业授权书。"),
    ("p", "市科学技术局在收到兑付申请后15个工作日内完成审核，审核通过的由市财政局将资金拨付至企业或服务机构账户。企业与服务机构"
          "存在关联关系的，其服务费用不予兑付。"),
    ("p", "兑付资金原则上直接拨付至服务机构；企业已全额支付服务费用的，兑付资金拨付至企业。企业可以在服务平台查询创新券使用"
          "进度和兑付情况。"),
    ("p", "兑付申请材料不齐全的，市科学技术局一次性告知企业补正；企业逾期未补正的，视为放弃兑付。"),
    ("l0", "管理和监督"),
    ("p", "市科学技术局负责创新券的政策制定、服务机构库管理和兑付审核；市财政局负责资金预算安排和拨付；肇庆市生产力促进中心"
          "负责服务平台日常运营和政策宣传培训；各县（市、区）科技主管部门负责本地区申领初审和服务跟踪。"),
    ("p", "创新券资金使用情况的年度绩效评价由市财政局牵头组织，评价结果作为下一年度资金安排的重要依据。"),
    ("p", "服务机构应按照合同约定的内容、期限和质量要求提供服务，不得转包或者变相转包，不得无故拒绝或者拖延为持券企业提供服务。"
          "服务机构年度内累计两次被企业有效投诉的，暂停其当年服务资格。市科学技术局每年对服务机构的服务质量进行评价，评价结果"
          "向社会公布，并作为服务机构复核的重要依据。"),
    ("p", "企业或服务机构通过虚假合同、虚开发票等方式骗取创新券资金的，追回已兑付资金，取消其申领或入库资格，3年内不得申领"
          "创新券或申请入库，并记入科研诚信记录。有关部门及其工作人员在创新券管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规"
          "追究责任。"),
    ("l0", "附则"),
    ("p", "本办法所称科技型中小企业，是指按照国家有关规定通过评价并入库的企业。"),
    ("p", "本办法施行前已发放且在有效期内的创新券，继续按原规定兑付。国家、省对科技创新券另有规定的，从其规定。"),
    ("p", "本办法由市科学技术局、市财政局负责解释，自2026年5月1日起施行，有效期5年。"),
]


def b_expected_lines():
    out, n0, n1 = [], 0, 0
    for kind, val in B_BLOCKS:
        if kind == "blank":
            continue
        if kind == "table":
            out += [" | ".join(r) for r in val]
            continue
        if kind == "l0":
            out.append(B_CN[n0] + "、" + val)
            n0 += 1
            n1 = 0
            continue
        if kind == "l1":
            n1 += 1
            out.append(f"{n1}. {val}")
            continue
        out.append(re.sub(r"[ \u00a0]+", " ", val).strip())
    return out


def b_runs(text):
    """Word's inline HTML for a text: every Latin/digit run in <span lang=EN-US>, &nbsp; runs as mso-spacerun."""
    out = []
    for m in re.finditer(r"(\u00a0+)|([A-Za-z0-9%.:\-]+)|([^A-Za-z0-9%.:\-\u00a0]+)", text):
        if m.group(1):
            out.append("<span style='mso-spacerun:yes'>" + "&nbsp;" * (len(m.group(1)) - 1) + " </span>")
        elif m.group(2):
            out.append(f"<span lang=EN-US>{htmlmod.escape(m.group(2), quote=False)}</span>")
        else:
            out.append(htmlmod.escape(m.group(3), quote=False))
    return "".join(out)


B_FS = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:\"Times New Roman\""


def b_para(cls, pstyle, text, fs=B_FS, align=None, bold=False):
    a = f" align={align}" if align else ""
    inner = f"<span style='{fs}'>{b_runs(text)}<span lang=EN-US><o:p></o:p></span></span>"
    if bold:
        inner = f"<b>{inner}</b>"
    st = f" style='{pstyle}'" if pstyle else ""
    return f"<p class={cls}{a}{st}>{inner}</p>"


def wrap_source(s, width=76):
    """Break long source lines the way Word does: only at a space inside a tag, outside quotes."""
    out, col, in_tag, quote = [], 0, False, None
    for i, ch in enumerate(s):
        if ch == "\n":
            col = 0
            out.append(ch)
            continue
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == ">":
                in_tag = False
            elif ch == " " and col >= width:
                out.append("\n")
                col = 0
                continue
        elif ch == "<" and s[i + 1:i + 2] != "!":  # never inside <!...> (comments, <![if ...]> markers)
            in_tag = True
        out.append(ch)
        col += 2 if ord(ch) > 0x2E7F else 1
    return "".join(out)


def b_html():
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="zhaoqing_cxq.files/filelist.xml">
<title>肇庆市科学技术局　肇庆市财政局关于印发《肇庆市科技创新券管理办法》的通知</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>创新服务科</o:Author>
  <o:LastAuthor>冯志刚</o:LastAuthor>
  <o:Revision>6</o:Revision>
  <o:TotalTime>47</o:TotalTime>
  <o:Created>2026-04-03T01:16:00Z</o:Created>
  <o:LastSaved>2026-04-08T07:48:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>486</o:Words>
  <o:Characters>2771</o:Characters>
  <o:Company>肇庆市科学技术局</o:Company>
  <o:Lines>23</o:Lines>
  <o:Paragraphs>6</o:Paragraphs>
  <o:CharactersWithSpaces>3251</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:defJc m:val="centerGroup"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="39" Name="Table Grid"/>
  <w:LsdException Locked="false" Priority="34" QFormat="true"
   Name="List Paragraph"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:11.0pt;
	font-family:等线;
	mso-ascii-font-family:等线;
	mso-fareast-font-family:等线;
	mso-hansi-font-family:等线;
	mso-bidi-font-family:"Times New Roman";
	mso-font-kerning:1.0pt;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	text-indent:21.0pt;
	mso-char-indent-count:2.0;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:等线;
	mso-font-kerning:1.0pt;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:等线;
	mso-bidi-font-family:"Times New Roman";}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 99.2pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-paper-source:0;
	layout-grid:28.95pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1204631571;
	mso-list-type:hybrid;
	mso-list-template-ids:-1867315306 -1 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-number-format:chinese-counting;
	mso-level-suffix:none;
	mso-level-text:%1、;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0cm;
	text-indent:32.0pt;}
@list l1
	{mso-list-id:688391204;
	mso-list-type:hybrid;
	mso-list-template-ids:1513081366 -1 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l1:level1
	{mso-level-text:"%1\\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:56.0pt;
	text-indent:-24.0pt;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:等线;}
table.MsoTableGrid
	{mso-style-name:网格型;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-priority:39;
	mso-style-unhide:no;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	font-family:等线;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:28.95pt'>

"""
    body = []
    n0, n1, lfo = 0, 0, 1
    line = "line-height:28.0pt;mso-line-height-rule:exactly"
    for kind, val in B_BLOCKS:
        if kind == "title":
            body.append(b_para("MsoNormal", f"{line.replace('28.0', '36.0')}", val,
                               fs="font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"",
                               align="center"))
            body[-1] = body[-1].replace("align=center style='", "align=center style='text-align:center;")
        elif kind == "title2":
            body.append(b_para("MsoNormal", f"text-align:center;{line.replace('28.0', '36.0')}", val,
                               fs="font-size:18.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"",
                               align="center"))
        elif kind == "docno":
            body.append(b_para("MsoNormal", f"text-align:center;{line}", val, align="center"))
        elif kind == "sal":
            body.append(b_para("MsoNormal", line, val))
        elif kind == "p":
            body.append(b_para("MsoNormal", f"text-indent:32.0pt;mso-char-indent-count:2.0;{line}", val))
        elif kind == "sign":
            body.append(b_para("MsoNormal", f"text-align:right;{line};margin-right:32.0pt", val, align="right"))
        elif kind == "blank":
            body.append(f"<p class=MsoNormal style='{line}'><span lang=EN-US style='{B_FS}'><o:p>&nbsp;</o:p></span></p>")
        elif kind == "l0":
            mark = B_CN[n0] + "、"
            n0 += 1
            n1 = 0
            body.append(f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-char-indent-count:0;"
                        f"{line};mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-size:16.0pt;"
                        f"font-family:黑体;mso-bidi-font-family:黑体'><span style='mso-list:Ignore'>{mark}</span></span>"
                        f"<![endif]><span style='font-size:16.0pt;font-family:黑体'>{b_runs(val)}<span lang=EN-US>"
                        f"<o:p></o:p></span></span></p>")
        elif kind == "l1":
            if n1 == 0:
                lfo += 1  # each item list is its own list instance, restarting at 1
            n1 += 1
            body.append(f"<p class=MsoListParagraph style='margin-left:56.0pt;text-indent:-24.0pt;mso-char-indent-count:0;"
                        f"{line};mso-list:l1 level1 lfo{lfo}'><![if !supportLists]><span lang=EN-US style='font-size:16.0pt;"
                        f"font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'><span style='mso-list:Ignore'>"
                        f"{n1}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                        f"</span><![endif]><span style='{B_FS}'>{b_runs(val)}<span lang=EN-US><o:p></o:p></span></span></p>")
        elif kind == "table":
            widths = [92, 228, 80, 119]
            t = ["<div align=center>",
                 "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                 "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
            for i, r in enumerate(val):
                last = ";mso-yfti-lastrow:yes" if i == len(val) - 1 else ""
                first = ";mso-yfti-firstrow:yes" if i == 0 else ""
                t.append(f" <tr style='mso-yfti-irow:{i}{first}{last};height:22.7pt'>")
                for j, (w, c) in enumerate(zip(widths, r)):
                    bl = "border:solid windowtext 1.0pt" if i == 0 and j == 0 else (
                        "border:solid windowtext 1.0pt;border-left:none" if i == 0 else
                        "border:solid windowtext 1.0pt;border-top:none" if j == 0 else
                        "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt")
                    fs = "font-size:12.0pt;font-family:黑体" if i == 0 else "font-size:12.0pt;font-family:仿宋_GB2312"
                    t.append(f"  <td width={w} style='width:{w * 0.75:.1f}pt;{bl};mso-border-alt:solid windowtext .5pt;"
                             f"padding:0cm 5.4pt 0cm 5.4pt;height:22.7pt'>")
                    t.append(f"  <p class=MsoNormal align=center style='text-align:center'><span style='{fs}'>"
                             f"{b_runs(c)}<span lang=EN-US><o:p></o:p></span></span></p>")
                    t.append("  </td>")
                t.append(" </tr>")
            t.append("</table>")
            t.append("</div>")
            body.append("\n".join(t))
    tail = "\n\n</div>\n\n</body>\n\n</html>\n"
    src = head + "\n\n".join(wrap_source(b) for b in body) + tail
    return src.replace("\n", "\r\n")


# ---------------------------------------------------------------------------------------------------------------
# C: 乐山 government page, UTF-8: the list of platforms as <ul class="list-table"> (CSS grid), paragraphs <div class="p">
# ---------------------------------------------------------------------------------------------------------------
C_LIST = [
    ["序号", "平台名称", "依托单位", "所在地", "负责人"],
    ["1", "乐山市晶硅材料表面工程重点实验室", "乐山晶川新能源材料有限公司", "五通桥区", "冉建国"],
    ["2", "乐山市多晶硅冷氢化节能工艺重点实验室", "四川峨盛硅业科技股份有限公司", "乐山高新区", "曾庆华"],
    ["3", "乐山市盐卤资源综合利用重点实验室", "乐山西坝盐化研究院有限公司", "犍为县", "罗文斌"],
    ["4", "乐山市茶叶精深加工重点实验室", "四川峨秀茶业科技有限公司", "峨眉山市", "郑雨桐"],
    ["5", "乐山市大渡河流域生态修复重点实验室", "乐山大瓦山生态环境研究院", "金口河区", "苏明远"],
    ["6", "乐山市光伏组件智能制造工程技术研究中心", "乐山晶华光伏科技有限公司", "市中区", "蒋海鹏"],
    ["7", "乐山市磷化工清洁生产工程技术研究中心", "乐山磷源化工有限公司", "马边彝族自治县", "阿苏伍呷"],
    ["8", "乐山市竹产业高值化利用工程技术研究中心", "四川沐竹新材料科技有限公司", "沐川县", "黄思琪"],
    ["9", "乐山市建筑陶瓷绿色制造工程技术研究中心", "夹江县鑫陶建材有限公司", "夹江县", "何志勇"],
    ["10", "乐山市柑橘采后处理工程技术研究中心", "四川井研金果农业科技有限公司", "井研县", "杨春燕"],
    ["11", "乐山市数字文旅工程技术研究中心", "乐山嘉州文旅数字科技有限公司", "沙湾区", "周子墨"],
    ["12", "乐山市电子级多晶硅检测工程技术研究中心", "乐山晶检检测技术有限公司", "峨边彝族自治县", "陈立伟"],
    ["13", "乐山市智能输配电装备工程技术研究中心", "乐山川能电气设备有限公司", "乐山高新区", "吴国栋"],
    ["14", "乐山市特色中药材种植与加工工程技术研究中心", "四川峨眉本草药业有限公司", "峨眉山市", "李秀兰"],
]
C_TITLE = "乐山市科学技术局关于公布2026年度乐山市级科技创新平台认定名单的通知"
C_NAV = ["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"]
C_BODY_TOP = [
    "各县（市、区）科技主管部门，乐山高新技术产业开发区科技创新局，各有关单位：",
    "根据《乐山市科技创新平台建设与管理办法》，经单位申报、县（市、区）推荐、形式审查、专家评审、现场考察和社会公示等程序，"
    "认定“乐山市晶硅材料表面工程重点实验室”等14家平台为2026年度乐山市级科技创新平台，其中重点实验室5家、工程技术研究中心9家，"
    "现予公布（名单见下表）。",
    "本次认定工作围绕我市晶硅光伏、盐磷化工、绿色建材、茶叶及特色农产品加工、数字文旅等重点产业布局，共受理申报材料31份，"
    "经综合评审择优认定。认定的平台名称统一规范为“乐山市××重点实验室”或“乐山市××工程技术研究中心”，依托单位不得擅自变更"
    "平台名称或将平台名称用于商业宣传。",
]
C_LIST_CAPTION = "2026年度乐山市级科技创新平台认定名单"
C_BODY_BOTTOM = [
    "本次认定的平台建设期为3年，自2026年7月1日起计算。市科技局对新认定的重点实验室给予一次性建设补助30万元，对新认定的工程"
    "技术研究中心给予一次性建设补助20万元，补助资金从市级科技专项资金中列支。",
    "各依托单位要切实履行主体责任，在人员、经费、场地和设备等方面给予保障，每年对平台的研发投入不低于100万元。平台应于每年"
    "12月15日前通过“乐山市科技管理信息系统”报送年度工作报告。",
    "建设期满后，由乐山市科技创新发展中心牵头组织绩效评估，评估结果分为优秀、良好、合格和不合格四个等次。评估优秀的，给予"
    "10万元奖励性后补助；评估不合格的，撤销其市级平台资格，依托单位两年内不得再次申报。",
    "各县（市、区）科技主管部门要加强对本地区平台的指导和服务，推动平台与企业开展产学研合作，支持符合条件的平台申报省级重点"
    "实验室和省级工程技术研究中心。",
    "请各依托单位对照《乐山市科技创新平台建设与管理办法》要求，在本通知印发后3个月内修订完善平台建设方案，健全学术委员会或"
    "技术委员会，每年至少召开一次全体会议，研究确定平台发展方向和年度重点任务。平台负责人应为依托单位在职人员，平台固定"
    "研究人员不少于10人。",
    "乐山高新技术产业开发区和各县（市、区）要结合本地产业发展实际，在用地保障、人才引进和配套资金等方面对平台建设给予支持，形成市县联动"
    "的平台培育体系。依托单位应在对外发布的科研成果中规范标注平台名称。",
    "市科技局将建立市级科技创新平台动态管理机制，定期发布平台开放共享目录，推动平台仪器设备向中小企业开放，开放共享服务"
    "情况纳入绩效评估内容。对建设成效突出的平台，在省级平台推荐、市级科技计划项目立项等方面给予优先支持。",
    "上述名单已于2026年6月5日至6月11日在乐山市科学技术局门户网站公示，公示期间无异议。",
    "平台依托单位发生合并、分立、更名或主要研究方向调整等重大事项的，应在事项发生后30日内书面报告市科技局；依托单位注销或"
    "平台无法继续运行的，由市科技局撤销其平台资格。",
    "补助资金由市财政局按程序拨付至依托单位，依托单位应单独核算、专款专用，主要用于平台研发仪器设备购置、开放共享服务和"
    "人才团队建设，不得用于支付罚款、捐赠、赞助和对外投资等支出。",
    "联系人：市科技局创新平台与基础研究科　彭晓舟，电话：0833-2436218。",
    "附件：2026年度乐山市级科技创新平台认定名单",
]
C_SIGN = ["乐山市科学技术局", "2026年6月18日"]
C_META = "发布时间：2026-06-19 10:32　来源：乐山市科学技术局　浏览次数："
C_FONT = "【字体：大 中 小】"
C_CRUMB = "当前位置：首页 > 政务公开 > 通知公告"
C_SITE = "乐山市科学技术局"
C_TOPBAR = "欢迎访问乐山市科学技术局网站　无障碍浏览　长者模式"
C_TOOLS = "打印本页 关闭窗口"
C_SHARE = "分享到： 微信 微博 QQ空间"
C_RELATED_HEAD = "相关链接"
C_RELATED = ["乐山市科技创新平台建设与管理办法解读", "关于组织申报2026年度乐山市科技计划项目的通知"]
C_FOOTER = [
    "主办单位：乐山市科学技术局　承办单位：乐山市科技信息中心",
    "地址：乐山市嘉州大道中段366号　邮编：614000　电话：0833-2130457",
    "网站标识码：5111000027　蜀ICP备11008462号-2　川公网安备51110202000317号",
]


def hesc(s):
    return htmlmod.escape(s, quote=False)


def c_html():
    """Return (html text, expected plain lines)."""
    h, lines = [], []
    h.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
             '<meta http-equiv="X-UA-Compatible" content="IE=edge">\n'
             f'<meta name="SiteName" content="{C_SITE}">\n<meta name="SiteIDCode" content="5111000027">\n'
             '<meta name="ColumnName" content="通知公告">\n'
             f'<meta name="ArticleTitle" content="{hesc(C_TITLE)}">\n<meta name="PubDate" content="2026-06-19 10:32">\n'
             f"<title>{hesc(C_TITLE)}_通知公告_{C_SITE}</title>\n"
             "<style>\n"
             "body{margin:0;font-family:'Microsoft YaHei',SimSun,sans-serif;color:#333;background:#f4f6f9;}\n"
             ".wrap{width:1200px;margin:0 auto;background:#fff;}\n"
             ".topbar{background:#0b4ea2;color:#fff;font-size:12px;padding:4px 20px;}\n"
             ".nav{display:flex;list-style:none;margin:0;padding:0;background:#1565c0;}\n.nav li{padding:12px 28px;}\n"
             ".nav li a{color:#fff;text-decoration:none;}\n.crumb{padding:10px 20px;font-size:13px;}\n"
             ".article .title{font-size:22px;font-weight:bold;text-align:center;padding:20px 40px 10px;}\n"
             ".article .info{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding:8px;}\n"
             ".article .p{text-indent:2em;line-height:2;font-size:16px;margin:0 40px;}\n"
             ".article .right{text-align:right;margin:0 60px;line-height:2;}\n"
             ".article .cap{text-align:center;font-weight:bold;margin-top:12px;}\n"
             ".list-table{list-style:none;margin:10px 40px;padding:0;border:1px solid #d0d7e2;}\n"
             ".list-table li{display:grid;grid-template-columns:56px 2.4fr 2fr 1.1fr 90px;border-top:1px solid #d0d7e2;}\n"
             ".list-table li:first-child{border-top:none;}\n"
             ".list-table li.header{background:#eaf1fb;font-weight:bold;}\n"
             ".list-table li span{padding:8px 6px;border-left:1px solid #d0d7e2;text-align:center;}\n"
             ".list-table li span:first-child{border-left:none;}\n"
             ".tools,.share{text-align:right;margin:10px 40px;font-size:13px;}\n"
             ".footer{background:#0b4ea2;color:#dfe8f5;font-size:12px;text-align:center;padding:16px;}\n"
             "</style>\n"
             "<script>\nfunction doZoom(size){var el=document.getElementById('zoom');if(el){el.style.fontSize=size+'px';}}\n"
             "</script>\n</head>\n<body>\n<div class=\"wrap\">\n")
    h.append(f'<div class="topbar">{hesc(C_TOPBAR)}</div>\n')
    lines.append(C_TOPBAR)
    h.append(f'<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{C_SITE}"></a>'
             f'<div class="sitename">{C_SITE}</div></div>\n'
             '<div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字">'
             '<button type="submit">搜索</button></form></div></div>\n')
    lines += [C_SITE, "搜索"]
    h.append('<ul class="nav">\n')
    for i, n in enumerate(C_NAV):
        h.append(f'<li><a href="{"/" if i == 0 else f"/col/col{1200 + i}/index.html"}">{n}</a></li>\n')
        lines.append(n)
    h.append("</ul>\n")
    h.append('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1202/index.html">政务公开</a> &gt; '
             '<a href="/col/col1236/index.html">通知公告</a></div>\n')
    lines.append(C_CRUMB)
    h.append('<div class="article">\n')
    h.append(f'<div class="title">{hesc(C_TITLE)}</div>\n')
    lines.append(C_TITLE)
    h.append('<div class="info"><span>发布时间：2026-06-19 10:32</span>　<span>来源：乐山市科学技术局</span>　'
             '<span>浏览次数：<span id="hits"></span></span></div>\n')
    lines.append(C_META)
    h.append('<div class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
             '<a href="javascript:doZoom(14)">小</a>】</div>\n')
    lines.append(C_FONT)
    h.append('<div class="content" id="zoom">\n')
    for t in C_BODY_TOP:
        h.append(f'<div class="p">{hesc(t)}</div>\n')
        lines.append(t)
    h.append(f'<div class="cap">{hesc(C_LIST_CAPTION)}</div>\n')
    lines.append(C_LIST_CAPTION)
    h.append('<ul class="list-table">\n')
    for i, r in enumerate(C_LIST):
        cls = ' class="header"' if i == 0 else ""
        h.append(f"<li{cls}>" + "".join(f"<span>{hesc(c)}</span>" for c in r) + "</li>\n")
        lines.append(" | ".join(r))
    h.append("</ul>\n")
    for t in C_BODY_BOTTOM:
        h.append(f'<div class="p">{hesc(t)}</div>\n')
        lines.append(t)
    for t in C_SIGN:
        h.append(f'<div class="right">{hesc(t)}</div>\n')
        lines.append(t)
    h.append("</div>\n")
    h.append('<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n')
    lines.append(C_TOOLS)
    h.append('<div class="share">分享到： <a href="#" class="wx">微信</a> <a href="#" class="wb">微博</a> '
             '<a href="#" class="qz">QQ空间</a></div>\n')
    lines.append(C_SHARE)
    h.append(f'<div class="related"><div class="hd">{C_RELATED_HEAD}</div><ul>\n')
    lines.append(C_RELATED_HEAD)
    for i, t in enumerate(C_RELATED):
        h.append(f'<li><a href="/art/2026/{4 + i}/{11 + i}/art_1236_{8801 + i}.html">{hesc(t)}</a></li>\n')
        lines.append(t)
    h.append("</ul></div>\n</div>\n")
    h.append('<div class="footer">\n')
    for t in C_FOOTER:
        h.append(f"<div>{hesc(t)}</div>\n")
        lines.append(t)
    h.append("</div>\n</div>\n<script>\n(function(){var s=document.getElementById('hits');if(s){s.innerHTML='';}})();\n"
             "</script>\n</body>\n</html>\n")
    return "".join(h), lines


# ---------------------------------------------------------------------------------------------------------------
# The HTML line reader (B and C)
# ---------------------------------------------------------------------------------------------------------------
H_BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "div", "ul", "ol", "table", "tbody", "thead", "nav",
           "header", "footer", "main", "form", "td", "th"}
H_LEAF = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "form"}
H_SKIP = {"head", "script", "style", "title"}


def hnorm(s):
    return re.sub(r"[ \t\r\n\u00a0]+", " ", s).strip()


def html_lines(raw_bytes):
    """What a reader sees: each innermost block (p, h*, li, div, form) is one line; a <table> row is one line, its
    cells (each the text of its paragraphs) joined by ' | '; an <li> of a <ul class="list-table"> is one line, its
    <span> cells joined by ' | '; comments (Word's <![if !supportLists]> markers become comments, their content stays)
    skipped; <br> a space; whitespace and &nbsp; runs collapse to one space; lines stripped; empty lines dropped.
    lxml finds the encoding itself (the meta charset). Returns (lines, tables, list_tables, root)."""
    import lxml.html
    root = lxml.html.document_fromstring(raw_bytes)
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    lines, tables, ltables = [], [], []

    def txt(el):
        return hnorm("".join(el.itertext()))

    def walk(el):
        if not isinstance(el.tag, str) or el.tag in H_SKIP:
            return
        if el.tag == "table":
            rows = []
            for tr in el.iter("tr"):
                cells = [txt(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
                rows.append(cells)
                lines.append(" | ".join(cells))
            tables.append(rows)
            return
        if el.tag == "ul" and "list-table" in (el.get("class") or "").split():
            rows = []
            for li in el.findall("li"):
                cells = [txt(s) for s in li.findall("span")]
                rows.append(cells)
                lines.append(" | ".join(cells))
            ltables.append(rows)
            return
        if el.tag in H_LEAF and not any(isinstance(d.tag, str) and d.tag in H_BLOCK for d in el.iterdescendants()):
            t = txt(el)
            if t:
                lines.append(t)
            return
        for ch in el:
            walk(ch)

    if root.find("body") is not None:  # (a page decoded with the wrong charset may have no body at all)
        walk(root.find("body"))
    return lines, tables, ltables, root


# ---------------------------------------------------------------------------------------------------------------
# Questions. hint: a substring that must pick exactly one plain line of the doc (the evidence line). traditional:
# written in Simplified (qs) and converted with OpenCC s2tw. Unanswerable: keys = regexes absent from the doc (plain,
# raw, converted; each also in s2tw / s2twp / s2hk / t2s form); gkeys = the same over all docs (and named in the
# question); near = terms present in the doc. table: col = the header of the answer's column. who_leads: verb after
# the answer within one clause. typo: wrong/right forms (one character apart). tracked: (A) the answer is the
# inserted text of a tracked change whose deletion holds the old value (given).
# ---------------------------------------------------------------------------------------------------------------
Q = [
    # ---- A 衡阳 申报指南 (.docx with tracked changes, a footnote, a text box; 18)
    dict(id="u39-A01", doc="A", kind="table", q="衡阳今年的重点研发项目，每项市里最多给多少钱？", a="80万元", hint="重点研发项目 | 输变电装备", col="单项资助上限", tracked="50万元"),
    dict(id="u39-A02", doc="A", kind="table", q="衡阳成果转化类项目单个最多能拿到多少市级资助？", a="60万元", hint="成果转化项目 | ", col="单项资助上限"),
    dict(id="u39-A03", doc="A", kind="english", q="In Hengyang, what minimum ratio of R&D expenditure to sales revenue in the previous year must an enterprise have to apply for a key R&D or achievement transformation project?", a="3%", hint="研究开发费用占销售收入", tracked="2.5%"),
    dict(id="u39-A04", doc="A", kind="english", q="What share of the funding is paid out once a project under Hengyang's 2026 science and technology innovation plan is approved?", a="70%", hint="分期拨付", tracked="60%"),
    dict(id="u39-A05", doc="A", kind="english", q="Which phone number gives technical support for Hengyang's online project application system?", a="0734-8865127", hint="技术支持电话"),
    dict(id="u39-A06", doc="A", kind="english", q="By what date must county-level science and technology departments in Hengyang send their recommendation letters to the municipal bureau?", a="2026年5月15日", hint="推荐函"),
    dict(id="u39-A07", doc="A", kind="paraphrase", q="衡阳今年在系统里填报材料，最晚到哪一天为止？", a="4月30日", hint="网上申报时间为", tracked="4月20日"),
    dict(id="u39-A08", doc="A", kind="paraphrase", q="衡阳要求申报单位成立满一年，这个年限是算到哪天为止的？", a="2026年3月31日", hint="注册时间计算截至"),
    dict(id="u39-A09", doc="A", kind="paraphrase", q="衡阳企业来报项目，自己掏的钱和找市里要的钱至少得是什么比例？", a="2:1", hint="研究开发费用占销售收入", tracked="1:1"),
    dict(id="u39-A10", doc="A", kind="typo", q="衡杨市重点研发项目会议答辩时，每个项目的评审专家不少于几名？", a="7名", hint="牵头组织专家评审", wrong="衡杨", right="衡阳", tracked="5名"),
    dict(id="u39-A11", doc="A", kind="typo", q="衡阳软科学研究项目的研究报告要形成多少字的决策资询建议？", a="1.5万字", hint="软科学研究项目。", wrong="资询", right="咨询"),
    dict(id="u39-A12", doc="A", kind="who_leads", q="衡阳科技创新计划项目的专家评审由哪个单位牵头组织？", a="衡阳市科技事务服务中心", hint="牵头组织专家评审", verb="牵头"),
    dict(id="u39-A13", doc="A", kind="traditional", qs="衡阳同一家单位今年最多能报几个科技创新计划项目？", a="3项", hint="同一申报单位限报", tracked="5项"),
    dict(id="u39-A14", doc="A", kind="unanswerable", q="邵阳市2026年度科技创新计划重点研发项目的单项资助上限是多少？", gkeys=["邵阳"], near=["重点研发项目"]),
    dict(id="u39-A15", doc="A", kind="unanswerable", q="衡阳2026年度第二批科技创新计划项目什么时候开始申报？", keys=["第二批", "二批"], near=["2026年度"]),
    dict(id="u39-A16", doc="A", kind="unanswerable", q="衡阳市发展和改革委员会在科技创新计划项目申报中负责什么？", keys=["发展和改革", "发改"], near=["市科技局"]),
    dict(id="u39-A17", doc="A", kind="unanswerable", q="衡阳揭榜挂帅项目最高能获得多少资助？", keys=["揭榜", "挂帅"], near=["重点研发项目"]),
    dict(id="u39-A18", doc="A", kind="english_unanswerable", q="What was the funding ceiling for key R&D projects in Hengyang's 2025 science and technology innovation plan?", keys=["2025"], near=["2026年度"]),
    # ---- B 肇庆 科技创新券管理办法 (Word HTML, GB2312; 16)
    dict(id="u39-B01", doc="B", kind="table", q="肇庆企业用检验检测方面的创新券，服务费能按多大比例抵扣？", a="60%", hint="检验检测券 | ", col="抵扣比例"),
    dict(id="u39-B02", doc="B", kind="table", q="肇庆的知识产权券，一家企业一年最多能用多少？", a="8万元", hint="知识产权券 | ", col="单家企业年度上限"),
    dict(id="u39-B03", doc="B", kind="english", q="What is the maximum total value of innovation vouchers that a single enterprise in Zhaoqing may claim per year?", a="30万元", hint="累计不超过"),
    dict(id="u39-B04", doc="B", kind="english", q="Within how many days after a service is completed must a Zhaoqing enterprise apply for voucher redemption?", a="60日", hint="服务完成后"),
    dict(id="u39-B05", doc="B", kind="english", q="How long is a Zhaoqing science and technology innovation voucher valid after it is issued?", a="12个月", hint="自发放之日起"),
    dict(id="u39-B06", doc="B", kind="paraphrase", q="在肇庆，去年营收最多多少的公司还能领这种券？", a="2亿元", hint="营业收入不超过"),
    dict(id="u39-B07", doc="B", kind="paraphrase", q="肇庆市科技局拿到兑现材料以后，多长时间内要审完？", a="15个工作日", hint="完成审核"),
    dict(id="u39-B08", doc="B", kind="paraphrase", q="肇庆下半年那一轮领券，从几号开始收材料？", a="9月1日", hint="第二批受理时间"),
    dict(id="u39-B09", doc="B", kind="typo", q="兆庆市科技创新券管理办法从哪天起施行？", a="2026年5月1日", hint="起施行", wrong="兆庆", right="肇庆"),
    dict(id="u39-B10", doc="B", kind="typo", q="肇庆创新卷服务机构入库后每隔多长时间复核一次？", a="2年", hint="复核一次", wrong="创新卷", right="创新券"),
    dict(id="u39-B11", doc="B", kind="who_leads", q="肇庆每年对创新券资金使用效果的考评，由哪个部门牵头组织？", a="市财政局", hint="年度绩效评价", verb="牵头"),
    dict(id="u39-B12", doc="B", kind="traditional", qs="肇庆的高新技术企业申领研发设计券，抵扣比例能提高多少？", a="10个百分点", hint="抵扣比例提高"),
    dict(id="u39-B13", doc="B", kind="unanswerable", q="云浮市科技创新券单家企业年度上限是多少？", gkeys=["云浮"], near=["单家企业年度上限"]),
    dict(id="u39-B14", doc="B", kind="unanswerable", q="肇庆创新券第三批什么时候开始受理申领？", keys=["第三批", "三批"], near=["第二批"]),
    dict(id="u39-B15", doc="B", kind="unanswerable", q="肇庆市工业和信息化局在创新券管理中负责哪些工作？", keys=["工业和信息化", "工信"], near=["市财政局"]),
    dict(id="u39-B16", doc="B", kind="english_unanswerable", q="What deduction ratio do large enterprises get with Zhaoqing's R&D design vouchers?", keys=["大型企业", "大企业"], near=["研发设计券"]),
    # ---- C 乐山 平台认定名单 (UTF-8 page, list-table; 16)
    dict(id="u39-C01", doc="C", kind="table", q="乐山市盐卤资源综合利用重点实验室是靠哪家单位建设的？", a="乐山西坝盐化研究院有限公司", hint="| 乐山市盐卤资源综合利用重点实验室 |", col="依托单位"),
    dict(id="u39-C02", doc="C", kind="table", q="乐山竹产业高值化利用工程技术研究中心的带头人是谁？", a="黄思琪", hint="| 乐山市竹产业高值化利用工程技术研究中心 |", col="负责人"),
    dict(id="u39-C03", doc="C", kind="table", q="乐山柑橘采后处理工程技术研究中心在哪个县？", a="井研县", hint="| 乐山市柑橘采后处理工程技术研究中心 |", col="所在地"),
    dict(id="u39-C04", doc="C", kind="table", q="乐山市数字文旅工程技术研究中心是哪家企业在建？", a="乐山嘉州文旅数字科技有限公司", hint="| 乐山市数字文旅工程技术研究中心 |", col="依托单位"),
    dict(id="u39-C05", doc="C", kind="english", q="How much one-off construction subsidy does Leshan give a newly recognised municipal key laboratory?", a="30万元", hint="一次性建设补助"),
    dict(id="u39-C06", doc="C", kind="english", q="By what date each year must Leshan's municipal innovation platforms submit their annual work report?", a="12月15日", hint="年度工作报告"),
    dict(id="u39-C07", doc="C", kind="english", q="What is the minimum annual R&D investment a host institution must put into its platform in Leshan?", a="100万元", hint="研发投入不低于"),
    dict(id="u39-C08", doc="C", kind="paraphrase", q="乐山这批平台到期考核拿了最高档，还能再领多少钱？", a="10万元", hint="奖励性后补助"),
    dict(id="u39-C09", doc="C", kind="paraphrase", q="乐山这份名单挂到网上让大家提意见，是从哪天开始的？", a="2026年6月5日", hint="公示期间无异议"),
    dict(id="u39-C10", doc="C", kind="typo", q="乐山市级科技创新平台的建设其是多长？", a="3年", hint="建设期为", wrong="建设其", right="建设期"),
    dict(id="u39-C11", doc="C", kind="who_leads", q="乐山市级科技创新平台建设期满后的绩效评估由谁牵头组织？", a="乐山市科技创新发展中心", hint="牵头组织绩效评估", verb="牵头"),
    dict(id="u39-C12", doc="C", kind="traditional", qs="乐山新认定的工程技术研究中心一次性能拿多少建设补助？", a="20万元", hint="一次性建设补助"),
    dict(id="u39-C13", doc="C", kind="unanswerable", q="雅安市2026年度认定了多少家市级重点实验室？", gkeys=["雅安"], near=["重点实验室"]),
    dict(id="u39-C14", doc="C", kind="unanswerable", q="乐山2025年度认定了多少家市级科技创新平台？", keys=["2025"], near=["2026年度"]),
    dict(id="u39-C15", doc="C", kind="unanswerable", q="乐山市经济和信息化局在科技创新平台认定中负责什么？", keys=["经济和信息化", "经信"], near=["市科技局"]),
    dict(id="u39-C16", doc="C", kind="english_unanswerable", q="What construction subsidy does Leshan give a newly recognised municipal new-type R&D institution?", keys=["新型研发机构"], near=["工程技术研究中心"]),
]

KIND_COUNTS = {"english": 10, "english_unanswerable": 3, "paraphrase": 8, "typo": 5, "table": 8, "who_leads": 3,
               "traditional": 3, "unanswerable": 10}
DOC_COUNTS = {"A": 18, "B": 16, "C": 16}
KIND_DOC_COUNTS = {  # kind: (A, B, C)
    "english": (4, 3, 3), "english_unanswerable": (1, 1, 1), "paraphrase": (3, 3, 2), "typo": (2, 2, 1),
    "table": (2, 2, 4), "who_leads": (1, 1, 1), "traditional": (1, 1, 1), "unanswerable": (4, 3, 3)}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_PLACE = {"A": "Hengyang", "B": "Zhaoqing", "C": "Leshan"}
PLACE_KEYS = ["邵阳", "邵陽", "Shaoyang", "云浮", "雲浮", "Yunfu", "雅安", "Ya'an", "Yaan", "Meishan",
              "湘潭", "永州", "佛山", "清远", "清遠", "自贡", "自貢"]  # neighbours: in no document
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


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    CORPUS.mkdir(exist_ok=True)
    PLAIN.mkdir(exist_ok=True)
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)

    # ---- build
    a_bytes = build_docx_a()
    (CORPUS / FILE_A).write_bytes(a_bytes)
    b_src = b_html()
    (CORPUS / FILE_B).write_bytes(b_src.encode("gb2312"))
    c_src, c_expected = c_html()
    (CORPUS / FILE_C).write_bytes(c_src.encode("utf-8"))

    # ---- plain texts: A designed, then compared with the .docx read back; B, C read back from the files
    a_plain = a_plain_lines()
    a_read, a_info = docx_read(CORPUS / FILE_A)
    b_bytes = (CORPUS / FILE_B).read_bytes()
    b_plain, b_tables, b_ltables, b_root = html_lines(b_bytes)
    c_bytes = (CORPUS / FILE_C).read_bytes()
    c_plain, c_tables, c_ltables, c_root = html_lines(c_bytes)
    plains = {"A": a_plain, "B": b_plain, "C": c_plain}
    for d, lines in plains.items():
        (PLAIN / (Path(FILES[d]).stem + ".txt")).write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    ptext = {d: "\n".join(v) for d, v in plains.items()}
    for d in "ABC":
        check(all(ln == ln.strip() and ln for ln in plains[d]), f"{d}: empty or padded plain line")
        check(T2S.convert(ptext[d]) == ptext[d], f"{d}: Simplified throughout")
    check(3500 <= len(ptext["A"]) <= 5000, f"A: {len(ptext['A'])} characters, want 3,500-5,000")
    check(2500 <= len(ptext["B"]) <= 3500, f"B: {len(ptext['B'])} characters, want 2,500-3,500")
    c_content = [C_TITLE] + C_BODY_TOP + [C_LIST_CAPTION] + [" | ".join(r) for r in C_LIST] + C_BODY_BOTTOM + C_SIGN
    c_clen = len("\n".join(c_content))
    check(2000 <= c_clen <= 3000, f"C: {c_clen} characters of content, want 2,000-3,000")

    # ---- A: docx with tracked changes, a footnote and a text box
    check(a_read == a_plain, "A: the .docx read back (insertions kept, deletions dropped, box after its anchor, "
                             "footnote last) differs from the designed plain text")
    with zipfile.ZipFile(CORPUS / FILE_A) as z:
        names = z.namelist()
        a_docxml = z.read("word/document.xml").decode("utf-8")
        a_fnxml = z.read("word/footnotes.xml").decode("utf-8")
        a_settings = z.read("word/settings.xml").decode("utf-8")
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    etree.fromstring(z.read(n))
                except etree.XMLSyntaxError as e:
                    check(False, f"A: {n} not well-formed: {e}")
    check(zipfile.is_zipfile(CORPUS / FILE_A) and "word/document.xml" in names and "[Content_Types].xml" in names,
          "A: a .docx package")
    check("<w:trackRevisions/>" in a_settings, "A: Track Changes on (w:trackRevisions in settings.xml)")
    ins_all, del_all = a_info["ins"], a_info["del"]
    check(len(ins_all) >= 8 and len(del_all) >= 8, f"A: tracked changes ({len(ins_all)} insertions, {len(del_all)} deletions)")
    for old, new in A_TRACKED_FIGURES:
        check(old in del_all and new in ins_all, f"A: tracked pair {old} -> {new} in w:del / w:ins")
        check(num_count(old, ptext["A"]) == 0, f"A: deleted {old} occurs in the final text")
        check(sum(num_count(old, x) for x in del_all) == 1, f"A: deleted {old} not unique among deletions")
        check(num_count(old, re.sub(r"<[^>]+>", "\n", a_docxml + a_fnxml)) == 1,
              f"A: deleted {old} must be in the XML exactly once (its w:delText)")
        check(num_count(new, ptext["A"]) == 1, f"A: inserted {new} not once in the final text")
    reject, _ = docx_read(CORPUS / FILE_A, view="reject")
    rej_design = []
    for kind, val in A_BLOCKS:
        if kind == "table":
            rej_design += [" | ".join(a_reject(c) for c in r) for r in val]
        else:
            rej_design.append(a_reject(val))
            if "{box}" in val:
                rej_design.append(A_BOX)
    rej_design.append(A_FOOTNOTE)
    check(reject == rej_design, "A: the reject-all reading (the draft before the edits) differs from the design")
    table_cells_tracked = [c for r in A_TABLE[1:] for c in r if "[-" in c and "[+" in c]
    check(len(table_cells_tracked) >= 1, "A: a tracked change inside a table cell")
    tbl_xml = a_docxml[a_docxml.find("<w:tbl>"):a_docxml.find("</w:tbl>")]
    check("<w:del " in tbl_xml and "<w:ins " in tbl_xml, "A: w:del and w:ins inside the table XML")
    para_tracked = [v for k, v in A_BLOCKS if k != "table" and "[-" in v and "[+" in v]
    check(len(para_tracked) >= 4, "A: tracked pairs inside 4+ paragraphs")
    check(a_info["fnrefs"] == 1 and a_docxml.count("<w:footnoteReference ") == 1, "A: one footnote reference")
    check(a_fnxml.count('<w:footnote w:id="1">') == 1 and "w:footnoteRef" in a_fnxml, "A: one footnote in footnotes.xml")
    fn_anchor = [v for k, v in A_BLOCKS if "{fn}" in v]
    check(len(fn_anchor) == 1 and a_plain[-1] == A_FOOTNOTE, "A: the footnote text is the last plain line")
    check(a_info["boxes"] == 1 and a_info["fallback_boxes"] == 1 and a_docxml.count("<w:txbxContent>") == 2,
          "A: one text box, DrawingML (mc:Choice) plus its VML fallback")
    box_anchor = [a_final(v) for k, v in A_BLOCKS if "{box}" in v]
    check(len(box_anchor) == 1 and a_plain[a_plain.index(box_anchor[0]) + 1] == A_BOX,
          "A: the text box line right after the paragraph that anchors it")
    check("<wps:txbx>" in a_docxml and "<v:textbox>" in a_docxml and "<mc:AlternateContent>" in a_docxml,
          "A: the text box written as Word writes it")
    # python-docx (read from its source: Paragraph.text joins only the w:r / w:hyperlink children of w:p, so runs
    # inside w:ins, the text box and the footnote are not in it) -- the trap this document sets
    import docx as pydocx
    pd = pydocx.Document(str(CORPUS / FILE_A))
    pd_paras = [p.text for p in pd.paragraphs]
    pd_cells = [c.text for r in pd.tables[0].rows for c in r.cells] if pd.tables else []
    check(len(pd.tables) == 1 and len(pd.tables[0].rows) == len(A_TABLE), "A: python-docx opens it and finds the table")
    check("80万元" not in pd_cells and "" in pd_cells, "A: python-docx's cell text lacks the inserted 80万元 (the trap)")
    check(not any("4月30日" in t for t in pd_paras) and not any(A_BOX in t for t in pd_paras),
          "A: python-docx's paragraph text lacks the inserted date and the text box (the trap)")
    a_prose = "\n".join(ln for ln in a_plain if " | " not in ln)
    for cv in [a_final(c) for r in A_TABLE[1:] for c in r[2:4]]:
        check(num_count(cv, a_prose) == 0, f"A: table cell {cv} also in the prose")
    check("（一）重点研发项目" in a_prose and "（四）软科学研究项目" in a_prose, "A: the table's categories described in 二、")
    check(len(A_TABLE) - 1 == 4 and "四个类别" in a_prose, "A: four categories as the prose says")
    a_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", a_prose)
    check(a_dates == [("2026", "4", "1"), ("", "4", "30"), ("2026", "5", "15"), ("", "12", "5"), ("2026", "3", "16"),
                      ("2026", "3", "31")], f"A: dates {a_dates}")
    a_leads = [ln for ln in a_plain if "牵头" in ln]
    check(len(a_leads) == 2, f"A: 牵头 lines {len(a_leads)}")

    # ---- B: Word HTML, GB2312
    b_decl = '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'
    try:
        b_bytes.decode("utf-8")
        b_utf8 = True
    except UnicodeDecodeError:
        b_utf8 = False
    check(not b_utf8, "B: the bytes must not be valid UTF-8")
    b_dec = b_bytes.decode("gb2312", errors="replace")
    check(b_dec == b_src and b_decl in b_dec and b_dec.encode("gb2312") == b_bytes, "B: GB2312 round trip, meta charset")
    check(b"\r\n" in b_bytes and not b_bytes.startswith(b"\xef\xbb\xbf"), "B: CRLF, no BOM")
    for mark in ['xmlns:o="urn:schemas-microsoft-com:office:office"', '<meta name=Generator content="Microsoft Word 15">',
                 "<!--[if gte mso 9]>", "class=MsoNormal", "<span lang=EN-US", "<o:p></o:p>", "&nbsp;",
                 "mso-list:l0 level1 lfo1", "<![if !supportLists]>", "<![endif]>", "class=MsoTableGrid",
                 "mso-yfti-irow", "mso-spacerun:yes", "class=WordSection1"]:
        check(mark in b_dec, f"B: Word HTML mark {mark} missing")
    n_l0 = sum(1 for k, _ in B_BLOCKS if k == "l0")
    n_l1 = sum(1 for k, _ in B_BLOCKS if k == "l1")
    check(b_dec.count("<![if !supportLists]>") == n_l0 + n_l1 == b_dec.count("mso-list:Ignore") and n_l0 >= 6,
          f"B: {n_l0} + {n_l1} list paragraphs, each with its supportLists marker")
    check("<p>" not in b_dec.lower() and "<table class=MsoTableGrid" in b_dec, "B: Word paragraphs and table")
    b_exp = b_expected_lines()
    check(b_plain == b_exp, "B: lxml reading differs from the designed lines")
    check(len(b_tables) == 1 and b_tables[0] == B_TABLE, "B: one <table> equal to the data")
    check(all(re.match(f"{B_CN[i]}、", ln) for i, ln in enumerate([x for x in b_plain if re.match(r"[一二三四五六七八九十]、", x)]))
          and sum(1 for x in b_plain if re.match(r"[一二三四五六七八九十]、", x)) == n_l0, "B: list markers 一、… in order")
    check(re.search(r"<span\s+lang=EN-US>2026</span>年<span\s+lang=EN-US>5</span>月", b_dec) is not None,
          "B: digits in their own EN-US spans (a date split across spans in the source)")
    check(re.search(r"<span\r\n(lang|style)=", b_dec) is not None, "B: source lines broken inside tags, as Word does")
    b_prose = "\n".join(ln for ln in b_plain if " | " not in ln)
    for cv in [c for r in B_TABLE[1:] for c in r[2:]]:
        check(num_count(cv, b_prose) == 0, f"B: table cell {cv} also in the prose")
    b_cells = [c for r in B_TABLE[1:] for c in r]
    check(len(set(b_cells)) == len(b_cells), "B: table cells distinct")
    b_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", b_prose)
    check(b_dates == [("2026", "4", "8"), ("", "3", "1"), ("", "3", "31"), ("", "9", "1"), ("", "9", "30"),
                      ("2026", "5", "1")], f"B: dates {b_dates}")

    # ---- C: UTF-8 page, list-table
    check(not c_bytes.startswith(b"\xef\xbb\xbf") and '<meta charset="utf-8">' in c_src[:200], "C: UTF-8, no BOM, meta charset")
    check(c_plain == c_expected, "C: lxml reading differs from the designed lines")
    check("<table" not in c_src and "<p>" not in c_src and "<p " not in c_src, "C: no <table>, no <p>")
    check(c_src.count('<div class="p">') == len(C_BODY_TOP) + len(C_BODY_BOTTOM), "C: paragraphs as div.p")
    check(len(c_ltables) == 1 and c_ltables[0] == C_LIST, "C: one list-table equal to the data")
    check(8 <= len(C_LIST) - 1 <= 15 and [r[0] for r in C_LIST[1:]] == [str(i) for i in range(1, len(C_LIST))],
          "C: 8-15 rows numbered 1…n")
    check("display:grid" in c_src and 'li class="header"' in c_src, "C: CSS grid list with a header row")
    labs = sum(1 for r in C_LIST[1:] if r[1].endswith("重点实验室"))
    cents = sum(1 for r in C_LIST[1:] if r[1].endswith("工程技术研究中心"))
    check(labs == 5 and cents == 9 and "等14家平台" in ptext["C"] and "重点实验室5家、工程技术研究中心9家" in ptext["C"],
          f"C: 5 labs and 9 centres as the prose says ({labs}, {cents})")
    check(C_LIST[1][1] in C_BODY_TOP[1], "C: the first platform named in the prose")
    for col in (1, 2, 4):
        vals = [r[col] for r in C_LIST[1:]]
        check(len(set(vals)) == len(vals), f"C: column {C_LIST[0][col]} distinct")
    c_prose = "\n".join(ln for ln in c_plain if " | " not in ln)
    for r in C_LIST[1:]:
        for cv in r[2:]:
            check(cv not in c_prose, f"C: list cell {cv} also in the prose")
    for furn in ("【字体：", "打印本页", "关闭窗口", "分享到", "网站标识码", "ICP备", "主办单位", "当前位置"):
        check(furn in ptext["C"], f"C: furniture {furn}")
    c_dates = re.findall(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", c_prose)
    check(c_dates == [("2026", "7", "1"), ("", "12", "15"), ("2026", "6", "5"), ("", "6", "11"), ("2026", "6", "18")],
          f"C: dates {c_dates}")

    raw = {"A": "\n".join(a_read) + "\n" + re.sub(r"<[^>]+>", "", a_docxml + a_fnxml),
           "B": b_dec + "\n" + htmlmod.unescape(re.sub(r"<[^>]+>", "", b_dec)),
           "C": c_src}
    every = {d: [ptext[d], raw[d], T2S.convert(ptext[d]), S2TW.convert(ptext[d]), S2HK.convert(ptext[d])] for d in "ABC"}

    def occurs(pattern, docs):
        return any(re.search(pattern, t) for d in docs for t in every[d])

    for key in PLACE_KEYS:
        check(not occurs(re.escape(key), "ABC"), f"near-miss place {key} occurs in a document")

    # ---- questions
    out, runs, ids = [], {}, set()
    split_in_source = 0
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
            if d == "A":
                in_raw = ans in "\n".join(a_read)
            elif d == "B":
                in_raw = ans in htmlmod.unescape(re.sub(r"<[^>]+>", "", b_dec))
                split_in_source += ans not in b_dec
            else:
                in_raw = ans in c_src
            check(in_raw, f"{q['id']}: answer not in the raw file")
            if re.search(r"\d", ans):
                for ln in plains[d]:
                    if ln != ev and num_count(ans, ln):
                        check(False, f"{q['id']}: answer {ans} also in: {ln[:40]}")
                check(num_count(ans, ev) == 1, f"{q['id']}: answer {ans} more than once in its evidence")
            else:
                check(ev.count(ans) == 1, f"{q['id']}: answer {ans} more than once in evidence")
            if "tracked" in q:
                old = q["tracked"]
                check((old, ans) in A_TRACKED_FIGURES and d == "A", f"{q['id']}: ({old}, {ans}) is not a tracked pair")
                check(num_count(old, ptext["A"]) == 0 and old not in question, f"{q['id']}: old value {old} visible")
                draft = reject[a_plain.index(ev)] if ev in a_plain and len(reject) == len(a_plain) else ""
                check(num_count(old, draft) == 1 and num_count(ans, draft) == 0,
                      f"{q['id']}: the draft line (before the edit) held {old}")
            if "col" in q:
                if d == "A":
                    tables = [[[a_final(c) for c in r] for r in A_TABLE]]
                elif d == "B":
                    tables = [B_TABLE]
                else:
                    tables = [C_LIST]
                hit = [(t, r) for t in tables for r in t[1:] if " | ".join(r) == ev]
                check(len(hit) == 1, f"{q['id']}: evidence must be a data row of a table")
                if hit:
                    t, gridrow = hit[0]
                    ci = t[0].index(q["col"])
                    check(gridrow[ci] == ans, f"{q['id']}: answer must be the {q['col']} cell")
                    check(sum(ans in c for c in gridrow) == 1, f"{q['id']}: other cells differ")
                    check(q["col"] not in question, f"{q['id']}: question copies the column header")
                    q["_tracked_cell"] = d == "A" and "tracked" in q
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
    check(all(re.fullmatch(r"u39-[ABC]\d\d", o["id"]) for o in out), "id format")
    for d in "ABC":
        nums_d = [int(o["id"][5:]) for o in out if o["id"][4] == d]
        check(nums_d == list(range(1, len(nums_d) + 1)), f"{d}: ids numbered without gaps")
    # coverage
    tracked_q = [q for q in Q if "tracked" in q]
    check(len(tracked_q) >= 4, "A: 4+ questions on tracked-change figures")
    check(sum(bool(q.get("_tracked_cell")) for q in Q) >= 1, "A: a question on the tracked table cell")
    check(any(q["doc"] == "A" and q.get("a") and q.get("hint") and A_FOOTNOTE == next(
        (ln for ln in a_plain if q["hint"] in ln), None) for q in Q), "A: a question on the footnote")
    check(any(q["doc"] == "A" and q.get("hint") and next((ln for ln in a_plain if q["hint"] in ln), None) == A_BOX
              for q in Q), "A: a question on the text box")
    tab = {d: sum(1 for q in Q if q["doc"] == d and q["kind"] == "table") for d in "ABC"}
    check(tab["A"] + tab["B"] >= 3 and tab["C"] >= 3, f"table questions {tab}")
    check(split_in_source >= 3, f"B: answers split across spans in the source ({split_in_source})")

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
        t = ptext[d]
        print(f"{d}: {FILES[d]}: {len(plains[d])} lines, {len(t)} characters, {len(HAN.findall(t))} Han")
    print(f"A: {len(ins_all)} insertions, {len(del_all)} deletions; C content {c_clen} characters; "
          f"B answers split across spans in the source: {split_in_source}")
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
