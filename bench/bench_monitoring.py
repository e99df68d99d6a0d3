"""Speed of milieuatlas:monitoring (issue 12 targets); `make bench` calls main().

Targets: 20 half-years x 542 districts x 9 indices with 999 bootstrap replicates in under a minute;
harmonising 10 years of the 447 old Berlin planning areas to the 542 of 2021 in under 10 s (areal, and
dasymetric by address points and by a weight raster).
Data: the Berlin series in resources/sample/berlin/series (2015-01 … 2024-02, 12 periods on the old
LOR harmonised to the new). The 9 indices: D, GINI, H, A, XPX, XPY, ETA2 for Germans with a migration
background and for foreigners, and MD, MH for the partition (Germans with MH, foreigners, rest).
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "resources" / "sample" / "berlin"
SERIES = SAMPLE / "series"
PLR = SAMPLE / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"
OLD = SERIES / "berlin-lor-planning-areas-until-2020.geojson"
POINTS = SAMPLE / "milieus" / "milieus_synthetisch.gpkg"
CODES = ["D", "GINI", "H", "A", "XPX", "XPY", "ETA2", "MD", "MH"]
SERIES_TARGET_S = 60.0
HARMONISE_TARGET_S = 10.0


def _harmonise_ten_years(weighting="areal"):
    """Reads both geometries (and the weights), intersects them once and moves 20 half-years of counts
    (the 12 real old-LOR periods and 8 more drawn like them) onto the 542 districts. ``weighting``:
    areal, points (the 50,007 synthetic address points of resources/sample/berlin/milieus, weighted by
    households) or raster (a 100 m grid of the 2021 density)."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsVectorLayer

    from milieu_atlas_plugin.core.monitoring import Harmoniser
    from milieu_atlas_plugin.qgis_io.join_common import read_districts

    from milieu_atlas_plugin.qgis_io.series import overlay_weights, read_address_points

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    raster_path = None
    if weighting == "raster":
        raster_path = _density_raster(tempfile.mkdtemp(prefix="bench_monitoring_") + "/density.tif")
    t0 = time.perf_counter()
    old = QgsVectorLayer(str(OLD), "old", "ogr")
    new = QgsVectorLayer(str(PLR), "new", "ogr")
    src = read_districts(old, "old", "id")
    dst = read_districts(new, "new", "PLR_ID")
    kw = {}
    if weighting == "points":
        layer = QgsVectorLayer(str(POINTS), "points", "ogr")
        kw["points"] = read_address_points(layer, "points", "households", layer, str(POINTS), context)
        print(f"  address points {kw['points'].how}", flush=True)
    elif weighting == "raster":
        kw["raster"] = QgsRasterLayer(raster_path, "density")
    p_src, p_dst, w, mass, _ = overlay_weights(context, QgsProcessingFeedback(), src, dst, **kw)
    h = Harmoniser(p_src, p_dst, w, len(src), len(dst), mass=mass)
    rng = np.random.default_rng(1)
    total = 0.0
    for _ in range(20):
        counts = rng.integers(0, 20000, (len(src), 3)).astype(float)
        sums, moved, uncovered, _r = h.apply(counts)
        total += sums.sum()
    return time.perf_counter() - t0, len(src), len(dst), int(h.pieces)


def _density_raster(path, cell=100.0):
    """Residents per m² of the 2021 Planungsräume (2021-01) on a 100 m grid."""
    import csv
    import json

    import rasterio
    from osgeo import ogr
    from rasterio.features import rasterize
    from rasterio.transform import from_origin

    with open(SERIES / "berlin-lor-population-2021-01-t1-planning-areas.csv", encoding="utf-8") as fh:
        pop = {r["id"]: float(r["inhabitants"]) for r in csv.DictReader(fh)}
    ds = ogr.Open(str(PLR))
    lyr = ds.GetLayer(0)
    shapes = []
    x0 = y0 = np.inf
    x1 = y1 = -np.inf
    for f in lyr:
        g = f.GetGeometryRef()
        e = g.GetEnvelope()
        x0, x1, y0, y1 = min(x0, e[0]), max(x1, e[1]), min(y0, e[2]), max(y1, e[3])
        shapes.append((json.loads(g.ExportToJson()), pop[f.GetField("PLR_ID")] / g.GetArea()))
    x0, y1 = np.floor(x0 / cell) * cell - cell, np.ceil(y1 / cell) * cell + cell
    w, h = int((x1 - x0) / cell) + 2, int((y1 - y0) / cell) + 2
    transform = from_origin(x0, y1, cell, cell)
    data = rasterize(shapes, out_shape=(h, w), transform=transform, fill=0.0, dtype="float64")
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=1, dtype="float64",
                       crs="EPSG:25833", transform=transform) as out:
        out.write(data, 1)
    return path


def main():
    from qgis.core import QgsApplication

    app = QgsApplication.instance() or QgsApplication([], False)
    app.initQgis()
    from milieu_atlas_plugin.headless import ensure_processing

    ensure_processing()
    import processing

    for weighting in ("areal", "points", "raster"):
        t_h, n_old, n_new, pieces = _harmonise_ten_years(weighting)
        print(f"harmonise 10 years (20 half-years) of {n_old} -> {n_new} districts ({pieces} pieces), {weighting}"
              f"{' (50,007 synthetic address points by households)' if weighting == 'points' else ''}"
              f"{' (100 m weight raster)' if weighting == 'raster' else ''}: "
              f"{t_h:.1f} s (target < {HARMONISE_TARGET_S:.0f} s: "
              f"{'met' if t_h < HARMONISE_TARGET_S else 'MISSED'})", flush=True)

    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        res = processing.run("milieuatlas:monitoring", {
            "TARGET": str(PLR), "TARGET_KEY": "PLR_ID", "FOLDER": str(SERIES),
            "PREVIOUS_GEOMETRY": str(OLD), "PREVIOUS_KEY": "id", "MULTIGROUP": True,
            "GROUP_FIELDS": "inhabitants_germans_with_migration_background,inhabitants_foreigners",
            "INDICES": CODES, "BOOTSTRAP": 999, "SEED": 1,
            "LONG": f"{out}/long.csv", "SERIES": f"{out}/series.csv", "CHANGE": f"{out}/change.gpkg",
            "ACCOUNTING": f"{out}/acc.csv", "BREAKS": f"{out}/breaks.json",
            "CHART_PNG": f"{out}/chart.png", "CHART_SVG": f"{out}/chart.svg"})
        t_s = time.perf_counter() - t0
        with open(res["SERIES"], encoding="utf-8") as fh:
            rows = sum(1 for _ in fh) - 1
    print(f"monitoring: {res['PERIODS']} half-years x {n_new} districts x {len(CODES)} indices "
          f"({rows} series rows), 999 bootstrap replicates, every output: {t_s:.1f} s "
          f"(target < {SERIES_TARGET_S:.0f} s: {'met' if t_s < SERIES_TARGET_S else 'MISSED'})", flush=True)


if __name__ == "__main__":
    main()
