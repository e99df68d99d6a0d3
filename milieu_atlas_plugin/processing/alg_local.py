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
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..compat import FieldType
from ..errors import InputError
from .base import MilieuAlgorithm
from .params import located, optional_seed, read_unit_counts


def suppression_mask(total, groups, min_count):
    """Units where a published value would reveal fewer than `min_count` persons (per group)."""
    hidden = {}
    small_total = (total > 0) & (total < min_count)
    for name, x in groups.items():
        hidden[name] = small_total | ((x > 0) & (x < min_count))
    return hidden


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
        "contiguity) and Getis-Ord Gi*. Values that would reveal fewer than 'Minimum count' "
        "persons are left empty and the district is marked in the field 'suppressed'.")

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
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with local measures"), QgsProcessing.TypeVectorAnyGeometry))

    def run_checked(self, parameters, context, feedback):
        from ..core.local import local_measures

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        groups = self.parameterAsFields(parameters, "GROUP_FIELDS", context)
        multigroup = self.parameterAsBool(parameters, "MULTIGROUP", context)
        spatial = self.parameterAsBool(parameters, "SPATIAL", context)
        permutations = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        seed = optional_seed(self, parameters, context)
        fdr = self.parameterAsBool(parameters, "FDR", context)
        min_count = self.parameterAsInt(parameters, "MIN_COUNT", context)

        counts = read_unit_counts(layer, total_field, groups, feedback=feedback)
        neighbours = None
        if spatial and layer.isSpatial() and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
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
        try:
            values = local_measures(counts.total, counts.groups, neighbours=neighbours,
                                    multigroup=multigroup, permutations=permutations, seed=seed,
                                    fdr=fdr)
        except InputError as exc:
            raise located(exc, layer, counts) from exc
        hidden = suppression_mask(counts.total, counts.groups, min_count)
        suppressed = np.zeros(len(counts.total), dtype=bool)
        for name, mask in hidden.items():
            suppressed |= mask
            for key in list(values):
                if key.startswith(name + "_") and key[len(name) + 1:] in (
                        "share", "lq", "dcontrib", "entropy", "simpson"):
                    column = values[key].astype(float)
                    column[mask] = np.nan
                    values[key] = column
        if suppressed.any():
            feedback.pushInfo(self.tr("{n} districts have values below the minimum count {m}: "
                                      "suppressed.").format(n=int(suppressed.sum()), m=min_count))
        if feedback.isCanceled():
            return {}
        dest = self._write(parameters, context, layer, counts.fids, values, suppressed)
        return {"OUTPUT": dest, "SUPPRESSED": int(suppressed.sum())}

    def _write(self, parameters, context, layer, fids, values, suppressed):
        fields = QgsFields(layer.fields())
        names = layer.fields().names()
        for key, column in values.items():
            if key in names:
                raise InputError(f"Layer '{layer.name()}' already has a field '{key}'; rename it or "
                                 "choose another layer.")
            kind = FieldType.String if column.dtype == object else FieldType.Double
            fields.append(QgsField(key, kind))
        if "suppressed" not in names:
            fields.append(QgsField("suppressed", FieldType.Bool))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(),
                                          layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        position = {fid: i for i, fid in enumerate(fids)}
        columns = [(values[k], values[k].dtype == object) for k in values]
        out = []
        for feat in layer.getFeatures(QgsFeatureRequest()):
            i = position[feat.id()]
            attrs = list(feat.attributes())
            for column, is_text in columns:
                v = column[i]
                attrs.append(str(v) if is_text else (None if v != v else float(v)))
            if "suppressed" not in names:
                attrs.append(bool(suppressed[i]))
            f = QgsFeature(fields)
            f.setGeometry(feat.geometry())
            f.setAttributes(attrs)
            out.append(f)
        sink.addFeatures(out, QgsFeatureSink.FastInsert)
        return dest
