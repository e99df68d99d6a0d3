"""The one suppression rule (core.suppression), pure: hand cases and properties."""
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core.suppression import (
    NOTHING_MARK, SUPPRESSED_MARK, blank_derived, small, suppressed_units, suppression_mask,
    table_cell,
)


def test_hand_cases():
    total = np.array([0, 2, 100, 100, 100, np.nan])
    grp = np.array([0, 1, 2, 0, 40, 5])
    assert small(total, 3).tolist() == [False, True, False, False, False, True]
    hidden = suppression_mask(total, {"g": grp}, 3)
    assert hidden["g"].tolist() == [False, True, True, False, False, True]
    per, anyf = suppressed_units(total, {"g": grp, "h": total - grp}, 3)
    assert anyf.tolist() == (per["g"] | per["h"]).tolist()
    # no groups: the count alone decides (mapsheet COUNT_FIELD)
    assert suppressed_units(np.array([1.0, 5.0]), {}, 3)[1].tolist() == [True, False]


def test_blank_derived_per_group():
    values = {"g_share": np.array([0.1, 0.2]), "g_lisa": np.array(["HH", "LL"], dtype=object),
              "h_share": np.array([0.3, 0.4]), "total_other": np.array([1.0, 2.0])}
    blank_derived(values, {"g": np.array([True, False]), "h": np.array([False, False])})
    assert np.isnan(values["g_share"][0]) and values["g_share"][1] == 0.2
    assert values["g_lisa"].tolist() == [None, "LL"]
    assert values["h_share"].tolist() == [0.3, 0.4]


def test_table_cells_carry_din_markers():
    fmt = "{:.1f}".format
    assert table_cell(1.25, True, fmt) == SUPPRESSED_MARK == "."
    assert table_cell(None, False, fmt) == NOTHING_MARK == "–"
    assert table_cell(float("nan"), False, fmt) == "–"
    assert table_cell(1.25, False, fmt) == "1.2"


counts = st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=30)


@settings(max_examples=200, deadline=None)
@given(counts, st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=20))
def test_properties(xs, m1, m2):
    x = np.array(xs, dtype=float)
    t = x * 2 + 1
    lo, hi = sorted((m1, m2))
    a = suppression_mask(t, {"g": x}, lo)["g"]
    b = suppression_mask(t, {"g": x}, hi)["g"]
    assert not (a & ~b).any()                       # a larger minimum hides at least as much
    # nothing shown reveals fewer than the minimum persons
    shown = ~b
    assert ((x[shown] == 0) | (x[shown] >= hi)).all() and ((t[shown] >= hi) | (t[shown] == 0)).all()
