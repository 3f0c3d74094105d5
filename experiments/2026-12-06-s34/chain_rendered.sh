#!/bin/bash
# stage 3r: English rendered as served, from the shipped weights; then calibrate, install, evaluate
cd /work/main
date > /tmp/s34/r_progress
.venv/bin/python -m qa.training.train --init qa/answer/reader/weights --out /tmp/s34/stage3r --seed 2 --lr 3e-5 --english 0.3 --rendered 0.5 --steps 700 > /tmp/s34/r_train.log 2>&1 || exit 1
echo "trained $(date)" >> /tmp/s34/r_progress
.venv/bin/python -m qa.training.calibrate --weights /tmp/s34/stage3r > /tmp/s34/r_calib.log 2>&1 || exit 1
echo "calibrated $(date)" >> /tmp/s34/r_progress
cp /tmp/s34/stage3r/reader.safetensors /tmp/s34/stage3r/reader.json /tmp/s34/stage3r/README.md qa/answer/reader/weights/
make model > /tmp/s34/r_model.log 2>&1
echo "model $(date)" >> /tmp/s34/r_progress
make eval > /tmp/s34/r_eval.log 2>&1
make eval-heldout > /tmp/s34/r_heldout.log 2>&1
echo "evals $(date)" >> /tmp/s34/r_progress
.venv/bin/python experiments/2026-12-06-s33/fast_probe.py s34r > /tmp/s34/r_unseen.out 2>&1
echo "unseen $(date)" >> /tmp/s34/r_progress
.venv/bin/python experiments/2026-12-04-dev-probes/probe.py 300 fw > /tmp/s34/r_dev.log 2>&1
echo "dev $(date)" >> /tmp/s34/r_progress
make eval-external LIMIT=1000 GATE=eval/gate-external.yaml > /tmp/s34/r_ext.log 2>&1
echo "done $(date)" >> /tmp/s34/r_progress
