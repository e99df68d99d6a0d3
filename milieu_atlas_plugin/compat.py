"""Every difference between the QGIS releases the plugin runs on (Debian 12: QGIS 3.22, Debian 13:
QGIS 3.40 LTR) lives here, so the rest of the code is written once. Rules for the code elsewhere:

* field types: `QgsField(name, FieldType.Double)` (QGIS >= 3.38 takes QMetaType.Type, 3.22 only
  QVariant.Type; QVariant.Type is gone in Qt 6);
* geometry types given to `parameterAsSink` / sinks: `wkb_type(x)` for anything that may be a plain
  int (3.40's Qgis.WkbType is a scoped enum: an int raises "argument 5 has unexpected type 'int'");
  QgsWkbTypes.<Name> and layer.wkbType() are fine as they are;
* fonts of layout labels, legend styles and scale bars: `set_label_font`, `set_legend_font`,
  `set_scalebar_font` (setFont/setStyleFont are deprecated since 3.24/3.30, and a QFont's point size
  is read differently from a QgsTextFormat's by the legend of 3.34+);

Nothing here imports heavy modules; `QGIS_VERSION_INT` is e.g. 32216 or 34006.
"""
from qgis.core import Qgis, QgsTextFormat, QgsUnitTypes, QgsWkbTypes

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    class FieldType:
        """QgsField types (QMetaType.Type on QGIS >= 3.38)."""
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        LongLong = QMetaType.Type.LongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
else:
    from qgis.PyQt.QtCore import QVariant

    class FieldType:
        """QgsField types (QVariant.Type on QGIS < 3.38)."""
        String = QVariant.Type.String
        Int = QVariant.Type.Int
        LongLong = QVariant.Type.LongLong
        Double = QVariant.Type.Double
        Bool = QVariant.Type.Bool
        Date = QVariant.Type.Date
        DateTime = QVariant.Type.DateTime


_WKB_ENUM = getattr(Qgis, "WkbType", None) or QgsWkbTypes.Type


def wkb_type(value):
    """A geometry type as the enum this QGIS expects (accepts the enum itself or its int value)."""
    if isinstance(value, _WKB_ENUM):
        return value
    return _WKB_ENUM(int(value))


def text_format(font, color=None):
    """A QgsTextFormat from a QFont whose size is in points (and an optional QColor)."""
    fmt = QgsTextFormat.fromQFont(font)
    fmt.setSize(font.pointSizeF())
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    if color is not None:
        fmt.setColor(color)
    return fmt


def qgis_version_text():
    """The running QGIS version as text (e.g. '3.22.16-Białowieża'), for provenance records."""
    return Qgis.QGIS_VERSION
