"""`milieuatlas:report`: one self-contained HTML page and an XLSX workbook of a run's results, with the
provenance of every number. Everything is read and checked before any file is created."""
import datetime
import json
import os

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from .. import files
from ..errors import InputError, QT_TRANSLATE_NOOP
from .base import MilieuAlgorithm, static_enum

LANGUAGES = ["auto", "de", "en"]


def _plain(value):
    """A QGIS attribute as a plain Python value (NULL → None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toString("yyyy-MM-dd") if hasattr(value, "toString") else str(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value
    return str(value)


def _is_key(text):
    text = text.strip()
    return len(text) > 1 and text[0] == "0" and text.isdigit()


def _numeric_text(value):
    """CSV tables arrive as text: '0.31' → 0.31, '542' → 542; anything else stays text."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text == "":
        return None
    if _is_key(text):
        return value  # a key with leading zeros ("01100101") stays text
    try:
        return int(text) if text.lstrip("-").isdigit() and len(text.lstrip("-")) < 16 else float(text)
    except ValueError:
        return value


def _truthy(value):
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "t", "yes", "ja")
    return bool(value)


def _kind(columns):
    cols = set(columns)
    if {"index", "group", "value"} <= cols:
        if "period" in cols:
            return "series"
        if "level" in cols:
            return "levels"
        return "indices"
    if {"field", "source_total"} <= cols:
        return "accounting"
    if {"period", "district"} <= cols:
        return "long"
    if any(c.startswith("part_") for c in cols):
        return "participation"
    if any(c.startswith("mil_") for c in cols):
        return "milieus"
    if "suppressed" in cols or any(c.endswith(("_lq", "_share")) for c in cols):
        return "local"
    return "table"


def _sha256(path):
    from ..qgis_io.series import sha256

    return sha256(path)


class Report(MilieuAlgorithm):
    ALG_ID = "report"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("Report", "Report (HTML and XLSX)")
    GROUP_ID = "cartography"
    GROUP_NAME = QT_TRANSLATE_NOOP("Report", "Cartography")
    HELP = QT_TRANSLATE_NOOP(
        "Report",
        "One self-contained HTML page (opens offline: no scripts, fonts, tiles or links; images embedded) and an "
        "XLSX workbook from the results of a run: every table given in TABLES (indices with intervals and notes, "
        "levels, index series, local measures, milieu profiles, participation potential, accounting; the kind "
        "is recognised by the columns), the images of IMAGES (sheets, charts), and the provenance: every input "
        "file and table with its SHA-256, layer name and feature count, the parameters of the run (PARAMETERS, "
        "JSON or NAME=VALUE lines), plugin, QGIS, GDAL and numpy versions, the date and the suppression rule.\n"
        "Rows marked in SUPPRESS_FIELD keep their labels but show '.' for every value (DIN 55301); '–' means "
        "nothing there, 'x' no meaningful value. Where a hidden value could be recovered from a total (a row "
        "or column of the same table that holds the sum of the others, e.g. a city row, or the city total of "
        "a count column, which a yearbook publishes), the smallest other rows show '.' as well (secondary "
        "suppression); the provenance counts both.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString(
            "TITLE", self.tr("Title"), defaultValue="Milieu Atlas"))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "TABLES", self.tr("Result tables and layers"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "IMAGES", self.tr("Images (PNG or SVG sheets and charts)"), QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "INPUTS", self.tr("Input files of the run (for the provenance)"), QgsProcessing.TypeFile,
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "PARAMETERS", self.tr("Parameters of the run (JSON or NAME=VALUE lines)"), optional=True,
            multiLine=True))
        self.addParameter(QgsProcessingParameterString(
            "SUPPRESS_FIELD", self.tr("Field marking suppressed rows"), defaultValue="suppressed", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SUPPRESSION_RULE", self.tr("Suppression rule (text for the provenance)"),
            defaultValue="", optional=True))
        self.addParameter(static_enum("LANGUAGE", self.tr("Language of the report"), LANGUAGES, "auto"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", self.tr("Report (HTML)"), "HTML (*.html)", optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_XLSX", self.tr("Report (XLSX)"), "Excel (*.xlsx)", optional=True))

    def _texts(self, tr):
        return {
            "markers": tr("Markers (DIN 55301): '.' value suppressed for confidentiality, '–' nothing there, "
                          "'x' no meaningful value."),
            "source": tr("Source: {source}; {rows} rows."),
            "images": tr("Sheets and charts"),
            "provenance": tr("Provenance"),
            "overview": tr("Overview"),
        }

    def _kind_titles(self, tr):
        return {"series": tr("Index series"), "levels": tr("Indices by spatial level"),
                "indices": tr("Segregation indices"), "accounting": tr("Accounting"),
                "long": tr("Counts, shares and location quotients by period"),
                "participation": tr("Participation potential"), "milieus": tr("Milieu profiles"),
                "local": tr("Local measures"), "table": tr("Table")}

    def run_checked(self, parameters, context, feedback):
        import numpy as np
        from osgeo import gdal

        from ..compat import qgis_version_text

        from ..cartography.report import Section, render_html, write_xlsx
        from ..i18n import resolve_language, sheet_translator

        language = resolve_language(self.parameterAsEnumString(parameters, "LANGUAGE", context) or "auto")
        tr = sheet_translator(language)
        title = self.parameterAsString(parameters, "TITLE", context) or "Milieu Atlas"
        html_path = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context)
        xlsx_path = self.parameterAsFileOutput(parameters, "OUTPUT_XLSX", context)
        if not html_path and not xlsx_path:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Give OUTPUT_HTML, OUTPUT_XLSX or both."))
        sup_field = (self.parameterAsString(parameters, "SUPPRESS_FIELD", context) or "").strip()
        rule = self.parameterAsString(parameters, "SUPPRESSION_RULE", context) or ""
        layers = self.parameterAsLayerList(parameters, "TABLES", context)
        if not layers:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "TABLES: give at least one result table or layer."))
        titles = self._kind_titles(tr)

        sections, inputs = [], []
        for layer in layers:
            if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "TABLES: '{layer}' is not a table or vector layer."),
                    layer=layer.source() if layer else layer)
            names = layer.fields().names()
            kind = _kind(names)
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            rows, hidden = [], []
            sidx = names.index(sup_field) if sup_field and sup_field in names else -1
            raw = [[_plain(a) for a in feat.attributes()] for feat in layer.getFeatures(request)]
            # a column with a key like "01100101" stays text in every row (keys are not numbers)
            keys = {j for row in raw for j, v in enumerate(row) if isinstance(v, str) and _is_key(v)}
            for row in raw:
                attrs = [v if j in keys else _numeric_text(v) for j, v in enumerate(row)]
                rows.append(attrs)
                hidden.append(sidx >= 0 and _truthy(attrs[sidx]))
            name = layer.name() or os.path.basename(layer.source())
            sections.append(Section(f"{titles[kind]}: {name}", kind, layer.source().split("|", 1)[0],
                                    names, rows, hidden))
            inputs.append(self._input_row(layer.source(), layer.name(), layer.featureCount(), tr("result table")))
        images = []
        for path in self._file_list(parameters, "IMAGES", context):
            if not path.lower().endswith((".png", ".svg")):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "IMAGES: '{path}' is not a PNG or SVG file."),
                    path=path)
            with open(path, "rb") as fh:
                images.append((os.path.basename(path), fh.read()))
            inputs.append(self._input_row(path, os.path.basename(path), "", tr("image")))
        for path in self._file_list(parameters, "INPUTS", context):
            layer = QgsVectorLayer(path, os.path.basename(path.split("|", 1)[0]), "ogr")
            count = layer.featureCount() if layer.isValid() else ""
            inputs.append(self._input_row(path, layer.name() if layer.isValid() else "", count, tr("input")))
        params = self._run_parameters(parameters, context)

        from ..cartography.report import hidden_rows

        suppressed_rows = sum(sum(1 for h in s.suppressed if h) for s in sections)
        secondary_rows = sum(sum(hidden_rows(s)) for s in sections) - suppressed_rows
        versions = [("Milieu Atlas", _plugin_version()), ("QGIS", qgis_version_text()),
                    ("GDAL", gdal.__version__), ("numpy", np.__version__)]
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        provenance = [
            (tr("Input files and tables"), ["role", "path", "layer", "features", "SHA-256"], inputs),
            (tr("Parameters of the run"), ["parameter", "value"], params),
            (tr("Software"), ["software", "version"], versions),
            (tr("Created"), ["date"], [[now]]),
            (tr("Suppression"), ["rule", "field", "suppressed rows", "secondary suppression"],
             [[rule or tr("none given"), sup_field or "–", suppressed_rows, secondary_rows]]),
        ]
        acc = [s for s in sections if s.kind == "accounting"]
        if acc:
            provenance.append((tr("Accounting"), ["table"], [[s.title] for s in acc]))
        texts = self._texts(tr)
        feedback.pushInfo(self.tr("{n} tables, {m} images, {k} provenance entries.").format(
            n=len(sections), m=len(images), k=len(inputs)))

        out = {}
        if html_path:
            text = render_html(title, sections, images, provenance, texts, language)
            tmp = files.temp_beside(html_path, ".html")
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            files.publish(tmp, html_path)
            out["OUTPUT_HTML"] = html_path
        if xlsx_path:
            tmp = files.temp_beside(xlsx_path, ".xlsx")
            write_xlsx(tmp, title, sections, images, provenance, texts)
            files.publish(tmp, xlsx_path)
            out["OUTPUT_XLSX"] = xlsx_path
        out["TABLES"] = len(sections)
        out["SUPPRESSED_ROWS"] = suppressed_rows
        return out

    def _file_list(self, parameters, name, context):
        value = parameters.get(name)
        if value in (None, ""):
            return []
        items = value if isinstance(value, (list, tuple)) else [value]
        out = []
        for item in items:
            path = item.source() if hasattr(item, "source") else str(item)
            plain = path.split("|", 1)[0]
            if not os.path.isfile(plain):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: '{path}' is not a file."),
                    name=name, path=path)
            out.append(path)
        return out

    def _input_row(self, source, name, count, role):
        path = source.split("|", 1)[0]
        digest = _sha256(path) if os.path.isfile(path) else "–"
        return [role, os.path.abspath(path) if os.path.isfile(path) else source, name or "", count, digest]

    def _run_parameters(self, parameters, context):
        text = (self.parameterAsString(parameters, "PARAMETERS", context) or "").strip()
        rows = []
        if text:
            if text.startswith("{"):
                try:
                    given = json.loads(text)
                except ValueError as exc:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "PARAMETERS is not valid JSON: {error}."),
                        error=exc) from None
                rows += [[k, json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v]
                         for k, v in given.items()]
            else:
                for line in text.replace(";", "\n").splitlines():
                    if line.strip():
                        if "=" not in line:
                            raise InputError(QT_TRANSLATE_NOOP(
                                "MilieuAtlas", "PARAMETERS: line '{line}' is not NAME=VALUE."),
                                line=line.strip())
                        k, v = line.split("=", 1)
                        rows.append([k.strip(), v.strip()])
        for k in ("TITLE", "SUPPRESS_FIELD", "SUPPRESSION_RULE", "LANGUAGE"):
            v = parameters.get(k)
            if v not in (None, ""):
                rows.append([f"report:{k}", str(v)])
        return rows


def _plugin_version():
    from ..paths import PLUGIN_DIR

    meta = os.path.join(str(PLUGIN_DIR), "metadata.txt")
    try:
        with open(meta, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return "unknown"

