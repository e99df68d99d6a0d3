"""German translation: complete, current, placeholders intact, and resolving in QGIS."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from qgis.PyQt import sip
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
    sources = sorted(str(p) for p in (ROOT / "milieu_atlas_plugin").rglob("*.py"))
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
    assert dock.run_button.text() == "Alles ausführen"
    assert dock.cancel_button.text() == "Abbrechen"
    dock.close_tasks()
    sip.delete(dock)


# --- Untranslatable strings --------------------------------------------------------------------
import ast  # noqa: E402

PLUGIN = ROOT / "milieu_atlas_plugin"
TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def plugin_sources():
    return sorted(p for p in PLUGIN.rglob("*.py") if "core" not in p.relative_to(PLUGIN).parts)


def call_name(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def text_argument(node):
    """The argument that holds the source text of a tr/translate/QT_TRANSLATE_NOOP call."""
    name = call_name(node)
    index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
    return node.args[index] if len(node.args) > index else None


def test_no_assembled_text_is_translated():
    """pylupdate5 sees only literals: tr("a" + b), tr(f"..."), tr("...".format()) would leave the
    text English in a German QGIS (as the map-sheet help was). Constants made with
    QT_TRANSLATE_NOOP may be passed by name (or as an entry of a table of them)."""
    bad = []
    for path in plugin_sources():
        if path.name == "i18n.py":  # the translation helpers themselves
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) in TR_NAMES:
                arg = text_argument(node)
                if arg is None:
                    continue
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                # a name, attribute or table entry refers to a QT_TRANSLATE_NOOP constant
                named = isinstance(arg, (ast.Name, ast.Attribute, ast.Subscript)) and \
                    call_name(node) != "QT_TRANSLATE_NOOP"
                if not (literal or named):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


# Qt calls whose first string argument the user reads.
VISIBLE = {"setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle", "addRow",
           "pushMessage", "QLabel", "QPushButton", "QGroupBox", "QCheckBox", "QAction", "addItem",
           "setHorizontalHeaderLabels", "setSpecialValueText", "setSuffix", "setDialogTitle",
           "setAllowEmptyLayer", "information", "warning", "critical", "setStatusTip"}


def test_every_user_visible_literal_in_the_gui_is_translated():
    """In gui/ no string literal goes straight into a label, button, tooltip or message."""
    bad = []
    for path in sorted((PLUGIN / "gui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and call_name(node) in VISIBLE:
                for arg in node.args:
                    words = isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and any(c.isalpha() for c in arg.value)
                    if words:
                        bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {arg.value!r}")
    assert bad == []


def test_help_renders_whole_in_the_processing_help_panel(processing_registry):
    """QGIS shows shortHelpString as HTML, one <p> per line: nothing of it may be swallowed as a
    tag (the map-sheet help's "(< 0.5 …" cut it off)."""
    from qgis.PyQt.QtGui import QTextDocument

    provider = processing_registry.providerById("milieuatlas")
    for alg in provider.algorithms():
        paragraphs = alg.shortHelpString().split("\n")
        doc = QTextDocument()
        doc.setHtml("".join(f"<p>{p}</p>" for p in paragraphs))
        shown = " ".join(doc.toPlainText().split())
        assert shown == " ".join(alg.helpText().split()), alg.id()
    mapsheet = processing_registry.algorithmById("milieuatlas:mapsheet")
    assert "(≤ 0.5, 0.5–0.8" in mapsheet.helpText()
    # a '<' in a help text reaches the panel escaped (the old map-sheet help's "(< 0.5 …" cut it off)
    from milieu_atlas_plugin.processing.base import MilieuAlgorithm

    class LessThan(MilieuAlgorithm):
        HELP = "classes (< 0.5, 0.5–0.8)"

    assert "(&lt; 0.5, 0.5–0.8)" in LessThan().shortHelpString()


def test_map_sheet_help_is_german(german, processing_registry):
    alg = processing_registry.algorithmById("milieuatlas:mapsheet").create()
    assert alg.helpText().startswith("Druckt ein vorlagenfertiges Kartenblatt")
    assert "(≤ 0,5, 0,5–0,8" in alg.helpText() or "(≤ 0.5, 0.5–0.8" in alg.helpText()


def test_user_locale_follows_qgis(qgis_app):
    """`qgis --lang de` (QgsApplication.translation()) first, then the override setting, then the
    system locale; `--lang` of the command line (set_language) above all."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QSettings

    from milieu_atlas_plugin import i18n

    from qgis.PyQt.QtCore import QLocale

    app = QgsApplication.instance()
    before, locale_before = app.translation(), QLocale()
    settings = QSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    try:
        app.setTranslation("de")
        assert i18n.user_locale() == "de" and i18n.resolve_language("auto") == "de"
        app.setTranslation("")
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", "de_AT")
        assert i18n.user_locale() == "de"
        settings.setValue("locale/userLocale", "en_GB")
        assert i18n.user_locale() == "en"
        translator = i18n.set_language("de")
        assert i18n.user_locale() == "de"
        assert QLocale().toString(0.5, "f", 1) == "0,5"  # decimal comma with --lang de
        i18n.remove_translator(translator)
    finally:
        i18n._LANGUAGE_OVERRIDE = None
        QLocale.setDefault(locale_before)
        app.setTranslation(before)
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)


def test_command_line_speaks_german_with_lang_de(tmp_path):
    """`python3 -m milieu_atlas_plugin --lang de help ALG` is German, `--lang en` English."""
    import os
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    assert (ROOT / "i18n" / "milieu_atlas_de.qm").exists(), "build it first: make translations"
    out = {}
    for lang in ("de", "en"):
        r = subprocess.run([sys.executable, "-m", "milieu_atlas_plugin", "--lang", lang, "help",
                            "milieuatlas:mapsheet"], capture_output=True, text=True, env=env,
                           cwd=tmp_path, timeout=120)
        assert r.returncode == 0, r.stderr
        out[lang] = r.stdout
    assert out["de"].startswith("milieuatlas:mapsheet: Kartenblatt (PDF/PNG)")
    assert "Druckt ein vorlagenfertiges Kartenblatt" in out["de"]
    assert out["en"].startswith("milieuatlas:mapsheet: Map sheet (PDF/PNG)")
    assert "(≤ 0,5, 0,5–0,8" in out["de"] and "&lt;" not in out["de"] and "&#" not in out["de"]


def test_index_names_and_dock_steps_are_german(german):
    """Every index code has a plain German name and definition; the dock's steps are German."""
    from milieu_atlas_plugin.core.codes import ALL_CODES
    from milieu_atlas_plugin.gui.index_names import INDEX_NAMES, index_name

    assert set(INDEX_NAMES) == set(ALL_CODES)
    assert index_name("D")[0] == "Segregationsindex (Dissimilarität)"
    assert index_name("ACO")[0] == "Absolute Konzentration"
    for code in ALL_CODES:
        name, definition = index_name(code)
        assert (name, definition) != tuple(INDEX_NAMES[code]), code

    class Iface:
        def mainWindow(self):
            return None

    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock

    dock = MilieuAtlasDock(Iface())
    from qgis.PyQt.QtWidgets import QGroupBox

    titles = [dock.widget().findChild(QGroupBox, n).title() for n in ("dataBox", "analysisBox", "sheetsBox")]
    assert titles == ["1 Daten", "2 Analyse", "3 Karten und Druck"]
    dock.close_tasks()
    sip.delete(dock)
