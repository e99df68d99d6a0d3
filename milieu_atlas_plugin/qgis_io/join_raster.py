"""Dasymetric weights from a population or building raster (GeoTIFF), read with rasterio.

The mass of a piece s ∩ d is the sum of the raster cells whose centre lies in s and in d (cells are
given to districts by their centre, lowest district first where districts overlap). The weight of the
piece is its mass over the mass of s, so the pieces of s and its outside part add up to 1 exactly.
A source without mass (nodata or zeros only, or smaller than a cell) keeps its area weights and is
reported. Nodata and NaN cells weigh 0.
"""
from __future__ import annotations

import json

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProviderRegistry

from ..errors import InputError
from .join_points import crs_name


def _rasterio():
    try:
        import rasterio  # noqa: F401
        import rasterio.features  # noqa: F401
        import rasterio.windows  # noqa: F401
    except ImportError:
        raise InputError("MODE=dasymetric reads the weight raster with the Python package 'rasterio', which "
                         "QGIS's Python does not have. Install it into QGIS's Python (Debian/Ubuntu: "
                         "apt install python3-rasterio; OSGeo4W: the python3-rasterio package; otherwise: "
                         "python -m pip install rasterio with QGIS's python).") from None
    import rasterio

    return rasterio


def _geojson(geom):
    return json.loads(geom.asJson(17))


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
        """(src, dst, w) of every piece, and notes. Pieces come from the raster where the source has mass,
        from the area overlay otherwise."""
        import rasterio.features
        import rasterio.windows

        shape = self.data.shape
        shapes = []
        for d in range(len(dgeoms) - 1, -1, -1):  # lowest index drawn last: it wins where districts overlap
            g = self._in_raster_crs(dgeoms[d])
            if g is not None:
                shapes.append((_geojson(g), d + 1))
        dist = rasterio.features.rasterize(shapes, out_shape=shape, transform=self.transform, fill=0,
                                           all_touched=False, dtype="int32")
        n_d = len(dgeoms)
        src_out, dst_out, w_out = [], [], []
        fallback = []
        area_by_src = {}
        for s, d, w in zip(overlay.src, overlay.dst, area_weights):
            area_by_src.setdefault(int(s), []).append((int(d), float(w)))
        step = max(1, len(sgeoms) // 50)
        for s, g0 in enumerate(sgeoms):
            if feedback is not None and s % step == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * s / max(1, len(sgeoms)))
            g = self._in_raster_crs(g0)
            mass_s = 0.0
            if g is not None:
                b = g.boundingBox()
                win = rasterio.windows.from_bounds(b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum(),
                                                   transform=self.transform)
                r0 = max(int(np.floor(win.row_off)) - 1, 0)
                c0 = max(int(np.floor(win.col_off)) - 1, 0)
                r1 = min(int(np.ceil(win.row_off + win.height)) + 1, shape[0])
                c1 = min(int(np.ceil(win.col_off + win.width)) + 1, shape[1])
                if r1 > r0 and c1 > c0:
                    sub_t = rasterio.windows.transform(rasterio.windows.Window(c0, r0, c1 - c0, r1 - r0),
                                                       self.transform)
                    inside = rasterio.features.geometry_mask([_geojson(g)], out_shape=(r1 - r0, c1 - c0),
                                                             transform=sub_t, invert=True, all_touched=False)
                    vals = self.data[r0:r1, c0:c1][inside]
                    ids = dist[r0:r1, c0:c1][inside]
                    mass_s = float(vals.sum())
            if mass_s > 0:
                per = np.bincount(ids, weights=vals, minlength=n_d + 1)
                hit = np.nonzero(per[1:] > 0)[0]
                src_out.append(np.full(hit.size, s, dtype=np.int64))
                dst_out.append(hit.astype(np.int64))
                w_out.append(per[1:][hit] / mass_s)
            else:
                pieces = area_by_src.get(s, [])
                if g0 is not None and not g0.isNull() and overlay.src_area[s] > 0:
                    fallback.append(s)
                if pieces:
                    src_out.append(np.full(len(pieces), s, dtype=np.int64))
                    dst_out.append(np.array([p[0] for p in pieces], dtype=np.int64))
                    w_out.append(np.array([p[1] for p in pieces]))
        notes = []
        if fallback:
            notes.append(f"{len(fallback)} source polygons have no raster mass (nodata, zeros, or smaller than a "
                         "cell) and were weighted by area instead.")
        cat = (lambda parts, dt: np.concatenate(parts) if parts else np.zeros(0, dtype=dt))
        return (cat(src_out, np.int64), cat(dst_out, np.int64), cat(w_out, np.float64)), notes


def open_weight_raster(raster_layer, working_crs, context, sgeoms):
    """Checks and reads the part of the weight raster under the sources; refuses what cannot be used."""
    rasterio = _rasterio()
    label = raster_layer.name() or raster_layer.source()
    if raster_layer.providerType() != "gdal":
        raise InputError(f"Weight raster '{label}' is not a file GDAL reads (provider {raster_layer.providerType()}); "
                         "save it as GeoTIFF first.")
    path = QgsProviderRegistry.instance().decodeUri("gdal", raster_layer.source()).get("path") or raster_layer.source()
    try:
        ds = rasterio.open(path)
    except Exception as exc:  # rasterio raises its own RasterioIOError
        raise InputError(f"Weight raster '{label}' cannot be opened: {exc}") from None
    with ds:
        if ds.crs is None:
            raise InputError(f"Weight raster '{label}' has no CRS; assign one (e.g. gdal_edit.py -a_srs) first.")
        rcrs = QgsCoordinateReferenceSystem.fromWkt(ds.crs.to_wkt())
        if not rcrs.isValid():
            raise InputError(f"Weight raster '{label}' has a CRS QGIS does not understand: {ds.crs.to_wkt()[:120]}")
        notes = []
        to_raster = None
        if rcrs != working_crs:
            to_raster = QgsCoordinateTransform(working_crs, rcrs, context.transformContext())
            notes.append(f"Weight raster '{label}' is in {crs_name(rcrs)}, the areas in {crs_name(working_crs)}: "
                         "the polygons are reprojected onto the raster's grid for the weights (the raster is "
                         "not resampled).")
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
            raise InputError(f"Weight raster '{label}' does not cover any source polygon (raster extent "
                             f"{bounds.left:.1f}, {bounds.bottom:.1f} – {bounds.right:.1f}, {bounds.top:.1f} in "
                             f"{crs_name(rcrs)}).")
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
        raise InputError(f"Weight raster '{label}' has a negative weight ({data[r, c]:g}) at x={x:.1f}, "
                         f"y={y:.1f}; weights must be zero or more.")
    if mask.any():
        notes.append(f"Weight raster '{label}': {int(mask.sum())} of {mask.size} cells under the sources are "
                     "nodata and weigh 0.")
    if data.sum() <= 0:
        raise InputError(f"Weight raster '{label}' has no mass under the source polygons (all cells nodata or "
                         "zero); use MODE=areal, or a raster with population or buildings there.")
    return RasterMass(label, data, wt, to_raster, notes)
