"""A projected, metre-based CRS for areas and distances, chosen from the layer's own extent."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsUnitTypes,
)


def is_metric_projected(crs):
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def utm_for(crs, extent):
    """ETRS89 / UTM 32N or 33N inside Germany's longitudes, else WGS 84 / UTM of the centre."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(extent.center())
    lon, lat = centre.x(), centre.y()
    zone = int((lon + 180) // 6) + 1
    if 47 <= lat <= 56 and 5 <= lon <= 16:
        return QgsCoordinateReferenceSystem(f"EPSG:{25800 + zone}")
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if lat >= 0 else 32700) + zone}")


def metric_crs(layer):
    """The CRS in which areas and distances of `layer` are computed."""
    crs = layer.crs()
    return crs if is_metric_projected(crs) else utm_for(crs, layer.extent())


def metric_transform(layer):
    """(transform or None, note): None when the layer is already in metres."""
    crs = layer.crs()
    if is_metric_projected(crs):
        return None, ""
    target = metric_crs(layer)
    name = crs.authid() or crs.description() or "an unknown CRS"
    note = f"Layer '{layer.name()}' is in {name}; areas and distances computed in {target.authid()}"
    return QgsCoordinateTransform(crs, target, QgsProject.instance()), note
