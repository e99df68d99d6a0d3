"""1,000,000 points read from PostGIS → Berlin's 542 Planungsräume (points mode of
milieuatlas:jointodistricts), against the same points from a GeoPackage in the same run.
Target: PostGIS within 1.5× the GeoPackage's time. `make bench` calls main().

A throwaway PostgreSQL + PostGIS server (tests/postgis/cluster.py; Debian's packages, Unix socket)
holds the points (table with a primary key and a GiST index, loaded with GDAL). Each run is a
fresh child process (its peak RSS is its own, QGIS included) timing only the algorithm call; each
source is run twice, alternately, and the faster run counts. The per-district sums of both
sources must be equal.

    python bench/bench_postgis.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "bench"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

TARGET = 1.5


def _load(cluster, gpkg):
    from osgeo import gdal

    gdal.UseExceptions()
    dest = "PG:" + cluster.conninfo()
    gdal.VectorTranslate(dest, str(gpkg), format="PostgreSQL", layerName="points",
                         options=["-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid",
                                  "-lco", "SPATIAL_INDEX=GIST", "-gt", "200000"])
    cluster.execute("VACUUM ANALYZE points")


def main():
    import bench_join
    from tests.postgis.cluster import Cluster

    tmp = Path(tempfile.mkdtemp(prefix="bench_postgis_"))
    pts = tmp / "points.gpkg"
    t0 = time.perf_counter()
    households, n = bench_join._child("make_points", str(pts))["value"]
    cluster = Cluster(dbname="bench").start()
    try:
        t1 = time.perf_counter()
        _load(cluster, pts)
        print(f"data: {int(n):,} points written to a GeoPackage in {t1 - t0:.1f} s, loaded into "
              f"PostGIS in {time.perf_counter() - t1:.1f} s", flush=True)
        sources = {
            "GeoPackage": str(pts),
            "PostGIS": "postgres://" + f"dbname='bench' host={cluster.socket_dir} "
                       f"port={cluster.port} user='{cluster.superuser}' key='fid' "
                       'table="public"."points" (geom)',
        }
        best, sums = {}, {}
        for rep in range(2):
            for name, source in sources.items():
                out = str(tmp / f"{name}_{rep}.gpkg")
                r = bench_join._child("ours", source, "households", out)
                prev = best.get(name)
                if prev is None or r["seconds"] < prev["seconds"]:
                    best[name] = r
                sums[name] = bench_join._sums(out, "households")
        same = sums["GeoPackage"] == sums["PostGIS"]
        total = sum(v or 0 for v in sums["PostGIS"].values())
        for name, r in best.items():
            print(f"1,000,000 points from {name:10s} -> 542 districts: {r['seconds']:6.2f} s, "
                  f"peak {r['peak_mb']:.0f} MB", flush=True)
        ratio = best["PostGIS"]["seconds"] / best["GeoPackage"]["seconds"]
        verdict = "met" if ratio <= TARGET else "NOT met"
        print(f"PostGIS / GeoPackage: {ratio:.2f}x (target within {TARGET}x: {verdict}); per-district "
              f"sums {'equal' if same else 'DIFFER'} (households inside: {total:,.0f} of "
              f"{households:,.0f})", flush=True)
        if not same:
            raise SystemExit("bench_postgis: the two sources gave different sums")
    finally:
        cluster.stop()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
