"""The robustness harness: run one case, then check the invariants every run must keep.

API (small on purpose; other suites add their cases with it):

``make_districts(folder, name="districts.gpkg", n=4, fields=None, keys=None, layer=None)``
    n×n square districts of 100 m (EPSG:25833) as GeoPackage (``.gpkg``) or shapefile (``.shp``).
    Default fields: ``key`` ('D01'…), ``total`` (100 + 10 i), ``grp`` (7 + 3 i mod 40), ``oth``
    (= total - grp). ``fields`` = {name: [values]} replaces them (type from the first value);
    ``keys`` replaces the key values. Returns the path.
``make_csv(folder, name, header, rows, sep=",")``
    A small UTF-8 CSV table. Returns the path.
``run_case(alg, params, *, inputs, out_dir, exit=0, message=None, outputs=(), via="cli",
           cancel_after_progress=False, cancel_after=None, sigint_after=None, timeout=300)``
    Runs ``milieuatlas:<alg>`` with ``params`` ({NAME: value or list}) either through the
    command line (``via="cli"``: ``python -m milieu_atlas_plugin run ALG -- K=V ...`` as a
    subprocess from the repository root, QT_QPA_PLATFORM=offscreen) or in this process
    (``via="processing"``: ``processing.run``, needs the ``processing_registry`` fixture).
    ``cancel_after_progress`` (processing only): the feedback cancels at the first progress
    report; ``cancel_after`` (processing only): it cancels after that many seconds (from another
    thread, as the Cancel button does). ``sigint_after`` (cli only): SIGINT (Ctrl-C) after
    that many seconds, or, given a string, half a second after it appeared on stderr. ``Run.latency``: seconds from the cancel/SIGINT to the end of the run.
    Then asserts, and returns a ``Run(exit, stdout, stderr, results)``:
      * the exit code is ``exit`` (0 ok, 1 bad input, 130 Ctrl-C; through processing: 0 = the
        run succeeded, 1 = it raised QgsProcessingException, 130 = it was cancelled);
      * ``message`` (a string or a list of strings) occurs in stderr / the error (case-blind);
      * no 'Traceback' in stderr; on failure the error is one line;
      * every file in ``inputs`` (and its shapefile sidecars) is byte-identical afterwards;
      * ``out_dir`` holds, after the run, what it held before plus — only when the run
        succeeded — the files in ``outputs`` (with their sidecars), nothing else: no hidden
        temporary file, no partial output;
      * when successful, every file in ``outputs`` exists and is not empty.
``fill_disk(path, size="64k")``: a context manager mounting a tmpfs of that size on ``path``
    (we run as root in CI) and filling it to the last byte; yields the folder.
``read_only(path)``: a context manager mounting a read-only tmpfs on ``path`` (root ignores
    file permissions, a read-only mount it cannot); yields the folder.
"""
import contextlib
import hashlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIDECARS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")


@dataclass
class Run:
    exit: int
    stdout: str = ""
    stderr: str = ""
    results: dict = field(default_factory=dict)
    latency: float = None


# ------------------------------------------------------------------------------- fixtures
def make_districts(folder, name="districts.gpkg", n=4, fields=None, keys=None, layer=None):
    from osgeo import ogr, osr

    path = Path(folder) / name
    count = n * n
    if fields is None:
        total = [100 + 10 * i for i in range(count)]
        grp = [7 + (3 * i) % 40 for i in range(count)]
        fields = {"total": total, "grp": grp, "oth": [t - g for t, g in zip(total, grp)]}
    keys = keys if keys is not None else [f"D{i + 1:02d}" for i in range(count)]
    driver = ogr.GetDriverByName("GPKG" if path.suffix.lower() == ".gpkg" else "ESRI Shapefile")
    ds = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(25833)
    lyr = ds.CreateLayer(layer or path.stem, srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("key", ogr.OFTString))
    kinds = {}
    for fname, values in fields.items():
        v = values[0]
        kinds[fname] = (ogr.OFTInteger if isinstance(v, (bool, int)) else
                        ogr.OFTReal if isinstance(v, float) else ogr.OFTString)
        lyr.CreateField(ogr.FieldDefn(fname, kinds[fname]))
    defn = lyr.GetLayerDefn()
    x0, y0, s = 390000.0, 5818000.0, 100.0
    for i in range(count):
        r, c = divmod(i, n)
        f = ogr.Feature(defn)
        f.SetField("key", keys[i])
        for fname, values in fields.items():
            if values[i] is not None:
                f.SetField(fname, values[i])
        x, y = x0 + c * s, y0 + r * s
        wkt = f"POLYGON(({x} {y},{x + s} {y},{x + s} {y + s},{x} {y + s},{x} {y}))"
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    return path


def make_csv(folder, name, header, rows, sep=","):
    path = Path(folder) / name
    lines = [sep.join(header)] + [sep.join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------------- invariants
def _with_sidecars(path):
    p = Path(path)
    if p.suffix.lower() == ".shp":
        return [p] + [p.with_suffix(s) for s in SIDECARS if p.with_suffix(s).exists()]
    return [p]


def snapshot(paths):
    """{file: sha256} of the input files and their sidecars (folders: every file below)."""
    out = {}
    for path in paths:
        path = Path(str(path).split("|", 1)[0])
        files = sorted(q for q in path.rglob("*") if q.is_file()) if path.is_dir() else _with_sidecars(path)
        for f in files:
            out[str(f)] = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
    return out


def listing(folder):
    if folder is None or not Path(folder).is_dir():
        return set()
    return {str(p.relative_to(folder)) for p in Path(folder).rglob("*")}


def _as_args(params):
    args = []
    for k, v in params.items():
        for item in (v if isinstance(v, (list, tuple)) else [v]):
            args.append(f"{k}={item}")
    return args


def _run_cli(alg, params, sigint_after, timeout):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "milieu_atlas_plugin", "run", "milieuatlas:" + alg, "--",
           *_as_args(params)]
    if sigint_after is None:
        r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
        return Run(r.returncode, r.stdout, r.stderr)
    import threading

    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    lines, seen = [], threading.Event()
    wait_for = sigint_after if isinstance(sigint_after, str) else None

    def read():
        for line in proc.stderr:
            lines.append(line)
            if wait_for is not None and wait_for in line:
                seen.set()
        seen.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if wait_for is None:
        time.sleep(sigint_after)
    else:
        seen.wait(timeout)
        time.sleep(0.5)
    sent = time.monotonic()
    proc.send_signal(signal.SIGINT)
    out = proc.stdout.read()
    proc.wait(timeout)
    end = time.monotonic()
    reader.join(timeout)
    return Run(proc.returncode, out, "".join(lines), latency=end - sent)


def _run_processing(alg, params, cancel_after_progress, cancel_after=None):
    import threading

    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []
            self.cancel_at = None
            if cancel_after_progress:
                self.progressChanged.connect(self._cancel)

        def _cancel(self, value):
            if not self.isCanceled():
                self.cancel_at = time.monotonic()
                self.cancel()

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.errors.append(error)

    fb = Feedback()
    timer = None
    if cancel_after is not None:
        timer = threading.Timer(cancel_after, fb._cancel, args=(0,))
        timer.start()
    try:
        results = processing.run("milieuatlas:" + alg, dict(params), feedback=fb)
    except QgsProcessingException as exc:
        code = 130 if fb.isCanceled() else 1
        run = Run(code, "", str(exc))
    else:
        run = Run(130 if fb.isCanceled() else 0, "", "\n".join(fb.errors), results)
    if timer is not None:
        timer.cancel()
    if fb.cancel_at is not None:
        run.latency = time.monotonic() - fb.cancel_at
    return run


def run_case(alg, params, *, inputs, out_dir, exit=0, message=None, outputs=(), via="cli",
             cancel_after_progress=False, cancel_after=None, sigint_after=None, timeout=300):
    params = {k: str(v) if isinstance(v, Path) else v for k, v in params.items()}
    before = snapshot(inputs)
    listed = listing(out_dir)
    if via == "cli":
        run = _run_cli(alg, params, sigint_after, timeout)
    else:
        run = _run_processing(alg, params, cancel_after_progress, cancel_after)
    where = f"{alg} {params}\nexit {run.exit}\nstderr:\n{run.stderr}"
    assert run.exit == exit, where
    assert "Traceback" not in run.stderr, where
    if message is not None:
        for fragment in [message] if isinstance(message, str) else message:
            assert fragment.lower() in run.stderr.lower(), f"missing {fragment!r}\n{where}"
    if exit == 1 and via == "cli":
        errors = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
        assert len(errors) == 1, where
    assert snapshot(inputs) == before, f"an input changed\n{where}"
    expected = set(listed)
    if exit == 0:
        for out in outputs:
            for f in _with_sidecars(out):
                assert f.exists() and f.stat().st_size > 0, f"{f} missing or empty\n{where}"
                if out_dir is not None and Path(out_dir) in f.parents:
                    expected.add(str(f.relative_to(out_dir)))
                    expected.update(str(q.relative_to(out_dir)) for q in f.parents
                                    if Path(out_dir) in q.parents)
    after = listing(out_dir)
    assert after == expected, f"left behind: {sorted(after - expected)}, lost: {sorted(expected - after)}\n{where}"
    return run


# ------------------------------------------------------------------------------- full disk
@contextlib.contextmanager
def fill_disk(path, size="64k"):
    """A tmpfs of `size` mounted on `path` and filled completely; unmounted afterwards."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True,
                   capture_output=True)
    try:
        fd = os.open(path / "filler.bin", os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            for chunk in (65536, 4096, 1):
                try:
                    while True:
                        os.write(fd, b"\0" * chunk)
                except OSError:
                    pass
        finally:
            os.close(fd)
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


@contextlib.contextmanager
def read_only(path):
    """A read-only (empty) tmpfs mounted on `path`; unmounted afterwards."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(path)], check=True,
                   capture_output=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)
