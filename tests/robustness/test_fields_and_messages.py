"""Output fields that would meet input fields or be cut, and inputs that once gave a traceback:
each is one line, names what is wrong, and writes nothing."""
import pytest

from .harness import make_csv, make_districts, run_case


def _counts(extra=None):
    total = [100 + 10 * i for i in range(16)]
    grp = [7 + (3 * i) % 40 for i in range(16)]
    fields = {"total": total, "grp": grp}
    fields.update(extra or {})
    return fields


def _local(src, out, name, **over):
    params = {"INPUT": src, "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "PERMUTATIONS": 9,
              "OUTPUT": out / name}
    params.update(over)
    return params


@pytest.mark.parametrize("extra, message", [
    ({"GRP_LQ": [1.0] * 16}, ["'GRP_LQ'", "'grp_lq'", "case-blind"]),
    ({"suppressed": [0] * 16}, ["'suppressed'"]),
    ({"Grp_Lisa_P": [0.5] * 16}, ["'Grp_Lisa_P'"]),
])
def test_localmeasures_refuses_a_new_field_that_meets_an_old_one(data, extra, message):
    src = make_districts(data["dir"], "clash.gpkg", fields=_counts(extra))
    run_case("localmeasures", _local(src, data["out"], "local.gpkg"), inputs=[src], out_dir=data["out"],
             exit=1, message=message)


def test_shapefile_output_whose_cut_names_collide_is_refused(data):
    # grp_gistar_z and grp_gistar_p both become grp_gistar in a shapefile
    run_case("localmeasures", _local(data["gpkg"], data["out"], "local.shp"), inputs=data["inputs"],
             out_dir=data["out"], exit=1, message=["shapefile", "'grp_gistar_z'", "'grp_gistar_p'",
                                                    "grp_gistar", ".gpkg"])


def test_shapefile_output_with_long_names_says_how_they_were_cut(data):
    rows = [(f"D{i + 1:02d}", 100 + i, 5 + i) for i in range(16)]
    csv = make_csv(data["dir"], "long.csv", ["skey", "population", "foreigners_total"], rows)
    out = data["out"] / "joined.shp"
    run_case("jointodistricts", {
        "DISTRICTS": data["gpkg"], "DISTRICT_KEY": "key", "SOURCE": csv, "MODE": "key", "SOURCE_KEY": "skey",
        "FIELDS": ["population", "foreigners_total"], "OUTPUT": out, "UNMATCHED": "", "ACCOUNTING": ""},
        inputs=data["inputs"] + [csv], out_dir=data["out"], exit=0, outputs=[out],
        message="foreigners_total → foreigners")
    from osgeo import ogr

    ds = ogr.Open(str(out))
    defn = ds.GetLayer(0).GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    assert names[-2:] == ["population", "foreigners"]
    values = [f.GetField("foreigners") for f in ds.GetLayer(0)]
    assert values == [5.0 + i for i in range(16)]


def test_centres_given_polygons_is_one_line(data):
    run_case("segregationindices", {"INPUT": data["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                    "INDICES": "ACE", "CENTRES": data["shp"],
                                    "OUTPUT": data["out"] / "i.csv"},
             inputs=data["inputs"], out_dir=data["out"], exit=1, message=["CENTRES", "point"])
