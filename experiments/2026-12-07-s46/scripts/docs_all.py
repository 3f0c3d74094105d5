import glob, sys, json
from pathlib import Path
from qa.ingest.documents import load_document
files = sorted(f for f in glob.glob("experiments/*/unseen*/corpus/*") + glob.glob("corpus/*") if "2026-12-07-s46" not in f)
out = {}
for f in files:
    try: out[f] = load_document(Path(f)).text
    except Exception as e: out[f] = "ERR " + str(e)
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
print(len(files))
