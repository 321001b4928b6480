# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint clean bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

## Start the app on the default register in the user data folder.
run: $(STAMP)
	$(PY) -m app $(ARGS)

## Install the test extras and run the whole suite (Qt offscreen).
test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(PY) -m ruff check app tests tools

clean:
	rm -rf $(VENV) build *.egg-info

# ------------------------------------------------------------------ packaging (issue #7)
# `make package` builds the one-folder app dist/otinish/ with PyInstaller
# (packaging/otinish.spec); `make package-test` runs its self-test with an empty
# environment; `make package-tarball` makes dist/otinish-VERSION-linux-x86_64.tar.gz.
PKG_STAMP := $(VENV)/.installed-package
PYINSTALLER_REQ ?= pyinstaller>=6.10,<7
VERSION = $(shell sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)

.PHONY: package package-test package-tarball package-icons package-clean

$(PKG_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --quiet '$(PYINSTALLER_REQ)'
	touch $@ $(STAMP)

## Build the app bundle dist/otinish/ (executable dist/otinish/otinish).
package: $(PKG_STAMP)
	rm -rf dist/otinish
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/otinish.spec
	@echo "bundle: dist/otinish, $$(du -sh dist/otinish | cut -f1) ($$(find dist/otinish -type f | wc -l) files)"

## Run the bundle's --self-test with nothing in the environment but a minimal PATH.
package-test:
	@test -x dist/otinish/otinish || { echo "no bundle: run 'make package' first" >&2; exit 1; }
	@mkdir -p build
	@echo "env -i PATH=/usr/bin:/bin dist/otinish/otinish --self-test"
	@env -i PATH=/usr/bin:/bin dist/otinish/otinish --self-test > build/selftest.json; \
		code=$$?; cat build/selftest.json; \
		if [ $$code -ne 0 ] || ! grep -q '"ok": true' build/selftest.json; then \
			echo "package-test: the bundle's self-test FAILED (exit $$code)" >&2; exit 1; fi
	@echo "package-test: ok"

## Pack the bundle, the .desktop file, icons and install.sh into a tarball.
package-tarball:
	@test -x dist/otinish/otinish || { echo "no bundle: run 'make package' first" >&2; exit 1; }
	sh packaging/linux/make-tarball.sh $(VERSION)

## Redraw the app icon (resources/icons, packaging/linux/icons).
package-icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

package-clean:
	rm -rf build/pyinstaller dist/otinish dist/otinish-*.tar.gz

## Measure start-up, views, search, letters and exports on 1k/10k/100k registers.
bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py $(BENCH_ARGS)

## Screenshots of the app on a demo register, under Xvfb, into docs/screenshots/.
## (Developer tools live in tools/, outside the shipped package.)
screenshots: $(STAMP)
	$(PY) tools/screenshots.py docs/screenshots

TS_FILES := resources/translations/otinish_kk.ts resources/translations/otinish_ru.ts \
	resources/translations/otinish_en.ts

## Update the .ts catalogs from the code, then compile them to .qm (both are committed).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate app/__main__.py app/ui/*.py -no-obsolete -locations none \
		-ts $(TS_FILES)
	for ts in $(TS_FILES); do $(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

.PHONY: screenshots translations
