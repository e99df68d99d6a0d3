"""Spatial kernel indices on city-dense layouts (issue 9 targets); `make bench` calls main().

Layouts: square-ish cities of 100 m grid cells (10k, 30k, 100k, 300k, 1M cells) with a plausible
population surface (a main centre, sub-centres, empty parks and water) and two clustered groups,
written to GeoPackage (cached between runs in $MILIEU_BENCH_CACHE, default the temp dir). A
"jittered" variant moves every corner of the grid by up to 20 m in x and y: a coverage of convex
quadrilaterals without gaps or overlaps (as real block layers are), whose centroids are no longer a
lattice, so the general paths (k-d tree blocks or the FFT grid) are measured too. (Up to VERSION 2
whole squares were shifted by up to 30 m: neighbours overlapped, 17 % of the area counted twice, and
at <= 20k units the algorithm rightly spent its time on the GEOS union that reports it.)

Every measurement is a fresh child process timed end to end: QGIS start-up, reading the layer,
the algorithm, writing the table ("whole process"), with its peak memory (max RSS). The peer is
an exact dense O(n^2) computation of the same Gaussian HSPATIAL (what Segreg does: every pair,
no cut-off, none stored; rows in blocks), reading the same file with OGR.

Targets (issue 9):
1. Gaussian sigma = 500 m HSPATIAL at 30k cells: whole process >= 5x faster than the dense
   computation, peak <= 600 MB, equal to the exact value to 1e-6; at 10k cells ahead of it (>= 1x);
2. HSPATIAL + DDXPX + ACL, default parameters: 100k cells < 20 s and < 1.5 GB; 1M cells < 2 min
   and < 2 GB;
3. HSPATIAL at 300k cells within 3x of reading the layer (reading = counts and geometries to
   arrays, as the algorithm does).

    python bench/bench_kernel.py            # everything
    python bench/bench_kernel.py --quick    # 10k and 30k only
    python bench/bench_kernel.py --gauss    # [1] only (Gaussian HSPATIAL against the dense peer)
"""
from __future__ import annotations

import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CELL = 100.0
ORIGIN = (370_000.0, 5_790_000.0)  # EPSG:25833, around Berlin
SIZES = [10_000, 30_000, 100_000, 300_000, 1_000_000]
SEED = 9
CACHE = Path(os.environ.get("MILIEU_BENCH_CACHE", tempfile.gettempdir())) / "milieu_bench_city"
VERSION = 3  # bump when the generator changes
ROUNDS = 5  # [1]: rounds of (ours, dense), taken alternately on a machine whose load changes


# ---- the synthetic city ---------------------------------------------------------------------
def city(n, seed=SEED):
    """(x0, y0, counts (n, 3): t, g1, g2) of n 100 m cells in a square-ish block."""
    rng = np.random.default_rng(seed + n)
    cols = int(math.ceil(math.sqrt(n)))
    r, c = np.divmod(np.arange(n), cols)
    x = ORIGIN[0] + c * CELL
    y = ORIGIN[1] + r * CELL
    L = cols * CELL
    cx, cy = ORIGIN[0] + L / 2, ORIGIN[1] + (r.max() + 1) * CELL / 2
    dist = np.hypot(x - cx, y - cy)
    # density: a centre, sub-centres, a floor; people per 1 ha cell
    lam = 90 * np.exp(-dist / (0.35 * L)) + 8
    for _ in range(6):
        sx, sy = rng.uniform(0.1, 0.9, 2) * L + ORIGIN
        lam += 60 * np.exp(-np.hypot(x - sx, y - sy) / (0.06 * L))

    def smooth(k, scale):
        f = np.zeros(n)
        for _ in range(k):
            kx, ky = rng.normal(0, 2 * np.pi / scale, 2)
            f += np.cos(kx * x + ky * y + rng.uniform(0, 2 * np.pi))
        return f / math.sqrt(k)

    park = smooth(8, 0.25 * L) > 0.95  # clustered empty land (parks, water): about 17 %
    t = rng.poisson(lam * (~park)).astype(float)
    # group shares: clustered enclaves on a smooth gradient
    s1 = 1 / (1 + np.exp(-(smooth(6, 0.3 * L) * 2.2 - 1.2)))
    s2 = 0.15 + 0.1 * smooth(4, 0.5 * L)
    s2 = np.clip(s2, 0.01, 0.9) * (1 - s1)
    g1 = rng.binomial(t.astype(np.int64), np.clip(s1, 0, 1)).astype(float)
    g2 = rng.binomial((t - g1).astype(np.int64), np.clip(s2 / np.maximum(1 - s1, 1e-9), 0, 1)).astype(float)
    return x, y, np.column_stack([t, g1, g2])


def corners(n, jitter=False, seed=SEED):
    """(n, 4, 2) corners (counter-clockwise from the lower left) of the cells of city(n): lattice
    squares, or with every grid corner moved by up to 20 m in x and y (shared by the cells around it,
    so no gaps or overlaps; a corner moves <= 28.3 m and the diagonal of its neighbours < 28.3 m, less
    than their 70.7 m distance: every quadrilateral stays convex)."""
    cols = int(math.ceil(math.sqrt(n)))
    r, c = np.divmod(np.arange(n), cols)
    rows = int(r.max()) + 2
    gx = ORIGIN[0] - CELL / 2 + np.arange(cols + 1)[None, :] * CELL + np.zeros((rows, 1))
    gy = ORIGIN[1] - CELL / 2 + np.arange(rows)[:, None] * CELL + np.zeros((1, cols + 1))
    if jitter:
        rng = np.random.default_rng(seed + n + 1)
        gx = gx + rng.uniform(-20, 20, gx.shape)
        gy = gy + rng.uniform(-20, 20, gy.shape)
    ii = [(r, c), (r, c + 1), (r + 1, c + 1), (r + 1, c)]
    return np.stack([np.column_stack([gx[a, b], gy[a, b]]) for a, b in ii], axis=1)


def _quad_blobs(q, srid):
    """GeoPackage geometry blobs (little-endian header without envelope + WKB polygon) of (n, 4, 2)
    quadrilaterals."""
    n = q.shape[0]
    rec = np.zeros(n, dtype=[("gp", "S2"), ("ver", "u1"), ("flags", "u1"), ("srid", "<i4"),
                             ("bo", "u1"), ("type", "<u4"), ("rings", "<u4"), ("pts", "<u4"),
                             ("xy", "<f8", (10,))])
    rec["gp"], rec["ver"], rec["flags"], rec["srid"] = b"GP", 0, 1, srid
    rec["bo"], rec["type"], rec["rings"], rec["pts"] = 1, 3, 1, 5
    rec["xy"] = np.concatenate([q, q[:, :1]], axis=1).reshape(n, 10)
    raw = rec.tobytes()
    size = rec.dtype.itemsize
    return [raw[i * size:(i + 1) * size] for i in range(n)]


def write_city(n, jitter=False):
    """The GeoPackage of a city (cached); returns its path."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"city_{n}{'_jitter' if jitter else ''}_v{VERSION}.gpkg"
    if path.exists():
        return path
    from osgeo import ogr, osr

    _, _, counts = city(n)
    quads = corners(n, jitter)
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    lyr = ds.CreateLayer("cells", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom"])
    for name in ("t", "g1", "g2"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    ds = None
    con = sqlite3.connect(str(tmp))
    blobs = _quad_blobs(quads, 25833)
    con.executemany("INSERT INTO cells (geom, t, g1, g2) VALUES (?, ?, ?, ?)",
                    zip(blobs, counts[:, 0].tolist(), counts[:, 1].tolist(), counts[:, 2].tolist()))
    con.execute("UPDATE gpkg_contents SET min_x=?, min_y=?, max_x=?, max_y=? WHERE table_name='cells'",
                (float(quads[..., 0].min()), float(quads[..., 1].min()), float(quads[..., 0].max()),
                 float(quads[..., 1].max())))
    con.commit()
    con.close()
    tmp.rename(path)
    return path


# ---- children ---------------------------------------------------------------------------------
def _peak_mb():
    """Peak resident memory of this process (VmHWM: reset at exec, unlike ru_maxrss, which a
    child inherits from the parent that forked it)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def child_ours(path, params_json, read_first):
    """The command line a user runs (`python3 -m milieu_atlas_plugin run ...`: its own QGIS
    start-up, reading, the algorithm, writing), [reading timed alone first]; JSON on stdout."""
    t_start = time.perf_counter()
    from milieu_atlas_plugin import cli, headless

    out = {}
    if read_first:
        headless.start_qgis(files_only=True, algorithms=["segregationindices"])
        from qgis.core import QgsVectorLayer

        from milieu_atlas_plugin.processing.params import read_unit_counts
        from milieu_atlas_plugin.qgis_io.spatial_context import spatial_context

        from milieu_atlas_plugin.qgis_io.columnar import read_polygon_columns

        t0 = time.perf_counter()
        layer = QgsVectorLayer(str(path), "cells", "ogr")
        # as the algorithm reads: as columns where the layer allows it, else feature by feature
        columns = read_polygon_columns(layer, ["t", "g1"])
        counts = read_unit_counts(layer, "t", ["g1"], columns=columns)
        spatial_context(layer, None, neighbours=False, fids=counts.fids, columns=columns)
        out["read_s"] = time.perf_counter() - t0
        out["read_how"] = "columns" if columns is not None else "features"
        del layer
    params = json.loads(params_json)
    table = Path(tempfile.mkdtemp()) / "out.csv"
    params.update({"INPUT": str(path), "TOTAL_FIELD": "t", "GROUP_FIELDS": ["g1"], "OUTPUT": str(table)})
    argv = ["run", "milieuatlas:segregationindices", "--"]
    for name, value in params.items():
        argv += [f"{name}={v}" for v in (value if isinstance(value, list) else [value])]
    timed = headless.run_algorithm

    def run_timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return timed(*args, **kwargs)
        finally:
            out["alg_s"] = time.perf_counter() - t0

    headless.run_algorithm = run_timed
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"the command line exited with {code}")
    import csv

    with open(table, encoding="utf-8") as fh:
        out["rows"] = [{"index": r["index"], "value": float(r["value"]), "note": r["note"]}
                       for r in csv.DictReader(fh)]
    out["total_s"] = time.perf_counter() - t_start
    out["peak_mb"] = _peak_mb()
    print(json.dumps(out))


def child_dense(path, sigma):
    """The peer: read centroids and counts with OGR, exact dense Gaussian HSPATIAL (no cut-off)."""
    t_start = time.perf_counter()
    from osgeo import ogr

    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    xs, ys, t, x = [], [], [], []
    for f in lyr:
        c = f.GetGeometryRef().Centroid()
        xs.append(c.GetX())
        ys.append(c.GetY())
        t.append(f.GetField("t"))
        x.append(f.GetField("g1"))
    ds = None
    px, py = np.array(xs), np.array(ys)
    t, x = np.array(t), np.array(x)
    keep = t > 0
    px, py, t, x = px[keep], py[keep], t[keep], x[keep]
    n = t.size
    kx, kt = np.empty(n), np.empty(n)
    block = max(1, 2_000_000 // n)
    for s in range(0, n, block):
        e = min(n, s + block)
        d2 = (px[s:e, None] - px[None, :]) ** 2 + (py[s:e, None] - py[None, :]) ** 2
        w = np.exp(-d2 / (2 * sigma * sigma))
        kx[s:e] = w @ x
        kt[s:e] = w @ t

    def ent(p):
        with np.errstate(divide="ignore", invalid="ignore"):
            return -np.nan_to_num(p * np.log(p)) - np.nan_to_num((1 - p) * np.log(1 - p))

    T = t.sum()
    h = 1 - (t * ent(np.clip(kx / kt, 0, 1))).sum() / (T * ent(x.sum() / T))
    print(json.dumps({"value": float(h), "total_s": time.perf_counter() - t_start, "peak_mb": _peak_mb()}))


def _child(*args, timeout=900):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()
        return {"error": tail[-1] if tail else f"exit {proc.returncode}"}
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["wall_s"] = wall  # the whole process as the caller sees it (interpreter start included)
    return res


def _method(note):
    for key in ("exact: unit centroids on a regular", "k-d tree", "dense blocks", "grid"):
        if key in note:
            return {"exact: unit centroids on a regular": "exact-lattice", "k-d tree": "exact-tree",
                    "dense blocks": "exact-dense", "grid": "grid"}[key]
    return "?"


def _verdict(ok):
    return "MET" if ok else "NOT MET"


# ---- main -------------------------------------------------------------------------------------
def gauss_vs_dense(files):
    """[1] Gaussian sigma = 500 m HSPATIAL against the exact dense computation, 10k and 30k cells."""
    gauss = json.dumps({"INDICES": ["HSPATIAL"], "KERNEL": "gaussian", "BANDWIDTHS": "500"})
    print("[1] HSPATIAL, Gaussian sigma 500 m: ours vs exact dense O(n^2) (Segreg's computation)")
    print(f"    each side a whole process reading the same file, both warm (one run of each first: page "
          f"cache, byte code), then {ROUNDS} rounds taken alternately; times min / median, ratio per round")
    for n in (10_000, 30_000):
        for jitter in (False, True):
            path = files[(n, jitter)]
            kind = "jittered" if jitter else "lattice"
            _child("ours", path, gauss, 0)
            _child("dense", path, 500.0)
            mine, theirs = [], []
            for _ in range(ROUNDS):
                ours = _child("ours", path, gauss, 0)
                peer = _child("dense", path, 500.0)
                if "error" in ours or "error" in peer:
                    break
                mine.append(ours)
                theirs.append(peer)
            if len(mine) < ROUNDS:
                print(f"    {n:>9,} {kind}: ERROR ours {ours.get('error')} peer {peer.get('error')}")
                continue
            ours = mine[-1]
            v = ours["rows"][0]["value"]
            diff = abs(v - theirs[-1]["value"])
            wall = sorted(r["wall_s"] for r in mine)
            dense = sorted(r["wall_s"] for r in theirs)
            ratios = sorted(b["wall_s"] / a["wall_s"] for a, b in zip(mine, theirs))
            ratio = ratios[len(ratios) // 2]
            peak = max(r["peak_mb"] for r in mine)
            line = (f"    {n:>9,} cells {kind:8s}: ours {wall[0]:5.2f} / {wall[len(wall) // 2]:5.2f} s "
                    f"({_method(ours['rows'][0]['note'])}, algorithm {min(r['alg_s'] for r in mine):.2f} s), "
                    f"{peak:4.0f} MB | dense {dense[0]:5.2f} / {dense[len(dense) // 2]:5.2f} s, "
                    f"{max(r['peak_mb'] for r in theirs):4.0f} MB | ratio min {ratios[0]:4.1f}x median {ratio:4.1f}x "
                    f"| H~ {v:.9f} vs {theirs[-1]['value']:.9f} (|diff| {diff:.1e})")
            print(line)
            if n == 30_000:
                ok = ratio >= 5 and peak <= 600 and diff <= 1e-6
                print(f"    verdict ({kind}): >= 5x faster (median ratio) {ratio:.1f}x, <= 600 MB {peak:.0f} MB, "
                      f"|diff| <= 1e-6 {diff:.1e}: {_verdict(ok)}")
            else:
                ok = ratio >= 1 and diff <= 1e-6
                print(f"    verdict 10k ({kind}): ahead of the dense peer (median ratio >= 1x) {ratio:.1f}x, "
                      f"|diff| <= 1e-6 {diff:.1e}: {_verdict(ok)}")


def main(quick=False, gauss_only=False):
    print("Spatial kernel indices on city-dense 100 m grids (whole process: QGIS start, read, compute, write)")
    sizes = SIZES[:2] if quick or gauss_only else SIZES
    t0 = time.perf_counter()
    # jittered layouts where they show the general paths: 10k/30k (peer), 30k/100k (k-d tree and
    # grid) and 1M (the grid path of the target)
    jittered = {10_000, 30_000, 100_000, 1_000_000}
    files = {(n, j): write_city(n, j) for n in sizes for j in (False, True) if not j or n in jittered}
    print(f"layouts ready in {time.perf_counter() - t0:.1f} s (cached in {CACHE})")

    gauss_vs_dense(files)
    if gauss_only:
        return 0

    # 2. HSPATIAL + DDXPX + ACL with the default parameters, and HSPATIAL alone against reading
    trio = json.dumps({"INDICES": ["HSPATIAL", "DDXPX", "ACL"]})
    hs = json.dumps({"INDICES": ["HSPATIAL"]})
    print("[2] HSPATIAL + DDXPX + ACL, defaults (biweight 1 km, exp(-d/1 km)); [3] HSPATIAL vs reading")
    print(f"    {'cells':>9} {'layout':8s} {'whole s':>8} {'alg s':>7} {'peak MB':>8}  methods (HSPATIAL/DDXPX/ACL)"
          f"  | HSPATIAL alone (300k): alg s, read s, alg/read")
    for n in sizes:
        for jitter in (False, True):
            if (n, jitter) not in files or (n, jitter) == (10_000, True):
                continue
            kind = "jittered" if jitter else "lattice"
            ours = _child("ours", files[(n, jitter)], trio, 0)
            if "error" in ours:
                print(f"    {n:>9,} {kind:8s} ERROR {ours['error']}")
                continue
            methods = "/".join(_method(r["note"]) for r in ours["rows"])
            line = (f"    {n:>9,} {kind:8s} {ours['wall_s']:8.2f} {ours['alg_s']:7.2f} {ours['peak_mb']:8.0f}  "
                    f"{methods}")
            solo = _child("ours", files[(n, jitter)], hs, 1) if n == 300_000 else None
            if solo and "error" not in solo:
                line += (f"  | {solo['alg_s']:.2f}, {solo['read_s']:.2f} ({solo['read_how']}), "
                         f"{solo['alg_s'] / solo['read_s']:.2f}x")
                if n == 300_000:
                    line += f" (target <= 3x: {_verdict(solo['alg_s'] <= 3 * solo['read_s'])})"
            print(line)
            errs = [r for r in ours["rows"] if "grid" in _method(r["note"])]
            for r in errs:
                print(f"        {r['index']}: {r['note'].split('; ')[-1]}")
            if n == 100_000 and not jitter:
                print(f"    verdict 100k: < 20 s {ours['wall_s']:.1f} s, < 1.5 GB {ours['peak_mb']:.0f} MB: "
                      f"{_verdict(ours['wall_s'] < 20 and ours['peak_mb'] < 1536)}")
            if n == 1_000_000:
                print(f"    verdict 1M {kind}: < 2 min {ours['wall_s']:.1f} s, < 2 GB {ours['peak_mb']:.0f} MB: "
                      f"{_verdict(ours['wall_s'] < 120 and ours['peak_mb'] < 2048)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind = sys.argv[2]
        if kind == "ours":
            child_ours(sys.argv[3], sys.argv[4], sys.argv[5] == "1")
        else:
            child_dense(sys.argv[3], float(sys.argv[4]))
        sys.stdout.flush()
        os._exit(0)
    sys.exit(main(quick="--quick" in sys.argv, gauss_only="--gauss" in sys.argv))
