"""Dev split (CMRC train held-out articles + 2,244 train passages as distractors, `make_dev_corpus.py`): the
service's answers and reader cost, for a chunk budget (first argument, e.g. 300) and each question as written
(fw), its ？ written ? (ascii) or dropped (none) (second argument, default fw). Prints one line of figures."""
import json, sys, time
from dataclasses import replace
from pathlib import Path
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import char_f1, exact_match, normalise
from qa.search import Retriever
N = int(sys.argv[1])
MODE = sys.argv[2] if len(sys.argv) > 2 else "fw"
import re
form = {"fw": lambda s: s, "ascii": lambda s: re.sub(r"？$", "?", s), "none": lambda s: re.sub(r"[？?]$", "", s)}[MODE]
settings = replace(Settings(), chunk_tokens=N)
OUT = Path(".cache/dev-probes/corpus")
emb = service.make_embedder(settings); reader = service.make_reader(settings)
t = time.perf_counter()
index = external.prepare_index(OUT, Path(f".cache/dev-probes/index-{N}"), service.make_chunker(settings), emb, service.index_spec(settings, emb))
print("chunks", len(index.chunks), "build s", round(time.perf_counter() - t, 1), flush=True)
retriever = Retriever(index, emb, glossary=index.glossary)
answerer = service.make_answerer(settings, retriever, reader)
tokens = [0]
inner = reader.model
def counted(ids, mask):
    tokens[0] += int(mask.sum()); return inner(ids, mask)
reader.model = counted
qs = [q for q in external.load_questions(OUT)]
agg = {k: 0.0 for k in ("n", "g_em", "g_f1", "g_ref", "o_em", "o_f1", "o_ref", "o_contains", "none_ref", "r1", "r5")}
tok_open = []
t = time.perf_counter()
for q in qs:
    question = form(q.question)
    hits = retriever.search(question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    others = [h for h in hits if h.chunk.doc_id != q.passage_id][:5]
    docs = list(dict.fromkeys(h.chunk.doc_id for h in hits[:5]))
    agg["n"] += 1; agg["r1"] += bool(docs) and docs[0] == q.passage_id; agg["r5"] += q.passage_id in docs
    for p, given in (("g", gold), ("o", hits[:5])):
        before = tokens[0]
        a = answerer.answer(question, given) if given else None
        if p == "o": tok_open.append(tokens[0] - before)
        guess = external.prediction(a) if a is not None else ""
        agg[p + "_ref"] += not guess
        if guess:
            agg[p + "_em"] += exact_match(guess, q.answers); agg[p + "_f1"] += char_f1(guess, q.answers)
        if p == "o" and a is not None and a.answerable:
            agg["o_contains"] += any(normalise(x) in normalise(a.answer) for x in q.answers)
    agg["none_ref"] += not others or not answerer.answer(question, others).answerable
n = agg.pop("n")
print(N, MODE, {k: round(100 * v / n, 1) for k, v in agg.items()}, "open reader tokens mean", round(sum(tok_open) / n), "p95", sorted(tok_open)[int(.95 * n)], "s", round(time.perf_counter() - t))
