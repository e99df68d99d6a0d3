"""The Milieu Atlas dock panel: a planner's workflow from top to bottom.

1 Daten (districts and key; counts table; milieus; weight raster; a coarser level such as Bezirke)
→ 2 Analyse (index families, permutations, levels, participation, typology) → 3 Karten und Druck
(indicator, classification, template, texts, confidentiality, atlas) → "Alles ausführen".

The widgets only fill a DockSettings object; the work is done by the public Processing algorithms
(the analysis in the background by AlgorithmChainTask, the sheets on the main thread because print
layouts need it), so the panel computes nothing of its own."""
import csv
import html
import math
import os
import shutil

from qgis.core import (
    Qgis,
    QgsAggregateCalculator,
    QgsApplication,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsMessageLog,
    QgsProcessingContext,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsDockWidget,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsMessageBar,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices, QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..compat import FieldType
from ..errors import message_of
from ..paths import PLUGIN_DIR
from .index_names import FAMILIES, family_label, index_name
from .settings import (
    ATLAS_ID,
    CLASSIFICATIONS,
    INDEX_COLUMNS,
    MAPSHEET_ID,
    PROJECT_SCOPE,
    TEMPLATES,
    DockSettings,
    count_name,
    default_output_dir,
    guess_group_fields,
    guess_total_field,
    looks_like_percentage,
    percentage_message,
)
from .tasks import AlgorithmChainTask, ChainFeedback, first_line, open_layer

GROUP_NAME = "Milieu Atlas"  # the layer-tree group of the results (a name: not translated)
LOG_TAG = "Milieu Atlas"
HELP_FILE = PLUGIN_DIR / "docs" / "erste_schritte.md"
NUMERIC_COLUMNS = ("value", "expected", "p_value", "units")


def read_index_table(path):
    """Rows of the segregation index CSV as dicts (the columns of contracts.md)."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def breakable(path):
    """A path shown in a word-wrapping label: a break is allowed after every / and _ (long file
    names have no spaces and would otherwise be cut off in a narrow dock)."""
    return str(path).replace("/", "/\u200b").replace("_", "_\u200b").replace("\\", "\\\u200b")


def format_cell(column, text):
    """Numbers rounded for a narrow panel; everything else as written."""
    if text is None:
        return ""
    text = str(text).strip()
    if column in ("value", "expected", "p_value") and text:
        try:
            return QLocale().toString(float(text), "f", 3)  # decimal comma in a German QGIS
        except ValueError:
            return text
    if column == "units" and text:
        try:
            return str(int(float(text)))
        except ValueError:
            return text
    return text


class SortItem(QTableWidgetItem):
    """A cell that sorts by its number (UserRole) when it has one, else by its text."""

    def __lt__(self, other):
        a, b = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(a, float) and isinstance(b, float):
            return a < b
        return self.text() < other.text()


KEY_NAMES = ("id", "key", "schluessel", "schlüssel", "nr", "code", "fid", "gid", "objectid")


def count_fields(layer):
    """Fields that can hold counts of people: numeric fields, and text fields whose every value is
    a number (a CSV opened without column types), but no keys (named like a key, or with leading
    zeros such as 01100101)."""
    if layer is None:
        return []
    out = []
    for fld in layer.fields():
        name = fld.name()
        low = name.lower()
        if low in KEY_NAMES or low.endswith("_id") or low.startswith("id_"):
            continue
        if fld.isNumeric():
            out.append(name)
            continue
        if fld.type() != FieldType.String:
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        filled = layer.aggregate(QgsAggregateCalculator.Count, quoted)[0] or 0
        numbers = layer.aggregate(QgsAggregateCalculator.Count, f"to_real({quoted})")[0] or 0
        coded = layer.aggregate(QgsAggregateCalculator.Count,
                                f"CASE WHEN regexp_match({quoted}, '^0[0-9]') THEN 1 END")[0] or 0
        if filled and numbers == filled and not coded:
            out.append(name)
    return out


def numeric_expression(layer, name):
    """An expression of the field's value as a number (text fields of a CSV included)."""
    quoted = '"' + name.replace('"', '""') + '"'
    fld = layer.fields().field(name) if layer.fields().indexOf(name) >= 0 else None
    return quoted if fld is not None and fld.isNumeric() else f"to_real({quoted})"


class CountFieldCombo(QComboBox):
    """A field chooser offering only count fields (see count_fields); QgsFieldComboBox-like API."""
    fieldChanged = pyqtSignal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentIndexChanged.connect(lambda _i: self.fieldChanged.emit(self.currentField()))

    def setFields(self, names):  # noqa: N802
        current = self.currentField()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(names.index(current) if current in names else (0 if names else -1))
        self.blockSignals(False)
        self.fieldChanged.emit(self.currentField())

    def setField(self, name):  # noqa: N802
        i = self.findText(name)
        if i >= 0:
            self.setCurrentIndex(i)

    def currentField(self):  # noqa: N802
        return self.currentText()


class MilieuAtlasDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.settings = DockSettings(output_dir=self._default_output_dir())
        self.task = None
        self.chain = None
        self.result_layer = None
        self.last_pdf = None
        self.last_error = ""
        self.sheet_files = []
        self.layouts = []  # names of the layouts this dock put into the Layout Manager
        self._last_layouts = []
        self._restoring = False
        self.setObjectName("MilieuAtlasDock")
        self.setWindowTitle(self.tr("Milieu Atlas"))
        self._build()
        self._connect()
        self._districts_changed(self.districts_combo.currentLayer())
        self._table_changed(self.table_combo.currentLayer())
        self._restore_initial()
        self._set_running(False)

    def tr(self, text):
        # pylupdate5 files self.tr() under the class name; translate with exactly that context.
        return QCoreApplication.translate("MilieuAtlasDock", text)

    @staticmethod
    def _default_output_dir():
        return default_output_dir(QgsProject.instance().fileName())

    # Layout -------------------------------------------------------------------------------------
    def _form(self, box):
        form = QFormLayout(box)
        # Labels above their widgets: nothing is clipped in a 350 px dock, in English or German.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        return form

    def _layer_combo(self, parent, name, filters, tip, empty=None):
        combo = QgsMapLayerComboBox(parent)
        combo.setObjectName(name)
        combo.setFilters(filters)
        if empty is not None:
            combo.setAllowEmptyLayer(True, empty)
            combo.setLayer(None)
        combo.setToolTip(tip)
        return combo

    def _field_combo(self, parent, name, tip, numeric=False, empty=False):
        combo = QgsFieldComboBox(parent)
        combo.setObjectName(name)
        if numeric:
            combo.setFilters(QgsFieldProxyModel.Numeric)
        combo.setAllowEmptyFieldName(empty)
        combo.setToolTip(tip)
        return combo

    def _build(self):
        outer = QWidget(self)
        outer.setObjectName("milieuAtlasDockContents")
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addStretch(1)
        self.help_button = QPushButton(self.tr("Help"), outer)
        self.help_button.setObjectName("helpButton")
        self.help_button.setToolTip(self.tr("Open the quick guide: the first map sheet in five steps"))
        top.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        outer_layout.addLayout(top)
        # The messages on a row of their own, as wide as the dock (beside the help button a
        # narrow dock left no room for the text); hidden while there is none.
        self.message_bar = QgsMessageBar(outer)
        self.message_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        outer_layout.addWidget(self.message_bar)

        scroll = QScrollArea(outer)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_data(content))
        layout.addWidget(self._build_analysis(content))
        layout.addWidget(self._build_sheets(content))
        layout.addWidget(self._build_run(content))
        layout.addWidget(self._build_results(content))
        layout.addStretch(1)
        # Long labels wrap (German labels are long); nothing may force the form wider than the dock.
        # (Short ones do not: a wrapping label is laid out narrower than the dock.)
        for label in content.findChildren(QLabel):
            if label.sizeHint().width() > 280:
                label.setWordWrap(True)
        # Combo boxes as wide as the dock, not as their longest entry (long field names such as
        # inhabitants_with_migration_background would push the form out of a narrow dock).
        for combo in content.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        scroll.setWidget(content)
        self.scroll = scroll
        outer_layout.addWidget(scroll)
        self.setWidget(outer)

    def _build_data(self, parent):
        box = QGroupBox(self.tr("1 Data"), parent)
        box.setObjectName("dataBox")
        form = self._form(box)
        self.districts_combo = self._layer_combo(
            box, "districtsLayer", QgsMapLayerProxyModel.PolygonLayer,
            self.tr("Polygon layer of the spatial units (e.g. LOR Planungsräume, blocks, grid cells)"))
        form.addRow(self.tr("Spatial units (e.g. Planungsräume)"), self.districts_combo)
        self.district_key_combo = self._field_combo(
            box, "districtKey", self.tr("Field with the unique key of each unit (e.g. PLR_ID)"))
        form.addRow(self.tr("Key field"), self.district_key_combo)
        self.table_combo = self._layer_combo(
            box, "tableLayer", QgsMapLayerProxyModel.VectorLayer,
            self.tr("Table or layer with the population counts (e.g. the register table), joined "
                    "to the units by key. Leave empty when the units layer has the counts itself."),
            empty=self.tr("None: the counts are in the units layer"))
        form.addRow(self.tr("Population table (optional)"), self.table_combo)
        self.table_key_label = QLabel(self.tr("Key field of the table"), box)
        self.table_key_combo = self._field_combo(
            box, "tableKey", self.tr("Field of the table that holds the key of the unit"), empty=True)
        form.addRow(self.table_key_label, self.table_key_combo)
        self.preview_button = QPushButton(self.tr("Check the join"), box)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setToolTip(self.tr("Joins the table on trial (nothing is kept) and shows "
                                               "how many rows matched and whether the totals agree"))
        form.addRow(self.preview_button)
        self.preview_label = QLabel(box)
        self.preview_label.setObjectName("previewLabel")
        self.preview_label.setWordWrap(True)
        self.preview_label.setVisible(False)
        form.addRow(self.preview_label)
        self.total_combo = CountFieldCombo(box)
        self.total_combo.setObjectName("totalField")
        self.total_combo.setToolTip(self.tr("Numeric field with the total population of each unit "
                                            "(e.g. Einwohner, EW, insgesamt)"))
        form.addRow(self.tr("Total population"), self.total_combo)
        self.group_list = QListWidget(box)
        self.group_list.setObjectName("groupFields")
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.group_list.setMinimumHeight(90)
        self.group_list.setMaximumHeight(150)
        self.group_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.setToolTip(self.tr("Numeric count fields of the groups to analyse (e.g. "
                                           "Ausländer, Migrationshintergrund, MH); only counts of "
                                           "people, not percentages"))
        form.addRow(self.tr("Group counts"), self.group_list)
        self.percent_label = QLabel(box)
        self.percent_label.setObjectName("percentWarning")
        self.percent_label.setWordWrap(True)
        self.percent_label.setStyleSheet("color: #a34700;")
        self.percent_label.setVisible(False)
        form.addRow(self.percent_label)
        self.convert_button = QPushButton(self.tr("Convert into counts"), box)
        self.convert_button.setObjectName("convertButton")
        self.convert_button.setToolTip(self.tr("Use percentage × total ÷ 100 as the count of the "
                                               "group in the run (a new field in a copy; the "
                                               "layer itself is not changed)"))
        self.convert_button.setVisible(False)
        form.addRow(self.convert_button)
        self.converted_label = QLabel(box)
        self.converted_label.setObjectName("convertedNote")
        self.converted_label.setWordWrap(True)
        self.converted_label.setVisible(False)
        form.addRow(self.converted_label)
        self.milieu_combo = self._layer_combo(
            box, "milieuLayer", QgsMapLayerProxyModel.VectorLayer,
            self.tr("Address points or areas with household counts per milieu (fields named like "
                    "the milieu codes REL, ARB, ENT, STA, ADI, KOS, PER, HED)"),
            empty=self.tr("None: no milieu analysis"))
        form.addRow(self.tr("Milieus (optional)"), self.milieu_combo)
        self.weight_combo = self._layer_combo(
            box, "weightRaster", QgsMapLayerProxyModel.RasterLayer,
            self.tr("Raster of where people live (e.g. built-up residential area): counts of "
                    "polygons that do not match the units are split by it"),
            empty=self.tr("None"))
        form.addRow(self.tr("Weight raster (optional)"), self.weight_combo)
        self.levels_combo = self._layer_combo(
            box, "levelsLayer", QgsMapLayerProxyModel.PolygonLayer,
            self.tr("A coarser level such as the Bezirke: drawn as outlines on the sheets"),
            empty=self.tr("None"))
        form.addRow(self.tr("Further level, e.g. Bezirke (optional)"), self.levels_combo)
        return box

    def _build_analysis(self, parent):
        box = QGroupBox(self.tr("2 Analysis"), parent)
        box.setObjectName("analysisBox")
        form = self._form(box)
        self.family_boxes = {}
        tips = {
            "evenness": self.tr("Dissimilarity, Gini, entropy, Atkinson, isolation, exposure, eta²"),
            "spatial": self.tr("Concentration, centralisation, clustering and the indices adjusted "
                               "for neighbours (slower on many units)"),
            "multigroup": self.tr("Indices of all ticked groups together (they must not overlap)"),
        }
        for key in FAMILIES:
            check = QCheckBox(family_label(key), box)
            check.setObjectName(f"family_{key}")
            check.setToolTip(tips[key])
            self.family_boxes[key] = check
            form.addRow(check)
        self.permutations_spin = QSpinBox(box)
        self.permutations_spin.setObjectName("permutations")
        self.permutations_spin.setRange(0, 9999)
        self.permutations_spin.setToolTip(self.tr("Random allocations for the expected value and "
                                                  "the p value (0 = none; 99 is quick, 999 exact)"))
        form.addRow(self.tr("Permutations"), self.permutations_spin)
        self.level_combo = self._field_combo(
            box, "levelField", self.tr("Field of the units naming their parent unit (e.g. the "
                                       "Bezirk): splits the multigroup indices into between and "
                                       "within"), empty=True)
        form.addRow(self.tr("Parent unit field (levels, optional)"), self.level_combo)
        self.participation_check = QCheckBox(self.tr("Participation potential"), box)
        self.participation_check.setObjectName("participation")
        self.participation_check.setToolTip(self.tr("Households per milieu times the participation "
                                                    "rate of the milieu (needs milieus)"))
        form.addRow(self.participation_check)
        self.rates_widget = QgsFileWidget(box)
        self.rates_widget.setObjectName("ratesFile")
        self.rates_widget.setFilter(self.tr("CSV files (*.csv)"))
        self.rates_widget.setToolTip(self.tr("CSV with a participation rate per milieu code "
                                             "(empty: the bundled illustrative rates)"))
        form.addRow(self.tr("Participation rate table (optional)"), self.rates_widget)
        self.typology_check = QCheckBox(self.tr("District typology"), box)
        self.typology_check.setObjectName("typology")
        self.typology_check.setToolTip(self.tr("District typology by milieu composition: groups the "
                                               "units into types by their milieu shares (k-means; "
                                               "needs milieus)"))
        form.addRow(self.typology_check)
        return box

    def _build_sheets(self, parent):
        box = QGroupBox(self.tr("3 Maps and printing"), parent)
        box.setObjectName("sheetsBox")
        form = self._form(box)
        self.indicator_combo = QComboBox(box)
        self.indicator_combo.setObjectName("indicator")
        self.indicator_combo.setToolTip(self.tr("What the map sheet shows"))
        form.addRow(self.tr("Indicator"), self.indicator_combo)
        self.classification_combo = QComboBox(box)
        self.classification_combo.setObjectName("classification")
        names = {"auto": self.tr("Automatic (from the indicator)"), "quantile": self.tr("Quantiles"),
                 "jenks": self.tr("Natural breaks (Jenks)"), "equal": self.tr("Equal intervals"),
                 "pretty": self.tr("Rounded intervals"), "stddev": self.tr("Standard deviations"),
                 "lq": self.tr("Ratio to the average (centred at 1)"),
                 "categorical": self.tr("Categories (one colour per value)")}
        for key in CLASSIFICATIONS:
            self.classification_combo.addItem(names[key], key)
        self.classification_combo.setToolTip(self.tr("How the values are grouped into classes"))
        form.addRow(self.tr("Classification"), self.classification_combo)
        self.template_combo = QComboBox(box)
        self.template_combo.setObjectName("template")
        names = {"a4_landscape": self.tr("A4 landscape"), "a4_portrait": self.tr("A4 portrait"),
                 "a3_landscape": self.tr("A3 landscape")}
        for key in TEMPLATES:
            self.template_combo.addItem(names[key], key)
        self.template_combo.setToolTip(self.tr("Paper size and orientation of the sheet"))
        form.addRow(self.tr("Template"), self.template_combo)
        self.title_edit = self._line(box, "title", self.tr("Title of the sheet (empty: the indicator)"))
        form.addRow(self.tr("Title"), self.title_edit)
        self.subtitle_edit = self._line(box, "subtitle", self.tr("Subtitle, e.g. the area and the units"))
        form.addRow(self.tr("Subtitle"), self.subtitle_edit)
        self.source_edit = self._line(box, "sourceText", self.tr(
            "Source and licence of the data, e.g. Amt für Statistik Berlin-Brandenburg (CC BY 3.0 DE)"))
        form.addRow(self.tr("Source and licence"), self.source_edit)
        self.year_edit = self._line(box, "year", self.tr("Reference date of the data, e.g. 31.12.2024"))
        form.addRow(self.tr("Reference date"), self.year_edit)
        self.confidential_check = QCheckBox(self.tr("Confidentiality"), box)
        self.confidential_check.setObjectName("confidentiality")
        self.confidential_check.setToolTip(self.tr("Hide small numbers: units with fewer people of the "
                                                   "group or fewer residents than below are shown "
                                                   "hatched, and the sheet says why"))
        form.addRow(self.confidential_check)
        row = QHBoxLayout()
        self.min_count_spin = QSpinBox(box)
        self.min_count_spin.setObjectName("minCount")
        self.min_count_spin.setRange(0, 100000)
        self.min_count_spin.setToolTip(self.tr("Minimum count of the group in a unit"))
        self.min_population_spin = QSpinBox(box)
        self.min_population_spin.setObjectName("minPopulation")
        self.min_population_spin.setRange(0, 10000000)
        self.min_population_spin.setToolTip(self.tr("Minimum number of residents of a unit"))
        row.addWidget(self.min_count_spin)
        row.addWidget(self.min_population_spin)
        form.addRow(self.tr("Minimum count and minimum population"), row)
        self.atlas_check = QCheckBox(self.tr("Atlas: one page per unit"), box)
        self.atlas_check.setObjectName("atlas")
        self.atlas_check.setToolTip(self.tr("A PDF with a profile page for every unit (shares and "
                                            "location quotients of the groups)"))
        form.addRow(self.atlas_check)
        return box

    def _line(self, parent, name, tip):
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setToolTip(tip)
        return edit

    def _build_run(self, parent):
        box = QGroupBox(self.tr("Run"), parent)
        box.setObjectName("runBox")
        form = self._form(box)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setObjectName("outputFolder")
        self.output_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.output_widget.setDialogTitle(self.tr("Output folder"))
        self.output_widget.setFilePath(self.settings.output_dir)
        self.output_widget.setToolTip(self.tr("Each run writes a new folder in here"))
        form.addRow(self.tr("Output folder"), self.output_widget)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run everything"), box)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.run_button.setToolTip(self.tr("Join, indices, milieus and the map sheet, in the "
                                           "background"))
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Stop the run; nothing of it is kept"))
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setToolTip(self.tr("Progress of the run"))
        form.addRow(self.progress)
        return box

    def _build_results(self, parent):
        box = QGroupBox(self.tr("Results"), parent)
        box.setObjectName("resultsBox")
        box_layout = QVBoxLayout(box)
        filter_row = QHBoxLayout()
        self.group_filter_label = QLabel(self.tr("Show"), box)
        self.group_filter = QComboBox(box)
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group_filter.setMinimumContentsLength(12)
        self.group_filter.setToolTip(self.tr("Show the indices of one group or of all groups"))
        self.group_filter_label.setBuddy(self.group_filter)
        filter_row.addWidget(self.group_filter_label)
        filter_row.addWidget(self.group_filter, 1)
        box_layout.addLayout(filter_row)
        self.index_table = QTableWidget(0, len(INDEX_COLUMNS), box)
        self.index_table.setObjectName("indexTable")
        self.index_table.setToolTip(self.tr("Segregation indices; click a column title to sort, "
                                            "point at an index for its definition"))
        self.index_table.setHorizontalHeaderLabels(self._column_titles())
        tips = {
            "expected": self.tr("Mean of the index under random allocation (what small units "
                                "give by chance)"),
            "p_value": self.tr("Share of random allocations with an index at least as large"),
            "units": self.tr("Number of spatial units used"),
        }
        for c, column in enumerate(INDEX_COLUMNS):
            if column in tips:
                self.index_table.horizontalHeaderItem(c).setToolTip(tips[column])
        self.index_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.index_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.index_table.setAlternatingRowColors(True)
        self.index_table.setSortingEnabled(True)
        self.index_table.verticalHeader().setVisible(False)
        self.index_table.verticalHeader().setDefaultSectionSize(22)
        header = self.index_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.index_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.index_table.setWordWrap(False)
        self.index_table.setMinimumHeight(240)
        box_layout.addWidget(self.index_table)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy"), box)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.setToolTip(self.tr("Copy the shown rows (for a spreadsheet)"))
        self.export_button = QPushButton(self.tr("Export…"), box)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Save the index table as a CSV file or an Excel "
                                              "workbook (XLSX)"))
        row.addWidget(self.copy_button)
        row.addWidget(self.export_button)
        box_layout.addLayout(row)
        self.result_label = QLabel(box)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setOpenExternalLinks(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box_layout.addWidget(self.result_label)
        self.mapsheet_button = QPushButton(self.tr("Print the map sheet again"), box)
        self.mapsheet_button.setObjectName("mapSheetButton")
        self.mapsheet_button.setToolTip(self.tr("Print the sheet again with the current texts of "
                                                "step 3, without running the analysis"))
        box_layout.addWidget(self.mapsheet_button)
        return box

    def _column_titles(self):
        titles = {
            "name": self.tr("Index"),
            "index": self.tr("Code"),
            "group": self.tr("Group"),
            "value": self.tr("Value"),
            "expected": self.tr("Expected"),
            "p_value": self.tr("p value"),
            "units": self.tr("Units"),
            "note": self.tr("Note"),
        }
        return [titles[c] for c in INDEX_COLUMNS]

    def _connect(self):
        self.districts_combo.layerChanged.connect(self._districts_changed)
        self.district_key_combo.fieldChanged.connect(lambda n: self._set("district_key", n or ""))
        self.table_combo.layerChanged.connect(self._table_changed)
        self.table_key_combo.fieldChanged.connect(self._table_key_changed)
        self.total_combo.fieldChanged.connect(self._total_changed)
        self.group_list.itemChanged.connect(self._groups_changed)
        self.milieu_combo.layerChanged.connect(lambda lyr: self._set("milieu_layer", lyr, True))
        self.weight_combo.layerChanged.connect(lambda lyr: self._set("weight_raster", lyr))
        self.levels_combo.layerChanged.connect(lambda lyr: self._set("levels_layer", lyr))
        for key, check in self.family_boxes.items():
            check.toggled.connect(self._families_changed)
        self.permutations_spin.valueChanged.connect(lambda v: self._set("permutations", v))
        self.level_combo.fieldChanged.connect(lambda n: self._set("level_field", n or ""))
        self.participation_check.toggled.connect(lambda v: self._set("participation", v, True))
        self.rates_widget.fileChanged.connect(lambda p: self._set("rates_file", p))
        self.typology_check.toggled.connect(lambda v: self._set("typology", v, True))
        self.indicator_combo.currentIndexChanged.connect(self._indicator_changed)
        self.classification_combo.currentIndexChanged.connect(
            lambda _i: self._set("classification", self.classification_combo.currentData()))
        self.template_combo.currentIndexChanged.connect(
            lambda _i: self._set("template", self.template_combo.currentData()))
        self.title_edit.textChanged.connect(lambda t: self._set("title", t))
        self.subtitle_edit.textChanged.connect(lambda t: self._set("subtitle", t))
        self.source_edit.textChanged.connect(lambda t: self._set("source_text", t))
        self.year_edit.textChanged.connect(lambda t: self._set("year", t))
        self.confidential_check.toggled.connect(self._confidentiality_changed)
        self.min_count_spin.valueChanged.connect(lambda v: self._set("min_count", v))
        self.min_population_spin.valueChanged.connect(lambda v: self._set("min_population", v))
        self.atlas_check.toggled.connect(lambda v: self._set("atlas", v))
        self.output_widget.fileChanged.connect(lambda p: self._set("output_dir", p))
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.mapsheet_button.clicked.connect(self.print_map_sheet)
        self.group_filter.currentIndexChanged.connect(self._filter_index_rows)
        self.copy_button.clicked.connect(self.copy_table)
        self.export_button.clicked.connect(self._export_clicked)
        self.convert_button.clicked.connect(self.convert_percentages)
        self.help_button.clicked.connect(self.open_help)
        self.preview_button.clicked.connect(self.preview_join)
        project = QgsProject.instance()
        project.writeProject.connect(self._write_project)
        project.readProject.connect(self._read_project)

    # Binding widgets → settings ------------------------------------------------------------------
    def _set(self, name, value, indicators=False):
        setattr(self.settings, name, value)
        if indicators:
            self._fill_indicators()

    def _districts_changed(self, layer):
        self.settings.districts_layer = layer
        self.district_key_combo.setLayer(layer)
        self.level_combo.setLayer(layer)
        self.settings.district_key = self.district_key_combo.currentField()
        self.table_combo.setExceptedLayerList([layer] if layer is not None else [])
        if self.settings.table_layer is None:
            self._fill_count_fields()

    def _table_changed(self, layer):
        self.settings.table_layer = layer
        self.table_key_combo.setLayer(layer)
        has_table = layer is not None
        self.table_key_combo.setEnabled(has_table)
        self.table_key_label.setEnabled(has_table)
        if has_table and not self.table_key_combo.currentField():
            key = self.settings.district_key.lower()
            for name in layer.fields().names():
                if name.lower() in (key, "id", "key", "schluessel", "plr_id"):
                    self.table_key_combo.setField(name)
                    break
        self.settings.table_key = self.table_key_combo.currentField() if has_table else ""
        self._fill_count_fields()

    def _table_key_changed(self, name):
        self.settings.table_key = name or ""

    def _total_changed(self, name):
        self.settings.total_field = name or ""
        self._check_percentages()

    def _groups_changed(self, _item=None):
        self.settings.group_fields = self.checked_groups()
        if not self._restoring:  # a conversion ends when its field is unticked
            self.settings.conversions = [c for c in self.settings.conversions
                                         if c in self.settings.group_fields]
        self._check_percentages()
        self._fill_indicators()

    def convert_percentages(self):
        """The ticked fields that look like percentages become counts for the run (percent ×
        total ÷ 100, in a copy made by the run; the layer is not changed)."""
        flagged = [n for n in self._percentage_fields() if n not in self.settings.conversions]
        if not flagged or not self.settings.total_field:
            return []
        self.settings.conversions = self.settings.conversions + flagged
        self._check_percentages()
        self._fill_indicators()
        return flagged

    def _families_changed(self, _checked=None):
        self.settings.families = [k for k, c in self.family_boxes.items() if c.isChecked()]

    def _confidentiality_changed(self, on):
        self.settings.confidentiality = on
        self.min_count_spin.setEnabled(on)
        self.min_population_spin.setEnabled(on)

    def _indicator_changed(self, _index=None):
        key = self.indicator_combo.currentData()
        if key:
            self.settings.indicator = key

    def _fill_indicators(self):
        wanted = self.settings.indicator
        self.indicator_combo.blockSignals(True)
        self.indicator_combo.clear()
        for key, label in self.settings.indicators():
            self.indicator_combo.addItem(label, key)
            self.indicator_combo.setItemData(self.indicator_combo.count() - 1, label,
                                             Qt.ItemDataRole.ToolTipRole)
        i = self.indicator_combo.findData(wanted)
        self.indicator_combo.setCurrentIndex(i if i >= 0 else 0)
        self.indicator_combo.blockSignals(False)
        if self.indicator_combo.currentData():
            self.settings.indicator = self.indicator_combo.currentData()

    def _fill_count_fields(self):
        """Total and group fields come from the table when one is chosen, else from the districts;
        only numeric fields are offered, names from German statistics are proposed."""
        source = self.settings.source_layer()
        previous = set(self.checked_groups())
        numeric = count_fields(source)
        self.total_combo.setFields(numeric)
        total = guess_total_field(numeric) if source is not None else None
        if total:
            self.total_combo.setField(total)
        proposed = set(guess_group_fields(numeric, total or "")) if not previous else previous
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for name in numeric:
            item = QListWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(name)
            item.setCheckState(Qt.CheckState.Checked if name in proposed else Qt.CheckState.Unchecked)
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        self.settings.total_field = self.total_combo.currentField()
        self._groups_changed()

    def _percentage_fields(self):
        """The ticked group fields that look like percentages (name or values)."""
        layer = self.settings.source_layer()
        out = []
        if layer is None:
            return out
        total = self.settings.total_field
        if total and layer.fields().indexOf(total) < 0:
            total = ""
        total_sum = layer.aggregate(QgsAggregateCalculator.Sum,
                                    numeric_expression(layer, total))[0] if total else None
        for name in self.settings.source_groups():
            if layer.fields().indexOf(name) < 0:
                continue
            expression = numeric_expression(layer, name)
            maximum = layer.aggregate(QgsAggregateCalculator.Max, expression)[0]
            field_sum = layer.aggregate(QgsAggregateCalculator.Sum, expression)[0]
            if looks_like_percentage(name, _number(maximum), _number(total_sum), _number(field_sum)):
                out.append(name)
        return out

    def _check_percentages(self):
        """A warning under the group list for every ticked field that looks like a percentage,
        with the offer to convert it; a note for the fields converted."""
        converted = self.settings.converted()
        flagged = [n for n in self._percentage_fields() if n not in converted]
        # field names break after their underscores: a long name must not widen a narrow dock
        warnings = [percentage_message(breakable(n)) for n in flagged]
        self.percent_label.setText("\n".join(warnings))
        self.percent_label.setToolTip("\n".join(warnings))
        self.percent_label.setVisible(bool(warnings))
        self.convert_button.setVisible(bool(flagged) and bool(self.settings.total_field))
        notes = [self.tr("'{0}' is used as counts: {0} × {1} ÷ 100, as '{2}' (the layer is not "
                         "changed).").format(breakable(n), breakable(self.settings.total_field),
                                             breakable(count_name(n)))
                 for n in converted]
        self.converted_label.setText("\n".join(notes))
        self.converted_label.setToolTip("\n".join(notes))
        self.converted_label.setVisible(bool(notes))
        self._fit_label(self.percent_label)
        self._fit_label(self.converted_label)

    def _fit_label(self, label):
        """A wrapped label in a scrolled form does not grow by itself: give it the height of its
        text at the width the form gives it."""
        if not label.text():
            label.setMinimumHeight(0)
            return
        width = label.width()
        if width < 100 or not label.isVisible():  # not laid out yet: the scroll area's width
            width = self.scroll.viewport().width() - 40
        label.setMinimumHeight(label.heightForWidth(max(width, 200)))

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        for label in (self.percent_label, self.converted_label, self.preview_label):
            self._fit_label(label)

    def checked_groups(self):
        return [self.group_list.item(i).text() for i in range(self.group_list.count())
                if self.group_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_groups(self, names):
        """Ticks exactly the given group fields (used by tests and scripts)."""
        wanted = set(names)
        self.group_list.blockSignals(True)
        for i in range(self.group_list.count()):
            item = self.group_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
        self.group_list.blockSignals(False)
        ticked = [self.group_list.item(i) for i in range(self.group_list.count())
                  if self.group_list.item(i).text() in wanted]
        if ticked:  # the first ticked field in view (a long list scrolls)
            self.group_list.scrollToItem(ticked[0])
        self._groups_changed()

    # The form ↔ a settings state ----------------------------------------------------------------
    def _show_settings(self):
        """Every widget shows what self.settings holds (after a restore)."""
        s = self.settings
        state = s.to_state()
        self._restoring = True
        try:
            self.districts_combo.setLayer(s.districts_layer)
            self._districts_changed(s.districts_layer)
            self.district_key_combo.setField(state["district_key"])
            self.table_combo.setLayer(s.table_layer)
            self._table_changed(s.table_layer)
            self.table_key_combo.setField(state["table_key"])
            self.total_combo.setField(state["total_field"])
            self.set_groups(state["group_fields"])
            for combo, layer in ((self.milieu_combo, s.milieu_layer), (self.weight_combo, s.weight_raster),
                                 (self.levels_combo, s.levels_layer)):
                combo.setLayer(layer)
            for key, check in self.family_boxes.items():
                check.setChecked(key in state["families"])
            self.permutations_spin.setValue(int(state["permutations"]))
            self.level_combo.setField(state["level_field"])
            self.participation_check.setChecked(state["participation"])
            self.rates_widget.setFilePath(state["rates_file"])
            self.typology_check.setChecked(state["typology"])
            for combo, key in ((self.classification_combo, state["classification"]),
                               (self.template_combo, state["template"])):
                i = combo.findData(key)
                combo.setCurrentIndex(max(i, 0))
            self.title_edit.setText(state["title"])
            self.subtitle_edit.setText(state["subtitle"])
            self.source_edit.setText(state["source_text"])
            self.year_edit.setText(state["year"])
            self.confidential_check.setChecked(state["confidentiality"])
            self._confidentiality_changed(state["confidentiality"])
            self.min_count_spin.setValue(int(state["min_count"]))
            self.min_population_spin.setValue(int(state["min_population"]))
            self.atlas_check.setChecked(state["atlas"])
            self.output_widget.setFilePath(state["output_dir"])
            self.settings.indicator = state["indicator"]
            self._fill_indicators()
        finally:
            self._restoring = False
        self.settings.apply_state(state, QgsProject.instance())
        # the conversions and the indicator of a converted group as stored
        self._check_percentages()
        self._fill_indicators()

    def restore_state(self, state):
        """Shows a stored state (layers that are gone stay as chosen)."""
        self.settings.apply_state(state, QgsProject.instance())
        self._show_settings()

    def _restore_initial(self):
        """The project's own choices when it has them, else the last choices (QgsSettings)."""
        state = DockSettings.read_project_state(QgsProject.instance())
        if not state:
            stored = QgsSettings().value(f"{PROJECT_SCOPE}/last_state", "", type=str)
            import json

            try:
                state = json.loads(stored) if stored else {}
            except ValueError:
                state = {}
            # the last project's folder and its sheet's title are no defaults for this one
            for key in ("output_dir", "title", "subtitle", "indicator"):
                state.pop(key, None)
        if state:
            self.restore_state(state)
        else:
            self._show_settings()

    def _write_project(self, _doc=None):
        self.settings.write_to_project(QgsProject.instance())

    def _read_project(self, _doc=None):
        state = DockSettings.read_project_state(QgsProject.instance())
        if state:
            self.restore_state(state)
        else:
            self.output_widget.setFilePath(self._default_output_dir())

    def remember(self):
        """The current choices as the last choices (QgsSettings) for the next project."""
        import json

        QgsSettings().setValue(f"{PROJECT_SCOPE}/last_state", json.dumps(self.settings.to_state()))
        self.settings.write_to_project(QgsProject.instance())

    # Messages -------------------------------------------------------------------------------------
    def show_error(self, text):
        """One short line in the message bar with a Details button for the whole message; the whole
        message also in the log."""
        text = str(text)
        self.last_error = text
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.Critical)
        self.message_bar.clearWidgets()
        line = first_line(text)
        short = line if len(line) <= 90 else line[:89] + "…"
        item = self.message_bar.createMessage(self.tr("Error"), short)
        details = QPushButton(self.tr("Details"), item)
        details.setObjectName("detailsButton")
        details.setToolTip(self.tr("Show the whole message"))
        details.clicked.connect(lambda: self.show_details(text))
        item.setWidget(details)
        self.message_bar.pushWidget(item, Qgis.Critical, 0)
        self._fit_message(item)

    def show_details(self, text):
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Milieu Atlas"), first_line(text), parent=self)
        box.setDetailedText(text)
        box.setInformativeText(text)
        box.open()
        return box

    def show_message(self, text, level=Qgis.Info, duration=0):
        # No countdown: its pause button takes the little room a narrow dock has for the text.
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage("", text, level, duration)
        items = self.message_bar.items()
        if items:
            self._fit_message(items[-1])

    def _fit_message(self, item, max_lines=8):
        """The message's text box as tall as its wrapped text (QGIS gives it one line and a
        scroll bar, which in a narrow dock hides most of a sentence)."""
        from qgis.PyQt.QtWidgets import QTextBrowser

        box = item.findChild(QTextBrowser)
        if box is None:
            return
        bar_layout = self.message_bar.layout()
        if bar_layout is not None:
            bar_layout.activate()
        item.layout().activate()
        doc = box.document()
        doc.setTextWidth(max(box.viewport().width(), 120))
        line = box.fontMetrics().lineSpacing()
        height = int(doc.size().height()) + 2 * box.frameWidth() + 2
        box.setFixedHeight(max(min(height, max_lines * line + 12), line + 12))
        item.updateGeometry()
        self.message_bar.updateGeometry()

    def open_help(self):
        path = HELP_FILE if HELP_FILE.exists() else PLUGIN_DIR / "README.md"
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)

    # Join preview ----------------------------------------------------------------------------------
    def preview_join(self):
        """Runs only milieuatlas:jointodistricts into a temporary folder (removed afterwards) and
        shows its accounting: rows matched and unmatched, each field's total in the source and in
        the units."""
        if self.task is not None:
            return None
        if self.settings.table_layer is None:
            self.show_message(self.tr("No table to join: the counts are read from the units layer."))
            return None
        problems = [p for p in self.settings.problems() if p]
        if problems:
            self.show_error("\n".join(problems))
            return None
        import tempfile

        folder = tempfile.mkdtemp(prefix="milieu_atlas_preview_")
        step = self.settings.build_chain(folder).steps[0]
        self._preview_dir = folder
        task = AlgorithmChainTask(self.tr("Milieu Atlas: checking the join"), [step],
                                  self._preview_done, run_dir=folder)
        self.task = task
        self._set_running(True)
        self.preview_label.setText(self.tr("Checking the join…"))
        self.preview_label.setVisible(True)
        QgsApplication.taskManager().addTask(task)
        return task

    def _preview_done(self, results, error, details=""):
        self.task = None
        folder = getattr(self, "_preview_dir", "")
        try:
            if error == AlgorithmChainTask.CANCELLED:
                self.preview_label.setText(self.tr("Cancelled."))
                return
            if error:
                self.preview_label.setText("")
                self.preview_label.setVisible(False)
                self.show_error(error + ("\n\n" + details if details else ""))
                return
            rows = read_index_table(os.path.join(folder, "accounting.csv"))
            source = self.settings.table_layer.featureCount() if self.settings.table_layer else 0
            unmatched = int(results[0].get("UNMATCHED_COUNT") or 0) if results else 0
            loc = QLocale()
            lines = [self.tr("{0} of {1} rows matched a unit; {2} unmatched.").format(
                loc.toString(source - unmatched), loc.toString(source), loc.toString(unmatched))]
            for row in rows:
                lines.append(self.tr("{0}: {1} of {2} in the units").format(
                    row.get("field", ""), _thousands(loc, row.get("district_total")),
                    _thousands(loc, row.get("source_total"))))
            self.preview_label.setText("\n".join(lines))
            self.preview_label.setToolTip("\n".join(lines))
            self._fit_label(self.preview_label)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            self._set_running(False)

    # Running --------------------------------------------------------------------------------------
    def _inputs(self):
        return (self.districts_combo, self.district_key_combo, self.table_combo, self.table_key_combo,
                self.total_combo, self.group_list, self.milieu_combo, self.weight_combo,
                self.levels_combo, self.permutations_spin, self.level_combo, self.participation_check,
                self.rates_widget, self.typology_check, self.output_widget, self.convert_button,
                *self.family_boxes.values())

    def _set_running(self, running):
        self.run_button.setEnabled(not running)
        self.preview_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in self._inputs():
            w.setEnabled(not running)
        if not running:
            self.table_key_combo.setEnabled(self.settings.table_layer is not None)
        self.mapsheet_button.setEnabled(not running and self.chain is not None and self.result_layer is not None)

    def run(self):
        """Starts the chain (join → local measures → indices → milieus) as a background task; the
        sheets follow on the main thread when it has finished."""
        if self.task is not None:
            return None
        problems = self.settings.problems()
        if problems:
            self.show_error("\n".join(problems))
            return None
        self.message_bar.clearWidgets()
        self.remember()
        self._created_output_dir = not os.path.isdir(self.settings.output_dir)
        self.chain = self.settings.build_chain(self.settings.new_run_dir())
        task = AlgorithmChainTask(self.tr("Milieu Atlas analysis"), self.chain.steps,
                                  self._chain_done, run_dir=self.chain.run_dir)
        task.progressChanged.connect(self._task_progress)
        task.stepStarted.connect(self._task_step)
        self.task = task
        self.progress.setValue(0)
        self.result_label.setText(self.tr("Running…"))
        self._set_running(True)
        QgsApplication.taskManager().addTask(task)
        return task

    def _task_step(self, label):
        # "%p%" is Qt's placeholder for the percentage; the label says which algorithm runs.
        self.progress.setFormat(label + " – %p%")
        self.progress.setToolTip(label)

    def _task_progress(self, value):
        self.progress.setValue(int(round(value)))

    def cancel(self):
        if self.task is not None and not sip.isdeleted(self.task):
            self.task.cancel()

    def _discard_run(self):
        """Removes the folder of a run that was cancelled or failed: nothing of it stays."""
        chain = self.chain
        if chain is not None and os.path.isdir(chain.run_dir):
            shutil.rmtree(chain.run_dir, ignore_errors=True)
        if getattr(self, "_created_output_dir", False):
            try:
                os.rmdir(self.settings.output_dir)  # only when empty
            except OSError:
                pass
        self.chain = None

    def _chain_done(self, results, error, details=""):
        self.task = None
        self.progress.setFormat("%p%")
        self.progress.setToolTip(self.tr("Progress of the run"))
        if error == AlgorithmChainTask.CANCELLED:
            self._discard_run()
            self._set_running(False)
            self.progress.setValue(0)
            self.result_label.setText(self.tr("Cancelled."))
            self.show_message(self.tr("The run was cancelled; nothing was kept."), Qgis.Warning)
            return
        if error:
            self._discard_run()
            self._set_running(False)
            self.progress.setValue(0)
            self.result_label.setText("")
            self.show_error(error + ("\n\n" + details if details else ""))
            return
        self.progress.setValue(100)
        self._show_results()
        self._set_running(False)

    def _replace_group(self):
        """The "Milieu Atlas" group at the top of the layer tree, emptied of an earlier run."""
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        from ..cartography.project_layouts import remove_layouts

        remove_layouts(project)  # the earlier run's layouts show layers removed here
        self.layouts = []
        old = root.findGroup(GROUP_NAME)
        if old is not None:
            ids = old.findLayerIds()
            if self.result_layer is not None and self.result_layer.id() in ids:
                self.result_layer = None
            project.removeMapLayers(ids)
            root.removeChildNode(old)
        return root.insertGroup(0, GROUP_NAME)

    def _add(self, group, layer):
        QgsProject.instance().addMapLayer(layer, False)
        group.addLayer(layer)
        return layer

    def _show_results(self):
        chain = self.chain
        group_label = chain.lq_field[:-3] if chain.lq_field.endswith("_lq") else chain.lq_field
        layer = QgsVectorLayer(chain.result_layer, self.tr("Location quotient {0}").format(group_label), "ogr")
        if not layer.isValid():
            self.show_error(self.tr("Could not open the result layer {0}.").format(chain.result_layer))
            return
        group = self._replace_group()
        layers = []
        if chain.milieu_layer:
            milieus = QgsVectorLayer(chain.milieu_layer, self.tr("Milieus by unit"), "ogr")
            if milieus.isValid():
                self._add(group, milieus)
                self._style(milieus, "mil_dominant", "categorical")
                layers.append(milieus)
            for path, name in chain.rasters:
                raster = QgsRasterLayer(path, name)
                if raster.isValid():
                    self._add(group, raster)
                    group.findLayer(raster.id()).setItemVisibilityChecked(False)
        self._add(group, layer)
        self.result_layer = layer
        layer.willBeDeleted.connect(self._result_layer_removed)
        styled = self._style(layer, chain.lq_field, "lq")
        try:
            rows = read_index_table(chain.index_table)
        except OSError as exc:
            self.show_error(self.tr("Could not read the index table: {0}").format(exc))
            rows = []
        self.fill_index_table(rows)
        summary = self.tr("{0} units, {1} index values.").format(layer.featureCount(), len(rows))
        self.set_result_path(self.tr("Results: {0}"), chain.run_dir, prefix=summary)
        self.sheet_files = []
        pdf = self.print_map_sheet()
        if pdf and self.settings.atlas:
            self.print_atlas()
        if styled and pdf:
            self.show_message(self.tr("Finished."), Qgis.Success)  # short: a narrow message bar

    def _result_layer_removed(self):
        self.result_layer = None
        self.mapsheet_button.setEnabled(False)

    def _style(self, layer, field, kind):
        """Classes from the cartography module; a styling failure must not lose the results."""
        try:
            from ..cartography.styling import apply_style

            apply_style(layer, field, kind=kind)
        except Exception as exc:  # noqa: BLE001
            self.show_error(self.tr("The layer {0} could not be styled: {1}").format(layer.name(), message_of(exc)))
            return False
        layer.triggerRepaint()
        return True

    def set_result_path(self, template, path, prefix="", suffix=""):
        """'Results: <link to the folder>' — the link opens it; breaks allowed inside the path."""
        url = QUrl.fromLocalFile(path).toString()
        link = f'<a href="{html.escape(url)}">{html.escape(breakable(path))}</a>'
        text = html.escape(template).replace("{0}", link)
        if prefix:
            text = f"{html.escape(prefix)}<br>{text}"
        if suffix:
            text = f"{text}<br>{html.escape(breakable(suffix))}"
        self.result_label.setText(text)
        self.result_label.setToolTip(path)

    def result_text(self):
        """The label as plain text (no link markup, no break hints)."""
        doc = QTextDocument()
        doc.setHtml(self.result_label.text())
        return doc.toPlainText().replace("\u200b", "")

    # Index table ----------------------------------------------------------------------------------
    def _fill_group_filter(self, rows):
        groups = list(dict.fromkeys(r.get("group", "") for r in rows if r.get("group")))
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), "")
        for g in groups:
            self.group_filter.addItem(g, g)
            self.group_filter.setItemData(self.group_filter.count() - 1, g, Qt.ItemDataRole.ToolTipRole)
        self.group_filter.setCurrentIndex(1 if groups else 0)
        self.group_filter.blockSignals(False)

    def _filter_index_rows(self, _index=None):
        wanted = self.group_filter.currentData() or ""
        col = INDEX_COLUMNS.index("group")
        for r in range(self.index_table.rowCount()):
            item = self.index_table.item(r, col)
            self.index_table.setRowHidden(r, bool(wanted) and (item is None or item.text() != wanted))
        self.index_table.setColumnHidden(col, bool(wanted))

    def fill_index_table(self, rows):
        self._fill_group_filter(rows)
        table = self.index_table
        table.setSortingEnabled(False)
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name, definition = index_name(row.get("index", ""))
            for c, column in enumerate(INDEX_COLUMNS):
                raw = name if column == "name" else row.get(column)
                item = SortItem(format_cell(column, raw))
                if column in NUMERIC_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    try:
                        item.setData(Qt.ItemDataRole.UserRole, float(raw))
                    except (TypeError, ValueError):
                        pass
                if column in ("name", "index") and definition:
                    item.setToolTip(definition)
                elif raw:
                    item.setToolTip(str(raw))
                table.setItem(r, c, item)
        # the order of the result file until the user clicks a column title
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        name_col = INDEX_COLUMNS.index("name")
        table.setColumnWidth(name_col, min(table.columnWidth(name_col), 160))
        self._filter_index_rows()

    def index_rows(self, visible_only=False):
        """The table as shown: a list of {column: text} (for tests, copying and export)."""
        out = []
        for r in range(self.index_table.rowCount()):
            if visible_only and self.index_table.isRowHidden(r):
                continue
            out.append({column: self.index_table.item(r, c).text()
                        for c, column in enumerate(INDEX_COLUMNS)})
        return out

    def copy_table(self):
        """The shown rows with their titles, tab separated (pastes into a spreadsheet)."""
        lines = ["\t".join(self._column_titles())]
        lines += ["\t".join(row[c] for c in INDEX_COLUMNS) for row in self.index_rows(True)]
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text

    def export_csv(self, path):
        """Every row of the table (numbers as in the result file, names in plain words)."""
        rows = read_index_table(self.chain.index_table) if self.chain else []
        with open(path, "w", newline="", encoding="utf-8-sig") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(self._column_titles())
            for row in rows:
                name = index_name(row.get("index", ""))[0]
                writer.writerow([name if c == "name" else row.get(c, "") for c in INDEX_COLUMNS])
        return path

    def export_xlsx(self, path):
        """Every row of the table as an Excel workbook: the column titles of the dock, numbers as
        numbers (the result file's full precision, shown with three decimals), the notes as text;
        a second sheet with the definition of every index. Written completely or not at all."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        from ..files import publish, temp_beside

        rows = read_index_table(self.chain.index_table) if self.chain else []
        wb = Workbook()
        ws = wb.active
        ws.title = self.tr("Indices")
        ws.append(self._column_titles())
        for cell in ws[1]:
            cell.font = Font(bold=True)
        formats = {"value": "0.000", "expected": "0.000", "p_value": "0.000", "units": "0"}
        for row in rows:
            cells = []
            for column in INDEX_COLUMNS:
                if column == "name":
                    cells.append(index_name(row.get("index", ""))[0])
                elif column in NUMERIC_COLUMNS:
                    number = _number(row.get(column))
                    if number is not None and not math.isfinite(number):
                        number = None
                    if column == "units" and number is not None and number.is_integer():
                        number = int(number)
                    cells.append(number)
                else:
                    cells.append(row.get(column) or "")
            ws.append(cells)
        for c, column in enumerate(INDEX_COLUMNS, start=1):
            if column in formats:
                for (cell,) in ws.iter_rows(min_row=2, min_col=c, max_col=c):
                    cell.number_format = formats[column]
        widths = {"name": 34, "index": 10, "group": 30, "note": 60}
        for c, column in enumerate(INDEX_COLUMNS, start=1):
            ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = widths.get(column, 12)
        ws.freeze_panes = "A2"
        defs = wb.create_sheet(self.tr("Definitions"))
        defs.append([self.tr("Code"), self.tr("Index"), self.tr("Definition")])
        for cell in defs[1]:
            cell.font = Font(bold=True)
        for code in dict.fromkeys(r.get("index", "") for r in rows if r.get("index")):
            name, definition = index_name(code)
            defs.append([code, name, definition])
        defs.column_dimensions["B"].width = 34
        defs.column_dimensions["C"].width = 100
        tmp = temp_beside(path, ".xlsx")
        try:
            wb.save(tmp)
            publish(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
        return path

    def export_table(self, path):
        """CSV or XLSX, by the file's ending."""
        if path.lower().endswith(".xlsx"):
            return self.export_xlsx(path)
        return self.export_csv(path)

    def _export_clicked(self):
        if self.chain is None:
            self.show_error(self.tr("Run the analysis first."))
            return
        csv_filter = self.tr("CSV files (*.csv)")
        xlsx_filter = self.tr("Excel workbooks (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the index table"),
                                                   os.path.join(self.chain.run_dir, "indices.xlsx"),
                                                   ";;".join((xlsx_filter, csv_filter)))
        if not path:
            return
        if not path.lower().endswith((".csv", ".xlsx")):
            path += ".csv" if chosen == csv_filter else ".xlsx"
        try:
            self.export_table(path)
        except (OSError, ImportError) as exc:
            self.show_error(self.tr("The index table could not be saved: {0}").format(exc))
            return
        self.show_message(self.tr("Index table saved."), Qgis.Success)

    # Sheets ---------------------------------------------------------------------------------------
    def _run_on_main_thread(self, alg_id, params):
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if alg is None:
            self.show_error(self.tr("Algorithm {0} is not available.").format(alg_id))
            return None
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = ChainFeedback()
        params = {k: open_layer(v) for k, v in params.items()}
        QgsApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        results = None
        try:
            ok, message = alg.checkParameterValues(params, context)
            if ok:
                results, ok = alg.run(params, context, feedback)
                message = "\n".join(feedback.errors)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            ok, message = False, message_of(exc)
        finally:
            QgsApplication.restoreOverrideCursor()
        if not ok:
            self.show_error(f"{alg.displayName()}: {message}")
            return None
        self._last_layouts = feedback.layouts
        return results

    def print_map_sheet(self):
        """milieuatlas:mapsheet on the chosen indicator (main thread: layouts need it); its
        layout goes into the project's Layout Manager."""
        if self.chain is None:
            self.show_error(self.tr("Run the analysis first."))
            return None
        params = self.settings.sheet_params(self.chain)
        results = self._run_on_main_thread(MAPSHEET_ID, params)
        if results is None:
            return None
        pdf = results.get("OUTPUT_PDF") or params.get("OUTPUT_PDF")
        self.last_pdf = pdf
        self.sheet_files.append(pdf)
        layout = self._add_layout(self.tr("Map sheet: {0}").format(params["TITLE"]), pdf)
        self.set_result_path(self.tr("Map sheet: {0}"), pdf, suffix=self.tr(
            "In the Layout Manager: '{0}'").format(layout.name()) if layout is not None else "")
        self.show_message(self.tr("Map sheet written (PDF)."), Qgis.Success, 0)
        return pdf

    def print_atlas(self):
        params = self.settings.atlas_params(self.chain)
        results = self._run_on_main_thread(ATLAS_ID, params)
        if results is None:
            return None
        pdf = results.get("OUTPUT_PDF") or params["OUTPUT_PDF"]
        self.sheet_files.append(pdf)
        title = params.get("TITLE") or ""
        self._add_layout(self.tr("District atlas: {0}").format(title) if title
                         else self.tr("District atlas"), pdf)
        return pdf

    def _add_layout(self, name, pdf):
        """The layout the algorithm just exported, into the Layout Manager under `name` (one made
        here before under that name is replaced), its layers in a subgroup of the results group
        (hidden on the map, written beside the PDF so the project can be saved and reopened)."""
        from ..cartography.project_layouts import adopt_layout, remove_layouts

        handed, self._last_layouts = getattr(self, "_last_layouts", []), []
        if not handed:
            return None
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)
        remove_layouts(project, name)
        old = group.findGroup(name)
        if old is not None:
            project.removeMapLayers(old.findLayerIds())
            group.removeChildNode(old)
        sub = group.addGroup(name)
        stem = os.path.splitext(pdf)[0] + "_layout"
        gpkg, n = stem + ".gpkg", 1
        while os.path.exists(gpkg):
            n += 1
            gpkg = f"{stem}_{n}.gpkg"
        layout, keep = handed.pop()
        del handed
        try:
            new, _layers = adopt_layout(layout, project, gpkg, sub, name)
        except Exception as exc:  # noqa: BLE001 - the PDF is written; say why the layout is not
            project.removeMapLayers(sub.findLayerIds())  # nothing half-added stays
            group.removeChildNode(sub)
            if os.path.exists(gpkg):
                os.remove(gpkg)
            self.show_error(self.tr("The layout could not be added to the project: {0}").format(message_of(exc)))
            return None
        finally:
            del layout  # before its private project (in keep): the layout points to it
            del keep
        sub.setItemVisibilityChecked(False)
        sub.setExpanded(False)
        self.layouts.append(new.name())
        return new

    # Plugin unload ---------------------------------------------------------------------------------
    def close_tasks(self):
        """Cancels a running analysis and detaches it from this dock (called from unload)."""
        project = QgsProject.instance()
        for signal, slot in ((project.writeProject, self._write_project),
                             (project.readProject, self._read_project)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        task, self.task = self.task, None
        if task is None or sip.isdeleted(task):
            return
        task.on_done = None
        for signal, slot in ((task.progressChanged, self._task_progress),
                             (task.stepStarted, self._task_step)):
            try:
                signal.disconnect(slot)
            except TypeError:
                pass
        task.cancel()
        task.waitForFinished(10000)


def _thousands(locale, text):
    try:
        return locale.toString(float(text), "f", 0)
    except (TypeError, ValueError):
        return str(text or "")


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None
