"""Every spatial level side by side, and the change between two dates, on Berlin's real tables."""
import csv

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from .conftest import SAMPLE

MH = "inhabitants_with_migration_background"
LEVELS = [  # geometry, key, table level
    ("lor_planungsraeume_2021_shp/lor_planungsraeume_2021.shp", "PLR_ID", "planning-areas"),
    ("lor_bezirksregionen_2021_shp/lor_bezirksregionen_2021.shp", "BZR_ID", "district-regions"),
    ("berlin-lor-forecast-areas-from-2021.geojson", "id", "forecast-areas"),
    ("berlin-lor-districts.geojson", "id", "districts"),
]


def table(level, year="2024"):
    with open(SAMPLE / f"berlin-lor-population-{year}-02-t1-{level}.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def dissimilarity(rows, group=MH):
    t = np.array([float(r["inhabitants"]) for r in rows])
    x = np.array([float(r[group]) for r in rows])
    x, t = x[t > 0], t[t > 0]
    return 0.5 * np.abs(x / x.sum() - (t - x) / (t - x).sum()).sum()


def read(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_levels_side_by_side_on_four_berlin_levels(processing_registry, tmp_path):
    import processing

    layers = []
    for geometry, key, level in LEVELS:
        out = tmp_path / f"{level}.gpkg"
        processing.run("milieuatlas:jointodistricts", {
            "DISTRICTS": str(SAMPLE / geometry), "DISTRICT_KEY": key,
            "SOURCE": str(SAMPLE / f"berlin-lor-population-2024-02-t1-{level}.csv"),
            "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH],
            "OUTPUT": str(out), "UNMATCHED": "TEMPORARY_OUTPUT", "ACCOUNTING": "TEMPORARY_OUTPUT"})
        layers.append(str(out))
    out = tmp_path / "levels.csv"
    # given coarse first: the table still lists the finest level first
    processing.run("milieuatlas:segregationlevels", {
        "LAYERS": list(reversed(layers)), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": MH,
        "INDICES": ["D", "DADJ"], "OUTPUT": str(out)})
    rows = read(out)
    d_rows = [r for r in rows if r["index"] == "D"]
    assert [r["level"] for r in d_rows] == [lvl for _, _, lvl in LEVELS]
    assert [int(r["units"]) for r in d_rows] == [540, 143, 58, 12]
    values = [float(r["value"]) for r in d_rows]
    for (_, _, level), value in zip(LEVELS, values):
        assert value == pytest.approx(dissimilarity(table(level)), abs=1e-12)
    # the modifiable areal unit problem: coarser units hide segregation (domain.md: 0.24 vs 0.17)
    assert values == sorted(values, reverse=True)
    assert values[0] == pytest.approx(0.24, abs=0.01) and values[-1] == pytest.approx(0.17, abs=0.01)
    assert len([r for r in rows if r["index"] == "DADJ"]) == 4


def test_change_2021_to_2024_on_the_same_planungsraeume(processing_registry, tmp_path):
    import processing

    out = tmp_path / "change.csv"
    processing.run("milieuatlas:segregationchange", {
        "INPUT_A": str(SAMPLE / "berlin-lor-population-2021-02-t1-planning-areas.csv"), "KEY_A": "id",
        "INPUT_B": str(SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"), "KEY_B": "id",
        "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH, "inhabitants_foreigners"],
        "INDICES": ["D"], "BOOTSTRAP": 199, "SEED": 7, "OUTPUT": str(out)})
    rows = {r["group"]: r for r in read(out)}
    for group, r in rows.items():
        a = dissimilarity(table("planning-areas", "2021"), group)
        b = dissimilarity(table("planning-areas", "2024"), group)
        assert float(r["value_a"]) == pytest.approx(a, abs=1e-12)
        assert float(r["value_b"]) == pytest.approx(b, abs=1e-12)
        assert float(r["difference"]) == pytest.approx(b - a, abs=1e-12)
        assert float(r["ci_low"]) <= b - a <= float(r["ci_high"])
        assert 0 < float(r["p_value"]) <= 1


def test_no_change_when_both_dates_are_identical(processing_registry, tmp_path):
    import processing

    path = str(SAMPLE / "berlin-lor-population-2024-02-t1-district-regions.csv")
    out = tmp_path / "same.csv"
    processing.run("milieuatlas:segregationchange", {
        "INPUT_A": path, "KEY_A": "id", "INPUT_B": path, "KEY_B": "id",
        "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "BOOTSTRAP": 199, "SEED": 3,
        "OUTPUT": str(out)})
    r = read(out)[0]
    assert float(r["difference"]) == 0.0
    assert float(r["ci_low"]) < 0 < float(r["ci_high"])
    assert float(r["p_value"]) > 0.5


def test_change_refuses_layers_without_common_keys(processing_registry, tmp_path):
    import processing

    out = tmp_path / "x.csv"
    with pytest.raises(QgsProcessingException, match="share fewer than two keys"):
        processing.run("milieuatlas:segregationchange", {
            "INPUT_A": str(SAMPLE / "berlin-lor-population-2024-02-t1-districts.csv"), "KEY_A": "id",
            "INPUT_B": str(SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"),
            "KEY_B": "id", "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "OUTPUT": str(out)})
    assert not out.exists()


def test_between_and_within_bezirke_add_up_on_berlin(processing_registry, tmp_path):
    """MM on the 542 Planungsräume = MM between the 12 Bezirke + MM within them; the between part
    equals MM computed directly on the Bezirke table."""
    import processing

    groups = ["inhabitants_foreigners", "inhabitants_germans_with_migration_background",
              "inhabitants_germans_without_migration_background"]
    joined = tmp_path / "plr.gpkg"
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(SAMPLE / LEVELS[0][0]), "DISTRICT_KEY": "PLR_ID",
        "SOURCE": str(SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants"] + groups,
        "OUTPUT": str(joined), "UNMATCHED": "TEMPORARY_OUTPUT", "ACCOUNTING": "TEMPORARY_OUTPUT"})
    out = tmp_path / "dec.csv"
    processing.run("milieuatlas:segregationindices", {
        "INPUT": str(joined), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": groups,
        "MULTIGROUP": True, "LEVEL_FIELD": "BEZ",
        "INDICES": ["MM", "MM_BETWEEN", "MM_WITHIN", "MH", "MH_BETWEEN", "MH_WITHIN"],
        "OUTPUT": str(out)})
    v = {r["index"]: float(r["value"]) for r in read(out)}
    assert v["MM_BETWEEN"] + v["MM_WITHIN"] == pytest.approx(v["MM"], abs=1e-12)
    assert v["MH_BETWEEN"] + v["MH_WITHIN"] == pytest.approx(v["MH"], abs=1e-12)
    bez = table("districts")
    n = np.array([[float(r[g]) for g in groups] for r in bez])
    t = n.sum(1)
    pm = n.sum(0) / t.sum()
    mm_bezirke = (t / t.sum() * ((n / t[:, None]) * np.log(n / t[:, None] / pm)).sum(1)).sum()
    assert v["MM_BETWEEN"] == pytest.approx(mm_bezirke, rel=1e-9)
    assert 0 < v["MM_BETWEEN"] < v["MM"]
