"""Points hashed to square cells: neighbour searches within a fixed radius without a tree.

A fixed-radius search on units of one city (a few thousand to a few hundred thousand points, the
radius a few cells) needs no k-d tree: sorting the points by cell once and reading the cells of a
window around each query is as fast, and it spares importing scipy.spatial (with scipy.sparse, a
tenth of a second at the start of a run). Pairs are returned exactly (distance <= radius); the
window only chooses the candidates.
"""
from __future__ import annotations

import math

import numpy as np

BLOCK_CANDIDATES = 1_000_000  # candidate pairs examined at once (about 40 MB of work arrays)


class CellIndex:
    """The points (n, 2) sorted by the square cell of side ``cell`` holding them."""

    def __init__(self, points, cell: float):
        p = np.asarray(points, dtype=float).reshape(-1, 2)
        if not cell > 0 or not math.isfinite(cell):
            raise ValueError("cell must be a positive finite length")
        self.pts = p
        self.n = p.shape[0]
        self.cell = float(cell)
        self.origin = p.min(axis=0) if self.n else np.zeros(2)
        ij = self._cell_of(p)
        self.width = int(ij[:, 0].max()) + 1 if self.n else 1
        keys = ij[:, 1] * self.width + ij[:, 0]
        self.order = np.argsort(keys, kind="stable")
        sorted_keys = keys[self.order]
        self.keys, self.starts, counts = np.unique(sorted_keys, return_index=True, return_counts=True)
        self.ends = self.starts + counts

    def _cell_of(self, q):
        return np.floor((q - self.origin) / self.cell).astype(np.int64)

    def _window(self, radius):
        """Cell offsets whose cells can hold a point within `radius` of a point of the centre cell."""
        k = int(math.ceil(radius / self.cell))
        off = np.arange(-k, k + 1)
        dx, dy = np.meshgrid(off, off, indexing="ij")
        gap = (np.maximum(np.abs(dx) - 1, 0) ** 2 + np.maximum(np.abs(dy) - 1, 0) ** 2) * self.cell ** 2
        keep = gap <= radius * radius
        return dx[keep], dy[keep]

    def _ranges(self, q, radius, window=None):
        """(query index, start, end) of the sorted points in the window cells of each query."""
        cq = self._cell_of(q)
        dx, dy = self._window(radius) if window is None else window
        cx = cq[:, 0, None] + dx[None, :]
        cy = cq[:, 1, None] + dy[None, :]
        inside = (cx >= 0) & (cx < self.width) & (cy >= 0)
        key = np.where(inside, cy * self.width + cx, -1).ravel()
        pos = np.searchsorted(self.keys, key)
        pos = np.minimum(pos, max(self.keys.size - 1, 0))
        hit = (self.keys.size > 0) & (self.keys[pos] == key) & (key >= 0)
        qi = np.repeat(np.arange(q.shape[0]), dx.size)[hit]
        return qi, self.starts[pos[hit]], self.ends[pos[hit]]

    def query(self, q, radius: float):
        """(i, j, d): every pair of query point i and indexed point j at distance d <= radius."""
        q = np.asarray(q, dtype=float).reshape(-1, 2)
        radius = float(radius)
        parts_i, parts_j, parts_d = [], [], []
        if self.n == 0 or q.shape[0] == 0:
            e = np.empty(0, np.int64)
            return e, e.copy(), np.empty(0)
        # blocks of queries so that the candidates stay below BLOCK_CANDIDATES
        per_query = max(1.0, self.n * len(self._window(radius)[0]) / max(1, self.keys.size))
        step = max(1, int(BLOCK_CANDIDATES / per_query))
        for s in range(0, q.shape[0], step):
            qi, start, end = self._ranges(q[s:s + step], radius)
            length = end - start
            total = int(length.sum())
            if total == 0:
                continue
            # positions start..end-1 of every range, concatenated
            first = np.repeat(start - np.cumsum(length) + length, length)
            pos = np.arange(total) + first
            j = self.order[pos]
            i = np.repeat(qi, length) + s
            d = np.hypot(q[i, 0] - self.pts[j, 0], q[i, 1] - self.pts[j, 1])
            near = d <= radius
            parts_i.append(i[near])
            parts_j.append(j[near])
            parts_d.append(d[near])
        if not parts_i:
            e = np.empty(0, np.int64)
            return e, e.copy(), np.empty(0)
        return np.concatenate(parts_i), np.concatenate(parts_j), np.concatenate(parts_d)

    def count_within(self, q, radius: float):
        """Number of indexed points within `radius` of each query point."""
        q = np.asarray(q, dtype=float).reshape(-1, 2)
        i, _, _ = self.query(q, radius)
        return np.bincount(i, minlength=q.shape[0])

    def estimate_within(self, q, radius: float):
        """About the number of indexed points within `radius` of each query point, without a
        distance: the points of the cells whose centres lie within `radius` of the query's cell
        centre (for planning; the error is at the disc's edge, a cell wide)."""
        q = np.asarray(q, dtype=float).reshape(-1, 2)
        if self.n == 0 or q.shape[0] == 0:
            return np.zeros(q.shape[0], dtype=np.int64)
        k = int(math.ceil(radius / self.cell))
        off = np.arange(-k, k + 1)
        dx, dy = np.meshgrid(off, off, indexing="ij")
        keep = (dx * dx + dy * dy) * self.cell ** 2 <= radius * radius
        qi, start, end = self._ranges(q, radius, (dx[keep], dy[keep]))
        return np.bincount(qi, weights=end - start, minlength=q.shape[0]).astype(np.int64)

    def pairs(self, radius: float):
        """(i, j) with i < j of every two indexed points at most `radius` apart."""
        i, j, _ = self.query(self.pts, radius)
        keep = i < j
        return i[keep], j[keep]


def has_close_neighbour_majority(points, distance: float) -> bool:
    """True when more than half of the points share a cell of diagonal `distance` with another
    point (then the median nearest-neighbour distance is at most `distance`). False means: not
    shown this cheaply (the caller measures)."""
    p = np.asarray(points, dtype=float).reshape(-1, 2)
    if p.shape[0] < 2 or not distance > 0:
        return False
    index = CellIndex(p, distance / math.sqrt(2.0))
    counts = index.ends - index.starts
    return int(counts[counts >= 2].sum()) * 2 > p.shape[0]
