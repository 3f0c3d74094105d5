import time; t0=time.perf_counter()
import cProfile, pstats
pr=cProfile.Profile(); pr.enable()
from qa.config import Settings
from qa.service import Service
from qa.web import create_app
t1=time.perf_counter()
s=Settings.from_env()
svc=Service.load(s)
t2=time.perf_counter()
pr.disable()
print("imports", round(t1-t0,2), "load", round(t2-t1,2))
pstats.Stats(pr).sort_stats('cumulative').print_stats(40)
