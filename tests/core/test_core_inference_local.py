"""Inference (random allocation, bootstrap, two periods) and local measures."""
import numpy as np
import pytest
import scipy.sparse as sp

from milieu_atlas_plugin.core import inference
from milieu_atlas_plugin.core.catalogue import compute_indices
from milieu_atlas_plugin.core.local import benjamini_hochberg, getis_ord_gstar, global_moran, local_measures
from milieu_atlas_plugin.core.twogroup import dissimilarity

from .grids import grid_context
from .helpers import read_berlin

MH = "inhabitants_with_migration_background"


def test_permutations_reproducible_and_informative():
    rng = np.random.default_rng(0)
    t = rng.integers(20, 200, 300).astype(float)
    x = np.floor(t * np.where(np.arange(300) < 150, 0.5, 0.1))
    a = compute_indices(t, {"g": x}, codes=["D", "XPY"], permutations=199, seed=7)
    b = compute_indices(t, {"g": x}, codes=["D", "XPY"], permutations=199, seed=7)
    c = compute_indices(t, {"g": x}, codes=["D", "XPY"], permutations=199, seed=8)
    assert [r.expected for r in a] == [r.expected for r in b]
    assert a[0].expected != c[0].expected
    d = a[0]
    assert d.p_value == pytest.approx(1 / 200)  # far more segregated than random allocation
    assert 0 < d.expected < d.value
    assert d.ci_low < d.value < d.ci_high
    assert a[1].p_value == pytest.approx(1 / 200)  # XPY: lower = more segregated


def test_even_allocation_is_not_significant():
    t = np.full(200, 100.0)
    x = np.full(200, 30.0)  # D = 0 exactly: every random allocation is at least as uneven
    r = compute_indices(t, {"g": x}, codes=["D"], permutations=99, seed=1)[0]
    assert r.value == pytest.approx(0.0, abs=1e-15)
    assert r.p_value == pytest.approx(1.0)


def test_expected_d_shows_small_unit_bias():
    def expected(size):
        t = np.full(400, float(size))
        x = np.floor(0.3 * t)
        return compute_indices(t, {"g": x}, codes=["D"], permutations=99, bootstrap=0, seed=3)[0].expected

    small, large = expected(10), expected(1000)
    assert small > 5 * large > 0
    # analytic order of magnitude for binomial noise: E|p_i - P| ~ sqrt(2/pi) sqrt(P(1-P)/t)
    approx = np.sqrt(2 / np.pi) * np.sqrt(0.3 * 0.7 / 1000) / (2 * 0.3 * 0.7)
    assert large == pytest.approx(approx, rel=0.15)


def test_draws_keep_unit_totals_and_shares():
    rng = np.random.default_rng(5)
    t = np.array([10, 500, 3000], dtype=np.int64)
    probs = np.array([0.2, 0.3, 0.5])
    draws = inference.draw_multinomial(t, probs, 4000, rng)
    assert np.all(draws.sum(axis=1) == t[:, None])
    assert np.allclose(draws.mean(axis=2) / t[:, None], probs, atol=0.01)


def test_multigroup_inference_and_level_rows():
    b = read_berlin("berlin-lor-population-2024-02-t1-planning-areas.csv")
    groups = {"fo": b["inhabitants_foreigners"], "gmh": b["inhabitants_germans_with_migration_background"]}
    level = [k[:2] for k in b["id"]]  # Bezirk of each Planungsraum
    rows = compute_indices(b["inhabitants"], groups, multigroup=True, level=level, permutations=49, seed=2,
                           codes=["MM", "MM_BETWEEN", "MM_WITHIN", "MH", "MH_BETWEEN", "MH_WITHIN", "MDIV"])
    v = {r.index: r for r in rows}
    assert abs(v["MM"].value - v["MM_BETWEEN"].value - v["MM_WITHIN"].value) <= 1e-12
    assert abs(v["MH"].value - v["MH_BETWEEN"].value - v["MH_WITHIN"].value) <= 1e-12
    assert "12 parent units" in v["MM_BETWEEN"].note
    assert v["MM"].p_value == pytest.approx(1 / 50) and v["MM"].expected < v["MM"].value
    assert v["MDIV"].expected is None and v["MDIV"].p_value is None
    # between part equals M computed on the 12 Bezirke table directly
    bez = read_berlin("berlin-lor-population-2024-02-t1-districts.csv")
    direct = compute_indices(bez["inhabitants"], {"fo": bez["inhabitants_foreigners"],
                                                  "gmh": bez["inhabitants_germans_with_migration_background"]},
                             multigroup=True, codes=["MM"])[0].value
    assert v["MM_BETWEEN"].value == pytest.approx(direct, rel=1e-9)


def test_compare_periods_berlin_2021_2024():
    a = read_berlin("berlin-lor-population-2021-02-t1-planning-areas.csv")
    b = read_berlin("berlin-lor-population-2024-02-t1-planning-areas.csv")
    res = inference.compare_periods(a["inhabitants"], a[MH], b["inhabitants"], b[MH], index="D",
                                    bootstrap=199, seed=4)
    keep_a, keep_b = a["inhabitants"] > 0, b["inhabitants"] > 0
    assert res["value_a"] == pytest.approx(dissimilarity(a[MH][keep_a], a["inhabitants"][keep_a]))
    assert res["value_b"] == pytest.approx(dissimilarity(b[MH][keep_b], b["inhabitants"][keep_b]))
    assert res["difference"] == pytest.approx(res["value_b"] - res["value_a"])
    assert res["ci_low"] < res["difference"] < res["ci_high"]
    same = inference.compare_periods(b["inhabitants"], b[MH], b["inhabitants"], b[MH], index="D",
                                     bootstrap=199, seed=4)
    assert same["difference"] == 0.0 and same["ci_low"] < 0 < same["ci_high"] and same["p_value"] > 0.2


def test_local_shares_lq_contributions():
    t = np.array([100.0, 0.0, 50.0, 250.0])
    x = np.array([50.0, 0.0, 5.0, 45.0])
    out = local_measures(t, {"g": x}, permutations=0)
    P = 100 / 400
    assert np.isnan(out["g_share"][1]) and out["g_share"][0] == 0.5
    assert out["g_lq"][0] == pytest.approx(0.5 / P)
    keep = t > 0
    assert (t[keep] * out["g_lq"][keep]).sum() / t.sum() == pytest.approx(1.0)
    assert out["g_dcontrib"].sum() == pytest.approx(dissimilarity(x[keep], t[keep]))
    assert out["g_entropy"][0] == pytest.approx(np.log(2))
    assert out["g_simpson"][0] == pytest.approx(0.5)


def test_lisa_finds_the_cluster_and_zero_units():
    ctx = grid_context(20, 20)
    n = 400
    t = np.full(n, 200.0)
    r, c = np.divmod(np.arange(n), 20)
    block = (r >= 5) & (r < 10) & (c >= 5) & (c < 10)
    x = np.where(block, 150.0, 20.0)
    t[399] = 0.0
    x[399] = 0.0
    out = local_measures(t, {"g": x}, neighbours=ctx.contiguity, permutations=499, seed=3)
    lisa = out["g_lisa"]
    inner = block & (r > 5) & (r < 9) & (c > 5) & (c < 9)
    assert np.all(lisa[inner] == "HH")
    assert np.all(lisa[~block & (np.abs(r - 7) > 5)] != "HH")
    assert lisa[399] == "ns" and np.isnan(out["g_lisa_p"][399])
    assert np.all(out["g_gistar_z"][inner] > 3)
    assert np.all(out["g_gistar_p"][inner] <= 0.01)
    again = local_measures(t, {"g": x}, neighbours=ctx.contiguity, permutations=499, seed=3)
    assert np.array_equal(again["g_lisa_p"], out["g_lisa_p"], equal_nan=True)
    fdr = local_measures(t, {"g": x}, neighbours=ctx.contiguity, permutations=499, seed=3, fdr=True)
    assert (fdr["g_lisa"] != "ns").sum() <= (lisa != "ns").sum()


def test_random_field_rarely_significant():
    ctx = grid_context(15, 15)
    rng = np.random.default_rng(8)
    t = np.full(225, 1000.0)
    x = rng.binomial(1000, 0.3, 225).astype(float)
    out = local_measures(t, {"g": x}, neighbours=ctx.contiguity, permutations=199, seed=1)
    p = out["g_lisa_p"]
    assert 0.01 < np.mean(p <= 0.05) < 0.12  # about alpha under no autocorrelation
    I, pg = global_moran(x / t, ctx.contiguity, permutations=199, rng=1)
    assert abs(I) < 0.15 and pg > 0.01


def test_gistar_matches_formula():
    ctx = grid_context(4, 5)
    rng = np.random.default_rng(2)
    v = rng.random(20)
    z, _ = getis_ord_gstar(v, ctx.contiguity, permutations=0)
    W = ctx.contiguity.toarray() + np.eye(20)
    n = 20
    xbar, s = v.mean(), v.std()
    for i in range(n):
        wi = W[i]
        num = wi @ v - xbar * wi.sum()
        den = s * np.sqrt((n * (wi**2).sum() - wi.sum() ** 2) / (n - 1))
        assert z[i] == pytest.approx(num / den)


def test_benjamini_hochberg_hand_case():
    p = np.array([0.01, 0.04, 0.03, 0.20, np.nan])
    # sorted .01 .03 .04 .20 vs alpha k/m with m=4, alpha .05: .0125 .025 .0375 .05 -> only .01
    assert benjamini_hochberg(p, 0.05).tolist() == [True, False, False, False, False]
    assert benjamini_hochberg(np.array([0.01, 0.02, 0.03]), 0.05).all()


def test_local_bad_input():
    from milieu_atlas_plugin.errors import InputError

    with pytest.raises(InputError) as exc:
        local_measures([10, 5], {"g": [3, 6]})
    assert exc.value.unit == 1
    with pytest.raises(InputError):
        local_measures([10, 5], {"g": [3, 2]}, neighbours=sp.csr_matrix((3, 3)))
