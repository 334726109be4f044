# One-command set-up: `make run` and `make test` create .venv on a fresh machine with only Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= $(CURDIR)/local-vault

.PHONY: run test lint wheel-check bench screenshots translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/python main.py --home "$(HOME_DIR)"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check vinkdesk tests tools main.py
	$(BIN)/mypy

test: lint wheel-check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The built wheel, installed into a throw-away venv, runs `vinkdesk demo` and `vinkdesk verify` outside the tree.
wheel-check: $(VENV)/.installed-test
	bash .ci/wheel-check $(BIN)/python

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m vinkdesk.ui.screenshots docs/screenshots
	printf '%s' '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]}' > .screen.json
	QT_QPA_PLATFORM=offscreen:configfile=.screen.json $(BIN)/python -m tests.ui.screenshot_walk docs/screenshots/dialogs
	rm -f .screen.json

# After changing user-visible strings: update the .ts source, translate the new entries (Qt Linguist or by
# hand; none may stay unfinished, a test checks), then compile the .qm that ships.
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate -no-obsolete vinkdesk/ui/*.py vinkdesk/ui/presenters/*.py -ts vinkdesk/ui/i18n/vinkdesk_da.ts
	$(BIN)/pyside6-lrelease vinkdesk/ui/i18n/vinkdesk_da.ts -qm vinkdesk/ui/i18n/vinkdesk_da.qm
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en \
		vinkdesk/ui/*.py vinkdesk/ui/presenters/*.py -ts vinkdesk/ui/i18n/vinkdesk_en.ts
	$(BIN)/python tools/english_plurals.py vinkdesk/ui/i18n/vinkdesk_en.ts
	$(BIN)/pyside6-lrelease vinkdesk/ui/i18n/vinkdesk_en.ts -qm vinkdesk/ui/i18n/vinkdesk_en.qm

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
