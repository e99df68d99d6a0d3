"""Two-group aspatial indices: hand-made cases, identities, brute-force references."""
import numpy as np
import pytest

from milieu_atlas_plugin.core import twogroup as tg

from .helpers import brute_gini


def test_complete_separation_gives_extremes():
    t = np.array([10.0, 20.0, 30.0, 40.0])
    x = np.array([10.0, 20.0, 0.0, 0.0])  # group lives only in units 0-1, rest only in 2-3
    assert tg.dissimilarity(x, t) == pytest.approx(1.0)
    assert tg.gini(x, t) == pytest.approx(1.0)
    assert tg.theil_h(x, t) == pytest.approx(1.0)
    assert tg.atkinson(x, t) == pytest.approx(1.0)
    assert tg.isolation(x, t) == pytest.approx(1.0)
    assert tg.interaction(x, t) == pytest.approx(0.0)
    assert tg.correlation_ratio(x, t) == pytest.approx(1.0)


def test_evenness_gives_zero():
    t = np.array([100.0, 200.0, 50.0, 650.0])
    x = 0.3 * t
    for f in (tg.dissimilarity, tg.gini, tg.theil_h, tg.atkinson, tg.correlation_ratio):
        assert f(x, t) == pytest.approx(0.0, abs=1e-12)
    assert tg.isolation(x, t) == pytest.approx(0.3)  # xPx = P under evenness
    assert tg.interaction(x, t) == pytest.approx(0.7)


def test_hand_computed_small_case():
    # units (x, t): (8, 10), (2, 10): X = 10, Y = 10
    x = np.array([8.0, 2.0])
    t = np.array([10.0, 10.0])
    # D = 1/2 (|0.8 - 0.2| + |0.2 - 0.8|) = 0.6
    assert tg.dissimilarity(x, t) == pytest.approx(0.6)
    # Gini: 2 * 10*10*0.6 / (2 * 400 * 0.25) = 0.6
    assert tg.gini(x, t) == pytest.approx(0.6)
    # xPx = 0.8*0.8 + 0.2*0.2 = 0.68, eta2 = (0.68 - 0.5)/0.5 = 0.36
    assert tg.isolation(x, t) == pytest.approx(0.68)
    assert tg.correlation_ratio(x, t) == pytest.approx(0.36)
    # H: E = ln 2, E_i = -(.8 ln .8 + .2 ln .2) both units
    ei = -(0.8 * np.log(0.8) + 0.2 * np.log(0.2))
    assert tg.theil_h(x, t) == pytest.approx((np.log(2) - ei) / np.log(2))
    # Atkinson b = .5: 1 - 1 * (sum sqrt(p(1-p)) t / (P T))^2 = 1 - (2*10*0.4/10)^2 = 1 - 0.64
    assert tg.atkinson(x, t, 0.5) == pytest.approx(0.36)


def test_gini_sorted_matches_double_sum():
    rng = np.random.default_rng(3)
    for _ in range(20):
        n = rng.integers(2, 60)
        t = rng.integers(1, 500, n).astype(float)
        x = np.floor(t * rng.random(n))
        if x.sum() == 0 or x.sum() == t.sum():
            continue
        assert tg.gini(x, t) == pytest.approx(brute_gini(x, t), rel=1e-12)


def test_replicate_columns_equal_single_calls():
    rng = np.random.default_rng(5)
    t = rng.integers(5, 300, 40).astype(float)
    xs = np.column_stack([np.floor(t * rng.random(40)) for _ in range(4)])
    for name, f in tg.INDICES.items():
        cols = f(xs, t)
        assert cols.shape == (4,), name
        for j in range(4):
            assert cols[j] == pytest.approx(float(f(xs[:, j], t)), rel=1e-12), name


def test_d_symmetric_in_group_and_rest():
    rng = np.random.default_rng(7)
    t = rng.integers(5, 300, 50).astype(float)
    x = np.floor(t * rng.random(50))
    assert tg.dissimilarity(x, t) == pytest.approx(tg.dissimilarity(t - x, t), rel=1e-13)
    assert tg.gini(x, t) == pytest.approx(tg.gini(t - x, t), rel=1e-12)
    assert tg.theil_h(x, t) == pytest.approx(tg.theil_h(t - x, t), rel=1e-12)


def test_atkinson_rejects_b_outside_unit_interval():
    with pytest.raises(ValueError):
        tg.atkinson(np.array([1.0, 2.0]), np.array([3.0, 4.0]), b=1.0)


def test_entr_equals_scipy():
    """The core's numpy entropy term against scipy.special.entr (the independent reference): equal to
    a few units in the last place, and the same at 0, 1, below 0, NaN and infinity."""
    from scipy.special import entr as scipy_entr

    from milieu_atlas_plugin.core.twogroup import entr

    rng = np.random.default_rng(4)
    x = np.concatenate([rng.random(10_000), rng.random(1000) * 1e-12, np.linspace(-2, 3, 501),
                        [0.0, 1.0, -0.0, 5e-324, 1e-300, np.inf, -np.inf, np.nan]])
    ours, ref = entr(x), scipy_entr(x)
    assert np.array_equal(np.isnan(ours), np.isnan(ref))
    finite = np.isfinite(ref)
    assert np.array_equal(ours[~finite & ~np.isnan(ref)], ref[~finite & ~np.isnan(ref)])
    np.testing.assert_allclose(ours[finite], ref[finite], rtol=4 * np.finfo(float).eps, atol=1e-300)
    assert entr(np.zeros((2, 3, 4))).shape == (2, 3, 4)
