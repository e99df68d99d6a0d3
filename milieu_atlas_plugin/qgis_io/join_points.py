"""Points mode: count fields of a point layer summed per district, fast and exact.

Point-in-polygon without shapely 2 or pygeos, in numpy:
- every ring edge of every district is stored once with its lower end first (canonical orientation), so
  two districts that share an edge evaluate it with bit-identical arithmetic;
- a point is inside a district when a ray to +x crosses an odd number of its edges, with the half-open
  rule ``ya <= y < yb`` and ``x < x_intersection``. For a boundary shared by two districts this puts a
  point lying exactly on it in exactly one of them: the district to its east (north for an east-west
  boundary). A point inside several overlapping districts goes to the first in layer order.
- a uniform grid over the districts: cells no edge touches are wholly inside one district (or none) and
  are classified once by a scanline through their centres; only points in cells that an edge touches are
  tested exactly, against the districts whose bounding box meets the cell and only against the edges of
  the point's grid row.
"""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSourceDefinition,
    QgsWkbTypes,
)

from ..core.accounting import distribute
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .join_common import JoinResult, Named, check_counts, iterate, repair_or_refuse, require_fields
from .read import to_float_columns
from .wkb import wkb_rings

BOUNDARY_RULE = ("A point exactly on a boundary shared by two districts is counted once, in the district to "
                 "its east (to its north for an east-west boundary); a point on the outer boundary of the "
                 "districts, on any side, is counted in the district it lies on; a point inside several "
                 "overlapping districts is counted in the first of them in layer order.")
# points not inside any polygon but within this many float steps west/south of one (on its east or north
# edge, where the half-open east/north rule alone would leave them outside) are counted in it
EDGE_ULPS = 64


# ---------------------------------------------------------------------------------------------- locator
class PolygonLocator:
    """Assigns points to polygons (index of the polygon, -1 outside all) exactly, in numpy."""

    def __init__(self, rings, n_cells=None, n_points=0):
        """rings: list over polygons of lists of (m, 2) float arrays (closing vertex optional); the grid
        has about max(2 × edges, points) cells (at most 2 million) unless n_cells is given."""
        self.n = len(rings)
        xa, ya, xb, yb, pid = [], [], [], [], []
        bx0 = np.full(self.n, np.inf)
        by0 = np.full(self.n, np.inf)
        bx1 = np.full(self.n, -np.inf)
        by1 = np.full(self.n, -np.inf)
        for i, poly in enumerate(rings):
            for ring in poly:
                r = np.asarray(ring, dtype=np.float64)
                if len(r) < 3:
                    continue
                if not (r[0, 0] == r[-1, 0] and r[0, 1] == r[-1, 1]):
                    r = np.vstack([r, r[:1]])
                xa.append(r[:-1, 0]); ya.append(r[:-1, 1]); xb.append(r[1:, 0]); yb.append(r[1:, 1])
                pid.append(np.full(len(r) - 1, i, dtype=np.int64))
                bx0[i] = min(bx0[i], r[:, 0].min()); bx1[i] = max(bx1[i], r[:, 0].max())
                by0[i] = min(by0[i], r[:, 1].min()); by1[i] = max(by1[i], r[:, 1].max())
        if not xa:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "The district layer has no polygon with an area."))
        xa = np.concatenate(xa); ya = np.concatenate(ya); xb = np.concatenate(xb); yb = np.concatenate(yb)
        pid = np.concatenate(pid)
        keep = ~((xa == xb) & (ya == yb))
        xa, ya, xb, yb, pid = xa[keep], ya[keep], xb[keep], yb[keep], pid[keep]
        # canonical orientation: lower end first
        swap = yb < ya
        xa, xb = np.where(swap, xb, xa), np.where(swap, xa, xb)
        ya, yb = np.where(swap, yb, ya), np.where(swap, ya, yb)
        self.bbox = (bx0, by0, bx1, by1)
        x0, y0 = float(np.min(bx0[np.isfinite(bx0)])), float(np.min(by0[np.isfinite(by0)]))
        x1, y1 = float(np.max(bx1[np.isfinite(bx1)])), float(np.max(by1[np.isfinite(by1)]))
        w, h = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
        n_edges = len(xa)
        if n_cells is None:
            n_cells = int(min(max(2 * n_edges, n_points, 10_000), 2_000_000))
        cs = float(np.sqrt(w * h / n_cells))
        cs = max(cs, max(w, h) / 8192.0)
        pad = cs * 0.5
        self.x0, self.y0, self.cs = x0 - pad, y0 - pad, cs
        self.nx = int(np.floor((x1 + pad - self.x0) / cs)) + 1
        self.ny = int(np.floor((y1 + pad - self.y0) / cs)) + 1
        self._mark_boundary(xa, ya, xb, yb)
        self._classify_interior(xa, ya, xb, yb, pid)
        self._row_edges(xa, ya, xb, yb, pid)
        self._candidates()

    # cells touched by an edge (conservatively: sub-pieces no longer than a cell, bboxes grown by 1e-6 cell)
    def _mark_boundary(self, xa, ya, xb, yb):
        cs = self.cs
        nsub = np.maximum(1, np.ceil(np.maximum(np.abs(xb - xa), np.abs(yb - ya)) / cs)).astype(np.int64)
        eid = np.repeat(np.arange(len(xa)), nsub)
        start = np.repeat(np.cumsum(nsub) - nsub, nsub)
        k = np.arange(len(eid)) - start
        t0 = k / nsub[eid]
        t1 = (k + 1) / nsub[eid]
        px0 = xa[eid] + (xb[eid] - xa[eid]) * t0
        px1 = xa[eid] + (xb[eid] - xa[eid]) * t1
        py0 = ya[eid] + (yb[eid] - ya[eid]) * t0
        py1 = ya[eid] + (yb[eid] - ya[eid]) * t1
        eps = 1e-6
        ix0 = np.floor((np.minimum(px0, px1) - self.x0) / cs - eps).astype(np.int64)
        ix1 = np.floor((np.maximum(px0, px1) - self.x0) / cs + eps).astype(np.int64)
        iy0 = np.floor((np.minimum(py0, py1) - self.y0) / cs - eps).astype(np.int64)
        iy1 = np.floor((np.maximum(py0, py1) - self.y0) / cs + eps).astype(np.int64)
        boundary = np.zeros(self.nx * self.ny, dtype=bool)
        for dx in range(3):
            for dy in range(3):
                ok = (ix0 + dx <= ix1) & (iy0 + dy <= iy1)
                cx = np.clip(ix0[ok] + dx, 0, self.nx - 1)
                cy = np.clip(iy0[ok] + dy, 0, self.ny - 1)
                boundary[cy * self.nx + cx] = True
        self.boundary = boundary

    # owner of every cell centre by a scanline (used for cells no edge touches)
    def _classify_interior(self, xa, ya, xb, yb, pid):
        cs = self.cs
        keep = ya < yb
        xa, ya, xb, yb, pid = xa[keep], ya[keep], xb[keep], yb[keep], pid[keep]
        yc = self.y0 + (np.arange(self.ny) + 0.5) * cs
        r0 = np.clip(np.floor((ya - self.y0) / cs - 0.5).astype(np.int64), 0, self.ny - 1)
        r1 = np.clip(np.floor((yb - self.y0) / cs - 0.5).astype(np.int64) + 1, 0, self.ny - 1)
        cnt = r1 - r0 + 1
        eid = np.repeat(np.arange(len(xa)), cnt)
        row = np.repeat(r0, cnt) + (np.arange(len(eid)) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        y = yc[row]
        hit = (ya[eid] <= y) & (y < yb[eid])
        eid, row, y = eid[hit], row[hit], y[hit]
        xi = xa[eid] + (y - ya[eid]) * (xb[eid] - xa[eid]) / (yb[eid] - ya[eid])
        d = pid[eid]
        order = np.lexsort((xi, row, d))
        d, row, xi = d[order], row[order], xi[order]
        owner = np.full(self.nx * self.ny, np.iinfo(np.int64).max, dtype=np.int64)
        if len(xi) >= 2:
            # every (polygon, row) group holds an even number of crossings: pairs are (in, out)
            s, e = xi[0::2], xi[1::2]
            ds, rs = d[0::2], row[0::2]
            j0 = np.clip(np.ceil((s - self.x0) / cs - 0.5).astype(np.int64), 0, self.nx)
            j1 = np.clip(np.ceil((e - self.x0) / cs - 0.5).astype(np.int64), 0, self.nx)
            ln = np.maximum(j1 - j0, 0)
            tot = int(ln.sum())
            if tot:
                rep = np.repeat(np.arange(len(ln)), ln)
                j = np.repeat(j0, ln) + (np.arange(tot) - np.repeat(np.cumsum(ln) - ln, ln))
                np.minimum.at(owner, rs[rep] * self.nx + j, ds[rep])
        owner[owner == np.iinfo(np.int64).max] = -1
        self.cell_owner = owner

    # edges of each (polygon, grid row), CSR
    def _row_edges(self, xa, ya, xb, yb, pid):
        keep = ya < yb
        xa, ya, xb, yb, pid = xa[keep], ya[keep], xb[keep], yb[keep], pid[keep]
        r0 = np.clip(np.floor((ya - self.y0) / self.cs).astype(np.int64), 0, self.ny - 1)
        r1 = np.clip(np.floor((yb - self.y0) / self.cs).astype(np.int64), 0, self.ny - 1)
        cnt = r1 - r0 + 1
        eid = np.repeat(np.arange(len(xa)), cnt)
        row = np.repeat(r0, cnt) + (np.arange(len(eid)) - np.repeat(np.cumsum(cnt) - cnt, cnt))
        key = pid[eid] * self.ny + row
        order = np.argsort(key, kind="stable")
        key, eid = key[order], eid[order]
        self.e_xa, self.e_ya, self.e_xb, self.e_yb = xa[eid], ya[eid], xb[eid], yb[eid]
        self.e_ptr = np.searchsorted(key, np.arange(self.n * self.ny + 1))

    # polygons whose bounding box meets each boundary cell, CSR over boundary cells
    def _candidates(self):
        bx0, by0, bx1, by1 = self.bbox
        ok = np.isfinite(bx0)
        ids = np.nonzero(ok)[0]
        cx0 = np.clip(np.floor((bx0[ok] - self.x0) / self.cs).astype(np.int64) - 1, 0, self.nx - 1)
        cx1 = np.clip(np.floor((bx1[ok] - self.x0) / self.cs).astype(np.int64) + 1, 0, self.nx - 1)
        cy0 = np.clip(np.floor((by0[ok] - self.y0) / self.cs).astype(np.int64) - 1, 0, self.ny - 1)
        cy1 = np.clip(np.floor((by1[ok] - self.y0) / self.cs).astype(np.int64) + 1, 0, self.ny - 1)
        cells, polys = [], []
        chunk = []
        budget = 0
        for k in range(len(ids) + 1):
            if k < len(ids):
                chunk.append(k)
                budget += (cx1[k] - cx0[k] + 1) * (cy1[k] - cy0[k] + 1)
            if chunk and (budget > 5_000_000 or k == len(ids)):
                c = np.array(chunk)
                w = cx1[c] - cx0[c] + 1
                hgt = cy1[c] - cy0[c] + 1
                n = w * hgt
                rep = np.repeat(np.arange(len(c)), n)
                local = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
                cx = cx0[c][rep] + local % w[rep]
                cy = cy0[c][rep] + local // w[rep]
                cell = cy * self.nx + cx
                b = self.boundary[cell]
                cells.append(cell[b])
                polys.append(ids[c][rep][b])
                chunk, budget = [], 0
        cells = np.concatenate(cells) if cells else np.zeros(0, np.int64)
        polys = np.concatenate(polys) if polys else np.zeros(0, np.int64)
        order = np.lexsort((polys, cells))
        cells, polys = cells[order], polys[order]
        self.c_cells = cells
        self.c_polys = polys

    def locate(self, x, y, chunk=200_000, outer_edges=True):
        """Polygon index per point (-1: outside every polygon or no coordinates). A point on an east or
        north edge with no polygon beyond it (the outer boundary) is counted in the polygon it lies on,
        as points on west and south edges are (outer_edges=False: the plain half-open rule)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        out = np.full(len(x), -1, dtype=np.int64)
        fx = (x - self.x0) / self.cs
        fy = (y - self.y0) / self.cs
        inside = np.isfinite(fx) & np.isfinite(fy) & (fx >= 0) & (fy >= 0) & (fx < self.nx) & (fy < self.ny)
        idx = np.nonzero(inside)[0]
        ix = fx[idx].astype(np.int64)
        iy = fy[idx].astype(np.int64)
        cell = iy * self.nx + ix
        bnd = self.boundary[cell]
        out[idx[~bnd]] = self.cell_owner[cell[~bnd]]
        bidx, bcell, brow = idx[bnd], cell[bnd], iy[bnd]
        lo = np.searchsorted(self.c_cells, bcell, side="left")
        hi = np.searchsorted(self.c_cells, bcell, side="right")
        for s in range(0, len(bidx), chunk):
            self._exact(out, x, y, bidx[s:s + chunk], brow[s:s + chunk], lo[s:s + chunk], hi[s:s + chunk])
        if outer_edges and bidx.size:
            # unmatched points in boundary cells: moved a few float steps west, south, then both, so that a
            # point on an outer east/north edge falls inside its polygon (never across a shared boundary:
            # there the point was already matched)
            miss = bidx[out[bidx] < 0]
            for sx, sy in ((1, 0), (0, 1), (1, 1)):
                if not miss.size:
                    break
                mx, my = x[miss], y[miss]
                got = self.locate(mx - sx * EDGE_ULPS * np.spacing(mx), my - sy * EDGE_ULPS * np.spacing(my),
                                  chunk, outer_edges=False)
                out[miss] = got
                miss = miss[got < 0]
        return out

    def _exact(self, out, x, y, pts, rows, lo, hi):
        n = hi - lo
        pair_pt = np.repeat(np.arange(len(pts)), n)
        pair_pos = np.repeat(lo, n) + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
        pair_poly = self.c_polys[pair_pos]
        key = pair_poly * self.ny + rows[pair_pt]
        e0 = self.e_ptr[key]
        m = self.e_ptr[key + 1] - e0
        el_pair = np.repeat(np.arange(len(pair_pt)), m)
        el = np.repeat(e0, m) + (np.arange(int(m.sum())) - np.repeat(np.cumsum(m) - m, m))
        px = x[pts][pair_pt][el_pair]
        py = y[pts][pair_pt][el_pair]
        xa, ya, xb, yb = self.e_xa[el], self.e_ya[el], self.e_xb[el], self.e_yb[el]
        cross = (ya <= py) & (py < yb)
        cross &= px < xa + (py - ya) * (xb - xa) / (yb - ya)
        parity = np.bincount(el_pair[cross], minlength=len(pair_pt)) & 1
        hit = parity == 1
        best = np.full(len(pts), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, pair_pt[hit], pair_poly[hit])
        found = best != np.iinfo(np.int64).max
        out[pts[found]] = best[found]


def polygon_rings(geom):
    """List of (m, 2) arrays, every ring of a (multi)polygon QgsGeometry."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return []
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    if geom.type() != QgsWkbTypes.PolygonGeometry:
        geom = geom.convertToType(QgsWkbTypes.PolygonGeometry, True) or QgsGeometry()
        if geom.isNull():
            return []
    fast = wkb_rings(bytes(geom.asWkb()))
    if fast is not None:
        return fast
    polys = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    rings = []
    for poly in polys:
        for ring in poly:
            rings.append(np.array([(p.x(), p.y()) for p in ring], dtype=np.float64).reshape(-1, 2))
    return rings


def district_rings(districts, target_crs, context, policy, feedback=None):
    """Rings of every district in target_crs, after the INVALID_GEOMETRY policy; (rings, repaired, note)."""
    transform = None
    note = None
    if target_crs.isValid() and districts.crs.isValid() and districts.crs != target_crs:
        transform = QgsCoordinateTransform(districts.crs, target_crs, context.transformContext())
        note = translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Districts reprojected from {districts_crs} to the source's {crs} for the point-in-polygon "
            "test."), districts_crs=crs_name(districts.crs), crs=crs_name(target_crs))
    rings, repaired = [], 0
    for f in districts.features:
        g, fixed = repair_or_refuse(QgsGeometry(f.geometry()), policy, districts.label, f.id())
        repaired += fixed
        if transform is not None and g is not None and not g.isNull():
            g.transform(transform)
        rings.append(polygon_rings(g))
    return rings, repaired, note


def crs_name(crs):
    return crs.authid() or crs.description() or "a CRS without code"


# ---------------------------------------------------------------------------------------------- reading
# Points are read, located and summed in chunks of CHUNK points, so that memory does not grow with the
# number of points (only the points outside every district are kept, for the UNMATCHED output).
CHUNK = 200_000


class _NotColumnar(Exception):
    """The columnar reader met something it does not read (e.g. an empty or multi-point geometry)."""


def check_point_source(source, label, fields):
    require_fields(source, fields, "value field", label=label)
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is not a point layer ({display_string}); MODE=points needs points."),
            label=label, display_string=QgsWkbTypes.displayString(source.wkbType()))


def point_chunks(alg, parameters, context, source, label, fields, chunk=CHUNK, log=None):
    """(how, generator of (fids, x, y, {field: values}) chunks): through OGR's Arrow stream for plain
    files (the generator may raise _NotColumnar part way: start again with feature_chunks), else feature
    by feature."""
    fast = _arrow_chunks(alg, parameters, context, label, fields, chunk, log)
    if fast is not None:
        return "read as columns through GDAL's Arrow interface", fast
    fast = _postgis_chunks(alg, parameters, context, label, fields, chunk)
    if fast is not None:
        return "read as columns from PostGIS", fast
    return "read feature by feature", feature_chunks(source, label, fields, chunk, log)


def read_points(alg, parameters, context, source, label, fields):
    """(fids, x, y, {field: values}, how) of a whole point source in memory (for small layers and tests)."""
    check_point_source(source, label, fields)
    how, chunks = point_chunks(alg, parameters, context, source, label, fields)
    try:
        parts = list(chunks)
    except _NotColumnar:
        how, parts = "read feature by feature", list(feature_chunks(source, label, fields))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0), {f: np.zeros(0) for f in fields}, how
    return (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]), {f: np.concatenate([p[3][f] for p in parts]) for f in fields},
            how)


def feature_chunks(source, label, fields, chunk=CHUNK, log=None):
    names = source.fields().names()
    idx = [names.index(f) for f in fields]
    request = QgsFeatureRequest().setSubsetOfAttributes(idx)
    named = Named(label)
    formats = {}     # the number format of each text column, decided on the first chunks
    fids, xs, ys, rows = [], [], [], []

    def flush():
        values = to_float_columns({f: [r[j] for r in rows] for j, f in enumerate(fields)}, named, fids, log=log,
                                  formats=formats)
        return np.asarray(fids, dtype=np.int64), np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64), \
            values

    features = iterate(source, request)
    try:
        for feat in features:
            g = feat.geometry()
            if g is None or g.isNull() or g.isEmpty():
                x = y = np.nan
            else:
                if g.isMultipart():
                    parts = g.asMultiPoint()
                    if len(parts) != 1:
                        raise InputError(QT_TRANSLATE_NOOP(
                            "MilieuAtlas", "Layer '{label}': feature {id} has {n_parts} points in one feature; split the "
                            "multipoints first (Vector ▸ Geometry ▸ Multipart to singleparts)."),
                            label=label, id=feat.id(), n_parts=len(parts))
                    p = parts[0]
                else:
                    p = g.asPoint()
                x, y = p.x(), p.y()
            fids.append(feat.id())
            xs.append(x)
            ys.append(y)
            a = feat.attributes()
            rows.append([a[i] for i in idx])
            if len(fids) >= chunk:
                yield flush()
                fids, xs, ys, rows = [], [], [], []
    finally:
        # an error part way (or a closed generator) releases the provider's iterator (a
        # database cursor) now, not when the traceback holding this frame is freed
        features.close()
    if fids:
        yield flush()


def _arrow_chunks(alg, parameters, context, label, fields, chunk, log=None):
    """Generator of point chunks of an OGR file layer read as numpy arrays (GDAL ≥ 3.6); None when not
    possible."""
    value = parameters.get("SOURCE")
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
    from .columnar import arrow_layer

    opened = arrow_layer(alg.parameterAsVectorLayer(parameters, "SOURCE", context), fields)
    if opened is None:
        return None
    ds, lyr, _names = opened
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_col = lyr.GetFIDColumn() or "OGC_FID"

    def batches():
        keep_open = ds  # noqa: F841 (the dataset must outlive the stream)
        formats = {}
        stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "USE_MASKED_ARRAYS=YES",
                                                    f"MAX_FEATURES_IN_BATCH={int(chunk)}"])
        for batch in stream:
            geoms = batch.get(geom_col)
            if geoms is None or fid_col not in batch:
                raise _NotColumnar()
            xy = _wkb_points_xy(geoms)
            if xy is None:
                raise _NotColumnar()
            fid = np.asarray(batch[fid_col], dtype=np.int64)
            vals, text = {}, {}
            for f in fields:
                col = batch[f]
                if np.ma.isMaskedArray(col) and col.mask.any():
                    i = int(np.nonzero(np.ma.getmaskarray(col))[0][0])
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "Layer '{label}', field '{field}': feature {fid} has no value (NULL)."),
                        label=label, field=f, fid=fid[i])
                col = np.ma.getdata(col)
                if col.dtype.kind in "iuf":
                    vals[f] = col.astype(np.float64)
                else:
                    text[f] = [v.decode() if isinstance(v, bytes) else v for v in col]
            vals.update(to_float_columns(text, Named(label), fid, log=log, formats=formats))
            del batch, geoms
            yield fid, xy[0], xy[1], vals

    return batches()


def _postgis_chunks(alg, parameters, context, label, fields, chunk):
    """Point chunks of a PostGIS table packed by the server (qgis_io/postgis.point_columns); None
    when not possible."""
    value = parameters.get("SOURCE")
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", ""):
            return None
    layer = alg.parameterAsVectorLayer(parameters, "SOURCE", context)
    if layer is None or layer.providerType() != "postgres":
        return None
    from .postgis import point_columns

    return point_columns(layer, label, fields, chunk)


def _wkb_points_xy(geoms):
    """x, y of an array of WKB points (2D or Z/M, little-endian); None for anything else."""
    n = len(geoms)
    if n == 0:
        return np.zeros(0), np.zeros(0)
    geoms = np.ma.getdata(geoms)
    if geoms.dtype.kind == "V":  # GDAL hands equal-length blobs over as one fixed-size buffer
        size = geoms.dtype.itemsize
        if size not in (21, 29, 37):
            return None
        buf = np.frombuffer(geoms.tobytes(), dtype=np.uint8).reshape(n, size)
    else:
        lens = np.fromiter((0 if g is None else len(g) for g in geoms), dtype=np.int64, count=n)
        size = int(lens[0])
        if size not in (21, 29, 37) or np.any(lens != size):
            return None
        buf = np.frombuffer(b"".join(bytes(g) for g in geoms), dtype=np.uint8).reshape(n, size)
    if np.any(buf[:, 0] != 1):
        return None
    gtype = buf[:, 1:5].copy().view("<u4").ravel()
    if np.any(gtype % 1000 != 1) and np.any((gtype & 0xFFFF) != 1):
        return None
    x = buf[:, 5:13].copy().view("<f8").ravel()
    y = buf[:, 13:21].copy().view("<f8").ravel()
    return x, y


# ---------------------------------------------------------------------------------------------- join
class _Sums:
    """Running sums of one pass over the chunks."""

    def __init__(self, n_districts, k):
        self.districts = np.zeros((n_districts, k))
        self.unmatched = np.zeros(k)
        self.source = np.zeros(k)
        self.hits = np.zeros(n_districts, dtype=np.int64)
        self.points = 0
        self.miss = []            # (fids, x, y, values) of the points outside every district


def _accumulate(chunks, locator, n, carry, converter, label, feedback, expected):
    sums = None
    if converter is not None:
        converter.start()
    for fids, x, y, values in chunks:
        if feedback.isCanceled():
            return sums
        for f in carry:
            check_counts(values[f], label, f, fids, negative_ok=converter is not None and f != converter.total)
        cols = converter.observe(values, fids) if converter is not None else [values[f] for f in carry]
        mat = np.column_stack(cols)
        del cols, values
        if sums is None:
            sums = _Sums(n, mat.shape[1])
        target = locator.locate(x, y)
        d, u = distribute(target, np.ones(len(fids)), mat, n)
        sums.districts += d
        sums.unmatched += u
        sums.source += mat.sum(axis=0)
        inside = target >= 0
        sums.hits += np.bincount(target[inside], minlength=n)
        miss = np.nonzero(~inside)[0]
        if miss.size:
            sums.miss.append((fids[miss], x[miss], y[miss], mat[miss]))
        sums.points += len(fids)
        if expected > 0:
            feedback.setProgress(min(100.0, 100.0 * sums.points / expected))
    return sums


def points_join(alg, parameters, context, feedback, districts, source, label, carry, converter, policy):
    check_point_source(source, label, carry)
    notes = []
    feedback.setProgressText(translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Preparing the districts for point-in-polygon…")))
    rings, repaired, note = district_rings(districts, source.sourceCrs(), context, policy)
    if note:
        notes.append(note)
    if repaired:
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{repaired} invalid district geometries were repaired (INVALID_GEOMETRY=repair)."),
            repaired=repaired))
    expected = max(int(source.featureCount()), 0)
    locator = PolygonLocator(rings, n_points=expected)
    n = len(districts)
    feedback.setProgressText(translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Reading and locating points in districts…")))
    how, chunks = point_chunks(alg, parameters, context, source, label, carry, CHUNK, notes)
    try:
        sums = _accumulate(chunks, locator, n, carry, converter, label, feedback, expected)
    except _NotColumnar:
        how = "read feature by feature"
        chunks.close()
        chunks = feature_chunks(source, label, carry, CHUNK, notes)
        sums = _accumulate(chunks, locator, n, carry, converter, label, feedback, expected)
    finally:
        # an error part way must not keep the provider's feature iterator (a database cursor)
        # alive in the traceback until QGIS exits
        chunks.close()
    if feedback.isCanceled():
        return JoinResult(list(carry), {}, {}, {})
    if sums is None or sums.points == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is empty: it has no points."),
            label=label)
    if converter is not None:
        names, scales = converter.finish()
        notes.append(converter.note)
    else:
        names, scales = list(carry), [1.0] * len(carry)
    scales = np.asarray(scales, dtype=np.float64)
    n_miss = sum(len(m[0]) for m in sums.miss)
    if n_miss == sums.points:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No point of '{label}' lies in a district of '{districts_label}' (check that both layers "
            "cover the same place and have the right CRS)."),
            label=label, districts_label=districts.label)
    dist = sums.districts * scales
    no_geometry = [i for i, r in enumerate(rings) if not r]
    if no_geometry:
        # no area: nothing can be counted there, which is not the same as counting 0
        dist = dist.copy()
        dist[no_geometry, :] = np.nan
        shown = ", ".join(str(districts.features[i].id()) for i in no_geometry[:10])
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{n} district(s) of '{label}' have no geometry (empty or NULL: feature(s) {fids}); "
            "their values are NULL, not 0."),
            label=districts.label, n=len(no_geometry), fids=shown + (", …" if len(no_geometry) > 10 else "")))
    result = JoinResult(
        fields=list(names),
        district_values={f: dist[:, j] for j, f in enumerate(names)},
        source_totals={f: float(sums.source[j] * scales[j]) for j, f in enumerate(names)},
        unmatched_totals={f: float(sums.unmatched[j] * scales[j]) for j, f in enumerate(names)},
        unmatched_geometry=QgsWkbTypes.Point,
        unmatched_crs=source.sourceCrs(),
    )
    result.log = notes + [
        f"Points ({how}, in chunks of {CHUNK:,}): {sums.points - n_miss} of {sums.points} points of '{label}' "
        f"lie in {int(np.count_nonzero(sums.hits))} of {n} districts. " + BOUNDARY_RULE]
    if no_geometry:
        result.warnings.append(notes[-1])
    if n_miss:
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{n_miss} points of '{label}' lie in no district; they are in the UNMATCHED output."),
            n_miss=n_miss, label=label))
    for fids, x, y, mat in sums.miss:
        mat = mat * scales
        for i in range(len(fids)):
            geom = None
            reason = "no geometry"
            if np.isfinite(x[i]) and np.isfinite(y[i]):
                geom = QgsGeometry.fromPointXY(QgsPointXY(float(x[i]), float(y[i])))
                reason = "outside every district"
            rec = {"source_fid": int(fids[i]), "reason": reason}
            for j, f in enumerate(names):
                rec[f] = float(mat[i, j])
            result.unmatched.append((geom, rec))
    return result
