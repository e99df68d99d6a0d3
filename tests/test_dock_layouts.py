"""The dock puts every sheet it prints into the project's Layout Manager: the algorithm's own
layout, its layers in the project, replaced (not duplicated) on a re-run, kept when the project is
saved and reopened, and exporting it gives the algorithm's sheet."""
import os

import pytest
from qgis.core import (
    QgsApplication,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)

from milieu_atlas_plugin.cartography.project_layouts import GENERATED, generated_layouts

from .conftest import PLR_SHP, SAMPLE, T1_2024_PLR
from .test_dock import MH, close_docks, dock, berlin_layers, fill, new_dock, wait_for  # noqa: F401
from .test_mapsheet import pdf_text


def words(pdf):
    """The sheet's words in reading order is not stable to a hundredth of a millimetre (the scale
    bar's last label moves past the footer in pdftotext's order): compare the words as a multiset."""
    return sorted(pdf_text(pdf).split())


def export_pdf(layout, path):
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # as the sheets do
    if layout.atlas().enabled():
        result, _error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(path), settings)
    else:
        result = exporter.exportToPdf(str(path), settings)
    assert result == QgsLayoutExporter.Success
    return str(path)


def map_layers_in_project(layout):
    project = QgsProject.instance()
    maps = [i for i in layout.items() if isinstance(i, QgsLayoutItemMap)]
    assert maps
    out = []
    for m in maps:
        layers = m.layers()
        assert layers, m.id()
        for layer in layers:
            assert project.mapLayer(layer.id()) is layer and layer.isValid(), layer.name()
            assert layer.providerType() == "ogr"  # written beside the sheet, not a memory layer
        out += layers
    return out


def test_sheet_layout_in_the_layout_manager_replaced_on_rerun_and_saved(dock, tmp_path):
    project = QgsProject.instance()
    manager = project.layoutManager()
    dock.run()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    name = "Map sheet: Migrationshintergrund"
    assert [lay.name() for lay in manager.printLayouts()] == [name]
    assert dock.result_text().splitlines()[-1] == f"In the Layout Manager: '{name}'"
    layout = manager.layoutByName(name)
    assert layout.customProperty(GENERATED)
    layers = map_layers_in_project(layout)
    # the sheet's own layers: the units with their suppressed values, the hatched ones, the Bezirke
    assert sorted(lyr.name() for lyr in layers) == ["Bezirke", "Planungsräume",
                                                    "suppressed / no data (6)"]
    group = project.layerTreeRoot().findGroup("Milieu Atlas")
    assert all(layer.id() in group.findLayerIds() for layer in layers)
    sub = group.findGroup(name)
    assert sub is not None and not sub.itemVisibilityChecked()  # not drawn over the results
    legend = next(i for i in layout.items() if isinstance(i, QgsLayoutItemLegend))
    assert legend.model().rootGroup().findLayerIds()  # the legend names the sheet's classes
    # exporting the project's layout gives the algorithm's sheet, word for word
    expected = words(dock.last_pdf)
    assert {"Migrationshintergrund", "3.0", "Bezirke", "(47)"} <= set(expected)
    assert words(export_pdf(layout, tmp_path / "again.pdf")) == expected

    # a re-run replaces the layout and its layers instead of adding a second one
    n_layers = len(project.mapLayers())
    dock.run()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    assert [lay.name() for lay in manager.printLayouts()] == [name]
    assert len(project.mapLayers()) == n_layers
    layout = manager.layoutByName(name)
    map_layers_in_project(layout)
    # printing another indicator adds a second layout of the same run; printing it again
    # replaces that one
    dock.indicator_combo.setCurrentIndex(1)
    assert dock.print_map_sheet()
    share_name = "Map sheet: Migrationshintergrund"  # the title typed in step 3 names both
    assert len(manager.printLayouts()) == 1 and manager.layoutByName(share_name) is not None
    dock.title_edit.setText("Anteil mit Migrationshintergrund")
    assert dock.print_map_sheet()
    names = sorted(lay.name() for lay in manager.printLayouts())
    assert names == ["Map sheet: Anteil mit Migrationshintergrund", name]
    assert dock.print_map_sheet()
    assert sorted(lay.name() for lay in manager.printLayouts()) == names
    expected = words(dock.last_pdf)

    # saved and reopened: the layout is still there, with its layers, and exports the same sheet
    path = str(tmp_path / "plan.qgz")
    assert project.write(path)
    project.clear()
    assert project.read(path)
    QgsApplication.processEvents()
    layout = project.layoutManager().layoutByName("Map sheet: Anteil mit Migrationshintergrund")
    assert layout is not None and layout.customProperty(GENERATED)
    map_layers_in_project(layout)
    assert words(export_pdf(layout, tmp_path / "reopened.pdf")) == expected


def test_atlas_layout_in_the_layout_manager(iface_stubbed, processing_registry, tmp_path):
    # one Bezirk (the atlas prints a page per unit)
    plr = QgsVectorLayer(str(PLR_SHP), "Planungsräume", "ogr")
    plr.setSubsetString("\"BEZ\" = '01'")
    table = QgsVectorLayer(str(T1_2024_PLR), "Einwohner 2024", "ogr")
    bezirke = QgsVectorLayer(str(SAMPLE / "berlin-lor-districts.geojson"), "Bezirke", "ogr")
    assert plr.isValid() and 0 < plr.featureCount() < 60
    project = QgsProject.instance()
    project.addMapLayers([plr, table, bezirke])
    d = new_dock(iface_stubbed)
    fill(d, (plr, table, bezirke), tmp_path / "out")
    d.atlas_check.setChecked(True)
    d.run()
    wait_for(d)
    assert d.progress.value() == 100, d.last_error
    manager = project.layoutManager()
    names = sorted(lay.name() for lay in manager.printLayouts())
    assert names == ["District atlas: Migrationshintergrund", "Map sheet: Migrationshintergrund"]
    assert sorted(lay.name() for lay in generated_layouts(project)) == names
    atlas_layout = manager.layoutByName("District atlas: Migrationshintergrund")
    atlas = atlas_layout.atlas()
    assert atlas.enabled()
    coverage = atlas.coverageLayer()
    assert coverage is not None and project.mapLayer(coverage.id()) is coverage
    assert coverage.providerType() == "ogr"
    map_layers_in_project(atlas_layout)
    atlas_pdf = os.path.join(d.chain.run_dir, "atlas.pdf")
    assert atlas_pdf in d.sheet_files
    assert words(export_pdf(atlas_layout, tmp_path / "atlas_again.pdf")) == words(atlas_pdf)


@pytest.fixture()
def german(qgis_app):
    """The plugin in German, as `qgis --lang de` (the built .qm, like tests/test_i18n.py)."""
    from qgis.PyQt.QtCore import QLocale

    from milieu_atlas_plugin import i18n

    before = (i18n._LANGUAGE_OVERRIDE, QLocale())
    translator = i18n.set_language("de")
    assert translator is not None, "build it first: make translations"
    yield
    i18n.remove_translator(translator)
    i18n._LANGUAGE_OVERRIDE = before[0]
    QLocale.setDefault(before[1])


def test_a_german_run_is_german_from_the_form_to_the_layout(german, iface_stubbed, processing_registry,
                                                            berlin_layers, tmp_path):
    d = new_dock(iface_stubbed)
    fill(d, berlin_layers, tmp_path / "out")
    assert d.run_button.text() == "Alles ausführen"
    d.run()
    wait_for(d)
    assert d.progress.value() == 100, d.last_error
    assert d.message_bar.items()[-1].text() == "Fertig."
    assert d.result_layer.name() == f"Standortquotient {MH}"
    rows = {r["index"]: r for r in d.index_rows()}
    assert rows["D"]["name"] == "Segregationsindex (Dissimilarität)"
    assert "," in rows["D"]["value"] and "." not in rows["D"]["value"]  # decimal comma
    layout = QgsProject.instance().layoutManager().layoutByName("Kartenblatt: Migrationshintergrund")
    assert layout is not None
    sheet = words(d.last_pdf)
    assert {"Maßstab", "Quelle:", "Standortquotient"} <= set(sheet)
    assert words(export_pdf(layout, tmp_path / "again.pdf")) == sheet


def test_adopted_layout_keeps_the_users_own_layouts(processing_registry, tmp_path):
    """processing.run with a feedback that asks for the layout hands it over; adopting it next to
    a user's layout of the same name renames it, and removing ours leaves the user's alone."""
    import processing
    from qgis.core import QgsPrintLayout

    from milieu_atlas_plugin.cartography.project_layouts import adopt_layout, remove_layouts
    from milieu_atlas_plugin.gui.tasks import ChainFeedback

    plr = QgsVectorLayer(str(PLR_SHP), "Planungsräume", "ogr")
    plr.setSubsetString("\"BEZ\" = '02'")
    feedback = ChainFeedback()
    processing.run("milieuatlas:mapsheet", {
        "INPUT": plr, "FIELD": "GROESSE_M2", "TITLE": "Fläche", "SOURCE_TEXT": "Geoportal Berlin",
        "OUTPUT_PDF": str(tmp_path / "area.pdf")}, feedback=feedback)
    assert len(feedback.layouts) == 1
    handed, _keep = feedback.layouts[0]
    project = QgsProject.instance()
    mine = QgsPrintLayout(project)
    mine.initializeDefaults()
    mine.setName("Fläche")
    assert project.layoutManager().addLayout(mine)
    group = project.layerTreeRoot().addGroup("Blatt")
    new, layers = adopt_layout(handed, project, str(tmp_path / "area_layout.gpkg"), group, "Fläche")
    try:
        assert new.name() == "Fläche (2)" and project.layoutManager().layoutByName("Fläche") is mine
        assert layers and {lyr.providerType() for lyr in layers} == {"ogr"}
        assert sorted(lyr.id() for lyr in map_layers_in_project(new)) == sorted(lyr.id() for lyr in layers)
        assert words(export_pdf(new, tmp_path / "again.pdf")) == words(tmp_path / "area.pdf")
        remove_layouts(project)
        assert project.layoutManager().printLayouts() == [mine]
    finally:
        project.clear()


def test_a_layout_that_cannot_be_added_leaves_nothing_half_added(dock, monkeypatch, tmp_path):
    from milieu_atlas_plugin.cartography import project_layouts

    dock.run()
    wait_for(dock)
    assert dock.progress.value() == 100, dock.last_error
    project = QgsProject.instance()
    layers_before = set(project.mapLayers())

    def broken(_project):
        raise RuntimeError("no layout today")

    monkeypatch.setattr(project_layouts, "QgsPrintLayout", broken)  # after the layers were copied
    dock.title_edit.setText("Zweites Blatt")
    pdf = dock.print_map_sheet()
    assert pdf and os.path.isfile(pdf)  # the sheet itself is written
    assert "no layout today" in dock.last_error
    assert [lay.name() for lay in project.layoutManager().printLayouts()] == \
        ["Map sheet: Migrationshintergrund"]
    assert set(project.mapLayers()) == layers_before
    group = project.layerTreeRoot().findGroup("Milieu Atlas")
    assert group.findGroup("Map sheet: Zweites Blatt") is None
    stem = os.path.splitext(pdf)[0]
    assert os.path.exists(stem + "_layout.gpkg")  # the first sheet's layers, still in use
    assert not os.path.exists(stem + "_layout_2.gpkg")
