"""Does the share of the question's character pairs in the answer's line (the span left out) tell a wrongly
answered unanswerable question from a right answer, beyond the reader's confidence? Read from the unseen logs
(`/tmp/s33/TAG_unseenN.log`, here s44i), Chinese questions only. Prints the share's quantiles for right answers and
for answered unanswerables, what thresholds on it would flag, and a logistic fit of (logit confidence, share):
unanswerables caught at 3/5/10% of right answers flagged, confidence alone against both."""
import re, glob, math, collections, sys
from itertools import pairwise
sys.path.insert(0, "/work/main")
from qa.ingest.script import to_simplified
def bigr(t): t="".join(t.split()); return {a+b for a,b in pairwise(t)}
rows=[]
for f in glob.glob("/tmp/s33/s44i_unseen*.log"):
    lines=open(f,encoding="utf-8").read().split("\n")
    for a,b in zip(lines, lines[1:]):
        m=re.match(r"(ok |BAD) . (\S+) \[(\w+)\] (.*)", a)
        if not m: continue
        m2=re.match(r"\s+gold=(.*?) short=(.*?) confidence=([\d.]+) \| (.*)", b)
        if not m2: continue
        ok, qid, kind, q = m.groups(); gold, short, conf, text = m2.groups()
        if "REFUSED" in text or short=="None": continue
        if re.search(r"[A-Za-z]{4,}", q): continue  # english
        unans = kind in ("unanswerable",) 
        text=re.sub(r"\[\d+\]$","",text)
        s=short.strip("'")
        rest=to_simplified(text.replace(s,"",1)); qs=to_simplified(q)
        Q=bigr(qs); cov=len(Q & bigr(rest))/max(1,len(Q))
        rows.append((unans, ok.strip()=="ok", cov, float(conf), q))
import statistics
A=[r for r in rows if not r[0] and r[1]]; U=[r for r in rows if r[0]]
print(len(A), len(U))
for name, R in (("answerable right", A), ("unans answered", U)):
    c=sorted(r[2] for r in R); print(name, [round(c[int(len(c)*p)],2) for p in (0.05,0.1,0.25,0.5,0.75)])
for t in (0.15,0.2,0.25,0.3,0.35):
    print(t, "right flagged", sum(r[2]<t for r in A)/len(A), "unans caught", sum(r[2]<t for r in U)/len(U))
import numpy as np
from sklearn.linear_model import LogisticRegression
X=np.array([[math.log(r[3]/(1-r[3]+1e-9)), r[2]] for r in A+U]); y=np.array([1]*len(A)+[0]*len(U))
for cols in ([0],[0,1]):
    m=LogisticRegression().fit(X[:,cols],y); s=m.decision_function(X[:,cols])
    sa=np.sort(s[y==1]); 
    for fr in (0.03,0.05,0.1):
        th=sa[int(fr*len(sa))]; print(cols, fr, "unans caught", round(float((s[y==0]<th).mean()),3))
