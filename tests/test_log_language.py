"""The Processing log of milieuatlas:jointodistricts (progress texts, notes, warnings) is German in a German
QGIS and English without a translator (issue 13): areal mode with shares converted to counts, dasymetric
mode, and a key join of a long table."""
import re

import pytest
from qgis.core import QgsProcessingFeedback

from tests.test_i18n import german  # noqa: F401 - the fixture that installs the German translator
from tests.test_join_spatial import _raster, halves
from tests.test_join_support import memory_layer, outputs, square


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def setProgressText(self, text):  # noqa: N802
        self.lines.append(text)

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    @property
    def log(self):
        return "\n".join(self.lines)


def _areal(tmp_path):
    import processing

    src = memory_layer("Polygon", "EPSG:25833", ["tot:double", "s:double"], [
        (square(50, 0, 150, 100), {"tot": 100, "s": 50}),
        (square(150, 0, 250, 100), {"tot": 80, "s": 25})])
    fb = LogFeedback()
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "areal", "FIELDS": ["s"],
        "TOTAL_FIELD": "tot", "FIELDS_ARE_SHARES": True, **outputs(tmp_path, "areal")}, feedback=fb)
    return fb.log


def _dasymetric(tmp_path):
    import processing

    ras = _raster(tmp_path / "w.tif", [[1, 2, 3, 4], [1, 2, 3, 4]], 0, 0, 50)
    src = memory_layer("Polygon", "EPSG:25833", ["n:double"], [(square(0, 0, 200, 100), {"n": 100})])
    fb = LogFeedback()
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": halves(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "dasymetric", "FIELDS": ["n"],
        "WEIGHT_RASTER": ras, **outputs(tmp_path, "dasy")}, feedback=fb)
    return fb.log


def _key(tmp_path):
    import processing

    districts = memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(0, 0, 1, 1), {"code": "01100101"}), (square(1, 0, 2, 1), {"code": "01100102"})])
    src = memory_layer("None", "EPSG:25833", ["unit:string", "cat:string", "val:double"], [
        (None, {"unit": "01100101", "cat": "KOS", "val": 3}),
        (None, {"unit": "1100102", "cat": "PER", "val": 5}),
        (None, {"unit": "01100102", "cat": "REL", "val": 100}),   # category not asked for
        (None, {"unit": "42", "cat": "PER", "val": 6})])          # no such district
    fb = LogFeedback()
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": districts, "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key", "SOURCE_KEY": "unit",
        "CATEGORY_FIELD": "cat", "VALUE_FIELD": "val", "CATEGORIES": "KOS, PER", **outputs(tmp_path, "key")},
        feedback=fb)
    return fb.log


AREAL_EN = ["Reading source polygons", "Intersecting source polygons", "Areal weighting", "polygons of 'mem_polygon'",
            "Share fields s of 'mem_polygon' are percent of 'tot' (largest share is 50 (> 1): read as percent)",
            "Areas are computed in"]
AREAL_DE = ["Quellpolygone werden gelesen", "Quellpolygone werden mit den Gebieten verschnitten",
            "Flächengewichtung: 2 Polygone von „mem_polygon“",
            "Die Anteilsfelder s von „mem_polygon“ sind Prozent von „tot“ (der größte Anteil ist 50 (> 1): als Prozent "
            "gelesen)",
            "Die Flächen werden in"]
DASY_EN = ["Weighting by the raster", "Dasymetric weights: a raster cell counts", "Dasymetric weighting: 1 polygons"]
DASY_DE = ["Gewichtung mit dem Raster", "Dasymetrische Gewichte: Eine Rasterzelle zählt",
           "Dasymetrische Gewichtung: 1 Polygone"]
KEY_EN = ["Long table pivoted on 'cat'", "1 rows of categories not asked for were left out", "matched",
          "Accounting (source"]
KEY_DE = ["Lange Tabelle nach „cat“ umgeformt", "1 Zeilen nicht angeforderter Kategorien wurden ausgelassen",
          "wurden 2 von 2 Gebieten zugeordnet"]


def test_areal_log_is_german(german, processing_registry, tmp_path):  # noqa: F811
    log = _areal(tmp_path)
    for text in AREAL_DE:
        assert text in log
    for text in AREAL_EN + ["units;", "matched", "reprojected", "weighting:", "Accounting (source", "read as",
                            "Reading"]:
        assert not re.search(r"\b" + re.escape(text), log), text


def test_dasymetric_log_is_german(german, processing_registry, tmp_path):  # noqa: F811
    log = _dasymetric(tmp_path)
    for text in DASY_DE:
        assert text in log
    for text in DASY_EN + ["Dasymetric", "Reading", "cell-centre", "raster cell"]:
        assert not re.search(r"\b" + re.escape(text), log), text


def test_key_log_is_german(german, processing_registry, tmp_path):  # noqa: F811
    log = _key(tmp_path)
    for text in KEY_DE:
        assert text in log
    for text in KEY_EN + ["pivoted", "rows of '", "left out"]:
        assert not re.search(r"\b" + re.escape(text), log), text


@pytest.mark.parametrize("run,expected", [(_areal, AREAL_EN), (_dasymetric, DASY_EN),
                                          (_key, KEY_EN)])
def test_log_is_english_without_translator(run, expected, processing_registry, tmp_path):
    log = run(tmp_path)
    for text in expected:
        assert text in log


def test_number_format_line_is_german(german, processing_registry, tmp_path):  # noqa: F811
    import processing

    districts = memory_layer("Polygon", "EPSG:25833", ["code:string"], [(square(0, 0, 1, 1), {"code": "A"})])
    src = memory_layer("None", "EPSG:25833", ["k:string", "n:string"], [
        (None, {"k": "A", "n": "1.234,5"}), (None, {"k": "A", "n": "2,5"})])
    fb = LogFeedback()
    processing.run("milieuatlas:jointodistricts", {
        "DISTRICTS": districts, "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key", "SOURCE_KEY": "k",
        "FIELDS": ["n"], **outputs(tmp_path, "num")}, feedback=fb)
    assert "Layer „mem_none“, Feld „n“: deutsches Zahlenformat (1.234,5), entschieden anhand von „1.234,5“." in fb.log
    assert "number format" not in fb.log and "decided by" not in fb.log
