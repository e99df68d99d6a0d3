"""milieuatlas:segregationindices through processing.run in real QGIS."""
import csv

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsProcessingException, QgsVectorLayer
from milieu_atlas_plugin.compat import FieldType

from .conftest import PLR_SHP, T1_2024_PLR

MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"


def run(params):
    import processing

    return processing.run("milieuatlas:segregationindices", params)


def read_csv(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def memory_layer(rows, fields=("total", "grp"), geometry=True):
    """Squares side by side (or a plain table) carrying the given counts."""
    uri = "Polygon?crs=EPSG:25833" if geometry else "None"
    layer = QgsVectorLayer(uri, "hand-made", "memory")
    layer.dataProvider().addAttributes([QgsField(f, FieldType.Double) for f in fields])
    layer.updateFields()
    feats = []
    for i, values in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes(list(values))
        if geometry:
            f.setGeometry(QgsGeometry.fromWkt(
                f"POLYGON(({i*100} 0,{i*100+100} 0,{i*100+100} 100,{i*100} 100,{i*100} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def berlin_expected():
    table = read_csv(T1_2024_PLR)
    t = np.array([float(r["inhabitants"]) for r in table])
    return t, {g: np.array([float(r[g]) for r in table]) for g in (MH, FOREIGN)}


def test_d_on_berlin_planungsraeume_matches_numpy(processing_registry, tmp_path):
    """D on the 542 Planungsräume of 31.12.2024, computed here independently from the raw CSV."""
    import processing

    joined = tmp_path / "joined.gpkg"
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(T1_2024_PLR),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH, FOREIGN],
        "OUTPUT": str(joined), "UNMATCHED": str(tmp_path / "u.csv"),
        "ACCOUNTING": str(tmp_path / "a.csv")})
    out = tmp_path / "indices.csv"
    run({"INPUT": str(joined), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH, FOREIGN],
         "OUTPUT": str(out)})
    rows = read_csv(out)
    assert {"index", "group", "value", "expected", "p_value", "ci_low", "ci_high", "units",
            "note"} <= set(rows[0])
    t, groups = berlin_expected()
    populated = t > 0  # two Planungsräume have no residents: skipped, as the note says
    t = t[populated]
    for g, x in groups.items():
        x = x[populated]
        y = t - x
        d = 0.5 * np.abs(x / x.sum() - y / y.sum()).sum()
        p = x / t
        P = x.sum() / t.sum()
        gini = np.abs(p[:, None] - p[None, :]) @ t @ t / (2 * t.sum() ** 2 * P * (1 - P))
        got = {r["index"]: r for r in rows if r["group"] == g}
        assert float(got["D"]["value"]) == pytest.approx(d, abs=1e-12)
        assert float(got["GINI"]["value"]) == pytest.approx(gini, rel=1e-10)
        assert int(got["D"]["units"]) == 540
        assert "2 zero-population" in got["D"]["note"]
    d_mh = float(next(r["value"] for r in rows if r["index"] == "D" and r["group"] == MH))
    assert 0.2 < d_mh < 0.3  # domain.md: about 0.24 on the 542 Planungsräume


def test_complete_separation_and_evenness(processing_registry, tmp_path):
    sep = tmp_path / "sep.csv"
    run({"INPUT": memory_layer([(10, 10), (20, 0), (5, 5), (7, 0)]), "TOTAL_FIELD": "total",
         "GROUP_FIELDS": ["grp"], "INDICES": ["D", "GINI", "H", "ETA2"], "OUTPUT": str(sep)})
    for r in read_csv(sep):
        assert float(r["value"]) == pytest.approx(1.0, abs=1e-12), r["index"]
    even = tmp_path / "even.csv"
    run({"INPUT": memory_layer([(10, 3), (20, 6), (50, 15)]), "TOTAL_FIELD": "total",
         "GROUP_FIELDS": ["grp"], "INDICES": ["D", "GINI", "H", "A", "ETA2"], "OUTPUT": str(even)})
    for r in read_csv(even):
        assert float(r["value"]) == pytest.approx(0.0, abs=1e-12), r["index"]


def test_multigroup_partition_on_berlin(processing_registry, tmp_path):
    """Foreigners, Germans with and Germans without migration background partition the total."""
    out = tmp_path / "multi.csv"
    groups = [FOREIGN, "inhabitants_germans_with_migration_background",
              "inhabitants_germans_without_migration_background"]
    run({"INPUT": str(T1_2024_PLR), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": groups,
         "MULTIGROUP": True, "INDICES": ["MD", "MH"], "OUTPUT": str(out)})
    rows = {r["index"]: float(r["value"]) for r in read_csv(out) if r["group"] == "multigroup"}
    table = read_csv(T1_2024_PLR)
    n = np.array([[float(r[g]) for g in groups] for r in table])
    n = n[n.sum(1) > 0]
    t = n.sum(1)
    pim = n / t[:, None]
    pm = n.sum(0) / t.sum()
    simpson = (pm * (1 - pm)).sum()
    md = (t[:, None] * np.abs(pim - pm)).sum() / (2 * t.sum() * simpson)
    ent = -(pm * np.log(pm)).sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(pim > 0, pim * np.log(pim / pm), 0.0)
    mh = (t[:, None] * terms).sum() / (t.sum() * ent)
    assert rows["MD"] == pytest.approx(md, rel=1e-10)
    assert rows["MH"] == pytest.approx(mh, rel=1e-10)


@pytest.mark.parametrize("rows, group, words", [
    ([(10, 12), (10, 1)], "grp", ["grp", "exceeds", "total"]),
    ([(10, -1), (10, 1)], "grp", ["grp", "negative"]),
    ([(10, 1), (10, 1)], "missing", ["missing"]),
])
def test_bad_input_names_field_and_writes_nothing(processing_registry, tmp_path, rows, group, words):
    out = tmp_path / "bad.csv"
    with pytest.raises(QgsProcessingException) as err:
        run({"INPUT": memory_layer(rows), "TOTAL_FIELD": "total", "GROUP_FIELDS": [group],
             "OUTPUT": str(out)})
    for w in words:
        assert w in str(err.value)
    assert not out.exists()


def test_null_count_names_feature(processing_registry, tmp_path):
    layer = memory_layer([(10, 1), (10, None), (10, 2)])
    with pytest.raises(QgsProcessingException, match="feature 2 has no value"):
        run({"INPUT": layer, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"],
             "OUTPUT": str(tmp_path / "x.csv")})
    assert not (tmp_path / "x.csv").exists()
