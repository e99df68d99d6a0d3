"""The dock panel in real QGIS: the planner's workflow on the Berlin sample, run as a task, errors,
cancel, re-run, project persistence, German; the settings object on its own."""
import csv
import os
import time

import numpy as np
import pytest
from qgis.PyQt import sip
from qgis.core import (
    QgsApplication,
    QgsGraduatedSymbolRenderer,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)

from milieu_atlas_plugin.gui.settings import (
    DockSettings,
    default_output_dir,
    guess_group_fields,
    guess_total_field,
    percentage_warning,
)

from .conftest import PLR_SHP, SAMPLE, T1_2024_PLR

MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"


def wait_for(dock, timeout=120):
    t0 = time.time()
    while dock.task is not None and time.time() - t0 < timeout:
        QgsApplication.processEvents()
        time.sleep(0.02)
    QgsApplication.processEvents()
    assert dock.task is None, "the analysis task did not finish"


@pytest.fixture()
def berlin_layers(qgis_app):
    plr = QgsVectorLayer(str(PLR_SHP), "Planungsräume", "ogr")
    table = QgsVectorLayer(str(T1_2024_PLR), "Einwohner 2024", "ogr")
    bezirke = QgsVectorLayer(str(SAMPLE / "berlin-lor-districts.geojson"), "Bezirke", "ogr")
    assert plr.isValid() and table.isValid() and bezirke.isValid()
    QgsProject.instance().addMapLayers([plr, table, bezirke])
    yield plr, table, bezirke
    QgsProject.instance().clear()


_DOCKS = []


def new_dock(iface):
    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock

    QgsSettings().remove("MilieuAtlas/last_state")  # each test starts from the defaults
    d = MilieuAtlasDock(iface)
    _DOCKS.append(d)
    return d


@pytest.fixture(autouse=True)
def close_docks():
    yield
    while _DOCKS:
        d = _DOCKS.pop()
        d.close_tasks()
        if not sip.isdeleted(d):
            sip.delete(d)  # now: a dock left for a later deleteLater reacts to the next test's layers
    QgsApplication.processEvents()
    QgsProject.instance().clear()


def fill(d, berlin_layers, out):
    plr, table, bezirke = berlin_layers
    d.districts_combo.setLayer(plr)
    d.district_key_combo.setField("PLR_ID")
    d.table_combo.setLayer(table)
    d.table_key_combo.setField("id")
    d.total_combo.setField("inhabitants")
    d.set_groups([MH, FOREIGN])
    d.levels_combo.setLayer(bezirke)
    d.permutations_spin.setValue(19)
    d.title_edit.setText("Migrationshintergrund")
    d.source_edit.setText("Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)")
    d.year_edit.setText("31.12.2024")
    d.output_widget.setFilePath(str(out))


@pytest.fixture()
def dock(iface_stubbed, processing_registry, berlin_layers, tmp_path):
    d = new_dock(iface_stubbed)
    fill(d, berlin_layers, tmp_path / "out")
    yield d


def plain(text):
    """A label's text without the break hints after underscores."""
    return text.replace("\u200b", "")


def files_under(path):
    return sorted(str(p) for p in path.rglob("*")) if path.exists() else []


# The settings on their own (no widget) ------------------------------------------------------------
def test_total_and_groups_are_recognised_by_german_and_english_names():
    assert guess_total_field(["PLR_Schluessel", "EW_insgesamt", "EW_MH"]) == "EW_insgesamt"
    assert guess_total_field(["Einwohner", "Ausländer"]) == "Einwohner"
    assert guess_total_field(["EW", "MH"]) == "EW"
    assert guess_total_field(["inhabitants", MH]) == "inhabitants"
    assert guess_total_field(["anteil_insgesamt"]) is None  # a percentage is no total
    assert guess_group_fields(["EW", "EW_MH", "Ausländer", "Anteil_MH", "Alter_65"], "EW") == \
        ["EW_MH", "Ausländer"]
    assert guess_group_fields(["Einwohner", "mit_Migrationshintergrund", "REL", "HED", "x"],
                              "Einwohner") == ["mit_Migrationshintergrund", "REL", "HED"]
    assert guess_group_fields([MH, FOREIGN, "inhabitants", "inhabitants_without_migration_background",
                               "EW_ohne_MH"], "inhabitants") == [MH, FOREIGN]


def test_a_percentage_used_as_count_is_warned_about():
    assert percentage_warning("Anteil_MH", 60.0, 3.7e6, 1.2e4)  # by its name
    assert percentage_warning("mh", 45.0, 3.7e6, 1.4e4)  # values ≤ 100 far below the total
    assert percentage_warning("mh", 9000.0, 3.7e6, 1.4e6) == ""  # counts
    assert percentage_warning("mh", 50.0, 3000.0, 1200.0) == ""  # small counts, not far below


def test_default_output_folder_is_beside_the_project_or_in_documents(tmp_path):
    assert default_output_dir(str(tmp_path / "plan.qgz")) == str(tmp_path / "milieu_atlas")
    assert default_output_dir("", documents=str(tmp_path)) == str(tmp_path / "Milieu Atlas")
    assert not default_output_dir("").startswith("/tmp")


def test_chain_and_sheet_parameters_follow_the_contract(berlin_layers, tmp_path):
    plr, table, bezirke = berlin_layers
    s = DockSettings(districts_layer=plr, district_key="PLR_ID", table_layer=table, table_key="id",
                     total_field="inhabitants", group_fields=["inhabitants", MH],
                     levels_layer=bezirke, output_dir=str(tmp_path))
    chain = s.build_chain(str(tmp_path / "run"))
    assert [st.alg_id for st in chain.steps] == ["milieuatlas:jointodistricts",
                                                 "milieuatlas:localmeasures",
                                                 "milieuatlas:segregationindices"]
    join = chain.steps[0].params
    assert join["MODE"] == "key" and join["FIELDS"] == ["inhabitants", MH]
    indices = chain.steps[2].params
    assert indices["GROUP_FIELDS"] == [MH]  # the total is never its own group
    assert indices["INDICES"] == ["D", "GINI", "H", "A", "XPX", "XPY", "ETA2"]
    assert chain.lq_field == f"{MH}_lq"
    sheet = s.sheet_params(chain)
    assert sheet["FIELD"] == f"{MH}_lq" and sheet["TITLE"] == f"Location quotient: {MH}"
    # confidentiality is on by default: small counts and small populations hidden
    assert (sheet["COUNT_FIELD"], sheet["MIN_COUNT"], sheet["POPULATION_FIELD"],
            sheet["MIN_POPULATION"]) == (MH, 3, "inhabitants", 300)
    assert sheet["BOUNDARIES_NAME"] == "Bezirke"
    s.families = ["evenness", "multigroup"]
    s.level_field = "BEZ"
    s.milieu_layer = plr
    s.indicator = "untapped"
    chain = s.build_chain(str(tmp_path / "run2"))
    assert [st.alg_id.split(":")[1] for st in chain.steps][3:] == [
        "milieulocalisation", "participationpotential", "districttypology"]
    assert chain.steps[2].params["LEVEL_FIELD"] == "BEZ"
    assert "MM_WITHIN" in chain.steps[2].params["INDICES"] and chain.steps[2].params["MULTIGROUP"]
    assert s.sheet_params(chain)["INPUT"].source == chain.milieu_layer
    assert s.sheet_params(chain)["INPUT"].name == "Planungsräume"  # the sheet names the units
    assert s.sheet_params(chain)["FIELD"] == "part_untapped_rate"
    no_table = DockSettings(districts_layer=plr, total_field="t", group_fields=["g"],
                            output_dir=str(tmp_path)).build_chain(str(tmp_path / "r2"))
    assert [st.alg_id for st in no_table.steps] == ["milieuatlas:localmeasures",
                                                    "milieuatlas:segregationindices"]


def test_state_survives_a_round_trip(berlin_layers, tmp_path):
    plr, table, bezirke = berlin_layers
    s = DockSettings(districts_layer=plr, district_key="PLR_ID", table_layer=table, table_key="id",
                     total_field="inhabitants", group_fields=[MH], title="T", year="2024",
                     min_count=5, confidentiality=False, atlas=True, output_dir=str(tmp_path))
    state = s.to_state()
    assert state["districts_layer"] == plr.id() and state["table_layer"] == table.id()
    back = DockSettings().apply_state(state, QgsProject.instance())
    assert back.to_state() == state and back.districts_layer is plr
    project = QgsProject.instance()
    s.write_to_project(project)
    assert DockSettings.read_project_state(project) == state


# The dock -----------------------------------------------------------------------------------------
def test_widgets_fill_the_settings(dock, berlin_layers, tmp_path):
    plr, table, bezirke = berlin_layers
    s = dock.settings
    assert (s.districts_layer, s.district_key, s.table_layer, s.table_key, s.total_field) == \
        (plr, "PLR_ID", table, "id", "inhabitants")
    assert s.group_fields == [MH, FOREIGN] and s.levels_layer is bezirke
    assert s.output_dir == str(tmp_path / "out")
    assert s.confidentiality and dock.confidential_check.isChecked()
    assert s.problems() == []
    assert [dock.indicator_combo.itemData(i) for i in range(dock.indicator_combo.count())] == \
        [f"lq:{MH}", f"share:{MH}", f"lq:{FOREIGN}", f"share:{FOREIGN}"]


def test_only_count_fields_are_offered_and_common_names_proposed(iface_stubbed, processing_registry,
                                                                   berlin_layers, tmp_path):
    d = new_dock(iface_stubbed)
    plr, table, _ = berlin_layers
    d.districts_combo.setLayer(plr)
    offered = [d.group_list.item(i).text() for i in range(d.group_list.count())]
    assert "PLR_ID" not in offered and "PLR_NAME" not in offered  # text and keys: never counts
    assert d.total_combo.findText("PLR_ID") < 0
    d.table_combo.setLayer(table)
    offered = [d.group_list.item(i).text() for i in range(d.group_list.count())]
    # the CSV's columns are text (OGR without column types); the numbers in them are offered,
    # its key "id" (01100101: leading zero) is not
    assert offered == [n for n in table.fields().names() if n != "id"]
    assert d.total_combo.currentField() == "inhabitants"
    assert d.table_key_combo.currentField() == "id"  # the table's key proposed
    assert set(d.checked_groups()) == {MH, FOREIGN, "inhabitants_germans_with_migration_background"}


def test_percentage_field_gets_a_warning(iface_stubbed, processing_registry, qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833&field=key:string&field=EW:integer"
                           "&field=Anteil_MH:double", "Gebiete", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    feats = []
    for i, (ew, share) in enumerate([(1000, 30.0), (2000, 45.5), (500, 12.0)]):
        f = QgsFeature(layer.fields())
        f.setAttributes([str(i), ew, share])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    QgsProject.instance().addMapLayer(layer)
    d = new_dock(iface_stubbed)
    d.districts_combo.setLayer(layer)
    assert d.total_combo.currentField() == "EW"
    d.set_groups(["Anteil_MH"])
    assert not d.percent_label.isHidden() and "Anteil_MH" in plain(d.percent_label.text())
    d.set_groups([])
    assert d.percent_label.isHidden()


def test_every_control_has_a_tooltip(dock):
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QWidget

    from milieu_atlas_plugin.gui.dock import QgsFileWidget, QListWidget, QTableWidget

    kinds = (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QgsFileWidget, QListWidget, QTableWidget)
    missing = [w.objectName() for w in dock.findChildren(QWidget)
               if isinstance(w, kinds) and w.objectName() and not w.objectName().startswith("qt_")
               and not w.toolTip()]
    assert missing == []
    assert dock.help_button.toolTip() and dock.open_help().endswith(".md")


def test_join_preview_shows_the_accounting_and_keeps_nothing(dock, tmp_path):
    import glob
    import tempfile

    layers_before = set(QgsProject.instance().mapLayers())
    previews_before = set(glob.glob(os.path.join(tempfile.gettempdir(), "milieu_atlas_preview_*")))
    assert dock.preview_join() is not None
    wait_for(dock)
    text = dock.preview_label.text()
    assert text.splitlines()[0] == "542 of 542 rows matched a unit; 0 unmatched.", text
    assert "inhabitants: 3,897,145 of 3,897,145 in the units" in text.splitlines()
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert set(glob.glob(os.path.join(tempfile.gettempdir(), "milieu_atlas_preview_*"))) == previews_before
    assert files_under(tmp_path / "out") == []


def test_run_on_berlin_adds_grouped_layers_index_table_and_sheet(dock, tmp_path):
    task = dock.run()
    assert task is not None and not dock.run_button.isEnabled()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    rows = dock.index_rows()
    d_shown = {r["group"]: float(r["value"]) for r in rows if r["index"] == "D"}
    with open(T1_2024_PLR, encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    t = np.array([float(r["inhabitants"]) for r in table])
    for group in (MH, FOREIGN):
        x = np.array([float(r[group]) for r in table])
        x, tt = x[t > 0], t[t > 0]
        d = 0.5 * np.abs(x / x.sum() - (tt - x) / (tt - x).sum()).sum()
        assert d_shown[group] == pytest.approx(d, abs=5e-4)  # shown with three decimals
    # plain names with the definition as tooltip, for every code
    names = {r["index"]: r["name"] for r in rows}
    assert names["D"] == "Dissimilarity" and all(n and n != c for c, n in names.items())
    name_col = 0
    row_d = next(r for r in range(dock.index_table.rowCount()) if dock.index_table.item(r, 1).text() == "D")
    assert "move" in dock.index_table.item(row_d, name_col).toolTip()
    # sortable by value
    value_col = 2
    dock.index_table.sortItems(value_col)
    values = [dock.index_table.item(r, value_col).data(256) for r in range(dock.index_table.rowCount())]
    values = [v for v in values if isinstance(v, float)]
    assert values == sorted(values)
    copied = dock.copy_table()
    assert copied.splitlines()[0].startswith("Index\tCode") and "Dissimilarity" in copied
    exported = dock.export_csv(str(tmp_path / "indices.csv"))
    with open(exported, encoding="utf-8-sig") as fh:
        assert len(list(csv.reader(fh, delimiter=";"))) == len(rows) + 1
    # XLSX: the dock's titles, numbers as numbers (full precision), notes as text, definitions
    from openpyxl import load_workbook

    book = load_workbook(dock.export_table(str(tmp_path / "indices.xlsx")))
    sheet = list(book.worksheets[0].values)
    assert list(sheet[0]) == dock._column_titles()
    with open(dock.chain.index_table, encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    assert len(sheet) == len(raw) + 1
    columns = list(sheet[0])
    for got, want in zip(sheet[1:], raw):
        cell = dict(zip(columns, got))
        assert cell["Code"] == want["index"] and cell["Group"] == want["group"]
        assert isinstance(cell["Value"], float) and cell["Value"] == float(want["value"])
        assert cell["Units"] == int(float(want["units"])) and isinstance(cell["Units"], int)
        assert (cell["Note"] or "") == want["note"]
        assert cell["Index"] == names[want["index"]]
    assert any(r["note"] for r in raw)  # the notes are there to be carried
    definitions = {r[0]: r[2] for r in list(book.worksheets[1].values)[1:]}
    assert set(definitions) == set(names) and "move" in definitions["D"]
    # layers grouped and styled
    root = QgsProject.instance().layerTreeRoot()
    group = root.findGroup("Milieu Atlas")
    assert group is not None and root.children()[0] is group
    layer = dock.result_layer
    assert layer.id() in group.findLayerIds() and layer.featureCount() == 542
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
    # files: the run folder with layers, table, sheet (PDF) beside nothing else
    run_dir = dock.chain.run_dir
    assert os.path.dirname(run_dir) == str(tmp_path / "out")
    for name in ("districts_joined.gpkg", "local_measures.gpkg", "segregation_indices.csv",
                 "accounting.csv", f"sheet_{MH}_lq.pdf", f"sheet_{MH}_lq.png"):
        assert os.path.isfile(os.path.join(run_dir, name)), name
    with open(dock.last_pdf, "rb") as fh:
        assert fh.read(4) == b"%PDF"
    # a re-run replaces the group instead of adding a second one
    layers_before = len(QgsProject.instance().mapLayers())
    dock.run()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    groups = [c for c in root.children() if getattr(c, "name", lambda: "")() == "Milieu Atlas"]
    assert len(groups) == 1 and len(QgsProject.instance().mapLayers()) == layers_before
    assert dock.result_layer.id() in groups[0].findLayerIds()


def test_cancel_mid_run_leaves_no_layers_and_no_files(dock, tmp_path):
    dock.permutations_spin.setValue(999)  # long enough to be caught while running
    layers_before = set(QgsProject.instance().mapLayers())
    dock.run()
    t0 = time.time()
    while dock.progress.value() < 30 and time.time() - t0 < 60:  # the join has finished
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert dock.task is not None, "finished before it could be cancelled"
    dock.cancel()
    wait_for(dock)
    assert dock.result_label.text() == "Cancelled."
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert QgsProject.instance().layerTreeRoot().findGroup("Milieu Atlas") is None
    assert QgsProject.instance().layoutManager().printLayouts() == []
    assert files_under(tmp_path / "out") == []
    assert dock.run_button.isEnabled()


def test_a_percentage_is_converted_into_counts_for_the_run(dock, berlin_layers, tmp_path):
    plr, table, _ = berlin_layers
    pct, derived = f"{MH}_percentage", f"{MH}_count"
    fields_before = table.fields().names()
    with open(T1_2024_PLR, "rb") as fh:
        csv_before = fh.read()
    dock.set_groups([pct])
    assert not dock.percent_label.isHidden() and pct in plain(dock.percent_label.text())
    assert not dock.convert_button.isHidden() and dock.converted_label.isHidden()
    dock.convert_button.click()
    assert dock.percent_label.isHidden() and dock.convert_button.isHidden()
    assert not dock.converted_label.isHidden() and derived in plain(dock.converted_label.text())
    assert dock.settings.groups() == [derived]
    assert dock.indicator_combo.currentData() == f"lq:{derived}"
    dock.run()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    with open(T1_2024_PLR, encoding="utf-8") as fh:
        table_rows = list(csv.DictReader(fh))
    # the sample's percentages have full precision: the derived counts are the table's own counts
    converted = QgsVectorLayer(os.path.join(dock.chain.run_dir, "counts_converted.gpkg"), "c", "ogr")
    got = {f["id"]: f[derived] for f in converted.getFeatures()}
    assert got == {r["id"]: float(r[MH]) for r in table_rows}
    # so D of the converted percentage is D of the count column, computed here by hand
    t = np.array([float(r["inhabitants"]) for r in table_rows])
    x = np.array([float(r[MH]) for r in table_rows])
    x, t = x[t > 0], t[t > 0]
    d = 0.5 * np.abs(x / x.sum() - (t - x) / (t - x).sum()).sum()
    shown = {r["index"]: r for r in dock.index_rows()}
    assert shown["D"]["group"] == derived and float(shown["D"]["value"]) == pytest.approx(d, abs=5e-4)
    assert dock.result_layer.fields().indexOf(f"{derived}_lq") >= 0
    # the input is never modified: no field added to the layer, the file untouched
    assert table.fields().names() == fields_before and not table.isModified()
    with open(T1_2024_PLR, "rb") as fh:
        assert fh.read() == csv_before
    # the conversion is part of the form a saved project restores
    project = QgsProject.instance()
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    dock.set_groups([MH])
    assert dock.settings.conversions == [] and dock.converted_label.isHidden()  # unticked: ended
    project.clear()
    assert project.read(path)
    QgsApplication.processEvents()
    assert dock.settings.conversions == [pct] and dock.settings.groups() == [derived]
    assert not dock.converted_label.isHidden() and dock.convert_button.isHidden()
    assert dock.indicator_combo.currentData() == f"lq:{derived}"


def test_bad_fields_show_one_short_line_with_details(dock, tmp_path):
    dock.total_combo.setField(FOREIGN)  # a group larger than this "total"
    dock.set_groups([MH])
    layers_before = set(QgsProject.instance().mapLayers())
    dock.run()
    wait_for(dock)
    items = dock.message_bar.items()
    assert items, "no message shown"
    text = items[-1].text()
    assert "\n" not in text and len(text) <= 90
    assert MH in dock.last_error
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert files_under(tmp_path / "out") == []
    assert dock.result_layer is None and dock.run_button.isEnabled()
    box = dock.show_details(dock.last_error)
    assert box.detailedText() == dock.last_error
    box.close()


def test_missing_choice_is_reported_before_running(dock):
    dock.set_groups([])
    assert dock.run() is None
    assert "group" in dock.last_error


def test_reopening_a_saved_project_restores_the_form(dock, berlin_layers, tmp_path):
    dock.title_edit.setText("Mein Titel")
    dock.min_population_spin.setValue(500)
    dock.atlas_check.setChecked(True)
    dock.family_boxes["spatial"].setChecked(True)
    dock.indicator_combo.setCurrentIndex(2)
    project = QgsProject.instance()
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    expected = dock.settings.to_state()
    dock.title_edit.setText("changed")
    dock.set_groups([MH])
    project.clear()
    assert project.read(path)
    QgsApplication.processEvents()
    got = dock.settings.to_state()
    assert dock.title_edit.text() == "Mein Titel" and dock.atlas_check.isChecked()
    assert dock.settings.districts_layer is not None
    assert dock.settings.districts_layer.name() == "Planungsräume"
    for key in ("district_key", "table_key", "total_field", "group_fields", "title", "families",
                "min_population", "atlas", "indicator", "output_dir", "year", "source_text"):
        assert got[key] == expected[key], key


@pytest.mark.parametrize("german_ui", [False, True])
def test_dock_fits_a_narrow_panel_in_english_and_german(dock, german_ui, qgis_app, berlin_layers, tmp_path):
    """Nothing forces the dock wider than 350 px, in English or German, and it renders."""
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from .conftest import ROOT

    translator = None
    if german_ui:
        qm = tmp_path / "de.qm"
        subprocess.run(["lrelease", "-silent", str(ROOT / "i18n" / "milieu_atlas_de.ts"), "-qm",
                        str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
    try:
        d = new_dock(None)
        assert d.run_button.text() == ("Alles ausführen" if german_ui else "Run everything")
        # the index table's titles (also those of the CSV and XLSX export) in the UI's language
        assert d._column_titles()[2:] == (["Wert", "Erwartet", "p-Wert", "Gruppe", "Einheiten",
                                           "Anmerkung"] if german_ui else
                                          ["Value", "Expected", "p value", "Group", "Units", "Note"])
        assert d.findChild(type(d.widget()), "milieuAtlasDockContents") is not None
        d.show_message("Analysis finished.")
        d.resize(350, 900)
        d.show()
        QgsApplication.processEvents()
        assert d.widget().minimumSizeHint().width() <= 350
        # the scrolled form itself fits too (nothing cut off on the right), filled with long names
        fill(d, berlin_layers, tmp_path / "narrow")
        QgsApplication.processEvents()
        assert d.scroll.widget().minimumSizeHint().width() <= 350 - d.scroll.verticalScrollBar().width()
        # so does the warning about a percentage with its long field name, and the conversion note
        d.set_groups([f"{MH}_percentage"])
        QgsApplication.processEvents()
        assert not d.percent_label.isHidden()
        assert d.scroll.widget().minimumSizeHint().width() <= 350 - d.scroll.verticalScrollBar().width()
        d.convert_percentages()
        QgsApplication.processEvents()
        assert not d.converted_label.isHidden()
        assert d.scroll.widget().minimumSizeHint().width() <= 350 - d.scroll.verticalScrollBar().width()
        d.set_groups([MH, FOREIGN])
        image = d.grab().toImage()
        assert image.width() == 350 and not image.isNull()
        d.close()
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)


# The task on its own, with tiny algorithms of a test provider --------------------------------------
@pytest.fixture()
def test_provider(qgis_app):
    from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                           QgsProcessingOutputNumber, QgsProcessingParameterNumber,
                           QgsProcessingProvider)

    class Alg(QgsProcessingAlgorithm):
        KIND = ""

        def name(self):
            return self.KIND

        def displayName(self):  # noqa: N802
            return self.KIND.title()

        def createInstance(self):  # noqa: N802
            return type(self)()

        def initAlgorithm(self, config=None):  # noqa: N802
            self.addParameter(QgsProcessingParameterNumber("X", "x", defaultValue=1))
            self.addOutput(QgsProcessingOutputNumber("Y", "y"))

        def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
            x = self.parameterAsDouble(parameters, "X", context)
            if self.KIND == "raises":
                raise ValueError(f"bad value {x:g}")
            if self.KIND == "refuses":
                raise QgsProcessingException("Layer 'a' has no field 'b'\nsecond line")
            if self.KIND == "slow":
                for i in range(500):
                    if feedback.isCanceled():
                        break
                    feedback.setProgress(i / 5)
                    time.sleep(0.01)
            return {"Y": 2 * x}

    kinds = {k: type(k, (Alg,), {"KIND": k}) for k in ("double", "raises", "refuses", "slow")}

    class Provider(QgsProcessingProvider):
        def id(self):
            return "milieutest"

        def name(self):
            return "Milieu Atlas tests"

        def loadAlgorithms(self):  # noqa: N802
            for cls in kinds.values():
                self.addAlgorithm(cls())

    provider = Provider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def run_task(steps, cancel_after=None, timeout=30):
    from milieu_atlas_plugin.gui.settings import Step
    from milieu_atlas_plugin.gui.tasks import AlgorithmChainTask

    done, progress, labels = {}, [], []
    task = AlgorithmChainTask("test", [Step(a, p, a) for a, p in steps],
                              lambda results, error, details="": done.update(results=results, error=error))
    task.progressChanged.connect(progress.append)
    task.stepStarted.connect(labels.append)
    QgsApplication.taskManager().addTask(task)
    t0 = time.time()
    while not done and time.time() - t0 < timeout:
        QgsApplication.processEvents()
        if cancel_after is not None and time.time() - t0 > cancel_after and not task.isCanceled():
            task.cancel()
        time.sleep(0.01)
    assert done, "task did not report"
    run_task.labels = labels
    return done["results"], done["error"], progress


def test_task_hands_results_over_through_the_callback(test_provider):
    results, error, progress = run_task([("milieutest:double", {"X": 2}),
                                         ("milieutest:double", {"X": 5})])
    assert error is None
    assert [r["Y"] for r in results] == [4, 10]
    assert progress and progress[-1] == 100
    assert run_task.labels == ["milieutest:double", "milieutest:double"]  # the steps' labels


def test_task_reports_an_exception_in_one_readable_line(test_provider):
    results, error, _ = run_task([("milieutest:double", {"X": 1}), ("milieutest:raises", {"X": 3})])
    assert error == "Raises: ValueError: bad value 3"
    assert len(results) == 1
    _, error, _ = run_task([("milieutest:refuses", {})])
    assert error == "Refuses: Layer 'a' has no field 'b'"
    _, error, _ = run_task([("milieutest:nosuch", {})])
    assert "milieutest:nosuch" in error and "\n" not in error


def test_task_cancel_stops_a_running_algorithm(test_provider):
    from milieu_atlas_plugin.gui.tasks import AlgorithmChainTask

    t0 = time.time()
    results, error, _ = run_task([("milieutest:slow", {}), ("milieutest:double", {})],
                                 cancel_after=0.3)
    assert error == AlgorithmChainTask.CANCELLED and results == []
    assert time.time() - t0 < 4  # the slow step alone takes 5 s
