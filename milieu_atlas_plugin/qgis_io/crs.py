"""A projected, metre-based CRS for areas and distances, chosen from the layer's own extent.

The one UTM picker of the plugin (joins, spatial indices, sheets): ETRS89 / UTM (EPSG:258zz) in Europe,
WGS 84 / UTM north or south (EPSG:326zz / 327zz) elsewhere, for the centre of the extent."""
import math

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsUnitTypes,
)

from ..errors import InputError, QT_TRANSLATE_NOOP, translated


def is_metric_projected(crs):
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def utm_zone_crs(lon, lat):
    """The UTM CRS of a longitude/latitude: ETRS89 / UTM 28N–38N inside Europe (34°–72° N, 16° W–42° E),
    else WGS 84 / UTM of the hemisphere."""
    zone = min(max(int(math.floor((lon + 180.0) / 6.0)) + 1, 1), 60)
    if 34.0 <= lat <= 72.0 and -16.0 <= lon <= 42.0 and 28 <= zone <= 38:
        return QgsCoordinateReferenceSystem(f"EPSG:{25800 + zone}")
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def utm_for(crs, extent, transform_context=None):
    """The UTM CRS (utm_zone_crs) of the centre of `extent`, given in `crs`. An empty extent (a layer
    without features: QGIS 3.22 gives a null box, 3.40 one of NaN) has no centre; it gets ETRS89 /
    UTM 32N, the zone of most German cities, since there is nothing to measure anyway."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if extent.isNull() or not all(
            math.isfinite(v) for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())):
        return QgsCoordinateReferenceSystem("EPSG:25832")
    box = extent
    if crs.isValid() and crs != wgs84:
        ctx = transform_context if transform_context is not None else QgsProject.instance().transformContext()
        box = QgsCoordinateTransform(crs, wgs84, ctx).transformBoundingBox(extent)
    centre = box.center()
    if not (math.isfinite(centre.x()) and math.isfinite(centre.y())):
        return QgsCoordinateReferenceSystem("EPSG:25832")
    return utm_zone_crs(centre.x(), centre.y())


def looks_geographic(extent):
    return (not extent.isNull() and -180.0 <= extent.xMinimum() <= extent.xMaximum() <= 180.0
            and -90.0 <= extent.yMinimum() <= extent.yMaximum() <= 90.0)


def check_crs(layer, purpose="distances"):
    """'' when the layer has a CRS; for a layer without one: refused when its coordinates look like
    longitude/latitude (the distances would be in degrees), else a note that they are taken as metres."""
    if layer.crs().isValid():
        return ""
    name = layer.name() or layer.source()
    ext = layer.extent()
    if looks_geographic(ext):
        raise InputError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Layer '{name}' has no CRS and its coordinates ({x_minimum:g} … {x_maximum:g}, "
            "{y_minimum:g} … {y_maximum:g}) lie within ±180/±90 like longitude/latitude: distances "
            "would be in degrees. Set the layer's CRS (e.g. EPSG:4326) first."),
            name=name, x_minimum=ext.xMinimum(), x_maximum=ext.xMaximum(), y_minimum=ext.yMinimum(), y_maximum=ext.yMaximum())
    return translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Layer '{name}' has no CRS: its coordinates are taken as metres"), name=name)


def metric_crs(layer):
    """The CRS in which areas and distances of `layer` are computed."""
    crs = layer.crs()
    if not crs.isValid():
        check_crs(layer)
        return crs
    return crs if is_metric_projected(crs) else utm_for(crs, layer.extent())


def metric_transform(layer):
    """(transform or None, note): None when the layer is already in metres (or has no CRS and
    coordinates that are not longitude/latitude: taken as metres, said in the note)."""
    crs = layer.crs()
    if not crs.isValid():
        return None, check_crs(layer)
    if is_metric_projected(crs):
        return None, ""
    target = metric_crs(layer)
    name = crs.authid() or crs.description() or "an unknown CRS"
    note = translated(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Layer '{layer}' is in {crs}; areas and distances computed in {target}"),
        layer=layer.name(), crs=name, target=target.authid())
    return QgsCoordinateTransform(crs, target, QgsProject.instance()), note
