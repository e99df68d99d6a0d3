"""Every output meant for publication, read back as a reader would read it: no suppressed value
appears anywhere (PDF text through pdftotext — a missing pdftotext fails —, SVG, CSV, XLSX, HTML),
neither a value hidden by the rule nor one hidden to protect it (secondary suppression).

Nine hand-made districts; 'Geheim' has 1234 residents, 567 of them with a migration background,
and 1113 households: below MIN_COUNT = 1300 everywhere. Its values (and those of the district
hidden to protect it) are taken from a run WITHOUT suppression, and every printed form of them is
looked for: the same publications written without suppression must show them (so the search can
fail), the suppressed ones must not."""
import csv
import html
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from milieu_atlas_plugin.compat import FieldType

MIN = 1300
#            name       total  mh    mil_A mil_B
DISTRICTS = [("Nordend", 4711, 2003, 2417, 1093),
             ("Ostpark", 5813, 1517, 3121, 1449),
             ("Geheim", 1234, 567, 811, 302),       # hidden by the rule (every count < 1300)
             ("Westhof", 6029, 2871, 3559, 1687),
             ("Suedtor", 3907, 1409, 2063, 947),
             ("Mitte", 7121, 3313, 4337, 1879),
             ("Klein", 2719, 1381, 1021, 421),      # the smallest other one: the complement
             ("Anger", 5003, 1777, 2647, 1183),
             ("Feld", 3391, 1613, 1543, 811)]
SECRET, COMPLEMENT = "Geheim", "Klein"
MODEL = "code,name_de,name_en,sinus_segment,segment,colour\nA,a,a,,S,#112233\nB,b,b,,S,#223344\n"
RATES = "code,status_quo,potential,n,source,year\nA,0.137,0.413,400,test,2024\nB,0.291,0.527,300,test,2024\n"
SOURCE = "Testdaten (erfunden), CC BY 4.0"


def _layer(rows, name="Bezirk Test"):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", name, "memory")
    layer.dataProvider().addAttributes(
        [QgsField("name", FieldType.String)] +
        [QgsField(f, FieldType.Double) for f in ("total", "mh", "mil_A", "mil_B")])
    layer.updateFields()
    feats = []
    for k, row in enumerate(rows):
        x, y = 390000 + 1000 * (k % 3), 5815000 + 1000 * (k // 3)
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} {y},{x + 1000} {y},{x + 1000} {y + 1000},{x} {y + 1000},{x} {y}))"))
        f.setAttributes(list(row))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


# ------------------------------------------------------------------------------ reading the outputs
def pdf_text(path):
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the PDFs"
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", out)


def xlsx_cells(path):
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    texts, numbers = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    numbers.append(float(v))
                elif v is not None:
                    texts.append(str(v))
    return "\n".join(texts), numbers


def read(path):
    """(text, numbers) of a written file as a reader sees it; file paths (the provenance names the
    test's temporary folders, pytest-567 …) left out."""
    path = str(path)
    if path.endswith(".pdf"):
        text, numbers = pdf_text(path), []
    elif path.endswith(".xlsx"):
        text, numbers = xlsx_cells(path)
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        # HTML and SVG: what is shown (text nodes), not markup (an SVG path's coordinates may hold
        # any digits: QGIS 3.40 writes a "1234" into one)
        markup = path.endswith((".html", ".svg"))
        text, numbers = (html.unescape(re.sub(r"<[^>]+>", " ", text)) if markup else text), []
    return re.sub(r"(?:/[\w.\-]+){2,}", " ", text), numbers


def forms(value):
    """The ways a number can be printed: 0 to 6 decimals (trailing zeros dropped or not), decimal
    point or comma, with or without a group separator, as a fraction and (shares) as percent.
    Forms with fewer than three significant digits ('0,50' — a class bound, too) say nothing and
    are left out."""
    out = set()
    scaled = [value] + ([value * 100.0] if 0 < abs(value) < 1 else [])
    for v in scaled:
        for full in {repr(v), f"{v:.15g}", f"{v:.16g}", f"{v:.17g}"}:   # a label of the raw value
            out.update({full, full.replace(".", ",")})
        for d in range(0, 7):
            if d == 0 and abs(v - round(v)) > 1e-9:
                continue
            base = f"{v:.{d}f}"
            for s in {base, base.rstrip("0").rstrip(".") if "." in base else base}:
                if len(s.replace("-", "").replace(".", "").lstrip("0")) < 3:
                    continue
                whole, _, frac = s.partition(".")
                for group in ("", ",", ".", " ", "\u202f", "\u00a0"):
                    w = whole
                    if group and len(whole.lstrip("-")) > 3:
                        digits = whole.lstrip("-")
                        parts = []
                        while digits:
                            parts.insert(0, digits[-3:])
                            digits = digits[:-3]
                        w = ("-" if whole.startswith("-") else "") + group.join(parts)
                    for point in (".", ","):
                        if group == point:
                            continue
                        out.add(w + (point + frac if frac else ""))
    return out


def found(value, text, numbers):
    """Where `value` appears: printed forms in the text (not inside a longer number), or an equal
    number cell."""
    hits = [f for f in forms(value) if re.search(r"(?<![\d])" + re.escape(f) + r"(?![\d])", text)]
    hits += [repr(n) for n in numbers if abs(n - value) <= 1e-9 * max(1.0, abs(value))]
    return hits


# ------------------------------------------------------------------------------ the publications
def _publish(tmp, min_count, processing):
    """Writes every publication of the chain with the given minimum; returns {name: path} and the
    local measures and participation outputs."""
    tmp.mkdir()
    (tmp / "m.csv").write_text(MODEL, encoding="utf-8")
    (tmp / "r.csv").write_text(RATES, encoding="utf-8")
    base = _layer(DISTRICTS)
    local = processing.run("milieuatlas:localmeasures", {
        "INPUT": base, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["mh"], "MIN_COUNT": min_count,
        "SPATIAL": False, "OUTPUT": str(tmp / "local.gpkg")})["OUTPUT"]
    part = processing.run("milieuatlas:participationpotential", {
        "INPUT": base, "RATES": str(tmp / "r.csv"), "MODEL": str(tmp / "m.csv"), "MIN_COUNT": min_count,
        "KEY_FIELD": "name", "OUTPUT": str(tmp / "part.gpkg"), "SUMMARY": str(tmp / "summary.csv")})
    out = {"summary.csv": part["SUMMARY"]}
    local_layer = QgsVectorLayer(local, "Bezirk Test", "ogr")
    common = {"SOURCE_TEXT": SOURCE, "YEAR": "2024", "LANGUAGE": "de", "SUPPRESS_FIELD": "suppressed",
              "COUNT_FIELD": "total", "MIN_COUNT": min_count}
    res = processing.run("milieuatlas:mapsheet", dict(
        common, INPUT=local_layer, FIELD="mh_lq", LABEL_FIELD="mh_lq", TITLE="Standortquotient",
        OUTPUT_PDF=str(tmp / "lq.pdf"), OUTPUT_SVG=str(tmp / "lq.svg")))
    out.update({"lq.pdf": res["OUTPUT_PDF"], "lq.svg": res["OUTPUT_SVG"]})
    res = processing.run("milieuatlas:mapsheet", dict(
        common, INPUT=local_layer, FIELD="mh", LABEL_FIELD="mh", TITLE="Einwohner mit Migrationshintergrund",
        OUTPUT_PDF=str(tmp / "count.pdf")))
    out["count.pdf"] = res["OUTPUT_PDF"]
    # the atlas of the districts and their Bezirk (a feature holding the sums: a published total)
    atlas_in = _atlas_layer(local_layer)
    for table in ("atlas.csv", "atlas.xlsx"):
        res = processing.run("milieuatlas:atlas", dict(
            common, INPUT=atlas_in, KEY_FIELD="name", FIELDS=["total", "mh", "mh_share", "mh_lq"],
            CHART_FIELDS=["mh_share", "mh_lq"], MODE="single", OUTPUT_PDF=str(tmp / "atlas.pdf"),
            OUTPUT_TABLE=str(tmp / table)))
        out[table] = res["OUTPUT_TABLE"]
    out["atlas.pdf"] = res["OUTPUT_PDF"]
    res = processing.run("milieuatlas:report", {
        "TITLE": "Bericht", "TABLES": [local, part["SUMMARY"]], "LANGUAGE": "de",
        "OUTPUT_HTML": str(tmp / "report.html"), "OUTPUT_XLSX": str(tmp / "report.xlsx")})
    out.update({"report.html": res["OUTPUT_HTML"], "report.xlsx": res["OUTPUT_XLSX"]})
    return out, local, part["OUTPUT"]


def _atlas_layer(local_layer):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "Bezirk Test", "memory")
    names = ["name", "total", "mh", "mh_share", "mh_lq"]
    layer.dataProvider().addAttributes([QgsField("name", FieldType.String)] +
                                       [QgsField(f, FieldType.Double) for f in names[1:]] +
                                       [QgsField("suppressed", FieldType.Bool)])
    layer.updateFields()
    feats, geoms, total, mh = [], [], 0.0, 0.0
    for src in local_layer.getFeatures():
        f = QgsFeature(layer.fields())
        f.setGeometry(src.geometry())
        f.setAttributes([src[n] for n in names] + [src["suppressed"]])
        feats.append(f)
        geoms.append(src.geometry())
        total += src["total"]
        mh += src["mh"]
    bezirk = QgsFeature(layer.fields())
    bezirk.setGeometry(QgsGeometry.unaryUnion(geoms))
    bezirk.setAttributes(["Bezirk gesamt", total, mh, mh / total, 1.0, False])
    layer.dataProvider().addFeatures(feats + [bezirk])
    return layer


def _values(path, name, fields):
    layer = QgsVectorLayer(str(path), "x", "ogr")
    feat = next(f for f in layer.getFeatures() if f["name"] == name)
    return {f: float(feat[f]) for f in fields}


@pytest.fixture(scope="module")
def published(tmp_path_factory, processing_registry):
    import processing

    root = tmp_path_factory.mktemp("publications")
    open_, local0, part0 = _publish(root / "open", 0, processing)
    closed, _local, _part = _publish(root / "closed", MIN, processing)
    local_fields = ("total", "mh", "mh_share", "mh_lq", "mh_dcontrib", "mh_entropy", "mh_simpson")
    part_fields = ("part_statusquo", "part_potential", "part_untapped", "part_statusquo_rate",
                   "part_potential_rate", "part_untapped_rate", "part_untapped_ci_low", "part_untapped_ci_high")
    secret_local = _values(local0, SECRET, local_fields)
    secret_part = _values(part0, SECRET, part_fields)
    secret_part["households"] = 811 + 302
    complement_local = _values(local0, COMPLEMENT, ("total", "mh", "mh_share", "mh_lq"))
    complement_part = _values(part0, COMPLEMENT, ("part_statusquo", "part_potential", "part_untapped"))
    complement_part["households"] = 1021 + 421
    return open_, closed, secret_local, secret_part, complement_local, complement_part


def _secrets(name, secret_local, secret_part, complement_local, complement_part):
    """The hidden values a publication must not show."""
    s = dict(secret_local) if not name.startswith("summary") else {}
    if name.startswith(("summary", "report")):
        s.update({f"p_{k}": v for k, v in secret_part.items()})
        s.update({f"c_{k}": v for k, v in complement_part.items()})   # hidden by secondary suppression
    if name.startswith("atlas"):
        s.update({f"c_{k}": v for k, v in complement_local.items()})  # hidden by secondary suppression
    if name == "count.pdf":    # counts printed (circles, labels): the city total is public
        s["c_mh"] = complement_local["mh"]
    return s


@pytest.mark.parametrize("name", ["lq.pdf", "lq.svg", "count.pdf", "atlas.pdf", "atlas.csv", "atlas.xlsx",
                                  "summary.csv", "report.html", "report.xlsx"])
def test_no_suppressed_value_appears_in_any_publication(published, name):
    open_, closed, *values = published
    secrets = _secrets(name, *values)
    text, numbers = read(closed[name])
    leaks = {k: found(v, text, numbers) for k, v in secrets.items()}
    assert not any(leaks.values()), {k: v for k, v in leaks.items() if v}
    # the search can fail: without suppression the same publication shows them
    text0, numbers0 = read(open_[name])
    shown = [k for k, v in secrets.items() if found(v, text0, numbers0)]
    assert shown, f"{name}: none of the values is printed even without suppression"
    if name != "summary.csv":
        assert SECRET in text or name.startswith("lq") or name == "count.pdf"


def test_markers_and_complements_as_printed(published):
    """The tables mark the hidden district and its complement with '.', the Bezirk total stays."""
    _open, closed, *_ = published
    with open(closed["atlas.csv"], newline="", encoding="utf-8") as fh:
        rows = {r["key"]: r for r in csv.DictReader(fh)}
    for name in (SECRET, COMPLEMENT):
        assert [rows[name][c] for c in ("total", "mh", "mh_share", "mh_lq")] == ["."] * 4
    assert rows["Bezirk gesamt"]["total"] == str(sum(d[1] for d in DISTRICTS))
    assert rows["Nordend"]["total"] == "4711"
    with open(closed["summary.csv"], newline="", encoding="utf-8") as fh:
        summary = {r["district"]: r for r in csv.DictReader(fh)}
    for name in (SECRET, COMPLEMENT):
        assert summary[name]["households"] == "" and summary[name]["suppressed"].lower() in ("true", "1")
    text = read(closed["report.html"])[0]
    assert text.count(" . ") >= 2


def test_pdftotext_missing_fails_instead_of_skipping(monkeypatch, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(AssertionError, match="pdftotext"):
        pdf_text(tmp_path / "x.pdf")


def test_report_hides_the_complement_of_a_row_total(processing_registry, tmp_path):
    """A table handed to the report with a city row (the sums) and one suppressed district: the
    smallest other district shows '.' too, in the HTML and the XLSX; without the city row
    nothing more is hidden."""
    import processing

    rows = [(name, total, mh) for name, total, mh, *_ in DISTRICTS]
    table = tmp_path / "counts.csv"
    with open(table, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["district", "total", "mh", "suppressed"])
        for name, total, mh in rows:
            w.writerow([name, total, mh, "true" if total < MIN else "false"])
        w.writerow(["Stadt", sum(r[1] for r in rows), sum(r[2] for r in rows), "false"])
    res = processing.run("milieuatlas:report", {
        "TITLE": "Bericht", "TABLES": [str(table)], "LANGUAGE": "de",
        "OUTPUT_HTML": str(tmp_path / "r.html"), "OUTPUT_XLSX": str(tmp_path / "r.xlsx")})
    secrets = {"total": 1234, "mh": 567, "c_total": 2719, "c_mh": 1381}
    for path in (res["OUTPUT_HTML"], res["OUTPUT_XLSX"]):
        text, numbers = read(path)
        leaks = {k: found(v, text, numbers) for k, v in secrets.items()}
        assert not any(leaks.values()), (path, leaks)
        assert found(4711, text, numbers) and found(sum(r[1] for r in rows), text, numbers)
    html_text = open(res["OUTPUT_HTML"], encoding="utf-8").read()
    assert re.search(r"<td>Klein</td>\s*<td class=\"n\">\.</td>\s*<td class=\"n\">\.</td>", html_text)
    # the provenance counts the district hidden to protect the other
    assert re.search(r"<td>1</td>\s*<td>1</td>\s*</tr>", html_text)
    # without the city row the counts' city total is still public (a yearbook): the same
    with open(table, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["district", "total", "mh", "mh_share", "suppressed"])
        for name, total, mh in rows:
            w.writerow([name, total, mh, round(mh / total, 6), "true" if total < MIN else "false"])
    res = processing.run("milieuatlas:report", {
        "TITLE": "Bericht", "TABLES": [str(table)], "OUTPUT_HTML": str(tmp_path / "r2.html")})
    text, _ = read(res["OUTPUT_HTML"])
    assert not found(2719, text, []) and not found(1234, text, []) and found(4711, text, [])
    # shares alone add up to nothing published: only the suppressed district is hidden
    with open(table, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["district", "mh_share", "suppressed"])
        for name, total, mh in rows:
            w.writerow([name, round(mh / total, 6), "true" if total < MIN else "false"])
    res = processing.run("milieuatlas:report", {
        "TITLE": "Bericht", "TABLES": [str(table)], "OUTPUT_HTML": str(tmp_path / "r3.html")})
    text, _ = read(res["OUTPUT_HTML"])
    assert found(round(1381 / 2719, 6), text, []) and not found(round(567 / 1234, 6), text, [])


def test_atlas_marks_nothing_there_and_no_meaningful_value(processing_registry, tmp_path):
    """DIN 55301 in the atlas table and pages: a district with nobody in it is not suppressed (it
    reveals nobody), its counts print '–' and its share and LQ 'x' (undefined); the note says
    what 'x' means. A district below the minimum prints '.'."""
    import processing

    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "Bezirk Test", "memory")
    layer.dataProvider().addAttributes([QgsField("name", FieldType.String)] +
                                       [QgsField(f, FieldType.Double) for f in ("total", "mh", "mh_share", "mh_lq")])
    layer.updateFields()
    rows = [("Nordend", 4711, 2003, 2003 / 4711, 1.02), ("Wald", 0, 0, None, None),
            ("Geheim", 2, 1, 0.5, 1.2), ("Mitte", 7121, 3313, 3313 / 7121, 1.13)]
    feats = []
    for k, row in enumerate(rows):
        f = QgsFeature(layer.fields())
        x = 390000 + 1000 * k
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 5815000,{x + 1000} 5815000,{x + 1000} 5816000,"
                                          f"{x} 5816000,{x} 5815000))"))
        f.setAttributes(list(row))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    res = processing.run("milieuatlas:atlas", {
        "INPUT": layer, "KEY_FIELD": "name", "FIELDS": ["total", "mh", "mh_share", "mh_lq"], "COUNT_FIELD": "total",
        "MIN_COUNT": 3, "SOURCE_TEXT": SOURCE, "LANGUAGE": "de", "MODE": "single",
        "OUTPUT_PDF": str(tmp_path / "a.pdf"), "OUTPUT_TABLE": str(tmp_path / "a.csv")})
    with open(res["OUTPUT_TABLE"], newline="", encoding="utf-8") as fh:
        table = {r["key"]: r for r in csv.DictReader(fh)}
    cols = ("total", "mh", "mh_share", "mh_lq")
    assert [table["Wald"][c] for c in cols] == ["–", "–", "x", "x"]
    assert [table["Geheim"][c] for c in cols] == ["."] * 4
    # the city's residents are published elsewhere: the smallest other inhabited district goes too
    assert [table["Nordend"][c] for c in cols] == ["."] * 4 and table["Mitte"]["total"] == "7121"
    text = " ".join(pdf_text(res["OUTPUT_PDF"]).split())
    assert "„x“ = kein sinnvoller Wert" in text
