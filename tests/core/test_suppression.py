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


# ------------------------------------------------------------------------------ secondary suppression
from milieu_atlas_plugin.core.suppression import (  # noqa: E402
    NOT_MEANINGFUL_MARK, cell_marker, determined_cells, find_totals, found_relations, protect_table,
    secondary_suppression, table_relations, unit_rule,
)


def test_markers_and_unit_rule():
    assert cell_marker(3.0, suppressed=True) == "."
    assert cell_marker(None) == "–" and cell_marker(float("nan")) == "–"
    assert cell_marker(0.2, meaningful=False) == NOT_MEANINGFUL_MARK == "x"
    assert cell_marker(float("inf")) == "x" and cell_marker(0.0) is None
    sup, empty = unit_rule([0, 2, 5, np.nan], 5)
    assert sup.tolist() == [False, True, False, True]     # 0 reveals nobody: not suppressed
    assert empty.tolist() == [True, False, False, False]  # but its shares are undefined


def test_one_district_hidden_under_a_published_city_total():
    # households of five districts and the city total (cell 5); district 1 has 3 (< 5)
    values = np.array([50, 3, 20, 8, 100, 181], dtype=float)
    hidden = np.array([False, True, False, False, False, False])
    out = secondary_suppression(values, hidden, [(np.arange(5), 5)])
    # 181 - 50 - 20 - 8 - 100 = 3 would give it back: the smallest other district (8) is hidden too
    assert np.flatnonzero(out).tolist() == [1, 3]
    # a total published elsewhere (no cell): the same
    out = secondary_suppression(values[:5], hidden[:5], [(np.arange(5), None)])
    assert np.flatnonzero(out).tolist() == [1, 3]
    # two hidden already: nothing to add
    two = hidden.copy()
    two[0] = True
    assert secondary_suppression(values, two, [(np.arange(5), 5)]).tolist() == two.tolist()


TABLE = np.array([[5, 2, 9, 16],
                  [7, 8, 1, 16],
                  [4, 6, 12, 22],
                  [16, 16, 22, 54]], dtype=float)


def test_two_way_table_by_hand():
    assert find_totals(TABLE) == ([3], [3])
    hidden = np.zeros(TABLE.shape, dtype=bool)
    hidden[0, 1] = True
    mask, secondary = protect_table(TABLE, hidden)
    # row 0: the 2 needs a partner, the smallest other cell of the row is 5 (0,0); column 1: 6
    # (2,1) < 8; column 0 then holds (0,0) alone: 4 (2,0) < 7; row 2 holds two: done
    assert sorted(map(tuple, np.argwhere(mask))) == [(0, 0), (0, 1), (2, 0), (2, 1)]
    assert sorted(map(tuple, np.argwhere(secondary))) == [(0, 0), (2, 0), (2, 1)]
    # a hidden row (a district) under the total row: the smallest other row goes too, the same
    # row in every column (row sums 32 and 44: row 0)
    rows = np.zeros(TABLE.shape, dtype=bool)
    rows[1, 2] = True
    mask, secondary = protect_table(TABLE, rows, whole_rows=True, total_rows=[3], total_cols=[])
    assert mask.all(axis=1).tolist() == [True, True, False, False]
    assert not mask[2].any() and not mask[3].any() and secondary[0].all()
    # by a given size (households): row 2 is the smaller one
    mask, _ = protect_table(TABLE, rows, whole_rows=True, total_rows=[3], total_cols=[],
                            row_size=[30, 16, 10, 54])
    assert mask.all(axis=1).tolist() == [False, True, True, False] and not mask[0].any()


def test_a_cell_that_follows_from_several_totals_is_protected():
    # two hidden rectangles joined by one cell (0, 2): every row and column holds two hidden
    # cells, but rows 0-1 minus columns 0-1 give (0, 2) back
    shape = (5, 5)
    rel = table_relations(shape, total_rows=[4], total_cols=[4])
    hidden = np.zeros(shape, dtype=bool)
    for i, j in [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (0, 2)]:
        hidden[i, j] = True
    assert determined_cells(hidden.ravel(), rel).tolist() == [2]
    inner = np.arange(1, 17, dtype=float).reshape(4, 4)
    full = np.zeros(shape)
    full[:4, :4] = inner
    full[4, :4] = inner.sum(axis=0)
    full[:4, 4] = inner.sum(axis=1)
    full[4, 4] = inner.sum()
    out = secondary_suppression(full.ravel(), hidden.ravel(), rel)
    assert out[hidden.ravel()].all()
    assert determined_cells(out, rel).size == 0


def _recoverable(mask, relations, n):
    """Independent check: hidden cells fixed by the published ones (rank of the relations over
    the hidden cells grows by adding e_j iff e_j is not in their row space)."""
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return []
    rows = []
    for members, total in relations:
        full = np.zeros(n)
        full[members] = 1.0
        if total is not None:
            full[total] = -1.0
        rows.append(full[idx])
    a = np.array(rows) if rows else np.zeros((1, idx.size))
    r = np.linalg.matrix_rank(a)
    out = []
    for k, j in enumerate(idx):
        e = np.zeros(idx.size)
        e[k] = 1.0
        if np.linalg.matrix_rank(np.vstack([a, e])) == r:
            out.append(int(j))
    return out


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 5), st.integers(1, 5), st.data())
def test_no_suppressed_value_recoverable_from_published_totals(n_rows, n_cols, data):
    inner = np.array(data.draw(st.lists(st.integers(0, 40), min_size=n_rows * n_cols,
                                        max_size=n_rows * n_cols)), dtype=float).reshape(n_rows, n_cols)
    table = np.zeros((n_rows + 1, n_cols + 1))
    table[:n_rows, :n_cols] = inner
    table[n_rows, :n_cols] = inner.sum(axis=0)
    table[:n_rows, n_cols] = inner.sum(axis=1)
    table[n_rows, n_cols] = inner.sum()
    primary = np.zeros(table.shape, dtype=bool)
    primary[:n_rows, :n_cols] = (inner > 0) & (inner < 5)       # the rule: 0 < count < 5
    rel = table_relations(table.shape, [n_rows], [n_cols])
    mask, secondary = protect_table(table, primary, total_rows=[n_rows], total_cols=[n_cols])
    assert mask[primary].all() and not (secondary & primary).any()
    flat = mask.ravel()
    for members, total in rel:    # no hidden cell is the only one of a sum that is published
        assert flat[np.append(members, total)].sum() != 1
    if flat.sum() < flat.size:    # nothing hidden follows from the totals in any combination
        assert _recoverable(flat, rel, flat.size) == []
    again, _ = protect_table(table, primary, total_rows=[n_rows], total_cols=[n_cols])
    assert (again == mask).all()   # deterministic


def test_a_city_row_among_the_districts_is_found_by_its_values():
    # households and a share; the last feature is the city (73 = 50 + 3 + 20), its share is not a sum
    table = np.array([[50, 0.2], [3, 0.5], [20, 0.1], [73, 0.25]])
    rel = found_relations(table)
    assert [(m.tolist(), t) for m, t in rel] == [([0, 2, 4], 6)]
    hidden = np.zeros(table.shape, dtype=bool)
    hidden[1] = True
    mask, secondary = protect_table(table, hidden, whole_rows=True)
    assert mask.all(axis=1).tolist() == [False, True, True, False]     # 20 < 50: district 2
    assert secondary.any(axis=1).tolist() == [False, False, True, False]
    # without a total nothing more is hidden
    mask, secondary = protect_table(table[:3], hidden[:3], whole_rows=True)
    assert not secondary.any() and mask.all(axis=1).tolist() == [False, True, False]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(st.integers(0, 60), min_size=3, max_size=3), min_size=2, max_size=9),
       st.booleans())
def test_districts_under_a_total_found_from_the_values(rows, with_total):
    """Whole districts (rows: a count, a second count, a share) under a city row found from the
    values: no hidden count follows from the city row by subtraction, hidden rows are whole,
    the rule's rows stay hidden."""
    counts = np.array(rows, dtype=float)
    share = np.where(counts[:, 0] > 0, counts[:, 1] / np.maximum(counts[:, 0], 1) / 7.0, np.nan)
    table = np.column_stack([counts[:, :2], share])
    if with_total:
        table = np.vstack([table, [counts[:, 0].sum(), counts[:, 1].sum(), 0.123]])
    primary = np.zeros(table.shape, dtype=bool)
    primary[:len(rows)] = ((counts[:, 0] > 0) & (counts[:, 0] < 5))[:, None]
    mask, secondary = protect_table(table, primary, whole_rows=True, row_size=table[:, 0])
    assert mask[primary].all() and (mask.all(axis=1) | ~mask.any(axis=1)).all()
    flat = mask.ravel()
    rel = found_relations(table)
    for members, total in rel:
        assert flat[np.append(members, total)].sum() != 1
    if flat.any() and not flat.all():
        assert _recoverable(flat, rel, flat.size) == []
    if with_total and table[-1, 0] > 0 and 1 <= primary[:, 0].sum():
        # a published city total and hidden districts: at least two of them in every column
        assert mask[:-1, 0].sum() >= 2 or mask[-1, 0]


def test_a_count_whose_city_total_is_published_elsewhere():
    # no total row, but the city's residents are in the yearbook: one hidden district needs a
    # complement in that column (the smallest other one), the share column does not
    table = np.array([[50, 0.2], [3, 0.5], [20, 0.1], [9, 0.3]])
    hidden = np.zeros(table.shape, dtype=bool)
    hidden[1] = True
    mask, secondary = protect_table(table, hidden, whole_rows=True, external_cols=[0],
                                    row_size=table[:, 0])
    assert mask.all(axis=1).tolist() == [False, True, False, True]
    mask, _ = protect_table(table, hidden, whole_rows=True, row_size=table[:, 0])
    assert mask.all(axis=1).tolist() == [False, True, False, False]
    # with a total row in the table the column is covered once, by that row
    with_total = np.vstack([table, [82, 0.25]])
    mask, _ = protect_table(with_total, np.vstack([hidden, [False, False]]), whole_rows=True,
                            external_cols=[0], row_size=with_total[:, 0])
    assert mask.all(axis=1).tolist() == [False, True, False, True, False]
