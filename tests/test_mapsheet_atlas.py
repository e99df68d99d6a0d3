"""milieuatlas:atlas (one profile page per district), run directly on the algorithm class until the
provider registers it; Berlin Planungsräume of Bezirk 02 (Friedrichshain-Kreuzberg, 36 pages)."""
import os
import shutil
import subprocess

import pytest

from .test_mapsheet import BERLIN_SOURCE, make_berlin_layer, pdf_text


@pytest.fixture()
def kreuzberg(qgis_app):
    layer = make_berlin_layer()
    layer.setSubsetString("\"PLR_ID\" LIKE '02%'")
    assert layer.featureCount() == 36
    return layer


def _run(params):
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    from milieu_atlas_plugin.processing.alg_atlas import DistrictAtlas

    alg = DistrictAtlas()
    alg.initAlgorithm()
    ok, msg = alg.checkParameterValues(params, QgsProcessingContext())
    assert ok, msg
    feedback = QgsProcessingFeedback()
    results = alg.processAlgorithm(params, QgsProcessingContext(), feedback)
    if results is None:
        raise QgsProcessingException("no results")
    return results


BASE = {"KEY_FIELD": "PLR_ID", "FIELDS": ["total", "mh", "mh_share", "mh_lq"],
        "TITLE": "District profile", "YEAR": "2024", "SOURCE_TEXT": BERLIN_SOURCE,
        "SUPPRESS_FIELD": "suppressed", "LANGUAGE": "en"}


def test_atlas_single_pdf(kreuzberg, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    res = _run(dict(BASE, INPUT=kreuzberg, MODE="single", OUTPUT_PDF=str(pdf)))
    assert res["PAGES"] == 36 and res["OUTPUT_PDF"] == str(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf"]
    assert shutil.which("pdfinfo")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["36"]
    flat = pdf_text(pdf, 1)
    assert "02100101" in flat and "Median (all)" in flat
    assert "Location quotient: residents with a migration background" in flat
    assert "mh_lq" not in flat


def test_atlas_in_german_with_din_markers(kreuzberg, tmp_path):
    """German pages; a district hidden by the count rule shows '.' for every value and none of
    its numbers appear anywhere in the PDF."""
    pdf = tmp_path / "atlas_de.pdf"
    hidden = {f["PLR_ID"]: f for f in kreuzberg.getFeatures() if f["total"] < 1500}
    assert hidden
    _run(dict(BASE, INPUT=kreuzberg, MODE="single", OUTPUT_PDF=str(pdf), LANGUAGE="de",
              COUNT_FIELD="total", MIN_COUNT=1500, SUPPRESS_FIELD=None, TITLE=None))
    flat = pdf_text(pdf)
    assert "Standortquotient: Einwohnerinnen und Einwohner mit Migrationshintergrund" in flat
    assert "Median (alle)" in flat and "Indikator" in flat
    assert "Gebietsprofil" in flat and "Seite 1 von 36" in flat
    key = sorted(hidden)[0]
    pages = sorted(f["PLR_ID"] for f in kreuzberg.getFeatures())
    page = pdf_text(pdf, pages.index(key) + 1)
    assert key in page
    feat = hidden[key]
    rows = page.split("Indikator")[1] if "Indikator" in page else page
    for number in (str(feat["total"]), str(feat["mh"])):
        assert number not in rows.replace(key, "")
    assert " . " in f" {rows} "


def test_atlas_one_pdf_per_district(kreuzberg, tmp_path):
    out = tmp_path / "pages"
    res = _run(dict(BASE, INPUT=kreuzberg, MODE="per_district", OUTPUT_FOLDER=str(out)))
    files = sorted(os.listdir(out))
    assert res["PAGES"] == 36 == len(files)
    assert files[0] == "district_02100101.pdf" and all(f.endswith(".pdf") for f in files)


def test_atlas_bad_field_writes_nothing(kreuzberg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        _run(dict(BASE, INPUT=kreuzberg, FIELDS=["nope"], MODE="single",
                  OUTPUT_PDF=str(tmp_path / "a.pdf")))
    assert "nope" in str(err.value) and "Planungsräume 2021" in str(err.value)
    assert os.listdir(tmp_path) == []
