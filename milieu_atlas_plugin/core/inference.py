"""Inference for segregation indices: permutation test, bootstrap intervals, two-period comparison.

Null model (random allocation): every unit keeps its total t_i and each person belongs to the
group with the city share P (binomial draws; several groups: multinomial with the city shares).
The expected value of an index under the null is the mean over the draws; the p-value is
one-sided in the direction of "more segregated than random" ((1 + #{as extreme}) / (1 + B)).

Bootstrap (parametric, individuals resampled within units): each unit keeps t_i and its members
are drawn with the unit's observed share p_i. The interval is bias-corrected: the bootstrap
percentile interval shifted by the bootstrap bias estimate (see bc_interval).

All draws are vectorised: a chunk of replicates is one (n, k) array and every index function
evaluates all k columns at once. Non-integer totals (e.g. from areal weighting) are rounded for
the draws and the draws rescaled so that each unit keeps its exact total.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..errors import Cancelled

WORKERS = max(1, min(4, os.cpu_count() or 1))
MAX_CELLS = 4_000_000  # n * k values per chunk (32 MB of float64)
CANCEL_CELLS = 500_000  # draws between two questions to is_cancelled (well under a second)


def _int_totals(t):
    t = np.asarray(t, dtype=float)
    ti = np.rint(t).astype(np.int64)
    scale = np.divide(t, ti, out=np.zeros_like(t), where=ti > 0)
    return ti, scale


def _chunk_sizes(reps, n, per_unit=1):
    """Replicates per chunk: at most MAX_CELLS values, and enough chunks to keep WORKERS busy."""
    k = max(1, min(reps, MAX_CELLS // max(1, n * per_unit), -(-reps // (2 * WORKERS))))
    sizes = [k] * (reps // k)
    if reps % k:
        sizes.append(reps % k)
    return sizes


def _run_chunks(work, sizes, rng, is_cancelled=None):
    """Run work(k, generator) for every chunk, in threads (numpy releases the GIL while drawing).
    Each chunk has its own generator spawned from ``rng``, so the result does not depend on the
    scheduling: the same seed gives the same draws. ``is_cancelled`` (a callback) is asked before
    every chunk (each at most MAX_CELLS values, well under a second): True raises Cancelled."""
    seeds = np.random.SeedSequence(int(rng.integers(2**63))).spawn(len(sizes))
    gens = [np.random.Generator(np.random.PCG64(s)) for s in seeds]

    def checked(k, gen):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        return work(k, gen)

    if WORKERS == 1 or len(sizes) == 1:
        return [checked(k, g) for k, g in zip(sizes, gens)]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(checked, k, g) for k, g in zip(sizes, gens)]
        try:
            return [f.result() for f in futures]
        except Cancelled:
            for f in futures:
                f.cancel()
            raise


def simulate_two_group(fns, t, p, reps, rng, is_cancelled=None):
    """Evaluate every function of ``fns`` (name -> f(x (n,k), t) -> (k,)) on ``reps`` draws
    x_i ~ Binomial(t_i, p_i) (p scalar: the null; p array: the bootstrap). Returns name -> (reps,)."""
    t = np.asarray(t, dtype=float)
    ti, scale = _int_totals(t)
    n = t.shape[0]
    exact = bool(np.all(scale[ti > 0] == 1.0))
    p_arr = np.asarray(p, dtype=float)
    p_arr = p_arr[:, None] if p_arr.ndim == 1 else float(p_arr)

    def work(k, gen):
        if is_cancelled is None:
            x = gen.binomial(ti[:, None], p_arr, size=(n, k)).astype(float)
        else:  # in blocks of rows, asking between them: the same draws in the same order
            x = np.empty((n, k))
            rows = max(1, CANCEL_CELLS // max(1, k))
            for s in range(0, n, rows):
                if is_cancelled():
                    raise Cancelled()
                e = min(n, s + rows)
                ps = p_arr[s:e] if isinstance(p_arr, np.ndarray) else p_arr
                x[s:e] = gen.binomial(ti[s:e, None], ps, size=(e - s, k))
        if not exact:
            x *= scale[:, None]
        res = {}
        with np.errstate(divide="ignore", invalid="ignore"):
            for name, fn in fns.items():
                res[name] = np.atleast_1d(fn(x, t))
        return res

    parts = _run_chunks(work, _chunk_sizes(reps, n), rng, is_cancelled)
    return {name: np.concatenate([r[name] for r in parts]) for name in fns}


def draw_multinomial(t_int, probs, k, rng):
    """(n, M, k) multinomial draws with per-unit totals t_int (n,) and probabilities probs (M,) or
    (n, M), as a chain of conditional binomials (exact, vectorised over units and replicates)."""
    n = t_int.shape[0]
    probs = np.broadcast_to(np.asarray(probs, dtype=float), (n, probs.shape[-1]))
    M = probs.shape[1]
    out = np.empty((n, M, k), dtype=float)
    remaining = np.broadcast_to(t_int[:, None], (n, k)).copy()
    left = np.ones(n)
    for m in range(M - 1):
        q = np.divide(probs[:, m], left, out=np.zeros(n), where=left > 1e-300)
        q = np.clip(q, 0.0, 1.0)
        draw = rng.binomial(remaining, q[:, None])
        out[:, m, :] = draw
        remaining -= draw
        left = left - probs[:, m]
    out[:, M - 1, :] = remaining
    return out


def simulate_multigroup(fns, counts, probs, reps, rng, is_cancelled=None):
    """As simulate_two_group for (n, M) counts; fns take (n, M, k) and return (k,)."""
    counts = np.asarray(counts, dtype=float)
    t = counts.sum(axis=1)
    ti, scale = _int_totals(t)
    n, M = counts.shape

    def work(k, gen):
        x = draw_multinomial(ti, probs, k, gen) * scale[:, None, None]
        res = {}
        with np.errstate(divide="ignore", invalid="ignore"):
            for name, fn in fns.items():
                res[name] = np.atleast_1d(fn(x))
        return res

    parts = _run_chunks(work, _chunk_sizes(reps, n, per_unit=M), rng, is_cancelled)
    return {name: np.concatenate([r[name] for r in parts]) for name in fns}


def p_value(null, observed, alternative="greater"):
    """Permutation p-value (1 + #{null as extreme as observed}) / (1 + B); NaN draws are ignored."""
    null = np.asarray(null, dtype=float)
    null = null[np.isfinite(null)]
    if null.size == 0 or not np.isfinite(observed):
        return float("nan")
    tol = 1e-12 * max(1.0, abs(observed))
    if alternative == "greater":
        hits = np.count_nonzero(null >= observed - tol)
    elif alternative == "less":
        hits = np.count_nonzero(null <= observed + tol)
    elif alternative == "two-sided":
        centre = null.mean()
        hits = np.count_nonzero(np.abs(null - centre) >= abs(observed - centre) - tol)
    else:
        raise ValueError(f"unknown alternative {alternative!r}")
    return (1.0 + hits) / (1.0 + null.size)


def bc_interval(replicates, estimate, level=0.95):
    """Bias-corrected bootstrap interval: the percentile interval of the replicates shifted by the
    bootstrap estimate of the bias, mean(replicates) - estimate (as for the bias-corrected D of
    Allen, Burgess, Davidson & Windmeijer 2015). Unlike Efron's BC percentile interval it stays
    usable when the bias is larger than the spread (e.g. D(adj) on small units)."""
    r = np.asarray(replicates, dtype=float)
    r = r[np.isfinite(r)]
    if r.size < 2 or not np.isfinite(estimate):
        return float("nan"), float("nan")
    shift = r.mean() - estimate
    lo, hi = np.quantile(r, [(1.0 - level) / 2.0, (1.0 + level) / 2.0]) - shift
    return float(lo), float(hi)


def bias_corrected(estimate, replicates):
    """2 * estimate - mean(replicates): the bootstrap bias-corrected point estimate."""
    r = np.asarray(replicates, dtype=float)
    return float(2.0 * estimate - np.nanmean(r))


def compare_periods(total_a, group_a, total_b, group_b, *, index="D", bootstrap=999, seed=None,
                    level=0.95, atkinson_b=0.5, is_cancelled=None):
    """Two-period (or two-city) comparison of one aspatial index.

    ``group_a``/``group_b`` are 1-D group counts (two-group codes) or (n, M) partitions (multigroup
    codes). Units with zero total are dropped. Returns a dict with value_a, value_b, difference
    (b - a), the BC bootstrap interval of the difference (independent parametric bootstraps of both
    periods), and a two-sided p-value for "no difference" from the bootstrap distribution of the
    difference (2 * min share of replicate differences on either side of zero, (1+hits)/(1+B)).
    ``is_cancelled``: a callback asked between chunks of draws; True raises Cancelled.
    """
    from . import multigroup, twogroup

    rng = np.random.default_rng(seed)
    values, reps = [], []
    for total, group in ((total_a, group_a), (total_b, group_b)):
        t = np.asarray(total, dtype=float)
        g = np.asarray(group, dtype=float)
        keep = t > 0
        t, g = t[keep], g[keep]
        if index in twogroup.INDICES:
            fn = twogroup.INDICES[index]
            if index == "A":
                fn = lambda x, tt, _f=fn: _f(x, tt, atkinson_b)  # noqa: E731
            values.append(float(fn(g, t)))
            reps.append(simulate_two_group({index: fn}, t, g / t, bootstrap, rng, is_cancelled)[index])
        elif index in multigroup.INDICES:
            fn = multigroup.INDICES[index]
            values.append(float(fn(g)))
            reps.append(simulate_multigroup({index: fn}, g, g / t[:, None], bootstrap, rng,
                                            is_cancelled)[index])
        else:
            raise ValueError(f"compare_periods supports aspatial codes, not {index!r}")
    diff = values[1] - values[0]
    dreps = reps[1] - reps[0]
    lo, hi = bc_interval(dreps, diff, level)
    finite = dreps[np.isfinite(dreps)]
    hits = min(np.count_nonzero(finite <= 0.0), np.count_nonzero(finite >= 0.0))
    p = min(1.0, 2.0 * (1.0 + hits) / (1.0 + finite.size))
    return {"index": index, "value_a": values[0], "value_b": values[1], "difference": diff,
            "ci_low": lo, "ci_high": hi, "p_value": p, "replicates": int(finite.size)}
