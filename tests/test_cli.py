"""The headless command line, called as a user would call it (a subprocess)."""
import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from .conftest import PLR_SHP, ROOT, T1_2024_PLR

MH = "inhabitants_with_migration_background"


def cli(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "milieu_atlas_plugin", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def test_list_names_every_contract_algorithm():
    r = cli("list")
    assert r.returncode == 0, r.stderr
    ids = r.stdout.split()
    for alg in ("jointodistricts", "segregationindices", "localmeasures", "mapsheet"):
        assert f"milieuatlas:{alg}" in ids


def test_help_lists_parameters():
    r = cli("help", "milieuatlas:segregationindices")
    assert r.returncode == 0, r.stderr
    for name in ("INPUT", "TOTAL_FIELD", "GROUP_FIELDS", "MULTIGROUP", "PERMUTATIONS", "OUTPUT"):
        assert name in r.stdout


def test_run_on_csv_table_prints_json_and_matches_numpy(tmp_path):
    out = tmp_path / "indices.csv"
    r = cli("run", "milieuatlas:segregationindices", "--", f"INPUT={T1_2024_PLR}",
            "TOTAL_FIELD=inhabitants", f"GROUP_FIELDS={MH}", "GROUP_FIELDS=inhabitants_foreigners",
            "INDICES=D", "INDICES=XPX", f"OUTPUT={out}")
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["OUTPUT"] == str(out)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    got = {(row["index"], row["group"]): float(row["value"]) for row in rows}
    table = list(csv.DictReader(open(T1_2024_PLR, encoding="utf-8")))
    t = np.array([float(x["inhabitants"]) for x in table])
    x = np.array([float(x[MH]) for x in table])
    x, t = x[t > 0], t[t > 0]  # units without residents carry no information and are skipped
    want_d = 0.5 * np.abs(x / x.sum() - (t - x) / (t - x).sum()).sum()
    want_xpx = np.sum(x / x.sum() * x / t)
    assert got[("D", MH)] == pytest.approx(want_d, abs=1e-12)
    assert got[("XPX", MH)] == pytest.approx(want_xpx, abs=1e-12)
    assert set(got) == {(c, g) for c in ("D", "XPX") for g in (MH, "inhabitants_foreigners")}


@pytest.mark.parametrize("args, words", [
    (["TOTAL_FIELD=inhabitants", "GROUP_FIELDS=no_such_field"], ["no_such_field"]),
    (["TOTAL_FIELD=inhabitants", "GROUP_FIELDS=inhabitants", "NOT_A_PARAMETER=1"], ["NOT_A_PARAMETER"]),
    (["TOTAL_FIELD=inhabitants_foreigners", f"GROUP_FIELDS={MH}"], [MH, "exceeds"]),
])
def test_bad_input_exits_1_with_one_line_and_writes_nothing(tmp_path, args, words):
    out = tmp_path / "bad.csv"
    r = cli("run", "milieuatlas:segregationindices", "--", f"INPUT={T1_2024_PLR}", *args,
            f"OUTPUT={out}")
    assert r.returncode == 1
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("Error:")
    for w in words:
        assert w in last
    assert not out.exists()
    assert r.stdout.strip() == ""


def test_unknown_algorithm_exits_1():
    r = cli("run", "milieuatlas:nosuchthing", "--", "A=1")
    assert r.returncode == 1
    assert "nosuchthing" in r.stderr


def test_works_on_another_citys_polygons(tmp_path):
    """Any polygon layer with count fields: a made-up city of four districts in a GeoPackage."""
    from osgeo import ogr, osr

    path = tmp_path / "othercity.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25832)
    lyr = ds.CreateLayer("bezirke", srs, ogr.wkbPolygon)
    for name in ("einwohner", "auslaender"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    for i, (t, a) in enumerate([(100, 0), (100, 0), (100, 50), (100, 50)]):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("einwohner", t)
        f.SetField("auslaender", a)
        x = 500000 + 1000 * i
        f.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x} 5700000,{x+1000} 5700000,{x+1000} 5701000,{x} 5701000,{x} 5700000))"))
        lyr.CreateFeature(f)
    ds = None
    out = tmp_path / "out.csv"
    r = cli("run", "milieuatlas:segregationindices", "--", f"INPUT={path}|layername=bezirke",
            "TOTAL_FIELD=einwohner", "GROUP_FIELDS=auslaender", f"OUTPUT={out}")
    assert r.returncode == 0, r.stderr
    rows = {row["index"]: row for row in csv.DictReader(open(out, encoding="utf-8"))}
    # 100 foreigners, 300 others; by hand:
    # |0-1/3|+|0-1/3|+|0.5-1/6|+|0.5-1/6| = 2/3 + 2/3 = 4/3 → D = 2/3
    assert float(rows["D"]["value"]) == pytest.approx(2 / 3, abs=1e-12)
    assert int(rows["D"]["units"]) == 4
