"""QGIS without a window: one QgsApplication with Processing and the milieuatlas provider.

Used by the command line, the demo and the benchmark; tests use pytest-qgis instead."""
import os
import sys
import tempfile

from .errors import QT_TRANSLATE_NOOP, translated

_APP = None
_TRANSLATOR = None  # the translator of `--lang`, kept alive for the whole process
_PROVIDER = None  # the registry does not keep the Python object alive: we must


def start_qgis(language=None, processing_framework=False):
    """Starts QGIS once (offscreen) and registers our provider; returns the app. LANGUAGE ('de',
    'en'; None: the QGIS or system language) is the language of help, messages and of sheets whose
    LANGUAGE is auto. Our algorithms run without the Processing plugin (its import and
    initialisation take about half of the start-up); ``processing_framework=True`` initialises it
    as well (for native algorithms)."""
    global _APP, _TRANSLATOR
    if _APP is not None:
        if language:
            from .i18n import set_language

            _TRANSLATOR = set_language(language)
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _import_qgis_core_without_gui()
    from .compat import ensure_proj_data

    ensure_proj_data()
    if "XDG_RUNTIME_DIR" not in os.environ:  # Qt warns on stderr without one
        runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from .i18n import install_translator, set_language

    _TRANSLATOR = set_language(language) if language else install_translator()
    if processing_framework:
        ensure_processing()
    else:
        register_provider()
    _APP = app
    return app


def _import_qgis_core_without_gui():
    """Imports qgis.core without qgis.gui: the `qgis` package imports qgis.gui (about a fifth of a
    second, a third of the start-up) only to alias its widgets for Qt Designer files, inside a
    try/except ImportError. Without a window nothing needs it; a later `import qgis.gui` (e.g.
    by Processing) still imports it as usual."""
    if "qgis" in sys.modules or "qgis.gui" in sys.modules:
        return
    sys.modules["qgis.gui"] = None  # makes `import qgis.gui` raise ImportError in qgis/__init__
    try:
        import qgis.core  # noqa: F401
    finally:
        if sys.modules.get("qgis.gui", 0) is None:
            del sys.modules["qgis.gui"]


def ensure_processing():
    """Initialises the Processing framework and registers the milieuatlas provider (idempotent)."""
    plugins = "/usr/share/qgis/python/plugins"
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    return register_provider()


def register_provider():
    """Registers the milieuatlas provider in QGIS's Processing registry (idempotent)."""
    global _PROVIDER
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("milieuatlas") is None:
        from .processing.provider import MilieuAtlasProvider

        _PROVIDER = MilieuAtlasProvider()
        registry.addProvider(_PROVIDER)
    return registry


class AlgorithmFailed(Exception):
    """An algorithm reported an error; the message is the algorithm's own, on one line."""


def recording_feedback_class():
    """QgsProcessingFeedback that keeps the errors an algorithm reports (for one-line messages)."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.errors.append(error)

    return RecordingFeedback


def recording_feedback():
    return recording_feedback_class()()


def run_algorithm(alg_id, params, feedback=None):
    """Runs a registered algorithm as qgis_process would; returns its results dict."""
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    if alg is None:
        raise AlgorithmFailed(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "unknown algorithm '{alg}'"), alg=alg_id))
    context = QgsProcessingContext()
    ok, message = alg.checkParameterValues(params, context)
    if not ok:
        raise AlgorithmFailed(message)
    feedback = feedback if feedback is not None else recording_feedback()
    results, ok = alg.run(params, context, feedback)
    if not ok:
        errors = getattr(feedback, "errors", [])
        reason = errors[-1] if errors else translated(QT_TRANSLATE_NOOP("MilieuAtlas", "{alg} failed"), alg=alg_id)
        raise AlgorithmFailed(" ".join(str(reason).split()))
    return results
