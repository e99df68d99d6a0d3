"""milieuatlas:districttypology through processing.run and the command line."""
import builtins
import csv
import json
import subprocess
import sys

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from milieu_atlas_plugin.compat import FieldType
from scipy.sparse.csgraph import connected_components

from .conftest import PLR_SHP, ROOT

MSS_CSV = ROOT / "tests" / "data" / "mss2021" / "mss_2021.csv"
MSS_PARAMS = {"METHOD": "mss", "STATUS_FIELDS": ["S1", "S3", "S4"],
              "DYNAMICS_FIELDS": ["D1", "D3", "D4"], "POPULATION_FIELD": "EW"}


def grid_layer(values, cols, names=("a", "b"), extra=(), text_field=None):
    """Squares of 100 m in rows of `cols` (queen neighbours), one per row of `values`; `extra`
    adds squares far away (islands) with their values."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "grid", "memory")
    fields = [QgsField("key", FieldType.Int)] + [QgsField(n, FieldType.Double) for n in names]
    if text_field:
        fields.append(QgsField(text_field, FieldType.String))
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    feats = []
    cells = [(i % cols, i // cols, v) for i, v in enumerate(values)]
    cells += [(50 + 5 * j, 50, v) for j, v in enumerate(extra)]
    for i, (x, y, v) in enumerate(cells):
        f = QgsFeature(layer.fields())
        attrs = [i] + [a if isinstance(a, str) else (None if a != a else float(a)) for a in v]
        f.setAttributes(attrs)
        x0, y0 = 400000 + 100 * x, 5800000 + 100 * y
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x0} {y0},{x0+100} {y0},{x0+100} {y0+100},{x0} {y0+100},{x0} {y0}))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def smooth_values(rows, cols, seed=0):
    r, c = np.divmod(np.arange(rows * cols), cols)
    rng = np.random.default_rng(seed)
    return np.column_stack([np.sin(r / 3.0) + 0.1 * rng.normal(size=r.size) + 2,
                            np.cos(c / 4.0) + 0.1 * rng.normal(size=r.size) + 2])


def features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def value(v):
    return None if v in (None, NULL) or v == "" else v


# ----------------------------------------------------------------------------------------- MSS

def test_mss_2021_classes_through_processing(processing_registry, tmp_path):
    import processing

    out, prof = tmp_path / "mss.gpkg", tmp_path / "profile.csv"
    res = processing.run("milieuatlas:districttypology", dict(
        MSS_PARAMS, INPUT=str(MSS_CSV), OUTPUT=str(out), PROFILE=str(prof)))
    assert (res["CLASSIFIED"], res["UNCLASSIFIED"]) == (536, 6)
    feats = features(out)
    assert len(feats) == 542
    checked = 0
    for f in feats:
        if value(f["SI_N"]) is None:
            assert value(f["type_id"]) is None and value(f["mss_status"]) is None
            continue
        assert int(f["mss_status"]) == int(f["SI_N"])
        assert int(f["mss_dynamics"]) == (int(f["DI_N"]) + 1) // 2
        assert int(f["type_id"]) == 10 * int(f["mss_status"]) + int(f["mss_dynamics"])
        checked += 1
    assert checked == 536
    assert feats[0]["type_label"] == "Status medium, dynamics negative"   # Stülerstraße, "2-"
    assert feats[0]["PLR_NAME"] == "Stülerstraße"   # every input attribute kept
    rows = list(csv.DictReader(open(prof, encoding="utf-8")))
    assert rows[-1]["type_label"] == "all classified districts"
    assert int(rows[-1]["districts"]) == 536
    assert sum(int(r["districts"]) for r in rows[:-1]) == 536
    assert float(rows[-1]["S1_index"]) == pytest.approx(100.0)
    hoch = [r for r in rows if r["type_id"] in ("11", "12", "13")]
    assert sum(int(r["districts"]) for r in hoch) == 75


def test_mss_through_the_command_line(tmp_path):
    out = tmp_path / "mss.csv"
    r = subprocess.run([sys.executable, "-m", "milieu_atlas_plugin", "run",
                        "milieuatlas:districttypology", "--", f"INPUT={MSS_CSV}", "METHOD=mss",
                        "STATUS_FIELDS=S1", "STATUS_FIELDS=S3", "STATUS_FIELDS=S4",
                        "DYNAMICS_FIELDS=D1", "DYNAMICS_FIELDS=D3", "DYNAMICS_FIELDS=D4",
                        "POPULATION_FIELD=EW", f"OUTPUT={out}"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)
    assert result["CLASSIFIED"] == 536
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert all(row["mss_status"] == row["SI_N"] for row in rows if row["SI_N"])


# -------------------------------------------------------------------------------------- kmeans

def test_kmeans_on_a_table_is_order_free_and_seeded(processing_registry, tmp_path):
    import processing

    rng = np.random.default_rng(2)
    X = np.vstack([rng.normal(c, 0.4, (30, 2)) for c in ([1, 1], [5, 1], [3, 5])]) + 2
    perm = rng.permutation(len(X))
    results = []
    for name, rows in (("a", X), ("b", X[perm])):
        table = grid_layer([tuple(map(float, r)) for r in rows], 10,
                           names=("mil_KOS_share", "mil_PER_share"))
        out = tmp_path / f"{name}.gpkg"
        res = processing.run("milieuatlas:districttypology", {
            "INPUT": table, "FIELDS": ["mil_KOS_share", "mil_PER_share"], "METHOD": "kmeans",
            "K": 0, "RESTARTS": 20, "SEED": 11, "OUTPUT": str(out),
            "PROFILE": str(tmp_path / f"{name}.csv")})
        assert res["K"] == 3 and res["SILHOUETTE"] > 0.6
        tried = dict(item.split(": ") for item in res["SILHOUETTES"].split("; "))
        assert list(tried) == [str(k) for k in range(2, 11)]
        assert max(tried, key=lambda k: float(tried[k])) == "3"
        got = {}
        for f in features(out):
            got[(round(f["mil_KOS_share"], 12), round(f["mil_PER_share"], 12))] = (
                f["type_id"], f["type_label"], f["type_distance"])
        results.append(got)
    assert results[0] == results[1]
    labels = {v[1] for v in results[0].values()}
    assert "high share of PER" in labels          # the type around (5, 7)


def test_german_labels(processing_registry, tmp_path):
    import processing
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "de.qm"
    subprocess.run(["lrelease", "-silent", str(ROOT / "i18n" / "milieu_atlas_de.ts"), "-qm",
                    str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        res = processing.run("milieuatlas:districttypology", dict(
            MSS_PARAMS, INPUT=str(MSS_CSV), OUTPUT=str(tmp_path / "de.gpkg"),
            PROFILE=str(tmp_path / "de.csv")))
        layer = grid_layer([(0.30, 0.02), (0.31, 0.03), (0.02, 0.30), (0.03, 0.31)], 4,
                           names=("mil_KOS_share", "mil_PER_share"))
        km = processing.run("milieuatlas:districttypology", {
            "INPUT": layer, "FIELDS": ["mil_KOS_share", "mil_PER_share"], "K": 2, "SEED": 1,
            "RESTARTS": 5, "OUTPUT": str(tmp_path / "km.gpkg")})
    finally:
        QCoreApplication.removeTranslator(translator)
    first = features(res["OUTPUT"])[0]
    assert first["type_label"] == "Status mittel, Dynamik negativ"   # as SDI_V of Stülerstraße
    rows = list(csv.DictReader(open(tmp_path / "de.csv", encoding="utf-8")))
    assert rows[-1]["type_label"] == "alle klassifizierten Gebiete"
    labels = {f["type_label"] for f in features(km["OUTPUT"])}
    assert labels == {"hoher Anteil KOS", "hoher Anteil PER"}


# ---------------------------------------------------------------------------------- contiguous

def test_contiguous_types_are_connected_on_the_engines_adjacency(processing_registry, tmp_path):
    import processing
    from milieu_atlas_plugin.qgis_io.spatial_context import spatial_context

    values = smooth_values(12, 15)
    layer = grid_layer([tuple(v) for v in values], 15,
                       extra=[(9.0, 9.0), (8.0, 1.0)])
    out = tmp_path / "ct.gpkg"
    res = processing.run("milieuatlas:districttypology", {
        "INPUT": layer, "FIELDS": ["a", "b"], "METHOD": "contiguous", "K": 6, "SEED": 1,
        "TRANSFORM": "zscore", "OUTPUT": str(out)})
    assert (res["ISLANDS"], res["AREAS"], res["CLASSIFIED"]) == (2, 1, 180)
    feats = features(out)
    ids = np.array([np.nan if value(f["type_id"]) is None else f["type_id"] for f in feats])
    assert np.isnan(ids[-2:]).all() and not np.isnan(ids[:-2]).any()
    W = spatial_context(layer).contiguity.tocsr()
    for t in range(1, 7):
        m = np.flatnonzero(ids == t)
        assert m.size
        assert connected_components(W[m][:, m], directed=False)[0] == 1


def test_contiguous_on_berlin_planungsraeume(processing_registry, tmp_path):
    import processing
    from milieu_atlas_plugin.qgis_io.spatial_context import spatial_context

    plr = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    table = {r["PLR_ID"]: r for r in csv.DictReader(open(MSS_CSV, encoding="utf-8"))}
    joined = QgsVectorLayer(f"Polygon?crs={plr.crs().authid()}", "plr_mss", "memory")
    names = ["KI_05", "KI_16", "S3"]
    joined.dataProvider().addAttributes([QgsField("PLR_ID", FieldType.String)] +
                                        [QgsField(n, FieldType.Double) for n in names])
    joined.updateFields()
    feats = []
    for src in plr.getFeatures():
        f = QgsFeature(joined.fields())
        row = table[src["PLR_ID"]]
        f.setAttributes([src["PLR_ID"]] + [float(row[n]) if row[n] else None for n in names])
        f.setGeometry(src.geometry())
        feats.append(f)
    joined.dataProvider().addFeatures(feats)
    assert joined.featureCount() == 542
    out = tmp_path / "ct.gpkg"
    res = processing.run("milieuatlas:districttypology", {
        "INPUT": joined, "FIELDS": ["KI_05", "KI_16", "S3"], "METHOD": "contiguous", "K": 12,
        "OUTPUT": str(out), "PROFILE": str(tmp_path / "p.csv")})
    assert res["K"] == 12 and res["CLASSIFIED"] + res["UNCLASSIFIED"] == 542
    layer = QgsVectorLayer(str(out), "ct", "ogr")
    ids = np.array([np.nan if value(f["type_id"]) is None else f["type_id"]
                    for f in layer.getFeatures()], float)
    W = spatial_context(layer).contiguity.tocsr()
    for t in range(1, 13):
        m = np.flatnonzero(ids == t)
        assert connected_components(W[m][:, m], directed=False)[0] == 1


# ------------------------------------------------------------------------------------ bad input

def bad_layer(case):
    rows = [(1.0, 2.0), (2.0, 1.0), (3.0, 5.0), (4.0, 3.0)]
    if case == "constant":
        rows = [(1.0, 7.0)] * 2 + [(3.0, 7.0), (4.0, 7.0)]
    if case == "allnull":
        rows = [(1.0, float("nan"))] * 4
    if case == "one":
        rows = [(1.0, 2.0)] + [(float("nan"), 1.0)] * 3
    return grid_layer(rows, 4)


@pytest.mark.parametrize("case, params, words", [
    ("ok", {"K": 5}, ["K = 5", "larger", "(4)"]),
    ("constant", {"K": 2}, ["'b'", "constant"]),
    ("allnull", {"K": 2}, ["'b'", "all NULL"]),
    ("one", {"K": 2}, ["Fewer than 2 units"]),
    ("ok", {"K": 2, "FIELDS": ["a", "label"]}, ["'label'", "not numeric"]),
    ("ok", {"K": 2, "METHOD": "mss"}, ["STATUS_FIELDS"]),
    ("ok", {"K": 2, "FIELDS": ["a", "b", "type_id"]}, ["type_id", "already"]),
])
def test_bad_input_refused_nothing_written(processing_registry, tmp_path, case, params, words):
    import processing

    layer = bad_layer(case)
    if "label" in params.get("FIELDS", []):
        layer = grid_layer([(1.0, 2.0, "x"), (2.0, 1.0, "y")], 2, text_field="label")
    if "type_id" in params.get("FIELDS", []):
        layer.dataProvider().addAttributes([QgsField("type_id", FieldType.Double)])
        layer.updateFields()
    out = tmp_path / "bad.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        processing.run("milieuatlas:districttypology", dict(
            {"INPUT": layer, "FIELDS": ["a", "b"], "METHOD": "kmeans", "RESTARTS": 3,
             "OUTPUT": str(out), "PROFILE": str(tmp_path / "bad.csv")}, **params))
    for w in words:
        assert w in str(info.value)
    assert not out.exists() and not (tmp_path / "bad.csv").exists()


def test_contiguous_needs_polygons(processing_registry, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="no polygons"):
        processing.run("milieuatlas:districttypology", {
            "INPUT": str(MSS_CSV), "FIELDS": ["S1", "S3"], "METHOD": "contiguous", "K": 3,
            "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()


# ------------------------------------------------------------------------- without scikit-learn

def test_without_sklearn_typology_names_the_package_and_the_rest_works(
        processing_registry, tmp_path, monkeypatch):
    import processing

    real_import = builtins.__import__

    def blocked(name, *args, **kwargs):
        if name == "sklearn" or name.startswith("sklearn."):
            raise ImportError("No module named 'sklearn'")
        return real_import(name, *args, **kwargs)

    for name in [m for m in list(sys.modules) if m == "sklearn" or m.startswith("sklearn.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", blocked)
    layer = grid_layer([(1.0, 2.0), (2.0, 1.0), (3.0, 5.0), (4.0, 3.0)], 4)
    with pytest.raises(QgsProcessingException, match="python3-sklearn"):
        processing.run("milieuatlas:districttypology", {
            "INPUT": layer, "FIELDS": ["a", "b"], "K": 2, "OUTPUT": str(tmp_path / "k.gpkg")})
    assert not (tmp_path / "k.gpkg").exists()
    res = processing.run("milieuatlas:districttypology", dict(
        MSS_PARAMS, INPUT=str(MSS_CSV), OUTPUT=str(tmp_path / "m.gpkg")))
    assert res["CLASSIFIED"] == 536
    counts = grid_layer([(1.0, 2.0), (1.0, 3.0), (3.0, 5.0), (2.0, 3.0)], 4)
    res = processing.run("milieuatlas:localmeasures", {
        "INPUT": counts, "TOTAL_FIELD": "b", "GROUP_FIELDS": ["a"], "SPATIAL": False,
        "MIN_COUNT": 0, "OUTPUT": str(tmp_path / "l.gpkg")})
    assert (tmp_path / "l.gpkg").exists()
    assert "sklearn" not in sys.modules


def test_loading_the_plugin_does_not_import_sklearn():
    code = ("import sys; sys.path.insert(0, '.');"
            "from milieu_atlas_plugin.headless import ensure_processing; ensure_processing();"
            "from qgis.core import QgsApplication;"
            "p = QgsApplication.processingRegistry().providerById('milieuatlas');"
            "assert p.algorithm('districttypology') is not None;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('sklearn', 'geopandas', 'rasterio')))")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=300, env=dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_multipart_districts_and_separate_areas_are_reported(processing_registry, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)

    # two blocks of 3 x 3 squares, 7 squares apart, no district touching both
    values = smooth_values(3, 10, seed=4)
    layer = grid_layer([tuple(v) for v in values], 10)
    ids = [f.id() for f in layer.getFeatures() if f["key"] % 10 in (3, 4, 5, 6)]
    layer.dataProvider().deleteFeatures(ids)
    feedback = Recorder()
    res = processing.run("milieuatlas:districttypology", {
        "INPUT": layer, "FIELDS": ["a", "b"], "METHOD": "contiguous", "K": 3,
        "OUTPUT": str(tmp_path / "two.gpkg")}, feedback=feedback)
    assert res["AREAS"] == 2 and res["ISLANDS"] == 0
    assert any("2 separate areas" in w for w in feedback.warnings)
    feats = features(tmp_path / "two.gpkg")
    left = {f["type_id"] for f in feats if f["key"] % 10 < 3}
    right = {f["type_id"] for f in feats if f["key"] % 10 > 6}
    assert not left & right
    # a district of two parts, one touching each block: one area, reported as multi-part
    x0, y0 = 400000, 5800000 + 300
    f = QgsFeature(layer.fields())
    f.setAttributes([99, 2.0, 2.0])
    f.setGeometry(QgsGeometry.fromWkt(
        f"MULTIPOLYGON((({x0} {y0},{x0+100} {y0},{x0+100} {y0+100},{x0} {y0+100},{x0} {y0})),"
        f"(({x0+900} {y0},{x0+1000} {y0},{x0+1000} {y0+100},{x0+900} {y0+100},{x0+900} {y0})))"))
    layer.dataProvider().addFeatures([f])
    multi_fid = max(g.id() for g in layer.getFeatures())
    feedback = Recorder()
    res = processing.run("milieuatlas:districttypology", {
        "INPUT": layer, "FIELDS": ["a", "b"], "METHOD": "contiguous", "K": 3,
        "OUTPUT": str(tmp_path / "one.gpkg")}, feedback=feedback)
    assert res["AREAS"] == 1
    assert any("several parts" in w and str(multi_fid) in w for w in feedback.warnings)
