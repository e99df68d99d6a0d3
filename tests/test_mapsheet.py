"""milieuatlas:mapsheet and the cartography helpers, on Berlin's 542 Planungsräume (31.12.2024).

The LQ of residents with migration background is computed here from the CSV, independently of
the join and local-measures algorithms: LQ_i = (mh_i / total_i) / (MH / T), joined PLR_ID == id."""
import csv
import math
import os
import shutil
import subprocess
import sys

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
        "DPI": 100,
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
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert "Residents with migration background: location quotient" in flat
        assert "Amt für Statistik Berlin-Brandenburg" in flat
        assert "suppressed / no data" in flat
        assert "0.95 – 1.05" in flat


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
    renderer = layer.renderer().clone()
    renderer.startRender(ctx, layer.fields())
    try:
        symbols = renderer.symbolsForFeature(feat, ctx)
        return [(s.color().name(), s.symbolLayerCount()) for s in symbols]
    finally:
        renderer.stopRender(ctx)


def test_lq_classes_symmetric_with_neutral_middle(qgis_app, berlin):
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
    assert cls.labels[0] == "< 0.50" and cls.labels[-1] == "≥ 2.00"
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
    assert lq_de.labels[0] == "< 0,50"
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
    from milieu_atlas_plugin.cartography.styling import NODATA_FILL, apply_style

    cls = apply_style(berlin, "mh_lq", suppress_expression='"suppressed"')
    class_colours = {c.name() for c in cls.colors}
    hidden = _symbol_color_for(berlin, 1.0, suppressed=True)
    assert hidden == [(NODATA_FILL, 2)]                  # grey fill + hatch layer
    assert hidden[0][0] not in class_colours
    assert _symbol_color_for(berlin, None) == [(NODATA_FILL, 2)]
    labels = [r.label() for r in berlin.renderer().rootRule().children()]
    assert labels[-1] == "suppressed / no data"


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
        params["FIELD"] = "label"
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
