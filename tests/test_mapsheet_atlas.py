"""milieuatlas:atlas (one profile page per district), run directly on the algorithm class until the
provider registers it; Berlin Planungsräume of Bezirk 02 (Friedrichshain-Kreuzberg, 36 pages)."""
import os
import re
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
    # a cover, one contents page, 36 districts
    assert res["PAGES"] == 38 and res["OUTPUT_PDF"] == str(pdf)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf"]
    assert shutil.which("pdfinfo")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["38"]
    cover = pdf_text(pdf, 1)
    assert "District profile" in cover and "36 Planungsräume 2021, 2024" in cover
    contents = pdf_text(pdf, 2)
    assert "Contents" in contents and "3 02100101" in contents and "38 02500836" in contents
    flat = pdf_text(pdf, 3)
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
    assert "Gebietsprofil" in flat and "Seite 3 von 38" in flat and "Inhalt" in flat
    key = sorted(hidden)[0]
    pages = sorted(f["PLR_ID"] for f in kreuzberg.getFeatures())
    page = pdf_text(pdf, pages.index(key) + 3)              # after cover and contents
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


def test_atlas_table_chart_and_scale_bar(kreuzberg, tmp_path):
    """OUTPUT_TABLE holds every district with the PDF's markers (no value of a hidden district),
    CHART_FIELDS draws the district against the median, the scale bar has round segments."""
    import csv
    import math

    pdf, table = tmp_path / "atlas.pdf", tmp_path / "profile.csv"
    res = _run(dict(BASE, INPUT=kreuzberg, MODE="single", OUTPUT_PDF=str(pdf),
                    OUTPUT_TABLE=str(table), CHART_FIELDS=["mh_share", "mh_lq"],
                    COUNT_FIELD="total", MIN_COUNT=1500, SUPPRESS_FIELD=None))
    assert res["OUTPUT_TABLE"] == str(table)
    assert sorted(os.listdir(tmp_path)) == ["atlas.pdf", "profile.csv"]
    with open(table, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    feats = {f["PLR_ID"]: f for f in kreuzberg.getFeatures()}
    assert [r["key"] for r in rows[:-1]] == sorted(feats)
    assert rows[-1]["key"] == "Median (all)"
    # one district is below the minimum; the Bezirk's residents are published (a yearbook), so
    # its count would follow by subtraction: the smallest other district is hidden as well
    small = {k for k, f in feats.items() if 0 < f["total"] < 1500}
    assert len(small) == 1
    complement = min((f["total"], k) for k, f in feats.items() if k not in small)[1]
    for r in rows[:-1]:
        f = feats[r["key"]]
        if r["key"] in small | {complement}:
            assert [r[c] for c in ("total", "mh", "mh_share", "mh_lq")] == ["."] * 4
        else:
            assert r["total"] == str(f["total"]) and r["mh_lq"] == f"{f['mh_lq']:.2f}"
            assert r["mh_share"] == f"{100 * f['mh_share']:.1f}%"
    # every page's scale bar ends at twice a round segment (one significant digit, in km)
    flat = pdf_text(pdf)
    ends = [float(t.split()[0]) for t in re.findall(r"(\d+(?:\.\d+)? km)", flat)]
    assert len(ends) == 36                                  # none on cover and contents
    for end in ends:
        seg = end / 2
        mant = seg / 10 ** math.floor(math.log10(seg))
        assert math.isclose(mant, round(mant)), end          # one significant digit


def test_profile_chart_bars(qgis_app, tmp_path):
    """The bar chart of a district: bars proportional to the values on one scale per field for
    every page (the largest district), '.' instead of the bar of a hidden district."""
    import xml.etree.ElementTree as ET

    from milieu_atlas_plugin.cartography.atlas import CHART_BAR, CHART_CITY, CHART_DISTRICT, \
        write_profile_charts

    rows = [[0.2, 1.5], [0.4, 0.5], [None, None]]
    write_profile_charts(str(tmp_path), ["a", "b", "c"], [False, False, True], rows,
                         [0.3, 1.0], ["Share", "LQ"], ["share", "lq"], "de")
    ns = {"s": "http://www.w3.org/2000/svg"}

    def bars(i):
        root = ET.parse(tmp_path / f"{i}.svg").getroot()
        out = [(r.get("fill"), float(r.get("width"))) for r in root.findall("s:rect", ns)
               if float(r.get("height")) == CHART_BAR]
        return out, [t.text for t in root.findall("s:text", ns)]

    first, texts = bars(1)
    district = [w for c, w in first if c == CHART_DISTRICT]
    city = [w for c, w in first if c == CHART_CITY]
    # field scales: share 0.4 (largest district), LQ 1.5
    assert district[0] / city[0] == pytest.approx(0.2 / 0.3)
    assert district[0] / bars(2)[0][0][1] == pytest.approx(0.2 / 0.4)
    assert district[1] / city[1] == pytest.approx(1.5 / 1.0)
    assert "20,0 %" in texts and "1,50" in texts and "Median (alle)" in texts
    hidden, texts = bars(3)
    assert [c for c, _w in hidden] == [CHART_CITY, CHART_CITY] and texts.count(".") == 2


def test_atlas_percent_field_below_one_percent_prints_as_percent(kreuzberg, tmp_path):
    """A field named *_percent holding 0.1 … 0.9 (%) prints '0.8%' in the table, never '80.0%'
    (the unit is decided once per field from its name, as on the sheets)."""
    import csv

    from qgis.core import QgsField, QgsVectorLayer

    from milieu_atlas_plugin.compat import FieldType

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "Planungsräume 2021", "memory")
    layer.dataProvider().addAttributes([QgsField("PLR_ID", FieldType.String),
                                        QgsField("ev_percent", FieldType.Double)])
    layer.updateFields()
    from qgis.core import QgsFeature

    feats, expected = [], {}
    for i, f in enumerate(kreuzberg.getFeatures()):
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        value = round(0.1 + 0.8 * (i % 9) / 8, 2)
        g.setAttributes([f["PLR_ID"], value])
        expected[f["PLR_ID"]] = value
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    pdf, table = tmp_path / "atlas.pdf", tmp_path / "profile.csv"
    _run(dict(BASE, INPUT=layer, FIELDS=["ev_percent"], SUPPRESS_FIELD=None, MODE="single",
              OUTPUT_PDF=str(pdf), OUTPUT_TABLE=str(table)))
    with open(table, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["key"] in expected]
    assert len(rows) == 36
    for r in rows:
        assert r["ev_percent"] == f"{expected[r['key']]:.1f}%", r
