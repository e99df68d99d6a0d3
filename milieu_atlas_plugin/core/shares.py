"""Shares → counts: count_m = share_m × total, with the share given in percent or as a fraction.

Pure numpy. The unit is decided once for all share fields of a table (one publisher, one unit):
- some share above 1 → percent (then every share must be ≤ 100);
- every share ≤ 1 and some share ≥ FRACTION_EVIDENCE (as percent that would make the group below
  1 % in every unit), or the shares of a row add up to about 1 → fraction;
- every share below FRACTION_EVIDENCE and no row sums to about 1 → ambiguous: refused, the caller
  names the unit explicitly.
"""
from __future__ import annotations

import numpy as np

FRACTION_EVIDENCE = 0.2


class ShareError(ValueError):
    pass


def detect_unit(shares):
    """shares: {field: float array}. Returns ("percent" | "fraction", reason)."""
    arrays = {f: np.asarray(v, dtype=float) for f, v in shares.items()}
    for f, a in arrays.items():
        if a.size and np.nanmin(a) < 0:
            i = int(np.nanargmin(a))
            raise ShareError(f"field '{f}' has a negative share ({a[i]:g}) in row {i + 1}")
    values = np.concatenate([a.ravel() for a in arrays.values()]) if arrays else np.zeros(0)
    values = values[np.isfinite(values)]
    if values.size == 0:
        raise ShareError("no share values to read")
    vmax = float(values.max())
    if vmax > 1.0:
        for f, a in arrays.items():
            if a.size and np.nanmax(a) > 100.0 * (1 + 1e-9):
                i = int(np.nanargmax(a))
                raise ShareError(
                    f"field '{f}' has a share of {a[i]:g} % in row {i + 1}, over 100 %: "
                    "the fields are not shares (leave 'fields are shares' off for counts)")
        return "percent", f"largest share is {vmax:g} (> 1): read as percent"
    if vmax >= FRACTION_EVIDENCE:
        return "fraction", f"every share is at most 1 and the largest is {vmax:g}: read as fractions"
    if len(arrays) > 1:
        rowsum = np.nansum(np.column_stack(list(arrays.values())), axis=1)
        if np.any(np.abs(rowsum - 1.0) < 0.02):
            return "fraction", "the shares of a row add up to 1: read as fractions"
    raise ShareError(
        f"every share is at most {vmax:g}: that may be percent (all below 1 %) or fractions; "
        "set SHARE_UNIT=percent or SHARE_UNIT=fraction")


def shares_to_counts(shares, total, unit):
    """{field: counts} = share × total (÷ 100 for percent). Row sums above the total are refused."""
    total = np.asarray(total, dtype=float)
    scale = 0.01 if unit == "percent" else 1.0
    counts = {f: np.asarray(v, dtype=float) * scale * total for f, v in shares.items()}
    limit = 1.0 + 1e-9
    for f, v in shares.items():
        a = np.asarray(v, dtype=float) * scale
        bad = np.nonzero(a > limit)[0]
        if bad.size:
            i = int(bad[0])
            raise ShareError(f"field '{f}' has a share of {v[i]:g} in row {i + 1}, more than the whole "
                             f"(read as {unit})")
    return counts
