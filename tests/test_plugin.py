"""The plugin as QGIS loads it: classFactory from the folder's root, initGui/unload twice."""
import importlib.util
import sys

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .conftest import ROOT


def load_plugin_package(name="milieu_atlas"):
    """Imports the checkout's root __init__.py as a package, the way QGIS imports a plugin folder."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "__init__.py",
                                                  submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def providers():
    return [p.id() for p in QgsApplication.processingRegistry().providers()].count("milieuatlas")


def test_load_and_unload_twice_leaves_nothing_behind(plugin_iface):
    package = load_plugin_package()
    for _ in range(2):
        plugin = package.classFactory(plugin_iface)
        plugin.initGui()
        assert providers() == 1
        assert QgsApplication.processingRegistry().algorithmById("milieuatlas:segregationindices")
        plugin.action.trigger()  # opens the dock
        assert plugin.dock is not None and not plugin.dock.isHidden()
        plugin.action.trigger()  # hides it again
        assert plugin.dock.isHidden()
        plugin.unload()
        assert providers() == 0
        assert plugin.action is None and plugin.dock is None and plugin.translator is None
    added = [c for c in plugin_iface.recorded if c[0].startswith("add")]
    removed = [c for c in plugin_iface.recorded if c[0].startswith("remove")]
    pairs = {"addToolBarIcon": "removeToolBarIcon", "addPluginToMenu": "removePluginMenu",
             "addDockWidget": "removeDockWidget"}
    assert sorted((pairs[n], id(obj)) for n, obj in added) == sorted((n, id(obj)) for n, obj in removed)
    assert len(added) == 6  # toolbar, menu and dock, twice


@pytest.fixture()
def german_qgis():
    """QGIS set to German in its own settings, as a user would choose it."""
    from qgis.PyQt.QtCore import QSettings

    settings = QSettings()
    before = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    yield
    for key, value in before.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_german_translator_is_installed_and_removed(plugin_iface, german_qgis):
    package = load_plugin_package()
    plugin = package.classFactory(plugin_iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None
        assert plugin.action.text() == QCoreApplication.translate("@default", "Milieu Atlas panel")
        assert plugin.action.text() != "Milieu Atlas panel"
    finally:
        plugin.unload()
    assert QCoreApplication.translate("@default", "Milieu Atlas panel") == "Milieu Atlas panel"
