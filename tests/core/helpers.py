"""Shared helpers for the pure core tests (no QGIS)."""
from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
BERLIN = ROOT / "resources" / "sample" / "berlin"


def read_berlin(name: str):
    """Read a Berlin LOR csv: keys as strings (leading zeros kept), counts as float arrays."""
    with open(BERLIN / name, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = {"id": [r["id"] for r in rows]}
    for col in rows[0]:
        if col != "id":
            out[col] = np.array([float(r[col]) for r in rows])
    return out


def brute_gini(x, t):
    """Textbook double sum, O(n^2): the reference for the sorted O(n log n) implementation."""
    x = np.asarray(x, float)
    t = np.asarray(t, float)
    p = x / t
    T = t.sum()
    P = x.sum() / T
    return (np.outer(t, t) * np.abs(p[:, None] - p[None, :])).sum() / (2 * T * T * P * (1 - P))
