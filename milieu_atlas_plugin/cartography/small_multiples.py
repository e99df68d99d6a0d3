"""Small-multiples map page of a monitoring series: one small map per year, the same fixed class breaks
(the series' BREAKS) on every map, one legend. matplotlib (Agg) is imported inside the function."""
from ..i18n import sheet_translator
from .texts import group_name

COLOURS = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b", "#041f45"]
NO_DATA = "#d9d9d9"
# suppressed districts: the sheets' hatched grey (cartography.styling NODATA_FILL / NODATA_HATCH)
SUPPRESSED_FILL = "#dcdcdc"
SUPPRESSED_HATCH = "#7a7a7a"


def _number(value, language):
    text = f"{100 * value:.1f}"
    return text.replace(".", ",") if language == "de" else text


def small_multiples(path, rings, dates, shares, breaks, group, language="auto", suppressed=None):
    """path: PNG to write; rings: [(district index, (k, 2) array of a ring)] in a projected CRS;
    dates: the periods shown; shares: (periods, districts) shares (NaN: none); breaks: increasing class
    bounds (first = minimum, last = maximum of the whole series); suppressed: (periods, districts) bool,
    districts drawn hatched grey as on the sheets, whatever their share (None: none)."""
    import matplotlib
    import numpy as np

    matplotlib.use("Agg", force=False)
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    tr = sheet_translator(language)
    lang = tr.language
    n = len(dates)
    ncols = min(5, n)
    nrows = -(-n // ncols)
    fig = Figure(figsize=(max(2.6 * ncols, 7.5), 2.3 * nrows + 1.4), dpi=120)   # room for title and legend
    owners = np.array([d for d, _ in rings])
    polys = [r for _, r in rings]
    allxy = np.vstack(polys)
    (x0, y0), (x1, y1) = allxy.min(axis=0), allxy.max(axis=0)
    inner = np.asarray(breaks[1:-1], dtype=float)
    ncls = len(breaks) - 1
    palette = COLOURS[:ncls] if ncls <= len(COLOURS) else COLOURS
    any_hidden = False
    for k, date in enumerate(dates):
        ax = fig.add_subplot(nrows, ncols, k + 1)
        s = np.asarray(shares[k], dtype=float)
        cls = np.clip(np.searchsorted(inner, s, side="right"), 0, len(palette) - 1)
        colours = np.where(np.isfinite(s), np.array(palette, dtype=object)[cls], NO_DATA)
        hidden = np.zeros(s.shape, dtype=bool) if suppressed is None else np.asarray(suppressed[k], dtype=bool)
        shown = ~hidden[owners]
        ax.add_collection(PolyCollection([p for p, keep in zip(polys, shown) if keep],
                                         facecolors=list(colours[owners][shown]), edgecolors="none"))
        if hidden.any():
            any_hidden = True
            ax.add_collection(PolyCollection([p for p, keep in zip(polys, shown) if not keep],
                                             facecolors=SUPPRESSED_FILL, edgecolors=SUPPRESSED_HATCH,
                                             linewidths=0.0, hatch="//////"))
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_title(date, fontsize=9)
    labels = [f"{_number(breaks[i], lang)} – {_number(breaks[i + 1], lang)} %" for i in range(ncls)]
    handles = [Patch(facecolor=palette[i], edgecolor="#999999", label=labels[i]) for i in range(ncls)]
    handles.append(Patch(facecolor=NO_DATA, edgecolor="#999999", label=tr("no residents")))
    if any_hidden:
        handles.append(Patch(facecolor=SUPPRESSED_FILL, edgecolor=SUPPRESSED_HATCH, hatch="//////",
                             label=tr("suppressed (too few persons)")))
    token = group[len("inhabitants_"):] if group.startswith("inhabitants_") else group
    fig.legend(handles=handles, loc="lower center", ncol=min(4, len(handles)), fontsize=8, frameon=False,
               title=tr("Share of {group}, classes fixed for the whole series").format(
                   group=group_name(token, tr)[0]), title_fontsize=8)
    fig.suptitle(tr("Share of {group} ({first} – {last})").format(
        group=group_name(token, tr)[0], first=dates[0], last=dates[-1]), fontsize=12)
    fig.tight_layout(rect=(0, 0.12, 1, 0.95))
    with open(path, "wb") as fh:
        fig.savefig(fh, format="png")
