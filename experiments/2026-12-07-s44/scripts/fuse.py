import time, numpy as np, torch, warnings, sys
from pathlib import Path
from qa.answer.reader.model import load_reader
from qa.search.onnx_embedding import quantize, cpu_session
e5 = Path("models/e5-small")
out = Path("/tmp/s44/onnx"); out.mkdir(exist_ok=True)
model, card = load_reader(e5, Path("qa/answer/reader/weights"))
class L(torch.nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, input_ids, attention_mask):
        o = s.m(input_ids=input_ids, attention_mask=attention_mask); return o.start_logits, o.end_logits
ids = torch.tensor([[0, 6, 100, 2, 2, 200, 300, 2], [0, 6, 100, 2, 2, 200, 2, 1]]); mask = torch.tensor([[1]*8, [1]*7+[0]])
axes = {0: "batch", 1: "tokens"}
fp32 = out / "fp32.onnx"
if not fp32.exists():
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(L(model), (ids, mask), str(fp32), dynamo=False, input_names=["input_ids", "attention_mask"], output_names=["start_logits", "end_logits"], dynamic_axes={"input_ids": axes, "attention_mask": axes, "start_logits": axes, "end_logits": axes}, opset_version=17, do_constant_folding=True)
from onnxruntime.transformers import optimizer
opt = optimizer.optimize_model(str(fp32), model_type="bert", num_heads=12, hidden_size=384, opt_level=1 if len(sys.argv) < 2 else int(sys.argv[1]))
print(opt.get_fused_operator_statistics())
opt.save_model_to_file(str(out / "fused.onnx"))
quantize(out / "fused.onnx", out / "fused_q.onnx")
print("done")
