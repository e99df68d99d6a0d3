"""Adapters between QGIS layers/files and plain arrays: the only place besides processing/ and gui/
that touches qgis objects. Inputs are read, never edited."""
