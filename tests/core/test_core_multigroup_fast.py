"""The multigroup suite alone (compute_indices' blocked one-pass path) against the general path:
the same values and notes on valid input, the same refusal (message and unit) on bad input."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core import multigroup as mg
from milieu_atlas_plugin.core.catalogue import InputError, compute_indices

SUITE = ["MD", "MH", "MM", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV"]


def _run(total, groups, codes, **kw):
    """(rows, None) or (None, (message, unit)) of one call."""
    try:
        return compute_indices(total, groups, multigroup=True, codes=codes, **kw), None
    except InputError as exc:
        return None, (str(exc), getattr(exc, "unit", None))


def _general(total, groups, **kw):
    """The general path: the same codes plus a two-group code, which the one-pass path leaves to it."""
    rows, err = _run(total, groups, SUITE + ["D"], **kw)
    return ([r for r in rows if r.index in SUITE] if rows is not None else None), err


def _same_rows(fast, general):
    assert [r.index for r in fast] == [r.index for r in general] == SUITE
    for a, b in zip(fast, general):
        assert a.group == b.group == "multigroup"
        assert a.units == b.units and a.note == b.note, (a, b)
        assert a.expected is None and a.p_value is None and a.ci_low is None
        if math.isnan(b.value):
            assert math.isnan(a.value), a.index
        else:
            assert a.value == pytest.approx(b.value, rel=1e-10, abs=1e-13), a.index


@st.composite
def layouts(draw):
    """Totals and groups (partition or not, zero-population units, and one defect or none)."""
    n = draw(st.integers(2, 40))
    m = draw(st.integers(1, 4))
    c = np.array(draw(st.lists(st.lists(st.integers(0, 300), min_size=m + 1, max_size=m + 1),
                               min_size=n, max_size=n)), dtype=float)
    scale = draw(st.sampled_from([1.0, 0.37, 12.5]))
    c *= scale
    t = c.sum(axis=1)
    if draw(st.booleans()):
        t = t + draw(st.sampled_from([0.0, 1e-12, 5.0]))  # rounding only, or a real residual
    groups = {f"g{k}": c[:, k].copy() for k in range(m)}
    defect = draw(st.sampled_from(["none", "none", "nan", "negative", "exceeds", "sum_exceeds",
                                   "empty_group", "whole", "zero_total", "inf", "one_unit"]))
    i = draw(st.integers(0, n - 1))
    g = groups["g0"]
    if defect == "nan":
        g[i] = np.nan
    elif defect == "inf":
        g[i] = np.inf
    elif defect == "negative":
        g[i] = -1.0
    elif defect == "exceeds":
        g[i] = t[i] + 1.0
    elif defect == "sum_exceeds" and m > 1:
        groups["g1"][i] = t[i] - g[i] + 1.0 + groups["g1"][i] * 0
    elif defect == "empty_group":
        g[:] = 0.0
    elif defect == "whole":
        t = g.copy()
        for k in range(1, m):
            groups[f"g{k}"][:] = 0.0
    elif defect == "zero_total":
        t[i] = 0.0
        for x in groups.values():
            x[i] = 0.0
    elif defect == "one_unit":
        t[1:] = 0.0
        for x in groups.values():
            x[1:] = 0.0
    return t, groups


@settings(max_examples=400, deadline=None)
@given(layouts())
def test_one_pass_path_equals_general_path(layout):
    t, groups = layout
    fast, fast_err = _run(t, groups, SUITE)
    general, general_err = _general(t, groups)
    assert fast_err == general_err
    if fast is not None:
        _same_rows(fast, general)


def test_one_pass_path_in_blocks_of_any_size(monkeypatch):
    """Several blocks of units (with zero-population units and a residual group across the block
    boundaries) give the values of one block, of the general path and of multigroup.suite."""
    rng = np.random.default_rng(3)
    n = 1000
    c = rng.integers(0, 50, (n, 3)).astype(float)
    c[rng.choice(n, 30, replace=False)] = 0.0
    t = c.sum(axis=1) + (rng.random(n) < 0.2) * 7.0  # a residual in some units
    groups = {f"g{k}": c[:, k] for k in range(3)}
    keep = t > 0
    assert 0 < int(keep.sum()) < n
    parts = np.column_stack([c, t - c.sum(axis=1)])[keep]
    want = mg.suite(parts, SUITE)
    general, _ = _general(t, groups)
    for chunk in (1, 7, 64, 999, 1000, 8192):
        monkeypatch.setattr(mg, "CHUNK_UNITS", chunk)
        rows, err = _run(t, groups, SUITE)
        assert err is None
        _same_rows(rows, general)
        for r in rows:
            assert r.value == pytest.approx(want[r.index], rel=1e-10), (chunk, r.index)
            assert r.units == int(keep.sum())
            assert "residual group 'rest'" in r.note
            assert f"{n - int(keep.sum())} zero-population unit(s) skipped" in r.note


def test_suite_blocks_equals_suite_for_any_block():
    rng = np.random.default_rng(5)
    c = rng.integers(0, 9, (257, 4)).astype(float)
    c[::17] = 0.0
    a = np.ascontiguousarray(c.T)
    want = mg.suite(c, SUITE)
    for chunk in (1, 2, 100, 257, 10_000):
        with np.errstate(divide="ignore", invalid="ignore"):
            got = mg.suite_blocks(lambda s, e: a[:, s:e], 4, 257, set(SUITE), chunk=chunk)
        for code in SUITE:
            assert got[code] == pytest.approx(want[code], rel=1e-12), (chunk, code)


def test_one_pass_path_refuses_like_before():
    t = np.array([10.0, 20.0, 30.0])
    cases = [
        ({"a": [1.0, np.nan, 2.0], "b": [1.0, 1.0, 1.0]}, "missing or non-finite value (NULL/NaN) in unit 1", 1),
        ({"a": [1.0, -2.0, 2.0], "b": [1.0, 1.0, 1.0]}, "negative count -2 in unit 1", 1),
        ({"a": [1.0, 25.0, 2.0], "b": [1.0, 1.0, 1.0]}, "exceeds the total (20) in unit 1", 1),
        ({"a": [1.0, 15.0, 2.0], "b": [1.0, 10.0, 1.0]}, "more than the total 20, in unit 1", 1),
        ({"a": [0.0, 0.0, 0.0], "b": [1.0, 1.0, 1.0]}, "group 'a' has no members", None),
    ]
    for groups, words, unit in cases:
        rows, err = _run(t, groups, SUITE)
        assert rows is None and words in err[0] and err[1] == unit, (groups, err)
