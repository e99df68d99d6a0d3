"""The pair-free kernel engine (core.kernel.UnitKernel) behind ACL, RCL, SP, DDXPX, DDXPY and
HSPATIAL: exact paths against brute-force dense sums, block-size invariance, the grid path within
its stated error, the refusal before allocation, cancel, and no neighbour structure needed."""
from __future__ import annotations

import time
import tracemalloc

import numpy as np
import pytest
import scipy.sparse as sp

from milieu_atlas_plugin.core import kernel as K
from milieu_atlas_plugin.core import twogroup as tg
from milieu_atlas_plugin.core.catalogue import Cancelled, SpatialContext, compute_indices
from milieu_atlas_plugin.core.spatial import SpatialEngine
from milieu_atlas_plugin.errors import InputError

from .grids import grid_context

KERNEL_CODES = ("ACL", "RCL", "SP", "DDXPX", "DDXPY", "HSPATIAL")


def _random_layout(n, seed, extent=6000.0, with_neighbours=False):
    rng = np.random.default_rng(seed)
    c = rng.uniform(0, extent, (n, 2)) + (390_000.0, 5_810_000.0)
    c[3] = c[4]  # coincident centroids
    areas = rng.uniform(2e4, 3e5, n)
    nb = None
    if with_neighbours:
        nb = sp.csr_matrix((n, n))
    ctx = SpatialContext(centroids=c, areas=areas, perimeters=4 * np.sqrt(areas), contiguity=nb,
                         shared_boundary=nb)
    t = rng.integers(5, 500, n).astype(float)
    x = np.floor(t * rng.beta(0.7, 2.0, n))
    return ctx, t, x


def _profile(kernel, h, tol=1e-6):
    if kernel == "biweight":
        return h, lambda d: (1.0 - (d / h) ** 2) ** 2
    if kernel == "uniform":
        return h * (1 + 1e-12), lambda d: np.ones_like(d)
    return h * np.sqrt(-2.0 * np.log(tol)), lambda d: np.exp(-0.5 * (d / h) ** 2)


def brute_force(ctx, t, x, *, kernel="biweight", h=1000.0, s=1000.0, tol=1e-6):
    """Every index from full n x n matrices (the textbook double sums)."""
    c = ctx.centroids
    d = np.sqrt(((c[:, None, :] - c[None, :, :]) ** 2).sum(-1))
    dd = d.copy()
    np.fill_diagonal(dd, np.sqrt(0.6 * ctx.areas))
    C = np.where(d <= -np.log(tol) * s, np.exp(-dd / s), 0.0)
    np.fill_diagonal(C, np.exp(-np.sqrt(0.6 * ctx.areas) / s))
    y = t - x
    X, Y, T, n = x.sum(), y.sum(), t.sum(), len(t)
    acl = ((x / X * (C @ x)).sum() - X / n**2 * C.sum()) / ((x / X * (C @ t)).sum() - X / n**2 * C.sum())
    pxx, pyy, ptt = x @ C @ x / X**2, y @ C @ y / Y**2, t @ C @ t / T**2
    Kd = C * t[None, :] / (C @ t)[:, None]
    radius, w = _profile(kernel, h, tol)
    H = np.where(d <= radius, w(d), 0.0)
    p_local = np.clip((H @ x) / (H @ t), 0, 1)
    E = tg.binary_entropy(X / T)
    hs = 1 - (t * tg.binary_entropy(p_local)).sum() / (T * E)
    return {"ACL": acl, "SP": (X * pxx + Y * pyy) / (T * ptt), "RCL": pxx / pyy - 1,
            "DDXPX": (x / X * (Kd @ (x / t))).sum(), "DDXPY": (x / X * (Kd @ (y / t))).sum(),
            "HSPATIAL": hs}


def _values(ctx, t, x, **kw):
    rows = compute_indices(t, {"g": x}, codes=list(KERNEL_CODES), spatial=ctx, **kw)
    return {r.index: r.value for r in rows}, {r.index: r.note for r in rows}


@pytest.mark.parametrize("kernel", ["biweight", "gaussian", "uniform"])
@pytest.mark.parametrize("seed", [0, 1])
def test_exact_equals_brute_force_for_every_kernel_and_index(kernel, seed):
    ctx, t, x = _random_layout(260, seed)
    ref = brute_force(ctx, t, x, kernel=kernel, h=900.0, s=700.0)
    got, notes = _values(ctx, t, x, kernel=kernel, bandwidth=900.0, decay_scale=700.0,
                         kernel_method="exact")
    for code in KERNEL_CODES:
        assert got[code] == pytest.approx(ref[code], rel=1e-10, abs=1e-12), code
        assert "kernel sums exact" in notes[code], code


def test_exact_untruncated_uses_dense_blocks_and_equals_brute_force():
    ctx, t, x = _random_layout(200, 5)
    ref = brute_force(ctx, t, x, kernel="gaussian", h=600.0, tol=1e-300)
    got, notes = _values(ctx, t, x, kernel="gaussian", bandwidth=600.0, kernel_tol=1e-300)
    for code in KERNEL_CODES:
        assert got[code] == pytest.approx(ref[code], rel=1e-10), code
        assert "dense blocks" in notes[code]


@pytest.mark.parametrize("method", ["exact-tree", "exact-dense"])
def test_results_identical_for_any_block_size(method):
    ctx, t, x = _random_layout(300, 7, extent=30_000.0)
    reps = np.column_stack([x, np.floor(t * 0.3), np.floor(t * np.linspace(0, 1, 300))])
    out = []
    for block in (50, 997, 20_000, 10_000_000):
        eng = SpatialEngine(ctx, t, bandwidth=800.0, kernel="gaussian", kernel_method="exact",
                            block_pairs=block, decay_scale=200.0,
                            kernel_tol=1e-300 if method == "exact-dense" else 1e-6)
        assert eng.decay().method == method
        vals = [fn(reps, t) for code in KERNEL_CODES for _, fn, _ in eng.functions(code)]
        out.append(np.concatenate(vals))
    for other in out[1:]:
        assert np.array_equal(out[0], other)


def test_lattice_path_is_exact():
    ctx = grid_context(30, 40, cell=100.0)
    rng = np.random.default_rng(3)
    t = rng.integers(5, 200, 1200).astype(float)
    x = np.floor(t * rng.random(1200))
    ref = brute_force(ctx, t, x, kernel="gaussian", h=300.0, s=1000.0)
    got, notes = _values(ctx, t, x, kernel="gaussian", bandwidth=300.0)
    for code in KERNEL_CODES:
        assert got[code] == pytest.approx(ref[code], rel=1e-9), code
        assert "regular 100 m lattice" in notes[code]


@pytest.mark.parametrize("kernel,tol", [("biweight", 1e-2), ("gaussian", 2e-3)])
def test_grid_path_within_its_stated_error(kernel, tol):
    ctx, t, x = _random_layout(2000, 11, extent=12_000.0)
    ex, _ = _values(ctx, t, x, kernel=kernel, bandwidth=800.0, kernel_method="exact")
    gr, notes = _values(ctx, t, x, kernel=kernel, bandwidth=800.0, kernel_method="grid")
    for code in KERNEL_CODES:
        assert "grid" in notes[code] and "sampled units" in notes[code]
        assert gr[code] == pytest.approx(ex[code], rel=tol), code
    # the stated (sampled) error is the error of the kernel sums: check it on every unit
    eng = SpatialEngine(ctx, t, bandwidth=800.0, kernel=kernel, kernel_method="grid")
    G = eng.local_kernel(800.0)
    v = np.column_stack([t, x])
    approx = G.apply(v)
    exact = G.exact_rows(np.arange(len(t)), v)
    stated = G.error
    assert 0 < stated <= K.GRID_FALLBACK
    assert np.max(np.abs(approx - exact) / np.abs(exact)) <= 4 * stated


def test_grid_path_conserves_mass():
    ctx, t, x = _random_layout(500, 2)
    G = K.UnitKernel(ctx.centroids, lambda d: np.exp(-d / 500.0), 500 * 13.9, scale=500.0,
                     method="grid")
    # the grid's total, read back through the unit weights, is sum_i t_i times the kernel's sum
    conv, idx, alpha, _, cells = G._grid_setup()
    mass = np.bincount(idx.ravel(), weights=(alpha * t[:, None]).ravel(), minlength=cells)
    assert mass.sum() == pytest.approx(t.sum(), rel=1e-12)


def test_auto_uses_grid_for_many_pairs_and_says_so(monkeypatch):
    monkeypatch.setattr(K, "AUTO_EXACT_SECONDS", 0.0)
    ctx, t, x = _random_layout(400, 4)
    got, notes = _values(ctx, t, x, kernel="gaussian", bandwidth=700.0)
    assert all("grid" in notes[c] and "KERNEL_METHOD auto" in notes[c] for c in KERNEL_CODES)
    # the uniform kernel's edge makes the grid too coarse: auto falls back to the exact sums
    _, notes = _values(ctx, t, x, kernel="uniform", bandwidth=700.0)
    assert "kernel sums exact" in notes["HSPATIAL"] and "above" in notes["HSPATIAL"]


def test_grid_refused_before_allocation():
    ctx, t, x = _random_layout(300, 8, extent=50_000.0)
    tracemalloc.start()
    try:
        t0 = time.perf_counter()
        with pytest.raises(K.GridTooLarge) as err:
            compute_indices(t, {"g": x}, codes=["ACL"], spatial=ctx, kernel_method="grid",
                            kernel_max_bytes=20 * 1024**2)
        elapsed = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2 and elapsed < 2.0
    assert "MB" in str(err.value) and "DECAY_SCALE" in str(err.value)
    assert isinstance(err.value, InputError)


def test_exact_refused_when_the_pairs_are_too_many(monkeypatch):
    monkeypatch.setattr(K, "MAX_EXACT_PAIRS", 10_000)
    ctx, t, x = _random_layout(300, 8)
    with pytest.raises(InputError, match="pairs.*KERNEL_METHOD grid.*BANDWIDTHS"):
        compute_indices(t, {"g": x}, codes=["HSPATIAL"], spatial=ctx, kernel_method="exact",
                        bandwidth=5000.0)


@pytest.mark.parametrize("method", ["exact", "grid"])
def test_cancel_stops_inside_the_kernel_loop(method):
    ctx, t, x = _random_layout(4000, 9, extent=20_000.0)
    calls = []

    def cancelled():
        calls.append(time.perf_counter())
        return len(calls) > 3

    t0 = time.perf_counter()
    with pytest.raises(Cancelled):
        compute_indices(t, {"g": x}, codes=["ACL"], spatial=ctx, kernel_method=method,
                        is_cancelled=cancelled, decay_scale=3000.0)
    assert time.perf_counter() - calls[3] < 1.0
    assert time.perf_counter() - t0 < 10.0


def test_kernel_indices_need_no_neighbours_and_aspatial_need_no_kernel():
    ctx, t, x = _random_layout(100, 3)
    assert ctx.contiguity is None
    rows = compute_indices(t, {"g": x}, codes=["HSPATIAL", "ACL"], spatial=ctx)
    assert len(rows) == 2
    with pytest.raises(InputError, match="DADJ needs the neighbour"):
        compute_indices(t, {"g": x}, codes=["DADJ"], spatial=ctx)
    eng = SpatialEngine(ctx, t)
    for code in ("DELTA", "ACO", "ACE"):
        eng.functions(code)
    eng.prepare([x], ["DELTA", "ACO", "ACE", "D"])
    assert eng._decay is None and eng._kernels == {}


def test_permutations_with_the_engine_match_single_evaluations():
    ctx, t, x = _random_layout(150, 6)
    rows = compute_indices(t, {"g": x}, codes=list(KERNEL_CODES), spatial=ctx, permutations=20, seed=4)
    assert all(r.expected is not None and r.p_value is not None for r in rows)
    again = compute_indices(t, {"g": x}, codes=list(KERNEL_CODES), spatial=ctx, permutations=20, seed=4)
    assert [r.expected for r in rows] == [r.expected for r in again]


def test_exact_rows_equal_brute_force_with_coincident_units():
    """The error check's exact sums at sampled units (pairs of the k-d trees at once) equal a dense
    double loop, also for units at the same place (distance 0, not the unit itself)."""
    rng = np.random.default_rng(4)
    pts = rng.uniform(0, 3000, (400, 2))
    pts[10] = pts[11] = pts[12]  # three units at one place
    diag = rng.uniform(0.5, 1.0, 400)
    radius = 700.0
    G = K.UnitKernel(pts, lambda d: np.exp(-d / 300.0), radius, scale=300.0, diagonal=diag, method="exact")
    v = rng.uniform(0, 50, (400, 2))
    rows = np.array([0, 10, 11, 57, 399])
    want = np.zeros((rows.size, 2))
    for k, i in enumerate(rows):
        d = np.hypot(*(pts - pts[i]).T)
        w = np.where(d <= radius, np.exp(-d / 300.0), 0.0)
        w[i] = diag[i]
        want[k] = w @ v
    assert np.allclose(G.exact_rows(rows, v), want, rtol=1e-12, atol=0)
    assert np.allclose(G.exact_rows(np.arange(400), v), G.apply(v), rtol=1e-12, atol=0)


def test_gaussian_grid_second_order_correction():
    """The Gaussian's grid sums with the unit-by-unit second-order binning correction are much
    closer to the exact sums than plain linear binning on the same grid, at every unit, and the
    note says so."""
    rng = np.random.default_rng(8)
    pts = rng.uniform(0, 8000, (3000, 2))
    v = np.column_stack([rng.integers(1, 90, 3000), rng.integers(0, 40, 3000)]).astype(float)
    h = 400.0
    radius = h * np.sqrt(-2.0 * np.log(1e-6))

    def w(d):
        return np.exp(-0.5 * (d / h) ** 2)

    exact = K.UnitKernel(pts, w, radius, scale=h, method="exact").apply(v)
    errors = {}
    for smooth in (False, True):
        G = K.UnitKernel(pts, w, radius, scale=h, method="grid", smooth=smooth)
        got = G.apply(v)
        assert G.method == "grid"
        errors[smooth] = float(np.max(np.abs(got - exact) / exact))
        assert errors[smooth] <= 4 * G.error  # the stated (sampled) error
        assert ("second-order error taken out" in G.describe()) == smooth
    assert errors[True] < errors[False] / 10
    assert errors[True] < 1e-4


def _dense_layout(n=2500, seed=21, extent=5000.0):
    rng = np.random.default_rng(seed)
    c = rng.uniform(0, extent, (n, 2)) + (390_000.0, 5_810_000.0)
    areas = np.full(n, 1e4)
    ctx = SpatialContext(centroids=c, areas=areas, perimeters=4 * np.sqrt(areas), contiguity=None,
                         shared_boundary=None)
    t = rng.integers(5, 300, n).astype(float)
    x = np.floor(t * rng.beta(0.7, 2.0, n))
    return ctx, t, x


def _hspatial(ctx, t, x, **kw):
    rows = compute_indices(t, {"g": x}, codes=["HSPATIAL"], spatial=ctx, kernel="gaussian", bandwidth=500.0, **kw)
    return rows[0].value, rows[0].note


def test_auto_takes_the_smooth_grid_where_it_is_faster_and_within_its_tolerance():
    """Small n, Gaussian: auto takes the grid (second-order correction) where it is estimated faster
    than the exact sums; its sampled error is within AUTO_SMOOTH_TOLERANCE, the error on every unit
    within a few times that, HSPATIAL equal to the exact value to 1e-6, and the note says so."""
    ctx, t, x = _dense_layout()
    h = 500.0
    radius, w = _profile("gaussian", h)
    G = K.UnitKernel(ctx.centroids, w, radius, scale=h, smooth=True)
    assert G.method == "grid" and G.exact_seconds() <= K.AUTO_EXACT_SECONDS
    v = np.column_stack([t, x])
    approx = G.apply(v)
    assert G.method == "grid" and 0 < G.error <= K.AUTO_SMOOTH_TOLERANCE
    # every unit against brute-force dense sums
    c = ctx.centroids
    d = np.sqrt(((c[:, None, :] - c[None, :, :]) ** 2).sum(-1))
    exact = np.where(d <= radius, w(d), 0.0) @ v
    assert np.max(np.abs(approx - exact) / exact) <= 4 * K.AUTO_SMOOTH_TOLERANCE
    got, note = _hspatial(ctx, t, x)
    ref, ref_note = _hspatial(ctx, t, x, kernel_method="exact")
    assert "kernel sums exact" in ref_note
    assert got == pytest.approx(ref, abs=1e-6)
    assert "grid" in note and "KERNEL_METHOD auto" in note and "sampled units" in note
    # the biweight (no second-order correction) keeps the exact sums at this size
    radius_b, w_b = _profile("biweight", h)
    assert K.UnitKernel(ctx.centroids, w_b, radius_b, scale=h).method.startswith("exact")


def test_auto_smooth_grid_above_its_tolerance_falls_back_to_exact(monkeypatch):
    monkeypatch.setattr(K, "AUTO_SMOOTH_TOLERANCE", 1e-12)
    ctx, t, x = _dense_layout()
    got, note = _hspatial(ctx, t, x)
    ref, _ = _hspatial(ctx, t, x, kernel_method="exact")
    assert got == pytest.approx(ref, rel=1e-12)
    assert "kernel sums exact" in note and "above 1e-12" in note
