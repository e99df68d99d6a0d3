"""Kernel density grid: mass conservation, the discrete kernel against its analytic integral,
symmetry, the shape of a single point, and the size refusal before any allocation."""
from __future__ import annotations

import math
import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import kernel as K
from milieu_atlas_plugin.errors import InputError


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 60),
    m=st.integers(1, 3),
    cell=st.floats(5.0, 80.0),
    bw=st.floats(1.0, 400.0),
    kern=st.sampled_from(K.KERNELS),
    seed=st.integers(0, 2**31 - 1),
)
def test_mass_conserved_every_layer(n, m, cell, bw, kern, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(350_000, 352_000, n)
    y = rng.uniform(5_800_000, 5_801_500, n)
    w = rng.gamma(1.0, 20.0, (n, m)) * (rng.random((n, m)) > 0.2)
    g = K.density_grid(x, y, w, cell_size=cell, bandwidth=bw, kernel=kern)
    assert g.values.shape[0] == m
    sums = g.values.sum(axis=(1, 2))
    np.testing.assert_allclose(sums, w.sum(axis=0), rtol=1e-9, atol=1e-12)
    assert (g.values >= 0).all()
    # the grid is aligned to the cell size and holds every point with the kernel radius around it
    assert g.x_min % cell == pytest.approx(0.0, abs=1e-6) or g.x_min % cell == pytest.approx(cell)
    r = K.support_radius(kern, bw)
    assert g.x_min <= x.min() - r and g.x_max >= x.max() + r
    assert g.y_min <= y.min() - r and g.y_max >= y.max() + r


@pytest.mark.parametrize("ratio", [5.0, 10.0, 25.0, 60.0])
def test_discrete_quartic_sums_to_its_integral(ratio):
    """Before normalisation the cell values are 3/(pi h^2)(1 - r^2/h^2)^2 times the cell area; their
    sum is a midpoint rule for the biweight's integral over the disc, 1, and converges to it."""
    cell = 10.0
    h = ratio * cell
    raw = K.raw_kernel("quartic", h, cell)
    # the analytic values at a few offsets
    kr = raw.shape[0] // 2
    for di, dj in [(0, 0), (1, 0), (2, 3), (kr // 2, kr // 3)]:
        r = math.hypot(di * cell, dj * cell)
        expect = 3.0 / (math.pi * h * h) * max(0.0, 1 - r * r / (h * h)) ** 2 * cell * cell
        assert raw[kr + di, kr + dj] == pytest.approx(expect, rel=1e-12)
    # the midpoint rule's error of a smooth kernel is O((cell/h)^2)
    assert abs(raw.sum() - 1.0) < 0.5 * (cell / h) ** 2
    if ratio >= 25:
        assert raw.sum() == pytest.approx(1.0, abs=1e-3)


def test_discrete_gaussian_and_uniform_integrals():
    cell, h = 10.0, 200.0
    assert K.raw_kernel("gaussian", h, cell).sum() == pytest.approx(1 - math.exp(-8), abs=1e-4)
    assert K.raw_kernel("uniform", h, cell).sum() == pytest.approx(1.0, abs=2e-2)


@pytest.mark.parametrize("kern", K.KERNELS)
def test_single_point_gives_the_kernel_centred_on_its_cell(kern):
    cell, h = 25.0, 180.0
    x, y = np.array([1012.5 + 3.0]), np.array([2037.5 - 4.0])  # inside a cell, off its centre
    g = K.density_grid(x, y, np.array([7.0]), cell_size=cell, bandwidth=h, kernel=kern)
    v = g.values[0]
    row = int((g.y_max - y[0]) // cell)
    col = int((x[0] - g.x_min) // cell)
    raw = K.raw_kernel(kern, h, cell)
    expect = 7.0 * raw / raw.sum()
    kr = raw.shape[0] // 2
    np.testing.assert_allclose(v[row - kr:row + kr + 1, col - kr:col + kr + 1], expect, rtol=1e-9,
                               atol=1e-12 * expect.max())
    outside = v.copy()
    outside[row - kr:row + kr + 1, col - kr:col + kr + 1] = 0
    assert (outside == 0).all()
    if kern != "uniform":  # the flat disc has no single maximum
        assert v.argmax() == row * g.nx + col


@pytest.mark.parametrize("kern", K.KERNELS)
def test_symmetric_layout_gives_symmetric_grid(kern):
    # points placed symmetrically about a cell centre: the grid is symmetric about that cell
    cell = 20.0
    c = np.array([510.0, 730.0])
    offs = np.array([[60, 20], [-60, 20], [60, -20], [-60, -20], [20, 60], [-20, 60], [20, -60],
                     [-20, -60], [0, 0]], dtype=float)
    w = np.array([3, 3, 3, 3, 3, 3, 3, 3, 5.0])
    p = c + offs
    g = K.density_grid(p[:, 0], p[:, 1], w, cell_size=cell, bandwidth=150.0, kernel=kern)
    v = g.values[0]
    row = int((g.y_max - c[1]) // cell)
    col = int((c[0] - g.x_min) // cell)
    r = min(row, col, g.ny - 1 - row, g.nx - 1 - col)
    win = v[row - r:row + r + 1, col - r:col + r + 1]
    np.testing.assert_allclose(win, win[::-1, :], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(win, win[:, ::-1], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(win, win.T, rtol=1e-9, atol=1e-12)


def test_layers_are_independent():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 3000, 200), rng.uniform(0, 2000, 200)
    w = rng.random((200, 3))
    g = K.density_grid(x, y, w, cell_size=50, bandwidth=300)
    for j in range(3):
        gj = K.density_grid(x, y, w[:, j], cell_size=50, bandwidth=300)
        np.testing.assert_allclose(g.values[j], gj.values[0], rtol=1e-12, atol=1e-15)


def test_extent_given_and_widened():
    g = K.density_grid(np.array([100.0]), np.array([100.0]), np.array([1.0]), cell_size=10,
                       bandwidth=30, extent=(0, 0, 1000, 500))
    assert g.x_min <= -30 and g.x_max >= 1030 and g.y_min <= -30 and g.y_max >= 530
    g2 = K.density_grid(np.array([2000.0]), np.array([100.0]), np.array([1.0]), cell_size=10,
                        bandwidth=30, extent=(0, 0, 1000, 500))
    assert g2.x_max >= 2030
    assert g2.values.sum() == pytest.approx(1.0, rel=1e-12)


@pytest.mark.parametrize("cell,bw", [(0, 100), (-5, 100), (10, 0), (10, -1), (float("nan"), 10)])
def test_nonpositive_parameters_refused(cell, bw):
    with pytest.raises(InputError, match="CELL_SIZE|BANDWIDTH"):
        K.density_grid(np.zeros(1), np.zeros(1), np.ones(1), cell_size=cell, bandwidth=bw)


def test_bad_weights_refused():
    with pytest.raises(InputError, match="negative"):
        K.density_grid(np.zeros(2), np.zeros(2), np.array([1.0, -1.0]), cell_size=10, bandwidth=50)
    with pytest.raises(InputError, match="non-finite"):
        K.density_grid(np.zeros(2), np.zeros(2), np.array([1.0, np.nan]), cell_size=10, bandwidth=50)


def test_grid_bytes_covers_the_real_peak():
    rng = np.random.default_rng(1)
    x, y = rng.uniform(0, 20_000, 500), rng.uniform(0, 15_000, 500)
    w = rng.random((500, 4))
    est = K.grid_bytes((x.min(), y.min(), x.max(), y.max()), 50, 400, 4)
    tracemalloc.start()
    try:
        K.density_grid(x, y, w, cell_size=50, bandwidth=400)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= 1.1 * est
    assert est < 4 * peak  # and it is not a wild over-estimate


def test_refused_before_allocation(monkeypatch):
    """A city-sized extent at 1 m cells: refused with the bytes and the parameter, before the
    grid (hundreds of GB) or anything large is allocated."""
    x = np.array([0.0, 60_000.0])
    y = np.array([0.0, 40_000.0])
    allocated = []
    real_empty, real_zeros = np.empty, np.zeros

    def spy_empty(shape, *a, **k):
        allocated.append(shape)
        return real_empty(shape, *a, **k)

    def spy_zeros(shape, *a, **k):
        allocated.append(shape)
        return real_zeros(shape, *a, **k)

    monkeypatch.setattr(K.np, "empty", spy_empty)
    monkeypatch.setattr(K.np, "zeros", spy_zeros)
    tracemalloc.start()
    try:
        with pytest.raises(K.GridTooLarge) as err:
            K.density_grid(x, y, np.ones((2, 8)), cell_size=1.0, bandwidth=300)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024**2
    assert allocated == []
    msg = str(err.value)
    assert "CELL_SIZE" in msg and "MB" in msg
    assert err.value.needed > 2 * 1024**3
    assert err.value.needed == K.grid_bytes((0, 0, 60_000, 40_000), 1.0, 300, 8)
    assert isinstance(err.value, InputError)


def test_refusal_names_bandwidth_when_padding_dominates():
    with pytest.raises(K.GridTooLarge, match="BANDWIDTH"):
        K.density_grid(np.array([0.0]), np.array([0.0]), np.ones(1), cell_size=10, bandwidth=50_000,
                       kernel="gaussian", max_bytes=50 * 1024**2)


def test_tight_limit_refuses_and_loose_limit_passes():
    x, y = np.array([0.0, 5000.0]), np.array([0.0, 5000.0])
    need = K.grid_bytes((0, 0, 5000, 5000), 20, 300, 1)
    with pytest.raises(K.GridTooLarge):
        K.density_grid(x, y, np.ones(2), cell_size=20, bandwidth=300, max_bytes=need - 1)
    g = K.density_grid(x, y, np.ones(2), cell_size=20, bandwidth=300, max_bytes=need)
    assert g.values.sum() == pytest.approx(2.0)
