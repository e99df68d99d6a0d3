"""Polygon layers read as columns (qgis_io/columnar.py): the same centroids, areas and perimeters as
GEOS, refused for every polygon GEOS would treat otherwise, and segregationindices giving the same
rows through the columnar and the feature-by-feature reading."""
import csv
import math
from fractions import Fraction
import sqlite3

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from milieu_atlas_plugin.qgis_io.columnar import convex_rings, read_polygon_columns
from milieu_atlas_plugin.qgis_io.spatial_context import OVERLAP_CHECK_MAX


def _wkb(wkt):
    return bytes(QgsGeometry.fromWkt(wkt).asWkb())


REFUSED = {
    "concave": "POLYGON((0 0,2 0,2 2,1 1,0 2,0 0))",
    "bow-tie": "POLYGON((0 0,1 1,1 0,0 1,0 0))",
    "hole": "POLYGON((0 0,3 0,3 3,0 3,0 0),(1 1,2 1,2 2,1 2,1 1))",
    "multipolygon": "MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))",
    "self-crossing star": "POLYGON((0 0,2 1,4 0,1 2,3 3,0 0))",
    "spike": "POLYGON((0 0,2 0,1 0,1 1,0 1,0 0))",
    "repeated vertex": "POLYGON((0 0,1 0,1 0,1 1,0 1,0 0))",
    "pentagram": "POLYGON((0 1,0.588 -0.809,-0.951 0.309,0.951 0.309,-0.588 -0.809,0 1))",
    "3-D": "POLYGON Z((0 0 1,1 0 1,1 1 1,0 1 1,0 0 1))",
    "point": "POINT(1 2)",
    "flat": "POLYGON((0 0,1 0,2 0,0 0))",
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_polygons_geos_might_treat_otherwise_are_refused(qgis_app, kind):
    square = _wkb("POLYGON((0 0,1 0,1 1,0 1,0 0))")
    assert convex_rings([square]) is not None
    assert convex_rings([square, _wkb(REFUSED[kind])]) is None


def test_convex_rings_equal_geos(qgis_app):
    """Random convex polygons (both orientations, far from the origin), collinear vertices."""
    rng = np.random.default_rng(7)
    wkts = []
    for _ in range(300):
        k = int(rng.integers(3, 12))
        ang = np.sort(rng.uniform(0, 2 * math.pi, k))
        r = rng.uniform(5, 500)
        cx, cy = rng.uniform(3e5, 8e5), rng.uniform(5e6, 6e6)
        pts = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in ang]
        if rng.random() < 0.5:
            pts = pts[::-1]
        pts.append(pts[0])
        wkts.append("POLYGON((" + ",".join(f"{x!r} {y!r}" for x, y in pts) + "))")
    # and a vertex in the middle of an edge (exactly collinear), a triangle
    wkts += ["POLYGON((0 0,1 0,2 0,2 1,0 1,0 0))", "POLYGON((300000 5000000,300004 5000000,300000 5000003,"
             "300000 5000000))"]
    got = convex_rings([_wkb(w) for w in wkts])
    assert got is not None
    centroids, areas, perimeters = got
    for i, w in enumerate(wkts):
        g = QgsGeometry.fromWkt(w)
        assert g.isGeosValid()
        c = g.centroid().asPoint()
        assert centroids[i, 0] == pytest.approx(c.x(), abs=1e-7)
        assert centroids[i, 1] == pytest.approx(c.y(), abs=1e-7)
        # the area against exact rational arithmetic on the same float coordinates, and GEOS
        # against the same (GEOS 3.13 of Debian 13 loses ~5e-10 relative on coordinates of 1e6 m)
        ring = [(Fraction(p.x()), Fraction(p.y())) for p in g.asPolygon()[0]]
        exact = abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))) / 2
        assert areas[i] == pytest.approx(float(exact), rel=1e-12)
        assert g.area() == pytest.approx(float(exact), rel=1e-8)
        assert perimeters[i] == pytest.approx(g.length(), rel=1e-12)


def _grid_gpkg(path, n, jitter=0.0, seed=1):
    """A GeoPackage of n squares of 100 m (EPSG:25833) with counts t, g; squares shifted by up to
    `jitter` metres."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    cols = int(math.ceil(math.sqrt(n)))
    r, c = np.divmod(np.arange(n), cols)
    x = 390_000.0 + c * 100.0 + rng.uniform(-jitter, jitter, n)
    y = 5_810_000.0 + r * 100.0 + rng.uniform(-jitter, jitter, n)
    t = rng.integers(0, 80, n).astype(float)
    g = np.floor(t * (0.5 + 0.4 * np.sin(x / 900.0) * np.cos(y / 700.0)))
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    lyr = ds.CreateLayer("cells", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom"])
    lyr.CreateField(ogr.FieldDefn("t", ogr.OFTReal))
    lyr.CreateField(ogr.FieldDefn("g", ogr.OFTInteger))
    ds = None
    rec = np.zeros(n, dtype=[("gp", "S2"), ("ver", "u1"), ("flags", "u1"), ("srid", "<i4"), ("bo", "u1"),
                             ("type", "<u4"), ("rings", "<u4"), ("pts", "<u4"), ("xy", "<f8", (10,))])
    rec["gp"], rec["ver"], rec["flags"], rec["srid"] = b"GP", 0, 1, 25833
    rec["bo"], rec["type"], rec["rings"], rec["pts"] = 1, 3, 1, 5
    rec["xy"] = np.column_stack([x, y, x + 100, y, x + 100, y + 100, x, y + 100, x, y])
    raw, size = rec.tobytes(), rec.dtype.itemsize
    con = sqlite3.connect(str(path))
    con.executemany("INSERT INTO cells (geom, t, g) VALUES (?, ?, ?)",
                    ((raw[i * size:(i + 1) * size], float(t[i]), int(g[i])) for i in range(n)))
    con.commit()
    con.close()
    return str(path)


def _rows(layer_or_path, tmp_path, name, **extra):
    import processing

    out = tmp_path / f"{name}.csv"
    params = {"INPUT": layer_or_path, "TOTAL_FIELD": "t", "GROUP_FIELDS": ["g"], "OUTPUT": str(out)}
    params.update(extra)
    processing.run("milieuatlas:segregationindices", params)
    with open(out, encoding="utf-8") as fh:
        return {(r["index"], r["note"].split("; ")[-1][:40]): r for r in csv.DictReader(fh)}


@pytest.mark.parametrize("jitter", [0.0, 20.0])
def test_segregation_rows_equal_through_columns_and_features(processing_registry, tmp_path, jitter):
    n = OVERLAP_CHECK_MAX + 500  # the columnar reading is used beyond the overlap check's size
    path = _grid_gpkg(tmp_path / "grid.gpkg", n, jitter)
    layer = QgsVectorLayer(path, "cells", "ogr")
    columns = read_polygon_columns(layer, ["t", "g"])
    assert columns is not None and len(columns.fids) == n
    # the same layer behind a subset (all features): read feature by feature
    subset = QgsVectorLayer(path, "cells", "ogr")
    subset.setSubsetString("fid > 0")
    assert subset.featureCount() == n and read_polygon_columns(subset, ["t", "g"]) is None
    extra = {"INDICES": ["HSPATIAL", "DDXPX", "ACE", "DELTA", "D"], "KERNEL": "gaussian", "BANDWIDTHS": "300"}
    fast = _rows(layer, tmp_path, "fast", **extra)
    slow = _rows(subset, tmp_path, "slow", **extra)
    assert fast.keys() == slow.keys() and len(fast) == 5
    for key, row in fast.items():
        assert float(row["value"]) == pytest.approx(float(slow[key]["value"]), rel=1e-9, abs=1e-12), key
        assert row["note"] == slow[key]["note"] and row["units"] == slow[key]["units"]


def test_columns_refused_for_nulls_text_and_other_crs(qgis_app, tmp_path):
    from osgeo import ogr

    path = _grid_gpkg(tmp_path / "grid.gpkg", 50)
    assert read_polygon_columns(QgsVectorLayer(path, "cells", "ogr"), ["t", "g"]) is not None
    ds = ogr.Open(path, 1)
    lyr = ds.GetLayer(0)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    f = lyr.GetFeature(3)
    f.SetFieldNull("t")
    lyr.SetFeature(f)
    ds = None
    layer = QgsVectorLayer(path, "cells", "ogr")
    assert read_polygon_columns(layer, ["t", "g"]) is None  # a NULL: MISSING_VALUES decides
    assert read_polygon_columns(layer, ["g", "name"]) is None  # text: the number parser decides
    assert read_polygon_columns(layer, ["g"]) is not None
    memory = QgsVectorLayer("Polygon?crs=EPSG:4326&field=g:double", "m", "memory")
    assert read_polygon_columns(memory, ["g"]) is None


def test_columns_read_in_batches_equal_one_batch(qgis_app, tmp_path, monkeypatch):
    from milieu_atlas_plugin.qgis_io import columnar

    path = _grid_gpkg(tmp_path / "grid.gpkg", 50, jitter=30.0)
    layer = QgsVectorLayer(path, "cells", "ogr")
    one = read_polygon_columns(layer, ["t", "g"])
    monkeypatch.setattr(columnar, "BATCH", 7)
    several = read_polygon_columns(layer, ["t", "g"])
    assert np.array_equal(one.fids, several.fids) and np.array_equal(one.fids, np.sort(one.fids))
    for name in ("centroids", "areas", "perimeters"):
        assert np.array_equal(getattr(one, name), getattr(several, name)), name
    assert all(np.array_equal(one.values[f], several.values[f]) for f in ("t", "g"))


@pytest.mark.parametrize("jitter", [0.0, 20.0])
def test_small_layers_use_columns_unless_units_may_overlap(processing_registry, tmp_path, monkeypatch, jitter):
    """Up to OVERLAP_CHECK_MAX units the overlap check runs: from the columns when their convex rings
    provably do not overlap (no feature read for the geometries), else from the geometries, which name
    the overlapping units. Rows equal to the feature-by-feature reading either way."""
    from milieu_atlas_plugin.qgis_io import spatial_context as sc

    n = 900
    path = _grid_gpkg(tmp_path / "grid.gpkg", n, jitter)
    layer = QgsVectorLayer(path, "cells", "ogr")
    columns = read_polygon_columns(layer, ["t", "g"])
    assert columns is not None and columns.ring_npts is not None and (columns.ring_npts == 4).all()
    assert sc._columns_do_not_overlap(columns) is (jitter == 0.0)
    subset = QgsVectorLayer(path, "cells", "ogr")
    subset.setSubsetString("fid > 0")
    extra = {"INDICES": ["HSPATIAL", "ACE", "D"], "KERNEL": "gaussian", "BANDWIDTHS": "300"}
    slow = _rows(subset, tmp_path, "slow", **extra)
    calls = []
    original = sc._from_columns
    monkeypatch.setattr(sc, "_from_columns", lambda *a: calls.append(1) or original(*a))
    fast = _rows(layer, tmp_path, "fast", **extra)
    assert len(calls) == (1 if jitter == 0.0 else 0)
    assert fast.keys() == slow.keys() and len(fast) == 3
    for key, row in fast.items():
        assert float(row["value"]) == pytest.approx(float(slow[key]["value"]), rel=1e-9, abs=1e-12), key
        assert row["note"] == slow[key]["note"] and row["units"] == slow[key]["units"]
    overlapping = [r["note"] for r in fast.values() if "overlap (feature(s)" in r["note"]]
    assert len(overlapping) == (0 if jitter == 0.0 else 3)
