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

from milieu_atlas_plugin.compat import QGIS_VERSION_INT, FieldType, wkb_type


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
