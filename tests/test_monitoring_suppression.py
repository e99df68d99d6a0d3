"""milieuatlas:monitoring applies the plugin's one suppression rule (MIN_COUNT, MASK_COUNTS).

A hand-made series: the Berlin planning areas of 2024-01 and 2024-02 (on the target geometry), with one
district's migration-background count set to 2 in 2024-02 (below the default MIN_COUNT 3). Expected
values are computed here from the input counts, not taken from the algorithm."""
import csv
import shutil

import pytest
from qgis.core import QgsProcessingFeedback

from .conftest import PLR_SHP, SAMPLE

SERIES = SAMPLE / "series"
MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"
DISTRICT = "01100102"     # the district made small
FIRST, LAST = "2024-01", "2024-02"


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class _Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = tmp_path_factory.mktemp("small_series")
    shutil.copy(SERIES / f"berlin-lor-population-{FIRST}-t1-planning-areas.csv", folder)
    rows = _read(SERIES / f"berlin-lor-population-{LAST}-t1-planning-areas.csv")
    with open(folder / f"berlin-lor-population-{LAST}-t1-planning-areas.csv", "w", newline="",
              encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow(dict(r, **{MH: "2"}) if r["id"] == DISTRICT else r)
    inputs = {}
    for date in (FIRST, LAST):
        inputs[date] = {r["id"]: {k: float(r[k]) for k in ("inhabitants", MH, FOREIGN)}
                        for r in _read(folder / f"berlin-lor-population-{date}-t1-planning-areas.csv")}
    assert inputs[LAST][DISTRICT][MH] == 2 and inputs[LAST][DISTRICT]["inhabitants"] > 100
    return folder, inputs


def _run(series, out, **extra):
    import processing

    out.mkdir()
    params = {"TARGET": str(PLR_SHP), "TARGET_KEY": "PLR_ID", "FOLDER": str(series[0]),
              "GROUP_FIELDS": f"{MH},{FOREIGN}", "BOOTSTRAP": 19, "SEED": 7, "INDICES": ["D"],
              "LONG": str(out / "long.csv"), "SERIES": str(out / "series.csv"), "CHANGE": str(out / "change.gpkg"),
              "ACCOUNTING": None, "BREAKS": str(out / "breaks.json"), "CHART_PNG": None, "CHART_SVG": None,
              "MAP_PAGE": str(out / "maps.png"), "LANGUAGE": "en"}
    params.update(extra)
    log = _Log()
    result = processing.run("milieuatlas:monitoring", params, feedback=log)
    long_rows = {(r["period"], r["district"]): r for r in _read(out / "long.csv")}
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(out / "change.gpkg"), "change", "ogr")
    change = {f["PLR_ID"]: {k: f[k] for k in f.fields().names()} for f in layer.getFeatures()}
    return result, long_rows, change, _read(out / "series.csv"), log.lines


@pytest.fixture(scope="module")
def default_run(processing_registry, series, tmp_path_factory):
    return _run(series, tmp_path_factory.mktemp("default") / "out")


@pytest.fixture(scope="module")
def unsuppressed_run(processing_registry, series, tmp_path_factory):
    return _run(series, tmp_path_factory.mktemp("nosup") / "out", MIN_COUNT=0)


def _share(inputs, date, district, group):
    c = inputs[date][district]
    return c[group] / c["inhabitants"]


def _city(inputs, date, group):
    rows = inputs[date].values()
    return sum(r[group] for r in rows) / sum(r["inhabitants"] for r in rows)


def test_small_group_blank_and_flagged_in_long(series, default_run):
    _, inputs = series
    _, long_rows, _, _, log = default_run
    row = long_rows[(LAST, DISTRICT)]
    assert row[MH + "_share"] == "" and row[MH + "_lq"] == ""
    assert row[MH + "_suppressed"] == "1" and row["suppressed"] == "1"
    # the other group of the same district-period is untouched
    assert row[FOREIGN + "_suppressed"] == "0"
    assert float(row[FOREIGN + "_share"]) == pytest.approx(_share(inputs, LAST, DISTRICT, FOREIGN), rel=1e-12)
    assert float(row[FOREIGN + "_lq"]) == pytest.approx(
        _share(inputs, LAST, DISTRICT, FOREIGN) / _city(inputs, LAST, FOREIGN), rel=1e-12)
    # counts kept (MASK_COUNTS is off)
    assert float(row[MH]) == 2 and float(row["total"]) == inputs[LAST][DISTRICT]["inhabitants"]
    # the same district in the other period and every other district are shown, LQ against the city
    # share of all counts (the small count included)
    hidden = [k for k, r in long_rows.items() if r["suppressed"] == "1"]
    assert hidden == [(LAST, DISTRICT)]
    for (date, district), r in long_rows.items():
        if (date, district) == (LAST, DISTRICT) or inputs[date][district]["inhabitants"] == 0:
            continue
        assert float(r[MH + "_share"]) == pytest.approx(_share(inputs, date, district, MH), rel=1e-12)
        assert float(r[MH + "_lq"]) == pytest.approx(
            _share(inputs, date, district, MH) / _city(inputs, date, MH), rel=1e-12)
    assert any("1 district-periods" in line and "minimum count 3" in line for line in log), log


def test_change_blank_and_flagged(series, default_run):
    _, inputs = series
    _, _, change, _, _ = default_run
    f = change[DISTRICT]
    for suffix in ("_change_pp", "_change_rel_pp", "_change_class"):
        assert str(f[MH + suffix]) == "NULL", suffix
    assert f[MH + "_suppressed"] is True and f["suppressed"] is True
    assert f[FOREIGN + "_suppressed"] is False
    pp = 100 * (_share(inputs, LAST, DISTRICT, FOREIGN) - _share(inputs, FIRST, DISTRICT, FOREIGN))
    assert f[FOREIGN + "_change_pp"] == pytest.approx(pp, abs=1e-9)
    assert str(f[FOREIGN + "_change_class"]) != "NULL"
    city_pp = 100 * (_city(inputs, LAST, MH) - _city(inputs, FIRST, MH))
    for key, g in change.items():
        if key == DISTRICT or 0 in (inputs[FIRST][key]["inhabitants"], inputs[LAST][key]["inhabitants"]):
            continue
        pp = 100 * (_share(inputs, LAST, key, MH) - _share(inputs, FIRST, key, MH))
        assert g[MH + "_change_pp"] == pytest.approx(pp, abs=1e-9)
        assert g[MH + "_change_rel_pp"] == pytest.approx(pp - city_pp, abs=1e-9)
        assert g["suppressed"] is False


def test_series_indices_from_all_counts(default_run, unsuppressed_run):
    """The city's index series is not a district value: the same with and without suppression."""
    a, b = default_run[3], unsuppressed_run[3]
    assert len(a) == len(b) == 4
    for ra, rb in zip(a, b):
        assert (ra["period"], ra["group"]) == (rb["period"], rb["group"])
        assert float(ra["value"]) == float(rb["value"])


def test_without_suppression_the_value_is_shown(series, unsuppressed_run):
    _, inputs = series
    _, long_rows, change, _, log = unsuppressed_run
    row = long_rows[(LAST, DISTRICT)]
    assert float(row[MH + "_share"]) == pytest.approx(2 / inputs[LAST][DISTRICT]["inhabitants"], rel=1e-12)
    assert row["suppressed"] == "0" and change[DISTRICT]["suppressed"] is False
    assert not [line for line in log if "district-periods" in line]


def test_mask_counts(processing_registry, series, tmp_path):
    _, inputs = series
    _, long_rows, _, _, _ = _run(series, tmp_path / "out", MASK_COUNTS=True)
    row = long_rows[(LAST, DISTRICT)]
    assert row["total"] == row[MH] == row[FOREIGN] == ""
    assert row[MH + "_share"] == "" and row["suppressed"] == "1"
    assert float(row[FOREIGN + "_share"]) == pytest.approx(_share(inputs, LAST, DISTRICT, FOREIGN), rel=1e-12)
    other = long_rows[(FIRST, DISTRICT)]
    assert float(other[MH]) == inputs[FIRST][DISTRICT][MH]
    assert float(other["total"]) == inputs[FIRST][DISTRICT]["inhabitants"]
