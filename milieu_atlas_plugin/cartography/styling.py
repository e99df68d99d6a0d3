"""Choropleth styling: classification, colour ramps, locale-aware legend labels, renderers.

QGIS owns the classes: data-driven classes come from QGIS's own classification methods
(``QgsClassificationQuantile``, ``…Jenks``, ``…EqualInterval``, ``…PrettyBreaks``,
``…StandardDeviation``) and are drawn by a ``QgsGraduatedSymbolRenderer`` that carries the method,
so a styled layer opens in the Symbology panel as "Graduated" with its mode and can be changed
there. Text values (dominant milieu, LISA classes, district types) get a
``QgsCategorizedSymbolRenderer``. Kinds of indicator:

* ``lq``: location quotients and other ratios to an average (1 = average). Classes are fixed and
  symmetric around 1 in log space (0.5 | 2, 0.8 | 1.25, 0.95 | 1/0.95, ...), a graduated renderer
  with manual ("Custom") ranges on a diverging orange–blue ramp whose middle, neutral class holds
  1. The two sides differ in lightness (orange light, blue dark), so every class keeps its own
  grey in a grayscale print and the two ends never print alike.
* ``share``: shares (fraction 0..1 or percent 0..100; one rule per field, ``share_factor``: a
  name that says percent holds percent, otherwise a field whose values all lie in [0, 1] holds
  fractions), labelled in percent, sequential ramp.
* ``value``: anything else (rates, indices), sequential ramp.
* ``categorical``: one colour per value from a {value: (label, colour)} mapping.

A value v is in the first class whose range holds it (lower <= v <= upper), as QGIS's graduated
renderer decides. Districts whose value is NULL, not a finite number or hidden for confidentiality
get no class: the sheet draws them hatched grey on a separate layer ("suppressed / no data").
"""
import math
import re
from dataclasses import dataclass, field as dc_field

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsClassificationCustom,
    QgsClassificationEqualInterval,
    QgsClassificationJenks,
    QgsClassificationPrettyBreaks,
    QgsClassificationQuantile,
    QgsClassificationStandardDeviation,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..compat import label_over_point
from ..errors import InputError, QT_TRANSLATE_NOOP
from ..i18n import sheet_translator

KINDS = ("auto", "lq", "share", "value", "categorical")
METHODS = ("auto", "quantile", "jenks", "equal", "pretty", "stddev", "fixed", "lq", "categorical")
_QGIS_METHODS = {
    "quantile": QgsClassificationQuantile,
    "jenks": QgsClassificationJenks,
    "equal": QgsClassificationEqualInterval,
    "pretty": QgsClassificationPrettyBreaks,
    "stddev": QgsClassificationStandardDeviation,
}

# Lower breaks of the LQ classes, from the middle outwards; the upper breaks are their reciprocals,
# so every class below 1 has a mirror class above 1 of the same width in log space.
LQ_LOWER_BREAKS = (0.95, 0.8, 0.5, 0.25, 0.125)
NEUTRAL_COLOR = "#f7f7f7"      # the neutral middle class (not hatched, unlike "no data")
# The two arms of the diverging LQ ramp, from the neutral middle outwards: orange (light) below
# the average, blue (dark) above it; lightness falls monotonically along each arm and the arms
# interleave in lightness, so a grayscale print keeps every class apart.
LQ_BELOW_STOPS = ("#f7f7f7", "#fee0b6", "#fdb863", "#e08214")
LQ_ABOVE_STOPS = ("#f7f7f7", "#c6dbef", "#2171b5", "#08306b")
SEQUENTIAL_STOPS = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
# Okabe & Ito's colour-blind-safe qualitative palette (without black), for types and codes
QUALITATIVE = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7",
               "#999999")
# LISA classes in the colours GeoDa made usual; "ns" (not significant) grey
LISA_COLORS = {"HH": "#d7191c", "HL": "#fdae61", "LH": "#abd9e9", "LL": "#2c7bb6", "ns": "#d9d9d9"}
MIX_COLOR = "#a6a6a6"
OUTLINE_COLOR = "#8a8a8a"
OUTLINE_WIDTH_MM = 0.1
NODATA_FILL = "#dcdcdc"
NODATA_HATCH = "#7a7a7a"

_LQ_NAME = re.compile(r"(^|_)(lq|quotient|ratio)(_|$)", re.IGNORECASE)
_SHARE_NAME = re.compile(r"(^|_)(share|percentage|percent|pct|anteil|quote)(_|$)", re.IGNORECASE)
_RATE_NAME = re.compile(r"(^|_)(rate|rates|quote|index)(_|$)", re.IGNORECASE)
# rates the plugin writes itself as fractions of the population (participationpotential)
_FRACTION_RATE_NAME = re.compile(r"^part_(statusquo|potential|untapped)_rate$", re.IGNORECASE)


@dataclass
class Classification:
    """Classes of one indicator: what the renderer draws and the legend says.

    ``ranges`` holds (lower, upper) per class (finite; the first class starts at the smallest
    value, the last ends at the largest); ``open_ends`` says whether the first/last class is
    labelled as open ("≤ 0,50", "> 2,00"). For categorical classes ``categories`` holds the values
    and ``ranges`` is empty. ``counts`` is the number of districts per class."""

    kind: str
    method: str
    ranges: list
    colors: list
    labels: list
    decimals: int
    percent_factor: float = 1.0
    neutral_index: int = -1
    nodata_label: str = ""
    notes: list = dc_field(default_factory=list)
    counts: list = dc_field(default_factory=list)
    categories: list = dc_field(default_factory=list)
    locale: object = None
    qgis_method: object = None
    parameters: dict = dc_field(default_factory=dict)
    open_ends: bool = False

    @property
    def breaks(self):
        """The inner class limits, ascending."""
        return [r[1] for r in self.ranges[:-1]]

    def class_of(self, value):
        """Index of the class holding value (first range with lower <= v <= upper, as QGIS's
        graduated renderer), or -1 for NULL / not a finite number / an unknown category."""
        if self.categories:
            key = _category_key(value)
            return self.categories.index(key) if key in self.categories else -1
        if value is None or isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            return -1
        for i, (lo, hi) in enumerate(self.ranges):
            if lo <= value <= hi:
                return i
        if self.open_ends and self.ranges:
            if value < self.ranges[0][0]:
                return 0
            if value > self.ranges[-1][1]:
                return len(self.ranges) - 1
        return -1

    def count(self, values):
        """Fills ``counts`` with the number of values in each class; returns it."""
        counts = [0] * len(self.labels)
        for v in values:
            i = self.class_of(v)
            if i >= 0:
                counts[i] += 1
        self.counts = counts
        return counts

    def legend_labels(self):
        """Labels with the number of districts: '0,50 – 0,80 (123)'; empty classes read '(0)'."""
        if len(self.counts) != len(self.labels):
            return list(self.labels)
        return [f"{label} ({format_number(c, 0, self.locale)})"
                for label, c in zip(self.labels, self.counts)]


def _category_key(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


# ----------------------------------------------------------------------------------------------
# number formatting


def locale_of(locale=None):
    """A QLocale from None (the application default, which QGIS sets from its language setting),
    a language/locale name ('de', 'de_DE') or a QLocale."""
    if locale is None:
        return QLocale()
    if isinstance(locale, QLocale):
        return locale
    name = str(locale)
    if len(name) == 2:
        name = {"de": "de_DE", "en": "en_GB"}.get(name, name)
    return QLocale(name)


def language_of(locale=None):
    """'de' or 'en' for a locale given as locale_of accepts."""
    return "de" if locale_of(locale).language() == QLocale.Language.German else "en"


def format_number(value, decimals, locale=None):
    """value with `decimals` decimals and the locale's decimal separator (no group separator
    below 10 000, as in printed statistics; a thin space as group separator above)."""
    loc = locale_of(locale)
    if abs(value) < 10000:
        loc = QLocale(loc)
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
        return loc.toString(float(value), "f", max(0, int(decimals)))
    text = loc.toString(float(value), "f", max(0, int(decimals)))
    return text.replace(loc.groupSeparator(), "\u202f")


def percent_suffix(locale=None):
    """' %' in German (DIN 5008), '%' in English."""
    return " %" if locale_of(locale).language() == QLocale.Language.German else "%"


def value_formatter(field_name, values=(), locale=None):
    """A function value → text for printing the values of one field (labels on a sheet), decided
    once per field as the legend and the atlas chart do: a share in percent with one decimal
    (fractions ×100, the one rule of share_factor), a quotient with two decimals, whole numbers
    (counts) without decimals, any other value with about three significant digits; the
    locale's decimal separator throughout."""
    kind = detect_kind(field_name)
    vals = finite_values(values)
    if kind == "share":
        factor, suffix = share_factor(field_name, vals), percent_suffix(locale)
        return lambda v: format_number(float(v) * factor, 1, locale) + suffix
    if kind == "lq":
        return lambda v: format_number(float(v), 2, locale)
    if all(float(v).is_integer() for v in vals):
        return lambda v: format_number(float(v), 0, locale)
    typical = sorted(abs(v) for v in vals)[len(vals) // 2] if vals else 0.0
    decimals = 2 if typical < 10 else 1 if typical < 100 else 0
    return lambda v: format_number(float(v), decimals, locale)


# ----------------------------------------------------------------------------------------------
# kind detection and classification


def detect_kind(field_name, values=()):
    """'lq' for ratio-to-average fields (name *_lq, *quotient*, *ratio*), 'share' for share fields
    (name *_share, *percentage*, *anteil*), 'categorical' when the values are text, else 'value'."""
    name = str(field_name)
    if _LQ_NAME.search(name):
        return "lq"
    if _SHARE_NAME.search(name) or _FRACTION_RATE_NAME.search(name):
        return "share"
    if any(isinstance(v, str) for v in values):
        return "categorical"
    return "value"


_PERCENT_NAME = re.compile(r"(^|_)(percentage|percent|pct|prozent|proz)(_|$)", re.IGNORECASE)


def share_factor(field_name, values=()):
    """100 when a share field holds fractions (shown ×100 in percent), 1 when it holds percent.

    One rule per field, never per value: a name that says percent (…_percent, …_pct, …_prozent)
    holds percent whatever its values (0.8 is 0.8 %, not 80 %); otherwise a field whose values
    all lie in [0, 1] holds fractions (the plugin's own *_share and part_*_rate fields)."""
    if _PERCENT_NAME.search(str(field_name)):
        return 1.0
    vals = finite_values(values)
    return 100.0 if vals and min(vals) >= 0.0 and max(vals) <= 1.0 + 1e-9 else 1.0


def is_rate(field_name):
    return bool(_RATE_NAME.search(str(field_name)))


def finite_values(values):
    out = []
    for v in values:
        if v is None or isinstance(v, (bool, str)):
            continue
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(f):
            out.append(f)
    return out


def _gradient(stops):
    """A QgsGradientColorRamp through the colours `stops`, evenly spaced."""
    n = len(stops)
    inner = [QgsGradientStop(i / (n - 1), QColor(c)) for i, c in enumerate(stops[1:-1], start=1)]
    return QgsGradientColorRamp(QColor(stops[0]), QColor(stops[-1]), False, inner)


def sequential_colors(n):
    ramp = _gradient(SEQUENTIAL_STOPS)
    if n == 1:
        return [QColor(ramp.color(0.5))]
    # light to dark, leaving out the palest yellow, which reads as white on paper
    return [QColor(ramp.color(0.08 + 0.92 * i / (n - 1))) for i in range(n)]


def lq_colors(k):
    """2k + 1 colours: k orange ones below the average (dark to light), the neutral middle, k blue
    ones above it (light to dark)."""
    below = _gradient(LQ_BELOW_STOPS)
    above = _gradient(LQ_ABOVE_STOPS)
    low = [QColor(below.color(i / k)) for i in range(k, 0, -1)]
    high = [QColor(above.color(i / k)) for i in range(1, k + 1)]
    return low + [QColor(NEUTRAL_COLOR)] + high


def luminance(color):
    """Grey value 0..255 of a colour as a grayscale print gives it (ITU-R BT.601 weights)."""
    c = QColor(color)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def _fmt_range(lo, hi, fmt, first, last, open_ends, suffix):
    if open_ends and first:
        return f"≤ {fmt(hi)}{suffix}"
    if open_ends and last:
        return f"> {fmt(lo)}{suffix}"
    left, right = fmt(lo), fmt(hi)
    return f"{left} – {right}{suffix}" if left != right else f"{left}{suffix}"


def lq_classification(values, classes=7, locale=None):
    """Fixed classes symmetric around 1 in log space; `classes` is made odd (3..11) so that the
    class 0.95 – 1.05 (around 1) is the neutral middle one."""
    tr = sheet_translator(locale)
    notes = []
    n = int(classes) if classes else 7
    if n % 2 == 0:
        notes.append(tr("{n} classes requested; a ratio to the average needs an odd number of "
                        "classes centred at 1, so {m} are drawn.").format(n=n, m=n + 1))
        n += 1
    n = min(max(n, 3), 2 * len(LQ_LOWER_BREAKS) + 1)
    k = (n - 1) // 2
    lower = sorted(LQ_LOWER_BREAKS[:k])                  # e.g. 0.5, 0.8, 0.95
    upper = [1.0 / b for b in reversed(lower)]           # e.g. 1/0.95, 1.25, 2
    limits = lower + upper
    vals = finite_values(values)
    top = max([1000.0] + vals)           # the last class is open: "> 2,00"
    bounds = [0.0] + limits + [top]
    ranges = list(zip(bounds, bounds[1:]))
    decimals = 2
    fmt = lambda x: format_number(x, decimals, locale)  # noqa: E731
    labels = [_fmt_range(lo, hi, fmt, i == 0, i == n - 1, True, "")
              for i, (lo, hi) in enumerate(ranges)]
    labels[k] += " " + tr("(about average)")
    cls = Classification("lq", "lq", ranges, lq_colors(k), labels, decimals, 1.0, k, notes=notes,
                         locale=locale, qgis_method=QgsClassificationCustom(), open_ends=True)
    cls.count(vals)
    return cls


def _round_breaks(breaks, lo, hi, n):
    """Rounds breaks to two significant digits of the class width (more where needed to keep them
    apart); drops breaks that coincide or fall outside (lo, hi). Returns (breaks, decimals)."""
    inner = sorted({b for b in breaks if lo < b < hi})
    span = hi - lo
    step = span / max(n, 1)
    decimals = 1 - int(math.floor(math.log10(step))) if step > 0 else 2
    decimals = max(decimals, 0)
    for d in range(decimals, decimals + 6):
        rounded = sorted({round(b, d) for b in inner if lo < round(b, d) < hi})
        if len(rounded) == len(inner):
            return rounded, d
    return inner, decimals + 6


def parse_breaks(text):
    """'0.1, 0.2,0.3' (or a list) → [0.1, 0.2, 0.3]; refuses non-numbers and non-ascending lists."""
    if isinstance(text, (list, tuple)):
        items = [str(t) for t in text]
    else:
        text = str(text or "").strip()
        # "0.1,0.2" or "0,1;0,2" (decimal comma when the list is separated by semicolons)
        if ";" in text:
            items = [t.strip().replace(",", ".") for t in text.split(";")]
        else:
            items = [t.strip() for t in text.split(",")]
        items = [t for t in items if t]
    out = []
    for item in items:
        try:
            value = float(str(item).strip())
        except ValueError:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "BREAKS: '{item}' is not a number (write e.g. BREAKS=0.1,0.2,0.3)."),
                item=item) \
                from None
        if not math.isfinite(value):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "BREAKS: '{item}' is not a finite number."),
                item=item)
        out.append(value)
    if not out:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "BREAKS is empty: CLASSIFICATION=fixed needs the class limits, e.g. BREAKS=0.1,0.2,0.3."))
    for a, b in zip(out, out[1:]):
        if not b > a:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "BREAKS must ascend strictly: {b:g} follows {a:g}."),
                b=b, a=a)
    return out


def data_classification(values, method="quantile", classes=5, kind="value", locale=None,
                        breaks=None, field_name=""):
    """Data-driven classes from QGIS's classification methods (quantile, jenks, equal, pretty,
    stddev) or fixed `breaks` (the same limits for every year of a series) on a sequential ramp;
    shares are labelled in percent (a field of fractions 0..1 is multiplied by 100)."""
    tr = sheet_translator(locale)
    notes = []
    vals = finite_values(values)
    if not vals:
        raise InputError(tr("There are no values to classify (all are NULL or suppressed)."))
    lo, hi = min(vals), max(vals)
    factor = share_factor(field_name, vals) if kind == "share" else 1.0
    params = {}
    qmethod = None
    if method == "fixed":
        limits = parse_breaks(breaks)
        bounds = [min(lo, limits[0])] + limits + [max(hi, limits[-1])]
        ranges = list(zip(bounds, bounds[1:]))
        decimals = max(_decimals_of(round(b * factor, 9)) for b in limits)
        open_ends = True
        qmethod = QgsClassificationCustom()
    else:
        n = int(classes) if classes else 5
        if n > 9 or n < 2:
            m = min(max(n, 2), 9)
            notes.append(tr("{n} classes requested; {m} are drawn.").format(n=n, m=m))
            n = m
        method = method if method in _QGIS_METHODS else "quantile"
        qmethod = _QGIS_METHODS[method]()
        if method == "stddev":
            qmethod.setSymmetricMode(False, 0.0, False)
            mean = sum(vals) / len(vals)
            sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / len(vals))
            params = {"mean": mean, "sd": sd}
        if hi == lo:
            inner, decimals = [], 2
        else:
            qranges = qmethod.classes(vals, n)
            raw = [r.upperBound() for r in qranges[:-1]]
            inner, decimals = _round_breaks(raw, lo, hi, n)
        bounds = [lo] + inner + [hi]
        ranges = list(zip(bounds, bounds[1:]))
        if len(ranges) < n:
            notes.append(tr("Only {m} distinct classes could be formed from the values.")
                         .format(m=len(ranges)))
        open_ends = False
    shown = max(0, decimals - (2 if factor == 100.0 else 0))
    if kind == "share":
        shown = min(shown, 2)
    shown = min(shown, 4)
    suffix = percent_suffix(locale) if kind == "share" else ""

    def fmt(x):
        return format_number(x * factor, shown, locale)

    labels = [_fmt_range(a, b, fmt, i == 0, i == len(ranges) - 1, open_ends, suffix)
              for i, (a, b) in enumerate(ranges)]
    if not open_ends:
        # the outer limits are the smallest and largest value: round outwards so they hold them
        def outward(x, up):
            scale = 10 ** shown
            y = x * factor * scale
            return format_number((math.ceil(y - 1e-9) if up else math.floor(y + 1e-9)) / scale,
                                 shown, locale)
        a0, b0 = ranges[0]
        right0 = fmt(b0) if len(ranges) > 1 else outward(b0, True)
        labels[0] = f"{outward(a0, False)} – {right0}{suffix}"
        if len(ranges) > 1:
            a1, b1 = ranges[-1]
            labels[-1] = f"{fmt(a1)} – {outward(b1, True)}{suffix}"
    colors = sequential_colors(len(ranges)) if len(ranges) > 1 else [sequential_colors(3)[1]]
    cls = Classification(kind, method, ranges, colors, labels, shown, factor, notes=notes,
                         locale=locale, qgis_method=qmethod, parameters=params,
                         open_ends=open_ends)
    cls.count(vals)
    return cls


def _decimals_of(x):
    text = repr(float(x))
    if "e" in text:
        return 4
    frac = text.split(".")[1].rstrip("0")
    return min(len(frac), 4)


def lisa_categories(locale=None):
    """{class: (label, colour)} of the LISA classes HH, HL, LH, LL and ns."""
    tr = sheet_translator(locale)
    return {
        "HH": (tr("HH: high, neighbours high"), LISA_COLORS["HH"]),
        "HL": (tr("HL: high, neighbours low"), LISA_COLORS["HL"]),
        "LH": (tr("LH: low, neighbours high"), LISA_COLORS["LH"]),
        "LL": (tr("LL: low, neighbours low"), LISA_COLORS["LL"]),
        "ns": (tr("not significant"), LISA_COLORS["ns"]),
    }


def mix_category(locale=None):
    tr = sheet_translator(locale)
    return {"MIX": (tr("mixed (no dominant milieu)"), MIX_COLOR)}


def categorical_classification(values, mapping=None, locale=None):
    """One class per value. `mapping` {value: (label, colour)} gives the order, labels and colours
    (e.g. a milieu model's codes); values missing from it get the next colour of a colour-blind
    safe palette and their own text as label (and a note). Without a mapping every value found,
    sorted, gets a palette colour."""
    tr = sheet_translator(locale)
    present = []
    for v in values:
        key = _category_key(v)
        if key is not None and key != "" and key not in present:
            present.append(key)
    if not present:
        raise InputError(tr("There are no values to classify (all are NULL or suppressed)."))
    mapping = {str(k): v for k, v in (mapping or {}).items()}
    cats, labels, colors, notes = [], [], [], []
    for key, (label, colour) in mapping.items():
        cats.append(key)
        labels.append(label)
        colors.append(QColor(colour))
    unknown = sorted(k for k in present if k not in mapping)
    if mapping and unknown:
        notes.append(tr("Values without a colour in the model: {v}.").format(v=", ".join(unknown)))
    for i, key in enumerate(unknown):
        cats.append(key)
        labels.append(key)
        colors.append(QColor(QUALITATIVE[i % len(QUALITATIVE)]))
    cls = Classification("categorical", "categorical", [], colors, labels, 0, notes=notes,
                         categories=cats, locale=locale)
    cls.count(values)
    # classes of the model that no district has are left out of a long list (a milieu model has
    # ten milieus; a sheet lists those present), but kept when few (LISA classes: all five)
    if len(cats) > 6:
        keep = [i for i, c in enumerate(cls.counts) if c > 0]
        cls.categories = [cats[i] for i in keep]
        cls.labels = [labels[i] for i in keep]
        cls.colors = [colors[i] for i in keep]
        cls.counts = [cls.counts[i] for i in keep]
    return cls


def categories_for_field(field_name, values, locale=None, model=None):
    """The default {value: (label, colour)} for a text field: LISA classes for *_lisa, the milieu
    model's names and colours (plus MIX) for milieu codes, else None (palette colours)."""
    name = str(field_name).lower()
    keys = {_category_key(v) for v in values} - {None, ""}
    if name.endswith("_lisa") or (keys and keys <= set(LISA_COLORS)):
        return lisa_categories(locale)
    if model is not None:
        names = model.names_de if language_of(locale) == "de" else \
            [en or de for en, de in zip(model.names_en, model.names_de)]
        mapping = {str(c): (n, col) for c, n, col in zip(model.codes, names, model.colours)}
        if keys & set(mapping) or "MIX" in keys:
            mapping.update(mix_category(locale))
            return mapping
    if "MIX" in keys:
        return mix_category(locale)
    return None


def classify(values, field_name="", kind="auto", method="auto", classes=0, locale=None,
             breaks=None, categories=None):
    """Classification for the values of one field (see the module docstring for the kinds).
    method: auto, quantile, jenks, equal, pretty, stddev, fixed (with `breaks`), lq or
    categorical (with an optional `categories` mapping {value: (label, colour)})."""
    tr = sheet_translator(locale)
    if kind not in KINDS:
        raise InputError(tr("Unknown kind '{k}'; use one of {ks}.").format(k=kind, ks=", ".join(KINDS)))
    if method not in METHODS:
        raise InputError(tr("Unknown classification '{m}'.").format(m=method))
    if method == "lq":
        kind = "lq"
    if method == "categorical":
        kind = "categorical"
    if kind == "auto":
        kind = detect_kind(field_name, values)
    if kind == "categorical":
        if categories is None:
            categories = categories_for_field(field_name, values, locale)
        cls = categorical_classification(values, categories, locale)
    elif kind == "lq" and method in ("auto", "lq"):
        vals = finite_values(values)
        if vals and min(vals) < 0:
            raise InputError(tr("Field '{f}' has negative values; a ratio to the average (LQ) "
                                "cannot be negative.").format(f=field_name))
        cls = lq_classification(values, classes or 7, locale)
    else:
        cls = data_classification(values, "quantile" if method == "auto" else method,
                                  classes or 5, "value" if kind == "lq" else kind, locale, breaks,
                                  field_name)
    cls.nodata_label = tr("suppressed / no data")
    return cls


# ----------------------------------------------------------------------------------------------
# symbols and renderer


def class_symbol(color):
    return QgsFillSymbol.createSimple({
        "color": QColor(color).name(),
        "outline_color": OUTLINE_COLOR,
        "outline_width": str(OUTLINE_WIDTH_MM),
        "outline_width_unit": "MM",
        "joinstyle": "round",
    })


def nodata_symbol():
    """Light grey fill with dark grey diagonal hatching (built from property maps: a symbol
    assembled from Python-made symbol layers crashed the 3.22 legend model)."""
    symbol = QgsFillSymbol.createSimple({
        "color": NODATA_FILL,
        "outline_color": OUTLINE_COLOR,
        "outline_width": str(OUTLINE_WIDTH_MM),
        "outline_width_unit": "MM",
    })
    hatch = QgsLinePatternFillSymbolLayer.create({
        "angle": "45",
        "distance": "1.2",
        "distance_unit": "MM",
        "line_width": "0.18",
        "line_width_unit": "MM",
        "color": NODATA_HATCH,
    })
    symbol.appendSymbolLayer(hatch)
    return symbol


def build_renderer(field_name, classification, suppress_expression=None, with_counts=True):
    """The QGIS renderer of a classification: QgsGraduatedSymbolRenderer (with its QGIS
    classification method, "Custom" for LQ and fixed breaks) or QgsCategorizedSymbolRenderer.
    `suppress_expression` (QGIS expression, true where the value must be hidden) makes the class
    attribute NULL there, so those districts get no class. Legend labels carry the district
    counts when `with_counts`."""
    attr = QgsExpression.quotedColumnRef(field_name)
    if suppress_expression:
        attr = f"CASE WHEN coalesce(({suppress_expression}), false) THEN NULL ELSE {attr} END"
    labels = classification.legend_labels() if with_counts else list(classification.labels)
    if classification.categories:
        cats = [QgsRendererCategory(value, class_symbol(color), label)
                for value, color, label in zip(classification.categories, classification.colors,
                                               labels)]
        renderer = QgsCategorizedSymbolRenderer(attr if suppress_expression else field_name, cats)
        renderer.setSourceSymbol(class_symbol("#cccccc"))
        return renderer
    ranges = [QgsRendererRange(lo, hi, class_symbol(color), label)
              for (lo, hi), color, label in zip(classification.ranges, classification.colors,
                                                labels)]
    renderer = QgsGraduatedSymbolRenderer(attr if suppress_expression else field_name, ranges)
    renderer.setSourceSymbol(class_symbol("#cccccc"))
    if classification.qgis_method is not None:
        renderer.setClassificationMethod(classification.qgis_method)
    if classification.kind == "lq":
        renderer.setSourceColorRamp(_gradient([c.name() for c in classification.colors]))
    else:
        renderer.setSourceColorRamp(_gradient(SEQUENTIAL_STOPS))
    return renderer


def nodata_layer(layer, field_name, label):
    """A memory copy of the features of `layer` whose `field_name` is NULL, drawn hatched grey
    under the single legend entry `label` (None when there are none)."""
    request = QgsFeatureRequest().setFilterExpression(
        f"{QgsExpression.quotedColumnRef(field_name)} IS NULL")
    copy = layer.materialize(request)
    if copy.featureCount() == 0:
        return None
    copy.setName(label)
    copy.setRenderer(QgsSingleSymbolRenderer(nodata_symbol()))
    return copy


def layer_values(layer, field_name, suppress_expression=None):
    """(values, hidden) of a field: values of visible features (None for NULL), and the number of
    features hidden by the suppression expression."""
    idx = layer.fields().indexOf(field_name)
    if idx < 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer}' has no field '{field_name}'."),
            layer=layer.name(), field_name=field_name)
    expr = None
    ctx = None
    if suppress_expression:
        expr = QgsExpression(suppress_expression)
        if expr.hasParserError():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Suppression expression '{suppress_expression}': {parser_error_string}"),
                suppress_expression=suppress_expression, parser_error_string=expr.parserErrorString())
        ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        expr.prepare(ctx)
    values, hidden = [], 0
    for feat in layer.getFeatures():
        if expr is not None:
            ctx.setFeature(feat)
            if expr.evaluate(ctx):
                hidden += 1
                continue
        v = feat.attribute(idx)
        if v is None or (hasattr(v, "isNull") and v.isNull()):
            values.append(None)
        else:
            values.append(v)
    return values, hidden


def apply_style(layer, field, kind="auto", method="auto", classes=0, locale=None,
                suppress_expression=None, breaks=None, categories=None):
    """Styles `layer` with a graduated (or categorized) renderer of `field` and returns the
    Classification; the Symbology panel shows it as QGIS's own.

    kind: 'auto' (from the field name), 'lq' (ratio to an average: diverging ramp centred at 1,
    classes symmetric around 1), 'share' (percent labels), 'value' or 'categorical'. method:
    see :func:`classify`. locale: None (QGIS language), 'de', 'en' or a QLocale; legend labels
    follow it (decimal comma in German). suppress_expression: optional QGIS expression true for
    districts whose value must not be shown (e.g. '"suppressed"'); they and NULLs get no class.
    Only the layer's renderer is changed."""
    values, _hidden = layer_values(layer, field, suppress_expression)
    cls = classify(values, field, kind, method, classes, locale, breaks, categories)
    layer.setRenderer(build_renderer(field, cls, suppress_expression))
    layer.triggerRepaint()
    return cls


# ----------------------------------------------------------------------------------------------
# counts: proportional circles, never a choropleth

CIRCLE_FILL = "#2b8cbe"
CIRCLE_OUTLINE = "#ffffff"
BASE_FILL = "#eeeeee"


def is_count(field, values=(), field_is_integer=False):
    """A count (persons, households): an integer field, or whole numbers only, whose name says
    neither share, quotient, rate nor index. Counts are drawn as proportional circles: coloured
    areas would let large districts dominate the picture."""
    if detect_kind(field) != "value" or is_rate(field):
        return False
    vals = finite_values(values)
    if not vals or min(vals) < 0:
        return False
    return field_is_integer or all(float(v).is_integer() for v in vals)


def _nice_floor(x):
    """The largest of 1, 2, 2.5, 5 × 10^k not above x."""
    if x <= 0:
        return 0.0
    exp = math.floor(math.log10(x))
    for m in (10, 5, 2.5, 2, 1):
        if m * 10 ** exp <= x * (1 + 1e-12):
            return m * 10 ** exp
    return 10 ** exp


def circle_legend_values(vmax):
    """Three round values for the circle legend: about the largest, a third and a tenth of it."""
    top = _nice_floor(vmax)
    return sorted({v for v in (top, _nice_floor(top / 3), _nice_floor(top / 10)) if v >= 1},
                  reverse=True)


def base_symbol():
    return QgsFillSymbol.createSimple({"color": BASE_FILL, "outline_color": "#b0b0b0",
                                       "outline_width": "0.1", "outline_width_unit": "MM"})


def inhabited_anchors(layer, inhabited):
    """A function: district geometry (in `layer`'s CRS) -> the point where its circle goes, on the
    district's largest piece of inhabited land (`inhabited`: polygons, any CRS), or on the district
    itself where it has none."""
    from qgis.core import QgsCoordinateTransform, QgsProject, QgsSpatialIndex

    transform = None
    if inhabited.crs() != layer.crs():
        transform = QgsCoordinateTransform(inhabited.crs(), layer.crs(), QgsProject.instance())
    pieces, index = {}, QgsSpatialIndex()
    for feat in inhabited.getFeatures(QgsFeatureRequest().setNoAttributes()):
        g = QgsGeometry(feat.geometry())
        if g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        if not g.isGeosValid():
            g = g.makeValid()
        pieces[feat.id()] = g
        index.addFeature(feat.id(), g.boundingBox())

    def anchor(geom):
        best, best_area = None, 0.0
        for fid in index.intersects(geom.boundingBox()):
            part = geom.intersection(pieces[fid])
            if part.isEmpty() or part.type() != QgsWkbTypes.PolygonGeometry:
                continue
            for single in part.asGeometryCollection() if part.isMultipart() else [part]:
                area = single.area()
                if area > best_area:
                    best, best_area = single, area
        return (best if best is not None else geom).pointOnSurface()

    return anchor


def proportional_circles(layer, field_name, locale=None, max_size_mm=6.0, inhabited=None):
    """A point layer (a point on the surface of each district with a value > 0; with `inhabited`,
    on the district's largest piece of inhabited land) whose circles have an area proportional to
    `field_name`, with a collapsed size legend of round values. Returns (layer, maximum value)."""
    from qgis.core import (
        QgsDataDefinedSizeLegend,
        QgsFeature,
        QgsMarkerSymbol,
        QgsProperty,
        QgsSizeScaleTransformer,
        QgsSymbolLayer,
        QgsVectorLayer,
    )

    idx = layer.fields().indexOf(field_name)
    points = QgsVectorLayer(f"Point?crs={layer.crs().authid()}", layer.name(), "memory")
    points.setCrs(layer.crs())
    points.dataProvider().addAttributes([layer.fields().at(idx)])
    points.updateFields()
    feats, vmax = [], 0.0
    anchor = inhabited_anchors(layer, inhabited) if inhabited is not None else None
    request = QgsFeatureRequest().setSubsetOfAttributes([idx])
    for feat in layer.getFeatures(request):
        v = feat.attribute(idx)
        if v is None or (hasattr(v, "isNull") and v.isNull()) or float(v) <= 0:
            continue
        out = QgsFeature(points.fields())
        out.setGeometry(anchor(feat.geometry()) if anchor else feat.geometry().pointOnSurface())
        out.setAttributes([float(v)])
        feats.append(out)
        vmax = max(vmax, float(v))
    # the largest circle first, so small ones stay visible on top
    feats.sort(key=lambda f: -f.attribute(0))
    points.dataProvider().addFeatures(feats)
    points.updateExtents()
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": CIRCLE_FILL,
                                           "outline_color": CIRCLE_OUTLINE,
                                           "outline_width": "0.15", "outline_width_unit": "MM",
                                           "size_unit": "MM"})
    symbol.setOpacity(0.85)
    transformer = QgsSizeScaleTransformer(QgsSizeScaleTransformer.Area, 0.0, vmax or 1.0, 0.0,
                                          max_size_mm, 0.0, 1.0)
    prop = QgsProperty.fromField(field_name)
    prop.setTransformer(transformer)
    symbol.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertySize, prop)
    renderer = QgsSingleSymbolRenderer(symbol)
    legend = QgsDataDefinedSizeLegend()
    legend.setLegendType(QgsDataDefinedSizeLegend.LegendCollapsed)
    tr = sheet_translator(locale)
    legend.setTitle(tr("Number"))             # an empty title would print the field name
    legend.setSymbol(symbol.clone())
    legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(v, format_number(v, 0, locale))
                       for v in circle_legend_values(vmax)])
    renderer.setDataDefinedSizeLegend(legend)
    points.setRenderer(renderer)
    return points, vmax


def label_layer(layer, field_name, size_pt=6.5):
    """Labels `layer` with `field_name` in dark grey with a white halo (buffer), inside the
    polygons, overlapping labels left out."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )

    fmt = QgsTextFormat()
    fmt.setSize(size_pt)
    fmt.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.9)
    fmt.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = field_name
    settings.isExpression = False
    settings.setFormat(fmt)
    settings.placement = label_over_point()
    settings.centroidInside = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def count_classification(values, locale=None):
    """The 'classes' of a count sheet: the circle legend values (for CLASS_BREAKS and the note)."""
    tr = sheet_translator(locale)
    vals = finite_values(values)
    if not vals:
        raise InputError(tr("There are no values to classify (all are NULL or suppressed)."))
    legend = sorted(circle_legend_values(max(vals)))
    cls = Classification("count", "circles", [(v, v) for v in legend], [],
                         [format_number(v, 0, locale) for v in legend], 0, locale=locale)
    cls.nodata_label = tr("suppressed / no data")
    return cls


# ----------------------------------------------------------------------------------------------
# change between two dates: diverging around 0


def change_classification(values, locale=None, percent_points=False):
    """Seven classes symmetric around 0 for a difference of two dates (percentage points when
    `percent_points`: a difference of fractions ×100): a round step s from the typical change,
    limits ±s/5, ±s, ±2s; the middle class is "about unchanged"; orange for a decrease, blue for
    an increase (the LQ ramp, apart in grayscale)."""
    tr = sheet_translator(locale)
    vals = finite_values(values)
    if not vals:
        raise InputError(tr("There are no values to classify (all are NULL or suppressed)."))
    factor = 100.0 if percent_points else 1.0
    # the step from the 90th percentile of the changes, so one outlier (a tiny unit) does not
    # push every other district into the middle class; the outer classes are open
    ordered = sorted(abs(v) for v in vals)
    typical = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))] * factor
    step = _nice_floor(typical / 2.0) if typical > 0 else 1.0
    inner = [-2 * step, -step, -step / 5, step / 5, step, 2 * step]
    limits = [b / factor for b in inner]
    top = max([abs(v) for v in vals] + [abs(limits[-1]) * 2])
    bounds = [-top] + limits + [top]
    ranges = list(zip(bounds, bounds[1:]))
    decimals = max(_decimals_of(round(b, 9)) for b in inner)
    suffix = tr(" pp") if percent_points else ""

    def fmt(x):
        return format_number(x * factor, decimals, locale).replace("-", "−")

    labels = [_fmt_range(lo, hi, fmt, i == 0, i == len(ranges) - 1, True, suffix)
              for i, (lo, hi) in enumerate(ranges)]
    labels[3] += " " + tr("(about unchanged)")
    cls = Classification("change", "change", ranges, lq_colors(3), labels, decimals, factor, 3,
                         locale=locale, qgis_method=QgsClassificationCustom(), open_ends=True)
    cls.count(vals)
    cls.nodata_label = tr("suppressed / no data")
    return cls
