"""Speed and memory of milieuatlas:milieulocalisation (issue 8 targets); `make bench` calls main().

1. 400,000 address points x 8 milieus (the synthetic Berlin sample, each point copied 8 times and moved
   by up to 60 m, so the mix stays smooth) -> Berlin's 542 Planungsräume, with the 100 m surface (8 bands)
   and the dominant-milieu raster: time and peak memory, end to end (read the GeoPackage, write the
   GeoPackage and the GeoTIFFs).
2. One milieu's surface on the same points against QGIS's own `native:heatmapkerneldensityestimation`
   (quartic, radius 300 m, 100 m pixels, raw values): ours = read the points, kernel density, write the
   GeoTIFF. Their mass (sum of the cells) is compared with the milieu's households.
Each step runs in a fresh child process, so its peak memory (max RSS, QGIS itself included) is its own;
the child times only the work, not QGIS start-up.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PLR = ROOT / "resources/sample/berlin/lor_planungsraeume_2021_shp/lor_planungsraeume_2021.shp"
SAMPLE = ROOT / "resources/sample/berlin/milieus/milieus_synthetisch.gpkg"
CODES = ["REL", "ARB", "STA", "KOS", "PER", "ADI", "ENT", "HED"]
COPIES = 8
ONE = "KOS"
SEED = 20241201


def make_points(path):
    """400,000 points: every sample point COPIES times, moved by up to 60 m, counts kept."""
    from osgeo import gdal, ogr

    from bench_join import _qgis

    _qgis()
    ds = ogr.Open(str(SAMPLE))
    lyr = ds.GetLayer(0)
    xs, ys, vals = [], [], []
    for f in lyr:
        g = f.GetGeometryRef()
        xs.append(g.GetX())
        ys.append(g.GetY())
        vals.append([f.GetField(c) for c in CODES])
    x = np.repeat(np.array(xs), COPIES)
    y = np.repeat(np.array(ys), COPIES)
    v = np.repeat(np.array(vals, dtype=np.int64), COPIES, axis=0)
    rng = np.random.default_rng(SEED)
    x = x + rng.uniform(-60, 60, x.size)
    y = y + rng.uniform(-60, 60, y.size)
    csv = Path(str(path) + ".csv")
    with open(csv, "w") as fh:
        fh.write("x,y," + ",".join(CODES) + "\n")
        np.savetxt(fh, np.column_stack([x, y, v]), fmt=["%.2f", "%.2f"] + ["%d"] * len(CODES), delimiter=",")
    cols = ", ".join(f"CAST({c} AS INTEGER) AS {c}" for c in CODES)
    sql = f"SELECT MakePoint(CAST(x AS REAL), CAST(y AS REAL), 25833) AS geom, {cols} FROM \"{csv.stem}\""
    gdal.VectorTranslate(str(path), str(csv), format="GPKG", layerName="points", SQLStatement=sql,
                         SQLDialect="SQLITE", geometryType="POINT", options=["-gt", "100000"])
    csv.unlink()
    return int(x.size), {c: int(v[:, j].sum()) for j, c in enumerate(CODES)}


def step_localisation(points, out_dir):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from bench_join import _qgis
    from milieu_atlas_plugin.processing.alg_milieu_localisation import MilieuLocalisation

    _qgis()
    alg = MilieuLocalisation().create()
    params = {"DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID", "MILIEUS": points,
              "OUTPUT": f"{out_dir}/plr.gpkg", "SURFACE": f"{out_dir}/surface.tif",
              "DOMINANT_RASTER": f"{out_dir}/dominant.tif", "CELL_SIZE": 100, "BANDWIDTH": 300}
    t0 = time.perf_counter()
    res, ok = alg.run(params, QgsProcessingContext(), QgsProcessingFeedback())
    dt = time.perf_counter() - t0
    assert ok, "milieulocalisation failed"
    return {"seconds": dt, "unmatched": res.get("UNMATCHED_COUNT")}


def step_ours_one(points, out):
    """One milieu: read the points (the plugin's reader), kernel density, GeoTIFF."""
    from qgis.core import QgsProcessingContext, QgsVectorLayer

    from bench_join import _qgis
    from milieu_atlas_plugin.core.milieus import milieu_surfaces
    from milieu_atlas_plugin.processing.alg_join import JoinToDistricts
    from milieu_atlas_plugin.qgis_io.join_points import read_points
    from milieu_atlas_plugin.qgis_io.raster_out import write_geotiff

    _qgis()
    t0 = time.perf_counter()
    layer = QgsVectorLayer(points, "points", "ogr")
    _, x, y, values, how = read_points(JoinToDistricts().create(), {"SOURCE": points}, QgsProcessingContext(), layer,
                                       "points", [ONE])
    grid, density, _, _ = milieu_surfaces(x, y, values[ONE], cell_size=100, bandwidth=300, dominant=False)
    write_geotiff(out, density, x_min=grid.x_min, y_max=grid.y_max, cell_size=100,
                  crs_wkt=layer.crs().toWkt(), descriptions=[ONE])
    return {"seconds": time.perf_counter() - t0, "read": how}


def step_native(points, out):
    from bench_join import _qgis

    _qgis()
    import processing

    from qgis.core import QgsApplication

    # QGIS 3.22 ships it as the Python algorithm qgis:…; later versions as native:…
    alg = next(a for a in ("native:heatmapkerneldensityestimation", "qgis:heatmapkerneldensityestimation")
               if QgsApplication.processingRegistry().algorithmById(a) is not None)
    t0 = time.perf_counter()
    processing.run(alg, {
        "INPUT": points, "RADIUS": 300, "RADIUS_FIELD": None, "PIXEL_SIZE": 100, "WEIGHT_FIELD": ONE,
        "KERNEL": 0, "DECAY": 0, "OUTPUT_VALUE": 0, "OUTPUT": out})
    return {"seconds": time.perf_counter() - t0, "alg": alg}


def _child(step, *args):
    proc = subprocess.Popen([sys.executable, __file__, "--step", step, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"bench step {step} failed")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024.0
    return result


def _raster_sum(path, band=1):
    import rasterio

    with rasterio.open(path) as src:
        a = src.read(band, masked=True)
        return float(a.sum(dtype=np.float64)), src.res[0] * src.res[1]


def main():
    tmp = Path(tempfile.mkdtemp(prefix="bench_milieus_"))
    pts = tmp / "points.gpkg"
    t0 = time.perf_counter()
    n, sums = _child("make_points", str(pts))["value"]
    print(f"data: {n:,} points x {len(CODES)} milieus ({sum(sums.values()):,} households) written in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    loc = _child("localisation", str(pts), str(tmp))
    band_sum, cell_area = _raster_sum(str(tmp / "surface.tif"), CODES.index(ONE) + 1)
    print(f"milieulocalisation, {n:,} points x 8 milieus -> 542 Planungsräume + 100 m surface (8 bands) + dominant "
          f"raster: {loc['seconds']:.2f} s (peak {loc['peak_mb']:.0f} MB); unmatched points {loc['unmatched']:,}",
          flush=True)
    ours = _child("ours_one", str(pts), str(tmp / "ours_one.tif"))
    native = _child("native", str(pts), str(tmp / "native.tif"))
    o_sum, _ = _raster_sum(str(tmp / "ours_one.tif"))
    q_sum, q_area = _raster_sum(str(tmp / "native.tif"))
    ratio = native["seconds"] / ours["seconds"]
    hh = sums[ONE]
    print(f"one milieu ({ONE}, {hh:,} households), quartic 300 m, 100 m cells: ours {ours['seconds']:.2f} s "
          f"(peak {ours['peak_mb']:.0f} MB, points {ours['read']}) | QGIS {native['alg']} "
          f"{native['seconds']:.2f} s (peak {native['peak_mb']:.0f} MB) | {ratio:.1f}x faster "
          f"(target >= 5x: {'met' if ratio >= 5 else 'NOT met'})", flush=True)
    print(f"mass: ours {o_sum * cell_area / 10_000:,.1f} households ({o_sum * cell_area / 10_000 / hh - 1:+.2e} "
          f"relative; localisation band {band_sum * cell_area / 10_000 / hh - 1:+.2e}) | QGIS raw cells add up to "
          f"{q_sum:,.0f} = {q_sum / hh:.3f} x the households (not mass-conserving)", flush=True)
    return {"localisation_seconds": loc["seconds"], "surface_ratio": ratio}


def _run_step(argv):
    step = argv[0]
    if step == "make_points":
        print(json.dumps({"value": make_points(Path(argv[1]))}))
    elif step == "localisation":
        print(json.dumps(step_localisation(*argv[1:])))
    elif step == "ours_one":
        print(json.dumps(step_ours_one(*argv[1:])))
    elif step == "native":
        print(json.dumps(step_native(*argv[1:])))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        _run_step(sys.argv[2:])
    else:
        main()
