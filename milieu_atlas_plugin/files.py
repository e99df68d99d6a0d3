"""Outputs are complete or absent: written beside their target under a temporary name, then renamed.

One write path for every algorithm (used by processing/base.py, no per-algorithm code needed):

* ``OutputRun`` — the outputs of one algorithm run. ``check_destination`` refuses, before anything
  is computed, a destination that is a folder, lies in a missing or read-only folder, has an
  unsupported extension, is the same file as an input (resolved path or inode; shapefile
  sidecars and ``file.gpkg|layername=`` sources included) or the same file as another output of
  the run. ``stage_dir(final)`` gives a hidden temporary folder beside ``final`` to write it in
  (so the file keeps its own name: a GeoPackage's layer name is the file's base name);
  ``commit()`` moves every staged file into place once the whole run succeeded; ``discard()``
  removes whatever is left (failure, KeyboardInterrupt, cancel).
* ``temp_beside(final, suffix)`` / ``publish(tmp, final)`` — for code that writes a file itself
  (PDF, PNG, rasters). Outside a run they rename at once, as always. Inside a run (any
  ``MilieuAlgorithm``) ``temp_beside`` registers the temporary file for removal and ``publish``
  only records the move: the file appears at ``final`` when the run commits, together with
  every other output, after ``run_checked`` returned.
"""
import os
import shutil
import tempfile
import threading

from .errors import InputError, QT_TRANSLATE_NOOP

SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".shp.xml")
_LOCAL = threading.local()
COMMON = ("gpkg", "shp", "csv", "xlsx", "geojson", "fgb", "tif", "pdf", "png", "svg")  # named in messages
_ACTIVE = set()  # every run in progress, in any thread (for a hard exit on a second Ctrl-C)


def discard_all():
    """Removes the temporary files of every run in progress."""
    for run in list(_ACTIVE):
        run.discard()


def current_run():
    """The OutputRun of the algorithm running in this thread, or None."""
    return getattr(_LOCAL, "run", None)


def begin_run(run):
    previous = current_run()
    _LOCAL.run = run
    _ACTIVE.add(run)
    return previous


def end_run(previous):
    run = current_run()
    _ACTIVE.discard(run)
    _LOCAL.run = previous


def temp_beside(final_path, suffix):
    """A new empty file in the target's folder, hidden by a leading dot."""
    folder = os.path.dirname(os.path.abspath(final_path)) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(final_path) + ".",
                               suffix=".part" + suffix, dir=folder)
    os.close(fd)
    run = current_run()
    if run is not None:
        run.temporary(tmp)
    return tmp


def _rename(tmp, final_path):
    os.makedirs(os.path.dirname(os.path.abspath(final_path)), exist_ok=True)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, final_path)


def publish(tmp, final_path):
    """Renames a finished temporary file onto its target, with the permissions a normally created
    file gets (mkstemp makes it readable by its owner only). Inside a run the rename happens when
    the run commits (which checks every file with :func:`check_complete` first); outside a run the
    file is checked and renamed at once."""
    publish_all([(tmp, final_path)])


def publish_all(pairs):
    """publish() for several files that belong together (a sheet's PDF, PNG and SVG): outside a
    run every file is checked (:func:`check_complete`) before the first one is renamed, so they
    appear together or not at all; inside a run they are staged for the commit, which does the
    same for every output of the run."""
    run = current_run()
    if run is not None:
        for tmp, final_path in pairs:
            run.stage(tmp, final_path)
        return
    for tmp, final_path in pairs:
        check_complete(tmp, final_path)
    for tmp, final_path in pairs:
        _rename(tmp, final_path)


_ENDINGS = {".pdf": (b"%%EOF",), ".png": (b"IEND\xaeB`\x82",), ".svg": (b"</svg>",)}


def check_complete(path, final):
    """Refuses an empty file, and a PDF, PNG or SVG without its closing bytes: writers that do
    not report write errors (Qt's PDF and image writers) leave such files on a full disk."""
    if os.path.isdir(path):
        return
    size = os.path.getsize(path)
    endings = _ENDINGS.get(os.path.splitext(final)[1].lower())
    complete = size > 0
    if complete and endings:
        with open(path, "rb") as fh:
            fh.seek(max(0, size - 1024))
            tail = fh.read().rstrip()
        complete = any(tail.endswith(e) for e in endings)
    if not complete:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "'{final}' could not be written completely (is the disk full?); nothing was written."),
            final=final)


# ------------------------------------------------------------------------------ identity
def plain_path(source):
    """The file behind a layer source or destination ('file.gpkg|layername=x' → 'file.gpkg'), or
    None for what is not a local file (memory:, postgres:, ogr:dbname=..., TEMPORARY_OUTPUT)."""
    if source is None:
        return None
    text = str(source).strip()
    if not text or text == "TEMPORARY_OUTPUT" or text.startswith("memory:"):
        return None
    text = text.split("|", 1)[0]
    if text.startswith("file://"):
        text = text[7:]
    if not os.path.isabs(text) and ":" in text.split(os.sep, 1)[0] and not os.path.exists(text):
        return None  # a provider URI (postgres:, ogr:, wms: ...)
    return os.path.abspath(text)


def family(path):
    """The files that make up `path`: a shapefile with its sidecars, otherwise the file itself."""
    root, ext = os.path.splitext(path)
    if ext.lower() in (".shp", ".dbf", ".shx"):
        return [root + e for e in SIDECARS] + [root + e.upper() for e in SIDECARS]
    return [path]


def _identity(path):
    try:
        st = os.stat(path)
        return ("inode", st.st_dev, st.st_ino)
    except OSError:
        return ("path", os.path.realpath(path))


def same_file(a, b):
    """True when a and b are (or would write) the same file: resolved path or inode, including
    the sidecars of a shapefile."""
    ids = {_identity(p) for p in family(a)}
    return any(_identity(p) in ids for p in family(b))


# ------------------------------------------------------------------------------ one run
class OutputRun:
    """The outputs of one algorithm run (see the module docstring)."""

    def __init__(self, inputs=()):
        self.inputs = [p for p in (plain_path(s) for s in inputs) if p]
        self.destinations = []  # (parameter, path)
        self.staged = []  # (tmp, final)
        self.temps = []  # temporary files and folders to remove unless committed
        self.external = []  # destinations outside the file system (database tables), see discard

    # -- before computing
    def check_destination(self, name, path, folder=False, extensions=None):
        """Refuses a destination that cannot be written or would destroy an input or another
        output; `extensions`: the supported ones (lower case, no dot), None = any."""
        path = os.path.abspath(path)
        shown = f"{name} '{path}'"
        for source in self.inputs:
            if same_file(path, source):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown} is the input file '{source}': choose another name, the input would be "
                    "overwritten."),
                    shown=shown, source=source)
        for other, other_path in self.destinations:
            if same_file(path, other_path):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown} is the same file as {other}: give each output its own file."),
                    shown=shown, other=other)
        if folder:
            if os.path.exists(path) and not os.path.isdir(path):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown} is a file, not a folder: give a folder for the outputs."),
                    shown=shown)
            parent = path if os.path.isdir(path) else os.path.dirname(path)
            if not os.path.isdir(parent):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown}: the folder '{parent}' does not exist."),
                    shown=shown, parent=parent)
            self._probe(name, parent)
        else:
            if os.path.isdir(path):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown} is an existing folder, not a file: give a file name."),
                    shown=shown)
            parent = os.path.dirname(path)
            if not os.path.isdir(parent):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown}: the folder '{parent}' does not exist."),
                    shown=shown, parent=parent)
            ext = os.path.splitext(path)[1].lower().lstrip(".")
            if extensions is not None and ext and ext not in extensions:
                common = [e for e in COMMON if e in extensions] or list(extensions)[:6]
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{shown}: the file type '.{ext}' is not supported here (use {items})."),
                    shown=shown, ext=ext, items=', '.join('.' + e for e in common))
            self._probe(name, parent)
        self.destinations.append((name, path))
        return path

    @staticmethod
    def _probe(name, folder):
        """Creating a file is the only reliable test (root ignores permissions; read-only
        mounts, full disks and ACLs only show when one tries)."""
        try:
            fd, probe = tempfile.mkstemp(prefix=".milieu-atlas-probe.", dir=folder)
            os.close(fd)
            os.remove(probe)
        except OSError as exc:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: cannot write into the folder '{folder}' ({value})."),
                name=name, folder=folder, value=exc.strerror or exc) from None

    def check_not_input(self, path):
        for source in self.inputs:
            if same_file(path, source):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "'{path}' is the input file '{source}': the input would be overwritten."),
                    path=path, source=source)

    # -- while computing
    def temporary(self, path):
        self.temps.append(path)

    def stage_dir(self, final_path):
        """A hidden temporary folder beside `final_path`; write the output in it under its own
        base name, then stage(...) each file written. The folder's name keeps no extension of the
        file ('.table_xlsx.…part', not '.table.xlsx.…'): GDAL reads '/vsizip/' paths up to the first
        '.xlsx' (or .zip, .ods, .kmz) and its XLSX writer then fails to save the file."""
        folder = os.path.dirname(os.path.abspath(final_path))
        tmp = tempfile.mkdtemp(prefix="." + os.path.basename(final_path).replace(".", "_") + ".",
                               suffix=".part", dir=folder)
        self.temps.append(tmp)
        return tmp

    def stage(self, tmp, final_path):
        """Records that the finished file `tmp` goes to `final_path` when the run commits."""
        self.check_not_input(final_path)
        if tmp not in self.temps:
            self.temps.append(tmp)
        self.staged.append((tmp, os.path.abspath(final_path)))

    # -- at the end
    def commit(self):
        """Moves every staged file into place (all outputs are complete by now)."""
        finals = {}
        for tmp, final in self.staged:
            if final in finals:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "Two outputs of this run would be written to '{final}'."),
                    final=final)
            finals[final] = tmp
            if not os.path.exists(tmp):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "The output '{final}' was not written."),
                    final=final)
            check_complete(tmp, final)
        for final in finals:  # sidecars of an older shapefile (.qix, .prj) would describe the new one
            if os.path.splitext(final)[1].lower() == ".shp":
                for stale in family(final)[:len(SIDECARS)]:
                    if stale not in finals and os.path.exists(stale):
                        os.remove(stale)
        for tmp, final in self.staged:
            _rename(tmp, final)
        self.staged = []

    def discard(self):
        """Removes every temporary file and folder of the run that was not committed, and lets
        every external destination (qgis_io/postgis.PgTarget) drop what it staged."""
        for target in self.external:
            target.discard()
        self.external = []
        for path in reversed(self.temps):
            if os.path.isdir(path):
                shutil.rmtree(path, ignore_errors=True)
            elif os.path.lexists(path):
                try:
                    os.remove(path)
                except OSError:
                    pass
        self.temps = []
        self.staged = []


def temp_folder_beside(final_path):
    """A new hidden folder beside `final_path` (a file or folder); removed with the run."""
    folder = os.path.dirname(os.path.abspath(final_path))
    tmp = tempfile.mkdtemp(prefix="." + os.path.basename(final_path) + ".", suffix=".part", dir=folder)
    run = current_run()
    if run is not None:
        run.temporary(tmp)
    return tmp
