"""Speed of milieuatlas:districttypology (issue 8 target); `make bench` calls main().

Target: a typology of 20,000 units with 12 indicators and 100 k-means restarts in under 30 s.
Data: 12 milieu shares per unit drawn from a Dirichlet mixture of 8 prototype compositions
(fixed seed), transformed with asinh_range as the UK OAC does. Also timed, without a target: K
chosen by silhouette (9 k-means runs of 100 restarts each) and contiguous Ward on a 100 × 200
grid (queen adjacency).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

N_UNITS = 20_000
N_INDICATORS = 12
RESTARTS = 100
K = 8
TARGET_S = 30.0


def synthetic(n=N_UNITS, p=N_INDICATORS, types=K, seed=42):
    rng = np.random.default_rng(seed)
    prototypes = rng.dirichlet(np.full(p, 0.7), types) * 60 + 1
    which = rng.integers(0, types, n)
    return np.vstack([rng.dirichlet(prototypes[t]) for t in which])


def grid_queen(rows, cols):
    from scipy import sparse

    r, c = np.divmod(np.arange(rows * cols), cols)
    ii, jj = [], []
    for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
        ok = (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        i = np.flatnonzero(ok)
        ii.append(i)
        jj.append((r[i] + dr) * cols + c[i] + dc)
    i, j = np.concatenate(ii), np.concatenate(jj)
    n = rows * cols
    return sparse.csr_matrix((np.ones(2 * i.size), (np.r_[i, j], np.r_[j, i])), shape=(n, n))


def main():
    from milieu_atlas_plugin.core import typology as T

    X = synthetic()
    names = [f"mil_M{j:02d}_share" for j in range(N_INDICATORS)]
    t0 = time.perf_counter()
    res = T.kmeans_typology(X, names, k=K, restarts=RESTARTS, seed=1)
    t_km = time.perf_counter() - t0
    print(f"kmeans: {N_UNITS} units x {N_INDICATORS} indicators, K={K}, {RESTARTS} restarts: "
          f"{t_km:.1f} s (target < {TARGET_S:.0f} s: {'met' if t_km < TARGET_S else 'MISSED'}); "
          f"within-type SS {res.inertia:.2f}", flush=True)

    t0 = time.perf_counter()
    res0 = T.kmeans_typology(X, names, k=0, restarts=RESTARTS, seed=1)
    t_k0 = time.perf_counter() - t0
    print(f"kmeans, K chosen by silhouette (2-10, sample of {T.SILHOUETTE_SAMPLE}): {t_k0:.1f} s, "
          f"K = {res0.k}", flush=True)

    rows, cols = 100, N_UNITS // 100
    W = grid_queen(rows, cols)
    rr, cc = np.divmod(np.arange(rows * cols), cols)
    rng = np.random.default_rng(3)
    field = np.column_stack([np.sin(rr / 9 + j) + np.cos(cc / 13 - j) for j in range(N_INDICATORS)])
    Xc = field + 0.2 * rng.normal(size=field.shape) + 3
    t0 = time.perf_counter()
    resc = T.contiguous_typology(Xc, names, W, k=K)
    t_ct = time.perf_counter() - t0
    print(f"contiguous Ward: {rows}x{cols} grid, {N_INDICATORS} indicators, K={K}: {t_ct:.1f} s "
          f"({resc.components} area)", flush=True)
    return {"kmeans_s": t_km, "kmeans_k0_s": t_k0, "contiguous_s": t_ct}


if __name__ == "__main__":
    main()
