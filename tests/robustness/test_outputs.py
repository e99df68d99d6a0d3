"""Writing outputs: every algorithm writes complete outputs or none, and never an input."""
import json

import pytest

from .harness import make_districts, read_only, run_case


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
    results = json.loads(run.stdout)
    for name, value in params.items():
        if str(value).startswith(str(data["out"])) and name in results:
            assert results[name] == str(value)  # the final path, not a temporary one
    for out in outputs:
        if out.suffix == ".gpkg":  # the layer is named after the file, as a direct write names it
            from osgeo import ogr

            assert ogr.Open(str(out)).GetLayer(0).GetName() == out.stem


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


# ------------------------------------------------------------------------------ destinations
def _join(d, **over):
    params = {"DISTRICTS": d["gpkg"], "DISTRICT_KEY": "key", "SOURCE": d["csv"], "MODE": "key",
              "SOURCE_KEY": "skey", "FIELDS": ["pop", "mig"], "OUTPUT": d["out"] / "joined.gpkg",
              "UNMATCHED": d["out"] / "unmatched.csv", "ACCOUNTING": d["out"] / "accounting.csv"}
    params.update(over)
    return params


def _local(d, **over):
    params = {"INPUT": d["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "PERMUTATIONS": 9,
              "OUTPUT": d["out"] / "local.gpkg"}
    params.update(over)
    return params


def _sheet(d, **over):
    params = {"INPUT": d["gpkg"], "FIELD": "grp", "OUTPUT_PDF": d["out"] / "sheet.pdf", "DPI": 50}
    params.update(over)
    return params


DESTINATION_CASES = {
    # OUTPUT = an input file, GeoPackage and shapefile (also its sidecar), the source CSV
    "join OUTPUT=DISTRICTS gpkg": ("jointodistricts", lambda d: _join(d, OUTPUT=d["gpkg"]),
                                   ["OUTPUT", "input file"]),
    "join OUTPUT=DISTRICTS layername": ("jointodistricts", lambda d: _join(
        d, DISTRICTS=f"{d['gpkg']}|layername=districts", OUTPUT=d["gpkg"]), ["OUTPUT", "input file"]),
    "join OUTPUT=DISTRICTS shp": ("jointodistricts", lambda d: _join(d, DISTRICTS=d["shp"], OUTPUT=d["shp"]),
                                  ["OUTPUT", "input file"]),
    "join ACCOUNTING=SOURCE csv": ("jointodistricts", lambda d: _join(d, ACCOUNTING=d["csv"]),
                                   ["ACCOUNTING", "input file"]),
    "join UNMATCHED=SOURCE csv": ("jointodistricts", lambda d: _join(d, UNMATCHED=d["csv"]),
                                  ["UNMATCHED", "input file"]),
    "local OUTPUT=INPUT gpkg": ("localmeasures", lambda d: _local(d, OUTPUT=d["gpkg"]), ["input file"]),
    "local OUTPUT=INPUT shp": ("localmeasures", lambda d: _local(d, INPUT=d["shp"], OUTPUT=d["shp"]),
                               ["input file"]),
    "local OUTPUT=sidecar dbf": ("localmeasures", lambda d: _local(
        d, INPUT=d["shp"], OUTPUT=d["dir"] / "districts.dbf"), ["input file"]),
    "local OUTPUT=INPUT via symlink": ("localmeasures", lambda d: _local(
        d, OUTPUT=_symlink(d["gpkg"], d["out"] / "link.gpkg")), ["input file"]),
    "indices OUTPUT=INPUT": ("segregationindices", lambda d: {
        "INPUT": d["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "OUTPUT": d["gpkg"]},
        ["input file"]),
    "levels OUTPUT=second layer": ("segregationlevels", lambda d: {
        "LAYERS": [d["gpkg"], d["shp"]], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "INDICES": "D",
        "OUTPUT": d["shp"]}, ["input file"]),
    "change OUTPUT=INPUT_B": ("segregationchange", lambda d: {
        "INPUT_A": d["gpkg"], "KEY_A": "key", "INPUT_B": d["shp"], "KEY_B": "key", "TOTAL_FIELD": "total",
        "GROUP_FIELDS": "grp", "BOOTSTRAP": 99, "OUTPUT": d["shp"]}, ["input file"]),
    "mapsheet OUTPUT_PDF=INPUT gpkg": ("mapsheet", lambda d: _sheet(d, OUTPUT_PDF=d["gpkg"]),
                                       ["OUTPUT_PDF", "input file"]),
    "atlas OUTPUT_PDF=INPUT gpkg": ("atlas", lambda d: {
        "INPUT": d["gpkg"], "KEY_FIELD": "key", "FIELDS": "grp", "MODE": "single", "OUTPUT_PDF": d["gpkg"]},
        ["OUTPUT_PDF", "input file"]),
    # destinations that cannot be written
    "join OUTPUT a folder": ("jointodistricts", lambda d: _join(d, OUTPUT=d["dir"]), ["OUTPUT", "folder"]),
    "join ACCOUNTING a folder": ("jointodistricts", lambda d: _join(d, ACCOUNTING=d["out"]),
                                 ["ACCOUNTING", "folder"]),
    "join OUTPUT in a missing folder": ("jointodistricts", lambda d: _join(
        d, OUTPUT=d["out"] / "nope" / "joined.gpkg"), ["OUTPUT", "does not exist"]),
    "join OUTPUT unsupported type": ("jointodistricts", lambda d: _join(d, OUTPUT=d["out"] / "joined.xyz"),
                                     ["OUTPUT", ".xyz"]),
    "join OUTPUT=UNMATCHED": ("jointodistricts", lambda d: _join(
        d, OUTPUT=d["out"] / "same.gpkg", UNMATCHED=d["out"] / "same.gpkg"), ["UNMATCHED", "same file"]),
    "join OUTPUT=UNMATCHED spelled apart": ("jointodistricts", lambda d: _join(
        d, OUTPUT=d["out"] / "same.gpkg", UNMATCHED=d["out"] / ".." / "out" / "same.gpkg"), ["same file"]),
    "mapsheet OUTPUT_PNG a folder": ("mapsheet", lambda d: _sheet(d, OUTPUT_PNG=d["out"]),
                                     ["OUTPUT_PNG", "folder"]),
    "mapsheet PNG = PDF": ("mapsheet", lambda d: _sheet(d, OUTPUT_PDF=d["out"] / "s.pdf",
                                                        OUTPUT_PNG=d["out"] / "s.pdf"), ["OUTPUT_PNG", ".pdf"]),
    "atlas OUTPUT_FOLDER an existing file": ("atlas", lambda d: {
        "INPUT": d["gpkg"], "KEY_FIELD": "key", "FIELDS": "grp", "MODE": "per_district",
        "OUTPUT_FOLDER": d["csv"]}, ["OUTPUT_FOLDER", "is a file"]),
}


def _symlink(target, link):
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("case", sorted(DESTINATION_CASES))
def test_destination_refused_before_anything_is_written(data, case):
    alg, params, message = DESTINATION_CASES[case]
    params = params(data)
    run_case(alg, params, inputs=data["inputs"], out_dir=data["out"], exit=1, message=message)


@pytest.mark.parametrize("alg, params, name", [
    ("jointodistricts", lambda d, ro: _join(d, UNMATCHED=ro / "unmatched.csv"), "UNMATCHED"),
    ("mapsheet", lambda d, ro: _sheet(d, OUTPUT_PDF=ro / "sheet.pdf"), "OUTPUT_PDF"),
    ("atlas", lambda d, ro: {"INPUT": d["gpkg"], "KEY_FIELD": "key", "FIELDS": "grp",
                             "MODE": "per_district", "OUTPUT_FOLDER": ro / "pages"}, "OUTPUT_FOLDER"),
])
def test_read_only_folder_refused(data, tmp_path, alg, params, name):
    with read_only(tmp_path / "ro") as ro:
        run_case(alg, params(data, ro), inputs=data["inputs"], out_dir=data["out"], exit=1,
                 message=[name, "cannot write", "read-only"])


def test_per_district_atlas_never_overwrites_a_page(data):
    """A/1, A_1 and A 1 sanitise to the same name: numbered, reported, umlauts kept."""
    keys = ["A/1", "A_1", "A 1", "Schöneberg", "a_1"] + [f"K{i:02d}" for i in range(11)]
    src = make_districts(data["dir"], "keys.gpkg", keys=keys)
    folder = data["out"] / "pages"
    expected = ["district_A_1", "district_A_1_2", "district_A_1_3", "district_a_1_4",
                "district_Schöneberg"] + [f"district_K{i:02d}" for i in range(11)]
    run = run_case("atlas", {"INPUT": src, "KEY_FIELD": "key", "FIELDS": "grp", "MODE": "per_district",
                             "OUTPUT_FOLDER": folder}, inputs=[src], out_dir=data["out"], exit=0,
                   outputs=[folder / f"{n}.pdf" for n in expected], message="numbered")
    assert "'A/1' → district_" in run.stderr
    assert json.loads(run.stdout)["PAGES"] == 16


def test_processing_results_and_layers_to_load_name_the_final_files(data, processing_registry):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    out = data["out"] / "local.gpkg"
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    params = {"INPUT": str(data["gpkg"]), "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"],
              "PERMUTATIONS": 9, "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), project)}
    results = processing.run("milieuatlas:localmeasures", params, context=context)
    assert results["OUTPUT"] == str(out)
    assert list(context.layersToLoadOnCompletion()) == [str(out)]
    assert sorted(p.name for p in data["out"].iterdir()) == ["local.gpkg"]
