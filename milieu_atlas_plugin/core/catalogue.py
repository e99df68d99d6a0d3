"""The single entry point of the segregation engine: validated input in, rows of the output table out.

The Processing algorithm `milieuatlas:segregationindices` calls :func:`compute_indices`; rows follow
the output schema of shared/design/contracts.md. Pure numpy/scipy: no QGIS import here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping, Optional, Sequence

import numpy as np

if TYPE_CHECKING:  # scipy is imported where used: it costs start-up time most runs do not need
    import scipy.sparse as sp

from ..errors import Cancelled as _Cancelled, QT_TRANSLATE_NOOP, Text
from ..errors import InputError
from . import inference, twogroup
from . import multigroup as mg


@dataclass
class IndexRow:
    """One output row (schema of contracts.md)."""

    index: str
    group: str
    value: float
    expected: Optional[float] = None
    p_value: Optional[float] = None
    ci_low: Optional[float] = None
    ci_high: Optional[float] = None
    units: int = 0
    note: str = ""  # English; note_parts holds its parts (Text where translatable) for the output table
    note_parts: list = field(default_factory=list, compare=False, repr=False)

    def note_translated(self):
        """The note in the language of the user interface (note stays English)."""
        return "; ".join(p.translated() if isinstance(p, Text) else str(p) for p in self.note_parts) or self.note


@dataclass
class SpatialContext:
    """Geometry of the units, built by an adapter from the layer; coordinates in a projected CRS (metres)."""

    centroids: np.ndarray  # (n, 2)
    areas: np.ndarray  # (n,)
    perimeters: np.ndarray  # (n,)
    contiguity: Optional[sp.csr_matrix]  # (n, n) queen contiguity, 1/0, symmetric, zero diagonal
    shared_boundary: Optional[sp.csr_matrix]  # (n, n) shared boundary length (rook), symmetric
    # (both None when the indices asked for do not need neighbours: DADJ, DW, DS then refuse)
    note: str = ""  # e.g. "reprojected from EPSG:4326 to EPSG:25833"

    def subset(self, keep: np.ndarray) -> "SpatialContext":
        return self.take(np.flatnonzero(keep))

    def take(self, idx: np.ndarray) -> "SpatialContext":
        """The units at positions `idx`, in that order (reordering and subsetting)."""
        idx = np.asarray(idx, dtype=np.int64)

        def sub(m):
            if m is None:  # (kernel indices need no neighbours: no scipy.sparse import)
                return None
            import scipy.sparse as sp

            return sp.csr_matrix(m)[idx][:, idx].tocsr()

        return SpatialContext(
            centroids=np.asarray(self.centroids, dtype=float)[idx],
            areas=np.asarray(self.areas, dtype=float)[idx],
            perimeters=np.asarray(self.perimeters, dtype=float)[idx],
            contiguity=sub(self.contiguity),
            shared_boundary=sub(self.shared_boundary),
            note=self.note,
        )


# raised when the caller's ``is_cancelled`` callback says so; nothing is returned
Cancelled = _Cancelled


from .codes import (  # noqa: F401 (re-exported: the catalogue's public names)
    ALL_CODES,
    LEVEL_CODES,
    MULTIGROUP_CODES,
    SPATIAL_CODES,
    TWO_GROUP_CODES,
)

# direction of "more segregated than random allocation" for the one-sided permutation p-value
ALTERNATIVE = {"XPY": "less", "DDXPY": "less"}
# composition measures of the city as a whole: random allocation leaves them unchanged
NO_INFERENCE = {"MSC", "MSI", "MDIV"}
_SUITE = "_multigroup_suite"  # key of the one-pass multigroup function in the draws

NOTES = {  # the note per index (A: atkinson_note(b))
    "D": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "dissimilarity, group vs rest of total (Duncan & Duncan 1955)")),
    "GINI": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Gini segregation index (Massey & Denton 1988)")),
    "H": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Theil entropy index, natural log (Theil 1972)")),
    "XPX": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "isolation xPx (Massey & Denton 1988)")),
    "XPY": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "interaction xPy, y = total - group (Massey & Denton 1988)")),
    "ETA2": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "correlation ratio (xPx - P)/(1 - P)")),
    "MD": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "multigroup dissimilarity (Reardon & Firebaugh 2002)")),
    "MGINI": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "multigroup Gini (Reardon & Firebaugh 2002)")),
    "MH": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "multigroup information theory index H = M/E (Theil 1972)")),
    "MM": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "mutual information M, natural log (Theil 1972)")),
    "MNE": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "normalised exposure (Reardon & Firebaugh 2002)")),
    "MSCV": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "squared coefficient of variation (Reardon & Firebaugh 2002)")),
    "MRD": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "relative diversity (Reardon & Firebaugh 2002)")),
    "MSC": Text(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Simpson concentration sum pi_m^2 (city composition, not segregation)")),
    "MSI": Text(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Simpson interaction sum pi_m(1-pi_m) (city composition, not segregation)")),
    "MDIV": Text(QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Shannon diversity E of the city composition, natural log, not normalised")),
    "MM_BETWEEN": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "between-level part of M (exact additive decomposition)")),
    "MM_WITHIN": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "within-level part of M: sum_g (T_g/T) M_g")),
    "MH_BETWEEN": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "between-level part of H = M_between/E")),
    "MH_WITHIN": Text(QT_TRANSLATE_NOOP("MilieuAtlas", "within-level part of H = M_within/E")),
}


def atkinson_note(b) -> Text:
    return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Atkinson index b={b} (Massey & Denton 1988)"), b=b)


def _fail(message: str, unit: Optional[int] = None, **params):
    err = InputError(message, **params)
    err.unit = unit
    raise err


def _as_array(name: str, values, n: Optional[int] = None) -> np.ndarray:
    arr = np.asarray(values)
    if arr.dtype == object:
        arr = np.array([np.nan if v is None else v for v in arr.ravel()], dtype=object)
    try:
        arr = arr.astype(float, copy=False)
    except (TypeError, ValueError):
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: values are not numeric"),
            name=name)
    if arr.ndim != 1:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: expected one value per unit, got an array of shape {shape}"),
            name=name, shape=arr.shape)
    if n is not None and arr.shape[0] != n:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{name}: {shape} values but {n} units"),
            name=name, shape=arr.shape[0], n=n)
    if arr.size and not (np.isfinite(arr.sum()) and arr.min() >= 0):  # one cheap pass when clean
        bad = np.flatnonzero(~np.isfinite(arr))
        if bad.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: missing or non-finite value (NULL/NaN) in unit {bad}"), int(bad[0]),
                name=name, bad=bad[0])
        neg = np.flatnonzero(arr < 0)
        if neg.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: negative count {arr:g} in unit {neg}"), int(neg[0]),
                name=name, arr=arr[neg[0]], neg=neg[0])
    return arr


def _exceeds(a: np.ndarray, t: np.ndarray) -> np.ndarray:
    return a > t + 1e-9 * np.maximum(1.0, t)


def _normalise_codes(codes, multigroup_on, spatial_on, level_on, groups_n):
    if codes is None:
        out = list(TWO_GROUP_CODES)
        if spatial_on:
            out += SPATIAL_CODES
        if multigroup_on:
            out += MULTIGROUP_CODES
            if level_on:
                out += LEVEL_CODES
        return out
    if isinstance(codes, str):
        codes = [codes]
    out = []
    for c in codes:
        code = str(c).strip().upper()
        if code not in ALL_CODES:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "unknown index code {c!r}; known codes: {all_codes}"),
                c=c, all_codes=', '.join(ALL_CODES))
        if code in SPATIAL_CODES and not spatial_on:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "index {code} needs the unit geometry (a polygon layer), but none was given"),
                code=code)
        if code in MULTIGROUP_CODES + LEVEL_CODES and not multigroup_on:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "index {code} needs the multigroup option (group fields as a partition of the total)"),
                code=code)
        if code in LEVEL_CODES and not level_on:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "index {code} needs a level field (the parent unit of each unit)"),
                code=code)
        if code not in out:
            out.append(code)
    return out


def _level_codes(level, n, keep):
    arr = np.asarray(level, dtype=object).ravel()
    if arr.shape[0] != n:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "level: {shape} values but {n} units"),
            shape=arr.shape[0], n=n)
    for i, v in enumerate(arr):
        if v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "":
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "level: missing parent unit (NULL) in unit {index}"), i,
                index=i)
    labels = np.array([str(v).strip() for v in arr], dtype=object)[keep]
    _, inverse = np.unique(labels.astype(str), return_inverse=True)
    return inverse


def _check_spatial(ctx: SpatialContext, n: int) -> None:
    c = np.asarray(ctx.centroids, dtype=float)
    if c.shape != (n, 2):
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "spatial context: centroids of shape {shape}, expected ({n}, 2)"),
            shape=c.shape, n=n)
    bad = np.flatnonzero(~np.isfinite(c).all(axis=1))
    if bad.size:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "spatial context: unit {bad} has no valid centroid (empty or invalid geometry)"), int(bad[0]),
            bad=bad[0])
    for name in ("areas", "perimeters"):
        a = np.asarray(getattr(ctx, name), dtype=float)
        if a.shape != (n,):
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "spatial context: {name} of shape {shape}, expected ({n},)"),
                name=name, shape=a.shape, n=n)
        bad = np.flatnonzero(~np.isfinite(a) | (a < 0))
        if bad.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "spatial context: unit {bad} has an invalid {name}"), int(bad[0]),
                bad=bad[0], name=name[:-1])
    for name in ("contiguity", "shared_boundary"):
        m = getattr(ctx, name)
        if m is not None and m.shape != (n, n):
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "spatial context: {name} of shape {shape}, expected ({n}, {n})"),
                name=name, shape=m.shape, n=n)


def compute_indices(
    total,
    groups: Mapping[str, Sequence[float]],
    *,
    codes: Optional[Sequence[str]] = None,
    multigroup: bool = False,
    spatial: Optional[SpatialContext] = None,
    level=None,
    permutations: int = 0,
    bootstrap: Optional[int] = None,
    seed: Optional[int] = None,
    atkinson_b: float = 0.5,
    bandwidth=None,
    centre=None,
    decay_scale: float = 1000.0,
    kernel_tol: float = 1e-6,
    kernel: str = "biweight",
    kernel_method: str = "auto",
    kernel_max_bytes: Optional[int] = None,
    ci_level: float = 0.95,
    progress: Optional[Callable[[float], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    replicates: Optional[dict] = None,
) -> list:
    """Compute the requested segregation indices and return a list of :class:`IndexRow`.

    total: unit totals (n,). groups: name -> counts (n,), in output order. codes: subset of
    ALL_CODES (None: every code that applies). multigroup: the groups partition the total (a
    residual group "rest" is added when they sum to less). spatial: unit geometry for
    SPATIAL_CODES. level: parent unit of each unit (for LEVEL_CODES). permutations: number of
    random-allocation draws (expected, p_value). bootstrap: number of bootstrap draws for ci_low/
    ci_high (None: same as permutations; 0: none). seed: for reproducible draws. atkinson_b: b of
    A. bandwidth: HSPATIAL kernel bandwidth in metres, or a sequence (multiscalar profile, one row
    per bandwidth; default 1000). centre: ACE/RCE centre (x, y), an (k, 2) array of centres
    (polycentric: distance to the nearest), or "mean" (default) / "median" / "weighted_mean".
    decay_scale: distance unit d of exp(-d) in metres (Massey & Denton; default 1000 = km).
    kernel_tol: exp(-d) is cut off where it falls below this value. kernel: HSPATIAL kernel
    ("biweight", "gaussian", "uniform"). kernel_method: how the kernel sums of ACL, RCL, SP,
    DDXPX, DDXPY and HSPATIAL are computed ("auto", "exact", "grid"; see core.kernel.UnitKernel;
    the note says which was used); kernel_max_bytes: memory limit of the kernel grid (default
    2 GiB). ci_level: bootstrap interval level. progress: callback
    with a percentage; is_cancelled: callback, raises :class:`Cancelled` when it returns True.
    replicates: a dict that receives the bootstrap draws, {(code, group): (bootstrap,) array}
    (milieuatlas:monitoring tests the change between periods with them).

    Raises InputError (with attribute ``unit``: the offending unit index or None) on bad input;
    nothing is returned partially.
    """
    t_all = _as_array("total", total)
    n_all = t_all.shape[0]
    if multigroup and spatial is None and level is None and not permutations and not bootstrap:
        # the multigroup suite alone: checks and sums in one blocked pass (None: anything to refuse
        # or another case, which the general path below handles with its messages)
        fast = _multigroup_only(t_all, groups, codes, atkinson_b, ci_level, progress, is_cancelled)
        if fast is not None:
            return fast
    if not isinstance(groups, Mapping) or len(groups) == 0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "no group fields given"))
    names = [str(k) for k in groups]
    if len(set(names)) != len(names):
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "group names are not unique"))
    # all groups in one group-major (G, n) array: each check below is one pass over it
    A = np.empty((len(names), n_all))
    for r, values in enumerate(groups.values()):
        arr = np.asarray(values)
        if arr.dtype == object or arr.ndim != 1 or arr.shape[0] != n_all or arr.dtype.kind not in "biuf":
            arr = _as_array(f"group '{names[r]}'", values, n_all)
        A[r] = arr
    largest = A.max(axis=0)  # NaN and inf propagate: one pass finds them and any excess
    if not (np.isfinite(largest).all() and A.min() >= 0):  # name the first bad group and unit
        for r, name in enumerate(names):
            _as_array(f"group '{name}'", A[r], n_all)
    # the bound of _exceeds, t + 1e-9 max(1, t), computed once and in place
    limit_all = np.maximum(t_all, 1.0)
    limit_all *= 1e-9
    limit_all += t_all
    over_any = largest > limit_all
    if over_any.any():
        i = int(np.flatnonzero(over_any)[0])
        r = int(np.flatnonzero(A[:, i] > limit_all[i])[0])
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "group '{names}' ({a:g}) exceeds the total ({t_all:g}) in unit {index}"), i,
            names=names[r], a=A[r, i], t_all=t_all[i], index=i)
    if permutations is None:
        permutations = 0
    permutations = int(permutations)
    if permutations < 0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "permutations must be 0 or more"))
    bootstrap = permutations if bootstrap is None else int(bootstrap)
    if bootstrap < 0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "bootstrap must be 0 or more"))
    if not 0.0 < atkinson_b < 1.0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "Atkinson parameter b must lie strictly between 0 and 1, got {atkinson_b}"),
            atkinson_b=atkinson_b)
    if not 0.0 < ci_level < 1.0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "confidence level must lie between 0 and 1, got {ci_level}"),
            ci_level=ci_level)
    if spatial is not None:
        _check_spatial(spatial, n_all)

    keep = t_all > 0
    skipped = int(n_all - keep.sum())
    n = int(keep.sum())
    if n == 0:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "every unit has a total of zero: nothing to measure"))
    if n == 1:
        _fail(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "only one unit has population: segregation indices need at least two units"))
    t = t_all[keep] if skipped else t_all
    if skipped:
        A = A[:, keep]
    g = {name: A[r] for r, name in enumerate(names)}  # contiguous rows of our own array
    T = t.sum()
    group_sums = A.sum(axis=1)
    for name, xs in zip(names, group_sums):
        if xs <= 0:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "group '{name}' has no members in any unit"),
                name=name)
        if T - xs <= 1e-9 * T:  # the rest (total - group) is empty, up to rounding
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "group '{name}' is the whole population in every unit: there is no rest to compare with"),
                name=name)

    level_on = level is not None
    codes_list = _normalise_codes(codes, multigroup, spatial is not None, level_on, len(g))
    common = []
    if skipped:
        common.append(Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{n} zero-population unit(s) skipped"), n=skipped))
    if spatial is not None and spatial.note:
        common.append(spatial.note)

    # multigroup partition
    mg_codes = [c for c in codes_list if c in MULTIGROUP_CODES + LEVEL_CODES]
    counts = None
    mg_note = []
    if mg_codes:
        rowsum = A.sum(axis=0)
        limit = limit_all[keep] if skipped else limit_all
        if (rowsum > limit).any():
            over = np.flatnonzero(rowsum > limit)
            i = int(np.flatnonzero(keep)[over[0]])
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the group fields sum to {rowsum:g}, more than the total {t:g}, in unit {index}: with "
                "the multigroup option they must partition the total"), i,
                rowsum=rowsum[over[0]], t=t[over[0]], index=i)
        rest = t - rowsum
        rest[rest <= limit - t] = 0.0  # below the tolerance: rounding, not a residual group
        parts = A
        if rest.any():
            parts = np.vstack([A, rest])
            mg_note.append(Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "residual group 'rest' = total - sum of groups added")))
        if parts.shape[0] < 2:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the multigroup indices need at least two groups"))
        # group-major storage (one contiguous row per group), seen as the (n, M) partition
        counts = parts.T
    level_inv = _level_codes(level, n_all, keep) if (level_on and any(c in LEVEL_CODES for c in codes_list)) else None

    rng = np.random.default_rng(seed) if (permutations > 0 or bootstrap > 0) else None
    rows = []
    tg_codes = [c for c in codes_list if c in TWO_GROUP_CODES + SPATIAL_CODES]
    engine = None
    if spatial is not None and any(c in SPATIAL_CODES for c in tg_codes):
        from .spatial import SpatialEngine

        from .kernel import DEFAULT_MAX_BYTES

        def kernel_progress(fraction):
            if progress is not None:
                progress(50.0 * fraction)

        engine = SpatialEngine(spatial.subset(keep), t, centre=centre, decay_scale=decay_scale,
                               kernel_tol=kernel_tol, bandwidth=bandwidth, kernel=kernel,
                               unit_ids=np.flatnonzero(keep), kernel_method=kernel_method,
                               max_bytes=kernel_max_bytes or DEFAULT_MAX_BYTES,
                               progress=kernel_progress, is_cancelled=is_cancelled)
        # the kernel products of the population and every group, one pass per kernel
        engine.prepare([g[name] for name in names], tg_codes)

    steps = max(1, len(g) * (1 if tg_codes else 0) + (1 if mg_codes else 0))
    step = 0

    def tick():
        nonlocal step
        step += 1
        if progress is not None:
            progress(100.0 * step / steps)
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()

    if is_cancelled is not None and is_cancelled():
        raise Cancelled()

    if tg_codes:
        fns, notes = {}, {}
        for code in tg_codes:
            if code in twogroup.INDICES:
                fn = twogroup.INDICES[code]
                if code == "A":
                    fn = (lambda x, tt, _f=fn: _f(x, tt, atkinson_b))
                fns[(code, None)] = fn
                notes[(code, None)] = atkinson_note(atkinson_b) if code == "A" else NOTES[code]
            else:
                for key, fn, note in engine.functions(code):
                    fns[(code, key)] = fn
                    notes[(code, key)] = note
        for name in names:
            x = g[name]
            with np.errstate(divide="ignore", invalid="ignore"):
                values = {k: float(fn(x, t)) for k, fn in fns.items()}
            null = boot = None
            test_fns = {k: fn for k, fn in fns.items()}
            if permutations > 0:
                null = inference.simulate_two_group(test_fns, t, x.sum() / T, permutations, rng,
                                                    is_cancelled)
            if bootstrap > 0:
                boot = inference.simulate_two_group(test_fns, t, x / t, bootstrap, rng, is_cancelled)
            for k in fns:
                rows.append(_row(k[0], name, values[k], null, boot, k, n, common + [notes[k]],
                                 permutations, bootstrap, ci_level))
                if replicates is not None and boot is not None and k in boot and k[1] is None:
                    replicates[(k[0], name)] = boot[k]
            tick()

    if mg_codes:
        # the codes of multigroup.INDICES in one pass (multigroup.suite), the level codes each apart
        suite_codes = [code for code in mg_codes if code in mg.INDICES]
        level_fns = {}
        if any(code in LEVEL_CODES for code in mg_codes):
            from .decomposition import level_function

            level_fns = {code: level_function(code, level_inv) for code in mg_codes if code in LEVEL_CODES}
        notes = {code: NOTES[code] for code in mg_codes}
        with np.errstate(divide="ignore", invalid="ignore"):
            values = mg.suite(counts, suite_codes) if suite_codes else {}
            values.update({k: float(fn(counts)) for k, fn in level_fns.items()})
        test_codes = [code for code in suite_codes if code not in NO_INFERENCE]
        test_fns = dict(level_fns)
        if test_codes:
            # one function returning (k, codes): simulate_multigroup stacks the draws along axis 0
            test_fns[_SUITE] = lambda x: np.stack(list(mg.suite(x, test_codes).values()), axis=1)

        def split(sim):
            if _SUITE in sim:
                both = sim.pop(_SUITE)
                sim.update({code: both[:, j] for j, code in enumerate(test_codes)})
            return sim

        null = boot = None
        if permutations > 0 and test_fns:
            null = split(inference.simulate_multigroup(test_fns, counts, counts.sum(axis=0) / T,
                                                       permutations, rng, is_cancelled))
        if bootstrap > 0 and test_fns:
            boot = split(inference.simulate_multigroup(test_fns, counts, counts / t[:, None],
                                                       bootstrap, rng, is_cancelled))
        extra = list(mg_note)
        if level_inv is not None:
            extra.append(f"{int(level_inv.max()) + 1} parent units")
        for code in mg_codes:
            lvl = extra if code in LEVEL_CODES else mg_note
            if replicates is not None and boot is not None and code in boot:
                replicates[(code, "multigroup")] = boot[code]
            rows.append(_row(code, "multigroup", values[code], null, boot, code, n,
                             common + list(lvl) + [notes[code]], permutations, bootstrap, ci_level))
        tick()
    return rows


def _multigroup_only(t_all, groups, codes, atkinson_b, ci_level, progress, is_cancelled):
    """compute_indices for the multigroup suite codes alone (no MGINI, no draws, no geometry, no
    level) on valid input, without a copy of the data: one pass over blocks of units checks the
    counts (finite, not negative, not above the total, the groups not above the total together)
    and sums the groups; a second pass evaluates the codes (multigroup.suite_blocks). Returns
    None wherever the general path must decide (any input it refuses, any other option): it then
    gives its own messages, so bad input is refused exactly as before."""
    n_all = t_all.shape[0]
    if not isinstance(groups, Mapping) or len(groups) == 0 or n_all < 2:
        return None
    names = [str(k) for k in groups]
    if len(set(names)) != len(names) or not 0.0 < atkinson_b < 1.0 or not 0.0 < ci_level < 1.0:
        return None
    try:
        codes_list = _normalise_codes(codes, True, False, False, len(names))
    except InputError:
        return None
    if not codes_list or any(c not in mg.INDICES or c == "MGINI" for c in codes_list):
        return None
    rows = []
    for values in groups.values():
        arr = np.asarray(values)
        if arr.ndim != 1 or arr.shape[0] != n_all or arr.dtype.kind not in "biuf":
            return None
        rows.append(arr)
    G = len(rows)
    step = max(1, min(n_all, mg.CHUNK_UNITS))
    buf = np.empty((G + 1, step))  # the groups and the residual 'rest' of a block of units
    rowsum = np.empty(step)
    limit = np.empty(step)
    kept = int(np.count_nonzero(t_all))  # t >= 0 (checked): the units with population
    zero_units = kept < n_all
    sums = np.zeros(G + 1)
    has_rest = False

    def fill(s, e, check):
        """The counts of units s..e-1 and their residual into buf; None when a check fails."""
        w = e - s
        b = buf[:, :w]
        for r in range(G):
            b[r] = rows[r][s:e]
        tc = t_all[s:e]
        rs = np.add.reduce(b[:G], axis=0, out=rowsum[:w])
        lim = np.maximum(tc, 1.0, out=limit[:w])
        lim *= 1e-9
        lim += tc  # t + 1e-9 max(1, t), the bound of _exceeds, rounded as there
        # finite and >= 0 everywhere (NaN fails every comparison, +inf the bound, -inf the
        # minimum), and the groups together within the total (so each of them too)
        if check and not (b[:G].min() >= 0 and (rs <= lim).all()):
            return None
        rest = np.subtract(tc, rs, out=b[G])
        lim -= tc
        np.putmask(rest, rest <= lim, 0.0)  # below the tolerance: rounding, not a residual group
        if zero_units:  # units without population are left out: nothing of them counts
            zero = tc <= 0
            if zero.any():
                b[:, zero] = 0.0
        return b

    for s in range(0, n_all, step):
        b = fill(s, min(n_all, s + step), True)
        if b is None:
            return None
        sums += b.sum(axis=1)
        has_rest = has_rest or bool(b[G].any())
    if kept < 2:
        return None
    T = float(t_all.sum())
    for xs in sums[:G]:
        if xs <= 0 or T - xs <= 1e-9 * T:
            return None
    M = G + 1 if has_rest else G
    if M < 2:
        return None
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    with np.errstate(divide="ignore", invalid="ignore"):
        values = mg.suite_blocks(lambda s, e: fill(s, e, False)[:M], M, n_all, set(codes_list),
                                 colsum=sums[:M], chunk=step)
        undefined = values["MSI"] <= 0
    if undefined:  # one group only: the indices that divide by I are undefined (as in mg.suite)
        for key in mg._BY_SIMPSON & set(values):
            values[key] = float("nan")
    common = ([Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{n} zero-population unit(s) skipped"), n=n_all - kept)]
              if zero_units else [])
    mg_note = ([Text(QT_TRANSLATE_NOOP("MilieuAtlas", "residual group 'rest' = total - sum of groups added"))]
               if has_rest else [])
    out = [_row(code, "multigroup", values[code], None, None, code, kept,
                common + mg_note + [NOTES[code]], 0, 0, ci_level) for code in codes_list]
    if progress is not None:
        progress(100.0)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    return out


def _row(code, group, value, null, boot, key, n, notes, permutations, bootstrap, ci_level):
    row = IndexRow(index=code, group=group, value=value, units=n)
    inf_notes = []
    if null is not None and key in null:
        vals = null[key]
        finite = vals[np.isfinite(vals)]
        row.expected = float(finite.mean()) if finite.size else None
        alt = ALTERNATIVE.get(code, "greater")
        pv = inference.p_value(vals, value, alt)
        row.p_value = None if np.isnan(pv) else float(pv)
        inf_notes.append(Text(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "expected/p: {permutations} random allocations keeping unit totals, p one-sided "
            "(lower = more segregated)"), permutations=permutations) if alt == "less" else Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "expected/p: {permutations} random allocations keeping unit totals, p one-sided "
                "(higher = more segregated)"), permutations=permutations))
    if boot is not None and key in boot:
        lo, hi = inference.bc_interval(boot[key], value, ci_level)
        if np.isfinite(lo):
            row.ci_low, row.ci_high = lo, hi
            inf_notes.append(Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "CI: {level} bootstrap percentile interval shifted by the bootstrap bias, "
                "{bootstrap} draws within units"), level=f"{ci_level:.0%}", bootstrap=bootstrap))
    if not np.isfinite(value):
        inf_notes.append(Text(QT_TRANSLATE_NOOP("MilieuAtlas",
                                                "undefined for these units (e.g. all units of equal area)")))
    row.note_parts = [s for s in notes + inf_notes if str(s)]
    row.note = "; ".join(str(s) for s in row.note_parts)
    return row


compare_periods = inference.compare_periods
