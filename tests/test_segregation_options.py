"""Variant parameters of segregationindices: multiscalar profile, centres, Atkinson b."""
import csv

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from .conftest import SAMPLE

FOREIGN = "inhabitants_foreigners"
PLR = SAMPLE / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"


@pytest.fixture(scope="module")
def plr_joined(processing_registry, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("opts") / "plr.gpkg"
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID",
        "SOURCE": str(SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", FOREIGN],
        "OUTPUT": str(out), "UNMATCHED": "TEMPORARY_OUTPUT", "ACCOUNTING": "TEMPORARY_OUTPUT"})
    return str(out)


def run(params, tmp_path):
    import processing

    out = tmp_path / "out.csv"
    processing.run("milieuatlas:segregationindices", dict(params, OUTPUT=str(out)))
    with open(out, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_multiscalar_profile_one_row_per_bandwidth(plr_joined, tmp_path):
    rows = run({"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
                "INDICES": ["HSPATIAL", "H"], "BANDWIDTHS": "1, 1000, 4000"}, tmp_path)
    h = float(next(r["value"] for r in rows if r["index"] == "H"))
    profile = [r for r in rows if r["index"] == "HSPATIAL"]
    assert [("bandwidth 1 m" in r["note"], "bandwidth 1000 m" in r["note"],
             "bandwidth 4000 m" in r["note"]) for r in profile] == \
        [(True, False, False), (False, True, False), (False, False, True)]
    # a kernel narrower than any distance between centroids sees only the unit itself: H~ = H
    assert float(profile[0]["value"]) == pytest.approx(h, rel=1e-12)
    # smoothing over a wider environment can only lower the spatial H here
    assert float(profile[2]["value"]) < float(profile[1]["value"]) < h


def test_centres_in_another_crs_are_reprojected(plr_joined, tmp_path):
    centres = QgsVectorLayer("Point?crs=EPSG:4326", "centres", "memory")
    for lon, lat in ((13.4132, 52.5219), (13.3320, 52.5067)):  # Alexanderplatz, Zoo
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        centres.dataProvider().addFeature(f)
    one = run({"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
               "INDICES": ["ACE"]}, tmp_path)[0]
    two = run({"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
               "INDICES": ["ACE"], "CENTRES": centres}, tmp_path)[0]
    assert "mean of unit centroids" in one["note"]
    assert "mean of unit centroids" not in two["note"]
    assert float(one["value"]) != float(two["value"])
    assert 0 <= float(two["value"]) <= 1


def test_atkinson_b_changes_a(plr_joined, tmp_path):
    rows = [run({"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
                 "INDICES": ["A"], "ATKINSON_B": b}, tmp_path)[0] for b in (0.1, 0.5, 0.9)]
    values = [float(r["value"]) for r in rows]
    assert len(set(values)) == 3 and all(0 < v < 1 for v in values)
    assert "b=0.1" in rows[0]["note"] and "b=0.9" in rows[2]["note"]


def test_bad_bandwidth_is_refused(plr_joined, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="not a number"):
        run({"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
             "INDICES": ["HSPATIAL"], "BANDWIDTHS": "500,abc"}, tmp_path)
    assert not (tmp_path / "out.csv").exists()


def test_kernel_method_exact_and_grid_agree_and_the_note_says_which(plr_joined, tmp_path):
    base = {"INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
            "INDICES": ["HSPATIAL", "DDXPX", "ACL"], "BANDWIDTHS": "1500"}
    exact = run(dict(base, KERNEL_METHOD="exact"), tmp_path)
    grid = run(dict(base, KERNEL_METHOD="grid"), tmp_path)
    auto = run(base, tmp_path)
    assert len(exact) == len(grid) == 3
    for e, g, a in zip(exact, grid, auto):
        assert "kernel sums exact" in e["note"]
        assert "grid" in g["note"] and "sampled units" in g["note"]
        assert "kernel sums" in a["note"]
        assert float(g["value"]) == pytest.approx(float(e["value"]), rel=1e-2)


def test_kernel_indices_skip_the_neighbour_search(plr_joined, tmp_path, monkeypatch):
    import processing
    from milieu_atlas_plugin.qgis_io import spatial_context as sc

    calls = []
    real = sc._hashed_pairs
    monkeypatch.setattr(sc, "_hashed_pairs", lambda *a, **k: calls.append(1) or real(*a, **k))
    out = tmp_path / "o.csv"
    processing.run("milieuatlas:segregationindices", {
        "INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
        "INDICES": ["HSPATIAL", "ACL", "DELTA"], "OUTPUT": str(out)})
    assert calls == []
    processing.run("milieuatlas:segregationindices", {
        "INPUT": plr_joined, "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN],
        "INDICES": ["HSPATIAL", "DADJ"], "OUTPUT": str(out)})
    assert calls == [1]
