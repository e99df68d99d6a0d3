"""`milieuatlas:monitoring`: a series of dates harmonised to one geometry — long table, index series
with bootstrap intervals and change tests, Berlin-style change classes, fixed breaks, trend chart.

Everything is read, validated and computed before any output is created (base.py write path)."""
import json
import os

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from .. import files
from ..compat import FieldType
from ..core.codes import MULTIGROUP_CODES, TWO_GROUP_CODES
from ..core.suppression import blank_derived, suppressed_units
from ..core.suppression import mask_counts as blank_counts
from ..errors import InputError, QT_TRANSLATE_NOOP, Text, translated
from .base import MilieuAlgorithm, static_enum, write_table

CODES = list(TWO_GROUP_CODES) + list(MULTIGROUP_CODES)
LANGUAGES = ["auto", "de", "en"]
DEFAULT_PATTERN = "berlin-lor-population-{date}-t1-planning-areas.csv"
SERIES_COLUMNS = [("period", "str"), ("index", "str"), ("group", "str"), ("value", "double"),
                  ("ci_low", "double"), ("ci_high", "double"), ("units", "int"),
                  ("diff_first", "double"), ("diff_first_ci_low", "double"),
                  ("diff_first_ci_high", "double"), ("p_first", "double"),
                  ("diff_previous", "double"), ("diff_previous_ci_low", "double"),
                  ("diff_previous_ci_high", "double"), ("p_previous", "double"),
                  ("harmonised", "bool"), ("note", "str")]
ACCOUNTING_COLUMNS = [("period", "str"), ("geometry", "str"), ("field", "str"), ("source_total", "double"),
                      ("district_total", "double"), ("uncovered", "double"), ("reassigned", "double"),
                      ("moved", "double"), ("area_fallback", "double")]


def _num(v):
    if v is None:
        return None
    v = float(v)
    return None if v != v else v


class Monitoring(MilieuAlgorithm):
    ALG_ID = "monitoring"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("Monitoring", "Monitoring over time")
    GROUP_ID = "segregation"
    GROUP_NAME = QT_TRANSLATE_NOOP("Monitoring", "Segregation and concentration")
    HELP = QT_TRANSLATE_NOOP(
        "Monitoring",
        "A series of dates (tables or layers with one row per unit) on one target geometry.\n"
        "The periods come from FOLDER with a file-name PATTERN containing {date} (YYYY-MM or YYYY-HH) and "
        "KEY_FIELD, or from SERIES_TABLE, a CSV with the columns date, path, key and optionally geometry, "
        "geometry_key.\n"
        "A period's geometry is the one named in the geometry column of SERIES_TABLE; otherwise the one of "
        "TARGET, PREVIOUS_GEOMETRY and the geometries of the table that holds all its keys (refused when none "
        "or several do). Periods may lie on several earlier geometries: each is harmonised to TARGET through "
        "the join engine: areal weighting, or dasymetric with WEIGHT_RASTER or ADDRESS_POINTS (each point "
        "weighing its ADDRESS_WEIGHT, e.g. households or dwellings, or 1): a source unit's counts go to its "
        "pieces in proportion to the weight in each; a unit without any weight in its pieces is weighted by "
        "area (area_fallback in ACCOUNTING). Slivers of a source unit (less than 1 % of its area outside every "
        "target district) are given to its pieces; a larger uncovered part is refused, with the uncovered "
        "mass of every period.\n"
        "LONG: period, district, counts, shares, location quotients, whether the values were harmonised "
        "and the share of the district's count estimated from split source units.\n"
        "Confidentiality (as in localmeasures): where a district's total or a group's count in a period is "
        "above 0 and below MIN_COUNT, every derived value of that group in that period (share, LQ) is left "
        "empty and '<group>_suppressed' is true ('suppressed': any group); the counts are kept unless "
        "MASK_COUNTS. CHANGE gives no change and no class where either of its two periods is suppressed "
        "(same flags), the map page hatches such districts grey, and the breaks use only the values shown. "
        "The index series of the city are computed from all counts.\n"
        "SERIES: every index per period with its bootstrap interval and the test of the change against the "
        "first and the previous period (difference, bias-corrected interval, two-sided p).\n"
        "CHANGE: the target districts with the change of each group's share from CHANGE_FROM to CHANGE_TO "
        "(default: the first and the last period; e.g. the last two years, as the Monitoring Soziale "
        "Stadtentwicklung does) in percentage points, that change minus the city's, and its class (-2 … 2: "
        "beyond ±0.5 and ±1.5 standard deviations of the districts' relative change).\n"
        "BREAKS: fixed class breaks of shares, LQs and changes for every map of the series (JSON).\n"
        "CHART_PNG / CHART_SVG: the indices over time with their intervals, the boundary change marked.\n"
        "MAP_PAGE: one small map per year (the last period of each year when there are more than ten) of the "
        "first group's share, classed by the fixed breaks of the series, one legend.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "TARGET", self.tr("Target districts (the geometry of the series)"),
            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "TARGET_KEY", self.tr("Target district key field"), parentLayerParameterName="TARGET"))
        self.addParameter(QgsProcessingParameterFile(
            "FOLDER", self.tr("Folder with one table per period"),
            behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "PATTERN", self.tr("File name pattern with {date}"), defaultValue=DEFAULT_PATTERN, optional=True))
        self.addParameter(QgsProcessingParameterString(
            "KEY_FIELD", self.tr("Key field of the period tables"), defaultValue="id", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "SERIES_TABLE", self.tr("Table listing the periods (date, path, key, geometry, geometry_key)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PREVIOUS_GEOMETRY", self.tr("Earlier boundaries (for periods whose keys are not the target's)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "PREVIOUS_KEY", self.tr("Key field of the earlier boundaries"),
            parentLayerParameterName="PREVIOUS_GEOMETRY", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TOTAL_FIELD", self.tr("Total population field"), defaultValue="inhabitants"))
        self.addParameter(QgsProcessingParameterString(
            "GROUP_FIELDS", self.tr("Group count fields (comma separated)"),
            defaultValue="inhabitants_with_migration_background"))
        self.addParameter(QgsProcessingParameterBoolean(
            "MULTIGROUP", self.tr("Groups form a partition of the total (add multigroup indices)"),
            defaultValue=False))
        self.addParameter(static_enum("INDICES", self.tr("Indices (default: D, H, XPX)"), CODES,
                                      optional=True, multiple=True))
        self.addParameter(QgsProcessingParameterNumber(
            "BOOTSTRAP", self.tr("Bootstrap replicates"), QgsProcessingParameterNumber.Integer,
            defaultValue=999, minValue=19))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_COUNT", self.tr("Minimum count shown (smaller counts are suppressed)"),
            QgsProcessingParameterNumber.Integer, defaultValue=3, minValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "MASK_COUNTS", self.tr("Leave the counts of suppressed districts empty too"),
            defaultValue=False))
        advanced = [
            QgsProcessingParameterString(
                "FIELD_MAP", self.tr("Other field names of some periods (their_field=field; …)"),
                optional=True),
            QgsProcessingParameterRasterLayer(
                "WEIGHT_RASTER", self.tr("Weight raster for harmonising (dasymetric)"), optional=True),
            QgsProcessingParameterFeatureSource(
                "ADDRESS_POINTS", self.tr("Address points for harmonising (dasymetric)"),
                [QgsProcessing.TypeVectorPoint], optional=True),
            QgsProcessingParameterField(
                "ADDRESS_WEIGHT", self.tr("Weight field of the address points (e.g. households; empty: 1 each)"),
                parentLayerParameterName="ADDRESS_POINTS", type=QgsProcessingParameterField.Numeric,
                optional=True),
            static_enum("LANGUAGE", self.tr("Language of the chart"), LANGUAGES, "auto"),
            QgsProcessingParameterString(
                "CHANGE_FROM", self.tr("Change classes from period (a date of the series; default: the first)"),
                optional=True),
            QgsProcessingParameterString(
                "CHANGE_TO", self.tr("Change classes to period (a date of the series; default: the last)"),
                optional=True),
        ]
        self.add_advanced(*advanced)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "LONG", self.tr("Long table (period, district, counts, shares, LQ)"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SERIES", self.tr("Index series"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "CHANGE", self.tr("Change classes per district"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "ACCOUNTING", self.tr("Accounting per period"), QgsProcessing.TypeVector,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "BREAKS", self.tr("Fixed class breaks of the series"), "JSON (*.json)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "CHART_PNG", self.tr("Trend chart (PNG)"), "PNG (*.png)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "CHART_SVG", self.tr("Trend chart (SVG)"), "SVG (*.svg)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "MAP_PAGE", self.tr("Small-multiples map page of the first group's share (PNG)"), "PNG (*.png)",
            optional=True))

    # ------------------------------------------------------------------ reading
    def _input_sources(self, parameters, context):
        """The period tables and geometries are inputs too: no output may overwrite one."""
        found = super()._input_sources(parameters, context)
        try:
            for p in self._periods(parameters, context):
                found.append(p.path)
                if p.geometry:
                    found.append(p.geometry)
        except InputError:
            pass  # run_checked reports it
        return found

    def _periods(self, parameters, context):
        from ..qgis_io.series import periods_from_folder, periods_from_table, sort_and_check

        folder = self.parameterAsFile(parameters, "FOLDER", context)
        table = self.parameterAsFile(parameters, "SERIES_TABLE", context)
        if bool(folder) == bool(table):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Give either FOLDER (with PATTERN and KEY_FIELD) or SERIES_TABLE, not both or neither."))
        if table:
            periods = periods_from_table(table)
        else:
            pattern = self.parameterAsString(parameters, "PATTERN", context) or DEFAULT_PATTERN
            key = self.parameterAsString(parameters, "KEY_FIELD", context) or "id"
            periods = periods_from_folder(folder, pattern, key)
        return sort_and_check(periods)

    def run_checked(self, parameters, context, feedback):
        from ..core.catalogue import compute_indices
        from ..core.monitoring import LQ_BREAKS, Harmoniser, change_classes, change_tests, series_breaks, shares_and_lq
        from ..qgis_io.join_common import read_districts
        from ..qgis_io.series import (Generation, assign, on_units, open_layer, overlay_weights,
                                      parse_field_map, read_address_points, read_period)

        target_src = self.parameterAsSource(parameters, "TARGET", context)
        if target_src is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "TARGET: no district layer given, or it cannot be opened."))
        t_label = target_src.sourceName() or "TARGET"
        tkey = self.parameterAsString(parameters, "TARGET_KEY", context)
        total_field = (self.parameterAsString(parameters, "TOTAL_FIELD", context) or "").strip()
        groups = [g.strip() for g in (self.parameterAsString(parameters, "GROUP_FIELDS", context) or "").split(",")
                  if g.strip()]
        if not total_field or not groups:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "TOTAL_FIELD and GROUP_FIELDS: name the total and at least one group field."))
        if total_field in groups or len(set(groups)) != len(groups):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "GROUP_FIELDS: each group once, and not the total field."))
        multigroup = self.parameterAsBool(parameters, "MULTIGROUP", context)
        codes = [c for c in self.parameterAsEnumStrings(parameters, "INDICES", context) if c] or ["D", "H", "XPX"]
        if not multigroup and any(c in MULTIGROUP_CODES for c in codes):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "INDICES {items} are multigroup indices: set MULTIGROUP (the groups must partition the "
                "total)."),
                items=', '.join(c for c in codes if c in MULTIGROUP_CODES))
        bootstrap = self.parameterAsInt(parameters, "BOOTSTRAP", context)
        seed = parameters.get("SEED")
        seed = None if seed in (None, "") else self.parameterAsInt(parameters, "SEED", context)
        field_map = parse_field_map(self.parameterAsString(parameters, "FIELD_MAP", context))
        raster = self.parameterAsRasterLayer(parameters, "WEIGHT_RASTER", context) \
            if parameters.get("WEIGHT_RASTER") else None
        if parameters.get("WEIGHT_RASTER") and raster is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "WEIGHT_RASTER: the weight raster cannot be opened."))
        points_src = self.parameterAsSource(parameters, "ADDRESS_POINTS", context) \
            if parameters.get("ADDRESS_POINTS") else None
        if parameters.get("ADDRESS_POINTS") and points_src is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "ADDRESS_POINTS: the address point layer cannot be opened."))
        if raster is not None and points_src is not None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Give WEIGHT_RASTER or ADDRESS_POINTS for dasymetric harmonising, not both."))
        address_weight = self.parameterAsString(parameters, "ADDRESS_WEIGHT", context) or ""
        if address_weight and points_src is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "ADDRESS_WEIGHT is a field of ADDRESS_POINTS: give the address points too."))
        fields = [total_field] + groups

        periods = self._periods(parameters, context)
        feedback.pushInfo(self.tr("{n} periods: {first} … {last}").format(
            n=len(periods), first=periods[0].date, last=periods[-1].date))
        c0, c1 = self._change_periods(parameters, context, periods)
        target = Generation(read_districts(target_src, t_label, tkey, need_geometry=True), t_label)
        generations, names = [target], [t_label]
        prev_src = self.parameterAsSource(parameters, "PREVIOUS_GEOMETRY", context)
        prev_path = None
        if prev_src is not None:
            pkey = self.parameterAsString(parameters, "PREVIOUS_KEY", context)
            if not pkey:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "PREVIOUS_KEY: choose the key field of PREVIOUS_GEOMETRY."))
            p_label = prev_src.sourceName() or "PREVIOUS_GEOMETRY"
            generations.append(Generation(read_districts(prev_src, p_label, pkey, need_geometry=True), p_label))
            names.append(p_label)
            prev_path = (_layer_path(self.parameterAsVectorLayer(parameters, "PREVIOUS_GEOMETRY", context)), pkey)
        # geometries named in a series table: each opened once; the target's or PREVIOUS_GEOMETRY's file
        # (with the same key field) is that geometry
        known = {(_layer_path(self.parameterAsVectorLayer(parameters, "TARGET", context)), tkey): target}
        if prev_path is not None:
            known[prev_path] = generations[-1]
        explicit = {}
        for p in periods:
            if not p.geometry:
                continue
            if not p.geometry_key:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "SERIES_TABLE, period {date}: geometry '{geometry}' has no geometry_key."),
                    date=p.date, geometry=p.geometry)
            ident = (_real(p.geometry), p.geometry_key)
            if ident not in known:
                layer = open_layer(p.geometry, p.date)
                label = layer.name()
                if label in names:
                    label = f"{label} ({p.geometry_key})"
                known[ident] = Generation(read_districts(layer, label, p.geometry_key, need_geometry=True), label)
                generations.append(known[ident])
                names.append(label)
            explicit[p.date] = known[ident]

        feedback.setProgressText(self.tr("Reading the periods…"))
        for p in periods:
            read_period(p, fields, field_map)
            if feedback.isCanceled():
                return {}
        gen_of = [assign(p, generations, names, explicit.get(p.date)) for p in periods]

        points = None
        if points_src is not None and any(g is not target for g in gen_of):
            points = read_address_points(points_src, points_src.sourceName() or "ADDRESS_POINTS", address_weight,
                                         self.parameterAsVectorLayer(parameters, "ADDRESS_POINTS", context),
                                         parameters.get("ADDRESS_POINTS"), context)

        # every period on its generation, then on the target
        harmonisers = {}
        notes = []
        n = len(target)
        data = []      # (n, k) counts on target per period
        moved_all = []
        acc_rows = []
        uncovered_msgs = []
        weighting = "areal"
        if raster is not None:
            weighting = "dasymetric, weight raster '{}'".format(raster.name())
        elif points is not None:
            weighting = "dasymetric, address points '{}'".format(points.label)
        for p, gen in zip(periods, gen_of):
            counts, missing = on_units(p, gen, fields)
            if gen is target:
                data.append(counts)
                moved_all.append(np.zeros_like(counts))
                if missing:
                    notes.append(self.tr("{date}: {missing} target districts have no row (counted as 0).").format(
                        date=p.date, missing=missing))
                for j, f in enumerate(fields):
                    s = float(p.values[f].sum())
                    acc_rows.append([p.date, t_label, f, s, float(counts[:, j].sum()), 0.0, 0.0, 0.0, 0.0])
                continue
            harmoniser = harmonisers.get(id(gen))
            if harmoniser is None:
                feedback.setProgressText(self.tr("Intersecting the earlier boundaries with the target…"))
                p_src, p_dst, w, mass, more = overlay_weights(context, feedback, gen.districts, target.districts,
                                                              raster=raster, points=points)
                if feedback.isCanceled():
                    return {}
                notes.extend(more)
                harmoniser = harmonisers[id(gen)] = Harmoniser(p_src, p_dst, w, len(gen), n, mass=mass)
                if raster is not None:
                    text = self.tr("{units} units of '{source}' harmonised to {n} districts of '{target}' by the "
                                   "weight raster '{weights}': {split} units split between districts; pieces below "
                                   "1 % of a unit's area (slivers of differently digitised boundaries) given to its "
                                   "other pieces.")
                elif points is not None:
                    text = self.tr("{units} units of '{source}' harmonised to {n} districts of '{target}' by the "
                                   "address points '{weights}': {split} units split between districts; pieces "
                                   "below 1 % of a unit's area (slivers of differently digitised boundaries) given "
                                   "to its other pieces.")
                else:
                    text = self.tr("{units} units of '{source}' harmonised to {n} districts of '{target}' by area: "
                                   "{split} units split between districts; pieces below 1 % of a unit's area "
                                   "(slivers of differently digitised boundaries) given to its other pieces.")
                notes.append(text.format(units=len(gen), source=gen.label, n=n, target=t_label,
                                         weights=raster.name() if raster is not None else
                                         points.label if points is not None else "",
                                         split=harmoniser.split_sources))
                if harmoniser.dasymetric and harmoniser.fallback.any():
                    notes.append(self.tr("{k} of {units} units of '{source}' have no weight in any of their pieces "
                                         "and were harmonised by area (area_fallback in ACCOUNTING).").format(
                        k=int(harmoniser.fallback.sum()), units=len(gen), source=gen.label))
            sums, moved, uncovered, reassigned = harmoniser.apply(counts)
            fallback = harmoniser.fallback_mass(counts)
            if uncovered[0] > 0:
                tot = float(counts[:, 0].sum())
                uncovered_msgs.append(Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{date}: {n:.0f} of {total:.0f} ({pct:.2f} %)"),
                                           date=p.date, n=uncovered[0], total=tot, pct=100 * uncovered[0] / tot))
            data.append(sums)
            moved_all.append(moved)
            for j, f in enumerate(fields):
                acc_rows.append([p.date, gen.label, f, float(counts[:, j].sum()), float(sums[:, j].sum()),
                                 float(uncovered[j]), float(reassigned[j]), float(moved[:, j].sum()),
                                 float(fallback[j])])
        if uncovered_msgs:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "TARGET '{t_label}' does not cover the area of every period; '{total_field}' outside "
                "every target district: {uncovered_msgs}."),
                t_label=t_label, total_field=total_field, uncovered_msgs=uncovered_msgs)
        for row in acc_rows:
            s, d, u = row[3], row[4], row[5]
            if abs(d + u - s) > 1e-6 * max(1.0, s):
                raise QgsProcessingException(translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Accounting of {period} '{field}' does not add up ({districts} + {unmatched} != "
                    "{source}); this is a defect, please report it."),
                    period=row[0], field=row[2], districts=d, unmatched=u, source=s))
        harmonised = [g is not target for g in gen_of]

        # ------------------------------------------------------------ indices per period
        feedback.setProgressText(self.tr("Indices and bootstrap per period…"))
        values, reps, cis, units, index_notes = {}, {}, {}, {}, {}
        for j, p in enumerate(periods):
            m = data[j]
            drawn = {}
            rows = compute_indices(m[:, 0], {g: m[:, 1 + i] for i, g in enumerate(groups)}, codes=codes,
                                   multigroup=multigroup, permutations=0, bootstrap=bootstrap, seed=seed,
                                   replicates=drawn)
            for r in rows:
                key = (r.index, r.group)
                values.setdefault(key, [np.nan] * len(periods))[j] = r.value
                cis.setdefault(key, [(None, None)] * len(periods))[j] = (r.ci_low, r.ci_high)
                units.setdefault(key, [0] * len(periods))[j] = r.units
                index_notes.setdefault(key, [""] * len(periods))[j] = r.note
                reps.setdefault(key, [None] * len(periods))[j] = drawn.get(key)
            feedback.setProgress(100.0 * (j + 1) / len(periods))
            if feedback.isCanceled():
                return {}
        series = []
        for key, vals in values.items():
            tests = change_tests(vals, reps[key])
            for j, p in enumerate(periods):
                first, prev = tests[j]
                f = first or {}
                q = prev or {}
                series.append([p.date, key[0], key[1], _num(vals[j]), _num(cis[key][j][0]), _num(cis[key][j][1]),
                               int(units[key][j]), _num(f.get("difference")), _num(f.get("ci_low")),
                               _num(f.get("ci_high")), _num(f.get("p_value")), _num(q.get("difference")),
                               _num(q.get("ci_low")), _num(q.get("ci_high")), _num(q.get("p_value")),
                               bool(harmonised[j]),
                               (f"harmonised from {gen_of[j].label} ({weighting}); " if harmonised[j] else "")
                               + index_notes[key][j]])

        # ------------------------------------------------------------ long table, change, breaks
        min_count = self.parameterAsInt(parameters, "MIN_COUNT", context)
        masking = self.parameterAsBool(parameters, "MASK_COUNTS", context)
        long_rows = []
        share_series = {g: [] for g in groups}    # blank (NaN) where the group is suppressed
        lq_series = {g: [] for g in groups}
        hidden_series = {g: [] for g in groups}
        city = {g: [] for g in groups}            # from all counts (not a district value)
        n_hidden = 0
        keys_raw = [str(r) for r in target.districts.raw_keys]
        for j, p in enumerate(periods):
            m = data[j]
            tot = m[:, 0]
            with np.errstate(divide="ignore", invalid="ignore"):
                moved_share = np.where(tot > 0, moved_all[j][:, 0] / tot, 0.0)
            hidden, suppressed = suppressed_units(tot, {g: m[:, 1 + i] for i, g in enumerate(groups)}, min_count)
            n_hidden += int(suppressed.sum())
            derived = {}
            for i, g in enumerate(groups):
                share, lq, c = shares_and_lq(tot, m[:, 1 + i])
                derived[g + "_share"], derived[g + "_lq"] = share, lq
                city[g].append(c)
            blank_derived(derived, hidden)
            counts = {"total": tot}
            counts.update((g, m[:, 1 + i]) for i, g in enumerate(groups))
            if masking:
                blank_counts(counts, suppressed)
            per_group = []
            for g in groups:
                share_series[g].append(derived[g + "_share"])
                lq_series[g].append(derived[g + "_lq"])
                hidden_series[g].append(hidden[g])
                per_group.append((counts[g], derived[g + "_share"], derived[g + "_lq"], hidden[g]))
            for d in range(n):
                row = [p.date, keys_raw[d], _num(counts["total"][d])]
                for x, share, lq, flag in per_group:
                    row += [_num(x[d]), _num(share[d]), _num(lq[d]), bool(flag[d])]
                row += [bool(suppressed[d]), bool(harmonised[j]), float(moved_share[d])]
                long_rows.append(row)
        long_cols = [("period", "str"), ("district", "str"), ("total", "double")]
        for g in groups:
            long_cols += [(g, "double"), (g + "_share", "double"), (g + "_lq", "double"), (g + "_suppressed", "bool")]
        long_cols += [("suppressed", "bool"), ("harmonised", "bool"), ("moved_share", "double")]
        if n_hidden:
            feedback.pushInfo(self.tr("{n} district-periods have a total or group count above 0 and below the "
                                      "minimum count {m}: the shares and location quotients of those groups are "
                                      "left empty there (suppressed), and no change is given where either of the "
                                      "two compared periods is suppressed.").format(n=n_hidden, m=min_count))

        change = {}
        breaks = {"periods": [p.date for p in periods], "first": periods[0].date, "last": periods[-1].date,
                  "change_from": periods[c0].date, "change_to": periods[c1].date,
                  "boundary_change": _boundary(periods, harmonised),
                  "boundary_changes": [[periods[j - 1].date, periods[j].date] for j in range(1, len(periods))
                                       if gen_of[j] is not gen_of[j - 1]],
                  "geometries": {p.date: g.label for p, g in zip(periods, gen_of)}, "groups": {}}
        for g in groups:
            ch, rel, z, cls, city_pp, sd = change_classes(share_series[g][c0], share_series[g][c1],
                                                          city[g][c0], city[g][c1])
            change[g] = (ch, rel, cls, hidden_series[g][c0] | hidden_series[g][c1])
            breaks["groups"][g] = {
                "share": series_breaks(np.concatenate(share_series[g])),
                "lq": list(LQ_BREAKS),
                "change_pp": series_breaks(ch),
                "city_change_pp": round(float(city_pp), 6),
                "change_class_bounds_pp": [round(float(city_pp + b * sd), 6) for b in (-1.5, -0.5, 0.5, 1.5)],
            }
            feedback.pushInfo(self.tr("{group}: city share {a:.4f} → {b:.4f} ({pp:+.2f} percentage points)").format(
                group=g, a=city[g][c0], b=city[g][c1], pp=city_pp))

        for line in notes:
            feedback.pushInfo(line)

        # ------------------------------------------------------------ writing (everything is computed)
        feedback.setProgressText(self.tr("Writing…"))
        out = {"LONG": write_table(self, parameters, "LONG", context, long_cols, long_rows),
               "SERIES": write_table(self, parameters, "SERIES", context, SERIES_COLUMNS, series)}
        dest = self._write_change(parameters, context, target_src, target, groups, change)
        if dest is not None:
            out["CHANGE"] = dest
        if parameters.get("ACCOUNTING") not in (None, ""):
            out["ACCOUNTING"] = write_table(self, parameters, "ACCOUNTING", context, ACCOUNTING_COLUMNS, acc_rows)
        path = self.parameterAsFileOutput(parameters, "BREAKS", context)
        if path:
            tmp = files.temp_beside(path, ".json")
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(breaks, fh, indent=2, ensure_ascii=False)
            files.publish(tmp, path)
            out["BREAKS"] = path
        png = self.parameterAsFileOutput(parameters, "CHART_PNG", context)
        svg = self.parameterAsFileOutput(parameters, "CHART_SVG", context)
        if png or svg:
            from ..cartography.trend_chart import trend_chart

            language = self.parameterAsEnumString(parameters, "LANGUAGE", context) or "auto"
            chart = {k: (values[k], cis[k]) for k in values}
            for path, fmt in ((png, "png"), (svg, "svg")):
                if path:
                    tmp = files.temp_beside(path, "." + fmt)
                    trend_chart(tmp, fmt, [p.date for p in periods], chart, breaks["boundary_changes"], language)
                    files.publish(tmp, path)
                    out["CHART_" + fmt.upper()] = path
        page = self.parameterAsFileOutput(parameters, "MAP_PAGE", context)
        if page:
            from ..cartography.small_multiples import small_multiples

            shown = _map_periods([p.date for p in periods])
            language = self.parameterAsEnumString(parameters, "LANGUAGE", context) or "auto"
            rings = _rings(target, context)
            tmp = files.temp_beside(page, ".png")
            dates = [p.date for p in periods]
            small_multiples(tmp, rings, shown, [share_series[groups[0]][dates.index(d)] for d in shown],
                            breaks["groups"][groups[0]]["share"], groups[0], language,
                            suppressed=[hidden_series[groups[0]][dates.index(d)] for d in shown])
            files.publish(tmp, page)
            out["MAP_PAGE"] = page
        out["PERIODS"] = len(periods)
        out["HARMONISED"] = int(sum(harmonised))
        out["INPUT_SHA256"] = {p.date: p.sha256 for p in periods}
        return out

    def _change_periods(self, parameters, context, periods):
        """Positions of CHANGE_FROM and CHANGE_TO among the periods (default: the first and the last)."""
        dates = [p.date for p in periods]

        def position(name, default):
            text = (self.parameterAsString(parameters, name, context) or "").strip()
            if not text:
                return default
            if text not in dates:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: '{date}' is not a period of the series; its periods are {dates}."),
                    name=name, date=text, dates=", ".join(dates))
            return dates.index(text)

        c0, c1 = position("CHANGE_FROM", 0), position("CHANGE_TO", len(dates) - 1)
        if c0 >= c1:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "CHANGE_FROM ({first}) must be an earlier period than CHANGE_TO ({last})."),
                first=dates[c0], last=dates[c1])
        return c0, c1

    def _write_change(self, parameters, context, target_src, target, groups, change):
        fields = QgsFields(target_src.fields())
        extra = []
        for g in groups:
            extra += [(g + "_change_pp", FieldType.Double), (g + "_change_rel_pp", FieldType.Double),
                      (g + "_change_class", FieldType.Int), (g + "_suppressed", FieldType.Bool)]
        extra.append(("suppressed", FieldType.Bool))
        existing = {f.lower() for f in fields.names()}
        clash = [name for name, _ in extra if name.lower() in existing]
        if clash:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{target_label}' already has a field named {clash!r}."),
                target_label=target.label, clash=clash[0])
        for name, kind in extra:
            fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(parameters, "CHANGE", context, fields, target_src.wkbType(),
                                          target_src.sourceCrs())
        if sink is None:
            return None
        any_hidden = np.zeros(len(target.districts.features), dtype=bool)
        for g in groups:
            any_hidden |= change[g][3]
        feats = []
        for i, src in enumerate(target.districts.features):
            f = QgsFeature(fields)
            f.setGeometry(src.geometry())
            vals = []
            for g in groups:
                ch, rel, cls, hidden = change[g]
                vals += [_num(ch[i]), _num(rel[i]), None if not np.isfinite(cls[i]) else int(cls[i]),
                         bool(hidden[i])]
            vals.append(bool(any_hidden[i]))
            f.setAttributes(list(src.attributes()) + vals)
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest


def _real(path):
    return os.path.realpath(str(path).split("|", 1)[0])


def _layer_path(layer):
    """The file of a vector layer (for recognising it when a series table names it), or None."""
    if layer is None:
        return None
    from qgis.core import QgsProviderRegistry

    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
    return _real(path) if path else None


def _boundary(periods, harmonised):
    """(last date on the earlier boundaries, first date on the target's) or None."""
    for j in range(1, len(periods)):
        if harmonised[j - 1] and not harmonised[j]:
            return [periods[j - 1].date, periods[j].date]
    return None


def _map_periods(dates):
    """Every period when there are at most ten, else the last period of each year."""
    if len(dates) <= 10:
        return list(dates)
    last = {}
    for d in dates:
        last[d[:4]] = d
    return [last[y] for y in sorted(last)]


def _rings(target, context):
    """[(district index, (k, 2) exterior ring)] of the target districts in a projected CRS."""
    from qgis.core import QgsGeometry, QgsRectangle

    from ..qgis_io.join_areal import _transform, working_crs

    extent = QgsRectangle()
    for f in target.districts.features:
        if f.hasGeometry():
            extent.combineExtentWith(f.geometry().boundingBox())
    crs, _note = working_crs(target.districts.crs, target.districts.crs, extent, context)
    transform = _transform(target.districts.crs, crs, context)
    rings = []
    for i, f in enumerate(target.districts.features):
        g = QgsGeometry(f.geometry())
        if g.isNull() or g.isEmpty():
            continue
        if transform is not None:
            g.transform(transform)
        polygons = g.asMultiPolygon() if g.isMultipart() else [g.asPolygon()]
        for poly in polygons:
            if poly:
                rings.append((i, np.array([(p.x(), p.y()) for p in poly[0]])))
    return rings
