"""usage: respell_probe.py OUT.json — dev split retrieval with respelling: clean questions (how many get respelled; R@1) and one-homophone-typo
questions (typo in a name, as typo_probe.py; R@1). Retrieval only."""
import random, sys, time
from collections import defaultdict
from pathlib import Path
import jieba.posseg
from qa import service
from qa.answer.names import NAME_TAGS
from qa.config import Settings
from qa.evaluation import external
from qa.ingest import sound, to_simplified
from qa.ingest.characters import _char_frequency
from qa.search import Retriever
import qa.search.retrieve as R
settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, external.CachedQueries(emb), glossary=index.glossary)
orig = R.respell; changed = []
def spy(s, sp):
    out = orig(s, sp)
    if out != s: changed.append((s, out))
    return out
R.respell = spy
by_sound = defaultdict(list)
for ch, n in sorted(_char_frequency().items()):
    if n >= 1000 and "\u4e00" <= ch <= "\u9fff": by_sound[sound(ch)].append(ch)
rng = random.Random(0)
texts = defaultdict(str)
for c in index.chunks: texts[c.doc_id] += to_simplified(c.text)
agg = defaultdict(float)
def top(q, pid):
    hits = retriever.search(q, k=5)
    return bool(hits) and hits[0].chunk.doc_id == pid
for q in external.load_questions(OUT):
    simple = to_simplified(q.question)
    before = len(changed)
    agg["clean_n"] += 1; agg["clean_r1"] += top(simple, q.passage_id); agg["clean_changed"] += len(changed) > before
    names = [w for w, tag in jieba.posseg.lcut(simple) if tag in NAME_TAGS and len(w) >= 2 and w in texts[q.passage_id]]
    if not names: continue
    name = rng.choice(names); i = rng.randrange(len(name))
    others = [c for c in by_sound[sound(name[i])] if c != name[i]]
    if not others: continue
    typo = name[:i] + rng.choice(others) + name[i + 1 :]
    agg["typo_n"] += 1; agg["typo_r1"] += top(simple.replace(name, typo, 1), q.passage_id)
print({k: int(v) for k, v in agg.items()}, "clean R@1", round(100*agg["clean_r1"]/agg["clean_n"],1), "typo R@1", round(100*agg["typo_r1"]/agg["typo_n"],1))
for a, b in changed:
    pass
import json; json.dump(changed, open(sys.argv[1], "w"), ensure_ascii=False, indent=0)
