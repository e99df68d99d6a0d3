"""Synthetic spatial contexts without a geometry library: square cells on a regular grid."""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from milieu_atlas_plugin.core.catalogue import SpatialContext


def grid_context(rows: int, cols: int, cell: float = 100.0, origin=(500000.0, 5800000.0)) -> SpatialContext:
    """rows x cols square cells of side `cell` metres, numbered row by row.

    Queen contiguity (8 neighbours), shared boundary = `cell` for rook neighbours, 0 for corners."""
    r, c = np.divmod(np.arange(rows * cols), cols)
    centroids = np.column_stack([origin[0] + (c + 0.5) * cell, origin[1] + (r + 0.5) * cell])
    n = rows * cols
    qi, qj, bi, bj = [], [], [], []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            ok = (rr >= 0) & (rr < rows) & (cc >= 0) & (cc < cols)
            src = np.flatnonzero(ok)
            dst = rr[ok] * cols + cc[ok]
            qi.append(src)
            qj.append(dst)
            if dr == 0 or dc == 0:
                bi.append(src)
                bj.append(dst)
    qi, qj = np.concatenate(qi), np.concatenate(qj)
    bi, bj = np.concatenate(bi), np.concatenate(bj)
    contiguity = sp.csr_matrix((np.ones(qi.size), (qi, qj)), shape=(n, n))
    boundary = sp.csr_matrix((np.full(bi.size, float(cell)), (bi, bj)), shape=(n, n))
    return SpatialContext(centroids=centroids, areas=np.full(n, cell * cell),
                          perimeters=np.full(n, 4.0 * cell), contiguity=contiguity,
                          shared_boundary=boundary)
