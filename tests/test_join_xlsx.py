"""An XLSX table from a statistics office, its keys stored as numbers (leading zeros lost), joins
onto the Planungsräume keyed by 8-digit strings."""
import csv

import pytest
from qgis.core import QgsVectorLayer

from .conftest import PLR_SHP, T1_2024_PLR


def test_xlsx_with_numeric_keys_joins_every_row(processing_registry, tmp_path):
    import processing
    from osgeo import gdal

    xlsx = tmp_path / "einwohner.xlsx"
    src = gdal.OpenEx(str(T1_2024_PLR), gdal.OF_VECTOR, open_options=["AUTODETECT_TYPE=YES"])
    # GDAL >= 3.7 (Debian 13) detects keys with leading zeros as strings: make them numbers explicitly
    gdal.VectorTranslate(str(xlsx), src, format="XLSX", SQLStatement=(
        f'SELECT CAST(id AS integer) AS id, inhabitants, inhabitants_foreigners FROM "{T1_2024_PLR.stem}"'))
    src = None
    table = QgsVectorLayer(str(xlsx), "xlsx", "ogr")
    assert table.isValid() and table.featureCount() == 542
    key_type = table.fields().field("id").typeName().lower()
    assert "int" in key_type  # the leading zeros are really gone in the file
    res = processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(xlsx), "MODE": "key",
        "SOURCE_KEY": "id", "FIELDS": ["inhabitants", "inhabitants_foreigners"],
        "OUTPUT": str(tmp_path / "j.gpkg"), "UNMATCHED": str(tmp_path / "u.csv"),
        "ACCOUNTING": str(tmp_path / "a.csv")})
    assert res["UNMATCHED_COUNT"] == 0
    with open(T1_2024_PLR, encoding="utf-8") as fh:
        want = {r["id"]: float(r["inhabitants_foreigners"]) for r in csv.DictReader(fh)}
    joined = QgsVectorLayer(res["OUTPUT"], "j", "ogr")
    got = {f["PLR_ID"]: f["inhabitants_foreigners"] for f in joined.getFeatures()}
    assert got == pytest.approx(want)
