"""Dev split (`../2026-12-04-dev-probes/make_dev_corpus.py`): questions with one homophone typo in a name they
give, read against their gold passage's chunks and, with the gold passage left out, against the other best
chunks (refusing is right there). Prints one line of figures.

A name is a jieba proper-noun token (the tags `qa.answer.names` reads) of two Han characters or more that the
gold passage writes; one of its characters is replaced by another with the same toneless reading, drawn
(seeded) among characters jieba's dictionary uses at least 1,000 times. Questions without such a name are
skipped."""
import random, sys, time
from collections import defaultdict
from pathlib import Path

import jieba.posseg

from qa import service
from qa.answer.names import NAME_TAGS
from qa.config import Settings
from qa.evaluation import external
from qa.evaluation.metrics import char_f1, exact_match
from qa.ingest import sound, to_simplified
from qa.ingest.characters import _char_frequency
from qa.search import Retriever

settings = Settings()
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
index = external.prepare_index(OUT, Path(".cache/dev-probes/index-300"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
retriever = Retriever(index, emb, glossary=index.glossary)
answerer = service.make_answerer(settings, retriever, reader)
by_sound = defaultdict(list)
for ch, n in sorted(_char_frequency().items()):
    if n >= 1000 and "\u4e00" <= ch <= "\u9fff":
        by_sound[sound(ch)].append(ch)
rng = random.Random(0)
passages = {}
for q in external.load_questions(OUT):
    pass
texts = {c.doc_id: "" for c in index.chunks}
for c in index.chunks:
    texts[c.doc_id] += to_simplified(c.text)
agg = defaultdict(float)
t = time.perf_counter()
for q in external.load_questions(OUT):
    simple = to_simplified(q.question)
    names = [w for w, tag in jieba.posseg.lcut(simple) if tag in NAME_TAGS and len(w) >= 2 and w in texts[q.passage_id]]
    if not names:
        continue
    name = rng.choice(names)
    i = rng.randrange(len(name))
    others = [c for c in by_sound[sound(name[i])] if c != name[i]]
    if not others:
        continue
    typo = name[:i] + rng.choice(others) + name[i + 1 :]
    question = simple.replace(name, typo, 1)
    hits = retriever.search(question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    rest = [h for h in hits if h.chunk.doc_id != q.passage_id][:5]
    agg["n"] += 1
    a = answerer.answer(question, gold) if gold else None
    guess = external.prediction(a) if a is not None else ""
    agg["g_ref"] += not guess
    if guess:
        agg["g_em"] += exact_match(guess, q.answers); agg["g_f1"] += char_f1(guess, q.answers)
    agg["none_ref"] += not rest or not answerer.answer(question, rest).answerable
n = agg.pop("n")
print("typo questions", int(n), {k: round(100 * v / n, 1) for k, v in agg.items()}, "s", round(time.perf_counter() - t))
