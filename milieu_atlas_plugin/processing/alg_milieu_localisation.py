"""`milieuatlas:milieulocalisation`: the milieu profile of every district (shares, LQ, segments, dominant
milieu, diversity) and optional milieu density surfaces (GeoTIFF). Points and polygons are summed per
district by the join engine (same accounting, same unmatched report); everything is read, validated and
computed before any output exists."""
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsRectangle,
    QgsWkbTypes,
)

from ..compat import FieldType, parameter_as_fields
from ..errors import InputError, QT_TRANSLATE_NOOP, Text
from .base import MilieuAlgorithm, static_enum

INVALID = ["repair", "refuse"]
KERNELS = ["quartic", "gaussian", "uniform"]
_KINDS = {"double": FieldType.Double, "int": FieldType.Int, "str": FieldType.String, "bool": FieldType.Bool}


class _AsJoin:
    """The point reader of the join engine takes its source from the parameter SOURCE; ours is MILIEUS."""

    def __init__(self, alg):
        self._alg = alg

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        return self._alg.parameterAsVectorLayer(parameters, "MILIEUS" if name == "SOURCE" else name, context)


class MilieuLocalisation(MilieuAlgorithm):
    ALG_ID = "milieulocalisation"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MilieuLocalisation", "Milieu localisation")
    GROUP_ID = "milieus"
    GROUP_NAME = QT_TRANSLATE_NOOP("MilieuLocalisation", "Milieus and participation")
    HELP = QT_TRANSLATE_NOOP(
        "MilieuLocalisation",
        "Where the milieus of the city live: the milieu profile of every district and, optionally, a fine "
        "density surface.\n"
        "MILIEUS: points with household counts per milieu (e.g. addresses), polygons with counts (blocks, grid "
        "cells; split over the districts by area) or nothing, when the district layer itself holds the counts. "
        "Points and polygons are summed with the join engine of 'Join data to districts': the log lists the "
        "accounting (source = districts + unmatched) and what lies in no district.\n"
        "MODEL: the milieu model (CSV: code, names, segment, colour; default: the vhw migrant milieus). "
        "MILIEU_FIELDS: the count fields, named CODE, mil_CODE or CODE_count (default: every field so named). "
        "With TOTAL_FIELD the milieu fields must add up to it in every feature (else refused, naming by how "
        "much), unless RESCALE scales each district's milieu counts to its total; with FIELDS_ARE_SHARES the "
        "fields are shares (percent or fraction) of TOTAL_FIELD.\n"
        "Fields per district: mil_total (households), mil_CODE (households), mil_CODE_share (fraction), "
        "mil_CODE_lq (location quotient, 1 = city average), seg_SEGMENT and seg_SEGMENT_share per segment of "
        "the model, mil_dominant (the milieu with the largest share, or MIX where its lead over the second is "
        "below DOMINANT_MARGIN percentage points), mil_dominant_share, mil_lead (percentage points), "
        "mil_present (milieus with households), mil_diversity (Shannon evenness: 0 = one milieu, 1 = all "
        "equally), suppressed. Districts with more than 0 and fewer than MIN_COUNT households get no derived "
        "value (empty, never 0) and suppressed = true; their household counts are kept unless MASK_COUNTS is "
        "set (then mil_total, mil_CODE, seg_SEGMENT and the district layer's own milieu and total fields are "
        "empty there too). Districts without households are not suppressed (they reveal nobody), but their "
        "shares, LQ, dominant milieu and diversity do not exist: empty, mil_present = 0.\n"
        "SURFACE (GeoTIFF): one band per milieu (band name = code), households per hectare, kernel density "
        "with BANDWIDTH (m) on CELL_SIZE (m) cells; the cells of a band times the cell area add up to the "
        "milieu's households (grid padded by the bandwidth, kernel normalised on the grid). Polygons enter "
        "by their centroid. DOMINANT_RASTER (GeoTIFF): band 1 the milieu with the largest smoothed share "
        "(1 = first milieu of the model …), band 2 that share; cells with less than 1 household per hectare "
        "are empty. Both load in QGIS styled (style file beside them).\n"
        "Note: the heatmap of QGIS 3.22 (Heatmap renderer, 'Heatmap (Kernel Density Estimation)') scales the "
        "quartic kernel wrongly (fixed upstream in 2025); this surface's kernel is checked against the "
        "analytic integral.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DISTRICTS", self.tr("District polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "DISTRICT_KEY", self.tr("District key field"), parentLayerParameterName="DISTRICTS"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "MILIEUS", self.tr("Milieu data (points or polygons with household counts; empty: the districts "
                               "hold them)"), [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "MILIEU_FIELDS", self.tr("Milieu count fields (default: fields named like the model's codes)"),
            parentLayerParameterName="MILIEUS", allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", self.tr("Milieu model (CSV; default: vhw migrant milieus)"),
            behavior=QgsProcessingParameterFile.File, extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOTAL_FIELD", self.tr("Total households field"), parentLayerParameterName="MILIEUS", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "FIELDS_ARE_SHARES", self.tr("Milieu fields are shares of the total (percent or fraction)"),
            defaultValue=False))
        rescale = QgsProcessingParameterBoolean(
            "RESCALE", self.tr("Scale milieu counts to the total where they do not add up to it"),
            defaultValue=False)
        self.addParameter(static_enum("INVALID_GEOMETRY", self.tr("Invalid geometries"), INVALID, "repair"))
        self.addParameter(QgsProcessingParameterNumber(
            "DOMINANT_MARGIN", self.tr("Margin for a dominant milieu (percentage points)"),
            QgsProcessingParameterNumber.Double, defaultValue=5.0))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_COUNT", self.tr("Minimum households shown (0 = no suppression)"),
            QgsProcessingParameterNumber.Double, defaultValue=5.0))
        self.add_advanced(rescale, QgsProcessingParameterBoolean(
            "MASK_COUNTS", self.tr("Leave the counts of suppressed districts empty too"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with milieu profile"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "SURFACE", self.tr("Milieu density surface (GeoTIFF, households per hectare)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterRasterDestination(
            "DOMINANT_RASTER", self.tr("Dominant milieu raster (GeoTIFF)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterNumber(
            "CELL_SIZE", self.tr("Cell size of the rasters (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(
            "BANDWIDTH", self.tr("Kernel bandwidth (m)"), QgsProcessingParameterNumber.Double,
            defaultValue=300.0))
        self.addParameter(static_enum("KERNEL", self.tr("Kernel"), KERNELS, "quartic"))

    # ------------------------------------------------------------------ run
    def run_checked(self, parameters, context, feedback):
        from ..core.accounting import AccountingError, accounting_rows, format_rows
        from ..core.milieu_model import load_model
        from ..core.milieus import (check_share_mix, check_totals, match_fields, milieu_profile, milieu_surfaces,
                                    profile_fields, rescale_to_total)
        from ..qgis_io.join_common import read_districts

        districts_src = self.parameterAsSource(parameters, "DISTRICTS", context)
        if districts_src is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "No layer given for DISTRICTS, or it cannot be opened: {parameters!r}."),
                parameters=parameters.get('DISTRICTS'))
        d_label = districts_src.sourceName() or "DISTRICTS"
        dkey = self.parameterAsString(parameters, "DISTRICT_KEY", context)
        if not dkey:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "DISTRICT_KEY: choose the key field of the district layer."))
        if districts_src.featureCount() == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{d_label}' is empty: it has no features."),
                d_label=d_label)
        source = None
        if parameters.get("MILIEUS") not in (None, ""):
            source = self.parameterAsSource(parameters, "MILIEUS", context)
            if source is None:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "MILIEUS cannot be opened: {parameters!r}."),
                    parameters=parameters.get('MILIEUS'))
        model = load_model(self.parameterAsFile(parameters, "MODEL", context) or None)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context) or None
        are_shares = self.parameterAsBool(parameters, "FIELDS_ARE_SHARES", context)
        rescale = self.parameterAsBool(parameters, "RESCALE", context)
        policy = self.parameterAsEnumString(parameters, "INVALID_GEOMETRY", context) or "repair"
        margin = self.parameterAsDouble(parameters, "DOMINANT_MARGIN", context)
        min_count = self.parameterAsDouble(parameters, "MIN_COUNT", context)
        mask_counts = self.parameterAsBool(parameters, "MASK_COUNTS", context)
        surface_path = self.parameterAsOutputLayer(parameters, "SURFACE", context) if parameters.get("SURFACE") else ""
        dominant_path = (self.parameterAsOutputLayer(parameters, "DOMINANT_RASTER", context)
                         if parameters.get("DOMINANT_RASTER") else "")
        cell = self.parameterAsDouble(parameters, "CELL_SIZE", context)
        bandwidth = self.parameterAsDouble(parameters, "BANDWIDTH", context)
        kernel = self.parameterAsEnumString(parameters, "KERNEL", context) or "quartic"
        if are_shares and not total_field:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "FIELDS_ARE_SHARES needs TOTAL_FIELD: the shares are converted to counts of it."))
        if rescale and not total_field:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "RESCALE needs TOTAL_FIELD: the milieu counts are scaled to it."))
        if not 0.0 <= margin <= 100.0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "DOMINANT_MARGIN must be between 0 and 100 percentage points, got {margin:g}."),
                margin=margin)
        if min_count < 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "MIN_COUNT must be zero or more, got {min_count:g}."),
                min_count=min_count)
        want_raster = bool(surface_path or dominant_path)
        if want_raster:
            from ..core.kernel import kernel_name
            from ..qgis_io.raster_out import check_rasterio

            for name, v in (("CELL_SIZE", cell), ("BANDWIDTH", bandwidth)):
                if not v > 0:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "{name} must be a positive distance in metres, got {value:g}."),
                        name=name, value=v)
            kernel_name(kernel)
            check_rasterio()

        own = source is None
        data = districts_src if own else source
        label = d_label if own else (source.sourceName() or "MILIEUS")
        chosen = parameter_as_fields(self, parameters, "MILIEU_FIELDS", context)
        fields = match_fields(data.fields().names(), model, chosen, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}'"), layer=label))
        if total_field and total_field not in data.fields().names():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}' has no field '{total_field}' (TOTAL_FIELD)."),
                label=label, total_field=total_field)
        if total_field in fields:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "TOTAL_FIELD '{total_field}' is also a milieu field; choose the total separately."),
                total_field=total_field)
        geom = QgsWkbTypes.geometryType(data.wkbType())
        if own:
            mode = "own"
        elif geom == QgsWkbTypes.PointGeometry:
            mode = "points"
        elif geom == QgsWkbTypes.PolygonGeometry:
            mode = "areal"
        else:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}' has no point or polygon geometry; join a table to the districts first "
                "('Join data to districts', MODE=key) and run this on the result."),
                label=label)
        if data.featureCount() == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}' is empty: it has no features."),
                label=label)
        out_names = [n for n, _ in profile_fields(model)]
        existing = {n.lower(): n for n in districts_src.fields().names()}
        clash = [n for n in out_names if n.lower() in existing]
        if clash:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{d_label}' already has a field named {items}{value}; the milieu profile would "
                "hide it. Rename or remove it first, or use a copy without it."),
                d_label=d_label, items=', '.join(repr(existing[c.lower()]) for c in clash[:4]), value=' …' if len(clash) > 4 else '')

        feedback.setProgressText(self.tr("Reading districts…"))
        districts = read_districts(districts_src, d_label, dkey, need_geometry=True)
        carry = ([total_field] if total_field else []) + fields
        converter = None
        if are_shares:
            from .alg_join import _ShareConverter

            converter = _ShareConverter(fields, total_field, "auto", label)

        # --- the source values, feature by feature: validation (and the points of the surface)
        feedback.setProgressText(self.tr("Reading milieu data…"))
        fids, xy, values, crs = self._read_source(parameters, context, mode, data, label, carry, want_raster)
        if converter is not None:
            check_share_mix(np.column_stack([values[f] for f in fields]).sum(axis=1), fids, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}'"), layer=label))
            values, names = converter.convert(values, fids)
            feedback.pushInfo(converter.note)
            src_counts = np.column_stack([values[f + "_count"] for f in fields])
        else:
            src_counts = np.column_stack([values[f] for f in fields])
        src_total = values[total_field] if total_field else None
        if total_field and not rescale:
            check_totals(src_counts, src_total, fids, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}'"), layer=label), [f for f in fields])

        # --- households per district (the join engine)
        log, warnings, rows, unmatched = [], [], [], 0
        if own:
            counts = src_counts
            district_total = src_total
            order = {fid: i for i, fid in enumerate(fids)}
            perm = np.array([order[f.id()] for f in districts.features])
            counts = counts[perm]
            district_total = None if district_total is None else district_total[perm]
        else:
            result = self._join(parameters, context, feedback, mode, districts, source, label, carry,
                                converter, policy)
            if feedback.isCanceled():
                return {}
            names = result.fields
            col = {f: result.district_values[f] for f in names}
            cnt_names = [f + "_count" for f in fields] if converter is not None else fields
            counts = np.column_stack([col[f] for f in cnt_names])
            district_total = col[total_field] if total_field else None
            try:
                rows = accounting_rows(names, result.source_totals,
                                       {f: float(np.nansum(col[f])) for f in names}, result.unmatched_totals)
            except AccountingError as exc:
                raise QgsProcessingException(exc.translated()) from exc
            log, warnings, unmatched = result.log, result.warnings, len(result.unmatched)
        if rescale:
            off = np.abs(counts.sum(axis=1) - district_total) > 1e-6 * np.maximum(1.0, district_total)
            counts = rescale_to_total(counts, district_total)
            log.append(self.tr("RESCALE: the milieu counts of {n} districts were scaled to their total.")
                       .format(n=int(off.sum())))
        try:
            profile = milieu_profile(counts, model, margin=margin, min_count=min_count)
        except InputError as exc:
            unit = getattr(exc, "unit", None)
            if unit is not None:
                raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}', feature {fid}: {error}"),
                                 layer=d_label, fid=districts.features[unit].id(), error=exc) from None
            raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}': {error}"),
                             label=d_label, error=exc) from None

        # --- surfaces (computed before anything is written)
        surfaces = None
        if want_raster:
            feedback.setProgressText(self.tr("Kernel density surfaces…"))
            surfaces = self._surfaces(context, feedback, districts, xy, crs, src_counts, src_total, rescale,
                                      cell, bandwidth, kernel, bool(dominant_path), milieu_surfaces)
            if feedback.isCanceled():
                return {}

        for line in log:
            feedback.pushInfo(line)
        for line in warnings:
            feedback.pushWarning(line)
        if rows:
            feedback.pushInfo(self.tr("Accounting (source = districts + unmatched):"))
            for line in format_rows(rows):
                feedback.pushInfo("  " + line)
        n_sup = int(profile["suppressed"].sum())
        if n_sup:
            feedback.pushInfo(self.tr("{n} districts have fewer than {m} households: no shares, LQ or "
                                      "dominant milieu (suppressed).").format(n=n_sup, m=f"{min_count:g}"))
        if mask_counts:
            from ..core.suppression import mask_counts as blank_counts

            counts_out = {k: profile[k] for k in profile
                          if k == "mil_total" or (k.startswith(("mil_", "seg_")) and
                                                  k[4:] in set(model.codes) | set(model.segment_keys))}
            profile.update(blank_counts(counts_out, profile["suppressed"]))
        n_mix = int(np.sum(profile["mil_dominant"] == "MIX"))
        feedback.pushInfo(self.tr("Dominant milieu: {n} districts MIX (lead below {m} percentage points).")
                          .format(n=n_mix, m=f"{margin:g}"))

        feedback.setProgressText(self.tr("Writing…"))
        masked = [districts_src.fields().indexOf(f) for f in carry] if mask_counts and own else []
        out = {"OUTPUT": self._write(parameters, context, districts_src, districts, profile, model, masked),
               "SUPPRESSED": n_sup, "UNMATCHED_COUNT": unmatched}
        if surfaces is not None:
            out.update(self._write_rasters(context, surfaces, surface_path, dominant_path, model))
        return out

    # ------------------------------------------------------------------ reading
    def _read_source(self, parameters, context, mode, data, label, carry, want_xy):
        """(fids, (x, y) or None, {field: values}, CRS of x/y) of the milieu source (or the districts)."""
        if mode == "points":
            from ..qgis_io.join_points import read_points

            p = dict(parameters)
            p["SOURCE"] = parameters["MILIEUS"]
            fids, x, y, values, _how = read_points(_AsJoin(self), p, context, data, label, carry)
            return fids, (x, y), values, data.sourceCrs()
        from ..qgis_io.join_common import iterate, require_fields, values_from_rows

        require_fields(data, carry, "value field", label=label)
        names = data.fields().names()
        idx = [names.index(f) for f in carry]
        request = QgsFeatureRequest()
        if not want_xy:
            request.setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(idx)
        fids, rows, xs, ys = [], [], [], []
        for feat in iterate(data, request):
            fids.append(feat.id())
            rows.append(feat.attributes())
            if want_xy:
                g = feat.geometry()
                c = g.centroid() if g is not None and not g.isNull() else None
                p = c.asPoint() if c is not None and not c.isNull() else None
                xs.append(np.nan if p is None else p.x())
                ys.append(np.nan if p is None else p.y())
        values = values_from_rows(rows, idx, carry, label, fids)
        xy = (np.asarray(xs), np.asarray(ys)) if want_xy else None
        return np.asarray(fids, dtype=np.int64), xy, values, data.sourceCrs()

    def _join(self, parameters, context, feedback, mode, districts, source, label, carry, converter, policy):
        if mode == "points":
            from ..qgis_io.join_points import points_join

            p = dict(parameters)
            p["SOURCE"] = parameters["MILIEUS"]
            return points_join(_AsJoin(self), p, context, feedback, districts, source, label, carry, converter,
                               policy)
        from ..qgis_io.join_areal import areal_join

        return areal_join(self, parameters, context, feedback, districts, source, label, carry, converter, policy)

    # ------------------------------------------------------------------ surfaces
    def _surfaces(self, context, feedback, districts, xy, crs, counts, total, rescale, cell, bandwidth, kernel,
                  dominant, milieu_surfaces):
        from ..qgis_io.join_areal import working_crs

        extent = QgsRectangle()
        for f in districts.features:
            if f.hasGeometry():
                extent.combineExtentWith(f.geometry().boundingBox())
        wcrs, _note = working_crs(districts.crs, crs, extent, context)
        x, y = xy
        ok = np.isfinite(x) & np.isfinite(y)
        if not ok.all():
            feedback.pushWarning(self.tr("{n} features without geometry are left out of the surface.")
                                 .format(n=int((~ok).sum())))
        x, y, counts = x[ok], y[ok], counts[ok]
        if rescale and total is not None:
            from ..core.milieus import rescale_to_total

            counts = rescale_to_total(counts, total[ok])
        if crs.isValid() and wcrs != crs:
            tr = QgsCoordinateTransform(crs, wcrs, context.transformContext())
            pts = [tr.transform(QgsPointXY(float(a), float(b))) for a, b in zip(x, y)]
            x = np.array([p.x() for p in pts])
            y = np.array([p.y() for p in pts])
        if districts.crs.isValid() and districts.crs != wcrs:
            extent = QgsCoordinateTransform(districts.crs, wcrs, context.transformContext()).transformBoundingBox(extent)
        ext = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        if len(x) == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "No milieu feature has a location: the surface cannot be computed."))
        grid, density, idx, share = milieu_surfaces(
            x, y, counts, cell_size=cell, bandwidth=bandwidth, kernel=kernel, extent=ext, dominant=dominant,
            progress=lambda f: feedback.setProgress(100.0 * f), is_cancelled=feedback.isCanceled)
        feedback.pushInfo(self.tr("Surface: {ny} × {nx} cells of {c:g} m, {note}.").format(
            ny=grid.ny, nx=grid.nx, c=grid.cell_size, note=grid.note))
        return grid, density, idx, share, wcrs

    def _write_rasters(self, context, surfaces, surface_path, dominant_path, model):
        from ..qgis_io.raster_out import (NODATA, density_style, dominant_style, load_styled_on_completion,
                                          qml_path, write_geotiff)

        grid, density, idx, share, wcrs = surfaces
        wkt = wcrs.toWkt(QgsCoordinateReferenceSystem.WKT1_GDAL) if wcrs.isValid() else ""
        geo = dict(x_min=grid.x_min, y_max=grid.y_max, cell_size=grid.cell_size, crs_wkt=wkt)
        out = {}
        if surface_path:
            empty = density.sum(axis=0) <= 0
            bands = density.astype(np.float32)
            bands[:, empty] = NODATA
            vmax = float(np.percentile(density[0][~empty], 99)) if (~empty).any() else 1.0
            write_geotiff(surface_path, bands, descriptions=list(model.codes),
                          style=density_style(1, model.colours[0], max(vmax, 1e-6)), **geo)
            load_styled_on_completion(context, surface_path, qml_path(surface_path))
            out["SURFACE"] = surface_path
        if dominant_path:
            bands = np.stack([idx.astype(np.float32), share.astype(np.float32)])
            bands[:, idx == 0] = NODATA
            labels = [f"{c} – {n}" for c, n in zip(model.codes, model.names_de)]
            write_geotiff(dominant_path, bands, descriptions=["dominant_milieu", "dominant_share"],
                          style=dominant_style(model.colours, labels), **geo)
            load_styled_on_completion(context, dominant_path, qml_path(dominant_path))
            out["DOMINANT_RASTER"] = dominant_path
        return out

    # ------------------------------------------------------------------ writing
    def _write(self, parameters, context, districts_src, districts, profile, model, masked=()):
        from ..core.milieus import profile_fields

        kinds = profile_fields(model)
        fields = QgsFields(districts_src.fields())
        for name, kind in kinds:
            fields.append(QgsField(name, _KINDS[kind]))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, districts_src.wkbType(),
                                          districts_src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        cols = []
        for name, kind in kinds:
            a = profile[name]
            if kind == "double":
                cols.append([None if v != v else float(v) for v in a.tolist()])
            elif kind == "int":
                cols.append([None if v < 0 else int(v) for v in a.tolist()])
            elif kind == "bool":
                cols.append([bool(v) for v in a.tolist()])
            else:
                cols.append(list(a))
        feats = []
        for i, src in enumerate(districts.features):
            f = QgsFeature(fields)
            f.setGeometry(src.geometry())
            attrs = list(src.attributes())
            if masked and profile["suppressed"][i]:     # MASK_COUNTS: the layer's own counts too
                for j in masked:
                    attrs[j] = None
            f.setAttributes(attrs + [c[i] for c in cols])
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest
