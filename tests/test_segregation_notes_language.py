"""The `note` column of milieuatlas:segregationindices is German in a German QGIS (installed translator) and
the old English without one (issue 13): permutation test, bootstrap interval and skipped units."""
import csv

from tests.test_i18n import german  # noqa: F401 - the fixture that installs the German translator
from tests.test_segregation_alg import memory_layer

ROWS = [(10, 9), (20, 2), (15, 7), (30, 3), (25, 20), (None, 1)]


def _notes(tmp_path, name):
    import processing

    out = tmp_path / f"{name}.csv"
    processing.run("milieuatlas:segregationindices", {
        "INPUT": memory_layer(ROWS), "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"],
        "INDICES": ["D", "SP", "ACE"], "PERMUTATIONS": 19, "BOOTSTRAP": 19, "SEED": 3,
        "MISSING_VALUES": "skip", "OUTPUT": str(out)})
    with open(out, encoding="utf-8") as fh:
        return {r["index"]: r["note"] for r in csv.DictReader(fh)}


def test_notes_english_without_translator(processing_registry, tmp_path):
    notes = _notes(tmp_path, "en")
    assert set(notes) == {"D", "SP", "ACE"}
    assert "absolute centralisation (Massey & Denton 1988), mean of unit centroids: centre (" in notes["ACE"]
    for note in notes.values():
        assert "expected/p: 19 random allocations keeping unit totals, p one-sided (higher = more segregated)" \
            in note
        assert "bootstrap percentile interval shifted by the bootstrap bias, 19 draws within units" in note
        assert "1 unit(s) with a NULL count left out (MISSING_VALUES=skip: features " in note
    assert notes["SP"].startswith("1 unit(s) with a NULL count left out")
    assert "dissimilarity, group vs rest of total (Duncan & Duncan 1955)" in notes["D"]
    assert "spatial proximity (White 1983); c_ij = exp(-d_ij/" in notes["SP"]
    assert "(Massey & Denton 1988; not PySAL's row-normalised variant), cut off at " in notes["SP"]
    assert "kernel sums " in notes["SP"]


def test_notes_german_in_german_qgis(german, processing_registry, tmp_path):  # noqa: F811
    notes = _notes(tmp_path, "de")
    assert set(notes) == {"D", "SP", "ACE"}
    assert ("absolute Zentralisierung (Massey & Denton 1988), Mittelwert der Schwerpunkte der Einheiten: "
            "Zentrum (") in notes["ACE"]
    assert "centralisation" not in notes["ACE"] and "centroids" not in notes["ACE"]
    for note in notes.values():
        assert "Permutationstest mit 19 zufälligen Zuordnungen" in note
        assert "p einseitig (höher = stärker segregiert)" in note
        assert "Bootstrap-Perzentil-Konfidenzintervall" in note and "19 Ziehungen innerhalb der Einheiten" in note
        assert "random allocations" not in note and "bootstrap percentile" not in note
        assert "Einheiten mit NULL-Anzahl ausgelassen: 1 (MISSING_VALUES=skip: Objekte " in note
        assert "NULL count left out" not in note
    assert "Dissimilarität, Gruppe gegenüber dem Rest der Gesamtbevölkerung (Duncan & Duncan 1955)" in notes["D"]
    assert "räumliche Nähe (White 1983); c_ij = exp(-d_ij/" in notes["SP"]
    assert "nicht die zeilennormierte Variante von PySAL), abgeschnitten bei " in notes["SP"]
    assert "Kernsummen " in notes["SP"]
    for english in ("spatial proximity", "row-normalised", "kernel sums", "between centroids"):
        assert english not in notes["SP"]


def _change_note(tmp_path, name):
    import processing

    fields = ("key", "total", "grp")
    a = memory_layer([(1, 10, 9), (2, 20, 2), (3, 15, 7), (4, 30, 3)], fields=fields)
    b = memory_layer([(1, 12, 8), (2, 18, 4), (3, 16, 6), (5, 30, 3)], fields=fields)
    out = tmp_path / f"change_{name}.csv"
    processing.run("milieuatlas:segregationchange", {
        "INPUT_A": a, "KEY_A": "key", "INPUT_B": b, "KEY_B": "key", "TOTAL_FIELD": "total",
        "GROUP_FIELDS": ["grp"], "BOOTSTRAP": 99, "SEED": 1, "OUTPUT": str(out)})
    with open(out, encoding="utf-8") as fh:
        return [r["note"] for r in csv.DictReader(fh)]


def test_change_note_english_without_translator(processing_registry, tmp_path):
    assert _change_note(tmp_path, "en") == [
        "3 units in both; left out: 1 only at A, 1 only at B; difference B - A, 99 parametric bootstrap draws "
        "per date, bias-corrected 95% interval, two-sided p"]


def test_change_note_german_in_german_qgis(german, processing_registry, tmp_path):  # noqa: F811
    assert _change_note(tmp_path, "de") == [
        "3 Einheiten zu beiden Zeitpunkten; ausgelassen: 1 nur in A, 1 nur in B; Differenz B - A, 99 parametrische "
        "Bootstrap-Ziehungen je Zeitpunkt, verzerrungskorrigiertes 95-%-Konfidenzintervall, p zweiseitig"]
