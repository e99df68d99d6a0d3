"""INHABITED (colours only on inhabited land) and the overview inset of a zoomed sheet.

Four square districts of 2 km in EPSG:25833 side by side; the inhabited land is their western
half, given as polygons in another CRS (EPSG:4326, reprojected) or as a raster. Checked on the
PNG itself: the western half of a district has its class colour, the eastern half none."""
import os

import pytest

from .test_mapsheet import BERLIN_SOURCE, _files, make_berlin_layer, pdf_text

X0, Y0, SIDE = 380000.0, 5810000.0, 2000.0
VALUES = [0.3, 0.9, 1.5, 2.5]                # LQ classes: ≤ 0.5 orange … > 2 dark blue


def _districts():
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer
    from milieu_atlas_plugin.compat import FieldType

    lyr = QgsVectorLayer("Polygon?crs=EPSG:25833", "Squares", "memory")
    lyr.dataProvider().addAttributes([QgsField("mh_lq", FieldType.Double),
                                      QgsField("name", FieldType.String)])
    lyr.updateFields()
    feats = []
    for i, v in enumerate(VALUES):
        f = QgsFeature(lyr.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(X0 + i * SIDE, Y0, X0 + (i + 1) * SIDE,
                                                        Y0 + SIDE)))
        f.setAttributes([v, f"D{i}"])
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    lyr.updateExtents()
    return lyr


def _rects_4326(rects, name="Wohnblöcke"):
    """Polygons in EPSG:4326 of rectangles (x0, y0, x1, y1) given in EPSG:25833 (densified, so they
    stay the same land after reprojection)."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature,
                           QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer)

    lyr = QgsVectorLayer("Polygon?crs=EPSG:4326", name, "memory")
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25833"),
                                QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    feats = []
    for rect in rects:
        g = QgsGeometry.fromRect(QgsRectangle(*rect))
        g.densifyByCount(20)
        g.transform(tr)
        f = QgsFeature()
        f.setGeometry(g)
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    lyr.updateExtents()
    return lyr


def _west_halves_4326():
    """The western half of every square, as polygons in EPSG:4326."""
    return _rects_4326([(X0 + i * SIDE, Y0, X0 + i * SIDE + SIDE / 2, Y0 + SIDE) for i in range(len(VALUES))])


def _west_halves_raster(path):
    """A 100 m raster over the squares: 1 in the western halves, 0 in the eastern ones."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsRasterLayer

    cols, rows = int(len(VALUES) * SIDE / 100), int(SIDE / 100)
    data = np.zeros((rows, cols), dtype="uint8")
    for c in range(cols):
        if (c * 100) % SIDE < SIDE / 2:
            data[:, c] = 1
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((X0, 100.0, 0.0, Y0 + SIDE, 0.0, -100.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    return QgsRasterLayer(str(path), "Bewohnt (Raster)")


def _run(params):
    import processing

    return processing.run("milieuatlas:mapsheet", params)


def _pixel_of(x, y, extent_rect, dpi):
    """Pixel of map coordinates on the a4_landscape sheet (map frame 12, 31, 196 × 151 mm)."""
    from milieu_atlas_plugin.cartography.layouts import fit_extent

    shown = fit_extent(extent_rect, 196.0, 151.0, margin=0.03)
    mm_x = 12.0 + (x - shown.xMinimum()) / shown.width() * 196.0
    mm_y = 31.0 + (shown.yMaximum() - y) / shown.height() * 151.0
    return int(mm_x * dpi / 25.4), int(mm_y * dpi / 25.4)


def _colours(png, districts, dpi):
    """(west, east) colours (r, g, b) at the middle of each half of every square."""
    from qgis.PyQt.QtGui import QImage

    img = QImage(str(png))
    assert not img.isNull()
    out = []
    for i in range(len(VALUES)):
        pair = []
        for frac in (0.25, 0.75):
            px, py = _pixel_of(X0 + (i + frac) * SIDE, Y0 + SIDE / 2, districts.extent(), dpi)
            c = img.pixelColor(px, py)
            pair.append((c.red(), c.green(), c.blue()))
        out.append(pair)
    return out


def _class_colour(value):
    from milieu_atlas_plugin.cartography.styling import lq_classification

    cls = lq_classification(VALUES)
    for (lo, hi), colour in zip(cls.ranges, cls.colors):
        if lo <= value <= hi:
            return colour.red(), colour.green(), colour.blue()
    raise AssertionError(value)


def _near(a, b, tol=6):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


@pytest.mark.parametrize("kind", ["polygons_4326", "raster"])
def test_colours_only_on_inhabited_land(processing_registry, tmp_path, kind):
    districts = _districts()
    inhabited = _west_halves_4326() if kind == "polygons_4326" else \
        _west_halves_raster(tmp_path / "inh.tif")
    out = tmp_path / "out"
    out.mkdir()
    pdf, png = out / "s.pdf", out / "s.png"
    res = _run({"INPUT": districts, "FIELD": "mh_lq", "LANGUAGE": "en", "YEAR": "2024",
                "SOURCE_TEXT": "test", "INHABITED": inhabited, "LABEL_FIELD": "name",
                "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png), "DPI": 100})
    assert _files(out) == ["s.pdf", "s.png"]
    for (west, east), value in zip(_colours(png, districts, 100), VALUES):
        assert _near(west, _class_colour(value)), (value, west)
        # the eastern half: white or a grey dot of the uninhabited pattern, never a class colour
        assert max(east) - min(east) <= 8 and min(east) >= 150, (value, east)
    flat = pdf_text(pdf)
    assert "Colours only on inhabited land" in flat and "district boundaries in full" in flat
    assert "Not inhabited" in flat
    # every district keeps its name (the labels sit on the full districts) and the legend its counts
    for i in range(len(VALUES)):
        assert f"D{i}" in flat
    assert "≤ 0.50 (1)" in flat and "> 2.00 (1)" in flat
    plain = _run({"INPUT": districts, "FIELD": "mh_lq", "LANGUAGE": "en", "YEAR": "2024",
                  "SOURCE_TEXT": "test", "OUTPUT_PDF": str(tmp_path / "plain.pdf")})
    assert plain["CLASS_BREAKS"] == res["CLASS_BREAKS"]


def test_clip_keeps_fields_and_area(qgis_app):
    """The clipped copy: every district's field values, the area of its western half (hand
    computed: SIDE² / 2); a district without inhabited land is left out."""
    from milieu_atlas_plugin.cartography.inhabited import clip_to_inhabited

    districts = _districts()
    inhabited = _west_halves_4326()
    inhabited.dataProvider().deleteFeatures([max(f.id() for f in inhabited.getFeatures())])
    clipped = clip_to_inhabited(districts, inhabited)
    rows = {f["name"]: (f["mh_lq"], f.geometry().area()) for f in clipped.getFeatures()}
    assert sorted(rows) == ["D0", "D1", "D2"]
    for i, name in enumerate(sorted(rows)):
        value, area = rows[name]
        assert value == VALUES[i]
        # the 4326 polygon, densified, comes back within a few m² of the half square
        assert area == pytest.approx(SIDE * SIDE / 2, rel=2e-3)
    assert districts.featureCount() == 4                      # the input is not modified


@pytest.mark.parametrize("case", ["line", "empty", "zero_raster", "elsewhere"])
def test_bad_inhabited_refused(processing_registry, tmp_path, case):
    from qgis.core import (QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                           QgsRectangle, QgsVectorLayer)

    districts = _districts()
    if case == "line":
        bad = QgsVectorLayer("LineString?crs=EPSG:25833", "Straßen", "memory")
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0, Y0), QgsPointXY(X0 + 9, Y0)]))
        bad.dataProvider().addFeatures([f])
        words = ["INHABITED", "Straßen", "LineString", "polygons"]
    elif case == "empty":
        bad = QgsVectorLayer("Polygon?crs=EPSG:25833", "Leer", "memory")
        words = ["INHABITED", "Leer", "empty"]
    elif case == "zero_raster":
        import numpy as np
        from osgeo import gdal, osr
        from qgis.core import QgsRasterLayer

        ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "z.tif"), 4, 4, 1, gdal.GDT_Byte)
        ds.SetGeoTransform((X0, 100.0, 0.0, Y0 + SIDE, 0.0, -100.0))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(25833)
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(np.zeros((4, 4), dtype="uint8"))
        ds = None
        bad = QgsRasterLayer(str(tmp_path / "z.tif"), "Nullraster")
        words = ["INHABITED", "Nullraster", "no cell above 0"]
    else:
        bad = QgsVectorLayer("Polygon?crs=EPSG:25833", "Anderswo", "memory")
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 100, 100)))
        bad.dataProvider().addFeatures([f])
        words = ["INHABITED", "Anderswo", "does not overlap", "Squares"]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException) as err:
        _run({"INPUT": districts, "FIELD": "mh_lq", "INHABITED": bad,
              "OUTPUT_PDF": str(out / "s.pdf"), "OUTPUT_PNG": str(out / "s.png")})
    for word in words:
        assert word in str(err.value), (word, str(err.value))
    assert _files(out) == []


# ---------------------------------------------------------------------------------------------
# overview inset


def _texts():
    from milieu_atlas_plugin.cartography.layouts import SheetTexts

    return SheetTexts(title="T", subtitle="S", legend_title="L", source="Source: x", note="N",
                      date="D")


@pytest.mark.parametrize("template", ["a4_landscape", "a4_portrait", "a3_landscape"])
def test_overview_inset_only_when_zoomed(qgis_app, template):
    from qgis.core import QgsRectangle

    from milieu_atlas_plugin.cartography.layouts import build_map_sheet
    from milieu_atlas_plugin.cartography.styling import apply_style

    berlin = make_berlin_layer()
    apply_style(berlin, "mh_lq", locale="en")
    whole = build_map_sheet(berlin, _texts(), locale="en", template=template)
    assert whole.item("overview") is None                          # no empty inset left in the layout
    berlin = make_berlin_layer()
    apply_style(berlin, "mh_lq", locale="en")
    part = QgsRectangle(385000, 5815000, 395000, 5823000)
    sheet = build_map_sheet(berlin, _texts(), locale="en", extent=part, template=template)
    inset, lmap = sheet.item("overview"), sheet.item("map")
    assert inset.isVisible()
    assert inset.extent().contains(berlin.extent())                # the whole city
    assert inset.overview().linkedMap() is lmap                    # with the frame of the map
    assert lmap.extent().contains(part) and not lmap.extent().contains(berlin.extent())
    # the inset lies inside the map frame, on the page, and no label is placed under it
    assert lmap.sceneBoundingRect().contains(inset.sceneBoundingRect())
    assert lmap.isLabelBlockingItem(inset)


def test_office_template_without_overview_still_works(processing_registry, tmp_path):
    from qgis.core import QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    from .conftest import ROOT

    project = QgsProject()                    # kept referenced while the layout lives
    layout = QgsPrintLayout(project)
    doc = QDomDocument()
    doc.setContent((ROOT / "resources" / "templates" / "a4_landscape.qpt").read_bytes())
    layout.loadFromTemplate(doc, QgsReadWriteContext())
    layout.removeLayoutItem(layout.itemById("overview"))
    office = tmp_path / "office.qpt"
    assert layout.saveAsTemplate(str(office), QgsReadWriteContext())
    pdf = tmp_path / "s.pdf"
    _run({"INPUT": make_berlin_layer(), "FIELD": "mh_share", "LANGUAGE": "de",
          "SOURCE_TEXT": BERLIN_SOURCE, "YEAR": "2024", "TEMPLATE": str(office),
          "EXTENT": "385000,395000,5815000,5823000 [EPSG:25833]", "OUTPUT_PDF": str(pdf)})
    assert os.path.getsize(pdf) > 0 and "Anteil" in pdf_text(pdf)


def test_extent_outside_the_districts_refused(processing_registry, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as err:
        _run({"INPUT": _districts(), "FIELD": "mh_lq", "EXTENT": "0,100,0,100 [EPSG:25833]",
              "OUTPUT_PDF": str(tmp_path / "s.pdf")})
    assert "EXTENT" in str(err.value) and "Squares" in str(err.value)
    assert _files(tmp_path) == []


# ---------------------------------------------------------------------------------------------
# long legend labels


@pytest.mark.parametrize("template", ["a4_landscape", "a3_landscape"])
def test_long_milieu_names_stay_inside_the_page(qgis_app, template):
    """The milieu names with their counts are longer than the legend column: the label font
    shrinks until the legend ends inside the page's right margin."""
    from milieu_atlas_plugin.cartography.layouts import build_map_sheet, legend_size_mm
    from milieu_atlas_plugin.cartography.styling import apply_style, categories_for_field
    from milieu_atlas_plugin.core.milieu_model import load_model

    from .test_mapsheet import _text_layer

    model = load_model()
    values = list(model.codes) + ["MIX"]
    layer = _text_layer(values, "mil_dominant")
    apply_style(layer, "mil_dominant", locale="de",
                categories=categories_for_field("mil_dominant", values, "de", model))
    sheet = build_map_sheet(layer, _texts(), locale="de", template=template)
    legend, lmap = sheet.item("legend"), sheet.item("map")
    page_w = sheet.layout.pageCollection().page(0).pageSize().width()
    right = legend.pos().x() + legend_size_mm(legend, sheet.layout).width()
    assert right <= page_w - lmap.pos().x() + 0.01, (right, page_w)
    assert not sheet.notes


def test_count_circles_sit_on_inhabited_land(processing_registry, tmp_path):
    """A count sheet with INHABITED puts each circle on the district's inhabited land (its largest
    piece), and on the district itself where it has none; the sheet is printed as before."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    from milieu_atlas_plugin.cartography.styling import proportional_circles
    from milieu_atlas_plugin.compat import FieldType

    districts = _districts()
    counts = QgsVectorLayer("Polygon?crs=EPSG:25833", "Squares", "memory")
    counts.dataProvider().addAttributes([QgsField("residents_foreign", FieldType.Int),
                                         QgsField("name", FieldType.String)])
    counts.updateFields()
    feats = []
    for i, src in enumerate(districts.getFeatures()):
        f = QgsFeature(counts.fields())
        f.setGeometry(src.geometry())
        f.setAttributes([1000 * (i + 1), f"D{i}"])
        feats.append(f)
    counts.dataProvider().addFeatures(feats)
    # the western third of D0-D2, each as a large and a small block; D3 has none
    inhabited = _rects_4326([(X0 + (i + x0) * SIDE, Y0, X0 + (i + x1) * SIDE, Y0 + SIDE)
                             for i in range(3) for x0, x1 in ((0.0, 0.25), (0.28, 1 / 3))])
    points, vmax = proportional_circles(counts, "residents_foreign", "en", inhabited=inhabited)
    assert vmax == 4000
    where = {int(f.attribute(0)) // 1000 - 1: f.geometry().asPoint() for f in points.getFeatures()}
    assert sorted(where) == [0, 1, 2, 3]
    for i in range(3):
        x, y = where[i].x(), where[i].y()
        assert X0 + i * SIDE < x < X0 + (i + 0.25) * SIDE and Y0 < y < Y0 + SIDE, (i, x, y)  # larger block
    plain, _ = proportional_circles(counts, "residents_foreign", "en")
    centre = {int(f.attribute(0)) // 1000 - 1: f.geometry().asPoint() for f in plain.getFeatures()}
    assert centre[3] == where[3]  # no inhabited land: on the district as without INHABITED
    assert all(centre[i].x() > X0 + (i + 1 / 3) * SIDE for i in range(3))  # without: off the inhabited land
    out = tmp_path / "out"
    out.mkdir()
    res = _run({"INPUT": counts, "FIELD": "residents_foreign", "LANGUAGE": "en", "YEAR": "2024",
                "SOURCE_TEXT": "test", "INHABITED": inhabited, "OUTPUT_PDF": str(out / "c.pdf")})
    assert _files(out) == ["c.pdf"] and res["OUTPUT_PDF"] == str(out / "c.pdf")
    assert "Circle area proportional to the count" in pdf_text(out / "c.pdf")


@pytest.mark.parametrize("name,expected", [
    ("Bewohnt (Raster)", "Colours only on inhabited land (Bewohnt (Raster)); district boundaries in full."),
    ("milieu_surface_2024", "Colours only on inhabited land; district boundaries in full."),
])
def test_the_inhabited_line_names_the_layer_only_when_its_name_reads(processing_registry, tmp_path, name, expected):
    """A file-like layer name is not printed, nor replaced by the word for the units ("districts" would
    call the inhabited land districts)."""
    raster = _west_halves_raster(tmp_path / "inh.tif")
    raster.setName(name)
    pdf = tmp_path / "s.pdf"
    _run({"INPUT": _districts(), "FIELD": "mh_lq", "LANGUAGE": "en", "YEAR": "2024", "SOURCE_TEXT": "test",
          "INHABITED": raster, "OUTPUT_PDF": str(pdf)})
    flat = " ".join(pdf_text(pdf).split())
    assert expected in flat
    assert "inhabited land (districts)" not in flat
