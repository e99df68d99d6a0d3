"""Cancel callbacks of the core: asked inside the permutation and bootstrap loops, they stop the
work with Cancelled and do not change a single draw when they say no."""
import numpy as np
import pytest

from milieu_atlas_plugin.core import inference, twogroup
from milieu_atlas_plugin.core.catalogue import compute_indices
from milieu_atlas_plugin.core.local import local_measures
from milieu_atlas_plugin.errors import Cancelled

T = np.arange(200) * 10 + 100.0
X = np.round(T * np.linspace(0.05, 0.6, 200))


@pytest.mark.parametrize("p", [0.2, X / T])
def test_a_callback_that_says_no_changes_no_draw(p):
    fns = {"D": twogroup.INDICES["D"]}
    plain = inference.simulate_two_group(fns, T, p, 5000, np.random.default_rng(3))["D"]
    asked = []
    checked = inference.simulate_two_group(fns, T, p, 5000, np.random.default_rng(3),
                                           is_cancelled=lambda: asked.append(1) or False)["D"]
    assert np.array_equal(plain, checked)
    assert len(asked) >= 2


def _after(calls):
    count = [0]

    def is_cancelled():
        count[0] += 1
        return count[0] > calls
    return is_cancelled


def test_permutations_stop_inside_the_loop():
    with pytest.raises(Cancelled):
        compute_indices(T, {"g": X}, codes=["D"], permutations=20000, seed=1, is_cancelled=_after(2))


def test_bootstrap_of_two_periods_stops():
    with pytest.raises(Cancelled):
        inference.compare_periods(T, X, T, X, bootstrap=20000, seed=1, is_cancelled=_after(2))


def test_local_measures_stop_and_report_progress():
    import scipy.sparse as sp

    n = T.size
    W = sp.diags([np.ones(n - 1), np.ones(n - 1)], [-1, 1], format="csr")
    seen = []
    local_measures(T, {"g": X, "h": T - X}, neighbours=W, permutations=99, seed=1, progress=seen.append)
    assert seen and seen[-1] == pytest.approx(100.0) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        local_measures(T, {"g": X}, neighbours=W, permutations=5000, seed=1, is_cancelled=_after(3))
