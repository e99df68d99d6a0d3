"""Helpers shared by the join tests (no tests here): run the algorithm, build layers, read outputs."""
import csv

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsVectorLayer,
)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos, self.warnings, self.errors = [], [], []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802,N803
        self.errors.append(error)

    @property
    def log(self):
        return "\n".join(self.infos + self.warnings)


def run_join(params):
    """Runs milieuatlas:jointodistricts (alg.run, real QGIS); returns (ok, results, feedback)."""
    from milieu_atlas_plugin.processing.alg_join import JoinToDistricts

    alg = JoinToDistricts().create()
    context = QgsProcessingContext()
    feedback = RecordingFeedback()
    ok, msg = alg.checkParameterValues(params, context)
    assert ok, msg
    results, ok = alg.run(params, context, feedback)
    return ok, results, feedback


def outputs(tmp_path, prefix="j"):
    return {"OUTPUT": str(tmp_path / f"{prefix}_out.gpkg"), "UNMATCHED": str(tmp_path / f"{prefix}_unmatched.gpkg"),
            "ACCOUNTING": str(tmp_path / f"{prefix}_acc.csv")}


def written(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir())


def memory_layer(geom_type, crs, fields, rows):
    """rows: [(wkt or None, {field: value})]; fields: 'name:type' strings."""
    uri = f"{geom_type}?crs={crs}" + "".join(f"&field={f}" for f in fields)
    layer = QgsVectorLayer(uri, f"mem_{geom_type.lower()}", "memory")
    assert layer.isValid()
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt is not None:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        for k, v in attrs.items():
            f[k] = v
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def read_layer(path, key, fields):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return {f[key]: {n: f[n] for n in fields} for f in layer.getFeatures()}


def read_accounting(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["field"]: {k: float(v) if k != "field" and v != "" else v for k, v in r.items()}
                for r in csv.DictReader(fh)}


def square(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
