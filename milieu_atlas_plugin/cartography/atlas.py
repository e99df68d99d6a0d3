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
    QgsBasicNumericFormat,
    QgsLayoutItem,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsProperty,
    QgsScaleBarSettings,
    QgsUnitTypes,
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
from ..i18n import sheet_translator, tr
from .styling import locale_of
from .layouts import (
    ACCENT_COLOR, MARGIN, MM, MUTED_COLOR, PAGE_W, TEXT_COLOR, _font, _label, fit_extent, sheet_crs,
)

HIGHLIGHT = "#d95f02"
# fields of the coverage copy that drive the single PDF's cover and contents pages
PAGE_KIND = "__page_kind"          # cover | contents | district
PAGE_ORDER = "__page_order"        # position of the page in the PDF (0 = cover)
CONTENTS_LEFT = "__contents_left"
CONTENTS_RIGHT = "__contents_right"
PAGE_FIELDS = (PAGE_KIND, PAGE_ORDER, CONTENTS_LEFT, CONTENTS_RIGHT)


def highlight_renderer(language=None):
    """The atlas district in orange with a dark outline, the others light grey."""
    tr = sheet_translator(language)
    root = QgsRuleBasedRenderer.Rule(None)
    current = QgsFillSymbol.createSimple({"color": HIGHLIGHT, "outline_color": "#3a1a00",
                                          "outline_width": "0.5", "outline_width_unit": "MM"})
    others = QgsFillSymbol.createSimple({"color": "#e4e4e4", "outline_color": "#ffffff",
                                         "outline_width": "0.2", "outline_width_unit": "MM"})
    district = f"coalesce({QgsExpression.quotedColumnRef(PAGE_KIND)}, 'district') = 'district'"
    root.appendChild(QgsRuleBasedRenderer.Rule(others, 0, 0,
                                               f"{district} AND $id <> @atlas_featureid",
                                               tr("other districts")))
    root.appendChild(QgsRuleBasedRenderer.Rule(current, 0, 0,
                                               f"{district} AND $id = @atlas_featureid",
                                               tr("this district")))
    return QgsRuleBasedRenderer(root)


def _text_format(size, bold=False, color=TEXT_COLOR):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setColor(color)
    return fmt


def build_atlas_layout(coverage, profile, key_field, name_field, title, source, note, date,
                       language=None, source_missing=False, file_field=None, chart_dir=None,
                       cover_subtitle=None):
    """A QgsPrintLayout with its atlas on `coverage` (ownership of both layers passes to the
    layout's private project). `profile` has fields district_key, indicator, district, median.
    language: de or en (or None: QGIS's language) for the texts the layout writes itself.
    `file_field`: a coverage field holding each page's file name (per-district export).
    `chart_dir`: a folder with one bar chart <district_key>.svg per district (write_profile_charts),
    shown under the profile table. `cover_subtitle`: with it, the coverage's cover and contents
    features (PAGE_FIELDS) become a cover page and contents pages before the districts."""
    tr = sheet_translator(language)
    project = QgsProject()
    project.setCrs(sheet_crs(coverage))
    project.addMapLayer(coverage)
    project.addMapLayer(profile)
    coverage.setRenderer(highlight_renderer(language))
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
    atlas.setSortExpression(QgsExpression.quotedColumnRef(PAGE_ORDER if cover_subtitle
                                                          else key_field))

    name_ref = QgsExpression.quotedColumnRef(name_field or key_field)
    key_ref = QgsExpression.quotedColumnRef(key_field)
    content_w = PAGE_W - 2 * MARGIN
    head = _label(layout, "title", f"[% {name_ref} %]", _font(20, True), TEXT_COLOR,
                  MARGIN, 9, content_w, 9)
    sub = tr("{t} · district {k} · page {p} of {n}").format(
        t=title, k=f"[% {key_ref} %]", p="[% @atlas_featurenumber %]",
        n="[% @atlas_totalfeatures %]")
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
    ov_h = 48.0 if chart_dir else 62.0
    overview.attemptResize(QgsLayoutSize(col_w, ov_h, MM))
    overview.setCrs(project.crs())
    overview.setLayers([coverage])
    overview.setKeepLayerSet(True)
    overview.setExtent(fit_extent(coverage.extent(), col_w, ov_h, margin=0.02))
    overview.setFrameEnabled(True)
    overview.setFrameStrokeColor(QColor("#9a9a9a"))
    overview.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    ov = overview.overview()
    ov.setLinkedMap(main)
    ov.setFrameSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "#222222",
                                                  "outline_width": "0.35",
                                                  "outline_width_unit": "MM"}))
    _label(layout, "overview_caption", tr("Position in the city (frame: detail map)"), _font(7.5),
           MUTED_COLOR, col_x, 31 + ov_h, col_w, 4)
    table_y = 37.0 + ov_h

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
        col.setHAlignment(Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight)
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
    table_h = 64.0 if chart_dir else 178.0 - table_y
    frame.attemptMove(QgsLayoutPoint(col_x, table_y, MM))
    frame.attemptResize(QgsLayoutSize(col_w, table_h, MM))
    table.addFrame(frame)
    table.recalculateFrameSizes()

    if chart_dir:
        chart = QgsLayoutItemPicture(layout)
        chart.setId("chart")
        layout.addLayoutItem(chart)
        chart.setResizeMode(QgsLayoutItemPicture.Zoom)
        chart.setPictureAnchor(QgsLayoutItem.UpperLeft)
        folder = os.path.join(chart_dir, "")
        chart.dataDefinedProperties().setProperty(
            QgsLayoutObject.PictureSource,
            QgsProperty.fromExpression(QgsExpression.quotedString(folder) + " || "
                                       "to_string(@atlas_featureid) || '.svg'"))
        chart.attemptMove(QgsLayoutPoint(col_x, table_y + table_h + 2.0, MM))
        chart.attemptResize(QgsLayoutSize(col_w, 178.0 - (table_y + table_h + 2.0), MM))

    # scale bar: rounded segments whose total width stays the same on every page
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    layout.addLayoutItem(bar)
    bar.setLinkedMap(main)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    # round segment lengths need some room: the bar keeps within SCALEBAR_MM on every page
    bar.setMinimumBarWidth(SCALEBAR_MM[0] / 2)
    bar.setMaximumBarWidth(SCALEBAR_MM[1] / 2)
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(1.6)
    bar.setTextFormat(_text_format(7))
    num = QgsBasicNumericFormat()
    num.setShowTrailingZeros(False)
    num.setNumberDecimalPlaces(2)
    num.setShowThousandsSeparator(False)
    num.setDecimalSeparator(locale_of(language).decimalPoint())
    bar.setNumericFormat(num)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 220))
    bar.setFrameEnabled(False)
    bar.attemptMove(QgsLayoutPoint(MARGIN + 2.0, 30 + 150 - 11.0, MM))
    bar.update()

    y = 183.0
    if note:
        n = _label(layout, "note", note, _font(8.5), TEXT_COLOR, MARGIN, y, content_w, 8)
        n.setVAlign(Qt.AlignmentFlag.AlignTop)
        y += 8.5
    _label(layout, "source", source, _font(7.5), QColor("#b00020") if source_missing else MUTED_COLOR,
           MARGIN, y, content_w, 4)
    _label(layout, "date", date, _font(7), MUTED_COLOR, MARGIN, y + 4.5, content_w, 3.5)
    if cover_subtitle is not None:
        _cover_pages(layout, project, coverage, title, cover_subtitle, tr)
    return project, layout


def _only_on(item, kind):
    """The item is printed only on pages of that kind (cover, contents or district)."""
    item.dataDefinedProperties().setProperty(
        QgsLayoutObject.ExcludeFromExports,
        QgsProperty.fromExpression(f"coalesce({QgsExpression.quotedColumnRef(PAGE_KIND)}, "
                                   f"'district') <> {QgsExpression.quotedString(kind)}"))


def _cover_pages(layout, project, coverage, title, subtitle, tr):
    """Cover (title, what and when, a map of all districts) and contents pages (page, key and
    name of every district, two columns): the district items are left out on those pages."""
    for item in list(layout.items()):
        if isinstance(item, QgsLayoutItem) and item.id() in (
                "title", "subtitle", "header_rule", "map", "overview", "overview_caption",
                "profile", "chart", "scalebar"):
            _only_on(item, "district")
    content_w = PAGE_W - 2 * MARGIN
    _only_on(_label(layout, "cover_title", title, _font(30, True), TEXT_COLOR, MARGIN, 40,
                    content_w, 14), "cover")
    _only_on(_label(layout, "cover_subtitle", subtitle, _font(14), MUTED_COLOR, MARGIN, 56,
                    content_w, 8), "cover")
    city = QgsLayoutItemMap(layout)
    city.setId("cover_map")
    layout.addLayoutItem(city)
    city.attemptMove(QgsLayoutPoint(MARGIN + 60, 70, MM))
    city.attemptResize(QgsLayoutSize(content_w - 120, 105, MM))
    city.setCrs(project.crs())
    city.setLayers([coverage])
    city.setKeepLayerSet(True)
    city.setExtent(fit_extent(coverage.extent(), content_w - 120, 105, margin=0.02))
    _only_on(city, "cover")
    _only_on(_label(layout, "contents_title", tr("Contents"), _font(20, True), TEXT_COLOR,
                    MARGIN, 12, content_w, 10), "contents")
    _only_on(_label(layout, "contents_head", tr("Page · key · name"), _font(8), MUTED_COLOR,
                    MARGIN, 24, content_w, 4), "contents")
    col_w = (content_w - 10) / 2
    for i, field in enumerate((CONTENTS_LEFT, CONTENTS_RIGHT)):
        item = _label(layout, f"contents_{i + 1}", f"[% {QgsExpression.quotedColumnRef(field)} %]",
                      _font(7.5), TEXT_COLOR, MARGIN + i * (col_w + 10), 30, col_w, 150)
        _only_on(item, "contents")


SCALEBAR_MM = (24.0, 50.0)      # smallest and largest width of the scale bar (two segments)
CHART_DISTRICT = HIGHLIGHT
CHART_CITY = "#8c8c8c"


def write_profile_charts(folder, keys, hidden, rows, medians, labels, kinds, language=None,
                         fields=None):
    """One SVG bar chart per district, named <index>.svg in the coverage order (the atlas finds
    it by @atlas_featureid): for each chart field a bar of the district (orange, as on the map)
    and one of the median of all districts (grey), on one scale per chart; a hidden district
    shows '.' instead of bars, a missing value '–'."""
    from xml.sax.saxutils import escape

    from .styling import format_number, percent_suffix, share_factor

    tr = sheet_translator(language)
    suffix = percent_suffix(language)
    bar_w, row_h = 300.0, 46.0
    width = bar_w + 70.0
    height = 24.0 + row_h * len(labels)
    factors, scales = [], []
    for j, kind in enumerate(kinds):
        col = [r[j] for r in rows if r[j] is not None] + ([medians[j]] if medians[j] is not None
                                                            else [])
        # the sheets' one rule per field (a *_percent name holds percent)
        factors.append(share_factor(fields[j] if fields else "", col) if kind == "share" else 1.0)
        # one scale per field for every page: the largest value of any district
        scales.append(max([abs(v) for v in col] + [1e-12]))

    def text(v, j):
        if v is None:
            return "–"
        if kinds[j] == "share":
            return format_number(v * factors[j], 1, language) + suffix
        if kinds[j] == "lq":
            return format_number(v, 2, language)
        return format_number(v, 0 if float(v).is_integer() else 2, language)

    for i, (key, is_hidden, values) in enumerate(zip(keys, hidden, rows)):
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
                 f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
                 'font-family="sans-serif" font-size="12">',
                 f'<rect x="0" y="3" width="10" height="10" fill="{CHART_DISTRICT}"/>',
                 f'<text x="14" y="12">{escape(tr("District"))}</text>',
                 f'<rect x="90" y="3" width="10" height="10" fill="{CHART_CITY}"/>',
                 f'<text x="104" y="12">{escape(tr("Median (all)"))}</text>']
        for j, label in enumerate(labels):
            y = 24.0 + row_h * j
            parts.append(f'<text x="0" y="{y + 11:.0f}" font-weight="bold">{escape(label)}</text>')
            pairs = [(None if is_hidden else values[j], CHART_DISTRICT, 16.0),
                     (medians[j], CHART_CITY, 30.0)]
            for v, colour, dy in pairs:
                if is_hidden and colour == CHART_DISTRICT:
                    parts.append(f'<text x="0" y="{y + dy + 10:.0f}">.</text>')
                    continue
                if v is None:
                    parts.append(f'<text x="0" y="{y + dy + 10:.0f}">–</text>')
                    continue
                w = bar_w * abs(v) / scales[j]
                parts.append(f'<rect x="0" y="{y + dy:.0f}" width="{w:.1f}" '
                             f'height="11" fill="{colour}"/>')
                parts.append(f'<text x="{w + 4:.1f}" y="{y + dy + 10:.0f}">'
                             f'{escape(text(v, j))}</text>')
        parts.append("</svg>")
        with open(os.path.join(folder, f"{i + 1}.svg"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))


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
