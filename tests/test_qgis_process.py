"""QGIS' own command line (qgis_process) finds the plugin's provider and runs an algorithm,
as contracts.md promises. Debian's /usr/bin/qgis_process wrapper passes a flag 3.22 rejects, so the
binary is called directly, with a throw-away HOME holding a profile that links this checkout."""
import csv
import os
import shutil
import subprocess

import pytest

from .conftest import ROOT, T1_2024_PLR

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def qgis_home(tmp_path_factory):
    if not os.path.exists(QGIS_PROCESS):
        pytest.skip("qgis_process.bin is not installed (Debian package qgis)")
    home = tmp_path_factory.mktemp("home")
    plugins = home / ".local/share/QGIS/QGIS3/profiles/default/python/plugins"
    plugins.mkdir(parents=True)
    (plugins / "milieu_atlas").symlink_to(ROOT, target_is_directory=True)
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis points the tests' QGIS elsewhere
    r = subprocess.run([QGIS_PROCESS, "plugins", "enable", "milieu_atlas"], env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    return env


def test_qgis_process_lists_the_provider(qgis_home):
    r = subprocess.run([QGIS_PROCESS, "list"], env=qgis_home, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    for alg in ("jointodistricts", "segregationindices", "localmeasures", "mapsheet"):
        assert f"milieuatlas:{alg}" in r.stdout


def test_qgis_process_runs_segregationindices(qgis_home, tmp_path):
    out = tmp_path / "d.csv"
    r = subprocess.run([QGIS_PROCESS, "run", "milieuatlas:segregationindices", "--",
                        f"INPUT={T1_2024_PLR}", "TOTAL_FIELD=inhabitants",
                        "GROUP_FIELDS=inhabitants_foreigners", "INDICES=D", f"OUTPUT={out}"],
                       env=qgis_home, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["index"] for row in rows] == ["D"]
    assert float(rows[0]["value"]) == pytest.approx(0.210822669314991, abs=1e-12)  # check_contract's value
