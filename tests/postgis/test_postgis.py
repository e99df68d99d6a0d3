"""PostGIS in and out, against a real PostgreSQL + PostGIS server (tests/postgis/conftest.py).

The URI syntax used everywhere here is the one the README shows for the command line:
    postgres://dbname='atlas' host=/socket/dir port=5432 user='u' key='fid' table="public"."plr" (geom)
for inputs (Processing's own layer string) and outputs (a destination of this plugin's write path;
Processing's `postgis:<URI>` works as well)."""
import csv
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from qgis.core import (QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback,
                       QgsVectorLayer)

from ..conftest import PLR_SHP, ROOT, T1_2024_PLR

MH = "inhabitants_with_migration_background"
FOREIGN = "inhabitants_foreigners"
PASSWORD = "S3cret-pw!x"


class Recorder(QgsProcessingFeedback):
    """Every message an algorithm reports (to check that no password is among them)."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.lines.append(error)

    def pushCommandInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushDebugInfo(self, info):  # noqa: N802
        self.lines.append(info)


def run(alg, params, feedback=None):
    import processing

    return processing.run(f"milieuatlas:{alg}", params, feedback=feedback)


def pgin(pg, table, **kw):
    return "postgres://" + pg.layer_uri(table, **kw)


def tables(pg):
    return sorted(r[0] for r in pg.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))


def rows_of(layer_source, provider="postgres", key=None):
    layer = QgsVectorLayer(layer_source, "check", provider)
    assert layer.isValid(), layer_source
    names = [n for n in layer.fields().names() if n not in ("fid", "id")]
    out = []
    for f in layer.getFeatures():
        out.append(tuple(_norm(f[n]) for n in names) + (
            (round(f.geometry().area(), 3),) if f.hasGeometry() else ()))
    return sorted(out, key=repr)


def _cell(v):
    """A CSV cell or a database value as a comparable string (numbers to 9 digits)."""
    if v is None or v == "":
        return ""
    try:
        return f"{float(v):.9g}"
    except (TypeError, ValueError):
        return str(v)


def _norm(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()) or repr(v) == "NULL":
        return None
    if isinstance(v, float):
        return round(v, 9)
    return v


@pytest.fixture(scope="module")
def gpkg_counts(tmp_path_factory, processing_registry):
    """The file-based reference: Planungsräume with the 2024 counts, joined by key."""
    folder = tmp_path_factory.mktemp("ref")
    out = folder / "plr_t1.gpkg"
    run("jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": str(T1_2024_PLR),
        "MODE": "key", "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH, FOREIGN],
        "OUTPUT": str(out), "UNMATCHED": str(folder / "u.csv"), "ACCOUNTING": str(folder / "a.csv")})
    return out


@pytest.fixture(scope="module")
def shuffled(pg):
    """A view of plr_t1 whose every read comes back in another order."""
    pg.execute("CREATE OR REPLACE VIEW plr_t1_shuffled AS SELECT * FROM plr_t1 ORDER BY random()")
    return pgin(pg, "plr_t1_shuffled", key="fid")


def read_csv(path):
    with open(path, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ------------------------------------------------------------------------------------- reading
def test_input_uri_forms(pg, processing_registry):
    """postgres://<URI> loads; a service from pg_service.conf works the same."""
    from qgis.core import QgsProcessingUtils

    ctx = QgsProcessingContext()
    layer = QgsProcessingUtils.mapLayerFromString(pgin(pg, "plr"), ctx)
    assert layer is not None and layer.isValid() and layer.featureCount() == 542


def test_service_from_pg_service_conf(pg, processing_registry, tmp_path, monkeypatch):
    conf = tmp_path / "pg_service.conf"
    conf.write_text(f"[stat]\nhost={pg.socket_dir}\nport={pg.port}\ndbname={pg.dbname}\n"
                    f"user={pg.superuser}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(conf))
    res = run("segregationindices", {
        "INPUT": 'postgres://service=stat key=fid table="public"."plr_t1" (geom)',
        "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [FOREIGN], "INDICES": ["D"],
        "OUTPUT": 'postgres://service=stat table="public"."d_by_service"'})
    assert "service='stat'" in res["OUTPUT"] or "service=stat" in res["OUTPUT"]
    assert pg.execute("SELECT index, units FROM d_by_service") == [("D", 540)]


def test_two_reads_in_different_orders_match_the_file_run(pg, shuffled, gpkg_counts, tmp_path):
    """Counts and geometries are read separately; a view without a stable order must give what
    the GeoPackage gives (spatial indices, local LISA, contiguous typology)."""
    # the view really does return another order on every read
    orders = [tuple(r[0] for r in pg.execute("SELECT fid FROM plr_t1_shuffled")) for _ in range(2)]
    assert orders[0] != orders[1] and sorted(orders[0]) == sorted(orders[1])
    common = {"TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH, FOREIGN],
              "INDICES": ["D", "ACL", "SP", "DADJ", "DW"]}
    run("segregationindices", dict(common, INPUT=str(gpkg_counts), OUTPUT=str(tmp_path / "f.csv")))
    run("segregationindices", dict(common, INPUT=shuffled, OUTPUT=str(tmp_path / "p.csv")))
    f, p = read_csv(tmp_path / "f.csv"), read_csv(tmp_path / "p.csv")
    assert len(f) == 10
    for a, b in zip(f, p):
        assert (a["index"], a["group"]) == (b["index"], b["group"])
        assert float(a["value"]) == pytest.approx(float(b["value"]), rel=1e-9, abs=1e-12)

    local = {"TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "PERMUTATIONS": 99, "SEED": 1,
             "MIN_COUNT": 0}
    run("localmeasures", dict(local, INPUT=str(gpkg_counts), OUTPUT=str(tmp_path / "l.gpkg")))
    run("localmeasures", dict(local, INPUT=shuffled, OUTPUT=str(tmp_path / "lp.gpkg")))
    by_key = {}
    for name in ("l", "lp"):
        layer = QgsVectorLayer(str(tmp_path / f"{name}.gpkg"), name, "ogr")
        key = "PLR_ID" if name == "l" else "plr_id"
        by_key[name] = {f[key]: (f[f"{MH}_lq"], f[f"{MH}_lisa"]) for f in layer.getFeatures()}
    assert len(by_key["l"]) == 542 and by_key["l"] == by_key["lp"]


# ------------------------------------------------------------------------------------- writing
def test_round_trips_equal_the_file_outputs(pg, gpkg_counts, tmp_path):
    """Each algorithm that writes a layer or table writes the same rows to PostGIS as to a file."""
    cases = {
        "jointodistricts": {
            "DISTRICTS": pgin(pg, "plr"), "DISTRICT_KEY": "plr_id",
            "SOURCE": pgin(pg, "t1_2024", geom=None, key="id"), "MODE": "key",
            "SOURCE_KEY": "id", "FIELDS": ["inhabitants", MH],
            "UNMATCHED": str(tmp_path / "u.csv"), "ACCOUNTING": str(tmp_path / "a.csv")},
        "segregationindices": {
            "INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
            "INDICES": ["D", "H"]},
        "localmeasures": {
            "INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
            "PERMUTATIONS": 19, "SEED": 2, "MIN_COUNT": 0},
        "segregationlevels": {
            "LAYERS": [str(gpkg_counts)], "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": MH,
            "INDICES": ["D"]},
        "segregationchange": {
            "INPUT_A": pgin(pg, "t1_2024", geom=None, key="id"), "KEY_A": "id",
            "INPUT_B": str(T1_2024_PLR), "KEY_B": "id", "TOTAL_FIELD": "inhabitants",
            "GROUP_FIELDS": [MH], "INDICES": ["D"], "BOOTSTRAP": 199, "SEED": 1},
        "districttypology": {
            "INPUT": str(gpkg_counts), "FIELDS": [MH, FOREIGN], "METHOD": "kmeans", "K": 3,
            "RESTARTS": 3, "SEED": 5},
    }
    for alg, params in cases.items():
        ext = ".csv" if alg in ("segregationindices", "segregationlevels",
                                "segregationchange") else ".gpkg"
        path = tmp_path / f"{alg}{ext}"
        table = f"rt_{alg}"
        run(alg, dict(params, OUTPUT=str(path)))
        res = run(alg, dict(params, OUTPUT=pgin(pg, table)))
        assert "password" not in res["OUTPUT"]
        file_rows = rows_of(str(path), "ogr") if ext == ".gpkg" else None
        db_rows = rows_of(pg.layer_uri(table, geom="geom" if ext == ".gpkg" else None))
        if ext == ".csv":
            file_table = read_csv(path)
            assert len(db_rows) == len(file_table) > 0, alg
            db_cols = [r[0] for r in pg.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
                (table,))]
            compared = 0
            for col in file_table[0]:
                if col not in db_cols:
                    continue
                db_vals = [v for (v,) in pg.execute(f'SELECT "{col}" FROM "{table}"')]
                assert sorted(map(_cell, db_vals)) == sorted(_cell(r[col]) for r in file_table), \
                    (alg, col)
                compared += 1
            assert compared == len(file_table[0]), (alg, db_cols)
        else:
            # field names differ in case only where the source was a shapefile
            assert len(db_rows) == len(file_rows) == 542, alg
            assert {r[-1] for r in db_rows} == {r[-1] for r in file_rows}, alg  # same areas
            if alg != "jointodistricts":  # same field names: every value equal
                assert [tuple(map(_cell, r)) for r in db_rows] == \
                    [tuple(map(_cell, r)) for r in file_rows], alg
        comment = pg.execute(f"SELECT obj_description('public.{table}'::regclass)")[0][0]
        assert comment.startswith("Milieu Atlas 0.1.0, milieuatlas:" + alg), comment
        pk = pg.execute("SELECT count(*) FROM pg_index WHERE indisprimary AND indrelid = "
                        f"'public.{table}'::regclass")[0][0]
        assert pk == 1, alg
        if ext == ".gpkg":
            gist = pg.execute("SELECT count(*) FROM pg_indexes WHERE tablename = %s AND "
                              "indexdef LIKE '%%USING gist%%'", (table,))[0][0]
            assert gist == 1, alg
    assert not [t for t in tables(pg) if "__part_" in t]


def test_join_values_in_postgis_equal_the_csv(pg, tmp_path):
    res = run("jointodistricts", {
        "DISTRICTS": pgin(pg, "plr"), "DISTRICT_KEY": "plr_id",
        "SOURCE": str(T1_2024_PLR), "MODE": "key", "SOURCE_KEY": "id", "FIELDS": [MH],
        "OUTPUT": pgin(pg, "joined_mh"), "UNMATCHED": str(tmp_path / "u.csv"),
        "ACCOUNTING": str(tmp_path / "a.csv")})
    got = dict(pg.execute(f"SELECT plr_id, {MH} FROM joined_mh"))
    want = {r["id"]: float(r[MH]) for r in read_csv(T1_2024_PLR)}
    assert got == want
    # the result string is a layer Processing (and the next algorithm) can read
    layer = QgsVectorLayer(res["OUTPUT"][len("postgres://"):], "r", "postgres")
    assert layer.isValid() and layer.featureCount() == 542


def test_rerun_replaces_the_table_and_comment_names_the_run(pg, gpkg_counts):
    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "OUTPUT": pgin(pg, "again")}
    run("segregationindices", dict(params, INDICES=["D", "H", "GINI"]))
    assert pg.execute("SELECT count(*) FROM again")[0][0] == 3
    run("segregationindices", dict(params, INDICES=["D"]))
    assert pg.execute("SELECT index FROM again") == [("D",)]
    comment = pg.execute("SELECT obj_description('public.again'::regclass)")[0][0]
    head, _, params_json = comment.partition("; parameters: ")
    import re

    assert re.fullmatch(r"Milieu Atlas 0\.1\.0, milieuatlas:segregationindices, "
                        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", head), head
    assert json.loads(params_json)["INDICES"] == "['D']"
    assert not [t for t in tables(pg) if "__part_" in t]


def _with_patched(monkeypatch, cls, name, wrapper):
    original = getattr(cls, name)
    monkeypatch.setattr(cls, name, lambda self, *a, **k: wrapper(original, self, *a, **k))


def test_failure_after_the_rows_were_written_leaves_nothing(pg, gpkg_counts, monkeypatch):
    """The side table was filled; the run then fails → no new table, no side table, the old
    table as it was."""
    from milieu_atlas_plugin.errors import InputError
    from milieu_atlas_plugin.qgis_io import postgis

    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "INDICES": ["D", "H"], "OUTPUT": pgin(pg, "kept")}
    run("segregationindices", params)
    before = pg.execute("SELECT * FROM kept ORDER BY index")
    seen = []

    def failing(original, self, comment, expected):
        seen.append(pg.execute(f'SELECT count(*) FROM "{self.stage_table}"')[0][0])
        raise InputError("simulated failure at commit")

    _with_patched(monkeypatch, postgis.PgTarget, "commit", failing)
    with pytest.raises(QgsProcessingException, match="simulated"):
        run("segregationindices", dict(params, INDICES=["D"]))
    with pytest.raises(QgsProcessingException, match="simulated"):
        run("segregationindices", dict(params, OUTPUT=pgin(pg, "never")))
    assert seen == [1, 2]  # the rows had arrived in the side tables
    assert pg.execute("SELECT * FROM kept ORDER BY index") == before
    assert "never" not in tables(pg) and not [t for t in tables(pg) if "__part_" in t]


def test_cancel_after_writing_leaves_nothing(pg, gpkg_counts, monkeypatch):
    from milieu_atlas_plugin.processing import base

    feedback = QgsProcessingFeedback()

    def cancelling(original, self, features, *a):
        original(self, features, *a)
        feedback.cancel()
        return True

    _with_patched(monkeypatch, base.CheckedSink, "addFeatures", cancelling)
    with pytest.raises(QgsProcessingException):
        run("segregationindices", {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants",
                                   "GROUP_FIELDS": [MH], "INDICES": ["D"],
                                   "OUTPUT": pgin(pg, "cancelled")}, feedback)
    assert "cancelled" not in tables(pg) and not [t for t in tables(pg) if "__part_" in t]


# ------------------------------------------------------------------------------------ security
def test_hostile_table_name_leaves_the_database_intact(pg, gpkg_counts):
    hostile = 'x"; DROP TABLE plr; --'
    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "INDICES": ["D"], "OUTPUT": pgin(pg, hostile)}
    run("segregationindices", params)
    run("segregationindices", params)  # the re-run drops and renames with the same name
    assert pg.execute("SELECT count(*) FROM plr")[0][0] == 542
    assert pg.execute('SELECT index FROM "x""; DROP TABLE plr; --"') == [("D",)]
    pg.execute('DROP TABLE "x""; DROP TABLE plr; --"')


@pytest.fixture(scope="module")
def roles(pg):
    pg.execute(f"CREATE ROLE atlas_secret LOGIN PASSWORD '{PASSWORD}'")
    pg.execute("GRANT CREATE ON SCHEMA public TO atlas_secret")
    pg.execute("CREATE ROLE atlas_reader LOGIN")
    pg.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO atlas_reader, atlas_secret")
    return pg


def test_password_never_appears(roles, gpkg_counts):
    pg = roles
    feedback = Recorder()
    res = run("segregationindices", {
        "INPUT": pgin(pg, "plr_t1", user="atlas_secret", password=PASSWORD),
        "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "INDICES": ["D"],
        "OUTPUT": pgin(pg, "secret_out", user="atlas_secret", password=PASSWORD)}, feedback)
    assert pg.execute("SELECT count(*) FROM secret_out")[0][0] == 1
    comment = pg.execute("SELECT obj_description('public.secret_out'::regclass)")[0][0]
    everything = "\n".join([comment, json.dumps(res, default=str)] + feedback.lines)
    assert "atlas_secret" in comment and PASSWORD not in everything
    assert pg.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'secret_out'") == [
        ("atlas_secret",)]


def test_refused_login_names_host_and_database_not_the_password(roles, gpkg_counts, tmp_path):
    pg = roles
    with pytest.raises(QgsProcessingException) as err:
        run("segregationindices", {
            "INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
            "INDICES": ["D"],
            "OUTPUT": pgin(pg, "refused", user="atlas_secret", password="wrong-" + PASSWORD)})
    message = str(err.value)
    assert "cannot connect to database 'atlas'" in message and pg.socket_dir in message
    assert "password authentication failed" in message
    assert PASSWORD not in message and "wrong-" not in message
    assert "refused" not in tables(pg)
    with pytest.raises(QgsProcessingException) as err:  # an input that refuses the login
        run("segregationindices", {
            "INPUT": pgin(pg, "plr_t1", user="atlas_secret", password="wrong-" + PASSWORD),
            "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH], "INDICES": ["D"],
            "OUTPUT": str(tmp_path / "never.csv")})
    assert "wrong-" not in str(err.value) and not (tmp_path / "never.csv").exists()


def test_authcfg_login_for_input_and_output(roles, gpkg_counts):
    """A QGIS authentication configuration (authcfg=) instead of user and password: QGIS's
    authentication manager supplies the login of the input layer, the side table and our own
    connections (checks, swap, read-back); the password appears nowhere; an unknown id is named."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri

    pg = roles
    manager = QgsApplication.authManager()
    # pytest-qgis' own temporary profile, never the user's
    assert manager.authenticationDatabasePath().startswith(os.environ["QGIS_CUSTOM_CONFIG_PATH"])
    assert manager.setMasterPassword("master-of-the-tests", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("atlas_secret")
    config.setConfig("username", "atlas_secret")
    config.setConfig("password", PASSWORD)
    stored = manager.storeAuthenticationConfig(config)
    assert (stored[0] if isinstance(stored, tuple) else stored) and config.id()

    def uri(table, authcfg):
        u = QgsDataSourceUri()
        u.setConnection(pg.socket_dir, str(pg.port), pg.dbname, "", "", QgsDataSourceUri.SslPrefer,
                        authcfg)
        u.setDataSource("public", table, "geom", "", "fid")
        return "postgres://" + u.uri(False)

    feedback = Recorder()
    params = {"INPUT": uri("plr_t1", config.id()), "TOTAL_FIELD": "inhabitants",
              "GROUP_FIELDS": [MH], "INDICES": ["D"], "OUTPUT": uri("auth_out", config.id())}
    res = run("segregationindices", params, feedback)
    # pg_hba.conf asks atlas_secret for its password: the table's owner shows the login worked
    assert pg.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'auth_out'") == [
        ("atlas_secret",)]
    assert pg.execute("SELECT count(*) FROM auth_out")[0][0] == 1
    comment = pg.execute("SELECT obj_description('public.auth_out'::regclass)")[0][0]
    assert PASSWORD not in "\n".join([comment, json.dumps(res, default=str)] + feedback.lines)
    with pytest.raises(QgsProcessingException, match="authentication configuration 'nope123'"):
        run("segregationindices", dict(params, INPUT=str(gpkg_counts),
                                       OUTPUT=uri("auth_never", "nope123")))
    assert "auth_never" not in tables(pg)


def test_read_only_role_is_told_writing_is_refused(roles, gpkg_counts):
    pg = roles
    with pytest.raises(QgsProcessingException,
                       match="role 'atlas_reader' may not create tables in schema 'public'"):
        run("segregationindices", {
            "INPUT": pgin(pg, "plr_t1", user="atlas_reader"), "TOTAL_FIELD": "inhabitants",
            "GROUP_FIELDS": [MH], "INDICES": ["D"],
            "OUTPUT": pgin(pg, "not_mine", user="atlas_reader")})
    # a table of another role cannot be replaced either
    pg.execute("GRANT CREATE ON SCHEMA public TO atlas_reader")
    try:
        with pytest.raises(QgsProcessingException, match="may not replace"):
            run("segregationindices", {
                "INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
                "INDICES": ["D"], "OUTPUT": pgin(pg, "plr_t1", user="atlas_reader")})
    finally:
        pg.execute("REVOKE CREATE ON SCHEMA public FROM atlas_reader")
    assert pg.execute("SELECT count(*) FROM plr_t1")[0][0] == 542


def test_output_onto_an_input_table_is_refused(pg):
    with pytest.raises(QgsProcessingException, match="is an input of this run"):
        run("localmeasures", {"INPUT": pgin(pg, "plr_t1"), "TOTAL_FIELD": "inhabitants",
                              "GROUP_FIELDS": [MH], "PERMUTATIONS": 0,
                              "OUTPUT": pgin(pg, "plr_t1")})
    assert pg.execute("SELECT count(*) FROM plr_t1")[0][0] == 542


# ------------------------------------------------------------------------ server lost, concurrency
def test_server_stopped_mid_run_leaves_nothing(pg, gpkg_counts, monkeypatch):
    """The server dies after the rows were sent and before the swap: a clear message; after the
    restart the old table is unchanged and the next run to the same table clears the remains."""
    from milieu_atlas_plugin.qgis_io import postgis

    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "INDICES": ["D", "H"], "OUTPUT": pgin(pg, "survivor")}
    run("segregationindices", params)
    before = pg.execute("SELECT index, value FROM survivor ORDER BY index")

    def killed(original, self, comment, expected):
        pg.halt("immediate")
        return original(self, comment, expected)

    _with_patched(monkeypatch, postgis.PgTarget, "commit", killed)
    try:
        with pytest.raises(QgsProcessingException) as err:
            run("segregationindices", dict(params, INDICES=["D"]))
    finally:
        pg.resume()
    message = str(err.value)
    assert "cannot connect to database 'atlas'" in message, message
    monkeypatch.undo()
    assert pg.execute("SELECT index, value FROM survivor ORDER BY index") == before
    run("segregationindices", dict(params, INDICES=["GINI"]))
    assert pg.execute("SELECT index FROM survivor") == [("GINI",)]
    assert not [t for t in tables(pg) if "__part_" in t]


def test_swap_survives_a_server_crash_right_after_the_run(pg, gpkg_counts):
    """The test server commits asynchronously (synchronous_commit = off, as some offices run
    theirs): a crash within a few hundred ms loses such commits — the old table dropped, the new
    one back under its side-table name. The swap commits synchronously, so the table written just
    before the crash is there after the restart, whole, with its comment."""
    assert pg.execute("SHOW synchronous_commit") == [("off",)]
    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "INDICES": ["D", "H"], "OUTPUT": pgin(pg, "durable")}
    for indices in (["D", "H"], ["GINI"]):  # written new, then replaced
        run("segregationindices", dict(params, INDICES=indices))
        pg.halt("immediate")  # at once: well within the asynchronous commit's delay
        pg.resume()
        assert sorted(r[0] for r in pg.execute("SELECT index FROM durable")) == indices
        comment = pg.execute("SELECT obj_description('public.durable'::regclass)")[0][0]
        assert comment.startswith("Milieu Atlas") and repr(indices) in comment
        assert not [t for t in tables(pg) if "__part_" in t]


def test_a_swap_that_silently_does_not_happen_is_an_error(pg, gpkg_counts, monkeypatch):
    """A COMMIT that is ignored must not pass unnoticed: the table is read back on a new
    connection after the swap; the run fails naming the table, the old table stays, the side
    table goes. A COMMIT whose answer is lost is decided by the same read-back."""
    from milieu_atlas_plugin.qgis_io import postgis

    params = {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants", "GROUP_FIELDS": [MH],
              "INDICES": ["D", "H"], "OUTPUT": pgin(pg, "verified")}
    run("segregationindices", params)
    before = pg.execute("SELECT index, value FROM verified ORDER BY index")
    monkeypatch.setattr(postgis, "commit_transaction", lambda conn: conn.rollback())
    message = ""
    try:
        run("segregationindices", dict(params, INDICES=["GINI"]))
    except QgsProcessingException as exc:
        message = str(exc)
    assert "was not written as expected: the side table is still there" in message, message
    assert '"public"."verified"' in message
    assert pg.execute("SELECT index, value FROM verified ORDER BY index") == before
    assert not [t for t in tables(pg) if "__part_" in t]

    # a COMMIT whose answer is lost: the table is read back to find out what happened
    import psycopg2

    def lost(conn, rolled_back):
        conn.rollback() if rolled_back else conn.commit()
        raise psycopg2.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(postgis, "commit_transaction", lambda conn: lost(conn, True))
    with pytest.raises(QgsProcessingException, match=r"was not written as expected \(COMMIT "
                       r"failed: server closed the connection unexpectedly\): the side table"):
        run("segregationindices", dict(params, INDICES=["GINI"]))
    assert pg.execute("SELECT index, value FROM verified ORDER BY index") == before
    monkeypatch.setattr(postgis, "commit_transaction", lambda conn: lost(conn, False))
    run("segregationindices", dict(params, INDICES=["GINI"]))  # it did commit: no error
    assert pg.execute("SELECT index FROM verified") == [("GINI",)]
    monkeypatch.undo()
    assert not [t for t in tables(pg) if "__part_" in t]


def test_concurrent_writers_wait_and_readers_see_whole_tables(pg, gpkg_counts, tmp_path):
    """Two command-line runs write one table while a reader holds it: both wait, the reader keeps
    seeing the old table, then the table is whole (one of the two results)."""
    import psycopg2

    target = pgin(pg, "shared")
    base = ["INPUT=" + str(gpkg_counts), "TOTAL_FIELD=inhabitants", f"GROUP_FIELDS={MH}",
            "OUTPUT=" + target]
    cli = [sys.executable, "-m", "milieu_atlas_plugin", "run", "milieuatlas:segregationindices", "--"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run("segregationindices", {"INPUT": str(gpkg_counts), "TOTAL_FIELD": "inhabitants",
                               "GROUP_FIELDS": [MH], "INDICES": ["D"], "OUTPUT": target})
    reader = psycopg2.connect(pg.conninfo())
    cur = reader.cursor()
    cur.execute("SELECT index FROM shared")  # holds a lock on the old table until commit
    assert cur.fetchall() == [("D",)]
    procs = [subprocess.Popen(cli + base + [f"INDICES={i}" for i in idx], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for idx in (["H", "GINI"], ["GINI", "H", "D"])]
    try:
        from .cluster import wait_until

        def waiting():
            if any(p.poll() is not None for p in procs):
                return True
            return pg.execute("SELECT count(*) FROM pg_stat_activity WHERE "
                              "wait_event_type = 'Lock'")[0][0] == 2

        assert wait_until(waiting, timeout=90, step=0.2)
        assert [p.poll() for p in procs] == [None, None], [p.communicate() for p in procs]
        cur.execute("SELECT index FROM shared")
        assert cur.fetchall() == [("D",)]  # the reader still sees the old, whole table
    finally:
        reader.commit()
        reader.close()
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-3000:] for o in outs]
    got = sorted(r[0] for r in pg.execute("SELECT index FROM shared"))
    assert got in (["GINI", "H"], ["D", "GINI", "H"])
    assert not [t for t in tables(pg) if "__part_" in t]


# ------------------------------------------------------------------------------- points mode
def test_points_from_postgis_equal_the_geopackage(pg, processing_registry, tmp_path):
    """Points mode reads a PostGIS point table as columns (packed by the server, paged on the
    key); the district sums, unmatched points and messages equal those of the same points in a
    GeoPackage. A NULL count falls back to the feature path, which names the feature."""
    from osgeo import gdal

    pg.execute("CREATE TABLE pts AS SELECT row_number() OVER ()::int AS fid, "
               "(5 + (row_number() OVER ()) % 17)::int AS households, "
               "((row_number() OVER ()) % 7 * 0.25)::float8 AS weighted, "
               "geom::geometry(Point, 25833) AS geom FROM (SELECT (ST_Dump(ST_GeneratePoints("
               "geom, 12, 7))).geom AS geom FROM plr) AS d")
    pg.execute("INSERT INTO pts VALUES (100000, 3, 0.5, ST_SetSRID(ST_MakePoint(300000, 5800000), "
               "25833))")  # outside Berlin
    pg.execute("ALTER TABLE pts ADD PRIMARY KEY (fid)")
    gpkg = tmp_path / "pts.gpkg"
    copy = gdal.VectorTranslate(str(gpkg), "PG:" + pg.conninfo(), format="GPKG",
                                layerName="pts", layers=["pts"], options=["-preserve_fid"])
    copy = None  # closed now, not when QGIS exits
    fields = ["households", "weighted"]
    results = {}
    for name, source in (("file", str(gpkg)), ("pg", pgin(pg, "pts"))):
        feedback = Recorder()
        res = run("jointodistricts", {
            "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": source,
            "MODE": "points", "FIELDS": fields, "OUTPUT": str(tmp_path / f"{name}.gpkg"),
            "UNMATCHED": str(tmp_path / f"{name}_u.csv"),
            "ACCOUNTING": str(tmp_path / f"{name}_a.csv")}, feedback)
        layer = QgsVectorLayer(str(tmp_path / f"{name}.gpkg"), name, "ogr")
        results[name] = ({f["PLR_ID"]: (f["households"], f["weighted"]) for f in layer.getFeatures()},
                         res["UNMATCHED_COUNT"], read_csv(tmp_path / f"{name}_u.csv"))
        results[name + "_log"] = "\n".join(feedback.lines)
    assert "read as columns from PostGIS" in results["pg_log"]
    assert results["file"][1] == results["pg"][1] == 1
    assert results["file"][2][0]["source_fid"] == results["pg"][2][0]["source_fid"] == "100000"
    assert results["file"][0] == results["pg"][0]
    n = pg.execute("SELECT count(*), sum(households) FROM pts")[0]
    assert sum(v[0] for v in results["pg"][0].values()) == n[1] - 3 and n[0] == 542 * 12 + 1

    pg.execute("UPDATE pts SET households = NULL WHERE fid = 77")
    message = ""
    try:
        run("jointodistricts", {
            "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": pgin(pg, "pts"),
            "MODE": "points", "FIELDS": fields, "OUTPUT": str(tmp_path / "null.gpkg"),
            "UNMATCHED": str(tmp_path / "null_u.csv"), "ACCOUNTING": str(tmp_path / "null_a.csv")})
    except QgsProcessingException as exc:  # not pytest.raises: its traceback would keep the
        message = str(exc)                 # run's PostGIS layers alive until QGIS exits
    assert "feature 77" in message


def test_hostile_field_name_in_a_postgis_source(pg, processing_registry, tmp_path):
    """A column named like an injection is read as a column by the PostGIS points path."""
    hostile = 'n"; DROP TABLE plr; --'
    pg.execute('CREATE TABLE pts_hostile (fid integer PRIMARY KEY, "n""; DROP TABLE plr; --" '
               "integer, geom geometry(Point, 25833))")
    pg.execute("INSERT INTO pts_hostile SELECT fid, fid, ST_PointOnSurface(geom) FROM plr")
    feedback = Recorder()
    res = run("jointodistricts", {
        "DISTRICTS": str(PLR_SHP), "DISTRICT_KEY": "PLR_ID", "SOURCE": pgin(pg, "pts_hostile"),
        "MODE": "points", "FIELDS": [hostile], "OUTPUT": pgin(pg, "joined_hostile"),
        "UNMATCHED": str(tmp_path / "u.csv"), "ACCOUNTING": str(tmp_path / "a.csv")}, feedback)
    assert "read as columns from PostGIS" in "\n".join(feedback.lines)
    assert res["UNMATCHED_COUNT"] == 0
    assert pg.execute("SELECT count(*) FROM plr")[0][0] == 542
    # every Planungsraum got the fid of the plr row it came from
    got = pg.execute('SELECT sum("n""; DROP TABLE plr; --") FROM joined_hostile')[0][0]
    assert got == pg.execute("SELECT sum(fid) FROM plr")[0][0]


def _our_sessions(pg):
    return pg.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                      "'Milieu Atlas'")[0][0]


def test_points_read_in_pages_on_one_snapshot(pg, processing_registry, monkeypatch):
    """The columnar PostGIS reader in small pages (block ranges, two connections on one
    snapshot): every row exactly once, each x, y and value with its own key, as of the moment
    the read began — rows deleted, updated or added meanwhile change nothing; afterwards no
    connection is left open, nor after a read stopped part way (a cancelled run)."""
    import functools

    from milieu_atlas_plugin.errors import InputError
    from milieu_atlas_plugin.qgis_io import postgis
    from milieu_atlas_plugin.qgis_io.postgis import point_columns

    from .cluster import wait_until

    pg.execute("CREATE TABLE pts_pages AS SELECT (row_number() OVER ())::int AS fid, "
               "(row_number() OVER () % 13)::int AS n, (random() * 10)::float8 AS w, "
               "geom::geometry(Point, 25833) AS geom FROM (SELECT (ST_Dump(ST_GeneratePoints("
               "geom, 10, 3))).geom AS geom FROM plr) AS d")
    pg.execute("ALTER TABLE pts_pages ADD PRIMARY KEY (fid)")
    pg.execute("ANALYZE pts_pages")
    expected = {r[0]: r[1:] for r in pg.execute(
        "SELECT fid, ST_X(geom), ST_Y(geom), n::float8, w FROM pts_pages")}
    assert len(expected) == 5420
    layer = QgsVectorLayer(pg.layer_uri("pts_pages"), "pages", "postgres")
    assert layer.isValid()
    opened = []

    def connecting(original, *args, **kw):
        opened.append(args[1])
        if len(opened) == 2:  # the second connection: the table changes before it reads
            pg.execute("DELETE FROM pts_pages WHERE fid % 2 = 0")
        return original(*args, **kw)

    monkeypatch.setattr(postgis, "connect", functools.partial(connecting, postgis.connect))
    chunks = point_columns(layer, "pages", ["n", "w"], 500)
    parts = [next(chunks)]
    assert len(opened) == 2 and _our_sessions(pg) == 2  # two connections, one snapshot
    pg.execute("UPDATE pts_pages SET n = n + 1000, geom = ST_Translate(geom, 1, 1)")
    pg.execute("INSERT INTO pts_pages SELECT fid + 100000, n, w, geom FROM pts_pages")
    parts += list(chunks)
    assert len(parts) >= 8  # read in pages
    fids = np.concatenate([p[0] for p in parts])
    assert len(fids) == len(set(fids.tolist())) == len(expected)
    got = {int(f): (x, y, n, w) for f, x, y, n, w in zip(
        fids, *(np.concatenate([p[i] for p in parts]) for i in (1, 2)),
        *(np.concatenate([p[3][k] for p in parts]) for k in ("n", "w")))}
    assert got == expected  # exact: the same doubles, each with its own key
    assert wait_until(lambda: _our_sessions(pg) == 0, timeout=10)

    chunks = point_columns(layer, "pages", ["n"], 500)
    next(chunks)
    chunks.close()  # what a cancelled run does
    assert wait_until(lambda: _our_sessions(pg) == 0, timeout=10)

    chunks = point_columns(layer, "pages", ["n"], 500)
    next(chunks)  # the connections are lost part way: a clear message, no fallback
    pg.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name "
               "= 'Milieu Atlas'")
    with pytest.raises(InputError, match=r"Layer 'pages': reading \"public\"\.\"pts_pages\" "
                       r"from database 'atlas' on host '.*', port \d+ failed \(.*\); "
                       "nothing was written"):
        list(chunks)
    assert wait_until(lambda: _our_sessions(pg) == 0, timeout=10)
    pg.execute("DROP TABLE pts_pages")
