"""Polygons → centroids, areas, perimeters and neighbour structures (sparse) for spatial indices.

Two ways to find neighbours, with the same answer:

* the GEOS path (`_geos_pairs`): every pair of polygons whose boxes touch is decided with GEOS
  (touching within SNAP_TOLERANCE; shared length from a thin buffer). Robust for any layer.
* the fast path (`_hashed_pairs`), for topologically clean layers: every ring's vertices are
  snapped to a grid of SNAP_TOLERANCE; polygons sharing a snapped vertex are queen neighbours,
  and an edge (pair of snapped endpoints) found in exactly two polygons is boundary shared by
  them. A polygon whose every edge is shared with exactly one other polygon, and whose shared
  vertices lie within SNAP_TOLERANCE of each other, is *clean*: in a coverage without overlaps it
  can touch nothing it does not share a vertex with, and it shares boundary with a neighbour
  exactly along the matched edges. Every other polygon (outer border of the layer, T-junctions,
  near-miss vertices, holes without islands, unreadable geometries) is *unclean*, and every pair
  involving it is decided by the GEOS path.
"""
import struct

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry

from ..errors import InputError
from .crs import metric_transform
from .read import layer_label

# Two polygons are neighbours when they touch within this tolerance (metres): digitised
# boundaries of official district layers rarely meet to the last bit.
SNAP_TOLERANCE = 0.01


def spatial_context(layer, feedback=None, fast=True, fids=None):
    """`fast=False` decides every candidate pair with GEOS (the reference the fast path is tested
    against). `fids`: the feature ids the counts were read with; the context's rows follow them
    (a second read of a database table or view may come back in another order)."""
    from scipy import sparse

    from ..core.catalogue import SpatialContext

    transform, note = metric_transform(layer)
    geoms, read_fids = [], []
    for feat in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        g = QgsGeometry(feat.geometry())
        if g.isNull() or g.isEmpty():
            raise InputError(f"Layer '{layer_label(layer)}': feature {feat.id()} has no geometry.")
        if transform is not None:
            g.transform(transform)
        if not g.isGeosValid():
            g = g.makeValid()
        geoms.append(g)
        read_fids.append(feat.id())
    if fids is not None:
        geoms = _align(geoms, read_fids, fids, layer)
    n = len(geoms)
    centroids = np.array([[c.x(), c.y()] for c in (g.centroid().asPoint() for g in geoms)])
    areas = np.array([g.area() for g in geoms])
    perimeters = np.array([g.length() for g in geoms])

    # Pairs are decided in an order given by the polygons themselves (centroid, area), not by
    # the order of the read: the shared length from a buffer around one polygon of a pair
    # depends slightly on which one it is, and a database returns no fixed order.
    canon = np.lexsort((np.round(areas, 3), np.round(centroids[:, 1], 3),
                        np.round(centroids[:, 0], 3))) if n else np.empty(0, np.int64)
    cgeoms = [geoms[k] for k in canon]
    boxes = np.empty((n, 4))
    for i, g in enumerate(cgeoms):
        b = g.boundingBox()
        boxes[i] = (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
    if fast:
        rows, cols, shared, unclean = _hashed_pairs(cgeoms)
        todo = np.flatnonzero(unclean)
    else:
        rows, cols, shared = np.empty(0, int), np.empty(0, int), np.empty(0)
        todo = np.arange(n)
    if todo.size:
        gi, gj = _candidate_pairs(boxes, todo)
        r2, c2, s2 = _geos_pairs(cgeoms, gi, gj)
        rows, cols, shared = np.r_[rows, r2], np.r_[cols, c2], np.r_[shared, s2]
    rows, cols = canon[rows.astype(np.int64)], canon[cols.astype(np.int64)]

    both_r, both_c = np.r_[rows, cols], np.r_[cols, rows]
    contiguity = sparse.csr_matrix((np.ones(both_r.size), (both_r, both_c)), shape=(n, n))
    lengths = np.r_[shared, shared]
    rook = lengths > 10 * SNAP_TOLERANCE
    shared_boundary = sparse.csr_matrix((lengths[rook], (both_r[rook], both_c[rook])), shape=(n, n))
    if feedback is not None:
        feedback.pushInfo(f"Queen contiguity: {rows.size} neighbour pairs among {n} polygons.")
    return SpatialContext(centroids=centroids, areas=areas, perimeters=perimeters,
                          contiguity=contiguity, shared_boundary=shared_boundary, note=note)


def _align(geoms, read_fids, fids, layer):
    """The geometries in the order of `fids` (matched by feature id, never by position)."""
    position = {int(f): i for i, f in enumerate(read_fids)}
    wanted = [int(f) for f in fids]
    missing = [f for f in wanted if f not in position]
    if missing or len(position) != len(wanted):
        raise InputError(f"Layer '{layer_label(layer)}' changed while it was read (feature "
                         f"{missing[0] if missing else 'count'} differs between the reads of "
                         "counts and geometries); run again.")
    return [geoms[position[f]] for f in wanted]


def _candidate_pairs(boxes, todo):
    """Pairs (i < j) whose boxes, grown by SNAP_TOLERANCE, intersect, with i or j in `todo`
    (a sweep over boxes sorted by their left edge)."""
    tol = SNAP_TOLERANCE
    order = np.argsort(boxes[:, 0], kind="stable")
    x0 = boxes[order, 0]
    sorted_boxes = boxes[order]
    widest = float((boxes[:, 2] - boxes[:, 0]).max())
    gi, gj = [], []
    for i in todo.tolist():
        bx0, by0, bx1, by1 = boxes[i]
        lo = np.searchsorted(x0, bx0 - tol - widest, side="left")
        hi = np.searchsorted(x0, bx1 + tol, side="right")
        cand = sorted_boxes[lo:hi]
        hit = ((cand[:, 2] >= bx0 - tol) & (cand[:, 1] <= by1 + tol) & (cand[:, 3] >= by0 - tol))
        found = order[lo:hi][hit]
        found = found[found != i]
        gi.append(np.full(found.size, i, np.int64))
        gj.append(found.astype(np.int64))
    if not gi:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    gi, gj = np.concatenate(gi), np.concatenate(gj)
    n = len(boxes)
    keys = np.unique(np.minimum(gi, gj) * n + np.maximum(gi, gj))
    return keys // n, keys % n


def _geos_pairs(geoms, gi, gj):
    """Decide candidate pairs (i < j, sorted by i) with GEOS: touching within SNAP_TOLERANCE,
    shared length from a buffer of SNAP_TOLERANCE around polygon i."""
    rows, cols, shared = [], [], []
    order = np.lexsort((gj, gi))
    gi, gj = gi[order].tolist(), gj[order].tolist()
    k = 0
    while k < len(gi):
        i = gi[k]
        g = geoms[i]
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        boundary = None
        while k < len(gi) and gi[k] == i:
            j = gj[k]
            k += 1
            other = geoms[j]
            if not (engine.intersects(other.constGet()) or g.distance(other) <= SNAP_TOLERANCE):
                continue
            if boundary is None:
                boundary = g.buffer(SNAP_TOLERANCE, 2)
            length = boundary.intersection(other).length() / 2.0 if other.length() else 0.0
            rows.append(i)
            cols.append(j)
            shared.append(length)
    return np.array(rows, np.int64), np.array(cols, np.int64), np.array(shared, float)


def _rings(wkb):
    """The rings of a (multi)polygon's WKB as (k, 2) arrays, or None for any other geometry."""
    rings = []

    def header(off):
        end = "<" if wkb[off] == 1 else ">"
        (t,) = struct.unpack_from(end + "I", wkb, off + 1)
        z, m = bool(t & 0x80000000), bool(t & 0x40000000)
        t &= 0x0FFFFFFF
        z, m = z or (t // 1000) in (1, 3), m or (t // 1000) in (2, 3)
        return end, t % 1000, 2 + z + m, off + 5

    def polygon(off):
        end, kind, dim, off = header(off)
        if kind != 3:
            raise ValueError(kind)
        (n_rings,) = struct.unpack_from(end + "I", wkb, off)
        off += 4
        for _ in range(n_rings):
            (k,) = struct.unpack_from(end + "I", wkb, off)
            off += 4
            xy = np.frombuffer(wkb, dtype=end + "f8", count=k * dim, offset=off)
            rings.append(xy.reshape(k, dim)[:, :2].astype(float))
            off += 8 * k * dim
        return off

    try:
        end, kind, _, off = header(0)
        if kind == 3:
            polygon(0)
        elif kind == 6:
            (parts,) = struct.unpack_from(end + "I", wkb, off)
            off += 4
            for _ in range(parts):
                off = polygon(off)
        else:
            return None
    except (ValueError, struct.error, IndexError):
        return None
    return rings


def _hashed_pairs(geoms):
    """Queen pairs (i < j) and shared lengths from snapped vertices and edges, for the clean
    polygons; and the boolean mask of unclean polygons, whose pairs the caller decides with GEOS."""
    n = len(geoms)
    unclean = np.zeros(n, bool)
    xy_parts, poly_parts, last_parts = [], [], []
    for i, g in enumerate(geoms):
        rings = _rings(bytes(g.asWkb()))
        if rings is None:
            unclean[i] = True
            continue
        for r in rings:
            if len(r) < 4 or r[0, 0] != r[-1, 0] or r[0, 1] != r[-1, 1]:
                unclean[i] = True
                continue
            xy_parts.append(r)
            poly_parts.append(np.full(len(r), i, np.int64))
            last = np.zeros(len(r), bool)
            last[-1] = True
            last_parts.append(last)
    empty = np.empty(0, np.int64)
    if not xy_parts:
        return empty, empty, np.empty(0), np.ones(n, bool)
    xy = np.concatenate(xy_parts)
    poly = np.concatenate(poly_parts)
    is_last = np.concatenate(last_parts)

    # snapped vertex ids
    keys = np.floor(xy / SNAP_TOLERANCE + 0.5)
    keys -= keys.min(axis=0)
    span = keys.max(axis=0) + 1
    if span[0] * span[1] < 2.0 ** 62:
        flat = keys[:, 0].astype(np.int64) * np.int64(span[1]) + keys[:, 1].astype(np.int64)
        _, vid = np.unique(flat, return_inverse=True)
    else:
        _, vid = np.unique(keys.astype(np.int64), axis=0, return_inverse=True)
    vid = vid.ravel()
    nv = int(vid.max()) + 1

    # vertices snapped together must lie within SNAP_TOLERANCE of each other, else GEOS decides
    by_vertex = np.argsort(vid, kind="stable")
    starts = np.flatnonzero(np.r_[True, np.diff(vid[by_vertex]) != 0])
    xs = xy[by_vertex]
    lo = np.minimum.reduceat(xs, starts, axis=0)
    hi = np.maximum.reduceat(xs, starts, axis=0)
    spread = np.hypot(*(hi - lo).T) > SNAP_TOLERANCE  # indexed by vertex id (ids are 0..nv-1)
    unclean[poly[spread[vid]]] = True

    # queen: polygons sharing a snapped vertex
    vp = np.unique(vid.astype(np.int64) * n + poly)  # sorted by vertex, then polygon
    vp = np.stack([vp // n, vp % n], axis=1)
    qi, qj = [], []
    d = 1
    while d < len(vp):
        same = vp[:-d, 0] == vp[d:, 0]
        if not same.any():
            break
        qi.append(vp[:-d, 1][same])
        qj.append(vp[d:, 1][same])
        d += 1
    if qi:
        qi, qj = np.concatenate(qi), np.concatenate(qj)
        pk = np.unique(np.minimum(qi, qj) * n + np.maximum(qi, qj))
        pairs = np.stack([pk // n, pk % n], axis=1)
    else:
        pairs = np.empty((0, 2), np.int64)

    # rook: edges (snapped endpoints) found in two polygons
    start = np.flatnonzero(~is_last)
    a, b = vid[start], vid[start + 1]
    keep = a != b
    start, a, b = start[keep], a[keep], b[keep]
    ekey = np.minimum(a, b).astype(np.int64) * nv + np.maximum(a, b)
    elen = np.hypot(*(xy[start + 1] - xy[start]).T)
    epoly = poly[start]
    order = np.lexsort((epoly, ekey))
    ekey, epoly, elen = ekey[order], epoly[order], elen[order]
    # an edge twice in one polygon (ring touching itself or a hole) → unclean
    dup = (ekey[1:] == ekey[:-1]) & (epoly[1:] == epoly[:-1])
    unclean[epoly[1:][dup]] = True
    first = np.r_[True, ekey[1:] != ekey[:-1]]
    group = np.cumsum(first) - 1
    count = np.bincount(group)[group]
    unclean[epoly[count != 2]] = True
    m = np.flatnonzero(first & (count == 2))
    ei, ej = epoly[m], epoly[m + 1]
    el = (elen[m] + elen[m + 1]) / 2.0
    ok = (ei != ej) & ~unclean[ei] & ~unclean[ej]
    ei, ej, el = ei[ok], ej[ok], el[ok]

    pairs = pairs[~unclean[pairs[:, 0]] & ~unclean[pairs[:, 1]]]
    rows, cols = pairs[:, 0], pairs[:, 1]
    # shared length of each clean queen pair: sum of its matched edges
    pair_key = rows * n + cols
    edge_key = np.minimum(ei, ej) * n + np.maximum(ei, ej)
    pos = np.searchsorted(pair_key, edge_key)  # pairs are sorted and every matched edge links one
    shared = np.bincount(pos, weights=el, minlength=len(pair_key)) if len(pair_key) else np.empty(0)
    return rows, cols, shared, unclean
