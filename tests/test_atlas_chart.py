"""The atlas page's bar chart is printed at its own size: type of at least 8 pt, nothing scaled
down, the values beside their bars inside the chart and no two lines of type on each other."""
import re
import xml.etree.ElementTree as ET

import pytest

from .test_mapsheet import BERLIN_SOURCE, make_berlin_layer

NS = {"s": "http://www.w3.org/2000/svg"}
PT_MM = 25.4 / 72


def test_chart_printed_at_8_pt_without_overlaps(processing_registry, tmp_path, monkeypatch):
    import processing

    from milieu_atlas_plugin.cartography import atlas

    seen = {}
    real_export = atlas.export_atlas

    def export(layout, *args, **kwargs):
        """Looks at the page layout and the charts before they are written and removed."""
        chart = layout.itemById("chart")
        prop = chart.dataDefinedProperties().property(chart.PictureSource)
        folder = re.search(r"'([^']+)'", prop.expressionString()).group(1)
        seen["item"] = (chart.rect().width(), chart.rect().height())
        seen["svgs"] = [ET.parse(f"{folder}{i}.svg").getroot() for i in (1, 2, 3)]
        return real_export(layout, *args, **kwargs)

    monkeypatch.setattr(atlas, "export_atlas", export)
    layer = make_berlin_layer()
    layer.setSubsetString("\"PLR_ID\" LIKE '02%'")
    processing.run("milieuatlas:atlas", {
        "INPUT": layer, "KEY_FIELD": "PLR_ID", "FIELDS": ["total", "mh", "mh_share", "mh_lq"],
        "CHART_FIELDS": ["mh_share", "mh_lq"], "YEAR": "2024", "SOURCE_TEXT": BERLIN_SOURCE,
        "LANGUAGE": "de", "MODE": "single", "SUPPRESS_FIELD": "suppressed",
        "OUTPUT_PDF": str(tmp_path / "a.pdf")})
    item_w, item_h = seen["item"]
    for svg in seen["svgs"]:
        # the picture is as large as the chart: drawn 1 : 1 in mm, not scaled to fit
        width = float(svg.get("width").removesuffix("mm"))
        height = float(svg.get("height").removesuffix("mm"))
        assert svg.get("viewBox") == f"0 0 {svg.get('width')[:-2]} {svg.get('height')[:-2]}"
        assert (item_w, item_h) == (pytest.approx(width, abs=0.01), pytest.approx(height, abs=0.01))
        font_mm = float(svg.get("font-size"))
        assert font_mm / PT_MM >= 8.0 - 1e-6
        texts = svg.findall("s:text", NS)
        assert len(texts) >= 8
        # no two lines of type overlap: distinct baselines at least one type size apart
        baselines = sorted({round(float(t.get("y")), 3) for t in texts})
        assert min(b - a for a, b in zip(baselines, baselines[1:])) >= font_mm
        for t in texts:
            x, chars = float(t.get("x")), len(t.text)
            bold = t.get("font-weight") == "bold"
            # a generous width per character (0.62 em, bold 0.66 em): the text ends inside
            assert x + chars * font_mm * (0.66 if bold else 0.62) <= width + 1e-6, t.text
            assert font_mm - 0.01 <= float(t.get("y")) <= height    # 3 decimals written
        # bars lie between the lines of type, not under them
        for r in svg.findall("s:rect", NS):
            y, h = float(r.get("y")), float(r.get("height"))
            assert not any(y + 0.1 < b - 0.75 * font_mm < y + h - 0.1 or
                           y + 0.1 < b < y + h - 0.1
                           for b in baselines if abs(b - (y + h)) > 0.5), (y, h)
