"""The learned reader: question + retrieved passages in, the answer span and a calibrated confidence out.

`windows` (shared by training and serving), `runtime` (int8 ONNX at serving time),
`answerer` (the default answerer built around it), `model` (weights, card, export),
and the offline tools `data`, `train`, `calibrate` (`make train-reader`).
"""
