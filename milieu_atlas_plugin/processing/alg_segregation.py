"""milieuatlas:segregationindices: city-wide indices per group (schema: contracts.md)."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..errors import InputError
from .base import MilieuAlgorithm, write_table
from .params import describe_unit, read_unit_counts

OUTPUT_COLUMNS = [("index", "str"), ("group", "str"), ("value", "double"), ("expected", "double"),
                  ("p_value", "double"), ("ci_low", "double"), ("ci_high", "double"),
                  ("units", "int"), ("note", "str")]


def _num(value):
    """float for the sink; None (empty cell) where the core gave nothing or NaN."""
    if value is None:
        return None
    value = float(value)
    return None if value != value else value


def all_codes():
    from ..core import catalogue

    seen = []
    for code in (catalogue.TWO_GROUP_CODES + catalogue.SPATIAL_CODES + catalogue.MULTIGROUP_CODES
                 + getattr(catalogue, "LEVEL_CODES", ())):
        if code not in seen:
            seen.append(code)
    return seen


class SegregationIndices(MilieuAlgorithm):
    ALG_ID = "segregationindices"
    DISPLAY_NAME = "Segregation indices"
    GROUP_ID = "segregation"
    GROUP_NAME = "Segregation and concentration"
    HELP = ("City-wide segregation indices for one or more groups, one row per index and group: "
            "dissimilarity D, Gini, Theil's H, Atkinson A(0.5), isolation xPx, exposure xPy, "
            "correlation ratio eta², and with 'Groups form a partition' the multigroup indices. "
            "Spatial indices use the layer's polygons (projected CRS; geographic layers are "
            "reprojected). Units with no population are skipped and counted in the note. "
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
        codes = QgsProcessingParameterEnum(
            "INDICES", self.tr("Indices (default: all that apply)"), options=all_codes(),
            allowMultiple=True, optional=True)
        codes.setUsesStaticStrings(True)
        self.addParameter(codes)
        self.addParameter(QgsProcessingParameterNumber(
            "PERMUTATIONS", self.tr("Permutations for the test against random allocation"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "LEVEL_FIELD", self.tr("Parent unit field (between/within decomposition)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Index table"), QgsProcessing.TypeVector))

    def run_checked(self, parameters, context, feedback):
        from ..core.catalogue import SPATIAL_CODES, compute_indices

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        groups = self.parameterAsFields(parameters, "GROUP_FIELDS", context)
        level_field = self.parameterAsString(parameters, "LEVEL_FIELD", context) or None
        multigroup = self.parameterAsBool(parameters, "MULTIGROUP", context)
        codes = [c for c in self.parameterAsEnumStrings(parameters, "INDICES", context) if c] or None
        permutations = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = parameters.get("SEED")
        seed = None if seed in (None, "") else self.parameterAsInt(parameters, "SEED", context)

        counts = read_unit_counts(layer, total_field, groups, level_field)
        feedback.pushInfo(self.tr("{n} units read from '{layer}'.").format(
            n=len(counts.total), layer=layer.name()))
        spatial = None
        wants_spatial = codes is None or any(c in SPATIAL_CODES for c in codes)
        if wants_spatial and layer.isSpatial() and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            from ..qgis_io.spatial_context import spatial_context

            spatial = spatial_context(layer, feedback)
            if spatial.note:
                feedback.pushInfo(spatial.note)
        elif codes is not None and any(c in SPATIAL_CODES for c in codes):
            raise InputError(
                f"Layer '{layer.name()}' has no polygons: the spatial indices "
                f"{', '.join(c for c in codes if c in SPATIAL_CODES)} need district polygons.")
        try:
            rows = compute_indices(counts.total, counts.groups, codes=codes, multigroup=multigroup,
                                   spatial=spatial, level=counts.level, permutations=permutations,
                                   seed=seed)
        except InputError as exc:
            unit = getattr(exc, "unit", None)
            if unit is not None:
                raise InputError(f"{describe_unit(layer, counts, unit)}: {exc}") from exc
            raise InputError(f"Layer '{layer.name()}': {exc}") from exc
        if feedback.isCanceled():
            return {}
        table = [[r.index, r.group, _num(r.value), _num(r.expected), _num(r.p_value),
                  _num(r.ci_low), _num(r.ci_high), int(r.units), r.note] for r in rows]
        for r in rows:
            feedback.pushInfo(f"{r.index:10s} {r.group:40s} {r.value:.6f}")
        dest = write_table(self, parameters, "OUTPUT", context, OUTPUT_COLUMNS, table)
        return {"OUTPUT": dest, "ROWS": len(table)}
