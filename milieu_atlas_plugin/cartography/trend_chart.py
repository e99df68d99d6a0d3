"""Trend chart of a monitoring series: one small panel per index, a line per group with its
bootstrap interval as a band, the boundary change marked. matplotlib (Agg) is imported inside the
function: QGIS does not load it at start-up."""
from ..i18n import sheet_translator
from .texts import group_name


def trend_chart(path, fmt, dates, series, boundary, language="auto"):
    """path: file to write; fmt: 'png' or 'svg'; dates: period labels; series: {(code, group):
    (values, [(ci_low, ci_high)])}; boundary: [last date on the old boundaries, first on the new ones],
    a list of such pairs (several boundary changes), or None."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.ticker import ScalarFormatter

    class Decimal(ScalarFormatter):
        """matplotlib's tick labels (as many decimals as the ticks need), decimal comma in German."""

        def __call__(self, x, pos=None):
            text = super().__call__(x, pos)
            return text.replace(".", ",") if lang == "de" else text

    tr = sheet_translator(language)
    lang = tr.language
    changes = [] if not boundary else [boundary] if isinstance(boundary[0], str) else list(boundary)
    codes = []
    for code, _group in series:
        if code not in codes:
            codes.append(code)
    ncols = min(3, len(codes))
    nrows = -(-len(codes) // ncols)
    fig = Figure(figsize=(max(4.2 * ncols, 8.4), 3.0 * nrows + 0.9), dpi=120)  # wide enough for title and note
    x = list(range(len(dates)))
    colours = ["#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#566573"]
    step = max(1, len(dates) // 6)
    handles = {}
    for n, code in enumerate(codes):
        ax = fig.add_subplot(nrows, ncols, n + 1)
        groups = [g for c, g in series if c == code]
        for i, g in enumerate(groups):
            vals, cis = series[(code, g)]
            colour = colours[i % len(colours)]
            lo = [c[0] if c[0] is not None else float("nan") for c in cis]
            hi = [c[1] if c[1] is not None else float("nan") for c in cis]
            ax.fill_between(x, lo, hi, color=colour, alpha=0.2, linewidth=0)
            token = g[len("inhabitants_"):] if g.startswith("inhabitants_") else g
            label = tr("all groups (multigroup)") if g == "multigroup" else group_name(token, tr)[0]
            (line,) = ax.plot(x, vals, color=colour, marker="o", markersize=3, linewidth=1.5, label=label)
            handles[label] = line
        for change in changes:
            pos = dates.index(change[1]) - 0.5
            ax.axvline(pos, color="#444444", linestyle="--", linewidth=1)
            ax.annotate(tr("boundary change"), xy=(pos, 1.0), xycoords=("data", "axes fraction"),
                        xytext=(3, -10), textcoords="offset points", fontsize=7, color="#444444")
        ax.set_title(code, fontsize=10)
        ax.set_xticks(x[::step])
        ax.set_xticklabels(dates[::step], fontsize=7, rotation=30)
        ax.yaxis.set_major_formatter(Decimal(useOffset=False))
        ax.tick_params(axis="y", labelsize=7)
        ax.grid(True, linewidth=0.3, alpha=0.6)
    fig.suptitle(tr("Segregation indices over time ({first} – {last})").format(first=dates[0], last=dates[-1]),
                 fontsize=12)
    fig.legend(list(handles.values()), list(handles.keys()), loc="lower center", ncol=min(4, len(handles)),
               fontsize=8, frameon=False)
    fig.text(0.01, 0.005, tr("Bands: 95 % bootstrap confidence interval. Before the boundary change the counts "
                             "were harmonised to the current districts."), fontsize=6, color="#444444")
    fig.tight_layout(rect=(0, 0.07, 1, 0.95))
    # SVG text stays text (searchable, translatable by readers), not glyph outlines
    with matplotlib.rc_context({"svg.fonttype": "none"}), open(path, "wb") as fh:
        fig.savefig(fh, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
