"""Layer attributes → numpy arrays, with messages that name the layer, field and feature."""
import numpy as np
from qgis.core import QgsFeatureRequest

from ..errors import InputError
from .keys import normalise_keys


def layer_label(layer):
    return layer.name() or layer.source()


def require_fields(layer, fields, role=""):
    names = layer.fields().names()
    for f in fields:
        if f not in names:
            where = f" ({role})" if role else ""
            raise InputError(
                f"Layer '{layer_label(layer)}' has no field '{f}'{where}. "
                f"Available fields: {', '.join(names)}"
            )


def require_features(layer):
    if layer.featureCount() == 0:
        raise InputError(f"Layer '{layer_label(layer)}' is empty: it has no features.")


def read_attributes(layer, fields):
    """Feature ids and the raw values of `fields` (a list per field), without geometry."""
    require_fields(layer, fields)
    idx = [layer.fields().indexOf(f) for f in fields]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(idx)
    fids, rows = [], []
    for feat in layer.getFeatures(request):
        fids.append(feat.id())
        rows.append(feat.attributes())
    columns = {f: [r[i] for r in rows] for f, i in zip(fields, idx)}
    return np.asarray(fids, dtype=np.int64), columns


def to_float_array(values, layer, field, fids, allow_null=False):
    """Numbers, numeric strings ("1 234", "12,5" with decimal comma) → float64; NULL/bad → message."""
    out = np.empty(len(values), dtype=np.float64)
    for i, v in enumerate(values):
        if v is None or (hasattr(v, "isNull") and v.isNull()):
            if allow_null:
                out[i] = np.nan
                continue
            raise InputError(
                f"Layer '{layer_label(layer)}', field '{field}': feature {fids[i]} has no value (NULL)."
            )
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out[i] = v
            continue
        text = str(v).strip().replace("\u00a0", "").replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            out[i] = float(text)
        except ValueError:
            if text == "" and allow_null:
                out[i] = np.nan
                continue
            raise InputError(
                f"Layer '{layer_label(layer)}', field '{field}' is not numeric: "
                f"feature {fids[i]} has '{v}'."
            ) from None
    return out


def numeric_fields(layer, fields, allow_null=False):
    """{field: float64 array} plus the feature ids, in layer order."""
    fids, cols = read_attributes(layer, list(fields))
    return fids, {f: to_float_array(cols[f], layer, f, fids, allow_null) for f in fields}


def key_field(layer, field):
    """Normalised key strings of `field` and the feature ids (see keys.normalise_keys)."""
    fids, cols = read_attributes(layer, [field])
    return fids, normalise_keys(cols[field])
