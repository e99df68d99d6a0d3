"""milieuatlas:segregationlevels: the same indices on every spatial level the user has.

The modifiable areal unit problem made visible: Berlin's D is larger on 542 Planungsräume than on
12 Bezirke. One table, rows of the same index and group next to each other, finest level first."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)


from ..errors import InputError, QT_TRANSLATE_NOOP
from .alg_segregation import _num, all_codes
from .base import MilieuAlgorithm, static_enum, write_table
from .params import check_work, located, name_list, optional_seed, read_unit_counts

COLUMNS = [("level", "str"), ("units", "int"), ("index", "str"), ("group", "str"),
           ("value", "double"), ("expected", "double"), ("p_value", "double"),
           ("ci_low", "double"), ("ci_high", "double"), ("note", "str")]


class SegregationLevels(MilieuAlgorithm):
    ALG_ID = "segregationlevels"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SegregationLevels", "Segregation indices at every spatial level")
    GROUP_ID = "segregation"
    GROUP_NAME = QT_TRANSLATE_NOOP("SegregationLevels", "Segregation and concentration")
    HELP = QT_TRANSLATE_NOOP(
        "SegregationLevels",
        "Computes the same segregation indices on several layers (e.g. Planungsräume, "
        "Bezirksregionen, Prognoseräume, Bezirke), each with the same total and group "
        "fields, and writes them into one table, finest level first, so that the effect of "
        "the spatial units (modifiable areal unit problem) is visible. Spatial codes are "
        "computed for polygon layers only.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "LAYERS", self.tr("Layers, one per spatial level"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterString(
            "TOTAL_FIELD", self.tr("Total population field (in every layer)")))
        self.addParameter(QgsProcessingParameterString(
            "GROUP_FIELDS", self.tr("Group count fields (in every layer; separated by commas)")))
        self.addParameter(static_enum(
            "INDICES", self.tr("Indices (default: D, GINI, H, A, XPX, XPY, ETA2)"), all_codes(),
            optional=True, multiple=True))
        self.addParameter(QgsProcessingParameterNumber(
            "PERMUTATIONS", self.tr("Permutations for the test against random allocation"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Indices by level"), QgsProcessing.TypeVector))

    def run_checked(self, parameters, context, feedback):
        from ..core.catalogue import SPATIAL_CODES, TWO_GROUP_CODES, compute_indices

        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        if len(layers) < 1:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Give at least one layer."))
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context).strip()
        groups = name_list(parameters.get("GROUP_FIELDS"))
        codes = [c for c in self.parameterAsEnumStrings(parameters, "INDICES", context) if c] \
            or list(TWO_GROUP_CODES)
        permutations = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = optional_seed(self, parameters, context)
        results = []
        for step, layer in enumerate(layers):
            counts = read_unit_counts(layer, total_field, groups, feedback=feedback)
            check_work("PERMUTATIONS", permutations, len(counts.total), len(codes) * max(len(groups), 1))
            spatial = None
            wanted_spatial = [c for c in codes if c in SPATIAL_CODES]
            if wanted_spatial:
                if not (layer.isSpatial() and layer.geometryType() == QgsWkbTypes.PolygonGeometry):
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "Layer '{layer}' has no polygons: the spatial indices {wanted_spatial} need district "
                        "polygons."),
                        layer=layer.name(), wanted_spatial=', '.join(wanted_spatial))
                from ..qgis_io.spatial_context import spatial_context

                from ..core.codes import NEIGHBOUR_CODES

                spatial = spatial_context(layer, feedback,
                                          neighbours=any(c in NEIGHBOUR_CODES for c in codes),
                                          fids=counts.fids)
            try:
                rows = compute_indices(
                    counts.total, counts.groups, codes=codes, spatial=spatial,
                    permutations=permutations, seed=seed, is_cancelled=feedback.isCanceled,
                    progress=lambda v, s=step: feedback.setProgress((s + v / 100.0) * 100.0 / len(layers)))
            except InputError as exc:
                raise located(exc, layer, counts) from exc
            results.append((len(counts.total), layer.name(), rows))
            feedback.setProgress(100.0 * (step + 1) / len(layers))
            if feedback.isCanceled():
                return {}
        results.sort(key=lambda item: -item[0])
        table = []
        for code in codes:
            for group in groups:
                for _, name, rows in results:
                    for r in rows:
                        if r.index == code and r.group == group:
                            table.append([name, int(r.units), r.index, r.group, _num(r.value),
                                          _num(r.expected), _num(r.p_value), _num(r.ci_low),
                                          _num(r.ci_high), r.note])
        for row in table:
            feedback.pushInfo(f"{row[2]:6s} {row[3]:40s} {row[0]:30s} n={row[1]:5d} {row[4]:.4f}")
        dest = write_table(self, parameters, "OUTPUT", context, COLUMNS, table)
        return {"OUTPUT": dest, "LEVELS": len(layers)}
