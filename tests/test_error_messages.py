"""Error messages reach the user in the language of QGIS: German with the German translator, English
without it; the values (layer, field, feature, line) filled in; str() of an InputError stays English."""
import pytest
from qgis.core import QgsProcessingException

from milieu_atlas_plugin.errors import QT_TRANSLATE_NOOP, InputError, Text, message_of, translated

from .test_i18n import german  # noqa: F401 - the fixture that installs the German translator
from .test_join_support import memory_layer, outputs, square, written

MODEL = "code,name_de,name_en,sinus_segment,segment,colour\nA,a,a,,S,#112233\nB,b,b,,S,#223344\n"


def _run(alg, params):
    import processing

    with pytest.raises(QgsProcessingException) as info:
        processing.run(alg, params)
    return str(info.value)


def _duplicate_keys(tmp_path):
    districts = memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(0, 0, 1, 1), {"code": "0012"}), (square(1, 0, 2, 1), {"code": "12"})])
    source = memory_layer("None", "EPSG:25833", ["k:string", "n:double"], [(None, {"k": "12", "n": 1})])
    return _run("milieuatlas:jointodistricts", {
        "DISTRICTS": districts, "DISTRICT_KEY": "code", "SOURCE": source, "MODE": "key", "SOURCE_KEY": "k",
        "FIELDS": ["n"], **outputs(tmp_path)})


def _milieu_table():
    from .test_participation_alg import table

    return table([("Nord", 1, 2)])


def _rate_table(tmp_path, text):
    model, rates = tmp_path / "m.csv", tmp_path / "rates.csv"
    model.write_text(MODEL, encoding="utf-8")
    rates.write_text(text, encoding="utf-8")
    out = tmp_path / "p.gpkg"
    message = _run("milieuatlas:participationpotential", {
        "INPUT": _milieu_table(), "RATES": str(rates), "MODEL": str(model), "OUTPUT": str(out)})
    assert not out.exists()
    return message


def _bad_csv_line(tmp_path):
    return _rate_table(tmp_path, "code,status_quo,potential\nA,0.1,0.2\nB,0.3,0.4,0.5\n")


def _potential_below_status_quo(tmp_path):
    return _rate_table(tmp_path, "code,status_quo,potential\nA,0.1,0.2\nB,0.5,0.4\n")


def _not_a_folder(tmp_path):
    target = memory_layer("Polygon", "EPSG:25833", ["id:string"], [(square(0, 0, 1, 1), {"id": "1"})])
    return _run("milieuatlas:monitoring", {
        "FOLDER": str(tmp_path / "no_such_folder"), "PATTERN": "t_{date}.csv", "KEY_FIELD": "id",
        "TARGET": target, "TARGET_KEY": "id", "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": "foreigners",
        **{name: str(tmp_path / f"{name}.gpkg") for name in ("LONG", "SERIES", "CHANGE", "ACCOUNTING")}})


CASES = {
    # name: (run, German parts, English parts)
    "duplicate key": (_duplicate_keys,
                      ["Layer „mem_polygon“, Feld „code“: doppelter Gebietsschlüssel „12“ (Objekte 1 und 2; "
                       "„0012“ und „12“ sind derselbe Schlüssel); Gebietsschlüssel müssen eindeutig sein."],
                      ["Layer 'mem_polygon', field 'code': duplicate district key '12' (features 1 and 2, "
                       "'0012' and '12' are the same key); district keys must be unique."]),
    "bad CSV line": (_bad_csv_line,
                     ["Quotentabelle „", "rates.csv“, Zeile 3: 4 Werte für 3 Spalten (Trennzeichen „,“; setzen "
                      "Sie Werte, die es enthalten, in Anführungszeichen)."],
                     ["Rate table file '", "rates.csv', line 3: 4 values for 3 columns (delimiter ','; quote "
                      "values that contain it)."]),
    "value out of range": (_potential_below_status_quo,
                           ["rates.csv“, Zeile 3: Das Potenzial 0.4 von „B“ liegt unter seinem Status quo 0.5"],
                           ["rates.csv', line 3: potential 0.4 of 'B' is below its status quo 0.5"]),
    "not a folder": (_not_a_folder,
                     ["FOLDER „", "no_such_folder“ ist kein Ordner."],
                     ["FOLDER '", "no_such_folder' is not a folder."]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_in_german(case, german, processing_registry, tmp_path):  # noqa: F811
    run, de, en = CASES[case]
    message = run(tmp_path)
    for part in de:
        assert part in message, message
    for part in en:
        assert part not in message, message


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_in_english_without_translator(case, processing_registry, tmp_path):
    run, de, en = CASES[case]
    message = run(tmp_path)
    for part in en:
        assert part in message, message


def test_nothing_is_written_on_a_german_refusal(german, processing_registry, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    _duplicate_keys(out)
    assert written(out) == []


def test_str_stays_english_and_translated_is_german(german):  # noqa: F811
    exc = InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}' is empty: it has no features."),
                     label="Bezirke")
    assert str(exc) == "Layer 'Bezirke' is empty: it has no features."
    assert exc.translated() == "Der Layer „Bezirke“ ist leer: Er enthält keine Objekte."
    assert message_of(exc) == exc.translated()
    assert message_of(OSError("disk full")) == "disk full"


def test_nested_messages_and_phrases_are_translated_with_the_message(german):  # noqa: F811
    inner = InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "{name} is not a number: '{text}'."),
                       name=Text(QT_TRANSLATE_NOOP("MilieuAtlas", "field '{field}'"), field="EW"), text="viele")
    outer = InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}': {error}"), label="PLR", error=inner)
    assert str(outer) == "Layer 'PLR': field 'EW' is not a number: 'viele'."
    assert outer.translated() == "Layer „PLR“: Feld „EW“ ist keine Zahl: „viele“."
    rows = [Text(QT_TRANSLATE_NOOP("MilieuAtlas", "row {row}"), row=n) for n in (2, 5)]
    assert translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}': {error}"), label="x", error=rows) == \
        "Layer „x“: Zeile 2; Zeile 5"


def test_english_without_translator(qgis_app):
    exc = InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}' is empty: it has no features."),
                     label="Bezirke")
    assert exc.translated() == str(exc) == "Layer 'Bezirke' is empty: it has no features."


def test_number_errors_keep_their_row_and_are_value_errors(german):  # noqa: F811
    from milieu_atlas_plugin.core.numbers import NumberFormatError, parse_column

    with pytest.raises(ValueError) as info:
        parse_column(["1", "viele"], field="EW")
    exc = info.value
    assert isinstance(exc, NumberFormatError) and isinstance(exc, InputError) and exc.index == 1
    assert str(exc) == "field 'EW' is not numeric: row 2 has 'viele'."
    assert exc.translated() == "Feld „EW“ ist nicht numerisch: Zeile 2 hat „viele“."
