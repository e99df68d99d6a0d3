"""Loading the plugin and its Processing provider (every algorithm listed, help built) imports none of
the heavy optional packages: a QGIS without scikit-learn, rasterio or geopandas still loads it."""
import subprocess
import sys

from .conftest import ROOT

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
