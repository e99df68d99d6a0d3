"""Areal and dasymetric modes: source polygons that do not nest in the districts.

count_d = Σ_s count_s · w(s, d); areal: w = area(s ∩ d) / area(s), areas in a projected CRS;
dasymetric: w = raster mass in s ∩ d / raster mass in s (join_raster), area where s has no mass.
The part of every source outside all districts keeps weight 1 − Σ_d w(s, d) and goes to UNMATCHED,
so that Σ districts + Σ unmatched = Σ source for every field.
"""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..core.accounting import distribute
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .join_common import JoinResult, Named, check_counts, iterate, repair_or_refuse, require_fields
from .crs import utm_zone_crs
from .join_points import crs_name
from .read import to_float_columns


# ---------------------------------------------------------------------------------------------- CRS
def working_crs(districts_crs, source_crs, district_extent, context):
    """A projected CRS for areas and the sentence for the log."""
    for crs, what in ((districts_crs, "districts"), (source_crs, "source")):
        if crs.isValid() and not crs.isGeographic():
            if what == "districts" and source_crs.isValid() and source_crs != districts_crs:
                return crs, translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Source reprojected from {source_crs} to the districts' projected CRS {crs}; "
                    "areas are computed there."), source_crs=crs_name(source_crs), crs=crs_name(crs))
            if what == "source":
                return crs, translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Districts reprojected from {districts_crs} to the source's projected CRS {crs}; "
                    "areas are computed there."), districts_crs=crs_name(districts_crs), crs=crs_name(crs))
            return crs, translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Areas are computed in {crs} (projected)."),
                                   crs=crs_name(crs))
    if not districts_crs.isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "The district layer has no CRS; set one (Layer Properties ▸ Source) before joining by "
            "area."))
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    tr = QgsCoordinateTransform(districts_crs, wgs, context.transformContext())
    box = tr.transformBoundingBox(district_extent)
    crs = utm_zone_crs(box.center().x(), box.center().y())
    return crs, translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Both layers are in a geographic CRS ({districts_crs}): areas are computed after "
        "reprojecting to {crs}, never in degrees."), districts_crs=crs_name(districts_crs), crs=crs_name(crs))


def _transform(src_crs, dst_crs, context):
    if src_crs.isValid() and dst_crs.isValid() and src_crs != dst_crs:
        return QgsCoordinateTransform(src_crs, dst_crs, context.transformContext())
    return None


def _polygonal(geom):
    if geom is None or geom.isNull():
        return geom
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    if geom.type() != QgsWkbTypes.PolygonGeometry:
        conv = geom.convertToType(QgsWkbTypes.PolygonGeometry, True)
        geom = conv if conv is not None else QgsGeometry()
    return geom


# ---------------------------------------------------------------------------------------------- reading
def read_polygons(source, label, fields, policy, transform, log=None):
    """fids, geometries (projected, repaired or refused) and {field: values} of a polygon source."""
    require_fields(source, fields, "value field", label=label)
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is not a polygon layer ({display_string}); MODE=areal and "
            "MODE=dasymetric need polygons (use MODE=points for points, MODE=key for tables)."),
            label=label, display_string=QgsWkbTypes.displayString(source.wkbType()))
    names = source.fields().names()
    idx = [names.index(f) for f in fields]
    fids, geoms, rows = [], [], []
    repaired = 0
    for feat in iterate(source, QgsFeatureRequest().setSubsetOfAttributes(idx)):
        g, fixed = repair_or_refuse(QgsGeometry(feat.geometry()), policy, label, feat.id())
        repaired += fixed
        g = _polygonal(g)
        if g is not None and not g.isNull() and transform is not None:
            g.transform(transform)
        fids.append(feat.id())
        geoms.append(g)
        a = feat.attributes()
        rows.append([a[i] for i in idx])
    named = Named(label)
    values = to_float_columns({f: [r[j] for r in rows] for j, f in enumerate(fields)}, named, fids, log=log)
    return fids, geoms, values, repaired


def district_geometries(districts, policy, transform):
    geoms, repaired = [], 0
    for f in districts.features:
        g, fixed = repair_or_refuse(QgsGeometry(f.geometry()), policy, districts.label, f.id())
        repaired += fixed
        g = _polygonal(g)
        if g is not None and not g.isNull() and transform is not None:
            g.transform(transform)
        geoms.append(g)
    return geoms, repaired


# ---------------------------------------------------------------------------------------------- overlay
class Overlay:
    """Pieces s ∩ d with their areas: arrays src, dst, area; per source its area and the outside part."""

    def __init__(self, src_geoms, dst_geoms, feedback=None, keep_pieces=False):
        self.n_src = len(src_geoms)
        index = QgsSpatialIndex()
        engines = []
        for i, g in enumerate(dst_geoms):
            if g is None or g.isNull() or g.isEmpty():
                engines.append(None)
                continue
            index.addFeature(i, g.boundingBox())
            eng = QgsGeometry.createGeometryEngine(g.constGet())
            eng.prepareGeometry()
            engines.append(eng)
        src, dst, area = [], [], []
        self.src_area = np.zeros(self.n_src)
        self.overlapping = 0
        self.candidates = []
        self.pieces = {} if keep_pieces else None
        step = max(1, self.n_src // 50)
        for s, g in enumerate(src_geoms):
            if feedback is not None and s % step == 0:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * s / max(1, self.n_src))
            if g is None or g.isNull() or g.isEmpty():
                self.candidates.append([])
                continue
            a_s = g.area()
            self.src_area[s] = a_s
            cands = sorted(index.intersects(g.boundingBox()))
            self.candidates.append(cands)
            got = []
            ag = g.constGet()
            for d in cands:
                eng = engines[d]
                if eng.contains(ag):
                    got = [(d, a_s, g)]
                    break
                if eng.intersects(ag):
                    piece = g.intersection(dst_geoms[d])
                    a = piece.area()
                    if a > 0:
                        got.append((d, a, piece))
            total = sum(a for _, a, _ in got)
            scale = 1.0
            if total > a_s * (1 + 1e-9):
                self.overlapping += 1
                scale = a_s / total
            for d, a, piece in got:
                src.append(s)
                dst.append(d)
                area.append(a * scale)
                if keep_pieces:
                    self.pieces[(s, d)] = piece
        self.src = np.asarray(src, dtype=np.int64)
        self.dst = np.asarray(dst, dtype=np.int64)
        self.area = np.asarray(area, dtype=np.float64)
        self.dst_geoms = dst_geoms

    def area_weights(self):
        with np.errstate(divide="ignore", invalid="ignore"):
            w = self.area / self.src_area[self.src]
        return np.where(np.isfinite(w), w, 0.0)

    def outside_geometry(self, s, g):
        parts = [self.dst_geoms[d] for d in self.candidates[s]
                 if self.dst_geoms[d] is not None and self.dst_geoms[d].intersects(g)]
        if not parts:
            return QgsGeometry(g)
        return g.difference(QgsGeometry.unaryUnion(parts))


# ---------------------------------------------------------------------------------------------- join
def areal_join(alg, parameters, context, feedback, districts, source, label, carry, converter, policy,
               raster=None):
    notes = []
    d_extent = QgsRectangle()
    for f in districts.features:
        if f.hasGeometry():
            d_extent.combineExtentWith(f.geometry().boundingBox())
    wcrs, note = working_crs(districts.crs, source.sourceCrs(), d_extent, context)
    notes.append(note)
    feedback.setProgressText(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Reading source polygons…")))
    fids, sgeoms, values, rep_s = read_polygons(source, label, carry, policy,
                                                _transform(source.sourceCrs(), wcrs, context), notes)
    if not fids:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is empty: it has no polygons."),
            label=label)
    for f in carry:
        check_counts(values[f], label, f, fids, negative_ok=converter is not None and f != converter.total)
    if converter is not None:
        values, carry = converter.convert(values, fids)
        notes.append(converter.note)
    dgeoms, rep_d = district_geometries(districts, policy, _transform(districts.crs, wcrs, context))
    if rep_s or rep_d:
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Invalid geometries repaired (INVALID_GEOMETRY=repair): {rep_s} in '{label}', {rep_d} in "
            "'{districts_label}'."), rep_s=rep_s, label=label, rep_d=rep_d, districts_label=districts.label))
    mass = None
    if raster is not None:
        from .join_raster import open_weight_raster

        # everything about the raster is checked before the (slow) overlay
        mass = open_weight_raster(raster, wcrs, context, sgeoms)
        notes.extend(mass.notes)
    feedback.setProgressText(translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Intersecting source polygons with districts…")))
    ov = Overlay(sgeoms, dgeoms, feedback)
    if feedback.isCanceled():
        return JoinResult(list(carry), {}, {}, {})
    if ov.src.size == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No polygon of '{label}' overlaps a district of '{districts_label}' (check that both "
            "layers cover the same place and have the right CRS)."),
            label=label, districts_label=districts.label)
    p_src, p_dst, weights = ov.src, ov.dst, ov.area_weights()
    if mass is not None:
        feedback.setProgressText(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Weighting by the raster…")))
        (p_src, p_dst, weights), fallback_note = mass.weights(ov, sgeoms, dgeoms, weights, feedback)
        notes.extend(fallback_note)
        if feedback.isCanceled():
            return JoinResult(list(carry), {}, {}, {})
    n = len(districts)
    mat = np.column_stack([values[f] for f in carry])
    inside_w = np.bincount(p_src, weights=weights, minlength=len(fids))
    out_w = 1.0 - inside_w
    out_w[np.abs(out_w) < 1e-12] = 0.0
    zero_area = np.nonzero((ov.src_area <= 0))[0]
    target = np.concatenate([p_dst, np.full(len(fids), -1, dtype=np.int64)])
    w_all = np.concatenate([weights, out_w])
    rows = np.concatenate([p_src, np.arange(len(fids))])
    sums, unmatched = distribute(target, w_all, mat[rows], n)
    result = JoinResult(
        fields=list(carry),
        district_values={f: sums[:, j] for j, f in enumerate(carry)},
        source_totals={f: float(np.sum(values[f])) for f in carry},
        unmatched_totals={f: float(unmatched[j]) for j, f in enumerate(carry)},
        unmatched_geometry=QgsWkbTypes.MultiPolygon,
        unmatched_crs=wcrs,
    )
    partly = np.nonzero(out_w > 1e-9)[0]
    weighting = (QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Dasymetric weighting: {polygons} polygons of '{label}' cut into {pieces} pieces in "
        "{hit} of {n} districts; {partly} polygons lie partly or wholly outside every district.")
        if mass is not None else QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Areal weighting: {polygons} polygons of '{label}' cut into {pieces} pieces in "
            "{hit} of {n} districts; {partly} polygons lie partly or wholly outside every district."))
    result.log = notes + [translated(
        weighting, polygons=len(fids), label=label, pieces=len(p_src),
        hit=int(np.count_nonzero(np.bincount(p_dst, minlength=n))), n=n, partly=partly.size)]
    if ov.overlapping:
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{overlapping} polygons of '{label}' are covered by overlapping districts; their pieces "
            "were scaled so that nothing is counted twice."),
            overlapping=ov.overlapping, label=label))
    if zero_area.size:
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{size} polygons of '{label}' have no area (e.g. feature {fids}); their counts are in "
            "UNMATCHED."),
            size=zero_area.size, label=label, fids=fids[zero_area[0]]))
    for s in partly:
        g = sgeoms[s]
        geom = None
        reason = "outside every district"
        if g is None or g.isNull() or g.isEmpty() or ov.src_area[s] <= 0:
            reason = "no area"
        else:
            geom = ov.outside_geometry(s, g)
            if out_w[s] < 1.0 - 1e-12:
                reason = "part outside every district"
        rec = {"source_fid": int(fids[s]), "reason": reason}
        for j, f in enumerate(carry):
            rec[f] = float(mat[s, j] * out_w[s])
        if geom is not None and not geom.isMultipart():
            geom.convertToMultiType()
        result.unmatched.append((geom, rec))
    return result
