"""milieu_atlas_plugin.compat: the same calls work on QGIS 3.22 and 3.40."""
import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsVectorLayer,
    QgsWkbTypes,
)

from milieu_atlas_plugin.compat import QGIS_VERSION_INT, FieldType, parameter_as_fields, wkb_type


def test_version_is_a_release_we_support():
    assert 32200 <= QGIS_VERSION_INT < 40000


@pytest.mark.parametrize("name, value, type_name", [
    ("String", "abc", "string"), ("Int", 7, "integer"), ("LongLong", 2 ** 40, "int8"),
    ("Double", 1.5, "double"), ("Bool", True, "boolean")])
def test_field_types_round_trip_through_a_memory_layer(qgis_app, name, value, type_name):
    layer = QgsVectorLayer("None", "t", "memory")
    assert layer.dataProvider().addAttributes([QgsField("f", getattr(FieldType, name))])
    layer.updateFields()
    assert layer.fields().field("f").typeName().lower() == type_name
    feat = QgsFeature(layer.fields())
    feat["f"] = value
    assert layer.dataProvider().addFeatures([feat])[0]
    got = next(layer.getFeatures())["f"]
    assert got == value and type(got) is type(value)


def test_wkb_type_accepts_ints_and_enums():
    assert wkb_type(100) == QgsWkbTypes.NoGeometry
    assert wkb_type(QgsWkbTypes.MultiPolygon) == QgsWkbTypes.MultiPolygon
    assert wkb_type(int(QgsWkbTypes.Point)) == QgsWkbTypes.Point


def test_a_sink_takes_the_geometry_type_from_wkb_type(processing_registry, tmp_path):
    """What failed on 3.40 with an int: parameterAsSink(..., 100) → 'argument 5 has unexpected type'."""
    alg = processing_registry.algorithmById("milieuatlas:jointodistricts")
    context = QgsProcessingContext()
    fields = QgsFields()
    fields.append(QgsField("n", FieldType.Double))
    out = str(tmp_path / "u.gpkg")
    params = {"UNMATCHED": QgsProcessingOutputLayerDefinition(out)}
    sink, dest = alg.parameterAsSink(params, "UNMATCHED", context, fields, wkb_type(int(QgsWkbTypes.Point)))
    feat = QgsFeature(fields)
    feat.setGeometry(QgsGeometry.fromWkt("POINT(1 2)"))
    feat["n"] = 2.5
    assert sink.addFeature(feat)
    del sink
    layer = QgsVectorLayer(dest, "u", "ogr")
    assert layer.wkbType() == QgsWkbTypes.Point and [f["n"] for f in layer.getFeatures()] == [2.5]


def _font(size, bold=False):
    from qgis.PyQt.QtGui import QFont

    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def test_label_font_sets_the_size_in_points(qgis_app):
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout, QgsProject

    from milieu_atlas_plugin.compat import set_label_font

    layout = QgsPrintLayout(QgsProject.instance())
    label = QgsLayoutItemLabel(layout)
    label.setText("Segregation index")
    set_label_font(label, _font(9))
    small = label.sizeForText()
    set_label_font(label, _font(18))
    big = label.sizeForText()
    # 18 pt is twice 9 pt; 1 pt = 0.3528 mm, the text is ~ 9 characters of ~0.55 em
    assert big.width() / small.width() == pytest.approx(2.0, rel=0.1)
    assert 4.0 < big.height() < 12.0


def test_legend_font_sizes_the_legend(qgis_app):
    from qgis.core import QgsLayoutItemLegend, QgsLegendStyle, QgsPrintLayout, QgsProject
    from qgis.PyQt.QtGui import QColor

    from milieu_atlas_plugin.cartography.layouts import legend_height_mm
    from milieu_atlas_plugin.compat import set_legend_font

    project = QgsProject()
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "districts", "memory")
    project.addMapLayer(layer)
    heights = []
    for size in (9, 18):
        layout = QgsPrintLayout(project)
        legend = QgsLayoutItemLegend(layout)
        layout.addLayoutItem(legend)
        legend.setTitle("Location quotient")
        set_legend_font(legend, QgsLegendStyle.Title, _font(size, True), QColor("#1a1a1a"))
        set_legend_font(legend, QgsLegendStyle.SymbolLabel, _font(size), QColor("#1a1a1a"))
        heights.append(legend_height_mm(legend, layout))
    # the title alone grows by 9 pt = 3.2 mm; labels next to 4 mm symbols grow the rest a little
    assert heights[1] - heights[0] >= 9 * 0.3528


def test_parameter_as_fields_gives_the_names(processing_registry):
    alg = processing_registry.algorithmById("milieuatlas:segregationindices")
    names = parameter_as_fields(alg, {"GROUP_FIELDS": ["mh", "auslaender"]}, "GROUP_FIELDS",
                                QgsProcessingContext())
    assert list(names) == ["mh", "auslaender"]
