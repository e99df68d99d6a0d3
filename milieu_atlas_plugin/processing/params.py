"""Parameter reading shared by the analysis algorithms: the counts table of one row per unit."""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..qgis_io.read import layer_label, numeric_fields, read_attributes, require_features, require_fields


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
    fids, values = numeric_fields(layer, fields, log=log)
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
        _, cols = read_attributes(layer, [level_field])
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


# Work that cannot fit is refused before it starts: the replicate values kept (8 bytes each, with the
# copies the p-values and intervals take: BYTES_PER_VALUE) must fit in half the memory available, and the
# values drawn and evaluated (replicates × units × statistics) must stay below MAX_WORK (tens of minutes).
MAX_WORK = 2e9
BYTES_PER_VALUE = 24


def _available_memory():
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import os

        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 8 * 1024**3


def _size(nbytes):
    for unit in ("bytes", "KB", "MB", "GB", "TB", "PB"):
        if nbytes < 1024 or unit == "PB":
            return f"{nbytes:.0f} {unit}" if unit == "bytes" else f"{nbytes:.1f} {unit}"
        nbytes /= 1024.0


def check_work(name, reps, units, statistics, available=None):
    """InputError when `reps` replicates (PERMUTATIONS, BOOTSTRAP) of `statistics` values over `units`
    units cannot fit in memory or time; says the size it would need."""
    reps, units, statistics = int(reps or 0), max(int(units), 1), max(int(statistics), 1)
    if reps <= 0:
        return
    need = float(BYTES_PER_VALUE) * reps * statistics
    available = _available_memory() if available is None else available
    if need > available / 2:
        raise InputError(f"{name}={reps}: the replicates of {statistics} statistics would need {_size(need)} of "
                         f"memory, and {_size(available)} are available; use fewer (9999 gives p-values to 0.0001).")
    work = float(reps) * units * statistics
    if work > MAX_WORK:
        raise InputError(f"{name}={reps}: {reps} replicates × {units} units × {statistics} statistics = {work:.2g} "
                         f"values to draw and evaluate, more than {MAX_WORK:.0g} (hours of work); use fewer "
                         "(9999 gives p-values to 0.0001).")
