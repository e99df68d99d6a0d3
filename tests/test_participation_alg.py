"""milieuatlas:participationpotential through processing.run: exact values on a hand-made table, the
illustrative default on the synthetic Berlin sample (20 % / 40 % city-wide), and refusals."""
import math

import pytest
from qgis.core import NULL, QgsFeature, QgsField, QgsProcessingException, QgsVectorLayer
from milieu_atlas_plugin.compat import FieldType

from .conftest import PLR_SHP
from .test_milieu_localisation import SAMPLE

MODEL = "code,name_de,name_en,sinus_segment,segment,colour\nA,a,a,,S,#112233\nB,b,b,,S,#223344\n"
RATES = "code,status_quo,potential,n,source,year\nA,0.1,0.4,100,test,2024\nB,0.3,0.5,50,test,2024\n"


def table(rows, fields=("name", "mil_A", "mil_B")):
    layer = QgsVectorLayer("None", "districts", "memory")
    layer.dataProvider().addAttributes([QgsField(fields[0], FieldType.String)] +
                                       [QgsField(f, FieldType.Double) for f in fields[1:]])
    layer.updateFields()
    feats = []
    for row in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes(list(row))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


@pytest.fixture()
def files(tmp_path):
    (tmp_path / "m.csv").write_text(MODEL, encoding="utf-8")
    (tmp_path / "r.csv").write_text(RATES, encoding="utf-8")
    return str(tmp_path / "m.csv"), str(tmp_path / "r.csv")


def run(**params):
    import processing

    return processing.run("milieuatlas:participationpotential", params)


def test_exact_values_and_summary(processing_registry, tmp_path, files):
    model, rates = files
    res = run(INPUT=table([("Nord", 100, 0), ("Mitte", 50, 50), ("Süd", 0, 200), ("Klein", 2, 1)]), RATES=rates,
              MODEL=model, OUTPUT=str(tmp_path / "p.gpkg"), SUMMARY=str(tmp_path / "s.gpkg"))
    feats = list(QgsVectorLayer(res["OUTPUT"], "p", "ogr").getFeatures())
    mitte = feats[1]
    assert mitte["part_statusquo"] == pytest.approx(20) and mitte["part_potential"] == pytest.approx(45)
    assert mitte["part_untapped"] == pytest.approx(25) and mitte["part_untapped_rate"] == pytest.approx(0.25)
    sd = math.sqrt(50 ** 2 * 0.3 * 0.7 / 100 + 50 ** 2 * 0.2 * 0.8 / 50)
    assert mitte["part_untapped_ci_low"] == pytest.approx(25 - 1.959963984540054 * sd, rel=1e-12)
    assert mitte["part_untapped_ci_high"] == pytest.approx(25 + 1.959963984540054 * sd, rel=1e-12)
    assert [bool(f["suppressed"]) for f in feats] == [False, False, False, True]
    assert feats[3]["part_untapped"] == NULL
    summary = list(QgsVectorLayer(res["SUMMARY"], "s", "ogr").getFeatures())
    assert summary[0]["rank"] == NULL and summary[0]["households"] == pytest.approx(403)
    assert summary[0]["part_untapped"] == pytest.approx(152 * 0.3 + 251 * 0.2)
    # Klein (3 households) is suppressed; with the city total published it would be 403 minus the
    # others: the smallest other district (Nord and Mitte, 100 each: the first) is left out too
    assert [(s["rank"], s["district"], bool(s["suppressed"])) for s in summary[1:]] == [
        (1, "Süd", False), (2, "Mitte", False), (NULL, "Nord", True), (NULL, "Klein", True)]
    for s in summary[3:]:
        assert all(s[c] == NULL for c in ("households", "part_statusquo", "part_potential", "part_untapped",
                                          "part_untapped_rate", "untapped_share_of_city"))
    assert summary[1]["untapped_share_of_city"] == pytest.approx(40 / (152 * 0.3 + 251 * 0.2))
    # the layer keeps the counts unless MASK_COUNTS is set
    assert feats[3]["mil_A"] == 2
    res = run(INPUT=table([("Nord", 100, 0), ("Klein", 2, 1)]), RATES=rates, MODEL=model, MASK_COUNTS=True,
              OUTPUT=str(tmp_path / "m.gpkg"))
    masked = list(QgsVectorLayer(res["OUTPUT"], "m", "ogr").getFeatures())
    assert [(f["mil_A"], f["mil_B"]) for f in masked] == [(100, 0), (NULL, NULL)]


def test_illustrative_default_on_the_berlin_sample(processing_registry, tmp_path):
    import processing

    loc = processing.run("milieuatlas:milieulocalisation", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "MILIEUS": SAMPLE, "OUTPUT": str(tmp_path / "l.gpkg")})
    messages = []

    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            messages.append(text)

    res = processing.run("milieuatlas:participationpotential", {
        "INPUT": loc["OUTPUT"], "KEY_FIELD": "PLR_ID", "OUTPUT": str(tmp_path / "p.gpkg"),
        "SUMMARY": str(tmp_path / "s.gpkg")}, feedback=Feedback())
    assert any("ILLUSTRATIVE" in m for m in messages)
    summary = list(QgsVectorLayer(res["SUMMARY"], "s", "ogr").getFeatures())
    city = summary[0]
    # the illustrative table reproduces the seed on the sample: 20 % have taken part, 40 % would
    assert city["part_statusquo"] / city["households"] == pytest.approx(0.20, abs=1e-6)
    assert city["part_potential"] / city["households"] == pytest.approx(0.40, abs=1e-6)
    assert city["part_untapped_ci_low"] < city["part_untapped"] < city["part_untapped_ci_high"]
    assert len(summary) == 1 + 542     # every district, the ones without a value at the end
    ranked = [s for s in summary[1:] if s["rank"] != NULL]
    untapped = [s["part_untapped"] for s in ranked]
    assert untapped == sorted(untapped, reverse=True)
    hidden = [s for s in summary[1:] if s["suppressed"]]
    assert len(hidden) >= res["SUPPRESSED"] and (len(hidden) == 0 or len(hidden) >= 2)
    assert all(s["households"] == NULL and s["part_untapped"] == NULL for s in hidden)
    feats = list(QgsVectorLayer(res["OUTPUT"], "p", "ogr").getFeatures())
    assert sum(f["suppressed"] for f in feats) == res["SUPPRESSED"]


def test_refusals_nothing_written(processing_registry, tmp_path, files):
    model, _ = files
    out = tmp_path / "bad.gpkg"
    missing = tmp_path / "missing.csv"
    missing.write_text("code,status_quo,potential\nA,0.1,0.2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"missing.csv': no line for the milieu\(s\) B"):
        run(INPUT=table([("x", 1, 2)]), RATES=str(missing), MODEL=model, OUTPUT=str(out))
    low = tmp_path / "low.csv"
    low.write_text("code,status_quo,potential\nA,0.1,0.2\nB,0.5,0.4\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"low.csv', line 3: potential 0.4 of 'B' is below"):
        run(INPUT=table([("x", 1, 2)]), RATES=str(low), MODEL=model, OUTPUT=str(out))
    with pytest.raises(QgsProcessingException, match="already has a field named 'part_untapped'"):
        run(INPUT=table([("x", 1, 2, 3)], fields=("name", "mil_A", "mil_B", "part_untapped")), RATES=files[1],
            MODEL=model, OUTPUT=str(out))
    with pytest.raises(QgsProcessingException, match="no value"):
        run(INPUT=table([("x", 1, None)]), RATES=files[1], MODEL=model, OUTPUT=str(out))
    assert not out.exists()
