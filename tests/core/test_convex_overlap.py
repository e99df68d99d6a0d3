"""core.convex.overlap_bound: an upper bound on the area counted twice by convex polygons, checked
against pairwise intersection areas from an independent clipping (Sutherland-Hodgman) and on tilings
whose cells only touch."""
import numpy as np
import pytest

from milieu_atlas_plugin.core.convex import overlap_bound


def _shoelace(p):
    x, y = p[:, 0], p[:, 1]
    return 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def _ccw(p):
    x, y = p[:, 0], p[:, 1]
    return p if np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)) > 0 else p[::-1]


def _clip_area(a, b):
    """Area of a ∩ b (convex, counter-clockwise) by clipping a with every edge of b."""
    out = [tuple(v) for v in a]
    for k in range(len(b)):
        p, q = b[k], b[(k + 1) % len(b)]
        inside = lambda v: (q[0] - p[0]) * (v[1] - p[1]) - (q[1] - p[1]) * (v[0] - p[0]) >= 0  # noqa: E731
        src, out = out, []
        for m in range(len(src)):
            cur, prev = np.array(src[m]), np.array(src[m - 1])
            if inside(cur):
                if not inside(prev):
                    out.append(_cross_point(prev, cur, p, q))
                out.append(tuple(cur))
            elif inside(prev):
                out.append(_cross_point(prev, cur, p, q))
        if not out:
            return 0.0
    return _shoelace(np.array(out)) if len(out) >= 3 else 0.0


def _cross_point(a, b, p, q):
    d1, d2 = b - a, q - p
    t = ((p[0] - a[0]) * d2[1] - (p[1] - a[1]) * d2[0]) / (d1[0] * d2[1] - d1[1] * d2[0])
    return tuple(a + t * d1)


def _pack(polys):
    npts = np.array([len(p) for p in polys])
    start = np.cumsum(npts) - npts
    xy = np.concatenate(polys)
    centroids = np.array([p.mean(axis=0) for p in polys])  # any interior point serves
    return centroids, xy, start, npts


def _regular(cx, cy, r, k, phase):
    t = phase + 2 * np.pi * np.arange(k) / k
    return np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)])


@pytest.mark.parametrize("seed", range(6))
def test_bound_is_at_least_the_pairwise_intersections(seed):
    rng = np.random.default_rng(seed)
    polys = [_regular(*rng.uniform(0, 40, 2), rng.uniform(2, 8), int(rng.integers(3, 9)), rng.uniform(0, 6))
             for _ in range(25)]
    if seed % 2:
        polys = [p[::-1] for p in polys]  # clockwise rings: the same bound
    exact = sum(_clip_area(_ccw(polys[i]), _ccw(polys[j]))
                for i in range(len(polys)) for j in range(i + 1, len(polys)))
    bound = overlap_bound(*_pack(polys))
    assert exact > 0
    assert bound >= exact * (1 - 1e-12)


def test_touching_tiling_gives_zero_and_one_overlap_is_seen():
    # a 30 x 30 grid of 100 m cells, rotated by 30 degrees, far from the origin
    rot = np.array([[np.cos(0.5236), -np.sin(0.5236)], [np.sin(0.5236), np.cos(0.5236)]])
    unit = np.array([[0, 0], [100, 0], [100, 100], [0, 100]], float)
    base = np.array([390_000.0, 5_810_000.0])
    polys = [(unit + (100 * i, 100 * j)) @ rot.T + base for i in range(30) for j in range(30)]
    total = 900 * 1e4
    assert overlap_bound(*_pack(polys)) <= 1e-9 * total
    # the same cells unrotated: exactly zero
    flat = [unit + (100 * i, 100 * j) + base for i in range(30) for j in range(30)]
    assert overlap_bound(*_pack(flat)) == 0.0
    # one cell shifted 5 m into its neighbour: 500 m^2 counted twice, the bound at least that
    flat[31] = flat[31] + (5.0, 0.0)
    bound = overlap_bound(*_pack(flat))
    assert bound >= 500.0 * (1 - 1e-12)
    assert bound > 1e-6 * total


def test_too_many_candidates_give_no_bound():
    big = _regular(0, 0, 1e4, 4, 0.3)
    small = [_regular(x, y, 1.0, 4, 0.0) for x in range(-40, 40, 3) for y in range(-40, 40, 3)]
    assert overlap_bound(*_pack([big] + small)) is None
