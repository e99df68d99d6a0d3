"""Everything runs offline: the main job in a network namespace with no network at all."""
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


def can_unshare_network():
    if shutil.which("unshare") is None:
        return False
    r = subprocess.run(["unshare", "--net", "true"], capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(not can_unshare_network(), reason="no permission for a network namespace")
def test_demo_runs_without_any_network(tmp_path):
    probe = subprocess.run(
        ["unshare", "--net", sys.executable, "-c",
         "import socket; s = socket.socket(); s.settimeout(2); print(s.connect_ex(('1.1.1.1', 80)))"],
        capture_output=True, text=True)
    assert probe.stdout.strip() != "0"  # really cut off
    r = subprocess.run(["unshare", "--net", sys.executable, "-m", "milieu_atlas_plugin.demo",
                        "--output", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "sheet_migration_background_lq.pdf").stat().st_size > 10_000
