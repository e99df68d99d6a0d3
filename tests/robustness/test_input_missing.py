"""Missing counts, parent units and the pairing of counts with geometries (issue 7)."""
import csv

from .harness import make_districts, run_case

N = 16
TOTAL = [100 + 10 * i for i in range(N)]
GRP = [7 + (3 * i) % 40 for i in range(N)]
NULLS = {2, 5, 6, 11}                      # four units without published values (Bremen's Ortsteile)


def _rows(path):
    with open(path, encoding="utf-8") as fh:
        return {(r["index"], r["group"]): r for r in csv.DictReader(fh)}


def _with_nulls(folder):
    grp = [None if i in NULLS else g for i, g in enumerate(GRP)]
    return make_districts(folder, "nulls.gpkg", fields={"total": TOTAL, "grp": grp})


def _without(folder):
    keep = [i for i in range(N) if i not in NULLS]
    # the same squares, the units with NULL counts removed: built as the full grid then filtered
    full = make_districts(folder, "full.gpkg", fields={"total": TOTAL, "grp": GRP})
    from osgeo import ogr

    ds = ogr.Open(str(full), 1)
    lyr = ds.GetLayer(0)
    for f in list(lyr):
        if f.GetFID() - 1 not in keep:
            lyr.DeleteFeature(f.GetFID())
    ds = None
    return full


def test_a_null_count_is_refused_by_default(data):
    path = _with_nulls(data["dir"])
    run_case("segregationindices", {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                    "OUTPUT": data["out"] / "i.csv"},
             inputs=[path], out_dir=data["out"], exit=1, message="field 'grp': feature 3 has no value (NULL)")


def test_skip_leaves_the_units_out_and_says_so(data):
    """Every index, spatial ones included, equals the index of the layer without those units: the counts
    and the geometries stay paired by feature id when units are left out."""
    path, reference = _with_nulls(data["dir"]), _without(data["dir"])
    out = data["out"]
    run = run_case("segregationindices", {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                          "MISSING_VALUES": "skip", "OUTPUT": out / "skip.csv"},
                   inputs=[path, reference], out_dir=None, exit=0)
    assert "4 unit(s) with a NULL count left out (MISSING_VALUES=skip: features 3, 6, 7, 12)" in run.stderr
    run_case("segregationindices", {"INPUT": reference, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                    "OUTPUT": out / "ref.csv"}, inputs=[path, reference], out_dir=None, exit=0)
    got, want = _rows(out / "skip.csv"), _rows(out / "ref.csv")
    assert set(got) == set(want) and len(got) > 15
    for key, row in got.items():
        assert row["value"] == want[key]["value"], key
        assert row["units"] == "12"
        assert row["note"].startswith("4 unit(s) with a NULL count left out")


def test_level_field_without_multigroup_is_refused(data):
    run_case("segregationindices", {"INPUT": data["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                    "LEVEL_FIELD": "key", "OUTPUT": data["out"] / "i.csv"},
             inputs=data["inputs"], out_dir=data["out"], exit=1, message="LEVEL_FIELD 'key'")


def test_a_null_parent_is_refused_naming_the_feature(data):
    parent = ["A" if i < 8 else "B" for i in range(N)]
    parent[9] = None
    path = make_districts(data["dir"], "levels.gpkg", fields={"total": TOTAL, "grp": GRP,
                                                              "oth": [t - g for t, g in zip(TOTAL, GRP)],
                                                              "parent": parent})
    run_case("segregationindices", {"INPUT": path, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp", "oth"],
                                    "MULTIGROUP": "true", "LEVEL_FIELD": "parent", "OUTPUT": data["out"] / "i.csv"},
             inputs=[path], out_dir=data["out"], exit=1,
             message="field 'parent': feature 10 has no parent unit (NULL")
