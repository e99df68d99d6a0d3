"""Fixtures of the robustness corpus: tiny inputs built on the fly (see harness.py)."""
import pytest

from .harness import make_csv, make_districts


@pytest.fixture()
def data(tmp_path):
    """Inputs in tmp_path/in, an empty output folder tmp_path/out."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    gpkg = make_districts(src, "districts.gpkg")
    shp = make_districts(src, "districts.shp")
    rows = [(f"D{i + 1:02d}", 100 + 10 * i, 7 + (3 * i) % 40) for i in range(16)]
    csv = make_csv(src, "table.csv", ["skey", "pop", "mig"], rows)
    return {"dir": src, "out": out, "gpkg": gpkg, "shp": shp, "csv": csv,
            "inputs": [gpkg, shp, csv]}
