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
