"""Spatial indices: hand-made cases, a dense textbook reference for the sparse kernels, identities."""
import numpy as np
import pytest
import scipy.sparse as sp

from milieu_atlas_plugin.core import twogroup as tg
from milieu_atlas_plugin.core.catalogue import SpatialContext, compute_indices
from milieu_atlas_plugin.core.kernel import UnitKernel
from milieu_atlas_plugin.core.spatial import SpatialEngine
from milieu_atlas_plugin.errors import InputError

from .grids import grid_context


def _value(t, x, ctx, code, **kw):
    rows = compute_indices(np.asarray(t, float), {"g": np.asarray(x, float)}, codes=[code], spatial=ctx, **kw)
    assert len(rows) == 1
    return rows[0].value


def _row_context(areas, spacing=1000.0):
    """Units on a line, consecutive ones touching (boundary 100 m)."""
    n = len(areas)
    cent = np.column_stack([np.arange(n) * spacing, np.zeros(n)])
    i = np.arange(n - 1)
    adj = sp.csr_matrix((np.ones(2 * (n - 1)), (np.r_[i, i + 1], np.r_[i + 1, i])), shape=(n, n))
    return SpatialContext(cent, np.asarray(areas, float), 4 * np.sqrt(np.asarray(areas, float)), adj, 100.0 * adj)


def test_dadj_hand_computed_chain():
    ctx = _row_context([1e6, 1e6, 1e6])
    # D = 1; pairs (0,1): |1 - 0| = 1, (1,2): 0 -> D(adj) = 1 - 1/2
    assert _value([10, 10, 10], [10, 0, 0], ctx, "DADJ") == pytest.approx(0.5)
    assert _value([10, 10, 10], [10, 0, 0], ctx, "DW") == pytest.approx(0.5)  # equal boundaries
    # DS: equal perimeter/area ratios -> the extra term is 1
    assert _value([10, 10, 10], [10, 0, 0], ctx, "DS") == pytest.approx(0.5)


def test_concentration_extremes():
    areas = [1e5, 2e5, 4e5, 8e5, 16e5]
    ctx = _row_context(areas)
    t = [10, 10, 10, 10, 10]
    # group in the two smallest units: maximal absolute and relative concentration
    assert _value(t, [10, 10, 0, 0, 0], ctx, "ACO") == pytest.approx(1.0)
    assert _value(t, [10, 10, 0, 0, 0], ctx, "RCO") == pytest.approx(1.0)
    # group in the two largest units: ACO = 0, RCO negative (the rest is the concentrated one)
    assert _value(t, [0, 0, 0, 10, 10], ctx, "ACO") == pytest.approx(0.0, abs=1e-12)
    assert _value(t, [0, 0, 0, 10, 10], ctx, "RCO") < 0
    # group spread like the land area: Delta = 0
    a = np.array(areas)
    assert _value(a / 1e4, a / 1e5, ctx, "DELTA") == pytest.approx(0.0, abs=1e-12)
    # group only in the smallest unit: Delta = 1 - a_0/A
    assert _value(t, [10, 0, 0, 0, 0], ctx, "DELTA") == pytest.approx(1 - a[0] / a.sum())


def test_centralisation_hand_cases():
    ctx = _row_context([1e6] * 5)
    t = [10, 10, 10, 10, 10]
    centre = (0.0, 0.0)  # unit 0 is the centre, distance grows with the index
    # group entirely in the central unit: ACE = 1 - a_0/A ... exactly sum X_{i-1}A_i - X_i A_{i-1}
    # X = (1,1,1,1,1), A = (.2,.4,.6,.8,1): sum_{i>=2} A_i - sum_{i>=2} A_{i-1} = 1 - 0.2 = 0.8
    assert _value(t, [10, 0, 0, 0, 0], ctx, "ACE", centre=centre) == pytest.approx(0.8)
    # evenly spread in proportion to area: 0
    assert _value(t, [5, 5, 5, 5, 5], ctx, "ACE", centre=centre) == pytest.approx(0.0, abs=1e-12)
    assert _value(t, [5, 5, 5, 5, 5], ctx, "RCE", centre=centre) == pytest.approx(0.0, abs=1e-12)
    # RCE is antisymmetric in group and rest
    x = np.array([9, 7, 5, 2, 1.0])
    r1 = _value(t, x, ctx, "RCE", centre=centre)
    r2 = _value(t, 10 - x, ctx, "RCE", centre=centre)
    assert r1 > 0 and r1 == pytest.approx(-r2)
    # polycentric: two centres at both ends, group at both ends -> more central than with one
    poly = _value(t, [10, 0, 0, 0, 10], ctx, "ACE", centre=np.array([[0.0, 0.0], [4000.0, 0.0]]))
    mono = _value(t, [10, 0, 0, 0, 10], ctx, "ACE", centre=centre)
    assert poly > mono


def test_centralisation_ties_at_equal_distance_form_one_step():
    # units 0 and 2 are both 1 km from the centre at unit 1: their order must not matter
    ctx = _row_context([1e6] * 3)
    a = _value([10, 10, 10], [2, 5, 9], ctx, "ACE", centre=(1000.0, 0.0))
    b = _value([10, 10, 10], [9, 5, 2], ctx, "ACE", centre=(1000.0, 0.0))
    assert a == pytest.approx(b, rel=1e-12)
    # by hand: steps (centre unit, both others): X = (5/16, 1), A = (1/3, 1)
    assert a == pytest.approx(5 / 16 * 1 - 1 * 1 / 3)


def _dense_reference(ctx, x, t, s=1000.0):
    """The textbook formulas with a full exp(-d/s) matrix (only for small n)."""
    c = ctx.centroids
    d = np.sqrt(((c[:, None, :] - c[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.sqrt(0.6 * ctx.areas))
    C = np.exp(-d / s)
    y = t - x
    X, Y, T, n = x.sum(), y.sum(), t.sum(), len(t)
    acl = ((x / X * (C @ x)).sum() - X / n**2 * C.sum()) / ((x / X * (C @ t)).sum() - X / n**2 * C.sum())
    pxx, pyy, ptt = x @ C @ x / X**2, y @ C @ y / Y**2, t @ C @ t / T**2
    K = C * t[None, :] / (C @ t)[:, None]
    return {"ACL": acl, "SP": (X * pxx + Y * pyy) / (T * ptt), "RCL": pxx / pyy - 1,
            "DDXPX": (x / X * (K @ (x / t))).sum(), "DDXPY": (x / X * (K @ (y / t))).sum()}


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sparse_kernel_indices_match_dense_textbook(seed):
    rng = np.random.default_rng(seed)
    ctx = grid_context(12, 15, cell=400.0)
    n = 180
    t = rng.integers(20, 400, n).astype(float)
    x = np.floor(t * rng.beta(1, 3, n))
    ref = _dense_reference(ctx, x, t)
    for code, expected in ref.items():
        got = _value(t, x, ctx, code, kernel_tol=1e-300)  # no truncation
        assert got == pytest.approx(expected, rel=1e-10), code
        got = _value(t, x, ctx, code)  # default truncation at exp(-d) < 1e-6
        assert got == pytest.approx(expected, rel=1e-4), code


def test_unit_kernel_matches_dense_within_radius():
    rng = np.random.default_rng(4)
    pts = rng.uniform(0, 5000, (300, 2))
    pts[5] = pts[6]  # two coincident points must still be linked
    d = np.sqrt(((pts[:, None] - pts[None]) ** 2).sum(-1))
    dense = np.where(d <= 1500.0, np.exp(-d / 1000.0), 0.0)
    v = rng.random((300, 3))
    for method in ("exact", "auto"):
        K = UnitKernel(pts, lambda r: np.exp(-r / 1000.0), 1500.0, scale=1000.0, method=method,
                       block_pairs=700)
        assert K.method == "exact-tree"
        np.testing.assert_allclose(K.apply(v), dense @ v, rtol=1e-12)
        e = np.zeros(300)
        e[6] = 1.0
        assert K.apply(e)[5] == 1.0


def test_even_distribution_reference_values():
    ctx = grid_context(8, 9, cell=300.0)
    rng = np.random.default_rng(9)
    t = rng.integers(10, 100, 72).astype(float) * 4
    x = 0.25 * t
    assert _value(t, x, ctx, "SP") == pytest.approx(1.0)
    assert _value(t, x, ctx, "RCL") == pytest.approx(0.0, abs=1e-12)
    assert _value(t, x, ctx, "DDXPX") == pytest.approx(0.25)
    assert _value(t, x, ctx, "DDXPY") == pytest.approx(0.75)
    assert _value(t, x, ctx, "HSPATIAL") == pytest.approx(0.0, abs=1e-12)
    assert _value(t, x, ctx, "DADJ") == pytest.approx(0.0, abs=1e-12)


def test_hspatial_extremes():
    ctx = grid_context(6, 6, cell=500.0)
    t = np.full(36, 100.0)
    x = np.where(np.arange(36) % 6 < 3, 100.0, 0.0)  # left half all group, right half none
    # bandwidth below the cell spacing: each local environment is the unit itself -> H~ = H = 1
    assert _value(t, x, ctx, "HSPATIAL", bandwidth=100.0) == pytest.approx(1.0)
    # uniform kernel wider than the whole region: every environment is the city -> 0
    assert _value(t, x, ctx, "HSPATIAL", bandwidth=1e5, kernel="uniform") == pytest.approx(0.0, abs=1e-12)
    # multiscalar profile: one row per bandwidth, decreasing with the bandwidth
    rows = compute_indices(t, {"g": x}, codes=["HSPATIAL"], spatial=ctx, bandwidth=[600, 1200, 2400])
    vals = [r.value for r in rows]
    assert len(rows) == 3 and vals[0] > vals[1] > vals[2]
    assert "bandwidth 1200 m" in rows[1].note


def test_unit_order_invariance_of_all_spatial_codes():
    ctx = grid_context(7, 8, cell=350.0)
    rng = np.random.default_rng(11)
    n = 56
    t = rng.integers(20, 300, n).astype(float)
    x = np.floor(t * rng.random(n))
    ctx.areas = ctx.areas * rng.uniform(0.5, 2.0, n)  # unequal areas so ACO/RCO are defined
    perm = rng.permutation(n)
    pctx = SpatialContext(ctx.centroids[perm], ctx.areas[perm], ctx.perimeters[perm],
                          ctx.contiguity[perm][:, perm], ctx.shared_boundary[perm][:, perm])
    a = compute_indices(t, {"g": x}, spatial=ctx, codes=None)
    b = compute_indices(t[perm], {"g": x[perm]}, spatial=pctx, codes=None)
    assert len(a) == 21
    for r, q in zip(a, b):
        assert r.index == q.index
        assert np.isfinite(r.value), r.index
        assert q.value == pytest.approx(r.value, rel=1e-9, abs=1e-12), r.index


def test_zero_population_units_are_dropped_from_geometry_too():
    ctx = _row_context([1e6] * 4)
    # unit 1 is empty: without it, units 0 and 2 are not neighbours any more
    v = _value([10, 0, 10, 10], [10, 0, 0, 0], ctx, "DADJ")
    assert v == pytest.approx(tg.dissimilarity(np.array([10.0, 0, 0]), np.array([10.0, 10, 10])))


def test_equal_areas_make_aco_undefined_with_note():
    ctx = grid_context(3, 3)
    rows = compute_indices(np.full(9, 10.0), {"g": np.arange(9.0)}, codes=["ACO"], spatial=ctx)
    assert np.isnan(rows[0].value) and "undefined" in rows[0].note


def test_spatial_bad_input():
    ctx = grid_context(2, 2)
    with pytest.raises(InputError, match="centroids"):
        compute_indices(np.full(3, 10.0), {"g": [1, 2, 3]}, spatial=ctx)
    bad = grid_context(2, 2)
    bad.centroids = bad.centroids.copy()
    bad.centroids[2] = np.nan
    with pytest.raises(InputError) as exc:
        compute_indices(np.full(4, 10.0), {"g": [1, 2, 3, 4]}, spatial=bad)
    assert exc.value.unit == 2
    iso = _row_context([1e6, 1e6])
    iso.contiguity = sp.csr_matrix((2, 2))
    with pytest.raises(InputError, match="touch"):
        compute_indices([10, 10], {"g": [1, 9]}, spatial=iso, codes=["DADJ"])
    with pytest.raises(InputError, match="bandwidth"):
        compute_indices([10, 10], {"g": [1, 9]}, spatial=iso, codes=["HSPATIAL"], bandwidth=-5)
    with pytest.raises(InputError, match="kernel"):
        compute_indices([10, 10], {"g": [1, 9]}, spatial=iso, codes=["HSPATIAL"], kernel="box")


def test_spatial_note_is_carried(tmp_path):
    ctx = grid_context(3, 3)
    ctx.note = "reprojected from EPSG:4326 to EPSG:25833"
    rows = compute_indices(np.full(9, 10.0), {"g": np.arange(9.0)}, codes=["D", "SP"], spatial=ctx)
    assert all("EPSG:25833" in r.note for r in rows)
    assert "exp(-d_ij/1 km)" in rows[1].note


def test_engine_replicate_columns_match_single_calls():
    ctx = grid_context(5, 6, cell=300.0)
    ctx.areas = ctx.areas * np.linspace(0.5, 2, 30)
    rng = np.random.default_rng(12)
    t = rng.integers(20, 300, 30).astype(float)
    xs = np.column_stack([np.floor(t * rng.random(30)) for _ in range(3)])
    eng = SpatialEngine(ctx, t)
    for code in ("DELTA", "ACO", "RCO", "ACE", "RCE", "ACL", "RCL", "SP", "DADJ", "DW", "DS",
                 "DDXPX", "DDXPY", "HSPATIAL"):
        for _, fn, _ in eng.functions(code):
            cols = np.asarray(fn(xs, t))
            for j in range(3):
                assert cols[j] == pytest.approx(float(fn(xs[:, j], t)), rel=1e-12), code
