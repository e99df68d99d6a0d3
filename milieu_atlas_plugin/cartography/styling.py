"""Choropleth styling: classification, colour ramps, locale-aware legend labels, renderers.

Three kinds of indicator are told apart:

* ``lq``: location quotients and other ratios to an average (1 = average). Classes are fixed and
  symmetric around 1 in log space (0.5 | 2, 0.8 | 1.25, 0.95 | 1/0.95, ...), drawn on a diverging
  ramp whose middle, neutral class holds 1.
* ``share``: shares (fraction 0..1 or percent 0..100), labelled in percent, sequential ramp.
* ``value``: anything else (counts, rates, indices), sequential ramp.

Districts whose value is NULL, not a finite number, or hidden for confidentiality are drawn hatched
grey under the legend entry "suppressed / no data"; they never get a class colour.

The public entry point for the rest of the plugin is :func:`apply_style`.
"""
import math
import re
from dataclasses import dataclass, field as dc_field

from qgis.core import (
    QgsClassificationJenks,
    QgsColorBrewerColorRamp,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsRuleBasedRenderer,
)
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QColor

from ..errors import InputError
from ..i18n import tr

KINDS = ("auto", "lq", "share", "value")
METHODS = ("auto", "quantile", "jenks", "equal")

# Lower breaks of the LQ classes, from the middle outwards; the upper breaks are their reciprocals,
# so every class below 1 has a mirror class above 1 of the same width in log space.
LQ_LOWER_BREAKS = (0.95, 0.8, 0.5, 0.25, 0.125)
DIVERGING_SCHEME = "BrBG"      # brown below average, blue-green above; neutral grey-white middle
SEQUENTIAL_SCHEME = "YlGnBu"
NEUTRAL_COLOR = "#f5f5f5"      # the middle colour of ColorBrewer's odd diverging schemes
OUTLINE_COLOR = "#8a8a8a"
OUTLINE_WIDTH_MM = 0.1
NODATA_FILL = "#dcdcdc"
NODATA_HATCH = "#7a7a7a"

_LQ_NAME = re.compile(r"(^|_)(lq|quotient|ratio)(_|$)", re.IGNORECASE)
_SHARE_NAME = re.compile(r"(^|_)(share|percentage|percent|pct|anteil|quote)(_|$)", re.IGNORECASE)


@dataclass
class Classification:
    """Classes of one indicator: what the renderer draws and the legend says.

    ``ranges`` holds (lower, upper) per class; None is an open end (first class: below the first
    break, last class: from the last break up). A value v is in class i when lower <= v < upper."""

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

    @property
    def breaks(self):
        """The inner class limits, ascending."""
        return [r[0] for r in self.ranges[1:]]

    def class_of(self, value):
        """Index of the class holding value, or -1 for NULL / not a finite number."""
        if value is None or not isinstance(value, (int, float)) or not math.isfinite(value):
            return -1
        for i, (lo, hi) in enumerate(self.ranges):
            if (lo is None or value >= lo) and (hi is None or value < hi):
                return i
        return -1


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


def format_number(value, decimals, locale=None):
    """value with `decimals` decimals and the locale's decimal separator (no group separator
    below 10 000, as in printed statistics)."""
    loc = locale_of(locale)
    if abs(value) < 10000:
        loc = QLocale(loc)
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "f", max(0, int(decimals)))


def percent_suffix(locale=None):
    """' %' in German (DIN 5008), '%' in English."""
    return " %" if locale_of(locale).language() == QLocale.Language.German else "%"


# ----------------------------------------------------------------------------------------------
# kind detection and classification


def detect_kind(field_name, values=()):
    """'lq' for ratio-to-average fields (name *_lq, *quotient*, *ratio*), 'share' for share fields
    (name *_share, *percentage*, *anteil*), else 'value'."""
    name = str(field_name)
    if _LQ_NAME.search(name):
        return "lq"
    if _SHARE_NAME.search(name):
        return "share"
    return "value"


def finite_values(values):
    out = []
    for v in values:
        if v is None or isinstance(v, bool):
            continue
        try:
            f = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(f):
            out.append(f)
    return out


def _ramp_colors(scheme, n):
    ramp = QgsColorBrewerColorRamp(scheme, n)
    count = ramp.count()
    if count == n:
        return [QColor(ramp.color(i / (n - 1))) for i in range(n)] if n > 1 else [ramp.color(0.5)]
    # more classes than the scheme has colours: interpolate along the scheme
    return [QColor(ramp.color(i / (n - 1))) for i in range(n)]


def lq_classification(values, classes=7, locale=None):
    """Fixed classes symmetric around 1 in log space; `classes` is made odd (3..11) so that the
    class 0.95 – 1.05 (around 1) is the neutral middle one."""
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
    ranges = [(None, limits[0])]
    ranges += [(a, b) for a, b in zip(limits, limits[1:])]
    ranges.append((limits[-1], None))
    decimals = 2
    fmt = lambda x: format_number(x, decimals, locale)  # noqa: E731
    labels = []
    for i, (lo, hi) in enumerate(ranges):
        if lo is None:
            labels.append("< " + fmt(hi))
        elif hi is None:
            labels.append("≥ " + fmt(lo))
        else:
            labels.append(f"{fmt(lo)} – {fmt(hi)}")
    mid = k
    labels[mid] += " " + tr("(about average)")
    colors = _ramp_colors(DIVERGING_SCHEME, n)
    colors[mid] = QColor(NEUTRAL_COLOR)
    return Classification("lq", "lq", ranges, colors, labels, decimals, 1.0, mid, notes=notes)


def _raw_breaks(values, method, n):
    vals = sorted(values)
    lo, hi = vals[0], vals[-1]
    if method == "equal":
        return [lo + (hi - lo) * i / n for i in range(1, n)]
    if method == "jenks":
        ranges = QgsClassificationJenks().classes(vals, n)
        return [r.upperBound() for r in ranges[:-1]]
    # quantile (type 7, as numpy's default)
    out = []
    for i in range(1, n):
        pos = (len(vals) - 1) * i / n
        j = int(math.floor(pos))
        frac = pos - j
        nxt = vals[min(j + 1, len(vals) - 1)]
        out.append(vals[j] + (nxt - vals[j]) * frac)
    return out


def _pretty_breaks(breaks, lo, hi, n):
    """Rounds breaks to two significant digits of the class width (more where needed to keep them
    apart); drops breaks that coincide or fall outside (lo, hi]. Returns (breaks, decimals)."""
    span = hi - lo
    step = span / max(n, 1)
    decimals = 1 - int(math.floor(math.log10(step))) if step > 0 else 2
    for d in range(decimals, decimals + 6):
        rounded = sorted({round(b, d) for b in breaks if lo < round(b, d) <= hi})
        if len(rounded) == len({b for b in breaks if lo < b <= hi}):
            return rounded, d
    return sorted({b for b in breaks if lo < b <= hi}), decimals + 6


def data_classification(values, method="quantile", classes=5, kind="value", locale=None):
    """Data-driven classes (quantile, Jenks natural breaks or equal intervals) on a sequential
    ramp; shares are labelled in percent (a fraction 0..1 is multiplied by 100)."""
    notes = []
    vals = finite_values(values)
    if not vals:
        raise InputError(tr("There are no values to classify (all are NULL or suppressed)."))
    n = int(classes) if classes else 5
    if n > 9 or n < 2:
        m = min(max(n, 2), 9)
        notes.append(tr("{n} classes requested; {m} are drawn.").format(n=n, m=m))
        n = m
    method = method if method in ("quantile", "jenks", "equal") else "quantile"
    lo, hi = min(vals), max(vals)
    factor = 1.0
    if kind == "share":
        factor = 100.0 if hi <= 1.0 + 1e-9 else 1.0
    if hi == lo:
        breaks, decimals = [], 2
    else:
        breaks, decimals = _pretty_breaks(_raw_breaks(vals, method, n), lo, hi, n)
        breaks = [b for b in breaks if b < hi]
    ranges = []
    limits = [None] + breaks + [None]
    for a, b in zip(limits, limits[1:]):
        ranges.append((a, b))
    shown = max(0, decimals - (2 if factor == 100.0 else 0))
    if factor == 100.0 or kind == "share":
        shown = min(shown, 2)
    shown = min(shown, 4)

    suffix = percent_suffix(locale) if kind == "share" else ""

    def fmt(x, rounding=None):
        x = x * factor
        if rounding == "down":
            x = math.floor(x * 10 ** shown) / 10 ** shown
        elif rounding == "up":
            x = math.ceil(x * 10 ** shown) / 10 ** shown
        return format_number(x, shown, locale)

    labels = []
    for a, b in ranges:
        left = fmt(lo, "down") if a is None else fmt(a)
        right = fmt(hi, "up") if b is None else fmt(b)
        labels.append(f"{left} – {right}{suffix}" if left != right else f"{left}{suffix}")
    colors = _ramp_colors(SEQUENTIAL_SCHEME, max(len(ranges), 3))
    if len(ranges) < 3:
        colors = [colors[1]] if len(ranges) == 1 else [colors[0], colors[2]]
    if len(ranges) < n:
        notes.append(tr("Only {m} distinct classes could be formed from the values.")
                     .format(m=len(ranges)))
    return Classification(kind, method, ranges, colors, labels, shown, factor, notes=notes)


def classify(values, field_name="", kind="auto", method="auto", classes=0, locale=None):
    """Classification for the values of one field (see the module docstring for the kinds)."""
    if kind not in KINDS:
        raise InputError(tr("Unknown kind '{k}'; use one of {ks}.").format(k=kind, ks=", ".join(KINDS)))
    if method not in METHODS + ("lq",):
        raise InputError(tr("Unknown classification '{m}'.").format(m=method))
    if method == "lq":
        kind = "lq"
    if kind == "auto":
        kind = detect_kind(field_name, values)
    if kind == "lq":
        vals = finite_values(values)
        if vals and min(vals) < 0:
            raise InputError(tr("Field '{f}' has negative values; a ratio to the average (LQ) "
                                "cannot be negative.").format(f=field_name))
        cls = lq_classification(values, classes or 7, locale)
    else:
        cls = data_classification(values, "quantile" if method == "auto" else method,
                                  classes or 5, kind, locale)
    cls.nodata_label = tr("suppressed / no data")
    return cls


# ----------------------------------------------------------------------------------------------
# symbols and renderer


def class_symbol(color):
    symbol = QgsFillSymbol.createSimple({
        "color": QColor(color).name(),
        "outline_color": OUTLINE_COLOR,
        "outline_width": str(OUTLINE_WIDTH_MM),
        "outline_width_unit": "MM",
        "joinstyle": "round",
    })
    return symbol


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


def _num(x):
    return repr(float(x))


def build_renderer(field_name, classification, suppress_expression=None, show_nodata=True):
    """A rule-based renderer: one rule per class (in legend order) and a last rule, hatched grey,
    for NULL / suppressed / non-finite values (the complement of the class rules).
    `suppress_expression` (QGIS expression, true where the value must be hidden) keeps those
    districts out of every class."""
    ref = QgsExpression.quotedColumnRef(field_name)
    root = QgsRuleBasedRenderer.Rule(None)
    guard = f"{ref} IS NOT NULL"
    if suppress_expression:
        guard = f"NOT coalesce(({suppress_expression}), false) AND {guard}"
    filters = []
    for (lo, hi), color, label in zip(classification.ranges, classification.colors,
                                      classification.labels):
        parts = [guard]
        if lo is not None:
            parts.append(f"{ref} >= {_num(lo)}")
        if hi is not None:
            parts.append(f"{ref} < {_num(hi)}")
        filters.append(" AND ".join(parts))
        root.appendChild(QgsRuleBasedRenderer.Rule(class_symbol(color), 0, 0, filters[-1], label))
    if show_nodata:
        # the exact complement of the class rules (not an ELSE rule, which
        # symbolsForFeature reports for every feature)
        nodata = "NOT coalesce(" + " OR ".join(f"({f})" for f in filters) + ", false)"
        root.appendChild(QgsRuleBasedRenderer.Rule(nodata_symbol(), 0, 0, nodata,
                                                   classification.nodata_label))
    return QgsRuleBasedRenderer(root)


def layer_values(layer, field_name, suppress_expression=None):
    """(values, hidden) of a field: values of visible features (None for NULL), and the number of
    features hidden by the suppression expression."""
    idx = layer.fields().indexOf(field_name)
    if idx < 0:
        raise InputError(tr("Layer '{l}' has no field '{f}'.").format(l=layer.name(), f=field_name))
    expr = None
    ctx = None
    if suppress_expression:
        expr = QgsExpression(suppress_expression)
        if expr.hasParserError():
            raise InputError(tr("Suppression expression '{e}': {m}")
                             .format(e=suppress_expression, m=expr.parserErrorString()))
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
                suppress_expression=None):
    """Styles `layer` as a choropleth of numeric `field` and returns the Classification.

    kind: 'auto' (from the field name), 'lq' (ratio to an average: diverging ramp centred at 1,
    classes symmetric around 1), 'share' (percent labels) or 'value'. method: 'auto'/'quantile',
    'jenks' or 'equal' (ignored for 'lq'). classes: number of classes (0 = 7 for LQ, 5 otherwise).
    locale: None (QGIS language), 'de', 'en' or a QLocale; legend labels follow it (decimal comma
    in German). suppress_expression: optional QGIS expression true for districts whose value must
    not be shown (e.g. '"suppressed"' or '"total" < 3'); they and NULLs are drawn hatched grey as
    "suppressed / no data". Only the layer's renderer is changed."""
    values, hidden = layer_values(layer, field, suppress_expression)
    cls = classify(values, field, kind, method, classes, locale)
    has_nodata = hidden > 0 or any(c < 0 for c in map(_safe_class(cls), values))
    layer.setRenderer(build_renderer(field, cls, suppress_expression, show_nodata=has_nodata))
    layer.triggerRepaint()
    return cls


def _safe_class(cls):
    def f(v):
        try:
            return cls.class_of(float(v)) if v is not None else -1
        except (TypeError, ValueError):
            return -1
    return f
