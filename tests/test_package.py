"""`make package` builds a zip that QGIS installs ("Install from ZIP") and that loads."""
import importlib
import subprocess
import sys
import zipfile

from qgis.core import QgsApplication

from .conftest import ROOT


def test_zip_unpacks_into_a_profile_and_loads(tmp_path, plugin_iface):
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--output",
                        str(tmp_path / "dist")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    zpath = tmp_path / "dist" / "milieu_atlas.zip"
    with zipfile.ZipFile(zpath) as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {"milieu_atlas"}
        for required in ("metadata.txt", "__init__.py", "LICENSE", "i18n/milieu_atlas_de.qm",
                         "resources/icons/milieu_atlas.svg", "milieu_atlas_plugin/plugin.py",
                         "docs/erste_schritte.md", "docs/img/dock_1_daten.png"):
            assert f"milieu_atlas/{required}" in names
        assert not any("__pycache__" in n or n.startswith("milieu_atlas/tests") for n in names)
        plugins = tmp_path / "profile" / "python" / "plugins"
        zf.extractall(plugins)
    sys.path.insert(0, str(plugins))
    try:
        pkg = importlib.import_module("milieu_atlas")
        assert pkg.__file__.startswith(str(plugins))
        plugin = pkg.classFactory(plugin_iface)
        plugin.initGui()
        assert plugin.action is not None
        provider = QgsApplication.processingRegistry().providerById("milieuatlas")
        assert provider is not None and len(provider.algorithms()) >= 4
        plugin.unload()
        assert QgsApplication.processingRegistry().providerById("milieuatlas") is None
        assert plugin.action is None and plugin.provider is None
    finally:
        sys.path.remove(str(plugins))


def test_metadata_is_complete_for_the_plugin_repository():
    import configparser

    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    g = meta["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "tracker", "repository", "icon", "tags", "hasProcessingProvider", "license"):
        assert g.get(key), key
    assert g["qgisMinimumVersion"] == "3.22"
    assert g["hasProcessingProvider"] == "yes"
    assert (ROOT / g["icon"]).exists()
