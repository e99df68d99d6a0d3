"""milieuatlas:jointodistricts, spatial modes: hand-made geometries with exact answers, the Berlin sample
through points and areal weighting against the key join, CRS handling, invalid geometry, rasters."""
import csv

import numpy as np
import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import BZR_SHP, PLR_SHP, SAMPLE, T1_2024_PLR
from tests.test_join_support import (
    memory_layer,
    outputs,
    read_accounting,
    read_layer,
    run_join,
    square,
    written,
)

T1_2024_BZR = SAMPLE / "berlin-lor-population-2024-02-t1-district-regions.csv"
FIELDS = ["inhabitants", "inhabitants_with_migration_background", "inhabitants_foreigners"]


def halves(crs="EPSG:25833"):
    return memory_layer("Polygon", crs, ["code:string"], [
        (square(0, 0, 100, 100), {"code": "L"}), (square(100, 0, 200, 100), {"code": "R"})])


def _join(tmp_path, districts, source, mode, fields, **extra):
    params = {"DISTRICTS": districts, "DISTRICT_KEY": "code", "SOURCE": source, "MODE": mode, "FIELDS": fields,
              **outputs(tmp_path)}
    params.update(extra)
    ok, res, fb = run_join(params)
    assert ok, fb.errors
    return res, fb


# ------------------------------------------------------------------ hand-made, exact answers
def test_areal_square_split_in_halves(qgis_app, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double", "m:double"],
                       [(square(50, 0, 150, 100), {"n": 10, "m": 3})])
    res, fb = _join(tmp_path, halves(), src, "areal", ["n", "m"])
    got = read_layer(res["OUTPUT"], "code", ["n", "m"])
    assert got == {"L": {"n": 5, "m": 1.5}, "R": {"n": 5, "m": 1.5}}
    assert res["UNMATCHED_COUNT"] == 0


def test_areal_source_half_outside_the_city(qgis_app, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(150, 0, 250, 100), {"n": 8})])
    res, fb = _join(tmp_path, halves(), src, "areal", ["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got == {"L": {"n": 0}, "R": {"n": 4}}
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert (acc["source_total"], acc["district_total"], acc["unmatched_total"]) == (8, 4, 4)
    un = QgsVectorLayer(res["UNMATCHED"], "u", "ogr")
    feats = list(un.getFeatures())
    assert len(feats) == 1
    assert feats[0]["n"] == 4 and feats[0]["reason"] == "part outside every district"
    assert feats[0].geometry().area() == pytest.approx(5000, rel=1e-12)
    assert feats[0].geometry().boundingBox().xMinimum() == pytest.approx(200)


def test_point_on_shared_boundary_counted_once(qgis_app, tmp_path):
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [
        ("POINT(100 50)", {"n": 1}),     # on the shared edge: east rule → R
        ("POINT(100 100)", {"n": 10}),   # on the shared corner, on the outer north edge: east rule → R
        ("POINT(50 50)", {"n": 100}),    # inside L
        ("POINT(0 50)", {"n": 1000}),    # on L's west edge: outside the city to the west → L (east rule)
        ("POINT(300 50)", {"n": 10000}),  # outside
    ])
    res, fb = _join(tmp_path, halves(), pts, "points", ["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert got["L"]["n"] + got["R"]["n"] + acc["unmatched_total"] == 11111
    assert got["R"]["n"] == 11         # the shared-edge point, once, in the eastern district, and the corner
    assert got["L"]["n"] == 1100       # interior point and the west-edge point
    assert acc["unmatched_total"] == 10000  # only the far point (the top edge was UNMATCHED before issue 7)


def test_points_on_every_outer_edge_of_the_city_are_counted(qgis_app, tmp_path):
    """One boundary rule on every side: points on the outer west, south, east and north edges and corners
    are counted in the district they lie on (east/north edges went to UNMATCHED before)."""
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [
        ("POINT(0 50)", {"n": 1}), ("POINT(50 0)", {"n": 2}), ("POINT(50 100)", {"n": 4}),     # L: W, S, N
        ("POINT(0 0)", {"n": 8}), ("POINT(0 100)", {"n": 16}),                                 # L: SW, NW
        ("POINT(200 50)", {"n": 32}), ("POINT(150 0)", {"n": 64}), ("POINT(150 100)", {"n": 128}),  # R: E, S, N
        ("POINT(200 0)", {"n": 256}), ("POINT(200 100)", {"n": 512}),                          # R: SE, NE
        ("POINT(200.001 50)", {"n": 1024}),                                                    # 1 mm outside
    ])
    res, fb = _join(tmp_path, halves(), pts, "points", ["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert got["L"]["n"] == 1 + 2 + 4 + 8 + 16
    assert got["R"]["n"] == 32 + 64 + 128 + 256 + 512
    assert acc["unmatched_total"] == 1024
    assert "outer boundary" in fb.log
    assert "east" in fb.log and "feature by feature" in fb.log


def test_points_outside_go_to_unmatched_with_geometry(qgis_app, tmp_path):
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [("POINT(50 50)", {"n": 2}), ("POINT(500 50)", {"n": 3})])
    res, fb = _join(tmp_path, halves(), pts, "points", ["n"])
    un = list(QgsVectorLayer(res["UNMATCHED"], "u", "ogr").getFeatures())
    assert [(f["n"], f.geometry().asPoint().x()) for f in un] == [(3, 500)]


def _raster(path, values, x0, y0, cell, epsg=25833, nodata=None, srs_wkt=None):
    from osgeo import gdal, osr

    values = np.asarray(values, dtype=np.float64)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float64)
    ds.SetGeoTransform((x0, cell, 0, y0 + cell * values.shape[0], 0, -cell))
    if epsg or srs_wkt:
        srs = osr.SpatialReference()
        if srs_wkt:
            srs.ImportFromWkt(srs_wkt)
        else:
            srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return str(path)


def test_dasymetric_weights_by_raster_mass(qgis_app, tmp_path):
    ras = _raster(tmp_path.parent / "w1.tif", [[3, 3, 1, 1], [3, 3, 1, 1]], 0, 0, 50)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(0, 0, 200, 100), {"n": 100})])
    res, fb = _join(tmp_path, halves(), src, "dasymetric", ["n"], WEIGHT_RASTER=ras)
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(75, rel=1e-12) and got["R"]["n"] == pytest.approx(25, rel=1e-12)


def test_dasymetric_falls_back_to_area_without_mass_and_says_so(qgis_app, tmp_path):
    # left half of the raster is nodata: a source in the left district has no mass
    ras = _raster(tmp_path.parent / "w2.tif", [[-9, -9, 1, 1], [-9, -9, 1, 1]], 0, 0, 50, nodata=-9)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [
        (square(0, 0, 100, 100), {"n": 10}), (square(50, 0, 200, 100), {"n": 30})])
    res, fb = _join(tmp_path, halves(), src, "dasymetric", ["n"], WEIGHT_RASTER=ras)
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(10) and got["R"]["n"] == pytest.approx(30)
    assert "weighted by area instead" in fb.log and "nodata" in fb.log


def test_dasymetric_raster_in_another_crs(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25833"), QgsCoordinateReferenceSystem("EPSG:25832"),
                                QgsProject.instance())
    d = memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(400000, 5800000, 401000, 5801000), {"code": "L"}),
        (square(401000, 5800000, 402000, 5801000), {"code": "R"})])
    c = tr.transform(QgsPointXY(401000, 5800500))
    # raster in 25832, 10 m cells, weight only in a band 200-800 m west of the shared edge (the edge is
    # turned by the meridian convergence between the zones, a few tens of metres over 1 km)
    xs = c.x() - 2000 + 10 * (np.arange(400) + 0.5)
    vals = np.tile(np.where((xs > c.x() - 800) & (xs < c.x() - 200), 1.0, 0.0), (400, 1))
    ras = _raster(tmp_path.parent / "w3.tif", vals, c.x() - 2000, c.y() - 2000, 10, epsg=25832)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(400000, 5800000, 402000, 5801000), {"n": 1000})])
    res, fb = _join(tmp_path, d, src, "dasymetric", ["n"], WEIGHT_RASTER=ras)
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(1000, rel=1e-12) and got["R"]["n"] == 0
    assert "EPSG:25832" in fb.log and "reprojected" in fb.log


@pytest.mark.parametrize("kind,expect", [
    ("nocrs", "has no CRS"), ("negative", "negative weight"), ("allnodata", "no mass"), ("away", "does not cover")])
def test_dasymetric_bad_rasters(qgis_app, tmp_path, kind, expect):
    base = tmp_path.parent / f"bad_{kind}.tif"
    if kind == "nocrs":
        ras = _raster(base, [[1, 1]], 0, 0, 100, epsg=None)
    elif kind == "negative":
        ras = _raster(base, [[1, -1]], 0, 0, 100)
    elif kind == "allnodata":
        ras = _raster(base, [[-9, -9]], 0, 0, 100, nodata=-9)
    else:
        ras = _raster(base, [[1, 1]], 10000, 10000, 100)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(0, 0, 200, 100), {"n": 1})])
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "dasymetric",
                            "FIELDS": ["n"], "WEIGHT_RASTER": ras, **outputs(tmp_path)})
    assert not ok
    assert expect in " ".join(fb.errors), fb.errors
    assert written(tmp_path) == []


# ------------------------------------------------------------------ CRS
def test_geographic_districts_are_reprojected_for_areas(qgis_app, tmp_path):
    d = memory_layer("Polygon", "EPSG:4326", ["code:string"], [
        (square(13.0, 52.0, 13.1, 52.1), {"code": "L"}), (square(13.1, 52.0, 13.2, 52.1), {"code": "R"})])
    src = memory_layer("Polygon", "EPSG:4326", ["n:double"], [(square(13.05, 52.0, 13.15, 52.1), {"n": 1000})])
    res, fb = _join(tmp_path, d, src, "areal", ["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(500, rel=2e-3) and got["R"]["n"] == pytest.approx(500, rel=2e-3)
    # straight edges in degrees are straight in UTM only between vertices: the source's top edge passes a
    # sliver above the districts' shared corner, which is reported as unmatched, not lost
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert acc["district_total"] == pytest.approx(got["L"]["n"] + got["R"]["n"], rel=1e-12)
    assert acc["district_total"] + acc["unmatched_total"] == pytest.approx(1000, rel=1e-12)
    assert 0 < acc["unmatched_total"] < 0.1
    assert "geographic" in fb.log and "EPSG:25833" in fb.log and "never in degrees" in fb.log


ESRI_WKT = ('PROJCS["Stadtgitter_Musterstadt",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",'
            '6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],'
            'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",12345.0],PARAMETER["False_Northing",-5000000.0],'
            'PARAMETER["Central_Meridian",13.37],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],'
            'UNIT["Meter",1.0]]')


def _shapefile_with_esri_prj(path, rows, fields):
    from osgeo import ogr

    drv = ogr.GetDriverByName("ESRI Shapefile")
    ds = drv.CreateDataSource(str(path))
    lyr = ds.CreateLayer(path.stem, None, ogr.wkbPolygon)
    for name, kind in fields:
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for wkt, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in attrs.items():
            f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    path.with_suffix(".prj").write_text(ESRI_WKT)
    return str(path)


def test_esri_wkt_without_epsg_code_works(qgis_app, tmp_path):
    from osgeo import ogr

    folder = tmp_path.parent / "esri"
    folder.mkdir(exist_ok=True)
    d = _shapefile_with_esri_prj(folder / "districts.shp", [(square(0, 0, 100, 100), {"code": "L"}),
                                                            (square(100, 0, 200, 100), {"code": "R"})],
                                 [("code", ogr.OFTString)])
    s = _shapefile_with_esri_prj(folder / "blocks.shp", [(square(50, 0, 150, 100), {"n": 10.0})],
                                 [("n", ogr.OFTReal)])
    lyr = QgsVectorLayer(d, "d", "ogr")
    assert lyr.crs().isValid() and lyr.crs().authid() == ""   # really a CRS without a code
    res, fb = _join(tmp_path, d, s, "areal", ["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(5, rel=1e-12) and got["R"]["n"] == pytest.approx(5, rel=1e-12)


# ------------------------------------------------------------------ invalid geometry
BOWTIE = "POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))"


def test_invalid_geometry_refused_with_feature_id(qgis_app, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(0, 0, 10, 10), {"n": 1}), (BOWTIE, {"n": 4})])
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "areal",
                            "FIELDS": ["n"], "INVALID_GEOMETRY": "refuse", **outputs(tmp_path)})
    assert not ok
    msg = " ".join(fb.errors)
    assert "feature 2" in msg and "invalid geometry" in msg and "INVALID_GEOMETRY=repair" in msg
    assert written(tmp_path) == []


def test_invalid_geometry_repaired_and_counted(qgis_app, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(BOWTIE, {"n": 4})])
    res, fb = _join(tmp_path, halves(), src, "areal", ["n"], INVALID_GEOMETRY="repair")
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(4, rel=1e-12)  # both triangles of the bow tie lie in L
    assert "repaired" in fb.log and "1 in" in fb.log


# ------------------------------------------------------------------ bad spatial input
def test_no_overlap_at_all_is_refused(qgis_app, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(1000, 1000, 1100, 1100), {"n": 1})])
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "areal",
                            "FIELDS": ["n"], **outputs(tmp_path)})
    assert not ok and "overlaps" in " ".join(fb.errors)
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [("POINT(1000 1000)", {"n": 1})])
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": pts, "MODE": "points",
                            "FIELDS": ["n"], **outputs(tmp_path)})
    assert not ok and "No point" in " ".join(fb.errors)
    assert written(tmp_path) == []


@pytest.mark.parametrize("value,expect", [(None, "NULL"), (-2.0, "negative count")])
def test_null_and_negative_counts_in_points_refused(qgis_app, tmp_path, value, expect):
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [("POINT(10 10)", {"n": 1}), ("POINT(20 20)", {"n": value})])
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": pts, "MODE": "points",
                            "FIELDS": ["n"], **outputs(tmp_path)})
    assert not ok
    msg = " ".join(fb.errors)
    assert expect in msg and "feature 2" in msg and "'n'" in msg
    assert written(tmp_path) == []


# ------------------------------------------------------------------ Berlin: every mode agrees with the key join
def _truth(path, key="id"):
    with open(path, encoding="utf-8") as fh:
        return {r[key]: {f: float(r[f]) for f in FIELDS} for r in csv.DictReader(fh)}


def test_berlin_points_at_interior_points_equal_key_join(qgis_app, tmp_path):
    """One point per Planungsraum at its point on surface, carrying its counts, saved as GeoPackage (the
    fast Arrow reading path); the points join must give the key join's numbers exactly."""
    from osgeo import ogr, osr

    truth = _truth(T1_2024_PLR)
    plr = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    gpkg = tmp_path.parent / "plr_points.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(plr.crs().toWkt())
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    for f in FIELDS:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTInteger))
    for feat in plr.getFeatures():
        p = feat.geometry().pointOnSurface().asPoint()
        o = ogr.Feature(lyr.GetLayerDefn())
        o.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({p.x()!r} {p.y()!r})"))
        for f in FIELDS:
            o.SetField(f, int(truth[feat["PLR_ID"]][f]))
        lyr.CreateFeature(o)
    ds = None
    res, fb = _join(tmp_path, str(PLR_SHP), str(gpkg), "points", FIELDS, DISTRICT_KEY="PLR_ID")
    got = read_layer(res["OUTPUT"], "PLR_ID", FIELDS)
    assert len(got) == 542
    for k, v in truth.items():
        assert got[k] == v, k
    assert res["UNMATCHED_COUNT"] == 0
    assert "Arrow" in fb.log


def test_berlin_bezirksregionen_to_planungsraeume_areal_conserves(qgis_app, tmp_path):
    """Bezirksregionen counts spread over the Planungsräume by area, summed back per Bezirksregion (the
    first six digits of PLR_ID), give the Bezirksregion counts; totals are conserved."""
    bzr_dir = tmp_path / "bzr"
    bzr_dir.mkdir()
    res, fb = _join(bzr_dir, str(BZR_SHP), str(T1_2024_BZR), "key", FIELDS, DISTRICT_KEY="BZR_ID", SOURCE_KEY="id")
    plr_dir = tmp_path / "plr"
    plr_dir.mkdir()
    res2, fb2 = _join(plr_dir, str(PLR_SHP), res["OUTPUT"], "areal", FIELDS, DISTRICT_KEY="PLR_ID")
    got = read_layer(res2["OUTPUT"], "PLR_ID", FIELDS)
    per_bzr = {}
    for k, v in got.items():
        acc = per_bzr.setdefault(k[:6], dict.fromkeys(FIELDS, 0.0))
        for f in FIELDS:
            acc[f] += v[f]
    truth = _truth(T1_2024_BZR)
    assert set(per_bzr) == set(truth)
    for k, v in truth.items():
        for f in FIELDS:
            assert per_bzr[k][f] == pytest.approx(v[f], rel=1e-6), (k, f)
    acc = read_accounting(res2["ACCOUNTING"])
    for f in FIELDS:
        assert acc[f]["source_total"] == sum(v[f] for v in truth.values())
        assert acc[f]["district_total"] + acc[f]["unmatched_total"] == pytest.approx(acc[f]["source_total"], rel=1e-9)


def test_points_a_district_without_geometry_gets_null_not_zero(qgis_app, tmp_path):
    districts = memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(0, 0, 100, 100), {"code": "L"}), (square(100, 0, 200, 100), {"code": "R"}),
        (None, {"code": "E"})])
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [("POINT(50 50)", {"n": 3}), ("POINT(150 50)", {"n": 4})])
    res, fb = _join(tmp_path, districts, pts, "points", ["n"])
    from qgis.core import QgsVectorLayer

    got = {f["code"]: f["n"] for f in QgsVectorLayer(res["OUTPUT"], "o", "ogr").getFeatures()}
    assert got["L"] == 3 and got["R"] == 4
    from qgis.core import NULL

    assert got["E"] == NULL and got["E"] != 0
    assert "1 district(s) of" in fb.log and "have no geometry" in fb.log and "NULL, not 0" in fb.log
