"""Parameter reading shared by the analysis algorithms: the counts table of one row per unit."""
from dataclasses import dataclass

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP
from ..qgis_io.join_common import check_counts
from ..qgis_io.keys import normalise_keys
from ..qgis_io.read import layer_label, read_attributes, require_features, require_fields, to_float_columns


@dataclass
class UnitCounts:
    """Counts per spatial unit, read from one layer, aligned with the feature ids."""
    fids: np.ndarray
    total: np.ndarray
    groups: dict
    level: np.ndarray = None
    skipped: np.ndarray = None      # feature ids left out for a NULL count (MISSING_VALUES=skip)


def read_unit_counts(layer, total_field, group_fields, level_field=None, feedback=None, missing="refuse",
                     columns=None):
    """Counts of every unit, read once (counts and parent unit in one pass); text fields are read by the
    one number parser and the decided format is reported through feedback.pushInfo.

    missing: "refuse" (a NULL count is an error naming the feature) or "skip" (units with a NULL count in
    any of the fields are left out; their ids are in .skipped). columns: the fields already read as
    numbers without NULLs (qgis_io.columnar.PolygonColumns of the same layer); the checks are the same."""
    if layer is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No input layer given."))
    if not group_fields:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer_label}': choose at least one group field."),
            layer_label=layer_label(layer))
    fields = [total_field] + [g for g in group_fields if g != total_field]
    require_fields(layer, fields + ([level_field] if level_field else []))
    require_features(layer)
    log = []
    names = fields + ([level_field] if level_field and level_field not in fields else [])
    skip = missing == "skip"
    if columns is not None and not level_field and all(f in columns.values for f in fields):
        fids, cols = columns.fids, None
        values = {f: columns.values[f] for f in fields}  # numbers already, no NULL among them
    else:
        fids, cols = read_attributes(layer, names)
        values = to_float_columns({f: cols[f] for f in fields}, layer, fids, allow_null=skip, log=log)
    if feedback is not None:
        for line in log:
            feedback.pushInfo(line)
    skipped = np.zeros(len(fids), dtype=bool)
    if skip:
        for f in fields:
            skipped |= np.isnan(values[f])
        if skipped.all():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer_label}': every unit has a NULL count ({fields}); nothing is left to "
                "compute."),
                layer_label=layer_label(layer), fields=', '.join(fields))
    keep = ~skipped
    level_raw = cols[level_field] if level_field else None
    skipped_fids = fids[skipped]
    if skipped.any():
        fids = fids[keep]
        values = {f: v[keep] for f, v in values.items()}
        if level_raw is not None:
            level_raw = [v for v, k in zip(level_raw, keep) if k]
    total = values[total_field]
    for name in fields:     # the one count check of the plugin: finite, not negative, not absurd
        check_counts(values[name], layer_label(layer), name, fids)
    groups = {g: values[g] for g in group_fields}
    for g, x in groups.items():
        over = np.flatnonzero(x > total + 1e-9 * np.maximum(1.0, total))
        if over.size:
            i = over[0]
            raise InputError(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer_label}': group field '{g}' exceeds the total field '{total_field}' in "
                "feature {fids} ({x:g} > {total:g})."),
                layer_label=layer_label(layer), g=g, total_field=total_field, fids=fids[i], x=x[i], total=total[i]
            )
    level = None
    if level_field:
        keys = normalise_keys(level_raw)
        for fid, k in zip(fids, keys):
            if k is None:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{layer_label}', field '{level_field}': feature {fid} has no parent unit (NULL or "
                    "empty); every unit needs one for the within/between decomposition."),
                    layer_label=layer_label(layer), level_field=level_field, fid=fid)
        level = np.array([str(k) for k in keys], dtype=object)
    return UnitCounts(fids=fids, total=total, groups=groups, level=level, skipped=skipped_fids)


def located(exc, layer, counts):
    """The core's InputError with the layer and, where the core names a unit, its feature id."""
    unit = getattr(exc, "unit", None)
    if unit is None or not (0 <= unit < len(counts.fids)):
        return InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer_label}': {error}"),
            layer_label=layer_label(layer), error=exc)
    return InputError(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Layer '{layer_label}', feature {fids}: {error}"),
        layer_label=layer_label(layer), fids=counts.fids[unit], error=exc)


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
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}={reps}: the replicates of {statistics} statistics would need {size} of memory, "
            "and {size2} are available; use fewer (9999 gives p-values to 0.0001)."),
            name=name, reps=reps, statistics=statistics, size=_size(need), size2=_size(available))
    work = float(reps) * units * statistics
    if work > MAX_WORK:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}={reps}: {reps} replicates × {units} units × {statistics} statistics = {work:.2g} "
            "values to draw and evaluate, more than {max_work:.0g} (hours of work); use fewer (9999 "
            "gives p-values to 0.0001)."),
            name=name, reps=reps, units=units, statistics=statistics, work=work, max_work=MAX_WORK)
