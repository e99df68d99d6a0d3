"""Local statistics against PySAL `esda` (test-only oracle, data/esda_oracle_berlin.json, made by
oracle/make_esda_oracle.py) on the share with migration background of Berlin's Planungsräume,
with the same queen neighbours. The statistics are deterministic and must agree; the permutation
p-values are random draws on both sides and are not compared."""
import json
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from milieu_atlas_plugin.core.local import getis_ord_gstar, global_moran, local_measures, local_moran

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def berlin():
    o = json.loads((DATA / "pysal_oracle_berlin.json").read_text())
    e = json.loads((DATA / "esda_oracle_berlin.json").read_text())
    n = len(o["total"])
    qi, qj = o["queen"]
    W = sp.csr_matrix((np.ones(len(qi)), (qi, qj)), shape=(n, n))
    return np.array(o["total"], float), np.array(o["mh"], float), W, e


def esda_to_anselin(values):
    """esda scales local Moran by the sample variance (n - 1); Anselin (1995), and this core, by
    m2 = sum z^2 / n. The two differ by exactly n / (n - 1); classes and p-values do not."""
    values = np.asarray(values)
    n = values.size
    return values * n / (n - 1)


def test_local_moran_matches_esda(berlin):
    t, x, W, e = berlin
    I, _, _ = local_moran(x / t, W, permutations=0)
    assert I == pytest.approx(esda_to_anselin(e["local_moran_I"]), rel=1e-9, abs=1e-12)


def test_gstar_z_matches_esda(berlin):
    t, x, W, e = berlin
    z, _ = getis_ord_gstar(x / t, W, permutations=0)
    assert z == pytest.approx(np.array(e["gstar_z"]), rel=1e-9, abs=1e-12)


def test_global_moran_matches_esda(berlin):
    t, x, W, e = berlin
    I, _ = global_moran(x / t, W, permutations=0)
    assert I == pytest.approx(e["global_moran_I"], rel=1e-12)
    assert I > 0.5  # shares of residents with migration background cluster strongly in Berlin


def test_local_measures_entry_point_gives_the_same_statistics(berlin):
    t, x, W, e = berlin
    out = local_measures(t, {"mh": x}, neighbours=W, permutations=99, seed=3)
    assert out["mh_lisa_i"] == pytest.approx(esda_to_anselin(e["local_moran_I"]), rel=1e-9,
                                             abs=1e-12)
    assert out["mh_gistar_z"] == pytest.approx(np.array(e["gstar_z"]), rel=1e-9, abs=1e-12)
    # a significant HH unit has an above-average share and above-average neighbours
    hh = out["mh_lisa"] == "HH"
    p = x / t
    assert hh.any() and (p[hh] > p.mean()).all()
