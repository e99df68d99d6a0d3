"""Runs a chain of Processing algorithms in the background as one QgsTask.

The task manager deletes a task once it has finished, so the results are handed over through a
callback, called on the main thread from finished(). Exceptions are caught in run() (worker thread)
and reported in finished(), never raised into the task manager."""
import os
import traceback

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
)

from qgis.PyQt.QtCore import pyqtSignal

from ..errors import message_of
from ..i18n import tr
from .settings import LayerInput


class ChainFeedback(QgsProcessingFeedback):
    """Remembers the errors an algorithm reports (QGIS catches QgsProcessingException inside
    alg.run() and only reports its message here)."""

    def __init__(self):
        super().__init__()
        self.errors = []
        self.log = []
        self.layouts = []

    def keep_layout(self, layout, *keep_alive):  # noqa: D401 - see cartography.project_layouts
        """A sheet algorithm hands its finished layout over (with what keeps it valid)."""
        self.layouts.append((layout, keep_alive))

    def reportError(self, error, fatalError=False):  # noqa: N802,N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802
        self.log.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.log.append(warning)
        super().pushWarning(warning)


def open_layer(value):
    """A LayerInput → a layer owned by the calling (worker) thread; anything else unchanged."""
    if isinstance(value, LayerInput):
        if value.layer is not None:
            return value.layer
        if value.kind == "raster":
            layer = QgsRasterLayer(value.source, value.name, value.provider)
        else:
            layer = QgsVectorLayer(value.source, value.name, value.provider)
        if not layer.isValid():
            raise RuntimeError(tr("Could not open layer '{0}' ({1}).").format(value.name, value.source))
        return layer
    if isinstance(value, (list, tuple)):
        return [open_layer(v) for v in value]
    return value


def first_line(text):
    """The one line a user should read: the first line of a message, or, for a Python traceback
    (what QGIS reports when an algorithm raises something other than QgsProcessingException),
    its last line ("ValueError: ...")."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    if not lines:
        return ""
    if any(line.startswith("Traceback (most recent call last)") for line in lines):
        return lines[-1]
    return lines[0]


class AlgorithmChainTask(QgsTask):
    """Runs steps (settings.Step) one after the other; progress is split evenly over the steps.

    on_done(results, error, details) is called on the main thread: results is a list of each
    step's result dict (in order), error None on success, else a one-line message (details: the
    whole of it); cancelled runs report error == AlgorithmChainTask.CANCELLED."""

    CANCELLED = "cancelled"
    # The label of the step that starts (emitted from the worker thread, delivered queued).
    stepStarted = pyqtSignal(str)  # noqa: N815 (Qt naming)

    def __init__(self, description, steps, on_done, run_dir=None):
        super().__init__(description, QgsTask.CanCancel)
        self.steps = list(steps)
        self.on_done = on_done
        self.run_dir = run_dir
        self.results = []
        self.error = None
        self.details = ""
        self.feedback = None
        # Every step's context (and the layers it loaded) lives until the chain ends: a layer freed
        # between steps lets the next step's layer reuse its address, and sip may then hand out
        # the stale wrapper ("wrapped C/C++ object ... has been deleted").
        self._contexts = []

    def cancel(self):
        if self.feedback is not None:
            self.feedback.cancel()
        super().cancel()

    def run(self):
        try:
            if self.run_dir:
                os.makedirs(self.run_dir, exist_ok=True)
            registry = QgsApplication.processingRegistry()
            n = len(self.steps)
            for i, step in enumerate(self.steps):
                if self.isCanceled():
                    self.error = self.CANCELLED
                    return False
                alg = registry.createAlgorithmById(step.alg_id)
                if alg is None:
                    self.error = tr("Algorithm {0} is not available: is the Milieu Atlas "
                                    "provider loaded?").format(step.alg_id)
                    return False
                self.setProgress(100.0 * i / n)
                self.stepStarted.emit(step.label)
                self.feedback = ChainFeedback()
                self.feedback.progressChanged.connect(
                    lambda p, i=i: self.setProgress(100.0 * (i + p / 100.0) / n))
                if self.isCanceled():
                    self.feedback.cancel()
                context = QgsProcessingContext()
                self._contexts.append(context)
                params = {k: open_layer(v) for k, v in step.params.items()}
                ok, message = alg.checkParameterValues(params, context)
                if not ok:
                    self.error = f"{step.alg_id}: {first_line(message)}"
                    self.details = str(message)
                    return False
                results, ok = alg.run(params, context, self.feedback)
                if self.feedback.isCanceled() or self.isCanceled():
                    self.error = self.CANCELLED
                    return False
                if not ok:
                    reason = self.feedback.errors[-1] if self.feedback.errors else tr("failed")
                    self.error = f"{alg.displayName()}: {first_line(reason)}"
                    self.details = "\n".join(self.feedback.errors)
                    return False
                self.results.append(results)
            self.setProgress(100.0)
            return True
        except Exception as exc:  # reported in finished(): a task must not raise
            self.error = first_line(message_of(exc)) or type(exc).__name__
            self.details = traceback.format_exc()
            return False

    def finished(self, result):
        if result:
            error = None
        elif self.error is None and self.isCanceled():
            error = self.CANCELLED
        else:
            error = self.error or tr("The task failed.")
        callback, self.on_done = self.on_done, None
        if callback is not None:
            callback(self.results, error, self.details if error else "")
        self._contexts = []
