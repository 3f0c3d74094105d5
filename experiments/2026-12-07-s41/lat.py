import json, time, sys, urllib.request, statistics
from qa.bench.runner import eval_questions
qs = eval_questions()
def pct(v): v=sorted(v); return round(v[len(v)//2],1), round(v[int(len(v)*.95)],1)
if sys.argv[1] == "http":
    url = "http://127.0.0.1:8000/api/ask"
    t=[]; tt=[]
    for q in qs:
        data=json.dumps({"question": q}).encode()
        req=urllib.request.Request(url, data=data, headers={"Content-Type":"application/json"})
        s=time.perf_counter(); body=urllib.request.urlopen(req).read(); t.append(1000*(time.perf_counter()-s))
        tt.append(json.loads(body)["timings_ms"]["total"] if "timings_ms" in json.loads(body) else 0)
    print("http", pct(t), "server-timings total", pct(tt))
else:
    from qa.config import Settings
    from qa.service import Service
    svc = Service.load(Settings.from_env())
    svc.ask("预热")
    t=[]; tt=[]
    for q in qs:
        s=time.perf_counter(); a=svc.ask(q); t.append(1000*(time.perf_counter()-s)); tt.append(a.timings_ms.get("total",0))
    print("inproc", pct(t), pct(tt))
