"""Shares → counts: count_m = share_m × total, with the share given in percent or as a fraction.

Pure numpy. The unit is decided once for all share fields of a table (one publisher, one unit), from
all rows, never per value:
- some share above 1 → percent (then every share must be ≤ 100), unless the column mixes units:
  a tenth of the rows or more at most 1, next to rows ten times larger and more (rows 1–8 in
  0.1 … 0.9, rows 9–16 in 10 … 100), or rows adding up to 1 next to rows adding up to 100 → refused, naming the rows;
- every share ≤ 1 and every row of several share fields adds up to about 1 → fraction;
- every share ≤ 1 otherwise → ambiguous (0.5 is 50 % as a fraction and 0.5 % as percent): refused,
  the caller names the unit explicitly (SHARE_UNIT).

The decision needs only running statistics, kept by ShareStats, so a table can also be read in chunks.
"""
from __future__ import annotations

import re

import numpy as np
from ..errors import InputError, QT_TRANSLATE_NOOP, Text

SCALE = {"percent": 0.01, "fraction": 1.0}
MIXED_RATIO = 10.0      # rows ≤ 1 next to rows ≥ 10 × their largest value: two units in one column,
MIXED_SHARE = 0.1       # when the rows ≤ 1 are at least two and a tenth of the rows (not a stray small percent)
_LIMIT = 1.0 + 1e-9
_KEEP = 64              # row labels kept per class for messages


class ShareError(InputError):
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
        self.rows_one = [0, None]        # rows of several fields adding up to about 1: count, first label
        self.rows_hundred = [0, None]    # … to about 100
        self.rows_complete = 0
        self.low = {f: [0.0, []] for f in self.fields}       # 0 < share ≤ 1: largest, labels
        self.high = {f: [np.inf, []] for f in self.fields}   # share > 1: smallest, labels
        self.n_low = {f: 0 for f in self.fields}
        self.n_high = {f: 0 for f in self.fields}
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
            low = np.nonzero((a > 0) & (a <= 1.0))[0]
            high = np.nonzero(a > 1.0)[0]
            if low.size:
                self.low[f][0] = max(self.low[f][0], float(a[low].max()))
                self.low[f][1].extend(name(int(i)) for i in low[:max(0, _KEEP - len(self.low[f][1]))])
                self.n_low[f] += int(low.size)
            if high.size:
                self.high[f][0] = min(self.high[f][0], float(a[high].min()))
                self.high[f][1].extend(name(int(i)) for i in high[:max(0, _KEEP - len(self.high[f][1]))])
                self.n_high[f] += int(high.size)
        if len(arrays) > 1 and n:
            stack = np.column_stack(list(arrays.values()))
            complete = np.isfinite(stack).all(axis=1)
            rowsum = stack.sum(axis=1)
            one = np.nonzero(complete & (np.abs(rowsum - 1.0) < 0.02))[0]
            hundred = np.nonzero(complete & (np.abs(rowsum - 100.0) < 2.0))[0]
            self.rows_complete += int(complete.sum())
            for acc, hits in ((self.rows_one, one), (self.rows_hundred, hundred)):
                if hits.size:
                    acc[0] += int(hits.size)
                    if acc[1] is None:
                        acc[1] = name(int(hits[0]))
            self.row_sums_to_one = self.rows_one[0] > 0
        self.rows += n
        return self

    def unit(self):
        """("percent" | "fraction", reason), or ShareError; the reason is a Text (str() English, translated
        where it is shown)."""
        for f in self.fields:
            v, where, raw = self.min[f]
            if v < 0:
                raise ShareError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "field '{field}' has a negative share ({raw:g}) in {where}"),
                    field=f, raw=raw, where=_where(where))
        if self.n_finite == 0:
            raise ShareError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "no share values to read"))
        vmax = max(self.max[f][0] for f in self.fields)
        if self.rows_one[0] and self.rows_hundred[0]:
            raise ShareError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the shares of {rows_one} add up to 1 (fractions) but those of {rows_hundred} add up to "
                "100 (percent): one unit per table; export the shares in one unit"),
                rows_one=_where(self.rows_one[1]), rows_hundred=_where(self.rows_hundred[1]))
        if vmax > 1.0:
            for f in self.fields:
                v, where, raw = self.max[f]
                if v > 100.0 * (1 + 1e-9):
                    raise ShareError(
                        QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "field '{field}' has a share of {raw:g} % in {where}, over 100 %: the fields are not "
                        "shares (leave 'fields are shares' off for counts)"),
                        field=f, raw=raw, where=_where(where))
            if len(self.fields) > 1 and self.rows_complete and self.rows_hundred[0] == self.rows_complete:
                return "percent", Text(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "the shares of every row add up to 100: read as percent"))
            for f in self.fields:
                low_max, low_rows = self.low[f]
                high_min, high_rows = self.high[f]
                n_low, n_high = self.n_low[f], self.n_high[f]
                if (n_low >= max(2, MIXED_SHARE * (n_low + n_high)) and high_rows
                        and high_min >= MIXED_RATIO * low_max):
                    raise ShareError(
                        QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "field '{field}' mixes units: {rows} are at most {low_max:g} (fractions?) but {rows2} "
                        "are {high_min:g} or more (percent?); export the shares in one unit, or set "
                        "SHARE_UNIT=percent if the small values are percent"),
                        field=f, rows=_rows(low_rows, self.n_low[f]), low_max=low_max,
                        rows2=_rows(high_rows, self.n_high[f]), high_min=high_min)
            return "percent", Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "largest share is {vmax} (> 1): read as percent"), vmax=f"{vmax:g}")
        if len(self.fields) > 1 and self.rows_complete and self.rows_one[0] == self.rows_complete:
            return "fraction", Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the shares of every row add up to 1: read as fractions"))
        raise ShareError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "every share is at most {vmax:g}: that is up to {value:g} % as fractions, or below 1 % "
            "as percent, and the values do not decide which; set SHARE_UNIT=percent or "
            "SHARE_UNIT=fraction"),
            vmax=vmax, value=100 * vmax)

    def check_whole(self, unit):
        """Refuses a share above the whole in the given unit (the first such row of the first field)."""
        for f in self.fields:
            hit = self.over[unit][f]
            if hit is not None:
                where, raw = hit
                raise ShareError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "field '{field}' has a share of {raw:g} in {where}, more than the whole (read as {unit})"),
                    field=f, raw=raw, where=_where(where), unit=unit)


def detect_unit(shares, ids=None, kind="feature"):
    """shares: {field: float array}; ids name the rows in messages ("feature 17"; default "row 3").
    Returns ("percent" | "fraction", reason)."""
    return ShareStats(list(shares)).update(shares, ids=ids, kind=kind).unit()


def shares_to_counts(shares, total, unit):
    """{field: counts} = share × total (÷ 100 for percent). Row sums above the total are refused."""
    total = np.asarray(total, dtype=float)
    scale = SCALE[unit]
    counts = {f: np.asarray(v, dtype=float) * scale * total for f, v in shares.items()}
    ShareStats(list(shares)).update(shares).check_whole(unit)
    return counts


def _where(label):
    """The row label 'row 3' / 'feature 17' (kept in English internally) as a translatable Text."""
    m = re.match(r"^(row|feature) (-?\d+)$", str(label))
    if m is None:
        return label
    if m.group(1) == "row":
        return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "row {row}"), row=int(m.group(2)))
    return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "feature {fid}"), fid=int(m.group(2)))


def _rows(labels, count):
    """'rows 1–8' / 'features 3, 7, 9' / '… (20 in all)' (a Text) from labels such as 'row 3'."""
    parsed = [re.match(r"^(row|feature) (-?\d+)$", label) for label in labels]
    if all(parsed) and len({m.group(1) for m in parsed}) == 1:
        kind = parsed[0].group(1)
        nums = [int(m.group(2)) for m in parsed]
        parts, start, prev = [], nums[0], nums[0]
        for x in nums[1:] + [None]:
            if x is not None and x == prev + 1:
                prev = x
                continue
            parts.append(f"{start}" if start == prev else f"{start}–{prev}")
            if x is not None:
                start = prev = x
        if count > 1:
            text = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "rows {rows}"), rows=", ".join(parts)) if kind == "row"
                    else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "features {fids}"), fids=", ".join(parts)))
        else:
            text = _where(f"{kind} {parts[0]}")
    else:
        text = ", ".join(labels)
    if count > len(labels):
        text = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{items} … ({count} in all)"), items=text, count=count)
    return text
