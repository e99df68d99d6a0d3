"""Mass accounting of a join: every unit of every carried field ends in a district or in "unmatched".

Pure numpy. Σ over districts + Σ unmatched = Σ over the source, per field, to 1e-9 relative.
"""
from __future__ import annotations

import numpy as np
from ..errors import InputError, QT_TRANSLATE_NOOP

RTOL = 1e-9

COLUMNS = [("field", "str"), ("source_total", "double"), ("district_total", "double"),
           ("unmatched_total", "double")]


class AccountingError(InputError):
    """The join lost or created mass: a defect of the join, never of the user's data (an InputError so
    that its message reaches the user translated)."""


def distribute(target, weights, values, n_targets):
    """Sums ``values[row] * weights`` into ``n_targets`` bins.

    target: (m,) int index of the receiving bin per piece (-1 = unmatched);
    weights: (m,) weight of the piece; values: (m, k) the source values of the piece's source row.
    Returns (sums (n_targets, k), unmatched (k,))."""
    target = np.asarray(target, dtype=np.int64)
    weights = np.asarray(weights, dtype=np.float64)
    values = np.asarray(values, dtype=np.float64)
    if values.ndim == 1:
        values = values[:, None]
    k = values.shape[1]
    sums = np.zeros((n_targets, k))
    unmatched = np.zeros(k)
    hit = target >= 0
    for j in range(k):
        contrib = values[:, j] * weights
        sums[:, j] = np.bincount(target[hit], weights=contrib[hit], minlength=n_targets)
        unmatched[j] = _exact_sum(contrib[~hit])
    return sums, unmatched


def _exact_sum(a):
    a = np.asarray(a, dtype=np.float64)
    if a.size == 0:
        return 0.0
    return float(np.sum(a))


def accounting_rows(fields, source_totals, district_totals, unmatched_totals, rtol=RTOL):
    """[(field, source_total, district_total, unmatched_total)]; raises AccountingError when a field
    does not add up to ``rtol`` relative (absolute 1e-9 for a zero total)."""
    rows = []
    for f in fields:
        s = float(source_totals[f])
        d = float(district_totals[f])
        u = float(unmatched_totals[f])
        scale = max(abs(s), abs(d) + abs(u), 1.0)
        if abs(d + u - s) > rtol * scale:
            raise AccountingError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Field '{field}': districts {d!r} + unmatched {u!r} = {value!r} differs from the source "
                "total {s!r} by more than {rtol:g} relative. This is a defect of the join; please report "
                "it with the input data."),
                field=f, d=d, u=u, value=d + u, s=s, rtol=rtol
            )
        rows.append((f, s, d, u))
    return rows


def format_rows(rows):
    """The accounting table as text lines for the log."""
    width = max([len("field")] + [len(r[0]) for r in rows])
    lines = [f"{'field':<{width}}  {'source_total':>18}  {'district_total':>18}  {'unmatched_total':>18}"]
    for f, s, d, u in rows:
        lines.append(f"{f:<{width}}  {s:>18.6f}  {d:>18.6f}  {u:>18.6f}")
    return lines
