"""The council map sheet: an A4 landscape print layout of one styled indicator, and its export.

Page plan (millimetres, A4 landscape 297 x 210):

    +-------------------------------------------------------------------+
    | Title (bold, shrinks to fit)                                       |
    | Subtitle                                                           |
    |--------------------------------------------------------------------|
    | +------------------------------------------+  Legend title        |
    | |                                          |  [] class 1           |
    | |                 map                      |  [] ...               |
    | |                                          |  [/] suppressed       |
    | |                                          |  suppression note     |
    | |                                          |                       |
    | +------------------------------------------+  N  |0  2  4 km|      |
    | Note: what was measured, on which units, for which year           |
    | Source: ...                                                        |
    | Map: Milieu Atlas · date                                           |
    +-------------------------------------------------------------------+

Everything is built by :func:`build_map_sheet`; items carry ids (``title``, ``subtitle``, ``map``,
``legend``, ``scalebar``, ``north_arrow``, ``note``, ``source``, ``date``, ``suppression_note``)
so tests and users can find them. :func:`export_sheet` writes PDF and PNG completely or not at all.
"""
import math
import os
from dataclasses import dataclass, field as dc_field

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateTransform,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..errors import InputError
from ..files import publish, temp_beside
from ..i18n import tr
from ..paths import icon_path
from .styling import locale_of

MM = QgsUnitTypes.LayoutMillimeters
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 12.0
HEADER_TOP = 9.0
MAP_X, MAP_Y = MARGIN, 31.0
MAP_W, MAP_H = 196.0, 151.0
COL_X = MAP_X + MAP_W + 8.0           # right column (legend, north arrow, scale bar)
COL_W = PAGE_W - MARGIN - COL_X
FOOTER_Y = MAP_Y + MAP_H + 3.0
TEXT_COLOR = QColor("#1a1a1a")
MUTED_COLOR = QColor("#555555")
ACCENT_COLOR = QColor("#2b5f75")

_PREFERRED_FAMILIES = ("Source Sans Pro", "Source Sans 3", "Noto Sans", "Open Sans", "Liberation Sans",
                       "Arial", "Helvetica", "DejaVu Sans")


def sheet_font_family():
    """The first of a few well-hinted sans-serif families that is installed."""
    families = set(QFontDatabase().families())
    for fam in _PREFERRED_FAMILIES:
        if fam in families:
            return fam
    return QFont().defaultFamily()


def _font(size, bold=False, family=None):
    f = QFont(family or sheet_font_family())
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


@dataclass
class SheetTexts:
    """Every text printed on the sheet (already translated and formatted)."""

    title: str
    subtitle: str = ""
    legend_title: str = ""
    source: str = ""
    note: str = ""
    suppression_note: str = ""
    date: str = ""


@dataclass
class MapSheet:
    """A built sheet: the private project holding the layers, the layout, and the legend tree
    (kept referenced here so Python does not delete it while the layout lives)."""

    project: QgsProject
    layout: QgsPrintLayout
    legend_root: object = None
    notes: list = dc_field(default_factory=list)

    def item(self, item_id):
        return self.layout.itemById(item_id)


def format_date(date=None, locale=None):
    """'7. März 2025' in German, '7 March 2025' in English."""
    loc = locale_of(locale)
    date = date or QDate.currentDate()
    fmt = "d. MMMM yyyy" if loc.language() == QLocale.German else "d MMMM yyyy"
    return loc.toString(date, fmt)


def sheet_crs(layer):
    """The layer's CRS when projected; else the UTM zone of the layer's centre (qgis_io.crs.utm_for:
    ETRS89 / UTM in Europe, WGS 84 / UTM elsewhere), so distances and the scale bar are in metres."""
    from ..qgis_io.crs import utm_for

    crs = layer.crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    return utm_for(crs, layer.extent())


def _label(layout, item_id, text, font, color, x, y, w, h, halign=Qt.AlignLeft, valign=Qt.AlignTop):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(font)
    item.setFontColor(color)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    item.setHAlign(halign)
    item.setVAlign(valign)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def _fit_label(item, width, max_pt, min_pt, bold=False, line_factor=1.45):
    """Shrinks the label's font (max_pt → min_pt) until the text fits one line of `width`; if it
    still does not fit, lets it wrap and makes the box tall enough. Returns the height in mm."""
    size = max_pt
    while True:
        item.setFont(_font(size, bold))
        needed = item.sizeForText()
        if needed.width() <= width or size <= min_pt:
            break
        size = max(min_pt, size - 1.0)
    line_h = size * 0.3528 * line_factor
    lines = max(1, math.ceil(needed.width() / width - 1e-6))
    height = line_h * lines
    item.attemptResize(QgsLayoutSize(width, height, MM))
    return height


def _nice_segment(km_per_mm, target_mm=16.0):
    """A round segment length in km close to target_mm on paper."""
    raw = km_per_mm * target_mm
    exp = math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * 10 ** exp >= raw * 0.75:
            return m * 10 ** exp
    return 10 ** (exp + 1)


def build_map_sheet(layer, texts, locale=None, boundaries=None, extent=None):
    """An A4 landscape QgsPrintLayout of the styled `layer` (its renderer is used as is).

    layer: the styled vector layer (ownership passes to the sheet's private project, so pass a
    copy, never a layer of the user's project). texts: SheetTexts. boundaries: optional line or
    polygon layer drawn as outlines on top (e.g. Bezirke), also owned by the sheet afterwards.
    extent: optional QgsRectangle in the layer CRS (default: the layer's extent)."""
    loc = locale_of(locale)
    project = QgsProject()
    crs = sheet_crs(layer)
    project.setCrs(crs)
    project.metadata().setTitle(texts.title)
    project.addMapLayer(layer)
    if boundaries is not None:
        project.addMapLayer(boundaries)

    layout = QgsPrintLayout(project)
    layout.setName(texts.title or "Map sheet")
    page = QgsLayoutItemPage(layout)
    page.setPageSize("A4", QgsLayoutItemPage.Landscape)
    layout.pageCollection().addPage(page)
    sheet = MapSheet(project, layout)

    # --- header ----------------------------------------------------------------------------
    content_w = PAGE_W - 2 * MARGIN
    title = _label(layout, "title", texts.title, _font(20, True), TEXT_COLOR,
                   MARGIN, HEADER_TOP, content_w, 10)
    title_h = _fit_label(title, content_w, 20, 14, bold=True, line_factor=1.3)
    y = HEADER_TOP + title_h + 0.8
    if texts.subtitle:
        sub = _label(layout, "subtitle", texts.subtitle, _font(11.5), MUTED_COLOR,
                     MARGIN, y, content_w, 6)
        y += _fit_label(sub, content_w, 11.5, 9, line_factor=1.35)
    rule_y = max(y + 1.5, MAP_Y - 3.0)
    from qgis.core import QgsFillSymbol

    rule = QgsLayoutItemShape(layout)
    rule.setId("header_rule")
    rule.setShapeType(QgsLayoutItemShape.Rectangle)
    rule.setSymbol(QgsFillSymbol.createSimple({"color": ACCENT_COLOR.name(), "outline_style": "no"}))
    layout.addLayoutItem(rule)
    rule.attemptMove(QgsLayoutPoint(MARGIN, rule_y, MM))
    rule.attemptResize(QgsLayoutSize(content_w, 0.6, MM))
    map_y = rule_y + 3.0
    map_h = MAP_H - (map_y - MAP_Y)

    # --- map -------------------------------------------------------------------------------
    lmap = QgsLayoutItemMap(layout)
    lmap.setId("map")
    layout.addLayoutItem(lmap)
    lmap.attemptMove(QgsLayoutPoint(MAP_X, map_y, MM))
    lmap.attemptResize(QgsLayoutSize(MAP_W, map_h, MM))
    lmap.setCrs(crs)
    layers = ([boundaries] if boundaries is not None else []) + [layer]
    lmap.setLayers(layers)
    lmap.setKeepLayerSet(True)
    ext = QgsRectangle(extent) if extent is not None else QgsRectangle(layer.extent())
    if layer.crs() != crs:
        ext = QgsCoordinateTransform(layer.crs(), crs, project).transformBoundingBox(ext)
    lmap.setExtent(fit_extent(ext, MAP_W, map_h, margin=0.03))
    lmap.setFrameEnabled(True)
    lmap.setFrameStrokeColor(QColor("#9a9a9a"))
    lmap.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, MM))
    lmap.setBackgroundColor(QColor("#ffffff"))

    # --- legend ----------------------------------------------------------------------------
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    layout.addLayoutItem(legend)
    legend.setLinkedMap(lmap)
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    node = root.addLayer(layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    if boundaries is not None:
        root.addLayer(boundaries)
    legend.model().setRootGroup(root)
    sheet.legend_root = root
    legend.setTitle(texts.legend_title)
    legend.setWrapString("\n")
    legend.setStyleFont(QgsLegendStyle.Title, _font(10.5, True))
    legend.setStyleFont(QgsLegendStyle.Subgroup, _font(9, True))
    legend.setStyleFont(QgsLegendStyle.SymbolLabel, _font(9))
    legend.setFontColor(TEXT_COLOR)
    legend.setSymbolWidth(9.0)
    legend.setSymbolHeight(5.5)
    legend.rstyle(QgsLegendStyle.Title).setMargin(QgsLegendStyle.Bottom, 3.5)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 1.6)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Top, 1.6)
    legend.rstyle(QgsLegendStyle.SymbolLabel).setMargin(QgsLegendStyle.Left, 2.5)
    legend.setBoxSpace(0.0)
    legend.setFrameEnabled(False)
    legend.setBackgroundEnabled(False)
    legend.setResizeToContents(True)
    legend.attemptMove(QgsLayoutPoint(COL_X, map_y, MM))
    legend_h = legend_height_mm(legend, layout)
    legend.attemptResize(QgsLayoutSize(COL_W, legend_h, MM))

    # --- suppression note under the legend -------------------------------------------------
    if texts.suppression_note:
        sup = _label(layout, "suppression_note", texts.suppression_note, _font(8), MUTED_COLOR,
                     COL_X, map_y + legend_h + 4.0, COL_W, 14)
        sup.setMode(QgsLayoutItemLabel.ModeFont)
        _fit_label(sup, COL_W, 8, 8, line_factor=1.4)

    # --- north arrow and scale bar, bottom of the right column -------------------------------
    bottom = map_y + map_h
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    layout.addLayoutItem(arrow)
    arrow.setPicturePath(icon_path("north_arrow.svg"), QgsLayoutItemPicture.FormatSVG)
    arrow.setResizeMode(QgsLayoutItemPicture.Zoom)
    arrow.setLinkedMap(lmap)
    arrow.attemptMove(QgsLayoutPoint(COL_X, bottom - 30.0, MM))
    arrow.attemptResize(QgsLayoutSize(8.0, 13.6, MM))

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    layout.addLayoutItem(bar)
    bar.setLinkedMap(lmap)
    bar.setStyle("Single Box")
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel("km")
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    km_per_mm = lmap.scale() / 1e6
    segment = _nice_segment(km_per_mm, target_mm=min(16.0, (COL_W - 8.0) / 4.0))
    segments = 4 if segment / km_per_mm * 4 <= COL_W - 8.0 else 3
    bar.setUnitsPerSegment(segment)
    bar.setNumberOfSegments(segments)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(2.0)
    from qgis.core import QgsFillSymbol, QgsLineSymbol

    bar.setLineSymbol(QgsLineSymbol.createSimple({"color": "#333333", "width": "0.25",
                                                  "width_unit": "MM"}))
    box = {"outline_color": "#333333", "outline_width": "0.25", "outline_width_unit": "MM"}
    bar.setFillSymbol(QgsFillSymbol.createSimple(dict(box, color="#333333")))
    bar.setAlternateFillSymbol(QgsFillSymbol.createSimple(dict(box, color="#ffffff")))
    bar.setLabelBarSpace(1.5)
    bar.setBoxContentSpace(0.5)
    fmt = QgsTextFormat()
    fmt.setFont(_font(8))
    fmt.setSize(8)
    fmt.setColor(TEXT_COLOR)
    bar.setTextFormat(fmt)
    num = QgsBasicNumericFormat()
    num.setShowTrailingZeros(False)
    num.setNumberDecimalPlaces(2)
    num.setShowThousandsSeparator(False)
    num.setDecimalSeparator(loc.decimalPoint())
    bar.setNumericFormat(num)
    bar.setFrameEnabled(False)
    bar.setBackgroundEnabled(False)
    bar.update()
    bar.attemptMove(QgsLayoutPoint(COL_X, bottom - 11.0, MM))
    bar.refreshItemSize()

    # scale in words under the bar: "1 : 150 000"
    scale_text = tr("Scale 1 : {s}").format(s=_group(round_scale(lmap.scale()), loc))
    _label(layout, "scale_text", scale_text, _font(7.5), MUTED_COLOR, COL_X, bottom - 3.2, COL_W, 3.5)

    # --- footer ----------------------------------------------------------------------------
    y = FOOTER_Y
    if texts.note:
        note = _label(layout, "note", texts.note, _font(8.5), TEXT_COLOR, MARGIN, y, content_w, 5)
        y += _fit_label(note, content_w, 8.5, 7.5, line_factor=1.35) + 0.8
    if texts.source:
        src = _label(layout, "source", texts.source, _font(7.5), MUTED_COLOR, MARGIN, y, content_w, 4)
        y += _fit_label(src, content_w, 7.5, 6.5, line_factor=1.35) + 0.6
    if texts.date:
        _label(layout, "date", texts.date, _font(7), MUTED_COLOR, MARGIN, y, content_w, 3.5)
        y += 3.5
    if y > PAGE_H - 4.0:
        sheet.notes.append(tr("The footer text is long and reaches the page edge; shorten NOTE or "
                              "SOURCE_TEXT."))
    return sheet


def legend_height_mm(legend, layout):
    """The legend's rendered height in mm (the item only learns its size on first paint in 3.22,
    so the legend renderer is asked directly)."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer as _Renderer
    from qgis.PyQt.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        ctx = QgsLayoutUtils.createRenderContextForLayout(layout, painter, 300)
        ctx.setScaleFactor(300 / 25.4)
        size = _Renderer(legend.model(), legend.legendSettings()).minimumSize(ctx)
    finally:
        painter.end()
    return size.height()


def fit_extent(extent, width_mm, height_mm, margin=0.03):
    """`extent` grown by `margin` on each side and widened or heightened to the frame's aspect
    ratio, centred (QgsLayoutItemMap.zoomToExtent fails on a fresh map item in 3.22)."""
    w = max(extent.width(), 1e-9) * (1 + 2 * margin)
    h = max(extent.height(), 1e-9) * (1 + 2 * margin)
    ratio = width_mm / height_mm
    if w / h < ratio:
        w = h * ratio
    else:
        h = w / ratio
    c = extent.center()
    return QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2)


def round_scale(scale):
    """1:148 312 → 150 000 (two significant digits) for the printed scale statement."""
    if scale <= 0:
        return 0
    exp = math.floor(math.log10(scale)) - 1
    return int(round(scale / 10 ** exp) * 10 ** exp)


def _group(value, loc):
    return loc.toString(int(value)).replace("\u00a0", " ").replace(".", " ").replace(",", " ")


class _quiet_gdal:
    def __enter__(self):
        try:
            from osgeo import gdal

            gdal.PushErrorHandler("CPLQuietErrorHandler")
            self._gdal = gdal
        except Exception:  # noqa: BLE001 - GDAL's Python bindings are optional here
            self._gdal = None
        return self

    def __exit__(self, *exc):
        if self._gdal is not None:
            self._gdal.PopErrorHandler()
        return False


def export_sheet(layout, pdf_path, png_path=None, dpi=150, pdf_dpi=300):
    """Exports the layout to PDF (vector, text kept as text) and optionally PNG at `dpi`.

    Both are written to temporary files in their target folders and renamed only when every
    export succeeded, so the outputs are complete or absent. Returns (pdf_path, png_path)."""
    targets = [(pdf_path, ".pdf")] + ([(png_path, ".png")] if png_path else [])
    for path, _ in targets:
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise InputError(tr("The folder '{d}' for '{f}' does not exist.").format(d=folder, f=path))
    temps = []
    try:
        exporter = QgsLayoutExporter(layout)
        tmp_pdf = temp_beside(pdf_path, ".pdf")
        temps.append(tmp_pdf)
        pdf = QgsLayoutExporter.PdfExportSettings()
        pdf.dpi = pdf_dpi
        pdf.rasterizeWholeImage = False
        pdf.forceVectorOutput = True
        pdf.exportMetadata = True
        pdf.appendGeoreference = True
        pdf.simplifyGeometries = True
        pdf.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        result = exporter.exportToPdf(tmp_pdf, pdf)
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(tr("PDF export to '{f}' failed: {e}").format(f=pdf_path, e=exporter.errorMessage()))
        tmp_png = None
        if png_path:
            tmp_png = temp_beside(png_path, ".png")
            temps.append(tmp_png)
            img = QgsLayoutExporter.ImageExportSettings()
            img.dpi = dpi
            img.generateWorldFile = False
            img.exportMetadata = False
            with _quiet_gdal():
                # QGIS tries to embed georeferencing into the PNG through GDAL, which cannot
                # update PNGs and prints "ERROR 6" — harmless, so it is silenced.
                result = exporter.exportToImage(tmp_png, img)
            if result != QgsLayoutExporter.Success:
                raise RuntimeError(tr("PNG export to '{f}' failed: {e}").format(f=png_path, e=exporter.errorMessage()))
        if os.path.getsize(tmp_pdf) == 0 or (tmp_png and os.path.getsize(tmp_png) == 0):
            raise RuntimeError(tr("The export wrote an empty file."))
        publish(tmp_pdf, pdf_path)
        temps.remove(tmp_pdf)
        if tmp_png:
            publish(tmp_png, png_path)
            temps.remove(tmp_png)
    finally:
        for tmp in temps:
            try:
                os.remove(tmp)
            except OSError:
                pass
    return pdf_path, png_path or None
