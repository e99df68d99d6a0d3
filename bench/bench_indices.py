"""Speed and memory of the segregation core (issue 4 targets); `make bench` calls main().

Targets, each run in a fresh child process so its peak memory (max RSS) is its own:
1. aspatial two-group suite (D GINI H A XPX XPY ETA2) + multigroup suite (MD MGINI MH MM MNE MSCV
   MRD MSC MSI MDIV) on 100,000 synthetic units: >= 10x faster than PySAL segregation;
2. 999 permutations of D (random allocation keeping unit totals) on 10,000 units: < 1 s;
3. distance-decay and kernel indices (ACL RCL SP DDXPX DDXPY HSPATIAL) on 100,000 units: < 10 s and
   < 2 GB. Units are spread over a 600 km x 600 km region (about Germany's extent: e.g. all
   statistical blocks of a federal country); the exp(-d/1 km) kernel is cut at 13.8 km (< 1e-6).

PySAL is a test-only tool, not a dependency: it is used when `segregation` imports in this
interpreter, or through the interpreter named by the environment variable MILIEU_PYSAL_PYTHON
(a separate venv, since segregation needs shapely >= 2). PySAL is timed per index class for the
codes whose definitions match ours (its batch_compute_* functions also run simulation-based
indices we do not have, and its MultiGini/spatial indices build dense n x n matrices: 80 GB at
n = 100,000, so those are reported as not run).
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

N_ASPATIAL = 100_000
N_PERM_UNITS = 10_000
PERMUTATIONS = 999
N_SPATIAL = 100_000
GROUPS = 4
MG_REPEATS = 7
# the multigroup codes PySAL computes at n = 100,000 (its MultiGini builds an n x n matrix)
MG_CODES = ["MD", "MH", "MM", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV"]


def _best(fn, repeats=MG_REPEATS):
    """(best time in s, last result) of ``repeats`` calls."""
    best, res = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        res = fn()
        best = min(best, time.perf_counter() - t0)
    return best, res


def synthetic(n, groups=GROUPS, seed=42):
    rng = np.random.default_rng(seed)
    t = rng.integers(50, 3000, n).astype(float)
    # spatially structured shares: a smooth field plus noise
    xy = rng.uniform(0, 600_000, (n, 2))
    base = 0.5 + 0.4 * np.sin(xy[:, 0] / 40_000) * np.cos(xy[:, 1] / 55_000)
    shares = np.column_stack([np.clip(base * (k + 1) / groups + rng.normal(0, 0.05, n), 0.01, 1)
                              for k in range(groups)])
    shares /= shares.sum(axis=1, keepdims=True)
    counts = np.floor(shares * t[:, None])
    counts[:, -1] = t - counts[:, :-1].sum(axis=1)
    return t, counts, xy


def _child(target, queue):
    try:
        t0 = time.perf_counter()
        extra = target()
        elapsed = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # MB (Linux: kB)
        queue.put({"seconds": elapsed, "peak_mb": rss, **(extra or {})})
    except Exception as exc:  # pragma: no cover - reported, not raised
        queue.put({"error": f"{type(exc).__name__}: {exc}"})


def _run(target):
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(target, q))
    p.start()
    res = q.get()
    p.join()
    return res


def ours_aspatial():
    from milieu_atlas_plugin.core.catalogue import compute_indices

    t, counts, _ = synthetic(N_ASPATIAL)
    # one contiguous array per field, as the Processing algorithms hand them over (read per field)
    groups = {f"g{k}": np.ascontiguousarray(counts[:, k]) for k in range(GROUPS)}
    t0 = time.perf_counter()
    two = compute_indices(t, {"g0": counts[:, 0]})
    t_two = time.perf_counter() - t0
    # multigroup: best of MG_REPEATS (PySAL's side likewise), the public entry point
    # (input checks + partition + all codes) and the one-pass kernel multigroup.suite alone
    from milieu_atlas_plugin.core import multigroup as mg

    all10 = ["MD", "MGINI", "MH", "MM", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV"]
    t_multi, multi = _best(lambda: compute_indices(t, groups, multigroup=True, codes=all10))
    t_multi_nogini, _ = _best(lambda: compute_indices(t, groups, multigroup=True, codes=MG_CODES))
    part = np.ascontiguousarray(counts.T).T  # group-major, as compute_indices stores it
    t_kernel, _ = _best(lambda: mg.suite(part, MG_CODES))
    return {"two_group_s": t_two, "multigroup_s": t_multi, "multigroup_nogini_s": t_multi_nogini,
            "multigroup_kernel_s": t_kernel, "values": {r.index: r.value for r in two + multi}}


def ours_permutations():
    from milieu_atlas_plugin.core.catalogue import compute_indices

    t, counts, _ = synthetic(N_PERM_UNITS)
    t0 = time.perf_counter()  # the computation only (not imports and data generation)
    row = compute_indices(t, {"g0": counts[:, 0]}, codes=["D"], permutations=PERMUTATIONS, bootstrap=0, seed=1)[0]
    return {"seconds": time.perf_counter() - t0, "D": row.value, "expected": row.expected, "p": row.p_value}


def ours_spatial():
    import scipy.sparse as sp

    from milieu_atlas_plugin.core.catalogue import SpatialContext, compute_indices

    t, counts, xy = synthetic(N_SPATIAL)
    n = len(t)
    empty = sp.csr_matrix((n, n))
    ctx = SpatialContext(xy, np.full(n, 1e6), np.full(n, 4000.0), empty, empty)
    t0 = time.perf_counter()  # kernel construction and all six indices, not data generation
    rows = compute_indices(t, {"g0": counts[:, 0]}, spatial=ctx,
                           codes=["ACL", "RCL", "SP", "DDXPX", "DDXPY", "HSPATIAL"], bandwidth=5000.0)
    return {"seconds": time.perf_counter() - t0, "values": {r.index: r.value for r in rows}}


PYSAL_SCRIPT = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import numpy as np, pandas as pd
from segregation import singlegroup as S, multigroup as M
from segregation.inference import SingleValueTest
d = np.load(sys.argv[1]); what = sys.argv[2]
t, counts = d["t"], d["counts"]
out = {}
if what == "aspatial":
    df = pd.DataFrame({"x": counts[:, 0], "t": t})
    t0 = time.perf_counter(); vals = {}
    for code, cls in [("D", S.Dissim), ("GINI", S.Gini), ("H", S.Entropy), ("A", S.Atkinson),
                      ("XPX", S.Isolation), ("XPY", S.Interaction), ("ETA2", S.CorrelationR)]:
        vals[code] = float(cls(df, "x", "t").statistic)
    out["two_group_s"] = time.perf_counter() - t0
    groups = [f"g{k}" for k in range(counts.shape[1])]
    mdf = pd.DataFrame(counts, columns=groups)
    best = float("inf")
    for _ in range(int(sys.argv[3])):  # best of several repeats, as on our side
        t0 = time.perf_counter()
        for code, cls in [("MD", M.MultiDissim), ("MH", M.MultiInfoTheory), ("MM", M.MultiDivergence),
                          ("MNE", M.MultiNormExposure), ("MSCV", M.MultiSquaredCoefVar),
                          ("MRD", M.MultiRelativeDiversity), ("MSC", M.SimpsonsConcentration),
                          ("MSI", M.SimpsonsInteraction), ("MDIV", M.MultiDiversity)]:
            vals[code] = float(cls(mdf, groups=groups).statistic)
        best = min(best, time.perf_counter() - t0)
    out["multigroup_s"] = best
    out["values"] = vals
elif what == "perm":
    df = pd.DataFrame({"x": counts[:, 0], "t": t})
    t0 = time.perf_counter()
    SingleValueTest(S.Dissim(df, "x", "t"), iterations_under_null=int(sys.argv[3]),
                    null_approach="systematic", n_jobs=1)
    out["seconds"] = time.perf_counter() - t0
print(json.dumps(out))
"""


def _pysal(what, n, extra=()):
    """Time PySAL in this interpreter or in MILIEU_PYSAL_PYTHON; None with a reason if missing."""
    exe = os.environ.get("MILIEU_PYSAL_PYTHON")
    if not exe:
        try:
            import segregation  # noqa: F401

            exe = sys.executable
        except ImportError:
            return None, "PySAL segregation missing (pip install segregation, or set MILIEU_PYSAL_PYTHON)"
    t, counts, _ = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.npz"
        script = Path(tmp) / "pysal_bench.py"
        np.savez(data, t=t, counts=counts)
        script.write_text(PYSAL_SCRIPT)
        proc = subprocess.run([exe, str(script), str(data), what, *map(str, extra)],
                              capture_output=True, text=True, timeout=3600)
    if proc.returncode != 0:
        return None, "PySAL failed: " + proc.stderr.strip().splitlines()[-1] if proc.stderr else "PySAL failed"
    return json.loads(proc.stdout.strip().splitlines()[-1]), ""


def main():
    print("Milieu Atlas segregation core benchmark")
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, {os.cpu_count()} CPU(s)")
    ok = True

    # 1. aspatial suites
    ours = _run(ours_aspatial)
    if "error" in ours:
        print(f"[1] aspatial suite on {N_ASPATIAL:,} units: ERROR {ours['error']}")
        ok = False
    else:
        ref, why = _pysal("aspatial", N_ASPATIAL, (MG_REPEATS,))
        print(f"[1] aspatial suite on {N_ASPATIAL:,} units (ours: process peak {ours['peak_mb']:.0f} MB)")
        line = f"    two-group D GINI H A XPX XPY ETA2: ours {ours['two_group_s']:.3f} s"
        if ref:
            line += f", PySAL {ref['two_group_s']:.3f} s, ratio {ref['two_group_s'] / ours['two_group_s']:.1f}x (target >= 10x)"
        else:
            line += f"; {why}"
        print(line)
        # multigroup: the same 9 codes on both sides, best of MG_REPEATS each
        line = (f"    multigroup ({GROUPS} groups) {' '.join(MG_CODES)}, best of {MG_REPEATS}: "
                f"ours compute_indices {ours['multigroup_nogini_s'] * 1e3:.1f} ms "
                f"(of which the kernel multigroup.suite {ours['multigroup_kernel_s'] * 1e3:.1f} ms)")
        if ref:
            line += (f", PySAL {ref['multigroup_s'] * 1e3:.1f} ms; ratio {ref['multigroup_s'] / ours['multigroup_nogini_s']:.1f}x "
                     f"end to end (target >= 10x), {ref['multigroup_s'] / ours['multigroup_kernel_s']:.1f}x kernel")
        else:
            line += f"; {why}"
        print(line)
        print(f"    with MGINI (10 codes): ours {ours['multigroup_s'] * 1e3:.1f} ms; PySAL not run for MGINI "
              "(its MultiGini builds an n x n matrix: 80 GB here)")
        if ref:
            worst = max(abs(ours["values"][k] - v) for k, v in ref["values"].items())
            print(f"    values equal to PySAL's: max |difference| {worst:.2e} over {len(ref['values'])} codes")

    # 2. permutations
    ours = _run(ours_permutations)
    if "error" in ours:
        print(f"[2] permutations: ERROR {ours['error']}")
        ok = False
    else:
        ref, why = _pysal("perm", N_PERM_UNITS, (PERMUTATIONS,))
        line = (f"[2] {PERMUTATIONS} permutations of D on {N_PERM_UNITS:,} units: ours {ours['seconds']:.3f} s "
                f"(target < 1 s), peak {ours['peak_mb']:.0f} MB; D {ours['D']:.4f}, expected {ours['expected']:.4f}")
        if ref:
            line += f"; PySAL SingleValueTest {ref['seconds']:.2f} s, ratio {ref['seconds'] / ours['seconds']:.1f}x"
        else:
            line += f"; {why}"
        print(line)

    # 3. distance decay and kernel indices
    ours = _run(ours_spatial)
    if "error" in ours:
        print(f"[3] spatial kernel indices: ERROR {ours['error']}")
        ok = False
    else:
        print(f"[3] ACL RCL SP DDXPX DDXPY HSPATIAL(5 km biweight) on {N_SPATIAL:,} units: ours "
              f"{ours['seconds']:.2f} s (target < 10 s), process peak {ours['peak_mb']:.0f} MB (target < 2048 MB); "
              "PySAL not run: it builds dense n x n distance matrices (80 GB each at this n)")
        print("    values: " + ", ".join(f"{k} {v:.4f}" for k, v in ours["values"].items()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
