"""milieuatlas:localmeasures through processing.run on the Berlin sample and hand-made layers."""
import csv

import numpy as np
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from .conftest import PLR_SHP, T1_2024_PLR
from .test_segregation_alg import memory_layer

MH = "inhabitants_with_migration_background"


@pytest.fixture(scope="module")
def berlin_joined(processing_registry, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("local") / "joined.gpkg"
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(T1_2024_PLR),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH],
        "OUTPUT": str(out), "UNMATCHED": "TEMPORARY_OUTPUT", "ACCOUNTING": "TEMPORARY_OUTPUT"})
    return out


def test_share_and_lq_on_berlin_match_the_raw_table(berlin_joined, tmp_path):
    import processing

    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": str(berlin_joined), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
        "PERMUTATIONS": 99, "SEED": 1, "MIN_COUNT": 0, "OUTPUT": str(tmp_path / "local.gpkg")})
    layer = QgsVectorLayer(res["OUTPUT"], "local", "ogr")
    assert layer.featureCount() == 542
    raw = {r["id"]: r for r in csv.DictReader(open(T1_2024_PLR, encoding="utf-8"))}
    city = sum(float(r[MH]) for r in raw.values()) / sum(float(r["inhabitants"]) for r in raw.values())
    classes = set()
    for f in layer.getFeatures():
        r = raw[f["PLR_ID"]]
        t, x = float(r["inhabitants"]), float(r[MH])
        if t == 0:
            assert f[f"{MH}_lq"] in (None, NULL)
            continue
        assert f[f"{MH}_share"] == pytest.approx(x / t, rel=1e-12)
        assert f[f"{MH}_lq"] == pytest.approx(x / t / city, rel=1e-12)
        classes.add(f[f"{MH}_lisa"])
        assert f["suppressed"] in (False, 0)
    # inner-city clusters of high shares and outer clusters of low shares exist in Berlin
    assert {"HH", "LL"} <= classes <= {"HH", "LL", "HL", "LH", "ns"}
    # all original attributes are kept, the input is untouched
    assert "PLR_NAME" in layer.fields().names()


def test_small_counts_are_suppressed(processing_registry, tmp_path):
    import processing

    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": memory_layer([(100, 2), (100, 40), (2, 0), (100, 0)]), "TOTAL_FIELD": "total",
        "GROUP_FIELDS": ["grp"], "MIN_COUNT": 3, "SPATIAL": False,
        "OUTPUT": str(tmp_path / "s.gpkg")})
    layer = QgsVectorLayer(res["OUTPUT"], "s", "ogr")
    feats = list(layer.getFeatures())
    assert [bool(f["suppressed"]) for f in feats] == [True, False, True, False]
    assert feats[0]["grp_lq"] in (None, NULL)
    # city share 42/302: LQ of the second unit is 0.4 / (42/302)
    assert feats[1]["grp_lq"] == pytest.approx(0.4 / (42 / 302), rel=1e-12)
    assert feats[3]["grp_lq"] == 0.0
    assert res["SUPPRESSED"] == 2


def test_suppression_is_per_group(processing_registry, tmp_path):
    """Hiding a small group never hides another group's values: per-group flags
    <group>_suppressed, suppressed = any; every derived value of the hidden group is blank
    (share, LQ, contribution, entropy, LISA, Gi*)."""
    import processing

    rows = [(100, 2, 50), (100, 40, 30), (120, 30, 60), (90, 20, 45), (110, 25, 50)]
    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": memory_layer(rows, fields=("total", "a", "b")), "TOTAL_FIELD": "total",
        "GROUP_FIELDS": ["a", "b"], "MIN_COUNT": 3, "SPATIAL": True, "PERMUTATIONS": 9,
        "SEED": 1, "OUTPUT": str(tmp_path / "g.gpkg")})
    feats = list(QgsVectorLayer(res["OUTPUT"], "g", "ogr").getFeatures())
    assert [bool(f["a_suppressed"]) for f in feats] == [True, False, False, False, False]
    assert [bool(f["b_suppressed"]) for f in feats] == [False] * 5
    assert [bool(f["suppressed"]) for f in feats] == [True, False, False, False, False]
    for suffix in ("share", "lq", "dcontrib", "entropy", "simpson", "lisa", "lisa_p",
                   "gistar_z"):
        assert feats[0][f"a_{suffix}"] in (None, NULL), suffix
        assert feats[0][f"b_{suffix}"] not in (None, NULL), suffix
    assert feats[0]["b_share"] == pytest.approx(0.5)
    assert res["SUPPRESSED"] == 1
    # the analysis layer keeps the counts; MASK_COUNTS empties them where a group is suppressed
    assert (feats[0]["total"], feats[0]["a"], feats[0]["b"]) == (100, 2, 50)
    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": memory_layer(rows, fields=("total", "a", "b")), "TOTAL_FIELD": "total",
        "GROUP_FIELDS": ["a", "b"], "MIN_COUNT": 3, "SPATIAL": False, "MASK_COUNTS": True,
        "OUTPUT": str(tmp_path / "m.gpkg")})
    masked = list(QgsVectorLayer(res["OUTPUT"], "m", "ogr").getFeatures())
    assert [(f["total"], f["a"], f["b"]) for f in masked[:2]] == [(NULL, NULL, NULL), (100, 40, 30)]


def test_existing_output_field_is_refused(processing_registry, tmp_path):
    import processing

    layer = memory_layer([(10, 1), (10, 2)], fields=("total", "grp", "grp_lq"))
    with pytest.raises(QgsProcessingException, match="grp_lq"):
        processing.run("milieuatlas:localmeasures", {
            "INPUT": layer, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"], "SPATIAL": False,
            "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


def test_partition_over_total_names_the_feature(processing_registry, tmp_path):
    import processing

    layer = memory_layer([(10, 2, 3), (10, 6, 6), (10, 1, 1)], fields=("total", "a", "b"))
    with pytest.raises(QgsProcessingException, match=r"feature 2: .*sum to more than the total"):
        processing.run("milieuatlas:localmeasures", {
            "INPUT": layer, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["a", "b"], "MULTIGROUP": True,
            "SPATIAL": False, "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()
