"""Conservation as a property: whatever the geometry, Σ districts + Σ unmatched = Σ source per field,
read back from the written outputs (not from the algorithm's own accounting)."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsVectorLayer

from tests.test_join_support import memory_layer, read_accounting, run_join, square

coord = st.integers(min_value=-20, max_value=120)


@st.composite
def grid_districts(draw):
    xs = sorted(set(draw(st.lists(st.integers(0, 100), min_size=2, max_size=5)) + [0, 100]))
    ys = sorted(set(draw(st.lists(st.integers(0, 100), min_size=2, max_size=5)) + [0, 100]))
    cells = [(xs[i], ys[j], xs[i + 1], ys[j + 1]) for i in range(len(xs) - 1) for j in range(len(ys) - 1)]
    drop = draw(st.sets(st.integers(0, len(cells) - 1), max_size=max(0, len(cells) - 1)))  # holes in the city
    return xs, ys, [c for k, c in enumerate(cells) if k not in drop]


def _written_sums(res, fields):
    out = QgsVectorLayer(res["OUTPUT"], "o", "ogr")
    un = QgsVectorLayer(res["UNMATCHED"], "u", "ogr")
    d = {f: sum((ft[f] or 0.0) for ft in out.getFeatures()) for f in fields}
    u = {f: sum((ft[f] or 0.0) for ft in un.getFeatures()) for f in fields}
    return d, u


def _check(res, fields, src_totals):
    d, u = _written_sums(res, fields)
    acc = read_accounting(res["ACCOUNTING"])
    for f in fields:
        scale = max(1.0, abs(src_totals[f]))
        assert abs(d[f] + u[f] - src_totals[f]) <= 1e-9 * scale, (f, d[f], u[f], src_totals[f])
        assert abs(acc[f]["district_total"] - d[f]) <= 1e-9 * scale
        assert abs(acc[f]["unmatched_total"] - u[f]) <= 1e-9 * scale
        assert acc[f]["source_total"] == src_totals[f] or abs(acc[f]["source_total"] - src_totals[f]) <= 1e-9 * scale


def _districts(cells):
    return memory_layer("Polygon", "EPSG:25833", ["code:string"],
                        [(square(*c), {"code": f"d{k}"}) for k, c in enumerate(cells)])


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(grid=grid_districts(),
       rects=st.lists(st.tuples(coord, coord, st.integers(1, 60), st.integers(1, 60),
                                st.floats(0, 1e6, allow_nan=False), st.integers(0, 1000)), min_size=1, max_size=8))
def test_areal_conserves_every_field(qgis_app, grid, rects):
    xs, ys, cells = grid
    src = memory_layer("Polygon", "EPSG:25833", ["a:double", "b:double"],
                       [(square(x, y, x + w, y + h), {"a": a, "b": b}) for x, y, w, h, a, b in rects])
    totals = {"a": sum(r[4] for r in rects), "b": float(sum(r[5] for r in rects))}
    overlaps = any(x < 100 and x + w > 0 and y < 100 and y + h > 0 for x, y, w, h, _, _ in rects)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        params = {"DISTRICTS": _districts(cells), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "areal",
                  "FIELDS": ["a", "b"], "OUTPUT": str(tmp / "o.gpkg"), "UNMATCHED": str(tmp / "u.gpkg"),
                  "ACCOUNTING": str(tmp / "a.csv")}
        ok, res, fb = run_join(params)
        if not ok:
            # the only refusal allowed here: no source polygon touches any district
            assert "overlaps a district" in " ".join(fb.errors), fb.errors
            assert not any(
                min(x + w, c[2]) > max(x, c[0]) and min(y + h, c[3]) > max(y, c[1])
                for x, y, w, h, _, _ in rects for c in cells)
            return
        assert overlaps
        _check(res, ["a", "b"], totals)


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(grid=grid_districts(), data=st.data())
def test_points_conserve_and_count_boundary_points_once(qgis_app, grid, data):
    xs, ys, cells = grid
    # many points exactly on grid lines and corners, some anywhere
    on_x = st.sampled_from(xs)
    on_y = st.sampled_from(ys)
    px = st.one_of(on_x, st.integers(-10, 110))
    py = st.one_of(on_y, st.integers(-10, 110))
    pts = data.draw(st.lists(st.tuples(px, py, st.integers(0, 100)), min_size=1, max_size=30))
    layer = memory_layer("Point", "EPSG:25833", ["n:double"], [(f"POINT({x} {y})", {"n": n}) for x, y, n in pts])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        params = {"DISTRICTS": _districts(cells), "DISTRICT_KEY": "code", "SOURCE": layer, "MODE": "points",
                  "FIELDS": ["n"], "OUTPUT": str(tmp / "o.gpkg"), "UNMATCHED": str(tmp / "u.gpkg"),
                  "ACCOUNTING": str(tmp / "a.csv")}
        ok, res, fb = run_join(params)
        # the half-open rule: a point belongs to the cell [x0, x1) x [y0, y1) of the grid, if that cell exists;
        # a point on an east/north edge with no cell beyond it (the outer boundary) belongs to the cell it lies
        # on: the first cell containing it moved a hair west, south, or both
        def owner(x, y):
            for dx, dy in ((0, 0), (1e-6, 0), (0, 1e-6), (1e-6, 1e-6)):
                for k, c in enumerate(cells):
                    if c[0] <= x - dx < c[2] and c[1] <= y - dy < c[3]:
                        return k
            return None

        expected = {}
        for x, y, n in pts:
            k = owner(x, y)
            if k is not None:
                expected[f"d{k}"] = expected.get(f"d{k}", 0) + n
        if not ok:
            assert "No point" in " ".join(fb.errors) and not expected
            return
        _check(res, ["n"], {"n": float(sum(n for _, _, n in pts))})
        got = {ft["code"]: ft["n"] for ft in QgsVectorLayer(res["OUTPUT"], "o", "ogr").getFeatures()}
        assert {k: v for k, v in got.items() if v} == {k: v for k, v in expected.items() if v}
