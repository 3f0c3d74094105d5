"""`make bench`'s HTTP runs with the many-clients pool restricted to the 200 in-house questions (the shipped
pool adds the external DRCD/CMRC questions, which the seed corpus cannot answer)."""
from qa.bench import runner
from qa.config import Settings
runner.question_pool = lambda questions, data_dir: list(questions)
report = runner.run(Settings(), runner.Options(skip_scale=True, clients=(32,), load_seconds=20.0))
for key in ("http_many_clients (/api/ask)", "latency_over_embedding"):
    print(key, report.get(key))
