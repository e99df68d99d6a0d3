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

bench: setup
	$(PY) bench/run.py

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
