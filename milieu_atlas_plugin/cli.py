"""`python3 -m milieu_atlas_plugin list | help ALG | run ALG -- NAME=VALUE ...` (qgis_process syntax).

Results go to stdout as one JSON object, progress and messages to stderr; exit 1 with a one-line
reason on bad input; Ctrl-C cancels the run (its checks come within a second), removes whatever
it had begun to write, prints "Cancelled" ("Abgebrochen") and exits 130."""
import json
import os
import signal
import sys
import threading

from .errors import QT_TRANSLATE_NOOP, translated

EXIT_CANCELLED = 130

USAGE = """usage: python3 -m milieu_atlas_plugin [--lang de|en] list
       python3 -m milieu_atlas_plugin [--lang de|en] help ALGORITHM
       python3 -m milieu_atlas_plugin [--lang de|en] run ALGORITHM -- NAME=VALUE [NAME=VALUE ...]
A parameter that takes several values is repeated (GROUP_FIELDS=a GROUP_FIELDS=b).
--lang de: help, messages and sheet texts in German (default: the QGIS or system language)."""


def split_language(argv):
    """(language or None, the other arguments) from `--lang xx` / `--lang=xx` before the command."""
    language, rest = None, list(argv)
    while rest and rest[0].startswith("--lang"):
        head = rest.pop(0)
        if head.startswith("--lang="):
            language = head.split("=", 1)[1]
        elif head == "--lang" and rest:
            language = rest.pop(0)
        else:
            raise UsageError(USAGE)
        if language not in ("de", "en"):
            raise UsageError(f"--lang takes de or en, not '{language}'")
    return language, rest


class UsageError(Exception):
    pass


def parse_assignments(args):
    """NAME=VALUE pairs → dict; a repeated NAME becomes a list in the given order."""
    params = {}
    for arg in args:
        if "=" not in arg:
            raise UsageError(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "expected NAME=VALUE, got '{arg}'"),
                                        arg=arg))
        name, value = arg.split("=", 1)
        if name in params:
            prev = params[name]
            params[name] = (prev if isinstance(prev, list) else [prev]) + [value]
        else:
            params[name] = value
    return params


def _jsonable(value):
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _feedback_class():
    from .headless import recording_feedback_class

    class StderrFeedback(recording_feedback_class()):
        """Progress and messages to stderr."""

        def __init__(self):
            super().__init__()
            self._last = -10
            self.progressChanged.connect(self._progress)

        def _progress(self, value):
            if value >= self._last + 10 or value >= 100:
                self._last = value
                print(f"{value:.0f}%", file=sys.stderr, flush=True)

        def setProgressText(self, text):  # noqa: N802
            print(text, file=sys.stderr, flush=True)

        def pushInfo(self, info):  # noqa: N802
            print(info, file=sys.stderr, flush=True)

        def pushWarning(self, warning):  # noqa: N802
            print(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Warning: {message}"), message=warning),
                  file=sys.stderr, flush=True)

        def pushCommandInfo(self, info):  # noqa: N802
            print(info, file=sys.stderr, flush=True)

        def pushDebugInfo(self, info):  # noqa: N802
            pass

        def pushConsoleInfo(self, info):  # noqa: N802
            print(info, file=sys.stderr, flush=True)

    return StderrFeedback


def _algorithm(alg_id):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    if alg is None or not alg_id.startswith("milieuatlas:"):
        raise UsageError(translated(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "unknown algorithm '{alg}' (see: python3 -m milieu_atlas_plugin list)"), alg=alg_id))
    return alg


def cmd_list():
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("milieuatlas")
    for alg in sorted(provider.algorithms(), key=lambda a: a.id()):
        print(alg.id())
    return 0


def cmd_help(alg_id):
    alg = _algorithm(alg_id)
    print(f"{alg.id()}: {alg.displayName()}")
    text = alg.helpText() if hasattr(alg, "helpText") else alg.shortHelpString()
    if text:
        print()
        print(text)
    print("\nParameters:")
    for p in alg.parameterDefinitions():
        if p.isDestination():
            continue
        opt = " (optional)" if p.flags() & p.FlagOptional else ""
        line = f"  {p.name()}: {p.description()} [{p.type()}]{opt}"
        if p.defaultValue() is not None:
            line += f" default={p.defaultValue()}"
        print(line)
        if p.type() == "enum":
            print("      values: " + ", ".join(_enum_values(p)))
    print("\nOutputs:")
    for p in alg.parameterDefinitions():
        if p.isDestination():
            print(f"  {p.name()}: {p.description()} [{p.type()}]")
    return 0


def _enum_values(param):
    if hasattr(param, "usesStaticStrings") and param.usesStaticStrings():
        return list(param.options())
    return [f"{i}={o}" for i, o in enumerate(param.options())]


class _Interrupts:
    """Ctrl-C without KeyboardInterrupt: SIGINT is blocked in every thread (set before QGIS
    starts its threads, which inherit the mask) and taken by one waiting thread, which cancels
    the running algorithm's feedback — also while the main thread is inside QGIS (a PDF export
    checks its feedback per page). Before or after a run, and on a second Ctrl-C, the process
    ends at once with 130 after removing the run's temporary files."""

    def __init__(self):
        self.feedback = None
        self.requested = False
        self.installed = False

    def install(self):
        if threading.current_thread() is not threading.main_thread() or \
                not hasattr(signal, "pthread_sigmask"):
            return
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        threading.Thread(target=self._wait, name="milieu-atlas-sigint", daemon=True).start()
        self.installed = True

    def _wait(self):
        while True:
            signal.sigwait({signal.SIGINT})
            feedback, first = self.feedback, not self.requested
            self.requested = True
            if feedback is not None and first:
                feedback.cancel()
                continue
            from . import files

            files.discard_all()
            print(_cancelled_text(), file=sys.stderr, flush=True)
            os._exit(EXIT_CANCELLED)


_INTERRUPTS = _Interrupts()


def _cancelled_text():
    """'Cancelled', in German ('Abgebrochen') when QGIS or the system speaks German."""
    try:
        from .i18n import install_translator, tr, user_locale

        translator = install_translator(user_locale())  # the process ends right after this
        text = tr("Cancelled")
        del translator  # (kept alive until here: a collected QTranslator uninstalls itself)
        return text
    except Exception:  # noqa: BLE001 - before QGIS is up
        return "Cancelled"


def cmd_run(alg_id, assignments):
    from .headless import AlgorithmFailed, run_algorithm

    alg = _algorithm(alg_id)
    params = parse_assignments(assignments)
    known = {p.name() for p in alg.parameterDefinitions()}
    unknown = sorted(set(params) - known)
    if unknown:
        raise UsageError(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "{alg} has no parameter {unknown}; known: {known}"),
                                    alg=alg_id, unknown=", ".join(unknown), known=", ".join(sorted(known))))
    feedback = _feedback_class()()
    _INTERRUPTS.feedback = feedback
    if _INTERRUPTS.requested:
        feedback.cancel()
    try:
        results = run_algorithm(alg_id, params, feedback)
    except AlgorithmFailed as exc:
        if feedback.isCanceled():
            return _cancelled()
        raise UsageError(str(exc)) from None
    finally:
        _INTERRUPTS.feedback = None
    if feedback.isCanceled():
        return _cancelled()
    print(json.dumps(_jsonable(results), ensure_ascii=False))
    return 0


def _start_plan(command, rest):
    """What QGIS must load for this command: the provider and authentication plugins only when a
    parameter names a database or web source; only the algorithm that is run or explained."""
    from .headless import needs_plugins

    ids = None
    if command in ("run", "help") and rest and rest[0].startswith("milieuatlas:"):
        ids = [rest[0].split(":", 1)[1]]
    values = []
    if command == "run" and rest:
        tail = rest[1:]
        if tail and tail[0] == "--":
            tail = tail[1:]
        try:
            values = list(parse_assignments(tail).values())
        except UsageError:
            return {"algorithms": ids}  # reported after the start, in the user's language
    return {"files_only": not needs_plugins(values), "algorithms": ids}


def _cancelled():
    print(_cancelled_text(), file=sys.stderr, flush=True)
    return EXIT_CANCELLED


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        language, argv = split_language(argv)
    except UsageError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 1
    _INTERRUPTS.install()
    from .headless import start_qgis

    command, rest = argv[0], argv[1:]
    start_qgis(language, **_start_plan(command, rest))
    try:
        if command == "list":
            return cmd_list()
        if command == "help" and len(rest) == 1:
            return cmd_help(rest[0])
        if command == "run" and rest:
            alg_id, tail = rest[0], rest[1:]
            if tail and tail[0] == "--":
                tail = tail[1:]
            return cmd_run(alg_id, tail)
        raise UsageError(USAGE)
    except UsageError as exc:
        print(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "Error: {message}"), message=str(exc)), file=sys.stderr)
        return 1

