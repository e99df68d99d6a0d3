"""Generate tests/core/data/esda_oracle_berlin.json: PySAL `esda` local statistics on Berlin data.

Test-only oracle, NOT a runtime dependency (same separate venv as make_pysal_oracle.py, plus esda):

    .venv-pysal/bin/pip install esda
    .venv-pysal/bin/python tests/core/oracle/make_esda_oracle.py

Input: the share of residents with migration background on the 540 populated Planungsraeume and the
queen pairs stored in pysal_oracle_berlin.json (so both sides use the same neighbours). Stored:
local Moran I_i (esda.Moran_Local, row-standardised W), Gi* z values (esda.G_Local, star=True,
binary weights incl. the unit itself; analytical z) and global Moran's I (row-standardised).
Permutation p-values are random draws and are not compared; the statistics are deterministic.
"""
import json
from pathlib import Path

import esda
import libpysal
import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def main():
    o = json.loads((DATA / "pysal_oracle_berlin.json").read_text())
    t = np.array(o["total"], float)
    x = np.array(o["mh"], float)
    p = x / t
    n = len(p)
    qi, qj = o["queen"]
    neighbours = {i: [] for i in range(n)}
    for a, b in zip(qi, qj):
        neighbours[a].append(b)
    w = libpysal.weights.W(neighbours, silence_warnings=True)
    w.transform = "r"
    local = esda.Moran_Local(p, w, permutations=0)
    moran = esda.Moran(p, w, permutations=0)
    wb = libpysal.weights.W(neighbours, silence_warnings=True)
    wb.transform = "b"
    g = esda.G_Local(p, wb, transform="B", star=True, permutations=0)
    out = {
        "made_with": {"esda": esda.__version__, "libpysal": libpysal.__version__,
                      "numpy": np.__version__},
        "local_moran_I": local.Is.tolist(),
        "gstar_z": np.asarray(g.Zs).tolist(),
        "global_moran_I": float(moran.I),
    }
    (DATA / "esda_oracle_berlin.json").write_text(json.dumps(out))
    print("wrote", DATA / "esda_oracle_berlin.json", {k: v for k, v in out.items() if k == "made_with"})


if __name__ == "__main__":
    main()
