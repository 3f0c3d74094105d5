import onnx
from onnxruntime.quantization import QuantType, quantize_dynamic
quantize_dynamic("/tmp/s44/onnx/fused.onnx", "/tmp/s44/onnx/fused_q.onnx", weight_type=QuantType.QInt8, per_channel=True, reduce_range=True, extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
print("ok")
