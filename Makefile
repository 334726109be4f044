# One-command set-up: `make run` and `make test` create .venv on a fresh machine with only Python 3.11.
# Linux and macOS with their own make; Windows with GNU make run from Git Bash (its sh runs the recipes).
VENV := .venv
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := $(VENV)/Scripts
EXE := .exe
else
PYTHON ?= python3
BIN := $(VENV)/bin
EXE :=
endif
PY := $(BIN)/python$(EXE)
HOME_DIR ?= $(CURDIR)/local-vault
say = @echo "vinkdesk: $(1)"

.PHONY: run test lint wheel-check bench screenshots translations dist dist-check clean

$(PY):
	$(call say,creating the virtual environment in $(VENV) …)
	$(PYTHON) -m venv $(VENV)
	$(call say,updating pip in $(VENV) …)
	$(PY) -m pip install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(call say,installing vinkdesk and its dependencies into $(VENV) (the first time takes a minute or two) …)
	$(PY) -m pip install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(call say,installing vinkdesk with its test tools into $(VENV) (the first time takes a minute or two) …)
	$(PY) -m pip install -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-dist: pyproject.toml | $(PY)
	$(call say,installing vinkdesk with PyInstaller into $(VENV) (the first time takes a minute or two) …)
	$(PY) -m pip install -e '.[dist]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(call say,starting the windows on the vault in $(HOME_DIR) …)
	$(PY) main.py --home "$(HOME_DIR)"

lint: $(VENV)/.installed-test
	$(call say,checking the code: ruff and mypy …)
	$(BIN)/ruff check vinkdesk tests tools main.py
	$(BIN)/mypy

test: lint wheel-check
	$(call say,running the tests (a few minutes) …)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The built wheel, installed into a throw-away venv, runs `vinkdesk demo` and `vinkdesk verify` outside the tree.
wheel-check: $(VENV)/.installed-test
	$(call say,building the wheel and running it outside the tree …)
	bash .ci/wheel-check $(PY)

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

screenshots: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(PY) -m vinkdesk.ui.screenshots docs/screenshots
	printf '%s' '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]}' > .screen.json
	QT_QPA_PLATFORM=offscreen:configfile=.screen.json $(PY) -m tests.ui.screenshot_walk docs/screenshots/dialogs
	rm -f .screen.json

# After changing user-visible strings: update the .ts source, translate the new entries (Qt Linguist or by
# hand; none may stay unfinished, a test checks), then compile the .qm that ships.
translations: $(VENV)/.installed-test
	$(BIN)/pyside6-lupdate -no-obsolete vinkdesk/ui/*.py vinkdesk/ui/presenters/*.py vinkdesk/ui/system/*.py -ts vinkdesk/ui/i18n/vinkdesk_da.ts
	$(BIN)/pyside6-lrelease vinkdesk/ui/i18n/vinkdesk_da.ts -qm vinkdesk/ui/i18n/vinkdesk_da.qm
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language en -target-language en \
		vinkdesk/ui/*.py vinkdesk/ui/presenters/*.py vinkdesk/ui/system/*.py -ts vinkdesk/ui/i18n/vinkdesk_en.ts
	$(PY) tools/english_plurals.py vinkdesk/ui/i18n/vinkdesk_en.ts
	$(BIN)/pyside6-lrelease vinkdesk/ui/i18n/vinkdesk_en.ts -qm vinkdesk/ui/i18n/vinkdesk_en.qm

# The application folder for this system (dist/vinkdesk: no Python needed to run it) and its archive,
# dist/vinkdesk-VERSION-OS-ARCH.tar.gz (.zip on Windows). PyInstaller's work files go to build/pyinstaller.
dist: $(VENV)/.installed-dist
	$(call say,building the application folder dist/vinkdesk with PyInstaller (a few minutes) …)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/vinkdesk.spec
	$(call say,packing the archive …)
	$(PY) tools/dist_archive.py

# The built folder, copied outside the tree and run without the venv: --version, demo, verify, a PDF, the sync's
# figure audit, self-test; its size and start-up time beside `python main.py`. The table of these into a file:
# make dist-check DIST_CHECK_ARGS="--markdown build/dist-check.md"
DIST_CHECK_ARGS ?=
dist-check: dist
	$(call say,running the bundle outside the tree in a clean environment …)
	$(PY) tools/dist_check.py $(DIST_CHECK_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
