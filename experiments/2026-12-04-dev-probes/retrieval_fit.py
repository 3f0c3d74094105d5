"""Dev split: does the raw dense cosine of the hits add to the reader's margin in deciding whether anything answers?
Fits P(answerable) on `retrieval_probe.py`'s rows (2-fold by question) and prints, at 2.5% / 5% answerable refused on
the fitting half, the refusals on the other half. Run after `retrieval_probe.py .cache/dev-probes/retrieval.jsonl`."""
import json, math, numpy as np, random
from sklearn.linear_model import LogisticRegression
rows=[json.loads(l) for l in open('.cache/dev-probes/retrieval.jsonl')]
def logit(c): c=min(max(c,1e-6),1-1e-6); return math.log(c/(1-c))
def feats(r, which):
    d=[x if x is not None else np.nan for x in r['dense']]
    top=np.nanmax(d) if d and not all(np.isnan(d)) else 0.7
    rr=r['read_rank']; rd = d[rr] if rr is not None and not np.isnan(d[rr]) else top
    f={'m':logit(r['conf']),'top':top,'read':rd,'gap':top-(sorted([x for x in d if not np.isnan(x)])[-2] if sum(~np.isnan(d))>1 else top)}
    return [f[k] for k in which]
ids=sorted({r['id'] for r in rows}); random.Random(0).shuffle(ids); fold={i:k%2 for k,i in enumerate(ids)}
for which in (['m'],['m','top'],['m','read'],['m','read','gap'],['m','top','read','gap']):
    res=[]
    for k in (0,1):
        tr=[r for r in rows if fold[r['id']]!=k and r['answered']]; te=[r for r in rows if fold[r['id']]==k]
        X=np.array([feats(r,which) for r in tr]); y=np.array([r['kind']=='open' for r in tr])
        lr=LogisticRegression(C=1e4).fit(X,y)
        # threshold on train: answerable refused total (incl. names refusals) = target
        def score(rs): return lr.decision_function(np.array([feats(r,which) for r in rs]))
        for target in (0.025, 0.05):
            op=[r for r in tr if r['kind']=='open']; pre=sum(not r['answered'] for r in op)/len(op)
            s=np.sort(score([r for r in op if r['answered']]))
            t=s[int(max(target-pre,0)*len(op))]
            teo=[r for r in te if r['kind']=='open']; ten=[r for r in te if r['kind']=='none']
            so=score([r for r in teo if r['answered']]); sn=score([r for r in ten if r['answered']])
            ref_open=(sum(not r['answered'] for r in teo)+int((so<t).sum()))/len(teo)
            ref_none=(sum(not r['answered'] for r in ten)+int((sn<t).sum()))/len(ten)
            res.append((k,target,round(100*ref_open,1),round(100*ref_none,1)))
    print(which, res, lr.coef_, lr.intercept_)
