"""render_dev.py N: the dev split's English proxy (code-switched, names romanised, then rendered as served) read by
the served int8 reader given the passage, under rendering policies; F1 and refusal (the card's threshold).
Policies are monkeypatched variants of Glossary.render. Tuning split only (CMRC train articles held out by hash)."""
import random, sys, re, statistics
from qa.config import ROOT
from qa.training import data
from qa.training.train import DEFAULT_DATA
from qa.training.codeswitch import CodeSwitch, romanised
from qa.search import keyword_side
from qa.search import glossary as G
from qa.answer.reader.runtime import onnx_reader
from qa.evaluation import char_f1
N = int(sys.argv[1]); POLICIES = sys.argv[2].split(",")
qs = [q for q in data.load(DEFAULT_DATA) if data.is_dev(q.article)][:N]
reader = onnx_reader(ROOT / "models" / "e5-small", threads=2)
cal = reader.card.calibration
rng = random.Random(0); english = CodeSwitch()
_, glossary = keyword_side(sorted({q.context for q in qs}), True)
orig = G.Glossary.render
def render_policy(policy):
    def render(self, text, passages=""):
        if policy == "served":
            return orig(self, text, passages)
        low, said = G._lowered(text), G._lowered(passages)
        rendered = {}
        for start, end, _, chinese in self._phrases(low):
            if not chinese or G._says(said, low[start:end]):
                continue
            inside = [w for w in chinese if w in passages]
            by_sound = self._pinyin.get(low[start:end].replace(" ", ""))
            if inside:
                rendered[start] = (end, inside[0])
            elif policy == "keep" and not by_sound:
                continue   # no sense the passages say: the English stays
            elif policy == "keepnames" and not by_sound and not text[start:start+1].isupper():
                continue   # no sense the passages say: the English stays
            else:
                rendered[start] = (end, chinese[0])
        parts, last = [], 0
        for token in G._TOKEN.finditer(low):
            s, e = token.span()
            if s < last: continue
            parts.append(text[last:s])
            if s in rendered:
                e, word = rendered[s]; parts.append(word)
                e += 2 if text[e:e+2] in ("'s", "’s") else 0
            else:
                parts.append(text[s:e] if G._says(said, token.group()) else token.group())
            last = e
        return "".join([*parts, text[last:]])
    return render
asked = []
for q in qs:
    named = romanised(english(q.question, rng)); asked.append(named)
for policy in POLICIES:
    G.Glossary.render = render_policy(policy)
    f1s, refused, shown = [], 0, 0
    for q, named in zip(qs, asked):
        r = glossary.render(named, q.context)
        if shown < 4 and policy != "served": print("  ", named, "->", r); shown += 1
        read = reader.read(r, [q.context])
        ok = read is not None and read.confidence >= cal.threshold if hasattr(read, "confidence") else read is not None
        if read is None or not ok:
            refused += 1; f1s.append(0.0)
        else:
            f1s.append(char_f1(q.context[read.start:read.end], [q.answer]))
    print(policy, "n", len(qs), "F1 %.1f" % (100*statistics.mean(f1s)), "refused %.1f%%" % (100*refused/len(qs)), flush=True)
