"""Polygons → centroids, areas, perimeters and neighbour structures (sparse) for spatial indices."""
import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsSpatialIndex

from ..errors import InputError
from .crs import metric_transform
from .read import layer_label

# Two polygons are neighbours when they touch within this tolerance (metres): digitised
# boundaries of official district layers rarely meet to the last bit.
SNAP_TOLERANCE = 0.01


def spatial_context(layer, feedback=None):
    from scipy import sparse

    from ..core.catalogue import SpatialContext

    transform, note = metric_transform(layer)
    geoms, fids = [], []
    for feat in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
        g = QgsGeometry(feat.geometry())
        if g.isNull() or g.isEmpty():
            raise InputError(f"Layer '{layer_label(layer)}': feature {feat.id()} has no geometry.")
        if transform is not None:
            g.transform(transform)
        if not g.isGeosValid():
            g = g.makeValid()
        geoms.append(g)
        fids.append(feat.id())
    n = len(geoms)
    centroids = np.array([[c.x(), c.y()] for c in (g.centroid().asPoint() for g in geoms)])
    areas = np.array([g.area() for g in geoms])
    perimeters = np.array([g.length() for g in geoms])

    index = QgsSpatialIndex()
    for i, g in enumerate(geoms):
        index.addFeature(i, g.boundingBox())
    rows, cols, shared = [], [], []
    for i, g in enumerate(geoms):
        box = g.boundingBox()
        box.grow(SNAP_TOLERANCE)
        candidates = [j for j in index.intersects(box) if j > i]
        if not candidates:
            continue
        engine = QgsGeometry.createGeometryEngine(g.constGet())
        engine.prepareGeometry()
        boundary = None
        for j in candidates:
            other = geoms[j]
            if not (engine.intersects(other.constGet()) or g.distance(other) <= SNAP_TOLERANCE):
                continue
            if boundary is None:
                boundary = g.buffer(SNAP_TOLERANCE, 2)
            length = boundary.intersection(other).length() / 2.0 if other.length() else 0.0
            rows.append(i)
            cols.append(j)
            shared.append(length)
    rows, cols, shared = np.array(rows, int), np.array(cols, int), np.array(shared, float)
    both_r, both_c = np.r_[rows, cols], np.r_[cols, rows]
    contiguity = sparse.csr_matrix((np.ones(both_r.size), (both_r, both_c)), shape=(n, n))
    lengths = np.r_[shared, shared]
    rook = lengths > 10 * SNAP_TOLERANCE
    shared_boundary = sparse.csr_matrix((lengths[rook], (both_r[rook], both_c[rook])), shape=(n, n))
    if feedback is not None:
        feedback.pushInfo(f"Queen contiguity: {rows.size} neighbour pairs among {n} polygons.")
    return SpatialContext(centroids=centroids, areas=areas, perimeters=perimeters,
                          contiguity=contiguity, shared_boundary=shared_boundary, note=note)
