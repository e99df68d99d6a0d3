"""CRS and keys: a layer without CRS in longitude/latitude, the one UTM picker, Unicode keys (issue 7)."""
import pytest
from osgeo import ogr

from .harness import make_csv, make_districts, run_case


def _no_crs_grid(path, x0, y0, size):
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))   # no .prj: no CRS
    lyr = ds.CreateLayer("grid", None, ogr.wkbPolygon)
    for name in ("total", "grp"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    for i in range(16):
        r, c = divmod(i, 4)
        x, y = x0 + c * size, y0 + r * size
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("total", 100 + 10 * i)
        f.SetField("grp", 7 + (3 * i) % 40)
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))"))
        lyr.CreateFeature(f)
    ds = None
    return path


def test_lon_lat_without_crs_is_refused_for_distance_indices(data):
    path = _no_crs_grid(data["dir"] / "lonlat.shp", 13.40, 52.50, 0.002)
    params = {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "OUTPUT": data["out"] / "i.csv"}
    run_case("segregationindices", params, inputs=[path], out_dir=data["out"], exit=1,
             message=["has no CRS and its coordinates", "like longitude/latitude", "Set the layer's CRS"])
    # the aspatial indices need no distances
    run_case("segregationindices", dict(params, INDICES="D"), inputs=[path], out_dir=data["out"], exit=0,
             outputs=[data["out"] / "i.csv"])


def test_metric_coordinates_without_crs_are_taken_as_metres_and_said(data):
    path = _no_crs_grid(data["dir"] / "metres.shp", 390000.0, 5818000.0, 100.0)
    run = run_case("segregationindices", {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                          "INDICES": "DELTA", "OUTPUT": data["out"] / "i.csv"},
                   inputs=[path], out_dir=data["out"], exit=0, outputs=[data["out"] / "i.csv"])
    assert "has no CRS: its coordinates are taken as metres" in run.stderr


@pytest.mark.parametrize("lon,lat,epsg", [(13.4, 52.5, 25833), (8.8, 53.1, 25832), (-9.1, 38.7, 25829),
                                          (-74.0, 40.7, 32618), (151.2, -33.9, 32756), (45.0, 50.0, 32638),
                                          (179.9, 10.0, 32660), (-180.0, -10.0, 32701)])
def test_one_utm_picker(qgis_app, lon, lat, epsg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    from milieu_atlas_plugin.cartography.layouts import sheet_crs
    from milieu_atlas_plugin.qgis_io.crs import utm_for, utm_zone_crs

    assert utm_zone_crs(lon, lat).authid() == f"EPSG:{epsg}"
    box = QgsRectangle(lon - 0.01, lat - 0.01, lon + 0.01, lat + 0.01)
    assert utm_for(QgsCoordinateReferenceSystem("EPSG:4326"), box).authid() == f"EPSG:{epsg}"
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs=EPSG:4326", "p", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
    layer.dataProvider().addFeature(f)
    layer.updateExtents()
    assert sheet_crs(layer).authid() == f"EPSG:{epsg}"


def test_empty_lon_lat_layer_gets_a_metric_crs_without_error(qgis_app):
    """QGIS 3.40 gives an empty layer a NaN extent (3.22 a null one); neither may reach the UTM picker."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer

    from milieu_atlas_plugin.qgis_io.crs import metric_crs, utm_for

    empty = QgsVectorLayer("Polygon?crs=EPSG:4326&field=g:double", "m", "memory")
    assert metric_crs(empty).authid() == "EPSG:25832"
    nan = float("nan")
    assert utm_for(QgsCoordinateReferenceSystem("EPSG:4326"), QgsRectangle(nan, nan, nan, nan)).authid() == "EPSG:25832"
    assert utm_for(QgsCoordinateReferenceSystem("EPSG:4326"), QgsRectangle()).authid() == "EPSG:25832"


def test_keys_in_nfd_and_nfc_meet(data):
    nfc = [f"Sch\u00f6neberg {i}" for i in range(16)]
    districts = make_districts(data["dir"], "umlaut.gpkg", keys=nfc)
    rows = [(f"Scho\u0308neberg {i}", 10 + i) for i in range(16)]          # o + combining diaeresis
    csv = make_csv(data["dir"], "nfd.csv", ["skey", "pop"], rows)
    out = data["out"]
    run = run_case("jointodistricts", {"DISTRICTS": districts, "DISTRICT_KEY": "key", "SOURCE": csv, "MODE": "key",
                                       "SOURCE_KEY": "skey", "FIELDS": "pop", "OUTPUT": out / "j.gpkg"},
                   inputs=[districts, csv], out_dir=out, exit=0, outputs=[out / "j.gpkg"])
    assert '"UNMATCHED_COUNT": 0' in run.stdout
    ds = ogr.Open(str(out / "j.gpkg"))
    assert sorted(f.GetField("pop") for f in ds.GetLayer(0)) == [10 + i for i in range(16)]


def test_equal_area_cells_in_lon_lat_give_the_same_aco_as_projected(data):
    """16 equal squares in EPSG:25833 and the same squares stored in EPSG:4326: ACO and RCO are undefined for
    both (equal areas), not a number made of reprojection noise (ACO 0.469 before)."""
    from osgeo import osr

    path = data["dir"] / "lonlat4326.gpkg"
    src = ogr.Open(str(data["gpkg"]))
    dst_srs = osr.SpatialReference()
    dst_srs.ImportFromEPSG(4326)
    dst_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src_srs = src.GetLayer(0).GetSpatialRef()
    src_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src_srs, dst_srs)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("cells", dst_srs, ogr.wkbPolygon)
    for name in ("total", "grp"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    for f in src.GetLayer(0):
        g = f.GetGeometryRef().Clone()
        g.Transform(ct)
        out = ogr.Feature(lyr.GetLayerDefn())
        out.SetField("total", f.GetField("total"))
        out.SetField("grp", f.GetField("grp"))
        out.SetGeometry(g)
        lyr.CreateFeature(out)
    ds = src = None
    values = {}
    for name, layer in (("projected", data["gpkg"]), ("lonlat", path)):
        out = data["out"] / f"{name}.csv"
        run_case("segregationindices", {"INPUT": layer, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                        "INDICES": ["ACO", "RCO", "DELTA"], "OUTPUT": out},
                 inputs=data["inputs"] + [path], out_dir=None, exit=0)
        import csv

        with open(out, encoding="utf-8") as fh:
            values[name] = {r["index"]: r["value"] for r in csv.DictReader(fh)}
    assert values["projected"]["ACO"] == "" and values["lonlat"]["ACO"] == ""
    assert values["projected"]["RCO"] == "" and values["lonlat"]["RCO"] == ""
    assert float(values["lonlat"]["DELTA"]) == pytest.approx(float(values["projected"]["DELTA"]), abs=1e-9)
