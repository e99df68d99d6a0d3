"""`milieuatlas:atlas`: one profile page per district (location map, overview, profile table)."""
import math
import os
import re
import statistics
import unicodedata

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..compat import FieldType, parameter_as_fields
from ..errors import InputError
from .alg_mapsheet import MapSheet, _is_null, inhabited_parameter, small_count
from .base import MilieuAlgorithm, static_enum, write_table

from ..core.suppression import NOT_MEANINGFUL_MARK as NO_VALUE  # noqa: E402  DIN 55301: 'x'
from ..core.suppression import NOTHING_MARK as NOTHING  # noqa: E402         DIN 55301: '–'
from ..core.suppression import SUPPRESSED_MARK as SUPPRESSED  # noqa: E402   DIN 55301: '.'

MODES = ["single", "per_district"]
FILE_FIELD = "__atlas_file"  # the page's file name, on the private coverage copy only
CONTENTS_PER_PAGE = 76       # entries of the contents page (two columns of 38)
LANGUAGES = ["auto", "de", "en"]


class DistrictAtlas(MilieuAlgorithm):
    ALG_ID = "atlas"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("DistrictAtlas", "District atlas (one page per district)")
    GROUP_ID = "cartography"
    GROUP_NAME = QT_TRANSLATE_NOOP("DistrictAtlas", "Cartography")
    HELP = QT_TRANSLATE_NOOP(
        "DistrictAtlas",
        "Prints one A4 landscape page per district: a map locating the district among its "
        "neighbours, an overview of the whole city, and a profile table of the chosen indicators "
        "(value in this district and the median of all districts), with source line, note and "
        "date.\n\n"
        "INPUT: district polygons; KEY_FIELD: district id (pages are sorted by it); NAME_FIELD: "
        "name printed as page title (default: the key); FIELDS: numeric indicators for the "
        "profile (ratios *_lq with two decimals, shares *_share in percent).\n"
        "Confidentiality: SUPPRESS_FIELD and/or COUNT_FIELD with MIN_COUNT (a count above 0 and "
        "below it) hide all values of a district; the table shows the DIN 55301 markers '.' "
        "(suppressed), '–' (nothing there) and 'x' (no meaningful value: a share or LQ of a "
        "district whose count is 0); hidden values do not enter the medians. Where a hidden value "
        "could be recovered from a total (a feature holding the sum of the others, e.g. the city, "
        "or the city total of a count field, which a yearbook publishes), the smallest other "
        "district is hidden as well (secondary suppression).\n"
        "LANGUAGE: auto (the QGIS language), de or en: texts and number format of the pages.\n"
        "CHART_FIELDS: a bar chart of these fields per page, the district against the median "
        "(one scale per field on every page). OUTPUT_TABLE (CSV or XLSX): the profile table of "
        "every district with the same texts and markers as the pages, for a council's annex.\n"
        "Each page shows its district at a round scale with its neighbours in grey, labelled "
        "with their names, a legend of what the map shows and a scale bar of the same width on "
        "every page. INHABITED (optional; polygons such as residential blocks, or a raster whose "
        "cells above 0 are inhabited): the colours only on inhabited land, the district "
        "boundaries in full.\n"
        "MODE: single (OUTPUT_PDF, one file with all pages) or per_district (OUTPUT_FOLDER, one "
        "file district_<key>.pdf per district). Files are written completely or not at all. "
        "Runs on the main thread.")

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", self.tr("District polygons"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "KEY_FIELD", self.tr("District key field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", self.tr("District name field"), parentLayerParameterName="INPUT",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", self.tr("Indicators for the profile table"), parentLayerParameterName="INPUT",
            type=QgsProcessingParameterField.Numeric, allowMultiple=True))
        self.addParameter(QgsProcessingParameterField(
            "SUPPRESS_FIELD", self.tr("Suppression field (true = values hidden)"),
            parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterField(
            "COUNT_FIELD", self.tr("Count field for small-count suppression"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_COUNT", self.tr("Minimum count (districts below it are suppressed)"),
            QgsProcessingParameterNumber.Integer, defaultValue=3, minValue=0))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", self.tr("Atlas title (default: District profile)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SOURCE_TEXT", self.tr("Source and licence of the data"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "YEAR", self.tr("Year or reference date of the data"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "NOTE", self.tr("Note (default: written from the fields, units and year)"),
            optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterField(
            "CHART_FIELDS", self.tr("Fields of the bar chart (the district against the median)"),
            parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric,
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterMapLayer(
            "INHABITED", self.tr("Inhabited land: colours only there (polygons or raster, "
                                 "optional)"), optional=True))
        self.addParameter(static_enum("MODE", self.tr("Output"), MODES, default="single"))
        self.addParameter(static_enum("LANGUAGE", self.tr("Language of the pages"), LANGUAGES,
                                      default="auto"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("Atlas (single PDF)"), self.tr("PDF files (*.pdf)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Folder for one PDF per district"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT_TABLE", self.tr("Profile table of every district (CSV or XLSX)"),
            QgsProcessing.TypeVector, optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages / files written")))

    def run_checked(self, parameters, context, feedback):
        from ..cartography.atlas import PAGE_FIELDS, PAGE_ORDER, build_atlas_layout, export_atlas
        from ..cartography.layouts import format_date
        from ..cartography.styling import detect_kind, format_number, percent_suffix, share_factor

        helper = MapSheet()
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        name = helper._check_input(layer, {"INPUT": parameters.get("INPUT")})
        key = self.parameterAsString(parameters, "KEY_FIELD", context)
        kidx = helper._field(layer, name, key, self.tr("key"), False)
        name_field = self.parameterAsString(parameters, "NAME_FIELD", context)
        nidx = helper._field(layer, name, name_field, self.tr("name"), False) if name_field else -1
        fields = parameter_as_fields(self, parameters, "FIELDS", context)
        if not fields:
            raise InputError(self.tr("No indicator (FIELDS) was given for layer '{l}'.").format(l=name))
        fidx = [helper._field(layer, name, f, self.tr("indicator"), True) for f in fields]
        chart_fields = parameter_as_fields(self, parameters, "CHART_FIELDS", context) or []
        chart_idx = [helper._field(layer, name, f, self.tr("chart"), True) for f in chart_fields]
        sup_field = self.parameterAsString(parameters, "SUPPRESS_FIELD", context)
        sidx = helper._field(layer, name, sup_field, self.tr("suppression"), False) if sup_field else -1
        count_field = self.parameterAsString(parameters, "COUNT_FIELD", context)
        cidx = helper._field(layer, name, count_field, self.tr("count"), True) if count_field else -1
        min_count = self.parameterAsInt(parameters, "MIN_COUNT", context)
        mode = self.parameterAsEnumString(parameters, "MODE", context) or "single"
        pdf = self.parameterAsFileOutput(parameters, "OUTPUT_PDF", context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        if mode == "single" and not pdf:
            raise InputError(self.tr("MODE=single needs OUTPUT_PDF."))
        if mode == "per_district" and not folder:
            raise InputError(self.tr("MODE=per_district needs OUTPUT_FOLDER."))
        if pdf and not pdf.lower().endswith(".pdf"):
            pdf += ".pdf"
        inhabited = inhabited_parameter(self, parameters, context, feedback)

        # --- coverage copy and values -----------------------------------------------------------
        cover = QgsVectorLayer(f"{QgsWkbTypes.displayString(layer.wkbType())}?crs=EPSG:4326",
                               name, "memory")
        cover.setCrs(layer.crs())
        cfields = QgsFields()
        cfields.append(QgsField(key, FieldType.String))
        if name_field and name_field != key:
            cfields.append(QgsField(name_field, FieldType.String))
        cfields.append(QgsField(FILE_FIELD, FieldType.String))
        for extra in PAGE_FIELDS:
            cfields.append(QgsField(extra, FieldType.Int if extra == PAGE_ORDER else
                                    FieldType.String))
        cover.dataProvider().addAttributes(cfields)
        cover.updateFields()
        rows, seen, feats, sizes, names_out = [], set(), [], [], []
        for feat in layer.getFeatures(QgsFeatureRequest()):
            if feedback.isCanceled():
                return {}
            k = feat.attribute(kidx)
            if _is_null(k):
                raise InputError(self.tr("Layer '{l}', field '{f}': feature {i} has no key (NULL).")
                                 .format(l=name, f=key, i=feat.id()))
            k = str(k).strip()
            if k in seen:
                raise InputError(self.tr("Layer '{l}', field '{f}': key '{k}' occurs more than once.")
                                 .format(l=name, f=key, k=k))
            seen.add(k)
            hidden = sidx >= 0 and helper._bool(feat.attribute(sidx), name, sup_field, feat.id())
            count = None
            if cidx >= 0:
                count = feat.attribute(cidx)
                hidden = hidden or small_count(count, min_count)
                count = None if _is_null(count) else float(count)
            vals = []
            for i in fidx + chart_idx:
                v = feat.attribute(i)
                vals.append(None if _is_null(v) else float(v))    # NaN, inf: no meaningful value
            rows.append((k, hidden, vals))
            sizes.append(count)
            names_out.append("" if nidx < 0 or _is_null(feat.attribute(nidx))
                             else str(feat.attribute(nidx)))
            out = QgsFeature(cover.fields())
            out.setGeometry(feat.geometry())
            attrs = [k]
            if name_field and name_field != key:
                n = feat.attribute(nidx)
                attrs.append("" if _is_null(n) else str(n))
            out.setAttributes(attrs)
            feats.append(out)
        rows, chart_rows, undefined, n_secondary = self._protect(rows, sizes, fields, chart_fields)
        if n_secondary:
            feedback.pushInfo(self.tr("{n} more districts hidden, so that the suppressed ones cannot be "
                                      "recovered from a total (secondary suppression).").format(n=n_secondary))
        file_names = district_file_names([r[0] for r in rows])
        clashes = [k for k, f in zip([r[0] for r in rows], file_names) if f != "district_" + _safe(k)]
        if mode == "per_district" and clashes:
            feedback.pushWarning(self.tr("Keys that give the same file name were numbered: {m}").format(
                m="; ".join(f"'{k}' → {f}.pdf" for k, f in zip([r[0] for r in rows], file_names)
                            if k in clashes)))
        # single PDF: a cover and contents pages before the districts (pages sorted by PAGE_ORDER)
        single = mode == "single"
        n_contents = math.ceil(len(rows) / CONTENTS_PER_PAGE) if single else 0
        first = 1 + n_contents if single else 0
        order = {i: first + r for r, i in enumerate(sorted(range(len(rows)),
                                                           key=lambda j: rows[j][0]))}
        for i, (feat, fname) in enumerate(zip(feats, file_names)):
            feat.setAttributes(feat.attributes() + [fname, "district", order[i], None, None])
        if single:
            from qgis.core import QgsGeometry, QgsRectangle

            box = QgsRectangle()
            box.setMinimal()
            for feat in feats:
                box.combineExtentWith(feat.geometry().boundingBox())
            lead = [""] + ([""] if name_field and name_field != key else []) + [None]
            entries = [f"{order[i] + 1}    {rows[i][0]}    {names_out[i]}".rstrip()
                       for i in sorted(range(len(rows)), key=lambda j: rows[j][0])]
            extra = []
            for c in range(1 + n_contents):
                page = QgsFeature(cover.fields())
                page.setGeometry(QgsGeometry.fromRect(box))
                if c == 0:
                    page.setAttributes(lead + ["cover", 0, None, None])
                else:
                    chunk = entries[(c - 1) * CONTENTS_PER_PAGE:c * CONTENTS_PER_PAGE]
                    half = CONTENTS_PER_PAGE // 2
                    page.setAttributes(lead + ["contents", c, "\n".join(chunk[:half]),
                                               "\n".join(chunk[half:])])
                extra.append(page)
            feats = feats + extra
        cover.dataProvider().addFeatures(feats)
        cover.updateExtents()

        # --- profile table (long format, formatted text) -----------------------------------------
        from ..cartography.texts import describe_field, readable_layer_name
        from ..i18n import resolve_language, sheet_translator

        language = resolve_language(self.parameterAsEnumString(parameters, "LANGUAGE", context)
                                    or "auto")
        tr = sheet_translator(language)
        kinds = [detect_kind(f) for f in fields]
        suffix = percent_suffix(language)
        # one rule per field, the sheets' (styling.share_factor): percent names hold percent,
        # otherwise a share field whose values all lie in [0, 1] holds fractions
        factor = [share_factor(f, [r[2][j] for r in rows]) if kinds[j] == "share" else 1.0
                  for j, f in enumerate(fields)]

        # a field of whole numbers (counts) prints whole numbers, its median too (8 321, not 8 320,50)
        whole = [all(r[2][j] is None or not math.isfinite(r[2][j]) or float(r[2][j]).is_integer()
                     for r in rows)
                 for j in range(len(fields))]

        def fmt(v, j, row=None):
            if v is None or not math.isfinite(v):
                # a share or LQ of a district with nothing in it (count 0), or not a number: 'x'
                meaningless = (v is not None or (row is not None and undefined[row]
                                                 and kinds[j] in ("share", "lq")))
                return NO_VALUE if meaningless else NOTHING
            kind = kinds[j]
            if kind == "lq":
                return format_number(v, 2, language)
            if kind == "share":
                return format_number(v * factor[j], 1, language) + suffix
            if whole[j] or float(v).is_integer():
                # DIN 55301: a count of exactly nothing is '–' (a unit with nobody in it)
                return (NOTHING if v == 0 and row is not None
                        else format_number(math.floor(v + 0.5), 0, language))
            return format_number(v, 2, language)

        medians = []
        for j in range(len(fields)):
            col = [r[2][j] for r in rows if r[2][j] is not None and math.isfinite(r[2][j])]
            medians.append(statistics.median(col) if col else None)
        labels = []
        for j, f in enumerate(fields):
            kind = "value" if kinds[j] == "value" else kinds[j]
            labels.append(describe_field(f, kind, language).title)
        prof = QgsVectorLayer("None", "profile", "memory")
        pf = QgsFields()
        for fname in ("district_key", "indicator", "district", "median"):
            pf.append(QgsField(fname, FieldType.String))
        prof.dataProvider().addAttributes(pf)
        prof.updateFields()
        pfeats = []
        for r, (k, hidden, vals) in enumerate(rows):
            for j, f in enumerate(fields):
                pr = QgsFeature(prof.fields())
                value = SUPPRESSED if hidden else fmt(vals[j], j, r)
                pr.setAttributes([k, labels[j], value, fmt(medians[j], j)])
                pfeats.append(pr)
        prof.dataProvider().addFeatures(pfeats)

        units = readable_layer_name(name, language)
        year = self.parameterAsString(parameters, "YEAR", context).strip()
        note = self.parameterAsString(parameters, "NOTE", context).strip()
        if not note:
            if year:
                note = tr("Profile of {n} {units}, {y}. LQ = share in the district ÷ share in the "
                          "city (1 = average); median over the districts with a value. "
                          "'.' = value suppressed for confidentiality, '–' = nothing there.").format(
                    n=len(rows), units=units, y=year)
            else:
                note = tr("Profile of {n} {units}. LQ = share in the district ÷ share in the "
                          "city (1 = average); median over the districts with a value. "
                          "'.' = value suppressed for confidentiality, '–' = nothing there.").format(
                    n=len(rows), units=units)
            if any(f.attribute("district") == NO_VALUE for f in pfeats):
                note += " " + tr("'x' = no meaningful value (a share or LQ where the count is 0).")
        source = self.parameterAsString(parameters, "SOURCE_TEXT", context).strip()
        if source:
            source_line = tr("Source: {s}").format(s=source)
        else:
            feedback.pushWarning(self.tr("No SOURCE_TEXT given: the pages are marked 'source "
                                         "missing' and are not ready to publish."))
            source_line = tr("Source: MISSING – state the data source and licence "
                             "(SOURCE_TEXT) before publishing.")
        title = self.parameterAsString(parameters, "TITLE", context).strip() or \
            tr("District profile")
        # --- the profile table of every district (CSV/XLSX), the same markers as the pages ------
        if parameters.get("OUTPUT_TABLE"):
            columns = [("key", "str")] + ([("name", "str")] if nidx >= 0 else []) + \
                [(f, "str") for f in fields]
            table = []
            for r, ((k, hidden, vals), nm) in sorted(enumerate(zip(rows, names_out)),
                                                     key=lambda x: x[1][0][0]):
                # no group separator in a table cell: spreadsheets read "10957" as a number
                cells = [SUPPRESSED if hidden else fmt(v, j, r).replace("\u202f", "")
                         for j, v in enumerate(vals)]
                table.append([k] + ([nm] if nidx >= 0 else []) + cells)
            table.append([tr("Median (all)")] + ([""] if nidx >= 0 else []) +
                         [fmt(m, j).replace("\u202f", "") for j, m in enumerate(medians)])
            table_dest = write_table(self, parameters, "OUTPUT_TABLE", context, columns, table)
        else:
            table_dest = None

        chart_dir, chart_h = None, None
        if chart_fields:
            import tempfile

            from ..cartography.atlas import write_profile_charts

            chart_dir = tempfile.mkdtemp(prefix="milieuatlas_charts_")
            chart_medians = []
            for j in range(len(chart_fields)):
                col = [c[j] for c in chart_rows if c[j] is not None]   # hidden ones are None
                chart_medians.append(statistics.median(col) if col else None)
            chart_kinds = [detect_kind(f) for f in chart_fields]
            chart_labels = [describe_field(f, "value" if kd == "value" else kd, language).title
                            for f, kd in zip(chart_fields, chart_kinds)]
            chart_h = write_profile_charts(chart_dir, [r[0] for r in rows], [r[1] for r in rows],
                                 chart_rows, chart_medians, chart_labels, chart_kinds, language,
                                 fields=chart_fields)
        feedback.setProgressText(self.tr("Laying out {n} pages…").format(n=len(rows)))
        project, layout = build_atlas_layout(
            cover, prof, key, name_field if name_field and name_field != key else key, title,
            source_line, note,
            tr("Map: Milieu Atlas (QGIS) · created {d}").format(
                d=format_date(locale=language)), language=language,
            source_missing=not source, file_field=FILE_FIELD, chart_dir=chart_dir,
            chart_height=chart_h,
            cover_subtitle=(tr("{n} {units}, {year}").format(n=len(rows), units=units, year=year)
                            if year else tr("{n} {units}").format(n=len(rows), units=units))
            if single else None, inhabited=inhabited, feedback=feedback)
        feedback.setProgressText(self.tr("Exporting…"))
        try:
            written = export_atlas(layout, pdf if mode == "single" else folder,
                                   mode == "per_district", feedback=feedback)
            if not chart_dir:  # the charts live in a temporary folder: no layout outlives it
                from ..cartography.project_layouts import offer_layout

                offer_layout(feedback, layout, project)
        finally:
            del layout, project  # the layout first: it points to the project
            if chart_dir:
                import shutil

                shutil.rmtree(chart_dir, ignore_errors=True)
        feedback.pushInfo(self.tr("Atlas written: {p}").format(
            p=pdf if mode == "single" else os.path.join(folder, "district_*.pdf")))
        return {"OUTPUT_PDF": pdf if mode == "single" else None, "OUTPUT_TABLE": table_dest,
                "OUTPUT_FOLDER": folder if mode == "per_district" else None,
                "PAGES": len(rows) + 1 + n_contents if mode == "single" else len(written)}


    @staticmethod
    def _protect(rows, sizes, fields, chart_fields):
        """The values as printed: a district hidden by the rule, and (secondary suppression,
        core.suppression.protect_table) the smallest others where a hidden value could be
        recovered from a total found among the values or from the city total of a count (whole
        numbers in a field that is no share, LQ or index), which a statistical yearbook publishes,
        show no value at all. Returns (rows of (key, hidden, profile values), chart values per
        row, 'count is 0' per row, number of districts hidden to protect others)."""
        import numpy as np

        from ..cartography.styling import detect_kind
        from ..core.suppression import protect_table

        n_fields = len(fields)
        primary = np.array([h for _k, h, _v in rows], dtype=bool)
        n_secondary = 0
        hidden = primary
        if primary.any() and rows:
            matrix = np.array([[np.nan if v is None else v for v in vals] for _k, _h, vals in rows],
                              dtype=float)
            matrix[~np.isfinite(matrix)] = np.nan
            size = None if all(c is None for c in sizes) else \
                np.array([np.nan if c is None else c for c in sizes], dtype=float)
            whole = np.isnan(matrix) | (matrix == np.round(matrix))
            counts = [j for j, name in enumerate(list(fields) + list(chart_fields))
                      if detect_kind(name) == "value" and whole[:, j].all()]
            mask, _ = protect_table(matrix, np.repeat(primary[:, None], matrix.shape[1], axis=1),
                                    whole_rows=True, row_size=size, external_cols=counts)
            hidden = mask.any(axis=1)
            n_secondary = int((hidden & ~primary).sum())
        out, charts = [], []
        for (k, _h, vals), h in zip(rows, hidden):
            vals = [None if h else v for v in vals]
            out.append((k, bool(h), vals[:n_fields]))
            charts.append([v if v is None or math.isfinite(v) else None for v in vals[n_fields:]])
        undefined = [c == 0 for c in sizes]
        return out, charts, undefined, n_secondary


def _safe(key):
    """A file-name part from a key: letters (umlauts too), digits, '-' and '_' kept, the rest '_'."""
    return re.sub(r"[^\w-]", "_", unicodedata.normalize("NFC", key))


def district_file_names(keys):
    """'district_<key>' per key, unique even where keys differ only in characters replaced by
    '_' or in case (A/1, A_1, A 1; files on Windows and macOS are case-blind): the later ones in
    key order get '_2', '_3', ... Never two pages onto one file."""
    names = [None] * len(keys)
    taken = set()
    for i in sorted(range(len(keys)), key=lambda j: keys[j]):
        base = "district_" + _safe(keys[i])
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name.casefold())
        names[i] = name
    return names
