"""Shared pieces of the joins: the result record, reading districts and source values."""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource, QgsWkbTypes

from ..errors import InputError, QT_TRANSLATE_NOOP
from .keys import normalise_keys
from .read import require_fields, to_float_columns


class Named:
    """Something with a name() for the messages of read.to_float_array."""

    def __init__(self, label):
        self._label = label

    def name(self):
        return self._label

    def source(self):
        return self._label


@dataclass
class JoinResult:
    """What a join produced, before anything is written.

    district_values: {field: (n_districts,) float; NaN = no data (key mode)}
    source_totals / unmatched_totals: {field: float}
    unmatched: list of (QgsGeometry or None, {"source_fid":…, "source_key":…, "reason":…, field: value})
    unmatched_geometry: QgsWkbTypes type of the unmatched sink (NoGeometry for tables)
    """

    fields: list
    district_values: dict
    source_totals: dict
    unmatched_totals: dict
    unmatched: list = dc_field(default_factory=list)
    unmatched_geometry: object = QgsWkbTypes.NoGeometry  # the enum: QGIS 3.40 refuses an int
    unmatched_crs: object = None
    log: list = dc_field(default_factory=list)
    warnings: list = dc_field(default_factory=list)


def iterate(source, request=None):
    """Features of a QgsProcessingFeatureSource without Processing's own invalid-geometry filter
    (INVALID_GEOMETRY decides that here)."""
    request = request or QgsFeatureRequest()
    request.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


@dataclass
class Districts:
    features: list          # QgsFeature, layer order
    keys: np.ndarray        # normalised key strings (object)
    raw_keys: list
    label: str
    crs: object
    key_field: str

    def __len__(self):
        return len(self.features)


def read_districts(source, label, key_field, need_geometry=True):
    """All district features (with geometry) and their normalised keys; refuses an empty layer,
    NULL keys and duplicate keys, naming them."""
    require_fields(source, [key_field], "district key", label=label)
    request = QgsFeatureRequest()
    if not need_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    feats = list(iterate(source, request))
    if not feats:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is empty: it has no features."),
            label=label)
    idx = source.fields().indexOf(key_field)
    raw = [f.attributes()[idx] for f in feats]
    keys = normalise_keys(raw)
    for f, k in zip(feats, keys):
        if k is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}', field '{key_field}': feature {id} has no key (NULL or empty); every "
                "district needs one."),
                label=label, key_field=key_field, id=f.id())
    seen = {}
    for f, k, r in zip(feats, keys, raw):
        if k in seen:
            g, rr = seen[k]
            if str(rr) == str(r):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{layer}', field '{field}': duplicate district key '{key}' (features "
                    "{fid1} and {fid2}); district keys must be unique."),
                    layer=label, field=key_field, key=r, fid1=g, fid2=f.id())
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{layer}', field '{field}': duplicate district key '{key}' (features {fid1} "
                "and {fid2}, '{key1}' and '{key}' are the same key); district keys must be unique."),
                layer=label, field=key_field, key=r, key1=rr, fid1=g, fid2=f.id())
        seen[k] = (f.id(), r)
    return Districts(feats, keys, raw, label, source.sourceCrs(), key_field)


def read_values(source, label, fields, request=None, negative_ok=False, log=None):
    """fids and {field: float64 array} of a source, refusing NULL, non-numeric and negative counts."""
    require_fields(source, fields, "value field", label=label)
    names = source.fields().names()
    idx = [names.index(f) for f in fields]
    request = request or QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(idx)
    fids, rows = [], []
    for feat in iterate(source, request):
        fids.append(feat.id())
        rows.append(feat.attributes())
    return fids, values_from_rows(rows, idx, fields, label, fids, negative_ok, log)


def values_from_rows(rows, idx, fields, label, fids, negative_ok=False, log=None):
    out = to_float_columns({f: [r[i] for r in rows] for f, i in zip(fields, idx)}, Named(label), fids, log=log)
    for f, a in out.items():
        check_counts(a, label, f, fids, negative_ok)
    return out


# Larger than any count of people or households (and far from float overflow when summed): a value above
# it is a broken export or a wrong field, not a count.
MAX_COUNT = 1e15


def check_counts(a, label, field, fids, negative_ok=False):
    bad = np.nonzero(~np.isfinite(a))[0]
    if bad.size:
        i = int(bad[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}', field '{field}': feature {fids} has no finite value ({a})."),
            label=label, field=field, fids=fids[i], a=a[i])
    huge = np.nonzero(np.abs(a) > MAX_COUNT)[0]
    if huge.size:
        i = int(huge[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}', field '{field}': feature {fids} has {a:g}, more than {max_count:g}: "
            "not a count (a broken export or the wrong field?)."),
            label=label, field=field, fids=fids[i], a=a[i], max_count=MAX_COUNT)
    if not negative_ok:
        neg = np.nonzero(a < 0)[0]
        if neg.size:
            i = int(neg[0])
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}', field '{field}': feature {fids} has a negative count ({a:g}); counts "
                "must be zero or more."),
                label=label, field=field, fids=fids[i], a=a[i])


def repair_or_refuse(geom, policy, label, fid):
    """Returns (geometry, repaired?) or raises naming the feature."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return geom, False
    if geom.isGeosValid():
        return geom, False
    if policy == "refuse":
        err = geom.validateGeometry()
        why = f": {err[0].what()}" if err else ""
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}': feature {fid} has an invalid geometry{why}. Repair it, or run with "
            "INVALID_GEOMETRY=repair."),
            label=label, fid=fid, why=why)
    fixed = geom.makeValid()
    if fixed.isNull() or not fixed.isGeosValid():
        fixed = geom.buffer(0, 1)
    if fixed.isNull() or not fixed.isGeosValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}': feature {fid} has an invalid geometry that could not be repaired."),
            label=label, fid=fid)
    return QgsGeometry(fixed), True
