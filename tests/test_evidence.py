"""Whether a sentence carries the kind of fact a question asks for."""

from __future__ import annotations

import pytest

from qa.evidence import has_asked_fact
from qa.question import analyse
from qa.script import to_simplified


def _has(question: str, sentence: str) -> bool:
    return has_asked_fact(analyse(question), to_simplified(sentence).lower())


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        ("鄂州累计建成多少家创新平台？", "鄂州累计建成省市级创新平台151家。", True),
        ("鄂州累计建成多少家创新平台？", "鄂州持续推进创新平台建设。", False),  # no number at all
        ("建设资金每年投入多少亿元？", "支持企业开展一批关键技术攻关。", False),  # "一批" is not an amount
        ("快舟火箭一共发射了多少次？", "快舟火箭发射次数为全国第1。", False),  # an ordinal, not a count
        ("湖北综合科技创新排名全国第几？", "湖北综合科技创新水平居全国第7。", True),  # unless asked for
        ("建设资金每年投入多少亿元？", "累计投资超过500亿元。", True),
        ("建设资金每年投入多少亿元？", "引进企业500家。", False),  # the unit asked for is missing
        ("项目的总投资是多少？", "力争立项1-2个。", False),  # money is asked for
        ("项目的总投资是多少？", "总投资超过500亿元。", True),
        ("研发经费投入强度是多少？", "研发经费投入强度达到3.5%。", True),  # a ratio, not an amount
        ("要推动多少个院士专家项目落地？", "推动院士专家项目落地转化50项以上。", True),  # 个 asks any unit
        ("数据中心是哪一年开工的？", "数据中心项目现已建成投运。", False),
        ("离岸科创园计划什么时候建成？", "建成时间：已建成", True),
        ("大走廊由哪个部门牵头？", "（牵头单位：省科技厅；责任单位：各市人民政府）", True),
        ("大走廊由哪个部门牵头？", "省科技厅负责推进大走廊建设。", False),
        ("量子飞跃计划由哪个部门牵头？", "量子飞跃计划由省科学技术厅牵头，省财政厅配合。", True),
        ("行动方案印发前经过了谁的同意？", "方案已经省人民政府同意。", True),
        ("这个方案的意义是什么？", "任何句子", True),  # no kind of fact to insist on
        ("李德仁院士在哪所大学任职？", "李德仁院士牵头攻关北斗通导遥一体化技术。", False),  # names no 大学
        ("与哪所大学合作共建实验室？", "与武汉大学合作共建实验室。", True),
        ("试验区要建成什么计算中心？", "4.加快建设人工智能创新发展试验区。", False),
        ("试验区要建成什么计算中心？", "建成武汉人工智能计算中心。", True),
        ("Which reporters wrote the article?", "长江日报记者高喜明 蔡早勤", True),
        ("Who is the expert quoted?", "专家认为，《方案》将有效破除体制机制障碍。", False),  # 专家 is no name
        ("Who is the expert quoted?", "研究会会长、研究员李春洋认为", True),
        ("Which company operates the computing centre?", "建成武汉人工智能计算中心。", False),
        ("Which state-owned company leads?", "（牵头单位：长江产业投资集团有限公司；", True),
        ("Who leads the task?", "省科技厅负责推进。", False),  # "lead" asks for the 牵头单位 clause
    ],
)
def test_has_asked_fact(question: str, sentence: str, expected: bool) -> None:
    assert _has(question, sentence) is expected
