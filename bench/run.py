"""`make bench`: speed and memory against the peers, measured in the same run on this machine.

Each bench module prints its own table (times, ratios, peak memory); targets are in the issues."""
import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MODULES = ["bench_indices", "bench_kernel", "bench_join", "bench_milieus", "bench_typology",
           "bench_monitoring", "bench_postgis", "bench_atlas"]

if __name__ == "__main__":
    wanted = sys.argv[1:] or MODULES
    status = 0
    for name in wanted:
        print(f"\n=== {name} ===", flush=True)
        t0 = time.perf_counter()
        try:
            importlib.import_module(name).main()
        except ModuleNotFoundError as exc:
            print(f"{name}: missing module ({exc})")
            status = 1
        print(f"({name}: {time.perf_counter() - t0:.1f} s in all)", flush=True)
    sys.stdout.flush()
    os._exit(status)
