"""`make demo`: the main job on the bundled Berlin sample, end to end, headless.

Joins the register counts of 31.12.2024 to the 542 Planungsräume, computes the segregation
indices for residents with migration background and for foreigners, their location quotients,
and prints a council map sheet of the migration-background LQ. Then the milieu chain on the
bundled synthetic milieu sample (synthetisch: invented address points, anchored only to the
register counts): milieu localisation with the density surface, participation potential from
the illustrative rate table, a district typology by milieu composition, and two more sheets
(dominant milieu; untapped participation potential)."""
import argparse
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from .i18n import tr
from .paths import SAMPLE_DIR

PLR = SAMPLE_DIR / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"
TABLE = SAMPLE_DIR / "berlin-lor-population-2024-02-t1-planning-areas.csv"
TOTAL = "inhabitants"
MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"
MILIEUS = SAMPLE_DIR / "milieus" / "milieus_synthetisch.gpkg"
MILIEU_LAYER = "adressen_milieus_synthetisch"
MILIEU_CODES = ["REL", "ARB", "ENT", "STA", "ADI", "KOS", "PER", "HED"]
MILIEU_SOURCE_TEXT = QT_TRANSLATE_NOOP("@default", "Milieus: synthetic sample (synthetisch: invented by Milieu Atlas, anchored only to the "
                      "register of 31.12.2024); participation rates illustrative (illustrativ); geometry: "
                      "Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)")
SOURCE_TEXT = QT_TRANSLATE_NOOP("@default", "Data: Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik 31.12.2024 "
               "(CC BY 3.0 DE); geometry: Geoportal Berlin, LOR Planungsräume 2021 (dl-de/zero-2-0)")


def run_demo(out, language=None):
    from .headless import run_algorithm, start_qgis

    start_qgis(language, files_only=True)  # the bundled sample is files only
    out.mkdir(parents=True, exist_ok=True)
    feedback = None

    def step(text):
        print(text, file=sys.stderr, flush=True)

    step(tr("1/9 Joining the register table to the 542 Planungsräume …"))
    joined = out / "berlin_plr_2024.gpkg"
    run_algorithm("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(TABLE), "MODE": "key",
        "SOURCE_KEY": "id", "FIELDS": [TOTAL, MH, FOREIGN],
        "OUTPUT": str(joined), "UNMATCHED": str(out / "unmatched.csv"),
        "ACCOUNTING": str(out / "accounting.csv")}, feedback)

    step(tr("2/9 Location quotients per Planungsraum …"))
    local = out / "berlin_plr_2024_local.gpkg"
    run_algorithm("milieuatlas:localmeasures", {
        "INPUT": str(joined), "TOTAL_FIELD": TOTAL, "GROUP_FIELDS": [MH, FOREIGN],
        "OUTPUT": str(local)}, feedback)

    step(tr("3/9 Segregation indices …"))
    indices = out / "indices_2024.csv"
    run_algorithm("milieuatlas:segregationindices", {
        "INPUT": str(joined), "TOTAL_FIELD": TOTAL, "GROUP_FIELDS": [MH, FOREIGN],
        "PERMUTATIONS": 99, "SEED": 2024, "OUTPUT": str(indices)}, feedback)

    step(tr("4/9 Map sheet …"))
    pdf, png = out / "sheet_migration_background_lq.pdf", out / "sheet_migration_background_lq.png"
    run_algorithm("milieuatlas:mapsheet", {
        "INPUT": str(local), "FIELD": f"{MH}_lq",
        "TITLE": tr("Residents with migration background: location quotient"),
        "SUBTITLE": tr("Berlin, 542 Planungsräume (LOR 2021), 31.12.2024 — 1 = city average"),
        "SOURCE_TEXT": tr(SOURCE_TEXT), "YEAR": "2024", "SUPPRESS_FIELD": "suppressed",
        "BOUNDARIES": str(SAMPLE_DIR / "berlin-lor-districts.geojson"),
        "OUTPUT_PDF": str(pdf), "OUTPUT_PNG": str(png)}, feedback)
    files = {
        QT_TRANSLATE_NOOP("@default", "joined layer"): joined,
        QT_TRANSLATE_NOOP("@default", "location quotients"): local,
        QT_TRANSLATE_NOOP("@default", "indices"): indices,
        QT_TRANSLATE_NOOP("@default", "accounting"): out / "accounting.csv",
        QT_TRANSLATE_NOOP("@default", "map sheet (PDF)"): pdf,
        QT_TRANSLATE_NOOP("@default", "map sheet (PNG)"): png,
    }
    files.update(run_milieu_chain(out, feedback, step))
    return files


def run_milieu_chain(out, feedback, step):
    """Milieus on the synthetic sample: localisation → participation potential → typology → sheets."""
    from .headless import run_algorithm

    step(tr("5/9 Milieu localisation (synthetic sample) and density surface …"))
    milieus = out / "berlin_plr_milieus_synthetisch.gpkg"
    surface, dominant = out / "milieu_surface_synthetisch.tif", out / "milieu_dominant_synthetisch.tif"
    run_algorithm("milieuatlas:milieulocalisation", {
        "DISTRICTS": str(PLR), "DISTRICT_KEY": "PLR_ID",
        "MILIEUS": f"{MILIEUS}|layername={MILIEU_LAYER}", "OUTPUT": str(milieus),
        "SURFACE": str(surface), "DOMINANT_RASTER": str(dominant)}, feedback)

    step(tr("6/9 Participation potential (illustrative rates) …"))
    participation = out / "berlin_plr_participation_synthetisch.gpkg"
    run_algorithm("milieuatlas:participationpotential", {
        "INPUT": str(milieus), "KEY_FIELD": "PLR_ID", "OUTPUT": str(participation),
        "SUMMARY": str(out / "participation_summary.csv")}, feedback)

    step(tr("7/9 District typology by milieu composition …"))
    typology = out / "berlin_plr_types_synthetisch.gpkg"
    run_algorithm("milieuatlas:districttypology", {
        "INPUT": str(participation), "FIELDS": [f"mil_{c}_share" for c in MILIEU_CODES],
        "METHOD": "kmeans", "K": 6, "RESTARTS": 100, "SEED": 2024,
        "POPULATION_FIELD": "mil_total", "MIN_POPULATION": 5,
        "OUTPUT": str(typology), "PROFILE": str(out / "typology_profile.csv")}, feedback)

    step(tr("8/9 Map sheet: dominant milieu …"))
    dom_pdf, dom_png = out / "sheet_dominant_milieu.pdf", out / "sheet_dominant_milieu.png"
    run_algorithm("milieuatlas:mapsheet", {
        "INPUT": str(typology), "FIELD": "mil_dominant", "CLASSIFICATION": "categorical",
        "TITLE": tr("Dominant migrant milieu (synthetic sample)"),
        "SUBTITLE": tr("Berlin, 542 Planungsräume (LOR 2021) — MIX: lead below 5 percentage points"),
        "SOURCE_TEXT": tr(MILIEU_SOURCE_TEXT), "YEAR": "2024", "SUPPRESS_FIELD": "suppressed",
        "BOUNDARIES": str(SAMPLE_DIR / "berlin-lor-districts.geojson"), "BOUNDARIES_NAME": tr("Bezirke"),
        "OUTPUT_PDF": str(dom_pdf), "OUTPUT_PNG": str(dom_png)}, feedback)

    step(tr("9/9 Map sheet: untapped participation potential …"))
    part_pdf, part_png = out / "sheet_untapped_participation.pdf", out / "sheet_untapped_participation.png"
    run_algorithm("milieuatlas:mapsheet", {
        "INPUT": str(typology), "FIELD": "part_untapped_rate", "CLASSIFICATION": "quantile",
        "TITLE": tr("Untapped participation potential (illustrative rates, synthetic sample)"),
        "SUBTITLE": tr("Berlin, 542 Planungsräume (LOR 2021) — share of migrant households who would "
                    "take part but have not"),
        "SOURCE_TEXT": tr(MILIEU_SOURCE_TEXT), "YEAR": "2024", "SUPPRESS_FIELD": "suppressed",
        "BOUNDARIES": str(SAMPLE_DIR / "berlin-lor-districts.geojson"), "BOUNDARIES_NAME": tr("Bezirke"),
        "OUTPUT_PDF": str(part_pdf), "OUTPUT_PNG": str(part_png)}, feedback)
    return {
        QT_TRANSLATE_NOOP("@default", "milieu profile"): milieus,
        QT_TRANSLATE_NOOP("@default", "milieu surface"): surface,
        QT_TRANSLATE_NOOP("@default", "dominant milieu raster"): dominant,
        QT_TRANSLATE_NOOP("@default", "participation"): participation,
        QT_TRANSLATE_NOOP("@default", "participation summary"): out / "participation_summary.csv",
        QT_TRANSLATE_NOOP("@default", "typology"): typology,
        QT_TRANSLATE_NOOP("@default", "typology profile"): out / "typology_profile.csv",
        QT_TRANSLATE_NOOP("@default", "dominant milieu sheet"): dom_pdf,
        QT_TRANSLATE_NOOP("@default", "participation sheet"): part_pdf,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", default="demo_output", help="folder for the results")
    ap.add_argument("--lang", choices=("de", "en"), default=None,
                    help="language of messages and sheets (default: the QGIS or system language)")
    args = ap.parse_args(argv)
    from .headless import AlgorithmFailed

    try:
        files = run_demo(Path(args.output).resolve(), args.lang)
    except AlgorithmFailed as exc:
        from .errors import translated

        print(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Error: {message}"), message=str(exc)), file=sys.stderr)
        return 1
    print(tr("Milieu Atlas demo finished. Results:"))
    for label, path in files.items():
        print(f"  {tr(label):24s} {path}")
    return 0


if __name__ == "__main__":
    import os

    code = main()
    sys.stdout.flush()
    os._exit(code)
