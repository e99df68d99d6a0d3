"""Geometry problems that change results without an error: overlapping polygons and invalid
(self-intersecting, bow-tie) polygons. Each check returns a sentence for the log and the note, or ''."""
import numpy as np
from qgis.core import QgsGeometry

from ..errors import QT_TRANSLATE_NOOP, translated

# overlaps smaller than this share of the total area are digitising slivers, not overlapping units
OVERLAP_RTOL = 1e-6


def invalid_note(label, fids, what="units"):
    """The sentence for polygons that were invalid and were repaired (fids: the feature ids)."""
    if not len(fids):
        return ""
    shown = ", ".join(str(int(f)) for f in list(fids)[:10]) + (", …" if len(fids) > 10 else "")
    template = (QT_TRANSLATE_NOOP(
        "MilieuAtlas", "{n} districts of '{label}' have invalid geometry (self-intersecting, e.g. a bow-tie: "
        "feature(s) {shown}); they were repaired (makeValid) and their areas, perimeters and neighbours "
        "taken from the repaired shape") if what == "districts" else QT_TRANSLATE_NOOP(
        "MilieuAtlas", "{n} units of '{label}' have invalid geometry (self-intersecting, e.g. a bow-tie: "
        "feature(s) {shown}); they were repaired (makeValid) and their areas, perimeters and neighbours "
        "taken from the repaired shape"))
    return translated(template, n=len(fids), label=label, shown=shown)


def overlap_note(geoms, fids, label, what="units"):
    """'' when the polygons do not overlap (their areas add up to the area they cover), else a sentence naming
    the overlapping pairs (up to 5) and the area counted twice."""
    parts = [g for g in geoms if g is not None and not g.isNull() and not g.isEmpty()]
    if len(parts) < 2:
        return ""
    areas = np.array([g.area() for g in parts])
    total = float(areas.sum())
    if total <= 0:
        return ""
    covered = QgsGeometry.unaryUnion(parts).area()
    twice = total - covered
    if twice <= OVERLAP_RTOL * total:
        return ""
    pairs = []
    boxes = [g.boundingBox() for g in geoms]
    order = np.argsort([b.xMinimum() if not b.isNull() else np.inf for b in boxes])
    for a_pos, i in enumerate(order):
        gi = geoms[i]
        if gi is None or gi.isNull() or gi.isEmpty():
            continue
        for j in order[a_pos + 1:]:
            if boxes[j].xMinimum() > boxes[i].xMaximum():
                break
            gj = geoms[j]
            if gj is None or gj.isNull() or not boxes[i].intersects(boxes[j]):
                continue
            inter = gi.intersection(gj)
            if inter is not None and not inter.isNull() and inter.area() > OVERLAP_RTOL * total:
                pairs.append((int(fids[min(i, j)]), int(fids[max(i, j)])))
                if len(pairs) >= 5:
                    break
        if len(pairs) >= 5:
            break
    shown = ", ".join(translated(QT_TRANSLATE_NOOP("MilieuAtlas", "{a} and {b}"), a=a, b=b) for a, b in sorted(pairs))
    template = (QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Districts of '{label}' overlap (feature(s) {shown}): their areas add up to {total} but "
        "cover {covered} ({share} % counted twice)") if what == "districts" else QT_TRANSLATE_NOOP(
        "MilieuAtlas", "Units of '{label}' overlap (feature(s) {shown}): their areas add up to {total} but "
        "cover {covered} ({share} % counted twice)"))
    return translated(template, label=label, shown=shown, total=f"{total:.6g}", covered=f"{covered:.6g}",
                      share=f"{100 * twice / total:.3g}")
