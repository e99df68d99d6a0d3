"""milieuatlas:segregationchange: has segregation changed between two dates on the same units?"""
import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)


from ..compat import parameter_as_fields
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from ..qgis_io.read import key_field
from .alg_segregation import _num
from .base import MilieuAlgorithm, static_enum, write_table
from .params import check_work, optional_seed, read_unit_counts

CODES = ["D", "GINI", "H", "A", "XPX", "XPY", "ETA2"]
COLUMNS = [("index", "str"), ("group", "str"), ("value_a", "double"), ("value_b", "double"),
           ("difference", "double"), ("ci_low", "double"), ("ci_high", "double"),
           ("p_value", "double"), ("units", "int"), ("note", "str")]


def matched_counts(layer_a, key_a, layer_b, key_b, total_field, groups):
    """Counts of both periods on the units present in both, aligned by key."""
    counts_a = read_unit_counts(layer_a, total_field, groups)
    counts_b = read_unit_counts(layer_b, total_field, groups)
    pos_a = {k: i for i, k in enumerate(key_field(layer_a, key_a)[1])}
    pos_b = {k: i for i, k in enumerate(key_field(layer_b, key_b)[1])}
    for layer, field, pos, n in ((layer_a, key_a, pos_a, len(counts_a.total)),
                                 (layer_b, key_b, pos_b, len(counts_b.total))):
        if len(pos) != n:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer}', field '{field}': keys are not unique."),
                layer=layer.name(), field=field)
    common = sorted(set(pos_a) & set(pos_b) - {None})
    if len(common) < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layers '{layer_a}' and '{layer_b}' share fewer than two keys ('{key_a}' / '{key_b}'): "
            "nothing to compare."),
            layer_a=layer_a.name(), layer_b=layer_b.name(), key_a=key_a, key_b=key_b)
    ia = np.array([pos_a[k] for k in common])
    ib = np.array([pos_b[k] for k in common])
    only = (len(pos_a) - len(common), len(pos_b) - len(common))
    return counts_a, counts_b, ia, ib, only


class SegregationChange(MilieuAlgorithm):
    ALG_ID = "segregationchange"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("SegregationChange", "Segregation change between two dates")
    GROUP_ID = "segregation"
    GROUP_NAME = QT_TRANSLATE_NOOP("SegregationChange", "Segregation and concentration")
    HELP = QT_TRANSLATE_NOOP(
        "SegregationChange",
        "Compares segregation indices of two dates (or two data sets) on the same units, "
        "matched by key: value at A, value at B, difference B − A with a bias-corrected "
        "bootstrap confidence interval and a two-sided bootstrap p-value for 'no change'. "
        "Units present at only one date are left out and counted in the note.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT_A", self.tr("Units at date A (earlier)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "KEY_A", self.tr("Unit key at date A"), parentLayerParameterName="INPUT_A"))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT_B", self.tr("Units at date B (later)"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "KEY_B", self.tr("Unit key at date B"), parentLayerParameterName="INPUT_B"))
        self.addParameter(QgsProcessingParameterField(
            "TOTAL_FIELD", self.tr("Total population field (in both)"),
            parentLayerParameterName="INPUT_A"))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_FIELDS", self.tr("Group count fields (in both)"),
            parentLayerParameterName="INPUT_A", allowMultiple=True))
        self.addParameter(static_enum("INDICES", self.tr("Indices (default: D)"), CODES,
                                      optional=True, multiple=True))
        self.addParameter(QgsProcessingParameterNumber(
            "BOOTSTRAP", self.tr("Bootstrap replicates"), QgsProcessingParameterNumber.Integer,
            defaultValue=999, minValue=99))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Change table"), QgsProcessing.TypeVector))

    def run_checked(self, parameters, context, feedback):
        from ..core.inference import compare_periods

        layer_a = self.parameterAsVectorLayer(parameters, "INPUT_A", context)
        layer_b = self.parameterAsVectorLayer(parameters, "INPUT_B", context)
        key_a = self.parameterAsString(parameters, "KEY_A", context)
        key_b = self.parameterAsString(parameters, "KEY_B", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        groups = parameter_as_fields(self, parameters, "GROUP_FIELDS", context)
        codes = [c for c in self.parameterAsEnumStrings(parameters, "INDICES", context) if c] or ["D"]
        bootstrap = self.parameterAsInt(parameters, "BOOTSTRAP", context)
        seed = optional_seed(self, parameters, context)
        a, b, ia, ib, only = matched_counts(layer_a, key_a, layer_b, key_b, total_field, groups)
        check_work("BOOTSTRAP", bootstrap, len(ia), 2 * len(codes) * max(len(groups), 1))
        parts = [translated(QT_TRANSLATE_NOOP("MilieuAtlas", "{n} units in both"), n=len(ia))]
        if any(only):
            parts.append(translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "left out: {a} only at A, {b} only at B"), a=only[0], b=only[1]))
            feedback.pushWarning("; ".join(parts))
        empty = (int((a.total[ia] <= 0).sum()), int((b.total[ib] <= 0).sum()))
        if any(empty):
            parts.append(translated(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "without population (no weight at that date): {a} at A, {b} at B"),
                a=empty[0], b=empty[1]))
        parts.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "difference B - A, {bootstrap} parametric bootstrap draws per date, bias-corrected 95% "
            "interval, two-sided p"), bootstrap=bootstrap))
        note = "; ".join(parts)
        table = []
        rng_seed = seed
        for code in codes:
            for g in groups:
                res = compare_periods(a.total[ia], a.groups[g][ia], b.total[ib], b.groups[g][ib],
                                      index=code, bootstrap=bootstrap, seed=rng_seed,
                                      is_cancelled=feedback.isCanceled)
                units = len(ia)     # every unit in both: an empty unit carries no weight at its date
                table.append([code, g, _num(res["value_a"]), _num(res["value_b"]),
                              _num(res["difference"]), _num(res["ci_low"]), _num(res["ci_high"]),
                              _num(res["p_value"]), units, note])
                feedback.pushInfo(f"{code} {g}: {res['value_a']:.4f} → {res['value_b']:.4f} "
                                  f"(Δ {res['difference']:+.4f}, p = {res['p_value']:.3f})")
                feedback.setProgress(100.0 * len(table) / (len(codes) * len(groups)))
                if feedback.isCanceled():
                    return {}
        dest = write_table(self, parameters, "OUTPUT", context, COLUMNS, table)
        return {"OUTPUT": dest}
