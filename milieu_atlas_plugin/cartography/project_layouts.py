"""Print layouts of the sheet algorithms in the user's project (Layout Manager).

The sheet algorithms (milieuatlas:mapsheet, milieuatlas:atlas) build their layout in a private
project of memory layers and export it. A caller that wants the layout itself — the dock, so the
planner can edit the sheet in the layout designer and export it again — passes a feedback object
with a ``keep_layout(layout, *keep_alive)`` method; the algorithm offers its finished layout there
(:func:`offer_layout`), nothing else changes for any other caller.

:func:`adopt_layout` then moves such a layout into a real project: the layers it shows are written
to a GeoPackage (so the layout survives saving and reopening the project), added to the project
with their styles, and the layout is re-read from its own XML with the layer references pointing
to them. The layout in the project is therefore the algorithm's layout, not a second one built
by other code: exporting it gives the same sheet."""
import os

from qgis.core import (
    QgsLayoutItemLegend,
    QgsMapLayerStyle,
    QgsPrintLayout,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..errors import InputError, QT_TRANSLATE_NOOP

GENERATED = "milieu_atlas/generated"  # custom property of the layouts adopted into a project


def offer_layout(feedback, layout, *keep_alive):
    """Hands a finished layout to a feedback object that asked for it (has keep_layout); the
    objects in keep_alive (the private project, a legend's layer tree) stay referenced with it.
    Returns True when it was taken."""
    keep = getattr(feedback, "keep_layout", None)
    if not callable(keep):
        return False
    keep(layout, *keep_alive)
    return True


def _legend_trees(layout, doc):
    """The legends with a layer tree of their own (set through the model, which 3.22's legend
    item does not write): their tree is written into the item's element."""
    ctx = QgsReadWriteContext()
    by_uuid = {}
    items = doc.documentElement().elementsByTagName("LayoutItem")
    for i in range(items.count()):
        el = items.at(i).toElement()
        by_uuid[el.attribute("uuid")] = el
    for item in layout.items():
        if not isinstance(item, QgsLayoutItemLegend) or item.autoUpdateModel():
            continue
        el = by_uuid.get(item.uuid())
        if el is None:
            continue
        old = el.firstChildElement("layer-tree-group")
        if not old.isNull():
            el.removeChild(old)
        item.model().rootGroup().writeXml(el, ctx)


def _table_name(layer, used):
    base = "".join(c if c.isalnum() else "_" for c in (layer.name() or "layer").lower())[:40] or "layer"
    name, n = base, 1
    while name in used:
        n += 1
        name = f"{base}_{n}"
    used.add(name)
    return name


def _copy_layers(layers, gpkg, project):
    """File-backed copies (one GeoPackage table each) of the layers, with their styles and names;
    raster layers are re-opened from their file. Returns {old id: new layer}."""
    out, used = {}, set()
    if os.path.exists(gpkg):
        os.remove(gpkg)
    for layer in layers:
        if isinstance(layer, QgsRasterLayer):
            copy = QgsRasterLayer(layer.source(), layer.name(), layer.providerType())
        else:
            table = _table_name(layer, used)
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = table
            options.fileEncoding = "UTF-8"
            if os.path.exists(gpkg):
                options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
            result = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, gpkg, project.transformContext(), options)
            if result[0] != QgsVectorFileWriter.NoError:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Could not write the layer '{layer}' of the layout to '{gpkg}': {result}"),
                    layer=layer.name(), gpkg=gpkg, result=result[1])
            copy = QgsVectorLayer(f"{gpkg}|layername={table}", layer.name(), "ogr")
        if not copy.isValid():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Could not open the copy of the layer '{layer}' ('{gpkg}')."),
                layer=layer.name(), gpkg=gpkg)
        style = QgsMapLayerStyle()
        style.readFromLayer(layer)
        style.writeToLayer(copy)
        copy.setName(layer.name())
        out[layer.id()] = copy
    return out


def adopt_layout(layout, project, gpkg, group, name):
    """Puts `layout` (built in a private project) into `project` under `name`: its layers are
    copied into the GeoPackage `gpkg`, added to the layer-tree `group` of `project`, and a new
    QgsPrintLayout is read from the layout's XML with its layer references pointing to the copies.
    A layout of that name made here before is replaced. Returns (the new layout, the new layers)."""
    source = layout.project()
    doc = QDomDocument("Layout")
    ctx = QgsReadWriteContext()
    doc.appendChild(layout.writeXml(doc, ctx))
    _legend_trees(layout, doc)
    text = doc.toString()
    used = [lyr for lid, lyr in source.mapLayers().items() if lid in text]
    copies = _copy_layers(used, gpkg, project)
    for old_id, copy in copies.items():
        text = text.replace(old_id, copy.id())
    for copy in copies.values():
        project.addMapLayer(copy, False)
        group.addLayer(copy)
    new_doc = QDomDocument()
    if not new_doc.setContent(text):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "The layout '{name}' could not be copied into the project."),
            name=name)
    new = QgsPrintLayout(project)
    new.readLayoutXml(new_doc.documentElement(), new_doc, QgsReadWriteContext())
    manager = project.layoutManager()
    remove_layouts(project, name)
    if manager.layoutByName(name) is not None:  # the user's own layout of that name stays
        name = _unique(manager, name)
    new.setName(name)
    new.setCustomProperty(GENERATED, True)
    if not manager.addLayout(new):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "The layout '{name}' could not be added to the project."),
            name=name)
    return new, list(copies.values())


def _unique(manager, name):
    n = 2
    while manager.layoutByName(f"{name} ({n})") is not None:
        n += 1
    return f"{name} ({n})"


def generated_layouts(project):
    """The layouts adopted into `project` by adopt_layout."""
    return [lay for lay in project.layoutManager().printLayouts()
            if lay.customProperty(GENERATED, False) in (True, "true", "1", 1)]


def remove_layouts(project, name=None):
    """Removes the adopted layouts (only the one called `name` when given); the user's own stay."""
    manager = project.layoutManager()
    for lay in generated_layouts(project):
        if name is None or lay.name() == name:
            manager.removeLayout(lay)
