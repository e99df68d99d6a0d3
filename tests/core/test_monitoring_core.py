"""core.monitoring: harmonisation by overlay pieces, change classes, breaks, dates (hand-computed cases)."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import inference
from milieu_atlas_plugin.core.monitoring import (
    Harmoniser,
    MonitoringError,
    change_classes,
    change_tests,
    check_date,
    order_periods,
    pattern_regex,
    series_breaks,
    shares_and_lq,
)


def test_harmoniser_by_hand():
    # source 0 lies in district 0 with a sliver of 0.4 % in district 1 and 0.1 % outside;
    # source 1 is split 30/70 between districts 1 and 2; source 2 lies half outside every district
    p_src = [0, 0, 1, 1, 2]
    p_dst = [0, 1, 1, 2, 2]
    w = [0.995, 0.004, 0.3, 0.7, 0.5]
    h = Harmoniser(p_src, p_dst, w, n_src=3, n_target=3, sliver=0.01)
    values = np.array([[100.0, 10.0], [50.0, 20.0], [8.0, 2.0]])
    sums, moved, uncovered, reassigned = h.apply(values)
    assert sums[:, 0] == pytest.approx([100.0, 15.0, 35.0 + 4.0])
    assert sums[:, 1] == pytest.approx([10.0, 6.0, 14.0 + 1.0])
    assert uncovered == pytest.approx([4.0, 1.0])
    assert reassigned == pytest.approx([0.5, 0.05])  # the 0.5 % of source 0
    assert moved[:, 0] == pytest.approx([0.0, 15.0, 35.0])  # split sources only (source 2 has one piece)
    assert sums.sum(axis=0) + uncovered == pytest.approx(values.sum(axis=0))
    assert h.split_sources == 1  # source 1 (source 0 keeps one piece, source 2 lies in one district)


def test_harmoniser_conserves_mass_random():
    rng = np.random.default_rng(3)
    n_src, n_t = 40, 25
    p_src = np.repeat(np.arange(n_src), 3)
    p_dst = rng.integers(0, n_t, p_src.size)
    w = rng.dirichlet(np.ones(3), n_src).ravel()
    vals = rng.integers(0, 1000, (n_src, 2)).astype(float)
    sums, moved, uncovered, _ = Harmoniser(p_src, p_dst, w, n_src, n_t).apply(vals)
    assert sums.sum(axis=0) == pytest.approx(vals.sum(axis=0), rel=1e-12)
    assert np.all(uncovered == 0) and np.all(moved <= sums + 1e-9)


def test_shares_lq_and_change_classes():
    share, lq, city = shares_and_lq([10, 20, 0, 70], [5, 4, 0, 7])
    assert city == pytest.approx(16 / 100)
    assert share[:2] == pytest.approx([0.5, 0.2]) and np.isnan(share[2])
    assert lq[0] == pytest.approx(0.5 / 0.16)
    first = np.array([0.10, 0.20, 0.30, 0.40, 0.50, np.nan])
    last = first + np.array([0.00, 0.01, 0.02, 0.03, 0.10, 0.0])
    change, rel, z, codes, city_pp, sd = change_classes(first, last, 0.3, 0.32)
    assert change[:5] == pytest.approx([0.0, 1.0, 2.0, 3.0, 10.0])
    assert city_pp == pytest.approx(2.0) and rel[:5] == pytest.approx([-2.0, -1.0, 0.0, 1.0, 8.0])
    assert sd == pytest.approx(np.std([-2.0, -1.0, 0.0, 1.0, 8.0], ddof=1))
    expected = [int(np.searchsorted([-1.5, -0.5, 0.5, 1.5], v / sd, side="right")) - 2 for v in rel[:5]]
    assert list(codes[:5]) == expected and np.isnan(codes[5])


def test_breaks_dates_patterns():
    assert series_breaks([0.1, 0.2, 0.3, 0.4, 0.5, np.nan], classes=4) == [0.1, 0.2, 0.3, 0.4, 0.5]
    assert series_breaks([1.0, 1.0, 1.0]) == [1.0]
    assert check_date(" 2015-02 ", "x") == "2015-02"
    with pytest.raises(MonitoringError):
        check_date("2015-13", "x")
    with pytest.raises(MonitoringError, match="same date 2016-01"):
        order_periods(["2016-01", "2015-02", "2016-01"], ["a", "b", "c"])
    assert order_periods(["2016-01", "2015-02"], ["a", "b"]) == [1, 0]
    rx = pattern_regex("berlin-lor-population-{date}-t1-planning-areas.csv")
    assert rx.match("berlin-lor-population-2019-02-t1-planning-areas.csv").group("date") == "2019-02"
    assert rx.match("berlin-lor-population-2019-02-t1-districts.csv") is None
    with pytest.raises(MonitoringError):
        pattern_regex("no-date.csv")


def test_change_tests_match_compare_periods():
    """The series' test of a change is compare_periods' test on the same draws."""
    rng = np.random.default_rng(5)
    t = rng.integers(50, 500, 60).astype(float)
    xa = np.floor(t * rng.uniform(0.1, 0.6, 60))
    xb = np.floor(t * rng.uniform(0.1, 0.6, 60))
    ref = inference.compare_periods(t, xa, t, xb, index="D", bootstrap=199, seed=11)
    from milieu_atlas_plugin.core import twogroup

    g = np.random.default_rng(11)
    ra = inference.simulate_two_group({"D": twogroup.INDICES["D"]}, t, xa / t, 199, g)["D"]
    rb = inference.simulate_two_group({"D": twogroup.INDICES["D"]}, t, xb / t, 199, g)["D"]
    va, vb = twogroup.INDICES["D"](xa, t), twogroup.INDICES["D"](xb, t)
    tests = change_tests([va, vb], [ra, rb])
    assert tests[0] == (None, None)
    first, prev = tests[1]
    for key in ("difference", "ci_low", "ci_high", "p_value"):
        assert first[key] == pytest.approx(ref[key], abs=1e-15) and prev[key] == first[key]


def test_dasymetric_harmoniser_by_hand():
    """Weights per (source, district) pair instead of area, by hand:
    source 0 split by area 60/40 but its weight 3:1 → 75/25;
    source 1 has a sliver (0.5 % of its area) in district 2 that holds half its weight: the sliver is
    dropped, its weight reassigned, all to district 1;
    source 2 has no weight: by area (50/50), reported as fallback;
    source 3 lies half outside every district, one third of its weight inside: 1/3 to district 2, 2/3
    uncovered;
    source 4 has weight only on a pair the area overlay does not have (a point on the boundary): by area."""
    p_src = [0, 0, 1, 1, 2, 2, 3, 4]
    p_dst = [0, 1, 1, 2, 0, 2, 2, 0]
    area_w = [0.6, 0.4, 0.995, 0.005, 0.5, 0.5, 0.5, 1.0]
    mass = ([0, 0, 1, 1, 3, 4], [0, 1, 1, 2, 2, 1], [3.0, 1.0, 2.0, 2.0, 1.0, 5.0],
            [4.0, 4.0, 0.0, 3.0, 5.0])
    h = Harmoniser(p_src, p_dst, area_w, n_src=5, n_target=3, sliver=0.01, mass=mass)
    values = np.array([[100.0], [50.0], [10.0], [30.0], [7.0]])
    sums, moved, uncovered, reassigned = h.apply(values)
    assert sums[:, 0] == pytest.approx([75.0 + 5.0 + 7.0, 25.0 + 50.0, 5.0 + 10.0], abs=1e-12)
    assert uncovered == pytest.approx([20.0], abs=1e-12)
    assert reassigned == pytest.approx([25.0], abs=1e-12)
    assert moved[:, 0] == pytest.approx([80.0, 25.0, 5.0], abs=1e-12)  # sources 0 and 2 are split
    assert h.fallback_mass(values) == pytest.approx([17.0])
    assert list(np.nonzero(h.fallback)[0]) == [2, 4]
    # per source: every unit of mass is somewhere
    eye = np.eye(5)
    s, _m, u, _r = h.apply(eye)
    assert s.sum(axis=0) + u == pytest.approx(np.ones(5), abs=1e-12)


def test_dasymetric_harmoniser_conserves_every_source_random():
    rng = np.random.default_rng(11)
    n_src, n_t = 60, 30
    p_src = np.repeat(np.arange(n_src), 4)
    p_dst = np.concatenate([rng.choice(n_t, 4, replace=False) for _ in range(n_src)])
    w = rng.dirichlet(np.ones(4), n_src).ravel()
    w[: 4 * 10] *= 0.7  # ten sources partly outside every district
    m = rng.integers(0, 5, p_src.size).astype(float)
    m[4 * 50:] = 0.0    # the last ten without weight: area
    src_mass = np.bincount(p_src, weights=m, minlength=n_src) + rng.integers(0, 3, n_src) * (w.reshape(-1, 4).sum(1) < 0.99)
    h = Harmoniser(p_src, p_dst, w, n_src, n_t, mass=(p_src, p_dst, m, src_mass))
    sums, _moved, uncovered, _ = h.apply(np.eye(n_src))
    assert sums.sum(axis=0) + uncovered == pytest.approx(np.ones(n_src), abs=1e-12)
    assert np.all(h.fallback[50:]) and np.all(uncovered[10:] == 0)
    vals = rng.integers(0, 1000, (n_src, 2)).astype(float)
    s2, _, u2, _ = h.apply(vals)
    assert s2.sum(axis=0) + u2 == pytest.approx(vals.sum(axis=0), rel=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_dasymetric_harmoniser_properties(seed):
    """Any overlay and any weights: every source's count ends up in districts or uncovered (exactly
    once), weights are non-negative, the pieces of a wholly covered source with weight are in
    proportion to the weight of its kept pieces, and a source without weight keeps its area weights."""
    rng = np.random.default_rng(seed)
    n_src, n_t = int(rng.integers(1, 12)), int(rng.integers(1, 8))
    p_src, p_dst, w = [], [], []
    for s in range(n_src):
        k = int(rng.integers(1, min(n_t, 4) + 1))
        d = rng.choice(n_t, k, replace=False)
        share = rng.dirichlet(np.ones(k)) * (1.0 if rng.random() < 0.7 else rng.uniform(0.3, 1.0))
        p_src += [s] * k
        p_dst += list(d)
        w += list(share)
    p_src, p_dst, w = np.array(p_src), np.array(p_dst), np.array(w)
    m = rng.integers(0, 4, p_src.size).astype(float)
    src_mass = np.bincount(p_src, weights=m, minlength=n_src) + rng.integers(0, 3, n_src)
    h = Harmoniser(p_src, p_dst, w, n_src, n_t, mass=(p_src, p_dst, m, src_mass))
    assert np.all(h.w >= 0) and np.all(h.out_w >= 0)
    sums, _moved, uncovered, _r = h.apply(np.eye(n_src))
    assert sums.sum(axis=0) + uncovered == pytest.approx(np.ones(n_src), abs=1e-9)
    area = Harmoniser(p_src, p_dst, w, n_src, n_t)
    a_sums = area.apply(np.eye(n_src))[0]
    for s in range(n_src):
        if h.fallback[s]:
            assert sums[:, s] == pytest.approx(a_sums[:, s], abs=1e-12)
        elif area.out_w[s] == 0:  # wholly covered: by the weight of the kept pieces
            kept = h.p_src == s
            exp = np.zeros(n_t)
            piece_m = {(int(a), int(b)): v for a, b, v in zip(p_src, p_dst, m)}
            for d in h.p_dst[kept]:
                exp[d] = piece_m[(s, int(d))]
            assert sums[:, s] == pytest.approx(exp / exp.sum(), abs=1e-12)
