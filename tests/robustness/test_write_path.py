"""The write path as a new algorithm sees it (e.g. a raster algorithm written with
files.temp_beside/publish next to a sink): nothing of its own to do, outputs complete or absent."""
import os

import pytest

from milieu_atlas_plugin import files
from milieu_atlas_plugin.errors import InputError


def _algorithm(fail=None):
    from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessing,
                           QgsProcessingParameterFeatureSink, QgsProcessingParameterRasterDestination,
                           QgsProcessingParameterVectorLayer, QgsWkbTypes)
    from milieu_atlas_plugin.compat import FieldType

    from milieu_atlas_plugin.processing.base import MilieuAlgorithm

    class RasterAndTable(MilieuAlgorithm):
        ALG_ID = "test_raster_and_table"

        def initAlgorithm(self, config=None):  # noqa: N802
            self.addParameter(QgsProcessingParameterVectorLayer("INPUT", "in", [QgsProcessing.TypeVector]))
            self.addParameter(QgsProcessingParameterRasterDestination("RASTER", "raster"))
            self.addParameter(QgsProcessingParameterFeatureSink("TABLE", "table", QgsProcessing.TypeVector))

        def run_checked(self, parameters, context, feedback):
            from osgeo import gdal

            raster = self.parameterAsOutputLayer(parameters, "RASTER", context)
            tmp = files.temp_beside(raster, ".tif")
            ds = gdal.GetDriverByName("GTiff").Create(tmp, 4, 4, 1, gdal.GDT_Float32)
            ds.GetRasterBand(1).Fill(7.0)
            ds = None
            files.publish(tmp, raster)
            assert not os.path.exists(raster)  # inside a run: moved only when the run commits
            fields = QgsFields()
            fields.append(QgsField("v", FieldType.Double))
            sink, dest = self.parameterAsSink(parameters, "TABLE", context, fields, QgsWkbTypes.NoGeometry)
            f = QgsFeature(fields)
            f.setAttributes([1.5])
            sink.addFeatures([f])
            if fail == "error":
                raise InputError("Layer 'x': something is wrong.")
            if fail == "cancel":
                feedback.cancel()
            return {"RASTER": raster, "TABLE": dest}

    alg = RasterAndTable()
    alg.initAlgorithm()
    return alg


def _run(alg, params):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    return alg.run(params, QgsProcessingContext(), feedback)


@pytest.mark.parametrize("fail", [None, "error", "cancel"])
def test_a_new_algorithm_gets_the_write_path(data, processing_registry, fail):
    out = data["out"]
    params = {"INPUT": str(data["gpkg"]), "RASTER": str(out / "r.tif"), "TABLE": str(out / "t.csv")}
    results, ok = _run(_algorithm(fail), params)
    if fail is None:
        assert ok and results["RASTER"] == str(out / "r.tif") and results["TABLE"] == str(out / "t.csv")
        assert sorted(p.name for p in out.iterdir()) == ["r.tif", "t.csv"]
        assert (out / "t.csv").read_text().splitlines()[1].strip(",") == "1.5"
    else:
        assert not ok
        assert list(out.iterdir()) == []


@pytest.mark.parametrize("raster, table, message", [
    ("{in}/districts.gpkg", "{out}/t.csv", "input file"), ("{out}", "{out}/t.csv", "folder"),
    ("{out}/r.xyz", "{out}/t.csv", ".xyz"), ("{out}/r.tif", "{out}/r.tif", "same file"),
])
def test_a_new_algorithms_destinations_are_checked(data, processing_registry, raster, table, message):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Errors(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.errors.append(error)

    out = data["out"]
    where = {"out": out, "in": data["dir"]}
    params = {"INPUT": str(data["gpkg"]), "RASTER": raster.format(**where), "TABLE": table.format(**where)}
    feedback = Errors()
    _, ok = _algorithm().run(params, QgsProcessingContext(), feedback)
    assert not ok
    assert message in " ".join(feedback.errors)
    assert list(out.iterdir()) == []


def test_outside_a_run_publish_renames_at_once(tmp_path):
    tmp = files.temp_beside(tmp_path / "a.txt", ".txt")
    with open(tmp, "w") as fh:
        fh.write("x")
    files.publish(tmp, tmp_path / "a.txt")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_same_file_sees_links_sidecars_and_layer_names(tmp_path):
    (tmp_path / "d.shp").write_bytes(b"x")
    (tmp_path / "d.dbf").write_bytes(b"y")
    (tmp_path / "g.gpkg").write_bytes(b"z")
    os.link(tmp_path / "g.gpkg", tmp_path / "hard.gpkg")
    assert files.same_file(str(tmp_path / "d.dbf"), str(tmp_path / "d.shp"))
    assert files.same_file(str(tmp_path / "hard.gpkg"), files.plain_path(f"{tmp_path}/g.gpkg|layername=g"))
    assert files.same_file(str(tmp_path / "new.shp"), str(tmp_path / "new.dbf"))
    assert not files.same_file(str(tmp_path / "d.csv"), str(tmp_path / "d.shp"))
    assert files.plain_path("memory:") is None and files.plain_path("TEMPORARY_OUTPUT") is None

