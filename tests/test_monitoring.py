"""milieuatlas:monitoring on Berlin 2015-01 … 2024-02 (old LOR harmonised to the LOR 2021) and bad input.

The full series runs once (few bootstrap draws); the bad-input cases use two or three periods."""
import csv
import json
import os
import shutil

import numpy as np
import pytest

from .conftest import PLR_SHP, SAMPLE

SERIES = SAMPLE / "series"
OLD_PLR = SERIES / "berlin-lor-planning-areas-until-2020.geojson"
MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"
FIELDS = ["inhabitants", MH, FOREIGN]
DATES = [f"{y}-{h}" for y in range(2015, 2025) for h in ("01", "02")]
BOOT = 19


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _table(date, level="planning-areas"):
    return _read(SERIES / f"berlin-lor-population-{date}-t1-{level}.csv")


def _params(out, **extra):
    p = {"TARGET": str(PLR_SHP), "TARGET_KEY": "PLR_ID", "FOLDER": str(SERIES),
         "PREVIOUS_GEOMETRY": str(OLD_PLR), "PREVIOUS_KEY": "id", "GROUP_FIELDS": f"{MH},{FOREIGN}",
         "BOOTSTRAP": BOOT, "SEED": 7,
         "LONG": str(out / "long.csv"), "SERIES": str(out / "series.csv"), "CHANGE": str(out / "change.gpkg"),
         "ACCOUNTING": str(out / "accounting.csv"), "BREAKS": str(out / "breaks.json"),
         "CHART_PNG": str(out / "chart.png"), "CHART_SVG": str(out / "chart.svg"), "LANGUAGE": "en"}
    p.update(extra)
    return p


@pytest.fixture(scope="module")
def run(processing_registry, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("monitoring")
    result = processing.run("milieuatlas:monitoring", _params(out, MAP_PAGE=str(out / "maps.png")))
    return out, result


def test_outputs_and_periods(run):
    out, result = run
    assert result["PERIODS"] == 20 and result["HARMONISED"] == 12
    for name in ("long.csv", "series.csv", "change.gpkg", "accounting.csv", "breaks.json", "chart.png", "chart.svg",
                 "maps.png"):
        assert (out / name).stat().st_size > 0, name
    assert not [n for n in os.listdir(out) if n.startswith(".")]  # nothing staged is left
    series = _read(out / "series.csv")
    assert sorted({r["period"] for r in series}) == DATES
    assert {(r["index"], r["group"]) for r in series} == {(c, g) for c in ("D", "H", "XPX") for g in (MH, FOREIGN)}
    assert {r["harmonised"] for r in series if r["period"] < "2021"} == {"1"}
    assert {r["harmonised"] for r in series if r["period"] >= "2021"} == {"0"}
    assert len(result["INPUT_SHA256"]) == 20
    assert (out / "maps.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from milieu_atlas_plugin.processing.alg_monitoring import _map_periods

    assert _map_periods(DATES) == [f"{y}-02" for y in range(2015, 2025)]
    assert _map_periods(DATES[:4]) == DATES[:4]
    with open(out / "chart.svg", encoding="utf-8") as fh:
        svg = fh.read()
    assert svg.rstrip().endswith("</svg>") and "boundary change" in svg


def test_totals_conserved_in_every_period(run):
    out, _ = run
    long_rows = _read(out / "long.csv")
    acc = _read(out / "accounting.csv")
    assert len(long_rows) == 20 * 542
    for date in DATES:
        source = _table(date)
        rows = [r for r in long_rows if r["period"] == date]
        assert len(rows) == 542
        for f, col in zip(FIELDS, ["total", MH, FOREIGN]):
            expected = sum(float(r[f]) for r in source)
            got = sum(float(r[col]) for r in rows)
            assert got == pytest.approx(expected, rel=1e-9, abs=1e-6), (date, f)
            a = [r for r in acc if r["period"] == date and r["field"] == f][0]
            assert float(a["source_total"]) == pytest.approx(expected, rel=1e-12)
            assert float(a["district_total"]) == pytest.approx(expected, rel=1e-9)
            assert float(a["uncovered"]) == 0.0
        harmonised = {r["harmonised"] for r in rows}
        moved = np.array([float(r["moved_share"]) for r in rows])
        if date < "2021":
            assert harmonised == {"1"} and 0.0 < moved.max() <= 1.0 + 1e-9 and moved.min() >= 0.0
        else:
            assert harmonised == {"0"} and not moved.any()


def test_bezirk_sums_equal_the_bezirk_tables(run):
    out, _ = run
    long_rows = _read(out / "long.csv")
    for date in DATES:
        bezirke = {r["id"].zfill(2): r for r in _table(date, "districts")}
        assert len(bezirke) == 12
        sums = {}
        for r in long_rows:
            if r["period"] == date:
                s = sums.setdefault(r["district"][:2], np.zeros(3))
                s += [float(r["total"]), float(r[MH]), float(r[FOREIGN])]
        assert set(sums) == set(bezirke)
        for b, s in sums.items():
            expected = np.array([float(bezirke[b][f]) for f in FIELDS])
            assert np.all(np.abs(s - expected) <= 0.005 * expected), (date, b, s, expected)


def test_harmonised_2020_close_to_2021(run):
    out, _ = run
    d = {r["period"]: float(r["value"]) for r in _read(out / "series.csv") if r["index"] == "D" and r["group"] == MH}
    assert abs(d["2020-02"] - d["2021-01"]) < 0.01
    # and it is a real harmonisation: not the D of the 447 old units (0.2683, SOURCE.md)
    assert abs(d["2020-02"] - 0.2683) > 1e-4


def test_series_equals_segregationindices_per_period(run, tmp_path):
    """2021-2024 (no boundary change): the series is segregationindices of each period's table (same
    units in another order: equal to rounding); on the period's rows of LONG (same order, same seed) the
    values and intervals are identical."""
    import processing

    out, _ = run
    series = _read(out / "series.csv")
    long_rows = _read(out / "long.csv")
    for date in DATES[12:]:
        src = SERIES / f"berlin-lor-population-{date}-t1-planning-areas.csv"
        res = processing.run("milieuatlas:segregationindices", {
            "INPUT": str(src), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH, FOREIGN],
            "INDICES": ["D", "H", "XPX"], "PERMUTATIONS": 0, "BOOTSTRAP": BOOT, "SEED": 7,
            "OUTPUT": str(tmp_path / f"ind-{date}.csv")})
        mine = {(r["index"], r["group"]): r for r in series if r["period"] == date}
        theirs = _read(res["OUTPUT"])
        assert len(theirs) == len(mine) == 6
        for r in theirs:
            assert float(mine[(r["index"], r["group"])]["value"]) == pytest.approx(float(r["value"]), rel=1e-12)
        # the same units in the same order: exactly the same numbers
        sub = tmp_path / f"long-{date}.csv"
        with open(sub, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["district", "total", MH, FOREIGN])
            for r in long_rows:
                if r["period"] == date:
                    w.writerow([r["district"], r["total"], r[MH], r[FOREIGN]])
        res = processing.run("milieuatlas:segregationindices", {
            "INPUT": str(sub), "TOTAL_FIELD": "total", "GROUP_FIELDS": [MH, FOREIGN],
            "INDICES": ["D", "H", "XPX"], "PERMUTATIONS": 0, "BOOTSTRAP": BOOT, "SEED": 7,
            "OUTPUT": str(tmp_path / f"ind-long-{date}.csv")})
        for r in _read(res["OUTPUT"]):
            m = mine[(r["index"], r["group"])]
            for col in ("value", "ci_low", "ci_high", "units"):
                assert float(m[col]) == float(r[col]), (date, r["index"], col)


def test_change_tests_against_first_and_previous(run):
    out, _ = run
    rows = [r for r in _read(out / "series.csv") if r["index"] == "D" and r["group"] == MH]
    rows.sort(key=lambda r: r["period"])
    assert rows[0]["diff_first"] == "" and rows[0]["diff_previous"] == ""
    for prev, r in zip(rows, rows[1:]):
        assert float(r["diff_first"]) == pytest.approx(float(r["value"]) - float(rows[0]["value"]), abs=1e-12)
        assert float(r["diff_previous"]) == pytest.approx(float(r["value"]) - float(prev["value"]), abs=1e-12)
        assert float(r["diff_first_ci_low"]) <= float(r["diff_first_ci_high"])
        assert 0.0 < float(r["p_first"]) <= 1.0 and 0.0 < float(r["p_previous"]) <= 1.0
    # ten years of decline: D(MH) 0.318 → 0.241 is far outside the bootstrap noise
    assert float(rows[-1]["diff_first_ci_high"]) < 0 and float(rows[-1]["p_first"]) == pytest.approx(2 / (BOOT + 1))


def test_change_classes_and_breaks(run):
    from qgis.core import QgsVectorLayer

    out, _ = run
    breaks = json.loads((out / "breaks.json").read_text(encoding="utf-8"))
    assert breaks["boundary_change"] == ["2020-02", "2021-01"] and breaks["periods"] == DATES
    long_rows = _read(out / "long.csv")
    first = {r["district"]: r for r in long_rows if r["period"] == "2015-01"}
    last = {r["district"]: r for r in long_rows if r["period"] == "2024-02"}
    city = {d: sum(float(r[MH]) for r in rows.values()) / sum(float(r["total"]) for r in rows.values())
            for d, rows in (("first", first), ("last", last))}
    city_pp = 100 * (city["last"] - city["first"])
    assert breaks["groups"][MH]["city_change_pp"] == pytest.approx(city_pp, abs=1e-6)
    shares = [float(r[MH + "_share"]) for r in long_rows if r[MH + "_share"] != ""]
    b = breaks["groups"][MH]["share"]
    assert b[0] == pytest.approx(min(shares), abs=1e-4) and b[-1] == pytest.approx(max(shares), abs=1e-4)
    layer = QgsVectorLayer(str(out / "change.gpkg"), "change", "ogr")
    assert layer.featureCount() == 542
    bounds = breaks["groups"][MH]["change_class_bounds_pp"]
    classes = set()
    for f in layer.getFeatures():
        key = f["PLR_ID"]
        if float(first[key]["total"]) == 0 or float(last[key]["total"]) == 0:
            continue
        pp = 100 * (float(last[key][MH + "_share"]) - float(first[key][MH + "_share"]))
        assert f[MH + "_change_pp"] == pytest.approx(pp, abs=1e-9)
        assert f[MH + "_change_rel_pp"] == pytest.approx(pp - city_pp, abs=1e-9)
        expected = int(np.searchsorted(bounds, pp, side="right")) - 2
        if min(abs(pp - x) for x in bounds) > 1e-6:
            assert f[MH + "_change_class"] == expected, key
        classes.add(f[MH + "_change_class"])
    assert classes == {-2, -1, 0, 1, 2}


# ---------------------------------------------------------------------------------------------- bad input
def _series_table(path, rows, header=("date", "path", "key", "geometry", "geometry_key")):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    return str(path)


def _refused(tmp_path, params, *needles):
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    params = dict(_params(out, **params))
    with pytest.raises(QgsProcessingException) as exc:
        processing.run("milieuatlas:monitoring", params)
    message = str(exc.value)
    assert "\n" not in message.strip()
    for needle in needles:
        assert needle in message, message
    assert os.listdir(out) == []
    return message


def _csv(date):
    return str(SERIES / f"berlin-lor-population-{date}-t1-planning-areas.csv")


def test_two_periods_with_the_same_date(processing_registry, tmp_path):
    table = _series_table(tmp_path / "s.csv", [("2021-01", _csv("2021-01"), "id", "", ""),
                                               ("2021-01", _csv("2021-02"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table}, "same date 2021-01")


def test_period_whose_key_matches_nothing(processing_registry, tmp_path):
    bad = tmp_path / "bad.csv"
    rows = _read(_csv("2021-02"))
    with open(bad, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow(dict(r, id="X" + r["id"]))
    table = _series_table(tmp_path / "s.csv", [("2021-01", _csv("2021-01"), "id", "", ""),
                                               ("2021-02", str(bad), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table}, "Period 2021-02", "no key of field 'id'")


def test_period_whose_key_field_is_missing_or_keys_match_partly(processing_registry, tmp_path):
    """The key column names no field of the table; or only some keys are districts' keys (one district
    renamed): each refused with the period, the field and an example, nothing written."""
    table = _series_table(tmp_path / "s.csv", [("2021-01", _csv("2021-01"), "id", "", ""),
                                               ("2021-02", _csv("2021-02"), "plr", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table}, "Period 2021-02", "no key field 'plr'")
    partly = tmp_path / "partly.csv"
    rows = _read(_csv("2021-02"))
    with open(partly, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for i, r in enumerate(rows):
            w.writerow(dict(r, id="99999999") if i == 5 else r)
    table = _series_table(tmp_path / "s2.csv", [("2021-01", _csv("2021-01"), "id", "", ""),
                                                ("2021-02", str(partly), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table}, "Period 2021-02", "1 of 542 keys",
             "'99999999'")


def test_period_with_other_field_names_mapped_or_refused(processing_registry, tmp_path):
    import processing

    renamed = tmp_path / "renamed.csv"
    text = open(_csv("2021-02"), encoding="utf-8").read().replace(
        "id,inhabitants,inhabitants_with_migration_background,", "id,einwohner,mh,", 1)
    renamed.write_text(text, encoding="utf-8")
    table = _series_table(tmp_path / "s.csv", [("2021-01", _csv("2021-01"), "id", "", ""),
                                               ("2021-02", str(renamed), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "GROUP_FIELDS": MH},
             "Period 2021-02", "no field 'inhabitants'", "FIELD_MAP")
    out = tmp_path / "mapped"
    out.mkdir()
    res = processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=None, SERIES_TABLE=table, GROUP_FIELDS=MH, FIELD_MAP=f"einwohner=inhabitants; mh={MH}",
        INDICES=["D"], CHANGE=None, ACCOUNTING=None, BREAKS=None, CHART_PNG=None, CHART_SVG=None))
    d = {r["period"]: float(r["value"]) for r in _read(res["SERIES"])}
    assert d["2021-02"] == pytest.approx(0.2634, abs=5e-5)  # SOURCE.md: D(MH) 2021-02 = 0.2634


def test_target_that_does_not_cover_a_period(processing_registry, tmp_path):
    """A target without Spandau (05): every old period has residents outside it, reported per period."""
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    layer.setSubsetString("\"BEZ\" <> '05'")
    assert 0 < layer.featureCount() < 542
    target = str(tmp_path / "without_spandau.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    err = QgsVectorFileWriter.writeAsVectorFormatV3(layer, target, layer.transformContext(), opts)
    assert err[0] == QgsVectorFileWriter.NoError
    table = _series_table(tmp_path / "s.csv", [("2020-01", _csv("2020-01"), "id", "", ""),
                                               ("2020-02", _csv("2020-02"), "id", "", "")])
    message = _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "TARGET": target},
                       "does not cover", "2020-01:", "2020-02:")
    spandau = sum(float(r["inhabitants"]) for r in _table("2020-02", "districts") if r["id"].zfill(2) == "05")
    reported = float(message.split("2020-02: ")[1].split(" of ")[0])
    assert reported == pytest.approx(spandau, rel=0.01)


def test_output_onto_a_period_table_is_refused(processing_registry, tmp_path):
    sub = tmp_path / "two"
    sub.mkdir()
    for d in ("2024-01", "2024-02"):
        shutil.copy(_csv(d), sub)
    victim = sub / "berlin-lor-population-2024-02-t1-planning-areas.csv"
    before = victim.read_bytes()
    _refused(tmp_path, {"FOLDER": str(sub), "PREVIOUS_GEOMETRY": None, "LONG": str(victim)},
             "is the input file")
    assert victim.read_bytes() == before


def test_folder_or_table_not_both(processing_registry, tmp_path):
    table = _series_table(tmp_path / "s.csv", [("2021-01", _csv("2021-01"), "id", "", "")])
    _refused(tmp_path, {"SERIES_TABLE": table}, "either FOLDER")


def test_german_chart(processing_registry, tmp_path):
    """Two periods on the target, German chart texts (checked in the SVG)."""
    import processing

    sub = tmp_path / "two"
    sub.mkdir()
    for d in ("2024-01", "2024-02"):
        shutil.copy(_csv(d), sub)
    out = tmp_path / "out"
    out.mkdir()
    processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=str(sub), PREVIOUS_GEOMETRY=None, LANGUAGE="de", INDICES=["D"], CHANGE=None,
        ACCOUNTING=None, BREAKS=None, CHART_PNG=None))
    svg = (out / "chart.svg").read_text(encoding="utf-8")
    assert "Segregationsindizes" in svg and "Segregation indices" not in svg


def test_change_between_chosen_periods(processing_registry, tmp_path):
    """CHANGE_FROM / CHANGE_TO: the change classes between two chosen periods of the series (here the last
    two of three, as the MSS compares the last two years), checked against the long table."""
    import processing
    from qgis.core import QgsVectorLayer

    sub = tmp_path / "three"
    sub.mkdir()
    for d in ("2022-02", "2023-02", "2024-02"):
        shutil.copy(_csv(d), sub)
    out = tmp_path / "out"
    out.mkdir()
    processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=str(sub), PREVIOUS_GEOMETRY=None, INDICES=["D"], CHANGE_FROM="2023-02", CHART_PNG=None,
        CHART_SVG=None, ACCOUNTING=None))
    breaks = json.loads((out / "breaks.json").read_text(encoding="utf-8"))
    assert (breaks["change_from"], breaks["change_to"]) == ("2023-02", "2024-02")
    long_rows = _read(out / "long.csv")
    a = {r["district"]: r for r in long_rows if r["period"] == "2023-02"}
    b = {r["district"]: r for r in long_rows if r["period"] == "2024-02"}
    first = {r["district"]: r for r in long_rows if r["period"] == "2022-02"}
    city = [sum(float(r[MH]) for r in rows.values()) / sum(float(r["total"]) for r in rows.values()) for rows in (a, b)]
    assert breaks["groups"][MH]["city_change_pp"] == pytest.approx(100 * (city[1] - city[0]), abs=1e-6)
    layer = QgsVectorLayer(str(out / "change.gpkg"), "change", "ogr")
    checked = differs = 0
    for f in layer.getFeatures():
        key = f["PLR_ID"]
        if a[key][MH + "_share"] == "" or b[key][MH + "_share"] == "":
            assert not isinstance(f[MH + "_change_pp"], float), key  # no share in one period: no change
            continue
        pp = 100 * (float(b[key][MH + "_share"]) - float(a[key][MH + "_share"]))
        assert f[MH + "_change_pp"] == pytest.approx(pp, abs=1e-9), key
        checked += 1
        if first[key][MH + "_share"] != "":
            differs += abs(pp - 100 * (float(b[key][MH + "_share"]) - float(first[key][MH + "_share"]))) > 1e-6
    assert checked > 500 and differs > 400  # not the change from the first period


@pytest.mark.parametrize("params,needles", [
    ({"CHANGE_FROM": "2023-01"}, ["CHANGE_FROM", "'2023-01' is not a period of the series", "2022-02, 2023-02, 2024-02"]),
    ({"CHANGE_TO": "2022-02"}, ["CHANGE_FROM (2022-02) must be an earlier period than CHANGE_TO (2022-02)"]),
    ({"CHANGE_FROM": "2024-02", "CHANGE_TO": "2023-02"}, ["must be an earlier period"]),
])
def test_change_periods_that_are_not_in_the_series_are_refused(processing_registry, tmp_path, params, needles):
    sub = tmp_path / "three"
    sub.mkdir()
    for d in ("2022-02", "2023-02", "2024-02"):
        shutil.copy(_csv(d), sub)
    _refused(tmp_path, dict(FOLDER=str(sub), PREVIOUS_GEOMETRY=None, INDICES=["D"], **params), *needles)


# ---------------------------------------------------------------------------------------------- variants
def _density_raster(path, date="2021-01", cell=100.0):
    """Residents per m² of the LOR 2021 planning areas at ``date`` on a 100 m grid (cell centres)."""
    import geopandas as gpd
    import rasterio
    from rasterio.features import rasterize
    from rasterio.transform import from_origin

    plr = gpd.read_file(PLR_SHP)
    pop = {r["id"]: float(r["inhabitants"]) for r in _table(date)}
    plr["density"] = [pop[k] / a for k, a in zip(plr["PLR_ID"], plr.geometry.area)]
    x0, y0, x1, y1 = plr.total_bounds
    x0, y1 = np.floor(x0 / cell) * cell - cell, np.ceil(y1 / cell) * cell + cell
    w, h = int((x1 - x0) / cell) + 2, int((y1 - y0) / cell) + 2
    transform = from_origin(x0, y1, cell, cell)
    data = rasterize(zip(plr.geometry, plr["density"]), out_shape=(h, w), transform=transform, fill=0.0,
                     dtype="float64")
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=1, dtype="float64",
                       crs="EPSG:25833", transform=transform) as ds:
        ds.write(data, 1)
    return str(path)


def test_series_table_with_geometry_column_and_dasymetric_raster(processing_registry, tmp_path):
    """The old period named with its geometry in the series table, harmonised by area and by a raster of
    the 2021 density: both conserve the totals; the raster places the 2020-02 residents closer to where
    they are in 2021-01 (half a year later) than areal weighting does."""
    import processing

    table = _series_table(tmp_path / "s.csv", [("2020-02", _csv("2020-02"), "id", str(OLD_PLR), "id"),
                                               ("2021-01", _csv("2021-01"), "id", "", "")])
    raster = _density_raster(tmp_path / "density.tif")
    d, notes, gap = {}, {}, {}
    for mode, extra in (("areal", {}), ("dasymetric", {"WEIGHT_RASTER": raster})):
        out = tmp_path / mode
        out.mkdir()
        res = processing.run("milieuatlas:monitoring", _params(
            out, FOLDER=None, SERIES_TABLE=table, PREVIOUS_GEOMETRY=None, GROUP_FIELDS=MH, INDICES=["D"],
            CHANGE=None, BREAKS=None, CHART_PNG=None, CHART_SVG=None, **extra))
        assert res["HARMONISED"] == 1
        series = {r["period"]: r for r in _read(res["SERIES"])}
        d[mode] = float(series["2020-02"]["value"])
        notes[mode] = series["2020-02"]["note"]
        assert series["2020-02"]["harmonised"] == "1" and series["2021-01"]["harmonised"] == "0"
        for r in _read(res["ACCOUNTING"]):
            assert float(r["district_total"]) == pytest.approx(float(r["source_total"]), rel=1e-9)
        bezirke = {r["id"].zfill(2): float(r["inhabitants"]) for r in _table("2020-02", "districts")}
        sums = {}
        for r in _read(res["LONG"]):
            if r["period"] == "2020-02":
                sums[r["district"][:2]] = sums.get(r["district"][:2], 0.0) + float(r["total"])
        for b, v in bezirke.items():
            assert abs(sums[b] - v) <= 0.005 * v, (mode, b)
        long_rows = _read(res["LONG"])
        before = {r["district"]: float(r["total"]) for r in long_rows if r["period"] == "2020-02"}
        after = {r["district"]: float(r["total"]) for r in long_rows if r["period"] == "2021-01"}
        gap[mode] = sum(abs(before[k] - after[k]) for k in after)
    assert gap["dasymetric"] < 0.8 * gap["areal"], gap
    assert d["dasymetric"] != d["areal"] and abs(d["dasymetric"] - 0.2719) < 0.01
    assert "berlin-lor-planning-areas-until-2020" in notes["areal"]
