#!/usr/bin/env python3
"""Renders the dock offscreen, in German, filled with the Berlin sample, to the PNGs of
docs/erste_schritte.md (docs/img/dock_*.png): each step before the run, a percentage converted into
counts, an error, the results after the run. The other states (empty, the percentage warning,
running, cancelled, the error's details) go to STATES_DIR (default: a temporary folder, printed),
to be looked at, not shipped.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/dock_screenshots.py [--lang de|en]
        [--states STATES_DIR] [OUT_DIR]"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", nargs="?", default=str(ROOT / "docs" / "img"))
    ap.add_argument("--lang", default="de", choices=("de", "en"))
    ap.add_argument("--states", default="")
    args = ap.parse_args(argv)
    from milieu_atlas_plugin.headless import start_qgis

    start_qgis(args.lang)
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    from milieu_atlas_plugin.gui.dock import MilieuAtlasDock
    from milieu_atlas_plugin.paths import SAMPLE_DIR

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    states = Path(args.states or tempfile.mkdtemp(prefix="milieu_atlas_states_"))
    states.mkdir(parents=True, exist_ok=True)

    def wait(dock, until=None, timeout=300):
        t0 = time.time()
        while dock.task is not None and time.time() - t0 < timeout:
            QgsApplication.processEvents()
            if until is not None and until():
                break
            time.sleep(0.05)
        for _ in range(3):  # the finished task's texts, then the layout they ask for
            QgsApplication.processEvents()

    def box(dock, name):
        from qgis.PyQt.QtWidgets import QGroupBox

        return dock.widget().findChild(QGroupBox, name)

    plr = QgsVectorLayer(str(SAMPLE_DIR / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"),
                         "Planungsräume", "ogr")
    table = QgsVectorLayer(str(SAMPLE_DIR / "berlin-lor-population-2024-02-t1-planning-areas.csv"),
                           "Einwohner 2024", "ogr")
    bezirke = QgsVectorLayer(str(SAMPLE_DIR / "berlin-lor-districts.geojson"), "Bezirke", "ogr")
    from qgis.core import QgsSettings

    QgsSettings().remove("MilieuAtlas/last_state")  # the defaults, not the last run's choices
    dock = MilieuAtlasDock(None)
    dock.resize(380, 1000)
    dock.show()
    QgsApplication.processEvents()
    dock.grab().save(str(states / "dock_leer.png"))  # a project without layers
    QgsProject.instance().addMapLayers([plr, table, bezirke])
    dock.districts_combo.setLayer(plr)
    dock.district_key_combo.setField("PLR_ID")
    dock.table_combo.setLayer(table)
    dock.table_key_combo.setField("id")
    dock.total_combo.setField("inhabitants")
    # a percentage ticked: the warning and the offer to convert it, then converted
    dock.set_groups(["inhabitants_with_migration_background_percentage"])
    QgsApplication.processEvents()
    box(dock, "dataBox").grab().save(str(states / "dock_prozent_warnung.png"))
    dock.convert_button.click()
    QgsApplication.processEvents()
    box(dock, "dataBox").grab().save(str(out / "dock_1_prozent.png"))
    dock.set_groups(["inhabitants_with_migration_background", "inhabitants_foreigners"])
    dock.levels_combo.setLayer(bezirke)
    dock.title_edit.setText("Einwohner mit Migrationshintergrund: Standortquotient"
                            if args.lang == "de" else "Residents with migration background: location quotient")
    dock.subtitle_edit.setText("Berlin, 542 Planungsräume (LOR 2021)")
    dock.source_edit.setText("Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); "
                             "Geoportal Berlin (dl-de/zero-2-0)")
    dock.year_edit.setText("31.12.2024")
    run_root = tempfile.mkdtemp(prefix="milieu_atlas_shots_")
    dock.output_widget.setFilePath(run_root)
    dock.preview_join()  # the join's accounting under "Verknüpfung prüfen"
    wait(dock, timeout=120)
    for name, key in (("dock_1_daten", "dataBox"), ("dock_2_analyse", "analysisBox"),
                      ("dock_3_karten", "sheetsBox"), ("dock_4_ausfuehren", "runBox")):
        box(dock, key).grab().save(str(out / f"{name}.png"))

    # an error: a group larger than this "total"; one short line, the whole message in Details
    dock.total_combo.setField("inhabitants_foreigners")
    dock.set_groups(["inhabitants_with_migration_background"])
    dock.run()
    wait(dock)
    dock.grab().save(str(out / "dock_fehler.png"))
    details = dock.show_details(dock.last_error)
    details.adjustSize()
    QgsApplication.processEvents()
    details.grab().save(str(states / "dock_fehler_details.png"))
    details.close()
    dock.total_combo.setField("inhabitants")
    dock.set_groups(["inhabitants_with_migration_background", "inhabitants_foreigners"])

    # running, then cancelled: nothing kept
    dock.permutations_spin.setValue(999)
    dock.run()
    wait(dock, until=lambda: dock.progress.value() >= 40)
    box(dock, "runBox").grab().save(str(states / "dock_laeuft.png"))
    dock.cancel()
    wait(dock)
    dock.grab().save(str(states / "dock_abgebrochen.png"))
    dock.permutations_spin.setValue(99)

    dock.run()
    wait(dock)
    box(dock, "resultsBox").grab().save(str(out / "dock_5_ergebnisse.png"))
    dock.grab().save(str(out / "dock_gesamt.png"))
    layouts = [lay.name() for lay in QgsProject.instance().layoutManager().printLayouts()]
    print("\n".join(sorted(str(p) for p in out.glob("dock_*.png"))))
    print("\n".join(sorted(str(p) for p in states.glob("dock_*.png"))))
    print("layouts:", layouts)
    print("run folder:", run_root)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
