"""`milieuatlas:participationpotential`: status quo, potential and untapped participation per district from
milieu household counts and a rate table (illustrative by default), with 95 % intervals where the table
gives the respondents per milieu, and a summary table (city totals, districts ranked by untapped potential)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ..compat import FieldType, parameter_as_fields
from ..errors import InputError, QT_TRANSLATE_NOOP, Text
from .base import MilieuAlgorithm, write_table

SUMMARY_COLUMNS = [("rank", "int"), ("district", "str"), ("households", "double"), ("part_statusquo", "double"),
                   ("part_potential", "double"), ("part_untapped", "double"), ("part_untapped_rate", "double"),
                   ("part_untapped_ci_low", "double"), ("part_untapped_ci_high", "double"),
                   ("untapped_share_of_city", "double"), ("suppressed", "bool")]
# the summary's columns that add up to the city total (secondary suppression protects them)
ADDITIVE = ("households", "part_statusquo", "part_potential", "part_untapped")


class ParticipationPotential(MilieuAlgorithm):
    ALG_ID = "participationpotential"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ParticipationPotential", "Participation potential")
    GROUP_ID = "milieus"
    GROUP_NAME = QT_TRANSLATE_NOOP("ParticipationPotential", "Milieus and participation")
    HELP = QT_TRANSLATE_NOOP(
        "ParticipationPotential",
        "Where participation potential is large and untapped. For every district: part_statusquo = sum over "
        "milieus of households × status-quo rate (have taken part in local decisions), part_potential = "
        "households × potential rate (would take part), part_untapped = their difference; the same over the "
        "population as part_*_rate (POPULATION_FIELD, default the households of the milieu fields). Where the "
        "rate table gives the respondents n per milieu, part_untapped_ci_low/_high is the 95 % interval from "
        "the survey's sampling error: Var = Σ_m h_m² d_m(1−d_m)/n_m, h_m the district's households of milieu m, "
        "d_m = potential − status quo; the lower end is clipped at 0.\n"
        "RATES: a CSV with code, status_quo, potential, n, source, year (rates as fractions; every milieu of "
        "the MODEL once). The default table is ILLUSTRATIVE: invented rates that reproduce the vhw study's "
        "20 % / 40 % on the synthetic Berlin sample; replace it with your own survey.\n"
        "MILIEU_FIELDS: default mil_CODE for every code (the output of 'Milieu localisation'). Districts with "
        "more than 0 and fewer than MIN_COUNT households get no value and suppressed = true (an existing "
        "'suppressed' field stays true where it was); districts without households are not suppressed but "
        "have no value either. MASK_COUNTS: the milieu counts and the population of suppressed districts are "
        "left empty too (otherwise the layer keeps them for later steps).\n"
        "SUMMARY: the city totals, the districts ranked by untapped potential, then the districts without a "
        "value. Where the districts left out could be recovered from the city total (one suppressed "
        "district), the smallest other district is left out as well (secondary suppression); 'suppressed' "
        "marks both.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("Districts with milieu household counts"), [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterFile(
            "RATES", self.tr("Participation rate table (CSV; default: illustrative rates)"),
            behavior=QgsProcessingParameterFile.File, extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "MILIEU_FIELDS", self.tr("Milieu count fields (default: mil_CODE for every code)"),
            parentLayerParameterName="INPUT", allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", self.tr("Population field for the rates (default: the households)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_COUNT", self.tr("Minimum households shown (0 = no suppression)"),
            QgsProcessingParameterNumber.Double, defaultValue=5.0))
        advanced = [
            QgsProcessingParameterFile(
                "MODEL", self.tr("Milieu model (CSV; default: vhw migrant milieus)"),
                behavior=QgsProcessingParameterFile.File, extension="csv", optional=True),
            QgsProcessingParameterField(
                "KEY_FIELD", self.tr("District name or key for the summary (default: the first field)"),
                parentLayerParameterName="INPUT", optional=True),
            QgsProcessingParameterBoolean(
                "MASK_COUNTS", self.tr("Leave the counts of suppressed districts empty too"),
                defaultValue=False),
        ]
        self.add_advanced(*advanced)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with participation potential"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "SUMMARY", self.tr("Summary (city and districts ranked by untapped potential)"),
            QgsProcessing.TypeVector, optional=True, createByDefault=True))

    def run_checked(self, parameters, context, feedback):
        from ..core.milieu_model import load_model, load_rates
        from ..core.milieus import match_fields
        from ..core.participation import FIELDS, city_totals, participation, ranking
        from ..qgis_io.read import layer_label, numeric_fields, read_attributes, require_features

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "No layer given for INPUT, or it cannot be opened: {parameters!r}."),
                parameters=parameters.get('INPUT'))
        label = layer_label(layer)
        require_features(layer)
        model = load_model(self.parameterAsFile(parameters, "MODEL", context) or None)
        rates = load_rates(self.parameterAsFile(parameters, "RATES", context) or None, model)
        names = layer.fields().names()
        chosen = parameter_as_fields(self, parameters, "MILIEU_FIELDS", context)
        if not chosen and all(f"mil_{c}" in names for c in model.codes):
            fields = [f"mil_{c}" for c in model.codes]
        else:
            fields = match_fields(names, model, chosen, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}'"), layer=label))
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context) or None
        min_count = self.parameterAsDouble(parameters, "MIN_COUNT", context)
        mask = self.parameterAsBool(parameters, "MASK_COUNTS", context)
        key_field = self.parameterAsString(parameters, "KEY_FIELD", context) or (names[0] if names else None)
        clash = [f for f in FIELDS if f in names]
        if clash:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}' already has a field named {items}; rename or remove it first, or use a "
                "copy without it."),
                label=label, items=', '.join(repr(c) for c in clash))
        fids, values = numeric_fields(layer, fields + ([pop_field] if pop_field else []))
        counts = np.column_stack([values[f] for f in fields])
        population = values[pop_field] if pop_field else None
        try:
            out = participation(counts, rates, population=population, min_count=min_count)
        except InputError as exc:
            unit = getattr(exc, "unit", None)
            if unit is not None:
                raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}', feature {fid}: {error}"),
                                 layer=label, fid=fids[unit], error=exc) from None
            raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{label}': {error}"),
                             label=label, error=exc) from None
        city = city_totals(counts, rates, population)
        order = ranking(out)
        keys = []
        if key_field:
            _, cols = read_attributes(layer, [key_field])
            keys = ["" if v is None or (hasattr(v, "isNull") and v.isNull()) else str(v) for v in cols[key_field]]

        if rates.is_illustrative():
            feedback.pushWarning(self.tr("The rate table is ILLUSTRATIVE (invented rates, not a survey): use the "
                                         "results to try the method, not to decide. Replace it with your own "
                                         "survey (RATES)."))
        feedback.pushInfo(self.tr("Rates: {path}").format(path=rates.path))
        if not rates.has_n:
            feedback.pushInfo(self.tr("The rate table gives no respondents (n): no intervals."))
        feedback.pushInfo(self.tr("City: {h:,.0f} households, status quo {s:,.0f}, potential {p:,.0f}, untapped "
                                  "{u:,.0f} ({r:.1%}).").format(h=city["households"], s=city["part_statusquo"],
                                                               p=city["part_potential"], u=city["part_untapped"],
                                                               r=city["part_untapped_rate"]))
        n_sup = int(out["suppressed"].sum())
        if n_sup:
            feedback.pushInfo(self.tr("{n} districts have fewer than {m} households: no values "
                                      "(suppressed).").format(n=n_sup, m=f"{min_count:g}"))
        hidden_rows = self._summary_hidden(counts, rates, out, city)
        n_secondary = int(hidden_rows.sum()) - n_sup
        if n_secondary and parameters.get("SUMMARY") not in (None, ""):
            feedback.pushInfo(self.tr("Summary: {n} more districts left out, so that the suppressed ones "
                                      "cannot be recovered from the city total (secondary suppression).")
                              .format(n=n_secondary))
        if feedback.isCanceled():
            return {}

        dest = self._write(parameters, context, layer, fids, out, fields + ([pop_field] if pop_field else [])
                           if mask else [])
        result = {"OUTPUT": dest, "SUPPRESSED": n_sup, "CITY_UNTAPPED": city["part_untapped"]}
        rows = [[None, self.tr("City total"), city["households"], city["part_statusquo"], city["part_potential"],
                 city["part_untapped"], city["part_untapped_rate"], _num(city["part_untapped_ci_low"]),
                 _num(city["part_untapped_ci_high"]), 1.0, False]]
        ranked = [i for i in order if not hidden_rows[i]]
        for rank, i in enumerate(ranked, start=1):
            rows.append([rank, keys[i] if keys else str(fids[i]), float(out["households"][i])] +
                        [_num(out[f][i]) for f in ("part_statusquo", "part_potential", "part_untapped",
                                                   "part_untapped_rate", "part_untapped_ci_low",
                                                   "part_untapped_ci_high")] +
                        [_num(out["part_untapped"][i] / city["part_untapped"]) if city["part_untapped"] > 0
                         else None, False])
        listed = set(ranked)
        for i in range(len(fids)):     # no value (no households) or left out: listed without a value
            if i not in listed:
                households = None if hidden_rows[i] else float(out["households"][i])
                rows.append([None, keys[i] if keys else str(fids[i]), households] + [None] * 7 +
                            [bool(hidden_rows[i])])
        if parameters.get("SUMMARY") not in (None, ""):
            result["SUMMARY"] = write_table(self, parameters, "SUMMARY", context, SUMMARY_COLUMNS, rows)
        return result

    @staticmethod
    def _summary_hidden(counts, rates, out, city):
        """Districts left out of the summary: the suppressed ones and, where they could be recovered
        from the city total by subtraction, the smallest others (core.suppression.protect_table)."""
        from ..core.suppression import protect_table

        s = np.asarray(rates.status_quo, dtype=float)
        q = np.asarray(rates.potential, dtype=float)
        raw = np.column_stack([out["households"], counts @ s, counts @ q, counts @ (q - s)])
        table = np.vstack([[city[c] for c in ADDITIVE], raw])
        primary = np.zeros(table.shape, dtype=bool)
        primary[1:] = np.asarray(out["suppressed"], dtype=bool)[:, None]
        mask, _ = protect_table(table, primary, total_rows=[0], total_cols=[], whole_rows=True,
                                row_size=table[:, 0])
        return mask[1:].any(axis=1)

    def _write(self, parameters, context, layer, fids, out, masked_fields=()):
        from ..core.participation import FIELDS

        fields = QgsFields(layer.fields())
        for name in FIELDS:
            fields.append(QgsField(name, FieldType.Double))
        sup_idx = layer.fields().indexOf("suppressed")
        if sup_idx < 0:
            fields.append(QgsField("suppressed", FieldType.Bool))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(), layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        pos = {int(fid): i for i, fid in enumerate(fids)}
        cols = [[_num(v) for v in out[name].tolist()] for name in FIELDS]
        masked = [layer.fields().indexOf(f) for f in masked_fields]   # MASK_COUNTS
        feats = []
        for feat in layer.getFeatures(QgsFeatureRequest()):
            i = pos[feat.id()]
            attrs = list(feat.attributes())
            hidden = bool(out["suppressed"][i])
            if hidden:
                for j in masked:
                    attrs[j] = None
            if sup_idx >= 0:
                old = attrs[sup_idx]
                attrs[sup_idx] = hidden or (old not in (None, "") and not (hasattr(old, "isNull") and old.isNull())
                                            and bool(old) and str(old).lower() not in ("0", "false"))
            attrs += [c[i] for c in cols]
            if sup_idx < 0:
                attrs.append(hidden)
            f = QgsFeature(fields)
            if feat.hasGeometry():
                f.setGeometry(feat.geometry())
            f.setAttributes(attrs)
            feats.append(f)
        sink.addFeatures(feats, QgsFeatureSink.FastInsert)
        return dest


def _num(v):
    v = float(v)
    return None if v != v else v
