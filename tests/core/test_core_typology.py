"""core/typology.py: k-means types, contiguous Ward regions, MSS classes, profiles (no qgis)."""
import builtins
import csv
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from milieu_atlas_plugin.core import typology as T
from milieu_atlas_plugin.errors import InputError

MSS_CSV = Path(__file__).resolve().parent.parent / "data" / "mss2021" / "mss_2021.csv"


def blobs(centres, n_each, spread, seed=0):
    rng = np.random.default_rng(seed)
    return np.vstack([rng.normal(c, spread, (n_each, len(c))) for c in centres])


def grid_queen(rows, cols):
    """Queen adjacency of a rows × cols grid of cells (index r * cols + c)."""
    r, c = np.divmod(np.arange(rows * cols), cols)
    pairs = []
    for dr, dc in ((0, 1), (1, -1), (1, 0), (1, 1)):
        ok = (r + dr < rows) & (c + dc >= 0) & (c + dc < cols)
        i = np.flatnonzero(ok)
        pairs.append((i, (r[i] + dr) * cols + c[i] + dc))
    i = np.concatenate([p[0] for p in pairs])
    j = np.concatenate([p[1] for p in pairs])
    n = rows * cols
    return sparse.csr_matrix((np.ones(2 * i.size), (np.r_[i, j], np.r_[j, i])), shape=(n, n))


def same_partition(a, b):
    """True when the two labelings group the units identically (whatever the numbers)."""
    pairs = set(zip(a.tolist(), b.tolist()))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


# ------------------------------------------------------------------------------------- MSS 2021

def read_mss():
    rows = list(csv.DictReader(open(MSS_CSV, encoding="utf-8")))

    def col(name):
        return np.array([float(r[name]) if r[name] not in ("", None) else np.nan for r in rows])

    return rows, col


def test_mss_2021_reproduces_every_published_class():
    rows, col = read_mss()
    assert len(rows) == 542
    status = np.column_stack([col(c) for c in ("S1", "S3", "S4")])
    dynamics = np.column_stack([col(c) for c in ("D1", "D3", "D4")])
    res = T.mss_typology(status, dynamics, ["S1", "S3", "S4"], ["D1", "D3", "D4"],
                         population=col("EW"), min_population=300)
    si, di = col("SI_N"), col("DI_N")
    published = np.isfinite(si)
    assert published.sum() == 536
    assert np.array_equal(res.classified, published)
    assert np.array_equal(res.extra["mss_status"][published], si[published])
    # the Senate numbers the dynamics classes 1, 3, 5; we number them 1, 2, 3
    assert np.array_equal(res.extra["mss_dynamics"][published], (di[published] + 1) / 2)
    # the published class counts (SOURCE.md): hoch 75, mittel 366, niedrig 46, sehr niedrig 49
    assert np.bincount(res.extra["mss_status"][published].astype(int)).tolist() == [0, 75, 366, 46, 49]
    assert np.array_equal(res.type_id[published],
                          10 * res.extra["mss_status"][published] + res.extra["mss_dynamics"][published])
    # the published combined label, e.g. "Status mittel , Dynamik negativ"
    german = dict(T.TEMPLATES, mss="Status {status}, Dynamik {dynamics}",
                  status_1="hoch", status_2="mittel", status_3="niedrig", status_4="sehr niedrig",
                  dynamics_1="positiv", dynamics_2="stabil", dynamics_3="negativ")
    res_de = T.mss_typology(status, dynamics, ["S1", "S3", "S4"], ["D1", "D3", "D4"],
                            population=col("EW"), templates=german)
    for i in np.flatnonzero(published):
        assert res_de.labels[int(res_de.type_id[i])] == rows[i]["SDI_V"].replace(" ,", ",")


def test_mss_index_by_hand_and_small_units_left_out():
    # two indicators, four units; the fifth has 100 residents and must not move the mean
    S = np.array([[1.0, 2.0], [2.0, 2.0], [3.0, 6.0], [6.0, 6.0], [100.0, 100.0]])
    D = np.array([[0.0], [1.0], [2.0], [5.0], [9.0]])
    pop = np.array([500, 500, 500, 500, 100])
    res = T.mss_typology(S, D, ["a", "b"], ["d"], population=pop, min_population=300)
    assert res.small.tolist() == [False] * 4 + [True]
    assert np.isnan(res.type_id[4]) and np.isnan(res.extra["mss_status_index"][4])
    a = np.array([1, 2, 3, 6.0])
    b = np.array([2, 2, 6, 6.0])
    za = (a - 3) / np.sqrt(((a - 3) ** 2).sum() / 3)
    zb = (b - 4) / np.sqrt(((b - 4) ** 2).sum() / 3)
    s = za + zb
    want = (s - s.mean()) / s.std(ddof=1)
    assert res.extra["mss_status_index"][:4] == pytest.approx(want, abs=1e-12)
    d = np.array([0, 1, 2, 5.0])
    want_d = (d - 2) / d.std(ddof=1)
    assert res.extra["mss_dynamics_index"][:4] == pytest.approx(want_d, abs=1e-12)
    # classes: below -1 hoch, above 1 niedrig (<= 1.5), above 1.5 sehr niedrig
    assert T.mss_status_class(np.array([-1.01, -1.0, 1.0, 1.01, 1.5, 1.51])).tolist() == [1, 2, 2, 3, 3, 4]
    assert T.mss_dynamics_class(np.array([-1.01, -1.0, 1.0, 1.01])).tolist() == [1, 2, 2, 3]


# --------------------------------------------------------------------------------------- k-means

FOUR = [[0, 0, 0], [4, 0, 0], [0, 4, 0], [0, 0, 4]]


def test_kmeans_invariant_under_input_order_and_reproducible():
    X = blobs(FOUR, 40, 1.2, seed=3) + 6
    names = ["mil_KOS_share", "mil_PER_share", "x"]
    a = T.kmeans_typology(X, names, k=5, restarts=20, seed=7)
    perm = np.random.default_rng(1).permutation(len(X))
    b = T.kmeans_typology(X[perm], names, k=5, restarts=20, seed=7)
    assert np.array_equal(a.type_id[perm], b.type_id)
    assert np.array_equal(a.distance[perm], b.distance)
    assert a.labels == b.labels
    again = T.kmeans_typology(X, names, k=5, restarts=20, seed=7)
    assert np.array_equal(a.type_id, again.type_id)
    # numbered by size: type 1 is the largest
    sizes = np.bincount(a.type_id.astype(int))[1:]
    assert list(sizes) == sorted(sizes, reverse=True)


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 10_000), st.integers(2, 4))
def test_kmeans_order_invariance_property(seed, k):
    rng = np.random.default_rng(seed)
    X = rng.gamma(2.0, 1.0, (30, 3))
    X[rng.integers(0, 30, 5)] = X[0]   # duplicated rows must not matter either
    perm = rng.permutation(30)
    a = T.kmeans_typology(X, ["a", "b", "c"], k=k, restarts=3, seed=seed, transform_method="zscore")
    b = T.kmeans_typology(X[perm], ["a", "b", "c"], k=k, restarts=3, seed=seed,
                          transform_method="zscore")
    assert np.array_equal(a.type_id[perm], b.type_id)


def test_within_ss_no_worse_than_sklearn_best_of_the_same_restarts():
    from sklearn.cluster import KMeans

    # 12 blobs of unequal size: a single k-means++ run mostly ends in a local optimum
    # (about 9 in 10 seeds), 100 restarts find the best partition
    rng = np.random.default_rng(5)
    centres = np.array([[x, y] for x in range(0, 20, 5) for y in range(0, 15, 5)], float)
    X = np.vstack([rng.normal(c, 1.0, (rng.integers(10, 40), 2)) for c in centres])
    res = T.kmeans_typology(X, ["x", "y"], k=12, restarts=100, seed=2, transform_method="none")
    ours = T.within_ss(X, res.type_id)
    assert ours == pytest.approx(res.inertia, rel=1e-12)
    best = KMeans(n_clusters=12, n_init=100, random_state=2).fit(X).inertia_
    singles = np.array([KMeans(n_clusters=12, n_init=1, random_state=s).fit(X).inertia_
                        for s in range(100)])
    assert (singles > singles.min() * 1.001).mean() > 0.5   # restarts matter on this data
    assert ours <= min(best, singles.min()) * (1 + 1e-9)


def test_silhouette_chooses_the_obvious_k():
    X = blobs([[0, 0], [10, 0], [0, 10], [10, 10], [5, 20]], 30, 0.5, seed=4) + 20
    res = T.kmeans_typology(X, ["a", "b"], k=0, restarts=10, seed=0, transform_method="zscore")
    assert res.k == 5
    assert set(res.silhouettes) == set(range(2, 11))
    assert max(res.silhouettes, key=res.silhouettes.get) == 5
    assert len(np.unique(res.type_id)) == 5


def test_labels_name_what_sets_a_type_apart():
    # type A: high KOS and PER; type B: high HED; type C: low everything
    base = np.array([[0.34, 0.28, 0.05], [0.05, 0.05, 0.40], [0.02, 0.02, 0.02]])
    X = np.repeat(base, [20, 15, 10], axis=0) + np.random.default_rng(0).normal(0, 0.005, (45, 3))
    res = T.kmeans_typology(X, ["mil_KOS_share", "mil_PER_share", "mil_HED_share"], k=3,
                            restarts=10, seed=1)
    got = {int(t): res.labels[int(t)] for t in res.type_id}
    assert got[1] == "high share of KOS, PER"
    assert got[2] == "high share of HED"
    # the low type lies below the mean in all three, named from the furthest below
    c = res.type_id == 3
    diff = (X[c].mean(0) - X.mean(0)) / X.std(0)
    assert (diff <= -0.5).all()
    names = np.array(["KOS", "PER", "HED"])[np.argsort(diff)]
    assert got[3] == "low share of " + ", ".join(names)
    de = T.kmeans_typology(X, ["mil_KOS_share", "mil_PER_share", "mil_HED_share"], k=3,
                           restarts=10, seed=1, templates={"high": "hoher Anteil {names}"})
    assert de.labels[1] == "hoher Anteil KOS, PER"
    assert T.display_name("mil_KOS_share") == "KOS" and T.display_name("foreign") == "foreign"


def test_transforms():
    X = np.array([[0.0, 1.0], [1.0, 3.0], [3.0, 5.0]])
    a = T.transform(X, "asinh_range")
    want = (np.arcsinh(X) - np.arcsinh(X).min(0)) / (np.arcsinh(X).max(0) - np.arcsinh(X).min(0))
    assert a == pytest.approx(want)
    assert a.min(0).tolist() == [0, 0] and a.max(0).tolist() == [1, 1]
    z = T.transform(X, "zscore")
    assert z.mean(0) == pytest.approx([0, 0], abs=1e-12) and z.std(0) == pytest.approx([1, 1])


# ------------------------------------------------------------------------------------- profile

def test_profile_index_scores_by_hand():
    # two obvious types; indicator a: 1,1,1 | 7,7 → means 1 and 7, overall 3.4
    X = np.array([[1.0, 10.0], [1.0, 10.0], [1.0, 12.0], [7.0, 0.0], [7.0, 2.0]])
    pop = np.array([100, 200, 300, 400, 500])
    res = T.kmeans_typology(X, ["a", "b"], k=2, restarts=5, seed=0, population=pop,
                            min_population=0)
    rows = T.profile(X, ["a", "b"], res, pop)
    assert [r["type_id"] for r in rows] == [1, 2, None]
    t1, t2, everything = rows
    assert (t1["districts"], t1["population"]) == (3, 600.0)
    assert (t2["districts"], t2["population"]) == (2, 900.0)
    assert t1["means"]["a"] == pytest.approx(1.0) and t2["means"]["a"] == pytest.approx(7.0)
    assert t1["index"]["a"] == pytest.approx(1 / 3.4 * 100)
    assert t2["index"]["a"] == pytest.approx(7 / 3.4 * 100)
    assert t1["index"]["b"] == pytest.approx((32 / 3) / 6.8 * 100)
    assert t2["index"]["b"] == pytest.approx(1 / 6.8 * 100)
    assert everything["index"] == {"a": pytest.approx(100.0), "b": pytest.approx(100.0)}
    assert everything["districts"] == 5 and everything["population"] == 1500.0


def test_null_rows_stay_unclassified_and_out_of_the_means():
    X = np.array([[1.0, 2.0], [1.1, 2.0], [5.0, 6.0], [5.2, 6.1], [np.nan, 3.0]])
    res = T.kmeans_typology(X, ["a", "b"], k=2, restarts=5, seed=0)
    assert res.missing.tolist() == [False] * 4 + [True]
    assert np.isnan(res.type_id[4]) and np.isnan(res.distance[4])
    assert res.classified.sum() == 4
    rows = T.profile(X, ["a", "b"], res)
    assert rows[-1]["means"]["a"] == pytest.approx(3.075)


# ---------------------------------------------------------------------------------- contiguous

def smooth_field(rows, cols, seed=0):
    r, c = np.divmod(np.arange(rows * cols), cols)
    rng = np.random.default_rng(seed)
    return np.column_stack([np.sin(r / 3.0) + 0.1 * rng.normal(size=r.size),
                            np.cos(c / 4.0) + 0.1 * rng.normal(size=r.size),
                            rng.gamma(2, 1, r.size)]) + 3


def test_contiguous_types_are_connected_and_equal_sklearn_ward():
    from sklearn.cluster import AgglomerativeClustering

    W = grid_queen(14, 16)
    X = smooth_field(14, 16)
    res = T.contiguous_typology(X, ["a", "b", "c"], W, k=7, transform_method="zscore")
    ids = res.type_id.astype(int)
    assert sorted(np.unique(ids)) == list(range(1, 8))
    for t in np.unique(ids):
        m = np.flatnonzero(ids == t)
        n_parts, _ = connected_components(W[m][:, m], directed=False)
        assert n_parts == 1, f"type {t} is not connected"
    want = AgglomerativeClustering(n_clusters=7, linkage="ward", connectivity=W).fit(
        T.transform(X, "zscore")).labels_
    assert same_partition(ids, want)
    perm = np.random.default_rng(3).permutation(len(X))
    again = T.contiguous_typology(X[perm], ["a", "b", "c"], W[perm][:, perm], k=7,
                                  transform_method="zscore")
    assert np.array_equal(again.type_id, res.type_id[perm])


def test_contiguous_separate_areas_and_islands_are_never_joined():
    from sklearn.cluster import AgglomerativeClustering

    A, B = grid_queen(8, 8), grid_queen(6, 10)
    island = sparse.csr_matrix((1, 1))
    W = sparse.block_diag([A, B, island]).tocsr()
    X = np.vstack([smooth_field(8, 8, 1), smooth_field(6, 10, 2) + 1, [[9.0, 9.0, 9.0]]])
    res = T.contiguous_typology(X, ["a", "b", "c"], W, k=6, transform_method="zscore")
    assert res.components == 2
    assert res.islands.tolist() == [False] * 124 + [True]
    assert np.isnan(res.type_id[-1]) and not res.classified[-1]
    ids = res.type_id
    in_a, in_b = set(ids[:64].astype(int)), set(ids[64:124].astype(int))
    assert not in_a & in_b and len(in_a | in_b) == 6
    Z = T.transform(X[:124], "zscore")   # the transform sees exactly the classified units
    for sl, w, types in ((slice(0, 64), A, in_a), (slice(64, 124), B, in_b)):
        want = AgglomerativeClustering(n_clusters=len(types), linkage="ward",
                                       connectivity=w).fit(Z[sl]).labels_
        assert same_partition(ids[sl].astype(int), want)


def test_contiguous_k_below_areas_refused():
    W = sparse.block_diag([grid_queen(3, 3), grid_queen(3, 3), grid_queen(3, 3)]).tocsr()
    X = np.vstack([smooth_field(3, 3, s) for s in range(3)])
    with pytest.raises(InputError, match="3 separate areas.*at least 3"):
        T.contiguous_typology(X, ["a", "b", "c"], W, k=2)
    res = T.contiguous_typology(X, ["a", "b", "c"], W, k=0)
    assert res.k >= 3 and res.silhouettes and min(res.silhouettes) == 3


# ------------------------------------------------------------------------------------ bad input

@pytest.mark.parametrize("X, k, words", [
    (np.array([[1.0, 2], [2, 3], [3, 1]]), 4, ["K = 4", "larger", "(3)"]),
    (np.array([[1.0, 2], [1, 3], [1, 1]]), 2, ["'a'", "constant"]),
    (np.array([[np.nan, 2], [np.nan, 3], [np.nan, 1]]), 2, ["'a'", "all NULL"]),
    (np.array([[1.0, 2], [np.nan, 3], [np.nan, 1]]), 2, ["Fewer than 2 units"]),
    (np.array([[1.0, 2], [2, 3], [3, 1]]), 1, ["K = 1"]),
    (np.array([[1.0, 2], [1, 2], [3, 1]]), 3, ["only 2 distinct"]),
    (np.array([[1.0, 2], [2, 3]]), 0, ["at least 3"]),
])
def test_bad_input_one_message_each(X, k, words):
    with pytest.raises(InputError) as info:
        T.kmeans_typology(X, ["a", "b"], k=k, restarts=2, seed=0)
    for w in words:
        assert w in str(info.value)


def test_without_sklearn_kmeans_says_what_to_install_and_mss_works(monkeypatch):
    real_import = builtins.__import__

    def blocked(name, *args, **kwargs):
        if name == "sklearn" or name.startswith("sklearn."):
            raise ImportError("No module named 'sklearn'")
        return real_import(name, *args, **kwargs)

    for name in [m for m in list(__import__("sys").modules) if m.startswith("sklearn")]:
        monkeypatch.delitem(__import__("sys").modules, name)
    monkeypatch.setattr(builtins, "__import__", blocked)
    X = np.array([[1.0, 2], [2, 3], [3, 1], [4, 4]])
    for method, call in (("kmeans", lambda: T.kmeans_typology(X, ["a", "b"], k=2)),
                         ("contiguous", lambda: T.contiguous_typology(
                             X, ["a", "b"], grid_queen(2, 2), k=2))):
        with pytest.raises(InputError, match=f"METHOD={method}.*python3-sklearn"):
            call()
    res = T.mss_typology(X[:, :1], X[:, 1:], ["a"], ["b"])
    assert res.classified.all()
