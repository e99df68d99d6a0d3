"""Every difference between the QGIS releases the plugin runs on (Debian 12: QGIS 3.22, Debian 13:
QGIS 3.40 LTR) lives here, so the rest of the code is written once. Rules for the code elsewhere:

* field types: `QgsField(name, FieldType.Double)` (QGIS >= 3.38 takes QMetaType.Type, 3.22 only
  QVariant.Type; QVariant.Type is gone in Qt 6);
* geometry types given to `parameterAsSink` / sinks: `wkb_type(x)` for anything that may be a plain
  int (3.40's Qgis.WkbType is a scoped enum: an int raises "argument 5 has unexpected type 'int'");
  QgsWkbTypes.<Name> and layer.wkbType() are fine as they are;
* `parameter_as_fields(alg, parameters, name, context)` instead of `alg.parameterAsFields(...)`
  (deprecated in 3.32 for parameterAsStrings, which 3.22 lacks);
* texts of print layouts: `set_label_font(label, font, color)` instead of QgsLayoutItemLabel.setFont /
  setFontColor (deprecated since 3.24: text formats), `set_legend_font(legend, style, font, color)`
  instead of QgsLayoutItemLegend.setStyleFont / setFontColor (deprecated since 3.30); fonts carry their
  size in points (QFont.setPointSizeF);
* no `PyQt5` import (only `qgis.PyQt`), Qt enums in scoped form (`Qt.AlignmentFlag.AlignLeft`):
  tests/test_code_layout.py checks both, `python scripts/qt_style.py --fix` rewrites the enums;
* no QGIS version test outside this module.

tests/test_code_layout.py also fails on the deprecated calls named above outside this module. The demo
sheet and the district atlas, rendered on both releases, look the same (checked by eye).
Nothing here imports heavy modules; `QGIS_VERSION_INT` is e.g. 32216 or 34006.
"""
from qgis.core import (
    Qgis,
    QgsLayoutItemLabel,
    QgsLegendStyle,
    QgsProcessingAlgorithm,
    QgsUnitTypes,
    QgsWkbTypes,
)

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



def parameter_as_fields(alg, parameters, name, context):
    """The field names of a field parameter (list of str)."""
    if hasattr(QgsProcessingAlgorithm, "parameterAsStrings"):  # QGIS >= 3.32
        return alg.parameterAsStrings(parameters, name, context)
    return alg.parameterAsFields(parameters, name, context)


def _text_format(fmt, font, color):
    fmt.setFont(font)
    fmt.setSize(font.pointSizeF())
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    if color is not None:
        fmt.setColor(color)
    return fmt


def set_label_font(label, font, color=None):
    """Font (size in points) and, when given, colour of a QgsLayoutItemLabel."""
    if hasattr(QgsLayoutItemLabel, "setTextFormat"):  # QGIS >= 3.24
        label.setTextFormat(_text_format(label.textFormat(), font, color))
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def set_legend_font(legend, style, font, color):
    """Font (size in points) and colour of one QgsLegendStyle of a QgsLayoutItemLegend."""
    if hasattr(QgsLegendStyle, "setTextFormat"):  # QGIS >= 3.30
        rstyle = legend.rstyle(style)
        rstyle.setTextFormat(_text_format(rstyle.textFormat(), font, color))
        return
    legend.setStyleFont(style, font)
    legend.setFontColor(color)  # 3.22: one colour for every text of the legend


def qgis_version_text():
    """The running QGIS version as text (e.g. '3.22.16-Białowieża'), for provenance records."""
    return Qgis.QGIS_VERSION


def set_label_color(label, color):
    """Text colour of a QgsLayoutItemLabel, keeping its font."""
    if hasattr(QgsLayoutItemLabel, "setTextFormat"):  # QGIS >= 3.24
        fmt = label.textFormat()
        fmt.setColor(color)
        label.setTextFormat(fmt)
        return
    label.setFontColor(color)


def label_over_point():
    """The 'over point' label placement: Qgis.LabelPlacement on QGIS >= 3.26 (on 3.40 the old
    QgsPalLayerSettings.OverPoint name resolves to the predefined-position enum and is refused)."""
    if hasattr(Qgis, "LabelPlacement"):
        return Qgis.LabelPlacement.OverPoint
    from qgis.core import QgsPalLayerSettings

    return QgsPalLayerSettings.OverPoint


def ensure_proj_data():
    """pyproj inside a venv (Debian 13's python3-pyproj 3.7) looks for PROJ's data under the venv's
    prefix and fails; point it at the system's PROJ data when nothing else is set."""
    import os

    if not (os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB")):
        for folder in ("/usr/share/proj",):
            if os.path.exists(os.path.join(folder, "proj.db")):
                os.environ["PROJ_DATA"] = folder
                break
