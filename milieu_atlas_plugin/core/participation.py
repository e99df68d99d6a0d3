"""Participation potential per district from milieu household counts and a rate table (pure numpy).

For district i with n_im households of milieu m, status-quo rate s_m and potential rate q_m:
  status quo S_i = sum_m n_im s_m, potential P_i = sum_m n_im q_m, untapped U_i = P_i - S_i
  = sum_m n_im d_m with d_m = q_m - s_m, the share of respondents who would take part and have not.
Rates: S_i, P_i, U_i over the district's population (default: its households, sum_m n_im).
Where the table gives the respondents n_m, d_m is a sample proportion with variance d_m(1 - d_m)/n_m;
the milieus' surveys are independent, so Var(U_i) = sum_m n_im^2 d_m (1 - d_m) / n_m, and the 95 %
interval is U_i -/+ 1.96 sqrt(Var(U_i)), the lower end clipped at 0. It exists where every milieu with
households in the district has n_m. The city total uses the city's households N_m in the same formula
(the same d_m apply to every district, so their errors add up fully, not in quadrature).
Suppression: the plugin's one rule (core.suppression.unit_rule on the district's households):
districts with more than 0 and fewer than ``min_count`` households get no value (NaN) and
``suppressed`` = True. Districts without any household reveal nobody (not suppressed); their
values stay blank as before (no participation there: a table prints '–' for the amounts, 'x' for
the rates).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP
from .suppression import unit_rule

Z95 = 1.959963984540054
FIELDS = ("part_statusquo", "part_potential", "part_untapped", "part_statusquo_rate", "part_potential_rate",
          "part_untapped_rate", "part_untapped_ci_low", "part_untapped_ci_high")


def _interval(u, n_im, d, n_resp):
    """(low, high) of U for rows of counts n_im; NaN where a milieu with households lacks n."""
    has = np.array([v is not None for v in n_resp])
    nn = np.array([v if v is not None else np.nan for v in n_resp], dtype=float)
    var_m = np.where(has, d * (1.0 - d) / np.where(has, nn, 1.0), 0.0)
    var = (n_im * n_im) @ var_m
    known = ~((n_im > 0) & ~has[None, :]).any(axis=1) if n_im.ndim == 2 else ~((n_im > 0) & ~has).any()
    sd = np.sqrt(var)
    low = np.where(known, np.maximum(u - Z95 * sd, 0.0), np.nan)
    high = np.where(known, u + Z95 * sd, np.nan)
    return low, high


def participation(counts, rates, *, population=None, min_count=0.0):
    """{field: (n,) float} (FIELDS plus 'households' and 'suppressed' (bool)) for (n, M) counts in the rate
    table's code order."""
    n_im = np.asarray(counts, dtype=float)
    M = len(rates.codes)
    if n_im.ndim != 2 or n_im.shape[1] != M:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "expected an (n, {m}) array of milieu counts, got {shape}"),
            m=M, shape=n_im.shape)
    if not np.isfinite(n_im).all() or (n_im < 0).any():
        i = int(np.flatnonzero((~np.isfinite(n_im) | (n_im < 0)).any(axis=1))[0])
        err = InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "unit {index} has a missing or negative milieu count"),
            index=i)
        err.unit = i
        raise err
    if min_count is None or not np.isfinite(min_count) or min_count < 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "MIN_COUNT must be zero or more, got {min_count!r}"),
            min_count=min_count)
    s = np.asarray(rates.status_quo, dtype=float)
    q = np.asarray(rates.potential, dtype=float)
    d = q - s
    households = n_im.sum(axis=1)
    if population is None:
        pop = households
    else:
        pop = np.asarray(population, dtype=float)
        bad = np.flatnonzero(~np.isfinite(pop) | (pop < 0))
        if bad.size:
            err = InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "unit {bad} has a missing or negative population ({pop})"),
                bad=int(bad[0]), pop=pop[bad[0]])
            err.unit = int(bad[0])
            raise err
    suppressed, empty = unit_rule(households, min_count)
    show = ~suppressed & ~empty
    sq = n_im @ s
    pot = n_im @ q
    unt = n_im @ d
    out = {"households": households}
    with np.errstate(divide="ignore", invalid="ignore"):
        rate_ok = show & (pop > 0)
        for name, v in (("part_statusquo", sq), ("part_potential", pot), ("part_untapped", unt)):
            out[name] = np.where(show, v, np.nan)
            out[name + "_rate"] = np.where(rate_ok, v / np.where(pop > 0, pop, 1.0), np.nan)
    low, high = _interval(unt, n_im, d, rates.n)
    out["part_untapped_ci_low"] = np.where(show, low, np.nan)
    out["part_untapped_ci_high"] = np.where(show, high, np.nan)
    out["suppressed"] = suppressed
    return out


def city_totals(counts, rates, population=None):
    """City totals: households, status quo, potential, untapped, untapped rate and its interval."""
    n_im = np.asarray(counts, dtype=float)
    N = n_im.sum(axis=0)
    s = np.asarray(rates.status_quo, dtype=float)
    q = np.asarray(rates.potential, dtype=float)
    d = q - s
    households = float(N.sum())
    pop = households if population is None else float(np.sum(population))
    u = float(N @ d)
    low, high = _interval(np.array(u), N, d, rates.n)
    return {"households": households, "part_statusquo": float(N @ s), "part_potential": float(N @ q),
            "part_untapped": u, "part_untapped_rate": u / pop if pop > 0 else float("nan"),
            "part_untapped_ci_low": float(low), "part_untapped_ci_high": float(high)}


def ranking(values):
    """Indices of the districts with a value, by untapped potential (largest first; ties by order)."""
    u = np.asarray(values["part_untapped"], dtype=float)
    idx = np.flatnonzero(np.isfinite(u))
    return idx[np.argsort(-u[idx], kind="stable")]
