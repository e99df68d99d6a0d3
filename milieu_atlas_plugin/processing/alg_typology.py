"""milieuatlas:districttypology: districts grouped into types by their composition (k-means as in
the UK Output Area Classification, contiguous Ward regions, or Berlin's MSS index classes)."""
import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)

from ..compat import FieldType, parameter_as_fields
from ..errors import InputError, QT_TRANSLATE_NOOP
from ..qgis_io.read import layer_label, numeric_fields, require_features, require_fields
from .base import MilieuAlgorithm, static_enum, write_table
from .params import optional_seed

METHODS = ["kmeans", "contiguous", "mss"]
TRANSFORMS = ["asinh_range", "zscore", "none"]
# How many feature ids a log line lists before it says "…".
LIST_IDS = 10


def _ids(fids, mask):
    chosen = fids[mask]
    text = ", ".join(str(int(f)) for f in chosen[:LIST_IDS])
    return text + (", …" if chosen.size > LIST_IDS else "")


class DistrictTypology(MilieuAlgorithm):
    ALG_ID = "districttypology"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("DistrictTypology", "District typology")
    GROUP_ID = "milieus"
    GROUP_NAME = QT_TRANSLATE_NOOP("DistrictTypology", "Milieus and participation")
    HELP = QT_TRANSLATE_NOOP(
        "DistrictTypology",
        "Groups districts into types by their composition and writes type_id, type_label and "
        "type_distance (distance to the type centre divided by the type's root-mean-square "
        "distance: about 1 is typical, 2 and more unusual) to a copy of the input.<br>"
        "<b>kmeans</b>: k-means with many k-means++ restarts on the transformed indicators, as the "
        "UK Output Area Classification (asinh_range: inverse hyperbolic sine, then scaled to "
        "0-1). Types are numbered by size (1 = largest); the same seed gives the same types, "
        "whatever the order of the features.<br>"
        "<b>contiguous</b>: Ward clustering that only merges neighbouring polygons (queen "
        "contiguity): every type is one connected region. Districts without a neighbour "
        "(islands) stay unclassified; separate areas of the layer get separate types; both are "
        "reported.<br>"
        "<b>mss</b>: the index method of Berlin's Monitoring Soziale Stadtentwicklung: status "
        "and dynamics indicators (high values = disadvantage) are z-scored, summed and z-scored "
        "again; status classes 1 hoch (below -1), 2 mittel, 3 niedrig (above +1), 4 sehr "
        "niedrig (above +1.5); dynamics 1 positiv (below -1), 2 stabil, 3 negativ (above +1). "
        "type_id = 10 × status + dynamics. Needs no scikit-learn.<br>"
        "K = 0 chooses between 2 and 10 types by the silhouette (reported in the log). "
        "Districts with an empty (NULL) indicator, or with fewer residents than the minimum "
        "population when a population field is given, stay unclassified and are counted. "
        "PROFILE lists per type the number of districts, the population, the mean of every "
        "indicator and its index score (type mean / mean of all classified districts × 100). "
        "kmeans and contiguous need scikit-learn (Debian: python3-sklearn).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("Districts (layer or table, one row per district)"),
            [QgsProcessing.TypeVector]))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", self.tr("Indicator fields (kmeans, contiguous; with mss: more profile "
                              "columns)"),
            parentLayerParameterName="INPUT", allowMultiple=True, optional=True))
        self.addParameter(static_enum("METHOD", self.tr("Method"), METHODS, default="kmeans"))
        self.addParameter(QgsProcessingParameterNumber(
            "K", self.tr("Number of types (0: choose 2-10 by silhouette)"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "RESTARTS", self.tr("k-means restarts"), QgsProcessingParameterNumber.Integer,
            defaultValue=100, minValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, optional=True))
        self.addParameter(static_enum("TRANSFORM", self.tr("Transformation of the indicators"),
                                      TRANSFORMS, default="asinh_range"))
        self.addParameter(QgsProcessingParameterField(
            "STATUS_FIELDS", self.tr("Status indicators (mss; high = disadvantage)"),
            parentLayerParameterName="INPUT", allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "DYNAMICS_FIELDS", self.tr("Dynamics indicators (mss; high = worsening)"),
            parentLayerParameterName="INPUT", allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", self.tr("Population field (optional)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_POPULATION", self.tr("Minimum population (smaller districts stay unclassified)"),
            QgsProcessingParameterNumber.Integer, defaultValue=300, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", self.tr("Districts with types"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "PROFILE", self.tr("Type profiles"), QgsProcessing.TypeVector, optional=True))
        self.addOutput(QgsProcessingOutputNumber("K", self.tr("Number of types")))
        self.addOutput(QgsProcessingOutputNumber("SILHOUETTE", self.tr(
            "Silhouette of the chosen number of types (K = 0)")))
        self.addOutput(QgsProcessingOutputString("SILHOUETTES", self.tr(
            "Silhouette of every number of types tried (K = 0)")))
        self.addOutput(QgsProcessingOutputNumber("CLASSIFIED", self.tr("Classified districts")))
        self.addOutput(QgsProcessingOutputNumber("UNCLASSIFIED", self.tr(
            "Unclassified districts (NULL, small population, islands)")))
        self.addOutput(QgsProcessingOutputNumber("ISLANDS", self.tr(
            "Districts without a neighbour (contiguous)")))
        self.addOutput(QgsProcessingOutputNumber("AREAS", self.tr(
            "Separate areas of the layer (contiguous)")))
        self.addOutput(QgsProcessingOutputNumber("WITHIN_SS", self.tr(
            "Within-type sum of squares (transformed indicators)")))

    def templates(self):
        """Label templates for the core, translated (same keys and placeholders as core.TEMPLATES)."""
        return {
            "high": self.tr("high share of {names}"),
            "low": self.tr("low share of {names}"),
            "average": self.tr("average composition"),
            "duplicate": self.tr("{label} (type {id})"),
            "mss": self.tr("Status {status}, dynamics {dynamics}"),
            "status_1": self.tr("high"),
            "status_2": self.tr("medium"),
            "status_3": self.tr("low"),
            "status_4": self.tr("very low"),
            "dynamics_1": self.tr("positive"),
            "dynamics_2": self.tr("stable"),
            "dynamics_3": self.tr("negative"),
        }

    def run_checked(self, parameters, context, feedback):
        from ..core import typology as core

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "No input layer given."))
        method = self.parameterAsEnumString(parameters, "METHOD", context) or "kmeans"
        fields = parameter_as_fields(self, parameters, "FIELDS", context)
        status = parameter_as_fields(self, parameters, "STATUS_FIELDS", context)
        dynamics = parameter_as_fields(self, parameters, "DYNAMICS_FIELDS", context)
        k = self.parameterAsInt(parameters, "K", context)
        restarts = self.parameterAsInt(parameters, "RESTARTS", context)
        seed = optional_seed(self, parameters, context)
        transform = self.parameterAsEnumString(parameters, "TRANSFORM", context) or "asinh_range"
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context) or None
        min_pop = self.parameterAsInt(parameters, "MIN_POPULATION", context)
        label = layer_label(layer)

        if method == "mss":
            if not status or not dynamics:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{label}': METHOD=mss needs STATUS_FIELDS and DYNAMICS_FIELDS."),
                    label=label)
            indicators = list(dict.fromkeys(status + dynamics + list(fields)))
        else:
            core.require_sklearn(method)
            if not fields:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{label}': choose at least one indicator field (FIELDS)."),
                    label=label)
            indicators = list(dict.fromkeys(fields))
            if method == "contiguous" and not (layer.isSpatial() and
                                               layer.geometryType() == QgsWkbTypes.PolygonGeometry):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{label}' has no polygons: METHOD=contiguous needs district polygons (kmeans and "
                    "mss also work on tables)."),
                    label=label)
        require_fields(layer, indicators + ([pop_field] if pop_field else []))
        require_features(layer)
        self._check_names(layer, method)
        fids, values = numeric_fields(layer, indicators + ([pop_field] if pop_field else []),
                                      allow_null=True)
        population = values[pop_field] if pop_field else None
        if pop_field is None and method == "mss":
            feedback.pushInfo(self.tr("No population field: no district is left out for a small "
                                      "population (the MSS leaves out those below 300)."))
        templates = self.templates()
        matrix = lambda names: np.column_stack([values[f] for f in names])  # noqa: E731
        try:
            if method == "mss":
                result = core.mss_typology(matrix(status), matrix(dynamics), status, dynamics,
                                           population=population, min_population=min_pop,
                                           templates=templates)
            elif method == "kmeans":
                result = core.kmeans_typology(matrix(fields), fields, k=k, restarts=restarts,
                                              seed=seed, transform_method=transform,
                                              population=population, min_population=min_pop,
                                              templates=templates)
            else:
                ctx, tiebreak = self._adjacency(layer, fids, feedback)
                result = core.contiguous_typology(matrix(fields), fields, ctx, k=k, seed=seed,
                                                  transform_method=transform,
                                                  population=population,
                                                  min_population=min_pop, tiebreak=tiebreak,
                                                  templates=templates)
        except InputError as exc:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Layer '{label}': {error}"),
                label=label, error=exc) from exc
        if feedback.isCanceled():
            return {}
        self._report(result, fids, method, k, min_pop, pop_field, feedback)
        rows = core.profile(matrix(indicators), indicators, result, population)
        dest = self._write(parameters, context, layer, fids, result, method)
        out = {"OUTPUT": dest, "K": int(result.k), "CLASSIFIED": int(result.classified.sum()),
               "UNCLASSIFIED": int(len(fids) - result.classified.sum()),
               "WITHIN_SS": float(result.inertia)}
        if result.silhouettes:
            out["SILHOUETTE"] = float(result.silhouettes[result.k])
            out["SILHOUETTES"] = "; ".join(f"{c}: {v:.4f}" for c, v in
                                           sorted(result.silhouettes.items()))
        if result.islands is not None:
            out["ISLANDS"] = int(result.islands.sum())
            out["AREAS"] = int(result.components)
        if parameters.get("PROFILE") not in (None, ""):
            out["PROFILE"] = self._write_profile(parameters, context, indicators, rows)
        return out

    def _check_names(self, layer, method):
        names = layer.fields().names()
        new = ["type_id", "type_label", "type_distance"]
        if method == "mss":
            new += ["mss_status", "mss_dynamics", "mss_status_index", "mss_dynamics_index"]
        for name in new:
            if name in names:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Layer '{layer_label}' already has a field '{name}'; rename it or choose another layer."),
                    layer_label=layer_label(layer), name=name)

    def _adjacency(self, layer, fids, feedback):
        """Queen contiguity aligned with `fids`, centroids as the order-free tie-break, and a
        report of the multi-part districts (their parts count as one district)."""
        from ..qgis_io.spatial_context import spatial_context

        ctx = spatial_context(layer, feedback, fids=fids)
        if ctx.note:
            feedback.pushInfo(ctx.note)
        multi = []
        for feat in layer.getFeatures(QgsFeatureRequest().setNoAttributes()):
            geom = feat.geometry()
            if geom.isMultipart() and geom.constGet().numGeometries() > 1:
                multi.append(feat.id())
        if multi:
            multi = np.array(multi)
            feedback.pushWarning(self.tr(
                "{n} districts consist of several parts (features {ids}): a district is "
                "a neighbour of every district one of its parts touches, so a type may reach "
                "across the gap between its parts.").format(n=multi.size,
                                                            ids=_ids(multi, np.ones(multi.size, bool))))
        return ctx.contiguity, ctx.centroids

    def _report(self, result, fids, method, k, min_pop, pop_field, feedback):
        from ..core import typology as core

        if result.missing.any():
            feedback.pushWarning(self.tr(
                "{n} districts have an empty (NULL) indicator and stay unclassified "
                "(features {ids}).").format(n=int(result.missing.sum()),
                                            ids=_ids(fids, result.missing)))
        if result.small.any():
            feedback.pushWarning(self.tr(
                "{n} districts have fewer than {m} residents in '{field}' and stay unclassified "
                "(features {ids}).").format(n=int(result.small.sum()), m=min_pop, field=pop_field,
                                            ids=_ids(fids, result.small)))
        if result.islands is not None:
            if result.islands.any():
                feedback.pushWarning(self.tr(
                    "{n} districts have no classified neighbour (islands) and stay unclassified: "
                    "a contiguous type cannot include them (features {ids}).").format(
                        n=int(result.islands.sum()), ids=_ids(fids, result.islands)))
            if result.components > 1:
                feedback.pushWarning(self.tr(
                    "The districts form {n} separate areas; each gets its own types, no type "
                    "crosses between them.").format(n=result.components))
        for c, score in sorted(result.silhouettes.items()):
            feedback.pushInfo(self.tr("K = {k}: silhouette {s:.4f}").format(k=c, s=score))
        if result.silhouettes:
            feedback.pushInfo(self.tr("K = {k} chosen (highest silhouette).").format(k=result.k))
            if result.classified.sum() > core.SILHOUETTE_SAMPLE:
                feedback.pushInfo(self.tr(
                    "The silhouettes are estimated on a random sample of {n} districts (seeded)."
                ).format(n=core.SILHOUETTE_SAMPLE))
        elif method == "mss" and k:
            feedback.pushInfo(self.tr("METHOD=mss has fixed classes: K is ignored."))
        feedback.pushInfo(self.tr("{n} districts in {k} types.").format(
            n=int(result.classified.sum()), k=len(result.labels)))
        for c in sorted(result.labels):
            count = int((result.type_id == c).sum())
            feedback.pushInfo(f"{c:3d}  {count:6d}  {result.labels[c]}")

    def _write(self, parameters, context, layer, fids, result, method):
        fields = QgsFields(layer.fields())
        extra = []
        fields.append(QgsField("type_id", FieldType.Int))
        fields.append(QgsField("type_label", FieldType.String))
        fields.append(QgsField("type_distance", FieldType.Double))
        if method == "mss":
            for name in ("mss_status", "mss_dynamics"):
                fields.append(QgsField(name, FieldType.Int))
                extra.append((result.extra[name], int))
            for name in ("mss_status_index", "mss_dynamics_index"):
                fields.append(QgsField(name, FieldType.Double))
                extra.append((result.extra[name], float))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, layer.wkbType(),
                                          layer.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        position = {int(fid): i for i, fid in enumerate(fids)}
        out = []
        for feat in layer.getFeatures(QgsFeatureRequest()):
            i = position[feat.id()]
            attrs = list(feat.attributes())
            t = result.type_id[i]
            if t == t:
                attrs += [int(t), result.labels[int(t)], float(result.distance[i])]
            else:
                attrs += [None, None, None]
            for column, kind in extra:
                v = column[i]
                attrs.append(None if v != v else kind(v))
            f = QgsFeature(fields)
            f.setGeometry(feat.geometry())
            f.setAttributes(attrs)
            out.append(f)
        sink.addFeatures(out, QgsFeatureSink.FastInsert)
        return dest

    def _write_profile(self, parameters, context, indicators, rows):
        columns = [("type_id", "int"), ("type_label", "str"), ("districts", "int"),
                   ("population", "double")]
        for name in indicators:
            columns += [(f"{name}_mean", "double"), (f"{name}_index", "double")]
        table = []
        for r in rows:
            label = r["type_label"] if r["type_id"] is not None else self.tr("all classified districts")
            row = [r["type_id"], label, r["districts"], r["population"]]
            for name in indicators:
                m, ix = r["means"][name], r["index"][name]
                row += [m, None if ix != ix else ix]
            table.append(row)
        return write_table(self, parameters, "PROFILE", context, columns, table)
