"""The LISA sheet states how its clusters were found: localmeasures records the permutations,
the significance level and the FDR correction on every feature (lisa_permutations, lisa_alpha,
lisa_fdr), they survive a GeoPackage, and mapsheet prints them in German and English."""
import pytest
from qgis.core import QgsVectorLayer

from .conftest import PLR_SHP, T1_2024_PLR
from .test_mapsheet import BERLIN_SOURCE, pdf_text

MH = "inhabitants_with_migration_background"


@pytest.fixture(scope="module")
def lisa_layers(processing_registry, tmp_path_factory):
    """localmeasures on the Berlin sample written to GeoPackages: (with FDR, without FDR)."""
    import processing

    folder = tmp_path_factory.mktemp("lisa")
    joined = folder / "joined.gpkg"
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(T1_2024_PLR),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH],
        "OUTPUT": str(joined), "UNMATCHED": "TEMPORARY_OUTPUT", "ACCOUNTING": "TEMPORARY_OUTPUT"})
    out = []
    for fdr, perms in ((True, 199), (False, 99)):
        path = folder / f"local_{fdr}.gpkg"
        processing.run("milieuatlas:localmeasures", {
            "INPUT": str(joined), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
            "PERMUTATIONS": perms, "SEED": 3, "FDR": fdr, "MIN_COUNT": 3,
            "OUTPUT": str(path)})
        out.append(path)
    return out


def test_lisa_settings_recorded_on_every_feature(lisa_layers):
    for path, (perms, fdr) in zip(lisa_layers, ((199, True), (99, False))):
        layer = QgsVectorLayer(str(path), "reloaded", "ogr")      # re-loaded from the file
        assert layer.featureCount() == 542
        rows = {(f["lisa_permutations"], f["lisa_alpha"], bool(f["lisa_fdr"]))
                for f in layer.getFeatures()}
        assert rows == {(perms, 0.05, fdr)}


def test_lisa_settings_absent_without_polygons(processing_registry, tmp_path):
    import processing

    from .test_segregation_alg import memory_layer

    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": memory_layer([(100, 20), (100, 40)]), "TOTAL_FIELD": "total",
        "GROUP_FIELDS": ["grp"], "SPATIAL": False, "OUTPUT": str(tmp_path / "n.gpkg")})
    names = QgsVectorLayer(res["OUTPUT"], "n", "ogr").fields().names()
    assert not {"lisa_permutations", "lisa_alpha", "lisa_fdr"} & set(names)


def _sheet(path, language, tmp_path, **extra):
    import processing

    pdf = tmp_path / f"lisa_{language}_{path.stem}.pdf"
    png = tmp_path / f"lisa_{language}_{path.stem}.png"
    params = {"INPUT": str(path), "FIELD": f"{MH}_lisa", "LANGUAGE": language, "YEAR": "2024",
              "SOURCE_TEXT": BERLIN_SOURCE, "SUPPRESS_FIELD": "suppressed",
              "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png), "DPI": 110}
    params.update(extra)
    processing.run("milieuatlas:mapsheet", params)
    assert png.exists()
    return pdf_text(pdf)


def test_lisa_sheet_states_permutations_p_and_fdr_in_german(lisa_layers, tmp_path):
    text = _sheet(lisa_layers[0], "de", tmp_path)
    assert "Cluster nach LISA (199 Permutationen, p ≤ 0,05, FDR-korrigiert); ns = nicht " \
           "signifikant." in text


def test_lisa_sheet_states_permutations_p_and_fdr_in_english(lisa_layers, tmp_path):
    text = _sheet(lisa_layers[1], "en", tmp_path)
    assert "LISA clusters (99 permutations, p ≤ 0.05, not FDR-corrected); ns = not " \
           "significant." in text
    assert "FDR-corrected)" not in text.replace("not FDR-corrected)", "")


def test_lisa_sheet_note_given_by_the_user_wins(lisa_layers, tmp_path):
    text = _sheet(lisa_layers[0], "en", tmp_path, NOTE="Clusters of the office's own analysis.")
    assert "Clusters of the office's own analysis." in text
    assert "permutations" not in text
