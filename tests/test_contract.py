"""The shared contract checker (../shared/tools/check_contract.py), run from the outside."""
import subprocess
import sys

import pytest

from .conftest import ROOT

CHECKER = ROOT.parent / "shared" / "tools" / "check_contract.py"


@pytest.mark.skipif(not CHECKER.exists(), reason="../shared is not beside this checkout")
def test_contract_check_passes():
    r = subprocess.run([sys.executable, str(CHECKER), "--py", sys.executable], cwd=ROOT,
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1].endswith("0 failed")
