"""Policy vocabulary CC-CEDICT lacks or glosses otherwise, for the glossary (`qa.search.glossary`).

CC-CEDICT reads an English question word by word; a policy document's English has its own terms: when a
regulation is in force ("come into force" is 施行, word by word 进入 into 力量), its bodies and places
("general office" 办公厅). Only the words a corpus contains are kept, as for CC-CEDICT's. ("Measures" as 办法
was tried: documents titled 若干措施 say 办法 too, and an answer was lost.)
"""

from __future__ import annotations

#: Policy vocabulary CC-CEDICT lacks or glosses differently; English phrase → Simplified words.
DOMAIN_TERMS: dict[str, tuple[str, ...]] = {
    "sci tech": ("科技",),
    "science and technology": ("科技",),
    "r&d": ("研发",),
    "sme": ("中小企业",),
    "s&t": ("科技",),
    "share of": ("比重", "占比"),
    "or above": ("以上",),
    "or higher": ("以上",),
    "provincial level": ("省级",),
    "research and development": ("研发",),
    "metropolitan area": ("都市圈",),
    "optics valley": ("光谷",),
    "gdp": ("生产总值", "gdp"),
    "provincial": ("省级", "省"),
    "province": ("省",),
    "municipal": ("市",),
    "city": ("市",),
    "district": ("区",),
    "county": ("县",),
    "party secretary": ("书记",),
    "lead": ("牵头",),
    "leads": ("牵头",),
    "leading": ("牵头",),
    "lead unit": ("牵头单位",),
    "responsible unit": ("责任单位",),
    "implementation plan": ("实施方案",),
    "action plan": ("行动方案",),
    "innovation platform": ("创新平台",),
    "incubator": ("孵化器",),
    "high tech enterprise": ("高新技术企业",),
    "key laboratory": ("重点实验室",),
    "national laboratory": ("国家实验室",),
    "industrial park": ("产业园", "工业园区"),
    "science park": ("科技园", "科技园区"),
    "offshore": ("离岸",),
    "functional zone": ("功能区",),
    "commercialisation": ("转化",),
    "commercialization": ("转化",),
    "transformation": ("转化",),
    "table": ("表",),
    "reporter": ("记者",),
    "issued": ("印发",),
    "general office": ("办公厅",),
    # a regulation's own English: what it supports, how it was issued and when it is in force
    "maker space": ("众创空间",),
    "come into force": ("施行", "生效"),
    "enter into force": ("施行", "生效"),
    "come into effect": ("施行", "生效"),
    "take effect": ("施行", "生效"),
    "promulgated": ("印发", "发布"),
}
