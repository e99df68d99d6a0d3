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

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry

from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .crs import metric_transform
from .geometry_checks import invalid_note, overlap_note
from .read import layer_label
from .wkb import wkb_rings

# Two polygons are neighbours when they touch within this tolerance (metres): digitised
# boundaries of official district layers rarely meet to the last bit.
SNAP_TOLERANCE = 0.01
# up to this many units the overlap check runs for every index set, beyond it with neighbour indices only
OVERLAP_CHECK_MAX = 20_000


def spatial_context(layer, feedback=None, fast=True, neighbours=True, fids=None, columns=None):
    """`fast=False` decides every candidate pair with GEOS (the reference the fast path is tested
    against). `neighbours=False` skips the neighbour structures (contiguity and shared boundaries
    are None): for index sets that need only centroids, areas and perimeters. `fids`: the feature
    ids of the counts the context goes with; the context is returned in that order (units are
    paired by feature id, never by the order of two reads), and features not among them are left
    out. `columns`: the layer already read as columns (qgis_io.columnar.PolygonColumns: convex rings in a
    metric CRS, valid as they are); used where neither neighbours nor the overlap check need the
    geometries."""
    from ..core.catalogue import SpatialContext

    if columns is not None and not neighbours:
        if layer.featureCount() > OVERLAP_CHECK_MAX:
            return _from_columns(layer, columns, feedback, fids)
        if _columns_do_not_overlap(columns):
            return _from_columns(layer, columns, None, fids)
        # the polygons may overlap: the union check below names them, from the geometries
    transform, note = metric_transform(layer)
    wanted = None if fids is None else {int(f) for f in fids}
    # the geometries are kept for the neighbour search, and for the overlap check where the layer is
    # small enough for a union of all units (on large grids it would cost more than the indices)
    keep = neighbours or layer.featureCount() <= OVERLAP_CHECK_MAX
    geoms, read, repaired = [], [], []
    cx, cy, areas, perimeters = [], [], [], []
    # one pass: centroid, area and perimeter from GEOS; the geometries are kept only when the
    # neighbour search needs them
    for feat in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if wanted is not None and feat.id() not in wanted:
            continue
        g = QgsGeometry(feat.geometry())
        if g.isNull() or g.isEmpty():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer_label}': feature {id} has no geometry."),
                layer_label=layer_label(layer), id=feat.id())
        if transform is not None:
            g.transform(transform)
        if not g.isGeosValid():
            g = g.makeValid()
            repaired.append(feat.id())
        c = g.centroid().asPoint()
        cx.append(c.x())
        cy.append(c.y())
        areas.append(g.area())
        perimeters.append(g.length())
        read.append(feat.id())
        if keep:
            geoms.append(g)
    n = len(cx)
    centroids = np.column_stack([np.array(cx, dtype=float), np.array(cy, dtype=float)]).reshape(n, 2)
    areas = np.array(areas, dtype=float)
    perimeters = np.array(perimeters, dtype=float)
    if neighbours:
        contiguity, shared_boundary = _neighbours(geoms, centroids, areas, fast, feedback)
    else:
        contiguity = shared_boundary = None
    label = layer_label(layer)
    checks = [note, invalid_note(label, repaired), overlap_note(geoms, read, label) if keep else ""]
    if not keep and feedback is not None:
        feedback.pushInfo(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}': {n} units; overlapping units were not looked for (done up to "
            "{overlap_check_max} units or with the neighbour indices DADJ, DW, DS)."),
            label=label, n=n, overlap_check_max=OVERLAP_CHECK_MAX))
    note = "; ".join(c for c in checks if c)
    ctx = SpatialContext(centroids=centroids, areas=areas, perimeters=perimeters,
                         contiguity=contiguity, shared_boundary=shared_boundary, note=note)
    if fids is None:
        return ctx
    position = {fid: i for i, fid in enumerate(read)}
    missing = [int(f) for f in fids if int(f) not in position]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer_label}': feature {missing} was read with its counts but not with its "
            "geometry (was the layer changed while it was read?)."),
            layer_label=layer_label(layer), missing=missing[0])
    return ctx.take([position[int(f)] for f in fids])


def _columns_do_not_overlap(columns):
    """True when the convex rings of `columns` provably overlap by less than the overlap check's
    tolerance (core.convex.overlap_bound: an upper bound on the area counted twice, so the union
    check of geometry_checks.overlap_note would report nothing either); False when they may overlap
    or their rings were not kept."""
    from ..core.convex import overlap_bound
    from .geometry_checks import OVERLAP_RTOL

    if columns.ring_xy is None:
        return False
    bound = overlap_bound(columns.centroids, columns.ring_xy, columns.ring_start, columns.ring_npts)
    return bound is not None and bound <= 0.5 * OVERLAP_RTOL * float(columns.areas.sum())


def _from_columns(layer, columns, feedback, fids):
    """The context of spatial_context(neighbours=False) from PolygonColumns (same values, same notes:
    nothing reprojected or repaired; no overlap check on a layer of this size, or none found by
    _columns_do_not_overlap, feedback None then)."""
    from ..core.catalogue import SpatialContext

    label = layer_label(layer)
    n = len(columns.fids)
    if feedback is not None:
        feedback.pushInfo(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}': {n} units; overlapping units were not looked for (done up to "
            "{max} units or with the neighbour indices DADJ, DW, DS)."), label=label, n=n, max=OVERLAP_CHECK_MAX))
    ctx = SpatialContext(centroids=columns.centroids, areas=columns.areas, perimeters=columns.perimeters,
                         contiguity=None, shared_boundary=None, note="")
    if fids is None or np.array_equal(np.asarray(fids, dtype=np.int64), columns.fids):
        return ctx
    position = {int(fid): i for i, fid in enumerate(columns.fids)}
    missing = [int(f) for f in fids if int(f) not in position]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}': feature {missing} was read with its counts but not with its geometry "
            "(was the layer changed while it was read?)."),
            label=label, missing=missing[0])
    return ctx.take([position[int(f)] for f in fids])


def _neighbours(geoms, centroids, areas, fast, feedback):
    """Queen contiguity (1/0) and shared boundary lengths (rook) as sparse (n, n) matrices."""
    from scipy import sparse

    n = len(geoms)
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
        feedback.pushInfo(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Queen contiguity: {size} neighbour pairs among {n} polygons."),
            size=rows.size, n=n))
    return contiguity, shared_boundary


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


def _hashed_pairs(geoms):
    """Queen pairs (i < j) and shared lengths from snapped vertices and edges, for the clean
    polygons; and the boolean mask of unclean polygons, whose pairs the caller decides with GEOS."""
    n = len(geoms)
    unclean = np.zeros(n, bool)
    xy_parts, poly_parts, last_parts = [], [], []
    for i, g in enumerate(geoms):
        rings = wkb_rings(bytes(g.asWkb()))
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
