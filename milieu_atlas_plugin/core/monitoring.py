"""Monitoring over time (milieuatlas:monitoring): the pure part. No QGIS import.

- period dates and file-name patterns,
- harmonisation of counts on other boundaries by the pieces of the join engine's overlay,
  with the share of every target district's count that was moved (estimated from split sources),
- the long table (counts, shares, location quotients), the change classes in the Berlin manner
  (change of the share in percentage points, classed against the city's change), fixed class breaks
  for the whole series,
- the tests of every index against the first and the previous period (inference.difference_test on
  the bootstrap draws of each period).
"""
from __future__ import annotations

import re

import numpy as np

from .accounting import distribute
from .inference import difference_test
from ..errors import InputError, QT_TRANSLATE_NOOP

DATE_RE = re.compile(r"^(\d{4})-(\d{2})$")
# change classes: the district's change minus the city's change, in standard deviations of that
# difference over the districts (unweighted), as in the dynamics classes of Berlin's Monitoring
# Soziale Stadtentwicklung; codes -2 … 2
CLASS_BOUNDS = (-1.5, -0.5, 0.5, 1.5)
CLASS_CODES = (-2, -1, 0, 1, 2)
CLASS_LABELS = ("much below the city's change", "below the city's change", "as the city",
                "above the city's change", "much above the city's change")
LQ_BREAKS = (0.5, 0.8, 0.95, 1.05, 1.25, 2.0)  # diverging around 1 (contracts: LQ ramp centred at 1)


class MonitoringError(InputError):
    """Bad series input, with a one-line message."""


def check_date(text, where):
    """'YYYY-MM' or 'YYYY-HH' (half-year 01/02), returned stripped; anything else refused."""
    text = str(text).strip()
    m = DATE_RE.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise MonitoringError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{where}: date '{text}' is not YYYY-MM or YYYY-HH (e.g. 2015-01)."),
            where=where, text=text)
    return text


def pattern_regex(pattern):
    """A file-name pattern with one {date} → compiled regex with the group 'date'."""
    if pattern.count("{date}") != 1:
        raise MonitoringError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "PATTERN '{pattern}' must contain {{date}} exactly once."),
            pattern=pattern)
    head, tail = pattern.split("{date}")
    return re.compile("^" + re.escape(head) + r"(?P<date>\d{4}-\d{2})" + re.escape(tail) + "$")


def order_periods(dates, labels):
    """Indices that sort the periods by date; refuses two periods with the same date."""
    seen = {}
    for d, label in zip(dates, labels):
        if d in seen:
            raise MonitoringError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Two periods have the same date {d}: '{seen}' and '{label}'."),
                d=d, seen=seen[d], label=label)
        seen[d] = label
    return sorted(range(len(dates)), key=lambda i: dates[i])


# ------------------------------------------------------------------------------ harmonisation
class Harmoniser:
    """Counts on source units → target districts by the pieces (p_src, p_dst, weight) of an overlay.

    Slivers from differently digitised boundaries are decided by area: a piece smaller than ``sliver``
    of its source's area (when the source has a larger piece) is dropped, and a source whose remaining
    pieces cover at least 1 - sliver of its area is distributed wholly over them (its slivers are given
    to its pieces, reported as ``reassigned``); the rest of a less covered source is ``uncovered``.
    ``moved`` is the mass a target district got from source units split between several districts (an
    estimate), as opposed to whole units (a unit partly outside every district but inside one district
    is not split).

    Dasymetric (``mass`` = (m_src, m_dst, m_mass, source_mass): the weight — raster cells, address
    points, households — of every (source, district) pair and of every source in all, inside and outside
    the districts): the kept pieces of a source share its counts in proportion to their weight instead
    of their area. A wholly covered source gives each kept piece its weight over the weight of all kept
    pieces (weight in slivers or outside is reassigned); a less covered one gives its pieces their weight
    over the source's weight and leaves the rest uncovered. A source without weight in any kept piece
    falls back to its area weights (``fallback``; its counts are reported by ``fallback_mass``).
    Every count is conserved: for each source, Σ pieces + uncovered = 1."""

    def __init__(self, p_src, p_dst, weights, n_src, n_target, sliver=0.01, mass=None):
        p_src = np.asarray(p_src, dtype=np.int64)
        p_dst = np.asarray(p_dst, dtype=np.int64)
        w = np.asarray(weights, dtype=float)
        # pieces below ``sliver`` of a source that has a larger piece: slivers, dropped here
        covered = np.bincount(p_src, weights=w, minlength=n_src)
        largest = np.zeros(n_src)
        np.maximum.at(largest, p_src, w)
        keep = (w >= sliver) | (largest[p_src] < sliver)
        p_src, p_dst, w = p_src[keep], p_dst[keep], w[keep]
        inside = np.bincount(p_src, weights=w, minlength=n_src)
        self.covered = covered
        scale = np.ones(n_src)
        fill = (covered >= 1.0 - sliver) & (inside > 0)
        scale[fill] = 1.0 / inside[fill]
        w_area = w * scale[p_src]
        lost = 1.0 - inside                      # area share of a source in slivers and outside
        self.dasymetric = mass is not None
        self.fallback = np.zeros(n_src, dtype=bool)
        if mass is None:
            self.w = w_area
        else:
            m_piece, m_in, src_mass = _piece_mass(p_src, p_dst, n_target, mass)
            weighted = m_in > 0
            self.fallback = ~weighted
            with np.errstate(divide="ignore", invalid="ignore"):
                w_mass = np.where(fill[p_src], m_piece / m_in[p_src], m_piece / src_mass[p_src])
                lost = np.where(weighted, 1.0 - m_in / np.where(weighted, src_mass, 1.0), lost)
            self.w = np.where(weighted[p_src], w_mass, w_area)
        self.sliver_share = np.where(fill, lost, 0.0)  # given to the pieces
        self.p_src, self.p_dst = p_src, p_dst
        self.out_w = np.where(fill, 0.0, lost)
        self.out_w[np.abs(self.out_w) < 1e-12] = 0.0
        self.n_src, self.n_target = n_src, n_target
        # a piece of a source shared by several districts (by its kept pieces, not by its weights: a unit
        # whose weight lies in one of its pieces is still divided by an estimate)
        self.split = np.bincount(p_src, minlength=n_src)[p_src] > 1
        self.pieces = int(p_src.size)
        self.split_sources = int(np.unique(p_src[self.split]).size)

    def apply(self, values):
        """values (n_src, k) → (sums (n_target, k), moved (n_target, k), uncovered (k,),
        reassigned (k,))."""
        values = np.asarray(values, dtype=float)
        if values.ndim == 1:
            values = values[:, None]
        target = np.concatenate([self.p_dst, np.full(self.n_src, -1, dtype=np.int64)])
        w_all = np.concatenate([self.w, self.out_w])
        rows = np.concatenate([self.p_src, np.arange(self.n_src)])
        sums, uncovered = distribute(target, w_all, values[rows], self.n_target)
        moved, _ = distribute(np.where(self.split, self.p_dst, -1), self.w * self.split,
                              values[self.p_src], self.n_target)
        reassigned = (values * self.sliver_share[:, None]).sum(axis=0)
        return sums, moved, uncovered, reassigned

    def fallback_mass(self, values):
        """(k,) counts of the sources distributed by area for want of weight (dasymetric mode; 0 else)."""
        values = np.asarray(values, dtype=float)
        if values.ndim == 1:
            values = values[:, None]
        return values[self.fallback].sum(axis=0)


def _piece_mass(p_src, p_dst, n_target, mass):
    """Weight of each kept piece (0 where the pair has none), its sum per source, and the weight of
    every source (inside and outside the districts)."""
    m_src, m_dst, m_mass, src_mass = (np.asarray(a) for a in mass)
    n_src = src_mass.size
    key = p_src * (n_target + 1) + p_dst
    m_key = m_src.astype(np.int64) * (n_target + 1) + m_dst.astype(np.int64)
    order = np.argsort(m_key, kind="stable")
    m_key, m_mass = m_key[order], np.asarray(m_mass, dtype=float)[order]
    if m_key.size and np.any(m_key[1:] == m_key[:-1]):
        raise ValueError("dasymetric mass: a (source, district) pair occurs twice")
    pos = np.clip(np.searchsorted(m_key, key), 0, max(m_key.size - 1, 0))
    hit = (m_key[pos] == key) if m_key.size else np.zeros(key.size, dtype=bool)
    m_piece = np.where(hit, m_mass[pos] if m_key.size else 0.0, 0.0)
    m_in = np.bincount(p_src, weights=m_piece, minlength=n_src)
    src_mass = np.asarray(src_mass, dtype=float)
    if np.any(m_in > src_mass * (1 + 1e-9) + 1e-12):
        raise ValueError("dasymetric mass: the pieces of a source weigh more than the source")
    return m_piece, m_in, src_mass


# ------------------------------------------------------------------------------ tables
def shares_and_lq(total, group):
    """Share p_i = x_i / t_i (NaN where t_i = 0) and LQ_i = p_i / P."""
    total = np.asarray(total, dtype=float)
    group = np.asarray(group, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(total > 0, group / total, np.nan)
        city = group.sum() / total.sum() if total.sum() > 0 else np.nan
        lq = share / city
    return share, lq, city


def change_classes(share_first, share_last, city_first, city_last):
    """Berlin-style change classes. Returns (change_pp, relative_pp, z, class_code) per district and
    the city's change in pp: change_pp = 100 (p_last − p_first); relative = change − city change;
    classes by z = relative / sd(relative) at CLASS_BOUNDS (NaN where a share is missing)."""
    change = 100.0 * (np.asarray(share_last, float) - np.asarray(share_first, float))
    city = 100.0 * (city_last - city_first)
    rel = change - city
    ok = np.isfinite(rel)
    sd = float(np.std(rel[ok], ddof=1)) if ok.sum() > 1 else float("nan")
    with np.errstate(divide="ignore", invalid="ignore"):
        z = rel / sd if sd and np.isfinite(sd) else np.full_like(rel, np.nan)
    codes = np.full(rel.shape, np.nan)
    codes[ok] = np.asarray(CLASS_CODES)[np.searchsorted(CLASS_BOUNDS, z[ok], side="right")]
    return change, rel, z, codes, city, sd


def series_breaks(values, classes=5):
    """Fixed class breaks for every map of the series: quantiles of the pooled finite values of all
    periods, rounded to 4 decimals, strictly increasing (duplicates dropped)."""
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    if v.size == 0:
        return []
    qs = np.quantile(v, np.linspace(0.0, 1.0, classes + 1))
    out = []
    for q in np.round(qs, 4):
        if not out or q > out[-1]:
            out.append(float(q))
    return out


def change_tests(values, reps, level=0.95):
    """values: (n_periods,) estimates of one index; reps: list of (B,) bootstrap draws per period
    (None where not drawn). Returns a list per period of (vs_first, vs_previous) dicts or None."""
    out = []
    for j in range(len(values)):
        first = prev = None
        if j > 0 and reps[j] is not None:
            if reps[0] is not None:
                first = difference_test(values[0], values[j], reps[0], reps[j], level)
            if reps[j - 1] is not None:
                prev = difference_test(values[j - 1], values[j], reps[j - 1], reps[j], level)
        out.append((first, prev))
    return out
