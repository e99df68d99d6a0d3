"""The report of milieuatlas:report: one self-contained HTML page and an XLSX workbook.

Input is plain data (sections of rows, images as bytes, provenance as rows), so this module needs no
QGIS. The HTML has no external reference at all: styles inline, images as data URIs, no scripts.
Markers (DIN 55301): '.' value suppressed for confidentiality, '–' nothing there (no value),
'x' no meaningful value (not a finite number). A suppressed row keeps its labels; where one of its
values could be recovered from a total in the same table (a row or column holding the sum of the
others), the smallest other rows are hidden too (secondary suppression, core.suppression)."""
from __future__ import annotations

import base64
import html
import math
from dataclasses import dataclass, field as dc_field

from ..core.suppression import NOT_MEANINGFUL_MARK as NO_VALUE  # noqa: E402
from ..core.suppression import NOTHING_MARK as NOTHING  # noqa: E402
from ..core.suppression import SUPPRESSED_MARK as SUPPRESSED  # noqa: E402

# columns that describe a row and are never hidden by suppression
LABEL_COLUMNS = {"index", "group", "period", "district", "level", "note", "field", "suppressed", "name",
                 "geometry", "harmonised", "mil_dominant", "type_label", "rank"}
# value columns that are no counts (no city total of them is published)
DERIVED_ENDINGS = ("_share", "_lq", "_rate", "_p", "_z", "_i", "_id", "_index", "_entropy", "_simpson",
                   "_dcontrib", "_diversity", "_lead", "_present", "_low", "_high", "value")


@dataclass
class Section:
    title: str
    kind: str
    source: str
    columns: list
    rows: list                      # lists of raw values (None, numbers, text, bool)
    suppressed: list = dc_field(default_factory=list)   # per row: True = value cells hidden
    label_columns: set = dc_field(default_factory=set)


def number_text(value, language):
    """6 decimals at most, trailing zeros dropped; decimal comma in German."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        return NO_VALUE
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if language == "de" else text


def cell_text(value, hidden, language):
    if hidden:
        return SUPPRESSED
    if value is None or value == "":
        return NOTHING
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value, language)
    return str(value)


def cell_value(value, hidden):
    """The XLSX cell: numbers stay numbers, markers are text."""
    if hidden:
        return SUPPRESSED
    if value is None or value == "":
        return NOTHING
    if isinstance(value, float) and not math.isfinite(value):
        return NO_VALUE
    return value


def hidden_rows(section):
    """Per row: are its values hidden? The suppressed rows and, where one of their values could be
    recovered from a total of the table (found from the values: core.suppression.protect_table),
    the smallest other rows (secondary suppression)."""
    if getattr(section, "_hidden_rows", None) is None:
        primary = [bool(h) for h in section.suppressed] if section.suppressed else [False] * len(section.rows)
        section._hidden_rows = primary
        cols = value_columns(section)
        if any(primary) and cols:
            import numpy as np

            from ..core.suppression import protect_table

            def number(v):
                ok = isinstance(v, (int, float)) and not isinstance(v, bool)
                return float(v) if ok else np.nan

            matrix = np.array([[number(row[j]) for j in cols] for row in section.rows], dtype=float)
            matrix[~np.isfinite(matrix)] = np.nan
            # counts (whole numbers in a column that is no share, LQ, rate or index): their city
            # total is published elsewhere (a statistical yearbook)
            whole = np.isnan(matrix) | (matrix == np.round(matrix))
            counts = [k for k, j in enumerate(cols) if whole[:, k].all()
                      and not section.columns[j].lower().endswith(DERIVED_ENDINGS)]
            mask, _ = protect_table(matrix, np.repeat(np.array(primary)[:, None], len(cols), axis=1),
                                    whole_rows=True, external_cols=counts)
            section._hidden_rows = mask.any(axis=1).tolist()
    return section._hidden_rows


def value_columns(section):
    """Indexes of the columns whose numbers are hidden in a hidden row (numeric, not a label)."""
    labels = LABEL_COLUMNS | section.label_columns
    numeric = numeric_columns(section)
    return [j for j, c in enumerate(section.columns) if c not in labels and j in numeric]


def hidden_cells(section, i):
    """Per cell of row i: hidden? In a hidden row (hidden_rows) every number is hidden; labels
    (keys, names, codes: text, and the LABEL_COLUMNS) stay."""
    if not hidden_rows(section)[i]:
        return [False] * len(section.columns)
    cols = set(value_columns(section))
    return [j in cols for j in range(len(section.columns))]


def numeric_columns(section):
    """Indexes of the columns holding numbers (an empty cell of such a column in a suppressed row
    is suppressed too, not 'nothing there')."""
    if getattr(section, "_numeric", None) is None:
        found = set()
        for row in section.rows:
            for j, v in enumerate(row):
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    found.add(j)
        section._numeric = found
    return section._numeric


def _data_uri(name, data):
    mime = "image/svg+xml" if name.lower().endswith(".svg") else "image/png"
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


CSS = """
body{font-family:sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.6em;border-bottom:2px solid #1b6ca8}h2{font-size:1.25em;margin-top:1.6em;color:#1b6ca8}
table{border-collapse:collapse;font-size:.8em;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px}
th{background:#eef3f8;text-align:left}td{white-space:nowrap}td.note{white-space:normal;min-width:30em}td.n{text-align:right;font-variant-numeric:tabular-nums}
p.src,p.markers{font-size:.8em;color:#555}figure{margin:1em 0}img{max-width:100%;border:1px solid #ddd}
.scroll{max-height:28em;overflow:auto}
"""


def render_html(title, sections, images, provenance, texts, language):
    """images: [(name, bytes)]; provenance: [(heading, columns, rows)]; texts: translated strings."""
    esc = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">',
           f"<title>{esc(title)}</title><style>{CSS}</style></head><body>", f"<h1>{esc(title)}</h1>",
           f'<p class="markers">{esc(texts["markers"])}</p>']
    for k, s in enumerate(sections):
        out.append(f'<h2 id="s{k}">{esc(s.title)}</h2>')
        out.append(f'<p class="src">{esc(texts["source"].format(source=s.source, rows=len(s.rows)))}</p>')
        out.append(f'<div class="scroll"><table data-section="{k}"><thead><tr>'
                   + "".join(f"<th>{esc(c)}</th>" for c in s.columns) + "</tr></thead><tbody>")
        body = []
        for i, row in enumerate(s.rows):
            hidden = hidden_cells(s, i)
            cells = []
            for c, v, h in zip(s.columns, row, hidden):
                numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
                css = ' class="n"' if numeric or h else (' class="note"' if c == "note" else "")
                cells.append(f"<td{css}>{esc(cell_text(v, h, language))}</td>")
            body.append("<tr>" + "".join(cells) + "</tr>")
        out.append("\n".join(body))
        out.append("</tbody></table></div>")
    if images:
        out.append(f"<h2>{esc(texts['images'])}</h2>")
        for name, data in images:
            out.append(f'<figure><img alt="{esc(name)}" src="{_data_uri(name, data)}">'
                       f"<figcaption>{esc(name)}</figcaption></figure>")
    out.append(f"<h2>{esc(texts['provenance'])}</h2>")
    for heading, columns, rows in provenance:
        out.append(f"<h3>{esc(heading)}</h3><table><thead><tr>"
                   + "".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr></thead><tbody>")
        for row in rows:
            out.append("<tr>" + "".join(f"<td>{esc(str(v))}</td>" for v in row) + "</tr>")
        out.append("</tbody></table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _sheet_name(title, used):
    bad = '[]:*?/\\'
    title = title.replace(": ", " - ")
    base = "".join("_" if ch in bad else ch for ch in title)[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.lower())
    return name


def write_xlsx(path, title, sections, images, provenance, texts):
    """One sheet per section (numbers as numbers, markers as text), the images, the provenance."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    used = set()
    ws = wb.active
    ws.title = _sheet_name(texts["overview"], used)
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([texts["markers"]])
    for s in sections:
        ws.append([s.title, texts["source"].format(source=s.source, rows=len(s.rows))])
    for s in sections:
        sh = wb.create_sheet(_sheet_name(s.title, used))
        sh.append(list(s.columns))
        for c in sh[1]:
            c.font = Font(bold=True)
        for i, row in enumerate(s.rows):
            hidden = hidden_cells(s, i)
            sh.append([cell_value(v, h) for v, h in zip(row, hidden)])
    pngs = [(n, d) for n, d in images if n.lower().endswith(".png")]
    if images:
        sh = wb.create_sheet(_sheet_name(texts["images"], used))
        row = 1
        from openpyxl.drawing.image import Image

        for name, data in images:
            sh.cell(row=row, column=1, value=name)
            if (name, data) in pngs:
                img = Image(io.BytesIO(data))
                scale = min(1.0, 900.0 / max(1, img.width))
                img.width, img.height = int(img.width * scale), int(img.height * scale)
                sh.add_image(img, f"A{row + 1}")
                row += int(img.height / 20) + 3
            else:
                row += 2
    sh = wb.create_sheet(_sheet_name(texts["provenance"], used))
    for heading, columns, rows in provenance:
        sh.append([heading])
        sh.cell(row=sh.max_row, column=1).font = Font(bold=True)
        sh.append(list(columns))
        for r in rows:
            sh.append([str(v) for v in r])
        sh.append([])
    wb.save(path)
