"""milieuatlas:jointodistricts through `processing.run` (the registered provider, as a user's script or the
model designer calls it), once per mode, and share → count conversion in points and areal modes with
percent and fraction; every expectation computed by hand."""
import pytest

from tests.test_join_spatial import _raster, halves
from tests.test_join_support import memory_layer, read_accounting, read_layer, square


def _run(tmp_path, prefix, **params):
    import processing

    params.setdefault("DISTRICTS", halves())
    params.setdefault("DISTRICT_KEY", "code")
    params.update({"OUTPUT": str(tmp_path / f"{prefix}_out.gpkg"),
                   "UNMATCHED": str(tmp_path / f"{prefix}_unmatched.gpkg"),
                   "ACCOUNTING": str(tmp_path / f"{prefix}_acc.csv")})
    res = processing.run("milieuatlas:jointodistricts", params)
    return res, read_accounting(res["ACCOUNTING"])


def _acc(acc, field):
    a = acc[field]
    return a["source_total"], a["district_total"], a["unmatched_total"]


# ------------------------------------------------------------------ one run per mode
def test_key_mode_through_processing(processing_registry, tmp_path):
    table = memory_layer("None", "EPSG:25833", ["k:string", "n:double"], [
        (None, {"k": "L", "n": 7}), (None, {"k": " R ", "n": 5}), (None, {"k": "X", "n": 2})])
    res, acc = _run(tmp_path, "key", SOURCE=table, MODE="key", SOURCE_KEY="k", FIELDS=["n"])
    assert read_layer(res["OUTPUT"], "code", ["n"]) == {"L": {"n": 7}, "R": {"n": 5}}
    assert _acc(acc, "n") == (14, 12, 2)
    assert res["UNMATCHED_COUNT"] == 1


def test_points_mode_through_processing(processing_registry, tmp_path):
    pts = memory_layer("Point", "EPSG:25833", ["n:double"], [
        ("POINT(20 20)", {"n": 1}), ("POINT(80 90)", {"n": 2}), ("POINT(100 50)", {"n": 4}),  # on the edge: R
        ("POINT(150 10)", {"n": 8}), ("POINT(250 50)", {"n": 16})])
    res, acc = _run(tmp_path, "pts", SOURCE=pts, MODE="points", FIELDS=["n"])
    assert read_layer(res["OUTPUT"], "code", ["n"]) == {"L": {"n": 3}, "R": {"n": 12}}
    assert _acc(acc, "n") == (31, 15, 16)


def test_areal_mode_through_processing(processing_registry, tmp_path):
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [
        (square(25, 0, 125, 100), {"n": 40}),     # 3/4 in L, 1/4 in R
        (square(150, 50, 250, 100), {"n": 10})])  # half in R, half outside
    res, acc = _run(tmp_path, "areal", SOURCE=src, MODE="areal", FIELDS=["n"])
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(30, rel=1e-12) and got["R"]["n"] == pytest.approx(15, rel=1e-12)
    s, d, u = _acc(acc, "n")
    assert s == 50 and d == pytest.approx(45, rel=1e-12) and u == pytest.approx(5, rel=1e-12)


def test_dasymetric_mode_through_processing(processing_registry, tmp_path):
    # 50 m cells, two rows; column weights 1, 2, 3, 4 (centres x = 25, 75, 125, 175)
    ras = _raster(tmp_path / "w.tif", [[1, 2, 3, 4], [1, 2, 3, 4]], 0, 0, 50)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [
        (square(0, 0, 200, 100), {"n": 100}),    # mass L (1+2)*2 = 6, R (3+4)*2 = 14 → 30 / 70
        (square(50, 0, 150, 100), {"n": 50})])   # mass L 2*2 = 4, R 3*2 = 6 → 20 / 30
    res, acc = _run(tmp_path, "dasy", SOURCE=src, MODE="dasymetric", FIELDS=["n"], WEIGHT_RASTER=ras)
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["L"]["n"] == pytest.approx(50, rel=1e-12) and got["R"]["n"] == pytest.approx(100, rel=1e-12)
    s, d, u = _acc(acc, "n")
    assert s == 150 and d == pytest.approx(150, rel=1e-12) and abs(u) <= 1e-9


# ------------------------------------------------------------------ shares → counts
SHARES = {"percent": (25.0, 50.0, 10.0, 20.0), "fraction": (0.25, 0.5, 0.1, 0.2)}


@pytest.mark.parametrize("unit", ["percent", "fraction"])
def test_points_shares_to_counts(processing_registry, tmp_path, unit):
    a, b, c, d = SHARES[unit]
    pts = memory_layer("Point", "EPSG:25833", ["tot:double", "s:double"], [
        ("POINT(10 10)", {"tot": 200, "s": a}),    # L: 50
        ("POINT(60 60)", {"tot": 40, "s": b}),     # L: 20
        ("POINT(160 60)", {"tot": 10, "s": c}),    # R: 1
        ("POINT(300 60)", {"tot": 30, "s": d})])   # outside: 6
    # fractions need SHARE_UNIT: a column of values at most 1 does not decide (0.5 may be 0.5 %)
    res, acc = _run(tmp_path, f"pts_{unit}", SOURCE=pts, MODE="points", FIELDS=["s"], TOTAL_FIELD="tot",
                    FIELDS_ARE_SHARES=True, **({"SHARE_UNIT": "fraction"} if unit == "fraction" else {}))
    got = read_layer(res["OUTPUT"], "code", ["tot", "s_count"])
    assert got["L"]["tot"] == 240 and got["R"]["tot"] == 10
    assert got["L"]["s_count"] == pytest.approx(70, rel=1e-12)
    assert got["R"]["s_count"] == pytest.approx(1, rel=1e-12)
    s, dd, u = _acc(acc, "s_count")
    assert s == pytest.approx(77, rel=1e-12) and dd == pytest.approx(71, rel=1e-12) and u == pytest.approx(6, rel=1e-12)
    assert _acc(acc, "tot") == (280, 250, 30)
    from qgis.core import QgsVectorLayer

    un = list(QgsVectorLayer(res["UNMATCHED"], "u", "ogr").getFeatures())
    assert [(f["tot"], f["s_count"]) for f in un] == [(30, pytest.approx(6, rel=1e-12))]


@pytest.mark.parametrize("unit", ["percent", "fraction"])
def test_areal_shares_to_counts(processing_registry, tmp_path, unit):
    a, b, c, _ = SHARES[unit]
    src = memory_layer("Polygon", "EPSG:25833", ["tot:double", "s:double"], [
        (square(50, 0, 150, 100), {"tot": 100, "s": a}),    # 25 → L 12.5, R 12.5
        (square(150, 0, 250, 100), {"tot": 80, "s": b}),    # 40 → R 20, outside 20
        (square(0, 0, 50, 100), {"tot": 30, "s": c})])      # 3 → L 3
    res, acc = _run(tmp_path, f"areal_{unit}", SOURCE=src, MODE="areal", FIELDS=["s"], TOTAL_FIELD="tot",
                    FIELDS_ARE_SHARES=True, **({"SHARE_UNIT": "fraction"} if unit == "fraction" else {}))
    got = read_layer(res["OUTPUT"], "code", ["tot", "s_count"])
    assert got["L"]["s_count"] == pytest.approx(15.5, rel=1e-12)
    assert got["R"]["s_count"] == pytest.approx(32.5, rel=1e-12)
    assert got["L"]["tot"] == pytest.approx(80, rel=1e-12) and got["R"]["tot"] == pytest.approx(90, rel=1e-12)
    s, d, u = _acc(acc, "s_count")
    assert s == pytest.approx(68, rel=1e-12) and d == pytest.approx(48, rel=1e-12) and u == pytest.approx(20, rel=1e-12)
    s, d, u = _acc(acc, "tot")
    assert s == 210 and d == pytest.approx(170, rel=1e-12) and u == pytest.approx(40, rel=1e-12)


def test_share_unit_is_reported_in_the_log(qgis_app, tmp_path):
    """The detected (percent) or given (fraction: values at most 1 do not decide) unit and the reason are in
    the log (alg.run with a recording feedback)."""
    from tests.test_join_support import outputs, run_join

    for unit, values in SHARES.items():
        (tmp_path / unit).mkdir()
        pts = memory_layer("Point", "EPSG:25833", ["tot:double", "s:double"],
                           [("POINT(10 10)", {"tot": 10, "s": values[1]})])
        ok, res, fb = run_join({"DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": pts, "MODE": "points",
                                "FIELDS": ["s"], "TOTAL_FIELD": "tot", "FIELDS_ARE_SHARES": True,
                                **({"SHARE_UNIT": unit} if unit == "fraction" else {}),
                                **outputs(tmp_path / unit)})
        assert ok, fb.errors
        assert f"are {unit} of 'tot'" in fb.log
        assert ("as given by SHARE_UNIT" in fb.log) == (unit == "fraction")


def test_share_over_100_percent_refused_through_processing(processing_registry, tmp_path):
    from qgis.core import QgsProcessingException

    pts = memory_layer("Point", "EPSG:25833", ["tot:double", "s:double"], [
        ("POINT(10 10)", {"tot": 10, "s": 50}), ("POINT(150 10)", {"tot": 10, "s": 120})])
    with pytest.raises(QgsProcessingException):
        _run(tmp_path, "bad", SOURCE=pts, MODE="points", FIELDS=["s"], TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
