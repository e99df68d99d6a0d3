"""`make demo`: the main job on the bundled Berlin sample, end to end, headless.

Joins the register counts of 31.12.2024 to the 542 Planungsräume, computes the segregation
indices for residents with migration background and for foreigners, their location quotients,
and prints a council map sheet of the migration-background LQ."""
import argparse
import sys
from pathlib import Path

from .paths import SAMPLE_DIR

PLR = SAMPLE_DIR / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"
TABLE = SAMPLE_DIR / "berlin-lor-population-2024-02-t1-planning-areas.csv"
TOTAL = "inhabitants"
MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"
SOURCE_TEXT = ("Data: Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik 31.12.2024 "
               "(CC BY 3.0 DE); geometry: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)")


def run_demo(out):
    from .headless import run_algorithm, start_qgis

    start_qgis()
    out.mkdir(parents=True, exist_ok=True)
    feedback = None

    def step(text):
        print(text, file=sys.stderr, flush=True)

    step("1/4 Joining the register table to the 542 Planungsräume …")
    joined = out / "berlin_plr_2024.gpkg"
    run_algorithm("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(TABLE), "MODE": "key",
        "SOURCE_KEY": "id", "FIELDS": [TOTAL, MH, FOREIGN],
        "OUTPUT": str(joined), "UNMATCHED": str(out / "unmatched.csv"),
        "ACCOUNTING": str(out / "accounting.csv")}, feedback)

    step("2/4 Location quotients per Planungsraum …")
    local = out / "berlin_plr_2024_local.gpkg"
    run_algorithm("milieuatlas:localmeasures", {
        "INPUT": str(joined), "TOTAL_FIELD": TOTAL, "GROUP_FIELDS": [MH, FOREIGN],
        "OUTPUT": str(local)}, feedback)

    step("3/4 Segregation indices …")
    indices = out / "indices_2024.csv"
    run_algorithm("milieuatlas:segregationindices", {
        "INPUT": str(joined), "TOTAL_FIELD": TOTAL, "GROUP_FIELDS": [MH, FOREIGN],
        "PERMUTATIONS": 99, "SEED": 2024, "OUTPUT": str(indices)}, feedback)

    step("4/4 Map sheet …")
    pdf, png = out / "sheet_migration_background_lq.pdf", out / "sheet_migration_background_lq.png"
    run_algorithm("milieuatlas:mapsheet", {
        "INPUT": str(local), "FIELD": f"{MH}_lq",
        "TITLE": "Residents with migration background: location quotient",
        "SUBTITLE": "Berlin, 542 Planungsräume (LOR 2021), 31.12.2024 — 1 = city average",
        "SOURCE_TEXT": SOURCE_TEXT, "YEAR": "2024", "SUPPRESS_FIELD": "suppressed",
        "BOUNDARIES": str(SAMPLE_DIR / "berlin-lor-districts.geojson"),
        "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png)}, feedback)
    return {"joined layer": joined, "location quotients": local, "indices": indices,
            "accounting": out / "accounting.csv", "map sheet (PDF)": pdf, "map sheet (PNG)": png}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", default="demo_output", help="folder for the results")
    args = ap.parse_args(argv)
    from .headless import AlgorithmFailed

    try:
        files = run_demo(Path(args.output).resolve())
    except AlgorithmFailed as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print("Milieu Atlas demo finished. Results:")
    for label, path in files.items():
        print(f"  {label:20s} {path}")
    return 0


if __name__ == "__main__":
    import os

    code = main()
    sys.stdout.flush()
    os._exit(code)
