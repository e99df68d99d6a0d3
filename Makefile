# Milieu Atlas. The two commands a newcomer needs: `make demo` and `make test` (both set up everything).
PY := .venv/bin/python
PLUGIN := milieu_atlas
OUT ?= demo_output
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test bench package deploy translations clean contract

setup: .venv/.deps-ok translations

.venv/.deps-ok: scripts/bootstrap.sh requirements-dev.txt constraints.txt
	./scripts/bootstrap.sh

# German translation: .ts is committed, .qm is built.
translations: i18n/milieu_atlas_de.qm
i18n/milieu_atlas_de.qm: i18n/milieu_atlas_de.ts .venv/.deps-ok
	lrelease -silent $< -qm $@

demo: setup
	$(PY) -m milieu_atlas_plugin.demo --output $(OUT)

test: setup
	$(PY) -m pytest -q tests

# The benchmark peers: QGIS native (same interpreter) and PySAL `segregation`, which lives in its own
# venv because it needs shapely 2 / numba (it must not replace Debian's stack in .venv).
PYSAL_VENV := .venv-pysal
$(PYSAL_VENV)/.ok:
	/usr/bin/python3 -m venv $(PYSAL_VENV)
	$(PYSAL_VENV)/bin/python -m pip install -q --disable-pip-version-check "numpy<2" "scipy<1.14" "pandas<2.3" segregation
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
