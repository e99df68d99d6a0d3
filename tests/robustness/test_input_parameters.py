"""Parameters: a value that is no number, not whole, out of range, ambiguous or too big to compute is
refused before any work, with one line that says which value and why (issue 7)."""
import pytest

from .harness import run_case


def _indices(data, **extra):
    params = {"INPUT": data["gpkg"], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
              "OUTPUT": data["out"] / "indices.csv"}
    params.update(extra)
    return params


@pytest.mark.parametrize("param,message", [
    ({"SEED": "abc"}, "SEED is not a number: 'abc'"),
    ({"SEED": "1.5"}, "SEED must be a whole number; got '1.5'"),
    ({"SEED": "-3"}, "SEED must be a whole number from 0 to 2147483647; got '-3'"),
    ({"SEED": "-1"}, "SEED must be a whole number from 0 to 2147483647; got '-1'"),
    ({"PERMUTATIONS": "99.7"}, "PERMUTATIONS must be a whole number; got '99.7'"),
    ({"PERMUTATIONS": "-1"}, "PERMUTATIONS must be a whole number 0 or more; got '-1'"),
    ({"BOOTSTRAP": "2.5"}, "BOOTSTRAP must be a whole number; got '2.5'"),
    ({"BOOTSTRAP": "-1"}, "BOOTSTRAP must be a whole number 0 or more"),
    ({"PERMUTATIONS": "1000000000"}, ["PERMUTATIONS=1000000000", "of memory", "use fewer"]),
    ({"BOOTSTRAP": "1000000000"}, ["BOOTSTRAP=1000000000", "use fewer"]),
    ({"ATKINSON_B": "0,5"}, "ATKINSON_B='0,5': write it as 0.5"),
    ({"ATKINSON_B": "2"}, "ATKINSON_B must be from 0.01 to 0.99; got '2'"),
    ({"BANDWIDTHS": "1.000"}, "BANDWIDTHS='1.000' is ambiguous: 1000 in German and 1 in English"),
    ({"BANDWIDTHS": "1e-9"}, ["BANDWIDTHS: 1e-09 m is below the typical distance between neighbouring unit "
                              "centroids (100 m", "use at least 100 m"]),
    ({"BANDWIDTHS": "50"}, "use at least 100 m"),
    ({"BANDWIDTHS": "abc"}, "BANDWIDTHS is not a number: 'abc'"),
])
def test_segregationindices_refuses(data, param, message):
    run_case("segregationindices", _indices(data, **param), inputs=data["inputs"], out_dir=data["out"],
             exit=1, message=message, timeout=120)


def test_a_profile_reaching_below_the_unit_distance_is_computed_with_a_warning(data):
    run = run_case("segregationindices", _indices(data, INDICES="HSPATIAL", BANDWIDTHS="50,400"),
                   inputs=data["inputs"], out_dir=data["out"], exit=0, outputs=[data["out"] / "indices.csv"])
    assert "Warning: BANDWIDTHS: 50 m is below the typical distance" in run.stderr


@pytest.mark.parametrize("alg,param,message", [
    ("localmeasures", {"PERMUTATIONS": "1000000000"}, ["PERMUTATIONS=1000000000", "use fewer"]),
    ("localmeasures", {"SEED": "-3"}, "SEED must be a whole number from 0"),
    ("localmeasures", {"PERMUTATIONS": "99.7"}, "PERMUTATIONS must be a whole number"),
    ("segregationchange", {"BOOTSTRAP": "1000000000"}, ["BOOTSTRAP=1000000000", "use fewer"]),
    ("segregationchange", {"SEED": "abc"}, "SEED is not a number"),
    ("segregationlevels", {"PERMUTATIONS": "1000000000"}, ["PERMUTATIONS=1000000000", "use fewer"]),
])
def test_other_algorithms_refuse(data, alg, param, message):
    out = data["out"]
    base = {"TOTAL_FIELD": "total", "GROUP_FIELDS": "grp"}
    params = {
        "localmeasures": dict(base, INPUT=data["gpkg"], OUTPUT=out / "local.gpkg"),
        "segregationchange": dict(base, INPUT_A=data["gpkg"], KEY_A="key", INPUT_B=data["shp"], KEY_B="key",
                                  OUTPUT=out / "change.csv"),
        "segregationlevels": dict(base, LAYERS=[data["gpkg"], data["shp"]], INDICES="D", OUTPUT=out / "levels.csv"),
    }[alg]
    params.update(param)
    run_case(alg, params, inputs=data["inputs"], out_dir=out, exit=1, message=message, timeout=120)


def test_processing_run_gets_the_same_message(data, processing_registry):
    run_case("segregationindices", _indices(data, SEED="-3"), inputs=data["inputs"], out_dir=data["out"],
             exit=1, message="SEED must be a whole number from 0", via="processing")


@pytest.mark.parametrize("param,message", [
    ({"CHANGE_FROM": "2023-02"}, "CHANGE_FROM: '2023-02' is not a period of the series; its periods are "
                                 "2022-01, 2023-01, 2024-01."),
    ({"CHANGE_TO": "nächstes Jahr"}, "CHANGE_TO: 'nächstes Jahr' is not a period of the series"),
    ({"CHANGE_FROM": "2024-01", "CHANGE_TO": "2023-01"},
     "CHANGE_FROM (2024-01) must be an earlier period than CHANGE_TO (2023-01)."),
    ({"CHANGE_TO": "2022-01"}, "CHANGE_FROM (2022-01) must be an earlier period than CHANGE_TO (2022-01)."),
])
def test_monitoring_refuses_change_periods_outside_the_series(data, param, message):
    from .harness import make_csv

    series = data["dir"] / "series"
    series.mkdir()
    periods = []
    for year in (2022, 2023, 2024):
        rows = [(f"D{i + 1:02d}", 100 + 10 * i + year % 7, 7 + (3 * i + year) % 40) for i in range(16)]
        periods.append(make_csv(series, f"p-{year}-01.csv", ["id", "total", "grp"], rows))
    out = data["out"]
    params = {"TARGET": data["gpkg"], "TARGET_KEY": "key", "FOLDER": series, "PATTERN": "p-{date}.csv",
              "KEY_FIELD": "id", "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp", "INDICES": "D", "BOOTSTRAP": "19",
              "LONG": out / "long.csv", "SERIES": out / "series.csv", "CHANGE": out / "change.gpkg", **param}
    run_case("monitoring", params, inputs=data["inputs"] + periods, out_dir=out, exit=1, message=message,
             timeout=120)
