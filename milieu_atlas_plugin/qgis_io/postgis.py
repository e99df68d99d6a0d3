"""PostgreSQL/PostGIS destinations under the one write path (files.OutputRun), and the columnar
read of PostGIS point tables (point_columns, at the end).

A destination ``postgres://<QGIS data source URI>`` (also Processing's own ``postgis:<URI>`` and
``postgres:<URI>``), e.g. ``postgres://service=stat table="public"."result" (geom)`` or
``postgres://dbname=atlas host=/run/postgresql port=5432 table="public"."result" (geom) key=fid``,
is written like a file output:

1. before computing, ``PgTarget.check`` connects (a refused login names host and database, never
   the password) and refuses a schema the role may not create tables in, a table it may not
   replace, or a target that is one of the inputs;
2. the sink writes a side table ``<table>__part_<random>`` (QGIS's own PostgreSQL exporter:
   primary key from ``key=``, default ``fid``);
3. when the whole run succeeded, ``commit`` indexes the side table (GiST on its geometry) and
   in one transaction drops the old table, renames the side table onto its name and sets
   ``COMMENT ON TABLE`` with the provenance; a concurrent run waits for the lock, and a reader
   sees the old or the new table, never half of one. The transaction runs on a new connection
   of our own, commits synchronously whatever the server's ``synchronous_commit`` (an
   asynchronous commit is lost if the server crashes soon after), and the table is read back on
   another new connection afterwards: anything not as written is a loud error;
4. on failure or cancel ``discard`` drops the side table; when the server itself went away, the
   next run to the same target drops the side tables made before the server's restart.

Our own SQL runs on psycopg2 connections we open and close ourselves (never QGIS's pooled
provider connections, whose state after a server restart is not ours to control), with the connection parameters of the
QGIS URI (service, authcfg expanded by QGIS's authentication manager); the rows themselves are
written by QGIS's PostgreSQL exporter. Every identifier is quoted, every literal passed as a
parameter; passwords are removed from every message (``scrub``).
"""
import re
import secrets

from qgis.core import QgsDataSourceUri

from ..errors import InputError, QT_TRANSLATE_NOOP, Text

PREFIXES = ("postgres://", "postgis:", "postgres:")
_PASSWORD = re.compile(r"""(password\s*=\s*)('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s'"|&]+)""",
                       re.IGNORECASE)
_URL_PASSWORD = re.compile(r"(postgres(?:ql)?://[^:/@\s]+:)([^@\s]+)(@)")


def scrub(text):
    """`text` with every password of a connection string or URL replaced by ***."""
    if text is None:
        return text
    text = _PASSWORD.sub(r"\1***", str(text))
    return _URL_PASSWORD.sub(r"\1***\3", text)


def database_uri(value):
    """The QGIS data source URI of a PostgreSQL destination string, or None for anything else."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    for prefix in PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix):]
    return None


def quote_ident(name):
    """A PostgreSQL identifier, always quoted ("a""b" for a"b)."""
    return '"' + str(name).replace("\x00", "").replace('"', '""') + '"'


def describe(uri):
    """'database "x" on host y, port p' — for messages (no user, no password)."""
    host = uri.host() or Text(QT_TRANSLATE_NOOP("MilieuAtlas", "localhost (default socket)"))
    if uri.port():
        where = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "database '{database}' on host '{host}', port {port}"),
                     database=uri.database(), host=host, port=uri.port())
    else:
        where = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "database '{database}' on host '{host}'"),
                     database=uri.database(), host=host)
    if uri.service():
        if not uri.database():
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "service '{service}'"), service=uri.service())
        return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "service '{service}' ({where})"), service=uri.service(),
                    where=where)
    return where


def _reason(exc):
    """The server's reason from an exception, without connection strings or passwords."""
    text = str(getattr(exc, "pgerror", None) or (exc.args[0] if getattr(exc, "args", None) else exc))
    reason = _server_reason([text]) or scrub(text)
    reason = re.sub(r"Connection to database failed\s*", "", reason).strip()
    reason = " ".join(reason.split())
    return reason[:300] or "unknown error"


def _server_reason(messages):
    """'password authentication failed for user "x"' from libpq's text."""
    for message in reversed(messages):
        for line in reversed(str(message).splitlines()):
            match = re.search(r"(?:FATAL|ERROR):\s*(.+)$", line)
            if match:
                return scrub(match.group(1).strip())
            if "failed:" in line:
                return scrub(line.split("failed:", 1)[1].strip())
    return ""


def _conninfo_value(value):
    """A libpq conninfo value, quoted ('a b' → 'a b', o'k → 'o\\'k')."""
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def conninfo(uri, what):
    """The libpq connection string of a QGIS data source URI: host, port, database, user,
    password, service (pg_service.conf) and sslmode as QGIS's postgres provider uses them; a QGIS
    authentication configuration (authcfg=) is expanded by QGIS's authentication manager
    (QgsAuthManager.updateDataSourceUriItems, as the provider does). Holds the password: never
    put it into a message (use describe())."""
    from qgis.core import QgsApplication

    items = []
    for key, value in (("service", uri.service()), ("dbname", uri.database()),
                       ("host", uri.host()), ("port", uri.port()), ("user", uri.username()),
                       ("password", uri.password())):
        if value:
            items.append(f"{key}={_conninfo_value(value)}")
    if uri.sslMode() != QgsDataSourceUri.SslPrefer:
        items.append(f"sslmode={QgsDataSourceUri.encodeSslMode(uri.sslMode())}")
    authcfg = uri.authConfigId()
    if authcfg:
        manager = QgsApplication.authManager()
        ok, items = manager.updateDataSourceUriItems(items, authcfg, "postgres")
        if not ok:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{what}: the QGIS authentication configuration '{authcfg}' for {describe} could not be "
                "used (unknown id, or the master password is not set)."),
                what=what, authcfg=authcfg, describe=describe(uri))
    return " ".join(items)


def connect(uri, what, autocommit=True):
    """A new psycopg2 connection of our own for `uri` (never one of QGIS's pooled connections). A
    refused login → InputError naming host and database (never the password)."""
    try:
        import psycopg2
    except ImportError:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{what}: writing to and reading columns from PostgreSQL needs the Python package "
            "psycopg2 in QGIS's Python (Debian/Ubuntu: apt install python3-psycopg2; OSGeo4W: "
            "python3-psycopg2)."),
            what=what) from None
    info = conninfo(uri, what)
    try:
        conn = psycopg2.connect(info, application_name="Milieu Atlas",
                                **({} if uri.service() or "connect_timeout" in info
                                   else {"connect_timeout": 20}))
    except psycopg2.Error as exc:
        raise InputError(QT_TRANSLATE_NOOP(
            "MilieuAtlas", "{what}: cannot connect to {describe} as user '{value}': {reason}"),
            what=what, describe=describe(uri), value=uri.username() or Text(QT_TRANSLATE_NOOP("MilieuAtlas", "(default)")), reason=_reason(exc)) from None
    conn.autocommit = autocommit
    return conn


def query(conn, statement, params=None):
    """Rows of one statement (None for a statement without result rows)."""
    with conn.cursor() as cur:
        cur.execute(statement, params)
        return cur.fetchall() if cur.description is not None else None


def commit_transaction(conn):
    """COMMIT (its own function: the tests make it fail silently to show that commit() notices)."""
    conn.commit()


def _close(conn):
    try:
        conn.close()
    except Exception:  # noqa: BLE001 - closing a connection whose server went away
        pass


class PgTarget:
    """One database destination of a run (see the module docstring)."""

    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.uri = QgsDataSourceUri(database_uri(text) or text)
        self.schema = self.uri.schema() or "public"
        self.table = self.uri.table()
        if not self.table:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: the database destination names no table (give table=\"schema\".\"name\" in the URI)."),
                name=name)
        if self.table.lstrip().startswith("("):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: a query cannot be a destination; give a table name."),
                name=name)
        self.geom = self.uri.geometryColumn() or "geom"
        self.key = self.uri.keyColumn() or "fid"
        self.stem = self.table.encode("utf-8")[:30].decode("utf-8", "ignore")
        self.stage_table = None  # named in check(): <stem>__part_<server epoch ms>_<random>
        self.staged = False
        self.count = None
        self.has_geometry = True

    # -- naming
    def label(self):
        return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "table {table} in {where}"),
                    table=f"{quote_ident(self.schema)}.{quote_ident(self.table)}", where=describe(self.uri))

    def public_uri(self, table=None, keep_password=False):
        """The URI of the final (or another) table, without password (unless keep_password: for
        the layer object Processing loads, never for a message or result)."""
        uri = QgsDataSourceUri(self.uri.uri(False))
        uri.setDataSource(self.schema, table or self.table, self.geom if self.has_geometry else "",
                          "", self.key)
        if not keep_password:
            uri.setPassword("")
        return uri.uri(False)

    def stage_destination(self):
        """The Processing destination string of the side table (for createFeatureSink)."""
        uri = QgsDataSourceUri(self.uri.uri(False))
        uri.setDataSource(self.schema, self.stage_table, self.geom if self.has_geometry else "",
                          "", self.key)
        return "postgis:" + uri.uri(False)

    def qualified(self, table=None):
        return f"{quote_ident(self.schema)}.{quote_ident(table or self.table)}"

    def same_table(self, source):
        """True when the layer source `source` reads this target table."""
        text = database_uri(source) if database_uri(source) is not None else source
        try:
            other = QgsDataSourceUri(text)
        except Exception:  # noqa: BLE001 - not a database URI
            return False
        if not other.table() or "table=" not in str(text):
            return False
        return ((other.schema() or "public", other.table()) == (self.schema, self.table)
                and other.database() == self.uri.database() and other.host() == self.uri.host()
                and (other.port() or "5432") == (self.uri.port() or "5432")
                and other.service() == self.uri.service())

    def _sql(self, conn, statement, params=None):
        try:
            return query(conn, statement, params)
        except Exception as exc:  # noqa: BLE001 - psycopg2.Error
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value}: {reason}"),
                name=self.name, value=self.label(), reason=_reason(exc)) from None

    # -- before computing
    def check(self, inputs=()):
        for source in inputs:
            if self.same_table(source):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: {value} is an input of this run: choose another table, the input would be "
                    "replaced."),
                    name=self.name, value=self.label())
        conn = connect(self.uri, self.name)
        try:
            self._check(conn)
        finally:
            _close(conn)

    def _check(self, conn):
        rows = self._sql(conn,
            "SELECT current_user, (SELECT count(*) FROM pg_namespace WHERE nspname = %(s)s), "
            "has_schema_privilege(current_user, (SELECT oid FROM pg_namespace WHERE nspname = "
            "%(s)s), 'CREATE'), to_regclass(%(t)s) IS NOT NULL, pg_is_in_recovery()",
            {"s": self.schema, "t": self.qualified()})
        user, schema_exists, may_create, exists, read_only = rows[0]
        if not int(schema_exists):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: the schema '{schema}' does not exist in {describe}."),
                name=self.name, schema=self.schema, describe=describe(self.uri))
        if read_only:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {describe} is read-only (a standby server); nothing can be written there."),
                name=self.name, describe=describe(self.uri))
        if not may_create:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: the role '{user}' may not create tables in schema '{schema}' of {describe} "
                "(writing refused); ask for CREATE privilege or choose another schema."),
                name=self.name, user=user, schema=self.schema, describe=describe(self.uri))
        self._clear_remains(conn)
        if exists:
            owner = self._sql(conn, "SELECT pg_has_role(current_user, c.relowner, 'USAGE'), "
                              "c.relkind FROM pg_class c WHERE c.oid = to_regclass(%s)",
                              [self.qualified()])[0]
            if str(owner[1]) not in ("r", "p"):
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: {value} exists and is not a table (a view or other relation); it is not "
                    "replaced."),
                    name=self.name, value=self.label())
            if not owner[0]:
                raise InputError(QT_TRANSLATE_NOOP(
                    "MilieuAtlas", "{name}: the role '{user}' may not replace {value} (only its owner may; writing refused)."),
                    name=self.name, user=user, value=self.label())

    def _clear_remains(self, conn):
        """Names this run's side table, and drops side tables of the same target left by runs
        whose server stopped before they could clean up (created before the server started:
        no session that made them is alive)."""
        now, started = self._sql(conn,  # milliseconds: a restart may follow within the second
            "SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, "
            "floor(extract(epoch FROM pg_postmaster_start_time()) * 1000)::bigint")[0]
        self.stage_table = f"{self.stem}__part_{int(now)}_{secrets.token_hex(4)}"
        pattern = re.compile(re.escape(self.stem) + r"__part_(\d+)_[0-9a-f]{8}$")
        names = self._sql(conn, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                          "c.relnamespace WHERE n.nspname = %s AND c.relkind = 'r' AND "
                          "position('__part_' in c.relname) > 0", [self.schema])
        for (name,) in names:
            match = pattern.match(str(name))
            if match and int(match.group(1)) < int(started):
                try:
                    query(conn, f"DROP TABLE IF EXISTS {self.qualified(name)}")
                except Exception:  # noqa: BLE001 - another role's remains: left alone
                    pass

    # -- at the end
    def commit(self, comment, expected):
        """Checks the side table, indexes it and swaps it in: one transaction on a new connection
        of our own, made durable before it returns (synchronous_commit on for it, whatever the
        server's default: an asynchronous commit is lost when the server crashes soon after);
        then reads the table back on another new connection. Anything not as written → a loud
        InputError."""
        import psycopg2

        stage = self.qualified(self.stage_table)
        try:
            conn = connect(self.uri, self.name, autocommit=False)
        except InputError as exc:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{error} The table was not changed."),
                error=exc) from None
        try:
            swapped = self._swap(conn, stage, comment, expected)
        except InputError as exc:
            _rollback(conn)
            _close(conn)
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{error} The table was not changed."),
                error=exc) from None
        except psycopg2.Error as exc:
            _rollback(conn)
            _close(conn)
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: could not write {value} ({reason}); the table was not changed."),
                name=self.name, value=self.label(), reason=_reason(exc)) from None
        failed = None
        try:
            commit_transaction(conn)
        except psycopg2.Error as exc:  # the COMMIT may have reached the server or not: read back
            failed = _reason(exc)
        finally:
            _close(conn)
        self._verify(swapped, stage, comment, expected, failed)
        self.staged = False  # (until verified, a failed run's discard drops a side table left)

    def _swap(self, conn, stage, comment, expected):
        """The swap's statements (in the caller's transaction); returns the side table's oid."""
        target = self.qualified()
        self._sql(conn, "SET LOCAL synchronous_commit = on")
        found = self._sql(conn, "SELECT to_regclass(%s)::oid", [stage])[0][0]
        if found is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value}: the rows written to the side table {stage} are gone (did the server "
                "restart during the run?)."),
                name=self.name, value=self.label(), stage=stage)
        count = int(self._sql(conn, f"SELECT count(*) FROM {stage}")[0][0])
        if count != expected:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value}: only {count} of {expected} features arrived."),
                name=self.name, value=self.label(), count=count, expected=expected)
        if self.has_geometry:
            index = quote_ident(f"{self.stage_table}_{self.geom}_gist"[:63])
            self._sql(conn, f"CREATE INDEX {index} ON {stage} USING gist ({quote_ident(self.geom)})")
        self._sql(conn, f"ANALYZE {stage}")
        # the old table's lock is taken only now: readers wait for the swap alone
        self._sql(conn, f"DROP TABLE IF EXISTS {target}")
        self._sql(conn, f"ALTER TABLE {stage} RENAME TO {quote_ident(self.table)}")
        self._sql(conn, f"COMMENT ON TABLE {target} IS %s", [comment])
        now = self._sql(conn, f"SELECT to_regclass(%s)::oid, obj_description(to_regclass(%s), "
                        f"'pg_class'), (SELECT count(*) FROM {target})", [target, target])[0]
        if (now[0], now[1], int(now[2])) != (found, comment, expected):
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value}: the swap did not take effect inside its transaction; rolled back."),
                name=self.name, value=self.label())
        return found

    def _verify(self, oid, stage, comment, expected, failed=None):
        """After COMMIT, on a new connection: the target is the side table we renamed (its
        comment and row count as written), or — when another run replaced it since — our side
        table is gone. Otherwise the swap did not happen (silently, or `failed`: the COMMIT's
        error): a loud error."""
        problem = None
        try:
            conn = connect(self.uri, self.name, autocommit=False)
            try:
                problem = self._read_back(conn, oid, stage, comment, expected)
            finally:
                _rollback(conn)
                _close(conn)
        except InputError as exc:
            problem = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "it could not be read back ({error})"), error=exc)
        if problem and failed:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value} was not written as expected (COMMIT failed: {failed}): {problem}. "
                "Check the table before using it."),
                name=self.name, value=self.label(), failed=failed, problem=problem)
        if problem:
            raise InputError(QT_TRANSLATE_NOOP(
                "MilieuAtlas", "{name}: {value} was not written as expected: {problem}. Check the table before "
                "using it."),
                name=self.name, value=self.label(), problem=problem)

    def _read_back(self, conn, oid, stage, comment, expected):
        """What is wrong with the target (None: nothing). The table is locked (ACCESS SHARE) before
        it is looked at, so that no other run replaces it between the looks."""
        target = self.qualified()
        if self._sql(conn, "SELECT to_regclass(%s) IS NOT NULL", [target])[0][0]:
            self._sql(conn, f"LOCK TABLE {target} IN ACCESS SHARE MODE")
        now, left = self._sql(conn, "SELECT to_regclass(%s)::oid, to_regclass(%s)::oid",
                              [target, stage])[0]
        if left is not None:
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "the side table is still there: the swap did not happen"))
        if now is None:
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "the table does not exist after the swap"))
        if now != oid:
            return None  # another run replaced it since (after our swap: our side table is gone)
        got = self._sql(conn, f"SELECT obj_description(%s, 'pg_class'), (SELECT count(*) FROM "
                        f"{target})", [oid])[0]
        if got[0] != comment or int(got[1]) != expected:
            if got[0] != comment:
                return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "it holds {rows} rows (expected {expected}) and "
                                              "another comment than the one written"),
                            rows=got[1], expected=expected)
            return Text(QT_TRANSLATE_NOOP("MilieuAtlas", "it holds {rows} rows (expected {expected})"),
                        rows=got[1], expected=expected)
        return None

    def discard(self):
        """Drops the side table (if the server is still there)."""
        if not self.staged:
            return
        self.staged = False
        try:
            conn = connect(self.uri, self.name)
        except Exception:  # noqa: BLE001 - the run failed already; its error is reported
            return
        try:
            query(conn, f"DROP TABLE IF EXISTS {self.qualified(self.stage_table)}")
        except Exception:  # noqa: BLE001 - likewise
            pass
        finally:
            _close(conn)


def _rollback(conn):
    try:
        conn.rollback()
    except Exception:  # noqa: BLE001 - the connection is gone: the server rolled back
        pass


# ------------------------------------------------------------------------------ reading points
_INTEGER_KEYS = {"int2", "int4", "int8", "smallint", "integer", "bigint", "serial", "bigserial",
                 "serial4", "serial8"}


def point_columns(layer, label, fields, chunk):
    """Generator of (fids, x, y, {field: values}) chunks of a PostGIS point table read as columns;
    None when that is not possible (not PostGIS, not single points, a subset or query, no single
    integer key, a non-numeric field, no psycopg2 or no login: the feature-by-feature path then
    reads it and names what is wrong).

    One read: each row's key (QGIS's feature id), x, y and values travel together in PostgreSQL's
    binary COPY format, fixed-size rows parsed with numpy, so values are paired with their point
    by the row itself, never by the order of two reads. Pages are ranges of the table's blocks
    (ctid, PostgreSQL >= 14) read in REPEATABLE READ on one snapshot (every row exactly once, as of
    one moment), by two connections sharing that snapshot (pg_export_snapshot), each copying a
    page ahead in a worker thread while the caller locates the current one. A NULL value or a
    geometry that is no point raises join_points._NotColumnar part way (the caller starts again
    feature by feature, which names the feature)."""
    from qgis.core import QgsWkbTypes

    if layer is None or layer.providerType() != "postgres" or layer.subsetString():
        return None
    if QgsWkbTypes.flatType(layer.wkbType()) != QgsWkbTypes.Point:
        return None
    uri = QgsDataSourceUri(layer.source())
    table, geom = uri.table(), uri.geometryColumn()
    if not table or table.lstrip().startswith("(") or uri.sql() or not geom:
        return None
    provider = layer.dataProvider()
    pk = list(provider.pkAttributeIndexes()) if hasattr(provider, "pkAttributeIndexes") else []
    names = layer.fields().names()
    if len(pk) != 1 or layer.fields()[pk[0]].typeName().lower() not in _INTEGER_KEYS:
        return None
    if any(f not in names or not layer.fields().field(f).isNumeric() for f in fields):
        return None
    what = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}'"), layer=label)
    try:
        conn = connect(uri, what, autocommit=False)
    except InputError:
        return None
    try:
        conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        relation = f"{quote_ident(uri.schema() or 'public')}.{quote_ident(table)}"
        pages = _block_pages(conn, relation, chunk)
    except Exception:  # noqa: BLE001 - psycopg2.Error: the feature path reads it and says why
        _close(conn)
        return None
    conns = [conn] + ([_twin(conn, uri, what)] if len(pages) > 1 else [])
    conns = [c for c in conns if c is not None]
    key, g = quote_ident(names[pk[0]]), quote_ident(geom)
    columns = [f"{key}::int8", f"coalesce(ST_X({g}), 'NaN')", f"coalesce(ST_Y({g}), 'NaN')"]
    columns += [f"coalesce({quote_ident(f)}::float8, 'NaN')" for f in fields]
    if fields:  # 1 where a value is NULL (the NaN above would hide it)
        columns.append("(" + " OR ".join(f"{quote_ident(f)} IS NULL" for f in fields) + ")::int4")
    select = f"SELECT {', '.join(columns)} FROM {relation}"
    row = [("fid", ">i8"), ("x", ">f8"), ("y", ">f8")] + [(f"v{i}", ">f8")
                                                           for i in range(len(fields))]
    if fields:
        row.append(("null", ">i4"))
    lost = Text(QT_TRANSLATE_NOOP("MilieuAtlas", "{what}: reading {relation} from {where} failed"), what=what,
                relation=relation, where=describe(uri))
    return _copy_batches(conns, select, pages, row, fields, lost)


def _block_pages(conn, relation, chunk):
    """WHERE clauses splitting a table into pages of about `chunk` rows by block (ctid) ranges;
    [""] (one page) for views, partitioned tables and servers before PostgreSQL 14 (no TID range
    scans there). The last page is open-ended: no row in a block beyond the measured size is lost."""
    kind, pages, tuples, version, blocks = query(
        conn, "SELECT c.relkind, c.relpages, c.reltuples, current_setting('server_version_num')::int, "
        "pg_relation_size(c.oid) / current_setting('block_size')::int FROM pg_class c "
        "WHERE c.oid = to_regclass(%s)", [relation])[0]
    if kind not in ("r", "m") or int(version) < 140000 or not blocks:
        return [""]
    per_block = float(tuples) / pages if pages and tuples and tuples > 0 else 100.0
    step = max(1, int(chunk / max(per_block, 1.0)))
    starts = list(range(0, int(blocks), step))
    return [f"WHERE ctid >= '({a},0)'::tid" + (f" AND ctid < '({a + step},0)'::tid"
                                                if i < len(starts) - 1 else "")
            for i, a in enumerate(starts)]


def _twin(conn, uri, what):
    """A second connection reading the same snapshot as `conn` (pg_export_snapshot): two server
    processes copy pages at once, and every row is still read exactly once, as of one moment.
    None when that is refused (e.g. no connection slot left): then one connection reads all."""
    twin = None
    try:
        snapshot = query(conn, "SELECT pg_export_snapshot()")[0][0]
        twin = connect(uri, what, autocommit=False)
        twin.set_session(isolation_level="REPEATABLE READ", readonly=True)
        query(twin, "SET TRANSACTION SNAPSHOT %s", [snapshot])
        return twin
    except Exception:  # noqa: BLE001 - InputError / psycopg2.Error
        if twin is not None:
            _close(twin)
        return None


def _copy_batches(conns, select, pages, row, fields, lost):
    """Generator of the chunks: page i is copied on connection i % len(conns), as many pages ahead
    as there are connections. A lost connection → InputError starting with `lost`."""
    import io
    import threading
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    import numpy as np

    from .join_points import _NotColumnar

    layout = [("n", ">i2")]
    for name, kind in row:
        layout += [(f"len_{name}", ">i4"), (name, kind)]
    dtype = np.dtype(layout)
    sizes = {name: np.dtype(kind).itemsize for name, kind in row}
    stop = threading.Event()

    def fetch(conn, where):
        """One page as a structured array (in a worker thread)."""
        if stop.is_set():
            return None
        buf = io.BytesIO()
        with conn.cursor() as cur:
            cur.copy_expert(f"COPY ({select} {where}) TO STDOUT (FORMAT binary)", buf)
        data = buf.getbuffer()
        if len(data) < 21 or bytes(data[:11]) != b"PGCOPY\n\xff\r\n\x00":
            raise _NotColumnar()
        start = 19 + int.from_bytes(data[15:19], "big")
        body = data[start:len(data) - 2]
        if len(body) % dtype.itemsize:
            raise _NotColumnar()
        rows = np.frombuffer(body, dtype=dtype).copy()
        del body, data
        if rows.size and (np.any(rows["n"] != len(row)) or any(
                np.any(rows[f"len_{name}"] != size) for name, size in sizes.items())):
            raise _NotColumnar()
        return rows

    def batches():
        import psycopg2

        pool = ThreadPoolExecutor(max_workers=len(conns))
        pending = deque()
        try:
            for i in range(min(len(conns), len(pages))):
                pending.append(pool.submit(fetch, conns[i % len(conns)], pages[i]))
            for i in range(len(pages)):
                try:
                    rows = pending.popleft().result()
                except psycopg2.OperationalError as exc:  # the server or connection went away
                    raise InputError(QT_TRANSLATE_NOOP(
                        "MilieuAtlas", "{lost} ({reason}); nothing was written."),
                        lost=lost, reason=_reason(exc)) from None
                except psycopg2.Error:  # e.g. ST_X of a multipoint in a generic geometry column
                    raise _NotColumnar() from None
                ahead = i + len(conns)
                if ahead < len(pages):
                    pending.append(pool.submit(fetch, conns[ahead % len(conns)], pages[ahead]))
                if rows is None or not rows.size:
                    continue
                if fields and np.any(rows["null"]):
                    raise _NotColumnar()  # the feature path names the feature with the NULL
                yield (rows["fid"].astype(np.int64), rows["x"].astype(np.float64),
                       rows["y"].astype(np.float64),
                       {f: rows[f"v{j}"].astype(np.float64) for j, f in enumerate(fields)})
                del rows
        finally:
            stop.set()
            if any(not f.done() for f in pending):
                for conn in conns:
                    try:
                        conn.cancel()  # a cancelled or failed run does not wait for the pages
                    except Exception:  # noqa: BLE001 - the connection is gone already
                        pass
            pool.shutdown(wait=True)
            for conn in conns:
                _rollback(conn)
                _close(conn)

    return batches()
