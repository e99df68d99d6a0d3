"""Aspatial two-group segregation indices (Duncan & Duncan 1955; Massey & Denton 1988; Theil 1972).

Every function takes the group counts ``x`` and the unit totals ``t`` of units with t > 0.
``x`` may be one-dimensional (n,) or two-dimensional (n, k): each column is one replicate
(a permutation or bootstrap draw) and the result is then an array of k values. Nothing here
builds an n x n matrix; the Gini index uses sorting (O(n log n)).
"""
from __future__ import annotations

import numpy as np


def _prep(x, t):
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    if x.ndim == 2 and t.ndim == 1:
        t = t[:, None]
    return x, t


def dissimilarity(x, t):
    """D = 1/2 sum |x_i/X - y_i/Y| with y = t - x."""
    x, t = _prep(x, t)
    X = x.sum(axis=0)
    Y = t.sum(axis=0) - X
    # y = t - x first: the shorter x (1/X + 1/Y) - t/Y cancels badly when the rest Y is small
    return 0.5 * np.abs(x / X - (t - x) / Y).sum(axis=0)


def pairwise_abs_sum(v, w):
    """sum_i sum_j w_i w_j |v_i - v_j| along axis 0, in O(n log n) by sorting.

    With v sorted ascending, sum_{i<j} w_i w_j (v_j - v_i) = sum_j w_j (v_j W_j - S_j), where W_j and
    S_j are the sums of w and w*v over the units before j. The double sum counts each pair twice.
    """
    v = np.asarray(v, dtype=float)
    w = np.broadcast_to(np.asarray(w, dtype=float), v.shape)
    order = np.argsort(v, axis=0, kind="stable")
    vs = np.take_along_axis(v, order, axis=0)
    ws = np.take_along_axis(w, order, axis=0)
    wv = ws * vs
    w_before = np.cumsum(ws, axis=0) - ws
    s_before = np.cumsum(wv, axis=0) - wv
    return 2.0 * (ws * (vs * w_before - s_before)).sum(axis=0)


def gini(x, t):
    """G = sum_i sum_j t_i t_j |p_i - p_j| / (2 T^2 P (1 - P))."""
    x, t = _prep(x, t)
    p = x / t
    X = x.sum(axis=0)
    Y = t.sum(axis=0) - X
    # T^2 P (1 - P) = X Y, without the cancellation of 1 - P when the rest is small
    return pairwise_abs_sum(p, t) / (2.0 * X * Y)


def entr(p):
    """-p ln p elementwise: 0 at p = 0, -inf below 0, NaN stays NaN (as scipy.special.entr; in numpy,
    so a run needs no scipy import for it). The one entropy term of the core."""
    p = np.asarray(p, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = -p * np.log(p)
    out = np.where(p == 0.0, 0.0, out)
    return np.where(p < 0.0, -np.inf, out)


def binary_entropy(p):
    """-p ln p - (1-p) ln(1-p), 0 at p = 0 and p = 1 (natural logarithm)."""
    p = np.asarray(p, dtype=float)
    return entr(p) + entr(1.0 - p)


def theil_h(x, t):
    """Theil's entropy index H = sum t_i (E - E_i) / (E T)."""
    x, t = _prep(x, t)
    T = t.sum(axis=0)
    E = binary_entropy(x.sum(axis=0) / T)
    Ei = binary_entropy(x / t)
    return (t * (E - Ei)).sum(axis=0) / (E * T)


def atkinson(x, t, b=0.5):
    """Atkinson A(b) = 1 - P/(1-P) |sum (1-p_i)^(1-b) p_i^b t_i / (P T)|^(1/(1-b)) (Massey & Denton)."""
    if not 0.0 < b < 1.0:
        raise ValueError("Atkinson parameter b must lie strictly between 0 and 1")
    x, t = _prep(x, t)
    p = x / t
    T = t.sum(axis=0)
    P = x.sum(axis=0) / T
    s = ((1.0 - p) ** (1.0 - b) * p**b * t).sum(axis=0) / (P * T)
    return 1.0 - P / (1.0 - P) * np.abs(s) ** (1.0 / (1.0 - b))


def isolation(x, t):
    """xPx = sum (x_i/X)(x_i/t_i)."""
    x, t = _prep(x, t)
    return (x / x.sum(axis=0) * (x / t)).sum(axis=0)


def interaction(x, t):
    """xPy = sum (x_i/X)(y_i/t_i)."""
    x, t = _prep(x, t)
    return (x / x.sum(axis=0) * ((t - x) / t)).sum(axis=0)


def correlation_ratio(x, t):
    """eta^2 = (xPx - P)/(1 - P)."""
    x, t = _prep(x, t)
    P = x.sum(axis=0) / t.sum(axis=0)
    return (isolation(x, t) - P) / (1.0 - P)


INDICES = {
    "D": dissimilarity,
    "GINI": gini,
    "H": theil_h,
    "A": atkinson,
    "XPX": isolation,
    "XPY": interaction,
    "ETA2": correlation_ratio,
}
