"""Dump each external question's gold-passage prediction (not product code): JSONL to stdout-file."""
import json, sys
from pathlib import Path
from qa import service
from qa.config import Settings
from qa.evaluation import external
from qa.evaluation.metrics import exact_match, char_f1
from qa.search import Retriever

settings = Settings.from_env()
data = Path("/work/shared/external-qa")
emb = service.make_embedder(settings)
reader = service.make_reader(settings)
if len(sys.argv) > 2:  # "fit": the reader with token-edge boundaries fitted on the training split
    from dataclasses import replace
    from qa.answer.reader import load_tokenizer
    from qa.training import boundaries, data as mrc
    from qa.training.train import DEFAULT_DATA
    train = [q for q in mrc.load(DEFAULT_DATA) if not mrc.is_dev(q.article)]
    reader.card = replace(reader.card, boundaries=boundaries.fit(train, load_tokenizer(settings.model_dir if hasattr(settings, "model_dir") else Path("models/e5-small"))))
    print(reader.card.boundaries)
cached = external.CachedQueries(emb)
index = external.prepare_index(data, settings.cache_dir / "external-index", service.make_chunker(settings), cached, service.index_spec(settings, emb))
qs = external.load_questions(data, 1000)
ret = Retriever(index, cached, fusion="weighted", dense_weight=0.3)
ans = service.make_answerer(settings, ret, reader)
out = open(sys.argv[1], "w")
for q in qs:
    hits = ret.search(q.question, k=50)
    gold = [h for h in hits if h.chunk.doc_id == q.passage_id][:5]
    a = ans.answer(q.question, gold) if gold else None
    g = external.prediction(a) if a else ""
    out.write(json.dumps({"src": q.source, "q": q.question, "gold": q.answers, "pred": g, "short": a.short_answer if a else None,
        "conf": getattr(a, "confidence", None) if a else None, "em": exact_match(g, q.answers) if g else 0, "f1": char_f1(g, q.answers) if g else 0}, ensure_ascii=False) + "\n")
