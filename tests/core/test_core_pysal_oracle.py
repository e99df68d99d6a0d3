"""The core against PySAL `segregation` (test-only oracle, values in data/pysal_oracle_berlin.json,
made by oracle/make_pysal_oracle.py) on Berlin's Planungsraeume, for every code whose definition
matches ours. Not compared, because the definitions differ on purpose (see core/spatial.py):
ACL, RCL, SP, DDXPX, DDXPY (PySAL row-normalises distances and uses 1 - exp(-d)), RCO (PySAL takes
n2 from X), HSPATIAL (PySAL's multigroup SpatialInformationTheory uses libpysal kernel weights)."""
import json
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

from milieu_atlas_plugin.core.catalogue import SpatialContext, compute_indices

FIXTURE = Path(__file__).parent / "data" / "pysal_oracle_berlin.json"


@pytest.fixture(scope="module")
def oracle():
    return json.loads(FIXTURE.read_text())


def _ctx(o):
    n = len(o["total"])
    qi, qj = o["queen"]
    bi, bj, bl = o["boundary"]
    return SpatialContext(
        centroids=np.array(o["centroids"]), areas=np.array(o["areas"]), perimeters=np.array(o["perimeters"]),
        contiguity=sp.csr_matrix((np.ones(len(qi)), (qi, qj)), shape=(n, n)),
        shared_boundary=sp.csr_matrix((bl, (bi, bj)), shape=(n, n)))


ASPATIAL = ["D", "GINI", "H", "A", "XPX", "XPY", "ETA2"]
SPATIAL = ["DELTA", "ACO", "ACE", "RCE", "DADJ", "DW", "DS"]
MULTI = ["MD", "MGINI", "MH", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV", "MM"]


def test_fixture_is_berlin(oracle):
    assert oracle["made_with"]["segregation"].startswith("2.")
    assert len(oracle["units"]) == 540 and oracle["units"][0] == "01100101"


def test_two_group_and_spatial_codes_match_pysal(oracle):
    o = oracle
    rows = compute_indices(np.array(o["total"]), {"mh": np.array(o["mh"])}, codes=ASPATIAL + SPATIAL,
                           spatial=_ctx(o), centre=tuple(o["centre"]))
    got = {r.index: r.value for r in rows}
    for code in ASPATIAL + SPATIAL:
        assert got[code] == pytest.approx(o["values"][code], rel=1e-9, abs=1e-12), code


def test_multigroup_codes_match_pysal(oracle):
    o = oracle
    groups = {k: np.array(o[k]) for k in ("fo", "gmh", "g")}
    rows = compute_indices(np.array(o["total"]), groups, multigroup=True, codes=MULTI)
    got = {r.index: r.value for r in rows}
    for code in MULTI:
        assert got[code] == pytest.approx(o["values"][code], rel=1e-9), code


def test_mean_centre_default_equals_explicit_centre(oracle):
    o = oracle
    args = (np.array(o["total"]), {"mh": np.array(o["mh"])})
    a = compute_indices(*args, codes=["ACE"], spatial=_ctx(o))[0].value
    b = compute_indices(*args, codes=["ACE"], spatial=_ctx(o), centre=tuple(o["centre"]))[0].value
    assert a == pytest.approx(b, rel=1e-12)
