"""QGIS without a window: one QgsApplication with Processing and the milieuatlas provider.

Used by the command line, the demo and the benchmark; tests use pytest-qgis instead."""
import os
import re
import sys
import tempfile

from .errors import QT_TRANSLATE_NOOP, translated

_APP = None
_TRANSLATOR = None  # the translator of `--lang`, kept alive for the whole process
_PROVIDER = None  # the registry does not keep the Python object alive: we must


def start_qgis(language=None, processing_framework=False, files_only=False, algorithms=None):
    """Starts QGIS once (offscreen) and registers our provider; returns the app. LANGUAGE ('de',
    'en'; None: the QGIS or system language) is the language of help, messages and of sheets whose
    LANGUAGE is auto. Our algorithms run without the Processing plugin (its import and
    initialisation take about half of the start-up); ``processing_framework=True`` initialises it
    as well (for native algorithms).

    ``files_only``: the run reads and writes files only, so QGIS's provider and authentication
    plugins (PostgreSQL, web services; loading the authentication methods alone takes about a
    tenth of a second) are not loaded: files, rasters and memory layers are QGIS core.
    ``algorithms``: register only these ids of the provider (a command-line run: the one it runs)."""
    global _APP, _TRANSLATOR
    if _APP is not None:
        if language:
            from .i18n import set_language

            _TRANSLATOR = set_language(language)
        register_provider(algorithms)
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
    if files_only:
        QgsApplication.setPluginPath(_empty_plugin_dir())
    app = QgsApplication([], False)
    app.initQgis()
    from .i18n import install_translator, set_language

    _TRANSLATOR = set_language(language) if language else install_translator()
    if processing_framework:
        ensure_processing()
    else:
        register_provider(algorithms)
    _APP = app
    return app


def _empty_plugin_dir():
    """A private directory without libraries, as QGIS's plugin path of a files-only run."""
    path = os.path.join(tempfile.gettempdir(), f"milieu-atlas-{os.getuid()}-no-plugins")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


# a parameter value naming a database or web source, or any "provider://uri" (Processing's way of naming
# a layer of a given provider, e.g. delimitedtext://file:///a.csv?delimiter=;), not a plain file: the full
# start with every plugin
_NON_FILE_SOURCE = re.compile(
    r"^\s*([a-z][a-z0-9_]*://|postgres(ql)?:|postgis:|pg:|mssql:|oracle:|hana:|wfs:|wms:|/vsicurl|file:|virtual:)"
    r"|\b(dbname|service|host|authcfg|url|table|query)\s*=", re.IGNORECASE)


def needs_plugins(values):
    """True when a parameter value names a database or web source (see start_qgis's files_only)."""
    stack = list(values)
    while stack:
        v = stack.pop()
        if isinstance(v, (list, tuple)):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, str) and _NON_FILE_SOURCE.search(v):
            return True
    return False


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


def register_provider(algorithms=None):
    """Registers the milieuatlas provider in QGIS's Processing registry (idempotent): with every
    algorithm, or with the ids in `algorithms` only; a later call that needs more re-registers it
    with all of them."""
    global _PROVIDER
    from qgis.core import QgsApplication

    from .processing.provider import ALGORITHMS, MilieuAtlasProvider

    registry = QgsApplication.processingRegistry()
    current = registry.providerById("milieuatlas")
    if current is not None:
        wanted = set(ALGORITHMS) if algorithms is None else set(algorithms) & set(ALGORITHMS)
        if wanted <= {a.name() for a in current.algorithms()}:
            return registry
        registry.removeProvider(current)
        algorithms = None
    _PROVIDER = MilieuAtlasProvider(algorithms)
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
