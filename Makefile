# eventcoder: everyday commands. `make demo` and `make test` work on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/python -m eventcoder.knowledge.build_gazetteer
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventcoder code --demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/eventcoder eval ../shared/eval/dev/*.jsonl

bench: $(STAMP)
	$(BIN)/python -c "import spacy" 2>/dev/null || $(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python bench/run.py
	-$(BIN)/python bench/bench_gazetteer.py  # issue 3's targets; it exits 1 while one is missed

clean:
	rm -rf $(VENV) build dist src/*.egg-info
