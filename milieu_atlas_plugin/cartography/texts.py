"""Readable sheet texts derived from field and layer names, in the sheet's language.

A field name such as ``ew_mh_lq`` never reaches the sheet as such: :func:`describe_field` turns it
into a title ("Location quotient: residents with a migration background"), a legend title and a
one-line reading aid; :func:`readable_layer_name` turns a file-like layer name
("berlin-lor-districts") into a name for people ("Bezirke"). Every string is a whole translatable
template (``tr("Share: {g}")``), never assembled from fragments.
"""
import re
from dataclasses import dataclass

from ..i18n import sheet_translator

_PREFIXES = ("ew_", "einw_", "pop_", "n_")


@dataclass
class FieldText:
    title: str
    legend_title: str
    what: str
    reading_aid: str
    derived_from_name: bool = False


def group_name(token, tr, model=None):
    """(readable name, known) of a group token such as 'mh', 'foreign' or a milieu code."""
    raw = str(token)
    t = raw.lower()
    for prefix in _PREFIXES:
        if t.startswith(prefix) and len(t) > len(prefix):
            t = t[len(prefix):]
    if t in ("mh", "migration_background", "with_migration_background", "migbg", "migh",
             "inhabitants_with_migration_background"):
        return tr("residents with a migration background"), True
    if t in ("foreign", "foreigners", "auslaender", "ausl", "non_german", "foreign_nationals",
             "inhabitants_foreigners", "foreign_residents"):
        return tr("foreign residents"), True
    if t in ("german", "germans", "deutsche", "de"):
        return tr("German residents"), True
    if t in ("eu", "eu_citizens"):
        return tr("EU citizens"), True
    if t in ("total", "inhabitants", "residents", "population", "einwohner", "ew"):
        return tr("residents"), True
    m = re.fullmatch(r"mil_(.+)", raw)
    if m:
        code = m.group(1)
        name = milieu_name(code, tr, model)
        if name:
            return name, True
        return tr("milieu {c}").format(c=code), True
    return raw.replace("_", " "), False


def milieu_name(code, tr, model=None):
    if model is None:
        return None
    codes = [str(c) for c in model.codes]
    if str(code) not in codes:
        return None
    i = codes.index(str(code))
    if getattr(tr, "language", "en") == "de":
        return model.names_de[i]
    return model.names_en[i] or model.names_de[i]


def describe_field(field, kind, language=None, model=None):
    """FieldText for an indicator field of the given kind (lq, share, value, categorical)."""
    tr = sheet_translator(language)
    name = str(field)
    low = name.lower()
    if low in ("mil_dominant", "dominant", "dominant_milieu"):
        return FieldText(tr("Dominant milieu"), tr("Dominant milieu"), tr("dominant milieu"),
                         tr("Colour: the milieu with the largest share in the district; "
                            "'mixed': no milieu leads clearly."))
    if low in ("type_label", "type_id", "type"):
        return FieldText(tr("District types"), tr("Type"), tr("district type"),
                         tr("Districts of one type have a similar composition."))
    if low.endswith("_lisa"):
        g, known = group_name(name[:-5], tr, model)
        return FieldText(tr("Local clusters (LISA): {g}").format(g=g), tr("LISA class"),
                         tr("local Moran's I clusters of the share of {g}").format(g=g),
                         tr("HH: high share among high neighbours, LL: low among low; "
                            "HL, LH: outliers; ns: not significant."), not known)
    part = {"part_untapped_rate": (tr("Untapped participation potential"),
                                   tr("untapped participation potential (rate)"),
                                   tr("Share of the households who would take part but have not "
                                      "(potential minus status quo).")),
            "part_potential_rate": (tr("Participation potential"),
                                    tr("participation potential (rate)"),
                                    tr("Share of the households who would take part (potential).")),
            "part_statusquo_rate": (tr("Participation (status quo)"),
                                    tr("participation, status quo (rate)"),
                                    tr("Share of the households who have taken part (status quo)."))}
    if low in part:
        title, what, aid = part[low]
        return FieldText(title, tr("Rate (%)"), what, aid)
    if kind == "lq":
        base = re.sub(r"_?(lq|quotient|ratio)$", "", name, flags=re.IGNORECASE) or name
        g, known = group_name(base, tr, model)
        return FieldText(tr("Location quotient: {g}").format(g=g),
                         tr("Location quotient\n(1 = city average)"),
                         tr("location quotient of {g} (share in the district ÷ share in the "
                            "city)").format(g=g),
                         tr("LQ > 1: share above the city average; LQ < 1: below it."),
                         not known)
    if kind == "share":
        base = re.sub(r"_?(share|percentage|percent|pct|anteil|quote)$", "", name,
                      flags=re.IGNORECASE) or name
        g, known = group_name(base, tr, model)
        return FieldText(tr("Share: {g}").format(g=g), tr("Share in percent"),
                         tr("share of {g} in all residents, in percent").format(g=g),
                         tr("Darker colour: higher share."), not known)
    if kind == "categorical":
        g, known = group_name(name, tr, model)
        return FieldText(g[:1].upper() + g[1:], g[:1].upper() + g[1:], g, "", not known)
    g, known = group_name(name, tr, model)
    cap = g[:1].upper() + g[1:]
    return FieldText(cap, cap, g, tr("Darker colour: higher value."), not known)


_KNOWN_LAYERS = (
    (re.compile(r"planungsr|planning.?area|(^|[^a-z])plr([^a-z]|$)", re.I), "Planungsräume"),
    (re.compile(r"bezirksregion|district.?region|(^|[^a-z])bzr([^a-z]|$)", re.I), "Bezirksregionen"),
    (re.compile(r"prognoseraum|forecast.?area|(^|[^a-z])pgr([^a-z]|$)", re.I), "Prognoseräume"),
    (re.compile(r"bezirk|(^|[^a-z])lor.?districts?($|[^a-z])", re.I), "Bezirke"),
    (re.compile(r"ortsteil", re.I), "Ortsteile"),
    (re.compile(r"stadtteil", re.I), "Stadtteile"),
)


_UNITS = object()


def readable_layer_name(name, language=None, fallback=_UNITS):
    """'berlin-lor-districts' → 'Bezirke', 'lor_planungsraeume_2021' → 'Planungsräume'; a name
    that already reads like words (with a space) is kept; any other file-like name ('out_3',
    'lisa-in') becomes `fallback`: by default the plain word for the units, "districts" ('Gebiete'),
    which suits a layer of units only (other layers pass None and say nothing of the name)."""
    text = str(name or "").strip()
    text = re.sub(r"\.(shp|gpkg|geojson|json|csv|xlsx|tab|fgb)$", "", text, flags=re.I)
    if " " in text and not re.search(r"[_]|\.", text):
        return text
    for pattern, readable in _KNOWN_LAYERS:
        if pattern.search(text):
            return readable
    if fallback is not _UNITS:
        return fallback
    tr = sheet_translator(language)
    return tr("districts")


def lisa_settings_text(permutations, alpha, fdr, language=None):
    """The line a LISA sheet states: 'LISA clusters (999 permutations, p ≤ 0.05, FDR-corrected);
    ns = not significant.' from the settings localmeasures records on every feature
    (lisa_permutations, lisa_alpha, lisa_fdr); the numbers in the sheet's language."""
    from .styling import _decimals_of, format_number

    tr = sheet_translator(language)
    n = format_number(int(permutations), 0, language)
    a = format_number(float(alpha), max(2, _decimals_of(float(alpha))), language)
    if fdr:
        return tr("LISA clusters ({n} permutations, p ≤ {a}, FDR-corrected); ns = not "
                  "significant.").format(n=n, a=a)
    return tr("LISA clusters ({n} permutations, p ≤ {a}, not FDR-corrected); ns = not "
              "significant.").format(n=n, a=a)
