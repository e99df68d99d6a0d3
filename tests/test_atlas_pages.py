"""The district pages of milieuatlas:atlas, read back from the PDF (pdftotext -bbox): the scale
bar has the same width on every page at a round scale, the district fills a good part of the map,
the neighbours carry their names (NAME_FIELD), and the legend lists what the page's map shows —
with INHABITED leaving a known corner of Friedrichshain-Kreuzberg uninhabited."""
import html
import math
import re
import shutil
import subprocess

import pytest

from .test_mapsheet import BERLIN_SOURCE, make_berlin_layer, pdf_text
from .conftest import PLR_SHP

PT_PER_MM = 72 / 25.4


@pytest.fixture(scope="module")
def kreuzberg_atlas(qgis_app, processing_registry, tmp_path_factory):
    """Bezirk 02 with the names of the Planungsräume, an inhabited layer that leaves the
    rectangle R (the south-east corner of the Bezirk) out, and the atlas of it in English."""
    from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer)
    import processing

    from milieu_atlas_plugin.compat import FieldType

    layer = make_berlin_layer()
    layer.setSubsetString("\"PLR_ID\" LIKE '02%'")
    names = {f["PLR_ID"]: f["PLR_NAME"] for f in QgsVectorLayer(str(PLR_SHP), "p", "ogr")
             .getFeatures()}
    layer.dataProvider().addAttributes([QgsField("name", FieldType.String)])
    layer.updateFields()
    idx = layer.fields().indexOf("name")
    layer.dataProvider().changeAttributeValues(
        {f.id(): {idx: names[f["PLR_ID"]]} for f in layer.getFeatures()})
    box = layer.extent()
    r = QgsRectangle(box.xMaximum() - box.width() * 0.3, box.yMinimum(),
                     box.xMaximum() + 10, box.yMinimum() + box.height() * 0.3)
    inhabited = QgsVectorLayer("Polygon?crs=EPSG:25833", "Wohnblöcke", "memory")
    f = QgsFeature()
    grown = QgsRectangle(box)
    grown.grow(50)
    f.setGeometry(QgsGeometry.fromRect(grown).difference(QgsGeometry.fromRect(r)))
    inhabited.dataProvider().addFeatures([f])
    pdf = tmp_path_factory.mktemp("atlas") / "atlas.pdf"
    processing.run("milieuatlas:atlas", {
        "INPUT": layer, "KEY_FIELD": "PLR_ID", "NAME_FIELD": "name", "FIELDS": ["total", "mh_lq"],
        "YEAR": "2024", "SOURCE_TEXT": BERLIN_SOURCE, "LANGUAGE": "en", "MODE": "single",
        "INHABITED": inhabited, "OUTPUT_PDF": str(pdf),
        "OUTPUT_TABLE": str(pdf.with_suffix(".csv"))})
    feats = sorted(layer.getFeatures(), key=lambda g: g["PLR_ID"])
    return pdf, feats, r


def _words(pdf, page):
    """(xMin, yMin, xMax, yMax, text) of every word on the page, in points."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the atlas"
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         capture_output=True, text=True, check=True).stdout
    pat = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    return [(float(a), float(b), float(c), float(d), html.unescape(t))
            for a, b, c, d, t in re.findall(pat, out)]


def _scale_bar(words):
    """(bar width in mm, segment length in km) from the labels of the scale bar: the ticks sit
    under the centres of the labels 0 … end, 'km' follows the last one."""
    km = [w for w in words if w[4] == "km"]
    assert len(km) == 1, km
    line = sorted((w for w in words if abs(w[1] - km[0][1]) < 0.5 and w[0] < km[0][0]
                   and re.fullmatch(r"\d+(\.\d+)?", w[4])), key=lambda w: w[0])
    assert line[0][4] == "0" and len(line) == 3, line
    centre = [(w[0] + w[2]) / 2 for w in line]
    return (centre[-1] - centre[0]) / PT_PER_MM, float(line[1][4])


def test_scale_bar_same_width_at_round_scales(kreuzberg_atlas):
    from milieu_atlas_plugin.cartography.atlas import SCALES

    pdf, feats, _r = kreuzberg_atlas
    widths, scales = [], set()
    for page, feat in enumerate(feats, start=3):             # after cover and contents
        width, segment_km = _scale_bar(_words(pdf, page))
        widths.append(width)
        scale = segment_km * 1e6 / 20.0                     # two segments of 20 mm
        assert any(math.isclose(scale, s) for s in SCALES), (feat["PLR_ID"], segment_km)
        # the district fits the 150 mm map at that scale and fills a good part of it
        box = feat.geometry().boundingBox()
        side = scale * 0.150
        assert max(box.width(), box.height()) <= side
        assert max(box.width(), box.height()) >= 0.3 * side, (feat["PLR_ID"], scale)
        scales.add(scale)
    assert max(widths) - min(widths) < 0.3 and abs(widths[0] - 40.0) < 0.3, widths
    assert len(scales) >= 2                                 # the districts differ in size


def test_neighbours_named_from_name_field(kreuzberg_atlas):
    pdf, feats, _r = kreuzberg_atlas
    for page, feat in enumerate(feats, start=3):
        text = pdf_text(pdf, page)
        assert feat["name"] in text, (page, text[:60])
        touching = [g for g in feats if g["PLR_ID"] != feat["PLR_ID"]
                    and g.geometry().intersects(feat.geometry())]
        shown = [g["name"] for g in touching if g["name"] in text]
        assert len(shown) >= max(1, len(touching) // 2), (feat["name"], shown)
        # names, not keys: no other district's key is printed on the page
        assert not [g["PLR_ID"] for g in feats if g["PLR_ID"] != feat["PLR_ID"]
                    and g["PLR_ID"] in text]


def test_legend_lists_what_the_page_map_shows(kreuzberg_atlas):
    """'Not inhabited' is in the legend exactly on the pages whose map reaches the uninhabited
    corner R (the map's extent: centred on the district at the scale read from the scale bar)."""
    from qgis.core import QgsGeometry, QgsRectangle

    pdf, feats, r = kreuzberg_atlas
    union = QgsGeometry.unaryUnion([f.geometry() for f in feats])
    uninhabited = union.intersection(QgsGeometry.fromRect(r))
    assert uninhabited.area() > 1e5
    with_entry = without = 0
    for page, feat in enumerate(feats, start=3):
        words = _words(pdf, page)
        text = pdf_text(pdf, page)
        assert "this district" in text and "other districts" in text
        _w, segment_km = _scale_bar(words)
        half = segment_km * 1e6 / 20.0 * 0.150 / 2
        c = feat.geometry().boundingBox().center()
        shown = QgsGeometry.fromRect(QgsRectangle(c.x() - half, c.y() - half, c.x() + half,
                                                  c.y() + half))
        part = shown.intersection(uninhabited).area()
        if part > 0.005 * shown.area():
            assert "Not inhabited" in text, feat["name"]
            with_entry += 1
        elif not shown.intersects(uninhabited.boundingBox()):
            assert "Not inhabited" not in text, feat["name"]
            without += 1
    assert with_entry >= 3 and without >= 3


def test_median_of_a_count_is_a_whole_number(kreuzberg_atlas):
    """Residents are counted: their median prints as a whole number (halves round up), on the
    pages and in the table, not as '8320.50'."""
    import csv
    import statistics

    pdf, feats, _r = kreuzberg_atlas
    median = statistics.median(f["total"] for f in feats)
    assert median != int(median)                       # an even number of districts: a half
    expected = str(math.floor(median + 0.5))
    with open(pdf.with_suffix(".csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[-1]["key"] == "Median (all)" and rows[-1]["total"] == expected
    flat = pdf_text(pdf, 3)
    assert f"{median:.2f}" not in flat
    assert f" {expected} " in " {} ".format(flat.replace("\u202f", "").replace(",", ""))


def test_page_scale_is_round_and_the_largest_that_fits(qgis_app):
    """For districts from 50 m to 40 km (Wannsee is 7 km): the scale gives a round 20 mm
    segment (1, 2 or 5 × 10^k km), the district and its margin fit the 150 mm map, and the
    next larger scale of the 1-2-5 series would not hold it."""
    from hypothesis import given, settings, strategies as st

    from milieu_atlas_plugin.cartography.atlas import PAGE_MARGIN, page_scale

    @settings(max_examples=300, deadline=None)
    @given(st.floats(50, 40_000), st.floats(0.05, 1.0))
    def check(width, aspect):
        height = width * aspect
        scale = page_scale(width, height)
        segment_km = scale * 20 / 1e6
        mant = segment_km / 10 ** math.floor(math.log10(segment_km) + 1e-9)
        assert any(math.isclose(mant, m) for m in (1, 2, 5)), (width, scale)
        side_m = scale * 0.150
        assert max(width, height) * (1 + 2 * PAGE_MARGIN) <= side_m * (1 + 1e-9)
        smaller = {1: 0.5, 2: 0.5, 5: 0.4}[round(mant)] * scale     # the previous 1-2-5 step
        assert max(width, height) * (1 + 2 * PAGE_MARGIN) > smaller * 0.150 or scale == 2500

    check()


def test_atlas_refuses_line_inhabited_and_writes_nothing(processing_registry, tmp_path):
    from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                           QgsVectorLayer)
    import processing

    layer = make_berlin_layer()
    layer.setSubsetString("\"PLR_ID\" LIKE '021%'")
    roads = QgsVectorLayer("LineString?crs=EPSG:25833", "Straßennetz", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(390000, 5818000),
                                              QgsPointXY(391000, 5818000)]))
    roads.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException) as err:
        processing.run("milieuatlas:atlas", {
            "INPUT": layer, "KEY_FIELD": "PLR_ID", "FIELDS": ["total"], "MODE": "single",
            "INHABITED": roads, "OUTPUT_PDF": str(tmp_path / "a.pdf"),
            "OUTPUT_TABLE": str(tmp_path / "a.csv")})
    assert "INHABITED" in str(err.value) and "Straßennetz" in str(err.value)
    assert list(tmp_path.iterdir()) == []
