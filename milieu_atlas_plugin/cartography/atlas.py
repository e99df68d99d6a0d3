"""District atlas: one A4 landscape page per district with a location map, a city overview and a
profile table (indicator, this district, median of all districts), driven by QgsLayoutAtlas.

Inputs are prepared by the algorithm: a coverage layer (district geometry, key, name) and a
long-format profile table (one row per district and indicator, values already formatted and
suppressed). :func:`build_atlas_layout` lays it out; :func:`export_atlas` writes one PDF or one PDF
per district, completely or not at all.
"""
import math
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
    QgsFeatureRequest,
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
    QgsSingleSymbolRenderer,
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
    wrap_words,
)

HIGHLIGHT = "#d95f02"
# fields of the coverage copy that drive the single PDF's cover and contents pages
PAGE_KIND = "__page_kind"          # cover | contents | district
PAGE_ORDER = "__page_order"        # position of the page in the PDF (0 = cover)
CONTENTS_LEFT = "__contents_left"
CONTENTS_RIGHT = "__contents_right"
PAGE_FIELDS = (PAGE_KIND, PAGE_ORDER, CONTENTS_LEFT, CONTENTS_RIGHT)
DISTRICT_PAGES = f"coalesce({QgsExpression.quotedColumnRef(PAGE_KIND)}, 'district') = 'district'"


NEIGHBOUR_FILL = "#dedede"
UNINHABITED_TINT = "#f3f1ea"
NEIGHBOUR_LINE = "#ffffff"
CURRENT_LINE = "#3a1a00"


def _is_current(key_field):
    """True for the page's own district: compared by key, so a clipped copy of the coverage
    (INHABITED) is coloured like the coverage itself."""
    ref = QgsExpression.quotedColumnRef(key_field)
    return f"{ref} = attribute(@atlas_feature, {QgsExpression.quotedString(key_field)})"


def highlight_renderer(language=None, key_field=None, part="all"):
    """The atlas district in orange, the others light grey. part: 'all' (fill and outline),
    'fill' (the fill only: the coverage clipped to inhabited land) or 'outline' (the district
    outlines only, drawn on top of such a fill)."""
    tr = sheet_translator(language)
    root = QgsRuleBasedRenderer.Rule(None)
    cur_props = {"color": HIGHLIGHT, "outline_color": CURRENT_LINE, "outline_width": "0.5",
                 "outline_width_unit": "MM"}
    oth_props = {"color": NEIGHBOUR_FILL, "outline_color": NEIGHBOUR_LINE,
                 "outline_width": "0.2", "outline_width_unit": "MM"}
    if part == "fill":
        cur_props.update(outline_style="no")
        oth_props.update(outline_style="no")
    elif part == "outline":
        cur_props.update(style="no")
        oth_props.update(style="no", outline_color="#9a9a9a", outline_width="0.15")
    current = _is_current(key_field) if key_field else "$id = @atlas_featureid"
    mine = QgsFillSymbol.createSimple(cur_props)
    mine.symbolLayer(0).setRenderingPass(1)          # on top of the neighbours' outlines
    root.appendChild(QgsRuleBasedRenderer.Rule(mine, 0, 0, f"{DISTRICT_PAGES} AND ({current})",
                                               tr("this district")))
    root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(oth_props), 0, 0,
                                               f"{DISTRICT_PAGES} AND NOT ({current})",
                                               tr("other districts")))
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(True)
    return renderer


def name_labels(layer, name_field, key_field):
    """Labels on the detail map only (@map_id 'map'): the names of the neighbours in dark grey,
    the page's own district in bold, inside the visible part of the polygon; overlapping labels
    are left out."""
    from qgis.core import QgsPalLayerSettings, QgsRuleBasedLabeling

    from ..compat import label_over_point

    def settings(size, bold, colour):
        # no halo: dark text reads well on the light grey and the orange, and a halo would be
        # drawn as outlines (about 1 MB of PDF per page of a 542-page atlas) instead of as text
        fmt = _text_format(size, bold, QColor(colour))
        s = QgsPalLayerSettings()
        s.fieldName = QgsExpression.quotedColumnRef(name_field or key_field)
        s.isExpression = True
        s.setFormat(fmt)
        s.placement = label_over_point()
        s.centroidInside = True
        s.centroidWhole = False                  # the part of a neighbour inside the map
        s.autoWrapLength = 16
        s.priority = 9 if bold else 4
        return s

    district = DISTRICT_PAGES
    current = _is_current(key_field)
    root = QgsRuleBasedLabeling.Rule(None)
    others = QgsRuleBasedLabeling.Rule(settings(6.5, False, "#3c3c3c"))
    others.setFilterExpression(f"@map_id = 'map' AND {district} AND NOT ({current})")
    mine = QgsRuleBasedLabeling.Rule(settings(8, True, CURRENT_LINE))
    mine.setFilterExpression(f"@map_id = 'map' AND {district} AND ({current})")
    root.appendChild(others)
    root.appendChild(mine)
    layer.setLabeling(QgsRuleBasedLabeling(root))
    layer.setLabelsEnabled(True)


def _text_format(size, bold=False, color=TEXT_COLOR):
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setColor(color)
    return fmt


def build_atlas_layout(coverage, profile, key_field, name_field, title, source, note, date,
                       language=None, source_missing=False, file_field=None, chart_dir=None,
                       chart_height=None,
                       cover_subtitle=None, inhabited=None, feedback=None):
    """A QgsPrintLayout with its atlas on `coverage` (ownership of both layers passes to the
    layout's private project). `profile` has fields district_key, indicator, district, median.
    language: de or en (or None: QGIS's language) for the texts the layout writes itself.
    `file_field`: a coverage field holding each page's file name (per-district export).
    `chart_dir`: a folder with one bar chart <district_key>.svg per district (write_profile_charts),
    shown under the profile table, `chart_height` their height in mm (as write_profile_charts
    returns it). `cover_subtitle`: with it, the coverage's cover and contents
    features (PAGE_FIELDS) become a cover page and contents pages before the districts.
    `inhabited`: polygons of the inhabited land (inhabited.inhabited_polygons): the fills are cut
    to it, the district outlines drawn in full, uninhabited land in a light tint.

    Every district page shows its district at one of the scales of SCALES (the largest that
    holds the district with a margin), so the scale bar has the same width on every page; the
    neighbours are grey and labelled with their names (NAME_FIELD); the legend shows what the
    page's map shows."""
    tr = sheet_translator(language)
    project = QgsProject()
    project.setCrs(sheet_crs(coverage))
    add_page_extents(coverage, project.crs(), MAP_MM, MAP_MM)
    project.addMapLayer(coverage)
    project.addMapLayer(profile)
    fills, base = coverage, None
    if inhabited is not None:
        from .inhabited import clip_to_inhabited

        districts = coverage.materialize(QgsFeatureRequest().setFilterExpression(DISTRICT_PAGES))
        districts.setName(coverage.name())
        fills, base = clip_to_inhabited(districts, inhabited, feedback,
                                        rest_label=tr("Not inhabited"))
        fills.setRenderer(highlight_renderer(language, key_field, "fill"))
        # a flat light tint, not the sheets' dots: the atlas has no near-white class to tell it
        # from, and a dot pattern over forests and lakes would add hundreds of KB to every page
        base.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
            {"color": UNINHABITED_TINT, "outline_style": "no"})))
        project.addMapLayer(fills)
        project.addMapLayer(base)
        coverage.setRenderer(highlight_renderer(language, key_field, "outline"))
    else:
        coverage.setRenderer(highlight_renderer(language, key_field))
    name_labels(coverage, name_field, key_field)
    map_layers = [coverage] + ([fills, base] if base is not None else [])
    # the overview and the cover map show the whole city small: a simplified copy is enough and
    # keeps every page's PDF small (the full outlines of 542 districts on each page would not)
    locator = _locator_layer(coverage, key_field, language, feedback)
    project.addMapLayer(locator)
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
    main.attemptResize(QgsLayoutSize(MAP_MM, MAP_MM, MM))
    main.setCrs(project.crs())
    main.setLayers(map_layers)
    main.setKeepLayerSet(True)
    main.setExtent(fit_extent(coverage.extent(), MAP_MM, MAP_MM))
    # the page's extent from the coverage (add_page_extents): one of SCALES, centred on it
    ddp = main.dataDefinedProperties()
    for prop, fname in zip((QgsLayoutObject.MapXMin, QgsLayoutObject.MapYMin,
                            QgsLayoutObject.MapXMax, QgsLayoutObject.MapYMax), EXTENT_FIELDS):
        ddp.setProperty(prop, QgsProperty.fromField(fname))
    main.setFrameEnabled(True)
    main.setFrameStrokeColor(QColor("#9a9a9a"))
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))

    col_x = MARGIN + 150 + 8
    col_w = PAGE_W - MARGIN - col_x
    overview = QgsLayoutItemMap(layout)
    overview.setId("overview")
    layout.addLayoutItem(overview)
    overview.attemptMove(QgsLayoutPoint(col_x, 30, MM))
    ov_h = 62.0
    if chart_dir:    # the chart at its own size (type CHART_PT) at the foot of the column
        chart_h = chart_height or 0.0
        ov_h = max(30.0, min(48.0, 178.0 - 37.0 - 2.0 - MIN_TABLE_MM - chart_h))
    overview.attemptResize(QgsLayoutSize(col_w, ov_h, MM))
    overview.setCrs(project.crs())
    overview.setLayers([locator])
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
    table_h = max(MIN_TABLE_MM, 178.0 - table_y - 2.0 - chart_h) if chart_dir else 178.0 - table_y
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
        # 1 : 1 where the column has room (only very many CHART_FIELDS are scaled down)
        chart.attemptMove(QgsLayoutPoint(col_x, table_y + table_h + 2.0, MM))
        chart.attemptResize(QgsLayoutSize(CHART_W, 178.0 - (table_y + table_h + 2.0), MM))

    # the legend's tree must outlive the layout: the project (returned, held by the caller) keeps it
    project._milieu_legend_root = _page_legend(layout, main, fills, base, tr)

    # scale bar: two round segments, BAR_MM long on every page (the pages' scales are SCALES)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    layout.addLayoutItem(bar)
    bar.setLinkedMap(main)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(BAR_MM - 0.4)
    bar.setMaximumBarWidth(BAR_MM + 0.4)
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
    bar.attemptMove(QgsLayoutPoint(MARGIN + 2.0, 30 + MAP_MM - 11.0, MM))
    bar.update()
    # no name runs under the scale bar or the legend, which sit on the map
    main.addLabelBlockingItem(bar)
    main.addLabelBlockingItem(layout.itemById("legend"))

    y = 183.0
    if note:
        n = _label(layout, "note", note, _font(8.5), TEXT_COLOR, MARGIN, y, content_w, 8)
        n.setVAlign(Qt.AlignmentFlag.AlignTop)
        y += 8.5
    _label(layout, "source", source, _font(7.5), QColor("#b00020") if source_missing else MUTED_COLOR,
           MARGIN, y, content_w, 4)
    _label(layout, "date", date, _font(7), MUTED_COLOR, MARGIN, y + 4.5, content_w, 3.5)
    if cover_subtitle is not None:
        _cover_pages(layout, project, coverage, title, cover_subtitle, tr, [locator])
    return project, layout


def _locator_layer(coverage, key_field, language, feedback=None):
    """The districts of the coverage, simplified to 1/4000 of the city's size (about 10 m in
    Berlin, far below what the overview and the cover map can show), styled like the detail map."""
    from .inhabited import run_native

    districts = coverage.materialize(QgsFeatureRequest().setFilterExpression(DISTRICT_PAGES))
    box = districts.extent()
    simple = run_native("native:simplifygeometries", {
        "INPUT": districts, "METHOD": 0, "TOLERANCE": max(box.width(), box.height()) / 4000.0},
        feedback)
    simple.setName(coverage.name())
    renderer = highlight_renderer(language, key_field)
    _ring_current(renderer)
    simple.setRenderer(renderer)
    return simple


def _ring_current(renderer):
    """A ring around the centre of the page's district, so a small district is found at once on
    the overview (its own colour would be a dot there)."""
    from qgis.core import QgsCentroidFillSymbolLayer, QgsMarkerSymbol

    rule = renderer.rootRule().children()[0]                  # 'this district'
    ring = QgsCentroidFillSymbolLayer.create({"point_on_surface": "1"})
    ring.setSubSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "4.2", "size_unit": "MM", "color": "255,255,255,0",
         "outline_color": CURRENT_LINE, "outline_width": "0.5", "outline_width_unit": "MM"}))
    ring.setRenderingPass(1)
    rule.symbol().appendSymbolLayer(ring)


def _only_on(item, kind):
    """The item is printed only on pages of that kind (cover, contents or district)."""
    item.dataDefinedProperties().setProperty(
        QgsLayoutObject.ExcludeFromExports,
        QgsProperty.fromExpression(f"coalesce({QgsExpression.quotedColumnRef(PAGE_KIND)}, "
                                   f"'district') <> {QgsExpression.quotedString(kind)}"))


def _cover_pages(layout, project, coverage, title, subtitle, tr, map_layers):
    """Cover (title, what and when, a map of all districts) and contents pages (page, key and
    name of every district, two columns): the district items are left out on those pages."""
    for item in list(layout.items()):
        if isinstance(item, QgsLayoutItem) and item.id() in (
                "title", "subtitle", "header_rule", "map", "overview", "overview_caption",
                "profile", "chart", "scalebar", "legend"):
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
    city.setLayers(map_layers)
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


MAP_MM = 150.0                  # the detail map is a square of this side
BAR_MM = 40.0                   # the scale bar: two segments of 20 mm on every page
PAGE_MARGIN = 0.12              # the district and at least this share of its size on each side
# the scales at which a segment of BAR_MM / 2 is round (1, 2, 5 × 10^k km): 1:2 500 … 1:5 000 000
SCALES = tuple(sorted(round(m * 10.0 ** k * 1e6 / (BAR_MM / 2))
                      for k in range(-2, 3) for m in (1, 2, 5)
                      if 2000 <= m * 10.0 ** k * 1e6 / (BAR_MM / 2) <= 5_000_000))
EXTENT_FIELDS = ("__xmin", "__ymin", "__xmax", "__ymax")


def page_scale(width, height, map_w_mm=MAP_MM, map_h_mm=MAP_MM, margin=PAGE_MARGIN):
    """The largest scale (smallest denominator) of SCALES at which a box of width × height map
    units (metres) plus `margin` on each side fits the map frame."""
    need = max(width * (1 + 2 * margin) / (map_w_mm / 1000.0),
               height * (1 + 2 * margin) / (map_h_mm / 1000.0))
    for scale in SCALES:
        if scale >= need:
            return scale
    return SCALES[-1]


def add_page_extents(coverage, crs, map_w_mm, map_h_mm):
    """Adds EXTENT_FIELDS to the (private) coverage layer: the detail map's extent in `crs` for
    every district page (page_scale, centred on the district); cover and contents pages get the
    whole city."""
    from qgis.core import QgsCoordinateTransform, QgsField, QgsRectangle

    from ..compat import FieldType

    provider = coverage.dataProvider()
    provider.addAttributes([QgsField(f, FieldType.Double) for f in EXTENT_FIELDS])
    coverage.updateFields()
    idx = [coverage.fields().indexOf(f) for f in EXTENT_FIELDS]
    kind_idx = coverage.fields().indexOf(PAGE_KIND)
    to_map = QgsCoordinateTransform(coverage.crs(), crs, QgsProject.instance())
    city = to_map.transformBoundingBox(coverage.extent())
    city = fit_extent(city, map_w_mm, map_h_mm, margin=0.02)
    changes = {}
    for feat in coverage.getFeatures():
        box = to_map.transformBoundingBox(feat.geometry().boundingBox())
        kind = feat.attribute(kind_idx) if kind_idx >= 0 else None
        if kind not in (None, "district") or box.isEmpty() and box.width() == 0 == box.height():
            ext = city
        else:
            scale = page_scale(box.width(), box.height(), map_w_mm, map_h_mm)
            w, h = scale * map_w_mm / 1000.0, scale * map_h_mm / 1000.0
            c = box.center()
            ext = QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)
        changes[feat.id()] = dict(zip(idx, (ext.xMinimum(), ext.yMinimum(), ext.xMaximum(),
                                            ext.yMaximum())))
    provider.changeAttributeValues(changes)


def _page_legend(layout, main, fills, base, tr):
    """A small legend in the lower right corner of the detail map, filtered by the map's
    content on every page (an entry only where the page's map shows it)."""
    from qgis.core import QgsLayerTree, QgsLayoutItemLegend, QgsLegendRenderer, QgsLegendStyle

    from ..compat import set_legend_font

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    layout.addLayoutItem(legend)
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    node = root.addLayer(fills)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    if base is not None:
        node = root.addLayer(base)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    legend.model().setRootGroup(root)
    legend.setTitle("")
    set_legend_font(legend, QgsLegendStyle.SymbolLabel, _font(7.5), TEXT_COLOR)
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.8)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.0)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 1.0)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Left, 1.8)
    legend.setBoxSpace(1.8)
    legend.setLegendFilterByMapEnabled(True)
    legend.setBackgroundEnabled(True)
    legend.setBackgroundColor(QColor(255, 255, 255, 225))
    legend.setFrameEnabled(False)
    legend.setResizeToContents(True)
    legend.setReferencePoint(QgsLayoutItem.LowerRight)
    legend.attemptMove(QgsLayoutPoint(MARGIN + MAP_MM - 1.5, 30 + MAP_MM - 1.5, MM),
                       useReferencePoint=True)
    return root


MIN_TABLE_MM = 36.0            # the profile table keeps at least this height beside a chart
CHART_DISTRICT = HIGHLIGHT
CHART_CITY = "#8c8c8c"
# the bar chart is drawn in millimetres at the size it has on the page (the picture item is made
# exactly this size, so nothing is scaled): its type stays at CHART_PT, readable in print
CHART_W = PAGE_W - MARGIN - (MARGIN + MAP_MM + 8)    # the right-hand column
CHART_PT = 8.0
CHART_FONT_MM = math.ceil(CHART_PT * 25.4 / 72 * 1e4) / 1e4     # written with 4 decimals
CHART_LINE = 3.6                # mm between two lines of type
CHART_BAR = 3.0                 # mm, height of a bar
CHART_VALUE_ROOM = 16.0         # mm right of the longest bar for its value ("100,0 %")


def chart_height(labels):
    """Height in mm of the profile chart of these field labels (write_profile_charts)."""
    return CHART_LINE + 1.4 + sum(_chart_block(label)[1] for label in labels)


def _chart_block(label):
    """(wrapped lines, height in mm) of one field of the chart: its name (bold, wrapped to the
    chart's width) and two bars, district and median."""
    # wrap_words reckons 0.56 em a character; bold type takes up to about 0.66 em
    lines = wrap_words(label, CHART_W * 0.56 / 0.66, CHART_PT).split("\n")
    return lines, len(lines) * CHART_LINE + 2 * (CHART_BAR + 0.9) + 2.2


def write_profile_charts(folder, keys, hidden, rows, medians, labels, kinds, language=None,
                         fields=None):
    """One SVG bar chart per district, named <index>.svg in the coverage order (the atlas finds
    it by @atlas_featureid): for each chart field a bar of the district (orange, as on the map)
    and one of the median of all districts (grey), on one scale per chart; a hidden district
    shows '.' instead of bars, a missing value '–'. Drawn in mm, CHART_W wide and
    chart_height(labels) high, with type of CHART_PT; returns the height in mm."""
    from xml.sax.saxutils import escape

    from .styling import format_number, percent_suffix, share_factor

    tr = sheet_translator(language)
    suffix = percent_suffix(language)
    bar_w = CHART_W - CHART_VALUE_ROOM
    width, height = CHART_W, chart_height(labels)
    blocks = [_chart_block(label) for label in labels]
    tops = [CHART_LINE + 1.4]
    for _lines, h in blocks:
        tops.append(tops[-1] + h)
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

    f = CHART_FONT_MM
    sw = 2.6             # legend swatch (bars are CHART_BAR high)
    for i, (key, is_hidden, values) in enumerate(zip(keys, hidden, rows)):
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.3f}mm" '
                 f'height="{height:.3f}mm" viewBox="0 0 {width:.3f} {height:.3f}" '
                 f'font-family="sans-serif" font-size="{f:.4f}">',
                 f'<rect x="0" y="0.3" width="{sw}" height="{sw}" fill="{CHART_DISTRICT}"/>',
                 f'<text x="{sw + 1.2}" y="{f:.3f}">{escape(tr("District"))}</text>',
                 f'<rect x="32" y="0.3" width="{sw}" height="{sw}" fill="{CHART_CITY}"/>',
                 f'<text x="{32 + sw + 1.2}" y="{f:.3f}">'
                 f'{escape(tr("Median (all)"))}</text>']
        for j, (lines, _h) in enumerate(blocks):
            for n, line in enumerate(lines):
                parts.append(f'<text x="0" y="{tops[j] + f + n * CHART_LINE:.3f}" '
                             f'font-weight="bold">{escape(line)}</text>')
            y = tops[j] + len(lines) * CHART_LINE + 0.2
            pairs = [(None if is_hidden else values[j], CHART_DISTRICT, 0.0),
                     (medians[j], CHART_CITY, CHART_BAR + 0.9)]
            for v, colour, dy in pairs:
                base = y + dy + CHART_BAR - 0.35            # the value's baseline beside its bar
                if is_hidden and colour == CHART_DISTRICT:
                    parts.append(f'<text x="0" y="{base:.3f}">.</text>')
                    continue
                if v is None:
                    parts.append(f'<text x="0" y="{base:.3f}">–</text>')
                    continue
                w = bar_w * abs(v) / scales[j]
                parts.append(f'<rect x="0" y="{y + dy:.3f}" width="{w:.4f}" '
                             f'height="{CHART_BAR}" fill="{colour}"/>')
                parts.append(f'<text x="{w + 1.2:.3f}" y="{base:.3f}">'
                             f'{escape(text(v, j))}</text>')
        parts.append("</svg>")
        with open(os.path.join(folder, f"{i + 1}.svg"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))
    return height


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
