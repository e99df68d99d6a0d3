# Milieu Atlas. The two commands a newcomer needs: `make demo` and `make test` (both set up everything).
PY := .venv/bin/python
PLUGIN := milieu_atlas
OUT ?= demo_output
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test test-debian13 bench package deploy translations clean contract

setup: .venv/.deps-ok translations

# bootstrap.sh touches the stamp only when pip ran; touch it here as well, or a bootstrap.sh newer than
# the stamp (e.g. after a pull) would make every later `make` run the set-up again.
.venv/.deps-ok: scripts/bootstrap.sh requirements-dev.txt constraints-bookworm.txt constraints-trixie.txt
	./scripts/bootstrap.sh
	touch $@

# German translation: .ts is committed, .qm is built.
translations: i18n/milieu_atlas_de.qm
i18n/milieu_atlas_de.qm: i18n/milieu_atlas_de.ts .venv/.deps-ok
	lrelease -silent $< -qm $@

# `make demo LANG=de`: messages and sheets in German (also when the shell's locale is German).
DEMO_LANG := $(if $(filter de de_% de-%,$(LANG)),de,en)
demo: setup
	$(PY) -m milieu_atlas_plugin.demo --output $(OUT) --lang $(DEMO_LANG)

# `make test TESTS=tests/postgis` runs only those tests (PYTEST_ARGS adds options).
TESTS ?= tests
test: setup .venv-newest/.ok-sklearn
	$(PY) -m pytest -q $(TESTS) $(PYTEST_ARGS)
	@echo "core/ on the newest numpy and scipy:"
	.venv-newest/bin/python -m pytest -q -p no:cacheprovider -c /dev/null --rootdir=. tests/core

# The same `make test` in a Debian 13 root (QGIS 3.40 LTR, numpy 2), made with debootstrap and cached in
# ~/.cache/milieu-atlas (as root; the first run needs the network and takes about 10 minutes).
test-debian13:
	./scripts/test_debian13.sh

# The pure core must also work on today's releases (numpy 2, newest scipy), not only on Debian 12's.
# (the stamp's name changes when the package list grows, so an existing venv gets the new ones)
.venv-newest/.ok-sklearn: requirements-dev.txt
	/usr/bin/python3 -m venv .venv-newest
	.venv-newest/bin/python -m pip install -q --disable-pip-version-check "numpy>=2" scipy scikit-learn hypothesis pytest
	touch $@

# The benchmark peers: QGIS native (same interpreter) and PySAL `segregation`, which lives in its own
# venv because it needs shapely 2 / numba (it must not replace Debian's stack in .venv).
# Debian 12's Python 3.11 takes the numpy 1 stack PySAL was measured with; Debian 13's Python 3.13 has
# no numpy 1 wheels, so it takes the current releases.
PYSAL_VENV := .venv-pysal
CODENAME := $(shell . /etc/os-release 2>/dev/null; echo $$VERSION_CODENAME)
PYSAL_PINS := $(if $(filter bookworm,$(CODENAME)),"numpy<2" "scipy<1.14" "pandas<2.3")
$(PYSAL_VENV)/.ok:
	/usr/bin/python3 -m venv $(PYSAL_VENV)
	$(PYSAL_VENV)/bin/python -m pip install -q --disable-pip-version-check $(PYSAL_PINS) segregation
	touch $@

bench: setup $(PYSAL_VENV)/.ok
	MILIEU_PYSAL_PYTHON=$(CURDIR)/$(PYSAL_VENV)/bin/python $(PY) bench/run.py

contract: setup
	$(PY) ../shared/tools/check_contract.py --py $(PY)

package: setup
	$(PY) scripts/package.py --output dist

# Links this checkout into a QGIS profile (default profile unless PROFILE_DIR is given).
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy: translations
	mkdir -p $(PROFILE_DIR)/python/plugins
	ln -sfn $(CURDIR) $(PROFILE_DIR)/python/plugins/$(PLUGIN)
	@echo "Linked $(CURDIR) -> $(PROFILE_DIR)/python/plugins/$(PLUGIN); enable 'Milieu Atlas' in Plugins > Manage."

clean:
	rm -rf dist $(OUT) .pytest_cache i18n/*.qm
