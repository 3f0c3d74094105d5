#!/bin/bash
# stage 3b: kin negatives + reworded twins, from the shipped weights; then calibrate, install, evaluate
cd /work/main
date > /tmp/s34/progress
.venv/bin/python -m qa.training.train --init qa/answer/reader/weights --out /tmp/s34/stage3b --seed 2 --lr 3e-5 --english 0.2 --things --steps 700 > /tmp/s34/train.log 2>&1 || exit 1
echo "trained $(date)" >> /tmp/s34/progress
.venv/bin/python -m qa.training.calibrate --weights /tmp/s34/stage3b > /tmp/s34/calib.log 2>&1 || exit 1
echo "calibrated $(date)" >> /tmp/s34/progress
cp /tmp/s34/stage3b/reader.safetensors /tmp/s34/stage3b/reader.json /tmp/s34/stage3b/README.md qa/answer/reader/weights/
make model > /tmp/s34/model.log 2>&1
echo "model $(date)" >> /tmp/s34/progress
make eval > /tmp/s34/eval.log 2>&1
make eval-heldout > /tmp/s34/heldout.log 2>&1
echo "evals $(date)" >> /tmp/s34/progress
.venv/bin/python experiments/2026-12-06-s33/fast_probe.py s34 > /tmp/s34/unseen.out 2>&1
echo "unseen $(date)" >> /tmp/s34/progress
.venv/bin/python experiments/2026-12-04-dev-probes/probe.py 300 fw > /tmp/s34/dev.log 2>&1
echo "dev $(date)" >> /tmp/s34/progress
make eval-external LIMIT=1000 GATE=eval/gate-external.yaml > /tmp/s34/ext.log 2>&1
echo "done $(date)" >> /tmp/s34/progress
