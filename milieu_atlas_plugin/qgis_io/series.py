"""Reading a monitoring series: the periods (date, table or layer, key), their counts, and the
harmonisation of periods on other boundaries to the target geometry through the join engine's
overlay (join_areal.Overlay; join_raster with a weight raster)."""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field as dc_field

import numpy as np
from qgis.core import QgsRectangle, QgsVectorLayer

from ..core.monitoring import MonitoringError, check_date, order_periods, pattern_regex
from ..errors import InputError, QT_TRANSLATE_NOOP, translated
from .read import numeric_fields


@dataclass
class Period:
    date: str
    path: str
    key: str
    geometry: str = ""        # path of its polygon layer ("" = the target's or PREVIOUS_GEOMETRY)
    geometry_key: str = ""
    label: str = ""
    layer: object = None
    keys: object = None
    values: dict = dc_field(default_factory=dict)
    generation: str = ""      # "target" or the path of the other geometry
    sha256: str = ""


def _err(exc):
    return exc  # MonitoringError is an InputError (its message translated where it is shown)


def periods_from_folder(folder, pattern, key):
    if not folder or not os.path.isdir(folder):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "FOLDER '{folder}' is not a folder."),
            folder=folder)
    try:
        rx = pattern_regex(pattern)
    except MonitoringError as exc:
        raise _err(exc) from None
    found = []
    for name in sorted(os.listdir(folder)):
        m = rx.match(name)
        if m:
            found.append(Period(m.group("date"), os.path.join(folder, name), key, label=name))
    if not found:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No file in '{folder}' matches PATTERN '{pattern}'."),
            folder=folder, pattern=pattern)
    return found


def periods_from_table(path):
    """A CSV listing the periods: columns date, path, key and optionally geometry, geometry_key;
    relative paths are relative to the table's folder."""
    base = os.path.dirname(os.path.abspath(path))
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
            rows = list(csv.DictReader(fh, dialect=dialect))
    except (OSError, csv.Error) as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "SERIES_TABLE '{path}' cannot be read: {error}."),
            path=path, error=exc) from None
    if not rows:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "SERIES_TABLE '{path}' lists no period."),
            path=path)
    missing = [c for c in ("date", "path", "key") if c not in rows[0]]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "SERIES_TABLE '{path}' has no column {missing} (needs date, path, key; optional "
            "geometry, geometry_key)."),
            path=path, missing=', '.join(missing))
    out = []
    for i, r in enumerate(rows, start=2):
        p = (r.get("path") or "").strip()
        if not p:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "SERIES_TABLE '{path}', line {index}: no path."),
                path=path, index=i)
        g = (r.get("geometry") or "").strip()
        out.append(Period((r.get("date") or "").strip(), os.path.join(base, p), (r.get("key") or "").strip(),
                          os.path.join(base, g) if g else "", (r.get("geometry_key") or "").strip(),
                          label=f"line {i} ({os.path.basename(p)})"))
    return out


def sort_and_check(periods):
    try:
        for p in periods:
            p.date = check_date(p.date, f"Period '{p.label}'")
        order = order_periods([p.date for p in periods], [p.label for p in periods])
    except MonitoringError as exc:
        raise _err(exc) from None
    if len(periods) < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "A series needs at least two periods."))
    return [periods[i] for i in order]


def sha256(path):
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def open_layer(path, label):
    layer = QgsVectorLayer(path, os.path.basename(path.split("|", 1)[0]), "ogr")
    if not layer.isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Period {label}: '{path}' cannot be opened as a layer or table."),
            label=label, path=path)
    return layer


def parse_field_map(text):
    """'their_name=our_name;…' → {our_name: [their names]}."""
    out = {}
    for item in (text or "").replace("\n", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "FIELD_MAP: '{item}' is not of the form their_field=field."),
                item=item)
        theirs, ours = (s.strip() for s in item.split("=", 1))
        out.setdefault(ours, []).append(theirs)
    return out


def read_period(period, fields, field_map):
    """Opens the period's table, reads its keys and count fields (names mapped by FIELD_MAP)."""
    period.layer = open_layer(period.path, period.date)
    names = period.layer.fields().names()
    if period.key not in names:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Period {date} ('{layer}') has no key field '{key}'. Available fields: {names}"),
            date=period.date, layer=period.layer.name(), key=period.key, names=', '.join(names))
    actual = []
    for f in fields:
        if f in names:
            actual.append(f)
            continue
        alias = [a for a in field_map.get(f, []) if a in names]
        if not alias:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Period {date} ('{layer}') has no field '{field}'; name its field in FIELD_MAP as <its "
                "field>={field}. Available fields: {names}"),
                date=period.date, layer=period.layer.name(), field=f, names=', '.join(names))
        actual.append(alias[0])
    if period.layer.featureCount() == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Period {date} ('{layer}') is empty."),
            date=period.date, layer=period.layer.name())
    fids, values = numeric_fields(period.layer, actual)
    from .read import key_field

    _, keys = key_field(period.layer, period.key)
    seen = set()
    for k in keys:
        if k is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Period {date} ('{layer}'), field '{key}': a row has no key."),
                date=period.date, layer=period.layer.name(), key=period.key)
        if k in seen:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Period {date} ('{layer}'), field '{key}': key '{key2}' occurs twice."),
                date=period.date, layer=period.layer.name(), key=period.key, key2=k)
        seen.add(k)
    for f, a in zip(fields, actual):
        v = values[a]
        bad = np.flatnonzero(~np.isfinite(v) | (v < 0))
        if bad.size:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Period {date} ('{layer}'), field '{a}': feature {fids} has no count or a negative one "
                "({value:g})."),
                date=period.date, layer=period.layer.name(), a=a, fids=fids[bad[0]], value=v[bad[0]])
        period.values[f] = v
    period.keys = keys
    period.sha256 = sha256(period.path.split("|", 1)[0])
    return period


class Generation:
    """A set of polygons with keys (the target, or the boundaries of earlier periods)."""

    def __init__(self, districts, label):
        self.districts = districts
        self.label = label
        self.pos = {k: i for i, k in enumerate(districts.keys)}

    def __len__(self):
        return len(self.districts)


def assign(period, generations, names, explicit=None):
    """The generation of a period: ``explicit`` (named in the series table), whose keys must hold every
    key of the period, or else the one generation whose keys hold them all. One clear message when none
    does, or when several do (the period's geometry cannot be determined from its keys)."""
    keys = list(period.keys)
    if explicit is not None:
        candidates = [(explicit, names[generations.index(explicit)])]
    else:
        candidates = list(zip(generations, names))
    hits = [(sum(1 for k in keys if k in gen.pos), gen, name) for gen, name in candidates]
    full = [(gen, name) for hit, gen, name in hits if hit == len(keys)]
    if len(full) == 1:
        return full[0][0]
    if len(full) > 1:
        listed = ", ".join(f"'{name}'" for _g, name in full)
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Period {date} ('{layer}'): every key of field '{key}' is a key of {listed}, so its "
            "geometry cannot be determined; name it in SERIES_TABLE (columns geometry and "
            "geometry_key)."),
            date=period.date, layer=period.layer.name(), key=period.key, listed=listed)
    hit, gen, name = max(hits, key=lambda h: h[0])
    where = ", ".join(f"'{n}'" for _g, n in candidates)
    if hit == 0:
        if explicit is not None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Period {date} ('{layer}'): no key of field '{key}' matches a district of {where} "
                "(e.g. '{example}')."),
                date=period.date, layer=period.layer.name(), key=period.key, where=where, example=keys[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Period {date} ('{layer}'): no key of field '{key}' matches a district of {where} "
            "(e.g. '{example}'); name its geometry in SERIES_TABLE (columns geometry and geometry_key) or give "
            "PREVIOUS_GEOMETRY."),
            date=period.date, layer=period.layer.name(), key=period.key, where=where, example=keys[0])
    miss = [k for k in keys if k not in gen.pos]
    raise InputError(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Period {date} ('{layer}'): {n_miss} of {n_keys} keys of field '{key}' match no district "
        "of '{name}' (e.g. '{miss}')."),
        date=period.date, layer=period.layer.name(), n_miss=len(miss), n_keys=len(keys), key=period.key, name=name, miss=miss[0])


def on_units(period, gen, fields):
    """(n_units, k) counts of the period on the units of ``gen`` (units without a row: 0) and the
    number of such units."""
    idx = np.array([gen.pos[k] for k in period.keys], dtype=np.int64)
    out = np.zeros((len(gen), len(fields)))
    for j, f in enumerate(fields):
        out[idx, j] = period.values[f]
    return out, len(gen) - len(set(idx.tolist()))


@dataclass
class AddressPoints:
    """Address points for dasymetric harmonisation: coordinates in ``crs`` and the weight of each."""
    label: str
    crs: object
    x: np.ndarray
    y: np.ndarray
    weight: np.ndarray
    field: str = ""
    no_geometry: int = 0
    how: str = ""


class _PointsParameter:
    """Lets the join engine's point reader (join_points.read_points, which reads the algorithm's SOURCE
    parameter) read another parameter's layer: columns through GDAL's Arrow interface for plain files,
    feature by feature otherwise."""

    def __init__(self, layer):
        self.layer = layer

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        return self.layer


def read_address_points(source, label, weight_field="", layer=None, value=None, context=None):
    """Reads a point layer once with the join engine's point reader; each point weighs its
    ``weight_field`` (households, dwellings; zero or more) or 1. ``layer``/``value``: the vector layer
    and the parameter value behind ``source`` (for the columnar reader; None: feature by feature)."""
    from .join_common import check_counts
    from .join_points import check_point_source, read_points

    fields = [weight_field] if weight_field else []
    check_point_source(source, label, fields)
    if not source.sourceCrs().isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "ADDRESS_POINTS '{label}' has no CRS; set one before harmonising with it."),
            label=label)
    fids, x, y, values, how = read_points(_PointsParameter(layer), {"SOURCE": value}, context, source, label,
                                           fields)
    if fids.size == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "ADDRESS_POINTS '{label}' is empty: it has no points."),
            label=label)
    if weight_field:
        w = values[weight_field]
        check_counts(w, label, weight_field, fids)
    else:
        w = np.ones(x.size)
    if not np.any(w > 0):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "ADDRESS_POINTS '{label}', field '{weight_field}': every point weighs 0."),
            label=label, weight_field=weight_field)
    return AddressPoints(label, source.sourceCrs(), x, y, w, weight_field,
                         int(np.count_nonzero(~(np.isfinite(x) & np.isfinite(y)))), how)


def address_masses(points, source_districts, target_districts, context, policy="repair"):
    """Weight of the address points per (source unit, target district) pair and per source unit (also
    the points of a unit outside every district): ((m_src, m_dst, m_mass, source_mass), notes). Points
    are located in both polygon sets by the join engine's exact point-in-polygon (join_points), the
    polygons reprojected to the points' CRS."""
    from .join_points import PolygonLocator, district_rings

    s_rings, _r, _n = district_rings(source_districts, points.crs, context, policy)
    t_rings, _r, _n = district_rings(target_districts, points.crs, context, policy)
    s = PolygonLocator(s_rings, n_points=points.x.size).locate(points.x, points.y)
    d = PolygonLocator(t_rings, n_points=points.x.size).locate(points.x, points.y)
    n_s, n_d = len(source_districts), len(target_districts)
    ok = (s >= 0) & (points.weight > 0)
    if not ok.any():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No address point of '{points_label}' lies in a unit of '{source_districts_label}' "
            "(check that both cover the same place and have the right CRS)."),
            points_label=points.label, source_districts_label=source_districts.label)
    source_mass = np.bincount(s[ok], weights=points.weight[ok], minlength=n_s).astype(np.float64)
    inside = ok & (d >= 0)
    key, inv = np.unique(s[inside] * n_d + d[inside], return_inverse=True)
    pair_mass = np.bincount(inv, weights=points.weight[inside], minlength=key.size).astype(np.float64)
    weight = f"weighted by '{points.field}'" if points.field else "each weighing 1"
    notes = [f"Dasymetric weights: {int(ok.sum())} of {points.x.size} address points of '{points.label}' "
             f"({weight}; {points.how}) lie in a unit of '{source_districts.label}', {int(inside.sum())} of them "
             f"also in a district of '{target_districts.label}' (exact point-in-polygon of the join engine)."]
    if points.no_geometry:
        notes.append(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{n} address points of '{label}' have no geometry and are not used."),
            n=points.no_geometry, label=points.label))
    return (key // n_d, key % n_d, pair_mass, source_mass), notes


def overlay_weights(context, feedback, source_districts, target_districts, policy="repair", raster=None,
                    points=None):
    """(p_src, p_dst, area weights, mass, notes) of source units → target districts by the join engine's
    overlay; ``mass`` (None for areal weighting) = (m_src, m_dst, m_mass, source_mass), the weight of every
    (source, district) pair and of every source, from a weight raster (join_raster) or address points."""
    from .join_areal import Overlay, _transform, district_geometries, working_crs

    extent = QgsRectangle()
    for f in target_districts.features:
        if f.hasGeometry():
            extent.combineExtentWith(f.geometry().boundingBox())
    wcrs, note = working_crs(target_districts.crs, source_districts.crs, extent, context)
    notes = [note]
    sgeoms, _ = district_geometries(source_districts, policy, _transform(source_districts.crs, wcrs, context))
    dgeoms, _ = district_geometries(target_districts, policy, _transform(target_districts.crs, wcrs, context))
    raster_mass = None
    if raster is not None:
        from .join_raster import open_weight_raster

        raster_mass = open_weight_raster(raster, wcrs, context, sgeoms)
        notes.extend(raster_mass.notes)
    ov = Overlay(sgeoms, dgeoms, feedback)
    if ov.src.size == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "No polygon of '{source_districts_label}' overlaps a district of "
            "'{target_districts_label}' (check that both cover the same place and have the right "
            "CRS)."),
            source_districts_label=source_districts.label, target_districts_label=target_districts.label)
    mass = None
    if raster_mass is not None:
        got = raster_mass.piece_masses(sgeoms, dgeoms, feedback)
        if got is None:
            return ov.src, ov.dst, ov.area_weights(), None, notes
        m_src, m_dst, m_mass, source_mass, n_shared = got
        mass = (m_src, m_dst, m_mass, source_mass)
        notes.append(raster_mass.assignment_note(n_shared))
    elif points is not None:
        mass, more = address_masses(points, source_districts, target_districts, context, policy)
        notes.extend(more)
    return ov.src, ov.dst, ov.area_weights(), mass, notes
