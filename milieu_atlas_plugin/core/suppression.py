"""Confidentiality: the one suppression rule of the plugin (pure numpy, no QGIS).

A published value of a unit (share, LQ, LISA class, Gi*, contribution, participation, a printed
count) is suppressed for a group when it would reveal fewer than ``min_count`` persons: the unit's
total or the group's count is above 0 and below ``min_count``. A count of exactly 0 reveals nobody
and is shown as 0 ("–" in a table: nothing there); an unknown count (NaN) is suppressed, since
nobody can tell what it would reveal. ``localmeasures``, ``mapsheet``, ``atlas`` and the
exports all call :func:`suppression_mask` / :func:`suppressed_units`; per group the flag is
``<group>_suppressed`` and ``suppressed`` is any of them, so hiding a small group never hides
another group's map.

Units described by one count (a district's households in ``milieulocalisation`` and
``participationpotential``) use :func:`unit_rule`: the same rule, plus the units with nothing in
them, whose derived values are undefined (blank, 'x' in a table) although they are not suppressed.

DIN 55301 markers for tables: :data:`SUPPRESSED_MARK` ('.'), :data:`NOTHING_MARK` ('–'),
:data:`NOT_MEANINGFUL_MARK` ('x'); :func:`cell_marker` picks one.

Secondary suppression for tables meant for publication (:func:`secondary_suppression`,
:func:`protect_table`): where a hidden cell could be recovered from a published total of the same
table by subtraction (one suppressed district under a city or Bezirk total, one hidden group beside
a row total), the smallest other cell (whole rows: the smallest other district) is hidden as well,
until no hidden cell follows from the totals, alone or several together. Totals are given or found
from the values (:func:`found_relations`). The atlas table and pages, the participation summary and
the report use it; ``MASK_COUNTS`` (:func:`mask_counts`) empties the raw counts of suppressed units
in the analysis layers.
"""
import numpy as np

SUPPRESSED_MARK = "."       # value suppressed (confidentiality)
NOTHING_MARK = "–"          # nothing there (exactly zero / no value)
NOT_MEANINGFUL_MARK = "x"   # no meaningful value (e.g. an LQ where the city has none of the group)

# derived fields of a group that are blanked where the group is suppressed (contracts.md)
DERIVED_SUFFIXES = ("share", "lq", "dcontrib", "entropy", "simpson", "lisa", "lisa_i", "lisa_p",
                    "gistar_z", "gistar_p")


def small(counts, min_count):
    """True where a count would reveal fewer than `min_count` persons: 0 < count < min_count, or
    the count is unknown (NaN)."""
    c = np.asarray(counts, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isnan(c) | ((c > 0) & (c < float(min_count)))


def suppression_mask(total, groups, min_count):
    """{group name: bool array}: units where a published value of the group would reveal fewer
    than `min_count` persons (the unit's total or the group's count small, see :func:`small`)."""
    small_total = small(total, min_count)
    return {name: small_total | small(x, min_count) for name, x in groups.items()}


def suppressed_units(total, groups, min_count):
    """(per-group masks, any): the flags `<group>_suppressed` and `suppressed`."""
    hidden = suppression_mask(total, groups, min_count)
    n = np.asarray(total).shape[0]
    anyf = np.zeros(n, dtype=bool)
    for mask in hidden.values():
        anyf |= mask
    if not hidden:
        anyf = small(total, min_count)
    return hidden, anyf


def blank_derived(values, hidden):
    """Blanks (NaN, None for text) every derived field `<group>_<suffix>` of `values` (a dict of
    arrays, changed in place) where the group is suppressed; returns `values`."""
    for name, mask in hidden.items():
        if not mask.any():
            continue
        for suffix in DERIVED_SUFFIXES:
            key = f"{name}_{suffix}"
            if key not in values:
                continue
            column = values[key]
            if column.dtype == object:
                column = column.copy()
                column[mask] = None
            else:
                column = column.astype(float)
                column[mask] = np.nan
            values[key] = column
    return values


def table_cell(value, suppressed, fmt):
    """The text of a published table cell: '.' where suppressed, '–' where there is no value,
    else fmt(value)."""
    if suppressed:
        return SUPPRESSED_MARK
    if value is None or (isinstance(value, float) and value != value):
        return NOTHING_MARK
    return fmt(value)


def cell_marker(value, suppressed=False, meaningful=True):
    """The DIN 55301 marker of a published cell, or None where the value itself is printed:
    '.' suppressed; 'x' no meaningful value (a share, rate or LQ of a unit with nothing in it,
    a value that is not a finite number); '–' nothing there (no value, NULL)."""
    if suppressed:
        return SUPPRESSED_MARK
    if not meaningful:
        return NOT_MEANINGFUL_MARK
    if value is None or value == "":
        return NOTHING_MARK
    if isinstance(value, float) and not np.isfinite(value):
        return NOT_MEANINGFUL_MARK if value == value else NOTHING_MARK
    return None


def unit_rule(counts, min_count):
    """(suppressed, empty) for units described by one count (a district's households): the
    plugin's rule (:func:`small`) and the units with exactly nothing in them. An empty unit is not
    suppressed (it reveals nobody), but its derived values (shares, LQ, rates, the dominant
    milieu) are undefined: they stay blank and a table prints 'x' for them, '–' for its counts."""
    c = np.asarray(counts, dtype=float)
    return small(c, min_count), c == 0


def mask_counts(values, masked):
    """MASK_COUNTS: the count columns of `values` ({name: array}, changed in place) blanked (NaN)
    where `masked` is true; returns `values`."""
    masked = np.asarray(masked, dtype=bool)
    if masked.any():
        for key, column in values.items():
            column = np.asarray(column, dtype=float).copy()
            column[masked] = np.nan
            values[key] = column
    return values


# ------------------------------------------------------------------------------------------------
# secondary suppression
# ------------------------------------------------------------------------------------------------
MAX_ALGEBRA_CELLS = 3000   # above this many hidden cells only the subtraction rule is checked


def table_relations(shape, total_rows=(), total_cols=()):
    """The additive relations of a 2-D table (cells numbered in C order): a row in `total_rows` is
    the sum of the other rows (in every column), a column in `total_cols` the sum of the other
    columns (in every row). Returns [(members, total cell)]."""
    n_rows, n_cols = shape
    trs, tcs = set(total_rows), set(total_cols)
    inner_rows = [i for i in range(n_rows) if i not in trs]
    inner_cols = [j for j in range(n_cols) if j not in tcs]
    relations = []
    for t in sorted(trs):
        for j in range(n_cols):
            relations.append((np.array([i * n_cols + j for i in inner_rows], dtype=int), t * n_cols + j))
    for c in sorted(tcs):
        for i in range(n_rows):
            relations.append((np.array([i * n_cols + j for j in inner_cols], dtype=int), i * n_cols + c))
    return relations


def found_relations(matrix, rtol=1e-9):
    """The additive relations a reader can see in a numeric table, found from its values: in a
    column, a cell equal to the sum of all other cells of the column (at least two others with a
    value: a city or Bezirk total among the districts); in a row, a cell equal to the sum of all
    other cells of the row (a total beside its groups). NaN = no value (0 in a sum). Found from
    the raw values before anything is hidden, so a published total that would give a hidden cell
    back by subtraction is found whatever it is called; a coincidence only hides more.
    Returns [(members, total cell)] with cells numbered in C order."""
    m = np.asarray(matrix, dtype=float)
    if m.ndim != 2 or m.size == 0:
        return []
    n_rows, n_cols = m.shape
    cell = np.arange(m.size).reshape(m.shape)
    relations = []
    for a, ids in ((m, cell), (m.T, cell.T)):      # columns, then rows
        finite = np.isfinite(a)
        filled = np.where(finite, a, 0.0)
        sums = filled.sum(axis=0)
        n_with = finite.sum(axis=0)
        for j in range(a.shape[1]):
            if n_with[j] < 3:
                continue
            for t in np.flatnonzero(finite[:, j]):
                v = a[t, j]
                if v != 0 and abs(v - (sums[j] - v)) <= rtol * max(1.0, abs(v)):
                    members = np.delete(ids[:, j], t)
                    relations.append((members, int(ids[t, j])))
    return relations


def find_totals(matrix, rtol=1e-9):
    """(total rows, total columns): rows that are the sum of the other rows in every column where
    they have a value, columns likewise (see :func:`found_relations`)."""
    m = np.asarray(matrix, dtype=float)
    rel = found_relations(m, rtol)
    n_cols = m.shape[1] if m.ndim == 2 else 0
    col_hits, row_hits = {}, {}
    for members, total in rel:
        i, j = divmod(total, n_cols)
        if all(k // n_cols != i for k in members):     # a column relation: total row i
            col_hits.setdefault(i, set()).add(j)
        else:                                          # a row relation: total column j
            row_hits.setdefault(j, set()).add(i)
    finite = np.isfinite(m)
    rows = [i for i, cols in col_hits.items() if cols == {j for j in range(n_cols) if finite[i, j]
                                                          and finite[:, j].sum() >= 3}]
    cols = [j for j, rows_ in row_hits.items() if rows_ == {i for i in range(m.shape[0]) if finite[i, j]
                                                             and finite[i].sum() >= 3}]
    return sorted(rows), sorted(cols)


def _relation_cells(members, total):
    return members if total is None else np.append(members, total)


def _complement(values, hidden, members, total, rank=None):
    """The published cell of a relation to hide with its one hidden cell: the smallest member
    with a value above 0, else the smallest member with a value (0), else the total cell;
    ties go to the first cell. `rank`: the size to compare instead of the value (whole rows: the
    row's size, so every column picks the same row). None when there is none."""
    cand = members[~hidden[members]]
    v = values[cand]
    ok = np.isfinite(v)
    cand = cand[ok]
    v = np.abs(v[ok]) if rank is None else np.abs(rank[cand])
    for pick in (v > 0, v == 0):
        if pick.any():
            c, w = cand[pick], v[pick]
            order = np.lexsort((c, w))
            return int(c[order[0]])
    if total is not None and not hidden[total]:
        return int(total)
    return None


def determined_cells(hidden, relations):
    """Hidden cells whose value follows from the published cells and the relations (adding and
    subtracting any number of published totals): cell j is determined when the unit vector e_j lies
    in the row space of the relations restricted to the hidden cells."""
    hidden = np.asarray(hidden, dtype=bool)
    idx = np.flatnonzero(hidden)
    if idx.size == 0:
        return np.array([], dtype=int)
    pos = {int(c): k for k, c in enumerate(idx)}
    rows = []
    for members, total in relations:
        row = np.zeros(idx.size)
        hit = False
        for c in members[hidden[members]]:
            row[pos[int(c)]] += 1.0
            hit = True
        if total is not None and hidden[total]:
            row[pos[int(total)]] -= 1.0
            hit = True
        if hit:
            rows.append(row)
    if not rows:
        return np.array([], dtype=int)
    a = np.array(rows)
    _u, s, vt = np.linalg.svd(a, full_matrices=True)
    tol = max(a.shape) * np.finfo(float).eps * (s[0] if s.size else 1.0) * 10
    rank = int((s > tol).sum())
    null = vt[rank:]                        # basis of the null space (rows)
    if null.shape[0] == 0:
        return idx
    free = np.sqrt((null ** 2).sum(axis=0)) > 1e-9
    return idx[~free]


def secondary_suppression(values, hidden, relations, rank=None):
    """Complementary (secondary) suppression of a table meant for publication.

    `values`: (n,) the table's cells (flattened; NaN = no value, counts as 0 in a sum);
    `hidden`: (n,) bool, the cells suppressed by the rule (primary suppression);
    `relations`: [(members, total)]: the cells `members` add up to the cell `total`, or to a total
    published elsewhere (`total` None: a city total, 100 %).

    Returns the (n,) mask of cells to hide: the primary ones and, for every relation with exactly
    one hidden cell (which a reader would get back by subtraction), the smallest published member
    above 0 (then 0, then the total cell; ties: the first cell), repeated until no relation has a
    single hidden cell. Then hidden cells that still follow from several totals together (see
    :func:`determined_cells`) get another complement the same way. Deterministic: the same table
    gives the same cells. `rank` (n,): the size by which complements are chosen instead of the
    cell values."""
    values = np.asarray(values, dtype=float)
    rank = None if rank is None else np.asarray(rank, dtype=float)
    h = np.asarray(hidden, dtype=bool).copy()
    rels = [(np.asarray(m, dtype=int), None if t is None else int(t)) for m, t in relations]
    member_of = {}
    for r, (members, total) in enumerate(rels):
        for c in _relation_cells(members, total):
            member_of.setdefault(int(c), []).append(r)
    while True:
        changed = True
        while changed:
            changed = False
            for members, total in rels:
                if h[_relation_cells(members, total)].sum() == 1:
                    pick = _complement(values, h, members, total, rank)
                    if pick is not None:
                        h[pick] = True
                        changed = True
        if h.sum() > MAX_ALGEBRA_CELLS:
            return h
        det = determined_cells(h, rels)
        pick = None
        for j in det:
            for r in member_of.get(int(j), []):
                pick = _complement(values, h, *rels[r], rank)
                if pick is not None:
                    break
            if pick is not None:
                break
        if pick is None:
            return h
        h[pick] = True


def protect_table(matrix, hidden, *, total_rows=None, total_cols=None, whole_rows=False,
                  row_size=None, external_cols=()):
    """Secondary suppression of a 2-D table (rows × numeric columns; NaN = no value).

    `hidden`: (rows, cols) bool, the primary suppression. Totals: the rows and columns given, or
    (both None) every total found in the values (:func:`found_relations`). With `whole_rows` a
    row with a hidden cell is hidden entirely (a district whose count is hidden shows none of its
    values: shares and rates would give the count back), the complement is the smallest row by
    `row_size` (default: the sum of the row's values) in every column, and the complements are
    looked for again until nothing changes.
    `external_cols`: columns whose total over the rows is published elsewhere (a count's city
    total in the statistical yearbook): one hidden row in such a column needs a complement even
    without a total row in the table.
    Returns (mask, secondary): every hidden cell, and those hidden only to protect others."""
    m = np.asarray(matrix, dtype=float)
    primary = np.asarray(hidden, dtype=bool)
    if m.ndim != 2 or m.size == 0:
        return primary.copy(), np.zeros_like(primary)
    if total_rows is None and total_cols is None:
        relations = found_relations(m)
    else:
        relations = table_relations(m.shape, total_rows or (), total_cols or ())
    n_cols = m.shape[1]
    covered = {int(t) % n_cols for members, t in relations
               if t is not None and all(int(c) % n_cols == int(t) % n_cols for c in members)}
    for j in external_cols:
        if j not in covered:
            relations.append((np.arange(m.shape[0]) * n_cols + j, None))
    rank = None
    if whole_rows:
        size = np.nansum(np.abs(m), axis=1) if row_size is None else np.asarray(row_size, dtype=float)
        rank = np.repeat(size, m.shape[1])
    mask = primary.copy()
    if whole_rows:
        mask |= mask.any(axis=1, keepdims=True)
    while True:
        new = secondary_suppression(m.ravel(), mask.ravel(), relations, rank).reshape(m.shape)
        if whole_rows:
            new |= new.any(axis=1, keepdims=True)
        if (new == mask).all():
            break
        mask = new
    return mask, mask & ~primary
