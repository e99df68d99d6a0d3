"""Milieu localisation: the milieu profile of every district and the milieu density surfaces.

Pure numpy. For district i and milieu m with households n_im, t_i = sum_m n_im:
* share p_im = n_im / t_i, location quotient p_im / (N_m / T) (core.local.share_and_lq);
* segments: the households and share of each segment of the model (sum over its milieus);
* dominant milieu: the milieu with the largest share; ``MIX`` where its lead over the second is below
  the margin (percentage points); ``mil_lead`` = that lead in percentage points;
* ``mil_present``: number of milieus with households; ``mil_diversity``: Shannon evenness
  H_i / ln(M) = -sum_m p_im ln p_im / ln(M), M the number of milieus of the model (0: one milieu only,
  1: all milieus equally present);
* suppression: the plugin's one rule (core.suppression.unit_rule on the district's households): a
  district with more than 0 and fewer than ``min_count`` households gets no derived value (NaN,
  written as NULL, never 0) and ``suppressed`` = true; its household counts stay, so that sums and
  later steps add up (the algorithm blanks them with MASK_COUNTS). A district without any household
  reveals nobody and is not suppressed, but its shares, LQ, dominant milieu, lead and diversity are
  undefined: blank as before (a table prints 'x'), ``mil_present`` = 0.

Surfaces (:func:`milieu_surfaces`): kernel density of each milieu's households on a regular grid
(core.kernel.density_grid, mass conserved), expressed in households per hectare, and per cell the milieu
with the largest smoothed share and that share.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError, QT_TRANSLATE_NOOP, Text
from .local import share_and_lq
from .milieu_model import MIX
from .suppression import unit_rule
from .twogroup import entr

MIN_DENSITY = 1.0  # households per hectare: cells below it are left out of the dominant-milieu raster
LEAD_TOL = 1e-9


def profile_fields(model):
    """Output field names in order, with their kind ('double', 'int', 'str', 'bool')."""
    cols = [("mil_total", "double")]
    cols += [(f"mil_{c}", "double") for c in model.codes]
    cols += [(f"mil_{c}_share", "double") for c in model.codes]
    cols += [(f"mil_{c}_lq", "double") for c in model.codes]
    cols += [(f"seg_{k}", "double") for k in model.segment_keys]
    cols += [(f"seg_{k}_share", "double") for k in model.segment_keys]
    cols += [("mil_dominant", "str"), ("mil_dominant_share", "double"), ("mil_lead", "double"),
             ("mil_present", "int"), ("mil_diversity", "double"), ("suppressed", "bool")]
    seen = set()
    for name, _ in cols:
        if name.lower() in seen:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "Milieu model '{model_name}': its codes and segments give the field name '{name}' twice "
                "(e.g. a code ending in _share or _lq); rename the code."),
                model_name=_model_name(model), name=name)
        seen.add(name.lower())
    return cols


def milieu_profile(counts, model, *, margin=5.0, min_count=5.0):
    """{field: (n,) array} for an (n, M) array of household counts in the model's code order.

    mil_dominant is an object array (code, 'MIX' or None); mil_present an int array; suppressed bool;
    every other field float with NaN for 'no value'."""
    n_im = np.asarray(counts, dtype=float)
    if n_im.ndim != 2 or n_im.shape[1] != len(model.codes):
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "expected an (n, {n_codes}) array of milieu counts, got {shape}"),
            n_codes=len(model.codes), shape=n_im.shape)
    if not np.isfinite(n_im).all():
        i, j = np.argwhere(~np.isfinite(n_im))[0]
        err = InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "milieu '{codes}' has no finite count in unit {index}"),
            codes=model.codes[j], index=i)
        err.unit = int(i)
        raise err
    if (n_im < 0).any():
        i, j = np.argwhere(n_im < 0)[0]
        err = InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "milieu '{codes}' has a negative count ({n_im:g}) in unit {index}"),
            codes=model.codes[j], n_im=n_im[i, j], index=i)
        err.unit = int(i)
        raise err
    if margin is None or not np.isfinite(margin) or margin < 0 or margin > 100:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "DOMINANT_MARGIN must be between 0 and 100 percentage points, got {margin!r}"),
            margin=margin)
    if min_count is None or not np.isfinite(min_count) or min_count < 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "MIN_COUNT must be zero or more, got {min_count!r}"),
            min_count=min_count)
    n, M = n_im.shape
    t = n_im.sum(axis=1)
    suppressed, empty = unit_rule(t, min_count)
    show = ~suppressed & ~empty
    out = {"mil_total": t}
    shares = np.full((n, M), np.nan)
    for j, c in enumerate(model.codes):
        out[f"mil_{c}"] = n_im[:, j]
        p, lq = share_and_lq(n_im[:, j], t)
        shares[:, j] = p
        out[f"mil_{c}_share"] = np.where(show, p, np.nan)
        out[f"mil_{c}_lq"] = np.where(show, lq, np.nan)
    seg = np.asarray(model.segment_index())
    for k, key in enumerate(model.segment_keys):
        s = n_im[:, seg == k].sum(axis=1)
        out[f"seg_{key}"] = s
        out[f"seg_{key}_share"] = np.where(show, s / np.where(t > 0, t, 1.0), np.nan)
    dominant = np.full(n, None, dtype=object)
    dom_share = np.full(n, np.nan)
    lead = np.full(n, np.nan)
    diversity = np.full(n, np.nan)
    if show.any():
        p = shares[show]
        order = np.argsort(-p, axis=1, kind="stable")       # ties: the first milieu of the model
        top = p[np.arange(len(p)), order[:, 0]]
        second = p[np.arange(len(p)), order[:, 1]] if M > 1 else np.zeros(len(p))
        gap = 100.0 * (top - second)
        codes = np.asarray(model.codes, dtype=object)[order[:, 0]]
        dominant[show] = np.where(gap < margin - LEAD_TOL, MIX, codes)
        dom_share[show] = top
        lead[show] = gap
        if M > 1:
            diversity[show] = entr(p).sum(axis=1) / np.log(M)
    present = (n_im > 0).sum(axis=1)
    out["mil_dominant"] = dominant
    out["mil_dominant_share"] = dom_share
    out["mil_lead"] = lead
    out["mil_present"] = np.where(suppressed, -1, present)   # -1 = no value (written as NULL)
    out["mil_diversity"] = diversity
    out["suppressed"] = suppressed
    return {name: out[name] for name, _ in profile_fields(model)}


def check_totals(n_im, total, ids, label, codes, rtol=1e-6):
    """Refuses rows whose milieu counts do not add up to the total (one message: how many, the largest
    difference and where, the sum over all rows)."""
    n_im = np.asarray(n_im, dtype=float)
    total = np.asarray(total, dtype=float)
    s = n_im.sum(axis=1)
    diff = s - total
    bad = np.abs(diff) > rtol * np.maximum(1.0, np.abs(total))
    if not bad.any():
        return
    i = int(np.flatnonzero(bad)[np.argmax(np.abs(diff[bad]))])
    raise InputError(
        QT_TRANSLATE_NOOP(
        "MilieuAtlas", "{label}: the milieu fields ({codes}) do not add up to the total in {bad} of {n_s} "
        "features; the largest difference is in feature {ids}: {s:g} instead of {total:g} "
        "({diff:+g}); over all features {s2:g} instead of {total2:g} ({value:+g}). Correct the "
        "data, or set RESCALE to scale the milieu counts to the total."),
        label=label, codes=', '.join(codes), bad=int(bad.sum()), n_s=len(s), ids=ids[i], s=s[i], total=total[i], diff=diff[i], s2=s.sum(), total2=total.sum(), value=s.sum() - total.sum())


def check_share_mix(row_sums, ids, label):
    """Refuses milieu shares given as fractions in some rows (adding up to about 1) and as percent in
    others (adding up to about 100)."""
    s = np.asarray(row_sums, dtype=float)
    frac = np.flatnonzero(np.abs(s - 1.0) <= 0.02)
    pct = np.flatnonzero(np.abs(s - 100.0) <= 2.0)
    if frac.size and pct.size:
        raise InputError(
            QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label}: the milieu shares are percent in some features and fractions in others: they "
            "add up to {s:g} in feature {ids} ({size} features) but to {s2:g} in feature {ids2} "
            "({size2} features). Use one unit throughout."),
            label=label, s=s[pct[0]], ids=ids[pct[0]], size=pct.size, s2=s[frac[0]], ids2=ids[frac[0]], size2=frac.size)


def rescale_to_total(n_im, total):
    """Milieu counts scaled per row so they add up to the total (rows with no milieu counts stay 0)."""
    n_im = np.asarray(n_im, dtype=float)
    s = n_im.sum(axis=1)
    f = np.divide(np.asarray(total, dtype=float), s, out=np.zeros_like(s), where=s > 0)
    return n_im * f[:, None]


# ---------------------------------------------------------------------------------------------- surfaces
def milieu_surfaces(x, y, n_im, *, cell_size, bandwidth, kernel="quartic", extent=None, dominant=True,
                    min_density=MIN_DENSITY, max_bytes=None, progress=None, is_cancelled=None):
    """Kernel density of every milieu.

    Returns (grid, density, dominant_index, dominant_share): grid the core.kernel.Grid whose values
    are converted in place to density, the (M, ny, nx) households per hectare (float64; the cells of a band times the cell area in
    hectares add up to the milieu's households), dominant_index (ny, nx) int 1..M (0 where the household
    density is below min_density) and dominant_share its smoothed share (NaN there), or None for both
    when dominant is False."""
    from .kernel import DEFAULT_MAX_BYTES, density_grid

    grid = density_grid(x, y, n_im, cell_size=cell_size, bandwidth=bandwidth, kernel=kernel, extent=extent,
                        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes, progress=progress,
                        is_cancelled=is_cancelled)
    density = grid.values                      # converted in place: no second (M, ny, nx) array
    density /= grid.cell_size * grid.cell_size / 10_000.0
    if not dominant:
        return grid, density, None, None
    total = density.sum(axis=0)
    inhabited = total >= min_density
    idx = np.argmax(density, axis=0).astype(np.int32) + 1
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.take_along_axis(density, (idx - 1)[None], axis=0)[0] / total
    idx[~inhabited] = 0
    share[~inhabited] = np.nan
    return grid, density, idx, share


# ---------------------------------------------------------------------------------------------- fields
def match_fields(available, model, chosen=None, label=Text(QT_TRANSLATE_NOOP("MilieuAtlas", "the milieu layer"))):
    """The field holding each milieu of the model, in the model's code order.

    A field belongs to milieu CODE when its name is CODE, mil_CODE or CODE_count (case-insensitive).
    Without ``chosen`` the layer's fields are matched; with ``chosen`` every chosen field must match a
    code of the model, and every code needs exactly one field."""
    names = list(available)
    forms = {}
    for c in model.codes:
        for form in (c, f"mil_{c}", f"{c}_count"):
            forms[form.lower()] = c
    pool = list(chosen) if chosen else names
    for f in pool:
        if f not in names:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{label} has no field '{field}'. Available fields: {names}"),
                label=label, field=f, names=', '.join(names))
    found = {}
    for f in pool:
        code = forms.get(f.lower())
        if code is None:
            if chosen:
                raise InputError(
                    QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{label}: field '{field}' is not a milieu of the model '{model_name}' (codes {codes}; a "
                    "field belongs to a milieu when it is named CODE, mil_CODE or CODE_count). Choose "
                    "another model (MODEL) or rename the field."),
                    label=label, field=f, model_name=_model_name(model), codes=', '.join(model.codes))
            continue
        if code in found:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{label}: fields '{found}' and '{field}' both hold milieu '{code}'; choose one of them "
                "in MILIEU_FIELDS."),
                label=label, found=found[code], field=f, code=code)
        found[code] = f
    missing = [c for c in model.codes if c not in found]
    if missing:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{label} has no field for the milieu(s) {missing} of the model '{model_name}' (looked "
            "for fields named CODE, mil_CODE or CODE_count); choose them in MILIEU_FIELDS or choose "
            "the model that fits the data (MODEL)."),
            label=label, missing=', '.join(missing), model_name=_model_name(model))
    return [found[c] for c in model.codes]


def _model_name(model):
    from pathlib import Path

    return Path(model.path).name
