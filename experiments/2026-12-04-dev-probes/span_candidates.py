"""Dev split: every candidate span the reader offers for each dev question (open-retrieval passages as the
calibration builds them, and the gold passage alone), pickled for `span_features.py`."""
import pickle, numpy as np
from qa.config import Settings
from qa import service
from qa.training import data, calibrate as cal
from qa.evaluation import char_f1, exact_match
from qa.answer.reader.runtime import aligned_simplified
s = Settings()
reader = service.make_reader(s)
qs = data.load(cal.DEFAULT_DATA)
dev = [q for q in qs if data.is_dev(q.article)]
search = data.PassageSearch(sorted({q.context for q in qs}))
rows = []
from tqdm import tqdm
for q in tqdm(dev):
    shown, _ = cal._shown(q, search)
    found = reader.candidates(q.question, shown)
    gold = reader.candidates(q.question, [q.context])
    rows.append((q.question, q.answer, shown, [(c.passage, c.start, c.end, c.margin, c.features) for c in found], [(c.passage, c.start, c.end, c.margin, c.features) for c in gold], q.context))
pickle.dump(rows, open('.cache/dev-probes/candidates.pkl','wb'))
