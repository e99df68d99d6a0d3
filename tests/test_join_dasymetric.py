"""Dasymetric mode, vectorised: districts and sources rasterised once on the raster's grid, masses by
cell centre. Expectations are computed by hand from the cell centres; overlapping sources keep every cell
whose centre they hold; conservation to 1e-9."""
import numpy as np
import pytest

from tests.test_join_spatial import _raster, halves
from tests.test_join_support import memory_layer, outputs, read_accounting, read_layer, run_join, square


def _join(tmp_path, source, ras, fields=("n",)):
    ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": source, "MODE": "dasymetric",
                            "FIELDS": list(fields), "WEIGHT_RASTER": ras, **outputs(tmp_path)})
    assert ok, fb.errors
    return res, fb


def test_overlapping_sources_each_keep_their_cells(qgis_app, tmp_path):
    # 50 m cells, centres x = 25, 75, 125, 175; columns weigh 3, 5, 1, 1 (two rows)
    ras = _raster(tmp_path.parent / "dasy_overlap.tif", [[3, 5, 1, 1], [3, 5, 1, 1]], 0, 0, 50)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [
        (square(0, 0, 200, 100), {"n": 100}),    # A: L mass (3+5)*2 = 16, R mass (1+1)*2 = 4 → 80 / 20
        (square(50, 0, 150, 100), {"n": 40})])   # B, inside A: L mass 5*2 = 10, R mass 1*2 = 2 → 100/3 / 20/3
    res, fb = _join(tmp_path, src, ras)
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(80 + 100 / 3, rel=1e-12)
    assert got["R"]["n"] == pytest.approx(20 + 20 / 3, rel=1e-12)
    assert "cell-centre" in fb.log and "2 source polygons that share cell centres" in fb.log


def test_many_sources_by_hand_from_cell_centres(qgis_app, tmp_path):
    rng = np.random.default_rng(7)
    cell = 25.0
    vals = rng.integers(1, 9, (4, 8)).astype(float)      # rows from the top: row 0 is y 75-100
    vals[2:, 0:2] = 0.0                                  # S1 (0-50 x 0-50) has no mass → area weights
    ras = _raster(tmp_path.parent / "dasy_many.tif", vals, 0, 0, cell)
    rects = [(0, 0, 50, 50), (0, 50, 60, 100), (50, 0, 130, 50), (60, 50, 130, 100), (130, 0, 200, 100),
             (190, 20, 260, 80)]                         # the last one reaches outside the city and the raster
    n = [11.0, 23.0, 37.0, 41.0, 53.0, 67.0]
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"],
                       [(square(*r), {"n": v}) for r, v in zip(rects, n)])
    res, fb = _join(tmp_path, src, ras)

    # by hand: a cell counts for the source and the district holding its centre
    cx = cell * (np.arange(8) + 0.5)
    cy = 100 - cell * (np.arange(4) + 0.5)
    X, Y = np.meshgrid(cx, cy)
    exp = {"L": 0.0, "R": 0.0}
    unmatched = 0.0
    for (x0, y0, x1, y1), v in zip(rects, n):
        inside = (X > x0) & (X < x1) & (Y > y0) & (Y < y1)
        mass = vals[inside].sum()
        if mass == 0:
            # S1 (zeros) and the last source (no cell centre inside it: x 190-260 holds none of the centres,
            # the last being 187.5) fall back to area weights
            area = (x1 - x0) * (y1 - y0)
            in_l = max(0, min(x1, 100) - max(x0, 0)) * (min(y1, 100) - max(y0, 0))
            in_r = max(0, min(x1, 200) - max(x0, 100)) * (min(y1, 100) - max(y0, 0))
            exp["L"] += v * in_l / area
            exp["R"] += v * in_r / area
            unmatched += v * (area - in_l - in_r) / area
            continue
        exp["L"] += v * vals[inside & (X < 100)].sum() / mass
        exp["R"] += v * vals[inside & (X > 100)].sum() / mass
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(exp["L"], rel=1e-12)
    assert got["R"]["n"] == pytest.approx(exp["R"], rel=1e-12)
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert acc["source_total"] == sum(n)
    assert abs(acc["district_total"] + acc["unmatched_total"] - sum(n)) <= 1e-9 * sum(n)
    assert acc["unmatched_total"] == pytest.approx(unmatched, abs=1e-9)
    assert unmatched == pytest.approx(67 * 60 / 70)
    assert "2 source polygons have no raster mass" in fb.log and "cell-centre" in fb.log
    assert "share cell centres" not in fb.log


def test_vectorised_equals_one_by_one(qgis_app, tmp_path, monkeypatch):
    """The same blocks weighed with the one-by-one path (every source forced onto it) give the same pieces."""
    from milieu_atlas_plugin.qgis_io import join_raster

    rng = np.random.default_rng(11)
    vals = rng.gamma(2.0, 1.0, (20, 40)) * (rng.random((20, 40)) > 0.3)
    # 6 m cells from an origin no source edge is a whole number of cells from: no cell centre lies exactly
    # on an edge (there GDAL's fill rule decides, and may decide by the window's origin)
    ras = _raster(tmp_path.parent / "dasy_equal.tif", vals, -20.37, -50.29, 6)
    rows = []
    for i in range(12):
        for j in range(5):
            x0, y0 = -10 + 19 * i, -30 + 27 * j
            rows.append((square(x0, y0, x0 + 19, y0 + 27), {"n": float(rng.integers(0, 100))}))
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], rows)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    res_a, _ = _join(tmp_path / "a", src, ras)
    monkeypatch.setattr(join_raster.RasterMass, "_sources_on_shared_cells",
                        staticmethod(lambda multi, windows: np.ones(len(windows), dtype=bool)))
    res_b, fb_b = _join(tmp_path / "b", src, ras)
    assert "weighed one by one" in fb_b.log
    a = read_layer(res_a["OUTPUT"], "code", ["n"])
    b = read_layer(res_b["OUTPUT"], "code", ["n"])
    for k in ("L", "R"):
        assert a[k]["n"] == pytest.approx(b[k]["n"], rel=1e-12)
    acc_a, acc_b = read_accounting(res_a["ACCOUNTING"])["n"], read_accounting(res_b["ACCOUNTING"])["n"]
    assert acc_a["unmatched_total"] == pytest.approx(acc_b["unmatched_total"], rel=1e-12, abs=1e-9)
