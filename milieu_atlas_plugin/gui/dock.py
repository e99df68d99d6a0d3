"""The Milieu Atlas dock panel: choose districts, counts and groups; run the analysis as a task.

The widgets only fill a DockSettings object; the work is done by the public Processing algorithms
(run in the background by AlgorithmChainTask), so the panel computes nothing of its own."""
import csv
import html

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayerProxyModel,
    QgsProcessingContext,
    QgsProject,
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
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QUrl
from qgis.PyQt.QtGui import QTextDocument
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .settings import INDEX_COLUMNS, MAPSHEET_ID, DockSettings, guess_total_field
from .tasks import AlgorithmChainTask, ChainFeedback, first_line


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


class MilieuAtlasDock(QgsDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.settings = DockSettings()
        self.task = None
        self.chain = None
        self.result_layer = None
        self.last_pdf = None
        self.setObjectName("MilieuAtlasDock")
        self.setWindowTitle(self.tr("Milieu Atlas"))
        self._build()
        self._connect()
        self._districts_changed(self.districts_combo.currentLayer())
        self._table_changed(self.table_combo.currentLayer())
        self._set_running(False)

    def tr(self, text):
        # pylupdate5 files self.tr() under the class name; translate with exactly that context.
        return QCoreApplication.translate("MilieuAtlasDock", text)

    # Layout -------------------------------------------------------------------------------------
    def _form(self, box):
        form = QFormLayout(box)
        # Labels above their widgets: nothing is clipped in a 350 px dock, in English or German.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        return form

    def _build(self):
        outer = QWidget(self)
        outer.setObjectName("milieuAtlasDockContents")
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(4, 4, 4, 4)
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

        # Districts
        box = QGroupBox(self.tr("Districts"), content)
        form = self._form(box)
        self.districts_combo = QgsMapLayerComboBox(box)
        self.districts_combo.setObjectName("districtsLayer")
        self.districts_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.districts_combo.setToolTip(self.tr("Polygon layer of the spatial units (districts, "
                                                "planning areas, blocks, grid cells)"))
        form.addRow(self.tr("Districts layer"), self.districts_combo)
        self.district_key_combo = QgsFieldComboBox(box)
        self.district_key_combo.setObjectName("districtKey")
        form.addRow(self.tr("Key field"), self.district_key_combo)
        layout.addWidget(box)

        # Counts
        box = QGroupBox(self.tr("Population counts"), content)
        form = self._form(box)
        self.table_combo = QgsMapLayerComboBox(box)
        self.table_combo.setObjectName("tableLayer")
        self.table_combo.setFilters(QgsMapLayerProxyModel.VectorLayer)
        self.table_combo.setAllowEmptyLayer(True, self.tr("None: counts are in the districts layer"))
        self.table_combo.setLayer(None)
        self.table_combo.setToolTip(self.tr("Table or layer with the counts, joined to the "
                                            "districts by key. Leave empty when the districts "
                                            "layer has the count fields itself."))
        form.addRow(self.tr("Table to join (optional)"), self.table_combo)
        self.table_key_label = QLabel(self.tr("Key field of the table"), box)
        self.table_key_combo = QgsFieldComboBox(box)
        self.table_key_combo.setObjectName("tableKey")
        form.addRow(self.table_key_label, self.table_key_combo)
        self.total_combo = QgsFieldComboBox(box)
        self.total_combo.setObjectName("totalField")
        self.total_combo.setToolTip(self.tr("Field with the total population of each unit"))
        form.addRow(self.tr("Total field"), self.total_combo)
        self.group_list = QListWidget(box)
        self.group_list.setObjectName("groupFields")
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.group_list.setMinimumHeight(90)
        self.group_list.setMaximumHeight(150)
        # Long count field names are shortened at the end (full name in the tooltip) instead
        # of needing a horizontal scroll bar in a narrow dock.
        self.group_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.group_list.setToolTip(self.tr("Count fields of the groups to analyse; the first "
                                           "ticked group is mapped"))
        form.addRow(self.tr("Group fields"), self.group_list)
        layout.addWidget(box)

        # Output
        box = QGroupBox(self.tr("Output"), content)
        form = self._form(box)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setObjectName("outputFolder")
        self.output_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.output_widget.setDialogTitle(self.tr("Output folder"))
        self.output_widget.setFilePath(self.settings.output_dir)
        form.addRow(self.tr("Output folder"), self.output_widget)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run"), box)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setObjectName("cancelButton")
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        form.addRow(buttons)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        form.addRow(self.progress)
        layout.addWidget(box)

        # Results
        box = QGroupBox(self.tr("Segregation indices"), content)
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
        self.index_table.setAlternatingRowColors(True)
        self.index_table.verticalHeader().setVisible(False)
        self.index_table.verticalHeader().setDefaultSectionSize(22)
        header = self.index_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        group_col = INDEX_COLUMNS.index("group")
        header.setSectionResizeMode(group_col, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(group_col, 150)
        header.setStretchLastSection(True)
        self.index_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.index_table.setWordWrap(False)
        self.index_table.setMinimumHeight(260)
        box_layout.addWidget(self.index_table)
        self.result_label = QLabel(box)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setOpenExternalLinks(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box_layout.addWidget(self.result_label)
        self.mapsheet_button = QPushButton(self.tr("Print map sheet"), box)
        self.mapsheet_button.setObjectName("mapSheetButton")
        self.mapsheet_button.setToolTip(self.tr("A4 map sheet (PDF) of the first group's "
                                                "location quotient"))
        box_layout.addWidget(self.mapsheet_button)
        layout.addWidget(box)
        layout.addStretch(1)

        scroll.setWidget(content)
        outer_layout.addWidget(scroll)
        self.setWidget(outer)

    def _column_titles(self):
        titles = {
            "index": self.tr("Index"),
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
        self.district_key_combo.fieldChanged.connect(self._district_key_changed)
        self.table_combo.layerChanged.connect(self._table_changed)
        self.table_key_combo.fieldChanged.connect(self._table_key_changed)
        self.total_combo.fieldChanged.connect(self._total_changed)
        self.group_list.itemChanged.connect(self._groups_changed)
        self.output_widget.fileChanged.connect(self._output_changed)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.mapsheet_button.clicked.connect(self.print_map_sheet)
        self.group_filter.currentIndexChanged.connect(self._filter_index_rows)

    # Binding widgets → settings ------------------------------------------------------------------
    def _districts_changed(self, layer):
        self.settings.districts_layer = layer
        self.district_key_combo.setLayer(layer)
        self.settings.district_key = self.district_key_combo.currentField()
        self.table_combo.setExceptedLayerList([layer] if layer is not None else [])
        if self.settings.table_layer is None:
            self._fill_count_fields()

    def _district_key_changed(self, name):
        self.settings.district_key = name or ""

    def _table_changed(self, layer):
        self.settings.table_layer = layer
        self.table_key_combo.setLayer(layer)
        has_table = layer is not None
        self.table_key_combo.setEnabled(has_table)
        self.table_key_label.setEnabled(has_table)
        self.settings.table_key = self.table_key_combo.currentField() if has_table else ""
        self._fill_count_fields()

    def _table_key_changed(self, name):
        self.settings.table_key = name or ""

    def _total_changed(self, name):
        self.settings.total_field = name or ""

    def _groups_changed(self, _item=None):
        self.settings.group_fields = self.checked_groups()

    def _output_changed(self, path):
        self.settings.output_dir = path

    def _fill_count_fields(self):
        """Total and group fields come from the table when one is chosen, else from the districts."""
        source = self.settings.source_layer()
        previous = set(self.checked_groups())
        self.total_combo.setLayer(source)
        self.group_list.blockSignals(True)
        self.group_list.clear()
        if source is not None:
            for fld in source.fields():
                item = QListWidgetItem(fld.name())
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(fld.name())
                item.setCheckState(Qt.CheckState.Checked if fld.name() in previous else Qt.CheckState.Unchecked)
                self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        if source is not None:
            guess = guess_total_field(source.fields().names())
            if guess:
                self.total_combo.setField(guess)
        self.settings.total_field = self.total_combo.currentField()
        self._groups_changed()

    def checked_groups(self):
        return [self.group_list.item(i).text() for i in range(self.group_list.count())
                if self.group_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_groups(self, names):
        """Ticks exactly the given group fields (used by tests and scripts)."""
        wanted = set(names)
        for i in range(self.group_list.count()):
            item = self.group_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
        self._groups_changed()

    # Running --------------------------------------------------------------------------------------
    def show_error(self, text):
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage(self.tr("Error"), first_line(text), Qgis.Critical, 0)

    def show_message(self, text, level=Qgis.Info, duration=0):
        # No countdown: its pause button takes the little room a narrow dock has for the text.
        self.message_bar.clearWidgets()
        self.message_bar.pushMessage("", text, level, duration)

    def _set_running(self, running):
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.districts_combo, self.district_key_combo, self.table_combo,
                  self.table_key_combo, self.total_combo, self.group_list, self.output_widget):
            w.setEnabled(not running)
        if not running:
            self.table_key_combo.setEnabled(self.settings.table_layer is not None)
        self.mapsheet_button.setEnabled(not running and self.result_layer is not None)

    def run(self):
        """Starts the chain join → local measures → indices as a background task."""
        if self.task is not None:
            return None
        problems = self.settings.problems()
        if problems:
            self.show_error(problems[0])
            return None
        self.message_bar.clearWidgets()
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

    def _chain_done(self, results, error):
        self.task = None
        self.progress.setFormat("%p%")
        self.progress.setToolTip("")
        self._set_running(False)
        if error == AlgorithmChainTask.CANCELLED:
            self.progress.setValue(0)
            self.result_label.setText(self.tr("Cancelled."))
            self.show_message(self.tr("The analysis was cancelled."), Qgis.Warning)
            return
        if error:
            self.progress.setValue(0)
            self.result_label.setText("")
            self.show_error(error)
            return
        self.progress.setValue(100)
        self._show_results()

    def _show_results(self):
        chain = self.chain
        layer = QgsVectorLayer(chain.result_layer, self.tr("Location quotient {0}").format(
            chain.lq_field[:-3] if chain.lq_field.endswith("_lq") else chain.lq_field), "ogr")
        if not layer.isValid():
            self.show_error(self.tr("Could not open the result layer {0}.").format(chain.result_layer))
            return
        QgsProject.instance().addMapLayer(layer)
        self.result_layer = layer
        layer.willBeDeleted.connect(self._result_layer_removed)
        styled = self._style(layer, chain.lq_field)
        try:
            rows = read_index_table(chain.index_table)
        except OSError as exc:
            self.show_error(self.tr("Could not read the index table: {0}").format(exc))
            rows = []
        self.fill_index_table(rows)
        summary = self.tr("{0} districts, {1} index values.").format(layer.featureCount(), len(rows))
        self.set_result_path(self.tr("Results: {0}"), chain.run_dir, prefix=summary)
        self._set_running(False)
        if styled:
            # Short: the message bar of a narrow dock has room for a few words only.
            self.show_message(self.tr("Analysis finished."), Qgis.Success)

    def _result_layer_removed(self):
        self.result_layer = None
        self.mapsheet_button.setEnabled(False)

    def _style(self, layer, field):
        """Diverging LQ ramp centred at 1 from the cartography module; says so when it is missing."""
        try:
            from ..cartography.styling import apply_style
        except ImportError as exc:
            self.show_error(self.tr("The result layer could not be styled: {0}").format(exc))
            return False
        try:
            apply_style(layer, field, kind="lq")
        except Exception as exc:  # a styling failure must not lose the results
            self.show_error(self.tr("The result layer could not be styled: {0}").format(exc))
            return False
        layer.triggerRepaint()
        return True

    def set_result_path(self, template, path, prefix=""):
        """'Results: <link to the folder>' — the link opens it; breaks allowed inside the path."""
        url = QUrl.fromLocalFile(path).toString()
        link = f'<a href="{html.escape(url)}">{html.escape(breakable(path))}</a>'
        text = html.escape(template).replace("{0}", link)
        if prefix:
            text = f"{html.escape(prefix)}<br>{text}"
        self.result_label.setText(text)
        self.result_label.setToolTip(path)

    def result_text(self):
        """The label as plain text (no link markup, no break hints)."""
        doc = QTextDocument()
        doc.setHtml(self.result_label.text())
        return doc.toPlainText().replace("\u200b", "")

    def _fill_group_filter(self, rows):
        groups = list(dict.fromkeys(r.get("group", "") for r in rows if r.get("group")))
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), "")
        for g in groups:
            self.group_filter.addItem(g, g)
            self.group_filter.setItemData(self.group_filter.count() - 1, g, Qt.ItemDataRole.ToolTipRole)
        # The mapped (first) group is shown first: one group's table fits a narrow dock without
        # its group column; "All groups" brings the column back.
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
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, column in enumerate(INDEX_COLUMNS):
                item = QTableWidgetItem(format_cell(column, row.get(column)))
                if column in ("value", "expected", "p_value", "units"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                raw = row.get(column)
                if raw:
                    item.setToolTip(str(raw))
                table.setItem(r, c, item)
        self._filter_index_rows()

    def index_rows(self):
        """The table as shown: a list of {column: text} (for tests and copying)."""
        out = []
        for r in range(self.index_table.rowCount()):
            out.append({column: self.index_table.item(r, c).text()
                        for c, column in enumerate(INDEX_COLUMNS)})
        return out

    # Map sheet -------------------------------------------------------------------------------------
    def print_map_sheet(self):
        """Runs milieuatlas:mapsheet on the result layer (main thread: layouts need it)."""
        if self.result_layer is None or self.chain is None:
            self.show_error(self.tr("Run the analysis first."))
            return None
        alg = QgsApplication.processingRegistry().createAlgorithmById(MAPSHEET_ID)
        if alg is None:
            self.show_error(self.tr("Algorithm {0} is not available.").format(MAPSHEET_ID))
            return None
        params = self.settings.mapsheet_params(self.chain, self.result_layer)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = ChainFeedback()
        QgsApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, message = alg.checkParameterValues(params, context)
            if ok:
                results, ok = alg.run(params, context, feedback)
                message = feedback.errors[-1] if feedback.errors else ""
        except Exception as exc:
            ok, message = False, str(exc)
        finally:
            QgsApplication.restoreOverrideCursor()
        if not ok:
            self.show_error(f"{alg.displayName()}: {first_line(message)}")
            return None
        pdf = results.get("OUTPUT_PDF") or params.get("OUTPUT_PDF")
        self.last_pdf = pdf
        self.set_result_path(self.tr("Map sheet: {0}"), pdf)
        self.show_message(self.tr("Map sheet written (PDF)."),
                          Qgis.Success, 0)
        return pdf

    # Plugin unload ---------------------------------------------------------------------------------
    def close_tasks(self):
        """Cancels a running analysis and detaches it from this dock (called from unload)."""
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
