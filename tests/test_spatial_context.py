"""Polygons → neighbour structures for the spatial indices, checked on grids known by hand."""
import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from milieu_atlas_plugin.qgis_io.spatial_context import spatial_context

from .conftest import PLR_SHP


def grid_layer(crs="EPSG:25833", size=100.0, n=3, origin=(400000.0, 5800000.0), order=None):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "grid", "memory")
    cells = [(r, c) for r in range(n) for c in range(n)]
    if order is not None:
        cells = [cells[i] for i in order]
    feats = []
    for r, c in cells:
        x, y = origin[0] + c * size, origin[1] + r * size
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} {y},{x+size} {y},{x+size} {y+size},{x} {y+size},{x} {y}))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_three_by_three_grid(qgis_app):
    ctx = spatial_context(grid_layer())
    degree = np.asarray(ctx.contiguity.sum(axis=1)).ravel()
    # corners 3 queen neighbours, edges 5, centre 8
    assert degree.tolist() == [3, 5, 3, 5, 8, 5, 3, 5, 3]
    assert (ctx.contiguity != ctx.contiguity.T).nnz == 0
    assert ctx.contiguity.diagonal().sum() == 0
    rook = ctx.shared_boundary.toarray()
    assert rook[4, 1] == pytest.approx(100.0, abs=0.05)
    assert rook[4, 0] == 0.0  # corner contact has no shared length
    assert (rook > 0).sum(axis=1).tolist() == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert ctx.areas == pytest.approx(np.full(9, 10000.0))
    assert ctx.perimeters == pytest.approx(np.full(9, 400.0))
    assert ctx.centroids[4] == pytest.approx([400150.0, 5800150.0])
    assert ctx.note == ""


def test_geographic_layer_is_reprojected_and_says_so(qgis_app):
    ctx = spatial_context(grid_layer(crs="EPSG:4326", size=0.01, origin=(13.4, 52.5)))
    assert "EPSG:4326" in ctx.note and "EPSG:25833" in ctx.note
    # 0.01° × 0.01° at 52.5° N is about 1113 m × 678 m
    assert ctx.areas[0] == pytest.approx(1113.2 * 678.0, rel=0.01)


def test_berlin_planungsraeume_are_all_connected(qgis_app):
    from scipy.sparse.csgraph import connected_components

    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    ctx = spatial_context(layer)
    assert ctx.contiguity.shape == (542, 542)
    n_comp, _ = connected_components(ctx.contiguity, directed=False)
    assert n_comp == 1
    degree = np.asarray(ctx.contiguity.sum(axis=1)).ravel()
    assert degree.min() >= 1 and 4 <= degree.mean() <= 8
    assert ctx.areas.sum() == pytest.approx(891.1e6, rel=0.01)  # Berlin is about 891 km²


def test_berlin_neighbours_match_libpysal(qgis_app):
    """Queen pairs and shared boundary lengths against libpysal/shapely 2 (the PySAL oracle fixture),
    and the spatial indices computed from our adapter against PySAL's values."""
    import json

    from milieu_atlas_plugin.core.catalogue import compute_indices
    from milieu_atlas_plugin.qgis_io.read import key_field

    from .conftest import ROOT

    oracle = json.loads((ROOT / "tests/core/data/pysal_oracle_berlin.json").read_text())
    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    _, keys = key_field(layer, "PLR_ID")
    ctx = spatial_context(layer)
    pos = {k: i for i, k in enumerate(keys)}
    order = np.array([pos[u.lstrip("0")] for u in oracle["units"]])
    n = len(order)
    ours = ctx.contiguity[order][:, order]
    qi, qj = oracle["queen"]
    theirs = {(a, b) for a, b in zip(qi, qj)}
    ours_pairs = set(zip(*ours.nonzero()))
    assert ours_pairs == theirs
    bi, bj, bl = oracle["boundary"]
    ours_b = ctx.shared_boundary[order][:, order].toarray()
    theirs_b = np.zeros((n, n))
    theirs_b[bi, bj] = bl
    assert ours_b == pytest.approx(theirs_b, abs=0.5)  # metres, on boundaries of kilometres
    assert ctx.areas[order] == pytest.approx(np.array(oracle["areas"]), rel=1e-9)
    assert ctx.perimeters[order] == pytest.approx(np.array(oracle["perimeters"]), rel=1e-9)
    assert ctx.centroids[order] == pytest.approx(np.array(oracle["centroids"]), abs=1e-6)
    rows = compute_indices(np.array(oracle["total"]), {"mh": np.array(oracle["mh"])},
                           codes=["DADJ", "DW", "DS"], spatial=type(ctx)(
                               centroids=ctx.centroids[order], areas=ctx.areas[order],
                               perimeters=ctx.perimeters[order], contiguity=ours,
                               shared_boundary=ctx.shared_boundary[order][:, order]))
    for r in rows:
        assert r.value == pytest.approx(oracle["values"][r.index], rel=1e-5), r.index


def polygon_layer(wkts, crs="EPSG:25833"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}", "polygons", "memory")
    feats = []
    for w in wkts:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(w))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def box_wkt(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def assert_same_neighbours(fast, geos, abs_length=0.05):
    """Identical queen pairs and rook pairs; lengths equal up to the GEOS buffer's own bias
    (the GEOS path measures a strip SNAP_TOLERANCE wide, so it reads up to ~1 cm long per piece)."""
    assert set(zip(*fast.contiguity.nonzero())) == set(zip(*geos.contiguity.nonzero()))
    assert set(zip(*fast.shared_boundary.nonzero())) == set(zip(*geos.shared_boundary.nonzero()))
    assert fast.shared_boundary.toarray() == pytest.approx(geos.shared_boundary.toarray(), abs=abs_length)
    assert (fast.contiguity != fast.contiguity.T).nnz == 0
    assert fast.contiguity.diagonal().sum() == 0


def test_t_junction_is_found_without_a_shared_vertex(qgis_app):
    """A big square whose right edge has no vertex where the two small squares on its right meet:
    vertex hashing alone would miss both contacts."""
    x, y = 400000.0, 5800000.0
    layer = polygon_layer([
        box_wkt(x, y, x + 200, y + 200),          # big: corners only
        box_wkt(x + 200, y, x + 300, y + 100),    # small, bottom
        box_wkt(x + 200, y + 100, x + 300, y + 200),  # small, top; corner (200, 100) on big's edge
        box_wkt(x + 400, y, x + 500, y + 100),    # far away
    ])
    for fast in (True, False):
        ctx = spatial_context(layer, fast=fast)
        queen = ctx.contiguity.toarray()
        assert queen.tolist() == [[0, 1, 1, 0], [1, 0, 1, 0], [1, 1, 0, 0], [0, 0, 0, 0]]
        rook = ctx.shared_boundary.toarray()
        expected = np.array([[0, 100, 100, 0], [100, 0, 100, 0], [100, 100, 0, 0], [0, 0, 0, 0]], float)
        assert rook == pytest.approx(expected, abs=0.02)


def test_t_junction_corner_only_contact(qgis_app):
    """A small square touching a big square's edge at a single corner point (no vertex of the big
    square there) is a queen neighbour with no shared length."""
    x, y = 400000.0, 5800000.0
    layer = polygon_layer([box_wkt(x, y, x + 200, y + 200),
                           box_wkt(x + 200, y + 200, x + 300, y + 300),   # shares big's corner
                           box_wkt(x + 100, y - 100, x + 150, y - 50)])  # 50 m below: not touching
    ctx = spatial_context(layer)
    assert ctx.contiguity.toarray().tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 0]]
    assert ctx.shared_boundary.nnz == 0


def test_fast_path_equals_geos_path_on_berlin(qgis_app):
    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    # On Berlin's wiggly boundaries the GEOS buffer reads up to ~0.4 m long per pair (an error per
    # vertex); the fast path sums the shared edges exactly. Both stay within 0.5 m of libpysal.
    assert_same_neighbours(spatial_context(layer), spatial_context(layer, fast=False), abs_length=0.5)


def jittered_grid_wkts(n=12, size=100.0, seed=7, split=(), nudge=None):
    """A tessellation of jittered quadrilaterals sharing their vertices; cells in `split` are cut
    in two (T-junctions on the neighbours' edges); `nudge` = (cell, dx) moves that cell's copy of
    its first vertex by dx metres (a near miss within the snapping tolerance)."""
    rng = np.random.default_rng(seed)
    x0, y0 = 400000.0, 5800000.0
    px = x0 + np.arange(n + 1)[None, :] * size + rng.uniform(-30, 30, (n + 1, n + 1))
    py = y0 + np.arange(n + 1)[:, None] * size + rng.uniform(-30, 30, (n + 1, n + 1))
    px[:, 0], px[:, -1] = x0, x0 + n * size
    py[0, :], py[-1, :] = y0, y0 + n * size
    wkts = []
    for r in range(n):
        for c in range(n):
            corners = [(px[r, c], py[r, c]), (px[r, c + 1], py[r, c + 1]),
                       (px[r + 1, c + 1], py[r + 1, c + 1]), (px[r + 1, c], py[r + 1, c])]
            k = r * n + c
            if nudge is not None and nudge[0] == k:
                corners[0] = (corners[0][0] + nudge[1], corners[0][1])
            if k in split:
                (ax, ay), (bx, by), (cx, cy), (dx, dy) = corners
                m1 = ((ax + bx) / 2, (ay + by) / 2)
                m2 = ((cx + dx) / 2, (cy + dy) / 2)
                parts = [[corners[0], m1, m2, corners[3]], [m1, corners[1], corners[2], m2]]
            else:
                parts = [corners]
            for p in parts:
                ring = ",".join(f"{float(x)!r} {float(y)!r}" for x, y in p + [p[0]])
                wkts.append(f"POLYGON(({ring}))")
    return wkts


@pytest.mark.parametrize("options", [{}, {"split": (17, 40, 41, 100)}, {"nudge": (50, 0.004)},
                                     {"nudge": (50, 0.05)}, {"seed": 3, "split": (5,), "nudge": (77, -0.006)}])
def test_fast_path_equals_geos_path_on_a_jittered_tessellation(qgis_app, options):
    layer = polygon_layer(jittered_grid_wkts(**options))
    fast, geos = spatial_context(layer), spatial_context(layer, fast=False)
    assert_same_neighbours(fast, geos)
    if not options:
        degree = np.asarray(fast.contiguity.sum(axis=1)).ravel()
        assert degree.min() == 3 and degree.max() == 8
