"""Shares → counts: count_m = share_m × total, with the share given in percent or as a fraction.

Pure numpy. The unit is decided once for all share fields of a table (one publisher, one unit):
- some share above 1 → percent (then every share must be ≤ 100);
- every share ≤ 1 and some share ≥ FRACTION_EVIDENCE (as percent that would make the group below
  1 % in every unit), or the shares of a row add up to about 1 → fraction;
- every share below FRACTION_EVIDENCE and no row sums to about 1 → ambiguous: refused, the caller
  names the unit explicitly.

The decision needs only running statistics (minimum, maximum, whether some row sums to about 1, the
first row over the whole), kept by ShareStats, so a table can also be read in chunks.
"""
from __future__ import annotations

import numpy as np

FRACTION_EVIDENCE = 0.2
SCALE = {"percent": 0.01, "fraction": 1.0}
_LIMIT = 1.0 + 1e-9


class ShareError(ValueError):
    pass


class ShareStats:
    """What detect_unit and the whole-check of shares_to_counts decide, gathered chunk by chunk.

    update(shares, ids, kind): shares {field: array} of consecutive rows; ids (optional) name the rows in
    messages as "<kind> <id>" ("feature 17"); by default rows are counted from 1 over all updates ("row 3")."""

    def __init__(self, fields):
        self.fields = list(fields)
        self.rows = 0
        self.n_finite = 0
        self.min = {f: (np.inf, None, None) for f in self.fields}    # (value, label, raw value)
        self.max = {f: (-np.inf, None, None) for f in self.fields}
        self.row_sums_to_one = False
        self.over = {u: {f: None for f in self.fields} for u in SCALE}  # first (label, value) over the whole

    def update(self, shares, ids=None, kind="feature"):
        arrays = {f: np.asarray(shares[f], dtype=float) for f in self.fields}
        n = len(next(iter(arrays.values()))) if arrays else 0
        offset = self.rows

        def name(i):
            return f"row {offset + i + 1}" if ids is None else f"{kind} {ids[i]}"
        for f, a in arrays.items():
            fin = np.isfinite(a)
            if not fin.any():
                continue
            self.n_finite += int(fin.sum())
            i = int(np.nanargmin(a))
            if a[i] < self.min[f][0]:
                self.min[f] = (float(a[i]), name(i), a[i])
            i = int(np.nanargmax(a))
            if a[i] > self.max[f][0]:
                self.max[f] = (float(a[i]), name(i), a[i])
            for unit, scale in SCALE.items():
                if self.over[unit][f] is None:
                    bad = np.nonzero(a * scale > _LIMIT)[0]
                    if bad.size:
                        self.over[unit][f] = (name(int(bad[0])), a[int(bad[0])])
        if len(arrays) > 1 and n and not self.row_sums_to_one:
            rowsum = np.nansum(np.column_stack(list(arrays.values())), axis=1)
            self.row_sums_to_one = bool(np.any(np.abs(rowsum - 1.0) < 0.02))
        self.rows += n
        return self

    def unit(self):
        """("percent" | "fraction", reason), or ShareError."""
        for f in self.fields:
            v, where, raw = self.min[f]
            if v < 0:
                raise ShareError(f"field '{f}' has a negative share ({raw:g}) in {where}")
        if self.n_finite == 0:
            raise ShareError("no share values to read")
        vmax = max(self.max[f][0] for f in self.fields)
        if vmax > 1.0:
            for f in self.fields:
                v, where, raw = self.max[f]
                if v > 100.0 * (1 + 1e-9):
                    raise ShareError(
                        f"field '{f}' has a share of {raw:g} % in {where}, over 100 %: "
                        "the fields are not shares (leave 'fields are shares' off for counts)")
            return "percent", f"largest share is {vmax:g} (> 1): read as percent"
        if vmax >= FRACTION_EVIDENCE:
            return "fraction", f"every share is at most 1 and the largest is {vmax:g}: read as fractions"
        if len(self.fields) > 1 and self.row_sums_to_one:
            return "fraction", "the shares of a row add up to 1: read as fractions"
        raise ShareError(
            f"every share is at most {vmax:g}: that may be percent (all below 1 %) or fractions; "
            "set SHARE_UNIT=percent or SHARE_UNIT=fraction")

    def check_whole(self, unit):
        """Refuses a share above the whole in the given unit (the first such row of the first field)."""
        for f in self.fields:
            hit = self.over[unit][f]
            if hit is not None:
                where, raw = hit
                raise ShareError(f"field '{f}' has a share of {raw:g} in {where}, more than the whole "
                                 f"(read as {unit})")


def detect_unit(shares):
    """shares: {field: float array}. Returns ("percent" | "fraction", reason)."""
    return ShareStats(list(shares)).update(shares).unit()


def shares_to_counts(shares, total, unit):
    """{field: counts} = share × total (÷ 100 for percent). Row sums above the total are refused."""
    total = np.asarray(total, dtype=float)
    scale = SCALE[unit]
    counts = {f: np.asarray(v, dtype=float) * scale * total for f, v in shares.items()}
    ShareStats(list(shares)).update(shares).check_whole(unit)
    return counts
