"""Every difference between the QGIS releases the plugin runs on (Debian 12: QGIS 3.22, Debian 13:
QGIS 3.40 LTR) lives here, so the rest of the code is written once. Rules for the code elsewhere:

* field types: `QgsField(name, FieldType.Double)` (QGIS >= 3.38 takes QMetaType.Type, 3.22 only
  QVariant.Type; QVariant.Type is gone in Qt 6);
* geometry types given to `parameterAsSink` / sinks: `wkb_type(x)` for anything that may be a plain
  int (3.40's Qgis.WkbType is a scoped enum: an int raises "argument 5 has unexpected type 'int'");
  QgsWkbTypes.<Name> and layer.wkbType() are fine as they are;
* no `PyQt5` import (only `qgis.PyQt`), Qt enums in scoped form (`Qt.AlignmentFlag.AlignLeft`):
  tests/test_code_layout.py checks both, `python scripts/qt_style.py --fix` rewrites the enums;
* no QGIS version test outside this module.

Checked by rendering the demo sheet and the district atlas on both releases: print layouts, legends
and scale bars built as in cartography/ look the same on 3.22 and 3.40, so nothing of them is here.
Nothing here imports heavy modules; `QGIS_VERSION_INT` is e.g. 32216 or 34006.
"""
from qgis.core import Qgis, QgsWkbTypes

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

