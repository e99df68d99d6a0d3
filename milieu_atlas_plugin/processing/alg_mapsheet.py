"""`milieuatlas:mapsheet`: a council-ready A4 landscape map sheet of one indicator (PDF, PNG)."""
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterExtent,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..compat import FieldType
from ..errors import InputError, QT_TRANSLATE_NOOP
from .base import MilieuAlgorithm, static_enum

CLASSIFICATIONS = ["auto", "quantile", "jenks", "equal", "pretty", "stddev", "fixed", "lq",
                   "categorical"]
LANGUAGES = ["auto", "de", "en"]
_TRUE = {"1", "true", "t", "yes", "y", "ja", "j", "x", "wahr"}
_FALSE = {"", "0", "false", "f", "no", "n", "nein", "falsch"}


def _is_null(v):
    return v is None or (hasattr(v, "isNull") and v.isNull())


def small_count(value, min_count):
    """The plugin's one suppression rule (core.suppression) for one count: NULL or 0 < c < min."""
    from ..core.suppression import small

    return bool(small([float("nan") if _is_null(value) else float(value)], min_count)[0])


def inhabited_parameter(alg, parameters, context, feedback):
    """The algorithm's INHABITED as a polygon layer (inhabited.inhabited_polygons), or None."""
    if not parameters.get("INHABITED"):
        return None
    from ..cartography.inhabited import inhabited_polygons

    source = alg.parameterAsLayer(parameters, "INHABITED", context)
    if source is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: the layer '{v}' could not be opened."),
            v=parameters.get("INHABITED"))
    return inhabited_polygons(source, feedback)


class MapSheet(MilieuAlgorithm):
    ALG_ID = "mapsheet"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("MapSheet", "Map sheet (PDF/PNG)")
    GROUP_ID = "cartography"
    GROUP_NAME = QT_TRANSLATE_NOOP("MapSheet", "Cartography")
    HELP = QT_TRANSLATE_NOOP(
        "MapSheet",
        "Prints a council-ready map sheet (A4 landscape by default) of one indicator of a "
        "district layer: title, subtitle, map, legend with the number of districts per class, "
        "the city value and a reading aid, scale bar in km, north arrow, a note saying what "
        "was measured on which units for which year, the source line and the date. Writes "
        "a PDF (vector, text searchable) and optionally a PNG and an SVG.\n"
        "\n"
        "INPUT: district polygons. FIELD: the indicator to map (a number, or text for categories).\n"
        "CLASSIFICATION: auto (a field named *_lq, *quotient* or *ratio* is a ratio to the "
        "average, a text field is categorical, a count is drawn as circles; anything else "
        "gets quantile classes), quantile, jenks (natural breaks), equal (equal intervals), "
        "pretty (rounded intervals), stddev (standard deviations around the mean), fixed "
        "(the limits in BREAKS, e.g. BREAKS=0.1,0.2,0.3 in the field's own unit: the same "
        "classes for every year of a series), lq or categorical (one colour per value: LISA "
        "classes HH/HL/LH/LL/ns, dominant milieu with MIX as 'mixed', district types). The "
        "classes are QGIS's own (graduated or categorized renderer). Ratios to the average "
        "(location quotients) get fixed classes symmetric around 1 (≤ 0.5, 0.5–0.8, 0.8–0.95, "
        "0.95–1.05, 1.05–1.25, 1.25–2, > 2), so 1 lies in the neutral middle class; orange "
        "below, blue above, different in lightness so that a grayscale print keeps the classes "
        "apart. Shares (*_share, *percentage*) are labelled in percent. A count (whole numbers, "
        "not a share, rate, quotient or index) is drawn as circles proportional to the count, "
        "never as coloured areas.\n"
        "CHANGE_FROM_FIELD: the earlier value of the indicator; the sheet maps FIELD minus it "
        "(percentage points for shares) on seven classes symmetric around 0, orange for a "
        "decrease, blue for an increase.\n"
        "CLASSES: number of classes (0 = 7 for ratios, 5 otherwise; ratios need an odd number).\n"
        "LANGUAGE: auto (the QGIS language), de or en: every text on the sheet, the legend "
        "and the number format (decimal comma in German).\n"
        "Confidentiality: SUPPRESS_FIELD (a true/false field such as 'suppressed') and/or "
        "COUNT_FIELD with MIN_COUNT (a count above 0 and below MIN_COUNT) hide a district's "
        "value: it is drawn hatched grey as 'suppressed / no data', like districts without "
        "a value, its numeric label is left out, and the sheet says how many were hidden "
        "and why. Where the sheet prints counts (the circles of a count map, whole-number "
        "labels) and would show every district but one, the smallest other district is hidden "
        "too, since a count's city total is published anyway (secondary suppression). "
        "POPULATION_FIELD with MIN_POPULATION (default 300) leaves units with too "
        "few residents for a meaningful value out of the classes in the same way; the population "
        "also weights the city value under the legend.\n"
        "TITLE, SUBTITLE, NOTE (default: written readably from the field, the layer and YEAR), "
        "SOURCE_TEXT (the data source and licence, printed as 'Source: …'; for the Berlin "
        "sample: 'Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE); Geoportal Berlin (dl-de/zero-2-0)'; "
        "without it the sheet is marked 'source missing'), LEGEND_TITLE, LABEL_FIELD (district "
        "names printed with a white halo; numbers as in the legend, with a decimal comma in "
        "German), BOUNDARIES (optional outlines drawn on top, e.g. "
        "Bezirke) with BOUNDARIES_NAME (its name in the legend; default derived from the "
        "layer name).\n"
        "MODEL: the milieu model file (codes, names, colours; default: the bundled vhw migrant "
        "milieus) for milieu fields: the dominant milieu is drawn in the model's colours "
        "with its names, MIX as 'mixed'.\n"
        "TEMPLATE: a4_landscape (default), a4_portrait, a3_landscape or the path of an office's "
        "own .qpt layout template (edit a bundled one in the layout designer; the items the "
        "sheet fills are found by their ids: title, subtitle, map, legend, reading_aid, suppression_note, "
        "north_arrow, scalebar, scale_text, note, source, date; optional overview).\n"
        "INHABITED (optional): a polygon layer of the inhabited land (e.g. residential blocks) "
        "or a raster whose cells above 0 are inhabited (e.g. a population grid): the colours "
        "are drawn only there, so forests, lakes and fields at the edge of the city do not "
        "dominate the sheet; the district boundaries are drawn in full and the sheet says so. "
        "Another CRS is reprojected.\n"
        "EXTENT (optional): the part of the city to show; when it leaves part of the city out, "
        "an inset (template item 'overview') shows the whole city with the frame of the map.\n"
        "OUTPUT_PDF, OUTPUT_PNG and OUTPUT_SVG (optional), DPI (of the PNG). Files are written "
        "completely or not at all. Runs on the main thread (print layouts need it).")

    INPUT = "INPUT"
    FIELD = "FIELD"
    TITLE = "TITLE"
    SUBTITLE = "SUBTITLE"
    SOURCE_TEXT = "SOURCE_TEXT"
    NOTE = "NOTE"
    YEAR = "YEAR"
    LEGEND_TITLE = "LEGEND_TITLE"
    CLASSIFICATION = "CLASSIFICATION"
    CLASSES = "CLASSES"
    SUPPRESS_FIELD = "SUPPRESS_FIELD"
    COUNT_FIELD = "COUNT_FIELD"
    MIN_COUNT = "MIN_COUNT"
    BOUNDARIES = "BOUNDARIES"
    LANGUAGE = "LANGUAGE"
    BREAKS = "BREAKS"
    POPULATION_FIELD = "POPULATION_FIELD"
    MIN_POPULATION = "MIN_POPULATION"
    BOUNDARIES_NAME = "BOUNDARIES_NAME"
    TEMPLATE = "TEMPLATE"
    LABEL_FIELD = "LABEL_FIELD"
    MODEL = "MODEL"
    CHANGE_FROM_FIELD = "CHANGE_FROM_FIELD"
    OUTPUT_SVG = "OUTPUT_SVG"
    INHABITED = "INHABITED"
    EXTENT = "EXTENT"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUTPUT_PNG = "OUTPUT_PNG"
    DPI = "DPI"

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INPUT, self.tr("District polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.FIELD, self.tr("Indicator field to map"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Any))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SUBTITLE, self.tr("Subtitle"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE_TEXT, self.tr("Source and licence of the data"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.NOTE, self.tr("Note: what was measured, on which units, for which year "
                               "(default: written from field, layer and year)"),
            multiLine=True, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.YEAR, self.tr("Year or reference date of the data (for the note)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.LEGEND_TITLE, self.tr("Legend title (default from the field)"), optional=True))
        self.addParameter(static_enum(self.CLASSIFICATION, self.tr("Classification"),
                                      CLASSIFICATIONS, default="auto"))
        self.addParameter(QgsProcessingParameterNumber(
            self.CLASSES, self.tr("Number of classes (0 = automatic)"),
            QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0, maxValue=11))
        self.addParameter(QgsProcessingParameterString(
            self.BREAKS, self.tr("Class limits for CLASSIFICATION=fixed (e.g. 0.1,0.2,0.3)"),
            optional=True))
        self.addParameter(static_enum(self.LANGUAGE, self.tr("Language of the sheet"),
                                      LANGUAGES, default="auto"))
        self.addParameter(QgsProcessingParameterString(
            self.TEMPLATE, self.tr("Layout template: a4_landscape, a4_portrait, a3_landscape or "
                                   "the path of your own .qpt"), defaultValue="a4_landscape"))
        self.addParameter(QgsProcessingParameterField(
            self.SUPPRESS_FIELD, self.tr("Suppression field (true = value hidden)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.COUNT_FIELD, self.tr("Count field for small-count suppression"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_COUNT, self.tr("Minimum count (districts below it are suppressed)"),
            QgsProcessingParameterNumber.Integer, defaultValue=3, minValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.POPULATION_FIELD, self.tr("Population field (small units left out of the classes)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POPULATION, self.tr("Minimum population for a class colour"),
            QgsProcessingParameterNumber.Integer, defaultValue=300, minValue=0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.BOUNDARIES, self.tr("Boundaries drawn on top (optional)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CHANGE_FROM_FIELD, self.tr("Earlier value of the indicator (maps the change "
                                            "FIELD minus this field)"),
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MODEL, self.tr("Milieu model (names and colours of the milieus)"),
            extension="csv", optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Labels: field with the district names (optional)"),
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BOUNDARIES_NAME, self.tr("Name of the boundaries in the legend (e.g. Bezirke)"),
            optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            self.INHABITED, self.tr("Inhabited land: colours only there (polygons or raster, "
                                    "optional)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Map extent (optional; default the whole city)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DPI, self.tr("PNG resolution (dpi)"), QgsProcessingParameterNumber.Integer,
            defaultValue=150, minValue=50, maxValue=600))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Map sheet (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("Map sheet (PNG)"), self.tr("PNG images (*.png)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_SVG, self.tr("Map sheet (SVG)"), self.tr("SVG files (*.svg)"),
            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("SUPPRESSED", self.tr("Districts hatched "
                                                                      "(suppressed or no data)")))
        self.addOutput(QgsProcessingOutputString("CLASS_BREAKS", self.tr("Class limits")))

    # ------------------------------------------------------------------------------------------

    def _check_input(self, layer, parameters):
        if layer is None or not layer.isValid():
            raise InputError(self.tr("The district layer (INPUT) '{v}' could not be opened.")
                             .format(v=parameters.get(self.INPUT)))
        name = layer.name() or layer.source()
        if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise InputError(self.tr("Layer '{l}' is not a polygon layer (it has {g} geometry); "
                                     "a map sheet needs district polygons.")
                             .format(l=name, g=QgsWkbTypes.displayString(layer.wkbType())))
        if layer.featureCount() == 0:
            raise InputError(self.tr("Layer '{l}' is empty: it has no features.").format(l=name))
        return name

    def _field(self, layer, name, field, role, numeric):
        fields = layer.fields()
        idx = fields.indexOf(field)
        if idx < 0:
            raise InputError(self.tr("Layer '{l}' has no field '{f}' ({r}). Available fields: {a}")
                             .format(l=name, f=field, r=role, a=", ".join(fields.names())))
        if numeric and not fields.at(idx).isNumeric():
            raise InputError(self.tr("Layer '{l}', field '{f}' ({r}) is not numeric (type {t}).")
                             .format(l=name, f=field, r=role, t=fields.at(idx).typeName()))
        return idx

    def _bool(self, value, name, field, fid):
        if _is_null(value):
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            return value != 0
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise InputError(self.tr("Layer '{l}', field '{f}': feature {i} has '{v}', which is neither "
                                 "true nor false.").format(l=name, f=field, i=fid, v=value))

    def run_checked(self, parameters, context, feedback):
        from ..cartography.layouts import SheetTexts, build_map_sheet, export_sheet, format_date
        from ..cartography.styling import (
            base_symbol, build_renderer, categories_for_field, change_classification, classify,
            count_classification,
            detect_kind, format_number, is_count, label_layer, nodata_layer, percent_suffix,
            proportional_circles,
        )
        from ..cartography.texts import describe_field, lisa_settings_text, readable_layer_name
        from ..i18n import resolve_language, sheet_translator

        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        name = self._check_input(layer, parameters)
        field = self.parameterAsString(parameters, self.FIELD, context)
        if not field:
            raise InputError(self.tr("No indicator field (FIELD) was given for layer '{l}'.")
                             .format(l=name))
        method = self.parameterAsEnumString(parameters, self.CLASSIFICATION, context) or "auto"
        if method not in CLASSIFICATIONS:
            raise InputError(self.tr("CLASSIFICATION must be one of {c}, not '{m}'.")
                             .format(c=", ".join(CLASSIFICATIONS), m=method))
        fidx = layer.fields().indexOf(field)
        categorical = method == "categorical" or (
            fidx >= 0 and not layer.fields().at(fidx).isNumeric() and method == "auto")
        fidx = self._field(layer, name, field, self.tr("indicator"), numeric=not categorical)
        sup_field = self.parameterAsString(parameters, self.SUPPRESS_FIELD, context)
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context)
        min_count = self.parameterAsInt(parameters, self.MIN_COUNT, context)
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        min_pop = self.parameterAsInt(parameters, self.MIN_POPULATION, context)
        sidx = self._field(layer, name, sup_field, self.tr("suppression"), False) if sup_field else -1
        cidx = self._field(layer, name, count_field, self.tr("count"), True) if count_field else -1
        pidx = self._field(layer, name, pop_field, self.tr("population"), True) if pop_field else -1
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        lidx = self._field(layer, name, label_field, self.tr("labels"), False) if label_field else -1
        label_numeric = lidx >= 0 and layer.fields().at(lidx).isNumeric()
        change_field = self.parameterAsString(parameters, self.CHANGE_FROM_FIELD, context)
        chidx = self._field(layer, name, change_field, self.tr("earlier value"), True) \
            if change_field else -1
        if chidx >= 0 and categorical:
            raise InputError(self.tr("CHANGE_FROM_FIELD needs a numeric FIELD, not the text "
                                     "field '{f}'.").format(f=field))
        breaks = None
        if method == "fixed":
            from ..cartography.styling import parse_breaks

            breaks = parse_breaks(self.parameterAsString(parameters, self.BREAKS, context))
        language = resolve_language(
            self.parameterAsEnumString(parameters, self.LANGUAGE, context) or "auto")
        tr = sheet_translator(language)
        classes = self.parameterAsInt(parameters, self.CLASSES, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context)
        svg_path = self.parameterAsFileOutput(parameters, self.OUTPUT_SVG, context)
        if svg_path and not svg_path.lower().endswith(".svg"):
            svg_path += ".svg"
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        if not pdf_path:
            raise InputError(self.tr("No PDF file (OUTPUT_PDF) was given."))
        if not pdf_path.lower().endswith(".pdf"):
            pdf_path += ".pdf"
        if png_path and not png_path.lower().endswith(".png"):
            png_path += ".png"
        boundaries = self.parameterAsVectorLayer(parameters, self.BOUNDARIES, context)
        from ..cartography.templates import template_path

        template = template_path(self.parameterAsString(parameters, self.TEMPLATE, context))
        inhabited = self._inhabited(parameters, context, feedback)
        extent = self._extent(parameters, context, layer, name)

        # --- copy geometry and the (possibly suppressed) value into a private memory layer ----
        feedback.setProgressText(self.tr("Reading '{l}'…").format(l=name))
        units_name = readable_layer_name(name, language)
        mem = QgsVectorLayer(f"{QgsWkbTypes.displayString(layer.wkbType())}?crs=EPSG:4326",
                             units_name, "memory")
        mem.setCrs(layer.crs())
        out_fields = QgsFields()
        out_fields.append(QgsField(field, FieldType.String if categorical else FieldType.Double))
        if lidx >= 0:
            out_fields.append(QgsField("label", FieldType.String))
        mem.dataProvider().addAttributes(out_fields)
        mem.updateFields()
        attrs = [fidx] + [i for i in (sidx, cidx, pidx, lidx, chidx) if i >= 0]
        request = QgsFeatureRequest().setSubsetOfAttributes(attrs)
        feats, values, printed = [], [], []
        n_null = n_flag = n_small = n_pop = 0
        pop_sum = pop_weighted = 0.0
        pop_before = 0
        total = max(layer.featureCount(), 1)
        for k, feat in enumerate(layer.getFeatures(request)):
            if feedback.isCanceled():
                return {}
            raw = feat.attribute(fidx)
            if categorical:
                value = None if _is_null(raw) or str(raw).strip() == "" else str(raw).strip()
            else:
                value = None if _is_null(raw) else float(raw)
                if chidx >= 0 and value is not None:
                    before = feat.attribute(chidx)
                    value = None if _is_null(before) else value - float(before)
                if value is not None and not math.isfinite(value):
                    value = None
            hidden = False
            if sidx >= 0 and self._bool(feat.attribute(sidx), name, sup_field, feat.id()):
                hidden = True
                n_flag += 1
            if cidx >= 0 and not hidden:
                c = feat.attribute(cidx)
                if small_count(c, min_count):
                    hidden = True
                    n_small += 1
            if pidx >= 0:
                p = feat.attribute(pidx)
                p = 0.0 if _is_null(p) else float(p)
                if value is not None and not categorical and p > 0:
                    pop_sum += p
                    pop_weighted += p * value
                if not hidden and p < min_pop:
                    hidden = True
                    n_pop += 1
            lab_raw = feat.attribute(lidx) if lidx >= 0 and label_numeric else None
            secret = hidden and n_pop == pop_before      # hidden for confidentiality
            printed.append((value, None if _is_null(lab_raw) else float(lab_raw), secret))
            pop_before = n_pop
            if hidden:
                value = None
            elif value is None:
                n_null += 1
            values.append(value)
            out = QgsFeature(out_fields)
            out.setGeometry(feat.geometry())
            if lidx >= 0:
                lab = feat.attribute(lidx)
                # a numeric label of a hidden district would publish what is suppressed
                if _is_null(lab) or (hidden and label_numeric):
                    lab = None
                out.setAttributes([value, None if lab is None else str(lab)])
            else:
                out.setAttributes([value])
            feats.append(out)
            feedback.setProgress(40.0 * k / total)
        if all(v is None for v in values):
            raise InputError(self.tr("Layer '{l}', field '{f}' has no value to map: every district "
                                     "is NULL or suppressed.").format(l=name, f=field))
        integer = layer.fields().at(fidx).type() in (FieldType.Int, FieldType.LongLong)
        n_second = self._protect_counts(printed, values, feats, not categorical and chidx < 0 and
                                        method == "auto" and is_count(field, values, integer),
                                        label_numeric)
        if label_numeric:       # numbers in the sheet's language, decided once for the field
            self._format_labels(feats, [lab for _v, lab, _s in printed], label_field, language)
        mem.dataProvider().addFeatures(feats)
        mem.updateExtents()

        # --- classification and style ---------------------------------------------------------
        ftype = layer.fields().at(fidx).type()
        integer = ftype in (FieldType.Int, FieldType.LongLong)
        counts = not categorical and method == "auto" and is_count(field, values, integer)
        if categorical:
            kind, meth = "categorical", "categorical"
        elif method == "lq":
            kind, meth = "lq", "lq"
        elif method == "auto":
            kind, meth = "auto", "auto"
        else:
            kind, meth = detect_kind(field), method
        model = self._model(parameters, context, field, categorical)
        categories = categories_for_field(field, values, language, model) if categorical \
            else None
        n_hidden = n_null + n_flag + n_small + n_pop + n_second
        circles = None
        change_pp = False
        if chidx >= 0:
            counts = False
            raw_kind = detect_kind(field)
            change_pp = raw_kind == "share" and self._fractions(layer, fidx, chidx)
            cls = change_classification(values, language, percent_points=change_pp)
            mem.setRenderer(build_renderer(field, cls))
        elif counts:
            cls = count_classification(values, language)
            mem.setRenderer(QgsSingleSymbolRenderer(base_symbol()))
            circles, _vmax = proportional_circles(mem, field, language, inhabited=inhabited)
            circles.setName(units_name)
            feedback.pushInfo(self.tr("'{f}' holds counts: drawn as circles proportional to the "
                                      "count, not as coloured areas.").format(f=field))
        else:
            cls = classify(values, field, kind, meth, classes, language, breaks, categories)
            mem.setRenderer(build_renderer(field, cls))
        for msg in cls.notes:
            feedback.pushInfo(msg)
        if lidx >= 0:
            label_layer(mem, "label")
        drawn, base, outlines = mem, None, None
        if inhabited is not None:
            from ..cartography.inhabited import clip_to_inhabited, outline_only, uninhabited_base

            feedback.setProgressText(self.tr("Cutting the colours to the inhabited land…"))
            drawn = clip_to_inhabited(mem, inhabited, feedback, name)
            base = uninhabited_base(mem, tr("Not inhabited"))
            outlines = outline_only(mem)             # the districts in full, with their labels
        nodata = nodata_layer(drawn, field, "{label} ({n})".format(
            label=cls.nodata_label, n=format_number(n_hidden, 0, language))) if n_hidden else None

        # --- texts ----------------------------------------------------------------------------
        described = describe_field(field, detect_kind(field) if chidx >= 0 else cls.kind,
                                   language, model)
        if chidx >= 0:
            described.title = tr("Change – {t}").format(t=described.title)
            described.legend_title = tr("Change in percentage points") if change_pp else \
                tr("Change")
            described.what = tr("change: {what}").format(what=described.what)
            described.reading_aid = tr("Orange: decrease, blue: increase; middle class: about "
                                       "unchanged.")
        year = self.parameterAsString(parameters, self.YEAR, context).strip()
        n_units = len(values)
        title = self.parameterAsString(parameters, self.TITLE, context).strip()
        if not title:
            title = described.title
            if described.derived_from_name:
                feedback.pushWarning(self.tr("The title was derived from the field name '{f}'; "
                                             "give TITLE for a sheet to publish.").format(f=field))
        subtitle = self.parameterAsString(parameters, self.SUBTITLE, context).strip()
        if not subtitle:
            subtitle = (tr("{n} {units}, {year}").format(n=n_units, units=units_name, year=year)
                        if year else tr("{n} {units}").format(n=n_units, units=units_name))
        note = self.parameterAsString(parameters, self.NOTE, context).strip()
        if not note:
            if year:
                note = tr("Measured: {what}, on {n} {units}, {year}. Classes: {method}.").format(
                    what=described.what, n=n_units, units=units_name, year=year,
                    method=self._method_text(cls, tr))
            else:
                note = tr("Measured: {what}, on {n} {units}. Classes: {method}.").format(
                    what=described.what, n=n_units, units=units_name,
                    method=self._method_text(cls, tr))
                feedback.pushWarning(self.tr("No YEAR given: the note on the sheet does not say for "
                                             "which year the data are."))
            if categorical and field.lower().endswith("_lisa"):
                lisa = self._lisa_settings(layer)
                if lisa is None:
                    feedback.pushWarning(self.tr("Layer '{l}' does not record the LISA settings "
                                                 "(lisa_permutations, lisa_alpha, lisa_fdr of "
                                                 "localmeasures): the sheet cannot state the "
                                                 "permutations and the significance level.")
                                         .format(l=name))
                else:
                    note = "{note} {lisa}".format(note=note, lisa=lisa_settings_text(
                        *lisa, language=language))
        source = self.parameterAsString(parameters, self.SOURCE_TEXT, context).strip()
        source_missing = not source
        if source_missing:
            feedback.pushWarning(self.tr("No SOURCE_TEXT given: the sheet is marked 'source "
                                         "missing' and is not ready to publish."))
            source_line = tr("Source: MISSING – state the data source and licence "
                             "(SOURCE_TEXT) before publishing.")
        else:
            source_line = tr("Source: {s}").format(s=source)
        reference = self._reference_text(cls, values, pop_sum, pop_weighted, tr, language,
                                         format_number, percent_suffix)
        reading = "\n".join(t for t in (reference, described.reading_aid) if t)
        inhabited_name = readable_layer_name(inhabited.name(), language, fallback=None) \
            if inhabited is not None else None
        if inhabited is None:
            inhabited_line = ""
        elif inhabited_name:
            inhabited_line = tr("Colours only on inhabited land ({name}); district boundaries in "
                                "full.").format(name=inhabited_name)
        else:  # a file-like name ('milieu_surface_2024') says nothing to a reader
            inhabited_line = tr("Colours only on inhabited land; district boundaries in full.")
        reading = "\n".join(t for t in (reading, inhabited_line) if t)
        if counts:
            shown = sum(v for v in values if v is not None)
            reading = "\n".join(t for t in (
                tr("Total of the districts shown: {v}").format(
                    v=format_number(shown, 0, language)),
                tr("Circle area proportional to the count. Counts are drawn as circles, not as "
                   "coloured areas, which would let large districts dominate the map."),
                inhabited_line) if t)
        sup_parts = []
        if n_small:
            sup_parts.append(tr("{n} with fewer than {m} in the count (value suppressed)")
                             .format(n=n_small, m=min_count))
        if n_pop:
            sup_parts.append(tr("{n} with fewer than {m} residents (too small for a "
                                "meaningful value)").format(n=n_pop, m=min_pop))
        if n_flag:
            sup_parts.append(tr("{n} suppressed for confidentiality").format(n=n_flag))
        if n_second:
            sup_parts.append(tr("{n} hidden so that no suppressed count follows from the city total "
                                "(secondary suppression)").format(n=n_second))
        if n_null:
            sup_parts.append(tr("{n} without a value").format(n=n_null))
        sup_note = ""
        if sup_parts:
            sup_note = tr("Hatched: {n} of {t} {units}: {parts}.").format(
                n=n_hidden, t=n_units, units=units_name, parts="; ".join(sup_parts))
        texts = SheetTexts(
            title=title,
            subtitle=subtitle,
            legend_title=self.parameterAsString(parameters, self.LEGEND_TITLE, context).strip()
            or described.legend_title,
            source=source_line,
            note=note,
            suppression_note=sup_note,
            date=tr("Map: Milieu Atlas (QGIS) · created {d}").format(
                d=format_date(locale=language)),
            reading_aid=reading,
            source_missing=source_missing,
        )

        # --- layout and export ----------------------------------------------------------------
        feedback.setProgressText(self.tr("Laying out the sheet…"))
        bnd = None
        if boundaries is not None:
            bnd = boundaries.clone()
            bnd.setName(self.parameterAsString(parameters, self.BOUNDARIES_NAME, context).strip()
                        or readable_layer_name(boundaries.name(), language))
            self._style_boundaries(bnd)
        sheet = build_map_sheet(drawn, texts, locale=language, boundaries=bnd, nodata=nodata,
                                template=template, overlay=circles, extent=extent, base=base,
                                outlines=outlines)
        for msg in sheet.notes:
            feedback.pushWarning(msg)
        feedback.setProgress(60)
        if feedback.isCanceled():
            return {}
        feedback.setProgressText(self.tr("Exporting…"))
        try:
            export_sheet(sheet.layout, pdf_path, png_path or None, dpi=dpi,
                         svg_path=svg_path or None)
        except RuntimeError as exc:
            raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "The map sheet could not be exported: {error}"),
                             error=str(exc)) from exc
        # a caller that asked for the layout (the dock: Layout Manager) gets this very layout
        from ..cartography.project_layouts import offer_layout

        offer_layout(feedback, sheet.layout, sheet.project, sheet.legend_root)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("Map sheet written: {p}").format(p=pdf_path))
        if png_path:
            feedback.pushInfo(self.tr("PNG written: {p}").format(p=png_path))
        limits = [r[0] for r in cls.ranges] if counts else cls.breaks   # circles: legend values
        breaks_out = "; ".join(f"{b:.4f}" for b in limits)          # machine-readable
        return {self.OUTPUT_PDF: pdf_path, self.OUTPUT_PNG: png_path or None,
                self.OUTPUT_SVG: svg_path or None,
                "SUPPRESSED": n_hidden, "CLASS_BREAKS": breaks_out}

    def _inhabited(self, parameters, context, feedback):
        return inhabited_parameter(self, parameters, context, feedback)

    def _extent(self, parameters, context, layer, name):
        """EXTENT in the district layer's CRS, or None (the whole city)."""
        if not parameters.get(self.EXTENT):
            return None
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, layer.crs())
        if extent is None or extent.isNull() or extent.isEmpty():
            return None
        if not extent.intersects(layer.extent()):
            raise InputError(self.tr("EXTENT lies outside the districts of layer '{l}' (is its "
                                     "coordinate reference system right?).").format(l=name))
        return extent

    @staticmethod
    def _protect_counts(printed, values, feats, count_map, label_numeric):
        """Secondary suppression on the sheet: the counts it prints (the circles of a count map,
        numeric labels that are whole numbers) add up to the city total, which is published
        anyway; where one district is hidden for confidentiality, the smallest other one is
        hidden too (core.suppression.protect_table), value and label. Changes `values` and
        `feats`; returns the number of districts hidden so."""
        import numpy as np

        from ..core.suppression import protect_table

        cols = []
        if count_map:
            cols.append([np.nan if v is None else v for v, _lab, _s in printed])
        labels = [np.nan if lab is None else lab for _v, lab, _s in printed]
        if any(lab == lab for lab in labels) and all(lab != lab or float(lab).is_integer() for lab in labels):
            cols.append(labels)
        secret = np.array([s for _v, _lab, s in printed], dtype=bool)
        if not cols or not secret.any():
            return 0
        matrix = np.array(cols, dtype=float).T
        shown = np.array([v is not None for v in values])
        primary = np.repeat(secret[:, None], matrix.shape[1], axis=1)
        # districts hidden for another reason (too few residents, no value) print nothing either
        mask, _ = protect_table(np.where(shown[:, None] | secret[:, None], matrix, np.nan), primary,
                                total_rows=[], total_cols=[], whole_rows=True,
                                row_size=np.nan_to_num(matrix[:, 0], nan=0.0),
                                external_cols=range(matrix.shape[1]))
        extra = np.flatnonzero(mask.any(axis=1) & shown)
        for i in extra:
            values[i] = None
            attrs = feats[i].attributes()
            attrs[0] = None
            if label_numeric and len(attrs) > 1:
                attrs[1] = None
            feats[i].setAttributes(attrs)
        return int(extra.size)

    @staticmethod
    def _format_labels(feats, numbers, field, language):
        """Numeric labels as the legend prints numbers (styling.value_formatter: decimal comma in
        German, decimals by the field's kind); a label already left out (a suppressed district)
        stays out."""
        from ..cartography.styling import value_formatter

        fmt = value_formatter(field, numbers, language)
        for feat, number in zip(feats, numbers):
            attrs = feat.attributes()
            if len(attrs) > 1 and not _is_null(attrs[1]) and number is not None:
                attrs[1] = fmt(number)
                feat.setAttributes(attrs)

    @staticmethod
    def _lisa_settings(layer):
        """(permutations, alpha, fdr) as localmeasures records them on every feature
        (lisa_permutations, lisa_alpha, lisa_fdr), or None where they are missing or differ."""
        from .alg_local import LISA_SETTINGS

        idx = [layer.fields().lookupField(n) for n in LISA_SETTINGS]
        if min(idx) < 0:
            return None
        seen = set()
        for feat in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(idx)):
            row = tuple(feat.attribute(i) for i in idx)
            if not any(_is_null(v) for v in row):
                seen.add((int(row[0]), float(row[1]), str(row[2]).strip().lower() in _TRUE))
        return seen.pop() if len(seen) == 1 else None

    @staticmethod
    def _fractions(layer, *indexes):
        """True when every value of these fields lies in [0, 1] (shares as fractions)."""
        request = QgsFeatureRequest().setSubsetOfAttributes(list(indexes))
        for feat in layer.getFeatures(request):
            for i in indexes:
                v = feat.attribute(i)
                if not _is_null(v) and not 0.0 <= float(v) <= 1.0:
                    return False
        return True

    def _model(self, parameters, context, field, categorical):
        """The milieu model (MODEL, default the bundled one) where the field concerns milieus:
        a categorical field (dominant milieu codes) or a field named mil_<code>…; else None."""
        if not (categorical or field.lower().startswith("mil_")):
            return None
        from ..core.milieu_model import load_model

        path = self.parameterAsFile(parameters, self.MODEL, context)
        return load_model(path or None)

    @staticmethod
    def _reference_text(cls, values, pop_sum, pop_weighted, tr, language, format_number,
                        percent_suffix):
        """The city value as a reference line: LQ 1 by definition; for shares and values the
        population-weighted mean (with POPULATION_FIELD) or else the median of the districts."""
        if cls.kind == "categorical":
            return ""
        if cls.kind == "lq":
            return tr("City average: LQ = 1")
        vals = sorted(v for v in values if v is not None)
        suffix = percent_suffix(language) if cls.kind == "share" else ""
        digits = max(cls.decimals, 1) if cls.kind == "share" else cls.decimals
        if cls.kind == "change":
            suffix = tr(" pp") if cls.percent_factor == 100.0 else ""
            digits = max(cls.decimals, 1)
            pop_sum = 0.0      # a weighted mean of changes is not the city's change: the median
        if pop_sum > 0:
            v = format_number(pop_weighted / pop_sum * cls.percent_factor, digits, language)
            return tr("City: {v}").format(v=v + suffix)
        if not vals:
            return ""
        mid = len(vals) // 2
        median = vals[mid] if len(vals) % 2 else (vals[mid - 1] + vals[mid]) / 2
        v = format_number(median * cls.percent_factor, digits, language)
        return tr("Median of the districts: {v}").format(v=v + suffix)

    @staticmethod
    def _method_text(cls, tr):
        if cls.kind == "lq":
            return tr("fixed, symmetric around 1")
        if cls.method == "stddev" and cls.parameters:
            from ..cartography.styling import format_number

            f = cls.percent_factor
            return tr("standard deviations (mean {m}, standard deviation {s})").format(
                m=format_number(cls.parameters["mean"] * f, cls.decimals + 1, cls.locale),
                s=format_number(cls.parameters["sd"] * f, cls.decimals + 1, cls.locale))
        if cls.method == "change":
            return tr("symmetric around 0 (no change)")
        if cls.method == "circles":
            return tr("circles with an area proportional to the count")
        names = {"quantile": tr("quantiles (about equal numbers of districts per class)"),
                 "jenks": tr("natural breaks (Jenks)"),
                 "equal": tr("equal intervals"),
                 "pretty": tr("rounded intervals (pretty breaks)"),
                 "fixed": tr("fixed limits"),
                 "categorical": tr("one colour per category")}
        return names.get(cls.method, cls.method)

    @staticmethod
    def _style_boundaries(layer):
        from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsSingleSymbolRenderer

        if QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PolygonGeometry:
            sym = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#3a3a3a",
                                              "outline_width": "0.45", "outline_width_unit": "MM"})
        else:
            sym = QgsLineSymbol.createSimple({"color": "#3a3a3a", "width": "0.45", "width_unit": "MM"})
        layer.setRenderer(QgsSingleSymbolRenderer(sym))
