"""Input files that cannot be used: the message says which file and what is wrong with it (issue 7)."""
import shutil

import pytest
from osgeo import gdal, ogr

from .harness import make_csv, run_case


def _indices(data, value, **extra):
    params = {"INPUT": value, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "INDICES": "D",
              "OUTPUT": data["out"] / "i.csv"}
    params.update(extra)
    return params


def _png(path):
    ds = gdal.GetDriverByName("MEM").Create("", 8, 8, 1)
    gdal.GetDriverByName("PNG").CreateCopy(str(path), ds)
    return path


def _garbage(path):
    path.write_bytes(b"\x00\x01\x02 not a GIS file")
    return path


def _truncated(data):
    path = data["dir"] / "truncated.gpkg"
    path.write_bytes(data["gpkg"].read_bytes()[:20000])
    return path


def _two_layers(data):
    path = data["dir"] / "two.gpkg"
    shutil.copy(data["gpkg"], path)
    ds = ogr.Open(str(path), 1)
    ds.CopyLayer(ds.GetLayer(0), "second")      # a second layer in the same file
    ds = None
    return path


@pytest.mark.parametrize("make,message", [
    (lambda d: d["dir"] / "missing.gpkg", "INPUT: file not found: "),
    (lambda d: _png(d["dir"] / "picture.png"), "picture.png is a raster (image), not a vector layer or table"),
    (_truncated, "truncated.gpkg cannot be opened"),
    (lambda d: _garbage(d["dir"] / "garbage.dat"), "garbage.dat cannot be opened"),
    (_two_layers, ["two.gpkg has 2 layers (districts, second)", "two.gpkg|layername=districts"]),
])
def test_input_file_refused_with_the_reason(data, make, message):
    path = make(data)
    inputs = data["inputs"] + ([path] if path.exists() else [])
    run_case("segregationindices", _indices(data, path), inputs=inputs, out_dir=data["out"], exit=1,
             message=message)


def test_a_named_layer_of_a_multi_layer_file_is_used(data):
    path = _two_layers(data)
    run_case("segregationindices", _indices(data, f"{path}|layername=second"), inputs=data["inputs"] + [path],
             out_dir=data["out"], exit=0, outputs=[data["out"] / "i.csv"])
    run_case("segregationindices", _indices(data, f"{path}|layername=third"), inputs=data["inputs"] + [path],
             out_dir=data["out"], exit=1, message="has no layer 'third'; it has districts, second")


def test_join_source_and_processing_run_get_the_reason(data, processing_registry):
    out = data["out"]
    run_case("jointodistricts", {"DISTRICTS": data["gpkg"], "DISTRICT_KEY": "key", "SOURCE": data["dir"] / "nope.csv",
                                 "MODE": "key", "SOURCE_KEY": "skey", "FIELDS": "pop", "OUTPUT": out / "j.gpkg"},
             inputs=data["inputs"], out_dir=out, exit=1, message="SOURCE: file not found")
    run_case("segregationindices", _indices(data, str(_truncated(data))), inputs=data["inputs"], out_dir=out,
             exit=1, message="truncated.gpkg cannot be opened", via="processing")


def test_an_absurd_count_is_refused(data):
    rows = [(f"D{i + 1:02d}", 100 + i, 7) for i in range(15)] + [("D16", "1e308", 5)]
    table = make_csv(data["dir"], "huge.csv", ["key", "total", "grp"], rows)
    run_case("segregationindices", _indices(data, table), inputs=data["inputs"] + [table], out_dir=data["out"],
             exit=1, message="field 'total': feature 16 has 1e+308, more than 1e+15: not a count")
