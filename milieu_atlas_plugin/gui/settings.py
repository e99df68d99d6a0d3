"""What the dock panel's widgets are bound to, and the Processing chain it turns into.

No widget and no computation here: the settings say which layers, fields and folder the user chose;
`build_chain` turns them into the parameters of the public algorithms (contracts.md) that the task
runs. Kept free of widgets so the parameter building is tested on its own."""
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime

from ..i18n import tr

JOIN_ID = "milieuatlas:jointodistricts"
LOCAL_ID = "milieuatlas:localmeasures"
INDICES_ID = "milieuatlas:segregationindices"
MAPSHEET_ID = "milieuatlas:mapsheet"

# Columns of the segregation index table shown in the dock (a subset of the contract's schema).
# Numbers first: the group names are long and would push them out of a narrow dock.
INDEX_COLUMNS = ("index", "value", "expected", "p_value", "group", "units", "note")
# Random allocations behind the "expected" column (small-unit bias of D, contracts.md) and p.
DOCK_PERMUTATIONS = 99


TOTAL_NAMES = ("inhabitants", "einwohner", "ew_gesamt", "ew", "insgesamt", "total", "gesamt",
               "bevoelkerung", "bevölkerung", "population", "pop")


def guess_total_field(names):
    """The field most likely to hold the total population (first by the list above), or None."""
    lowered = {n.lower(): n for n in names}
    for wanted in TOTAL_NAMES:
        if wanted in lowered:
            return lowered[wanted]
    for wanted in TOTAL_NAMES:
        for low, name in lowered.items():
            if low.startswith(wanted) and "percent" not in low and "anteil" not in low:
                return name
    return None


def default_output_dir():
    return os.path.join(tempfile.gettempdir(), "milieu_atlas")


@dataclass(frozen=True)
class LayerInput:
    """A layer as the worker thread re-opens it: provider, source and name (never the layer object
    of the project, which belongs to the main thread). Memory layers cannot be re-opened from their
    source; for them `layer` keeps the project's layer, read only."""
    source: str
    provider: str
    name: str
    layer: object = None

    @classmethod
    def from_layer(cls, layer):
        if layer is None:
            return None
        provider = layer.providerType()
        keep = layer if provider == "memory" else None
        return cls(layer.source(), provider, layer.name(), keep)


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


@dataclass
class DockSettings:
    """The choices in the dock. Layers are QgsVectorLayer objects (or None); fields are names."""
    districts_layer: object = None
    district_key: str = ""
    table_layer: object = None  # optional: counts joined by key; None → counts on the districts
    table_key: str = ""
    total_field: str = ""
    group_fields: list = field(default_factory=list)
    output_dir: str = field(default_factory=default_output_dir)

    def source_layer(self):
        """The layer the count fields are read from: the table if one is chosen, else the districts."""
        return self.table_layer if self.table_layer is not None else self.districts_layer

    def problems(self):
        """What keeps the chain from running, one translated sentence each (empty when ready)."""
        out = []
        if self.districts_layer is None:
            out.append(tr("Choose a districts layer."))
        elif not self.district_key and self.table_layer is not None:
            out.append(tr("Choose the key field of the districts layer."))
        if self.table_layer is not None and not self.table_key:
            out.append(tr("Choose the key field of the table to join."))
        if not self.total_field:
            out.append(tr("Choose the total field."))
        groups = [g for g in self.group_fields if g != self.total_field]
        if not groups:
            out.append(tr("Tick at least one group field."))
        if not self.output_dir:
            out.append(tr("Choose an output folder."))
        return out

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

    def build_chain(self, run_dir):
        """The algorithms to run, in order, with every output written into run_dir."""
        groups = [g for g in self.group_fields if g != self.total_field]
        steps = []
        districts = LayerInput.from_layer(self.districts_layer)
        counts_layer = districts
        if self.table_layer is not None:
            joined = os.path.join(run_dir, "districts_joined.gpkg")
            steps.append(Step(JOIN_ID, {
                "DISTRICTS": districts,
                "DISTRICT_KEY": self.district_key,
                "SOURCE": LayerInput.from_layer(self.table_layer),
                "MODE": "key",
                "SOURCE_KEY": self.table_key,
                # Counts carried under their own names; the total is one of them (TOTAL_FIELD is
                # only for share fields, contracts.md).
                "FIELDS": [self.total_field] + groups,
                "FIELDS_ARE_SHARES": False,
                "OUTPUT": joined,
                "UNMATCHED": os.path.join(run_dir, "unmatched.csv"),
                "ACCOUNTING": os.path.join(run_dir, "accounting.csv"),
            }, tr("Joining the table")))
            counts_layer = joined
        local = os.path.join(run_dir, "local_measures.gpkg")
        steps.append(Step(LOCAL_ID, {
            "INPUT": counts_layer,
            "TOTAL_FIELD": self.total_field,
            "GROUP_FIELDS": groups,
            "OUTPUT": local,
        }, tr("Shares and LQ")))
        indices = os.path.join(run_dir, "segregation_indices.csv")
        steps.append(Step(INDICES_ID, {
            "INPUT": counts_layer,
            "TOTAL_FIELD": self.total_field,
            "GROUP_FIELDS": groups,
            "PERMUTATIONS": DOCK_PERMUTATIONS,
            "SEED": 1,
            "OUTPUT": indices,
        }, tr("Segregation indices")))
        return Chain(steps=steps, run_dir=run_dir, result_layer=local, index_table=indices,
                     lq_field=f"{groups[0]}_lq" if groups else "")

    def mapsheet_params(self, chain, layer):
        """milieuatlas:mapsheet on the result layer's first LQ field, PDF and PNG in the run folder."""
        group = chain.lq_field[:-3] if chain.lq_field.endswith("_lq") else chain.lq_field
        sources = [lyr.name() for lyr in (self.table_layer, self.districts_layer) if lyr is not None]
        base = os.path.join(chain.run_dir, f"sheet_{group}_lq")
        return {
            "INPUT": layer,
            "FIELD": chain.lq_field,
            # title and subtitle are written by the sheet from the field and the layer, readably
            "SOURCE_TEXT": tr("Data: {0}").format("; ".join(dict.fromkeys(sources))),
            "OUTPUT_PDF": base + ".pdf",
            "OUTPUT_PNG": base + ".png",
        }
