"""The learned reader: question + retrieved passages in, the answer span and a calibrated confidence out.

`windows` (question + passage token windows, shared by training and serving), `model` (the committed
weights, their card and the int8 ONNX export), `runtime` (the int8 graph at serving time) and
`answerer` (the default answerer built around it). Training and calibration live in `qa.training`.
"""

from qa.answer.reader.answerer import ReaderAnswerer
from qa.answer.reader.choice import CONTEXT_CHARS, SpanChoice
from qa.answer.reader.model import (
    ONNX_FILE,
    ONNX_SUBDIR,
    WEIGHTS_DIR,
    WEIGHTS_FILE,
    Calibration,
    Card,
    base_model,
    export_onnx,
    load_reader,
    save_delta,
    trainable_names,
)
from qa.answer.reader.runtime import OnnxLogits, Reader, Reading, load_tokenizer, onnx_reader
from qa.answer.reader.windows import PAD, Boundaries, Tokenizer, Window, make_windows, token_span, word_breaks

__all__ = [
    "CONTEXT_CHARS",
    "ONNX_FILE",
    "ONNX_SUBDIR",
    "PAD",
    "WEIGHTS_DIR",
    "WEIGHTS_FILE",
    "Boundaries",
    "Calibration",
    "Card",
    "OnnxLogits",
    "Reader",
    "ReaderAnswerer",
    "Reading",
    "SpanChoice",
    "Tokenizer",
    "Window",
    "base_model",
    "export_onnx",
    "load_reader",
    "load_tokenizer",
    "make_windows",
    "onnx_reader",
    "save_delta",
    "token_span",
    "trainable_names",
    "word_breaks",
]
