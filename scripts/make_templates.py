"""Regenerates resources/templates/*.qpt from the page plans in cartography/templates.py.

Run from the checkout: QT_QPA_PLATFORM=offscreen python3 scripts/make_templates.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from milieu_atlas_plugin.cartography.templates import write_templates

    for path in write_templates():
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
