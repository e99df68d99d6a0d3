"""German translation: complete, current, placeholders intact, and resolving in QGIS."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .conftest import ROOT

TS = ROOT / "i18n" / "milieu_atlas_de.ts"
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}|%n|%\d")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def test_every_string_is_translated():
    unfinished = [(c, s) for c, s, t in messages(TS)
                  if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert unfinished == []


def test_translation_file_is_current(tmp_path):
    """pylupdate5 over today's sources finds no string that the committed .ts lacks."""
    copy = tmp_path / "current.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "milieu_atlas_plugin").rglob("*.py")
                     if "core" not in p.relative_to(ROOT).parts)
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(copy)], check=True,
                   capture_output=True, cwd=ROOT)
    new = [(c, s) for c, s, t in messages(copy) if t.get("type") == "unfinished"]
    assert new == [], "run scripts/update_translations.sh and translate the new strings"


def test_placeholders_survive_translation():
    for context, source, translation in messages(TS):
        assert sorted(PLACEHOLDER.findall(source)) == \
            sorted(PLACEHOLDER.findall(translation.text or "")), (context, source)


@pytest.fixture()
def german(qgis_app, tmp_path):
    qm = tmp_path / "de.qm"
    subprocess.run(["lrelease", "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_algorithm_names_and_dock_resolve_in_german(german, processing_registry):
    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock

    alg = processing_registry.algorithmById("milieuatlas:segregationindices").create()
    assert alg.displayName() == QCoreApplication.translate("SegregationIndices", "Segregation indices")
    assert alg.displayName() != "Segregation indices"
    assert alg.name() == "segregationindices"  # ids are never translated

    class Iface:
        def mainWindow(self):
            return None

    dock = MilieuAtlasDock(Iface())
    assert dock.run_button.text() == "Ausführen"
    assert dock.cancel_button.text() == "Abbrechen"
    dock.deleteLater()
