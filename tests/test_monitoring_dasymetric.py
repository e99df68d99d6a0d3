"""milieuatlas:monitoring, dasymetric harmonisation (WEIGHT_RASTER, ADDRESS_POINTS) and several earlier
geometries: hand-made cases with exact expected values, Berlin with the synthetic address points of
resources/sample/berlin/milieus (synthetic: placed at random inside the 2021 Planungsräume in proportion to
the 2024 residents with a migration background, see its SOURCE.md — a proxy for real address data, which
the repository does not have), and the bad input."""
import shutil

import numpy as np
import pytest

from tests.test_join_spatial import _raster
from tests.test_join_support import memory_layer, square

from .conftest import BZR_SHP, PLR_SHP, SAMPLE
from .test_monitoring import FOREIGN, MH, OLD_PLR, _csv, _params, _read, _refused, _series_table, _table

POINTS = SAMPLE / "milieus" / "milieus_synthetisch.gpkg"
OFFSET_X, OFFSET_Y = 390000.0, 5820000.0


def _sq(x0, x1):
    return square(OFFSET_X + x0, OFFSET_Y, OFFSET_X + x1, OFFSET_Y + 10)


def _hand_layers():
    """Target A | B | C (x 0-10, 10-20, 20-30); earlier units U1 (0-15), U2 (15-25), U3 (25-30)."""
    target = memory_layer("Polygon", "EPSG:25833", ["code:string"],
                          [(_sq(0, 10), {"code": "A"}), (_sq(10, 20), {"code": "B"}), (_sq(20, 30), {"code": "C"})])
    old = memory_layer("Polygon", "EPSG:25833", ["uid:string"],
                       [(_sq(0, 15), {"uid": "U1"}), (_sq(15, 25), {"uid": "U2"}), (_sq(25, 30), {"uid": "U3"})])
    return target, old


def _hand_series(tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("id,inhabitants,mh\nU1,100,40\nU2,60,30\nU3,20,4\n", encoding="utf-8")
    new = tmp_path / "new.csv"
    new.write_text("id,inhabitants,mh\nA,10,5\nB,10,5\nC,10,5\n", encoding="utf-8")
    return _series_table(tmp_path / "s.csv", [("2020-02", str(old), "id", "", ""), ("2021-01", str(new), "id", "", "")])


def _hand_run(tmp_path, name, **weighting):
    import processing

    target, old = _hand_layers()
    out = tmp_path / name
    out.mkdir()
    res = processing.run("milieuatlas:monitoring", _params(
        out, TARGET=target, TARGET_KEY="code", FOLDER=None, SERIES_TABLE=_hand_series(tmp_path / name),
        PREVIOUS_GEOMETRY=old, PREVIOUS_KEY="uid", TOTAL_FIELD="inhabitants", GROUP_FIELDS="mh",
        INDICES=["D"], CHANGE=None, BREAKS=None, CHART_PNG=None, CHART_SVG=None, **weighting))
    long_rows = {r["district"]: r for r in _read(res["LONG"]) if r["period"] == "2020-02"}
    acc = {r["field"]: r for r in _read(res["ACCOUNTING"]) if r["period"] == "2020-02"}
    return long_rows, acc


# U1's weight lies half in A and half in B (its area 2:1), U2 has none (by area: half B, half C), U3 lies in
# C: A = 100/2; B = 100/2 + 60/2; C = 60/2 + 20 (inhabitants), likewise 40, 30, 4 for mh
EXPECTED = {"A": (50.0, 20.0, 1.0), "B": (80.0, 35.0, 1.0), "C": (50.0, 19.0, 30.0 / 50.0)}


def _check_hand(long_rows, acc):
    for d, (tot, mh, moved) in EXPECTED.items():
        assert float(long_rows[d]["total"]) == pytest.approx(tot, abs=1e-9), d
        assert float(long_rows[d]["mh"]) == pytest.approx(mh, abs=1e-9), d
        assert float(long_rows[d]["moved_share"]) == pytest.approx(moved, abs=1e-12), d
        assert long_rows[d]["harmonised"] == "1"
    for f, total, fallback in (("inhabitants", 180.0, 60.0), ("mh", 74.0, 30.0)):
        assert float(acc[f]["source_total"]) == total and float(acc[f]["district_total"]) == pytest.approx(total)
        assert float(acc[f]["uncovered"]) == 0.0 and float(acc[f]["reassigned"]) == 0.0
        assert float(acc[f]["area_fallback"]) == pytest.approx(fallback, abs=1e-12)


def test_hand_made_address_points_exact(processing_registry, tmp_path):
    points = memory_layer("Point", "EPSG:25833", ["households:double"], [
        (f"POINT({OFFSET_X + x} {OFFSET_Y + 5})", {"households": w})
        for x, w in ((2, 1), (4, 1), (6, 1),       # U1 in A: 3
                     (12, 3),                      # U1 in B: 3
                     (17, 0),                      # U2: a point that weighs nothing (U2 stays without weight)
                     (27, 2),                      # U3
                     (50, 7))])                    # outside every unit: not used
    long_rows, acc = _hand_run(tmp_path, "points", ADDRESS_POINTS=points, ADDRESS_WEIGHT="households")
    _check_hand(long_rows, acc)
    # without the weight field every point weighs 1: U1 splits 3:1 between A and B, U2's one point lies in B
    long_rows, acc = _hand_run(tmp_path, "ones", ADDRESS_POINTS=points)
    assert float(long_rows["A"]["total"]) == pytest.approx(75.0, abs=1e-9)
    assert float(long_rows["B"]["total"]) == pytest.approx(25.0 + 60.0, abs=1e-9)
    assert float(long_rows["C"]["total"]) == pytest.approx(20.0, abs=1e-9)
    assert float(acc["inhabitants"]["area_fallback"]) == 0.0
    # areal weighting for comparison: U1 2:1
    long_rows, acc = _hand_run(tmp_path, "areal")
    assert float(long_rows["A"]["total"]) == pytest.approx(200.0 / 3.0, abs=1e-9)
    assert float(acc["inhabitants"]["area_fallback"]) == 0.0


def test_hand_made_weight_raster_exact(processing_registry, tmp_path):
    """The same weights from a 1 m raster: U1 has 100 cells of 1 in A and 50 cells of 2 in B, U2 zeros,
    U3 ones."""
    row = [1.0] * 10 + [2.0] * 5 + [0.0] * 10 + [1.0] * 5
    ras = _raster(tmp_path / "w.tif", [row] * 10, OFFSET_X, OFFSET_Y, 1.0)
    long_rows, acc = _hand_run(tmp_path, "raster", WEIGHT_RASTER=ras)
    _check_hand(long_rows, acc)


# ---------------------------------------------------------------------------------------------- Berlin
def _berlin(tmp_path, name, dates=("2020-02", "2021-01"), **extra):
    import processing

    table = _series_table(tmp_path / f"{name}.csv",
                          [(d, _csv(d), "id", str(OLD_PLR) if d < "2021" else "", "id" if d < "2021" else "")
                           for d in dates])
    out = tmp_path / name
    out.mkdir()
    return processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=None, SERIES_TABLE=table, PREVIOUS_GEOMETRY=None, INDICES=["D"], CHANGE=None, BREAKS=None,
        CHART_PNG=None, CHART_SVG=None, **extra))


def test_berlin_address_points(processing_registry, tmp_path):
    """2020-02 (old LOR) and 2021-01 by the synthetic address points weighted by households: totals
    conserved per period and field, Bezirke to 0.5 %, the share moved per district reported, and closer
    to 2021-01 than areal weighting."""
    gap = {}
    for mode, extra in (("areal", {}), ("points", {"ADDRESS_POINTS": str(POINTS), "ADDRESS_WEIGHT": "households"})):
        res = _berlin(tmp_path, mode, **extra)
        acc = _read(res["ACCOUNTING"])
        assert len(acc) == 6
        for r in acc:
            assert float(r["district_total"]) == pytest.approx(float(r["source_total"]), rel=1e-9)
            assert float(r["uncovered"]) == 0.0
            assert float(r["area_fallback"]) == 0.0  # every old unit holds synthetic addresses
        long_rows = _read(res["LONG"])
        before = {r["district"]: r for r in long_rows if r["period"] == "2020-02"}
        after = {r["district"]: float(r["total"]) for r in long_rows if r["period"] == "2021-01"}
        assert len(before) == 542
        moved = np.array([float(r["moved_share"]) for r in before.values()])
        assert moved.min() >= 0.0 and moved.max() <= 1.0 + 1e-9 and 0 < np.count_nonzero(moved) < 542
        bezirke = {r["id"].zfill(2): r for r in _table("2020-02", "districts")}
        for b, row in bezirke.items():
            for f, col in (("inhabitants", "total"), (MH, MH), (FOREIGN, FOREIGN)):
                got = sum(float(r[col]) for k, r in before.items() if k[:2] == b)
                assert abs(got - float(row[f])) <= 0.005 * float(row[f]), (mode, b, f)
        gap[mode] = sum(abs(float(before[k]["total"]) - after[k]) for k in after)
        series = {r["period"]: r for r in _read(res["SERIES"]) if r["group"] == MH}
        assert abs(float(series["2020-02"]["value"]) - float(series["2021-01"]["value"])) < 0.01
    assert gap["points"] < 0.9 * gap["areal"], gap


def test_berlin_every_source_unit_conserved(processing_registry, tmp_path):
    """Per old Planungsraum: what the dasymetric pieces give the districts adds up to the unit's count
    (identity matrix through the harmoniser), for the address points and for a raster."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsVectorLayer

    from milieu_atlas_plugin.core.monitoring import Harmoniser
    from milieu_atlas_plugin.qgis_io.join_common import read_districts
    from milieu_atlas_plugin.qgis_io.series import overlay_weights, read_address_points
    from tests.test_monitoring import _density_raster

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    old = read_districts(QgsVectorLayer(str(OLD_PLR), "old", "ogr"), "old", "id")
    new = read_districts(QgsVectorLayer(str(PLR_SHP), "new", "ogr"), "new", "PLR_ID")
    pts = read_address_points(QgsVectorLayer(str(POINTS), "pts", "ogr"), "pts", "households")
    ras = QgsRasterLayer(_density_raster(tmp_path / "d.tif"), "density")
    counts = np.array([float(r["inhabitants"]) for r in _table("2020-02")])
    for kw in ({"points": pts}, {"raster": ras}):
        p_src, p_dst, w, mass, _notes = overlay_weights(context, QgsProcessingFeedback(), old, new, **kw)
        assert mass is not None
        h = Harmoniser(p_src, p_dst, w, len(old), len(new), mass=mass)
        sums, _m, uncovered, _r = h.apply(np.eye(len(old)))
        assert np.all(uncovered == 0)
        assert sums.sum(axis=0) == pytest.approx(np.ones(len(old)), abs=1e-12)
        assert not h.fallback.any()
        # the weights differ from the area's where a unit is split
        area = Harmoniser(p_src, p_dst, w, len(old), len(new))
        assert np.abs(h.apply(np.eye(len(old)))[0] - area.apply(np.eye(len(old)))[0]).max() > 0.05
    assert counts.sum() > 0


def test_target_not_covering_with_address_points(processing_registry, tmp_path):
    """Without Spandau, the residents of the old Spandau units are uncovered under dasymetric weighting
    too: reported per period, nothing written."""
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer

    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    layer.setSubsetString("\"BEZ\" <> '05'")
    target = str(tmp_path / "without_spandau.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    assert QgsVectorFileWriter.writeAsVectorFormatV3(layer, target, layer.transformContext(), opts)[0] == 0
    table = _series_table(tmp_path / "s.csv", [("2020-01", _csv("2020-01"), "id", str(OLD_PLR), "id"),
                                               ("2020-02", _csv("2020-02"), "id", str(OLD_PLR), "id")])
    message = _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "TARGET": target,
                                  "PREVIOUS_GEOMETRY": None, "ADDRESS_POINTS": str(POINTS),
                                  "ADDRESS_WEIGHT": "households"},
                       "does not cover", "2020-01:", "2020-02:")
    spandau = sum(float(r["inhabitants"]) for r in _table("2020-02", "districts") if r["id"].zfill(2) == "05")
    reported = float(message.split("2020-02: ")[1].split(" of ")[0])
    assert reported == pytest.approx(spandau, rel=0.01)


def test_dasymetric_bad_input(processing_registry, tmp_path):
    ras = _raster(tmp_path / "w.tif", [[1.0]], OFFSET_X, OFFSET_Y, 1.0)
    _refused(tmp_path, {"WEIGHT_RASTER": ras, "ADDRESS_POINTS": str(POINTS)}, "not both")
    _refused(tmp_path, {"ADDRESS_WEIGHT": "households"}, "ADDRESS_WEIGHT", "ADDRESS_POINTS")
    negative = memory_layer("Point", "EPSG:25833", ["households:double"],
                            [("POINT(390000 5820000)", {"households": 2}),
                             ("POINT(390010 5820000)", {"households": -1})])
    _refused(tmp_path, {"ADDRESS_POINTS": negative, "ADDRESS_WEIGHT": "households"}, "households", "negative")
    far = memory_layer("Point", "EPSG:25833", ["households:double"], [("POINT(0 0)", {"households": 2})])
    _refused(tmp_path, {"ADDRESS_POINTS": far, "ADDRESS_WEIGHT": "households"}, "No address point", "lies in a unit")


# ---------------------------------------------------------------------------------------------- geometries
def test_periods_on_three_geometries_each_named(processing_registry, tmp_path):
    """Old LOR (2020-02), the Bezirksregionen 2021 (2021-02, a table of district regions) and the target
    (2024-02): each period on the geometry named in the series table, the two earlier ones harmonised
    separately. Totals conserved; the district regions nest the Planungsräume, so the harmonised 2021-02
    adds up to the district-region table exactly."""
    import json

    import processing

    regions = SAMPLE / "berlin-lor-population-2021-02-t1-district-regions.csv"
    table = _series_table(tmp_path / "s.csv", [
        ("2020-02", _csv("2020-02"), "id", str(OLD_PLR), "id"),
        ("2021-02", str(regions), "id", str(BZR_SHP), "BZR_ID"),
        ("2024-02", _csv("2024-02"), "id", "", "")])
    out = tmp_path / "out"
    out.mkdir()
    res = processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=None, SERIES_TABLE=table, PREVIOUS_GEOMETRY=None, INDICES=["D"], CHANGE=None,
        CHART_PNG=None, MAP_PAGE=None))
    assert res["PERIODS"] == 3 and res["HARMONISED"] == 2
    acc = _read(res["ACCOUNTING"])
    assert {r["period"]: r["geometry"] for r in acc} == {
        "2020-02": "berlin-lor-planning-areas-until-2020.geojson", "2021-02": "lor_bezirksregionen_2021.shp",
        "2024-02": "lor_planungsraeume_2021"}
    for r in acc:
        assert float(r["district_total"]) == pytest.approx(float(r["source_total"]), rel=1e-9), r
        assert float(r["uncovered"]) == 0.0
    long_rows = _read(res["LONG"])
    regions_rows = {r["id"]: r for r in _read(regions)}
    sums = {}
    for r in long_rows:
        if r["period"] == "2021-02":
            s = sums.setdefault(r["district"][:6], np.zeros(3))
            s += [float(r["total"]), float(r[MH]), float(r[FOREIGN])]
    assert set(sums) == set(regions_rows)
    for k, s in sums.items():
        expected = [float(regions_rows[k][f]) for f in ("inhabitants", MH, FOREIGN)]
        assert s == pytest.approx(expected, rel=1e-9, abs=1e-6), k
    breaks = json.loads((out / "breaks.json").read_text(encoding="utf-8"))
    assert breaks["boundary_changes"] == [["2020-02", "2021-02"], ["2021-02", "2024-02"]]
    assert breaks["boundary_change"] == ["2021-02", "2024-02"]
    svg = (out / "chart.svg").read_text(encoding="utf-8")
    assert svg.count("boundary change") >= 2
    series = {r["period"]: r for r in _read(res["SERIES"])}
    assert "lor_bezirksregionen_2021" in series["2021-02"]["note"]


def test_period_geometry_that_cannot_be_determined(processing_registry, tmp_path):
    """Keys that fit two geometries (the old LOR and a copy of it) are refused unless the period names its
    geometry; keys that fit no geometry name the geometries tried; keys that do not fit the geometry
    named are refused too."""
    copy = tmp_path / "old_copy.geojson"
    shutil.copy(OLD_PLR, copy)
    table = _series_table(tmp_path / "s.csv", [
        ("2020-01", _csv("2020-01"), "id", str(copy), "id"),
        ("2020-02", _csv("2020-02"), "id", "", ""),
        ("2021-01", _csv("2021-01"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table}, "Period 2020-02", "cannot be determined",
             "old_copy", "berlin-lor-planning-areas-until-2020", "geometry_key")
    table = _series_table(tmp_path / "s2.csv", [
        ("2020-02", _csv("2020-02"), "id", "", ""),
        ("2021-02", str(SAMPLE / "berlin-lor-population-2021-02-t1-district-regions.csv"), "id", str(BZR_SHP),
         "BZR_ID"),
        ("2024-02", _csv("2024-02"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "PREVIOUS_GEOMETRY": None},
             "Period 2020-02", "no key of field 'id'", "lor_planungsraeume_2021", "lor_bezirksregionen_2021",
             "SERIES_TABLE")
    table = _series_table(tmp_path / "s3.csv", [
        ("2020-02", _csv("2020-02"), "id", str(BZR_SHP), "BZR_ID"),
        ("2024-02", _csv("2024-02"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "PREVIOUS_GEOMETRY": None},
             "Period 2020-02", "no key of field 'id' matches a district of 'lor_bezirksregionen_2021.shp'")
    table = _series_table(tmp_path / "s4.csv", [("2020-02", _csv("2020-02"), "id", str(BZR_SHP), ""),
                                                ("2024-02", _csv("2024-02"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "PREVIOUS_GEOMETRY": None},
             "period 2020-02", "no geometry_key")


def test_period_naming_the_target_geometry_is_on_the_target(processing_registry, tmp_path):
    """A series table may name the target's own file (with its key) as a period's geometry: that period is
    used as it is, not harmonised."""
    import processing

    table = _series_table(tmp_path / "s.csv", [("2024-01", _csv("2024-01"), "id", str(PLR_SHP), "PLR_ID"),
                                               ("2024-02", _csv("2024-02"), "id", "", "")])
    out = tmp_path / "out"
    out.mkdir()
    res = processing.run("milieuatlas:monitoring", _params(
        out, FOLDER=None, SERIES_TABLE=table, PREVIOUS_GEOMETRY=None, INDICES=["D"], CHANGE=None, BREAKS=None,
        CHART_PNG=None, CHART_SVG=None))
    assert res["HARMONISED"] == 0
    assert {r["geometry"] for r in _read(res["ACCOUNTING"])} == {"lor_planungsraeume_2021"}


def test_period_geometry_that_cannot_be_opened(processing_registry, tmp_path):
    table = _series_table(tmp_path / "s.csv", [("2020-02", _csv("2020-02"), "id", str(tmp_path / "gone.gpkg"), "id"),
                                               ("2024-02", _csv("2024-02"), "id", "", "")])
    _refused(tmp_path, {"FOLDER": None, "SERIES_TABLE": table, "PREVIOUS_GEOMETRY": None},
             "Period 2020-02", "gone.gpkg", "cannot be opened")
