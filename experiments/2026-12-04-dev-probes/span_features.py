"""Dev split: would the span choice gain from a feature saying how much of the span repeats the question, or from
the span's length? 2-fold cross-fitted F1/EM of the chosen candidate, as `qa.training.calibrate.fit_choice` reports."""
import pickle, numpy as np, math
from itertools import pairwise
from sklearn.linear_model import LogisticRegression
from qa.evaluation import char_f1, exact_match
from qa.answer.reader.runtime import aligned_simplified
rows = pickle.load(open('.cache/dev-probes/candidates.pkl','rb'))
def bg(t): t="".join(t.split()); return {a+b for a,b in pairwise(t)}
def chars(t): return {c for c in t if c.isalnum()}
def feats(q, text, c, which):
    p,s,e,m,f = c
    span = aligned_simplified(text[s:e]); qs = aligned_simplified(q)
    out=[m, *f]
    if 'rep' in which:
        b=bg(span); out.append(len(b & bg(qs))/len(b) if b else 0.0)
    if 'repc' in which:
        ch=chars(span); out.append(len(ch & chars(qs))/len(ch) if ch else 0.0)
    if 'len' in which:
        out.append(math.log(1+len(span)))
    return out
def build(which, gold=False):
    R=[]
    for q,a,shown,found,gfound,ctx in rows:
        cs = gfound if gold else found
        texts = [ctx] if gold else shown
        if not cs: R.append(None); continue
        x=np.array([feats(q, texts[c[0]], c, which) for c in cs])
        pred=[texts[c[0]][c[1]:c[2]] for c in cs]
        R.append((x, np.array([char_f1(p,[a]) for p in pred]), np.array([exact_match(p,[a]) for p in pred])))
    return R
def fit(part):
    x=np.vstack([r[0] for r in part]); y=np.concatenate([r[1] for r in part])>=0.5
    return LogisticRegression(max_iter=2000).fit(x,y).coef_[0]
for which in ([], ['rep'], ['repc'], ['len'], ['rep','len'], ['repc','len']):
    for gold in (False, True):
        R=build(which, gold); idx=[i for i,r in enumerate(R) if r is not None]
        halves=[idx[::2], idx[1::2]]
        # fit on open candidates always (as calibrate does)
        Ropen = build(which, False) if gold else R
        f1=em=0
        for k in (0,1):
            w=fit([Ropen[i] for i in halves[1-k] if Ropen[i] is not None])
            for i in halves[k]:
                x,y,e=R[i]; j=int(np.argmax(x@w)); f1+=y[j]; em+=e[j]
        n=len(rows)
        print(which, 'gold' if gold else 'open', 'F1 %.1f EM %.1f' % (100*f1/n, 100*em/n))
    print('  weights', np.round(fit([r for r in build(which, False) if r is not None]),3))
