"""Geometry that changes results without an error is flagged: overlapping units or districts, bow-tie
units (issue 7)."""
import csv

from osgeo import ogr

from .harness import make_districts, run_case


def _set_geometry(path, fid, wkt):
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayer(0)
    f = lyr.GetFeature(fid)
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    lyr.SetFeature(f)
    ds = None


X0, Y0 = 390000.0, 5818000.0


def _copy(data, name):
    path = data["dir"] / name
    path.write_bytes(data["gpkg"].read_bytes())
    return path


def test_overlapping_and_bow_tie_units_are_named_in_the_note(data):
    path = _copy(data, "bad_units.gpkg")
    # feature 2 (second square of the first row) grown 50 m west over feature 1
    _set_geometry(path, 2, f"POLYGON(({X0 + 50} {Y0},{X0 + 200} {Y0},{X0 + 200} {Y0 + 100},{X0 + 50} {Y0 + 100},"
                           f"{X0 + 50} {Y0}))")
    # feature 16 (last square) as a bow-tie
    x, y = X0 + 300, Y0 + 300
    _set_geometry(path, 16, f"POLYGON(({x} {y},{x + 100} {y + 100},{x + 100} {y},{x} {y + 100},{x} {y}))")
    out = data["out"] / "i.csv"
    run = run_case("segregationindices", {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                          "INDICES": ["DELTA", "HSPATIAL"], "OUTPUT": out},
                   inputs=[path], out_dir=None, exit=0)
    with open(out, encoding="utf-8") as fh:
        notes = [r["note"] for r in csv.DictReader(fh)]
    for text in [run.stderr] + notes:
        assert "Units of 'bad_units' overlap (feature(s) 1 and 2)" in text
        assert "1 units of 'bad_units' have invalid geometry (self-intersecting, e.g. a bow-tie: feature(s) 16)" in text


def test_overlapping_districts_are_flagged_in_points_and_areal_mode(data):
    path = _copy(data, "overlapping.gpkg")
    _set_geometry(path, 2, f"POLYGON(({X0 + 50} {Y0},{X0 + 200} {Y0},{X0 + 200} {Y0 + 100},{X0 + 50} {Y0 + 100},"
                           f"{X0 + 50} {Y0}))")
    out = data["out"]
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(out.parent / "pts.gpkg"))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    lyr = ds.CreateLayer("pts", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    for x, y, n in ((X0 + 75, Y0 + 50, 5), (X0 + 350, Y0 + 350, 7)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("n", n)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x} {y})"))
        lyr.CreateFeature(f)
    ds = None
    run = run_case("jointodistricts", {"DISTRICTS": path, "DISTRICT_KEY": "key", "SOURCE": out.parent / "pts.gpkg",
                                       "MODE": "points", "FIELDS": "n", "OUTPUT": out / "j.gpkg"},
                   inputs=[path, out.parent / "pts.gpkg"], out_dir=out, exit=0, outputs=[out / "j.gpkg"])
    assert "Warning: Districts of 'overlapping' overlap (feature(s) 1 and 2)" in run.stderr
    assert "counted in the first of them" in run.stderr
    src = make_districts(out.parent, "src.shp", fields={"pop": [10 * i + 1 for i in range(16)]})
    run = run_case("jointodistricts", {"DISTRICTS": path, "DISTRICT_KEY": "key", "SOURCE": src,
                                       "MODE": "areal", "FIELDS": "pop", "OUTPUT": out / "a.gpkg"},
                   inputs=[path, src], out_dir=out, exit=0, outputs=[out / "j.gpkg", out / "a.gpkg"])
    assert "Districts of 'overlapping' overlap (feature(s) 1 and 2)" in run.stderr
