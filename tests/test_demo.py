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
