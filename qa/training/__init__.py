"""Training: CMRC 2018 questions in, the reader's weights and model card out (offline, `make train-reader`).

Training windows with negatives and dictionary code-switched English (`data`, `codeswitch`),
fine-tuning (`train`), and the refusal/early-exit calibration on held-out dev articles
(`calibrate`). Never run by CI or at serving time.
"""
