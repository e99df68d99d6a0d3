"""Kernel density on a regular grid by FFT convolution (pure numpy/scipy, no QGIS).

:func:`density_grid` bins the weights of points to the cells of a regular grid and convolves every
layer with the kernel discretised on the same grid (values at cell-centre offsets, normalised to
sum 1), so each layer's cells add up to its weight sum (mass conserved). The grid covers the extent
(default: the points' bounding box; it is widened to hold every point) padded by the kernel radius
plus one cell, snapped outward to multiples of the cell size, so no kernel mass leaves the grid.

Kernels (``bandwidth`` = h):

* ``quartic`` (biweight): 3 / (pi h^2) (1 - r^2/h^2)^2 for r < h;
* ``gaussian``: 1 / (2 pi h^2) exp(-r^2 / (2 h^2)), truncated at r = 4 h (the truncated tail,
  exp(-8) = 0.03 % of the mass, is given back by the normalisation);
* ``uniform``: 1 / (pi h^2) on the disc r <= h.

The size of the grid and of the FFT work arrays is estimated (:func:`grid_bytes`) and a grid
larger than ``max_bytes`` is refused before anything is allocated.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP, Text

KERNELS = ("quartic", "gaussian", "uniform")
ALIASES = {"biweight": "quartic", "quartic": "quartic", "gaussian": "gaussian", "uniform": "uniform"}
GAUSSIAN_CUTOFF = 4.0  # the Gaussian kernel is truncated at this many sigma
DEFAULT_MAX_BYTES = 2 * 1024**3
FFT_SCIPY_FROM = 640 * 640  # FFT grid cells from which scipy's threaded FFT is used (below: numpy's, no scipy import)
FFT_MAX_WORKERS = 4


class GridTooLarge(InputError):
    """The grid (with its FFT work arrays) would need more memory than allowed."""

    def __init__(self, message: str, needed: int, limit: int, **params):
        super().__init__(message, **params)
        self.needed = needed
        self.limit = limit


@dataclass
class Grid:
    """Kernel-smoothed mass per cell.

    ``values``: float64 (m, ny, nx), row 0 is the northern row; ``x_min``, ``y_max``: the top-left
    corner; ``cell_size`` in the units of the coordinates (metres)."""

    values: np.ndarray
    x_min: float
    y_max: float
    cell_size: float
    kernel: str = "quartic"
    bandwidth: float = 0.0
    note: str = ""

    @property
    def ny(self) -> int:
        return int(self.values.shape[1])

    @property
    def nx(self) -> int:
        return int(self.values.shape[2])

    @property
    def x_max(self) -> float:
        return self.x_min + self.nx * self.cell_size

    @property
    def y_min(self) -> float:
        return self.y_max - self.ny * self.cell_size

    @property
    def extent(self):
        """(x_min, y_min, x_max, y_max) of the whole grid."""
        return (self.x_min, self.y_min, self.x_max, self.y_max)


# ---- kernels ----------------------------------------------------------------------------------
def kernel_name(kernel: str) -> str:
    try:
        return ALIASES[str(kernel).lower()]
    except KeyError:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "unknown kernel {kernel!r}; choose one of {kernels}"),
            kernel=kernel, kernels=', '.join(KERNELS)) from None


def support_radius(kernel: str, bandwidth: float) -> float:
    """Distance beyond which the kernel is zero (the Gaussian: its truncation at 4 sigma)."""
    k = kernel_name(kernel)
    return float(bandwidth) * (GAUSSIAN_CUTOFF if k == "gaussian" else 1.0)


def kernel_density(kernel: str, bandwidth: float) -> Callable[[np.ndarray], np.ndarray]:
    """The kernel as a 2-D probability density of the distance r (integrates to 1 over the plane,
    the Gaussian before its truncation)."""
    k = kernel_name(kernel)
    h = float(bandwidth)
    if k == "quartic":
        c = 3.0 / (math.pi * h * h)
        return lambda r: np.where(r < h, c * np.square(1.0 - np.square(r / h)), 0.0)
    if k == "uniform":
        c = 1.0 / (math.pi * h * h)
        return lambda r: np.where(r <= h, c, 0.0)
    c = 1.0 / (2.0 * math.pi * h * h)
    cut = GAUSSIAN_CUTOFF * h
    return lambda r: np.where(r <= cut, c * np.exp(-0.5 * np.square(r / h)), 0.0)


def stencil(cell_size: float, radius: float, weight: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    """weight(d) at the cell-centre offsets within ``radius`` (a (2r+1, 2r+1) array, r in cells)."""
    kr = int(math.ceil(radius / cell_size))
    off = np.arange(-kr, kr + 1, dtype=float) * cell_size
    d = np.hypot(off[:, None], off[None, :])
    return np.asarray(weight(d), dtype=float)


def raw_kernel(kernel: str, bandwidth: float, cell_size: float) -> np.ndarray:
    """The kernel density times the cell area at the cell-centre offsets, before normalisation;
    its sum approximates the kernel's integral (1; the truncated Gaussian 1 - exp(-8))."""
    f = kernel_density(kernel, bandwidth)
    return stencil(cell_size, support_radius(kernel, bandwidth), f) * (cell_size * cell_size)


# ---- grid geometry and size -------------------------------------------------------------------
def _check_positive(cell_size, bandwidth):
    for name, v in (("CELL_SIZE", cell_size), ("BANDWIDTH", bandwidth)):
        try:
            ok = math.isfinite(float(v)) and float(v) > 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name} must be a positive distance in metres, got {value!r}"),
                name=name, value=v)


def grid_shape(extent, cell_size: float, radius: float):
    """(x_min, y_max, ny, nx) of the extent padded by radius + one cell, snapped to the cell size."""
    x0, y0, x1, y1 = (float(v) for v in extent)
    pad = radius + cell_size
    cs = float(cell_size)
    gx0 = math.floor((x0 - pad) / cs) * cs
    gy0 = math.floor((y0 - pad) / cs) * cs
    gx1 = math.ceil((x1 + pad) / cs) * cs
    gy1 = math.ceil((y1 + pad) / cs) * cs
    nx = int(round((gx1 - gx0) / cs))
    ny = int(round((gy1 - gy0) / cs))
    return gx0, gy1, ny, nx


def _next_regular(n: int) -> int:
    """The smallest 2^a 3^b 5^c >= n (sizes both FFT libraries transform fast)."""
    best = 1 << max(0, (int(n) - 1).bit_length())
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            m = p35
            while m < n:
                m *= 2
            best = min(best, m)
            p35 *= 3
        p5 *= 5
    return best


def _fft_shape(ny: int, nx: int):
    return _next_regular(ny), _next_regular(nx)


def _fft_bytes(ny: int, nx: int) -> int:
    """Work memory of one layer's convolution: the padded real input and output, its spectrum,
    the kernel's spectrum and the temporaries of the product and of numpy's two-pass transform."""
    fy, fx = _fft_shape(ny, nx)
    real = 8 * fy * fx
    spec = 16 * fy * (fx // 2 + 1)
    return 2 * real + 4 * spec


def grid_bytes(extent, cell_size, bandwidth, m, *, kernel: str = "quartic") -> int:
    """Bytes density_grid needs for m layers on this extent: the (m, ny, nx) float64 result plus
    the work arrays of one layer's FFT convolution (layers are convolved one at a time)."""
    _check_positive(cell_size, bandwidth)
    _, _, ny, nx = grid_shape(extent, cell_size, support_radius(kernel, bandwidth))
    return 8 * int(m) * ny * nx + _fft_bytes(ny, nx) + 8 * ny * nx


def _refuse(needed: int, limit: int, ny: int, nx: int, m: int, extent, cell_size, bandwidth, kernel):
    # the cell size that would fit (the result and the work arrays scale with the cell count)
    cs = float(cell_size)
    fit = None
    for _ in range(60):
        cs *= 1.25
        if grid_bytes(extent, cs, bandwidth, m, kernel=kernel) <= limit:
            fit = cs
            break
    w = extent[2] - extent[0]
    h = extent[3] - extent[1]
    pad = support_radius(kernel, bandwidth)
    padded = 2 * pad > max(w, h)
    if fit and padded:
        hint = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "use a larger CELL_SIZE (about {fit:.0f} m would fit) or a "
                                      "smaller BANDWIDTH (the padding by the kernel radius dominates the grid)"), fit=fit)
    elif fit:
        hint = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "use a larger CELL_SIZE (about {fit:.0f} m would fit)"), fit=fit)
    elif padded:
        hint = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "use a larger CELL_SIZE or a smaller BANDWIDTH (the padding by "
                                      "the kernel radius dominates the grid)"))
    else:
        hint = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "use a larger CELL_SIZE"))
    raise GridTooLarge(
        QT_TRANSLATE_NOOP(
        "MilieuAtlas", "the density grid of {ny:,} x {nx:,} cells x {m} layer(s) would need {value:,.0f} MB, "
        "more than the limit of {value2:,.0f} MB; {hint}"),
        needed, limit,
        ny=ny, nx=nx, m=m, value=needed / 1024**2, value2=limit / 1024**2, hint=hint)


# ---- binning and convolution ------------------------------------------------------------------
def cell_index(x: np.ndarray, y: np.ndarray, x_min: float, y_max: float, cell_size: float, ny: int, nx: int):
    """Row (0 = north) and column of the cell holding each point."""
    col = np.floor((np.asarray(x, dtype=float) - x_min) / cell_size).astype(np.int64)
    row = np.floor((y_max - np.asarray(y, dtype=float)) / cell_size).astype(np.int64)
    np.clip(col, 0, nx - 1, out=col)
    np.clip(row, 0, ny - 1, out=row)
    return row, col


class Convolver:
    """Convolution of (ny, nx) grids with one stencil by real FFT; the grid must leave a margin of
    the stencil's half-width around every non-zero cell (then the circular convolution is the
    linear one and no mass wraps round)."""

    def __init__(self, ny: int, nx: int, kern: np.ndarray, workers: Optional[int] = None):
        self.ny, self.nx = ny, nx
        self.shape = _fft_shape(ny, nx)
        kr = kern.shape[0] // 2
        fy, fx = self.shape
        if 2 * kr + 1 > min(fy, fx):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "the kernel is wider than the grid"))
        k = np.zeros(self.shape)
        k[:kr + 1, :kr + 1] = kern[kr:, kr:]
        k[:kr + 1, fx - kr:] = kern[kr:, :kr]
        k[fy - kr:, :kr + 1] = kern[:kr, kr:]
        k[fy - kr:, fx - kr:] = kern[:kr, :kr]
        if fy * fx >= FFT_SCIPY_FROM:
            # large grids: scipy's FFT on several threads (half the time on two cores)
            from scipy import fft

            self._rfft2, self._irfft2 = fft.rfft2, fft.irfft2
            self._options = {"workers": workers or min(os.cpu_count() or 1, FFT_MAX_WORKERS)}
        else:
            # small grids: numpy's FFT (one thread, slower per transform, but no scipy import, which
            # costs about 0.06 s: whole runs measured break even near 600 x 600)
            self._rfft2, self._irfft2, self._options = np.fft.rfft2, np.fft.irfft2, {}
        self.kernel_spectrum = self._rfft2(k, **self._options)

    def __call__(self, flat_mass: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Convolve one layer given as its (ny*nx,) cell masses; the result is written to ``out``."""
        spec = self._rfft2(flat_mass.reshape(self.ny, self.nx), s=self.shape, **self._options)
        spec *= self.kernel_spectrum
        res = self._irfft2(spec, s=self.shape, **self._options)
        del spec
        out[...] = res[:self.ny, :self.nx]
        return out


def _clean(layer: np.ndarray, mass: float) -> None:
    """Set the FFT's round-off (tiny values, negatives) to 0 and restore the exact mass."""
    tiny = 1e-13 * max(abs(mass), float(np.abs(layer).max(initial=0.0)))
    layer[layer < tiny] = 0.0
    s = layer.sum()
    if s > 0 and mass > 0:
        layer *= mass / s


def _as_weights(weights, n: int) -> np.ndarray:
    w = np.asarray(weights, dtype=float)
    if w.ndim == 1:
        w = w[:, None]
    if w.ndim != 2 or w.shape[0] != n:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "weights: expected ({n},) or ({n}, m) values, got shape {shape}"),
            n=n, shape=np.shape(weights))
    bad = ~np.isfinite(w)
    if bad.any():
        i = int(np.flatnonzero(bad.any(axis=1))[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "weights: missing or non-finite value at point {index}"),
            index=i)
    if (w < 0).any():
        i = int(np.flatnonzero((w < 0).any(axis=1))[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "weights: negative value at point {index}"),
            index=i)
    return w


def density_grid(x, y, weights, *, cell_size, bandwidth, kernel="quartic", extent=None,
                 max_bytes=DEFAULT_MAX_BYTES, progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None) -> Grid:
    """Kernel density of weighted points on a regular grid (mass per cell, see the module doc).

    x, y: (n,) metric coordinates; weights: (n,) or (n, m). ``extent`` (x_min, y_min, x_max,
    y_max) defaults to the points' bounding box and is widened to hold every point. Refused with
    :class:`GridTooLarge` before any allocation when more than ``max_bytes`` would be needed.
    ``progress(fraction)`` is called after each layer; ``is_cancelled()`` is checked before each
    layer (raises :class:`milieu_atlas_plugin.core.catalogue.Cancelled`)."""
    _check_positive(cell_size, bandwidth)
    k = kernel_name(kernel)
    cs = float(cell_size)
    h = float(bandwidth)
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    n = x.shape[0]
    if y.shape[0] != n:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "x has {n} values, y {shape}"),
            n=n, shape=y.shape[0])
    if n and not (np.isfinite(x).all() and np.isfinite(y).all()):
        i = int(np.flatnonzero(~(np.isfinite(x) & np.isfinite(y)))[0])
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "point {index} has no finite coordinates"),
            index=i)
    m = 1 if np.ndim(weights) == 1 else int(np.shape(weights)[1])
    if extent is None:
        if n == 0:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "no points and no extent: the grid is undefined"))
        ext = (x.min(), y.min(), x.max(), y.max())
    else:
        ext = tuple(float(v) for v in extent)
        if len(ext) != 4 or not all(math.isfinite(v) for v in ext) or ext[2] < ext[0] or ext[3] < ext[1]:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "extent must be (x_min, y_min, x_max, y_max), got {extent!r}"),
                extent=extent)
        if n:
            ext = (min(ext[0], x.min()), min(ext[1], y.min()), max(ext[2], x.max()), max(ext[3], y.max()))
    radius = support_radius(k, h)
    gx0, gy1, ny, nx = grid_shape(ext, cs, radius)
    needed = grid_bytes(ext, cs, h, m, kernel=k)
    if needed > max_bytes:
        _refuse(needed, int(max_bytes), ny, nx, m, ext, cs, h, k)
    w = _as_weights(weights, n)
    kern = raw_kernel(k, h, cs)
    kern /= kern.sum()
    conv = Convolver(ny, nx, kern)
    row, col = cell_index(x, y, gx0, gy1, cs, ny, nx)
    flat = row * nx + col
    del row, col
    values = np.empty((m, ny, nx))
    for j in range(m):
        if is_cancelled is not None and is_cancelled():
            from .catalogue import Cancelled

            raise Cancelled()
        mass = np.bincount(flat, weights=w[:, j], minlength=ny * nx)
        conv(mass, values[j])
        _clean(values[j], float(w[:, j].sum()))
        del mass
        if progress is not None:
            progress((j + 1) / m)
    note = {
        "quartic": f"quartic (biweight) kernel, radius {h:g} m",
        "gaussian": f"Gaussian kernel, sigma {h:g} m, truncated at {GAUSSIAN_CUTOFF:g} sigma",
        "uniform": f"uniform disc kernel, radius {h:g} m",
    }[k] + f", {cs:g} m cells, discretised kernel normalised to sum 1 (mass conserved)"
    return Grid(values=values, x_min=gx0, y_max=gy1, cell_size=cs, kernel=k, bandwidth=h, note=note)


# ==== kernel sums at the units, without storing unit pairs =======================================
#
# UnitKernel computes s = K v for vectors v (n,) or (n, c) of unit values, K_ij = w(d_ij) for
# d_ij <= radius (K_ii = diagonal_i), by one of:
#   exact-tree:    blocks of rows against a k-d tree, each block's pairs reduced to its sums and
#                  discarded (memory O(n + block));
#   exact-dense:   blocks of rows against all units (the kernel reaches most of the units anyway);
#   exact-lattice: the units' centroids lie on a regular lattice: the kernel sums are a
#                  convolution on that lattice (FFT), exact up to round-off;
#   grid:          units linearly binned to a grid (cell <= bandwidth / 5), convolved by FFT and
#                  read back bilinearly; the units' self-weight replaced exactly; the error against
#                  the exact sums measured at a sample of units and stated in the note.

METHODS = ("auto", "exact", "grid")
AUTO_EXACT_SECONDS = 5.0  # auto: the exact sums when their estimated time is below this (else grid)
# rough costs on one core, for the choice only: per pair of the k-d tree blocks, per entry of the
# dense blocks, per grid cell and column of the FFT
TREE_PAIR_S, DENSE_ENTRY_S, FFT_CELL_S = 4e-7, 3e-8, 1e-7
MAX_EXACT_PAIRS = 5_000_000_000  # an exact run beyond this many pairs is refused (hours)
BLOCK_PAIRS = 2_000_000  # pairs per block of the exact path (about 100 MB of work arrays)
GRID_TOLERANCE = 1e-3  # grid path: the cell is halved while the sampled error is above this and the grid fits
GRID_FALLBACK = 1e-2  # auto: a grid error above this falls back to the exact sums when affordable
GRID_MAX_CELLS = 8_000_000  # the grid path refines its cell while the grid stays below this
# auto, smooth kernels (the Gaussian, with the second-order binning correction): where the exact sums
# would be chosen (AUTO_EXACT_SECONDS) but the grid is estimated faster, the grid is used when its
# sampled relative error of the kernel sums is at most this, else the exact sums (the grid's time is then
# spent in vain, a small share of the exact sums'). Such sums give the indices to about 1e-6 or better.
AUTO_SMOOTH_TOLERANCE = 1e-5
GRID_PASSES = 8  # the FFT passes of one smooth grid product of two columns (for the choice only)
ERROR_SAMPLE = 256
PLAN_SAMPLE = 200  # units whose neighbours within the radius are estimated to choose the method


def _cancel_check(is_cancelled):
    if is_cancelled is not None and is_cancelled():
        from .catalogue import Cancelled

        raise Cancelled()


def find_lattice(points, rel_tol: float = 1e-6):
    """(spacing, x0, y0) when every point lies on the lattice x0 + i s, y0 + j s (within
    rel_tol s), else None."""
    p = np.asarray(points, dtype=float)
    if p.shape[0] < 2:
        return None
    x0, y0 = p[:, 0].min(), p[:, 1].min()
    span = max(p[:, 0].max() - x0, p[:, 1].max() - y0)
    if span <= 0:
        return None
    cands = []
    for col in (0, 1):
        v = np.sort(p[:, col])
        d = np.diff(v)
        d = d[d > 1e-9 * span + 1e-9]
        if d.size:
            cands.append(d.min())
    if not cands:
        return None
    s = min(cands)
    for col, origin in ((0, x0), (1, y0)):
        k = (p[:, col] - origin) / s
        if np.abs(k - np.rint(k)).max() > rel_tol:
            return None
    return float(s), float(x0), float(y0)


class UnitKernel:
    """Kernel sums K v at n units (see the comment above). ``weight(d)`` is the kernel profile
    (vectorised; its value is used as is, not normalised), ``radius`` its support (pairs farther
    apart have weight 0), ``diagonal`` (n,) the self weights (default weight(0)), ``scale`` the
    length the grid cell is derived from (bandwidth, sigma or decay scale)."""

    def __init__(self, points, weight, radius, *, scale, diagonal=None, method="auto",
                 block_pairs=BLOCK_PAIRS, max_bytes=DEFAULT_MAX_BYTES, is_cancelled=None,
                 progress=None, label=Text(QT_TRANSLATE_NOOP("MilieuAtlas", "kernel")),
                 param_hint=Text(QT_TRANSLATE_NOOP("MilieuAtlas", "the bandwidth")), smooth=False):
        self.pts = np.ascontiguousarray(points, dtype=float)
        self.n = self.pts.shape[0]
        self.weight = weight
        self.radius = float(radius)
        self.scale = float(scale)
        self.w0 = float(np.asarray(weight(np.zeros(1)))[0])
        self.diag = (np.full(self.n, self.w0) if diagonal is None
                     else np.asarray(diagonal, dtype=float).copy())
        self.block_pairs = int(block_pairs)
        self.max_bytes = int(max_bytes)
        self.is_cancelled = is_cancelled
        self.progress = progress
        self.label = label
        self.param_hint = param_hint
        # a kernel with continuous second derivatives (the Gaussian): the grid path also takes out
        # the second-order error of linear binning unit by unit (see _apply_grid)
        self.smooth = bool(smooth)
        if method not in METHODS:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "unknown KERNEL_METHOD {method!r}; choose one of {methods}"),
                method=method, methods=', '.join(METHODS))
        self.requested = method
        self._tree_cache = None
        self._cells_cache = None
        self._bounds_cache = None
        self.mean_neighbours = self._estimate_neighbours()
        self.pairs = self.mean_neighbours * self.n
        self.error = None
        self.fallback = None
        self._limit = GRID_FALLBACK  # the sampled error above which auto falls back to the exact sums
        self.method = self._choose(method)
        self._grid = None

    @property
    def _tree(self):
        """k-d tree of the units (the exact-tree path only; built on first use)."""
        if self._tree_cache is None:
            from scipy.spatial import cKDTree

            self._tree_cache = cKDTree(self.pts)
        return self._tree_cache

    @property
    def _cells(self):
        """The units hashed to cells of a quarter of the radius (sample searches: no tree needed)."""
        if self._cells_cache is None:
            from .cells import CellIndex

            span = self._span() if self.n else 1.0
            self._cells_cache = CellIndex(self.pts, max(self.radius / 4.0, span * 1e-6, 1e-9))
        return self._cells_cache

    # ---- planning ----------------------------------------------------------------------------
    def _estimate_neighbours(self) -> float:
        """Mean number of units within the radius (incl. the unit itself), estimated from a sample
        by whole cells (a choice between methods needs no more)."""
        n = self.n
        if n == 0:
            return 0.0
        if self.radius >= self._span():
            return float(n)
        rng = np.random.default_rng(0)
        idx = rng.choice(n, size=min(n, PLAN_SAMPLE), replace=False)
        return float(np.mean(self._cells.estimate_within(self.pts[idx], self.radius)))

    def _bounds(self):
        """(lower left, upper right) of the units, computed once (the planner asks several times)."""
        if self._bounds_cache is None:
            self._bounds_cache = (self.pts.min(axis=0), self.pts.max(axis=0))
        return self._bounds_cache

    def _span(self) -> float:
        """Diagonal of the units' bounding box."""
        lo, hi = self._bounds()
        return float(np.hypot(*(hi - lo)))

    def _grid_plan(self, cell, lattice=None):
        """(x_min, y_max, ny, nx, cell, kr) of a grid holding every unit with the kernel radius
        and two cells around it; on a lattice the cell centres are the lattice points."""
        lo, hi = self._bounds()
        kr = int(math.ceil(self.radius / cell))
        pad = (kr + 2) * cell
        if lattice is not None:
            _, ax, ay = lattice
            x_min = ax - cell / 2 - math.ceil(pad / cell) * cell
            y_min = ay - cell / 2 - math.ceil(pad / cell) * cell
        else:
            x_min = math.floor((lo[0] - pad) / cell) * cell
            y_min = math.floor((lo[1] - pad) / cell) * cell
        nx = int(math.ceil((hi[0] + pad - x_min) / cell)) + 1
        ny = int(math.ceil((hi[1] + pad - y_min) / cell)) + 1
        return x_min, y_min + ny * cell, ny, nx, cell, kr

    def grid_bytes(self, plan, columns=1) -> int:
        _, _, ny, nx, _, kr = plan
        return _fft_bytes(ny, nx) + 16 * ny * nx + 8 * (2 * kr + 1) ** 2 + 8 * self.n * (columns + 8)

    def _auto_cell(self):
        """Cell of the grid path: at most scale / 5, finer (down to scale / 20) while the grid
        stays below GRID_MAX_CELLS."""
        cell = self.scale / 5.0
        lo, hi = self._bounds()
        for _ in range(2):
            c2 = cell / 2.0
            w = (hi - lo) + 2 * (self.radius + 3 * c2)
            if (w[0] / c2) * (w[1] / c2) > GRID_MAX_CELLS:
                break
            cell = c2
        return cell

    def _choose(self, requested):
        if self.n == 0:
            return "exact-tree"
        lat = find_lattice(self.pts)
        if lat is not None and requested in ("auto", "exact"):
            plan = self._grid_plan(lat[0], lat)
            cells = plan[2] * plan[3]
            # the lattice FFT when it is cheaper than the pairs
            cheaper = 3 * cells * FFT_CELL_S <= self.exact_seconds()
            if cheaper and cells <= 4 * GRID_MAX_CELLS and self.grid_bytes(plan) <= self.max_bytes:
                self._plan, self._lattice = plan, lat
                return "exact-lattice"
        self._lattice = None
        if requested == "auto" and self.smooth and self.exact_seconds() <= AUTO_EXACT_SECONDS:
            plan = self._grid_plan(self._auto_cell())
            if (self._grid_seconds(plan) < self.exact_seconds() and self.pairs <= MAX_EXACT_PAIRS
                    and self.grid_bytes(plan) <= self.max_bytes):
                # the grid if it meets AUTO_SMOOTH_TOLERANCE (checked on the sample in apply)
                self._plan, self._limit = plan, AUTO_SMOOTH_TOLERANCE
                return "grid"
        if requested == "exact" or (requested == "auto" and self.exact_seconds() <= AUTO_EXACT_SECONDS):
            if self.pairs > MAX_EXACT_PAIRS:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{label}: the exact kernel sums would evaluate about {pairs:,.0f} unit pairs (hours); "
                    "use KERNEL_METHOD grid or a smaller {param_hint}"),
                    label=self.label, pairs=self.pairs, param_hint=self.param_hint)
            return "exact-dense" if self._dense_better() else "exact-tree"
        plan = self._grid_plan(self._auto_cell())
        need = self.grid_bytes(plan)
        if need > self.max_bytes:
            if requested == "auto" and self.pairs <= MAX_EXACT_PAIRS:
                return "exact-dense" if self._dense_better() else "exact-tree"
            raise GridTooLarge(
                QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{label}: the kernel grid of {plan:,} x {plan2:,} cells would need {value:,.0f} MB, more "
                "than the limit of {value2:,.0f} MB; use a smaller {param_hint}"), need, self.max_bytes,
                label=self.label, plan=plan[2], plan2=plan[3], value=need / 1024**2, value2=self.max_bytes / 1024**2, param_hint=self.param_hint)
        self._plan = plan
        return "grid"

    @property
    def _all_within(self) -> bool:
        return self.radius >= self._span()

    def _dense_seconds(self) -> float:
        return float(self.n) ** 2 * DENSE_ENTRY_S if self.n <= 50_000 else float("inf")

    def exact_seconds(self) -> float:
        """Estimated time of one product by the cheaper exact path."""
        return min(self.pairs * TREE_PAIR_S, self._dense_seconds())

    def _grid_seconds(self, plan) -> float:
        return GRID_PASSES * plan[2] * plan[3] * FFT_CELL_S

    def _dense_better(self) -> bool:
        return self._dense_seconds() < self.pairs * TREE_PAIR_S

    # ---- products ----------------------------------------------------------------------------
    def apply(self, v):
        """K v for v (n,) or (n, c)."""
        v = np.asarray(v, dtype=float)
        one = v.ndim == 1
        V = v[:, None] if one else v
        if self.method == "exact-tree":
            out = self._apply_tree(V)
        elif self.method == "exact-dense":
            out = self._apply_dense(V)
        else:
            out = self._apply_grid(V)
            while self.error is None and self.method == "grid":
                err = self._sample_error(V, out)
                finer = self._grid_plan(self._plan[4] / 2.0)
                strict = self._limit < GRID_TOLERANCE
                if (err > min(GRID_TOLERANCE, self._limit) and finer[2] * finer[3] <= GRID_MAX_CELLS
                        and self.grid_bytes(finer) <= self.max_bytes
                        and (not strict or self._grid_seconds(finer) < self.exact_seconds())):
                    self._plan, self._grid = finer, None  # refine the cell and compute again
                    out = self._apply_grid(V)
                    continue
                self.error = err
                if (self.requested == "auto" and self.error > self._limit
                        and self.pairs <= MAX_EXACT_PAIRS):
                    # e.g. the uniform kernel's edge: the grid is too coarse, the pairs affordable
                    self.fallback = self.error
                    self.method = "exact-dense" if self._dense_better() else "exact-tree"
                    return self.apply(v)
        return out[:, 0] if one else out

    def _rows_per_block(self):
        return max(1, min(self.n, int(self.block_pairs / max(1.0, self.mean_neighbours))))

    def _apply_tree(self, V):
        import scipy.sparse as sp
        from scipy.spatial import cKDTree

        n = self.n
        out = np.zeros((n, V.shape[1]))
        step = self._rows_per_block()
        for start in range(0, n, step):
            _cancel_check(self.is_cancelled)
            stop = min(n, start + step)
            sub = cKDTree(self.pts[start:stop])
            pairs = sub.sparse_distance_matrix(self._tree, self.radius, output_type="ndarray")
            i = pairs["i"].astype(np.int64)
            j = pairs["j"].astype(np.int64)
            w = self.weight(pairs["v"])
            del pairs
            self_pair = (i + start) == j
            w[self_pair] = 0.0  # the self weight is added from the diagonal below
            block = sp.csr_matrix((w, (i, j)), shape=(stop - start, n))
            del i, j, w
            block.sum_duplicates()
            block.sort_indices()  # each row summed in column order: identical for any block size
            out[start:stop] = block @ V
            del block
            if self.progress is not None:
                self.progress(stop / n)
        out += self.diag[:, None] * V
        return out

    def _apply_dense(self, V):
        n = self.n
        out = np.empty((n, V.shape[1]))
        step = max(1, min(n, self.block_pairs // max(1, n)))
        p = self.pts
        for start in range(0, n, step):
            _cancel_check(self.is_cancelled)
            stop = min(n, start + step)
            d = p[start:stop, 0, None] - p[None, :, 0]
            d *= d
            dy = p[start:stop, 1, None] - p[None, :, 1]
            dy *= dy
            d += dy
            del dy
            np.sqrt(d, out=d)
            w = self.weight(d)
            if not self._all_within:
                np.putmask(w, d > self.radius, 0.0)
            del d
            r = np.arange(stop - start)
            w[r, r + start] = 0.0
            # row by row in one order (a matrix product could sum differently per block shape)
            out[start:stop] = np.einsum("ij,jc->ic", w, V, optimize=False)
            if self.progress is not None:
                self.progress(stop / n)
        out += self.diag[:, None] * V
        return out

    def _grid_setup(self):
        if self._grid is not None:
            return self._grid
        x_min, y_max, ny, nx, cell, kr = self._plan
        kern = stencil(cell, self.radius, lambda d: np.where(d <= self.radius, self.weight(d), 0.0))
        if self.method == "grid":
            # spreading to and reading from the four nearest cells (linear binning) each smooth
            # the kernel by a tent of variance cell^2 / 6 per axis, together + (cell^2 / 6) lap K;
            # the stencil K - (cell^2 / 6) lap K (discrete Laplacian, sum unchanged) takes that
            # second-order error out
            k = np.pad(kern, 1)
            lap = -4.0 * k
            lap[1:, :] += k[:-1, :]
            lap[:-1, :] += k[1:, :]
            lap[:, 1:] += k[:, :-1]
            lap[:, :-1] += k[:, 1:]
            kern = k - lap / 6.0
        kr = kern.shape[0] // 2
        conv = Convolver(ny, nx, kern)
        # continuous cell coordinates (cell centres at integers)
        u = (self.pts[:, 0] - x_min) / cell - 0.5
        r = (y_max - self.pts[:, 1]) / cell - 0.5
        if self.method == "exact-lattice":
            col = np.rint(u).astype(np.int64)
            row = np.rint(r).astype(np.int64)
            idx = (row * nx + col)[:, None]
            alpha = np.ones((self.n, 1))
            self_w = np.full(self.n, kern[kr, kr])
        else:
            c0 = np.floor(u).astype(np.int64)
            r0 = np.floor(r).astype(np.int64)
            fx, fy = u - c0, r - r0
            ax = np.column_stack([1 - fx, fx])
            ay = np.column_stack([1 - fy, fy])
            idx = np.column_stack([r0 * nx + c0, r0 * nx + c0 + 1, (r0 + 1) * nx + c0, (r0 + 1) * nx + c0 + 1])
            alpha = np.column_stack([ay[:, 0] * ax[:, 0], ay[:, 0] * ax[:, 1],
                                     ay[:, 1] * ax[:, 0], ay[:, 1] * ax[:, 1]])
            sx2 = (ax ** 2).sum(axis=1)
            sy2 = (ay ** 2).sum(axis=1)
            # what the grid gives a unit from its own spread mass: sum_ab alpha_a alpha_b w(c_a - c_b)
            self_w = (kern[kr, kr] * sx2 * sy2 + kern[kr, kr + 1] * 2 * ax[:, 0] * ax[:, 1] * sy2
                      + kern[kr + 1, kr] * 2 * ay[:, 0] * ay[:, 1] * sx2
                      + kern[kr + 1, kr + 1] * 4 * ax[:, 0] * ax[:, 1] * ay[:, 0] * ay[:, 1])
            if self.smooth:
                # per axis, a unit's spread mass has variance f (1 - f) cell^2 (f: its offset from
                # the cell centre), not the cell^2 / 6 the stencil takes out on average
                self._excess = ((fx * (1 - fx) - 1.0 / 6.0) * cell * cell,
                                (fy * (1 - fy) - 1.0 / 6.0) * cell * cell)
        self._grid = (conv, idx, alpha, self.diag - self_w, ny * nx)
        return self._grid

    def _second_order(self, conv, idx, alpha, v, field, cells):
        """The second-order binning error of the grid sums of v (n,) at the units, given the grid
        field K * spread(v). A pair i, j is smoothed by the excess variances e_i + e_j of both
        spreads: per axis 1/2 (e_i + e_j) K''(d_ij). Summed over j: 1/2 e_i (K'' * v)(p_i) +
        1/2 (K'' * (e v))(p_i), the second derivatives as second differences of grid fields, less
        the pair of the unit with itself (its grid weight is replaced exactly)."""
        ny, nx = conv.ny, conv.nx
        cell = self._plan[4]
        flat_idx = idx.ravel()

        def read_second(grid, axis):
            # the second difference along `axis` read at the units' cells only (they lie at least
            # the kernel radius inside the grid, so both neighbours exist)
            g = grid.ravel()
            step = 1 if axis == 1 else nx
            d2 = g[idx + step] - 2.0 * g[idx] + g[idx - step]
            return (d2 * alpha).sum(axis=1)

        total = np.zeros(self.n)
        work = np.empty((ny, nx))
        for axis, e in ((1, self._excess[0]), (0, self._excess[1])):
            total += e * read_second(field, axis)
            mass = np.bincount(flat_idx, weights=(alpha * (e * v)[:, None]).ravel(), minlength=cells)
            conv(mass, work)
            del mass
            total += read_second(work, axis)
        total *= 0.5 / (cell * cell)
        # K''(0) of the radial profile, for the pair of the unit with itself
        h = 1e-3 * self.scale
        w2 = (float(np.asarray(self.weight(np.array([h])))[0]) - self.w0) * 2.0 / (h * h)
        total -= (self._excess[0] + self._excess[1]) * w2 * v
        return total

    def _apply_grid(self, V):
        conv, idx, alpha, self_fix, cells = self._grid_setup()
        ny, nx = conv.ny, conv.nx
        out = np.empty((self.n, V.shape[1]))
        res = np.empty((ny, nx))
        flat_idx = idx.ravel()
        for c in range(V.shape[1]):
            _cancel_check(self.is_cancelled)
            mass = np.bincount(flat_idx, weights=(alpha * V[:, c, None]).ravel(), minlength=cells)
            conv(mass, res)
            del mass
            out[:, c] = (res.ravel()[idx] * alpha).sum(axis=1)
            if self.smooth and self.method == "grid":
                out[:, c] -= self._second_order(conv, idx, alpha, V[:, c], res, cells)
            if self.progress is not None:
                self.progress((c + 1) / V.shape[1])
        out += self_fix[:, None] * V
        return out

    def exact_rows(self, rows, V):
        """Exact K v at the given units only (for the error check): their pairs within the radius
        from the k-d trees at once, reduced to sums per unit."""
        rows = np.asarray(rows, dtype=np.int64)
        res = self.diag[rows, None] * V[rows]
        if rows.size == 0:
            return res
        i, j, d = self._cells.query(self.pts[rows], self.radius)
        other = rows[i] != j  # the self weight is the diagonal's
        i, j = i[other], j[other]
        w = self.weight(d[other])
        del d
        for c in range(V.shape[1]):
            res[:, c] += np.bincount(i, weights=w * V[j, c], minlength=rows.size)
        return res

    def _sample_error(self, V, approx):
        rng = np.random.default_rng(12345)
        rows = np.sort(rng.choice(self.n, size=min(self.n, ERROR_SAMPLE), replace=False))
        ex = self.exact_rows(rows, V)
        ap = approx[rows]
        scale = np.abs(ex).max(axis=0)
        scale[scale == 0] = 1.0
        rel = np.abs(ap - ex) / np.maximum(np.abs(ex), 1e-9 * scale)
        return float(rel.max()) if rel.size else 0.0

    def describe(self) -> str:
        """description() in English."""
        return str(self.description())

    def description(self) -> Text:
        """How the kernel sums were computed (a Text: str() English, translated where shown)."""
        why = ("" if self.fallback is None else Text(QT_TRANSLATE_NOOP(
            "MilieuAtlas", " (the grid's sampled error {error} was above {limit})"),
            error=f"{self.fallback:.1e}", limit=f"{self._limit:g}"))
        if self.method == "exact-tree":
            return Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "kernel sums exact (k-d tree blocks, about {pairs} unit pairs, none stored){why}"),
                pairs=f"{self.pairs:,.0f}", why=why)
        if self.method == "exact-dense":
            return Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "kernel sums exact (dense blocks of unit pairs, none stored){why}"), why=why)
        cell = self._plan[4]
        if self.method == "exact-lattice":
            return Text(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "kernel sums exact: unit centroids on a regular {cell} m lattice, convolved on it "
                "by FFT"), cell=f"{cell:g}")
        err = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "not yet measured")) if self.error is None
               else f"{self.error:.1e}")
        how = (Text(QT_TRANSLATE_NOOP("MilieuAtlas", "linear binning with its second-order error taken out"))
               if self.smooth else Text(QT_TRANSLATE_NOOP("MilieuAtlas", "linear binning")))
        return Text(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "kernel sums on a {cell} m grid ({how}, FFT, KERNEL_METHOD {requested}), largest "
            "relative error at {sample} sampled units against the exact sums {error}"),
            cell=f"{cell:g}", how=how, requested=self.requested, sample=min(self.n, ERROR_SAMPLE), error=err)
