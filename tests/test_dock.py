"""The dock panel in real QGIS: parameters it builds, the analysis as a task, errors, cancel."""
import csv
import time

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsGraduatedSymbolRenderer, QgsProject, QgsVectorLayer

from milieu_atlas_plugin.gui.settings import DockSettings

from .conftest import PLR_SHP, T1_2024_PLR

MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"


def wait_for(dock, timeout=180):
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
    assert plr.isValid() and table.isValid()
    QgsProject.instance().addMapLayers([plr, table])
    yield plr, table
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture()
def dock(iface_stubbed, processing_registry, berlin_layers, tmp_path):
    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock

    plr, table = berlin_layers
    d = MilieuAtlasDock(iface_stubbed)
    d.districts_combo.setLayer(plr)
    d.district_key_combo.setField("PLR_ID")
    d.table_combo.setLayer(table)
    d.table_key_combo.setField("id")
    d.total_combo.setField("inhabitants")
    d.set_groups([MH, FOREIGN])
    d.output_widget.setFilePath(str(tmp_path))
    yield d
    d.close_tasks()
    d.deleteLater()


def test_widgets_fill_the_settings(dock, berlin_layers, tmp_path):
    plr, table = berlin_layers
    s = dock.settings
    assert (s.districts_layer, s.district_key, s.table_layer, s.table_key, s.total_field) == \
        (plr, "PLR_ID", table, "id", "inhabitants")
    assert s.group_fields == [MH, FOREIGN]
    assert s.output_dir == str(tmp_path)
    assert s.problems() == []


def test_chain_parameters_follow_the_contract(berlin_layers, tmp_path):
    plr, table = berlin_layers
    s = DockSettings(districts_layer=plr, district_key="PLR_ID", table_layer=table, table_key="id",
                     total_field="inhabitants", group_fields=["inhabitants", MH],
                     output_dir=str(tmp_path))
    chain = s.build_chain(str(tmp_path / "run"))
    assert [st.alg_id for st in chain.steps] == ["milieuatlas:jointodistricts",
                                                 "milieuatlas:localmeasures",
                                                 "milieuatlas:segregationindices"]
    join = chain.steps[0].params
    assert join["MODE"] == "key" and join["FIELDS"] == ["inhabitants", MH]
    assert chain.steps[2].params["GROUP_FIELDS"] == [MH]  # the total is never its own group
    assert chain.lq_field == f"{MH}_lq"
    no_table = DockSettings(districts_layer=plr, total_field="t", group_fields=["g"],
                            output_dir=str(tmp_path)).build_chain(str(tmp_path / "r2"))
    assert [st.alg_id for st in no_table.steps] == ["milieuatlas:localmeasures",
                                                    "milieuatlas:segregationindices"]
    assert DockSettings().problems()[0] == "Choose a districts layer."


def test_run_on_berlin_shows_indices_adds_styled_layer_and_prints_sheet(dock):
    task = dock.run()
    assert task is not None and not dock.run_button.isEnabled()
    wait_for(dock)
    assert dock.progress.value() == 100
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
    assert all(r["expected"] for r in rows if r["index"] == "D")
    layer = dock.result_layer
    assert layer is not None and layer.id() in QgsProject.instance().mapLayers()
    assert layer.featureCount() == 542
    renderer = layer.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer) or renderer.type() == "RuleRenderer"
    pdf = dock.print_map_sheet()
    assert pdf is not None and pdf.endswith(".pdf")
    with open(pdf, "rb") as fh:
        assert fh.read(4) == b"%PDF"


def test_bad_fields_show_one_line_error_and_add_nothing(dock):
    dock.total_combo.setField(FOREIGN)  # a group larger than this "total"
    dock.set_groups([MH])
    layers_before = set(QgsProject.instance().mapLayers())
    dock.run()
    wait_for(dock)
    items = dock.message_bar.items()
    assert items, "no message shown"
    text = items[-1].text()
    assert MH in text and "\n" not in text
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert dock.result_layer is None and dock.run_button.isEnabled()


def test_missing_choice_is_reported_before_running(dock):
    dock.set_groups([])
    assert dock.run() is None
    assert "group" in dock.message_bar.items()[-1].text()


def test_cancel_stops_the_analysis(dock):
    layers_before = set(QgsProject.instance().mapLayers())
    dock.run()
    dock.cancel()
    wait_for(dock)
    assert dock.result_label.text() == "Cancelled."
    assert set(QgsProject.instance().mapLayers()) == layers_before
    assert dock.run_button.isEnabled()


def test_numbers_follow_the_locale(qgis_app):
    from qgis.PyQt.QtCore import QLocale

    from milieu_atlas_plugin.gui.dock import format_cell

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert format_cell("value", "0.241284341263906") == "0,241"
        assert format_cell("units", "540") == "540"
        assert format_cell("group", "inhabitants_foreigners") == "inhabitants_foreigners"
    finally:
        QLocale.setDefault(before)
    assert format_cell("value", "0.241284341263906") == QLocale().toString(0.241284341263906, "f", 3)


def test_total_field_is_guessed_from_common_names(dock, berlin_layers):
    from milieu_atlas_plugin.gui.settings import guess_total_field

    assert guess_total_field(["id", "inhabitants_percentage", "inhabitants"]) == "inhabitants"
    assert guess_total_field(["RAUMID", "EW_GESAMT", "EW_AUSL"]) == "EW_GESAMT"
    assert guess_total_field(["schluessel", "Einwohner_2024", "Auslaender"]) == "Einwohner_2024"
    assert guess_total_field(["a", "b"]) is None
    plr, table = berlin_layers
    dock.total_combo.setField("id")
    dock.table_combo.setLayer(None)
    dock.table_combo.setLayer(table)
    assert dock.total_combo.currentField() == "inhabitants"


def test_index_table_shows_one_group_at_a_time(dock):
    rows = [{"index": "D", "group": MH, "value": "0.24", "expected": "0.01", "p_value": "0.01",
             "units": "540", "note": ""},
            {"index": "D", "group": FOREIGN, "value": "0.29", "expected": "0.01", "p_value": "0.01",
             "units": "540", "note": ""}]
    dock.fill_index_table(rows)
    group_col = dock.index_table.columnCount() - 3  # index, value, expected, p_value, group, ...
    assert dock.group_filter.currentData() == MH  # the mapped group first
    assert [dock.index_table.isRowHidden(r) for r in range(2)] == [False, True]
    assert dock.index_table.isColumnHidden(group_col)
    dock.group_filter.setCurrentIndex(0)  # all groups
    assert not any(dock.index_table.isRowHidden(r) for r in range(2))
    assert not dock.index_table.isColumnHidden(group_col)
    assert [r["group"] for r in dock.index_rows()] == [MH, FOREIGN]  # every row, shown or not


def test_result_path_is_a_link_that_wraps(dock, tmp_path):
    path = str(tmp_path / "milieu_atlas_20240101_120000" / "sheet_inhabitants_with_migration_lq.pdf")
    dock.set_result_path("Map sheet: {0}", path, prefix="542 districts.")
    assert dock.result_text() == f"542 districts.\nMap sheet: {path}"
    assert 'href="file://' in dock.result_label.text()
    assert dock.result_label.toolTip() == path


@pytest.mark.parametrize("german_ui", [False, True])
def test_dock_fits_a_narrow_panel(dock, german_ui, qgis_app, tmp_path):
    """Nothing forces the dock wider than 350 px, in English or German, and it renders."""
    import subprocess

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock

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
        d = MilieuAtlasDock(None)
        d.show_message("Analysis finished.")
        d.resize(350, 900)
        d.show()
        QgsApplication.processEvents()
        assert d.widget().minimumSizeHint().width() <= 350
        image = d.grab().toImage()
        assert image.width() == 350 and not image.isNull()
        d.close()
        d.deleteLater()
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
                              lambda results, error: done.update(results=results, error=error))
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
