import time, sys, threading
t0=time.perf_counter()
from qa.config import Settings
from qa.service import make_embedder, make_reader, open_index, index_spec
from qa.ingest.sounds import lexicon
s=Settings.from_env()
t1=time.perf_counter()
mode=sys.argv[1]
def a():
    return make_reader(s)
def b():
    e=make_embedder(s); idx=open_index(s, index_spec(s,e)); lexicon(); import jieba.posseg; return e
if mode=="seq":
    a(); b()
else:
    th=threading.Thread(target=a); th.start(); b(); th.join()
t2=time.perf_counter()
print(mode, "imports", round(t1-t0,2), "load", round(t2-t1,2))
