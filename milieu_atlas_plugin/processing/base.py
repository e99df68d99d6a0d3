"""Shared base of every Milieu Atlas algorithm: naming, translation, error handling, sinks."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core.numbers import NumberFormatError, parse_number
from ..errors import InputError
from ..paths import icon_path

SEED_MAX = 2**31 - 1


class MilieuAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ALG_ID, DISPLAY_NAME, GROUP_ID, GROUP_NAME, HELP and implement
    initAlgorithm and run_checked(parameters, context, feedback) -> dict."""

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "analysis"
    GROUP_NAME = "Analysis"
    HELP = ""

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def name(self):
        return self.ALG_ID

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP_NAME)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.HELP)

    def icon(self):
        return QIcon(icon_path())

    def createInstance(self):  # noqa: N802
        return type(self)()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Number parameters are checked first, with a message that says what is wrong with the value
        (Processing's own check only says 'Incorrect parameter value', and lets '99.7' through as 99)."""
        try:
            from ..qgis_io.sources import check_layer_parameters

            check_layer_parameters(self, parameters)
            check_number_parameters(self, parameters)
        except InputError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        try:
            return self.run_checked(parameters, context, feedback)
        except InputError as exc:
            raise QgsProcessingException(str(exc)) from exc

    def run_checked(self, parameters, context, feedback):
        raise NotImplementedError


def static_enum(name, description, options, default=None, optional=False, multiple=False):
    """An enum parameter that takes and returns its option strings (MODE=points), never indexes
    (contracts.md), so scripts and models stay valid when options are added."""
    return QgsProcessingParameterEnum(name, description, options=options, allowMultiple=multiple,
                                      defaultValue=default, optional=optional,
                                      usesStaticStrings=True)


def table_fields(columns):
    """QgsFields from [(name, 'str'|'int'|'double'|'bool')]."""
    types = {"str": QVariant.String, "int": QVariant.Int, "double": QVariant.Double,
             "bool": QVariant.Bool}
    fields = QgsFields()
    for name, kind in columns:
        fields.append(QgsField(name, types[kind]))
    return fields


def write_table(alg, parameters, name, context, columns, rows):
    """Writes rows (sequences aligned with columns) to a geometry-less sink; returns its dest id.

    Called only after all validation and computation succeeded, so a bad input never leaves a
    half-written file behind."""
    fields = table_fields(columns)
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.NoGeometry)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    feats = []
    for row in rows:
        f = QgsFeature(fields)
        f.setAttributes([None if v is None else v for v in row])
        feats.append(f)
    sink.addFeatures(feats, QgsFeatureSink.FastInsert)
    return dest


def check_number_parameters(alg, parameters):
    """InputError for a number parameter that is no number, is ambiguous ('1.000'), is not whole where a
    whole number is needed ('99.7'), lies outside its range, or is a negative SEED."""
    for p in alg.parameterDefinitions():
        if p.type() != "number":
            continue
        name = p.name()
        raw = parameters.get(name)
        if raw is None or isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
            continue
        if isinstance(raw, str) and not raw.strip():
            continue
        try:
            x = parse_number(raw, name)
        except NumberFormatError as exc:
            raise InputError(str(exc)) from None
        whole = p.dataType() == QgsProcessingParameterNumber.Integer
        lo, hi = p.minimum(), p.maximum()
        if name == "SEED":
            lo, hi = max(lo, 0), min(hi, SEED_MAX)
        if whole:
            hi = min(hi, 2**31 - 1)
            if not float(x).is_integer():
                raise InputError(f"{name} must be a whole number; got '{raw}'.")
        if x < lo or x > hi:
            def show(v):
                return f"{int(v)}" if whole else f"{v:g}"
            open_end = hi >= (2**31 - 1 if whole else 1e300) and name != "SEED"
            rng = f"{show(lo)} or more" if open_end else f"from {show(lo)} to {show(hi)}"
            if lo <= -1e300:
                rng = f"at most {show(hi)}"
            if whole:
                rng = "a whole number " + rng
            raise InputError(f"{name} must be {rng}; got '{raw}'.")
        if isinstance(raw, str):
            text = raw.strip()
            try:
                plain = float(text) if not whole else int(text)
            except ValueError:
                plain = None
            if plain is None or plain != x:
                shown = f"{int(x)}" if whole else f"{x:g}"
                raise InputError(f"{name}='{text}': write it as {shown} (digits and a decimal point only).")
