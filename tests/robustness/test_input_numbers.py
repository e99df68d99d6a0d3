"""Reading numbers: German/English thousands separators in tables are read right or refused, never
silently 1000× off (issue 7, the first 'silent wrong numbers' case)."""
import pytest
from osgeo import ogr

from .harness import make_csv, run_case

KEYS = [f"D{i + 1:02d}" for i in range(16)]


def _joined(path, field):
    ds = ogr.Open(str(path))
    lyr = ds.GetLayer(0)
    return {f.GetField("key"): f.GetField(field) for f in lyr}


def _join(data, csv, **extra):
    out = data["out"]
    params = {"DISTRICTS": data["gpkg"], "DISTRICT_KEY": "key", "SOURCE": csv, "MODE": "key",
              "SOURCE_KEY": "skey", "FIELDS": ["pop"], "OUTPUT": out / "joined.gpkg"}
    params.update(extra)
    return params


@pytest.mark.parametrize("texts,expected,style", [
    (["100.000", "1.100", "12.345.678"], [100000, 1100, 12345678], "German number format"),
    (["100.000", "1.100", "2,5"], [100000, 1100, 2.5], "German number format"),
    (["100,000", "1,100", "1,234,567"], [100000, 1100, 1234567], "English number format"),
    (["1.100", "2.5", "7"], [1.1, 2.5, 7], "English number format"),
    (["1 100", "100 000", "7"], [1100, 100000, 7], None),
])
def test_key_join_reads_the_format_of_the_column(data, texts, expected, style):
    rows = [(k, texts[i % 3]) for i, k in enumerate(KEYS)]
    csv = make_csv(data["dir"], "formatted.csv", ["skey", "pop"], rows, sep=";")
    run = run_case("jointodistricts", _join(data, csv), inputs=data["inputs"] + [csv], out_dir=data["out"],
                   exit=0, outputs=[data["out"] / "joined.gpkg"])
    got = _joined(data["out"] / "joined.gpkg", "pop")
    assert [got[k] for k in KEYS] == [pytest.approx(expected[i % 3], rel=1e-12) for i in range(16)]
    if style:
        assert f"field 'pop': {style}" in run.stderr


@pytest.mark.parametrize("texts,message", [
    (["100.000", "1.100", "250.000"], "feature 1 has '100.000', which is 100000 in German and 100 in English"),
    (["100,000", "7", "5"], "which is 100 in German and 100000 in English"),
    (["1.234,5", "1,234.5", "7"], "mixes number formats"),
    (["12", "many", "7"], "field 'pop' is not numeric: feature 2 has 'many'"),
])
def test_key_join_refuses_what_the_column_does_not_decide(data, texts, message):
    rows = [(k, texts[i % 3]) for i, k in enumerate(KEYS)]
    csv = make_csv(data["dir"], "formatted.csv", ["skey", "pop"], rows, sep=";")
    run_case("jointodistricts", _join(data, csv), inputs=data["inputs"] + [csv], out_dir=data["out"],
             exit=1, message=message)


def test_segregation_indices_read_german_counts_from_a_table(data):
    """The same counts as numbers and as German text give the same index."""
    totals = [1000 + 250_000 * i for i in range(16)]   # "1.000" … "3.751.000": the column decides
    groups = [100 + 37 * i for i in range(16)]
    de = make_csv(data["dir"], "de.csv", ["key", "total", "grp"],
                  [(k, f"{t:,}".replace(",", "."), f"{g:,}".replace(",", ".") + ",0")
                   for k, t, g in zip(KEYS, totals, groups)], sep=";")
    plain = make_csv(data["dir"], "plain.csv", ["key", "total", "grp"],
                     list(zip(KEYS, totals, groups)), sep=";")
    out = data["out"]
    values = []
    for name, csv in (("de", de), ("plain", plain)):
        run = run_case("segregationindices", {"INPUT": csv, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                              "INDICES": "D", "OUTPUT": out / f"{name}.csv"},
                       inputs=data["inputs"] + [de, plain], out_dir=None, exit=0)
        lines = (out / f"{name}.csv").read_text().splitlines()
        values.append(float(lines[1].split(",")[2]))
        if name == "de":
            assert "field 'total': German number format" in run.stderr
    assert values[0] == values[1] and 0 < values[0] < 1


# ------------------------------------------------------------------ shares
def _shares(data, values, **extra):
    rows = [(k, 1000, v) for k, v in zip(KEYS, values)]
    csv = make_csv(data["dir"], "shares.csv", ["skey", "tot", "s"], rows, sep=";")
    params = _join(data, csv, FIELDS=["s"], TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True, **extra)
    return csv, params


def test_every_share_one_half_is_refused_unless_the_unit_is_given(data):
    csv, params = _shares(data, ["0.5"] * 16)
    run_case("jointodistricts", params, inputs=data["inputs"] + [csv], out_dir=data["out"], exit=1,
             message=["every share is at most 0.5", "SHARE_UNIT=fraction"])
    params["SHARE_UNIT"] = "percent"
    run_case("jointodistricts", params, inputs=data["inputs"] + [csv], out_dir=data["out"], exit=0,
             outputs=[data["out"] / "joined.gpkg"])
    assert set(_joined(data["out"] / "joined.gpkg", "s_count").values()) == {5.0}


def test_fractions_and_percent_in_one_column_are_refused_naming_the_rows(data):
    values = ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.9", "10", "20", "30", "40", "50", "60", "70", "100"]
    csv, params = _shares(data, values)
    run_case("jointodistricts", params, inputs=data["inputs"] + [csv], out_dir=data["out"], exit=1,
             message=["field 's' mixes units: features 1–8 are at most 0.9", "features 9–16 are 10 or more"])


def test_a_column_of_thousands_takes_the_format_of_the_table(data):
    """A German export: every population has one '.' and three digits (ambiguous alone); the share column
    next to it has decimal commas, so the table is German."""
    rows = [(k, f"{1 + i}.{(250 * i) % 1000:03d}", f"{10 + i},5") for i, k in enumerate(KEYS)]
    csv = make_csv(data["dir"], "german.csv", ["skey", "pop", "pct"], rows, sep=";")
    run = run_case("jointodistricts", _join(data, csv, FIELDS=["pop", "pct"]), inputs=data["inputs"] + [csv],
                   out_dir=data["out"], exit=0, outputs=[data["out"] / "joined.gpkg"])
    got = _joined(data["out"] / "joined.gpkg", "pop")
    assert [got[k] for k in KEYS] == [1000 * (1 + i) + (250 * i) % 1000 for i in range(16)]
    assert "field 'pop': German number format (1.234,5), as field 'pct' of the same table ('10,5')" in run.stderr
