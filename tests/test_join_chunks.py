"""Points mode reads, locates and sums in chunks: any chunk size gives the same districts, unmatched
points and accounting; the columnar reader falling back part way starts again cleanly; share checks
name the feature in a later chunk."""
import numpy as np
import pytest
from qgis.core import QgsVectorLayer

import milieu_atlas_plugin.qgis_io.join_points as join_points
from tests.test_join_support import memory_layer, outputs, read_accounting, read_layer, run_join, square, written


def halves():
    return memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(0, 0, 100, 100), {"code": "L"}), (square(100, 0, 200, 100), {"code": "R"})])


def _gpkg(path, xs, ys, attrs, null_geometry=()):
    """Point GeoPackage (fids 1..n); attrs {field: values}; features whose index is in null_geometry have none."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    for f in attrs:
        lyr.CreateField(ogr.FieldDefn(f, ogr.OFTReal))
    for i in range(len(xs)):
        o = ogr.Feature(lyr.GetLayerDefn())
        if i not in null_geometry:
            o.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({float(xs[i])!r} {float(ys[i])!r})"))
        for f, v in attrs.items():
            o.SetField(f, float(v[i]))
        lyr.CreateFeature(o)
    ds = None
    return str(path)


def _random_points(seed, n=101):
    rng = np.random.default_rng(seed)
    xs = rng.uniform(-50, 250, n)   # some west and east of the city
    ys = rng.uniform(-10, 110, n)   # some south and north
    a = rng.integers(0, 50, n).astype(float)
    b = rng.random(n) * 10
    return xs, ys, {"a": a, "b": b}


def _expected(xs, ys, vals):
    inside_y = (ys > 0) & (ys < 100)
    left = inside_y & (xs > 0) & (xs < 100)
    right = inside_y & (xs > 100) & (xs < 200)
    return {f: (v[left].sum(), v[right].sum(), v[~(left | right)].sum()) for f, v in vals.items()}, \
        int((~(left | right)).sum())


def _run(tmp_path, source, fields, prefix, **extra):
    params = {"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": source, "MODE": "points",
              "FIELDS": fields, **outputs(tmp_path, prefix)}
    params.update(extra)
    return run_join(params)


@pytest.mark.parametrize("chunk", [1, 7, 100, 200_000])
def test_points_any_chunk_size_same_result(qgis_app, tmp_path, monkeypatch, chunk):
    xs, ys, vals = _random_points(1)
    src = _gpkg(tmp_path.parent / f"chunks_{chunk}.gpkg", xs, ys, vals)
    monkeypatch.setattr(join_points, "CHUNK", chunk)
    ok, res, fb = _run(tmp_path, src, ["a", "b"], "c")
    assert ok, fb.errors
    (exp, n_out) = _expected(xs, ys, vals)
    got = read_layer(res["OUTPUT"], "code", ["a", "b"])
    acc = read_accounting(res["ACCOUNTING"])
    for f in ("a", "b"):
        assert got["L"][f] == pytest.approx(exp[f][0], rel=1e-12)
        assert got["R"][f] == pytest.approx(exp[f][1], rel=1e-12)
        assert acc[f]["unmatched_total"] == pytest.approx(exp[f][2], rel=1e-12, abs=1e-12)
        assert acc[f]["source_total"] == pytest.approx(vals[f].sum(), rel=1e-12)
    assert res["UNMATCHED_COUNT"] == n_out
    un = list(QgsVectorLayer(res["UNMATCHED"], "u", "ogr").getFeatures())
    inside = ((ys > 0) & (ys < 100)) & (((xs > 0) & (xs < 100)) | ((xs > 100) & (xs < 200)))
    assert sorted(f["source_fid"] for f in un) == [int(i) + 1 for i in np.nonzero(~inside)[0]]
    assert "Arrow" in fb.log and f"chunks of {chunk:,}" in fb.log


def test_columnar_reader_falling_back_part_way_starts_again(qgis_app, tmp_path, monkeypatch):
    """A point without geometry in the third chunk stops the columnar reader after two chunks were summed;
    the join starts again feature by feature and counts nothing twice."""
    xs = np.array([10.5, 20.5, 150.5, 160.5, 30.5, 170.5, 40.5, 180.5, 50.5, 60.5])
    ys = np.full(10, 50.5)
    vals = {"a": np.arange(1, 11, dtype=float)}
    src = _gpkg(tmp_path.parent / "nullgeom.gpkg", xs, ys, vals, null_geometry={8})
    monkeypatch.setattr(join_points, "CHUNK", 4)
    ok, res, fb = _run(tmp_path, src, ["a"], "f")
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["a"])
    assert got["L"]["a"] == 1 + 2 + 5 + 7 + 10 and got["R"]["a"] == 3 + 4 + 6 + 8
    acc = read_accounting(res["ACCOUNTING"])["a"]
    assert (acc["source_total"], acc["district_total"], acc["unmatched_total"]) == (55, 46, 9)
    un = list(QgsVectorLayer(res["UNMATCHED"], "u", "ogr").getFeatures())
    assert [(f["source_fid"], f["reason"], f["a"]) for f in un] == [(9, "no geometry", 9)]
    assert "feature by feature" in fb.log


def test_share_error_in_a_later_chunk_names_the_feature(qgis_app, tmp_path, monkeypatch):
    xs = np.linspace(10.5, 190.5, 10)
    ys = np.full(10, 50.5)
    share = np.array([10, 20, 30, 40, 50, 60, 70, 80, 130, 5], dtype=float)  # feature 9: 130 %
    src = _gpkg(tmp_path.parent / "shares_bad.gpkg", xs, ys, {"tot": np.full(10, 10.0), "s": share})
    monkeypatch.setattr(join_points, "CHUNK", 3)
    ok, res, fb = _run(tmp_path, src, ["s"], "s", TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True)
    assert not ok
    msg = " ".join(fb.errors)
    assert "over 100 %" in msg and "feature 9" in msg and "field 's'" in msg
    assert written(tmp_path) == []


def test_shares_chunked_equal_unchunked(qgis_app, tmp_path, monkeypatch):
    xs, ys, _ = _random_points(2, n=40)
    rng = np.random.default_rng(3)
    tot = rng.integers(1, 100, xs.size).astype(float)
    s = rng.random(xs.size) * 100          # percent
    src = _gpkg(tmp_path.parent / "shares_ok.gpkg", xs, ys, {"tot": tot, "s": s})
    results = []
    for chunk, prefix in ((5, "c5"), (200_000, "cbig")):
        monkeypatch.setattr(join_points, "CHUNK", chunk)
        ok, res, fb = _run(tmp_path, src, ["s"], prefix, TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True)
        assert ok, fb.errors
        assert "are percent of 'tot'" in fb.log
        results.append((read_layer(res["OUTPUT"], "code", ["s_count", "tot"]), read_accounting(res["ACCOUNTING"])))
    (g1, a1), (g2, a2) = results
    (exp, _) = _expected(xs, ys, {"s_count": s / 100 * tot, "tot": tot})
    for g, a in results:
        for f in ("s_count", "tot"):
            assert g["L"][f] == pytest.approx(exp[f][0], rel=1e-12)
            assert g["R"][f] == pytest.approx(exp[f][1], rel=1e-12)
            assert a[f]["unmatched_total"] == pytest.approx(exp[f][2], rel=1e-12)
