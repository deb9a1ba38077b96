# One place for the commands the README and .ci/run share.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations translations-update package screenshots icon scene-plans clean system-deps

TS := $(wildcard trainer/gui/translations/*.ts)
QM := $(TS:.ts=.qm)

system-deps:
	@bash packaging/install-system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## translations: compile the Qt Linguist sources (.ts) into .qm files the app loads
translations: $(QM)

trainer/gui/translations/%.qm: trainer/gui/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## translations-update: collect new UI strings from the code into the .ts files
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find trainer/gui -name '*.py' | sort) -ts $(TS)

## run: install and launch the app on its defaults (SQLite, shipped scenarios)
run: system-deps $(STAMP) translations
	$(BIN)/trainer

## lint: ruff, formatting, mypy and the layer contracts
lint: $(STAMP)
	$(BIN)/ruff check trainer tests bench
	$(BIN)/ruff format --check trainer tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

## test: install everything, then lint, validate the shipped scenarios and run the whole suite
test: system-deps $(STAMP) translations lint
	$(BIN)/trainer validate scenarios --strict
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

## bench: the performance figures quoted in the README
bench: $(STAMP)
	$(BIN)/python bench/run.py

## package: the one-folder PyInstaller bundle in dist/trainer, then its self-test
package: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean packaging/trainer.spec
	QT_QPA_PLATFORM=offscreen dist/trainer/trainer --self-test

## icon: draw the app's icon into assets/icons (committed; run after changing its design)
icon: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/make_icon.py assets/icons

## scene-plans: draw the scene plans into the scenarios' media/ folders (committed)
scene-plans: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/draw_scene_plans.py scenarios

## screenshots: every screen in Polish and English at 1366x768 (and three at 200% text), into docs/screenshots
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots/large-text \
		--text-size 22 --language pl --only 02-library --only 04-feedback --only 09-debrief

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
