"""`milieuatlas:jointodistricts`: a source layer or table joined to district polygons, every count
accounted for (contracts.md). Everything is read, validated and computed before any output exists."""
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
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import FieldType, parameter_as_fields, wkb_type
from ..core.accounting import COLUMNS, AccountingError, accounting_rows, format_rows
from ..core.shares import SCALE, ShareError, ShareStats, detect_unit, shares_to_counts
from ..errors import InputError, QT_TRANSLATE_NOOP, Text, translated
from .base import MilieuAlgorithm, static_enum, table_fields

MODES = ["key", "points", "areal", "dasymetric"]
INVALID = ["repair", "refuse"]
SHARE_UNITS = ["auto", "percent", "fraction"]


class JoinToDistricts(MilieuAlgorithm):
    ALG_ID = "jointodistricts"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("JoinToDistricts", "Join data to districts")
    GROUP_ID = "data"
    GROUP_NAME = QT_TRANSLATE_NOOP("JoinToDistricts", "Data preparation")
    HELP = QT_TRANSLATE_NOOP(
        "JoinToDistricts",
        "Joins a source layer or table to district polygons and sums count fields per district.\n"
        "MODE key: attribute join by SOURCE_KEY = DISTRICT_KEY (keys compared after trimming spaces and "
        "leading zeros of numeric keys). A long table (one row per unit and category) is pivoted when "
        "CATEGORY_FIELD and VALUE_FIELD are given.\n"
        "MODE points: counts of points summed per district; a point on a boundary shared by two "
        "districts is counted once (in the district to its east, or north for an east-west boundary).\n"
        "MODE areal: count_d = sum count_s * area(s ∩ d) / area(s), areas in a projected CRS.\n"
        "MODE dasymetric: as areal, weighted by the mass of WEIGHT_RASTER inside each piece (a raster "
        "cell belongs to the piece that contains its centre); sources without raster mass fall back "
        "to area (and are reported).\n"
        "FIELDS_ARE_SHARES: the fields are shares (percent or fraction, detected) of TOTAL_FIELD and are "
        "written as counts named <field>_count.\n"
        "What matches no district goes to UNMATCHED; ACCOUNTING lists per field the source total, the "
        "sum over districts and the unmatched sum, which add up.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DISTRICTS", self.tr("District polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "DISTRICT_KEY", self.tr("District key field"), parentLayerParameterName="DISTRICTS"))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SOURCE", self.tr("Source layer or table"), [QgsProcessing.TypeVector]))
        self.addParameter(static_enum("MODE", self.tr("Join mode"), MODES, "key"))
        self.addParameter(QgsProcessingParameterField(
            "SOURCE_KEY", self.tr("Source key field (key mode)"), parentLayerParameterName="SOURCE",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", self.tr("Count or share fields to carry"), parentLayerParameterName="SOURCE",
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "TOTAL_FIELD", self.tr("Total field"), parentLayerParameterName="SOURCE", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "FIELDS_ARE_SHARES", self.tr("Fields are shares of the total (percent or fraction)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterRasterLayer(
            "WEIGHT_RASTER", self.tr("Weight raster (dasymetric mode)"), optional=True))
        self.addParameter(static_enum("INVALID_GEOMETRY", self.tr("Invalid geometries"), INVALID, "repair"))
        advanced = [
            static_enum("SHARE_UNIT", self.tr("Unit of the shares"), SHARE_UNITS, "auto"),
            QgsProcessingParameterField(
                "CATEGORY_FIELD", self.tr("Category field (long table, key mode)"),
                parentLayerParameterName="SOURCE", optional=True),
            QgsProcessingParameterField(
                "VALUE_FIELD", self.tr("Value field (long table, key mode)"),
                parentLayerParameterName="SOURCE", optional=True),
            QgsProcessingParameterString(
                "CATEGORIES", self.tr("Categories to carry (long table; comma separated, empty = all)"),
                optional=True),
        ]
        self.add_advanced(*advanced)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with joined fields"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "UNMATCHED", self.tr("Unmatched source rows, points or pieces"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "ACCOUNTING", self.tr("Accounting table"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))

    # ------------------------------------------------------------------ reading
    def _source(self, parameters, name, context, required=True):
        src = self.parameterAsSource(parameters, name, context)
        if src is None and required:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "No layer given for {name}, or it cannot be opened: {parameters!r}."),
                name=name, parameters=parameters.get(name))
        return src

    def run_checked(self, parameters, context, feedback):
        from ..qgis_io.join_common import read_districts

        mode = self.parameterAsEnumString(parameters, "MODE", context) or "key"
        if mode not in MODES:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "MODE must be one of {modes}; got '{mode}'."),
                modes=', '.join(MODES), mode=mode)
        policy = self.parameterAsEnumString(parameters, "INVALID_GEOMETRY", context) or "repair"
        districts_src = self._source(parameters, "DISTRICTS", context)
        source = self._source(parameters, "SOURCE", context)
        d_label = districts_src.sourceName() or "DISTRICTS"
        s_label = source.sourceName() or "SOURCE"
        dkey = self.parameterAsString(parameters, "DISTRICT_KEY", context)
        if not dkey:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "DISTRICT_KEY: choose the key field of the district layer."))
        fields = parameter_as_fields(self, parameters, "FIELDS", context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context) or None
        are_shares = self.parameterAsBool(parameters, "FIELDS_ARE_SHARES", context)
        share_unit = self.parameterAsEnumString(parameters, "SHARE_UNIT", context) or "auto"
        category_field = self.parameterAsString(parameters, "CATEGORY_FIELD", context) or None
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context) or None
        categories = [c.strip() for c in (self.parameterAsString(parameters, "CATEGORIES", context) or "").split(",")
                      if c.strip()]
        long_format = bool(category_field or value_field)
        if long_format and not (category_field and value_field):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "A long table needs both CATEGORY_FIELD and VALUE_FIELD."))
        if long_format and mode != "key":
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "A long table (CATEGORY_FIELD/VALUE_FIELD) is pivoted in key mode only."))
        if long_format and are_shares:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "FIELDS_ARE_SHARES applies to a wide table, not to a long table."))
        if not long_format and not fields and not total_field:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "FIELDS: choose at least one count or share field of '{s_label}'."),
                s_label=s_label)
        if are_shares and not total_field:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "FIELDS_ARE_SHARES needs TOTAL_FIELD: the shares are converted to counts of it."))
        if source.featureCount() == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{s_label}' is empty: it has no features."),
                s_label=s_label)
        if districts_src.featureCount() == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{d_label}' is empty: it has no features."),
                d_label=d_label)

        feedback.setProgressText(self.tr("Reading districts…"))
        districts = read_districts(districts_src, d_label, dkey, need_geometry=True)
        if mode != "key":
            from ..qgis_io.geometry_checks import overlap_note

            overlap = overlap_note([f.geometry() for f in districts.features], [f.id() for f in districts.features],
                                   d_label, "districts")
            if overlap:
                feedback.pushWarning(translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{overlap}: a point there is counted in the first of them in layer order"),
                    overlap=overlap) if mode == "points" else overlap)
        # carried value columns: name in output -> source field(s)
        value_fields = [f for f in fields if f != total_field]
        carry = ([total_field] if total_field else []) + value_fields

        converter = None
        if are_shares:
            converter = _ShareConverter(value_fields, total_field, share_unit, s_label)

        if not long_format:
            planned = carry if converter is None else [total_field] + [f + "_count" for f in value_fields]
            self._check_names(districts_src, d_label, planned)
        if mode == "key":
            result = self._key(parameters, context, districts, source, s_label, carry, converter,
                               long_format, category_field, value_field, categories)
        elif mode == "points":
            from ..qgis_io.join_points import points_join

            result = points_join(self, parameters, context, feedback, districts, source, s_label, carry,
                                 converter, policy)
        else:
            from ..qgis_io.join_areal import areal_join

            raster = None
            if mode == "dasymetric":
                raster = self.parameterAsRasterLayer(parameters, "WEIGHT_RASTER", context)
                if raster is None:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "MODE=dasymetric needs WEIGHT_RASTER (a population or building raster)."))
            elif parameters.get("WEIGHT_RASTER"):
                feedback.pushWarning(translated(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "WEIGHT_RASTER is used in dasymetric mode only; ignored in areal mode.")))
            result = areal_join(self, parameters, context, feedback, districts, source, s_label, carry,
                                converter, policy, raster)
        if feedback.isCanceled():
            return {}

        try:
            rows = accounting_rows(result.fields, result.source_totals,
                                   {f: float(np.nansum(result.district_values[f])) for f in result.fields},
                                   result.unmatched_totals)
        except AccountingError as exc:
            raise QgsProcessingException(exc.translated()) from exc
        self._check_names(districts_src, d_label, result.fields)

        for line in result.log:
            feedback.pushInfo(line)
        for line in result.warnings:
            feedback.pushWarning(line)
        feedback.pushInfo(self.tr("Accounting (source = districts + unmatched):"))
        for line in format_rows(rows):
            feedback.pushInfo("  " + line)

        feedback.setProgressText(self.tr("Writing…"))
        out = {"OUTPUT": self._write_districts(parameters, context, districts_src, districts, result)}
        unmatched_dest = self._write_unmatched(parameters, context, result)
        if unmatched_dest is not None:
            out["UNMATCHED"] = unmatched_dest
        acc_dest = self._write_accounting(parameters, context, rows)
        if acc_dest is not None:
            out["ACCOUNTING"] = acc_dest
        out["UNMATCHED_COUNT"] = len(result.unmatched)
        return out

    # ------------------------------------------------------------------ modes
    def _key(self, parameters, context, districts, source, s_label, carry, converter, long_format,
             category_field, value_field, categories):
        from ..qgis_io.join_key import key_join, pivot_long, read_key_table

        skey = self.parameterAsString(parameters, "SOURCE_KEY", context)
        if not skey:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "MODE=key needs SOURCE_KEY: the field of '{s_label}' holding the district key."),
                s_label=s_label)
        notes = []
        if long_format:
            fids, raw, keys, values, carry, notes = pivot_long(source, s_label, skey, category_field,
                                                               value_field, categories)
        else:
            from ..qgis_io.join_common import Named, check_counts
            from ..qgis_io.read import to_float_columns

            fids, raw, keys, rows = read_key_table(source, s_label, skey, carry)
            values = to_float_columns({f: [r[j] for r in rows] for j, f in enumerate(carry)}, Named(s_label), fids,
                                      log=notes)
            for f, a in values.items():
                check_counts(a, s_label, f, fids, negative_ok=converter is not None and f != converter.total)
            if converter is not None:
                values, carry = converter.convert(values, fids)
                notes.append(converter.note)
        result = key_join(districts, fids, raw, keys, values, carry, s_label, skey)
        result.log[:0] = notes
        return result

    # ------------------------------------------------------------------ writing
    def _check_names(self, districts_src, label, names):
        existing = {n.lower() for n in districts_src.fields().names()}
        clash = [n for n in names if n.lower() in existing]
        if clash:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}' already has a field named {items}; the joined field would hide it. "
                "Rename or remove it in the district layer first."),
                label=label, items=', '.join(repr(c) for c in clash))

    def _write_districts(self, parameters, context, districts_src, districts, result):
        fields = QgsFields(districts_src.fields())
        for f in result.fields:
            fields.append(QgsField(f, FieldType.Double))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, districts_src.wkbType(),
                                          districts_src.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        cols = [result.district_values[f] for f in result.fields]
        feats = []
        for i, src in enumerate(districts.features):
            f = QgsFeature(fields)
            f.setGeometry(src.geometry())
            extra = [None if np.isnan(c[i]) else float(c[i]) for c in cols]
            f.setAttributes(list(src.attributes()) + extra)
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest

    def _write_unmatched(self, parameters, context, result):
        fields = QgsFields()
        fields.append(QgsField("source_fid", FieldType.LongLong))
        fields.append(QgsField("source_key", FieldType.String))
        fields.append(QgsField("reason", FieldType.String))
        for f in result.fields:
            fields.append(QgsField(f, FieldType.Double))
        kw = {}
        if result.unmatched_crs is not None:
            kw["crs"] = result.unmatched_crs
        sink, dest = self.parameterAsSink(parameters, "UNMATCHED", context, fields,
                                          wkb_type(result.unmatched_geometry), **kw)
        if sink is None:
            return None
        feats = []
        names = fields.names()
        for geom, rec in result.unmatched:
            f = QgsFeature(fields)
            if geom is not None:
                f.setGeometry(geom)
            f.setAttributes([rec.get(n) for n in names])
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest

    def _write_accounting(self, parameters, context, rows):
        fields = table_fields(COLUMNS)
        sink, dest = self.parameterAsSink(parameters, "ACCOUNTING", context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            return None
        feats = []
        for row in rows:
            f = QgsFeature(fields)
            f.setAttributes(list(row))
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest


GIVEN = "as given by SHARE_UNIT"


class _ShareConverter:
    """Share fields of a total → counts named <field>_count (unit detected or given)."""

    def __init__(self, share_fields, total, unit, label):
        self.share_fields = share_fields
        self.total = total
        self.unit = unit
        self.label = label
        self.note = ""

    def convert(self, values, fids):
        shares = {f: values[f] for f in self.share_fields}
        try:
            if self.unit == "auto":
                unit, why = detect_unit(shares, ids=fids)
            else:
                unit, why = self.unit, GIVEN
            counts = shares_to_counts(shares, values[self.total], unit)
        except ShareError as exc:
            raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}': {error}"),
                             label=self.label, error=_row_to_fid(exc, fids)) from None
        self.note = self._note(unit, why)
        out = {self.total: values[self.total]}
        names = [self.total]
        for f in self.share_fields:
            out[f + "_count"] = counts[f]
            names.append(f + "_count")
        return out, names

    def _note(self, unit, why):
        if why == GIVEN:
            why = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "as given by SHARE_UNIT"))
        unit = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "percent")) if unit == "percent"
                else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "fraction")))
        return translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Share fields {fields} of '{label}' are {unit} of '{total}' ({why}); written as counts "
            "named <field>_count."), fields=", ".join(self.share_fields), label=self.label, unit=unit,
            total=self.total, why=why)

    # chunked use (points mode): start(), observe() per chunk, finish() once at the end
    def start(self):
        self._stats = ShareStats(self.share_fields)

    def observe(self, values, fids):
        """Records one chunk of rows (errors name its feature ids) and returns its columns to accumulate, in
        the order of finish()'s names: the total, then share × total per share field, not yet scaled by the
        unit (which is known only once every row has been seen)."""
        self._stats.update({f: values[f] for f in self.share_fields}, ids=fids, kind="feature")
        total = values[self.total]
        return [total] + [values[f] * total for f in self.share_fields]

    def finish(self):
        """(names, scales): the output columns and the factor each accumulated column is multiplied by."""
        try:
            if self.unit == "auto":
                unit, why = self._stats.unit()
            else:
                unit, why = self.unit, GIVEN
            self._stats.check_whole(unit)
        except ShareError as exc:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}': {error}"),
                label=self.label, error=exc) from None
        self.note = self._note(unit, why)
        names = [self.total] + [f + "_count" for f in self.share_fields]
        return names, [1.0] + [SCALE[unit]] * len(self.share_fields)


def _row_to_fid(exc, fids):
    """ShareError messages count rows from 1 ("row 3"): the same message naming the feature id."""
    params = {}
    for k, v in exc.params.items():
        if isinstance(v, Text) and v.template == "row {row}" and 0 < v.params["row"] <= len(fids):
            v = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "feature {fid}"), fid=fids[v.params["row"] - 1])
        params[k] = v
    return InputError(exc.template, **params)
