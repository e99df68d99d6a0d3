"""Writing outputs: every algorithm writes complete outputs or none, and never an input."""
import pytest

from .harness import run_case


def cases(d):
    """(algorithm, params, outputs) of one good run per algorithm onto d['out']."""
    out = d["out"]
    stats = {"TOTAL_FIELD": "total", "GROUP_FIELDS": "grp"}
    return {
        "jointodistricts": ("jointodistricts", {
            "DISTRICTS": d["gpkg"], "DISTRICT_KEY": "key", "SOURCE": d["csv"], "MODE": "key",
            "SOURCE_KEY": "skey", "FIELDS": ["pop", "mig"], "OUTPUT": out / "joined.gpkg",
            "UNMATCHED": out / "unmatched.csv", "ACCOUNTING": out / "accounting.csv"},
            [out / "joined.gpkg", out / "unmatched.csv", out / "accounting.csv"]),
        "localmeasures": ("localmeasures", dict(stats, INPUT=d["gpkg"], PERMUTATIONS=19, SEED=1,
                                                OUTPUT=out / "local.gpkg"), [out / "local.gpkg"]),
        "segregationindices": ("segregationindices", dict(stats, INPUT=d["gpkg"], INDICES="D",
                                                          OUTPUT=out / "indices.csv"),
                               [out / "indices.csv"]),
        "segregationlevels": ("segregationlevels", dict(stats, LAYERS=[d["gpkg"], d["shp"]], INDICES="D",
                                                        OUTPUT=out / "levels.csv"), [out / "levels.csv"]),
        "segregationchange": ("segregationchange", dict(stats, INPUT_A=d["gpkg"], KEY_A="key",
                                                        INPUT_B=d["shp"], KEY_B="key", BOOTSTRAP=99,
                                                        SEED=1, OUTPUT=out / "change.csv"),
                              [out / "change.csv"]),
        "mapsheet": ("mapsheet", {"INPUT": d["gpkg"], "FIELD": "grp", "OUTPUT_PDF": out / "sheet.pdf",
                                  "OUTPUT_PNG": out / "sheet.png", "DPI": 50},
                     [out / "sheet.pdf", out / "sheet.png"]),
        "atlas_single": ("atlas", {"INPUT": d["gpkg"], "KEY_FIELD": "key", "FIELDS": "grp",
                                   "MODE": "single", "OUTPUT_PDF": out / "atlas.pdf"}, [out / "atlas.pdf"]),
        "atlas_per_district": ("atlas", {"INPUT": d["gpkg"], "KEY_FIELD": "key", "FIELDS": "grp",
                                         "MODE": "per_district", "OUTPUT_FOLDER": out / "pages"},
                               [out / "pages" / f"district_D{i + 1:02d}.pdf" for i in range(16)]),
    }


ALGS = ["jointodistricts", "localmeasures", "segregationindices", "segregationlevels",
        "segregationchange", "mapsheet", "atlas_single", "atlas_per_district"]


@pytest.mark.parametrize("case", ALGS)
def test_good_run_writes_every_output_and_nothing_else(data, case):
    alg, params, outputs = cases(data)[case]
    run = run_case(alg, params, inputs=data["inputs"], out_dir=data["out"], exit=0,
                   outputs=outputs)
    assert run.stdout.strip().startswith("{")


def test_bad_input_leaves_nothing_and_names_the_field(data):
    params = {"INPUT": data["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "nosuch",
              "OUTPUT": data["out"] / "indices.csv"}
    run_case("segregationindices", params, inputs=data["inputs"], out_dir=data["out"], exit=1,
             message="nosuch")


def test_processing_run_through_the_harness(data, processing_registry):
    out = data["out"] / "indices.csv"
    run = run_case("segregationindices", {"INPUT": str(data["gpkg"]), "TOTAL_FIELD": "total",
                                          "GROUP_FIELDS": ["grp"], "INDICES": ["D"], "OUTPUT": str(out)},
                   inputs=data["inputs"], out_dir=data["out"], via="processing", outputs=[out])
    assert run.results["OUTPUT"] == str(out)
