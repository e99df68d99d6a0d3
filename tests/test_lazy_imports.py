"""Loading the plugin and its Processing provider (every algorithm listed, help built) imports none of
the heavy optional packages: a QGIS without scikit-learn, rasterio or geopandas still loads it."""
import subprocess
import sys

from .conftest import ROOT, T1_2024_PLR

SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import milieu_atlas_plugin
from milieu_atlas_plugin import plugin
from milieu_atlas_plugin.processing.provider import MilieuAtlasProvider
provider = MilieuAtlasProvider()
QgsApplication.processingRegistry().addProvider(provider)
algs = provider.algorithms()
assert any(a.name() == "milieulocalisation" for a in algs), [a.name() for a in algs]
for a in algs:
    a.shortHelpString()
    a.parameterDefinitions()
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "rasterio", "geopandas"})
print("HEAVY:" + ",".join(heavy))
"""


def test_loading_the_plugin_imports_no_heavy_package():
    res = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT)], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    lines = [line for line in res.stdout.splitlines() if line.startswith("HEAVY:")]
    assert res.returncode == 0 and lines, res.stderr[-2000:]
    assert lines[0] == "HEAVY:"


RUN_SCRIPT = r"""
import sys
sys.path.insert(0, sys.argv[1])
from milieu_atlas_plugin.headless import run_algorithm, start_qgis
start_qgis()
run_algorithm("milieuatlas:segregationindices", {"INPUT": sys.argv[2], "TOTAL_FIELD": "inhabitants",
              "GROUP_FIELDS": ["inhabitants_foreigners"], "INDICES": ["D"], "OUTPUT": sys.argv[3]})
print("SCIPY:" + ",".join(sorted(m for m in sys.modules if m.split(".")[0] == "scipy")))
"""


def test_a_non_spatial_run_imports_no_scipy(tmp_path):
    """scipy (about a tenth of a second of the start-up) is imported only by the measures that use it."""
    out = tmp_path / "d.csv"
    res = subprocess.run([sys.executable, "-c", RUN_SCRIPT, str(ROOT), str(T1_2024_PLR), str(out)],
                         capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    lines = [line for line in res.stdout.splitlines() if line.startswith("SCIPY:")]
    assert res.returncode == 0 and lines, res.stderr[-2000:]
    assert out.exists() and "D," in out.read_text(encoding="utf-8")
    assert lines[0] == "SCIPY:"
