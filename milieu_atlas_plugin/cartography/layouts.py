"""The council map sheet: a print layout of one styled indicator, filled from a layout template,
and its export.

:func:`build_map_sheet` loads a template (templates.py: A4 landscape, A4 portrait, A3 landscape
or an office's own .qpt), finds its items by id (``title``, ``subtitle``, ``map``, ``legend``,
``reading_aid``, ``suppression_note``, ``north_arrow``, ``scalebar``, ``scale_text``, ``note``,
``source``, ``date``) and fills them; texts of any length flow downwards without overlapping.
:func:`export_sheet` writes PDF, PNG and SVG completely or not at all.
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
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import set_label_color, set_label_font, set_legend_font
from ..errors import InputError
from ..files import publish_all, temp_beside
from ..i18n import sheet_translator, tr
from ..paths import icon_path
from .styling import locale_of
from .templates import ACCENT_COLOR, MUTED_COLOR, TEXT_COLOR, sheet_font_family  # noqa: F401
from .templates import font as _font  # noqa: F401 - the atlas uses it

MM = QgsUnitTypes.LayoutMillimeters
# the A4 landscape page of the atlas
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 12.0


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
    reading_aid: str = ""
    source_missing: bool = False


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
    fmt = "d. MMMM yyyy" if loc.language() == QLocale.Language.German else "d MMMM yyyy"
    return loc.toString(date, fmt)


def sheet_crs(layer):
    """The layer's CRS when projected; else the UTM zone of the layer's centre (qgis_io.crs.utm_for:
    ETRS89 / UTM in Europe, WGS 84 / UTM elsewhere), so distances and the scale bar are in metres."""
    from ..qgis_io.crs import utm_for

    crs = layer.crs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    return utm_for(crs, layer.extent())


def _label(layout, item_id, text, font, color, x, y, w, h, halign=Qt.AlignmentFlag.AlignLeft,
           valign=Qt.AlignmentFlag.AlignTop):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    set_label_font(item, font, color)
    item.setMarginX(0.0)
    item.setMarginY(0.0)
    item.setHAlign(halign)
    item.setVAlign(valign)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    return item


def _nice_segment(km_per_mm, target_mm=16.0):
    """A round segment length in km close to target_mm on paper."""
    raw = km_per_mm * target_mm
    exp = math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * 10 ** exp >= raw * 0.75:
            return m * 10 ** exp
    return 10 ** (exp + 1)


def _fit_font(item, max_pt, min_pt):
    """Shrinks the label's font (keeping the template's family and weight) from max_pt towards
    min_pt until the text fits one line of the item's width; returns the height the text needs
    (wrapped when it still does not fit) in mm."""
    width = item.rect().width()
    base = QFont(item.font())
    size = max_pt
    while True:
        f = QFont(base)
        f.setPointSizeF(size)
        item.setFont(f)
        if item.sizeForText().width() <= width or size <= min_pt:
            break
        size = max(min_pt, size - 0.5)
    return _text_height(item, width, size)


def _text_height(item, width, size, line_factor=1.4):
    text = item.text()
    lines = 0
    for para in text.split("\n"):
        item.setText(para)
        w = item.sizeForText().width()
        # word wrapping breaks before a word that does not fit: allow for a ragged right edge
        lines += 1 if w <= width else math.ceil(w * 1.08 / width - 1e-6)
    item.setText(text)
    return size * 0.3528 * line_factor * max(lines, 1)


def _set_text(item, text, shrink_to=None):
    """Fills a template label; grows its box to the text (wrapping within its width); returns
    the height in mm. `shrink_to`: smallest font size in pt to shrink to for one line."""
    item.setText(text)
    size = item.font().pointSizeF()
    if shrink_to:
        height = _fit_font(item, size, shrink_to)
    else:
        height = _text_height(item, item.rect().width(), size)
    item.attemptResize(QgsLayoutSize(item.rect().width(), max(height, 0.1), MM))
    return height


def _flow_below(layout, upper, lower, gap):
    """Moves `lower` right below `upper` when both sit in the same column (same x)."""
    if upper is None or lower is None:
        return
    if abs(upper.pos().x() - lower.pos().x()) > 1.0:
        return
    y = upper.pos().y() + upper.rect().height() + gap
    lower.attemptMove(QgsLayoutPoint(lower.pos().x(), y, MM))


def build_map_sheet(layer, texts, locale=None, boundaries=None, extent=None, nodata=None,
                    template="a4_landscape", overlay=None, base=None, outlines=None):
    """The QgsPrintLayout of the styled `layer` (its renderer is used as is), from a layout
    template (see templates.py: a bundled name or the path of an office's own .qpt).

    layer: the styled vector layer (ownership passes to the sheet's private project, so pass a
    copy, never a layer of the user's project). texts: SheetTexts. boundaries: optional line or
    polygon layer drawn as outlines on top (e.g. Bezirke), also owned by the sheet afterwards.
    extent: optional QgsRectangle in the layer CRS (default: the layer's extent). nodata: optional
    layer of the hatched districts without a class (drawn below, one legend entry). overlay:
    optional layer drawn on top that the legend shows instead of `layer` (proportional circles
    over grey districts). base, outlines: with INHABITED (inhabited.py) `layer` and `nodata` hold
    only the inhabited land; `base` (the districts in full, the fill of uninhabited land, one
    legend entry) is drawn below them and `outlines` (the district boundaries in full) on top.

    When `extent` leaves part of the city out, the template's optional ``overview`` map shows
    the whole city with the frame of the map (hidden otherwise, and when the template has none)."""
    from .templates import MAX_WIDTH_PROPERTY, load_template

    loc = locale_of(locale)
    tr = sheet_translator(locale)
    project = QgsProject()
    crs = sheet_crs(layer)
    project.setCrs(crs)
    project.metadata().setTitle(texts.title)
    project.addMapLayer(layer)
    if overlay is not None:
        project.addMapLayer(overlay)
    if nodata is not None:
        project.addMapLayer(nodata)
    if boundaries is not None:
        project.addMapLayer(boundaries)
    for extra in (base, outlines):
        if extra is not None:
            project.addMapLayer(extra)

    layout = QgsPrintLayout(project)
    load_template(layout, template)
    layout.setName(texts.title or "Map sheet")
    sheet = MapSheet(project, layout)
    item = layout.itemById

    # --- header ----------------------------------------------------------------------------
    title = item("title")
    _set_text(title, texts.title, shrink_to=max(9.0, title.font().pointSizeF() * 0.7))
    if item("subtitle") is not None:
        sub = item("subtitle")
        _set_text(sub, texts.subtitle, shrink_to=max(7.0, sub.font().pointSizeF() * 0.8))
        sub.setVisibility(bool(texts.subtitle))
        _flow_below(layout, title, sub, 0.8)           # a title on two lines pushes it down

    # --- map -------------------------------------------------------------------------------
    lmap = item("map")
    lmap.setCrs(crs)
    layers = [x for x in (overlay, boundaries, outlines, layer, nodata, base) if x is not None]
    lmap.setLayers(layers)
    lmap.setKeepLayerSet(True)
    whole = base if base is not None else layer
    to_sheet = QgsCoordinateTransform(whole.crs(), crs, project)
    city = QgsRectangle(whole.extent())
    if whole.crs() != crs:
        city = to_sheet.transformBoundingBox(city)
    ext = QgsRectangle(extent) if extent is not None else QgsRectangle(whole.extent())
    if whole.crs() != crs:
        ext = to_sheet.transformBoundingBox(ext)
    map_w, map_h = lmap.rect().width(), lmap.rect().height()
    shown = fit_extent(ext, map_w, map_h, margin=0.03)
    lmap.setExtent(shown)
    _overview_inset(layout, project, lmap, whole, boundaries, city, shown, crs)

    # --- legend ----------------------------------------------------------------------------
    legend = item("legend")
    legend.setLinkedMap(lmap)
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    node = root.addLayer(overlay if overlay is not None else layer)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    if nodata is not None:
        root.addLayer(nodata)
    if base is not None:
        root.addLayer(base)
    if boundaries is not None:
        root.addLayer(boundaries)
    legend.model().setRootGroup(root)
    sheet.legend_root = root
    legend.setTitle(wrap_words(texts.legend_title, legend.rect().width(),
                               legend.styleFont(QgsLegendStyle.Title).pointSizeF()))
    _fit_legend_width(legend, layout, sheet)
    legend_h = legend_height_mm(legend, layout)
    legend.attemptResize(QgsLayoutSize(legend.rect().width(), legend_h, MM))

    # --- reading aid (city value, how to read) and suppression note, flowing under the legend
    aid, sup = item("reading_aid"), item("suppression_note")
    if aid is not None:
        _set_text(aid, texts.reading_aid)
        aid.setVisibility(bool(texts.reading_aid))
        _flow_below(layout, legend, aid, 4.0)
    if sup is not None:
        _set_text(sup, texts.suppression_note)
        sup.setVisibility(bool(texts.suppression_note))
        _flow_below(layout, aid if aid is not None and texts.reading_aid else legend, sup,
                    3.0 if aid is not None and texts.reading_aid else 4.0)
    elif texts.suppression_note:
        sheet.notes.append("The template has no item 'suppression_note': the sheet does not say "
                           "which districts are hidden.")
    column_end = max(i.pos().y() + i.rect().height() for i in (legend, aid, sup)
                     if i is not None and i.isVisible())
    arrow = item("north_arrow")
    if arrow is not None:
        if not os.path.exists(arrow.picturePath()) or \
                os.path.basename(arrow.picturePath()) == "north_arrow.svg":
            arrow.setPicturePath(icon_path("north_arrow.svg"), QgsLayoutItemPicture.FormatSVG)
        arrow.setLinkedMap(lmap)
        if column_end > arrow.pos().y() and abs(arrow.pos().x() - legend.pos().x()) < 1.0:
            sheet.notes.append(tr("The legend column is long and reaches the scale bar; shorten "
                                  "LEGEND_TITLE or use fewer classes."))

    # --- scale bar: round segments, never longer than the template allows -----------------
    bar = item("scalebar")
    bar.setLinkedMap(lmap)
    max_w = float(bar.customProperty(MAX_WIDTH_PROPERTY, 0) or 0) or bar.rect().width()
    configure_scalebar(bar, lmap.scale(), max_w, loc)
    if item("scale_text") is not None:
        item("scale_text").setText(
            tr("Scale 1 : {s}").format(s=_group(round_scale(lmap.scale()), loc)))

    # --- footer: note, source, date flow downwards ----------------------------------------
    note, src, date = item("note"), item("source"), item("date")
    _set_text(note, texts.note, shrink_to=max(6.5, note.font().pointSizeF() - 1.0))
    note.setVisibility(bool(texts.note))
    _set_text(src, texts.source, shrink_to=max(6.0, src.font().pointSizeF() - 1.0))
    if texts.source_missing:
        set_label_color(src, QColor("#b00020"))
    _set_text(date, texts.date)
    _flow_below(layout, note if texts.note else None, src, 0.8)
    _flow_below(layout, src, date, 0.6)
    page_h = layout.pageCollection().page(0).pageSize().height()
    if date.pos().y() + date.rect().height() > page_h - 4.0:
        sheet.notes.append(tr("The footer text is long and reaches the page edge; shorten NOTE or "
                              "SOURCE_TEXT."))
    return sheet


def _overview_inset(layout, project, lmap, districts, boundaries, city, shown, crs):
    """Fills the template's optional ``overview`` map: the whole city (the districts in light
    grey, the boundaries on top) with the frame of `lmap`, when the map `shown` leaves part of
    the `city` out; removed otherwise."""
    inset = layout.itemById("overview")
    if inset is None:
        return None
    tol = 0.005 * max(city.width(), city.height())
    zoomed = not QgsRectangle(shown.xMinimum() - tol, shown.yMinimum() - tol,
                              shown.xMaximum() + tol, shown.yMaximum() + tol).contains(city)
    if not zoomed:
        # removed, not hidden: a layout handed to the project keeps no empty map item
        layout.removeLayoutItem(inset)
        return None
    from qgis.core import QgsFeatureRequest, QgsFillSymbol, QgsSingleSymbolRenderer

    grey = districts.materialize(QgsFeatureRequest().setNoAttributes())
    grey.setName(districts.name())
    grey.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#d9d9d9", "outline_color": "#ffffff", "outline_width": "0.05",
         "outline_width_unit": "MM"})))
    project.addMapLayer(grey, False)
    inset.setCrs(crs)
    inset.setLayers(([boundaries] if boundaries is not None else []) + [grey])
    inset.setKeepLayerSet(True)
    inset.setExtent(fit_extent(city, inset.rect().width(), inset.rect().height(), margin=0.04))
    inset.overview().setLinkedMap(lmap)
    inset.overview().setEnabled(True)
    lmap.addLabelBlockingItem(inset)            # no district name hidden under the inset
    return inset


def wrap_words(text, width_mm, size_pt):
    """Breaks text into lines of about `width_mm` at `size_pt` (legend titles do not wrap by
    themselves); existing line breaks are kept."""
    per_line = max(8, int(width_mm / (size_pt * 0.3528 * 0.56)))
    out = []
    for para in str(text).split("\n"):
        line = ""
        for word in para.split():
            if line and len(line) + 1 + len(word) > per_line:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return "\n".join(out)


def configure_scalebar(bar, scale, max_width_mm, loc):
    """Round segments in km (1, 2, 2.5, 5 × 10^k), 3 or 4 of them, the bar at most
    `max_width_mm` long; numbers in the locale's format."""
    km_per_mm = scale / 1e6
    segment = _nice_segment(km_per_mm, target_mm=min(16.0, max_width_mm / 4.0))
    segments = 4 if segment / km_per_mm * 4 <= max_width_mm else 3
    while segments > 1 and segment / km_per_mm * segments > max_width_mm:
        segments -= 1
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
    bar.setUnitsPerSegment(segment)
    bar.setNumberOfSegments(segments)
    bar.setNumberOfSegmentsLeft(0)
    num = QgsBasicNumericFormat()
    num.setShowTrailingZeros(False)
    num.setNumberDecimalPlaces(2)
    num.setShowThousandsSeparator(False)
    num.setDecimalSeparator(loc.decimalPoint())
    bar.setNumericFormat(num)
    bar.update()
    bar.refreshItemSize()


def _fit_legend_width(legend, layout, sheet, min_pt=6.5):
    """Long class labels (e.g. milieu names with their counts) must not run past the page's right
    margin: shrinks the legend's label font (template family and weight kept) until the legend
    fits between its left edge and the margin (that of the page's left side), down to min_pt."""
    page_w = layout.pageCollection().page(0).pageSize().width()
    margin = max(layout.itemById("map").pos().x(), 5.0)
    room = page_w - margin - legend.pos().x()
    kind = QgsLegendStyle.SymbolLabel
    if hasattr(QgsLegendStyle, "setTextFormat"):         # QGIS >= 3.30
        fmt = legend.rstyle(kind).textFormat()
        font, color = QFont(fmt.font()), fmt.color()
        font.setPointSizeF(fmt.size())
    else:
        font, color = QFont(legend.styleFont(kind)), legend.fontColor()
    size = font.pointSizeF()
    while legend_size_mm(legend, layout).width() > room and size > min_pt:
        size = max(min_pt, size - 0.5)
        font.setPointSizeF(size)
        set_legend_font(legend, kind, font, color)
    if legend_size_mm(legend, layout).width() > room:
        sheet.notes.append(tr("The legend is wider than the room beside the map; shorten the "
                              "class names."))


def legend_height_mm(legend, layout):
    """The legend's rendered height in mm."""
    return legend_size_mm(legend, layout).height()


def legend_size_mm(legend, layout):
    """The legend's rendered size in mm (the item only learns its size on first paint in 3.22,
    so the legend renderer is asked directly)."""
    from qgis.core import QgsLayoutUtils, QgsLegendRenderer as _Renderer
    from qgis.PyQt.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        ctx = QgsLayoutUtils.createRenderContextForLayout(layout, painter, 300)
        ctx.setScaleFactor(300 / 25.4)
        size = _Renderer(legend.model(), legend.legendSettings()).minimumSize(ctx)
    finally:
        painter.end()
    return size


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


def _export_error(exporter, result):
    """Why a QgsLayoutExporter call failed (3.22 has no message, only a result code)."""
    if result == QgsLayoutExporter.FileError:
        return tr("could not write the file '{f}' (disk full or no permission?)").format(
            f=exporter.errorFile())
    if result == QgsLayoutExporter.MemoryError:
        return tr("not enough memory")
    if result == QgsLayoutExporter.Canceled:
        return tr("cancelled")
    return tr("error code {c}").format(c=int(result))


def export_sheet(layout, pdf_path, png_path=None, dpi=150, pdf_dpi=300, svg_path=None):
    """Exports the layout to PDF (vector, text kept as text) and optionally PNG at `dpi`.

    Both are written to temporary files in their target folders and renamed only when every
    export succeeded, so the outputs are complete or absent. Returns (pdf_path, png_path)."""
    targets = [(pdf_path, ".pdf")] + ([(png_path, ".png")] if png_path else []) + \
        ([(svg_path, ".svg")] if svg_path else [])
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
            raise InputError(tr("PDF export to '{f}' failed: {e}").format(
                f=pdf_path, e=_export_error(exporter, result)))
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
                raise InputError(tr("PNG export to '{f}' failed: {e}").format(
                    f=png_path, e=_export_error(exporter, result)))
        tmp_svg = None
        if svg_path:
            tmp_svg = temp_beside(svg_path, ".svg")
            temps.append(tmp_svg)
            svg = QgsLayoutExporter.SvgExportSettings()
            svg.forceVectorOutput = True
            svg.exportMetadata = False
            svg.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
            result = exporter.exportToSvg(tmp_svg, svg)
            if result != QgsLayoutExporter.Success:
                raise InputError(tr("SVG export to '{f}' failed: {e}").format(
                    f=svg_path, e=_export_error(exporter, result)))
        # one completeness check for every file the plugin writes (files.check_complete, run by
        # the commit of the run, or here before the first rename outside a run)
        done = [(tmp_pdf, pdf_path)] + ([(tmp_png, png_path)] if tmp_png else []) + \
            ([(tmp_svg, svg_path)] if tmp_svg else [])
        publish_all(done)
        temps.clear()
    finally:
        for tmp in temps:
            try:
                os.remove(tmp)
            except OSError:
                pass
    return pdf_path, png_path or None
