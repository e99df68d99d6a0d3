"""Exact between/within decomposition of the mutual information index M and Theil's H (Theil 1972;
Reardon & Firebaugh 2002; Mora & Ruiz-Castillo 2011).

With units i nested in parents g (``level``: parent code 0..L-1 of each unit):
  M = M_between + M_within,
  M_between = M of the parents' aggregated counts,
  M_within  = sum_g (T_g/T) M_g = sum_i (t_i/T) sum_m pi_im ln(pi_im / pi_gm),
  H_between = M_between / E, H_within = M_within / E  (E: city entropy), so H = H_between + H_within.
Both parts are computed from their own formulas (not one as the remainder of the other), so the
identity is a real check. ``counts`` is (n, M) or (n, M, k) (k replicates).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.special import xlogy

from . import multigroup as mg


def aggregate(counts, level):
    """Sum the unit counts (n, M[, k]) by parent code -> (L, M[, k])."""
    c = np.asarray(counts, dtype=float)
    level = np.asarray(level)
    n = c.shape[0]
    L = int(level.max()) + 1
    ind = sp.csr_matrix((np.ones(n), (level, np.arange(n))), shape=(L, n))
    return (ind @ c.reshape(n, -1)).reshape((L,) + c.shape[1:])


def between_m(counts, level):
    return mg.mutual_information(aggregate(counts, level))


def within_m(counts, level):
    c = np.asarray(counts, dtype=float)
    level = np.asarray(level)
    parent = aggregate(c, level)  # (L, M[, k])
    t = c.sum(axis=1)
    T = t.sum(axis=0)
    pim = c / t[:, None]
    pgm = (parent / parent.sum(axis=1)[:, None])[level]  # parent shares of each unit's parent
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pg = np.where(pgm > 0, np.log(np.where(pgm > 0, pgm, 1.0)), 0.0)
    local = xlogy(pim, pim).sum(axis=1) - (pim * log_pg).sum(axis=1)
    return (t * local).sum(axis=0) / T


def decompose(counts, level):
    """Return dict with M, M_between, M_within, H, H_between, H_within (floats or (k,) arrays)."""
    E = mg.diversity(counts)
    m_total = mg.mutual_information(counts)
    mb = between_m(counts, level)
    mw = within_m(counts, level)
    return {"M": m_total, "M_between": mb, "M_within": mw,
            "H": m_total / E, "H_between": mb / E, "H_within": mw / E}


def level_function(code, level):
    """The function counts -> value for one of the level codes of the catalogue."""
    level = np.asarray(level)
    if code == "MM_BETWEEN":
        return lambda c: between_m(c, level)
    if code == "MM_WITHIN":
        return lambda c: within_m(c, level)
    if code == "MH_BETWEEN":
        return lambda c: between_m(c, level) / mg.diversity(c)
    if code == "MH_WITHIN":
        return lambda c: within_m(c, level) / mg.diversity(c)
    raise ValueError(f"not a level code: {code}")
