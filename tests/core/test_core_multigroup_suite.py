"""The one-pass multigroup suite (multigroup.suite) against the one-index reference functions."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import inference
from milieu_atlas_plugin.core import multigroup as mg
from milieu_atlas_plugin.core.catalogue import compute_indices

from .helpers import read_berlin

CODES = list(mg.INDICES)


def _same(got, want, code):
    """Equal to rel 1e-9 / abs 1e-12, or both NaN (an index undefined for this partition)."""
    got, want = float(got), float(want)
    if math.isnan(want):
        assert math.isnan(got), (code, got, want)
    else:
        assert got == pytest.approx(want, rel=1e-9, abs=1e-12), code


@st.composite
def partitions_with_zeros(draw, max_units=30, max_groups=6):
    """(n, M) counts with many zero cells, zero-population units, groups absent from the whole
    city, and (sometimes) fractional counts."""
    n = draw(st.integers(1, max_units))
    m = draw(st.integers(2, max_groups))
    cell = st.one_of(st.just(0), st.integers(0, 500))
    c = np.array(draw(st.lists(st.lists(cell, min_size=m, max_size=m), min_size=n, max_size=n)),
                 dtype=float)
    if c.sum() == 0:
        c[0, 0] = 1.0
    zero_rows = draw(st.integers(0, 4))
    for _ in range(zero_rows):
        at = draw(st.integers(0, c.shape[0]))
        c = np.insert(c, at, 0.0, axis=0)
    scale = draw(st.sampled_from([1.0, 1.0, 0.37, 12.5]))
    return c * scale


@settings(max_examples=300, deadline=None)
@given(partitions_with_zeros(), st.randoms(use_true_random=False))
def test_suite_equals_one_index_functions(c, rnd):
    populated = c[c.sum(axis=1) > 0]
    with np.errstate(divide="ignore", invalid="ignore"):
        want = {code: float(mg.INDICES[code](populated)) for code in CODES}
        got = mg.suite(c, CODES)  # zero-population units included: they must contribute nothing
        assert list(got) == CODES
        for code in CODES:
            assert isinstance(got[code], float)
            _same(got[code], want[code], code)
        # any subset, in any order, and either memory layout, gives the same values
        subset = rnd.sample(CODES, rnd.randint(1, len(CODES)))
        for layout in (np.ascontiguousarray(c), np.asfortranarray(c)):
            part = mg.suite(layout, subset)
            assert list(part) == subset
            for code in subset:
                _same(part[code], want[code], code)


@settings(max_examples=100, deadline=None)
@given(partitions_with_zeros(max_units=20, max_groups=5), st.integers(1, 6), st.integers(0, 2**32 - 1))
def test_suite_on_replicates_equals_one_index_functions(c, k, seed):
    """The (n, M, k) form used by the permutation and bootstrap draws."""
    c = c[c.sum(axis=1) > 0]
    t = np.rint(c.sum(axis=1)).astype(np.int64)
    keep = t > 0
    c, t = c[keep], t[keep]
    if c.shape[0] == 0:
        return
    rng = np.random.default_rng(seed)
    draws = inference.draw_multinomial(t, c / c.sum(axis=1, keepdims=True), k, rng)
    with np.errstate(divide="ignore", invalid="ignore"):
        got = mg.suite(draws, CODES)
        for code in CODES:
            want = np.atleast_1d(mg.INDICES[code](draws))
            assert got[code].shape == (k,), code
            for r in range(k):
                _same(got[code][r], want[r], code)
                # and each replicate equals the (n, M) suite of that replicate
                _same(got[code][r], mg.suite(draws[:, :, r], [code])[code], code)


def test_suite_exact_cases():
    # complete segregation of two equal groups: D = GINI = H = 1; no segregation: all 0
    c = np.array([[10.0, 0.0], [0.0, 10.0]])
    s = mg.suite(c)
    for code in ("MD", "MGINI", "MH", "MNE", "MSCV", "MRD"):
        assert s[code] == pytest.approx(1.0, rel=1e-12), code
    assert s["MM"] == pytest.approx(math.log(2.0), rel=1e-12)
    assert s["MSC"] == 0.5 and s["MSI"] == 0.5 and s["MDIV"] == pytest.approx(math.log(2.0))
    even = mg.suite(np.array([[3.0, 6.0, 1.0], [6.0, 12.0, 2.0], [0.0, 0.0, 0.0]]))
    for code in ("MD", "MGINI", "MH", "MM", "MNE", "MSCV", "MRD"):
        assert abs(even[code]) <= 1e-15, code


def test_suite_absent_group_follows_zero_log_zero():
    """A group absent from the whole city (a possible bootstrap draw): M takes 0 ln 0 = 0, as
    the reference does, MSCV (division by pi_m = 0) is undefined in both."""
    c = np.array([[5.0, 0.0, 3.0], [1.0, 0.0, 9.0], [4.0, 0.0, 4.0]])
    with np.errstate(divide="ignore", invalid="ignore"):
        s = mg.suite(c)
        for code in CODES:
            _same(s[code], mg.INDICES[code](c), code)
    assert math.isfinite(s["MM"]) and s["MM"] == pytest.approx(float(mg.mutual_information(c[:, [0, 2]])))
    assert math.isnan(s["MSCV"])


def test_suite_rejects_unknown_codes_and_shapes():
    with pytest.raises(ValueError, match="MX"):
        mg.suite(np.ones((3, 2)), ["MD", "MX"])
    with pytest.raises(ValueError, match="shape"):
        mg.suite(np.ones(3), ["MD"])


def test_catalogue_suite_and_draws_equal_one_index_functions():
    """compute_indices evaluates the multigroup codes through the suite, also in the draws: the
    values, expected values, p-values and intervals equal those of the one-index functions on the
    same draws (same seed)."""
    b = read_berlin("berlin-lor-population-2024-02-t1-planning-areas.csv")
    groups = {"fo": b["inhabitants_foreigners"], "gmh": b["inhabitants_germans_with_migration_background"]}
    codes = ["MSCV", "MD", "MGINI", "MH", "MM", "MNE", "MRD", "MSC", "MSI", "MDIV"]  # not INDICES order
    rows = {r.index: r for r in compute_indices(b["inhabitants"], groups, multigroup=True, codes=codes,
                                                permutations=30, bootstrap=20, seed=11)}
    assert list(rows) == codes
    keep = b["inhabitants"] > 0
    t = b["inhabitants"][keep]
    fo, gmh = groups["fo"][keep], groups["gmh"][keep]
    counts = np.column_stack([fo, gmh, t - fo - gmh])
    T = t.sum()
    tested = {k: mg.INDICES[k] for k in codes if k not in ("MSC", "MSI", "MDIV")}
    rng = np.random.default_rng(11)
    null = inference.simulate_multigroup(tested, counts, counts.sum(axis=0) / T, 30, rng)
    boot = inference.simulate_multigroup(tested, counts, counts / t[:, None], 20, rng)
    for code in codes:
        _same(rows[code].value, mg.INDICES[code](counts), code)
        if code in tested:
            assert rows[code].expected == pytest.approx(float(null[code].mean()), rel=1e-9, abs=1e-12), code
            assert rows[code].p_value == pytest.approx(inference.p_value(null[code], rows[code].value), rel=1e-12)
            lo, hi = inference.bc_interval(boot[code], rows[code].value, 0.95)
            assert rows[code].ci_low == pytest.approx(lo, rel=1e-9, abs=1e-12), code
            assert rows[code].ci_high == pytest.approx(hi, rel=1e-9, abs=1e-12), code
        else:
            assert rows[code].expected is None and rows[code].p_value is None
