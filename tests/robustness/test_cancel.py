"""Cancel (Processing's feedback.cancel(), from another thread as the Cancel button does) and
Ctrl-C on the command line: the run stops within a second, nothing is left behind, the CLI
prints 'Cancelled' ('Abgebrochen' in German) and exits 130."""
import subprocess

import pytest

from .harness import ROOT, make_districts, run_case

#: heavy enough to run for several seconds on 144 units when not cancelled
HEAVY = {
    "segregationindices": lambda d, o: {"INPUT": d, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"],
                                        "INDICES": ["D"], "PERMUTATIONS": 400000, "OUTPUT": o / "i.csv"},
    "localmeasures": lambda d, o: {"INPUT": d, "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"],
                                   "PERMUTATIONS": 120000, "OUTPUT": o / "l.gpkg"},
    "segregationchange": lambda d, o: {"INPUT_A": d, "KEY_A": "key", "INPUT_B": d, "KEY_B": "key",
                                       "TOTAL_FIELD": "total", "GROUP_FIELDS": ["grp"], "BOOTSTRAP": 400000,
                                       "OUTPUT": o / "c.csv"},
    "segregationlevels": lambda d, o: {"LAYERS": [d, d], "TOTAL_FIELD": "total", "GROUP_FIELDS": "grp",
                                       "INDICES": ["D"], "PERMUTATIONS": 400000, "OUTPUT": o / "v.csv"},
}


@pytest.fixture()
def big(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    return make_districts(src, "districts.gpkg", n=12), out


def _str(params):
    return {k: [str(x) for x in v] if isinstance(v, list) else str(v) for k, v in params.items()}


@pytest.mark.parametrize("alg", sorted(HEAVY))
def test_processing_cancel_takes_effect_within_a_second(big, processing_registry, alg):
    gpkg, out = big
    run = run_case(alg, _str(HEAVY[alg](gpkg, out)), inputs=[gpkg], out_dir=out, via="processing",
                   cancel_after=0.5, exit=130, message="cancelled")
    assert run.latency < 1.0, run.latency


@pytest.mark.parametrize("alg", ["localmeasures", "mapsheet", "segregationindices"])
def test_processing_cancel_at_first_progress_report(big, processing_registry, alg):
    gpkg, out = big
    params = HEAVY[alg](gpkg, out) if alg in HEAVY else {
        "INPUT": gpkg, "FIELD": "grp", "OUTPUT_PDF": out / "s.pdf", "OUTPUT_PNG": out / "s.png"}
    run_case(alg, _str(params), inputs=[gpkg], out_dir=out, via="processing", cancel_after_progress=True,
             exit=130, message="cancelled")


def test_atlas_cancel_stops_between_pages(big, processing_registry):
    gpkg, out = big
    params = {"INPUT": gpkg, "KEY_FIELD": "key", "FIELDS": ["grp"], "MODE": "per_district",
              "OUTPUT_FOLDER": out / "pages"}
    run = run_case("atlas", _str(params), inputs=[gpkg], out_dir=out, via="processing",
                   cancel_after=3.0, exit=130, message="cancelled")
    assert run.latency < 1.5, run.latency


@pytest.mark.parametrize("alg, started", [("segregationindices", "units read"),
                                          ("localmeasures", "Computing the local measures")])
def test_ctrl_c_prints_cancelled_exits_130_leaves_nothing(big, alg, started):
    gpkg, out = big
    params = HEAVY[alg](gpkg, out)
    params[[k for k in params if k in ("PERMUTATIONS", "BOOTSTRAP")][0]] *= 5
    run = run_case(alg, params, inputs=[gpkg], out_dir=out, sigint_after=started,
                   exit=130, message="Cancelled")
    assert run.latency < 2.0, run.latency  # within a second, plus the interpreter's exit
    assert "Error" not in run.stderr


def test_ctrl_c_during_atlas_export(big):
    gpkg, out = big
    params = {"INPUT": gpkg, "KEY_FIELD": "key", "FIELDS": "grp", "MODE": "per_district",
              "OUTPUT_FOLDER": out / "pages"}
    run = run_case("atlas", params, inputs=[gpkg], out_dir=out, sigint_after="Exporting", exit=130,
                   message="Cancelled")
    assert run.latency < 2.5, run.latency


def test_ctrl_c_in_german(big, monkeypatch):
    qm = ROOT / "i18n" / "milieu_atlas_de.qm"
    ts = ROOT / "i18n" / "milieu_atlas_de.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:  # as `make translations` does
        subprocess.run(["lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
    # the whole run speaks German in a German locale (not only the last word): wait for the German line
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    gpkg, out = big
    params = dict(HEAVY["segregationindices"](gpkg, out), PERMUTATIONS=200000)
    run_case("segregationindices", params, inputs=[gpkg], out_dir=out, sigint_after="gelesen",
             exit=130, message="Abgebrochen")


def test_ctrl_c_during_a_map_sheet(big):
    gpkg, out = big
    params = {"INPUT": gpkg, "FIELD": "grp", "OUTPUT_PDF": out / "s.pdf", "OUTPUT_PNG": out / "s.png",
              "DPI": 600}
    run_case("mapsheet", params, inputs=[gpkg], out_dir=out, sigint_after="Laying out", exit=130,
             message="Cancelled")


def test_keyboard_interrupt_after_writing_began_leaves_nothing(big, processing_registry, monkeypatch):
    """A KeyboardInterrupt (or any exception) once a sink holds features: its files are removed."""
    import processing

    from milieu_atlas_plugin.processing.alg_local import LocalMeasures

    gpkg, out = big
    original = LocalMeasures._write

    def write_then_interrupt(self, *args, **kwargs):
        original(self, *args, **kwargs)
        assert any(p.name.startswith(".l.gpkg.") for p in out.iterdir())  # the sink's hidden folder
        raise KeyboardInterrupt

    monkeypatch.setattr(LocalMeasures, "_write", write_then_interrupt)
    with pytest.raises(BaseException):
        processing.run("milieuatlas:localmeasures", _str(dict(HEAVY["localmeasures"](gpkg, out),
                                                                PERMUTATIONS=9)))
    assert list(out.iterdir()) == []
