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
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..errors import InputError
from .alg_mapsheet import MapSheet, _is_null
from .base import MilieuAlgorithm, static_enum

MODES = ["single", "per_district"]
FILE_FIELD = "__atlas_file"  # the page's file name, on the private coverage copy only


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
        "Confidentiality: SUPPRESS_FIELD and/or COUNT_FIELD with MIN_COUNT hide all values of a "
        "district ('suppressed'); hidden values do not enter the medians.\n"
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
            "TITLE", self.tr("Atlas title"), defaultValue="District profile"))
        self.addParameter(QgsProcessingParameterString(
            "SOURCE_TEXT", self.tr("Source and licence of the data"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "YEAR", self.tr("Year or reference date of the data"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "NOTE", self.tr("Note (default: written from the fields, units and year)"),
            optional=True, multiLine=True))
        self.addParameter(static_enum("MODE", self.tr("Output"), MODES, default="single"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_PDF", self.tr("Atlas (single PDF)"), self.tr("PDF files (*.pdf)"),
            optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT_FOLDER", self.tr("Folder for one PDF per district"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("PAGES", self.tr("Pages / files written")))

    def run_checked(self, parameters, context, feedback):
        from ..cartography.atlas import build_atlas_layout, export_atlas
        from ..cartography.layouts import format_date
        from ..cartography.styling import detect_kind, format_number, percent_suffix

        helper = MapSheet()
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        name = helper._check_input(layer, {"INPUT": parameters.get("INPUT")})
        key = self.parameterAsString(parameters, "KEY_FIELD", context)
        kidx = helper._field(layer, name, key, self.tr("key"), False)
        name_field = self.parameterAsString(parameters, "NAME_FIELD", context)
        nidx = helper._field(layer, name, name_field, self.tr("name"), False) if name_field else -1
        fields = self.parameterAsFields(parameters, "FIELDS", context)
        if not fields:
            raise InputError(self.tr("No indicator (FIELDS) was given for layer '{l}'.").format(l=name))
        fidx = [helper._field(layer, name, f, self.tr("indicator"), True) for f in fields]
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

        # --- coverage copy and values -----------------------------------------------------------
        cover = QgsVectorLayer(f"{QgsWkbTypes.displayString(layer.wkbType())}?crs=EPSG:4326",
                               name, "memory")
        cover.setCrs(layer.crs())
        cfields = QgsFields()
        cfields.append(QgsField(key, QVariant.String))
        if name_field and name_field != key:
            cfields.append(QgsField(name_field, QVariant.String))
        cfields.append(QgsField(FILE_FIELD, QVariant.String))
        cover.dataProvider().addAttributes(cfields)
        cover.updateFields()
        rows, seen, feats = [], set(), []
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
            if cidx >= 0 and not hidden:
                c = feat.attribute(cidx)
                hidden = _is_null(c) or float(c) < min_count
            vals = []
            for i in fidx:
                v = feat.attribute(i)
                v = None if hidden or _is_null(v) else float(v)
                vals.append(v if v is None or math.isfinite(v) else None)
            rows.append((k, hidden, vals))
            out = QgsFeature(cover.fields())
            out.setGeometry(feat.geometry())
            attrs = [k]
            if name_field and name_field != key:
                n = feat.attribute(nidx)
                attrs.append("" if _is_null(n) else str(n))
            out.setAttributes(attrs)
            feats.append(out)
        file_names = district_file_names([r[0] for r in rows])
        clashes = [k for k, f in zip([r[0] for r in rows], file_names) if f != "district_" + _safe(k)]
        if mode == "per_district" and clashes:
            feedback.pushWarning(self.tr("Keys that give the same file name were numbered: {m}").format(
                m="; ".join(f"'{k}' → {f}.pdf" for k, f in zip([r[0] for r in rows], file_names)
                            if k in clashes)))
        for feat, fname in zip(feats, file_names):
            feat.setAttributes(feat.attributes() + [fname])
        cover.dataProvider().addFeatures(feats)
        cover.updateExtents()

        # --- profile table (long format, formatted text) -----------------------------------------
        kinds = [detect_kind(f) for f in fields]
        suffix = percent_suffix()

        def fmt(v, kind):
            if v is None:
                return "–"
            if kind == "lq":
                return format_number(v, 2)
            if kind == "share":
                return format_number(v * 100 if abs(v) <= 1.0 else v, 1) + suffix
            if float(v).is_integer():
                return format_number(v, 0)
            return format_number(v, 2)

        medians = []
        for j in range(len(fields)):
            col = [r[2][j] for r in rows if r[2][j] is not None]
            medians.append(statistics.median(col) if col else None)
        prof = QgsVectorLayer("None", "profile", "memory")
        pf = QgsFields()
        for fname in ("district_key", "indicator", "district", "median"):
            pf.append(QgsField(fname, QVariant.String))
        prof.dataProvider().addAttributes(pf)
        prof.updateFields()
        pfeats = []
        for k, hidden, vals in rows:
            for j, f in enumerate(fields):
                pr = QgsFeature(prof.fields())
                label = f.replace("_", " ") + (" (LQ)" if kinds[j] == "lq" else " (%)" if kinds[j] == "share" else "")
                value = self.tr("suppressed") if hidden else fmt(vals[j], kinds[j])
                pr.setAttributes([k, label, value, fmt(medians[j], kinds[j])])
                pfeats.append(pr)
        prof.dataProvider().addFeatures(pfeats)

        year = self.parameterAsString(parameters, "YEAR", context).strip()
        note = self.parameterAsString(parameters, "NOTE", context).strip()
        if not note:
            note = self.tr("Profile of {n} districts of '{l}'{y}. LQ = share in the district ÷ share "
                           "in all districts (1 = average); median over districts with a value; "
                           "'suppressed' = value hidden for confidentiality.").format(
                n=len(rows), l=name, y=(", " + year) if year else "")
        source = self.parameterAsString(parameters, "SOURCE_TEXT", context).strip() or \
            self.tr("not stated")
        title = self.parameterAsString(parameters, "TITLE", context).strip() or \
            self.tr("District profile")
        feedback.setProgressText(self.tr("Laying out {n} pages…").format(n=len(rows)))
        project, layout = build_atlas_layout(
            cover, prof, key, name_field if name_field and name_field != key else key, title,
            self.tr("Source: {s}").format(s=source), note,
            self.tr("Map: Milieu Atlas (QGIS) · created {d}").format(d=format_date()),
            file_field=FILE_FIELD)
        feedback.setProgressText(self.tr("Exporting…"))
        written = export_atlas(layout, pdf if mode == "single" else folder, mode == "per_district",
                               feedback=feedback)
        del layout, project  # the layout first: it points to the project
        feedback.pushInfo(self.tr("Atlas written: {p}").format(
            p=pdf if mode == "single" else os.path.join(folder, "district_*.pdf")))
        return {"OUTPUT_PDF": pdf if mode == "single" else None,
                "OUTPUT_FOLDER": folder if mode == "per_district" else None,
                "PAGES": len(rows) if mode == "single" else len(written)}


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
