"""Shared base of every Milieu Atlas algorithm: naming, translation, error handling, sinks."""
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..compat import FieldType
from ..errors import InputError
from ..paths import icon_path


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
    types = {"str": FieldType.String, "int": FieldType.Int, "double": FieldType.Double,
             "bool": FieldType.Bool}
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
