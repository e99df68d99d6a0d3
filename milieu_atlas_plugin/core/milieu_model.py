"""Milieu models and participation rate tables: plain CSV files users edit (contracts.md).

Pure Python (csv, re, unicodedata); no numpy at import time beyond what the rates need, no QGIS.

Model file (e.g. resources/milieus/vhw_migrant_milieus.csv): lines starting with '#' are comments; the
header names the columns ``code,name_de,name_en,sinus_segment,segment,colour`` (extra columns are ignored,
``name_en`` and ``sinus_segment`` may be empty); one line per milieu. The segments are ordered by their
first appearance in the file.

Rate table (e.g. resources/milieus/participation_rates_illustrative.csv): ``code,status_quo,potential,n,
source,year``; ``n`` (respondents) and ``source``/``year`` may be empty. Every milieu of the model has
exactly one line, 0 <= status_quo <= potential <= 1, n >= 1 where given.

Both files may be comma- or semicolon-separated (a header with ';' and no ',' is read with ';'), in UTF-8
(with or without byte order mark); numbers may use a decimal comma. Every refusal is an InputError naming
the file and the line.
"""
from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Tuple

from ..errors import InputError, QT_TRANSLATE_NOOP, Text
from ..paths import DEFAULT_MODEL, DEFAULT_RATES

MODEL_COLUMNS = ("code", "name_de", "name_en", "sinus_segment", "segment", "colour")
RATE_COLUMNS = ("code", "status_quo", "potential", "n", "source", "year")
MIX = "MIX"

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,30}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}


def field_safe(name: str) -> str:
    """Lower-case ASCII with underscores: 'Prekäre Milieus' -> 'prekaere_milieus'."""
    text = "".join(_UMLAUT.get(c, c) for c in str(name))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


@dataclass(frozen=True)
class MilieuModel:
    """A milieu model. Every tuple is aligned with ``codes`` except ``segment_order``/``segment_keys``."""

    path: str
    codes: Tuple[str, ...]
    names_de: Tuple[str, ...]
    names_en: Tuple[str, ...]
    sinus_segments: Tuple[str, ...]
    segments: Tuple[str, ...]          # the segment of each milieu
    colours: Tuple[str, ...]           # '#RRGGBB'
    segment_order: Tuple[str, ...]     # distinct segments, in order of first appearance
    segment_keys: Tuple[str, ...]      # field-safe names of segment_order ('kreative_milieus')

    def __len__(self):
        return len(self.codes)

    def index(self, code: str) -> int:
        return self.codes.index(code)

    def colour(self, code: str) -> str:
        return self.colours[self.index(code)]

    def name(self, code: str, language: str = "de") -> str:
        names = self.names_de if language == "de" else self.names_en
        return names[self.index(code)]

    def segment_of(self, code: str) -> str:
        return self.segments[self.index(code)]

    def segment_index(self):
        """(m,) index into segment_order of each milieu."""
        return tuple(self.segment_order.index(s) for s in self.segments)


@dataclass(frozen=True)
class Rates:
    """Participation rates per milieu, aligned with the model's codes."""

    path: str
    codes: Tuple[str, ...]
    status_quo: Tuple[float, ...]
    potential: Tuple[float, ...]
    n: Tuple[Optional[float], ...]     # respondents; None where not given
    sources: Tuple[str, ...]
    years: Tuple[str, ...]

    @property
    def has_n(self) -> bool:
        return any(v is not None for v in self.n)

    def is_illustrative(self) -> bool:
        return any("illustrativ" in s.lower() for s in self.sources)


# ---------------------------------------------------------------------------------------------- reading
def _read(path, kind, required):
    """(header {column: index}, [(line number, cells)]) of a comment-tolerant CSV file."""
    p = Path(path)
    label = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Milieu model file '{path}'"), path=str(p)) if kind == "model"
             else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Rate table file '{path}'"), path=str(p)))
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} does not exist."),
            label=label) from None
    except UnicodeDecodeError as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} is not UTF-8 text (byte {start}); save it as UTF-8 CSV."),
            label=label, start=exc.start) from None
    except OSError as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} cannot be read: {strerror}."),
            label=label, strerror=exc.strerror) from None
    lines = text.splitlines()
    numbered = [(i + 1, line) for i, line in enumerate(lines)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} has no header line."),
            label=label)
    head_no, head = numbered[0]
    delimiter = ";" if (";" in head and "," not in head) else ","
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in numbered)), delimiter=delimiter))
    if len(rows) != len(numbered):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label}: a quoted field spans several lines (near line {head_no}); write every record "
            "on one line."),
            label=label, head_no=head_no)
    header = [c.strip().lower() for c in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label}, line {head_no}: the header lacks the column(s) {missing} (expected {required})."),
            label=label, head_no=head_no, missing=', '.join(missing), required=','.join(required))
    dup = sorted({c for c in header if c and header.count(c) > 1})
    if dup:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label}, line {head_no}: the header names column '{dup}' twice."),
            label=label, head_no=head_no, dup=dup[0])
    cols = {c: header.index(c) for c in header if c}
    body = []
    for (no, _), cells in zip(numbered[1:], rows[1:]):
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{label}, line {no}: {n_cells} values for {n_header} columns (delimiter '{delimiter}'; "
                "quote values that contain it)."),
                label=label, no=no, n_cells=len(cells), n_header=len(header), delimiter=delimiter)
        body.append((no, [c.strip() for c in cells] + [""] * (len(header) - len(cells))))
    if not body:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} has a header but no data line."),
            label=label)
    return label, cols, body


def _cell(cells, cols, name):
    i = cols.get(name)
    return "" if i is None else cells[i]


def load_model(path=None) -> MilieuModel:
    """Reads and validates a milieu model file (default: the bundled vhw migrant milieus)."""
    path = DEFAULT_MODEL if path in (None, "") else path
    required = ("code", "name_de", "segment", "colour")
    label, cols, body = _read(path, "model", required)
    codes, de, en, sinus, segs, colours = [], [], [], [], [], []
    seen = {}
    for no, cells in body:
        code = _cell(cells, cols, "code")
        where = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{label}, line {line}"), label=label, line=no)
        if not code:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: no code."),
                where=where)
        if not _CODE.match(code):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: code '{code}' is not usable as a field name (a letter, then letters, digits or "
                "'_', at most 31 characters)."),
                where=where, code=code)
        if code.upper() == MIX:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: code '{code}' is reserved (mil_dominant = 'MIX' marks districts without a "
                "clear dominant milieu)."),
                where=where, code=code)
        if code.lower() in ("total", "dominant", "lead", "present", "diversity"):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: code '{code}' is reserved (mil_{code2} is a field of the milieu profile)."),
                where=where, code=code, code2=code.lower())
        if code.lower() in seen:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: duplicate code '{code}' (already on line {seen})."),
                where=where, code=code, seen=seen[code.lower()])
        seen[code.lower()] = no
        segment = _cell(cells, cols, "segment")
        if not segment:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: milieu '{code}' has no segment."),
                where=where, code=code)
        if not field_safe(segment):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: segment '{segment}' has no letter or digit usable in a field name."),
                where=where, segment=segment)
        colour = _cell(cells, cols, "colour")
        if not _COLOUR.match(colour):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: colour '{colour}' of milieu '{code}' is not of the form '#RRGGBB'."),
                where=where, colour=colour, code=code)
        name_de = _cell(cells, cols, "name_de") or code
        codes.append(code)
        de.append(name_de)
        en.append(_cell(cells, cols, "name_en") or name_de)
        sinus.append(_cell(cells, cols, "sinus_segment"))
        segs.append(segment)
        colours.append(colour.upper())
    order = tuple(dict.fromkeys(segs))
    keys = tuple(field_safe(s) for s in order)
    for i, k in enumerate(keys):
        if keys.index(k) != i:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{label}: segments '{order}' and '{order2}' give the same field name seg_{key}; rename "
                "one of them."),
                label=label, order=order[keys.index(k)], order2=order[i], key=k)
    return MilieuModel(str(path), tuple(codes), tuple(de), tuple(en), tuple(sinus), tuple(segs),
                       tuple(colours), order, keys)


def _number(text, where, column):
    t = text.replace("\u00a0", "").replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{where}: {column} '{text}' is not a number."),
            where=where, column=column, text=text) from None
    if not math.isfinite(v):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{where}: {column} '{text}' is not a finite number."),
            where=where, column=column, text=text)
    return v


def load_rates(path=None, model: Optional[MilieuModel] = None) -> Rates:
    """Reads and validates a participation rate table for ``model`` (default: the bundled illustrative
    table and the bundled model)."""
    path = DEFAULT_RATES if path in (None, "") else path
    model = model if model is not None else load_model()
    label, cols, body = _read(path, "rates", ("code", "status_quo", "potential"))
    lookup = {c.lower(): c for c in model.codes}
    found = {}
    for no, cells in body:
        where = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{label}, line {line}"), label=label, line=no)
        raw = _cell(cells, cols, "code")
        if not raw:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: no code."),
                where=where)
        code = lookup.get(raw.lower())
        if code is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: code '{raw}' is not a milieu of the model '{name}' ({codes})."),
                where=where, raw=raw, name=Path(model.path).name, codes=', '.join(model.codes))
        if code in found:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: duplicate code '{raw}' (already on line {found})."),
                where=where, raw=raw, found=found[code][0])
        s = _number(_cell(cells, cols, "status_quo"), where, "status_quo")
        q = _number(_cell(cells, cols, "potential"), where, "potential")
        for column, v in (("status_quo", s), ("potential", q)):
            if not 0.0 <= v <= 1.0:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{where}: {column} {value:g} of '{code}' is outside [0, 1] (rates are fractions: 0.2 for "
                    "20 %)."),
                    where=where, column=column, value=v, code=code)
        if q < s:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{where}: potential {q:g} of '{code}' is below its status quo {s:g} (the potential "
                "includes those who already take part)."),
                where=where, q=q, code=code, s=s)
        n_text = _cell(cells, cols, "n")
        n = None
        if n_text:
            n = _number(n_text, where, "n")
            if n < 1:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{where}: n {n:g} of '{code}' is below 1 (number of respondents)."),
                    where=where, n=n, code=code)
        found[code] = (no, s, q, n, _cell(cells, cols, "source"), _cell(cells, cols, "year"))
    missing = [c for c in model.codes if c not in found]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label}: no line for the milieu(s) {missing} of the model '{name}'; every milieu needs "
            "its rates."),
            label=label, missing=', '.join(missing), name=Path(model.path).name)
    rows = [found[c] for c in model.codes]
    return Rates(str(path), model.codes, tuple(r[1] for r in rows), tuple(r[2] for r in rows),
                 tuple(r[3] for r in rows), tuple(r[4] for r in rows), tuple(r[5] for r in rows))
