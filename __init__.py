"""QGIS loads this folder as the plugin; keep it thin so start-up stays cheap."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .milieu_atlas_plugin.plugin import MilieuAtlasPlugin

    return MilieuAtlasPlugin(iface)
