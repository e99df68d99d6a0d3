"""`make demo` end to end on the bundled sample: every result file appears and is sound."""
import csv
import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def demo_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    r = subprocess.run([sys.executable, "-m", "milieu_atlas_plugin.demo", "--output", str(out)],
                       cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    return out, r.stdout


def test_demo_reports_where_the_files_are(demo_output):
    out, stdout = demo_output
    for name in ("berlin_plr_2024.gpkg", "indices_2024.csv", "accounting.csv",
                 "sheet_migration_background_lq.pdf", "sheet_migration_background_lq.png"):
        assert (out / name).exists(), name
        assert str(out / name) in stdout


def test_demo_sheet_is_a_one_page_a4_landscape_pdf(demo_output):
    out, _ = demo_output
    pdf = (out / "sheet_migration_background_lq.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out / "sheet_migration_background_lq.pdf")],
                          capture_output=True, text=True).stdout
    pages = [line for line in info.splitlines() if line.startswith("Pages:")][0]
    assert pages.split()[1] == "1"
    size = [line for line in info.splitlines() if line.startswith("Page size")][0]
    w, h = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert w == pytest.approx(841.9, abs=2) and h == pytest.approx(595.3, abs=2)


def test_demo_accounting_conserves_every_count(demo_output):
    out, _ = demo_output
    table = list(csv.DictReader(open(ROOT / "resources/sample/berlin/"
                                     "berlin-lor-population-2024-02-t1-planning-areas.csv")))
    for row in csv.DictReader(open(out / "accounting.csv")):
        source = sum(float(r[row["field"]]) for r in table)
        assert float(row["source_total"]) == pytest.approx(source, abs=1e-6)
        assert float(row["district_total"]) + float(row["unmatched_total"] or 0) == \
            pytest.approx(source, abs=1e-6)


def test_demo_indices_include_expected_d_under_random_allocation(demo_output):
    out, _ = demo_output
    rows = [r for r in csv.DictReader(open(out / "indices_2024.csv")) if r["index"] == "D"]
    assert {r["group"] for r in rows} == {"inhabitants_with_migration_background",
                                          "inhabitants_foreigners"}
    for r in rows:
        # small-unit bias: expected D under random allocation is small but positive, below D
        assert 0 < float(r["expected"]) < float(r["value"])
        assert float(r["p_value"]) <= 0.01 + 1e-12


def test_demo_outputs_are_readable_like_any_new_file(demo_output):
    """Sheets are written under a temporary name first; they must not stay owner-only."""
    import os

    out, _ = demo_output
    umask = os.umask(0)
    os.umask(umask)
    expected = 0o666 & ~umask
    for name in ("sheet_migration_background_lq.pdf", "sheet_migration_background_lq.png",
                 "indices_2024.csv"):
        assert (out / name).stat().st_mode & 0o777 == expected, name


def _read_layer(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "demo", "ogr")
    assert layer.isValid(), path
    return layer


def test_demo_milieu_chain_conserves_the_households_of_the_register(demo_output, qgis_app):
    """The synthetic sample is anchored to the register: households per Planungsraum =
    round(residents with migration background / 2); the chain must carry them unchanged."""
    out, stdout = demo_output
    register = {r["id"]: round(float(r["inhabitants_with_migration_background"]) / 2.0)
                for r in csv.DictReader(open(ROOT / "resources/sample/berlin/"
                                             "berlin-lor-population-2024-02-t1-planning-areas.csv"))}
    layer = _read_layer(out / "berlin_plr_types_synthetisch.gpkg")
    seen = {}
    for f in layer.getFeatures():
        seen[f["PLR_ID"]] = f["mil_total"]
    assert len(seen) == 542
    for key, households in seen.items():
        assert households == pytest.approx(register.get(key, 0), abs=1e-6), key


def test_demo_participation_and_types_are_consistent(demo_output, qgis_app):
    """untapped = potential − status quo per district; every classified district has a type label;
    the dominant milieu is a model code or MIX, NULL only where suppressed or where no household lives
    (undefined there: the one suppression rule does not flag a district that reveals nobody)."""
    out, _ = demo_output
    layer = _read_layer(out / "berlin_plr_types_synthetisch.gpkg")
    codes = {"REL", "ARB", "ENT", "STA", "ADI", "KOS", "PER", "HED", "MIX"}
    typed = 0
    for f in layer.getFeatures():
        if f["suppressed"] or f["mil_total"] == 0:
            assert f["mil_dominant"] in (None, "") or str(f["mil_dominant"]) == "NULL"
            assert f["part_untapped"] in (None, "") or str(f["part_untapped"]) == "NULL"
            continue
        assert f["mil_dominant"] in codes
        assert f["part_untapped"] == pytest.approx(f["part_potential"] - f["part_statusquo"], abs=1e-6)
        if f["type_id"] is not None and str(f["type_id"]) != "NULL":
            typed += 1
            assert str(f["type_label"]).strip()
    assert typed > 500


def test_demo_prints_the_milieu_sheets_and_the_surface(demo_output):
    out, stdout = demo_output
    for name in ("sheet_dominant_milieu.pdf", "sheet_dominant_milieu.png",
                 "sheet_untapped_participation.pdf", "milieu_surface_synthetisch.tif",
                 "milieu_dominant_synthetisch.tif", "participation_summary.csv", "typology_profile.csv"):
        assert (out / name).exists(), name
    text = subprocess.run(["pdftotext", str(out / "sheet_dominant_milieu.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "synthetisch" in text
