"""INHABITED: a sheet's colours only on inhabited land, so forests, lakes and fields at the edge of
the city do not dominate the map (the district boundaries are still drawn in full).

The inhabited land is a polygon layer (e.g. residential blocks) or a raster whose cells above 0
are inhabited (e.g. a population grid or a 0/1 mask). The coloured districts are cut to it with
QGIS's own ``native:fixgeometries`` and ``native:clip`` (the clip reprojects the inhabited land
to the districts' CRS on the fly), into a memory layer with the districts' fields, so the sheet's
renderer, legend counts and labels stay those of the districts.
"""
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..errors import Cancelled, InputError, QT_TRANSLATE_NOOP

UNINHABITED_FILL = "#ffffff"      # land outside the inhabited areas: white with fine grey dots,
UNINHABITED_DOTS = "#9c9c9c"      # apart from every class colour, the hatched 'no data' and in gray
UNINHABITED_OUTLINE = "#8a8a8a"   # the districts' outline (styling.OUTLINE_COLOR)


def _native(alg_id):
    """A fresh instance of a QGIS native Processing algorithm (the native provider is added when
    a headless run has not loaded it)."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("native") is None:
        from qgis.analysis import QgsNativeAlgorithms

        registry.addProvider(QgsNativeAlgorithms())
    alg = registry.createAlgorithmById(alg_id)
    if alg is None:
        raise RuntimeError(f"QGIS Processing algorithm {alg_id} is not available")
    return alg


def run_native(alg_id, params, feedback=None):
    """Runs a QGIS native algorithm into a memory layer and returns that layer (also used by
    the atlas for its simplified overview)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    inner = QgsProcessingFeedback()
    if feedback is not None:
        feedback.canceled.connect(inner.cancel)
    try:
        results, ok = _native(alg_id).run(dict(params, OUTPUT="memory:"), context, inner)
    finally:
        if feedback is not None:
            feedback.canceled.disconnect(inner.cancel)
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    if not ok:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "QGIS's {alg_id} failed on the sheet's layers."),
            alg_id=alg_id)
    return context.takeResultLayer(results["OUTPUT"])


def inhabited_polygons(layer, feedback=None):
    """The inhabited land of INHABITED as a polygon layer (in the layer's own CRS): a polygon
    layer as it is, a raster as the polygons of its cells above 0 (not NoData). Anything else, an
    empty layer or a raster without such a cell is refused, naming the layer."""
    if layer is None:
        return None
    name = layer.name() or layer.source()
    if not layer.isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: the layer '{name}' could not be opened."),
            name=name)
    if isinstance(layer, QgsRasterLayer):
        return _raster_polygons(layer, name)
    if not isinstance(layer, QgsVectorLayer):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: '{name}' is neither a polygon layer nor a raster."),
            name=name)
    gtype = QgsWkbTypes.geometryType(layer.wkbType())
    if gtype != QgsWkbTypes.PolygonGeometry:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: layer '{name}' has {display_string} geometry; the inhabited land must be "
            "polygons (e.g. residential blocks) or a raster (cells above 0 inhabited)."),
            name=name, display_string=QgsWkbTypes.displayString(layer.wkbType()))
    if layer.featureCount() == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: layer '{name}' is empty: it has no features."),
            name=name)
    if not layer.crs().isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: layer '{name}' has no coordinate reference system."),
            name=name)
    return layer


def _raster_polygons(raster, name):
    """The cells of band 1 above 0 (and not NoData) as polygons (GDAL's polygonize)."""
    import numpy as np
    from osgeo import gdal, ogr

    if not raster.crs().isValid():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: raster '{name}' has no coordinate reference system."),
            name=name)
    ds = gdal.Open(raster.source())
    if ds is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: the raster '{name}' could not be read."),
            name=name)
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype("float64")
    inhabited = np.isfinite(values) & (values > 0)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        inhabited &= values != nodata
    if not inhabited.any():
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: raster '{name}' has no cell above 0: nothing is inhabited."),
            name=name)
    mask = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte)
    mask.SetGeoTransform(ds.GetGeoTransform())
    mask.SetProjection(ds.GetProjection())
    mband = mask.GetRasterBand(1)
    mband.WriteArray(inhabited.astype("uint8"))
    out = ogr.GetDriverByName("Memory").CreateDataSource("inhabited")
    olayer = out.CreateLayer("inhabited", geom_type=ogr.wkbPolygon)
    olayer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(mband, mband, olayer, 0, [])        # the mask band: only the inhabited cells
    polys = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    polys.setCrs(raster.crs())
    feats = []
    for f in olayer:
        g = QgsGeometry()
        g.fromWkb(bytes(f.GetGeometryRef().ExportToWkb()))
        feat = QgsFeature()
        feat.setGeometry(g)
        feats.append(feat)
    polys.dataProvider().addFeatures(feats)
    polys.updateExtents()
    return polys


def clip_to_inhabited(districts, inhabited, feedback=None, name=None, rest_label=None):
    """A memory copy of `districts` (its fields and features) cut to the inhabited land; a
    district with no inhabited land is left out. Refuses inhabited land that does not overlap
    the districts at all (most often a wrong CRS). `name`: the districts' layer name in messages.
    With `rest_label`, returns (clipped, rest): `rest` the uninhabited parts of the districts
    (native:difference) in the style of uninhabited_base, so a legend filtered by the map's
    content lists it only where the map shows uninhabited land."""
    fixed = run_native("native:fixgeometries", {"INPUT": inhabited}, feedback)
    clipped = run_native("native:clip", {"INPUT": districts, "OVERLAY": fixed}, feedback)
    if clipped.featureCount() == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "INHABITED: layer '{inhabited}' does not overlap the districts '{value}' (is its "
            "coordinate reference system right?)."),
            inhabited=inhabited.name(), value=name or districts.name())
    clipped.setName(districts.name())
    if districts.renderer() is not None:
        clipped.setRenderer(districts.renderer().clone())
    if rest_label is None:
        return clipped
    rest = run_native("native:difference", {"INPUT": districts, "OVERLAY": fixed}, feedback)
    rest.setName(rest_label)
    rest.setRenderer(QgsSingleSymbolRenderer(uninhabited_symbol()))
    return clipped, rest


def uninhabited_base(districts, label):
    """The districts in full, filled in the light colour of uninhabited land: drawn below the
    clipped colours, one legend entry `label`."""
    base = districts.materialize(QgsFeatureRequest().setNoAttributes())
    base.setName(label)
    base.setRenderer(QgsSingleSymbolRenderer(uninhabited_symbol()))
    return base


def uninhabited_symbol():
    """White with a fine grid of grey dots (built from property maps, as styling.nodata_symbol)."""
    from qgis.core import QgsMarkerSymbol, QgsPointPatternFillSymbolLayer

    symbol = QgsFillSymbol.createSimple(
        {"color": UNINHABITED_FILL, "outline_color": UNINHABITED_OUTLINE, "outline_width": "0.1",
         "outline_width_unit": "MM"})
    dots = QgsPointPatternFillSymbolLayer.create({
        "distance_x": "1.4", "distance_y": "1.4", "distance_x_unit": "MM",
        "distance_y_unit": "MM", "displacement_x": "0.7", "displacement_x_unit": "MM"})
    dots.setSubSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "size": "0.32", "size_unit": "MM", "color": UNINHABITED_DOTS,
         "outline_style": "no"}))
    symbol.appendSymbolLayer(dots)
    return symbol


def outline_only(layer, width_mm=0.1, color=UNINHABITED_OUTLINE):
    """Gives `layer` (the districts in full) an outline-only symbol: the boundaries drawn on top
    of the clipped colours. Its labelling is kept."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": color, "outline_width": str(width_mm),
         "outline_width_unit": "MM"})))
    return layer
