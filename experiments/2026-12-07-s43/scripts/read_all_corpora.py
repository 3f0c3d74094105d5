import glob, sys, json
from pathlib import Path
from qa.ingest.formats import read_file
files = sorted(glob.glob("experiments/*/unseen*/corpus/*") + glob.glob("corpus/*"))
out = {}
for f in files:
    try: out[f] = read_file(Path(f)).text
    except Exception as e: out[f] = "ERR " + str(e)
json.dump(out, open(sys.argv[1], "w"), ensure_ascii=False)
print(len(files))
