"""Output columns that must say what was computed (issue 7, 'also from reading the code')."""
import csv

import numpy as np
import pytest

from .harness import make_csv, make_districts, run_case

N = 16
TOTAL = [100 + 10 * i for i in range(N)]
GRP = [7 + (3 * i) % 40 for i in range(N)]


def test_unmatched_has_no_empty_district_key_column(data):
    rows = [(f"D{i + 1:02d}", 10) for i in range(N)] + [("X99", 5)]
    table = make_csv(data["dir"], "extra.csv", ["skey", "pop"], rows)
    out = data["out"]
    run_case("jointodistricts", {"DISTRICTS": data["gpkg"], "DISTRICT_KEY": "key", "SOURCE": table, "MODE": "key",
                                 "SOURCE_KEY": "skey", "FIELDS": "pop", "OUTPUT": out / "j.gpkg",
                                 "UNMATCHED": out / "u.csv"},
             inputs=data["inputs"] + [table], out_dir=out, exit=0, outputs=[out / "j.gpkg", out / "u.csv"])
    with open(out / "u.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["source_fid", "source_key", "reason", "pop"]
    assert [(r["source_key"], r["pop"]) for r in rows] == [("X99", "5")]


def test_segregationchange_units_are_the_units_compared(data):
    """`units` counts the units compared (all 16 in both); one empty at date B carries no weight there, which
    the note says; value_a is D of all 16 at A, value_b D of the 15 populated at B."""
    total_b = list(TOTAL)
    total_b[3] = 0
    grp_b = list(GRP)
    grp_b[3] = 0
    a = make_districts(data["dir"], "a.gpkg", fields={"total": TOTAL, "grp": GRP})
    b = make_districts(data["dir"], "b.gpkg", fields={"total": total_b, "grp": grp_b})
    out = data["out"]
    run_case("segregationchange", {"INPUT_A": a, "KEY_A": "key", "INPUT_B": b, "KEY_B": "key",
                                   "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "INDICES": "D", "BOOTSTRAP": 99,
                                   "SEED": 1, "OUTPUT": out / "c.csv"},
             inputs=[a, b], out_dir=out, exit=0, outputs=[out / "c.csv"])
    with open(out / "c.csv", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["units"] == "16"
    assert "without population (no weight at that date): 0 at A, 1 at B" in row["note"]

    def dissimilarity(t, x):
        t, x = np.array(t, float), np.array(x, float)
        t, x = t[t > 0], x[t > 0]
        return 0.5 * np.abs(x / x.sum() - (t - x) / (t - x).sum()).sum()
    assert float(row["value_a"]) == pytest.approx(dissimilarity(TOTAL, GRP), abs=1e-12)
    assert float(row["value_b"]) == pytest.approx(dissimilarity(total_b, grp_b), abs=1e-12)
