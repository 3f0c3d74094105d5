import json, jieba
jieba.initialize()
dt = jieba.dt
def lp(s):
    DAG = dt.get_DAG(s); route = {}
    dt.calc(s, DAG, route)
    return route[0][0]
pairs = json.load(open(__import__('sys').argv[1]))  # the list respell_probe.py wrote
import re
clean_bad = ["成立于哪一年","描述的人是谁","盘狸藻节是如何划","是谁首次制","白鹤洞因何而得名","专辑名是什么","古文化街有多长","的前称是什么","的目的是是什么","家空军对机场","是如何上市"]
keep=veto=0; rows=[]
for a,b in pairs:
    d = lp(b) - lp(a)
    bad = any(x in a for x in clean_bad)
    rows.append((bad, round(d,2), a, b))
for bad, d, a, b in sorted(rows, key=lambda r: r[1]):
    pass
import collections
print("clean-mangled deltas:", sorted(d for bad,d,a,b in rows if bad))
ds = sorted(d for bad,d,a,b in rows if not bad)
print("typo-fix deltas: n", len(ds), "neg", sum(x<0 for x in ds), ds[:30])
for bad,d,a,b in rows:
    if not bad and d < 0: print(d, a, '->', b)
