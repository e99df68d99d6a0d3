"""Local (per-district) measures: share, location quotient, local diversity, contribution to D,
local Moran (LISA classes) and Getis-Ord Gi* with conditional-permutation p-values.

Entry point: :func:`local_measures`. Units with zero population get NaN (class "ns"); they are left
out of the spatial statistics (their links are dropped). The spatial statistics are computed on the
share p_i = x_i / t_i with the given neighbour matrix (e.g. queen contiguity):
* local Moran I_i = z_i sum_j w_ij z_j / m2, z = p - mean(p), m2 = sum z^2 / n, W row-standardised
  (Anselin 1995); classes HH, LL, HL, LH where the pseudo p-value <= alpha (optionally after a
  Benjamini-Hochberg false discovery rate correction), else "ns".
* Getis-Ord Gi* (Getis & Ord 1992; Ord & Getis 1995): binary weights including the unit itself;
  the z value is the analytical standardisation, the p-value comes from conditional permutation.
Conditional permutation (Anselin 1995, as in PySAL's crand): for unit i the values of the other
n - 1 units are shuffled; one set of random draws is shared by all units, vectorised in chunks.
Pseudo p-values are folded: (1 + min(#{sim >= obs}, #{sim < obs})) / (1 + permutations).
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from ..errors import Cancelled, QT_TRANSLATE_NOOP
from .catalogue import _as_array, _exceeds, _fail
from .twogroup import binary_entropy, entr

LISA_CLASSES = ("HH", "LH", "LL", "HL")


def benjamini_hochberg(p, alpha):
    """Boolean mask of discoveries at false discovery rate alpha (NaN never significant)."""
    p = np.asarray(p, dtype=float)
    ok = np.isfinite(p)
    out = np.zeros(p.shape, dtype=bool)
    pv = p[ok]
    m = pv.size
    if m == 0:
        return out
    order = np.argsort(pv)
    below = pv[order] <= alpha * np.arange(1, m + 1) / m
    if below.any():
        cut = pv[order][np.flatnonzero(below).max()]
        out[np.flatnonzero(ok)] = pv <= cut
    return out


def _padded_rows(W):
    """Neighbour lists of a CSR matrix as padded (n, K) index and weight arrays."""
    W = sp.csr_matrix(W)
    k = np.diff(W.indptr)
    K = max(1, int(k.max()) if k.size else 1)
    n = W.shape[0]
    cols = np.zeros((n, K), dtype=np.int64)
    wts = np.zeros((n, K))
    pos = np.arange(W.nnz) - np.repeat(W.indptr[:-1], k)
    rows = np.repeat(np.arange(n), k)
    cols[rows, pos] = W.indices
    wts[rows, pos] = W.data
    return k, cols, wts


def _conditional_lags(values, weights_padded, k, permutations, rng, chunk_cells=8_000_000,
                      is_cancelled=None):
    """(n, permutations) lags sum_l w_il v_{r(l)} with r a random sample of the other n-1 units.
    ``is_cancelled`` is asked every 500 draws and every chunk; True raises Cancelled."""
    n = values.shape[0]
    K = weights_padded.shape[1]
    kmax = int(k.max()) if k.size else 0
    kmax = max(1, min(kmax, n - 1))
    rids = np.empty((permutations, kmax), dtype=np.int64)
    for p in range(permutations):
        if p % 500 == 0:
            _check(is_cancelled)
        rids[p] = rng.choice(n - 1, size=kmax, replace=False)
    w = weights_padded[:, :kmax]
    out = np.empty((n, permutations))
    if is_cancelled is not None:  # smaller chunks, the same values: asked every ~0.1 s
        chunk_cells = min(chunk_cells, 1_000_000)
    step = max(1, chunk_cells // (permutations * kmax))
    for s in range(0, n, step):
        _check(is_cancelled)
        e = min(n, s + step)
        i = np.arange(s, e)[:, None, None]
        idx = rids[None, :, :]
        idx = idx + (idx >= i)  # skip unit i itself
        out[s:e] = (values[idx] * w[s:e, None, :]).sum(axis=2)
    del K
    return out


def _folded_p(sim, obs):
    P = sim.shape[1]
    larger = (sim >= obs[:, None]).sum(axis=1)
    larger = np.minimum(larger, P - larger)
    return (larger + 1.0) / (P + 1.0)


def local_moran(values, W, *, permutations=999, rng=None, alpha=0.05, fdr=False, is_cancelled=None):
    """Local Moran of ``values`` with weights W (row-standardised here). Returns I, p, classes."""
    rng = np.random.default_rng(rng)
    v = np.asarray(values, dtype=float)
    n = v.shape[0]
    W = sp.csr_matrix(W, dtype=float)
    W = (W - sp.diags(W.diagonal())).tocsr()
    W.eliminate_zeros()
    rs = np.asarray(W.sum(axis=1)).ravel()
    W = (sp.diags(np.divide(1.0, rs, out=np.zeros(n), where=rs > 0)) @ W).tocsr()
    z = v - v.mean()
    m2 = (z * z).sum() / n
    lag = W @ z
    I = z * lag / m2 if m2 > 0 else np.zeros(n)
    p = np.full(n, np.nan)
    if permutations > 0 and n > 2 and m2 > 0:
        k, cols, wts = _padded_rows(W)
        sim = z[:, None] * _conditional_lags(z, wts, k, permutations, rng,
                                             is_cancelled=is_cancelled) / m2
        p = _folded_p(sim, I)
        p[k == 0] = np.nan
    sig = benjamini_hochberg(p, alpha) if fdr else (np.nan_to_num(p, nan=2.0) <= alpha)
    quad = np.where(z > 0, np.where(lag > 0, "HH", "HL"), np.where(lag > 0, "LH", "LL"))
    classes = np.where(sig & (rs > 0), quad, "ns").astype(object)
    return I, p, classes


def getis_ord_gstar(values, W, *, permutations=999, rng=None, is_cancelled=None):
    """Gi* z values (binary weights of W plus the unit itself) and conditional-permutation p."""
    rng = np.random.default_rng(rng)
    v = np.asarray(values, dtype=float)
    n = v.shape[0]
    B = (sp.csr_matrix(W) != 0).astype(float)
    B = (B - sp.diags(B.diagonal())).tocsr()
    B.eliminate_zeros()
    Wi = np.asarray(B.sum(axis=1)).ravel() + 1.0  # star: self weight 1
    S1 = Wi  # binary weights: sum of squares = sum
    xbar = v.mean()
    s = np.sqrt((v * v).mean() - xbar**2)
    den = s * np.sqrt(np.maximum(n * S1 - Wi**2, 0.0) / (n - 1))
    lag = B @ v + v
    with np.errstate(divide="ignore", invalid="ignore"):
        zval = (lag - xbar * Wi) / den
    p = np.full(n, np.nan)
    if permutations > 0 and n > 2 and s > 0:
        k, cols, wts = _padded_rows(B)
        sim_lag = _conditional_lags(v, wts, k, permutations, rng, is_cancelled=is_cancelled) + v[:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            sim = (sim_lag - xbar * Wi[:, None]) / den[:, None]
        p = _folded_p(sim, zval)
        p[k == 0] = np.nan
    return zval, p


def global_moran(values, W, *, permutations=999, rng=None):
    """Global Moran's I (row-standardised W) and its permutation p-value (one-sided, positive)."""
    rng = np.random.default_rng(rng)
    v = np.asarray(values, dtype=float)
    n = v.shape[0]
    W = sp.csr_matrix(W, dtype=float)
    rs = np.asarray(W.sum(axis=1)).ravel()
    W = sp.diags(np.divide(1.0, rs, out=np.zeros(n), where=rs > 0)) @ W
    z = v - v.mean()
    S0 = W.sum()
    denom = (z * z).sum()

    def stat(Z):
        return (n / S0) * (Z * (W @ Z)).sum(axis=0) / denom

    I = float(stat(z))
    if permutations <= 0:
        return I, float("nan")
    Z = np.column_stack([rng.permutation(z) for _ in range(permutations)])
    sim = stat(Z)
    return I, float((1 + np.count_nonzero(sim >= I)) / (1 + permutations))


def share_and_lq(x, t):
    """Share p_i = x_i / t_i (NaN where t_i = 0) and location quotient p_i / (X / T) (NaN where the
    group has no member in the city)."""
    x = np.asarray(x, dtype=float)
    t = np.asarray(t, dtype=float)
    keep = t > 0
    p = np.full(x.shape, np.nan)
    p[keep] = x[keep] / t[keep]
    X, T = x.sum(), t.sum()
    lq = p / (X / T) if X > 0 else np.full(x.shape, np.nan)
    return p, lq


def _check(is_cancelled):
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def _tick(progress, done, steps):
    if progress is not None:
        progress(100.0 * done / max(1, steps))


def local_measures(total, groups, *, neighbours=None, multigroup=False, permutations=999, seed=None,
                   fdr=False, alpha=0.05, progress=None, is_cancelled=None):
    """Per-unit measures for each group -> {field name: array of n values}.

    Fields per group g: g_share, g_lq (share / city share), g_dcontrib (1/2 |x_i/X - y_i/Y|, sums
    to D), g_entropy (local binary Shannon entropy of group vs rest, natural log), g_simpson
    (local Simpson interaction 2 p (1 - p)); with ``neighbours`` (sparse (n, n), e.g. queen
    contiguity): g_lisa (HH/LL/HL/LH/ns), g_lisa_i, g_lisa_p, g_gistar_z, g_gistar_p. With
    multigroup=True also diversity_shannon and diversity_simpson over the partition (groups plus
    the residual "rest"). Zero-population units get NaN ("ns" for g_lisa).
    ``progress`` (percent) is called after each group and test; ``is_cancelled`` is asked
    inside the permutation loops, True raises Cancelled.
    """
    t = _as_array("total", total)
    n = t.shape[0]
    if not groups:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "no group fields given"))
    if neighbours is not None and sp.csr_matrix(neighbours).shape != (n, n):
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "neighbours: matrix of shape {shape}, expected ({n}, {n})"),
            shape=sp.csr_matrix(neighbours).shape, n=n)
    keep = t > 0
    if keep.sum() < 2:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "fewer than two units have population"))
    rng = np.random.default_rng(seed)
    W = None
    if neighbours is not None:
        idx = np.flatnonzero(keep)
        W = sp.csr_matrix(neighbours, dtype=float)[idx][:, idx]
    out = {}
    mats = []
    for done, (name, values) in enumerate(groups.items()):
        _check(is_cancelled)
        x = _as_array(f"group '{name}'", values, n)
        over = np.flatnonzero(_exceeds(x, t))
        if over.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "group '{name}' ({x:g}) exceeds the total ({t:g}) in unit {over}"),
                  int(over[0]),
                name=name, x=x[over[0]], t=t[over[0]], over=over[0])
        mats.append(x)
        X, T = x.sum(), t.sum()
        Y = T - X
        p, out[f"{name}_lq"] = share_and_lq(x, t)
        out[f"{name}_share"] = p
        if X > 0 and Y > 0:
            out[f"{name}_dcontrib"] = 0.5 * np.abs(x / X - (t - x) / Y)
        else:
            out[f"{name}_dcontrib"] = np.full(n, np.nan)
        out[f"{name}_entropy"] = binary_entropy(p)
        out[f"{name}_simpson"] = 2.0 * p * (1.0 - p)
        if W is not None:
            pk = p[keep]
            I, pv, cls = local_moran(pk, W, permutations=permutations, rng=rng, alpha=alpha, fdr=fdr,
                                     is_cancelled=is_cancelled)
            _tick(progress, done + 0.5, len(groups))
            lisa = np.full(n, "ns", dtype=object)
            lisa[keep] = cls
            for key, arr in (("_lisa_i", I), ("_lisa_p", pv)):
                full = np.full(n, np.nan)
                full[keep] = arr
                out[name + key] = full
            out[f"{name}_lisa"] = lisa
            zg, pg = getis_ord_gstar(pk, W, permutations=permutations, rng=rng,
                                     is_cancelled=is_cancelled)
            for key, arr in (("_gistar_z", zg), ("_gistar_p", pg)):
                full = np.full(n, np.nan)
                full[keep] = arr
                out[name + key] = full
        _tick(progress, done + 1, len(groups))
    if multigroup:
        mat = np.column_stack(mats)
        rest = np.clip(t - mat.sum(axis=1), 0.0, None)
        over = np.flatnonzero(_exceeds(mat.sum(axis=1), t))
        if over.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the group fields sum to more than the total in unit {over}"), int(over[0]),
                over=over[0])
        mat = np.column_stack([mat, rest])
        pim = np.full(mat.shape, np.nan)
        pim[keep] = mat[keep] / t[keep, None]
        out["diversity_shannon"] = entr(pim).sum(axis=1)
        out["diversity_simpson"] = 1.0 - (pim * pim).sum(axis=1)
    return out
