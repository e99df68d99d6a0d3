"""Layer parameters given as file paths: say what is wrong with one that cannot be used (Processing's own
check only says 'Incorrect parameter value for INPUT'), and refuse a file with several layers when the
parameter does not name one."""
import os

from ..errors import InputError, QT_TRANSLATE_NOOP

VECTOR_TYPES = ("source", "vector", "multilayer")
RASTER_TYPES = ("raster",)


def _values(value):
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str)]
    return [value] if isinstance(value, str) else []


def check_layer_parameters(alg, parameters):
    """InputError naming the parameter and the file: not found, not a vector layer, cannot be opened, or
    several layers and none named."""
    from qgis.core import QgsProcessing

    for p in alg.parameterDefinitions():
        kind = p.type()
        if kind not in VECTOR_TYPES + RASTER_TYPES or p.isDestination():
            continue
        if kind == "multilayer" and p.layerType() == QgsProcessing.TypeFile:
            continue  # plain files (images, provenance inputs), not layers
        for value in _values(parameters.get(p.name())):
            check_layer_path(p.name(), value, raster=kind in RASTER_TYPES)


def _is_project_layer(value):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    return project.mapLayer(value) is not None or bool(project.mapLayersByName(value))


def check_layer_path(name, value, raster=False):
    text = value.strip()
    if not text:
        return
    path, _, options = text.partition("|")
    if not os.path.exists(path):
        looks_like_file = os.sep in path or os.path.splitext(path)[1] != ""
        if looks_like_file and "=" not in path and not _is_project_layer(text):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: file not found: {path}"),
                name=name, path=path)
        return
    if os.path.isdir(path) and not path.lower().endswith((".gdb", ".shp")):
        # a folder of shapefiles is a data source for OGR; anything else is refused by QGIS itself
        pass
    from osgeo import gdal

    flags = gdal.OF_RASTER if raster else gdal.OF_VECTOR
    with _quiet_gdal():
        ds = _open(gdal, path, flags)
        other = None if ds is not None else _open(gdal, path, gdal.OF_VECTOR if raster else gdal.OF_RASTER)
    if ds is None:
        if other is not None:
            if raster:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: {path} is a vector layer, not a raster."), name=name, path=path)
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {path} is a raster (image), not a vector layer or table."),
                name=name, path=path)
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: {path} cannot be opened: it is not a file GDAL/OGR can read, or it is damaged "
            "(truncated?)."),
            name=name, path=path)
    if raster:
        return
    count = ds.GetLayerCount()
    names = [ds.GetLayer(i).GetName() for i in range(count)]
    if count == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: {path} has no layer."),
            name=name, path=path)
    named = any(opt.split("=", 1)[0].strip().lower() in ("layername", "layerid")
                for opt in options.split("|") if opt)
    if count > 1 and not named:
        shown = ", ".join(names[:20]) + (", …" if count > 20 else "")
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: {path} has {count} layers ({shown}); name the one to use, e.g. "
            "'{path}|layername={names}'."),
            name=name, path=path, count=count, shown=shown, names=names[0])
    for opt in options.split("|"):
        key, _, val = opt.partition("=")
        if key.strip().lower() == "layername" and val not in names:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {path} has no layer '{val}'; it has {names}."),
                name=name, path=path, val=val, names=', '.join(names[:20]))
    try:
        for i in range(count):
            ds.GetLayer(i).GetFeatureCount()
    except RuntimeError as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: {path} cannot be read ({error}); is it damaged?"),
            name=name, path=path, error=exc) from None


def _open(gdal, path, flags):
    """gdal.OpenEx, or None where it fails (GDAL with exceptions enabled raises instead, e.g. on a
    truncated GeoPackage)."""
    try:
        return gdal.OpenEx(path, flags)
    except RuntimeError:
        return None


class _quiet_gdal:
    def __enter__(self):
        from osgeo import gdal

        gdal.PushErrorHandler("CPLQuietErrorHandler")
        return self

    def __exit__(self, *exc):
        from osgeo import gdal

        gdal.PopErrorHandler()
        return False
