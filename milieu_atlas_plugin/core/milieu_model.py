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

from ..errors import InputError
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
    label = f"{kind} file '{p}'"
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{label} does not exist.") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not UTF-8 text (byte {exc.start}); save it as UTF-8 CSV.") from None
    except OSError as exc:
        raise InputError(f"{label} cannot be read: {exc.strerror}.") from None
    lines = text.splitlines()
    numbered = [(i + 1, line) for i, line in enumerate(lines)
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise InputError(f"{label} has no header line.")
    head_no, head = numbered[0]
    delimiter = ";" if (";" in head and "," not in head) else ","
    rows = list(csv.reader(io.StringIO("\n".join(line for _, line in numbered)), delimiter=delimiter))
    if len(rows) != len(numbered):
        raise InputError(f"{label}: a quoted field spans several lines (near line {head_no}); "
                         "write every record on one line.")
    header = [c.strip().lower() for c in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"{label}, line {head_no}: the header lacks the column(s) {', '.join(missing)} "
                         f"(expected {','.join(required)}).")
    dup = sorted({c for c in header if c and header.count(c) > 1})
    if dup:
        raise InputError(f"{label}, line {head_no}: the header names column '{dup[0]}' twice.")
    cols = {c: header.index(c) for c in header if c}
    body = []
    for (no, _), cells in zip(numbered[1:], rows[1:]):
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            raise InputError(f"{label}, line {no}: {len(cells)} values for {len(header)} columns "
                             f"(delimiter '{delimiter}'; quote values that contain it).")
        body.append((no, [c.strip() for c in cells] + [""] * (len(header) - len(cells))))
    if not body:
        raise InputError(f"{label} has a header but no data line.")
    return label, cols, body


def _cell(cells, cols, name):
    i = cols.get(name)
    return "" if i is None else cells[i]


def load_model(path=None) -> MilieuModel:
    """Reads and validates a milieu model file (default: the bundled vhw migrant milieus)."""
    path = DEFAULT_MODEL if path in (None, "") else path
    required = ("code", "name_de", "segment", "colour")
    label, cols, body = _read(path, "Milieu model", required)
    codes, de, en, sinus, segs, colours = [], [], [], [], [], []
    seen = {}
    for no, cells in body:
        code = _cell(cells, cols, "code")
        where = f"{label}, line {no}"
        if not code:
            raise InputError(f"{where}: no code.")
        if not _CODE.match(code):
            raise InputError(f"{where}: code '{code}' is not usable as a field name (a letter, then letters, "
                             "digits or '_', at most 31 characters).")
        if code.upper() == MIX:
            raise InputError(f"{where}: code '{code}' is reserved (mil_dominant = 'MIX' marks districts "
                             "without a clear dominant milieu).")
        if code.lower() in ("total", "dominant", "lead", "present", "diversity"):
            raise InputError(f"{where}: code '{code}' is reserved (mil_{code.lower()} is a field of the milieu "
                             "profile).")
        if code.lower() in seen:
            raise InputError(f"{where}: duplicate code '{code}' (already on line {seen[code.lower()]}).")
        seen[code.lower()] = no
        segment = _cell(cells, cols, "segment")
        if not segment:
            raise InputError(f"{where}: milieu '{code}' has no segment.")
        if not field_safe(segment):
            raise InputError(f"{where}: segment '{segment}' has no letter or digit usable in a field name.")
        colour = _cell(cells, cols, "colour")
        if not _COLOUR.match(colour):
            raise InputError(f"{where}: colour '{colour}' of milieu '{code}' is not of the form '#RRGGBB'.")
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
            raise InputError(f"{label}: segments '{order[keys.index(k)]}' and '{order[i]}' give the same field "
                             f"name seg_{k}; rename one of them.")
    return MilieuModel(str(path), tuple(codes), tuple(de), tuple(en), tuple(sinus), tuple(segs),
                       tuple(colours), order, keys)


def _number(text, where, column):
    t = text.replace("\u00a0", "").replace(" ", "")
    if "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        raise InputError(f"{where}: {column} '{text}' is not a number.") from None
    if not math.isfinite(v):
        raise InputError(f"{where}: {column} '{text}' is not a finite number.")
    return v


def load_rates(path=None, model: Optional[MilieuModel] = None) -> Rates:
    """Reads and validates a participation rate table for ``model`` (default: the bundled illustrative
    table and the bundled model)."""
    path = DEFAULT_RATES if path in (None, "") else path
    model = model if model is not None else load_model()
    label, cols, body = _read(path, "Rate table", ("code", "status_quo", "potential"))
    lookup = {c.lower(): c for c in model.codes}
    found = {}
    for no, cells in body:
        where = f"{label}, line {no}"
        raw = _cell(cells, cols, "code")
        if not raw:
            raise InputError(f"{where}: no code.")
        code = lookup.get(raw.lower())
        if code is None:
            raise InputError(f"{where}: code '{raw}' is not a milieu of the model '{Path(model.path).name}' "
                             f"({', '.join(model.codes)}).")
        if code in found:
            raise InputError(f"{where}: duplicate code '{raw}' (already on line {found[code][0]}).")
        s = _number(_cell(cells, cols, "status_quo"), where, "status_quo")
        q = _number(_cell(cells, cols, "potential"), where, "potential")
        for column, v in (("status_quo", s), ("potential", q)):
            if not 0.0 <= v <= 1.0:
                raise InputError(f"{where}: {column} {v:g} of '{code}' is outside [0, 1] (rates are fractions: "
                                 "0.2 for 20 %).")
        if q < s:
            raise InputError(f"{where}: potential {q:g} of '{code}' is below its status quo {s:g} (the potential "
                             "includes those who already take part).")
        n_text = _cell(cells, cols, "n")
        n = None
        if n_text:
            n = _number(n_text, where, "n")
            if n < 1:
                raise InputError(f"{where}: n {n:g} of '{code}' is below 1 (number of respondents).")
        found[code] = (no, s, q, n, _cell(cells, cols, "source"), _cell(cells, cols, "year"))
    missing = [c for c in model.codes if c not in found]
    if missing:
        raise InputError(f"{label}: no line for the milieu(s) {', '.join(missing)} of the model "
                         f"'{Path(model.path).name}'; every milieu needs its rates.")
    rows = [found[c] for c in model.codes]
    return Rates(str(path), model.codes, tuple(r[1] for r in rows), tuple(r[2] for r in rows),
                 tuple(r[3] for r in rows), tuple(r[4] for r in rows), tuple(r[5] for r in rows))
