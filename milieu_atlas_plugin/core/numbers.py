"""The one number parser: text → float, with the number format decided per column (and per table for a
column whose own values do not decide: table_style).

Pure Python/numpy (no qgis import). Every place where text from a layer, a table or a parameter
becomes a number goes through `parse_column` (a column of values) or `parse_number` (one value).

A column is read in ONE format, decided from all its values:
- German: '.' groups thousands, ',' is the decimal mark ('1.234.567', '1.234,5', '12,5');
- English: ',' groups thousands, '.' is the decimal mark ('1,234,567', '1,234.5', '12.5');
- plain: digits with at most a '.' decimal mark that cannot be a thousands separator ('2.5', '1e-3').
Spaces, no-break spaces and apostrophes may group thousands in either format ('1 234 567', "1'234").

A value such as '1.100' or '100,000' (one separator followed by exactly three digits) reads as 1100 in
one format and as 1.1 in the other; it is read only when other values of the column decide the format
('2.5' shows '.' is the decimal mark; '12.345.678' or '1,5' show German). A column that does not
decide is refused (NumberFormatError naming the row), so a number is never silently 1000× off.
Values that are already numbers (int/float from a typed field) pass unchanged.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
from ..errors import InputError, QT_TRANSLATE_NOOP, Text

_SPACES = "\u00a0\u202f\u2009\u2007 '\u2019"      # group separators allowed in both formats
_SPACE_RE = re.compile("[" + re.escape(_SPACES) + "]")
_MINUS = "-\u2212\u2013"
_SCI = re.compile(r"^(\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+$")
_DIGITS = re.compile(r"^\d+$")
_GROUPED = r"^[1-9]\d{{0,2}}(?:{sep}\d{{3}})+$"
_GROUPED_DOT = re.compile(_GROUPED.format(sep=r"\."))
_GROUPED_COMMA = re.compile(_GROUPED.format(sep=","))
_GROUPED_SPACE = re.compile(r"^[1-9]\d{0,2}(?:[" + re.escape(_SPACES) + r"]\d{3})+$")
_DOT3 = re.compile(r"^[1-9]\d{0,2}\.\d{3}$")
_COMMA3 = re.compile(r"^[1-9]\d{0,2},\d{3}$")

GERMAN, ENGLISH, PLAIN, NUMERIC = "german", "english", "plain", "numeric"
_DESCRIPTION = {
    GERMAN: Text(QT_TRANSLATE_NOOP("MilieuAtlas", "German number format (1.234,5)")),
    ENGLISH: Text(QT_TRANSLATE_NOOP("MilieuAtlas", "English number format (1,234.5)")),
    PLAIN: Text(QT_TRANSLATE_NOOP("MilieuAtlas", "plain numbers (1234.5)")),
    NUMERIC: Text(QT_TRANSLATE_NOOP("MilieuAtlas", "numeric field")),
}


class NumberFormatError(InputError):
    """A value that is no number, or a column whose format cannot be decided.

    `index` is the position of the value in the column (the caller names the row or feature)."""

    def __init__(self, message, /, index=None, **params):
        super().__init__(message, **params)
        self.index = index


@dataclass
class ColumnFormat:
    """What was decided for a column: style (german | english | plain | numeric), and the value and
    row index that decided it (None where nothing needed deciding)."""
    style: str
    evidence: str = None
    index: int = None
    by_field: str = None     # the other field of the table that decided (table=...), if the column did not

    def description(self):
        """What was decided, as a Text (str() English, translated where it is shown)."""
        style = _DESCRIPTION[self.style]
        if self.by_field is not None:
            return Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{style}, as field '{field}' of the same table ('{evidence}')"),
                style=style, field=self.by_field, evidence=self.evidence)
        if self.evidence is not None and self.style in (GERMAN, ENGLISH):
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{style}, decided by '{evidence}'"),
                        style=style, evidence=self.evidence)
        return style

    def describe(self):
        """description() in English."""
        return str(self.description())


def _is_null(v):
    if v is None:
        return True
    if hasattr(v, "isNull"):
        try:
            return bool(v.isNull())
        except TypeError:
            return False
    return False


# Token kinds of one text value (after the sign and the space groups are taken off):
#   ("num", x)            unambiguous in every format (digits, scientific, grouped by spaces only)
#   ("dec_dot", body)     '.' is the decimal mark ("2.5", "0.100", "1234.5", "1 234.5")   → English/plain
#   ("dec_comma", body)   ',' is the decimal mark ("12,5", "1 234,5")                       → German
#   ("grp_dot", body)     '.' groups thousands ("1.234.567", "1.234,5")                     → German
#   ("grp_comma", body)   ',' groups thousands ("1,234,567", "1,234.5")                     → English
#   ("dot3", body) / ("comma3", body)   one separator and three digits: the column decides
def _token(text):
    s = text.strip()
    if not s:
        return None
    sign = 1.0
    if s[0] in _MINUS:
        sign, s = -1.0, s[1:].lstrip()
    elif s[0] == "+":
        s = s[1:].lstrip()
    if not s:
        return ("bad", None, sign)
    spaced = bool(_SPACE_RE.search(s))
    if spaced:
        # thousands grouped by spaces/apostrophes: the integer part must be grouped by threes, and a
        # '.' or ',' after it can only be the decimal mark
        m = re.match(r"^([^.,]+)([.,]\d+)?$", s)
        if not m or not _GROUPED_SPACE.match(m.group(1)):
            return ("bad", None, sign)
        whole = _SPACE_RE.sub("", m.group(1))
        if m.group(2) is None:
            return ("num", float(whole), sign)
        kind = "dec_dot" if m.group(2)[0] == "." else "dec_comma"
        return (kind, whole + "." + m.group(2)[1:], sign)
    if _DIGITS.match(s):
        return ("num", float(s), sign)
    if _SCI.match(s):
        return ("num", float(s), sign)
    dots, commas = s.count("."), s.count(",")
    if dots == 1 and commas == 0:
        if _DOT3.match(s):
            return ("dot3", s, sign)
        a, b = s.split(".")
        if (a == "" or _DIGITS.match(a)) and _DIGITS.match(b):
            return ("dec_dot", (a or "0") + "." + b, sign)
        if _DIGITS.match(a) and b == "":
            return ("dec_dot", a, sign)
        return ("bad", None, sign)
    if commas == 1 and dots == 0:
        if _COMMA3.match(s):
            return ("comma3", s, sign)
        a, b = s.split(",")
        if (a == "" or _DIGITS.match(a)) and _DIGITS.match(b):
            return ("dec_comma", (a or "0") + "." + b, sign)
        return ("bad", None, sign)
    if dots > 1 and commas == 0:
        return ("grp_dot", s.replace(".", ""), sign) if _GROUPED_DOT.match(s) else ("bad", None, sign)
    if commas > 1 and dots == 0:
        return ("grp_comma", s.replace(",", ""), sign) if _GROUPED_COMMA.match(s) else ("bad", None, sign)
    if dots and commas:
        if s.rfind(",") > s.rfind(".") and commas == 1:      # 1.234,5
            whole, frac = s.split(",")
            if _GROUPED_DOT.match(whole) and _DIGITS.match(frac):
                return ("grp_dot", whole.replace(".", "") + "." + frac, sign)
        elif s.rfind(".") > s.rfind(",") and dots == 1:      # 1,234.5
            whole, frac = s.split(".")
            if _GROUPED_COMMA.match(whole) and _DIGITS.match(frac):
                return ("grp_comma", whole.replace(",", "") + "." + frac, sign)
    return ("bad", None, sign)


_GERMAN_KINDS = ("dec_comma", "grp_dot")
_ENGLISH_KINDS = ("dec_dot", "grp_comma")


def _value(kind, body, style):
    if kind in ("dec_dot", "dec_comma", "grp_dot", "grp_comma"):
        return float(body)
    if kind == "dot3":
        return float(body.replace(".", "")) if style == GERMAN else float(body)
    if kind == "comma3":
        return float(body.replace(",", "")) if style == ENGLISH else float(body.replace(",", "."))
    return float(body)


def column_style(values, field=""):
    """ColumnFormat when a column's own text values decide German or English (else None: undecided or
    mixed); for table= of parse_column."""
    german = english = None
    for v in values:
        if isinstance(v, (str, bytes)):
            text = v.decode() if isinstance(v, bytes) else v
            tok = _token(text)
            if tok is None:
                continue
            if tok[0] in _GERMAN_KINDS and german is None:
                german = text.strip()
            elif tok[0] in _ENGLISH_KINDS and english is None:
                english = text.strip()
            if german is not None and english is not None:
                return None
    if german is not None:
        return ColumnFormat(GERMAN, german, by_field=field)
    if english is not None:
        return ColumnFormat(ENGLISH, english, by_field=field)
    return None


def table_style(columns):
    """The format the text columns of one table ({field: values}) agree on, as a ColumnFormat naming the
    first field that shows it; None when no column decides or two columns disagree (one export, one
    locale: a column that does not decide by itself may take the table's format)."""
    found = [fmt for fmt in (column_style(v, f) for f, v in columns.items()) if fmt is not None]
    if not found or len({fmt.style for fmt in found}) > 1:
        return None
    return found[0]


def parse_column(values, field="", allow_null=False, prior=None, row_name=None, table=None):
    """(float64 array, ColumnFormat) of one column.

    NULL/None (and empty text) → NaN with allow_null, else NumberFormatError. `prior` is the
    ColumnFormat decided on earlier chunks of the same column: it is kept, and a chunk that
    contradicts it is refused. row_name(i) names value i in messages (default "row <i+1>"). `table`
    (table_style of the columns read with this one) decides a column whose own values do not."""
    if row_name is None:
        def row_name(i):
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "row {row}"), row=i + 1)
    n = len(values)
    out = np.empty(n, dtype=np.float64)
    name = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "field '{field}'"), field=field) if field
            else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "the column")))
    tokens = {}
    german = english = None      # first (index, text) showing each format
    undecided = None             # first (index, text) that needs the column to decide
    for i, v in enumerate(values):
        if _is_null(v):
            if not allow_null:
                raise NumberFormatError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: {row_name} has no value (NULL)."),
                    name=name, row_name=row_name(i), index=i)
            out[i] = np.nan
            continue
        if isinstance(v, (bool, np.bool_)):
            raise NumberFormatError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} is not numeric: {row_name} has '{value}'."),
                name=name, row_name=row_name(i), value=v, index=i)
        if isinstance(v, (int, float, np.integer, np.floating)):
            out[i] = v
            continue
        text = v.decode() if isinstance(v, bytes) else str(v)
        tok = _token(text)
        if tok is None:
            if not allow_null:
                raise NumberFormatError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: {row_name} has no value (empty)."),
                    name=name, row_name=row_name(i), index=i)
            out[i] = np.nan
            continue
        kind, body, sign = tok
        if kind == "bad":
            raise NumberFormatError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} is not numeric: {row_name} has '{text}'."),
                name=name, row_name=row_name(i), text=text, index=i)
        if kind == "num":
            out[i] = sign * body
            continue
        tokens[i] = (kind, body, sign)
        if kind in _GERMAN_KINDS and german is None:
            german = (i, text.strip())
        elif kind in _ENGLISH_KINDS and english is None:
            english = (i, text.strip())
        elif kind in ("dot3", "comma3") and undecided is None:
            undecided = (i, text.strip())
    prior_style = prior.style if prior is not None and prior.style in (GERMAN, ENGLISH) else None
    if german and english:
        (gi, gt), (ei, et) = german, english
        raise NumberFormatError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name} mixes number formats: {row_name} has '{gt}' (German) and {row_name2} has '{et}' "
            "(English); export the table in one format."),
            name=name, row_name=row_name(gi), gt=gt, row_name2=row_name(ei), et=et, index=max(gi, ei))
    if german:
        style, (idx, ev) = GERMAN, german
    elif english:
        style, (idx, ev) = ENGLISH, english
    else:
        style, idx, ev = None, None, None
    if prior_style is not None:
        if style is not None and style != prior_style:
            if style == GERMAN:
                raise NumberFormatError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name} mixes number formats: {row_name} has '{ev}' (German) but earlier rows "
                    "were in English number format (1,234.5); export the table in one format."),
                    name=name, row_name=row_name(idx), ev=ev, index=idx)
            raise NumberFormatError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} mixes number formats: {row_name} has '{ev}' (English) but earlier rows "
                "were in German number format (1.234,5); export the table in one format."),
                name=name, row_name=row_name(idx), ev=ev, index=idx)
        style, idx, ev = prior_style, prior.index, prior.evidence
    if style is None and undecided is not None and table is not None and table.by_field != field:
        fmt = ColumnFormat(table.style, table.evidence, None, table.by_field)
        for i, (kind, body, sign) in tokens.items():
            out[i] = sign * _value(kind, body, table.style)
        return out, fmt
    if style is None:
        if undecided is not None:
            ui, ut = undecided
            german_reading = _value(tokens[ui][0], tokens[ui][1], GERMAN)
            english_reading = _value(tokens[ui][0], tokens[ui][1], ENGLISH)
            raise NumberFormatError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {row_name} has '{ut}', which is {german_reading} in German and "
                "{english_reading} in English number format, and no other value of the column decides "
                "which; export the numbers without thousands separators (or with a decimal part that is "
                "not three digits)."),
                name=name, row_name=row_name(ui), ut=ut, german_reading=_fmt(german_reading), english_reading=_fmt(english_reading), index=ui)
        fmt = ColumnFormat(PLAIN if tokens or _has_text(values) else NUMERIC)
        style = PLAIN
    else:
        fmt = ColumnFormat(style, ev, idx)
    for i, (kind, body, sign) in tokens.items():
        out[i] = sign * _value(kind, body, style)
    return out, fmt


def _has_text(values):
    return any(isinstance(v, (str, bytes)) for v in values)


def _fmt(x):
    return f"{x:g}" if abs(x) < 1e15 else repr(x)


def parse_number(text, name="value"):
    """One value (a parameter): a number in any unambiguous format; '1.000' or '1,000' alone are
    refused as ambiguous. Returns a float."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        x = float(text)
    else:
        tok = _token(str(text))
        if tok is None or tok[0] == "bad":
            raise NumberFormatError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} is not a number: '{text}'."),
                name=name, text=text)
        kind, body, sign = tok
        if kind in ("dot3", "comma3"):
            g, e = _value(kind, body, GERMAN), _value(kind, body, ENGLISH)
            raise NumberFormatError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}='{text}' is ambiguous: {german} in German and {english} in English number format; "
                "write it without a thousands separator ({german} or {english})."),
                name=name, text=str(text).strip(), german=_fmt(g), english=_fmt(e))
        x = sign * (body if kind == "num" else _value(kind, body, PLAIN))
    if not math.isfinite(x):
        raise NumberFormatError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name} is not a finite number: '{text}'."),
            name=name, text=text)
    return x
