#!/bin/bash
# stage 3d: stage 3r (English rendered as served) with a KL term to the shipped reader's span logits (weight 0.5, T 2)
cd /work/main
date > /tmp/s35/d_progress
.venv/bin/python -m qa.training.train --init qa/answer/reader/weights --out /tmp/s35/stage3d --seed 2 --lr 3e-5 --english 0.3 --rendered 0.5 --distil 0.5 --temperature 2 --steps 700 > /tmp/s35/d_train.log 2>&1 || exit 1
echo "trained $(date)" >> /tmp/s35/d_progress
.venv/bin/python -m qa.training.calibrate --weights /tmp/s35/stage3d > /tmp/s35/d_calib.log 2>&1 || exit 1
echo "calibrated $(date)" >> /tmp/s35/d_progress
cp /tmp/s35/stage3d/reader.safetensors /tmp/s35/stage3d/reader.json /tmp/s35/stage3d/README.md qa/answer/reader/weights/
make model > /tmp/s35/d_model.log 2>&1
echo "model $(date)" >> /tmp/s35/d_progress
make eval > /tmp/s35/d_eval.log 2>&1
make eval-heldout > /tmp/s35/d_heldout.log 2>&1
echo "evals $(date)" >> /tmp/s35/d_progress
.venv/bin/python experiments/2026-12-06-s33/fast_probe.py s35d > /tmp/s35/d_unseen.out 2>&1
echo "unseen $(date)" >> /tmp/s35/d_progress
make eval-external LIMIT=1000 GATE=eval/gate-external.yaml > /tmp/s35/d_ext.log 2>&1
echo "external $(date)" >> /tmp/s35/d_progress
.venv/bin/python experiments/2026-12-04-dev-probes/probe.py 300 fw > /tmp/s35/d_dev.log 2>&1
echo "done $(date)" >> /tmp/s35/d_progress
