"""Speed and memory of milieuatlas:atlas (issue 10); `make bench` calls main().

The Berlin atlas of all 542 Planungsräume from the bundled sample (31.12.2024): residents, residents
with a migration background, their share and location quotient, names from the shapefile, a bar
chart per page, suppression below 300 residents, German, one PDF with cover and contents, and the
profile table (CSV). Runs in a fresh child process, so its peak memory (max RSS, QGIS itself
included) is its own; the child times the algorithm run only (reading the layer and starting QGIS
are not timed).

Targets (ours, set with the issue: a statistics office prints the atlas while it waits, on a
two-core office PC): the whole atlas in under 10 minutes (about 1 s per page) and a peak memory
under 1.5 GB.
"""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "resources" / "sample" / "berlin"
PLR = SAMPLE / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"
T1 = SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"
SOURCE = "Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin (dl-de/zero-2-0)"
TARGET_S = 600.0
TARGET_MB = 1536.0


def berlin_layer():
    """The 542 Planungsräume with name, total, mh, mh_share, mh_lq (computed here from the CSV)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer

    from milieu_atlas_plugin.compat import FieldType

    with open(T1, newline="", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    big_t = sum(int(r["inhabitants"]) for r in rows.values())
    big_m = sum(int(r["inhabitants_with_migration_background"]) for r in rows.values())
    src = QgsVectorLayer(str(PLR), "plr", "ogr")
    mem = QgsVectorLayer("MultiPolygon?crs=EPSG:25833", "Planungsräume", "memory")
    mem.setCrs(src.crs())
    mem.dataProvider().addAttributes([
        QgsField("PLR_ID", FieldType.String), QgsField("name", FieldType.String),
        QgsField("total", FieldType.Int), QgsField("mh", FieldType.Int),
        QgsField("mh_share", FieldType.Double), QgsField("mh_lq", FieldType.Double)])
    mem.updateFields()
    feats = []
    for f in src.getFeatures():
        r = rows[f["PLR_ID"]]
        t, m = int(r["inhabitants"]), int(r["inhabitants_with_migration_background"])
        g = QgsFeature(mem.fields())
        g.setGeometry(f.geometry())
        g.setAttributes([f["PLR_ID"], f["PLR_NAME"], t, m, m / t if t else None,
                         (m / t) / (big_m / big_t) if t else None])
        feats.append(g)
    mem.dataProvider().addFeatures(feats)
    return mem


def step(out_dir):
    """The child: starts QGIS, builds the layer, runs the atlas; prints a JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from milieu_atlas_plugin.compat import ensure_proj_data
    from milieu_atlas_plugin.headless import ensure_processing

    ensure_proj_data()
    ensure_processing()
    import processing

    layer = berlin_layer()
    pdf = os.path.join(out_dir, "atlas_berlin.pdf")
    table = os.path.join(out_dir, "atlas_berlin.csv")
    t0 = time.perf_counter()
    res = processing.run("milieuatlas:atlas", {
        "INPUT": layer, "KEY_FIELD": "PLR_ID", "NAME_FIELD": "name",
        "FIELDS": ["total", "mh", "mh_share", "mh_lq"], "CHART_FIELDS": ["mh_share", "mh_lq"],
        "COUNT_FIELD": "total", "MIN_COUNT": 300, "TITLE": "Gebietsprofile Berlin",
        "YEAR": "31.12.2024", "SOURCE_TEXT": SOURCE, "LANGUAGE": "de", "MODE": "single",
        "OUTPUT_PDF": pdf, "OUTPUT_TABLE": table})
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "pages": res["PAGES"],
                      "pdf_mb": os.path.getsize(pdf) / 2 ** 20}), flush=True)
    # leave at once: QGIS's exit would only add to the time and may crash headless
    os._exit(0)


def _child(out_dir):
    """Runs the step in a fresh interpreter; returns its JSON result plus its own peak RSS."""
    proc = subprocess.Popen([sys.executable, __file__, "--step", out_dir], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not out.strip():
        raise RuntimeError(f"the atlas bench failed (exit {os.waitstatus_to_exitcode(status)})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024.0
    return result


def main():
    with tempfile.TemporaryDirectory(prefix="bench_atlas_") as tmp:
        r = _child(tmp)
    per_page = r["seconds"] / r["pages"]
    time_ok = r["seconds"] < TARGET_S
    mem_ok = r["peak_mb"] < TARGET_MB
    print(f"Berlin atlas, 542 Planungsräume ({r['pages']} pages with cover and contents, "
          f"chart and table, German): {r['seconds']:.1f} s ({per_page:.2f} s per page), "
          f"peak {r['peak_mb']:.0f} MB, PDF {r['pdf_mb']:.1f} MB")
    print(f"verdict: time < {TARGET_S / 60:.0f} min: {'MET' if time_ok else 'NOT MET'}; "
          f"peak memory < {TARGET_MB / 1024:.1f} GB: {'MET' if mem_ok else 'NOT MET'}", flush=True)
    return {"atlas_s": r["seconds"], "atlas_peak_mb": r["peak_mb"]}


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--step":
        step(sys.argv[2])
    else:
        main()
