"""Dasymetric weights from a population or building raster (GeoTIFF), read with rasterio.

The mass of a piece s ∩ d is the sum of the raster cells whose centre lies in s and in d (cells are
given to districts by their centre, lowest district first where districts overlap; a cell whose centre
lies in two overlapping sources counts for both). Districts and sources are rasterised once each on the
raster's grid and the masses of all pieces come from one bincount. The weight of the
piece is its mass over the mass of s, so the pieces of s and its outside part add up to 1 exactly.
A source without mass (nodata or zeros only, or smaller than a cell) keeps its area weights and is
reported. Nodata and NaN cells weigh 0.
"""
from __future__ import annotations

import json

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProviderRegistry

from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .join_points import crs_name
from .wkb import wkb_polygons


def _rasterio():
    try:
        import rasterio  # noqa: F401
        import rasterio.features  # noqa: F401
        import rasterio.windows  # noqa: F401
    except ImportError:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "MODE=dasymetric reads the weight raster with the Python package 'rasterio', which "
            "QGIS's Python does not have. Install it into QGIS's Python (Debian/Ubuntu: apt install "
            "python3-rasterio; OSGeo4W: the python3-rasterio package; otherwise: python -m pip "
            "install rasterio with QGIS's python).")) from None
    import rasterio

    return rasterio


def _geojson(geom):
    """GeoJSON-like mapping for rasterio, straight from the WKB (full precision); through JSON otherwise."""
    polys = wkb_polygons(bytes(geom.asWkb()))
    if polys is None:
        return json.loads(geom.asJson(17))
    return {"type": "MultiPolygon", "coordinates": [[r.tolist() for r in poly] for poly in polys]}


class RasterMass:
    def __init__(self, label, data, window_transform, to_raster, notes):
        self.label = label
        self.data = data                      # float64 (rows, cols), nodata → 0
        self.transform = window_transform     # affine of data
        self.to_raster = to_raster            # QgsCoordinateTransform or None (working CRS → raster CRS)
        self.notes = notes

    def _in_raster_crs(self, geom):
        if geom is None or geom.isNull() or geom.isEmpty():
            return None
        g = QgsGeometry(geom)
        if self.to_raster is not None:
            g.transform(self.to_raster)
        return g

    def weights(self, overlay, sgeoms, dgeoms, area_weights, feedback=None):
        """(src, dst, w) of every piece, sorted by source then district, and notes. Pieces come from the
        raster where the source has mass, from the area overlay otherwise."""
        got = self.piece_masses(sgeoms, dgeoms, feedback)
        if got is None:
            return _no_pieces(), []
        p_src, p_dst, pair_mass, mass, n_shared = got
        parts_src, parts_dst = [p_src], [p_dst]
        parts_w = [pair_mass / mass[p_src] if p_src.size else np.zeros(0)]

        # sources without mass keep their area weights
        no_mass = mass <= 0
        take = no_mass[overlay.src]
        parts_src.append(np.asarray(overlay.src)[take])
        parts_dst.append(np.asarray(overlay.dst)[take])
        parts_w.append(np.asarray(area_weights, dtype=np.float64)[take])
        fallback = int(np.count_nonzero(no_mass & (overlay.src_area > 0) &
                                        np.array([g is not None and not g.isNull() for g in sgeoms], dtype=bool)))
        src = np.concatenate(parts_src).astype(np.int64)
        dst = np.concatenate(parts_dst).astype(np.int64)
        w = np.concatenate(parts_w).astype(np.float64)
        order = np.lexsort((dst, src))
        notes = [self.assignment_note(n_shared)]
        if fallback:
            notes.append(translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{fallback} source polygons have no raster mass (nodata, zeros, or smaller than a "
                "cell) and were weighted by area instead."), fallback=fallback))
        return (src[order], dst[order], w[order]), notes

    @staticmethod
    def assignment_note(n_shared):
        if n_shared:
            return translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Dasymetric weights: a raster cell counts for the source polygon and the district "
                "that contain its centre (cell-centre assignment, as GDAL rasterises); {n_shared} source polygons "
                "that share cell centres with another source were weighed one by one."), n_shared=n_shared)
        return translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Dasymetric weights: a raster cell counts for the source polygon and the district that "
            "contain its centre (cell-centre assignment, as GDAL rasterises)."))

    def piece_masses(self, sgeoms, dgeoms, feedback=None):
        """(src, dst, mass of the pair, mass of every source, number of sources weighed one by one) for
        every (source, district) pair with mass; the mass of a source includes its cells outside every
        district. None when cancelled.

        Vectorised: the districts and the sources are each rasterised once onto the raster's grid (cell
        centres); the mass of every (source, district) pair is one bincount over the cells. Sources that
        overlap another source on some cell centre (a cell then belongs to both) are masked one by one
        instead, so that each of them keeps all its cells."""
        import rasterio.features
        from rasterio.enums import MergeAlg

        shape = self.data.shape
        n_s, n_d = len(sgeoms), len(dgeoms)
        shapes = []
        for d in range(n_d - 1, -1, -1):  # lowest index drawn last: it wins where districts overlap
            g = self._in_raster_crs(dgeoms[d])
            if g is not None:
                shapes.append((_geojson(g), d + 1))
        dist = rasterio.features.rasterize(shapes, out_shape=shape, transform=self.transform, fill=0,
                                           all_touched=False, dtype="int32")
        del shapes
        if feedback is not None and feedback.isCanceled():
            return None

        # sources: ids (the last drawn wins a shared cell) and how many sources cover each cell centre
        s_json = [None] * n_s
        bounds = np.full((n_s, 4), np.nan)
        for s, g0 in enumerate(sgeoms):
            g = self._in_raster_crs(g0)
            if g is None:
                continue
            s_json[s] = _geojson(g)
            b = g.boundingBox()
            bounds[s] = (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())
        drawn = [s for s in range(n_s) if s_json[s] is not None]
        if feedback is not None:
            feedback.setProgress(30.0)
        src_id = np.zeros(shape, dtype=np.int32)
        cover = np.zeros(shape, dtype=np.int32)
        if drawn:
            src_id = rasterio.features.rasterize(((s_json[s], s + 1) for s in drawn), out_shape=shape,
                                                 transform=self.transform, fill=0, all_touched=False,
                                                 dtype="int32")
            cover = rasterio.features.rasterize(((s_json[s], 1) for s in drawn), out_shape=shape,
                                                transform=self.transform, fill=0, all_touched=False,
                                                dtype="int32", merge_alg=MergeAlg.add)
        if feedback is not None:
            feedback.setProgress(60.0)
            if feedback.isCanceled():
                return None

        windows = self._windows(bounds)
        shared = self._sources_on_shared_cells(cover >= 2, windows)

        # one pass over the cells for every source that has its cells to itself
        data = self.data
        cells = (src_id > 0) & (data > 0)
        if shared.any():
            cells &= cover == 1
            cells &= ~np.concatenate([[False], shared])[src_id]
        sid = src_id[cells].astype(np.int64) - 1
        did = dist[cells].astype(np.int64)
        val = data[cells]
        del cells, src_id, cover
        # (astype: bincount of an empty array is int64 even with float weights)
        mass = np.bincount(sid, weights=val, minlength=n_s).astype(np.float64)
        key, inv = np.unique(sid * (n_d + 1) + did, return_inverse=True)
        pair_mass = np.bincount(inv, weights=val, minlength=key.size).astype(np.float64)
        del sid, did, val, inv
        p_src = key // (n_d + 1)
        p_dst = key % (n_d + 1)
        inside = (p_dst > 0) & (pair_mass > 0)
        parts_src, parts_dst, parts_m = [p_src[inside]], [p_dst[inside] - 1], [pair_mass[inside]]

        # sources sharing cells with another source: masked one by one (each keeps every cell centre it holds)
        if shared.any():
            import rasterio.windows

            for s in np.nonzero(shared)[0]:
                r0, r1, c0, c1 = windows[s]
                if r1 <= r0 or c1 <= c0:
                    continue
                sub_t = rasterio.windows.transform(rasterio.windows.Window(c0, r0, c1 - c0, r1 - r0),
                                                   self.transform)
                inside_s = rasterio.features.geometry_mask([s_json[s]], out_shape=(r1 - r0, c1 - c0),
                                                           transform=sub_t, invert=True, all_touched=False)
                vals = data[r0:r1, c0:c1][inside_s]
                ids = dist[r0:r1, c0:c1][inside_s]
                mass[s] = float(vals.sum())
                if mass[s] > 0:
                    per = np.bincount(ids, weights=vals, minlength=n_d + 1)
                    hit = np.nonzero(per[1:] > 0)[0]
                    parts_src.append(np.full(hit.size, s, dtype=np.int64))
                    parts_dst.append(hit.astype(np.int64))
                    parts_m.append(per[1:][hit])

        src = np.concatenate(parts_src).astype(np.int64)
        dst = np.concatenate(parts_dst).astype(np.int64)
        pm = np.concatenate(parts_m).astype(np.float64)
        return src, dst, pm, mass, int(shared.sum())

    def _windows(self, bounds):
        """(n, 4) int rows r0, r1 and columns c0, c1 (clipped, one cell of margin) of each source's box."""
        inv = ~self.transform
        x0, y0, x1, y1 = bounds.T
        cols, rows = [], []
        for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1)):
            c, r = inv * (x, y)
            cols.append(c)
            rows.append(r)
        cols, rows = np.array(cols), np.array(rows)
        out = np.zeros((len(bounds), 4), dtype=np.int64)
        ok = np.all(np.isfinite(bounds), axis=1)
        if ok.any():
            h, w = self.data.shape
            out[ok, 0] = np.clip(np.floor(rows[:, ok].min(axis=0)) - 1, 0, h)
            out[ok, 1] = np.clip(np.ceil(rows[:, ok].max(axis=0)) + 1, 0, h)
            out[ok, 2] = np.clip(np.floor(cols[:, ok].min(axis=0)) - 1, 0, w)
            out[ok, 3] = np.clip(np.ceil(cols[:, ok].max(axis=0)) + 1, 0, w)
        return out

    @staticmethod
    def _sources_on_shared_cells(multi, windows):
        """Sources whose window holds a cell centre covered by two or more sources (summed-area table)."""
        shared = np.zeros(len(windows), dtype=bool)
        if not multi.any():
            return shared
        sat = np.zeros((multi.shape[0] + 1, multi.shape[1] + 1), dtype=np.int64)
        sat[1:, 1:] = np.cumsum(np.cumsum(multi, axis=0, dtype=np.int64), axis=1)
        r0, r1, c0, c1 = windows.T
        n = sat[r1, c1] - sat[r0, c1] - sat[r1, c0] + sat[r0, c0]
        return n > 0


def _no_pieces():
    return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64)


def open_weight_raster(raster_layer, working_crs, context, sgeoms):
    """Checks and reads the part of the weight raster under the sources; refuses what cannot be used."""
    rasterio = _rasterio()
    label = raster_layer.name() or raster_layer.source()
    if raster_layer.providerType() != "gdal":
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Weight raster '{label}' is not a file GDAL reads (provider {provider_type}); save it as "
            "GeoTIFF first."),
            label=label, provider_type=raster_layer.providerType())
    path = QgsProviderRegistry.instance().decodeUri("gdal", raster_layer.source()).get("path") or raster_layer.source()
    try:
        ds = rasterio.open(path)
    except Exception as exc:  # rasterio raises its own RasterioIOError
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Weight raster '{label}' cannot be opened: {error}"),
            label=label, error=exc) from None
    with ds:
        if ds.crs is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Weight raster '{label}' has no CRS; assign one (e.g. gdal_edit.py -a_srs) first."),
                label=label)
        rcrs = QgsCoordinateReferenceSystem.fromWkt(ds.crs.to_wkt())
        if not rcrs.isValid():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Weight raster '{label}' has a CRS QGIS does not understand: {to_wkt}"),
                label=label, to_wkt=ds.crs.to_wkt()[:120])
        notes = []
        to_raster = None
        if rcrs != working_crs:
            to_raster = QgsCoordinateTransform(working_crs, rcrs, context.transformContext())
            notes.append(translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Weight raster '{label}' is in {raster_crs}, the areas in {crs}: the polygons are "
                "reprojected onto the raster's grid for the weights (the raster is not resampled)."),
                label=label, raster_crs=crs_name(rcrs), crs=crs_name(working_crs)))
        xmin = ymin = np.inf
        xmax = ymax = -np.inf
        for g in sgeoms:
            if g is None or g.isNull() or g.isEmpty():
                continue
            gg = QgsGeometry(g)
            if to_raster is not None:
                gg.transform(to_raster)
            b = gg.boundingBox()
            xmin, ymin = min(xmin, b.xMinimum()), min(ymin, b.yMinimum())
            xmax, ymax = max(xmax, b.xMaximum()), max(ymax, b.yMaximum())
        bounds = ds.bounds
        if not np.isfinite(xmin) or xmax <= bounds.left or xmin >= bounds.right or ymax <= bounds.bottom \
                or ymin >= bounds.top:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Weight raster '{label}' does not cover any source polygon (raster extent {left:.1f}, "
                "{bottom:.1f} – {right:.1f}, {top:.1f} in {crs_name})."),
                label=label, left=bounds.left, bottom=bounds.bottom, right=bounds.right, top=bounds.top, crs_name=crs_name(rcrs))
        win = rasterio.windows.from_bounds(max(xmin, bounds.left), max(ymin, bounds.bottom),
                                           min(xmax, bounds.right), min(ymax, bounds.top), transform=ds.transform)
        win = win.round_offsets(op="floor").round_lengths(op="ceil")
        win = win.intersection(rasterio.windows.Window(0, 0, ds.width, ds.height))
        band = ds.read(1, window=win, masked=True).astype(np.float64)
        wt = ds.window_transform(win)
    mask = np.ma.getmaskarray(band) | ~np.isfinite(np.ma.getdata(band))
    data = np.where(mask, 0.0, np.ma.getdata(band))
    if np.any(data < 0):
        r, c = np.argwhere(data < 0)[0]
        x, y = wt * (c + 0.5, r + 0.5)
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Weight raster '{label}' has a negative weight ({data:g}) at x={x:.1f}, y={y:.1f}; "
            "weights must be zero or more."),
            label=label, data=data[r, c], x=x, y=y)
    if mask.any():
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Weight raster '{label}': {nodata} of {cells} cells under the sources are nodata and "
            "weigh 0."), label=label, nodata=int(mask.sum()), cells=mask.size))
    if data.sum() <= 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Weight raster '{label}' has no mass under the source polygons (all cells nodata or "
            "zero); use MODE=areal, or a raster with population or buildings there."),
            label=label)
    return RasterMass(label, data, wt, to_raster, notes)
