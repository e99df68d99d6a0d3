"""Spatial two-group indices: concentration, centralisation, clustering, spatially adjusted D,
distance-decay exposure and the spatial information theory index.

Everything is sparse: contiguity and shared boundaries come as scipy.sparse matrices. The
distance kernels (cut off where they fall below ``kernel_tol``) are never stored: their sums
K v over the units come from :class:`.kernel.UnitKernel` (exact blocks against a k-d tree or
dense blocks, exact convolution on a lattice, or an FFT grid with a measured error;
``kernel_method``), and the products with the population and each group are computed once for
all indices. Each index function takes the group counts x, (n,) or (n, k) replicates, and the
unit totals t, like the functions of ``twogroup``.

Variants (the textbook form is the default, the note says which):
* ACL, RCL, SP, DDXPX, DDXPY: Massey & Denton (1988) / White (1983) / Morgan (1983) proximity
  c_ij = exp(-d_ij / s), d between centroids, s = ``decay_scale`` metres (default 1 km), and
  d_ii = sqrt(0.6 a_i). PySAL divides the distance matrix by its row sums and uses 1 - exp(-d);
  that variant is not reproduced.
* DADJ: Morrill (1991) with binary queen contiguity. DW, DS: Wong (1993) in the form of Tivadar
  (2019, OasisR appendix) / Hong, O'Sullivan & Sadahiro (2014): weights = shared boundary length
  over the total of shared boundary lengths; DS adds the perimeter/area ratio term.
* ACE, RCE: Massey & Denton with a chosen centre (default: mean of the unit centroids), or several
  centres (polycentric: the distance to the nearest centre).
* ACO: Massey & Denton. RCO: Massey & Denton's logic with n1 from X (smallest units) and n2 from Y
  (largest units) so that RCO = 1 at maximal relative concentration (PySAL takes n2 from X).
* HSPATIAL: Reardon & O'Sullivan (2004) spatial information theory index H~ with units as points at
  their centroids: local environment p~_i = sum_j k(d_ij) x_j / sum_j k(d_ij) t_j,
  H~ = 1 - sum_i t_i E~_i / (T E); kernel biweight (default), gaussian or uniform, bandwidth h.
"""
from __future__ import annotations

import threading

import numpy as np

from .catalogue import _fail
from .kernel import DEFAULT_MAX_BYTES, METHODS, UnitKernel
from .twogroup import _prep, binary_entropy, dissimilarity
from ..errors import QT_TRANSLATE_NOOP, Text

KERNELS = ("biweight", "gaussian", "uniform")


# areas equal within this relative tolerance are equal (reprojection rounding)
AREA_RTOL = 1e-9


class SpatialEngine:
    """Precomputes what the spatial indices of one set of units need (once for all groups)."""

    def __init__(self, ctx, t, *, centre=None, decay_scale=1000.0, kernel_tol=1e-6, bandwidth=None,
                 kernel="biweight", unit_ids=None, kernel_method="auto", block_pairs=None,
                 max_bytes=DEFAULT_MAX_BYTES, progress=None, is_cancelled=None):
        self.ctx = ctx
        self.t = np.asarray(t, dtype=float)
        self.n = self.t.shape[0]
        self.centroids = np.asarray(ctx.centroids, dtype=float)
        self.areas = np.asarray(ctx.areas, dtype=float)
        if self.areas.size and np.all(np.isfinite(self.areas)):
            # units of equal area differ by rounding only after a reprojection (about 1e-11 relative from
            # EPSG:4326): compare areas with a tolerance, so that ACO/RCO stay undefined for equal areas
            # rather than amplifying the noise
            amax = float(np.abs(self.areas).max())
            if amax > 0 and float(self.areas.max() - self.areas.min()) <= AREA_RTOL * amax:
                self.areas = np.full_like(self.areas, float(self.areas.mean()))
        self.perimeters = np.asarray(ctx.perimeters, dtype=float)
        self.unit_ids = np.arange(self.n) if unit_ids is None else np.asarray(unit_ids)
        self.centre = centre
        if not decay_scale or decay_scale <= 0:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "distance scale must be positive, got {decay_scale}"),
                decay_scale=decay_scale)
        if not 0.0 < kernel_tol < 1.0:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "kernel tolerance must lie between 0 and 1, got {kernel_tol}"),
                kernel_tol=kernel_tol)
        if kernel not in KERNELS:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "unknown kernel {kernel!r}; choose one of {kernels}"),
                kernel=kernel, kernels=', '.join(KERNELS))
        self.decay_scale = float(decay_scale)
        self.kernel_tol = float(kernel_tol)
        self.kernel = kernel
        if bandwidth is None:
            bws = [1000.0]
        elif np.ndim(bandwidth) == 0:
            bws = [float(bandwidth)]
        else:
            bws = [float(b) for b in bandwidth]
        for b in bws:
            if not np.isfinite(b) or b <= 0:
                _fail(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "kernel bandwidth must be a positive distance in metres, got {b}"),
                    b=b)
        self.bandwidths = bws
        if kernel_method not in METHODS:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "unknown kernel method {kernel_method!r}; choose one of {methods}"),
                kernel_method=kernel_method, methods=', '.join(METHODS))
        self.kernel_method = kernel_method
        self._kernel_opts = {"method": kernel_method, "max_bytes": max_bytes,
                             "is_cancelled": is_cancelled, "progress": progress}
        if block_pairs is not None:
            self._kernel_opts["block_pairs"] = int(block_pairs)
        self._decay = None
        self._kernels = {}
        self._centre_order = None
        self._permanent = {}  # kernel key -> number of cache entries prepare() stored
        self._cache = {}  # kernel key -> [(array, K @ array)], the products already computed
        self._lock = threading.Lock()

    # ---- shared structures -------------------------------------------------------------------
    def decay(self):
        """c_ij = exp(-d_ij/s), d_ii = sqrt(0.6 a_i), truncated where c < kernel_tol."""
        if self._decay is None:
            s = self.decay_scale
            radius = -np.log(self.kernel_tol) * s
            diag = np.exp(-np.sqrt(0.6 * self.areas) / s)
            self._decay = UnitKernel(self.centroids, lambda d: np.exp(-d / s), radius, scale=s,
                                     diagonal=diag, label=Text(QT_TRANSLATE_NOOP(
                                         "MilieuAtlas", "distance decay (ACL, RCL, SP, DDXPX, DDXPY)")),
                                     param_hint="DECAY_SCALE", **self._kernel_opts)
        return self._decay

    def local_kernel(self, h):
        if h not in self._kernels:
            if self.kernel == "biweight":
                radius, w = h, (lambda d: (1.0 - (d / h) ** 2) ** 2)
            elif self.kernel == "uniform":
                radius, w = h * (1 + 1e-12), (lambda d: np.ones_like(d))
            else:
                radius = h * np.sqrt(-2.0 * np.log(self.kernel_tol))
                w = (lambda d: np.exp(-0.5 * (d / h) ** 2))
            self._kernels[h] = UnitKernel(self.centroids, w, radius, scale=h,
                                          label=Text(QT_TRANSLATE_NOOP(
                                              "MilieuAtlas", "HSPATIAL kernel, bandwidth {h:g} m"), h=h),
                                          param_hint=Text(QT_TRANSLATE_NOOP("MilieuAtlas", "bandwidth (BANDWIDTHS)")),
                                          smooth=self.kernel == "gaussian", **self._kernel_opts)
        return self._kernels[h]

    # ---- kernel products, computed once per array ---------------------------------------------
    def _product(self, key, K, v):
        """K @ v for a 1-D or 2-D array v, reusing a product already computed for equal values."""
        with self._lock:
            entries = self._cache.setdefault(key, [])
            for a, res in entries:
                if a is v or (a.shape == v.shape and np.array_equal(a, v)):
                    return res
        res = K.apply(v)
        with self._lock:
            entries = self._cache[key]
            entries.append((v, res))
            # keep what prepare() stored and the last few replicate chunks (one per thread)
            keep = self._permanent.get(key, 0)
            if len(entries) > keep + 4:
                del entries[keep:len(entries) - 4]
        return res

    def prepare(self, groups, codes):
        """The kernel products of the population and of every group (rows of ``groups``), in one
        pass over each kernel the ``codes`` need."""
        self._permanent = {}
        kernels = []
        if any(c in ("ACL", "RCL", "SP", "DDXPX", "DDXPY") for c in codes):
            kernels.append(("decay", self.decay()))
        if "HSPATIAL" in codes:
            kernels += [(("h", h), self.local_kernel(h)) for h in self.bandwidths]
        groups = [np.asarray(g, dtype=float) for g in groups]
        for key, K in kernels:
            # the sum of all kernel weights (K applied to ones) only for ACL
            ones = [np.ones(self.n)] if key == "decay" and "ACL" in codes else []
            cols = [self.t] + ones + groups
            both = K.apply(np.column_stack(cols))
            self._cache[key] = [(c, both[:, j].copy()) for j, c in enumerate(cols)]
            self._permanent[key] = len(cols)

    def _t_col(self, t):
        return t[:, 0] if t.ndim == 2 else t

    def _kx_kt(self, key, K, x, t):
        kx = self._product(key, K, x)
        kt = self._product(key, K, self._t_col(t))
        return kx, (kt[:, None] if x.ndim == 2 else kt)

    def centre_distance_order(self):
        if self._centre_order is None:
            c = self.centroids
            centre = self.centre
            if centre is None or (isinstance(centre, str) and centre == "mean"):
                centres = c.mean(axis=0)[None, :]
            elif isinstance(centre, str) and centre == "median":
                centres = np.median(c, axis=0)[None, :]
            elif isinstance(centre, str) and centre in ("weighted_mean", "population_weighted_mean"):
                centres = np.average(c, axis=0, weights=self.t)[None, :]
            elif isinstance(centre, str):
                _fail(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "unknown centre {centre!r}: give coordinates or mean/median/weighted_mean"),
                    centre=centre)
            else:
                centres = np.asarray(centre, dtype=float).reshape(-1, 2)
                if not np.isfinite(centres).all():
                    _fail(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "the centre coordinates are not finite"))
            from scipy.spatial import cKDTree

            d, _ = cKDTree(centres).query(c)
            # units at the same distance from the centre form one step of the curves (so the
            # result does not depend on the order of tied units); distances rounded to 1 mm
            d = np.round(d, 3)
            self._centre_order = np.argsort(d, kind="stable")
            ds = d[self._centre_order]
            self._tie_ends = np.r_[np.flatnonzero(ds[1:] != ds[:-1]), ds.size - 1]
            self._centres = centres
        return self._centre_order

    def _pairs(self, matrix):
        import scipy.sparse as sp

        m = sp.triu(sp.csr_matrix(matrix), k=1).tocoo()
        keep = m.data != 0
        return m.row[keep], m.col[keep], m.data[keep]

    # ---- index functions ----------------------------------------------------------------------
    def delta(self, x, t):
        x, t = _prep(x, t)
        a = self.areas / self.areas.sum()
        if x.ndim == 2:
            a = a[:, None]
        return 0.5 * np.abs(x / x.sum(axis=0) - a).sum(axis=0)

    def _area_extremes(self, amount):
        """For population amounts (scalar or (k,)), sums over the smallest units holding `amount`
        (n1 rule) and over the largest units holding `amount`: (T1, S1, T2, S2), S = sum t a."""
        asc = np.argsort(self.areas, kind="stable")
        ta = self.t[asc]
        aa = self.areas[asc]
        cum_t = np.cumsum(ta)
        cum_ta = np.cumsum(ta * aa)
        amount = np.atleast_1d(amount)
        eps = 1e-9 * cum_t[-1]
        n1 = np.minimum(np.searchsorted(cum_t, amount - eps, side="left"), self.n - 1)
        T1, S1 = cum_t[n1], cum_ta[n1]
        rt = np.cumsum(ta[::-1])
        rta = np.cumsum((ta * aa)[::-1])
        n2 = np.minimum(np.searchsorted(rt, amount - eps, side="left"), self.n - 1)
        T2, S2 = rt[n2], rta[n2]
        return T1, S1, T2, S2

    def aco(self, x, t):
        x, t = _prep(x, t)
        a = self.areas[:, None] if x.ndim == 2 else self.areas
        X = x.sum(axis=0)
        T1, S1, T2, S2 = self._area_extremes(X)
        den = S2 / T2 - S1 / T1
        with np.errstate(divide="ignore", invalid="ignore"):
            res = 1.0 - ((x * a).sum(axis=0) / X - S1 / T1) / den
        # equal areas (within rounding): no concentration to measure, undefined
        res = np.where(np.abs(den) <= AREA_RTOL * np.maximum(np.abs(S2 / T2), np.abs(S1 / T1)), np.nan, res)
        return res if x.ndim == 2 else float(res[0])

    def rco(self, x, t):
        x, t = _prep(x, t)
        a = self.areas[:, None] if x.ndim == 2 else self.areas
        y = t - x
        X, Y = x.sum(axis=0), y.sum(axis=0)
        T1, S1, _, _ = self._area_extremes(X)
        _, _, T2, S2 = self._area_extremes(Y)
        num = ((x * a).sum(axis=0) / X) / ((y * a).sum(axis=0) / Y) - 1.0
        den = (S1 / T1) / (S2 / T2) - 1.0
        with np.errstate(divide="ignore", invalid="ignore"):
            res = num / den
        res = np.where(np.abs(den) <= AREA_RTOL, np.nan, res)     # equal areas within rounding: undefined
        return res if x.ndim == 2 else float(res[0])

    def _cum_curve(self, v, order):
        c = np.cumsum(v[order], axis=0)[self._tie_ends]
        return c / c[-1]

    @staticmethod
    def _centralisation(X, A):
        # sum X_{i-1} A_i - sum X_i A_{i-1}, with X_0 = A_0 = 0
        return (X[:-1] * A[1:]).sum(axis=0) - (X[1:] * A[:-1]).sum(axis=0)

    def ace(self, x, t):
        x, t = _prep(x, t)
        o = self.centre_distance_order()
        Xc = self._cum_curve(x, o)
        Ac = self._cum_curve(self.areas, o)
        if x.ndim == 2:
            Ac = Ac[:, None]
        return self._centralisation(Xc, Ac)

    def rce(self, x, t):
        x, t = _prep(x, t)
        o = self.centre_distance_order()
        return self._centralisation(self._cum_curve(x, o), self._cum_curve(t - x, o))

    def acl(self, x, t):
        x, t = _prep(x, t)
        C = self.decay()
        X = x.sum(axis=0)
        c_sum = self._product("decay", C, np.ones(self.n)).sum()
        base = X / self.n**2 * c_sum
        cx, ct = self._kx_kt("decay", C, x, t)
        return ((x / X * cx).sum(axis=0) - base) / ((x / X * ct).sum(axis=0) - base)

    def _proximities(self, x, t):
        C = self.decay()
        y = t - x
        cx, ct = self._kx_kt("decay", C, x, t)
        cy = ct - cx
        X, Y, T = x.sum(axis=0), y.sum(axis=0), t.sum(axis=0)
        pxx = (x * cx).sum(axis=0) / X**2
        pyy = (y * cy).sum(axis=0) / Y**2
        ptt = (t * ct).sum(axis=0) / T**2
        return X, Y, T, pxx, pyy, ptt

    def sp_index(self, x, t):
        x, t = _prep(x, t)
        X, Y, T, pxx, pyy, ptt = self._proximities(x, t)
        return (X * pxx + Y * pyy) / (T * ptt)

    def rcl(self, x, t):
        x, t = _prep(x, t)
        _, _, _, pxx, pyy, _ = self._proximities(x, t)
        return pxx / pyy - 1.0

    def ddxpx(self, x, t):
        x, t = _prep(x, t)
        cx, ct = self._kx_kt("decay", self.decay(), x, t)
        return (x / x.sum(axis=0) * cx / ct).sum(axis=0)

    def ddxpy(self, x, t):
        x, t = _prep(x, t)
        cx, ct = self._kx_kt("decay", self.decay(), x, t)
        return (x / x.sum(axis=0) * (ct - cx) / ct).sum(axis=0)

    def hspatial(self, x, t, h):
        x, t = _prep(x, t)
        kx, kt = self._kx_kt(("h", h), self.local_kernel(h), x, t)
        p_local = np.clip(kx / kt, 0.0, 1.0)
        T = t.sum(axis=0)
        E = binary_entropy(x.sum(axis=0) / T)
        return 1.0 - (t * binary_entropy(p_local)).sum(axis=0) / (T * E)

    def _adjusted(self, x, t, matrix, what, pa=False):
        x, t = _prep(x, t)
        i, j, w = self._pairs(matrix)
        if w.size == 0:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{what}: no two units of the layer touch, the index is undefined"),
                what=what)
        p = x / t
        diff = np.abs(p[i] - p[j])
        if pa:
            ratio = self.perimeters / self.areas
            term = (ratio[i] + ratio[j]) / (2.0 * ratio.max())
            w = w * term
            denom = self._pairs(matrix)[2].sum()
        else:
            denom = w.sum()
        if x.ndim == 2:
            w = w[:, None]
        # each unordered pair appears twice in the symmetric double sum: the 2s cancel
        return dissimilarity(x, t) - (w * diff).sum(axis=0) / denom

    def _neighbours(self, code, name):
        m = getattr(self.ctx, name)
        if m is None:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{code} needs the neighbour structure of the units, which was not built"),
                code=code)
        return m

    def dadj(self, x, t):
        self._neighbours("DADJ", "contiguity")
        import scipy.sparse as sp

        return self._adjusted(x, t, (sp.csr_matrix(self.ctx.contiguity) != 0).astype(float), "DADJ")

    def dw(self, x, t):
        self._neighbours("DW", "shared_boundary")
        return self._adjusted(x, t, self.ctx.shared_boundary, "DW")

    def ds(self, x, t):
        self._neighbours("DS", "shared_boundary")
        zero = np.flatnonzero(self.areas <= 0)
        if zero.size:
            _fail(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "DS: unit {unit_ids} has zero area"), int(self.unit_ids[zero[0]]),
                unit_ids=self.unit_ids[zero[0]])
        return self._adjusted(x, t, self.ctx.shared_boundary, "DS", pa=True)

    # ---- catalogue interface ------------------------------------------------------------------
    def functions(self, code):
        """[(key, f(x, t), note)] for one code; HSPATIAL gives one entry per bandwidth."""
        s_km = self.decay_scale / 1000.0
        cut = -np.log(self.kernel_tol) * self.decay_scale
        decay_note = Text(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "c_ij = exp(-d_ij/{scale} km) between centroids, d_ii = sqrt(0.6 a_i) "
            "(Massey & Denton 1988; not PySAL's row-normalised variant), cut off at {cut} km (c < {tol})"),
            scale=f"{s_km:g}", cut=f"{cut / 1000:.3g}", tol=f"{self.kernel_tol:g}")
        if code in ("ACL", "RCL", "SP", "DDXPX", "DDXPY"):
            decay_note = [decay_note, self.decay().description()]  # joined with "; "
        if code in ("ACE", "RCE"):
            self.centre_distance_order()
            c = self._centres
            coords = "; ".join(f"({a:.1f}, {b:.1f})" for a, b in c[:5])
            where = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "centre {coords} and {n} more"),
                          coords=coords, n=len(c) - 5) if len(c) > 5
                     else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "centre {coords}"), coords=coords))
            if len(c) > 1:
                kind = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "polycentric, distance to nearest centre"))
            elif self.centre is None or self.centre == "mean":
                kind = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "mean of unit centroids"))
            elif isinstance(self.centre, str):
                kind = str(self.centre)     # the method's own name (median, weighted), as the user gave it
            else:
                kind = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "given centre"))
        table = {
            "DELTA": (self.delta, Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Hoover's Delta vs land area of the units used (Massey & Denton 1988)"))),
            "ACO": (self.aco, Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "absolute concentration (Massey & Denton 1988), land area of the units used"))),
            "RCO": (self.rco, Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "relative concentration (Massey & Denton 1988); n1 from X, n2 from Y "
                "(PySAL takes n2 from X)"))),
            "ACL": (self.acl, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "absolute clustering; {decay}"), decay=decay_note)),
            "RCL": (self.rcl, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "relative clustering Pxx/Pyy - 1; {decay}"),
                                decay=decay_note)),
            "SP": (self.sp_index, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "spatial proximity (White 1983); {decay}"),
                                    decay=decay_note)),
            "DDXPX": (self.ddxpx, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "distance-decay isolation (Morgan 1983); {decay}"),
                                 decay=decay_note)),
            "DDXPY": (self.ddxpy, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "distance-decay interaction (Morgan 1983); {decay}"),
                                 decay=decay_note)),
            "DADJ": (self.dadj, Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Morrill's D(adj), binary queen contiguity"))),
            "DW": (self.dw, Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Wong's D(w), shared boundary length / total shared length (Tivadar 2019 form)"))),
            "DS": (self.ds, Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Wong's D(s), D(w) with perimeter/area term (Tivadar 2019 form)"))),
        }
        if code in ("ACE", "RCE"):
            fn = self.ace if code == "ACE" else self.rce
            note = (Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "absolute centralisation (Massey & Denton 1988), {kind}: {where} (CRS units)"),
                kind=kind, where=where) if code == "ACE" else Text(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "relative centralisation (Massey & Denton 1988), {kind}: {where} (CRS units)"),
                    kind=kind, where=where))
            return [(None, fn, note)]
        if code == "HSPATIAL":
            out = []
            for h in self.bandwidths:
                out.append((h, (lambda x, t, _h=h: self.hspatial(x, t, _h)),
                            Text(QT_TRANSLATE_NOOP(
                                "MilieuAtlas", "spatial information theory index H~ (Reardon & O'Sullivan 2004), "
                                "{kernel} kernel, bandwidth {bandwidth} m, units as centroid points; {how}"),
                                kernel=self.kernel, bandwidth=f"{h:g}", how=self.local_kernel(h).description())))
            return out
        fn, note = table[code]
        return [(None, fn, note)]
