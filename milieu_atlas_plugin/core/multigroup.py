"""Multigroup segregation indices (Reardon & Firebaugh 2002; Theil 1972; Simpson 1949).

``counts`` is (n, M): units with t > 0 in rows, a partition of the unit total in the M columns.
It may also be (n, M, k): k replicates (permutations or bootstrap draws); every function then
returns k values. pi_im = share of group m in unit i, pi_m = city share, I = sum pi_m (1 - pi_m),
E = -sum pi_m ln pi_m.
"""
from __future__ import annotations

import numpy as np
from scipy.special import entr, xlogy

from .twogroup import pairwise_abs_sum


_LAST = [None, None]  # (array, parts): the catalogue evaluates every code on the same array


def _parts(counts):
    if _LAST[0] is counts:
        return _LAST[1]
    c = np.asarray(counts, dtype=float)
    if c.ndim == 2:
        # matrix products are much faster than axis reductions over a narrow (n, M) array
        t = c @ np.ones(c.shape[1])
        colsum = np.ones(c.shape[0]) @ c
        T = colsum.sum()
    else:
        t = c.sum(axis=1)  # (n, k)
        colsum = c.sum(axis=0)  # (M, k)
        T = t.sum(axis=0)  # (k,)
    pim = c / t[:, None]
    pm = colsum / T  # (M,) or (M, k)
    parts = (c, t, T, pim, pm)
    _LAST[0], _LAST[1] = counts, parts
    return parts


def _unit_group_sum(a, t):
    """sum_i sum_m t_i a_im for a (n, M) or (n, M, k)."""
    if a.ndim == 2:
        return t @ (a @ np.ones(a.shape[1]))
    return (t[:, None] * a).sum(axis=(0, 1))


def simpson_interaction(pm):
    return (pm * (1.0 - pm)).sum(axis=0)


def diversity(counts):
    """MDIV: Shannon entropy E of the city composition (natural log, not normalised)."""
    _, _, _, _, pm = _parts(counts)
    return entr(pm).sum(axis=0)


def simpson_concentration(counts):
    """MSC: sum pi_m^2."""
    _, _, _, _, pm = _parts(counts)
    return (pm * pm).sum(axis=0)


def simpson_interaction_index(counts):
    """MSI: I = sum pi_m (1 - pi_m)."""
    _, _, _, _, pm = _parts(counts)
    return simpson_interaction(pm)


def dissimilarity(counts):
    """MD = sum_m sum_i t_i |pi_im - pi_m| / (2 T I)."""
    _, t, T, pim, pm = _parts(counts)
    return _unit_group_sum(np.abs(pim - pm), t) / (2.0 * T * simpson_interaction(pm))


def gini(counts):
    """MGINI = sum_m sum_i sum_j t_i t_j |pi_im - pi_jm| / (2 T^2 I), O(n log n) per group."""
    _, t, T, pim, pm = _parts(counts)
    num = pairwise_abs_sum(pim, t[:, None]).sum(axis=0)
    return num / (2.0 * T * T * simpson_interaction(pm))


def mutual_information(counts):
    """MM: M = sum_i (t_i/T) sum_m pi_im ln(pi_im / pi_m)."""
    c, t, T, pim, pm = _parts(counts)
    # sum_m pi_im ln pi_im - sum_m pi_im ln pi_m, with 0 ln 0 = 0
    return _unit_group_sum(xlogy(pim, pim) - pim * np.log(pm), t) / T


def information_theory(counts):
    """MH = M / E."""
    return mutual_information(counts) / diversity(counts)


def normalized_exposure(counts):
    """MNE = sum_m sum_i t_i (pi_im - pi_m)^2 / (T (1 - pi_m))."""
    _, t, T, pim, pm = _parts(counts)
    return _unit_group_sum((pim - pm) ** 2 / (1.0 - pm), t) / T


def squared_coef_var(counts):
    """MSCV = sum_m sum_i t_i (pi_im - pi_m)^2 / ((M - 1) T pi_m)."""
    c, t, T, pim, pm = _parts(counts)
    M = c.shape[1]
    return _unit_group_sum((pim - pm) ** 2 / pm, t) / ((M - 1) * T)


def relative_diversity(counts):
    """MRD = sum_m sum_i t_i (pi_im - pi_m)^2 / (T I)."""
    _, t, T, pim, pm = _parts(counts)
    return _unit_group_sum((pim - pm) ** 2, t) / (T * simpson_interaction(pm))


INDICES = {
    "MD": dissimilarity,
    "MGINI": gini,
    "MH": information_theory,
    "MM": mutual_information,
    "MNE": normalized_exposure,
    "MSCV": squared_coef_var,
    "MRD": relative_diversity,
    "MSC": simpson_concentration,
    "MSI": simpson_interaction_index,
    "MDIV": diversity,
}
