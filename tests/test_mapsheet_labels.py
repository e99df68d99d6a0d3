"""Numeric district labels (LABEL_FIELD) print as the legend prints numbers, in the sheet's
language (decimal comma in German, decimals by the field's kind), never as raw doubles, and a
suppressed district's value never appears as a label."""
import re

import pytest

from .test_mapsheet import BERLIN_SOURCE, _null, make_berlin_layer, pdf_text


@pytest.fixture()
def berlin(processing_registry):
    return make_berlin_layer()


def _found(text, token):
    return re.search(r"(?<![\d.,])" + re.escape(token) + r"(?![\d.,])", text) is not None


def _sheet(tmp_path, name, **params):
    import processing

    pdf, png = tmp_path / f"{name}.pdf", tmp_path / f"{name}.png"
    processing.run("milieuatlas:mapsheet", dict(
        params, SOURCE_TEXT=BERLIN_SOURCE, YEAR="2024", SUPPRESS_FIELD="suppressed",
        OUTPUT_PDF=str(pdf), OUTPUT_PNG=str(png), DPI=110))
    assert png.exists()
    return pdf_text(pdf)


def _unique_hidden(layer, field, start, step, min_count=20):
    """Gives the hidden districts values no other district has, so a leak shows in the text."""
    idx = layer.fields().indexOf(field)
    ids = [f.id() for f in layer.getFeatures()
           if not _null(f[field]) and (f["suppressed"] or 0 < f["mh"] < min_count)]
    layer.dataProvider().changeAttributeValues(
        {fid: {idx: start + step * k} for k, fid in enumerate(ids)})


def _split(layer, fmt, field, min_count):
    """(texts of the shown districts, texts only hidden districts have)."""
    hidden, shown = set(), set()
    for f in layer.getFeatures():
        if _null(f[field]):
            continue
        small = 0 < f["mh"] < min_count
        (hidden if f["suppressed"] or small else shown).add(fmt(f[field]))
    return shown, hidden - shown


def test_lq_labels_in_german_with_two_decimals(berlin, tmp_path):
    _unique_hidden(berlin, "mh_lq", 4.013, 0.17)
    text = _sheet(tmp_path, "lq_de", INPUT=berlin, FIELD="mh_lq", LABEL_FIELD="mh_lq",
                  COUNT_FIELD="mh", MIN_COUNT=20, LANGUAGE="de")
    # no raw double such as 1.1152010089980884 anywhere, no decimal point in German
    # (pdftotext may run two neighbouring labels together: "0,66 0,60" → "0,660,60")
    assert not re.search(r"\d[.,]\d{5,}", text), re.findall(r"\S*\d[.,]\d{5,}\S*", text)[:5]
    assert not re.search(r"(?<![\d.])\d\.\d\d(?!\d)", text)
    shown, hidden_only = _split(berlin, lambda v: f"{v:.2f}".replace(".", ","), "mh_lq", 20)
    assert len(hidden_only) >= 2
    assert sum(_found(text, t) for t in shown) > 50          # labels are printed, "1,12"
    assert [t for t in hidden_only if _found(text, t)] == []  # none of a hidden district


def test_share_labels_in_english_in_percent(berlin, tmp_path):
    _unique_hidden(berlin, "mh_share", 0.9013, 0.0017)
    text = _sheet(tmp_path, "share_en", INPUT=berlin, FIELD="mh_share", LABEL_FIELD="mh_share",
                  COUNT_FIELD="mh", MIN_COUNT=20, LANGUAGE="en")
    assert not re.search(r"\d[.,]\d{5,}", text)
    shown, hidden_only = _split(berlin, lambda v: f"{100 * v:.1f}%", "mh_share", 20)
    assert len(hidden_only) >= 2
    assert sum(_found(text, t) for t in shown) > 50          # "34.5%"
    assert [t for t in hidden_only if _found(text, t)] == []


def test_count_labels_are_whole_numbers_and_never_suppressed(berlin, tmp_path):
    text = _sheet(tmp_path, "count_de", INPUT=berlin, FIELD="mh", LABEL_FIELD="mh",
                  COUNT_FIELD="mh", MIN_COUNT=20, LANGUAGE="de")
    assert not re.search(r"\d,0(?!\d)", text)                # no "1234,0"

    def fmt(v):
        return f"{int(v):,}".replace(",", " ") if v >= 10000 else str(int(v))

    shown, hidden_only = _split(berlin, fmt, "mh", 20)
    assert sum(_found(text, t) for t in shown if int(t.replace(" ", "")) > 100) > 50
    assert len(hidden_only) >= 2
    assert [t for t in hidden_only if _found(text, t)] == []
