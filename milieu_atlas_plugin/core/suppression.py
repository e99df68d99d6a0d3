"""Confidentiality: the one suppression rule of the plugin (pure numpy, no QGIS).

A published value of a unit (share, LQ, LISA class, Gi*, contribution, participation, a printed
count) is suppressed for a group when it would reveal fewer than ``min_count`` persons: the unit's
total or the group's count is above 0 and below ``min_count``. A count of exactly 0 reveals nobody
and is shown as 0 ("–" in a table: nothing there); an unknown count (NaN) is suppressed, since
nobody can tell what it would reveal. ``localmeasures``, ``mapsheet``, ``atlas`` and the
exports all call :func:`suppression_mask` / :func:`suppressed_units`; per group the flag is
``<group>_suppressed`` and ``suppressed`` is any of them, so hiding a small group never hides
another group's map.

DIN 55301 markers for tables: :data:`SUPPRESSED_MARK` ('.'), :data:`NOTHING_MARK` ('–'),
:data:`NOT_MEANINGFUL_MARK` ('x').
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
