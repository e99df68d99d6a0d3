"""District atlas: one A4 landscape page per district with a location map, a city overview and a
profile table (indicator, this district, median of all districts), driven by QgsLayoutAtlas.

Inputs are prepared by the algorithm: a coverage layer (district geometry, key, name) and a
long-format profile table (one row per district and indicator, values already formatted and
suppressed). :func:`build_atlas_layout` lays it out; :func:`export_atlas` writes one PDF or one PDF
per district, completely or not at all.
"""
import os
import shutil

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRenderContext,
    QgsRuleBasedRenderer,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..errors import Cancelled, InputError
from ..files import current_run, publish, temp_beside, temp_folder_beside
from ..i18n import tr
from .layouts import (
    ACCENT_COLOR, MARGIN, MM, MUTED_COLOR, PAGE_W, TEXT_COLOR, _font, _label, fit_extent, sheet_crs,
)

HIGHLIGHT = "#d95f02"


def highlight_renderer():
    """The atlas district in orange with a dark outline, the others light grey."""
    root = QgsRuleBasedRenderer.Rule(None)
    current = QgsFillSymbol.createSimple({"color": HIGHLIGHT, "outline_color": "#3a1a00",
                                          "outline_width": "0.5", "outline_width_unit": "MM"})
    others = QgsFillSymbol.createSimple({"color": "#e4e4e4", "outline_color": "#ffffff",
                                         "outline_width": "0.2", "outline_width_unit": "MM"})
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0, "$id <> @atlas_featureid",
                                               tr("other districts")))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0, "$id = @atlas_featureid",
                                               tr("this district")))
    return QgsRuleBasedRenderer(root)


def _text_format(size, bold=False, color=TEXT_COLOR):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setColor(color)
    return fmt


def build_atlas_layout(coverage, profile, key_field, name_field, title, source, note, date,
                       file_field=None):
    """A QgsPrintLayout with its atlas on `coverage` (ownership of both layers passes to the
    layout's private project). `profile` has fields district_key, indicator, district, median.
    `file_field`: a coverage field holding each page's file name (per-district export)."""
    project = QgsProject()
    project.setCrs(sheet_crs(coverage))
    project.addMapLayer(coverage)
    project.addMapLayer(profile)
    coverage.setRenderer(highlight_renderer())
    layout = QgsPrintLayout(project)
    layout.setName(title)
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Landscape)
    layout.pageCollection().addPage(page)

    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setPageNameExpression(QgsExpression.quotedColumnRef(key_field))
    if file_field:
        atlas.setFilenameExpression(QgsExpression.quotedColumnRef(file_field))
    else:
        atlas.setFilenameExpression(
            "'district_' || regexp_replace(to_string(" + QgsExpression.quotedColumnRef(key_field)
            + "), '[^A-Za-z0-9_-]', '_')")
    atlas.setSortFeatures(True)
    atlas.setSortExpression(QgsExpression.quotedColumnRef(key_field))

    name_ref = QgsExpression.quotedColumnRef(name_field or key_field)
    key_ref = QgsExpression.quotedColumnRef(key_field)
    content_w = PAGE_W - 2 * MARGIN
    head = _label(layout, "title", f"[% {name_ref} %]", _font(20, True), TEXT_COLOR,
                  MARGIN, 9, content_w, 9)
    sub = tr("{t} · district [% {k} %] · page [% @atlas_featurenumber %] of "
             "[% @atlas_totalfeatures %]").format(t=title, k=key_ref)
    _label(layout, "subtitle", sub, _font(11), MUTED_COLOR, MARGIN, 19, content_w, 6)
    rule = _label(layout, "header_rule", "", _font(1), ACCENT_COLOR, MARGIN, 26.5, content_w, 0.6)
    rule.setBackgroundEnabled(True)
    rule.setBackgroundColor(ACCENT_COLOR)

    # location map (atlas-driven) and city overview
    main = QgsLayoutItemMap(layout)
    main.setId("map")
    layout.addLayoutItem(main)
    main.attemptMove(QgsLayoutPoint(MARGIN, 30, MM))
    main.attemptResize(QgsLayoutSize(150, 150, MM))
    main.setCrs(project.crs())
    main.setLayers([coverage])
    main.setKeepLayerSet(True)
    main.setExtent(fit_extent(coverage.extent(), 150, 150))
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(1.2)
    main.setFrameEnabled(True)
    main.setFrameStrokeColor(QColor("#9a9a9a"))
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))

    col_x = MARGIN + 150 + 8
    col_w = PAGE_W - MARGIN - col_x
    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    layout.addLayoutItem(overview)
    overview.attemptMove(QgsLayoutPoint(col_x, 30, MM))
    overview.attemptResize(QgsLayoutSize(col_w, 62, MM))
    overview.setCrs(project.crs())
    overview.setLayers([coverage])
    overview.setKeepLayerSet(True)
    overview.setExtent(fit_extent(coverage.extent(), col_w, 62, margin=0.02))
    overview.setFrameEnabled(True)
    overview.setFrameStrokeColor(QColor("#9a9a9a"))
    overview.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    ov = overview.overview()
    ov.setLinkedMap(main)
    ov.setFrameSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "#222222",
                                                  "outline_width": "0.35",
                                                  "outline_width_unit": "MM"}))
    _label(layout, "overview_caption", tr("Position in the city (frame: detail map)"), _font(7.5),
           MUTED_COLOR, col_x, 93, col_w, 4)

    # profile table: rows of the profile layer for the current district
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    table.setVectorLayer(profile)
    table.setDisplayedFields(["indicator", "district", "median"])
    headings = [tr("Indicator"), tr("District"), tr("Median (all)")]
    widths = [col_w - 2 * 27.0 - 6 * 1.2, 27.0, 27.0]
    cols = table.columns()
    for i, (col, heading) in enumerate(zip(cols, headings)):
        col.setHeading(heading)
        col.setHAlignment(Qt.AlignLeft if i == 0 else Qt.AlignRight)
        col.setWidth(widths[i])
    table.setColumns(cols)
    table.setFilterFeatures(True)
    table.setFeatureFilter('"district_key" = to_string(attribute(@atlas_feature, '
                           + QgsExpression.quotedString(key_field) + '))')
    table.setMaximumNumberOfFeatures(100)
    table.setHeaderTextFormat(_text_format(9, True))
    table.setContentTextFormat(_text_format(9))
    table.setCellMargin(1.2)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#bdbdbd"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setWrapBehavior(QgsLayoutItemAttributeTable.WrapText)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("profile")
    frame.attemptMove(QgsLayoutPoint(col_x, 100, MM))
    frame.attemptResize(QgsLayoutSize(col_w, 78, MM))
    table.addFrame(frame)
    table.recalculateFrameSizes()

    y = 183.0
    if note:
        n = _label(layout, "note", note, _font(8.5), TEXT_COLOR, MARGIN, y, content_w, 8)
        n.setVAlign(Qt.AlignTop)
        y += 8.5
    _label(layout, "source", source, _font(7.5), MUTED_COLOR, MARGIN, y, content_w, 4)
    _label(layout, "date", date, _font(7), MUTED_COLOR, MARGIN, y + 4.5, content_w, 3.5)
    return project, layout


def export_atlas(layout, output, per_district=False, feedback=None):
    """Writes the atlas to the PDF `output` (a single file) or, with per_district, one PDF per
    district into the folder `output`. A temporary file or folder next to the target is renamed
    at the end (inside an algorithm run: when the whole run succeeded, see files.py), so a
    failure or cancel (`feedback`, checked per page) leaves nothing behind. Returns the list of
    files written."""
    atlas = layout.atlas()
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
    if not per_district:
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder):
            raise InputError(tr("The folder '{d}' does not exist.").format(d=folder))
        tmp = temp_beside(output, ".pdf")
        published = False
        try:
            result, error = QgsLayoutExporter.exportToPdf(atlas, tmp, settings, feedback)
            _check_export(result, error, output, feedback)
            publish(tmp, output)
            published = True
        finally:
            if not published and os.path.exists(tmp):
                os.remove(tmp)
        return [output]
    tmpdir = temp_folder_beside(output)
    try:
        result, error = QgsLayoutExporter.exportToPdfs(atlas, tmpdir + os.sep, settings, feedback)
        _check_export(result, error, output, feedback)
        names = sorted(n for n in os.listdir(tmpdir) if n.endswith(".pdf"))
        written = []
        for name in names:
            publish(os.path.join(tmpdir, name), os.path.join(output, name))
            written.append(os.path.join(output, name))
        return written
    finally:
        if current_run() is None:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _check_export(result, error, output, feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    if result != QgsLayoutExporter.Success:
        raise InputError(tr("Atlas export to '{f}' failed: {e}").format(f=output, e=error))
