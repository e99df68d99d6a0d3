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


def _missing_field(tmp_path):
    districts = memory_layer("Polygon", "EPSG:25833", ["code:string"], [(square(0, 0, 1, 1), {"code": "1"})])
    source = memory_layer("None", "EPSG:25833", ["k:string", "n:double"], [(None, {"k": "1", "n": 1})])
    return _run("milieuatlas:jointodistricts", {
        "DISTRICTS": districts, "DISTRICT_KEY": "code", "SOURCE": source, "MODE": "key", "SOURCE_KEY": "k",
        "FIELDS": ["nope"], **outputs(tmp_path)})


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
    "missing field": (_missing_field,
                      ["Der Layer „mem_none“ hat kein Feld „nope“ (Wertfeld). Vorhandene Felder: k, n"],
                      ["Layer 'mem_none' has no field 'nope' (value field). Available fields: k, n"]),
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
                           ["rates.csv“, Zeile 3: Das Potenzial 0,4 von „B“ liegt unter seinem Status quo 0,5"],
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


def test_numbers_in_german_messages_have_a_decimal_comma(german):  # noqa: F811
    """Numbers filled into a German message are written as German numbers (0,25; 12.345); a value
    that is already text (a file name, a list the caller formatted) is left alone."""
    date_line = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{date}: {n:.0f} of {total:.0f} ({pct:.2f} %)"),
                     date="2020-12", n=12345.0, total=1234567.0, pct=1.0)
    assert str(date_line) == "2020-12: 12345 of 1234567 (1.00 %)"
    assert date_line.translated() == "2020-12: 12345 von 1234567 (1,00 %)"
    import numpy as np

    grid = InputError(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "the density grid of {ny:,} x {nx:,} cells x {m} layer(s) would need {value:,.0f} MB, "
        "more than the limit of {value2:,.0f} MB; {hint}"),
        ny=np.int64(12000), nx=1500, m=2, value=288000.4, value2=2048.0, hint="v1.2.gpkg")
    assert str(grid).startswith("the density grid of 12,000 x 1,500 cells x 2 layer(s) would need 288,000 MB")
    assert grid.translated() == ("das Dichtegitter aus 12.000 x 1.500 Zellen x 2 Ebenen bräuchte 288.000 MB, "
                                 "mehr als die Grenze von 2.048 MB; v1.2.gpkg")


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


# --- Every message is a marked template ------------------------------------------------------------
import ast  # noqa: E402

from .conftest import ROOT  # noqa: E402

ERROR_CLASSES = {"InputError", "NumberFormatError", "ShareError", "MonitoringError", "AccountingError",
                 "GridTooLarge", "Text", "_fail"}  # _fail: core.catalogue's InputError with a unit
TRANSLATING = {"tr", "translated", "translate", "invalidSinkError", "message_of"}
PASSING = {"scrub", "_short"}  # take a message and return it (passwords removed, shortened)


def _marked(node):
    """QT_TRANSLATE_NOOP("MilieuAtlas", "<literal>")."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                            for a in node.args)
            and node.args[0].value == "MilieuAtlas")


def _translating(node):
    """self.tr("<literal>") / tr("<literal>") (optionally .format(...)), translated(<marked>, ...),
    exc.translated(), alg.invalidSinkError(...)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        node = node.func.value
    if not isinstance(node, ast.Call):
        return False
    name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
    if name in PASSING:
        inner = node.args[0] if node.args else None
        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "replace"):  # message_of(exc).replace(tmp, final)
            inner = inner.func.value
        return inner is not None and _translating(inner)
    if name not in TRANSLATING:
        return False
    if name in ("tr", "translate"):
        return bool(node.args) and isinstance(node.args[-1], ast.Constant) and isinstance(node.args[-1].value, str)
    if name == "translated" and isinstance(node.func, ast.Name):
        return bool(node.args) and _marked(node.args[0])
    return True


def unmarked_messages(source, filename="<source>"):
    """[(line, code)] of every InputError (and its subclasses, Text) whose message is not a template
    marked with QT_TRANSLATE_NOOP("MilieuAtlas", ...) and every QgsProcessingException whose message is
    not translated: f-strings, concatenations, str(exc) and variables all count."""
    tree = ast.parse(source, filename)
    constants = {n.targets[0].id for n in ast.walk(tree)
                 if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                 and _marked(n.value)}
    # inside a wrapper that is itself checked (ERROR_CLASSES, e.g. _fail(message, ...)), its message
    # parameter passes on a checked message
    passed = {}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef) and fn.name in ERROR_CLASSES and fn.args.args:
            for inner in ast.walk(fn):
                passed[id(inner)] = fn.args.args[0].arg
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        first = node.args[0] if node.args else None
        if name == "_fail" and not isinstance(node.func, ast.Name):
            continue  # a method of that name (CheckedSink._fail) builds its own message
        if name in ERROR_CLASSES:
            ok = first is not None and (_marked(first) or (isinstance(first, ast.Name) and first.id in constants)
                                        or (isinstance(first, ast.Name) and passed.get(id(node)) == first.id)
                                        or _translating(first)
                                        # the same message again with other values (alg_join._row_to_fid)
                                        or (isinstance(first, ast.Attribute) and first.attr == "template"))
        elif name == "QgsProcessingException":
            ok = first is not None and _translating(first)
        else:
            continue
        if not ok:
            bad.append((node.lineno, ast.get_source_segment(source, node)))
    return bad


def test_every_error_message_is_a_marked_template():
    bad = []
    for path in sorted((ROOT / "milieu_atlas_plugin").rglob("*.py")):
        for line, code in unmarked_messages(path.read_text(encoding="utf-8"), str(path)):
            bad.append(f"{path.relative_to(ROOT)}:{line}: {code[:120]}")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("code", [
    "raise InputError(f\"Layer '{name}' is empty.\")",
    "raise InputError(\"Layer \" + name + \" is empty.\")",
    "raise InputError(str(exc))",
    "raise InputError(message)",
    "raise InputError(QT_TRANSLATE_NOOP(\"Other\", \"Layer '{name}' is empty.\"), name=name)",
    "raise NumberFormatError(\"not a number\", index=3)",
    "raise QgsProcessingException(f\"Accounting of {row} does not add up\")",
    "raise QgsProcessingException(str(exc))",
    "raise QgsProcessingException(translated(f\"{a} failed\"))",
    "raise QgsProcessingException(scrub(str(exc)))",
    "def f(message):\n    raise InputError(message)",
])
def test_the_check_finds_unmarked_messages(code):
    assert len(unmarked_messages(code)) == 1


@pytest.mark.parametrize("code", [
    "raise InputError(QT_TRANSLATE_NOOP(\"MilieuAtlas\", \"Layer '{name}' is empty.\"), name=name)",
    "raise QgsProcessingException(translated(QT_TRANSLATE_NOOP(\"MilieuAtlas\", \"{a} failed\"), a=a))",
    "raise QgsProcessingException(exc.translated())",
    "raise QgsProcessingException(self.tr(\"Cancelled\"))",
    "raise InputError(self.tr(\"No indicator was given for layer '{l}'.\").format(l=name))",
    "raise QgsProcessingException(scrub(message_of(exc)))",
    "def _fail(message, unit=None, **params):\n    raise InputError(message, **params)",
])
def test_the_check_accepts_marked_messages(code):
    assert unmarked_messages(code) == []


def test_message_placeholders_survive_translation():
    """Every {name}, {name:spec} and {name!r} of a message template is in its German translation (a
    missing or misspelt one would fall back to English)."""
    import re

    from .test_i18n import TS, messages

    field = re.compile(r"\{[^{}]*\}")
    count = 0
    for context, source, translation in messages(TS):
        if context != "MilieuAtlas":
            continue
        count += 1
        assert sorted(field.findall(source)) == sorted(field.findall(translation.text or "")), source
    assert count > 300


LOG_CALLS = {"pushInfo", "pushWarning", "setProgressText", "reportError", "pushCommandInfo", "pushDebugInfo",
             "pushConsoleInfo", "pushFormattedMessage"}


def _english_text(node):
    """An English literal (with at least one word) in NODE: a string, an f-string, a concatenation or
    "...".format(...)."""
    import re

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.search(r"[A-Za-z]{2}", node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and re.search(r"[A-Za-z]{2}", v.value) for v in node.values)
    if isinstance(node, ast.BinOp):
        return _english_text(node.left) or _english_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _english_text(node.func.value)
    return False


def untranslated_log_lines(source, filename="<source>"):
    """[(line, code)] of every feedback log call (pushInfo, pushWarning, setProgressText, reportError, …)
    whose text is English written in place (or assigned to the variable it passes in the same function)
    instead of a translated template: the Processing log of a German QGIS must be German."""
    tree = ast.parse(source, filename)
    bad = []
    scopes = [tree] + [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    seen = set()
    for scope in scopes:
        assigned = {}
        for n in ast.walk(scope):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
                assigned.setdefault(n.targets[0].id, []).append(n.value)
            elif isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
                assigned.setdefault(n.target.id, []).append(n.value)
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in LOG_CALLS and node.args) or id(node) in seen:
                continue
            first = node.args[0]
            if _translating(first):
                continue
            if _english_text(first) or (isinstance(first, ast.Name) and scope is not tree and any(
                    _english_text(v) for v in assigned.get(first.id, []))):
                seen.add(id(node))
                bad.append((node.lineno, ast.get_source_segment(source, node)))
    return bad


def test_every_log_line_is_translated():
    bad = []
    for path in sorted((ROOT / "milieu_atlas_plugin").rglob("*.py")):
        for line, code in untranslated_log_lines(path.read_text(encoding="utf-8"), str(path)):
            bad.append(f"{path.relative_to(ROOT)}:{line}: {code[:120]}")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("code", [
    "feedback.pushInfo('Reading the districts')",
    "feedback.pushWarning(f'{n} units skipped')",
    "feedback.setProgressText('Step ' + str(k))",
    "feedback.reportError('Join of {} failed'.format(name))",
    "def f(feedback, n):\n    text = f'{n} rows read'\n    feedback.pushInfo(text)",
])
def test_the_log_check_finds_english_log_lines(code):
    assert len(untranslated_log_lines(code)) == 1


@pytest.mark.parametrize("code", [
    "feedback.pushInfo(self.tr('Reading the districts'))",
    "feedback.pushWarning(translated(QT_TRANSLATE_NOOP('MilieuAtlas', '{n} units skipped'), n=n))",
    "feedback.pushInfo(message_of(exc))",
    "feedback.pushInfo(f'{a:>10} {b:8.3f}')",
    "feedback.pushInfo(line)",
])
def test_the_log_check_accepts_translated_and_number_lines(code):
    assert untranslated_log_lines(code) == []
