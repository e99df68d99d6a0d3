"""Makes the SYNTHETIC milieu sample of Berlin and the illustrative participation rate table.

No public milieu data exists, so the bundled sample is invented — reproducibly, from a fixed seed, and
anchored to the real register counts. Nothing in it is an observation of any household.

Model (also in resources/sample/berlin/milieus/SOURCE.md):
1. Migrant households per Planungsraum (PLR) i: H_i = round(MH_i / 2.0), MH_i = residents with migration
   background on 31.12.2024 (Amt für Statistik Berlin-Brandenburg, table T1), 2.0 an assumed mean
   household size of migrant households.
2. Address points: PLR i gets k_i = max(1, round(N · H_i / Σ H)) points (N = 50,000; k_i ≤ H_i), placed
   uniformly at random inside its polygon (rejection sampling in its bounding box). Its H_i households
   are split over the points: one each, the rest multinomially with Dirichlet(2) weights, so that the
   points of a PLR add up to H_i exactly.
3. Milieu probabilities of a point: p_m = softmax_m(log b_m + S_m(x, y) + B_m(Bezirk) + g_m · z_i + C_m · c(x, y)
   + e_m) with
   - b_m: base mix REL 7, ARB 16, ENT 9, STA 12, ADI 16, KOS 11, PER 13, HED 15 % (KOS + PER = 24 %, the
     "migrant elite" of the seed);
   - S_m: a smooth random field, the sum of 40 Gaussian bumps (σ = 2.5 km, amplitude N(0, 0.5²)) at random
     places in the city's bounding box;
   - B_m: a Bezirk effect N(0, 0.35²) per Bezirk (first two digits of PLR_ID) and milieu;
   - z_i: the z-score over PLRs of the PLR's share of residents with migration background, with
     g = REL 0.6, ARB 0.5, ENT 0.4, HED 0.3, STA 0, ADI −0.2, PER −0.1, KOS −0.4;
   - c(x, y) = exp(−(d / 6 km)²), d the distance to Alexanderplatz (inner city), with
     C = KOS 0.6, PER 0.7, HED 0.4, STA −0.3, ADI −0.3, others 0;
   - e_m: address-level noise N(0, 0.3²).
4. Household counts per milieu of a point: multinomial(households of the point, p).

Output: resources/sample/berlin/milieus/milieus_synthetisch.gpkg, layer ``adressen_milieus_synthetisch``
(EPSG:25833; fields plr_id, households, and one integer field per milieu code), and
resources/milieus/participation_rates_illustrative.csv: illustrative rates in the seed's order (higher
status quo for STA, ADI, KOS, ARB; barriers for REL, ENT, PER, HED), scaled so that weighted by the
sample's milieu mix they give 20 % status quo and 40 % potential (to six decimals).

Run: ``.venv/bin/python scripts/make_milieu_sample.py`` (geopandas, shapely; seconds). Same seed, same files.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20241231
N_POINTS = 50_000
HOUSEHOLD_SIZE = 2.0
PLR = ROOT / "resources/sample/berlin/lor_planungsraeume_2021_shp/lor_planungsraeume_2021.shp"
T1 = ROOT / "resources/sample/berlin/berlin-lor-population-2024-02-t1-planning-areas.csv"
OUT = ROOT / "resources/sample/berlin/milieus/milieus_synthetisch.gpkg"
LAYER = "adressen_milieus_synthetisch"
RATES = ROOT / "resources/milieus/participation_rates_illustrative.csv"

BASE = {"REL": 7, "ARB": 16, "ENT": 9, "STA": 12, "ADI": 16, "KOS": 11, "PER": 13, "HED": 15}
MH_EFFECT = {"REL": 0.6, "ARB": 0.5, "ENT": 0.4, "HED": 0.3, "STA": 0.0, "ADI": -0.2, "PER": -0.1, "KOS": -0.4}
CENTRE_EFFECT = {"KOS": 0.6, "PER": 0.7, "HED": 0.4, "STA": -0.3, "ADI": -0.3}
ALEXANDERPLATZ = (392_500.0, 5_820_500.0)   # EPSG:25833, about

# illustrative relative rates: (status quo, potential) before scaling
RATE_SHAPE = {"STA": (0.27, 0.46), "ADI": (0.25, 0.44), "KOS": (0.29, 0.55), "ARB": (0.22, 0.38),
              "REL": (0.12, 0.32), "ENT": (0.10, 0.30), "PER": (0.15, 0.43), "HED": (0.11, 0.33)}
RESPONDENTS = {"REL": 180, "ARB": 310, "ENT": 160, "STA": 240, "ADI": 320, "KOS": 220, "PER": 250, "HED": 270}


def households_per_plr(gdf):
    rows = {r["id"]: r for r in csv.DictReader(open(T1, encoding="utf-8"))}
    mh = np.array([float(rows[k]["inhabitants_with_migration_background"]) for k in gdf["PLR_ID"]])
    total = np.array([float(rows[k]["inhabitants"]) for k in gdf["PLR_ID"]])
    return np.rint(mh / HOUSEHOLD_SIZE).astype(np.int64), mh, total


def place_points(geom, k, rng):
    from shapely import vectorized

    x0, y0, x1, y1 = geom.bounds
    xs, ys = [], []
    got = 0
    frac = max(geom.area / ((x1 - x0) * (y1 - y0)), 0.05)
    while got < k:
        m = int((k - got) / frac * 1.3) + 16
        x = np.round(rng.uniform(x0, x1, m), 1)   # rounded to 0.1 m before the test, so they stay inside
        y = np.round(rng.uniform(y0, y1, m), 1)
        ok = vectorized.contains(geom, x, y)
        xs.append(x[ok])
        ys.append(y[ok])
        got += int(ok.sum())
    return np.concatenate(xs)[:k], np.concatenate(ys)[:k]


def smooth_fields(codes, bounds, rng):
    x0, y0, x1, y1 = bounds
    fields = []
    for _ in codes:
        cx = rng.uniform(x0, x1, 40)
        cy = rng.uniform(y0, y1, 40)
        amp = rng.normal(0.0, 0.5, 40)
        fields.append((cx, cy, amp))

    def evaluate(x, y):
        out = np.empty((len(x), len(codes)))
        for j, (cx, cy, amp) in enumerate(fields):
            d2 = (x[:, None] - cx[None, :]) ** 2 + (y[:, None] - cy[None, :]) ** 2
            out[:, j] = (amp[None, :] * np.exp(-d2 / (2 * 2500.0 ** 2))).sum(axis=1)
        return out
    return evaluate


def make_sample():
    import geopandas as gpd

    from milieu_atlas_plugin.core.milieu_model import load_model

    model = load_model()
    codes = list(model.codes)
    rng = np.random.default_rng(SEED)
    gdf = gpd.read_file(PLR).sort_values("PLR_ID").reset_index(drop=True)
    H, mh, total = households_per_plr(gdf)
    share = np.divide(mh, total, out=np.zeros_like(mh), where=total > 0)
    inhabited = total > 0
    z = (share - share[inhabited].mean()) / share[inhabited].std()
    k = np.where(H > 0, np.maximum(1, np.rint(N_POINTS * H / H.sum())), 0).astype(np.int64)
    k = np.minimum(k, H)
    bezirke = sorted({p[:2] for p in gdf["PLR_ID"]})
    bezirk_effect = {b: rng.normal(0.0, 0.35, len(codes)) for b in bezirke}
    field = smooth_fields(codes, gdf.total_bounds, rng)
    log_base = np.log(np.array([BASE[c] for c in codes], dtype=float))
    g = np.array([MH_EFFECT[c] for c in codes])
    cen = np.array([CENTRE_EFFECT.get(c, 0.0) for c in codes])
    parts = []
    for i in np.nonzero(k)[0]:
        geom = gdf.geometry.iloc[i]
        x, y = place_points(geom, int(k[i]), rng)
        hh = np.ones(k[i], dtype=np.int64) + rng.multinomial(H[i] - k[i], rng.dirichlet(np.full(k[i], 2.0)))
        d2 = (x - ALEXANDERPLATZ[0]) ** 2 + (y - ALEXANDERPLATZ[1]) ** 2
        logit = (log_base[None, :] + field(x, y) + bezirk_effect[gdf["PLR_ID"].iloc[i][:2]][None, :]
                 + g[None, :] * z[i] + cen[None, :] * np.exp(-d2 / 6000.0 ** 2)[:, None]
                 + rng.normal(0.0, 0.3, (k[i], len(codes))))
        p = np.exp(logit - logit.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        counts = np.array([rng.multinomial(n, pp) for n, pp in zip(hh, p)])
        parts.append((np.full(k[i], gdf["PLR_ID"].iloc[i], dtype=object), x, y, hh, counts))
    plr = np.concatenate([p[0] for p in parts])
    x = np.concatenate([p[1] for p in parts])
    y = np.concatenate([p[2] for p in parts])
    hh = np.concatenate([p[3] for p in parts])
    counts = np.vstack([p[4] for p in parts])
    assert (counts.sum(axis=1) == hh).all()
    data = {"plr_id": plr, "households": hh}
    for j, c in enumerate(codes):
        data[c] = counts[:, j].astype(np.int32)
    out = gpd.GeoDataFrame(data, geometry=gpd.points_from_xy(x, y), crs=gdf.crs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if OUT.exists():
        OUT.unlink()
    out.to_file(OUT, layer=LAYER, driver="GPKG", SPATIAL_INDEX="NO")
    return codes, counts.sum(axis=0), H


def make_rates(codes, mix):
    """Rates in the shape of RATE_SHAPE, scaled to 20 % / 40 % over the sample's mix (six decimals)."""
    w = mix / mix.sum()
    s = np.array([RATE_SHAPE[c][0] for c in codes])
    q = np.array([RATE_SHAPE[c][1] for c in codes])
    s = np.round(s * 0.20 / (w @ s), 6)
    q = np.round(q * 0.40 / (w @ q), 6)
    # the rounding residual goes to the milieu with the largest weight (at most a few 1e-6)
    j = int(np.argmax(w))
    s[j] = np.round(s[j] + (0.20 - w @ s) / w[j], 6)
    q[j] = np.round(q[j] + (0.40 - w @ q) / w[j], 6)
    assert abs(w @ s - 0.20) < 5e-7 and abs(w @ q - 0.40) < 5e-7 and (q >= s).all()
    lines = [
        "# ILLUSTRATIV: erfundene Beteiligungsquoten je vhw-Migrantenmilieu, keine Umfrageergebnisse.",
        "# status_quo = Anteil, der sich schon an lokalen Entscheidungen beteiligt hat; potential = Anteil, der",
        "# sich beteiligen würde; n = (erfundene) Zahl der Befragten. Reihenfolge nach der vhw-Studie (Beck):",
        "# höhere Beteiligung bei STA, ADI, KOS, ARB; Barrieren bei REL, ENT, PER, HED. Gewichtet mit dem",
        "# Milieumix der synthetischen Berliner Stichprobe ergeben sie genau 20 % (status quo) und 40 %",
        "# (Potenzial), die Werte der Studie für Migrantinnen und Migranten insgesamt.",
        "# Ersetzen Sie diese Tabelle durch Ihre eigene Befragung (gleiche Spalten).",
        "# ILLUSTRATIVE rates, made up (scripts/make_milieu_sample.py); replace them with your own survey.",
        "code,status_quo,potential,n,source,year",
    ]
    for c, si, qi in zip(codes, s, q):
        lines.append(f"{c},{si:.6f},{qi:.6f},{RESPONDENTS[c]},illustrativ (erfunden; kalibriert auf vhw/Beck "
                     "20 % / 40 %),2024")
    RATES.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return s, q


def main(argv=None):
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    codes, mix, H = make_sample()
    s, q = make_rates(codes, mix)
    print(f"{OUT.relative_to(ROOT)}: {int(mix.sum()):,} households in {len(H[H > 0])} Planungsräume, "
          f"{OUT.stat().st_size / 1e6:.1f} MB")
    for c, m, si, qi in zip(codes, mix, s, q):
        print(f"  {c}: {m / mix.sum():6.1%}  status quo {si:.4f}  potential {qi:.4f}")


if __name__ == "__main__":
    main()
