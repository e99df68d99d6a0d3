"""Multigroup segregation indices (Reardon & Firebaugh 2002; Theil 1972; Simpson 1949).

``counts`` is (n, M): units with t > 0 in rows, a partition of the unit total in the M columns.
It may also be (n, M, k): k replicates (permutations or bootstrap draws); every function then
returns k values. pi_im = share of group m in unit i, pi_m = city share, I = sum pi_m (1 - pi_m),
E = -sum pi_m ln pi_m.

The one-index functions below are the readable reference, each straight from its formula.
:func:`suite` evaluates any set of codes in one call that computes the shared intermediates once
(the catalogue uses it); the tests check it against the reference functions.
"""
from __future__ import annotations

import numpy as np

from .twogroup import entr, pairwise_abs_sum


def xlogy(x, y):
    """scipy.special.xlogy, imported on first use."""
    from scipy.special import xlogy as _xlogy

    return _xlogy(x, y)


def _parts(counts):
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
    return c, t, T, pim, pm


def _city_shares(counts):
    c = np.asarray(counts, dtype=float)
    colsum = c.sum(axis=0)
    return colsum / colsum.sum(axis=0)


def _unit_group_sum(a, t):
    """sum_i sum_m t_i a_im for a (n, M) or (n, M, k)."""
    if a.ndim == 2:
        return t @ (a @ np.ones(a.shape[1]))
    return (t[:, None] * a).sum(axis=(0, 1))


def simpson_interaction(pm):
    return (pm * (1.0 - pm)).sum(axis=0)


def diversity(counts):
    """MDIV: Shannon entropy E of the city composition (natural log, not normalised)."""
    return entr(_city_shares(counts)).sum(axis=0)


def simpson_concentration(counts):
    """MSC: sum pi_m^2."""
    pm = _city_shares(counts)
    return (pm * pm).sum(axis=0)


def simpson_interaction_index(counts):
    """MSI: I = sum pi_m (1 - pi_m)."""
    return simpson_interaction(_city_shares(counts))


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
    # sum_m pi_im ln pi_im - sum_m pi_im ln pi_m, with 0 ln 0 = 0 (also for a group absent from
    # the whole city, pi_m = 0, as can happen in a bootstrap draw)
    return _unit_group_sum(xlogy(pim, pim) - xlogy(pim, pm), t) / T


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


# ---------------------------------------------------------------------------------------------
# all codes in one call (suite), sharing the intermediates
#
# With d_im = c_im - t_i pi_m (= t_i (pi_im - pi_m)), no share pi_im is needed for the
# deviation indices:
#   MD   = sum_im |d_im| / (2 T I)
#   u_m  = sum_i d_im^2 / t_i                (= sum_i t_i (pi_im - pi_m)^2)
#   MRD  = sum_m u_m / (T I),  MNE = sum_m u_m / (1 - pi_m) / T,  MSCV = sum_m u_m / pi_m / ((M-1) T)
# and the mutual information from per-unit sums of x ln x (0 ln 0 = 0):
#   t_i KL_i = sum_m c_im ln(c_im / (t_i pi_m)) = sum_m c_im ln c_im - t_i ln t_i - sum_m c_im ln pi_m,
#   M = sum_i t_i KL_i / T.
# Units with t_i = 0 contribute nothing (weight 0), exactly as if they had been left out.


def _sorted_abs_sum_rows(v, w):
    """sum_j sum_l w_rj w_rl |v_rj - v_rl| for every row r of v (R, n), rows contiguous; w (R, n)
    or (n,), >= 0. Sorted along the rows (contiguous), as twogroup.pairwise_abs_sum does along
    axis 0: with v sorted, the double sum is 2 sum_j w_j (v_j W_j - S_j), W_j and S_j the sums of
    w and w v before j."""
    w = np.broadcast_to(w, v.shape)
    order = np.argsort(v, axis=1)
    vs = np.take_along_axis(v, order, axis=1)
    ws = np.take_along_axis(w, order, axis=1)
    del order
    wv = ws * vs
    s_before = np.cumsum(wv, axis=1)
    s_before -= wv
    del wv
    w_before = np.cumsum(ws, axis=1)
    w_before -= ws
    w_before *= vs
    w_before -= s_before
    w_before *= ws
    return 2.0 * w_before.sum(axis=1)


ALL = tuple(INDICES)


def suite(counts, codes=ALL):
    """Evaluate the multigroup ``codes`` (subset of INDICES) on ``counts`` in one call that
    computes the shared intermediates (t_i, T, pi_m, I, E, d_im, ln c_im) once.

    counts: (n, M) or (n, M, k) as for the one-index functions; units with zero population are
    allowed and contribute nothing. Returns a dict code -> float ((n, M)) or (k,) array
    ((n, M, k)), in the order of ``codes``, equal to the one-index functions up to rounding.
    An (n, M) array whose transpose is C-contiguous (group-major storage, as the catalogue builds
    it) is read without a copy.
    """
    codes = list(dict.fromkeys(str(c) for c in codes))
    unknown = [c for c in codes if c not in INDICES]
    if unknown:
        raise ValueError(f"not multigroup codes: {unknown}")
    c = np.asarray(counts, dtype=float)
    if c.ndim == 2:
        out = _suite2(np.ascontiguousarray(c.T), set(codes))
    elif c.ndim == 3:
        out = _suite3(c, set(codes))
    else:
        raise ValueError(f"counts must be (n, M) or (n, M, k), got shape {c.shape}")
    # with one group only in the whole city (I = 0, possible in a draw) the indices that divide
    # by I are undefined: NaN, as the single-index functions give, not a rounding-error infinity
    undefined = np.asarray(out["MSI"]) <= 0
    if undefined.any():
        for key in _BY_SIMPSON & set(out):
            out[key] = np.where(undefined, np.nan, out[key])
            if np.ndim(out[key]) == 0:
                out[key] = float(out[key])
    return {k: out[k] for k in codes}


_BY_SIMPSON = {"MD", "MRD", "MGINI"}


# units per block of the one-pass suite: the block's work arrays (a few (M, CHUNK_UNITS) arrays)
# stay in the CPU cache and are reused from block to block, so no array of the size of the data
# is allocated (fresh large arrays cost more in page faults than the arithmetic on them)
CHUNK_UNITS = 16384
_TINY = np.finfo(float).tiny


def _suite2(a, want):
    """a = counts.T, (M, n) with contiguous rows (group-major storage): every vectorised loop runs
    along the units, in blocks of CHUNK_UNITS (see suite_blocks)."""
    M, n = a.shape
    out = suite_blocks(lambda s, e: a[:, s:e], M, n, want - {"MGINI"})
    if "MGINI" in want:
        out.update(_gini2(a))
    return out


def _gini2(a):
    """MGINI of a = counts.T (M, n): the shares pi_im sorted per group (O(n log n))."""
    M, n = a.shape
    t = a.sum(axis=0)
    colsum = a.sum(axis=1)
    T = colsum.sum()
    I = simpson_interaction(colsum / T)  # noqa: E741
    invt = np.divide(1.0, t, out=np.zeros(n), where=t > 0)
    buf = np.multiply(a, invt)  # pi_im, one row per group
    return {"MGINI": float(_sorted_abs_sum_rows(buf, t).sum() / (2.0 * T * T * I))}


def suite_blocks(block, M, n, want, colsum=None, chunk=CHUNK_UNITS):
    """The codes ``want`` (a set, without MGINI) of an (n, M) partition read in blocks of units:
    ``block(s, e)`` returns the (M, e - s) counts of units s .. e-1 (a view, or a buffer the caller
    reuses). ``colsum``: the group totals when the caller has them already (else one extra pass).
    Returns {code: float} with MSC, MSI and MDIV always included. Units with zero population
    contribute nothing."""
    if colsum is None:
        colsum = np.zeros(M)
        for s in range(0, n, chunk):
            colsum += block(s, min(n, s + chunk)).sum(axis=1)
    colsum = np.asarray(colsum, dtype=float)
    T = colsum.sum()
    pm = colsum / T
    I = simpson_interaction(pm)  # noqa: E741
    E = entr(pm).sum()
    out = {"MSC": float((pm * pm).sum()), "MSI": float(I), "MDIV": float(E)}
    dev = bool(want & {"MD", "MRD", "MNE", "MSCV"})
    info = bool(want & {"MM", "MH"})
    if not (dev or info):
        return out
    step = max(1, min(n, chunk))
    tbuf = np.empty(step)
    ibuf = np.empty(step)
    dbuf = np.empty((M, step))
    lbuf = np.empty((M, step))
    tlbuf = np.empty(step)
    ones = np.ones(M)
    pmc = pm[:, None]
    logpm = np.log(pm, out=np.zeros(M), where=pm > 0)
    md = 0.0
    u = np.zeros(M)
    m_sum = 0.0
    for s in range(0, n, step):
        e = min(n, s + step)
        w = e - s
        c = block(s, e)
        t = np.add.reduce(c, axis=0, out=tbuf[:w])
        if dev:
            # d_im = c_im - t_i pi_m, MD from sum |d|, u_m = sum_i d_im^2 / t_i (d = 0 where t = 0)
            d = dbuf[:, :w]
            np.multiply(pmc, t, out=d)
            np.subtract(c, d, out=d)
            np.abs(d, out=d)
            md += d.sum()
            d *= d
            inv = ibuf[:w]
            np.maximum(t, _TINY, out=inv)
            np.divide(1.0, inv, out=inv)
            u += d @ inv
        if info:
            # per unit t_i KL_i = sum_m c_im ln c_im - sum_m c_im ln pi_m - t_i ln t_i (>= 0),
            # then summed over units: no cancellation between large city-wide sums. c ln c with
            # ln max(c, tiny): 0 where c = 0 (0 ln 0 = 0)
            lg = lbuf[:, :w]
            np.maximum(c, _TINY, out=lg)
            np.log(lg, out=lg)
            lg *= c
            local = ones @ lg
            local -= logpm @ c
            tl = tlbuf[:w]
            np.maximum(t, _TINY, out=tl)
            np.log(tl, out=tl)
            tl *= t
            local -= tl
            m_sum += local.sum()
    if dev:
        out["MD"] = float(md / (2.0 * T * I))
        out["MRD"] = float(u.sum() / (T * I))
        out["MNE"] = float((u / (1.0 - pm)).sum() / T)
        out["MSCV"] = float((u / pm).sum() / ((M - 1) * T))
    if info:
        m = m_sum / T
        out["MM"] = float(m)
        out["MH"] = float(m / E)
    return out


def _suite3(c, want):
    """As _suite2 for k replicates (n, M, k), with one (n, M, k) scratch buffer."""
    n, M, k = c.shape
    t = c.sum(axis=1)  # (n, k)
    colsum = c.sum(axis=0)  # (M, k)
    T = colsum.sum(axis=0)  # (k,)
    pm = colsum / T
    I = simpson_interaction(pm)  # noqa: E741
    E = entr(pm).sum(axis=0)
    out = {"MSC": (pm * pm).sum(axis=0), "MSI": I, "MDIV": E}
    if want & {"MD", "MRD", "MNE", "MSCV", "MGINI"}:
        invt = np.divide(1.0, t, out=np.zeros(t.shape), where=t > 0)
    buf = None
    if want & {"MD", "MRD", "MNE", "MSCV"}:
        buf = np.multiply(t[:, None, :], pm)  # t_i pi_m
        np.subtract(c, buf, out=buf)  # d
        np.abs(buf, out=buf)
        out["MD"] = buf.reshape(n * M, k).sum(axis=0) / (2.0 * T * I)
        buf *= buf
        buf *= invt[:, None, :]
        u = buf.sum(axis=0)  # (M, k)
        out["MRD"] = u.sum(axis=0) / (T * I)
        out["MNE"] = (u / (1.0 - pm)).sum(axis=0) / T
        out["MSCV"] = (u / pm).sum(axis=0) / ((M - 1) * T)
    if want & {"MM", "MH"}:
        # per unit and replicate t KL as in _suite2, then summed over units
        if buf is None:
            buf = np.zeros(c.shape)
        np.log(c, out=buf, where=c > 0)  # elsewhere a finite value that c = 0 cancels
        buf -= np.log(pm, out=np.zeros(pm.shape), where=pm > 0)  # ln(c_im / pi_m)
        buf *= c
        local = buf.sum(axis=1)  # (n, k)
        local -= t * np.log(t, out=np.zeros(t.shape), where=t > 0)
        m = local.sum(axis=0) / T
        out["MM"] = m
        out["MH"] = m / E
    if "MGINI" in want:
        if buf is None:
            buf = np.empty(c.shape)
        np.multiply(c, invt[:, None, :], out=buf)
        shares = np.ascontiguousarray(buf.transpose(1, 2, 0)).reshape(M * k, n)  # rows (m, r)
        weights = np.broadcast_to(t.T, (M, k, n)).reshape(M * k, n)
        num = _sorted_abs_sum_rows(shares, weights).reshape(M, k).sum(axis=0)
        out["MGINI"] = num / (2.0 * T * T * I)
    return out
