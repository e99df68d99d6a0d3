"""Parameter reading shared by the analysis algorithms: the counts table of one row per unit."""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..qgis_io.read import (layer_label, read_attributes, require_features, require_fields,
                             to_float_array)


@dataclass
class UnitCounts:
    """Counts per spatial unit, read from one layer, aligned with the feature ids."""
    fids: np.ndarray
    total: np.ndarray
    groups: dict
    level: np.ndarray = None


def read_unit_counts(layer, total_field, group_fields, level_field=None, feedback=None):
    """Counts of every unit; text fields are read by the one number parser and the decided format is
    reported through feedback.pushInfo."""
    if layer is None:
        raise InputError("No input layer given.")
    if not group_fields:
        raise InputError(f"Layer '{layer_label(layer)}': choose at least one group field.")
    fields = [total_field] + [g for g in group_fields if g != total_field]
    require_fields(layer, fields + ([level_field] if level_field else []))
    require_features(layer)
    log = []
    # one read for counts and level: two reads of a database table need not agree in order
    fids, cols = read_attributes(layer, fields + ([level_field] if level_field else []))
    values = {f: to_float_array(cols[f], layer, f, fids, log=log) for f in fields}
    if feedback is not None:
        for line in log:
            feedback.pushInfo(line)
    total = values[total_field]
    for name in fields:
        neg = np.flatnonzero(values[name] < 0)
        if neg.size:
            raise InputError(
                f"Layer '{layer_label(layer)}', field '{name}': feature {fids[neg[0]]} has a negative "
                f"count ({values[name][neg[0]]:g})."
            )
    groups = {g: values[g] for g in group_fields}
    for g, x in groups.items():
        over = np.flatnonzero(x > total + 1e-9 * np.maximum(1.0, total))
        if over.size:
            i = over[0]
            raise InputError(
                f"Layer '{layer_label(layer)}': group field '{g}' exceeds the total field "
                f"'{total_field}' in feature {fids[i]} ({x[i]:g} > {total[i]:g})."
            )
    level = None
    if level_field:
        level = np.array(["" if v is None else str(v) for v in cols[level_field]], dtype=object)
    return UnitCounts(fids=fids, total=total, groups=groups, level=level)


def located(exc, layer, counts):
    """The core's InputError with the layer and, where the core names a unit, its feature id."""
    unit = getattr(exc, "unit", None)
    if unit is None or not (0 <= unit < len(counts.fids)):
        return InputError(f"Layer '{layer_label(layer)}': {exc}")
    return InputError(f"Layer '{layer_label(layer)}', feature {counts.fids[unit]}: {exc}")


def name_list(value):
    """Field names from a list (repeated CLI parameter, Python list) or one 'a;b' / 'a,b' string."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items = value
    else:
        items = str(value).replace(";", ",").split(",")
    return [str(v).strip() for v in items if str(v).strip()]


def optional_seed(alg, parameters, context):
    seed = parameters.get("SEED")
    return None if seed in (None, "") else alg.parameterAsInt(parameters, "SEED", context)
