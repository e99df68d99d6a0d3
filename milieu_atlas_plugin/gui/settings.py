"""What the dock panel's widgets are bound to, and the Processing chain it turns into.

No widget and no computation here: the settings say which layers, fields, options and folder the
user chose; `build_chain` turns them into the parameters of the public algorithms (contracts.md)
that the task runs, `sheet_params`/`atlas_params` those of the sheets. `to_state`/`from_state`
make them storable in the project (.qgz) and in QgsSettings. Kept free of widgets so all of this
is tested on its own."""
import json
import os
from dataclasses import dataclass, field, fields
from datetime import datetime

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..i18n import tr
from .index_names import FAMILIES

JOIN_ID = "milieuatlas:jointodistricts"
FIELD_CALCULATOR_ID = "native:fieldcalculator"  # QGIS's own: the derived counts of percentages
LOCAL_ID = "milieuatlas:localmeasures"
INDICES_ID = "milieuatlas:segregationindices"
MILIEU_ID = "milieuatlas:milieulocalisation"
PARTICIPATION_ID = "milieuatlas:participationpotential"
TYPOLOGY_ID = "milieuatlas:districttypology"
MAPSHEET_ID = "milieuatlas:mapsheet"
ATLAS_ID = "milieuatlas:atlas"

# Columns of the segregation index table shown in the dock (a subset of the contract's schema).
INDEX_COLUMNS = ("name", "index", "value", "expected", "p_value", "group", "units", "note")

PROJECT_SCOPE = "MilieuAtlas"  # QgsProject.writeEntry scope and QgsSettings group
CLASSIFICATIONS = ("auto", "quantile", "jenks", "equal", "pretty", "stddev", "lq", "categorical")
TEMPLATES = ("a4_landscape", "a4_portrait", "a3_landscape")
MILIEU_CODES = ("REL", "ARB", "ENT", "STA", "ADI", "KOS", "PER", "HED")

TOTAL_NAMES = ("inhabitants", "einwohner", "ew_gesamt", "ew_insgesamt", "ew", "insgesamt", "total",
               "gesamt", "bevoelkerung", "bevölkerung", "population", "pop", "households", "haushalte")
# Parts of field names of groups in German and English statistics.
GROUP_HINTS = ("migrationshintergrund", "migration", "auslaender", "ausländer", "auslaend",
               "foreign", "nichtdeutsch", "mh", "mig")
PERCENT_HINTS = ("anteil", "prozent", "percent", "pct", "proz", "quote", "share", "rate", "%")


def _words(name):
    """The parts of a field name split at _ - space and digits: 'EW_MH_2024' → ['ew', 'mh']."""
    import re

    return [w for w in re.split(r"[^a-zäöüß]+", name.lower()) if w]


def guess_total_field(names):
    """The field most likely to hold the total population (first by TOTAL_NAMES), or None.
    `names` should be the numeric fields only (the caller filters; a key like PLR_ID is no total)."""
    lowered = {n.lower(): n for n in names}
    for wanted in TOTAL_NAMES:
        if wanted in lowered:
            return lowered[wanted]
    for wanted in TOTAL_NAMES:
        for low, name in lowered.items():
            if wanted in _words(low) and not looks_like_percentage_name(low):
                return name
    return None


def guess_group_fields(names, total=""):
    """Count fields whose names say migration background, foreigners or a milieu code."""
    out = []
    for name in names:
        if name == total or looks_like_percentage_name(name):
            continue
        if any(w in ("without", "ohne") for w in _words(name)):
            continue
        words = _words(name)
        low = name.lower()
        if any(h in words or (len(h) > 3 and h in low) for h in GROUP_HINTS) or \
                any(code.lower() in words for code in MILIEU_CODES):
            out.append(name)
    return out


def looks_like_percentage_name(name):
    words = _words(name)
    low = name.lower()
    return any(h in words or (len(h) > 4 and h in low) for h in PERCENT_HINTS) or "%" in name


def looks_like_percentage(name, maximum, total_sum, field_sum):
    """A field that looks like a percentage: by its name, or all values ≤ 100 summing to less
    than a tenth of the totals."""
    by_name = looks_like_percentage_name(name)
    by_values = bool(maximum is not None and total_sum and field_sum is not None and maximum <= 100
                     and field_sum < 0.1 * total_sum)
    return by_name or by_values


def percentage_message(name):
    return tr("'{0}' looks like a percentage, not a count: the indices need counts of "
              "people. Choose a count field, or convert the percentage into counts with "
              "the total.").format(name)


def percentage_warning(name, maximum, total_sum, field_sum):
    """A translated warning when a count field looks like a percentage, else ''."""
    if looks_like_percentage(name, maximum, total_sum, field_sum):
        return percentage_message(name)
    return ""


def count_name(name):
    """The name of the count derived from a percentage field: the percentage words left out,
    '_count' added ('inhabitants_with_migration_background_percentage' →
    'inhabitants_with_migration_background_count', 'Anteil_MH' → 'MH_count')."""
    import re

    parts = [p for p in re.split(r"[_\s%-]+", name) if p]
    kept = [p for p in parts if p.lower() not in PERCENT_HINTS + ("percentage", "prozentsatz")]
    return "_".join(kept or parts or ["group"]) + "_count"


def conversion_formula(percent_field, total_field):
    """The count of a percentage: percent × total ÷ 100, rounded to whole people (text fields of
    a CSV included; NULL where either is missing)."""
    from qgis.core import QgsExpression

    p, t = QgsExpression.quotedColumnRef(percent_field), QgsExpression.quotedColumnRef(total_field)
    return f"round(to_real({p}) * to_real({t}) / 100)"


def default_output_dir(project_path="", documents=""):
    """Beside the project file (folder 'milieu_atlas'), else in the user's documents."""
    if project_path:
        return os.path.join(os.path.dirname(os.path.abspath(project_path)), "milieu_atlas")
    if not documents:
        from qgis.PyQt.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
            or os.path.expanduser("~")
    return os.path.join(documents, "Milieu Atlas")


@dataclass(frozen=True)
class LayerInput:
    """A layer as the worker thread re-opens it: provider, source and name (never the layer object
    of the project, which belongs to the main thread). Memory layers cannot be re-opened from their
    source; for them `layer` keeps the project's layer, read only."""
    source: str
    provider: str
    name: str
    layer: object = None
    kind: str = "vector"

    @classmethod
    def from_layer(cls, layer):
        if layer is None:
            return None
        provider = layer.providerType()
        keep = layer if provider == "memory" else None
        kind = "raster" if layer.type() == layer.RasterLayer else "vector"
        return cls(layer.source(), provider, layer.name(), keep, kind)


@dataclass
class Step:
    """One algorithm of the chain: its id, its parameters, and a label for the progress text."""
    alg_id: str
    params: dict
    label: str  # short: shown inside the progress bar of a narrow dock


@dataclass
class Chain:
    steps: list
    run_dir: str
    result_layer: str  # the district layer with <group>_share and <group>_lq
    index_table: str  # the CSV of segregation indices
    lq_field: str  # the field the result layer is styled on
    milieu_layer: str = ""  # districts with milieu profile (participation, types): last of the chain
    rasters: tuple = ()  # (path, translated name) of the milieu rasters
    accounting: str = ""


# Indicators the sheet can show: key → label template (translated; {0} the group).
INDICATOR_LABELS = {
    "lq": QT_TRANSLATE_NOOP("@default", "Location quotient: {0}"),
    "share": QT_TRANSLATE_NOOP("@default", "Share of the population: {0}"),
    "dominant": QT_TRANSLATE_NOOP("@default", "Dominant milieu"),
    "untapped": QT_TRANSLATE_NOOP("@default", "Untapped participation potential"),
    "type": QT_TRANSLATE_NOOP("@default", "District type"),
}


@dataclass
class DockSettings:
    """The choices in the dock. Layers are QGIS layer objects (or None); fields are names."""
    # 1 Daten
    districts_layer: object = None
    district_key: str = ""
    table_layer: object = None  # optional: counts joined by key; None → counts on the districts
    table_key: str = ""
    total_field: str = ""
    group_fields: list = field(default_factory=list)
    # ticked percentage fields the run converts into counts (percent × total ÷ 100) in a copy of
    # the counts layer; the layer itself is never changed
    conversions: list = field(default_factory=list)
    milieu_layer: object = None  # optional: address points or polygons with milieu households
    weight_raster: object = None  # optional: dasymetric weights (a polygon source is split by it)
    levels_layer: object = None  # optional: a coarser level (Bezirke): outlines on the sheets
    # 2 Analyse
    families: list = field(default_factory=lambda: ["evenness"])
    permutations: int = 99
    level_field: str = ""  # parent unit field of the districts (between/within decomposition)
    participation: bool = True
    rates_file: str = ""
    typology: bool = True
    # 3 Karten und Druck
    indicator: str = ""  # "lq:<group>", "share:<group>", "dominant", "untapped", "type"
    classification: str = "auto"
    template: str = "a4_landscape"
    title: str = ""
    subtitle: str = ""
    source_text: str = ""
    year: str = ""
    confidentiality: bool = True
    min_count: int = 3
    min_population: int = 300
    atlas: bool = False
    output_dir: str = field(default_factory=default_output_dir)

    LAYER_FIELDS = ("districts_layer", "table_layer", "milieu_layer", "weight_raster", "levels_layer")

    def source_layer(self):
        """The layer the count fields are read from: the table if one is chosen, else the districts."""
        return self.table_layer if self.table_layer is not None else self.districts_layer

    def source_groups(self):
        """The ticked group fields as the layer has them."""
        return [g for g in self.group_fields if g != self.total_field]

    def converted(self):
        """The ticked percentage fields converted into counts for the run."""
        return [g for g in self.source_groups() if g in self.conversions]

    def groups(self):
        """The group counts the run analyses (a converted percentage by its count's name)."""
        return [count_name(g) if g in self.conversions else g for g in self.source_groups()]

    def indicators(self):
        """[(key, translated label)] the sheet can show with the current choices."""
        out = []
        for g in self.groups():
            out.append((f"lq:{g}", tr(INDICATOR_LABELS["lq"]).format(g)))
            out.append((f"share:{g}", tr(INDICATOR_LABELS["share"]).format(g)))
        if self.milieu_layer is not None:
            out.append(("dominant", tr(INDICATOR_LABELS["dominant"])))
            if self.participation:
                out.append(("untapped", tr(INDICATOR_LABELS["untapped"])))
            if self.typology:
                out.append(("type", tr(INDICATOR_LABELS["type"])))
        return out

    def current_indicator(self):
        keys = [k for k, _ in self.indicators()]
        if self.indicator in keys:
            return self.indicator
        return keys[0] if keys else ""

    def problems(self):
        """What keeps the chain from running, one translated sentence each (empty when ready)."""
        out = []
        if self.districts_layer is None:
            out.append(tr("Choose a districts layer."))
        elif not self.district_key and (self.table_layer is not None or self.milieu_layer is not None):
            out.append(tr("Choose the key field of the districts layer."))
        if self.table_layer is not None and self.join_mode() == "key" and not self.table_key:
            out.append(tr("Choose the key field of the table to join."))
        if not self.total_field:
            out.append(tr("Choose the total field."))
        if not self.groups():
            out.append(tr("Tick at least one group field."))
        if not self.families:
            out.append(tr("Tick at least one index family."))
        if self.atlas and not self.district_key:
            out.append(tr("Choose the key field of the districts layer."))
        if not self.output_dir:
            out.append(tr("Choose an output folder."))
        return out

    def join_mode(self):
        """key for a table (or when a key is chosen), points for a point layer, dasymetric for
        polygons with a weight raster, areal for other polygons."""
        layer = self.table_layer
        if layer is None:
            return ""
        geometry = layer.geometryType() if hasattr(layer, "geometryType") else None
        if self.table_key or geometry in (None, 3, 4):  # Null/Unknown geometry: a table
            return "key"
        if geometry == 0:
            return "points"
        return "dasymetric" if self.weight_raster is not None else "areal"

    def new_run_dir(self, now=None):
        """A fresh folder per run inside the output folder, so a run never overwrites files that
        an earlier run's layers (still open in the project) are reading."""
        stamp = (now or datetime.now()).strftime("%Y%m%d_%H%M%S")
        path = os.path.join(self.output_dir, f"milieu_atlas_{stamp}")
        n = 1
        candidate = path
        while os.path.exists(candidate):
            n += 1
            candidate = f"{path}_{n}"
        return candidate

    def index_codes(self):
        codes = []
        for fam in self.families:
            codes += list(FAMILIES[fam][1])
        return codes

    def build_chain(self, run_dir):
        """The algorithms to run, in order, with every output written into run_dir."""
        groups = self.groups()
        steps = []
        districts = LayerInput.from_layer(self.districts_layer)
        counts_layer = districts
        accounting = ""
        # percentages converted into counts in a copy of the counts layer (the table, else the
        # districts), which the chain then reads instead
        converted_source = LayerInput.from_layer(self.source_layer())
        converted = self.converted()
        for i, name in enumerate(converted):
            last = i == len(converted) - 1
            out = os.path.join(run_dir, "counts_converted.gpkg" if last
                               else f"counts_converted_{i + 1}.gpkg")
            steps.append(Step(FIELD_CALCULATOR_ID, {
                "INPUT": converted_source, "FIELD_NAME": count_name(name), "FIELD_TYPE": 0,
                "FIELD_LENGTH": 20, "FIELD_PRECISION": 0,
                "FORMULA": conversion_formula(name, self.total_field), "OUTPUT": out,
            }, tr("Percent into counts")))
            converted_source = out
        if converted and self.table_layer is None:
            counts_layer = converted_source
        if self.table_layer is not None:
            joined = os.path.join(run_dir, "districts_joined.gpkg")
            accounting = os.path.join(run_dir, "accounting.csv")
            mode = self.join_mode()
            params = {
                "DISTRICTS": districts,
                "DISTRICT_KEY": self.district_key,
                "SOURCE": converted_source,
                "MODE": mode,
                # Counts carried under their own names; the total is one of them (TOTAL_FIELD is
                # only for share fields, contracts.md).
                "FIELDS": [self.total_field] + groups,
                "FIELDS_ARE_SHARES": False,
                "OUTPUT": joined,
                "UNMATCHED": os.path.join(run_dir, "unmatched.csv"),
                "ACCOUNTING": accounting,
            }
            if mode == "key":
                params["SOURCE_KEY"] = self.table_key
            if mode == "dasymetric":
                params["WEIGHT_RASTER"] = LayerInput.from_layer(self.weight_raster)
            steps.append(Step(JOIN_ID, params, tr("Joining the table")))
            counts_layer = joined
        local = os.path.join(run_dir, "local_measures.gpkg")
        steps.append(Step(LOCAL_ID, {
            "INPUT": counts_layer,
            "TOTAL_FIELD": self.total_field,
            "GROUP_FIELDS": groups,
            "OUTPUT": local,
        }, tr("Shares and LQ")))
        indices = os.path.join(run_dir, "segregation_indices.csv")
        index_params = {
            "INPUT": counts_layer,
            "TOTAL_FIELD": self.total_field,
            "GROUP_FIELDS": groups,
            "INDICES": self.index_codes(),
            "MULTIGROUP": "multigroup" in self.families,
            "PERMUTATIONS": int(self.permutations),
            "SEED": 1,
            "OUTPUT": indices,
        }
        if self.level_field and "multigroup" in self.families:
            index_params["LEVEL_FIELD"] = self.level_field
            index_params["INDICES"] = self.index_codes() + ["MM_BETWEEN", "MM_WITHIN",
                                                            "MH_BETWEEN", "MH_WITHIN"]
        steps.append(Step(INDICES_ID, index_params, tr("Segregation indices")))
        milieu_out, rasters = "", ()
        if self.milieu_layer is not None:
            milieu_out = os.path.join(run_dir, "districts_milieus.gpkg")
            surface = os.path.join(run_dir, "milieu_surface.tif")
            dominant = os.path.join(run_dir, "milieu_dominant.tif")
            steps.append(Step(MILIEU_ID, {
                "DISTRICTS": districts, "DISTRICT_KEY": self.district_key,
                "MILIEUS": LayerInput.from_layer(self.milieu_layer),
                "OUTPUT": milieu_out, "SURFACE": surface, "DOMINANT_RASTER": dominant,
            }, tr("Milieus")))
            rasters = ((surface, tr("Milieu density (households per hectare)")),
                       (dominant, tr("Dominant milieu (raster)")))
            if self.participation:
                part = os.path.join(run_dir, "districts_participation.gpkg")
                params = {"INPUT": milieu_out, "KEY_FIELD": self.district_key, "OUTPUT": part,
                          "SUMMARY": os.path.join(run_dir, "participation_summary.csv")}
                if self.rates_file:
                    params["RATES"] = self.rates_file
                steps.append(Step(PARTICIPATION_ID, params, tr("Participation")))
                milieu_out = part
            if self.typology:
                types = os.path.join(run_dir, "districts_types.gpkg")
                steps.append(Step(TYPOLOGY_ID, {
                    "INPUT": milieu_out, "FIELDS": [f"mil_{c}_share" for c in MILIEU_CODES],
                    "SEED": 1, "OUTPUT": types,
                    "PROFILE": os.path.join(run_dir, "typology_profile.csv"),
                }, tr("Typology")))
                milieu_out = types
        return Chain(steps=steps, run_dir=run_dir, result_layer=local, index_table=indices,
                     lq_field=f"{groups[0]}_lq" if groups else "", milieu_layer=milieu_out,
                     rasters=rasters, accounting=accounting)

    def sheet_params(self, chain):
        """milieuatlas:mapsheet on the chosen indicator, PDF and PNG in the run folder."""
        key = self.current_indicator()
        labels = dict(self.indicators())
        kind, _, group = key.partition(":")
        if kind in ("lq", "share"):
            layer, fld = chain.result_layer, f"{group}_{kind}"
        else:
            layer = chain.milieu_layer
            fld = {"dominant": "mil_dominant", "untapped": "part_untapped_rate",
                   "type": "type_label"}[kind]
        # named like the units (the sheet's note says "on 542 Planungsräume"), read from the run
        units = self.districts_layer.name() if self.districts_layer is not None else ""
        params = {
            "INPUT": LayerInput(layer, "ogr", units or os.path.basename(layer)),
            "FIELD": fld,
            "TITLE": self.title.strip() or labels.get(key, fld),
            "SUBTITLE": self.subtitle.strip(),
            "SOURCE_TEXT": self.source_text.strip(),
            "YEAR": self.year.strip(),
            "CLASSIFICATION": self.classification,
            "TEMPLATE": self.template,
            "OUTPUT_PDF": os.path.join(chain.run_dir, f"sheet_{fld}.pdf"),
            "OUTPUT_PNG": os.path.join(chain.run_dir, f"sheet_{fld}.png"),
        }
        if self.confidentiality:
            if kind in ("lq", "share"):
                params.update({"COUNT_FIELD": group, "MIN_COUNT": int(self.min_count),
                               "POPULATION_FIELD": self.total_field,
                               "MIN_POPULATION": int(self.min_population)})
            else:
                params["SUPPRESS_FIELD"] = "suppressed"
        else:
            params.update({"MIN_COUNT": 0, "MIN_POPULATION": 0})
        if self.levels_layer is not None:
            params["BOUNDARIES"] = LayerInput.from_layer(self.levels_layer)
            params["BOUNDARIES_NAME"] = self.levels_layer.name()
        return params

    def atlas_params(self, chain):
        """milieuatlas:atlas: one page per district with every group's share and LQ."""
        groups = self.groups()
        params = {
            "INPUT": chain.result_layer,
            "KEY_FIELD": self.district_key or "fid",
            "FIELDS": [f"{g}_{k}" for g in groups for k in ("share", "lq")],
            "TITLE": self.title.strip(),
            "SOURCE_TEXT": self.source_text.strip(),
            "YEAR": self.year.strip(),
            "OUTPUT_PDF": os.path.join(chain.run_dir, "atlas.pdf"),
        }
        if self.confidentiality and groups:
            params.update({"COUNT_FIELD": groups[0], "MIN_COUNT": int(self.min_count)})
        return params

    # Persistence ------------------------------------------------------------------------------
    def to_state(self):
        """A JSON-able dict: layers by their project id, everything else as chosen."""
        state = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in self.LAYER_FIELDS:
                value = value.id() if value is not None else ""
            state[f.name] = value
        return state

    def apply_state(self, state, project):
        """Takes the choices of `state` (from to_state); layers are looked up in `project`, and
        a layer that is gone leaves the choice as it was."""
        names = {f.name: f for f in fields(self)}
        for name, value in state.items():
            if name not in names:
                continue
            if name in self.LAYER_FIELDS:
                value = project.mapLayer(value) if value else None
            elif isinstance(getattr(self, name), bool):
                value = bool(value)
            elif isinstance(getattr(self, name), int):
                try:
                    value = int(value)
                except (TypeError, ValueError):
                    continue
            setattr(self, name, value)
        return self

    def write_to_project(self, project):
        project.writeEntry(PROJECT_SCOPE, "state", json.dumps(self.to_state()))

    @staticmethod
    def read_project_state(project):
        text, ok = project.readEntry(PROJECT_SCOPE, "state", "")
        if not ok or not text:
            return {}
        try:
            state = json.loads(text)
        except ValueError:
            return {}
        return state if isinstance(state, dict) else {}
