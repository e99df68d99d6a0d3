"""Polygon layers read as columns: counts, centroids, areas and perimeters of a plain OGR file in one
pass through GDAL's Arrow interface (GDAL >= 3.6), for the spatial indices that need no neighbours.

Only what is read the same way as feature by feature (read.read_attributes + spatial_context) is read
here; everything else gives None and the caller reads feature by feature, with its checks and messages:

* a plain OGR file layer (no subset, no filter), in a metric CRS (nothing to reproject);
* numeric count fields without NULLs (text goes through the number parser, NULLs through MISSING_VALUES);
* single-ring 2-D polygons that are convex (every turn the same way, one turn in all, no zero-length
  edge): such a ring is a valid polygon, so GEOS would neither repair it nor change its area. Their
  centroid, area and perimeter are the shoelace sums of the ring, taken relative to its first vertex.

Grid cells and most block layers of a city grid are of this kind; anything else (holes, multipolygons,
concave or invalid rings) is read feature by feature."""
from dataclasses import dataclass

import numpy as np

BATCH = 200_000


@dataclass
class PolygonColumns:
    """One row per feature, in feature-id order."""
    fids: np.ndarray
    values: dict          # field -> float64 (n,)
    centroids: np.ndarray  # (n, 2)
    areas: np.ndarray
    perimeters: np.ndarray
    # the rings (closing vertex left out): vertices of feature k at ring_xy[ring_start[k]:ring_start[k] +
    # ring_npts[k]]; kept only on layers small enough for the overlap check (else None)
    ring_xy: np.ndarray = None
    ring_start: np.ndarray = None
    ring_npts: np.ndarray = None


def arrow_layer(layer, fields):
    """(dataset, OGR layer, its field names) behind a QGIS layer that is a plain OGR file (no subset),
    readable through GDAL's Arrow interface, holding all `fields` (the others ignored in the read);
    None otherwise. Keep the dataset referenced while the layer is read."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    if layer is None or layer.providerType() != "ogr" or layer.subsetString():
        return None
    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path")
    if not path or parts.get("subset"):
        return None
    ds = ogr.Open(path)
    if ds is None:
        return None
    lyr = ds.GetLayerByName(parts["layerName"]) if parts.get("layerName") else \
        ds.GetLayer(int(parts.get("layerId") or 0))
    if lyr is None or lyr.GetFeatureCount() != layer.featureCount():
        return None
    defn = lyr.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    if any(f not in names for f in fields):
        return None
    lyr.SetIgnoredFields([f for f in names if f not in fields])
    return ds, lyr, names


def read_polygon_columns(layer, fields):
    """PolygonColumns of `layer` and the numeric `fields`, or None when the layer or its data are not
    of the kind described in the module doc (the caller then reads feature by feature)."""
    if layer is None:
        return None
    from .crs import is_metric_projected
    from .spatial_context import OVERLAP_CHECK_MAX

    # a layer without a CRS or not in metres goes by the feature reader, whose metric_transform
    # reprojects it or says how its coordinates are taken (computed once, there)
    if layer.providerType() != "ogr" or not is_metric_projected(layer.crs()):
        return None
    opened = arrow_layer(layer, fields)
    if opened is None:
        return None
    ds, lyr, names = opened
    from osgeo import ogr

    keep_rings = layer.featureCount() <= OVERLAP_CHECK_MAX
    defn = lyr.GetLayerDefn()
    numeric = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal)
    if any(defn.GetFieldDefn(names.index(f)).GetType() not in numeric for f in fields):
        return None
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_col = lyr.GetFIDColumn() or "OGC_FID"
    fids, values, rings = [], {f: [] for f in fields}, []
    stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES",
                                                f"MAX_FEATURES_IN_BATCH={BATCH}"])
    for batch in stream:
        if geom_col not in batch or fid_col not in batch:
            return None
        fids.append(np.asarray(batch[fid_col], dtype=np.int64))
        for f in fields:
            col = batch[f]
            if np.ma.isMaskedArray(col) and np.ma.getmaskarray(col).any():
                return None  # a NULL: MISSING_VALUES decides, feature by feature
            values[f].append(np.asarray(np.ma.getdata(col), dtype=np.float64))
        # the rings of each batch at once (the work arrays stay of the batch's size)
        geoms = np.ma.getdata(batch[geom_col])
        if geoms.dtype.kind != "V":  # blobs of several lengths: one bytes object each
            geoms = [None if x is None else (x.tobytes() if isinstance(x, np.void) else bytes(x)) for x in geoms]
        got = convex_rings(geoms, rings=keep_rings)
        if got is None:
            return None
        rings.append(got)
        del batch, geoms
    del stream
    ds = None
    if not fids:
        return None
    fid = np.concatenate(fids)
    order = np.argsort(fid, kind="stable")
    ring_xy = ring_start = ring_npts = None
    if keep_rings:
        xy = np.concatenate([r[3] for r in rings])
        npts = np.concatenate([r[4] for r in rings])
        first = np.cumsum(npts) - npts
        ring_npts = npts[order]
        ring_start = np.cumsum(ring_npts) - ring_npts
        ring_xy = xy[np.repeat(first[order] - ring_start, ring_npts) + np.arange(int(ring_npts.sum()))]
    return PolygonColumns(fids=fid[order], values={f: np.concatenate(v)[order] for f, v in values.items()},
                          centroids=np.concatenate([r[0] for r in rings])[order],
                          areas=np.concatenate([r[1] for r in rings])[order],
                          perimeters=np.concatenate([r[2] for r in rings])[order],
                          ring_xy=ring_xy, ring_start=ring_start, ring_npts=ring_npts)


def _blobs(geoms):
    """(bytes of all blobs, start of each, length of each); None if a geometry is missing."""
    if isinstance(geoms, np.ndarray) and geoms.dtype.kind == "V":
        size = geoms.dtype.itemsize
        n = geoms.shape[0]
        return np.frombuffer(geoms.tobytes(), dtype=np.uint8), np.arange(n, dtype=np.int64) * size, \
            np.full(n, size, dtype=np.int64)
    if any(g is None for g in geoms):
        return None
    lens = np.fromiter((len(g) for g in geoms), dtype=np.int64, count=len(geoms))
    buf = np.frombuffer(b"".join(bytes(g) for g in geoms), dtype=np.uint8)
    return buf, np.cumsum(lens) - lens, lens


def convex_rings(geoms, rings=False):
    """(centroids (n, 2), areas, perimeters) of WKB polygons that are each one convex 2-D ring
    (little-endian); None if any geometry is another kind (see the module doc). `rings`: also the
    vertices of the rings without their closing vertex, (m, 2), and their number per ring."""
    n = len(geoms)
    if n == 0:
        return None
    got = _blobs(geoms)
    if got is None:
        return None
    buf, off, lens = got
    if np.any(lens < 13):
        return None
    head = buf[off[:, None] + np.arange(13)]  # byte order, type, rings, points of each blob
    if np.any(head[:, 0] != 1):
        return None
    gtype = np.ascontiguousarray(head[:, 1:5]).view("<u4").ravel()
    nrings = np.ascontiguousarray(head[:, 5:9]).view("<u4").ravel()
    npts = np.ascontiguousarray(head[:, 9:13]).view("<u4").ravel().astype(np.int64)
    if np.any(gtype != 3) or np.any(nrings != 1) or np.any(npts < 4) or np.any(lens != 13 + 16 * npts):
        return None
    # the coordinates: every byte but the 13 header bytes of each blob
    if np.all(lens == lens[0]) and buf.shape[0] == n * int(lens[0]):  # one size (e.g. grid cells)
        xy = np.ascontiguousarray(buf.reshape(n, int(lens[0]))[:, 13:]).view("<f8").reshape(-1, 2)
    else:
        keep = np.ones(buf.shape[0], dtype=bool)
        keep[(off[:, None] + np.arange(13)).ravel()] = False
        xy = np.frombuffer(buf[keep].tobytes(), dtype="<f8").reshape(-1, 2)
    start = np.cumsum(npts) - npts  # first vertex of each ring in xy
    last = start + npts - 1
    if np.any(xy[start] != xy[last]):
        return None  # not closed
    if not np.isfinite(xy).all():
        return None
    poly = np.repeat(np.arange(n), npts)
    rel = xy - xy[start][poly]  # relative to the ring's first vertex (no cancellation)
    # edges k -> k+1 within each ring (the closing vertex starts none)
    edge = np.ones(xy.shape[0], dtype=bool)
    edge[last] = False
    k = np.flatnonzero(edge)
    a, b = rel[k], rel[k + 1]
    cross = a[:, 0] * b[:, 1] - b[:, 0] * a[:, 1]
    epoly = poly[k]
    dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
    length = np.hypot(dx, dy)
    if np.any(length == 0):
        return None
    area2 = np.bincount(epoly, weights=cross, minlength=n)
    cx = np.bincount(epoly, weights=(a[:, 0] + b[:, 0]) * cross, minlength=n)
    cy = np.bincount(epoly, weights=(a[:, 1] + b[:, 1]) * cross, minlength=n)
    perimeters = np.bincount(epoly, weights=length, minlength=n)
    # convex and simple: consecutive edges (also the last and the first) turn the same way, and the
    # turns add up to one full turn
    nxt = k + 1
    nxt_edge = np.where(edge[nxt], nxt, start[epoly])  # the edge after the ring's last is its first
    ex, ey = dx, dy
    fx = rel[nxt_edge + 1, 0] - rel[nxt_edge, 0]
    fy = rel[nxt_edge + 1, 1] - rel[nxt_edge, 1]
    turn = ex * fy - ey * fx
    dot = ex * fx + ey * fy
    sign = np.sign(area2)[epoly]
    straight = (turn == 0) & (dot > 0)
    if np.any(area2 == 0) or np.any(~straight & (turn * sign <= 0)):
        return None
    angle = np.bincount(epoly, weights=np.arctan2(turn, dot), minlength=n)
    if np.any(np.abs(np.abs(angle) - 2 * np.pi) > 1e-6):
        return None
    areas = np.abs(area2) / 2.0
    origin = xy[start]
    centroids = origin + np.column_stack([cx, cy]) / (3.0 * area2)[:, None]
    if rings:
        return centroids, areas, perimeters, xy[edge], npts - 1
    return centroids, areas, perimeters
