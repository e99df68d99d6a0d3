"""Participation potential on hand-made districts: every value and the interval computed by hand."""
import math

import numpy as np
import pytest

from milieu_atlas_plugin.core.milieu_model import Rates
from milieu_atlas_plugin.core.participation import city_totals, participation, ranking
from milieu_atlas_plugin.errors import InputError

RATES = Rates("r.csv", ("A", "B"), (0.1, 0.3), (0.4, 0.5), (100.0, 50.0), ("illustrativ", "x"), ("2024", "2024"))
COUNTS = np.array([[100, 0], [50, 50], [0, 200], [2, 1], [0, 0]], dtype=float)


def test_values_by_hand():
    out = participation(COUNTS, RATES, min_count=5)
    # district 1: status quo 50*.1 + 50*.3 = 20, potential 50*.4 + 50*.5 = 45, untapped 25
    assert out["part_statusquo"][1] == pytest.approx(20, rel=1e-14)
    assert out["part_potential"][1] == pytest.approx(45, rel=1e-14)
    assert out["part_untapped"][1] == pytest.approx(25, rel=1e-14)
    assert out["part_untapped_rate"][1] == pytest.approx(0.25, rel=1e-14)
    assert out["part_statusquo_rate"][0] == pytest.approx(0.1, rel=1e-14)
    assert out["part_potential_rate"][2] == pytest.approx(0.5, rel=1e-14)
    # Var(U_1) = 50^2 * .3*.7/100 + 50^2 * .2*.8/50 = 5.25 + 8 = 13.25
    sd = math.sqrt(13.25)
    assert out["part_untapped_ci_low"][1] == pytest.approx(25 - 1.959963984540054 * sd, rel=1e-12)
    assert out["part_untapped_ci_high"][1] == pytest.approx(25 + 1.959963984540054 * sd, rel=1e-12)
    # district 2: U = 200*.2 = 40, Var = 200^2 * .16/50 = 128
    assert out["part_untapped_ci_high"][2] == pytest.approx(40 + 1.959963984540054 * math.sqrt(128), rel=1e-12)
    # the one rule (core.suppression): 3 households are suppressed, none reveals nobody
    assert list(out["suppressed"]) == [False, False, False, True, False]
    for f in ("part_untapped", "part_untapped_rate", "part_untapped_ci_low"):
        assert np.isnan(out[f][3]) and np.isnan(out[f][4])   # 4: no households, no value


def test_interval_clipped_at_zero_and_only_where_n_is_known():
    rates = Rates("r", ("A", "B"), (0.1, 0.3), (0.12, 0.5), (4.0, None), ("", ""), ("", ""))
    out = participation(np.array([[10, 0], [10, 1]], dtype=float), rates)
    # U = 10 * .02 = .2, sd = 10 sqrt(.02*.98/4) = .7: the lower end would be negative
    assert out["part_untapped_ci_low"][0] == 0.0
    assert out["part_untapped_ci_high"][0] == pytest.approx(0.2 + 1.959963984540054 * 10 * math.sqrt(0.02 * 0.98 / 4))
    # B has households in district 1 but no n: no interval there
    assert np.isnan(out["part_untapped_ci_low"][1]) and np.isnan(out["part_untapped_ci_high"][1])
    assert out["part_untapped"][1] == pytest.approx(0.4)


def test_population_denominator_and_city():
    out = participation(COUNTS[:3], RATES, population=[200, 0, 400])
    assert out["part_untapped_rate"][0] == pytest.approx(30 / 200)
    assert np.isnan(out["part_untapped_rate"][1]) and out["part_untapped"][1] == pytest.approx(25)
    city = city_totals(COUNTS, RATES)
    N = COUNTS.sum(axis=0)        # 152, 251
    assert city["part_untapped"] == pytest.approx(152 * 0.3 + 251 * 0.2)
    assert city["part_statusquo"] == pytest.approx(152 * 0.1 + 251 * 0.3)
    var = 152 ** 2 * 0.21 / 100 + 251 ** 2 * 0.16 / 50
    assert city["part_untapped_ci_high"] == pytest.approx(city["part_untapped"] + 1.959963984540054 * math.sqrt(var))
    # district values add up to the city (no suppression)
    full = participation(COUNTS, RATES)
    assert np.nansum(full["part_untapped"]) == pytest.approx(city["part_untapped"], rel=1e-14)
    assert list(ranking(out)) == [2, 0, 1]


def test_bad_values():
    with pytest.raises(InputError, match="negative milieu count"):
        participation([[1, -1]], RATES)
    with pytest.raises(InputError, match="negative population"):
        participation([[1, 1]], RATES, population=[-3])
    with pytest.raises(InputError, match=r"\(n, 2\)"):
        participation([[1, 1, 1]], RATES)
