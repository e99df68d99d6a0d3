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
from dataclasses import dataclass
from typing import Callable, Optional, Sequence

import numpy as np

from ..errors import InputError

KERNELS = ("quartic", "gaussian", "uniform")
ALIASES = {"biweight": "quartic", "quartic": "quartic", "gaussian": "gaussian", "uniform": "uniform"}
GAUSSIAN_CUTOFF = 4.0  # the Gaussian kernel is truncated at this many sigma
DEFAULT_MAX_BYTES = 2 * 1024**3


class GridTooLarge(InputError):
    """The grid (with its FFT work arrays) would need more memory than allowed."""

    def __init__(self, message: str, needed: int, limit: int):
        super().__init__(message)
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
        raise InputError(f"unknown kernel {kernel!r}; choose one of {', '.join(KERNELS)}") from None


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
            raise InputError(f"{name} must be a positive distance in metres, got {v!r}")


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


def _fft_shape(ny: int, nx: int):
    from scipy import fft

    return fft.next_fast_len(ny, real=True), fft.next_fast_len(nx, real=True)


def _fft_bytes(ny: int, nx: int) -> int:
    """Work memory of one layer's convolution: the padded real input and output, its spectrum,
    the kernel's spectrum and one temporary of the product."""
    fy, fx = _fft_shape(ny, nx)
    real = 8 * fy * fx
    spec = 16 * fy * (fx // 2 + 1)
    return 2 * real + 3 * spec


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
    hint = f"use a larger CELL_SIZE (about {fit:.0f} m would fit)" if fit else "use a larger CELL_SIZE"
    if 2 * pad > max(w, h):
        hint += " or a smaller BANDWIDTH (the padding by the kernel radius dominates the grid)"
    raise GridTooLarge(
        f"the density grid of {ny:,} x {nx:,} cells x {m} layer(s) would need "
        f"{needed / 1024**2:,.0f} MB, more than the limit of {limit / 1024**2:,.0f} MB; {hint}",
        needed, limit)


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
        from scipy import fft

        self.ny, self.nx = ny, nx
        self.shape = _fft_shape(ny, nx)
        kr = kern.shape[0] // 2
        fy, fx = self.shape
        if 2 * kr + 1 > min(fy, fx):
            raise InputError("the kernel is wider than the grid")
        k = np.zeros(self.shape)
        k[:kr + 1, :kr + 1] = kern[kr:, kr:]
        k[:kr + 1, fx - kr:] = kern[kr:, :kr]
        k[fy - kr:, :kr + 1] = kern[:kr, kr:]
        k[fy - kr:, fx - kr:] = kern[:kr, :kr]
        self._fft = fft
        self._workers = workers
        self.kernel_spectrum = fft.rfft2(k, workers=workers)

    def __call__(self, flat_mass: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Convolve one layer given as its (ny*nx,) cell masses; the result is written to ``out``."""
        fft = self._fft
        spec = fft.rfft2(flat_mass.reshape(self.ny, self.nx), s=self.shape, workers=self._workers)
        spec *= self.kernel_spectrum
        res = fft.irfft2(spec, s=self.shape, workers=self._workers)
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
        raise InputError(f"weights: expected ({n},) or ({n}, m) values, got shape {np.shape(weights)}")
    bad = ~np.isfinite(w)
    if bad.any():
        i = int(np.flatnonzero(bad.any(axis=1))[0])
        raise InputError(f"weights: missing or non-finite value at point {i}")
    if (w < 0).any():
        i = int(np.flatnonzero((w < 0).any(axis=1))[0])
        raise InputError(f"weights: negative value at point {i}")
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
        raise InputError(f"x has {n} values, y {y.shape[0]}")
    if n and not (np.isfinite(x).all() and np.isfinite(y).all()):
        i = int(np.flatnonzero(~(np.isfinite(x) & np.isfinite(y)))[0])
        raise InputError(f"point {i} has no finite coordinates")
    m = 1 if np.ndim(weights) == 1 else int(np.shape(weights)[1])
    if extent is None:
        if n == 0:
            raise InputError("no points and no extent: the grid is undefined")
        ext = (x.min(), y.min(), x.max(), y.max())
    else:
        ext = tuple(float(v) for v in extent)
        if len(ext) != 4 or not all(math.isfinite(v) for v in ext) or ext[2] < ext[0] or ext[3] < ext[1]:
            raise InputError(f"extent must be (x_min, y_min, x_max, y_max), got {extent!r}")
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
