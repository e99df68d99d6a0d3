"""Pure numpy tests of milieu_atlas_plugin.core (no QGIS needed)."""
