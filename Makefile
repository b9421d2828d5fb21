# corpus_tools — `make extract compare` is the main job, `make test` the checks.
# Each target creates .venv (pip install -e .[dev]) when it is missing or stale.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
RAW    ?= raw
OUT    ?= extracted
JOBS   ?= 0
BASELINE ?=
BENCH_ARGS ?=
PRUNE  ?=
CONFIG ?=
URLS   ?= $(RAW)/urls.txt

.NOTPARALLEL:
.PHONY: setup extract compare test faults bench scrape validate clean-out export discover

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

extract: setup
	$(BIN)/corpus-tools extract $(RAW) --out $(OUT) --jobs $(JOBS) $(if $(PRUNE),--prune) $(if $(CONFIG),--config $(CONFIG))

compare: setup
	$(BIN)/corpus-tools compare $(OUT) --out $(OUT)/comparison $(if $(BASELINE),--baseline $(BASELINE))

validate: setup
	$(BIN)/corpus-tools validate $(OUT)

discover: setup
	$(BIN)/corpus-tools discover $(OUTLETS) --out urls.csv $(if $(SINCE),--since $(SINCE))

scrape: setup
	$(BIN)/corpus-tools scrape $(URLS) --raw $(RAW)

export: setup
	$(BIN)/corpus-tools export $(OUT) --format $(or $(FORMAT),csv)

test: setup
	$(BIN)/python -m pytest -q

# Fault injection only (also part of `make test`): misuse, concurrency, kills, full disks,
# hostile file names and hostile servers on 127.0.0.1; a few minutes.
faults: setup
	$(BIN)/python -m pytest -q tests/test_faults*.py

bench: setup
	$(BIN)/python -c "import readability" 2>/dev/null || $(BIN)/python -m pip install -q -e '.[bench]' || true
	$(BIN)/python -m bench $(BENCH_ARGS)

clean-out:
	rm -rf $(OUT)
