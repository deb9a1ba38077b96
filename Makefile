# One place for the commands the README and .ci/run share.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-postgres lint bench translations translations-update package screenshots icon scene-plans clean system-deps

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

## test: install everything, then lint, validate the shipped scenarios, run the whole suite
## (SQLite), then the database suites again on a PostgreSQL server (test-postgres)
test: system-deps $(STAMP) translations lint
	$(BIN)/trainer validate scenarios --strict
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto
	$(MAKE) test-postgres

# The suites that read and write the progress database: storage, the results merge
# (plain and sealed) and its xAPI statements, history, the overview and reports,
# profiles' lockouts and erasure, the results CLI.
PG_SUITES := tests/storage tests/services/test_results_exchange.py \
	tests/services/test_results_sealed.py tests/exchange/test_xapi.py \
	tests/services/test_history_titles.py tests/services/test_overview_replay_reports.py \
	tests/services/test_choice_shares.py tests/services/test_profiles_security.py \
	tests/cli/test_results_cli.py tests/cli/test_xapi_cli.py

## test-postgres: the database suites on a throwaway PostgreSQL server (installed if missing,
## started on a free localhost port in a temp folder, stopped and removed afterwards)
test-postgres: $(STAMP)
	@dir=$$(mktemp -d "$${TMPDIR:-/tmp}/trainer-pg.XXXXXX"); \
	port=$$($(BIN)/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	url=$$(TRAINER_TEST_PG_PORT=$$port bash tools/postgres-test-server.sh start "$$dir") || { rm -rf "$$dir"; exit 1; }; \
	echo "PostgreSQL test server: $$url"; \
	status=0; \
	TRAINER_TEST_DB_URL="$$url" QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not sqlite_only" \
		$(PG_SUITES) || status=$$?; \
	bash tools/postgres-test-server.sh stop "$$dir"; rm -rf "$$dir"; exit $$status

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
