"""milieuatlas:milieulocalisation through processing.run: hand-made districts with exact values, the
synthetic Berlin sample (households conserved points -> districts -> city and points -> surface), the
rasters as QGIS loads them, and every bad input refused with one message and nothing written."""
import csv
import math

import numpy as np
import pytest
from qgis.core import (NULL, QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsRasterLayer, QgsVectorLayer)
from milieu_atlas_plugin.compat import FieldType

from milieu_atlas_plugin.paths import MILIEU_SAMPLE_DIR, MILIEUS_DIR

from .conftest import PLR_SHP, T1_2024_PLR

SAMPLE = f"{MILIEU_SAMPLE_DIR / 'milieus_synthetisch.gpkg'}|layername=adressen_milieus_synthetisch"
CODES = ("REL", "ARB", "STA", "KOS", "PER", "ADI", "ENT", "HED")
MODEL_ABC = "code,name_de,name_en,sinus_segment,segment,colour\nA,a,a,,Erste,#112233\nB,b,b,,Erste,#223344\n" \
            "C,c,c,,Zweite,#334455\n"
# per district: the points' counts (two points each, split unevenly)
COUNTS = [(6, 3, 1), (2, 2, 6), (45, 40, 15), (0, 0, 0), (1, 1, 1), (0, 5, 0)]


def squares(n, name="districts", extra=()):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", name, "memory")
    layer.dataProvider().addAttributes([QgsField("key", FieldType.String)] +
                                       [QgsField(f, FieldType.Double) for f, _ in extra])
    layer.updateFields()
    feats = []
    for i in range(n):
        f = QgsFeature(layer.fields())
        f.setAttributes([f"{i:03d}"] + [col[i] for _, col in extra])
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({i*100} 0,{i*100+100} 0,{i*100+100} 100,{i*100} 100,{i*100} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def points(rows, fields=("A", "B", "C"), total=False, crs="EPSG:25833", shares_of=None):
    """Two points per district i (at x = 100 i + 30 and + 70), the counts split 1/3 : 2/3 (or, with
    shares_of, the values as given on both points and the total shares_of)."""
    layer = QgsVectorLayer(f"Point?crs={crs}", "addresses", "memory")
    names = list(fields) + (["households"] if total else [])
    layer.dataProvider().addAttributes([QgsField(f, FieldType.Double) for f in names])
    layer.updateFields()
    feats = []
    for i, row in enumerate(rows):
        for part, dx in ((1 / 3, 30), (2 / 3, 70)):
            f = QgsFeature(layer.fields())
            vals = [v * part for v in row] if shares_of is None else list(row)
            f.setAttributes(vals + ([sum(vals) if shares_of is None else shares_of] if total else []))
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i * 100 + dx, 50)))
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture()
def abc(tmp_path):
    p = tmp_path / "abc.csv"
    p.write_text(MODEL_ABC, encoding="utf-8")
    return str(p)


def run(params, **kw):
    import processing

    return processing.run("milieuatlas:milieulocalisation", dict(params, **kw))


def features(path):
    return list(QgsVectorLayer(str(path), "out", "ogr").getFeatures())


def test_hand_made_districts_exact(processing_registry, tmp_path, abc):
    out = tmp_path / "p.gpkg"
    res = run({"DISTRICTS": squares(6), "DISTRICT_KEY": "key", "MILIEUS": points(COUNTS), "MODEL": abc,
               "OUTPUT": str(out)})
    # the one rule (core.suppression): 3 households are suppressed; none reveals nobody
    assert res["SUPPRESSED"] == 1 and res["UNMATCHED_COUNT"] == 0
    feats = features(out)
    city = {"A": 54 / 128, "B": 51 / 128, "C": 23 / 128}
    f0 = feats[0]
    assert f0["mil_A"] == pytest.approx(6, rel=1e-12) and f0["mil_total"] == pytest.approx(10, rel=1e-12)
    assert f0["mil_A_share"] == pytest.approx(0.6, rel=1e-12)
    assert f0["mil_C_lq"] == pytest.approx(0.1 / city["C"], rel=1e-12)
    assert f0["seg_erste"] == pytest.approx(9, rel=1e-12) and f0["seg_zweite_share"] == pytest.approx(0.1, rel=1e-12)
    assert [f["mil_dominant"] for f in feats] == ["A", "C", "A", NULL, NULL, "B"]
    assert feats[2]["mil_lead"] == pytest.approx(5.0, rel=1e-9)
    assert feats[0]["mil_diversity"] == pytest.approx(
        -(0.6 * math.log(0.6) + 0.3 * math.log(0.3) + 0.1 * math.log(0.1)) / math.log(3), rel=1e-12)
    assert [f["mil_present"] for f in feats] == [3, 3, 3, 0, NULL, 1]
    assert [bool(f["suppressed"]) for f in feats] == [False, False, False, False, True, False]
    for f in feats[3:5]:   # no households (undefined) / too few (suppressed): empty, never 0
        assert f["mil_A_share"] == NULL and f["mil_A_lq"] == NULL and f["mil_diversity"] == NULL
    assert feats[4]["mil_A"] == 1 and feats[4]["mil_total"] == 3     # counts kept without MASK_COUNTS
    masked = tmp_path / "masked.gpkg"
    run({"DISTRICTS": squares(6), "DISTRICT_KEY": "key", "MILIEUS": points(COUNTS), "MODEL": abc,
         "MASK_COUNTS": True, "OUTPUT": str(masked)})
    mf = features(masked)
    for name in ("mil_total", "mil_A", "mil_B", "mil_C", "seg_erste", "seg_zweite"):
        assert mf[4][name] == NULL and mf[0][name] == feats[0][name] and mf[3][name] == 0
    # districts holding the counts themselves: their own milieu fields are emptied too
    cols = [(c, [row[j] for row in COUNTS]) for j, c in enumerate("ABC")]
    own = tmp_path / "own_masked.gpkg"
    run({"DISTRICTS": squares(6, extra=cols), "DISTRICT_KEY": "key", "MODEL": abc, "MASK_COUNTS": True,
         "OUTPUT": str(own)})
    of = features(own)
    assert [of[4][c] for c in "ABC"] == [NULL] * 3 and [of[0][c] for c in "ABC"] == [6, 3, 1]
    # with a wider margin the 5-point lead is a MIX
    out2 = tmp_path / "p2.gpkg"
    run({"DISTRICTS": squares(6), "DISTRICT_KEY": "key", "MILIEUS": points(COUNTS), "MODEL": abc,
         "DOMINANT_MARGIN": 5.5, "MIN_COUNT": 0, "OUTPUT": str(out2)})
    assert [f["mil_dominant"] for f in features(out2)] == ["A", "C", "MIX", NULL, "MIX", "B"]


def test_districts_holding_counts_and_polygon_source_agree(processing_registry, tmp_path, abc):
    cols = [(c, [row[j] for row in COUNTS]) for j, c in enumerate("ABC")]
    own = tmp_path / "own.gpkg"
    run({"DISTRICTS": squares(6, extra=cols), "DISTRICT_KEY": "key", "MODEL": abc, "OUTPUT": str(own)})
    # the same counts on polygons that are the districts (areal weighting gives them back whole)
    area = tmp_path / "area.gpkg"
    src = squares(6, "blocks", extra=cols)
    res = run({"DISTRICTS": squares(6), "DISTRICT_KEY": "key", "MILIEUS": src, "MODEL": abc, "OUTPUT": str(area),
               "SURFACE": str(tmp_path / "area.tif"), "CELL_SIZE": 10, "BANDWIDTH": 40})
    import rasterio

    with rasterio.open(res["SURFACE"]) as tif:   # polygons enter by their centroid; households conserved
        for i in range(3):
            got = float(tif.read(i + 1, masked=True).sum(dtype=np.float64)) * 0.01
            assert got == pytest.approx(sum(row[i] for row in COUNTS), rel=1e-6)
    for a, b in zip(features(own), features(area)):
        for name in ("mil_A", "mil_B_share", "mil_C_lq", "mil_dominant", "mil_diversity"):
            if a[name] == NULL:
                assert b[name] == NULL
            elif isinstance(a[name], str):
                assert a[name] == b[name]
            else:
                assert b[name] == pytest.approx(a[name], rel=1e-9)


def test_ten_code_template_plugs_in(processing_registry, tmp_path):
    codes = ["KET", "PMA", "PER", "EPE", "NEO", "PRA", "NOS", "TRA", "HED", "PRE"]
    rows = [tuple(range(1 + i, 11 + i)) for i in range(3)]
    out = tmp_path / "t.gpkg"
    run({"DISTRICTS": squares(3), "DISTRICT_KEY": "key", "MILIEUS": points(rows, fields=codes),
         "MODEL": str(MILIEUS_DIR / "sinus_geo_milieus_template.csv"), "DOMINANT_MARGIN": 1,
         "OUTPUT": str(out)})
    feats = features(out)
    names = feats[0].fields().names()
    assert all(f"mil_{c}_lq" in names for c in codes)
    assert "seg_traditionelle_milieus_share" in names
    # leads of 1.8, 1.5 and 1.3 percentage points: dominant with a 1-point margin
    assert [f["mil_dominant"] for f in feats] == ["PRE", "PRE", "PRE"]
    assert feats[0]["mil_PRE_share"] == pytest.approx(10 / 55, rel=1e-12)


@pytest.fixture(scope="module")
def berlin(processing_registry, tmp_path_factory):
    d = tmp_path_factory.mktemp("berlin_milieus")
    res = run({"DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "MILIEUS": SAMPLE, "TOTAL_FIELD": "households",
               "OUTPUT": str(d / "plr.gpkg"), "SURFACE": str(d / "surface.tif"),
               "DOMINANT_RASTER": str(d / "dominant.tif")})
    return res


def _sample_totals():
    layer = QgsVectorLayer(SAMPLE, "s", "ogr")
    sums = dict.fromkeys(CODES, 0.0)
    total = 0.0
    for f in layer.getFeatures():
        for c in CODES:
            sums[c] += f[c]
        total += f["households"]
    return sums, total


def test_berlin_households_conserved_and_anchored(berlin):
    feats = features(berlin["OUTPUT"])
    assert len(feats) == 542 and berlin["UNMATCHED_COUNT"] == 0
    sums, total = _sample_totals()
    assert sum(f["mil_total"] for f in feats) == pytest.approx(total, rel=1e-12)
    for c in CODES:
        assert sum(f[f"mil_{c}"] for f in feats) == pytest.approx(sums[c], rel=1e-12)
    # the sample is anchored to the register: households = round(residents with migration background / 2)
    raw = {r["id"]: r for r in csv.DictReader(open(T1_2024_PLR, encoding="utf-8"))}
    for f in feats:
        mh = float(raw[f["PLR_ID"]]["inhabitants_with_migration_background"])
        assert f["mil_total"] == round(mh / 2.0)
        if f["mil_total"] >= 5:
            shares = sum(f[f"mil_{c}_share"] for c in CODES)
            assert shares == pytest.approx(1.0, rel=1e-12)
            assert f["mil_dominant"] in CODES + ("MIX",)
    doms = {f["mil_dominant"] for f in feats}
    assert len(doms - {"MIX", NULL}) >= 3     # the maps show structure


def test_berlin_surface_conserves_households_and_loads_styled(berlin):
    import rasterio

    sums, _ = _sample_totals()
    with rasterio.open(berlin["SURFACE"]) as src:
        assert src.count == 8 and src.descriptions == CODES
        assert src.crs.to_epsg() == 25833 and src.nodata == -1.0
        ha = src.res[0] * src.res[1] / 10_000
        assert src.res == (100.0, 100.0)
        for i, c in enumerate(CODES, start=1):
            band = src.read(i, masked=True)
            assert float(band.sum(dtype=np.float64)) * ha == pytest.approx(sums[c], rel=1e-6)
    with rasterio.open(berlin["DOMINANT_RASTER"]) as src:
        idx = src.read(1, masked=True)
        share = src.read(2, masked=True)
        assert set(np.unique(idx.compressed()).astype(int)) <= set(range(1, 9))
        assert (share.compressed() >= 1 / 8 - 1e-6).all() and (share.compressed() <= 1 + 1e-6).all()
        assert idx.mask.any() and (~idx.mask).sum() > 10_000
    dom = QgsRasterLayer(berlin["DOMINANT_RASTER"], "dominant", "gdal")
    assert dom.renderer().type() == "paletted"
    classes = dom.renderer().classes()
    assert [c.value for c in classes] == list(range(1, 9))
    assert classes[0].color.name().upper() == "#882255" and classes[0].label.startswith("REL")
    surf = QgsRasterLayer(berlin["SURFACE"], "surface", "gdal")
    assert surf.renderer().type() == "singlebandpseudocolor"


def _refused(tmp_path, match, **params):
    out = tmp_path / "bad.gpkg"
    base = {"DISTRICTS": squares(3), "DISTRICT_KEY": "key", "OUTPUT": str(out)}
    base.update(params)
    with pytest.raises(QgsProcessingException, match=match):
        run(base)
    assert not out.exists()
    assert not list(tmp_path.glob("*.tif")) and not list(tmp_path.glob(".*part*"))


def test_bad_inputs_one_message_nothing_written(processing_registry, tmp_path, abc):
    rows = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
    pts = points(rows, total=True)
    # a total that the milieu fields do not add up to (one feature off by +5)
    f = next(pts.getFeatures())
    pts.dataProvider().changeAttributeValues({f.id(): {pts.fields().indexOf("households"): 7.0}})
    _refused(tmp_path, r"do not add up to the total in 1 of 6 features.*2 instead of 7 \(-5\)",
             MILIEUS=pts, MODEL=abc, TOTAL_FIELD="households")
    # RESCALE accepts it and scales the district to its total
    ok = tmp_path / "ok.gpkg"
    run({"DISTRICTS": squares(3), "DISTRICT_KEY": "key", "MILIEUS": pts, "MODEL": abc, "TOTAL_FIELD": "households",
         "RESCALE": True, "OUTPUT": str(ok)})
    assert features(ok)[0]["mil_total"] == pytest.approx(6 + 5, rel=1e-12)
    ok.unlink()
    # a chosen field that is no milieu of the model; a milieu without field
    _refused(tmp_path, "field 'households' is not a milieu", MILIEUS=points(rows, total=True), MODEL=abc,
             MILIEU_FIELDS=["A", "B", "C", "households"])
    _refused(tmp_path, r"no field for the milieu\(s\) C", MILIEUS=points(rows, fields=("A", "B", "X")), MODEL=abc)
    # shares in percent mixed with fractions
    mixed = points([(0.2, 0.3, 0.5), (20, 30, 50), (10, 10, 80)], total=True, shares_of=10)
    _refused(tmp_path, "percent in some features and fractions in others", MILIEUS=mixed, MODEL=abc,
             TOTAL_FIELD="households", FIELDS_ARE_SHARES=True)
    # raster parameters
    _refused(tmp_path, "CELL_SIZE must be a positive distance", MILIEUS=points(rows), MODEL=abc, CELL_SIZE=0,
             SURFACE=str(tmp_path / "s.tif"))
    _refused(tmp_path, "BANDWIDTH must be a positive distance", MILIEUS=points(rows), MODEL=abc, BANDWIDTH=-5,
             DOMINANT_RASTER=str(tmp_path / "d.tif"))
    _refused(tmp_path, r"would need [\d,]+ MB, more than the limit", DISTRICTS=str(PLR_SHP), DISTRICT_KEY="PLR_ID",
             MILIEUS=SAMPLE, CELL_SIZE=0.5, SURFACE=str(tmp_path / "s.tif"))
    # a broken model file names its line; an output field that would hide a district field
    bad = tmp_path / "bad_model.csv"
    bad.write_text(MODEL_ABC + "A,x,x,,Erste,#000000\n", encoding="utf-8")
    _refused(tmp_path, r"bad_model.csv', line 5: duplicate code 'A'", MILIEUS=points(rows), MODEL=str(bad))
    _refused(tmp_path, "already has a field named 'mil_A'", MODEL=abc, MILIEUS=points(rows),
             DISTRICTS=squares(3, extra=[("mil_A", [1, 2, 3])]))
    _refused(tmp_path, "DOMINANT_MARGIN", MILIEUS=points(rows), MODEL=abc, DOMINANT_MARGIN=120)
    plain = QgsVectorLayer("None", "table", "memory")
    plain.dataProvider().addAttributes([QgsField(c, FieldType.Double) for c in "ABC"])
    plain.updateFields()
    row = QgsFeature(plain.fields())
    row.setAttributes([1.0, 2.0, 3.0])
    plain.dataProvider().addFeatures([row])
    _refused(tmp_path, "no point or polygon geometry", MILIEUS=plain, MODEL=abc)


def test_geographic_points_are_projected_for_the_surface(processing_registry, tmp_path, abc):
    """Points in EPSG:4326 around Berlin: the districts' projected CRS is used, households conserved."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    rows = [(3, 1, 2), (4, 4, 1), (0, 2, 9)]
    proj = points(rows)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25833"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    geo = QgsVectorLayer("Point?crs=EPSG:4326", "geo", "memory")
    geo.dataProvider().addAttributes(proj.fields().toList())
    geo.updateFields()
    feats = []
    for f in proj.getFeatures():
        g = QgsFeature(geo.fields())
        g.setAttributes(f.attributes())
        p = f.geometry().asPoint()
        g.setGeometry(QgsGeometry.fromPointXY(tr.transform(QgsPointXY(p.x() + 390_000, p.y() + 5_820_000))))
        feats.append(g)
    geo.dataProvider().addFeatures(feats)
    districts = QgsVectorLayer("Polygon?crs=EPSG:25833", "d", "memory")
    districts.dataProvider().addAttributes([QgsField("key", FieldType.String)])
    districts.updateFields()
    ds = []
    for i in range(3):
        f = QgsFeature(districts.fields())
        f.setAttributes([str(i)])
        x0 = 390_000 + 100 * i
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} 5820000,{x0+100} 5820000,{x0+100} 5820100,"
                                          f"{x0} 5820100,{x0} 5820000))"))
        ds.append(f)
    districts.dataProvider().addFeatures(ds)
    res = run({"DISTRICTS": districts, "DISTRICT_KEY": "key", "MILIEUS": geo, "MODEL": abc,
               "OUTPUT": str(tmp_path / "g.gpkg"), "SURFACE": str(tmp_path / "g.tif"), "CELL_SIZE": 10,
               "BANDWIDTH": 50})
    import rasterio

    assert [f["mil_total"] for f in features(res["OUTPUT"])] == pytest.approx([6, 9, 11], rel=1e-9)
    with rasterio.open(res["SURFACE"]) as src:
        assert src.crs.to_epsg() == 25833
        for i, c in enumerate("ABC", start=1):
            got = float(src.read(i, masked=True).sum(dtype=np.float64)) * 0.01
            assert got == pytest.approx(sum(r[i - 1] for r in rows), rel=1e-6)


def test_shares_of_a_total(processing_registry, tmp_path, abc):
    pct = points([(20, 30, 50), (10, 10, 80), (60, 40, 0)], total=True, shares_of=10)
    out = tmp_path / "sh.gpkg"
    run({"DISTRICTS": squares(3), "DISTRICT_KEY": "key", "MILIEUS": pct, "MODEL": abc, "TOTAL_FIELD": "households",
         "FIELDS_ARE_SHARES": True, "OUTPUT": str(out)})
    feats = features(out)
    # two points of 10 households each per district
    assert [f["mil_total"] for f in feats] == pytest.approx([20, 20, 20], rel=1e-12)
    assert [f["mil_C"] for f in feats] == pytest.approx([10, 16, 0], abs=1e-9)
    assert [f["mil_dominant"] for f in feats] == ["C", "C", "A"]
