"""DRCD open-retrieval answers of the external sample, as `make eval-external` reads them, with each of this
session's answer-side mechanisms switched off in turn: which questions each moves (contains / refused)."""
import sys
from pathlib import Path
from qa.config import Settings
from qa import service
from qa.evaluation import external
from qa.evaluation.metrics import normalise
from qa.search import Retriever
import qa.answer.reader.scope as scope
import qa.answer.reader.answerer as answerer_module

settings = Settings.from_env()
data_dir = Path("../shared/external-qa")
emb = external.CachedQueries(service.make_embedder(settings)); reader = service.make_reader(settings)
index = external.prepare_index(data_dir, settings.cache_dir / "external-index", service.make_chunker(settings), emb,
                               service.index_spec(settings, emb))
retriever = Retriever(index, emb, fusion="weighted", dense_weight=0.3)
qs = [q for q in external.load_questions(data_dir, 1000) if q.source.startswith(sys.argv[1] if len(sys.argv) > 1 else "drcd")]
hits = {q.question: retriever.search(q.question, k=50)[:5] for q in qs}

def run():
    a = service.make_answerer(settings, retriever, reader)
    out = {}
    for q in qs:
        ans = a.answer(q.question, hits[q.question])
        said = normalise(ans.answer) if ans.answerable else ""
        out[q.question] = ("refused" if not ans.answerable else "contains" if any(normalise(x) in said for x in q.answers) else "wrong")
    return out

base = run()
saying, unnamed = scope.saying, answerer_module.unnamed
variants = {
    "no saying": lambda: setattr(scope, "saying", lambda hits, *a: list(hits)),
    "no bodies": lambda: setattr(answerer_module, "unnamed", lambda *a: []),
}
print("current", {k: sum(v == k for v in base.values()) for k in ("contains", "refused", "wrong")}, len(base))
for name, switch in variants.items():
    scope.saying, answerer_module.unnamed = saying, unnamed
    switch()
    other = run()
    print(name, {k: sum(v == k for v in other.values()) for k in ("contains", "refused", "wrong")})
    for q in qs:
        if other[q.question] != base[q.question]:
            print("   ", base[q.question], "(now) <-", other[q.question], "|", q.question[:70])
