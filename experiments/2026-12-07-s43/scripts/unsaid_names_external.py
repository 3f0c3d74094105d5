"""External questions given their gold passage: the names the names check finds unsaid (not product code)."""
import collections, sys
from pathlib import Path
from qa import service
from qa.config import Settings
from qa.evaluation import external
from qa.search import Retriever
from qa.answer.names import names_in, Said, beyond_scope
from qa.ingest import to_simplified

settings = Settings.from_env()
data = Path("/work/shared/external-qa")
emb = service.make_embedder(settings)
cached = external.CachedQueries(emb)
index = external.prepare_index(data, settings.cache_dir / "external-index", service.make_chunker(settings), cached, service.index_spec(settings, emb))
qs = external.load_questions(data, 1000)
by_doc = collections.defaultdict(list)
for c in index.chunks:
    by_doc[c.doc_id].append(c)
n = 0
for q in qs:
    if not q.answers:
        continue
    chunks = by_doc.get(q.passage_id, [])
    if not chunks:
        continue
    said = Said.of(chunks)
    names = names_in(q.question)
    missing = beyond_scope(names, [said])
    if missing:
        n += 1
        print(q.source, q.question, "| gold", q.answers[0], "| unsaid", missing)
print("questions with an unsaid name given the gold passage:", n)
