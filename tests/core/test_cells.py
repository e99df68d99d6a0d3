"""The cell index's fixed-radius searches against brute force, and the cheap nearest-neighbour test."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import cells
from milieu_atlas_plugin.core.cells import CellIndex, has_close_neighbour_majority


def _brute(q, p, r):
    d = np.hypot(q[:, None, 0] - p[None, :, 0], q[:, None, 1] - p[None, :, 1])
    i, j = np.nonzero(d <= r)
    return set(zip(i.tolist(), j.tolist())), d


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 300), m=st.integers(0, 60), cell=st.floats(1.0, 400.0), radius=st.floats(0.0, 500.0),
       seed=st.integers(0, 10_000), clustered=st.booleans())
def test_query_equals_brute_force(n, m, cell, radius, seed, clustered):
    rng = np.random.default_rng(seed)
    p = rng.uniform(0, 1000, (n, 2))
    if clustered and n:
        p = np.round(p / 50) * 50  # many points on the same spot
    q = rng.uniform(-200, 1200, (m, 2))
    i, j, d = CellIndex(p, cell).query(q, radius)
    want, dist = _brute(q, p, radius)
    assert set(zip(i.tolist(), j.tolist())) == want
    assert len(i) == len(want)  # no pair twice
    if len(i):
        np.testing.assert_allclose(d, dist[i, j])


def test_query_in_blocks_equals_one_block(monkeypatch):
    rng = np.random.default_rng(3)
    p = rng.uniform(0, 5000, (3000, 2))
    q = rng.uniform(0, 5000, (700, 2))
    whole = CellIndex(p, 150).query(q, 300)
    monkeypatch.setattr(cells, "BLOCK_CANDIDATES", 500)
    blocked = CellIndex(p, 150).query(q, 300)
    key = lambda t: sorted(zip(t[0].tolist(), t[1].tolist()))  # noqa: E731
    assert key(whole) == key(blocked) and len(blocked[0]) > 10_000


def test_pairs_and_counts():
    rng = np.random.default_rng(5)
    p = rng.uniform(0, 800, (400, 2))
    want, _ = _brute(p, p, 60.0)
    a, b = CellIndex(p, 25.0).pairs(60.0)
    assert set(zip(a.tolist(), b.tolist())) == {(i, j) for i, j in want if i < j}
    counts = CellIndex(p, 25.0).count_within(p[:50], 60.0)
    assert counts.tolist() == [sum(1 for i, _ in want if i == k) for k in range(50)]


@pytest.mark.parametrize("seed", range(8))
def test_close_neighbour_majority_is_never_wrong(seed):
    """True only when the median nearest-neighbour distance really is at most the distance."""
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 400))
    p = rng.uniform(0, 1000, (n, 2)) * rng.uniform(0.05, 1.0)
    median = float(np.median(cKDTree(p).query(p, k=2)[0][:, 1]))
    for distance in np.linspace(0.2, 3.0, 15) * max(median, 1e-3):
        if has_close_neighbour_majority(p, distance):
            assert median <= distance
    # a dense lattice: the cheap test decides (no tree needed) once the distance exceeds the spacing
    g = np.stack(np.meshgrid(np.arange(30.0), np.arange(30.0)), axis=-1).reshape(-1, 2) * 100
    assert has_close_neighbour_majority(g, 500.0) and not has_close_neighbour_majority(g, 50.0)


@pytest.mark.parametrize("seed", range(4))
def test_estimate_within_is_close_to_the_count(seed):
    """The planner's estimate (whole cells whose centres lie within the radius) is within a few percent
    of the exact count on a city-like spread, and never needs a distance."""
    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(0, 20_000, (20_000, 2)), rng.normal(8_000, 1_500, (10_000, 2))])
    q = p[rng.choice(p.shape[0], 300, replace=False)]
    for radius in (500.0, 2_000.0, 14_000.0):
        index = CellIndex(p, radius / 4)
        exact = index.count_within(q, radius).mean()
        estimate = index.estimate_within(q, radius).mean()
        assert abs(estimate - exact) <= 0.05 * exact, (radius, estimate, exact)
    assert CellIndex(np.empty((0, 2)), 1.0).estimate_within(q, 5.0).tolist() == [0] * 300
