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


CLI_SCRIPT = r"""
import contextlib, io, sys
sys.path.insert(0, sys.argv[1])
from milieu_atlas_plugin import cli
with contextlib.redirect_stdout(io.StringIO()):
    code = cli.main(sys.argv[2:])
from qgis.core import QgsApplication, QgsProviderRegistry
provider = QgsApplication.processingRegistry().providerById("milieuatlas")
print("CODE:%d" % code)
print("PROVIDERS:" + ",".join(sorted(QgsProviderRegistry.instance().providerList())))
print("ALGORITHMS:" + ",".join(sorted(a.name() for a in provider.algorithms())))
print("SCIPY:" + ",".join(sorted(m for m in sys.modules if m.split(".")[0] == "scipy")))
"""


def _cli(*argv):
    res = subprocess.run([sys.executable, "-c", CLI_SCRIPT, str(ROOT), *argv], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    lines = dict(line.split(":", 1) for line in res.stdout.splitlines() if line.split(":", 1)[0] in
                 ("CODE", "PROVIDERS", "ALGORITHMS", "SCIPY"))
    assert res.returncode == 0 and len(lines) == 4, res.stderr[-2000:]
    return lines


def test_a_command_line_run_on_files_loads_only_what_it_needs(tmp_path):
    """A files-only run starts QGIS without its provider and authentication plugins, registers only the
    algorithm it runs (together about 0.2 s of a 0.7 s run), and a Gaussian kernel run on the grid
    path imports no scipy at all (cell index instead of k-d trees, numpy's FFT on grids below a
    million cells, numpy entropy: another 0.1 s)."""
    import json

    out = tmp_path / "h.csv"
    cells = tmp_path / "cells.geojson"
    features = []
    for k in range(400):
        x, y = 390_000 + 100 * (k % 20) + 7 * (k % 3), 5_820_000 + 100 * (k // 20)
        ring = [[x, y], [x + 100, y], [x + 100, y + 100], [x, y + 100], [x, y]]
        features.append({"type": "Feature", "properties": {"t": 50 + k % 7, "g": (k * 13) % 40},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    cells.write_text(json.dumps({"type": "FeatureCollection", "features": features, "crs": {
        "type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::25833"}}}), encoding="utf-8")
    lines = _cli("run", "milieuatlas:segregationindices", "--", f"INPUT={cells}",
                 "TOTAL_FIELD=t", "GROUP_FIELDS=g", "INDICES=HSPATIAL",
                 "KERNEL=gaussian", "BANDWIDTHS=500", "KERNEL_METHOD=grid", f"OUTPUT={out}")
    assert lines["CODE"] == "0" and "HSPATIAL," in out.read_text(encoding="utf-8")
    providers = lines["PROVIDERS"].split(",")
    assert "ogr" in providers and "postgres" not in providers and "delimitedtext" not in providers
    assert lines["ALGORITHMS"] == "segregationindices"
    assert lines["SCIPY"] == ""


def test_a_command_line_run_naming_a_database_loads_every_plugin():
    """A PostgreSQL source (a URI, service or authcfg) needs the postgres provider and the authentication
    methods: the full start. The run itself fails (no server), which is not what is tested here."""
    lines = _cli("run", "milieuatlas:segregationindices", "--",
                 "INPUT=dbname='nowhere' host=127.0.0.1 port=1 table=\"public\".\"x\" (geom)",
                 "TOTAL_FIELD=t", "GROUP_FIELDS=g", "OUTPUT=/nonexistent/x.csv")
    assert lines["CODE"] == "1"
    assert "postgres" in lines["PROVIDERS"].split(",")


def test_needs_plugins_tells_database_and_web_sources_from_files():
    from milieu_atlas_plugin.headless import needs_plugins

    for files in (["/data/berlin.gpkg", "a.csv|layername=x", "D:\\daten\\plr.shp", 500, None, ["x.gpkg", "y.tif"]],
                  ["/data/host_table.gpkg", "/tmp/dbname.csv"]):
        assert not needs_plugins(files), files
    for source in ("dbname='db' host=localhost table=\"public\".\"t\" (geom)", "service=stadt table=x",
                   "postgresql://user@host/db", "PG:dbname=x", "authcfg=ab12cd3 dbname=x",
                   "https://example.org/wfs", "/vsicurl/https://example.org/x.gpkg", "postgis:x",
                   "file:///data/plr.csv?delimiter=;&xField=x&yField=y", "?query=select * from plr",
                   "delimitedtext://file:///data/plr.csv?delimiter=;", "virtual://?query=select 1"):
        assert needs_plugins(["/data/a.gpkg", source]), source
        assert needs_plugins([["/data/a.gpkg", source]]), source


def test_provider_table_matches_the_algorithms():
    """The provider's id table and each class's ALG_ID agree; a restricted provider holds only those."""
    import importlib

    from milieu_atlas_plugin.processing.provider import ALGORITHMS, algorithm_classes

    for alg_id, (module, name) in ALGORITHMS.items():
        cls = getattr(importlib.import_module(f"milieu_atlas_plugin.processing.{module}"), name)
        assert cls.ALG_ID == alg_id
    assert [c.ALG_ID for c in algorithm_classes(["atlas", "report", "nonexistent"])] == ["atlas", "report"]
    assert len(algorithm_classes()) == len(ALGORITHMS)


def test_a_command_line_run_on_a_provider_uri_works(tmp_path):
    """A layer named by Processing's provider://uri form (here QGIS's delimited-text provider, a plugin)
    gets the full start and runs; D equals the run on the same file read by OGR."""
    out_uri, out_file = tmp_path / "uri.csv", tmp_path / "file.csv"
    common = ["TOTAL_FIELD=inhabitants", "GROUP_FIELDS=inhabitants_foreigners", "INDICES=D"]
    lines = _cli("run", "milieuatlas:segregationindices", "--",
                 f"INPUT=delimitedtext://file://{T1_2024_PLR}?delimiter=,&detectTypes=yes&geomType=none",
                 *common, f"OUTPUT={out_uri}")
    assert lines["CODE"] == "0" and "delimitedtext" in lines["PROVIDERS"].split(",")
    plain = _cli("run", "milieuatlas:segregationindices", "--", f"INPUT={T1_2024_PLR}", *common, f"OUTPUT={out_file}")
    assert plain["CODE"] == "0" and "delimitedtext" not in plain["PROVIDERS"].split(",")
    value = [line.split(",")[2] for line in out_uri.read_text(encoding="utf-8").splitlines()[1:]]
    assert value == [line.split(",")[2] for line in out_file.read_text(encoding="utf-8").splitlines()[1:]]
    assert float(value[0]) > 0.1
