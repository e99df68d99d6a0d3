"""Key mode: a table (wide: one row per unit; or long: one row per unit × category) joined by key."""
from __future__ import annotations

from collections import OrderedDict

import numpy as np
from qgis.core import QgsFeatureRequest

from ..core.accounting import distribute
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .join_common import JoinResult, Named, check_counts, iterate, require_fields
from .keys import normalise_keys
from .read import to_float_array


def read_key_table(source, label, key_field, fields):
    """fids, raw keys, normalised keys, rows of raw attribute values for `fields`."""
    require_fields(source, [key_field], "source key", label=label)
    require_fields(source, fields, "value field", label=label)
    names = source.fields().names()
    kidx = names.index(key_field)
    idx = [names.index(f) for f in fields]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([kidx] + idx)
    fids, raw, rows = [], [], []
    for feat in iterate(source, request):
        a = feat.attributes()
        fids.append(feat.id())
        raw.append(a[kidx])
        rows.append([a[i] for i in idx])
    if not fids:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{label}' is empty: it has no rows."),
            label=label)
    return fids, raw, normalise_keys(raw), rows


def pivot_long(source, label, key_field, category_field, value_field, categories):
    """Long table → (fids per unit, raw keys, normalised keys, {category: values}, notes).

    One output row per distinct key; rows of a category not asked for are left out (and said so)."""
    fids, raw, keys, rows = read_key_table(source, label, key_field, [category_field, value_field])
    named = Named(label)
    cats = [None if c is None or (hasattr(c, "isNull") and c.isNull()) else str(c).strip() for c, _ in rows]
    for fid, c in zip(fids, cats):
        if not c:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}', field '{category_field}': feature {fid} has no category."),
                label=label, category_field=category_field, fid=fid)
    number_log = []
    vals = to_float_array([v for _, v in rows], named, value_field, fids, log=number_log)
    check_counts(vals, label, value_field, fids)
    present = list(OrderedDict.fromkeys(cats))
    if categories:
        missing = [c for c in categories if c not in present]
        if missing:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}', field '{category_field}' has no category {items}; it has {items2}"),
                label=label, category_field=category_field, items=', '.join(repr(m) for m in missing), items2=', '.join(repr(p) for p in present[:20]))
        wanted = list(categories)
    else:
        wanted = present
    unit_of = OrderedDict()
    first_fid, first_raw = [], []
    unit_index = np.empty(len(fids), dtype=np.int64)
    for i, (k, r) in enumerate(zip(keys, raw)):
        ident = ("key", k) if k is not None else ("row", fids[i])
        if ident not in unit_of:
            unit_of[ident] = len(unit_of)
            first_fid.append(fids[i])
            first_raw.append(r)
        unit_index[i] = unit_of[ident]
    n = len(unit_of)
    cat_pos = {c: j for j, c in enumerate(wanted)}
    out = {c: np.zeros(n) for c in wanted}
    skipped = 0
    seen = set()
    dup = 0
    for i, c in enumerate(cats):
        if c not in cat_pos:
            skipped += 1
            continue
        pair = (unit_index[i], c)
        if pair in seen:
            dup += 1
        seen.add(pair)
        out[c][unit_index[i]] += vals[i]
    notes = [translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Long table pivoted on '{category_field}' (values from '{value_field}'): {rows} rows → "
        "{n} units × {categories} categories."), category_field=category_field, value_field=value_field,
        rows=len(fids), n=n, categories=len(wanted))]
    if skipped:
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{skipped} rows of categories not asked for were left out."), skipped=skipped))
    if dup:
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{dup} rows repeat a (key, category) pair; their values were summed."), dup=dup))
    norm = np.array([ident[1] if ident[0] == "key" else None for ident in unit_of], dtype=object)
    return first_fid, first_raw, norm, out, wanted, number_log + notes


def key_join(districts, fids, raw_keys, keys, values, fields, label, source_key):
    """values: {field: (n_rows,)}; keys normalised. Returns JoinResult (districts without a row: NaN)."""
    index = {k: i for i, k in enumerate(districts.keys)}
    target = np.array([index.get(k, -1) if k is not None else -1 for k in keys], dtype=np.int64)
    n = len(districts)
    if not np.any(target >= 0):
        sample_src = ", ".join(repr(str(r)) for r in raw_keys[:3])
        sample_dst = ", ".join(repr(str(r)) for r in districts.raw_keys[:3])
        raise InputError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No key of '{label}' field '{source_key}' matches a district key of '{districts_label}' "
            "field '{key_field}' (table keys look like {sample_src}; district keys like "
            "{sample_dst}). Check that the right fields were chosen."),
            label=label, source_key=source_key, districts_label=districts.label, key_field=districts.key_field, sample_src=sample_src, sample_dst=sample_dst)
    mat = np.column_stack([values[f] for f in fields]) if fields else np.zeros((len(keys), 0))
    sums, unmatched = distribute(target, np.ones(len(keys)), mat, n)
    has_row = np.bincount(target[target >= 0], minlength=n) > 0
    result = JoinResult(
        fields=list(fields),
        district_values={f: np.where(has_row, sums[:, j], np.nan) for j, f in enumerate(fields)},
        source_totals={f: float(np.sum(values[f])) for f in fields},
        unmatched_totals={f: float(unmatched[j]) for j, f in enumerate(fields)},
    )
    counts = np.bincount(target[target >= 0], minlength=n)
    multi = np.nonzero(counts > 1)[0]
    result.log.append(translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Key join: {np} of {n_keys} rows of '{label}' matched {has_row} of {n} districts (keys "
        "compared after trimming spaces and leading zeros of numeric keys, so 1100101, "
        "'01100101' and ' 01100101 ' meet)."),
        np=int(np.sum(target >= 0)), n_keys=len(keys), label=label, has_row=int(has_row.sum()), n=n))
    if multi.size:
        ex = ", ".join(repr(str(districts.raw_keys[i])) for i in multi[:5])
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{size} districts got several rows of '{label}' (e.g. {ex}); their values were summed."),
            size=multi.size, label=label, ex=ex))
    if not has_row.all():
        ex = ", ".join(repr(str(districts.raw_keys[i])) for i in np.nonzero(~has_row)[0][:5])
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{value} districts have no row in '{label}' (e.g. {ex}); their fields are left empty "
            "(NULL), not zero."),
            value=int((~has_row).sum()), label=label, ex=ex))
    miss = np.nonzero(target < 0)[0]
    if miss.size:
        ex = ", ".join(repr(str(raw_keys[i])) for i in miss[:5])
        result.warnings.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{size} rows of '{label}' match no district (e.g. keys {ex}); they are in the UNMATCHED "
            "output."),
            size=miss.size, label=label, ex=ex))
    for i in miss:
        k = raw_keys[i]
        has_key = keys[i] is not None
        rec = {"source_fid": int(fids[i]), "source_key": None if not has_key else str(k),
               "reason": "no district with this key" if has_key else "empty key"}
        for f in fields:
            rec[f] = float(values[f][i])
        result.unmatched.append((None, rec))
    return result
