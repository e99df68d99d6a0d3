"""milieuatlas:jointodistricts, key mode: Berlin sample, key normalisation, long tables, shares, bad input."""
import csv

import pytest
from qgis.core import NULL

from tests.conftest import PLR_SHP, T1_2024_PLR
from tests.test_join_support import (
    memory_layer,
    outputs,
    read_accounting,
    read_layer,
    run_join,
    square,
    written,
)

FIELDS = ["inhabitants", "inhabitants_with_migration_background", "inhabitants_foreigners"]


def _csv_truth():
    with open(T1_2024_PLR, encoding="utf-8") as fh:
        return {r["id"]: {f: float(r[f]) for f in FIELDS} for r in csv.DictReader(fh)}


def test_berlin_key_join_matches_csv_and_accounts(qgis_app, tmp_path):
    ok, res, fb = run_join({"DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(T1_2024_PLR),
                            "MODE": "key", "SOURCE_KEY": "id", "FIELDS": FIELDS, **outputs(tmp_path)})
    assert ok, fb.errors
    truth = _csv_truth()
    got = read_layer(res["OUTPUT"], "PLR_ID", FIELDS + ["PLR_NAME"])
    assert len(got) == 542
    assert set(got) == set(truth)
    for key, vals in truth.items():
        for f in FIELDS:
            assert got[key][f] == vals[f], (key, f)
    assert all(v["PLR_NAME"] for v in got.values())  # district attributes are kept
    acc = read_accounting(res["ACCOUNTING"])
    for f in FIELDS:
        total = sum(v[f] for v in truth.values())
        assert acc[f]["source_total"] == total
        assert acc[f]["district_total"] == total
        assert acc[f]["unmatched_total"] == 0
    assert res["UNMATCHED_COUNT"] == 0
    assert "Accounting" in fb.log


def _districts():
    return memory_layer("Polygon", "EPSG:25833", ["code:string", "name:string"], [
        (square(0, 0, 1, 1), {"code": "01100101", "name": "a"}),
        (square(1, 0, 2, 1), {"code": "01100102", "name": "b"}),
        (square(2, 0, 3, 1), {"code": "00000007", "name": "c"}),
    ])


def test_key_normalisation_int_whitespace_leading_zeros(qgis_app, tmp_path):
    src = memory_layer("None", "EPSG:25833", ["k:string", "n:double"], [
        (None, {"k": " 01100101 ", "n": 5}),    # whitespace around a zero-padded string
        (None, {"k": "1100102", "n": 7}),       # leading zeros dropped
        (None, {"k": "7", "n": 11}),            # '00000007' as a short key
        (None, {"k": "99", "n": 13}),           # matches nothing
    ])
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "k", "FIELDS": ["n"], **outputs(tmp_path)})
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["n", "name"])
    assert got["01100101"]["n"] == 5 and got["01100102"]["n"] == 7 and got["00000007"]["n"] == 11
    unmatched = read_layer(res["UNMATCHED"], "source_key", ["n", "reason"])
    assert unmatched == {"99": {"n": 13, "reason": "no district with this key"}}
    acc = read_accounting(res["ACCOUNTING"])["n"]
    assert (acc["source_total"], acc["district_total"], acc["unmatched_total"]) == (36, 23, 13)


def test_integer_source_keys_meet_string_district_keys(qgis_app, tmp_path):
    src = memory_layer("None", "EPSG:25833", ["k:integer", "n:integer"], [
        (None, {"k": 1100101, "n": 1}), (None, {"k": 1100102, "n": 2}), (None, {"k": 7, "n": 3})])
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "k", "FIELDS": ["n"], **outputs(tmp_path)})
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert {k: v["n"] for k, v in got.items()} == {"01100101": 1, "01100102": 2, "00000007": 3}


def test_district_without_row_is_null_not_zero(qgis_app, tmp_path):
    src = memory_layer("None", "EPSG:25833", ["k:string", "n:double"], [(None, {"k": "01100101", "n": 4})])
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "k", "FIELDS": ["n"], **outputs(tmp_path)})
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["n"])
    assert got["01100101"]["n"] == 4
    assert got["01100102"]["n"] == NULL and got["00000007"]["n"] == NULL
    assert got["01100102"]["n"] != 0
    assert "have no row" in fb.log


def test_long_table_is_pivoted(qgis_app, tmp_path):
    src = memory_layer("None", "EPSG:25833", ["unit:string", "cat:string", "val:double"], [
        (None, {"unit": "01100101", "cat": "KOS", "val": 3}),
        (None, {"unit": "01100101", "cat": "PER", "val": 4}),
        (None, {"unit": "1100102", "cat": "KOS", "val": 5}),
        (None, {"unit": "01100102", "cat": "REL", "val": 100}),   # category not asked for
        (None, {"unit": "42", "cat": "PER", "val": 6}),           # no such district
    ])
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "unit", "CATEGORY_FIELD": "cat", "VALUE_FIELD": "val",
                            "CATEGORIES": "KOS, PER", **outputs(tmp_path)})
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["KOS", "PER"])
    assert got["01100101"] == {"KOS": 3, "PER": 4}
    assert got["01100102"]["KOS"] == 5 and got["01100102"]["PER"] == 0
    acc = read_accounting(res["ACCOUNTING"])
    assert acc["PER"] == {"field": "PER", "source_total": 10, "district_total": 4, "unmatched_total": 6}
    assert acc["KOS"]["source_total"] == 8 and acc["KOS"]["unmatched_total"] == 0
    assert "REL" not in acc
    assert "pivoted" in fb.log


@pytest.mark.parametrize("share_values,unit,given", [((50.0, 25.0, 10.0), "percent", None),
                                                   ((0.5, 0.25, 0.1), "fraction", "fraction")])
def test_shares_to_counts_detects_unit(qgis_app, tmp_path, share_values, unit, given):
    """Percent is detected from a share above 1; shares all at most 1 need SHARE_UNIT (0.5 could be 0.5 %)."""
    src = memory_layer("None", "EPSG:25833", ["k:string", "tot:double", "s:double"], [
        (None, {"k": "01100101", "tot": 200, "s": share_values[0]}),
        (None, {"k": "01100102", "tot": 40, "s": share_values[1]}),
        (None, {"k": "7", "tot": 10, "s": share_values[2]}),
    ])
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "k", "FIELDS": ["s"], "TOTAL_FIELD": "tot", "FIELDS_ARE_SHARES": True,
                            **({"SHARE_UNIT": given} if given else {}), **outputs(tmp_path)})
    assert ok, fb.errors
    got = read_layer(res["OUTPUT"], "code", ["s_count", "tot"])
    assert got["01100101"] == {"s_count": 100, "tot": 200}
    assert got["01100102"] == {"s_count": 10, "tot": 40}
    assert got["00000007"] == {"s_count": 1, "tot": 10}
    assert f"are {unit} of 'tot'" in fb.log


def _bad(tmp_path, src, expect, **extra):
    params = {"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
              "SOURCE_KEY": "k", "FIELDS": ["n"], **outputs(tmp_path)}
    params.update(extra)
    ok, res, fb = run_join(params)
    assert not ok
    message = " ".join(fb.errors)
    for e in expect:
        assert e in message, message
    assert written(tmp_path) == []
    return message


def _src(rows, ntype="string"):
    return memory_layer("None", "EPSG:25833", ["k:string", f"n:{ntype}", "tot:double"],
                        [(None, r) for r in rows])


def test_bad_missing_field(qgis_app, tmp_path):
    _bad(tmp_path, _src([{"k": "7", "n": "1"}]), ["has no field 'nope'", "mem_none"], FIELDS=["nope"])


def test_bad_non_numeric_count(qgis_app, tmp_path):
    _bad(tmp_path, _src([{"k": "7", "n": "1"}, {"k": "1100101", "n": "many"}]), ["field 'n' is not numeric", "'many'"])


def test_bad_null_count(qgis_app, tmp_path):
    _bad(tmp_path, _src([{"k": "7", "n": None}]), ["field 'n'", "NULL"])


def test_bad_negative_count(qgis_app, tmp_path):
    _bad(tmp_path, _src([{"k": "7", "n": -3}], "double"), ["field 'n'", "negative count"])


def test_bad_no_key_matches(qgis_app, tmp_path):
    _bad(tmp_path, _src([{"k": "x1", "n": "1"}, {"k": "x2", "n": "2"}]),
         ["No key of", "field 'k'", "district key", "'x1'", "'01100101'"])


def test_bad_duplicate_district_keys(qgis_app, tmp_path):
    d = memory_layer("Polygon", "EPSG:25833", ["code:string"], [
        (square(0, 0, 1, 1), {"code": "0012"}), (square(1, 0, 2, 1), {"code": "12"})])
    _bad(tmp_path, _src([{"k": "12", "n": "1"}]), ["duplicate district key", "'12'", "field 'code'"], DISTRICTS=d)


def test_bad_empty_source(qgis_app, tmp_path):
    _bad(tmp_path, _src([]), ["is empty"])


def test_bad_empty_districts(qgis_app, tmp_path):
    d = memory_layer("Polygon", "EPSG:25833", ["code:string"], [])
    _bad(tmp_path, _src([{"k": "12", "n": "1"}]), ["is empty"], DISTRICTS=d)


def test_bad_shares_over_100_percent(qgis_app, tmp_path):
    src = _src([{"k": "7", "n": 50, "tot": 10}, {"k": "1100101", "n": 130, "tot": 10}], "double")
    _bad(tmp_path, src, ["over 100 %", "field 'n'"], TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True)


def test_bad_ambiguous_shares(qgis_app, tmp_path):
    src = _src([{"k": "7", "n": 0.05, "tot": 10}, {"k": "1100101", "n": 0.08, "tot": 10}], "double")
    _bad(tmp_path, src, ["SHARE_UNIT=percent"], TOTAL_FIELD="tot", FIELDS_ARE_SHARES=True)


def test_shares_unit_given_explicitly(qgis_app, tmp_path):
    src = _src([{"k": "7", "n": 0.5, "tot": 1000}], "double")
    ok, res, fb = run_join({"DISTRICTS": _districts(), "DISTRICT_KEY": "code", "SOURCE": src, "MODE": "key",
                            "SOURCE_KEY": "k", "FIELDS": ["n"], "TOTAL_FIELD": "tot", "FIELDS_ARE_SHARES": True,
                            "SHARE_UNIT": "percent", **outputs(tmp_path)})
    assert ok, fb.errors
    assert read_layer(res["OUTPUT"], "code", ["n_count"])["00000007"]["n_count"] == 5
