"""compute_indices: the API the Processing algorithm calls (validation, rows, Berlin data)."""
import numpy as np
import pytest

from milieu_atlas_plugin.core.catalogue import (
    LEVEL_CODES, MULTIGROUP_CODES, SPATIAL_CODES, TWO_GROUP_CODES, IndexRow, compute_indices)
from milieu_atlas_plugin.errors import InputError

from .helpers import read_berlin

MH = "inhabitants_with_migration_background"


@pytest.fixture(scope="module")
def berlin24():
    return read_berlin("berlin-lor-population-2024-02-t1-planning-areas.csv")


def _by(rows):
    return {(r.index, r.group): r for r in rows}


def test_berlin_d_migration_background_planning_areas(berlin24):
    b = berlin24
    assert len(b["id"]) == 542 and b["id"][0] == "01100101"  # keys keep their leading zeros
    t, x = b["inhabitants"], b[MH]
    rows = _by(compute_indices(t, {"mh": x}, codes=["D"]))
    # independent numpy computation of D from the CSV, units with population only
    keep = t > 0
    xk, yk = x[keep], (t - x)[keep]
    expected = 0.5 * np.abs(xk / xk.sum() - yk / yk.sum()).sum()
    r = rows[("D", "mh")]
    assert r.value == pytest.approx(expected, rel=1e-12)
    assert 0.23 < r.value < 0.25  # domain.md: ~0.24 on the 542 Planungsraeume
    assert r.units == int(keep.sum())
    assert "zero-population" in r.note


def test_berlin_bezirke_d_lower_than_planning_areas(berlin24):
    bez = read_berlin("berlin-lor-population-2024-02-t1-districts.csv")
    d_bez = compute_indices(bez["inhabitants"], {"mh": bez[MH]}, codes=["D"])[0].value
    d_plr = compute_indices(berlin24["inhabitants"], {"mh": berlin24[MH]}, codes=["D"])[0].value
    assert len(bez["id"]) == 12
    assert 0.15 < d_bez < 0.19  # domain.md: ~0.17 on 12 Bezirke (MAUP)
    assert d_bez < d_plr


def test_default_codes_and_row_schema(berlin24):
    b = berlin24
    rows = compute_indices(b["inhabitants"], {"mh": b[MH], "foreigners": b["inhabitants_foreigners"]})
    assert [r.index for r in rows] == list(TWO_GROUP_CODES) * 2
    assert [r.group for r in rows] == ["mh"] * 7 + ["foreigners"] * 7
    for r in rows:
        assert isinstance(r, IndexRow)
        assert r.expected is None and r.p_value is None and r.ci_low is None
        assert r.note
    rows = compute_indices(b["inhabitants"], {"foreigners": b["inhabitants_foreigners"],
                                              "gmh": b["inhabitants_germans_with_migration_background"]},
                           multigroup=True)
    mg = [r for r in rows if r.group == "multigroup"]
    assert [r.index for r in mg] == list(MULTIGROUP_CODES)
    assert "rest" in mg[0].note


def test_multigroup_with_explicit_partition_equals_residual(berlin24):
    b = berlin24
    groups3 = {"fo": b["inhabitants_foreigners"], "gmh": b["inhabitants_germans_with_migration_background"],
               "g": b["inhabitants_germans_without_migration_background"]}
    full = _by(compute_indices(b["inhabitants"], groups3, multigroup=True, codes=["MD", "MH"]))
    two = _by(compute_indices(b["inhabitants"], {k: groups3[k] for k in ("fo", "gmh")},
                              multigroup=True, codes=["MD", "MH"]))
    for code in ("MD", "MH"):
        assert full[(code, "multigroup")].value == pytest.approx(two[(code, "multigroup")].value, rel=1e-12)
    assert "rest" not in full[("MD", "multigroup")].note


def test_two_group_multigroup_reduces_to_two_group(berlin24):
    b = berlin24
    t, x = b["inhabitants"], b[MH]
    rows = _by(compute_indices(t, {"mh": x}, multigroup=True))
    # with two groups, MD = D, MGINI = GINI, MH = H, MNE = MSCV = MRD = ETA2 (Reardon & Firebaugh 2002)
    assert rows[("MD", "multigroup")].value == pytest.approx(rows[("D", "mh")].value, rel=1e-12)
    assert rows[("MGINI", "multigroup")].value == pytest.approx(rows[("GINI", "mh")].value, rel=1e-12)
    assert rows[("MH", "multigroup")].value == pytest.approx(rows[("H", "mh")].value, rel=1e-12)
    for code in ("MNE", "MSCV", "MRD"):
        assert rows[(code, "multigroup")].value == pytest.approx(rows[("ETA2", "mh")].value, rel=1e-12)


@pytest.mark.parametrize("total, group, unit, words", [
    ([10, 5, 8], [3, 6, 1], 1, ["'g'", "exceeds", "unit 1"]),
    ([10, 5, 8], [3, float("nan"), 1], 1, ["NaN", "unit 1"]),
    ([10, 5, 8], [3, None, 1], 1, ["NULL", "unit 1"]),
    ([10, -5, 8], [3, 0, 1], 1, ["negative", "unit 1"]),
    ([10, 5, 8], [3, -1, 1], 1, ["negative", "unit 1"]),
])
def test_bad_values_name_the_unit(total, group, unit, words):
    with pytest.raises(InputError) as exc:
        compute_indices(total, {"g": group})
    assert exc.value.unit == unit
    for w in words:
        assert w in str(exc.value)


@pytest.mark.parametrize("total, group, words", [
    ([10, 0, 0], [3, 0, 0], "one unit"),
    ([0, 0], [0, 0], "zero"),
    ([10, 5, 8], [0, 0, 0], "no members"),
    ([10, 5, 8], [10, 5, 8], "whole population"),
    ([[10, 5]], [[1, 2]], "shape"),
    ([10, 5, "x"], [1, 2, 3], "numeric"),
])
def test_bad_input_refused(total, group, words):
    with pytest.raises(InputError) as exc:
        compute_indices(total, {"g": group})
    assert words in str(exc.value)


def test_bad_options_refused():
    t, x = [10, 20, 30], [1, 5, 20]
    with pytest.raises(InputError, match="unknown index"):
        compute_indices(t, {"g": x}, codes=["NOPE"])
    with pytest.raises(InputError, match="geometry"):
        compute_indices(t, {"g": x}, codes=["DELTA"])
    with pytest.raises(InputError, match="multigroup"):
        compute_indices(t, {"g": x}, codes=["MD"])
    with pytest.raises(InputError, match="level"):
        compute_indices(t, {"g": x}, multigroup=True, codes=["MM_BETWEEN"])
    with pytest.raises(InputError, match="Atkinson"):
        compute_indices(t, {"g": x}, atkinson_b=1.5)
    with pytest.raises(InputError, match="no group"):
        compute_indices(t, {})
    with pytest.raises(InputError, match="3 values but 2"):
        compute_indices([1, 2], {"g": x})
    with pytest.raises(InputError, match="partition"):
        compute_indices(t, {"a": [6, 5, 20], "b": [5, 5, 5]}, multigroup=True)


def test_zero_population_units_skipped_and_counted():
    t = np.array([10.0, 0.0, 30.0, 0.0, 20.0])
    x = np.array([8.0, 0.0, 3.0, 0.0, 10.0])
    rows = compute_indices(t, {"g": x}, codes=["D", "GINI"])
    ref = compute_indices(t[[0, 2, 4]], {"g": x[[0, 2, 4]]}, codes=["D", "GINI"])
    for r, q in zip(rows, ref):
        assert r.value == q.value
        assert r.units == 3
        assert "2 zero-population unit(s) skipped" in r.note
        assert "skipped" not in q.note


def test_codes_are_case_insensitive_and_ordered():
    rows = compute_indices([10, 20, 30], {"g": [1, 5, 20]}, codes=["xpx", " d "])
    assert [r.index for r in rows] == ["XPX", "D"]


def test_code_tuples_are_disjoint():
    all_codes = TWO_GROUP_CODES + SPATIAL_CODES + MULTIGROUP_CODES + LEVEL_CODES
    assert len(set(all_codes)) == len(all_codes) == 35
