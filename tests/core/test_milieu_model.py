"""Milieu model and rate table files: the bundled ones, and every refusal naming file and line."""
import numpy as np
import pytest

from milieu_atlas_plugin.core.milieu_model import field_safe, load_model, load_rates
from milieu_atlas_plugin.errors import InputError
from milieu_atlas_plugin.paths import MILIEUS_DIR

HEADER = "code,name_de,name_en,sinus_segment,segment,colour\n"
TWO = HEADER + "AA,A,A,s,Seg Eins,#112233\nBB,B,B,s,Zwei,#445566\n"


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_bundled_vhw_model():
    m = load_model()
    assert m.codes == ("REL", "ARB", "STA", "KOS", "PER", "ADI", "ENT", "HED")
    seg = dict(zip(m.codes, m.segments))
    # our reading of the seed (header comment of the file says so)
    assert seg["REL"] == seg["ARB"] == "Traditionelle Milieus"
    assert seg["STA"] == "Status-Milieus" and seg["ADI"] == "Mainstream"
    assert seg["KOS"] == seg["PER"] == "kreative Milieus"
    assert seg["ENT"] == seg["HED"] == "Prekäre Milieus"
    assert m.segment_order == ("Traditionelle Milieus", "Status-Milieus", "kreative Milieus", "Mainstream",
                               "Prekäre Milieus")
    assert m.segment_keys == ("traditionelle_milieus", "status_milieus", "kreative_milieus", "mainstream",
                              "prekaere_milieus")
    sinus = dict(zip(m.codes, m.sinus_segments))
    assert {c for c, s in sinus.items() if s == "bürgerlich"} == {"ADI", "STA"}
    assert {c for c, s in sinus.items() if s == "prekär"} == {"ENT", "HED"}
    assert len(set(m.colours)) == 8
    assert m.colour("KOS") == m.colours[3] and m.name("REL").startswith("Religiös")
    assert m.name("REL", "en") == "Religious-rooted milieu"
    text = (MILIEUS_DIR / "vhw_migrant_milieus.csv").read_text(encoding="utf-8")
    assert "unsere Lesart" in text and "our reading of the seed" in text


def test_template_with_ten_codes_loads():
    m = load_model(MILIEUS_DIR / "sinus_geo_milieus_template.csv")
    assert len(m) == 10 and len(set(m.colours)) == 10
    assert len(m.segment_order) == 5


# -- colour-blind safety: the colours stay apart under simulated protan-, deuteran- and tritanopia
# (Machado, Oliveira & Fernandes 2009, severity 1, applied in linear sRGB), CIE 1976 distance in L*a*b*.
_CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "normal": np.eye(3).tolist(),
}


def _lab(linear_rgb):
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear_rgb
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _linear(colour):
    c = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


@pytest.mark.parametrize("name", ["vhw_migrant_milieus.csv", "sinus_geo_milieus_template.csv"])
def test_colours_are_distinct_for_colour_blind_readers(name):
    m = load_model(MILIEUS_DIR / name)
    for kind, mat in _CVD.items():
        lab = [_lab(np.clip(np.array(mat) @ _linear(c), 0, 1)) for c in m.colours]
        closest = min(np.linalg.norm(lab[i] - lab[j]) for i in range(len(lab)) for j in range(i))
        assert closest > 12.0, (kind, closest)


def test_field_safe():
    assert field_safe("Prekäre Milieus") == "prekaere_milieus"
    assert field_safe("Status-Milieus") == "status_milieus"
    assert field_safe("  Größe / Ölé ") == "groesse_oele"


def test_semicolon_and_comments(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("# comment\ncode;name_de;segment;colour\n# x\nX1;Eins;A;#aabbcc\n", encoding="utf-8-sig")
    m = load_model(p)
    assert m.codes == ("X1",) and m.colours == ("#AABBCC",) and m.names_en == ("Eins",)


@pytest.mark.parametrize("body, line, words", [
    ("AA,A,A,s,S,#112233\nAA,B,B,s,S,#445566\n", 3, "duplicate code 'AA'"),
    ("AA,A,A,s,S,#112233\naa,B,B,s,S,#445566\n", 3, "duplicate code 'aa'"),
    ("AA,A,A,s,S,#112233\nBB,B,B,s,S,red\n", 3, "colour 'red'"),
    ("AA,A,A,s,S,#1122\n", 2, "'#RRGGBB'"),
    ("A A,A,A,s,S,#112233\n", 2, "not usable as a field name"),
    ("MIX,A,A,s,S,#112233\n", 2, "reserved"),
    ("AA,A,A,s,S,#112233\nTotal,T,T,s,S,#445566\n", 3, "code 'Total' is reserved"),
    ("AA,A,A,s,,#112233\n", 2, "no segment"),
    (",A,A,s,S,#112233\n", 2, "no code"),
])
def test_model_refusals_name_file_and_line(tmp_path, body, line, words):
    p = write(tmp_path, "model.csv", HEADER + body)
    with pytest.raises(InputError, match=f"model.csv', line {line}") as exc:
        load_model(p)
    assert words in str(exc.value)


def test_model_header_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="lacks the column"):
        load_model(write(tmp_path, "h.csv", "code,name_de,colour\nAA,A,#112233\n"))
    with pytest.raises(InputError, match="does not exist"):
        load_model(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="same field name seg_a_b"):
        load_model(write(tmp_path, "s.csv", HEADER + "AA,A,A,s,A B,#112233\nBB,B,B,s,a-b,#445566\n"))


RATES_HEADER = "# comment line\ncode,status_quo,potential,n,source,year\n"


def test_rates_aligned_with_model(tmp_path):
    model = load_model(write(tmp_path, "m.csv", TWO))
    r = load_rates(write(tmp_path, "r.csv", RATES_HEADER + "BB,0.5,0.75,,x,2020\n"
                                                           "AA,0.1,0.2,250,illustrativ,2024\n"), model)
    assert r.codes == ("AA", "BB")
    assert r.status_quo == (0.1, 0.5) and r.potential == (0.2, 0.75) and r.n == (250.0, None)
    assert r.has_n and r.is_illustrative()


@pytest.mark.parametrize("body, line, words", [
    ("AA,0.1,0.2,,,\nCC,0.1,0.2,,,\n", 4, "code 'CC' is not a milieu"),
    ("AA,0.1,0.2,,,\nAA,0.1,0.2,,,\n", 4, "duplicate code 'AA'"),
    ("AA,0.1,0.2,,,\nBB,-0.1,0.2,,,\n", 4, "status_quo -0.1 of 'BB' is outside [0, 1]"),
    ("AA,0.1,20,,,\nBB,0.1,0.2,,,\n", 3, "potential 20 of 'AA' is outside [0, 1]"),
    ("AA,0.3,0.2,,,\nBB,0.1,0.2,,,\n", 3, "potential 0.2 of 'AA' is below its status quo 0.3"),
    ("AA,0.1,0.2,0,,\nBB,0.1,0.2,,,\n", 3, "n 0 of 'AA' is below 1"),
    ("AA,0.1,zwei,,,\nBB,0.1,0.2,,,\n", 3, "potential 'zwei' is not a number"),
    ("AA,0.1,nan,,,\nBB,0.1,0.2,,,\n", 3, "not a finite number"),
])
def test_rate_refusals_line_by_line(tmp_path, body, line, words):
    model = load_model(write(tmp_path, "m.csv", TWO))
    p = write(tmp_path, "rates.csv", RATES_HEADER + body)
    with pytest.raises(InputError) as exc:
        load_rates(p, model)
    assert f"rates.csv', line {line}:" in str(exc.value)
    assert words in str(exc.value)


def test_rate_table_missing_milieu(tmp_path):
    model = load_model(write(tmp_path, "m.csv", TWO))
    with pytest.raises(InputError, match=r"rates.csv': no line for the milieu\(s\) BB"):
        load_rates(write(tmp_path, "rates.csv", RATES_HEADER + "AA,0.1,0.2,,,\n"), model)


def test_rates_semicolon_decimal_comma(tmp_path):
    model = load_model(write(tmp_path, "m.csv", TWO))
    r = load_rates(write(tmp_path, "r.csv", "code;status_quo;potential\nAA;0,1;0,25\nBB;0;1\n"), model)
    assert r.status_quo == (0.1, 0.0) and r.potential == (0.25, 1.0) and not r.has_n
