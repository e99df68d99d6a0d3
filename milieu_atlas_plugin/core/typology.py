"""District typology: k-means types (UK Output Area Classification), contiguous Ward regions and
the index classes of Berlin's Monitoring Soziale Stadtentwicklung (MSS).

Pure numpy/scipy; scikit-learn (k-means, Ward, silhouette) is imported inside the functions that
need it, so the rest of the plugin works without it and `mss` needs only numpy.

Missing values: a unit with NULL (NaN) in any indicator, or with a population below the minimum,
is left unclassified (all type fields NULL) and counted in the result; it takes no part in the
means, standard deviations and clusters. This is what Berlin does with its planning areas of
fewer than 300 residents and its outliers.

Order invariance: every computation runs on the units sorted by their values (`canonical_order`),
and types are numbered by size (largest = 1, ties by the centre's values), so a typology does not
depend on the order of the features; the same seed gives the same types.
"""
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP

TRANSFORMS = ("asinh_range", "zscore", "none")
METHODS = ("kmeans", "contiguous", "mss")
K_RANGE = (2, 10)
# Silhouettes of more units are estimated on a seeded sample of this size (exact below it).
SILHOUETTE_SAMPLE = 4000
# A type is labelled by the indicators whose type mean lies at least this many standard
# deviations above (else below) the overall mean, at most LABEL_NAMES of them.
LABEL_THRESHOLD = 0.5
LABEL_NAMES = 3

# MSS 2021 class limits on the z-scored index (high values = disadvantage).
MSS_STATUS_LIMITS = (-1.0, 1.0, 1.5)   # < -1 hoch (1), [-1, 1] mittel (2), (1, 1.5] niedrig (3), > 1.5 sehr niedrig (4)
MSS_DYNAMICS_LIMITS = (-1.0, 1.0)      # < -1 positiv (1), [-1, 1] stabil (2), > 1 negativ (3)

# English label templates; the algorithm passes translated ones (same keys, same placeholders).
TEMPLATES = {
    "high": "high share of {names}",
    "low": "low share of {names}",
    "average": "average composition",
    "duplicate": "{label} (type {id})",
    "mss": "Status {status}, dynamics {dynamics}",
    "status_1": "high", "status_2": "medium", "status_3": "low", "status_4": "very low",
    "dynamics_1": "positive", "dynamics_2": "stable", "dynamics_3": "negative",
}

SKLEARN_HINT = QT_TRANSLATE_NOOP(
    "MilieuAtlas", "districttypology METHOD={method} needs scikit-learn, which is not installed: install "
    "the Debian package python3-sklearn (or `pip install scikit-learn` for the Python that runs QGIS). "
    "METHOD=mss works without it.")


def require_sklearn(method):
    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise InputError(SKLEARN_HINT, method=method) from None


def display_name(field_name):
    """'mil_KOS_share' → 'KOS': the short name used in type labels."""
    name = str(field_name)
    if name.startswith("mil_"):
        name = name[4:]
    if name.endswith("_share"):
        name = name[:-6]
    return name


@dataclass
class Typology:
    """Per unit (aligned with the input rows; NaN / 0 where unclassified) and per type."""
    type_id: np.ndarray            # float, NaN = unclassified
    distance: np.ndarray           # float, NaN = unclassified
    labels: dict                   # type id -> label
    k: int
    classified: np.ndarray         # bool
    missing: np.ndarray            # bool: unclassified for a NULL value
    small: np.ndarray              # bool: unclassified for a population below the minimum
    islands: np.ndarray = None     # bool: unclassified as a contiguous island (no neighbour)
    silhouettes: dict = field(default_factory=dict)  # k -> silhouette, when K was chosen
    components: int = 1            # separate areas (contiguous)
    inertia: float = float("nan")  # within-type sum of squares in the transformed space
    extra: dict = field(default_factory=dict)        # mss: status, dynamics and the two indices


# ---------------------------------------------------------------------------------------- input

def usable_units(X, names, population=None, min_population=0):
    """Validates the indicator matrix (n × p, NaN = NULL); returns (ok, missing, small) masks."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Choose at least one indicator field."))
    for j, name in enumerate(names):
        if not np.isfinite(X[:, j]).any():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Indicator '{name}' has no values (all NULL)."),
                name=name)
    missing = ~np.isfinite(X).all(axis=1)
    small = np.zeros(len(X), bool)
    if population is not None:
        population = np.asarray(population, dtype=float)
        small = ~(population >= min_population) & ~missing
    ok = ~missing & ~small
    if ok.sum() < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Fewer than 2 units can be classified ({ok} of {n_x} have a value in every indicator and "
            "enough population)."),
            ok=int(ok.sum()), n_x=len(X))
    for j, name in enumerate(names):
        col = X[ok, j]
        if col.min() == col.max():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Indicator '{name}' is constant ({col:g} in every classified unit): it cannot separate "
                "types; leave it out."),
                name=name, col=col[0])
    return ok, missing, small


def canonical_order(X, tiebreak=None):
    """Row order that depends only on the values (rows sorted lexicographically, then by the
    optional tie-break columns, e.g. centroids)."""
    keys = [X[:, j] for j in range(X.shape[1])]
    if tiebreak is not None:
        keys += [tiebreak[:, j] for j in range(tiebreak.shape[1])]
    return np.lexsort(keys[::-1])


def transform(X, method):
    """asinh_range (UK OAC 2011: inverse hyperbolic sine, then range-standardised to [0, 1]),
    zscore (mean 0, standard deviation 1) or none."""
    if method == "none":
        return np.array(X, dtype=float)
    if method == "zscore":
        return (X - X.mean(axis=0)) / X.std(axis=0)
    if method == "asinh_range":
        a = np.arcsinh(X)
        lo, hi = a.min(axis=0), a.max(axis=0)
        return (a - lo) / (hi - lo)
    raise InputError(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Unknown TRANSFORM '{method}'; use one of {transforms}."),
        method=method, transforms=', '.join(TRANSFORMS))


# ---------------------------------------------------------------------------------- clustering

def renumber_by_size(labels, Z):
    """Labels 0..k-1 → type ids 1..k, largest type first; ties by the centre's values."""
    k = int(labels.max()) + 1
    sizes = np.bincount(labels, minlength=k)
    centres = np.vstack([Z[labels == c].mean(axis=0) for c in range(k)])
    keys = [centres[:, j] for j in range(centres.shape[1])][::-1] + [-sizes]
    rank = np.empty(k, int)
    rank[np.lexsort(keys)] = np.arange(k)
    return rank[labels] + 1


def kmeans_labels(Z, k, restarts, seed):
    """scikit-learn's k-means, `restarts` k-means++ starts, on one thread: the sums then run in
    the same order on every machine (the same seed gives the same types everywhere), and on a
    busy machine it is many times faster than OpenMP threads competing for the cores."""
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    model = KMeans(n_clusters=k, init="k-means++", n_init=int(restarts), random_state=seed,
                   algorithm="lloyd")
    with threadpool_limits(limits=1):
        return model.fit(Z).labels_.astype(int)


def within_ss(Z, ids):
    """Within-type sum of squared distances to the type centres."""
    total = 0.0
    for c in np.unique(ids):
        members = Z[ids == c]
        total += float(((members - members.mean(axis=0)) ** 2).sum())
    return total


def scaled_distance(Z, ids):
    """Distance to the type centre divided by the type's root-mean-square distance: about 1 for
    a typical member, 2 and more for an unusual one; 0 in a type whose members are identical."""
    out = np.zeros(len(Z))
    for c in np.unique(ids):
        m = ids == c
        d = np.sqrt(((Z[m] - Z[m].mean(axis=0)) ** 2).sum(axis=1))
        rms = np.sqrt((d ** 2).mean())
        out[m] = d / rms if rms > 0 else 0.0
    return out


def silhouette(Z, labels, seed):
    from sklearn.metrics import silhouette_score

    n = len(Z)
    if n > SILHOUETTE_SAMPLE:
        return float(silhouette_score(Z, labels, sample_size=SILHOUETTE_SAMPLE,
                                      random_state=0 if seed is None else seed))
    return float(silhouette_score(Z, labels))


def check_k(k, n, distinct):
    if k == 1 or k < 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "K = {key}: choose 0 (chosen by silhouette) or at least 2 types."),
            key=k)
    if k > n:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "K = {key} is larger than the number of districts that can be classified ({n})."),
            key=k, n=n)
    if k > distinct:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "K = {key}, but the classified districts have only {distinct} distinct combinations of "
            "indicator values."),
            key=k, distinct=distinct)


def _k_candidates(n, distinct, smallest=K_RANGE[0]):
    hi = min(K_RANGE[1], n - 1, distinct)
    ks = list(range(max(K_RANGE[0], smallest), hi + 1))
    if not ks:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "K = 0 chooses between {k_range} and {k_range2} types by silhouette, which needs at "
            "least 3 distinct districts ({n} can be classified)."),
            k_range=K_RANGE[0], k_range2=K_RANGE[1], n=n)
    return ks


def _best_k(fits, seed):
    """fits: {k: labels}; the k with the highest silhouette (the smaller on a tie)."""
    scores = {k: silhouette(Z_, lab, seed) for k, (Z_, lab) in fits.items()}
    best = max(scores, key=lambda k: (scores[k], -k))
    return best, scores


def _distinct_rows(Z):
    return len(np.unique(Z, axis=0))


def _finish(n, ok, missing, small, order, Zs, ids_sorted, k, labels, **kw):
    type_id = np.full(n, np.nan)
    distance = np.full(n, np.nan)
    rows = np.flatnonzero(ok)[order]
    type_id[rows] = ids_sorted
    distance[rows] = scaled_distance(Zs, ids_sorted)
    return Typology(type_id=type_id, distance=distance, labels=labels, k=k, classified=ok,
                    missing=missing, small=small, inertia=within_ss(Zs, ids_sorted), **kw)


def kmeans_typology(X, names, k=0, restarts=100, seed=None, transform_method="asinh_range",
                    population=None, min_population=0, templates=None):
    """UK-OAC-style k-means on the transformed indicators, `restarts` k-means++ starts."""
    require_sklearn("kmeans")
    X = np.asarray(X, dtype=float)
    ok, missing, small = usable_units(X, names, population, min_population)
    if int(restarts) < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "RESTARTS = {restarts}: at least 1 start is needed."),
            restarts=restarts)
    Xo = X[ok]
    order = canonical_order(Xo)
    Xs = Xo[order]
    Zs = transform(Xs, transform_method)
    distinct = _distinct_rows(Zs)
    silhouettes = {}
    if k == 0:
        fits = {c: (Zs, kmeans_labels(Zs, c, restarts, seed)) for c in _k_candidates(len(Zs), distinct)}
        k, silhouettes = _best_k(fits, seed)
        labels = fits[k][1]
    else:
        check_k(k, len(Zs), distinct)
        labels = kmeans_labels(Zs, k, restarts, seed)
    ids = renumber_by_size(labels, Zs)
    names_by_id = composition_labels(Xs, ids, names, templates)
    return _finish(len(X), ok, missing, small, order, Zs, ids, k, names_by_id,
                   silhouettes=silhouettes)


# ------------------------------------------------------------------------------- contiguous

def _ward_forest(Z, connectivity, comps, multi):
    """Ward trees of each multi-unit component: [(members, children, distances)]."""
    from sklearn.cluster import ward_tree

    trees = []
    for c in multi:
        members = np.flatnonzero(comps == c)
        sub = connectivity[members][:, members]
        children, _, _, _, distances = ward_tree(Z[members], connectivity=sub,
                                                 return_distance=True)
        trees.append((members, np.asarray(children), np.asarray(distances)))
    return trees


def _cut_forest(trees, n, n_clusters):
    """Labels (0..n_clusters-1, per unit; -1 outside the trees) after the greedy global merge
    order: the Ward merges of all components interleaved by their merge cost, as one Ward run
    that may never merge across components would do; the first (units - n_clusters) merges."""
    import heapq

    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    units = sum(len(t[0]) for t in trees)
    todo = units - n_clusters
    done = [0] * len(trees)
    heap = [(t[2][0], i) for i, t in enumerate(trees) if len(t[2])]
    heapq.heapify(heap)
    for _ in range(todo):
        _, i = heapq.heappop(heap)
        done[i] += 1
        if done[i] < len(trees[i][2]):
            heapq.heappush(heap, (trees[i][2][done[i]], i))
    labels = np.full(n, -1)
    offset = 0
    for (members, children, _), m in zip(trees, done):
        size = len(members)
        parents = size + np.arange(m)
        rows = np.r_[children[:m, 0], children[:m, 1]]
        cols = np.r_[parents, parents]
        graph = sparse.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(2 * size - 1,) * 2)
        _, comp = connected_components(graph, directed=False)
        _, leaf = np.unique(comp[:size], return_inverse=True)
        labels[members] = leaf + offset
        offset += leaf.max() + 1
    return labels


def contiguous_typology(X, names, connectivity, k=0, seed=None, transform_method="asinh_range",
                        population=None, min_population=0, tiebreak=None, templates=None):
    """Ward clustering constrained to the queen adjacency: every type is a connected region.

    Islands (classified units without a classified neighbour) are left unclassified and flagged;
    separate areas (components of the adjacency) each get their own types, never joined."""
    require_sklearn("contiguous")
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    X = np.asarray(X, dtype=float)
    ok, missing, small = usable_units(X, names, population, min_population)
    W = sparse.csr_matrix(connectivity)
    rows_ok = np.flatnonzero(ok)
    W = W[rows_ok][:, rows_ok]
    W = ((W + W.T) > 0).astype(float).tocoo()
    off = W.row != W.col
    W = sparse.csr_matrix((W.data[off], (W.row[off], W.col[off])), shape=W.shape)
    n_comp, comps = connected_components(W, directed=False)
    sizes = np.bincount(comps, minlength=n_comp)
    island_local = sizes[comps] == 1
    islands = np.zeros(len(X), bool)
    islands[rows_ok[island_local]] = True
    ok = ok & ~islands
    keep = ~island_local
    Xo = X[ok]
    if len(Xo) < 2:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Fewer than 2 districts with a neighbour can be classified ({islands} islands)."),
            islands=int(islands.sum()))
    for j, name in enumerate(names):
        if Xo[:, j].min() == Xo[:, j].max():
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Indicator '{name}' is constant ({xo:g}) in every district with a neighbour: it cannot "
                "separate types; leave it out."),
                name=name, xo=Xo[0, j])
    W = W[keep][:, keep]
    tb = None if tiebreak is None else np.asarray(tiebreak, float)[ok]
    order = canonical_order(Xo, tb)
    Xs = Xo[order]
    W = W[order][:, order].tocsr()
    Zs = transform(Xs, transform_method)
    n_comp, comps = connected_components(W, directed=False)
    trees = _ward_forest(Zs, W, comps, range(n_comp))
    silhouettes = {}
    if k == 0:
        if n_comp > K_RANGE[1]:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "The districts form {n_comp} separate areas and a type never crosses between them: K = 0 "
                "chooses at most {k_range} types; give K (at least {n_comp})."),
                n_comp=n_comp, k_range=K_RANGE[1])
        ks = _k_candidates(len(Zs), len(Zs), smallest=n_comp)
        fits = {c: (Zs, _cut_forest(trees, len(Zs), c)) for c in ks}
        k, silhouettes = _best_k(fits, seed)
        labels = fits[k][1]
    else:
        check_k(k, len(Zs), len(Zs))
        if k < n_comp:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "The districts form {n_comp} separate areas (not counting {islands} islands) and a type "
                "never crosses between them: K = {key} is too small, use at least {n_comp}."),
                n_comp=n_comp, islands=int(islands.sum()), key=k)
        labels = _cut_forest(trees, len(Zs), k)
    ids = renumber_by_size(labels, Zs)
    names_by_id = composition_labels(Xs, ids, names, templates)
    return _finish(len(X), ok, missing, small, order, Zs, ids, k, names_by_id,
                   silhouettes=silhouettes, islands=islands, components=n_comp)


# ------------------------------------------------------------------------------------ labels

def composition_labels(X, ids, names, templates=None):
    """Type id → label from the indicators whose type mean lies furthest above the overall mean
    (in overall standard deviations, at least LABEL_THRESHOLD; else the furthest below)."""
    t = dict(TEMPLATES, **(templates or {}))
    short = [display_name(n) for n in names]
    mean, sd = X.mean(axis=0), X.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)
    labels = {}
    for c in np.unique(ids):
        diff = (X[ids == c].mean(axis=0) - mean) / sd
        order = np.lexsort((np.arange(len(diff)), -diff))
        high = [short[j] for j in order if diff[j] >= LABEL_THRESHOLD][:LABEL_NAMES]
        low = [short[j] for j in order[::-1] if diff[j] <= -LABEL_THRESHOLD][:LABEL_NAMES]
        if high:
            text = t["high"].format(names=", ".join(high))
        elif low:
            text = t["low"].format(names=", ".join(low))
        else:
            text = t["average"]
        labels[int(c)] = text
    seen = {}
    for c, text in labels.items():
        seen.setdefault(text, []).append(c)
    for text, ids_ in seen.items():
        if len(ids_) > 1:
            for c in ids_:
                labels[c] = t["duplicate"].format(label=text, id=c)
    return labels


# --------------------------------------------------------------------------------------- MSS

def mss_index(V):
    """MSS index: each indicator z-scored, the z-scores summed, the sum z-scored again
    (standard deviations with n - 1; n gives the same 2021 classes)."""
    z = (V - V.mean(axis=0)) / V.std(axis=0, ddof=1)
    s = z.sum(axis=1)
    return (s - s.mean()) / s.std(ddof=1)


def mss_status_class(index):
    a, b, c = MSS_STATUS_LIMITS
    return np.where(index < a, 1, np.where(index <= b, 2, np.where(index <= c, 3, 4)))


def mss_dynamics_class(index):
    a, b = MSS_DYNAMICS_LIMITS
    return np.where(index < a, 1, np.where(index <= b, 2, 3))


def mss_typology(status, dynamics, status_names, dynamics_names, population=None,
                 min_population=300, templates=None):
    """Berlin's MSS: status and dynamics indices and their classes; type id = 10 × status class
    + dynamics class (11 = Status hoch, Dynamik positiv … 43 = sehr niedrig, negativ).

    Every indicator counts high = disadvantage (unemployment, transfer receipt, child poverty and
    their increases), as in the MSS."""
    t = dict(TEMPLATES, **(templates or {}))
    S = np.asarray(status, dtype=float)
    D = np.asarray(dynamics, dtype=float)
    if S.ndim != 2 or S.shape[1] == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "METHOD=mss: choose at least one status indicator (STATUS_FIELDS)."))
    if D.ndim != 2 or D.shape[1] == 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "METHOD=mss: choose at least one dynamics indicator (DYNAMICS_FIELDS)."))
    names = list(status_names) + list(dynamics_names)
    ok, missing, small = usable_units(np.hstack([S, D]), names, population, min_population)
    n = len(S)
    si = np.full(n, np.nan)
    di = np.full(n, np.nan)
    si[ok] = mss_index(S[ok])
    di[ok] = mss_index(D[ok])
    status_cls = mss_status_class(si[ok])
    dyn_cls = mss_dynamics_class(di[ok])
    ids = 10 * status_cls + dyn_cls
    labels = {int(c): t["mss"].format(status=t[f"status_{c // 10}"],
                                      dynamics=t[f"dynamics_{c % 10}"]) for c in np.unique(ids)}
    type_id = np.full(n, np.nan)
    type_id[ok] = ids
    distance = np.full(n, np.nan)
    P = np.column_stack([si[ok], di[ok]])
    distance[ok] = scaled_distance(P, ids)
    st = np.full(n, np.nan)
    dy = np.full(n, np.nan)
    st[ok] = status_cls
    dy[ok] = dyn_cls
    return Typology(type_id=type_id, distance=distance, labels=labels, k=len(labels),
                    classified=ok, missing=missing, small=small, inertia=within_ss(P, ids),
                    extra={"mss_status": st, "mss_dynamics": dy, "mss_status_index": si,
                           "mss_dynamics_index": di})


# ------------------------------------------------------------------------------------ profile

def _nanmean(X):
    """Column means over the non-NULL values (NaN where a column has none)."""
    count = np.isfinite(X).sum(axis=0)
    total = np.where(np.isfinite(X), X, 0.0).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(count > 0, total / np.maximum(count, 1), np.nan)


def profile(X, names, typology, population=None):
    """Per type (by id) and for all classified units: count, population, the mean of every
    indicator and its index score = type mean / overall mean × 100 (UK OAC; NaN where the
    overall mean is 0). Returns a list of dicts."""
    X = np.asarray(X, dtype=float)
    ok = typology.classified
    ids = typology.type_id[ok]
    Xo = X[ok]
    pop = None if population is None else np.asarray(population, float)[ok]
    overall = _nanmean(Xo)
    rows = []
    groups = [(int(c), ids == c) for c in np.unique(ids)] + [(None, np.ones(len(ids), bool))]
    for c, m in groups:
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = _nanmean(Xo[m])
            index = np.where(overall != 0, mean / overall * 100.0, np.nan)
        rows.append({
            "type_id": c,
            "type_label": None if c is None else typology.labels[c],
            "districts": int(m.sum()),
            "population": None if pop is None else float(np.nansum(pop[m])),
            "means": dict(zip(names, mean.tolist())),
            "index": dict(zip(names, index.tolist())),
        })
    return rows
