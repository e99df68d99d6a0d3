"""milieuatlas:segregationindices: city-wide indices per group (schema: contracts.md)."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)


from ..compat import parameter_as_fields
from ..core.numbers import NumberFormatError, parse_number
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .base import MilieuAlgorithm, static_enum, write_table
from .params import check_work, located, optional_seed, read_unit_counts

OUTPUT_COLUMNS = [("index", "str"), ("group", "str"), ("value", "double"), ("expected", "double"),
                  ("p_value", "double"), ("ci_low", "double"), ("ci_high", "double"),
                  ("units", "int"), ("note", "str")]


def _num(value):
    """float for the sink; None (empty cell) where the core gave nothing or NaN."""
    if value is None:
        return None
    value = float(value)
    return None if value != value else value


MISSING_VALUES = ["refuse", "skip"]


def all_codes():
    from ..core.codes import ALL_CODES

    return list(ALL_CODES)


class SegregationIndices(MilieuAlgorithm):
    ALG_ID = "segregationindices"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SegregationIndices", "Segregation indices")
    GROUP_ID = "segregation"
    GROUP_NAME = QT_TRANSLATE_NOOP("SegregationIndices", "Segregation and concentration")
    HELP = QT_TRANSLATE_NOOP(
        "SegregationIndices",
        "City-wide segregation indices for one or more groups, one row per index and group: "
        "dissimilarity D, Gini, Theil's H, Atkinson A(0.5), isolation xPx, exposure xPy, "
        "correlation ratio eta², and with 'Groups form a partition' the multigroup indices. "
        "Spatial indices use the layer's polygons (projected CRS; geographic layers are "
        "reprojected). Units with no population are skipped and counted in the note; units "
        "with a missing (NULL) count are refused, or with MISSING_VALUES=skip left out and counted "
        "in the note. "
        "With permutations, the expected value under random allocation (each unit keeps its "
        "total, membership drawn with the city share) and a p-value are added.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("Spatial units (layer or table, one row per unit)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "TOTAL_FIELD", self.tr("Total population field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELDS", self.tr("Group count fields"), parentLayerParameterName="INPUT",
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "MULTIGROUP", self.tr("Groups form a partition of the total (add multigroup indices)"),
            defaultValue=False))
        self.addParameter(static_enum("INDICES", self.tr("Indices (default: all that apply)"),
                                      all_codes(), optional=True, multiple=True))
        self.addParameter(QgsProcessingParameterNumber(
            "PERMUTATIONS", self.tr("Permutations for the test against random allocation"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "LEVEL_FIELD", self.tr("Parent unit field (between/within decomposition)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(static_enum(
            "MISSING_VALUES", self.tr("Units with a missing (NULL) count"), MISSING_VALUES, default="refuse"))
        self.add_advanced(QgsProcessingParameterNumber(
            "BOOTSTRAP", self.tr("Bootstrap draws for confidence intervals (empty: as many as "
                                 "permutations)"),
            QgsProcessingParameterNumber.Integer, optional=True, minValue=0))
        self.add_advanced(QgsProcessingParameterNumber(
            "ATKINSON_B", self.tr("Atkinson shape parameter b"),
            QgsProcessingParameterNumber.Double, defaultValue=0.5, minValue=0.01, maxValue=0.99))
        self.add_advanced(QgsProcessingParameterNumber(
            "DECAY_SCALE", self.tr("Distance unit of the exp(-d) decay (metres)"),
            QgsProcessingParameterNumber.Double, defaultValue=1000.0, minValue=1.0))
        self.add_advanced(QgsProcessingParameterString(
            "BANDWIDTHS", self.tr("Kernel bandwidths for HSPATIAL in metres (several: a "
                                  "multiscalar profile, e.g. 500,1000,2000,4000)"),
            defaultValue="1000", optional=True))
        self.add_advanced(static_enum("KERNEL", self.tr("Kernel of HSPATIAL"),
                                   ["biweight", "gaussian", "uniform"], default="biweight"))
        self.add_advanced(static_enum(
            "KERNEL_METHOD", self.tr("Kernel sums of HSPATIAL, ACL, RCL, SP, DDXPX, DDXPY "
                                     "(auto: exact where affordable, else an FFT grid; for the "
                                     "Gaussian the corrected grid wherever it is faster and within "
                                     "1e-5 of the exact sums; the note says which)"),
            ["auto", "exact", "grid"], default="auto"))
        self.add_advanced(QgsProcessingParameterFeatureSource(
            "CENTRES", self.tr("City centre point(s) for centralisation (several: polycentric, "
                               "distance to the nearest; empty: mean of unit centroids)"),
            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Index table"), QgsProcessing.TypeVector))

    def run_checked(self, parameters, context, feedback):
        from ..core.catalogue import SPATIAL_CODES, Cancelled, compute_indices

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        groups = parameter_as_fields(self, parameters, "GROUP_FIELDS", context)
        level_field = self.parameterAsString(parameters, "LEVEL_FIELD", context) or None
        multigroup = self.parameterAsBool(parameters, "MULTIGROUP", context)
        codes = [c for c in self.parameterAsEnumStrings(parameters, "INDICES", context) if c] or None
        permutations = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = optional_seed(self, parameters, context)
        missing = self.parameterAsEnumString(parameters, "MISSING_VALUES", context) or "refuse"
        if level_field and not multigroup:
            raise InputError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "LEVEL_FIELD '{level_field}' is used by the within/between decomposition of the "
                "multigroup indices (MM_BETWEEN, MM_WITHIN, MH_BETWEEN, MH_WITHIN): set MULTIGROUP=true, "
                "or leave LEVEL_FIELD empty."),
                level_field=level_field)

        options = self._options(parameters, context)
        from ..core.codes import NEIGHBOUR_CODES

        wants_spatial = codes is None or any(c in SPATIAL_CODES for c in codes)
        polygons = layer is not None and layer.isSpatial() and layer.geometryType() == QgsWkbTypes.PolygonGeometry
        # queen neighbours and shared boundaries only for the indices that use them
        needs = codes is None or any(c in NEIGHBOUR_CODES for c in codes)
        columns = None
        if wants_spatial and polygons and not needs and not level_field:
            # counts, centroids, areas and perimeters in one columnar pass where the layer allows it
            from ..qgis_io.columnar import read_polygon_columns

            columns = read_polygon_columns(layer, [total_field] + [g for g in groups if g != total_field])
        counts = read_unit_counts(layer, total_field, groups, level_field, feedback=feedback, missing=missing,
                                  columns=columns)
        skipped_note = ""
        if counts.skipped is not None and len(counts.skipped):
            shown = ", ".join(str(int(f)) for f in counts.skipped[:10])
            more = ", …" if len(counts.skipped) > 10 else ""
            skipped_note = translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{n} unit(s) with a NULL count left out (MISSING_VALUES=skip: features {fids})"),
                n=len(counts.skipped), fids=shown + more)
            feedback.pushWarning(skipped_note)
        feedback.pushInfo(self.tr("{n} units read from '{layer}'.").format(
            n=len(counts.total), layer=layer.name()))
        spatial = None
        if wants_spatial and polygons:
            from ..qgis_io.spatial_context import spatial_context

            spatial = spatial_context(layer, feedback, neighbours=needs, fids=counts.fids, columns=columns)
            if spatial.note:
                feedback.pushInfo(spatial.note)
            centres = self._centres(parameters, context, layer)
            if centres is not None:
                options["centre"] = centres
            if codes is None or "HSPATIAL" in codes:
                _check_bandwidths(options["bandwidth"], spatial.centroids, feedback)
        elif codes is not None and any(c in SPATIAL_CODES for c in codes):
            raise InputError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer}' has no polygons: the spatial indices {items} need district polygons."),
                layer=layer.name(), items=', '.join(c for c in codes if c in SPATIAL_CODES))
        n_stats = len(codes or all_codes()) * max(len(groups), 1)
        check_work("PERMUTATIONS", permutations, len(counts.total), n_stats)
        check_work("BOOTSTRAP", options["bootstrap"] if options["bootstrap"] is not None else permutations,
                   len(counts.total), n_stats)
        try:
            rows = compute_indices(counts.total, counts.groups, codes=codes, multigroup=multigroup,
                                   spatial=spatial, level=counts.level, permutations=permutations,
                                   seed=seed, progress=feedback.setProgress,
                                   is_cancelled=feedback.isCanceled, **options)
        except Cancelled:
            return {}
        except InputError as exc:
            raise located(exc, layer, counts) from exc
        if feedback.isCanceled():
            return {}
        table = [[r.index, r.group, _num(r.value), _num(r.expected), _num(r.p_value),
                  _num(r.ci_low), _num(r.ci_high), int(r.units),
                  "; ".join(s for s in (skipped_note, r.note_translated()) if s)] for r in rows]
        for r in rows:
            feedback.pushInfo(f"{r.index:10s} {r.group:40s} {r.value:.6f}")
        dest = write_table(self, parameters, "OUTPUT", context, OUTPUT_COLUMNS, table)
        return {"OUTPUT": dest, "ROWS": len(table)}

    def _options(self, parameters, context):
        """Variant parameters of the core, validated before anything is read."""
        bandwidths = []
        text = self.parameterAsString(parameters, "BANDWIDTHS", context) or "1000"
        for item in text.replace(";", ",").split(","):
            item = item.strip()
            if not item:
                continue
            try:
                value = parse_number(item, "BANDWIDTHS")
            except NumberFormatError as exc:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{error} (BANDWIDTHS are metres; several are separated by commas)"),
                    error=exc) from None
            if value <= 0:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "BANDWIDTHS: {value:g} m is not positive."),
                    value=value)
            bandwidths.append(value)
        if not bandwidths:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "BANDWIDTHS: give at least one bandwidth in metres."))
        boot = parameters.get("BOOTSTRAP")
        return {
            "bootstrap": None if boot in (None, "") else self.parameterAsInt(parameters, "BOOTSTRAP", context),
            "atkinson_b": self.parameterAsDouble(parameters, "ATKINSON_B", context),
            "decay_scale": self.parameterAsDouble(parameters, "DECAY_SCALE", context),
            "bandwidth": bandwidths if len(bandwidths) > 1 else bandwidths[0],
            "kernel": self.parameterAsEnumString(parameters, "KERNEL", context) or "biweight",
            "kernel_method": self.parameterAsEnumString(parameters, "KERNEL_METHOD", context) or "auto",
        }

    def _centres(self, parameters, context, layer):
        """Centre points in the metric CRS the spatial context uses, or None (core default)."""
        source = self.parameterAsSource(parameters, "CENTRES", context)
        if source is None:
            return None
        from qgis.core import QgsCoordinateTransform, QgsProject

        from ..qgis_io.crs import metric_crs

        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PointGeometry:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "CENTRES: layer '{source}' has {display_string} geometries; give a point layer (one "
                "point per centre)."),
                source=source.sourceName(), display_string=QgsWkbTypes.displayString(source.wkbType()))
        target = metric_crs(layer)
        transform = QgsCoordinateTransform(source.sourceCrs(), target, QgsProject.instance())
        points = []
        for feat in source.getFeatures():
            geom = feat.geometry()
            if geom.isNull():
                continue
            geom.transform(transform)
            for part in geom.constParts():
                points.append((part.x(), part.y()))
        if not points:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Centre layer '{source}' has no points."),
                source=source.sourceName())
        import numpy as np

        return np.array(points, dtype=float)


def _check_bandwidths(bandwidth, centroids, feedback=None):
    """A kernel bandwidth below the typical distance between neighbouring unit centroids (the median
    nearest-neighbour distance) sees every unit alone: refused when every bandwidth is that small, a
    warning for the small end of a multiscalar profile."""
    import numpy as np

    if len(centroids) < 2:
        return
    values = list(bandwidth) if isinstance(bandwidth, (list, tuple)) else [bandwidth]
    from ..core.cells import has_close_neighbour_majority

    if has_close_neighbour_majority(centroids, min(values)):
        return  # the median nearest-neighbour distance is at most every bandwidth
    from scipy.spatial import cKDTree

    dist, _ = cKDTree(centroids).query(centroids, k=2)
    typical = float(np.median(dist[:, 1]))
    small = [b for b in values if b < typical]
    if not small:
        return
    shown = ", ".join(f"{b:g}" for b in small)
    if len(small) == len(values):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "BANDWIDTHS: {bandwidths} m is below the typical distance between neighbouring unit "
            "centroids ({typical:.0f} m, the median nearest-neighbour distance): the kernel sees every unit alone; "
            "use at least {typical:.0f} m."),
            bandwidths=shown, typical=typical)
    if feedback is not None:
        feedback.pushWarning(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "BANDWIDTHS: {bandwidths} m is below the typical distance between neighbouring unit "
            "centroids ({typical:.0f} m, the median nearest-neighbour distance): the kernel sees every unit alone "
            "(HSPATIAL equals H there)."),
            bandwidths=shown, typical=typical))
