"""The synthetic Berlin milieu sample and the illustrative rate table made from it (read with sqlite3)."""
import sqlite3

import numpy as np

from milieu_atlas_plugin.core.milieu_model import load_model, load_rates
from milieu_atlas_plugin.paths import DEFAULT_RATES, MILIEU_SAMPLE_DIR

GPKG = MILIEU_SAMPLE_DIR / "milieus_synthetisch.gpkg"
LAYER = "adressen_milieus_synthetisch"


def _sample_sums(codes):
    con = sqlite3.connect(f"file:{GPKG}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
        srs = con.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (LAYER,)).fetchone()
        cols = ", ".join(f"SUM({c})" for c in codes)
        sums = con.execute(f"SELECT COUNT(*), SUM(households), {cols} FROM {LAYER}").fetchone()
        bad = con.execute(f"SELECT COUNT(*) FROM {LAYER} WHERE households != {' + '.join(codes)} "
                          "OR households < 1").fetchone()[0]
    finally:
        con.close()
    return names, srs[0], sums, bad


def test_sample_is_synthetic_small_and_consistent():
    model = load_model()
    names, srs, sums, bad = _sample_sums(model.codes)
    assert names == [LAYER] and "synthetisch" in LAYER
    assert srs == 25833
    n_points, households = sums[0], sums[1]
    assert 45_000 <= n_points <= 55_000
    assert sum(sums[2:]) == households and bad == 0
    assert GPKG.stat().st_size < 5e6
    assert "synthetisch" in (MILIEU_SAMPLE_DIR / "SOURCE.md").read_text(encoding="utf-8")


def test_illustrative_rates_reproduce_the_seed_on_the_sample_mix():
    model = load_model()
    rates = load_rates(DEFAULT_RATES, model)
    mix = np.array(_sample_sums(model.codes)[2][2:], dtype=float)
    w = mix / mix.sum()
    assert abs(w @ np.array(rates.status_quo) - 0.20) < 5e-7
    assert abs(w @ np.array(rates.potential) - 0.40) < 5e-7
    s = dict(zip(rates.codes, rates.status_quo))
    assert min(s[c] for c in ("STA", "ADI", "KOS", "ARB")) > max(s[c] for c in ("REL", "ENT", "PER", "HED"))
    assert rates.is_illustrative() and all("illustrativ" in src for src in rates.sources)
    assert DEFAULT_RATES.read_text(encoding="utf-8").startswith("# ILLUSTRATIV")
    assert rates.has_n and all(n >= 1 for n in rates.n)
