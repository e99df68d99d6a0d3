"""milieuatlas:report: every number of the run in the HTML and the XLSX (parsed back), suppressed values
hidden, the provenance, a self-contained page rendered by headless Chromium without network."""
import csv
import datetime
import hashlib
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from .conftest import SAMPLE

SERIES = SAMPLE / "series"
CSV24 = SERIES / "berlin-lor-population-2024-02-t1-planning-areas.csv"
MH = "inhabitants_with_migration_background"
MIN_COUNT = 100


def _read(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class _Tables(HTMLParser):
    """The cell texts of every <table data-section> and the whole text of the page."""

    def __init__(self):
        super().__init__()
        self.tables, self._cell, self._row, self.text = {}, None, None, []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-section" in attrs:
            self._current = self.tables.setdefault(int(attrs["data-section"]), [])
        elif tag == "tr" and self._current is not None:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._current.append(self._row)
            self._row = None
        elif tag == "table":
            self._current = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _number(text):
    return float(text.replace(",", "."))


@pytest.fixture(scope="module")
def results(processing_registry, tmp_path_factory):
    import processing

    out = tmp_path_factory.mktemp("report_run")
    series_dir = out / "series"
    series_dir.mkdir()
    for d in ("2024-01", "2024-02"):
        shutil.copy(SERIES / f"berlin-lor-population-{d}-t1-planning-areas.csv", series_dir)
    from .conftest import PLR_SHP

    processing.run("milieuatlas:segregationindices", {
        "INPUT": str(CSV24), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "INDICES": ["D", "H", "XPX"],
        "PERMUTATIONS": 19, "SEED": 1, "OUTPUT": str(out / "indices.csv")})
    processing.run("milieuatlas:localmeasures", {
        "INPUT": str(CSV24), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "SPATIAL": False,
        "MIN_COUNT": MIN_COUNT, "OUTPUT": str(out / "local.csv")})
    processing.run("milieuatlas:monitoring", {
        "TARGET": str(PLR_SHP), "TARGET_KEY": "PLR_ID", "FOLDER": str(series_dir), "GROUP_FIELDS": MH,
        "INDICES": ["D"], "BOOTSTRAP": 19, "SEED": 1, "SERIES": str(out / "series.csv"),
        "LONG": str(out / "long.csv"), "ACCOUNTING": str(out / "accounting.csv"),
        "CHART_PNG": str(out / "chart.png"), "CHART_SVG": str(out / "chart.svg"), "LANGUAGE": "en"})
    tables = [out / "indices.csv", out / "local.csv", out / "series.csv", out / "accounting.csv"]
    return out, tables


def _report(results, language, tmp_path):
    import processing

    out, tables = results
    res = processing.run("milieuatlas:report", {
        "TITLE": "Berlin 2024", "TABLES": [str(t) for t in tables],
        "IMAGES": [str(out / "chart.png"), str(out / "chart.svg")], "INPUTS": [str(CSV24)],
        "PARAMETERS": json.dumps({"GROUP_FIELDS": [MH], "MIN_COUNT": MIN_COUNT}),
        "SUPPRESSION_RULE": f"fewer than {MIN_COUNT} residents", "LANGUAGE": language,
        "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_XLSX": str(tmp_path / "report.xlsx")})
    return res


def _expected_cells(path):
    """(header, rows, suppressed flags) of a result table as the report must show it."""
    rows = _read(path)
    header = list(rows[0])
    flags = [r.get("suppressed", "0") in ("1", "true") for r in rows]
    return header, rows, flags


def _numeric_columns(header, rows):
    def num(raw):
        try:
            float(raw)
        except ValueError:
            return False
        return True

    def key(raw):
        return len(raw) > 1 and raw[0] == "0" and raw.isdigit()
    return {c for c in header if any(r[c] != "" and num(r[c]) for r in rows)
            and not any(key(r[c]) for r in rows)}


def _check_cell(text, raw, hidden, numeric, where):
    if raw == "":
        assert text == ("." if hidden else "–"), where
        return
    value = float(raw) if numeric else None
    if hidden and numeric:
        assert text == ".", where
    elif numeric:
        assert _number(text) == pytest.approx(value, abs=6e-7, rel=1e-12), where
    else:
        assert text == raw, where


@pytest.mark.parametrize("language", ["en", "de"])
def test_html_and_xlsx_hold_every_number(results, tmp_path, language):
    from openpyxl import load_workbook

    out, tables = results
    res = _report(results, language, tmp_path)
    assert res["TABLES"] == 4
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    parser = _Tables()
    parser.feed(page)
    wb = load_workbook(tmp_path / "report.xlsx")
    sheets = wb.sheetnames[1:1 + len(tables)]
    suppressed_seen = 0
    for k, path in enumerate(tables):
        header, rows, flags = _expected_cells(path)
        html_rows = parser.tables[k]
        assert html_rows[0] == header
        assert len(html_rows) == len(rows) + 1
        ws = wb[sheets[k]]
        xrows = list(ws.iter_rows(values_only=True))
        assert list(xrows[0]) == header and len(xrows) == len(rows) + 1
        numeric = _numeric_columns(header, rows)
        for i, (row, hidden) in enumerate(zip(rows, flags)):
            suppressed_seen += hidden
            for j, col in enumerate(header):
                hide = hidden and col != "suppressed" and col in numeric
                where = (path.name, i, col)
                _check_cell(html_rows[i + 1][j], row[col], hide, col in numeric, where)
                cell = xrows[i + 1][j]
                if row[col] == "":
                    assert cell == ("." if hide else "–"), where
                elif hide and isinstance(cell, str) and cell == ".":
                    continue
                elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    assert not hide, where
                    assert cell == pytest.approx(float(row[col]), rel=1e-14, abs=1e-300), where  # XLSX: 15 digits
                else:
                    assert str(cell) == row[col] or (hide and cell == "."), where
    assert suppressed_seen == res["SUPPRESSED_ROWS"] > 0
    # no suppressed value anywhere: the small counts of suppressed districts are not in their rows
    local_header, local_rows, local_flags = _expected_cells(out / "local.csv")
    local_html = parser.tables[1]
    for i, hidden in enumerate(local_flags):
        if hidden:
            cells = local_html[i + 1]
            assert cells[local_header.index("inhabitants")] == "."
            assert cells[local_header.index(MH + "_share")] == "."
            assert cells[local_header.index("id")] == local_rows[i]["id"]
    text = " ".join(parser.text)
    # provenance: inputs with SHA-256, layer names, feature counts, parameters, versions, date, rule
    from osgeo import gdal
    from qgis.core import Qgis
    import numpy

    for p in [CSV24] + tables + [out / "chart.png", out / "chart.svg"]:
        digest = hashlib.sha256(open(p, "rb").read()).hexdigest()
        assert digest in page, p
        prov = [r for r in wb[wb.sheetnames[-1]].iter_rows(values_only=True) if digest in r]
        assert prov, p
    for needle in (Qgis.QGIS_VERSION, gdal.__version__, numpy.__version__, f"fewer than {MIN_COUNT} residents",
                   "MIN_COUNT", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
                   "542"):
        assert needle in text, needle
    if language == "de":
        assert "Herkunft der Zahlen" in text and "Provenance" not in text


def test_page_is_self_contained_and_renders_offline(results, tmp_path):
    res = _report(results, "en", tmp_path)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"https?:", page)
    assert not re.search(r"<script|<link|<iframe|@import|url\(", page, re.I)
    assert all(v.startswith("data:") for v in re.findall(r'src="([^"]*)"', page))
    assert not re.findall(r'href="([^"]*)"', page)
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is needed for this test (scripts/bootstrap.sh installs it)"
    shot = tmp_path / "shot.png"
    netlog = tmp_path / "net.json"
    cmd = [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--window-size=1280,1600",
           "--disable-background-networking", "--disable-component-update", "--no-first-run",
           f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={netlog}", f"--screenshot={shot}",
           (tmp_path / "report.html").as_uri()]
    isolated = ["unshare", "-n"] + cmd  # no network at all: a request could not succeed
    try:
        done = subprocess.run(isolated, capture_output=True, text=True, timeout=120)
    except (FileNotFoundError, PermissionError):
        done = None
    if done is None or (done.returncode != 0 and "unshare" in (done.stderr or "")):
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20000
    # the page asked for nothing: the only URLs in the net log are the page itself and the
    # browser's own update and clock services (in the isolated namespace they fail too)
    urls = set(re.findall(r'"url":"([^"]+)"', netlog.read_text(encoding="utf-8", errors="replace")))
    own = re.compile(r"^https?://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gvt1\.com)/")
    foreign = [u for u in urls if not own.match(u) and not u.startswith(("file://", "data:"))]
    assert foreign == []
    assert res["OUTPUT_HTML"].endswith("report.html")


def test_bad_input_writes_nothing(results, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    out, tables = results
    dest = tmp_path / "out"
    dest.mkdir()
    base = {"TABLES": [str(t) for t in tables], "OUTPUT_HTML": str(dest / "r.html"),
            "OUTPUT_XLSX": str(dest / "r.xlsx")}
    for extra, needle in (({"IMAGES": [str(CSV24)]}, "not a PNG or SVG"),
                          ({"PARAMETERS": "{not json"}, "not valid JSON"),
                          ({"PARAMETERS": "just words"}, "NAME=VALUE")):
        with pytest.raises(QgsProcessingException, match=needle):
            processing.run("milieuatlas:report", dict(base, **extra))
        assert os.listdir(dest) == []
    with pytest.raises(QgsProcessingException, match="OUTPUT_HTML, OUTPUT_XLSX"):
        processing.run("milieuatlas:report", {"TABLES": [str(tables[0])]})
