"""Pure computation core of the segregation engine (numpy/scipy only, no QGIS or Qt).

`catalogue.compute_indices` is the single entry point for city-wide indices, `local.local_measures`
for per-district measures; the other modules hold the formulas (see shared/design/domain.md).
"""
