"""milieuatlas:atlas (one profile page per district), run directly on the algorithm class until the
provider registers it; Berlin Planungsräume of Bezirk 02 (Friedrichshain-Kreuzberg, 36 pages)."""
import os
import shutil
import subprocess

import pytest

from .test_mapsheet import BERLIN_SOURCE, make_berlin_layer


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
        "SUPPRESS_FIELD": "suppressed"}


def test_atlas_single_pdf(kreuzberg, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    res = _run(dict(BASE, INPUT=kreuzberg, MODE="single", OUTPUT_PDF=str(pdf)))
    assert res["PAGES"] == 36 and res["OUTPUT_PDF"] == str(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf"]
    if shutil.which("pdfinfo") and shutil.which("pdftotext"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["36"]
        text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                              capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert "02100101" in flat and "Median (all)" in flat and "mh lq (LQ)" in flat


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
