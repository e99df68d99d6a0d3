"""milieuatlas:mapsheet and the cartography helpers, on Berlin's 542 Planungsräume (31.12.2024).

The LQ of residents with migration background is computed here from the CSV, independently of
the join and local-measures algorithms: LQ_i = (mh_i / total_i) / (MH / T), joined PLR_ID == id."""
import csv
import math
import os
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

from .conftest import PLR_SHP, ROOT, T1_2024_PLR

BERLIN_SOURCE = ("Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); "
                 "Geoportal Berlin (dl-de/zero-2-0)")
SUPPRESSED_IDS = {"01100101", "12601235"}


def _berlin_rows():
    with open(T1_2024_PLR, newline="", encoding="utf-8") as fh:
        return {r["id"]: r for r in csv.DictReader(fh)}


def make_berlin_layer(name="Planungsräume 2021"):
    """Memory layer: PLR geometry + total, mh, mh_lq, mh_share, suppressed, label (a string)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from milieu_atlas_plugin.compat import FieldType

    rows = _berlin_rows()
    big_t = sum(int(r["inhabitants"]) for r in rows.values())
    big_m = sum(int(r["inhabitants_with_migration_background"]) for r in rows.values())
    src = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    assert src.isValid()
    mem = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", name, "memory")
    mem.setCrs(src.crs())
    mem.dataProvider().addAttributes([
        QgsField("PLR_ID", FieldType.String), QgsField("total", FieldType.Int),
        QgsField("mh", FieldType.Int), QgsField("mh_lq", FieldType.Double),
        QgsField("mh_share", FieldType.Double), QgsField("suppressed", FieldType.Bool),
        QgsField("label", FieldType.String),
    ])
    mem.updateFields()
    feats = []
    for f in src.getFeatures():
        r = rows[f["PLR_ID"]]
        t = int(r["inhabitants"])
        m = int(r["inhabitants_with_migration_background"])
        g = QgsFeature(mem.fields())
        g.setGeometry(f.geometry())
        lq = (m / t) / (big_m / big_t) if t else None
        g.setAttributes([f["PLR_ID"], t, m, lq, m / t if t else None,
                         f["PLR_ID"] in SUPPRESSED_IDS, "x"])
        feats.append(g)
    mem.dataProvider().addFeatures(feats)
    mem.updateExtents()
    return mem


@pytest.fixture()
def berlin(qgis_app):
    return make_berlin_layer()


def _run(processing_registry, params):
    import processing

    return processing.run("milieuatlas:mapsheet", params)


def _lq(row):
    rows = _berlin_rows().values()
    big_t = sum(int(r["inhabitants"]) for r in rows)
    big_m = sum(int(r["inhabitants_with_migration_background"]) for r in rows)
    t = int(row["inhabitants"])
    return int(row["inhabitants_with_migration_background"]) / t / (big_m / big_t)


def _null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def pdf_text(pdf, first=None, last=None):
    """The PDF's text, whitespace collapsed; pdftotext is required (a missing one fails)."""
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the sheets"
    args = ["pdftotext"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    text = subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    # NFKC undoes the typographic ligatures the PDF keeps ("ﬁ" → "fi")
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _files(folder):
    return sorted(os.listdir(folder))


# ---------------------------------------------------------------------------------------------
# the sheet end to end


def test_sheet_pdf_and_png_written(processing_registry, berlin, tmp_path):
    pdf, png = tmp_path / "mh_lq.pdf", tmp_path / "mh_lq.png"
    res = _run(processing_registry, {
        "INPUT": berlin, "FIELD": "mh_lq",
        "TITLE": "Residents with migration background: location quotient",
        "SUBTITLE": "Berlin, 542 Planungsräume", "SOURCE_TEXT": BERLIN_SOURCE, "YEAR": "2024",
        "COUNT_FIELD": "total", "MIN_COUNT": 50, "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png),
        "DPI": 100, "LANGUAGE": "en",
    })
    assert res["OUTPUT_PDF"] == str(pdf) and res["OUTPUT_PNG"] == str(png)
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 50_000
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50_000
    width = int.from_bytes(head[16:20], "big")
    height = int.from_bytes(head[20:24], "big")
    assert abs(width - round(297 / 25.4 * 100)) <= 2 and abs(height - round(210 / 25.4 * 100)) <= 2
    # districts with fewer than 50 residents are hidden (4 on 31.12.2024), nothing else is NULL
    small = sum(1 for r in _berlin_rows().values() if int(r["inhabitants"]) < 50)
    assert res["SUPPRESSED"] == small > 0
    assert res["CLASS_BREAKS"].startswith("0.5000; 0.8000; 0.9500; 1.0526; 1.2500; 2.0000")
    # outputs only, no temporary leftovers
    assert _files(tmp_path) == ["mh_lq.pdf", "mh_lq.png"]
    flat = pdf_text(pdf)
    assert "Residents with migration background: location quotient" in flat
    # QGIS 3.40 writes a wrapped label's runs in another order than 3.22: every word of the source
    words = flat.split()
    assert "Source:" in words and all(w in words for w in ("Amt", "für", "Statistik"))
    assert "Berlin-Brandenburg" in flat
    assert f"suppressed / no data ({small})" in flat
    # the legend counts the districts per class, counted here from the CSV
    lqs = [_lq(r) for r in _berlin_rows().values() if int(r["inhabitants"]) >= 50]
    middle = sum(1 for v in lqs if 0.95 < v <= 1 / 0.95)
    top = sum(1 for v in lqs if v > 2.0)
    assert f"0.95 – 1.05 (about average) ({middle})" in flat
    assert f"> 2.00 ({top})" in flat
    assert "City average: LQ = 1" in flat and "LQ > 1: share above the city average" in flat


def test_png_is_optional(processing_registry, berlin, tmp_path):
    res = _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_share",
                                     "OUTPUT_PDF": str(tmp_path / "share.pdf")})
    assert not res["OUTPUT_PNG"]
    assert _files(tmp_path) == ["share.pdf"]


def test_suppress_field_hides_values(processing_registry, berlin, tmp_path):
    res = _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_lq",
                                     "SUPPRESS_FIELD": "suppressed",
                                     "OUTPUT_PDF": str(tmp_path / "s.pdf")})
    no_value = {k for k, r in _berlin_rows().items() if int(r["inhabitants"]) == 0}
    assert res["SUPPRESSED"] == len(SUPPRESSED_IDS | no_value) > len(SUPPRESSED_IDS)


# ---------------------------------------------------------------------------------------------
# the layout


def _sheet(layer, locale="en"):
    from milieu_atlas_plugin.cartography.layouts import SheetTexts, build_map_sheet
    from milieu_atlas_plugin.cartography.styling import apply_style

    apply_style(layer, "mh_lq", locale=locale, suppress_expression='"suppressed"')
    texts = SheetTexts(title="LQ title", subtitle="Berlin", legend_title="Location quotient",
                       source="Source: " + BERLIN_SOURCE,
                       note="Measured: LQ on 542 Planungsräume, 2024.",
                       suppression_note="Hatched: 2 districts", date="1 January 2025")
    return build_map_sheet(layer, texts, locale=locale)


def test_layout_holds_expected_items(qgis_app, berlin):
    from qgis.core import (QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap,
                           QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsUnitTypes)

    sheet = _sheet(berlin)
    layout = sheet.layout
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width()), round(page.height())) == (297, 210)

    title = sheet.item("title")
    assert isinstance(title, QgsLayoutItemLabel) and title.text() == "LQ title"
    assert isinstance(sheet.item("legend"), QgsLayoutItemLegend)
    assert sheet.item("legend").title() == "Location quotient"
    bar = sheet.item("scalebar")
    assert isinstance(bar, QgsLayoutItemScaleBar)
    assert bar.units() == QgsUnitTypes.DistanceKilometers and bar.unitLabel() == "km"
    arrow = sheet.item("north_arrow")
    assert isinstance(arrow, QgsLayoutItemPicture)
    assert arrow.picturePath().endswith("north_arrow.svg") and os.path.exists(arrow.picturePath())
    assert BERLIN_SOURCE in sheet.item("source").text()
    assert "2024" in sheet.item("note").text()
    assert sheet.item("date").text()
    lmap = sheet.item("map")
    assert isinstance(lmap, QgsLayoutItemMap)
    assert lmap.extent().contains(berlin.extent())
    # the map fills its frame: Berlin's extent takes most of the frame in one direction
    ratio = max(berlin.extent().width() / lmap.extent().width(),
                berlin.extent().height() / lmap.extent().height())
    assert ratio > 0.9
    # a sensible scale bar: 2-4 round segments, 30-70 mm long, within the page
    assert 2 <= bar.numberOfSegments() <= 4
    seg_mm = bar.unitsPerSegment() * 1e6 / lmap.scale()
    assert 30 <= seg_mm * bar.numberOfSegments() <= 70

    # nothing overlaps and everything lies on the page
    ids = ["title", "subtitle", "map", "legend", "suppression_note", "north_arrow", "scalebar",
           "note", "source", "date"]
    rects = {i: sheet.item(i).sceneBoundingRect() for i in ids}
    for i, r in rects.items():
        assert r.left() >= 0 and r.top() >= 0 and r.right() <= 297 and r.bottom() <= 210, i
    for a in ids:
        for b in ids:
            if a < b:
                inter = rects[a].intersected(rects[b])
                assert inter.width() * inter.height() < 0.5, (a, b)


def test_german_scale_bar_uses_decimal_comma(qgis_app, berlin):
    sheet = _sheet(berlin, locale="de")
    assert sheet.item("scalebar").numericFormat().decimalSeparator() == ","


# ---------------------------------------------------------------------------------------------
# styling


def _symbol_color_for(layer, value, suppressed=False):
    from qgis.core import QgsFeature, QgsRenderContext

    feat = QgsFeature(layer.fields())
    feat.setAttribute("mh_lq", value)
    feat.setAttribute("suppressed", suppressed)
    ctx = QgsRenderContext()
    ctx.expressionContext().setFeature(feat)        # as the layer renderer does when drawing
    renderer = layer.renderer().clone()
    renderer.startRender(ctx, layer.fields())
    try:
        symbols = renderer.symbolsForFeature(feat, ctx)
        return [(s.color().name(), s.symbolLayerCount()) for s in symbols]
    finally:
        renderer.stopRender(ctx)


def test_lq_classes_symmetric_with_neutral_middle(qgis_app, berlin):
    from qgis.core import QgsGraduatedSymbolRenderer
    from qgis.PyQt.QtGui import QColor

    from milieu_atlas_plugin.cartography.styling import NEUTRAL_COLOR, apply_style

    for n in (3, 5, 7, 9):
        cls = apply_style(berlin, "mh_lq", classes=n)
        assert cls.kind == "lq" and len(cls.ranges) == n
        mid = cls.class_of(1.0)
        assert mid == n // 2 == cls.neutral_index
        assert cls.colors[mid].name() == QColor(NEUTRAL_COLOR).name()
        assert cls.colors[mid].hsvSaturation() < 15          # a neutral grey-white
        b = cls.breaks
        for j in range(len(b)):                               # symmetric in log space
            assert math.isclose(b[j] * b[-1 - j], 1.0, rel_tol=1e-12)
        # mirrored values fall in mirrored classes with different hues on each side
        for v in (0.3, 0.7, 0.9):
            lo, hi = cls.class_of(v), cls.class_of(1 / v)
            assert lo + hi == n - 1
    cls = apply_style(berlin, "mh_lq", classes=7)
    assert cls.labels[3].startswith("0.95 – 1.05")
    assert cls.labels[0] == "≤ 0.50" and cls.labels[-1] == "> 2.00"
    # QGIS owns the classes: a graduated renderer with manual ("Custom") ranges
    renderer = berlin.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classificationMethod().id() == "Custom"
    assert [r.lowerValue() for r in renderer.ranges()][1:] == cls.breaks
    # the renderer draws 1.0 in the neutral colour
    assert _symbol_color_for(berlin, 1.0) == [(QColor(NEUTRAL_COLOR).name(), 1)]
    assert _symbol_color_for(berlin, 2.5)[0][0] == cls.colors[-1].name()


def test_even_class_count_for_lq_becomes_odd(qgis_app):
    from milieu_atlas_plugin.cartography.styling import classify

    cls = classify([0.5, 1.0, 1.5], "x_lq", classes=6)
    assert len(cls.ranges) == 7 and cls.notes


def test_german_labels_use_decimal_comma(qgis_app):
    from milieu_atlas_plugin.cartography.styling import classify

    lq_de = classify([0.4, 1.0, 2.2], "mh_lq", locale="de")
    assert lq_de.labels[0] == "≤ 0,50"
    assert lq_de.labels[3].startswith("0,95 – 1,05")
    assert not any("." in label for label in lq_de.labels)
    lq_en = classify([0.4, 1.0, 2.2], "mh_lq", locale="en")
    assert lq_en.labels[3].startswith("0.95 – 1.05")

    shares = [0.101, 0.104, 0.107, 0.111, 0.115, 0.118, 0.121, 0.125, 0.128, 0.13]
    de = classify(shares, "mh_share", locale="de", classes=4)
    assert all(label.endswith(" %") for label in de.labels)
    assert all("," in label and "." not in label for label in de.labels)
    # fractions are labelled in percent
    assert de.labels[0].startswith("10,1")
    en = classify(shares, "mh_share", locale="en", classes=4)
    assert all(label.endswith("%") and "." in label and "," not in label for label in en.labels)


def test_quantile_and_jenks_classes(qgis_app, berlin):
    from milieu_atlas_plugin.cartography.styling import apply_style

    q = apply_style(berlin, "total", method="quantile", classes=5)
    assert q.kind == "value" and len(q.ranges) == 5
    counts = [0] * 5
    for f in berlin.getFeatures():
        counts[q.class_of(f["total"])] += 1
    assert min(counts) > 542 / 5 * 0.7                   # quantiles: similar counts per class
    j = apply_style(berlin, "total", method="jenks", classes=5)
    assert j.method == "jenks" and 3 <= len(j.ranges) <= 5
    assert all(a < b for a, b in zip(j.breaks, j.breaks[1:]))


def test_suppressed_districts_get_no_class_colour(qgis_app, berlin):
    from milieu_atlas_plugin.cartography.styling import NODATA_FILL, apply_style, nodata_layer

    cls = apply_style(berlin, "mh_lq", suppress_expression='"suppressed"')
    assert _symbol_color_for(berlin, 1.0, suppressed=True) == []
    assert _symbol_color_for(berlin, None) == []
    assert _symbol_color_for(berlin, 1.0)[0][0] == cls.colors[cls.neutral_index].name()
    # the counts leave the suppressed districts out
    assert sum(cls.counts) == sum(1 for f in berlin.getFeatures()
                                  if not f["suppressed"] and not _null(f["mh_lq"]))
    # the sheet draws districts without a value on their own hatched layer
    hatched = nodata_layer(berlin, "mh_lq", "no data")
    assert hatched.featureCount() == sum(1 for f in berlin.getFeatures() if _null(f["mh_lq"])) > 0
    symbol = hatched.renderer().symbol()
    assert symbol.color().name() == NODATA_FILL and symbol.symbolLayerCount() == 2


# ---------------------------------------------------------------------------------------------
# bad input: a clear message, nothing written


@pytest.mark.parametrize("case", ["missing_field", "string_field", "points", "empty", "all_null",
                                  "missing_count_field"])
def test_bad_input_writes_nothing(processing_registry, berlin, tmp_path, case):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException
    from qgis.core import QgsVectorLayer
    from milieu_atlas_plugin.compat import FieldType

    params = {"INPUT": berlin, "FIELD": "mh_lq", "OUTPUT_PDF": str(tmp_path / "bad.pdf"),
              "OUTPUT_PNG": str(tmp_path / "bad.png")}
    expect = ["Planungsräume 2021"]
    if case == "missing_field":
        params["FIELD"] = "no_such_field"
        expect.append("no_such_field")
    elif case == "string_field":
        params["FIELD"] = "label"               # a text field is categorical, not quantiles
        params["CLASSIFICATION"] = "quantile"
        expect += ["label", "not numeric"]
    elif case == "points":
        pts = QgsVectorLayer("Point?crs=EPSG:25833&field=mh_lq:double", "Points layer", "memory")
        f = QgsFeature(pts.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(390000, 5819000)))
        f.setAttributes([1.0])
        pts.dataProvider().addFeatures([f])
        params["INPUT"] = pts
        expect = ["Points layer", "polygon"]
    elif case == "empty":
        empty = QgsVectorLayer("Polygon?crs=EPSG:25833&field=mh_lq:double", "Empty layer", "memory")
        params["INPUT"] = empty
        expect = ["Empty layer", "empty"]
    elif case == "all_null":
        lyr = QgsVectorLayer("Polygon?crs=EPSG:25833", "Null layer", "memory")
        lyr.dataProvider().addAttributes([QgsField("mh_lq", FieldType.Double)])
        lyr.updateFields()
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))"))
        lyr.dataProvider().addFeatures([f])
        params["INPUT"] = lyr
        expect = ["Null layer", "mh_lq"]
    elif case == "missing_count_field":
        params["COUNT_FIELD"] = "persons"
        expect.append("persons")
    with pytest.raises(QgsProcessingException) as err:
        _run(processing_registry, params)
    for word in expect:
        assert word in str(err.value)
    assert _files(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# the command line


def test_command_line_writes_sheet(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    layer = make_berlin_layer()
    gpkg = tmp_path / "plr.gpkg"
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = "plr"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsCoordinateTransformContext(),
                                                    opts)
    assert err[0] == QgsVectorFileWriter.NoError
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "milieu_atlas_plugin", "run", "milieuatlas:mapsheet", "--",
         f"INPUT={gpkg}|layername=plr", "FIELD=mh_lq", "TITLE=CLI sheet", "YEAR=2024",
         f"SOURCE_TEXT={BERLIN_SOURCE}", f"OUTPUT_PDF={out / 'sheet.pdf'}",
         f"OUTPUT_PNG={out / 'sheet.png'}", "DPI=60"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    import json

    res = json.loads(proc.stdout.strip().splitlines()[-1])
    assert res["OUTPUT_PDF"] == str(out / "sheet.pdf")
    assert _files(out) == ["sheet.pdf", "sheet.png"]

    bad = subprocess.run(
        [sys.executable, "-m", "milieu_atlas_plugin", "run", "milieuatlas:mapsheet", "--",
         f"INPUT={gpkg}|layername=plr", "FIELD=nope", f"OUTPUT_PDF={out / 'bad.pdf'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and "nope" in bad.stderr
    assert _files(out) == ["sheet.pdf", "sheet.png"]

    # German from the command line, whatever the system language; defaults read like a sheet
    de = subprocess.run(
        [sys.executable, "-m", "milieu_atlas_plugin", "run", "milieuatlas:mapsheet", "--",
         f"INPUT={gpkg}|layername=plr", "FIELD=mh_lq", "LANGUAGE=de", "YEAR=2024",
         "POPULATION_FIELD=total", f"OUTPUT_PDF={out / 'de.pdf'}"],
        cwd=ROOT, env=dict(env, LANG="C.UTF-8", LC_ALL="C.UTF-8"), capture_output=True,
        text=True, timeout=300)
    assert de.returncode == 0, de.stderr
    flat = pdf_text(out / "de.pdf")
    assert "Standortquotient: Einwohnerinnen und Einwohner mit Migrationshintergrund" in flat
    assert "0,95 – 1,05 (etwa durchschnittlich)" in flat and "0.95" not in flat
    assert "LQ > 1: Anteil über dem Stadtdurchschnitt" in flat
    assert "Quelle: FEHLT" in flat                         # a missing source is flagged
    small = sum(1 for r in _berlin_rows().values() if int(r["inhabitants"]) < 300)
    assert f"{small} mit weniger als 300 Einwohnern" in flat
    for leak in ("mh_lq", "by district", "not stated", "Source"):
        assert leak not in flat


# ---------------------------------------------------------------------------------------------
# QGIS owns the classification; fixed breaks; categories; grayscale


QGIS_METHOD_IDS = {"quantile": "Quantile", "jenks": "Jenks", "equal": "EqualInterval",
                   "pretty": "Pretty", "stddev": "StdDev"}


@pytest.mark.parametrize("method", sorted(QGIS_METHOD_IDS))
def test_qgis_classification_methods(qgis_app, berlin, method):
    from qgis.core import QgsGraduatedSymbolRenderer

    from milieu_atlas_plugin.cartography.styling import apply_style

    cls = apply_style(berlin, "mh_share", method=method, classes=5, locale="en")
    renderer = berlin.renderer()
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classificationMethod().id() == QGIS_METHOD_IDS[method]
    ranges = renderer.ranges()
    assert len(ranges) == len(cls.labels) >= 3
    assert all(a.upperValue() == b.lowerValue() for a, b in zip(ranges, ranges[1:]))
    # every district with a value lies in exactly the class the legend counts it in, counted
    # here with the renderer's own ranges (first range holding it, as QGIS draws)
    values = [f["mh_share"] for f in berlin.getFeatures() if not _null(f["mh_share"])]
    counts = [0] * len(ranges)
    for v in values:
        counts[next(i for i, r in enumerate(ranges) if r.lowerValue() <= v <= r.upperValue())] += 1
    assert counts == cls.counts and sum(counts) == len(values)
    assert [r.label() for r in ranges] == [f"{lab} ({n})" for lab, n in zip(cls.labels, counts)]
    assert all(lab.endswith("%") for lab in cls.labels)
    if method == "quantile":
        assert min(counts) > len(values) / 5 * 0.7


def test_fixed_breaks_same_for_every_year(qgis_app, berlin):
    from milieu_atlas_plugin.cartography.styling import apply_style

    cls = apply_style(berlin, "mh_share", method="fixed", breaks="0.1,0.2,0.3,0.4", locale="de")
    assert cls.labels == ["≤ 10 %", "10 – 20 %", "20 – 30 %", "30 – 40 %", "> 40 %"]
    assert berlin.renderer().classificationMethod().id() == "Custom"
    shares = [int(r["inhabitants_with_migration_background"]) / int(r["inhabitants"])
              for r in _berlin_rows().values() if int(r["inhabitants"])]
    expect = [sum(1 for s in shares if s <= 0.1),
              sum(1 for s in shares if 0.1 < s <= 0.2),
              sum(1 for s in shares if 0.2 < s <= 0.3),
              sum(1 for s in shares if 0.3 < s <= 0.4),
              sum(1 for s in shares if s > 0.4)]
    assert cls.counts == expect
    # semicolons allow decimal commas
    assert apply_style(berlin, "mh_share", method="fixed", breaks="0,1; 0,2").breaks == [0.1, 0.2]


@pytest.mark.parametrize("breaks,words", [("0.3,0.2", "ascend"), ("0.1,abc", "abc"),
                                          ("", "BREAKS"), ("0.2,0.2", "ascend")])
def test_bad_breaks_refused(processing_registry, berlin, tmp_path, breaks, words):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_share",
                                   "CLASSIFICATION": "fixed", "BREAKS": breaks,
                                   "OUTPUT_PDF": str(tmp_path / "f.pdf")})
    assert words in str(err.value)
    assert _files(tmp_path) == []


def _text_layer(values, field="mh_lisa"):
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from milieu_atlas_plugin.compat import FieldType

    src = make_berlin_layer()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "Planungsräume 2021", "memory")
    layer.dataProvider().addAttributes([QgsField(field, FieldType.String),
                                        QgsField("total", FieldType.Int)])
    layer.updateFields()
    feats = []
    for i, f in enumerate(src.getFeatures()):
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([values[i % len(values)], f["total"]])
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_lisa_classes_categorized_in_usual_colours(qgis_app):
    from qgis.core import QgsCategorizedSymbolRenderer

    from milieu_atlas_plugin.cartography.styling import LISA_COLORS, apply_style

    layer = _text_layer(["HH", "ns", "ns", "LL", "HL"])
    cls = apply_style(layer, "mh_lisa", locale="de")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    cats = {c.value(): c for c in renderer.categories()}
    assert set(cats) == {"HH", "HL", "LH", "LL", "ns"}
    for code, colour in LISA_COLORS.items():
        assert cats[code].symbol().color().name() == colour
    assert cats["LH"].label() == "LH: niedrig, Umgebung hoch (0)"        # empty class shown
    n = layer.featureCount()
    assert cls.counts[cls.categories.index("ns")] == sum(1 for i in range(n) if i % 5 in (1, 2))
    assert cats["ns"].label().startswith("nicht signifikant")


def test_dominant_milieu_mix_reads_gemischt(qgis_app):
    from milieu_atlas_plugin.cartography.styling import MIX_COLOR, classify

    mapping = {"KET": ("Konservativ-Etablierte", "#1b9e77"), "PRE": ("Prekäre", "#d95f02")}
    cls = classify(["KET", "MIX", "PRE", "KET"], "mil_dominant", categories=dict(
        mapping, **{"MIX": ("gemischt", MIX_COLOR)}), locale="de")
    assert cls.kind == "categorical"
    assert cls.legend_labels() == ["Konservativ-Etablierte (2)", "Prekäre (1)", "gemischt (1)"]
    de = classify(["KET", "MIX"], "mil_dominant", method="categorical", locale="de")
    assert "gemischt (kein dominantes Milieu)" in de.labels
    en = classify(["KET", "MIX"], "mil_dominant", method="categorical", locale="en")
    assert "mixed (no dominant milieu)" in en.labels


def test_lq_ramp_keeps_classes_apart_in_grayscale(processing_registry, berlin, tmp_path):
    """The diverging LQ ramp printed in gray: the ends stay far apart, every class has its own
    grey, and the neutral middle class is not the grey of 'no data'. Read from the PNG converted
    to grayscale, at pixels that carry each class colour."""
    from qgis.PyQt.QtGui import QColor, QImage

    from milieu_atlas_plugin.cartography.styling import NODATA_FILL, classify

    png = tmp_path / "lq.png"
    _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_lq", "SUPPRESS_FIELD": "suppressed",
                               "SOURCE_TEXT": BERLIN_SOURCE, "OUTPUT_PDF": str(tmp_path / "lq.pdf"),
                               "OUTPUT_PNG": str(png), "DPI": 60})
    colours = [c.name() for c in classify([0.3, 1.0, 3.0], "x_lq").colors] + [NODATA_FILL]
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = {}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            name = QColor(image.pixel(x, y)).name()
            if name in colours and name not in found:
                found[name] = QColor(gray.pixel(x, y)).red()
    assert set(found) == set(colours), set(colours) - set(found)
    grey = [found[c] for c in colours]
    classes, nodata = grey[:-1], grey[-1]
    assert abs(classes[0] - classes[-1]) >= 60                    # "≤ 0.50" vs "> 2.00"
    ordered = sorted(classes)
    assert min(b - a for a, b in zip(ordered, ordered[1:])) >= 10
    assert abs(classes[3] - nodata) >= 20                         # average ≠ no data


# ---------------------------------------------------------------------------------------------
# templates


@pytest.mark.parametrize("name,size", [("a4_landscape", (841.9, 595.3)),
                                       ("a4_portrait", (595.3, 841.9)),
                                       ("a3_landscape", (1190.6, 841.9))])
def test_every_bundled_template_makes_a_sheet(processing_registry, berlin, tmp_path, name, size):
    from milieu_atlas_plugin.cartography.templates import REQUIRED_IDS, OPTIONAL_IDS

    pdf = tmp_path / f"{name}.pdf"
    _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_share", "TEMPLATE": name,
                               "LANGUAGE": "en", "SOURCE_TEXT": BERLIN_SOURCE, "YEAR": "2024",
                               "POPULATION_FIELD": "total", "OUTPUT_PDF": str(pdf)})
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    line = [x for x in info.splitlines() if x.startswith("Page size")][0]
    w, h = (float(v) for v in line.split(":")[1].split("pts")[0].split(" x "))
    assert (w, h) == (pytest.approx(size[0], abs=2), pytest.approx(size[1], abs=2))
    flat = pdf_text(pdf)
    assert "Share: residents with a migration background" in flat and "City: " in flat
    assert "Title" not in flat and "Legend" not in flat        # no placeholder left
    # the bundled templates hold every item the sheet fills, and no path of this machine
    text = (ROOT / "resources" / "templates" / f"{name}.qpt").read_text(encoding="utf-8")
    for item_id in REQUIRED_IDS + OPTIONAL_IDS:
        assert f'id="{item_id}"' in text, item_id
    assert str(ROOT) not in text


def test_template_without_expected_items_is_named(processing_registry, berlin, tmp_path):
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument
    from qgis.core import QgsProcessingException

    project = QgsProject()
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    doc.setContent((ROOT / "resources" / "templates" / "a4_landscape.qpt").read_bytes())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    for item_id in ("legend", "scalebar"):
        layout.removeLayoutItem(layout.itemById(item_id))
    office = tmp_path / "office.qpt"
    assert layout.saveAsTemplate(str(office), QgsReadWriteContext())
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as err:
        _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_lq", "TEMPLATE": str(office),
                                   "OUTPUT_PDF": str(out / "s.pdf")})
    assert "legend, scalebar" in str(err.value) and "office.qpt" in str(err.value)
    with pytest.raises(QgsProcessingException) as err:
        _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_lq",
                                   "TEMPLATE": str(tmp_path / "nope.qpt"),
                                   "OUTPUT_PDF": str(out / "s.pdf")})
    assert "nope.qpt" in str(err.value)
    assert _files(out) == []


# ---------------------------------------------------------------------------------------------
# counts, labels, SVG


def test_count_field_drawn_as_circles_and_svg(processing_registry, berlin, tmp_path):
    from milieu_atlas_plugin.cartography.styling import circle_legend_values

    pdf, svg = tmp_path / "count.pdf", tmp_path / "count.svg"
    res = _run(processing_registry, {
        "INPUT": berlin, "FIELD": "mh", "LANGUAGE": "en", "SOURCE_TEXT": BERLIN_SOURCE,
        "YEAR": "2024", "COUNT_FIELD": "total", "MIN_COUNT": 300, "LABEL_FIELD": "PLR_ID",
        "OUTPUT_PDF": str(pdf), "OUTPUT_SVG": str(svg)})
    assert res["OUTPUT_SVG"] == str(svg) and _files(tmp_path) == ["count.pdf", "count.svg"]
    rows = _berlin_rows()
    shown = [int(r["inhabitants_with_migration_background"]) for r in rows.values()
             if int(r["inhabitants"]) >= 300]
    flat = pdf_text(pdf)
    assert "Circle area proportional to the count" in flat
    assert f"Total of the districts shown: {sum(shown):,}".replace(",", " ") in flat
    assert "circles with an area proportional to the count" in flat
    assert res["CLASS_BREAKS"] == "; ".join(f"{v:.4f}" for v in
                                           sorted(circle_legend_values(max(shown))))
    # district labels (LABEL_FIELD) are on the map (with a halo; overlapping ones left out)
    placed = sum(1 for key in rows if key in flat)
    assert placed > 100
    svg_text = svg.read_text(encoding="utf-8", errors="replace")
    assert svg_text.lstrip().startswith("<?xml") and "<svg" in svg_text


def test_count_detection_and_circle_values():
    from milieu_atlas_plugin.cartography.styling import circle_legend_values, is_count

    assert is_count("mh", [3, 10, 2000])
    assert is_count("total", [3.0, 10.0], field_is_integer=True)
    assert not is_count("mh_share", [0, 1])
    assert not is_count("mh_lq", [1, 2])
    assert not is_count("unemployment_rate", [3, 4])
    assert not is_count("income", [1.5, 2000])
    assert circle_legend_values(27_345) == [25_000, 5_000, 2_500]
    assert circle_legend_values(9) == [5, 1]             # no circle for half a person


def test_dominant_milieu_sheet_in_model_colours(processing_registry, tmp_path):
    """A mil_dominant field is drawn in the milieu model's colours with its names (MODEL default:
    the bundled vhw model), MIX as 'gemischt'; the legend counts the districts."""
    from qgis.core import QgsCategorizedSymbolRenderer

    from milieu_atlas_plugin.core.milieu_model import load_model

    model = load_model()
    values = list(model.codes[:3]) + ["MIX"]
    layer = _text_layer(values, "mil_dominant")
    pdf = tmp_path / "dom.pdf"
    _run(processing_registry, {"INPUT": layer, "FIELD": "mil_dominant", "LANGUAGE": "de",
                               "SOURCE_TEXT": "synthetisch", "YEAR": "2024",
                               "OUTPUT_PDF": str(pdf)})
    flat = pdf_text(pdf)
    n = layer.featureCount()
    for i, code in enumerate(model.codes[:3]):
        count = sum(1 for k in range(n) if k % 4 == i)
        assert f"{model.names_de[i]} ({count})" in flat
    assert f"gemischt (kein dominantes Milieu) ({sum(1 for k in range(n) if k % 4 == 3)})" in flat
    assert "Dominantes Milieu" in flat and "mil_dominant" not in flat
    # the styling applied to a layer is a categorized renderer in the model's colours
    from milieu_atlas_plugin.cartography.styling import apply_style, categories_for_field

    apply_style(layer, "mil_dominant", locale="en",
                categories=categories_for_field("mil_dominant", values, "en", model))
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours[model.codes[0]] == model.colours[0].lower()


def test_no_suppressed_value_anywhere_on_the_sheet(processing_registry, berlin, tmp_path):
    """Districts hidden by SUPPRESS_FIELD or the count rule show no value: not as a colour, not
    as a label (LABEL_FIELD on the indicator itself), not in the PDF text."""
    pdf = tmp_path / "s.pdf"
    # the hidden districts get values no other district has, so a leak would be visible in the
    # text (labels print two decimals as the legend does: many districts share "0.85")
    lq = berlin.fields().indexOf("mh_lq")
    hidden_ids = [f.id() for f in berlin.getFeatures()
                  if not _null(f["mh_lq"]) and (f["suppressed"] or 0 < f["mh"] < 20)]
    berlin.dataProvider().changeAttributeValues(
        {fid: {lq: 4.013 + 0.17 * k} for k, fid in enumerate(hidden_ids)})
    _run(processing_registry, {"INPUT": berlin, "FIELD": "mh_lq", "LABEL_FIELD": "mh_lq",
                               "SUPPRESS_FIELD": "suppressed", "COUNT_FIELD": "mh",
                               "MIN_COUNT": 20, "LANGUAGE": "en", "SOURCE_TEXT": BERLIN_SOURCE,
                               "OUTPUT_PDF": str(pdf)})
    flat = pdf_text(pdf)
    hidden, shown = [], []
    for f in berlin.getFeatures():
        if _null(f["mh_lq"]):
            continue
        text = f"{f['mh_lq']:.2f}"                  # a label prints as the legend: 2 decimals
        small = 0 < f["mh"] < 20
        (hidden if f["suppressed"] or small else shown).append(text)
    assert len(hidden) >= 2

    def found(t):
        return re.search(r"(?<![\d.])" + re.escape(t) + r"(?![\d])", flat) is not None

    only_hidden = set(hidden) - set(shown)       # a shown district may print the same text
    assert only_hidden
    assert sum(1 for t in set(shown) if found(t)) > 50     # labels are printed...
    assert [t for t in only_hidden if found(t)] == []      # ...but none of a hidden district


def test_office_template_changes_carry_over(qgis_app, berlin, tmp_path):
    """An office edits a bundled template (here: title colour and size, map frame moved) and
    saves it: the sheet keeps those changes and still fills every item."""
    from qgis.core import QgsLayoutPoint, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.core import QgsUnitTypes
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtXml import QDomDocument

    from milieu_atlas_plugin.cartography.layouts import SheetTexts, build_map_sheet
    from milieu_atlas_plugin.cartography.styling import apply_style

    project = QgsProject()
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    doc.setContent((ROOT / "resources" / "templates" / "a4_landscape.qpt").read_bytes())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    title = layout.itemById("title")
    font = title.font()
    font.setPointSizeF(26)
    title.setFont(font)
    from milieu_atlas_plugin.compat import set_label_color

    set_label_color(title, QColor("#8b0000"))
    layout.itemById("map").attemptMove(QgsLayoutPoint(20, 40, QgsUnitTypes.LayoutMillimeters))
    office = tmp_path / "office.qpt"
    assert layout.saveAsTemplate(str(office), QgsReadWriteContext())

    apply_style(berlin, "mh_lq", locale="de")
    texts = SheetTexts(title="Kurz", subtitle="Berlin", legend_title="LQ", source="Quelle: x",
                       note="Notiz", date="heute")
    sheet = build_map_sheet(berlin, texts, locale="de", template=str(office))
    t = sheet.item("title")
    assert t.text() == "Kurz" and t.fontColor().name() == "#8b0000"
    assert t.font().pointSizeF() == pytest.approx(26)
    pos = sheet.item("map").pos()
    assert (round(pos.x()), round(pos.y())) == (20, 40)
    assert sheet.item("legend").title() == "LQ"


def test_change_sheet_in_percentage_points(processing_registry, tmp_path):
    """CHANGE_FROM_FIELD maps FIELD minus the earlier field on classes symmetric around 0, in
    percentage points for shares; counts per class checked by hand."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    from milieu_atlas_plugin.compat import FieldType

    src = make_berlin_layer()
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "Planungsräume 2021", "memory")
    layer.dataProvider().addAttributes([QgsField("mh_share", FieldType.Double),
                                        QgsField("mh_share_2021", FieldType.Double)])
    layer.updateFields()
    # changes cycle through -6, -1, 0, +0.3, +3, +7 percentage points
    deltas = [-0.06, -0.01, 0.0, 0.003, 0.03, 0.07]
    feats = []
    for i, f in enumerate(src.getFeatures()):
        g = QgsFeature(layer.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([0.3 + deltas[i % 6], 0.3])
        feats.append(g)
    layer.dataProvider().addFeatures(feats)
    pdf = tmp_path / "change.pdf"
    res = _run(processing_registry, {"INPUT": layer, "FIELD": "mh_share", "LANGUAGE": "de",
                                     "CHANGE_FROM_FIELD": "mh_share_2021", "SOURCE_TEXT": "Test",
                                     "OUTPUT_PDF": str(pdf)})
    # 90th percentile of |change| is 6 pp: step 2.5 pp (round), limits ±0.5, ±2.5, ±5 pp
    assert res["CLASS_BREAKS"] == "-0.0500; -0.0250; -0.0050; 0.0050; 0.0250; 0.0500"
    n = layer.featureCount()
    per = [sum(1 for i in range(n) if i % 6 == k) for k in range(6)]
    flat = pdf_text(pdf)
    assert f"≤ −5,0 Pp. ({per[0]})" in flat
    assert f"−2,5 – −0,5 Pp. ({per[1]})" in flat
    assert f"−0,5 – 0,5 Pp. (etwa unverändert) ({per[2] + per[3]})" in flat
    assert f"2,5 – 5,0 Pp. ({per[4]})" in flat and f"> 5,0 Pp. ({per[5]})" in flat
    assert "Veränderung in Prozentpunkten" in flat and "Orange: Abnahme, blau: Zunahme" in flat
    assert "Veränderung – Anteil: Einwohnerinnen und Einwohner mit Migrationshintergrund" in flat
    assert "mh_share" not in flat
    assert "Median der Gebiete: 0,0 Pp." in flat     # 271st and 272nd of 542 changes: 0


@pytest.mark.parametrize("field", ["part_untapped_rate", "part_potential_rate", "part_statusquo_rate"])
def test_participation_rates_are_fractions_labelled_in_percent(qgis_app, field):
    """participationpotential writes its rates as fractions of the population: the legend says
    '18.1 – 19.6%', never '0.1805 – 0.1955' under a 'Rate (%)' title."""
    from milieu_atlas_plugin.cartography.styling import classify, detect_kind

    rates = [0.1805, 0.1893, 0.1955, 0.1994, 0.2035, 0.21, 0.2236]
    assert detect_kind(field) == "share"
    labels = classify(rates, field, locale="en", classes=3).labels
    assert all(label.endswith("%") for label in labels)
    assert labels[0].startswith("18"), labels
    assert not any(label.startswith("0.") for label in labels)
    # a user's own rate field keeps its own values (its unit is not known from the name)
    assert detect_kind("unemployment_rate") == "value"


def test_percent_field_below_one_percent_stays_percent(qgis_app):
    """One rule per field from its name: a field named *_percent holding 0.10 … 0.85 (%) is labelled
    '0.1 – … %', never '10 – 85 %'; a *_share field of fractions is shown ×100."""
    from milieu_atlas_plugin.cartography.styling import classify, share_factor

    small = [0.10, 0.22, 0.35, 0.41, 0.55, 0.63, 0.72, 0.85]
    assert share_factor("mh_percent", small) == 1.0
    assert share_factor("mh_pct", small) == 1.0
    assert share_factor("mh_share", small) == 100.0
    labels = classify(small, "mh_percent", locale="en", classes=4).labels
    assert labels[0].startswith("0.1"), labels
    assert not any(label.startswith(("10", "22", "85")) for label in labels)
    assert classify(small, "mh_share", locale="en", classes=4).labels[0].startswith("10")
