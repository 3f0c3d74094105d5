"""kept.py N QUESTION...: the phrases `Glossary.render` leaves in English (no sense the passages say) and the
senses it would have guessed, for questions on unseen set N's cached index."""
import os, sys
n = sys.argv[1]
os.environ.update({"QA_CORPUS_DIR": f"/tmp/s33/idx/unseen{n}/corpus", "QA_INDEX_DIR": f"/tmp/s33/idx/unseen{n}/index"})
from qa.config import Settings
from qa.service import Service
from qa.search import glossary as G
orig = G.Glossary.render
def render(self, text, passages=""):
    out = orig(self, text, passages)
    low, said = G._lowered(text), G._lowered(passages)
    kept = [(ph, ch[:4]) for s, e, ph, ch in self._phrases(low) if ch and not G._says(said, low[s:e]) and not any(w in passages for w in ch) and not self._sounded(ph, ch)]
    print("   RENDER", out[:150], "\n      kept:", kept)
    return out
G.Glossary.render = render
s = Service.load(Settings.from_env())
for q in sys.argv[2:]:
    print("Q", q); a = s.ask(q); print("  ->", a.answerable, a.confidence, a.short_answer)
