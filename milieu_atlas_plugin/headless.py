"""QGIS without a window: one QgsApplication with Processing and the milieuatlas provider.

Used by the command line, the demo and the benchmark; tests use pytest-qgis instead."""
import os
import sys

_APP = None


def start_qgis():
    """Starts QGIS once (offscreen) and registers Processing and our provider; returns the app."""
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    ensure_processing()
    _APP = app
    return app


def ensure_processing():
    """Initialises the Processing framework and registers the milieuatlas provider (idempotent)."""
    from qgis.core import QgsApplication

    plugins = "/usr/share/qgis/python/plugins"
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("milieuatlas") is None:
        from .processing.provider import MilieuAtlasProvider

        registry.addProvider(MilieuAtlasProvider())
    return registry
