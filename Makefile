# One place for the commands the README and .ci/run share.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint check-tests bench translations package clean system-deps

system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## run: install and launch the app on its defaults (SQLite, shipped scenarios)
run: system-deps $(STAMP)
	$(BIN)/trainer

## lint: ruff, formatting, mypy and the layer contracts
lint: $(STAMP)
	$(BIN)/ruff check trainer tests bench
	$(BIN)/ruff format --check trainer tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

## test: install everything, then lint, validate the shipped scenarios and run the whole suite
test: system-deps $(STAMP) lint
	$(BIN)/trainer validate scenarios --strict
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

## bench: the performance figures quoted in the README
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
