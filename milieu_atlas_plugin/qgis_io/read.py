"""Layer attributes → numpy arrays, with messages that name the layer, field and feature."""
import numpy as np
from qgis.core import QgsFeatureRequest

from ..core.numbers import ENGLISH, GERMAN, NumberFormatError, parse_column, table_style
from ..errors import InputError, QT_TRANSLATE_NOOP, Text, translated
from .keys import normalise_keys


def layer_label(layer):
    return layer.name() or layer.source()


ROLES = {  # the roles require_fields names, as translatable phrases
    "value field": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "value field")),
    "district key": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "district key")),
    "source key": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "source key")),
}


def require_fields(layer, fields, role="", label=None):
    """The one field check: InputError naming the layer (label, or the layer's name), the missing field,
    its role and the fields there are. Works on layers and Processing feature sources."""
    names = layer.fields().names()
    for f in fields:
        if f not in names:
            if role:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{layer}' has no field '{field}' ({role}). Available fields: {names}"),
                    layer=label or layer_label(layer), field=f, role=ROLES.get(role, role), names=", ".join(names))
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer}' has no field '{field}'. Available fields: {names}"),
                layer=label or layer_label(layer), field=f, names=", ".join(names))


def require_features(layer):
    if layer.featureCount() == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer_label}' is empty: it has no features."),
            layer_label=layer_label(layer))


def read_attributes(layer, fields):
    """Feature ids (ascending) and the raw values of `fields` (a list per field), without
    geometry."""
    require_fields(layer, fields)
    idx = [layer.fields().indexOf(f) for f in fields]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(idx)
    fids, rows = [], []
    for feat in layer.getFeatures(request):
        fids.append(feat.id())
        rows.append(feat.attributes())
    # in feature-id order: a database returns rows in no fixed order, and seeded permutations,
    # restarts and sums must not depend on the order of one read
    order = np.argsort(np.asarray(fids, dtype=np.int64), kind="stable")
    rows = [rows[k] for k in order]
    columns = {f: [r[i] for r in rows] for f, i in zip(fields, idx)}
    return np.asarray(fids, dtype=np.int64)[order], columns


def to_float_array(values, layer, field, fids, allow_null=False, log=None, formats=None, table=None):
    """Numbers and numeric text → float64 through the one number parser (core/numbers.py): the German
    or English format of text is decided per column; NULL/bad/ambiguous → InputError naming the feature.

    log: a list that gets one line when a text format was decided ("field 'x': German number format…").
    formats: {field: ColumnFormat} carried between chunks of the same column (in and out).
    table: the format the other text columns of the same table decided (core.numbers.table_style), for a
    column whose own values do not decide (to_float_columns passes it)."""
    prior = formats.get(field) if formats is not None else None
    try:
        out, fmt = parse_column(values, field, allow_null=allow_null, prior=prior,
                                row_name=lambda i: Text(QT_TRANSLATE_NOOP("MilieuAtlas", "feature {fid}"),
                                                                 fid=fids[i]), table=table)
    except NumberFormatError as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{layer_label}', {error}"),
            layer_label=layer_label(layer), error=exc) from None
    if formats is not None:
        formats[field] = fmt
    if log is not None and fmt.style in (GERMAN, ENGLISH) and (prior is None or prior.style != fmt.style):
        log.append(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}', field '{field}': {format}."),
                              layer=layer_label(layer), field=field, format=fmt.description()))
    return out


def to_float_columns(columns, layer, fids, allow_null=False, log=None, formats=None):
    """{field: float64 array} of the columns {field: values} of one table: each column in the number format
    its values decide, a column that does not decide in the format the other columns agree on (one export,
    one locale), else refused (see to_float_array)."""
    table = table_style(columns)
    return {f: to_float_array(v, layer, f, fids, allow_null, log=log, formats=formats, table=table)
            for f, v in columns.items()}


def numeric_fields(layer, fields, allow_null=False, log=None):
    """{field: float64 array} plus the feature ids, in feature-id order (log: see to_float_array)."""
    fids, cols = read_attributes(layer, list(fields))
    return fids, to_float_columns({f: cols[f] for f in fields}, layer, fids, allow_null, log=log)


def key_field(layer, field):
    """Normalised key strings of `field` and the feature ids (see keys.normalise_keys)."""
    fids, cols = read_attributes(layer, [field])
    return fids, normalise_keys(cols[field])
