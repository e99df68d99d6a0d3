"""GeoTIFF output (rasterio, imported when needed) with a QGIS style beside it (<name>.qml), so that QGIS
loads the raster styled. Files are written under a temporary name and renamed when complete."""
from __future__ import annotations

import os

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP
from ..files import publish, temp_beside

NODATA = -1.0


def _rasterio():
    try:
        import rasterio
        import rasterio.errors
        from rasterio.transform import from_origin
    except ImportError:
        raise InputError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Writing GeoTIFF needs the Python package 'rasterio', which this QGIS's Python lacks. "
            "Install it: Debian/Ubuntu 'apt install python3-rasterio'; OSGeo4W (Windows) 'python -m "
            "pip install rasterio' in the OSGeo4W Shell; macOS (QGIS.app) "
            "'/Applications/QGIS.app/Contents/MacOS/bin/pip3 install rasterio'. Or leave the raster "
            "outputs empty.")) from None
    return rasterio, from_origin


def check_rasterio():
    """Raises the install message early (before anything is computed or written) when rasterio is missing."""
    _rasterio()


def write_geotiff(path, bands, *, x_min, y_max, cell_size, crs_wkt, descriptions, nodata=NODATA, style=None):
    """Writes (k, ny, nx) bands as a float32 GeoTIFF (deflate, tiled) with band descriptions; with
    ``style`` (a function of a raster layer that sets its renderer) also <name>.qml beside it. Both are
    written under temporary names and published together (inside an algorithm run: when it commits)."""
    rasterio, from_origin = _rasterio()
    bands = np.asarray(bands)
    k, ny, nx = bands.shape
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "The folder of the output '{path}' does not exist."),
            path=path)
    tmp = temp_beside(path, ".tif")
    done = False
    try:
        profile = dict(driver="GTiff", width=nx, height=ny, count=k, dtype="float32",
                       crs=rasterio.crs.CRS.from_wkt(crs_wkt) if crs_wkt else None,
                       transform=from_origin(x_min, y_max, cell_size, cell_size), nodata=nodata,
                       compress="deflate", predictor=3, tiled=nx >= 256 and ny >= 256)
        try:
            with rasterio.open(tmp, "w", **profile) as dst:
                for i in range(k):
                    dst.write(bands[i].astype(np.float32), i + 1)
                    dst.set_band_description(i + 1, str(descriptions[i]))
        except rasterio.errors.RasterioError as exc:
            reason = str(exc).replace(tmp, path).splitlines()[0] if str(exc) else type(exc).__name__
            raise OSError(f"{reason}") from None
        if style is not None:
            _write_style(tmp, style, path)
        publish(tmp, path)
        done = True
    finally:
        if not done and os.path.exists(tmp):
            os.remove(tmp)
    return path


def qml_path(path):
    return os.path.splitext(path)[0] + ".qml"


def _write_style(raster, style, path):
    """Applies ``style`` to the (temporary) raster and writes the style as <path>.qml."""
    from qgis.core import QgsRasterLayer
    from qgis.PyQt.QtXml import QDomDocument

    layer = QgsRasterLayer(raster, os.path.basename(path), "gdal")
    style(layer)
    doc = QDomDocument()
    layer.exportNamedStyle(doc)
    del layer
    target = qml_path(path)
    tmp = temp_beside(target, ".qml")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(doc.toString())
    publish(tmp, target)
    for aux in (raster + ".aux.xml",):
        if os.path.exists(aux):
            os.remove(aux)
    return target


def dominant_style(colours, labels):
    """Paletted style on band 1 (1..M = the milieus in model order, in their colours)."""
    def apply(layer):
        from qgis.core import QgsPalettedRasterRenderer
        from qgis.PyQt.QtGui import QColor

        classes = [QgsPalettedRasterRenderer.Class(float(i + 1), QColor(colours[i]), labels[i])
                   for i in range(len(colours))]
        layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    return apply


def density_style(band, colour, vmax):
    """Pseudocolour style of one density band: transparent white at 0 to the milieu's colour at vmax."""
    def apply(layer):
        from qgis.core import (QgsColorRampShader, QgsGradientColorRamp, QgsRasterShader,
                               QgsSingleBandPseudoColorRenderer)
        from qgis.PyQt.QtGui import QColor

        shader = QgsRasterShader()
        ramp = QgsColorRampShader(0.0, float(vmax))
        ramp.setColorRampType(QgsColorRampShader.Interpolated)
        ramp.setSourceColorRamp(QgsGradientColorRamp(QColor(255, 255, 255, 0), QColor(colour)))
        ramp.setColorRampItemList([
            QgsColorRampShader.ColorRampItem(0.0, QColor(255, 255, 255, 0), "0"),
            QgsColorRampShader.ColorRampItem(float(vmax), QColor(colour), f"{vmax:.3g}"),
        ])
        ramp.setClip(False)
        shader.setRasterShaderFunction(ramp)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(float(vmax))
        layer.setRenderer(renderer)
    return apply


_LIVE = []   # post-processors must outlive the algorithm run (QGIS calls them afterwards)


def load_styled_on_completion(context, path, qml):
    """When QGIS loads the output after the run (toolbox, model), apply the style file written beside it."""
    from qgis.core import QgsProcessingLayerPostProcessorInterface

    class _Styler(QgsProcessingLayerPostProcessorInterface):
        def postProcessLayer(self, layer, context, feedback):  # noqa: N802
            if layer is not None and layer.isValid():
                layer.loadNamedStyle(qml)
                layer.triggerRepaint()

    if not context.willLoadLayerOnCompletion(path):
        return
    styler = _Styler()
    _LIVE.append(styler)
    del _LIVE[:-16]
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
