"""Speed and memory of milieuatlas:jointodistricts (issue 3 targets); `make bench` calls main().

1. 1,000,000 weighted synthetic points (GeoPackage; 99 % inside Berlin, 1 % outside) into Berlin's 542
   Planungsräume: our points mode against QGIS's `native:countpointsinpolygon` (weight field) on the same
   file in the same run. Target: at least 5x faster. Both end to end: read the GeoPackage, write a
   GeoPackage. The per-district sums of both are compared.
2. 100,000 synthetic blocks (squares on a grid over Berlin, about 94 m) joined to the Planungsräume by
   areal weighting.
3. 20,000 synthetic blocks (about 211 m) joined dasymetrically, weighted by a synthetic 100 m population
   raster in EPSG:25833 (GeoTIFF; clustered empty areas, so that some blocks have no raster mass and fall
   back to area weights).
Each step runs in a fresh child process, so its peak memory (max RSS, QGIS itself included) is its own;
the child times only the algorithm call, not QGIS start-up.

    python bench/bench_join.py                # everything
    python bench/bench_join.py --dasymetric   # only the dasymetric case
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

PLR = ROOT / "resources/sample/berlin/lor_planungsraeume_2021_shp/lor_planungsraeume_2021.shp"
N_POINTS = 1_000_000
N_BLOCKS = 100_000
N_DASY_BLOCKS = 20_000
RASTER_CELL = 100.0
SEED = 20240331


_APP = []


def _qgis():
    if _APP:
        return _APP[0]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    plugins = "/usr/share/qgis/python/plugins"
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis.analysis import QgsNativeAlgorithms

    if QgsApplication.processingRegistry().providerById("native") is None:
        QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    _APP.append(app)  # the application must outlive this function, or the registry empties
    return app


def _locator():
    from qgis.core import QgsVectorLayer

    from milieu_atlas_plugin.qgis_io.join_points import PolygonLocator, polygon_rings

    lyr = QgsVectorLayer(str(PLR), "plr", "ogr")
    return lyr, PolygonLocator([polygon_rings(f.geometry()) for f in lyr.getFeatures()])


# ------------------------------------------------------------------------------------------ data
def make_points(path):
    """N_POINTS points, 99 % inside a Planungsraum, with an integer and a float weight."""
    from osgeo import gdal

    lyr, loc = _locator()
    e = lyr.extent()
    rng = np.random.default_rng(SEED)
    n_in = int(N_POINTS * 0.99)
    xs, ys = [], []
    got = 0
    while got < n_in:
        x = rng.uniform(e.xMinimum(), e.xMaximum(), N_POINTS)
        y = rng.uniform(e.yMinimum(), e.yMaximum(), N_POINTS)
        ok = loc.locate(x, y) >= 0
        xs.append(x[ok]); ys.append(y[ok])
        got += int(ok.sum())
    x = np.concatenate(xs)[:n_in]
    y = np.concatenate(ys)[:n_in]
    n_out = N_POINTS - n_in
    ox = rng.uniform(e.xMinimum() - 5000, e.xMinimum() - 100, n_out)   # west of the city
    oy = rng.uniform(e.yMinimum(), e.yMaximum(), n_out)
    x = np.concatenate([x, ox])
    y = np.concatenate([y, oy])
    hh = rng.integers(1, 40, N_POINTS)
    share = rng.random(N_POINTS) * hh
    csv = Path(str(path) + ".csv")
    with open(csv, "w") as fh:
        fh.write("x,y,households,weighted\n")
        np.savetxt(fh, np.column_stack([x, y, hh, share]), fmt=["%.3f", "%.3f", "%d", "%.6f"], delimiter=",")
    sql = (f"SELECT MakePoint(CAST(x AS REAL), CAST(y AS REAL), 25833) AS geom, "
           f"CAST(households AS INTEGER) AS households, CAST(weighted AS REAL) AS weighted FROM \"{csv.stem}\"")
    gdal.VectorTranslate(str(path), str(csv), format="GPKG", layerName="points", SQLStatement=sql,
                         SQLDialect="SQLITE", geometryType="POINT", options=["-gt", "100000"])
    csv.unlink()
    return float(hh.sum()), float(x.size)


def make_blocks(path, n_blocks=N_BLOCKS):
    """Squares on a regular grid whose centre lies in Berlin, about n_blocks of them."""
    from osgeo import ogr, osr

    lyr, loc = _locator()
    e = lyr.extent()
    area_in = sum(f.geometry().area() for f in lyr.getFeatures())
    cell = float(np.sqrt(area_in / n_blocks))
    gx = np.arange(e.xMinimum(), e.xMaximum(), cell)
    gy = np.arange(e.yMinimum(), e.yMaximum(), cell)
    cx, cy = np.meshgrid(gx + cell / 2, gy + cell / 2)
    cx, cy = cx.ravel(), cy.ravel()
    keep = loc.locate(cx, cy) >= 0
    cx, cy = cx[keep], cy[keep]
    rng = np.random.default_rng(SEED + 1)
    pop = rng.integers(0, 300, cx.size)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = ds.CreateLayer("blocks", srs, ogr.wkbPolygon)
    out.CreateField(ogr.FieldDefn("pop", ogr.OFTInteger))
    defn = out.GetLayerDefn()
    out.StartTransaction()
    h = cell / 2
    for x, y, p in zip(cx, cy, pop):
        f = ogr.Feature(defn)
        f.SetField(0, int(p))
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x - h} {y - h},{x + h} {y - h},{x + h} {y + h},{x - h} {y + h},{x - h} {y - h}))"))
        out.CreateFeature(f)
    out.CommitTransaction()
    ds = None
    return int(cx.size), float(pop.sum()), cell


def make_raster(path):
    """A synthetic population raster, RASTER_CELL m cells in EPSG:25833 over Berlin's extent (+1 km): a
    smooth density times noise, with clustered empty areas (about a fifth of the cells are 0) and a nodata
    strip along the southern edge."""
    from osgeo import gdal, osr

    lyr, _ = _locator()
    e = lyr.extent()
    x0 = np.floor(e.xMinimum() / RASTER_CELL) * RASTER_CELL - 1000
    y1 = np.ceil(e.yMaximum() / RASTER_CELL) * RASTER_CELL + 1000
    nx = int(np.ceil((e.xMaximum() + 1000 - x0) / RASTER_CELL))
    ny = int(np.ceil((y1 - (e.yMinimum() - 1000)) / RASTER_CELL))
    rng = np.random.default_rng(SEED + 2)
    yy, xx = np.mgrid[0:ny, 0:nx]
    cx, cy = nx / 2, ny / 2
    density = 200 * np.exp(-(((xx - cx) / (nx / 3)) ** 2 + ((yy - cy) / (ny / 3)) ** 2))
    coarse = rng.random((ny // 8 + 1, nx // 8 + 1)) < 0.2        # empty areas of 800 m x 800 m
    empty = np.kron(coarse, np.ones((8, 8), dtype=bool))[:ny, :nx]
    values = np.where(empty, 0.0, density * rng.gamma(2.0, 0.5, (ny, nx)))
    values[-5:, :] = -1.0                                            # nodata strip in the south
    ds = gdal.GetDriverByName("GTiff").Create(str(path), nx, ny, 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
    ds.SetGeoTransform((x0, RASTER_CELL, 0, y1, 0, -RASTER_CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-1.0)
    band.WriteArray(values.astype(np.float32))
    ds = None
    return nx, ny


# ------------------------------------------------------------------------------------------ steps (children)
def step_ours(source, fields, out, raster=None):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from milieu_atlas_plugin.processing.alg_join import JoinToDistricts

    _qgis()
    mode = "points" if "points" in source else ("dasymetric" if raster else "areal")
    alg = JoinToDistricts().create()
    params = {"DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID", "SOURCE": source, "MODE": mode,
              "FIELDS": fields.split(","), "OUTPUT": out, "UNMATCHED": out.replace(".gpkg", "_unmatched.gpkg"),
              "ACCOUNTING": out.replace(".gpkg", "_acc.csv")}
    if raster:
        params["WEIGHT_RASTER"] = raster
    t0 = time.perf_counter()
    res, ok = alg.run(params, QgsProcessingContext(), QgsProcessingFeedback())
    dt = time.perf_counter() - t0
    assert ok, "our join failed"
    return {"seconds": dt, "unmatched": res.get("UNMATCHED_COUNT")}


def step_dasymetric_only():
    """Only the dasymetric case (python bench/bench_join.py --dasymetric)."""
    tmp = Path(tempfile.mkdtemp(prefix="bench_join_dasy_"))
    return _dasymetric(tmp)


def _dasymetric(tmp):
    blocks = tmp / "dasy_blocks.gpkg"
    raster = tmp / "population_100m.tif"
    t0 = time.perf_counter()
    nb, pop, cell = _child("make_blocks", str(blocks), str(N_DASY_BLOCKS))["value"]
    nx, ny = _child("make_raster", str(raster))["value"]
    print(f"data: {nb:,} blocks of {cell:.0f} m and a {nx} x {ny} raster of {RASTER_CELL:.0f} m cells written in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    dasy = _child("ours", str(blocks), "pop", str(tmp / "dasy.gpkg"), str(raster))
    acc = (tmp / "dasy_acc.csv").read_text().splitlines()
    print(f"dasymetric, {nb:,} blocks x 100 m raster -> 542 districts: ours {dasy['seconds']:6.2f} s "
          f"(peak {dasy['peak_mb']:.0f} MB); blocks partly outside: {dasy['unmatched']:,}; accounting: {acc[-1]}",
          flush=True)
    return dasy


def step_native(source, field, out):
    _qgis()
    import processing

    t0 = time.perf_counter()
    processing.run("native:countpointsinpolygon", {"POLYGONS": str(PLR), "POINTS": source, "WEIGHT": field,
                                                   "CLASSFIELD": None, "FIELD": "NUMPOINTS", "OUTPUT": out})
    return {"seconds": time.perf_counter() - t0}


def _child(step, *args):
    """Runs one step in a fresh interpreter; returns its JSON result plus its own peak RSS in MB."""
    proc = subprocess.Popen([sys.executable, __file__, "--step", step, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"bench step {step} failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024.0
    return result


def _sums(path, field):
    from osgeo import ogr

    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    return {f.GetField("PLR_ID"): f.GetField(field) for f in lyr}


# ------------------------------------------------------------------------------------------ main
def main():
    tmp = Path(tempfile.mkdtemp(prefix="bench_join_"))
    pts = tmp / "points.gpkg"
    blocks = tmp / "blocks.gpkg"
    t0 = time.perf_counter()
    hh_total, n = _child("make_points", str(pts))["value"]
    print(f"data: {int(n):,} points (99 % in Berlin) written to {pts} in {time.perf_counter() - t0:.1f} s", flush=True)

    ours1 = _child("ours", str(pts), "households", str(tmp / "ours1.gpkg"))
    ours2 = _child("ours", str(pts), "households,weighted", str(tmp / "ours2.gpkg"))
    native = _child("native", str(pts), "households", str(tmp / "native.gpkg"))
    a = _sums(str(tmp / "ours1.gpkg"), "households")
    b = _sums(str(tmp / "native.gpkg"), "NUMPOINTS")
    diff = max(abs((a[k] or 0) - (b[k] or 0)) for k in a)
    ratio = native["seconds"] / ours1["seconds"]
    print(f"points, 1 weight field : ours {ours1['seconds']:6.2f} s (peak {ours1['peak_mb']:.0f} MB) | "
          f"QGIS native:countpointsinpolygon {native['seconds']:6.2f} s (peak {native['peak_mb']:.0f} MB) | "
          f"{ratio:.1f}x faster (target >= 5x: {'met' if ratio >= 5 else 'NOT met'})", flush=True)
    print(f"points, 2 weight fields: ours {ours2['seconds']:6.2f} s (peak {ours2['peak_mb']:.0f} MB); "
          f"unmatched points {ours2['unmatched']:,}", flush=True)
    print(f"same district sums as native: max |difference| = {diff:g} over {len(a)} districts "
          f"(total {sum(v or 0 for v in a.values()):,.0f} of {hh_total:,.0f}; rest outside the city)", flush=True)

    t0 = time.perf_counter()
    nb, pop, cell = _child("make_blocks", str(blocks))["value"]
    print(f"data: {nb:,} blocks of {cell:.0f} m written in {time.perf_counter() - t0:.1f} s", flush=True)
    areal = _child("ours", str(blocks), "pop", str(tmp / "areal.gpkg"))
    print(f"areal, {nb:,} blocks -> 542 districts: ours {areal['seconds']:6.2f} s (peak {areal['peak_mb']:.0f} MB); "
          f"blocks partly outside: {areal['unmatched']:,}", flush=True)
    dasy = _dasymetric(tmp)
    return {"points_ratio": ratio, "points_seconds": ours1["seconds"], "native_seconds": native["seconds"],
            "areal_seconds": areal["seconds"], "dasymetric_seconds": dasy["seconds"]}


def _run_step(argv):
    step = argv[0]
    if step == "make_points":
        _qgis()
        value = make_points(Path(argv[1]))
        print(json.dumps({"value": value}))
    elif step == "make_blocks":
        _qgis()
        value = make_blocks(Path(argv[1]), *(int(a) for a in argv[2:3]))
        print(json.dumps({"value": value}))
    elif step == "make_raster":
        _qgis()
        value = make_raster(Path(argv[1]))
        print(json.dumps({"value": value}))
    elif step == "ours":
        print(json.dumps(step_ours(*argv[1:])))
    elif step == "native":
        print(json.dumps(step_native(*argv[1:])))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        _run_step(sys.argv[2:])
    elif sys.argv[1:] == ["--dasymetric"]:
        step_dasymetric_only()
    else:
        main()
