"""Milieu profile on hand-made districts (every value known exactly) and the surfaces' mass."""
import math

import numpy as np
import pytest

from milieu_atlas_plugin.core.milieu_model import load_model
from milieu_atlas_plugin.core.milieus import (check_totals, milieu_profile, milieu_surfaces,
                                              profile_fields, rescale_to_total)
from milieu_atlas_plugin.errors import InputError

COUNTS = np.array([
    [6, 3, 1],      # A leads by 30 pp
    [2, 2, 6],      # C
    [45, 40, 15],   # A leads by exactly 5 pp
    [0, 0, 0],      # no households
    [1, 1, 1],      # 3 households (< 5)
    [0, 5, 0],      # only B
], dtype=float)


@pytest.fixture()
def model(tmp_path):
    p = tmp_path / "abc.csv"
    p.write_text("code,name_de,name_en,sinus_segment,segment,colour\n"
                 "A,a,a,,Erste Gruppe,#112233\nB,b,b,,Erste Gruppe,#223344\nC,c,c,,Zweite,#334455\n",
                 encoding="utf-8")
    return load_model(p)


def evenness(p):
    return -sum(v * math.log(v) for v in p if v > 0) / math.log(3)


def test_profile_exact(model):
    out = milieu_profile(COUNTS, model, margin=5.0, min_count=5)
    city = {"A": 54 / 128, "B": 51 / 128, "C": 23 / 128}
    assert list(out) == [name for name, _ in profile_fields(model)]
    np.testing.assert_array_equal(out["mil_A"], COUNTS[:, 0])
    np.testing.assert_array_equal(out["mil_total"], [10, 10, 100, 0, 3, 5])
    exp_share = {0: (0.6, 0.3, 0.1), 1: (0.2, 0.2, 0.6), 2: (0.45, 0.40, 0.15), 5: (0.0, 1.0, 0.0)}
    for i, sh in exp_share.items():
        for c, v in zip("ABC", sh):
            assert out[f"mil_{c}_share"][i] == pytest.approx(v, rel=1e-14, abs=1e-15)
            assert out[f"mil_{c}_lq"][i] == pytest.approx(v / city[c], rel=1e-14, abs=1e-15)
    for i in (3, 4):   # no derived value at all, never 0: 3 has no households, 4 is suppressed
        for c in "ABC":
            assert np.isnan(out[f"mil_{c}_share"][i]) and np.isnan(out[f"mil_{c}_lq"][i])
        assert out["mil_dominant"][i] is None and np.isnan(out["mil_dominant_share"][i])
        assert np.isnan(out["mil_lead"][i]) and np.isnan(out["mil_diversity"][i])
        assert np.isnan(out["seg_erste_gruppe_share"][i])
    # the one rule (core.suppression): 3 households are suppressed; no household reveals nobody
    assert list(out["suppressed"]) == [False, False, False, False, True, False]
    assert list(out["mil_dominant"]) == ["A", "C", "A", None, None, "B"]
    np.testing.assert_allclose(out["mil_lead"][[0, 1, 2, 5]], [30, 40, 5, 100], rtol=1e-12)
    np.testing.assert_allclose(out["mil_dominant_share"][[0, 1, 2, 5]], [0.6, 0.6, 0.45, 1.0], rtol=1e-14)
    assert list(out["mil_present"]) == [3, 3, 3, 0, -1, 1]   # -1: suppressed (NULL)
    for i, sh in exp_share.items():
        assert out["mil_diversity"][i] == pytest.approx(evenness(sh), rel=1e-13, abs=1e-15)
    assert out["mil_diversity"][5] == 0.0
    np.testing.assert_array_equal(out["seg_erste_gruppe"], [9, 4, 85, 0, 2, 5])
    np.testing.assert_array_equal(out["seg_zweite"], [1, 6, 15, 0, 1, 0])
    assert out["seg_erste_gruppe_share"][2] == pytest.approx(0.85, rel=1e-14)


def test_margin_and_suppression_off(model):
    out = milieu_profile(COUNTS, model, margin=5.5, min_count=0)
    # the 5-point lead is below a 5.5 margin; three equal milieus give no lead at all
    assert list(out["mil_dominant"]) == ["A", "C", "MIX", None, "MIX", "B"]
    assert list(out["suppressed"]) == [False] * 6
    assert out["mil_dominant"][3] is None and np.isnan(out["mil_A_share"][3])  # undefined, not hidden
    assert out["mil_diversity"][4] == pytest.approx(1.0, rel=1e-14)
    assert out["mil_lead"][4] == 0.0
    # margin 0: a tie goes to the first milieu of the model
    out0 = milieu_profile(COUNTS, model, margin=0.0, min_count=0)
    assert out0["mil_dominant"][4] == "A" and out0["mil_dominant"][2] == "A"


def test_households_conserved_and_lq_weighted_mean_is_one(model):
    rng = np.random.default_rng(3)
    counts = rng.integers(0, 50, (40, 3)).astype(float)
    out = milieu_profile(counts, model, margin=5, min_count=0)
    t = counts.sum(axis=1)
    for j, c in enumerate("ABC"):
        # shares times households give the counts back; the household-weighted mean LQ is 1
        lq = out[f"mil_{c}_lq"]
        ok = t > 0
        assert np.sum(t[ok] * out[f"mil_{c}_share"][ok]) == pytest.approx(counts[:, j].sum(), rel=1e-12)
        assert np.sum(t[ok] * lq[ok]) / t.sum() == pytest.approx(1.0, rel=1e-12)
    share_sum = sum(out[f"mil_{c}_share"] for c in "ABC")
    np.testing.assert_allclose(share_sum[t > 0], 1.0, rtol=1e-14)


def test_bad_counts_and_parameters(model):
    with pytest.raises(InputError, match="negative count"):
        milieu_profile([[1, -1, 0]], model)
    with pytest.raises(InputError, match="no finite count"):
        milieu_profile([[1, np.nan, 0]], model)
    with pytest.raises(InputError, match="DOMINANT_MARGIN"):
        milieu_profile(COUNTS, model, margin=-1)
    with pytest.raises(InputError, match="MIN_COUNT"):
        milieu_profile(COUNTS, model, min_count=-2)


def test_check_totals_reports_by_how_much():
    n_im = np.array([[1, 2, 3], [4, 4, 4], [1, 0, 0]], dtype=float)
    check_totals(n_im, [6, 12, 1], [10, 11, 12], "Layer 'x'", ["A", "B", "C"])
    with pytest.raises(InputError) as exc:
        check_totals(n_im, [6, 10, 2], [10, 11, 12], "Layer 'x'", ["A", "B", "C"])
    msg = str(exc.value)
    assert "in 2 of 3 features" in msg and "feature 11: 12 instead of 10 (+2)" in msg
    assert "19 instead of 18 (+1)" in msg and "RESCALE" in msg
    np.testing.assert_allclose(rescale_to_total(n_im, [6, 10, 2]).sum(axis=1), [6, 10, 2])


@pytest.mark.parametrize("kernel", ["quartic", "gaussian", "uniform"])
def test_surface_conserves_households_per_milieu(kernel):
    rng = np.random.default_rng(5)
    x = rng.uniform(390_000, 392_000, 300)
    y = rng.uniform(5_820_000, 5_821_000, 300)
    n_im = rng.integers(0, 20, (300, 3)).astype(float)
    grid, dens, idx, share = milieu_surfaces(x, y, n_im, cell_size=50, bandwidth=200, kernel=kernel)
    ha = 50 * 50 / 10_000
    for j in range(3):
        assert dens[j].sum() * ha == pytest.approx(n_im[:, j].sum(), rel=1e-9)
    inhabited = idx > 0
    assert inhabited.any() and (~inhabited).any()
    total = dens.sum(axis=0)
    assert (total[inhabited] >= 1.0).all() and (total[~inhabited] < 1.0).all()
    best = np.argmax(dens, axis=0) + 1
    np.testing.assert_array_equal(idx[inhabited], best[inhabited])
    np.testing.assert_allclose(share[inhabited], dens.max(axis=0)[inhabited] / total[inhabited], rtol=1e-12)
    assert np.isnan(share[~inhabited]).all()
    assert (share[inhabited] >= 1 / 3 - 1e-12).all() and (share[inhabited] <= 1 + 1e-12).all()


def test_match_fields_forms_and_refusals(model):
    from milieu_atlas_plugin.core.milieus import match_fields

    assert match_fields(["key", "a", "mil_B", "C_count"], model) == ["a", "mil_B", "C_count"]
    assert match_fields(["x", "A", "B", "C", "D"], model) == ["A", "B", "C"]
    with pytest.raises(InputError, match="fields 'A' and 'mil_A' both hold milieu 'A'"):
        match_fields(["A", "mil_A", "B", "C"], model)
    with pytest.raises(InputError, match="field 'D' is not a milieu"):
        match_fields(["A", "B", "C", "D"], model, chosen=["A", "B", "C", "D"])
    with pytest.raises(InputError, match="has no field 'E'"):
        match_fields(["A", "B", "C"], model, chosen=["A", "E"])


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(0, 60), min_size=3, max_size=3), min_size=1, max_size=30),
       st.floats(0, 50), st.integers(0, 20))
def test_profile_properties(rows, margin, min_count):
    from pathlib import Path
    import tempfile

    p = Path(tempfile.mkdtemp()) / "abc.csv"
    p.write_text("code,name_de,segment,colour\nA,a,S,#112233\nB,b,S,#223344\nC,c,T,#334455\n", encoding="utf-8")
    model = load_model(p)
    counts = np.array(rows, dtype=float)
    out = milieu_profile(counts, model, margin=margin, min_count=min_count)
    t = counts.sum(axis=1)
    show = (t > 0) & (t >= min_count)
    np.testing.assert_array_equal(out["suppressed"], (t > 0) & (t < min_count))
    shares = np.column_stack([out[f"mil_{c}_share"] for c in "ABC"])
    assert np.isnan(shares[~show]).all()
    np.testing.assert_allclose(shares[show].sum(axis=1), 1.0, rtol=1e-12)
    dom = out["mil_dominant_share"][show]
    assert (dom >= 1 / 3 - 1e-12).all() and (dom <= 1 + 1e-12).all()
    div = out["mil_diversity"][show]
    assert (div >= -1e-12).all() and (div <= 1 + 1e-12).all()
    lead = out["mil_lead"][show]
    mix = out["mil_dominant"][show] == "MIX"
    assert (lead[mix] < margin).all() and (lead[~mix] >= margin - 1e-9).all()
    np.testing.assert_allclose(out["seg_s"] + out["seg_t"], t)
    if counts[:, 0].sum() > 0:
        # LQ = share over the city share, the city counting every district (suppressed ones too)
        np.testing.assert_allclose(out["mil_A_lq"][show], shares[show, 0] / (counts[:, 0].sum() / t.sum()),
                                   rtol=1e-12)
    else:
        assert np.isnan(out["mil_A_lq"]).all()


def test_codes_that_collide_in_field_names_are_refused(tmp_path):
    p = tmp_path / "clash.csv"
    p.write_text("code,name_de,segment,colour\nA,a,S,#112233\nA_share,b,S,#223344\n", encoding="utf-8")
    model = load_model(p)
    with pytest.raises(InputError, match="field name 'mil_A_share' twice"):
        milieu_profile([[1, 2]], model)
