"""Milieu Atlas: social-space analysis for German cities (QGIS plugin package).

Imports inside this package are relative so it works both as the top-level package of the
command line (`python3 -m milieu_atlas_plugin`) and nested inside the installed plugin folder.
"""
