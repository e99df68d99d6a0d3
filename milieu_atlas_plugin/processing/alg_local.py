"""milieuatlas:localmeasures: one value per district to map (share, LQ, diversity, LISA, Gi*)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..compat import FieldType, parameter_as_fields
from ..errors import InputError, QT_TRANSLATE_NOOP
from .base import MilieuAlgorithm
from ..core.suppression import blank_derived, suppressed_units
from ..core.suppression import suppression_mask  # noqa: F401 - kept importable from here
from .params import check_work, located, optional_seed, read_unit_counts

LISA_ALPHA = 0.05      # significance level of the LISA classes (p <= alpha, or the FDR level)
# the LISA settings, written to every feature so they survive a file and reach the map sheet
LISA_SETTINGS = ("lisa_permutations", "lisa_alpha", "lisa_fdr")


class LocalMeasures(MilieuAlgorithm):
    ALG_ID = "localmeasures"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("LocalMeasures", "Local measures per district")
    GROUP_ID = "segregation"
    GROUP_NAME = QT_TRANSLATE_NOOP("LocalMeasures", "Segregation and concentration")
    HELP = QT_TRANSLATE_NOOP(
        "LocalMeasures",
        "Per-district measures for each group, written to a copy of the district layer: "
        "<group>_share, <group>_lq (location quotient, 1 = city average), <group>_dcontrib "
        "(contribution to D), local entropy and Simpson interaction; on polygons also local "
        "Moran (LISA classes HH/LL/HL/LH/ns with conditional-permutation p-values, queen "
        "contiguity) and Getis-Ord Gi*; every feature then records the LISA settings in "
        "lisa_permutations, lisa_alpha (significance level, 0.05) and lisa_fdr (true with FDR), "
        "which the map sheet states. Values that would reveal fewer than 'Minimum count' "
        "persons are left empty (every derived value of that group: share, LQ, contribution, "
        "entropy, LISA, Gi*) and the district is marked per group in '<group>_suppressed'; "
        "'suppressed' is true where any group is hidden. Counts of 0 are shown. The layer keeps the "
        "counts (total and groups) for later steps; with MASK_COUNTS they are left empty too in every "
        "district where 'suppressed' is true.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("Districts (layer with counts)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "TOTAL_FIELD", self.tr("Total population field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELDS", self.tr("Group count fields"), parentLayerParameterName="INPUT",
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "MULTIGROUP", self.tr("Groups form a partition of the total (add local diversity)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "SPATIAL", self.tr("Local Moran (LISA) and Getis-Ord Gi* (polygons only)"),
            defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(
            "PERMUTATIONS", self.tr("Permutations for LISA and Gi* p-values"),
            QgsProcessingParameterNumber.Integer, defaultValue=999, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "FDR", self.tr("Control the false discovery rate (Benjamini-Hochberg) for LISA classes"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_COUNT", self.tr("Minimum count shown (smaller counts are suppressed)"),
            QgsProcessingParameterNumber.Integer, defaultValue=3, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "MASK_COUNTS", self.tr("Leave the counts of suppressed districts empty too"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with local measures"), QgsProcessing.TypeVectorAnyGeometry))

    def run_checked(self, parameters, context, feedback):
        from ..core.local import local_measures

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        groups = parameter_as_fields(self, parameters, "GROUP_FIELDS", context)
        multigroup = self.parameterAsBool(parameters, "MULTIGROUP", context)
        spatial = self.parameterAsBool(parameters, "SPATIAL", context)
        permutations = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = optional_seed(self, parameters, context)
        fdr = self.parameterAsBool(parameters, "FDR", context)
        min_count = self.parameterAsInt(parameters, "MIN_COUNT", context)
        mask_counts = self.parameterAsBool(parameters, "MASK_COUNTS", context)

        counts = read_unit_counts(layer, total_field, groups, feedback=feedback)
        if spatial:   # conditional permutations: every unit × about 8 neighbours, LISA and Gi* per group
            check_work("PERMUTATIONS", permutations, len(counts.total) * 8, 2 * max(len(groups), 1))
        polygons = layer.isSpatial() and layer.geometryType() == QgsWkbTypes.PolygonGeometry
        self._check_new_fields(layer, groups, spatial and polygons, multigroup)
        neighbours = None
        if spatial and polygons:
            from ..qgis_io.spatial_context import spatial_context

            ctx = spatial_context(layer, feedback, fids=counts.fids)
            if ctx.note:
                feedback.pushInfo(ctx.note)
            neighbours = ctx.contiguity
            isolated = int((np.asarray(neighbours.sum(axis=1)).ravel() == 0).sum())
            if isolated:
                feedback.pushWarning(self.tr("{n} districts have no neighbour (islands): their "
                                             "LISA class is 'ns'.").format(n=isolated))
        elif spatial:
            feedback.pushInfo(self.tr("No polygons: LISA and Gi* are skipped."))
        feedback.setProgressText(self.tr("Computing the local measures…"))
        try:
            values = local_measures(counts.total, counts.groups, neighbours=neighbours,
                                    multigroup=multigroup, permutations=permutations, seed=seed,
                                    fdr=fdr, alpha=LISA_ALPHA, progress=feedback.setProgress,
                                    is_cancelled=feedback.isCanceled)
        except InputError as exc:
            raise located(exc, layer, counts) from exc
        hidden, suppressed = suppressed_units(counts.total, counts.groups, min_count)
        blank_derived(values, hidden)
        for name, mask in hidden.items():
            values[f"{name}_suppressed"] = mask
        if neighbours is not None:
            n = len(counts.total)
            values.update(zip(LISA_SETTINGS, (np.full(n, permutations, dtype=np.int64),
                                              np.full(n, LISA_ALPHA), np.full(n, fdr, dtype=bool))))
        if suppressed.any():
            feedback.pushInfo(self.tr("{n} districts have values below the minimum count {m}: "
                                      "suppressed.").format(n=int(suppressed.sum()), m=min_count))
        if feedback.isCanceled():
            return {}
        masked = [layer.fields().indexOf(f) for f in [total_field] + list(groups)] if mask_counts else []
        dest = self._write(parameters, context, layer, counts.fids, values, suppressed, masked)
        return {"OUTPUT": dest, "SUPPRESSED": int(suppressed.sum())}

    @staticmethod
    def _check_new_fields(layer, groups, spatial, multigroup):
        """Before computing: no new field may meet an existing one (names are case-blind in
        GeoPackages and shapefiles; an old 'suppressed' would disagree with the summary)."""
        suffixes = ["share", "lq", "dcontrib", "entropy", "simpson"]
        if spatial:
            suffixes += ["lisa", "lisa_i", "lisa_p", "gistar_z", "gistar_p"]
        planned = [f"{g}_{s}" for g in groups for s in suffixes]
        if spatial:
            planned += list(LISA_SETTINGS)
        if multigroup:
            planned += ["diversity_shannon", "diversity_simpson"]
        planned.append("suppressed")
        existing = {n.lower(): n for n in layer.fields().names()}
        clash = [(existing[p.lower()], p) for p in planned if p.lower() in existing]
        if clash:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer}' already has the field(s) {existing}; the output writes {planned} "
                "(field names are case-blind in GeoPackages and shapefiles). Rename or remove them in the layer "
                "first."),
                layer=layer.name(), existing=", ".join(f"'{old}'" for old, _ in clash),
                planned=", ".join(f"'{new}'" for _, new in clash))

    def _write(self, parameters, context, layer, fids, values, suppressed, masked=()):
        fields = QgsFields(layer.fields())
        names = layer.fields().names()
        lower = {n.lower() for n in names}
        for key, column in values.items():
            if key.lower() in lower:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{layer}' already has a field '{key}'; rename it or choose another layer."),
                    layer=layer.name(), key=key)
            kind = FieldType.String if column.dtype == object else \
                FieldType.Bool if column.dtype == bool else \
                FieldType.Int if column.dtype.kind in "iu" else FieldType.Double
            fields.append(QgsField(key, kind))
        if "suppressed" not in names:
            fields.append(QgsField("suppressed", FieldType.Bool))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(),
                                          layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        position = {fid: i for i, fid in enumerate(fids)}
        columns = [(values[k], values[k].dtype) for k in values]
        out = []
        for feat in layer.getFeatures(QgsFeatureRequest()):
            i = position[feat.id()]
            attrs = list(feat.attributes())
            if suppressed[i]:
                for j in masked:        # MASK_COUNTS
                    attrs[j] = None
            for column, dtype in columns:
                v = column[i]
                if dtype == object:
                    attrs.append(None if v is None else str(v))
                elif dtype == bool:
                    attrs.append(bool(v))
                elif dtype.kind in "iu":
                    attrs.append(int(v))
                else:
                    attrs.append(None if v != v else float(v))
            if "suppressed" not in names:
                attrs.append(bool(suppressed[i]))
            f = QgsFeature(fields)
            f.setGeometry(feat.geometry())
            f.setAttributes(attrs)
            out.append(f)
        sink.addFeatures(out, QgsFeatureSink.FastInsert)
        return dest
