import shutil, time, sys
from pathlib import Path
import numpy as np
import qa.answer.reader.model as rm
from qa.config import ROOT
out = Path("/tmp/s34/fuse"); out.mkdir(exist_ok=True)
def keep(fp32, q):
    shutil.copy(fp32, out / "reader_fp32.onnx")
    from qa.search import quantize
    quantize(fp32, q)
if not (out / "reader_fp32.onnx").exists():
    rm.quantize = keep
    rm.export_onnx(ROOT / "models" / "e5-small", out=out / "plain", force=True)
from onnxruntime.transformers.optimizer import optimize_model
from onnxruntime.transformers.fusion_options import FusionOptions
opt = optimize_model(str(out / "reader_fp32.onnx"), model_type="bert", num_heads=12, hidden_size=384, opt_level=1 if len(sys.argv)<2 else int(sys.argv[1]))
print(opt.get_fused_operator_statistics())
opt.save_model_to_file(str(out / "reader_fp32_opt.onnx"))
import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic
quantize_dynamic(str(out / "reader_fp32_opt.onnx"), str(out / "fused_qint8.onnx"), weight_type=QuantType.QInt8, per_channel=True, reduce_range=True, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
print("done")
