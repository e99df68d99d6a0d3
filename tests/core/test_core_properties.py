"""Identities and hypothesis property tests of the aspatial indices."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import multigroup as mg
from milieu_atlas_plugin.core import twogroup as tg
from milieu_atlas_plugin.core.decomposition import decompose

from .helpers import brute_gini


@st.composite
def two_group_data(draw, min_units=2, max_units=40):
    n = draw(st.integers(min_units, max_units))
    t = np.array(draw(st.lists(st.integers(1, 10_000), min_size=n, max_size=n)), dtype=float)
    frac = np.array(draw(st.lists(st.floats(0, 1), min_size=n, max_size=n)))
    x = np.floor(t * frac)
    # at least one member of the group and of the rest somewhere
    if x.sum() == 0:
        x[0] = 1.0
    if x.sum() == t.sum():
        x[-1] -= 1.0
    return x, t


@st.composite
def partitions(draw, max_units=30, max_groups=5):
    n = draw(st.integers(2, max_units))
    m = draw(st.integers(2, max_groups))
    c = np.array(draw(st.lists(st.lists(st.integers(0, 500), min_size=m, max_size=m),
                               min_size=n, max_size=n)), dtype=float)
    c[c.sum(axis=1) == 0, 0] = 1.0  # no empty units
    c[0] += 1.0  # every group present
    return c


INVARIANT = ["D", "GINI", "H", "A", "XPX", "XPY", "ETA2"]


@settings(max_examples=150, deadline=None)
@given(two_group_data())
def test_bounds_and_order_and_scale_invariance(data):
    x, t = data
    perm = np.random.default_rng(0).permutation(len(t))
    for code in INVARIANT:
        f = tg.INDICES[code]
        v = float(f(x, t))
        assert -1e-12 <= v <= 1 + 1e-12, code
        assert float(f(x[perm], t[perm])) == pytest.approx(v, rel=1e-9, abs=1e-12), code
        assert float(f(7.5 * x, 7.5 * t)) == pytest.approx(v, rel=1e-9, abs=1e-12), code


@settings(max_examples=150, deadline=None)
@given(two_group_data())
def test_splitting_a_unit_into_identical_halves_changes_nothing(data):
    x, t = data
    x2 = np.r_[x[1:], x[0] / 2, x[0] / 2]
    t2 = np.r_[t[1:], t[0] / 2, t[0] / 2]
    for code in INVARIANT:
        f = tg.INDICES[code]
        assert float(f(x2, t2)) == pytest.approx(float(f(x, t)), rel=1e-9, abs=1e-12), code


@settings(max_examples=100, deadline=None)
@given(two_group_data(max_units=25))
def test_gini_equals_double_sum_and_d_symmetry(data):
    x, t = data
    assert float(tg.gini(x, t)) == pytest.approx(brute_gini(x, t), rel=1e-9, abs=1e-12)
    assert float(tg.dissimilarity(x, t)) == pytest.approx(float(tg.dissimilarity(t - x, t)), rel=1e-9, abs=1e-12)
    # D <= GINI (the Lorenz-curve bound: D is the maximum vertical distance, G twice the area)
    assert float(tg.dissimilarity(x, t)) <= float(tg.gini(x, t)) + 1e-12


@settings(max_examples=100, deadline=None)
@given(partitions())
def test_multigroup_bounds_invariance_and_two_group_reduction(c):
    perm = np.random.default_rng(1).permutation(c.shape[0])
    gperm = np.random.default_rng(2).permutation(c.shape[1])
    for code in ("MD", "MGINI", "MH", "MNE", "MSCV", "MRD"):
        f = mg.INDICES[code]
        v = float(f(c))
        assert -1e-12 <= v <= 1 + 1e-12, code
        assert float(f(c[perm])) == pytest.approx(v, rel=1e-9, abs=1e-12), code
        assert float(f(c[:, gperm])) == pytest.approx(v, rel=1e-9, abs=1e-12), code
        assert float(f(3 * c)) == pytest.approx(v, rel=1e-9, abs=1e-12), code
    # M = H * E, and the two-group case equals the two-group indices
    assert float(mg.mutual_information(c)) == pytest.approx(
        float(mg.information_theory(c) * mg.diversity(c)), rel=1e-9, abs=1e-14)
    x, t = c[:, 0], c.sum(axis=1)
    if 0 < x.sum() < t.sum():
        two = np.column_stack([x, t - x])
        assert float(mg.dissimilarity(two)) == pytest.approx(float(tg.dissimilarity(x, t)), rel=1e-9, abs=1e-12)
        assert float(mg.information_theory(two)) == pytest.approx(float(tg.theil_h(x, t)), rel=1e-9, abs=1e-12)
        assert float(mg.gini(two)) == pytest.approx(float(tg.gini(x, t)), rel=1e-9, abs=1e-12)


@settings(max_examples=150, deadline=None)
@given(partitions(max_units=40), st.integers(1, 8), st.integers(0, 10_000))
def test_between_plus_within_equals_total(c, levels, seed):
    level = np.random.default_rng(seed).integers(0, levels, c.shape[0])
    level = np.unique(level, return_inverse=True)[1]
    d = decompose(c, level)
    assert abs(d["M"] - d["M_between"] - d["M_within"]) <= 1e-12
    assert abs(d["H"] - d["H_between"] - d["H_within"]) <= 1e-12
    assert d["M_between"] >= -1e-15 and d["M_within"] >= -1e-15


def test_decomposition_extremes():
    c = np.array([[10, 0], [0, 10], [5, 5], [5, 5]], dtype=float)
    # one parent per unit: everything is between; one parent for all: everything is within
    d = decompose(c, np.arange(4))
    assert d["M_within"] == pytest.approx(0.0, abs=1e-15)
    assert d["M_between"] == pytest.approx(d["M"], rel=1e-15)
    d = decompose(c, np.zeros(4, dtype=int))
    assert d["M_between"] == pytest.approx(0.0, abs=1e-15)
    assert d["M_within"] == pytest.approx(d["M"], rel=1e-15)
    # parents {0,1} and {2,3}: parent {2,3} is even and has the city composition; parent {0,1}
    # too, so the between part is zero and the within part is M; M by hand: units 0,1 each
    # contribute (10/40) ln 2, units 2,3 nothing -> M = 0.5 ln 2, H = 0.5
    d = decompose(c, np.array([0, 0, 1, 1]))
    assert d["M"] == pytest.approx(0.5 * np.log(2))
    assert d["H"] == pytest.approx(0.5)
    assert d["M_between"] == pytest.approx(0.0, abs=1e-15)
