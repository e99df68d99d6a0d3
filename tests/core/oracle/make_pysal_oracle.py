"""Generate tests/core/data/pysal_oracle_berlin.json: PySAL `segregation` values on Berlin data.

Test-only oracle, NOT a runtime dependency. Made with segregation 2.5.4, libpysal 4.14.1,
geopandas 1.1.4, shapely 2.2.0, numpy 1.26.4 in a separate virtual environment, because
segregation pulls shapely >= 2 and would replace Debian 12's shapely 1.8.5 in the project venv:

    python3 -m venv /tmp/pysal-venv
    /tmp/pysal-venv/bin/pip install "numpy<2" "scipy<1.14" "pandas<2.3" segregation
    /tmp/pysal-venv/bin/python tests/core/oracle/make_pysal_oracle.py

Data: the 542 Planungsraeume (2021 geometry, EPSG:25833) with the register counts of 31.12.2024;
units with zero population are removed first (the core skips them too). Besides the index values
the fixture stores the geometry inputs PySAL used (centroids, areas, perimeters, queen pairs, rook
shared boundary lengths), so the tests feed the core exactly the same spatial structure.
Only codes whose definition matches ours are included (see the test module for the list);
DW uses standardize=False (boundary lengths over their total: the class default row-standardises).
"""
import json
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import segregation
from libpysal.weights import Queen
from segregation import multigroup as M
from segregation import singlegroup as S
from segregation.singlegroup.boundary_spatial_dissim import _return_length_weighted_w

ROOT = Path(__file__).resolve().parents[3]
BERLIN = ROOT / "resources" / "sample" / "berlin"
OUT = ROOT / "tests" / "core" / "data" / "pysal_oracle_berlin.json"


def main():
    geo = gpd.read_file(BERLIN / "lor_planungsraeume_2021_shp")[["PLR_ID", "geometry"]]
    counts = pd.read_csv(BERLIN / "berlin-lor-population-2024-02-t1-planning-areas.csv", dtype={"id": str})
    df = geo.merge(counts, left_on="PLR_ID", right_on="id", how="inner")
    assert len(df) == 542, len(df)
    df = df[df["inhabitants"] > 0].sort_values("PLR_ID").reset_index(drop=True)
    df["mh"] = df["inhabitants_with_migration_background"].astype(float)
    df["total"] = df["inhabitants"].astype(float)
    df["fo"] = df["inhabitants_foreigners"].astype(float)
    df["gmh"] = df["inhabitants_germans_with_migration_background"].astype(float)
    df["g"] = df["inhabitants_germans_without_migration_background"].astype(float)
    assert np.allclose(df["fo"] + df["gmh"] + df["g"], df["total"])

    cx, cy = df.centroid.x.values, df.centroid.y.values
    centre = [float(cx.mean()), float(cy.mean())]
    aspatial = {
        "D": S.Dissim, "GINI": S.Gini, "H": S.Entropy, "A": S.Atkinson, "XPX": S.Isolation,
        "XPY": S.Interaction, "ETA2": S.CorrelationR,
    }
    values = {}
    plain = pd.DataFrame(df[["mh", "total"]])
    for code, cls in aspatial.items():
        values[code] = float(cls(plain, group_pop_var="mh", total_pop_var="total").statistic)
    values["DELTA"] = float(S.Delta(df, "mh", "total").statistic)
    values["ACO"] = float(S.AbsoluteConcentration(df, "mh", "total").statistic)
    values["ACE"] = float(S.AbsoluteCentralization(df, "mh", "total", center=centre).statistic)
    values["RCE"] = float(S.RelativeCentralization(df, "mh", "total", center=centre).statistic)
    w = Queen.from_dataframe(df, use_index=False)
    values["DADJ"] = float(S.SpatialDissim(df, "mh", "total", w=w).statistic)
    values["DW"] = float(S.BoundarySpatialDissim(df, "mh", "total", standardize=False).statistic)
    values["DS"] = float(S.PARDissim(df, "mh", "total", standardize=True).statistic)

    groups = ["fo", "gmh", "g"]
    mdf = pd.DataFrame(df[groups])
    multi = {
        "MD": M.MultiDissim, "MGINI": M.MultiGini, "MH": M.MultiInfoTheory, "MNE": M.MultiNormExposure,
        "MSCV": M.MultiSquaredCoefVar, "MRD": M.MultiRelativeDiversity, "MSC": M.SimpsonsConcentration,
        "MSI": M.SimpsonsInteraction, "MDIV": M.MultiDiversity, "MM": M.MultiDivergence,
    }
    for code, cls in multi.items():
        values[code] = float(cls(mdf, groups=groups).statistic)

    qs = w.sparse.tocoo()
    lw = _return_length_weighted_w(df).sparse.tocoo()
    fixture = {
        "made_with": {"segregation": segregation.__version__, "python": sys.version.split()[0],
                      "numpy": np.__version__, "geopandas": gpd.__version__},
        "units": df["PLR_ID"].tolist(),
        "total": df["total"].tolist(), "mh": df["mh"].tolist(),
        "fo": df["fo"].tolist(), "gmh": df["gmh"].tolist(), "g": df["g"].tolist(),
        "centroids": np.column_stack([cx, cy]).tolist(),
        "areas": df.area.tolist(), "perimeters": df.length.tolist(),
        "queen": [qs.row.tolist(), qs.col.tolist()],
        "boundary": [lw.row.tolist(), lw.col.tolist(), lw.data.tolist()],
        "centre": centre,
        "values": values,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fixture))
    print(json.dumps(values, indent=1))


if __name__ == "__main__":
    main()
