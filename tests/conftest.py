"""Real QGIS 3.22 through pytest-qgis, offscreen; Processing initialised once with our provider."""
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "XDG_RUNTIME_DIR" not in os.environ:
    _runtime = Path("/tmp") / f"runtime-{os.getuid()}"
    _runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ["XDG_RUNTIME_DIR"] = str(_runtime)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

try:  # tests/core also runs in a venv without QGIS (numpy 2 check): there nothing needs PROJ
    from milieu_atlas_plugin.compat import ensure_proj_data
except ImportError:
    pass
else:
    ensure_proj_data()

SAMPLE = ROOT / "resources" / "sample" / "berlin"
PLR_SHP = SAMPLE / "lor_planungsraeume_2021_shp" / "lor_planungsraeume_2021.shp"
BZR_SHP = SAMPLE / "lor_bezirksregionen_2021_shp" / "lor_bezirksregionen_2021.shp"
T1_2024_PLR = SAMPLE / "berlin-lor-population-2024-02-t1-planning-areas.csv"


@pytest.fixture(scope="session")
def processing_registry(qgis_app):
    """Processing with the milieuatlas provider, as `processing.run` sees it in QGIS."""
    from milieu_atlas_plugin.headless import ensure_processing

    return ensure_processing()


@pytest.fixture(scope="session")
def iface_stubbed(qgis_iface):
    """pytest-qgis' iface lacks some methods a real QGIS has; add no-op recorders for them."""
    from qgis.PyQt.QtWidgets import QMenu

    calls = []

    def recorder(name):
        def method(*args, **kwargs):
            calls.append((name, args))
        return method

    for name in ("removeDockWidget", "removePluginMenu", "addPluginToVectorMenu",
                 "removePluginVectorMenu"):
        if not hasattr(qgis_iface, name):
            setattr(qgis_iface, name, recorder(name))
    menus = {}
    for name in ("pluginHelpMenu", "vectorMenu", "pluginMenu"):
        if not hasattr(qgis_iface, name):
            menus[name] = QMenu(name)
            setattr(qgis_iface, name, lambda n=name: menus[n])
    if not hasattr(qgis_iface, "layerTreeView"):
        qgis_iface.layerTreeView = lambda: None
    qgis_iface.stub_calls = calls
    return qgis_iface


@pytest.fixture()
def plugin_iface(iface_stubbed, processing_registry, monkeypatch):
    """The stub iface recording what a plugin adds and removes, with no other milieuatlas
    provider registered (as in a QGIS where only the plugin provides it); plugin modules loaded
    under the package name `milieu_atlas` are dropped afterwards."""
    from qgis.core import QgsApplication

    from milieu_atlas_plugin import headless

    calls = []
    for name in ("addToolBarIcon", "removeToolBarIcon", "addPluginToMenu", "removePluginMenu",
                 "addDockWidget", "removeDockWidget"):
        monkeypatch.setattr(iface_stubbed, name,
                            lambda *args, _n=name: calls.append((_n, args[-1])), raising=False)
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("milieuatlas")
    if existing is not None:
        registry.removeProvider(existing)
        headless._PROVIDER = None
    iface_stubbed.recorded = calls
    yield iface_stubbed
    for name in [m for m in sys.modules if m == "milieu_atlas" or m.startswith("milieu_atlas.")]:
        del sys.modules[name]
    headless.ensure_processing()


@pytest.fixture(scope="session", autouse=True)
def _release_layers_before_qgis_exits(request):
    """A layer that outlives exitQgis crashes the interpreter's shutdown (exit code 139 although
    every test passed). Tests can keep one alive without meaning to: an exception caught with
    pytest.raises holds the traceback of a processing.run that failed, and with it the frames of
    the test and their layers. At the end of the session every layer Python still owns is
    destroyed while QGIS still runs. (tests/core also runs where QGIS is absent: nothing to do.)"""
    try:
        import qgis.core  # noqa: F401
    except ImportError:
        yield
        return
    request.getfixturevalue("qgis_app")  # torn down after this fixture: QGIS still runs below
    yield
    import gc

    from qgis.core import QgsMapLayer
    from qgis.PyQt import sip

    gc.collect()
    for obj in gc.get_objects():
        if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
            sip.delete(obj)
