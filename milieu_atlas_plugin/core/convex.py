"""Overlap of convex polygons without GEOS: an upper bound on the area counted twice.

For two convex polygons, every edge normal of either is a candidate separating axis. On an axis where
their projections overlap by `depth`, their intersection lies in a strip of that width inside either
polygon, so its area is at most depth * min(diameter). The smallest depth over all the axes of a pair
therefore bounds the pair's intersection area (0 for polygons that only touch, as grid cells do), and
the sum over all pairs bounds the area counted twice (sum of areas less the area of their union).

Used by qgis_io.spatial_context on layers read as columns: when the bound is within the overlap check's
tolerance the union check could not report an overlap either; otherwise the caller runs that check."""
import numpy as np

PAIR_CHUNK = 50_000  # candidate pairs per vectorised step (about PAIR_CHUNK * 4 V^2 floats of work)
MAX_PAIRS_PER_UNIT = 64  # more candidate pairs than this per polygon: no bound (the caller checks with GEOS)


def padded_rings(xy, start, npts):
    """(n, V, 2) vertices of rings stored one after another in xy (`start`, `npts` per ring, the closing
    vertex excluded), each padded with its last vertex, and the (n, V) mask of real edges (vertex k to
    k + 1, the last real vertex to the first)."""
    n = start.shape[0]
    v = int(npts.max()) if n else 0
    k = np.arange(v)
    pos = start[:, None] + np.minimum(k[None, :], npts[:, None] - 1)
    return xy[pos], k[None, :] < npts[:, None]


def overlap_bound(centroids, xy, start, npts):
    """Upper bound on the area counted twice by n convex polygons (rings as in padded_rings, any
    orientation), or None when the polygons are too large for their neighbourhood (too many candidate
    pairs) to be bounded cheaply."""
    from .cells import CellIndex

    c = np.asarray(centroids, dtype=float)
    n = c.shape[0]
    if n < 2:
        return 0.0
    poly, real = padded_rings(np.asarray(xy, dtype=float), np.asarray(start, np.int64),
                              np.asarray(npts, np.int64))
    rel = poly - c[:, None, :]
    reach = np.sqrt((rel ** 2).sum(axis=2)).max(axis=1)  # every vertex within this of the centroid
    r = 2.0 * float(reach.max())
    index = CellIndex(c, max(r, 1e-9))
    sample = c[:: max(1, n // 500)]
    if index.count_within(sample, r).mean() - 1.0 > 2 * MAX_PAIRS_PER_UNIT:
        return None  # far too many candidate pairs (judged on a sample before building them)
    i, j = index.pairs(r)
    if i.size > MAX_PAIRS_PER_UNIT * n:
        return None
    # boxes that at most touch: the polygons are separated along x or y (depth 0), nothing to add
    lo = np.where(real[..., None], rel, np.inf).min(axis=1)
    hi = np.where(real[..., None], rel, -np.inf).max(axis=1)
    d = c[j] - c[i]  # box of j relative to c[i]: lo[j] + d, hi[j] + d
    near = ((np.minimum(hi[i], hi[j] + d) - np.maximum(lo[i], lo[j] + d)) > 0).all(axis=1)
    i, j = i[near], j[near]
    # unit edge normals (zero for padding edges, masked below)
    edge = np.roll(rel, -1, axis=1) - rel
    last = np.maximum(real.sum(axis=1) - 1, 0)
    rows = np.arange(n)
    edge[rows, last] = rel[rows, 0] - rel[rows, last]  # the closing edge of each ring
    length = np.hypot(edge[..., 0], edge[..., 1])
    with np.errstate(invalid="ignore", divide="ignore"):
        normal = np.stack([-edge[..., 1], edge[..., 0]], axis=2) / length[..., None]
    normal[~real] = 0.0
    total = 0.0
    for s in range(0, i.shape[0], PAIR_CHUNK):
        a, b = i[s:s + PAIR_CHUNK], j[s:s + PAIR_CHUNK]
        pa = rel[a]  # both polygons relative to a's centroid (small numbers, little rounding)
        pb = poly[b] - c[a][:, None, :]
        axes = np.concatenate([normal[a], normal[b]], axis=1)  # (m, 2V, 2)
        ok = np.concatenate([real[a], real[b]], axis=1)
        ax, ay = axes[:, :, 0], axes[:, :, 1]
        # extent of each polygon's projection on every axis, vertex by vertex (V is small; padded
        # vertices repeat a real one)
        ext = []
        for p in (pa, pb):
            lo = hi = ax * p[:, None, 0, 0] + ay * p[:, None, 0, 1]
            for v in range(1, p.shape[1]):
                proj = ax * p[:, None, v, 0] + ay * p[:, None, v, 1]
                lo, hi = np.minimum(lo, proj), np.maximum(hi, proj)
            ext.append((lo, hi))
        depth = np.minimum(ext[0][1], ext[1][1]) - np.maximum(ext[0][0], ext[1][0])  # (m, 2V)
        depth[~ok] = np.inf
        depth = np.maximum(depth.min(axis=1), 0.0)
        total += float((depth * 2.0 * np.minimum(reach[a], reach[b])).sum())
    return total
