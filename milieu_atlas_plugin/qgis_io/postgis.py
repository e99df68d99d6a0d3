"""PostgreSQL/PostGIS destinations under the one write path (files.OutputRun).

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
   sees the old or the new table, never half of one;
4. on failure or cancel ``discard`` drops the side table; when the server itself went away, the
   next run to the same target drops the side tables made before the server's restart.

SQL runs through QGIS's provider connection API (QgsAbstractDatabaseProviderConnection), no
extra package. Every identifier is quoted, every literal escaped; passwords are removed from
every message (``scrub``).
"""
import re
import secrets

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..errors import InputError

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


def quote_literal(text):
    """A PostgreSQL string literal that means the same whatever standard_conforming_strings is."""
    text = str(text).replace("\x00", "")
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def describe(uri):
    """'database "x" on host y, port p' — for messages (no user, no password)."""
    host = uri.host() or "localhost (default socket)"
    where = f"database '{uri.database()}' on host '{host}'"
    if uri.port():
        where += f", port {uri.port()}"
    if uri.service():
        where = f"service '{uri.service()}' ({where})" if uri.database() else f"service '{uri.service()}'"
    return where


def _reason(exc):
    """The server's reason from a provider exception, without connection strings or passwords."""
    text = scrub(str(exc.args[0]) if getattr(exc, "args", None) else str(exc))
    text = re.sub(r"Connection to database failed\s*", "", text).strip()
    text = " ".join(text.split())
    return text[:300] or "unknown error"


def connect(uri, what):
    """A QgsAbstractDatabaseProviderConnection for `uri`; a refused login → InputError naming
    host and database (never the password). QGIS raises a bare "Connection failed: <conninfo>"
    (password included): the server's reason is taken from QGIS's message log instead."""
    from qgis.core import QgsApplication

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise InputError("This QGIS has no PostgreSQL provider: cannot write to a database.")
    logged = []

    def collect(message, tag, _level):
        if tag == "PostGIS":
            logged.append(message)

    log = QgsApplication.messageLog()
    log.messageReceived.connect(collect)
    try:
        conn = metadata.createConnection(uri.uri(False), {})
        conn.executeSql("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - QgsException / QgsProviderConnectionException
        reason = _server_reason(logged) or _reason(exc)
        raise InputError(f"{what}: cannot connect to {describe(uri)} as user "
                         f"'{uri.username() or '(default)'}': {reason}") from None
    finally:
        log.messageReceived.disconnect(collect)
    return conn


def _server_reason(messages):
    """'password authentication failed for user "x"' from libpq's text in QGIS's log."""
    for message in reversed(messages):
        for line in reversed(str(message).splitlines()):
            match = re.search(r"(?:FATAL|ERROR):\s*(.+)$", line)
            if match:
                return scrub(match.group(1).strip())
            if "failed:" in line:
                return scrub(line.split("failed:", 1)[1].strip())
    return ""


class PgTarget:
    """One database destination of a run (see the module docstring)."""

    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.uri = QgsDataSourceUri(database_uri(text) or text)
        self.schema = self.uri.schema() or "public"
        self.table = self.uri.table()
        if not self.table:
            raise InputError(f"{name}: the database destination names no table (give "
                             "table=\"schema\".\"name\" in the URI).")
        if self.table.lstrip().startswith("("):
            raise InputError(f"{name}: a query cannot be a destination; give a table name.")
        self.geom = self.uri.geometryColumn() or "geom"
        self.key = self.uri.keyColumn() or "fid"
        self.stem = self.table.encode("utf-8")[:30].decode("utf-8", "ignore")
        self.stage_table = None  # named in check(): <stem>__part_<server epoch ms>_<random>
        self.conn = None
        self.staged = False
        self.count = None
        self.has_geometry = True

    # -- naming
    def label(self):
        return f"table {quote_ident(self.schema)}.{quote_ident(self.table)} in {describe(self.uri)}"

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

    # -- before computing
    def check(self, inputs=()):
        for source in inputs:
            if self.same_table(source):
                raise InputError(f"{self.name}: {self.label()} is an input of this run: choose "
                                 "another table, the input would be replaced.")
        self.conn = connect(self.uri, self.name)
        schema, table = quote_literal(self.schema), quote_literal(self.qualified())
        rows = self.sql(
            f"SELECT current_user, (SELECT count(*) FROM pg_namespace WHERE nspname = {schema}), "
            f"has_schema_privilege(current_user, (SELECT oid FROM pg_namespace WHERE nspname = "
            f"{schema}), 'CREATE'), to_regclass({table}) IS NOT NULL, "
            f"pg_is_in_recovery()")
        user, schema_exists, may_create, exists, read_only = rows[0]
        if not int(schema_exists):
            raise InputError(f"{self.name}: the schema '{self.schema}' does not exist in "
                             f"{describe(self.uri)}.")
        if _true(read_only):
            raise InputError(f"{self.name}: {describe(self.uri)} is read-only (a standby server); "
                             "nothing can be written there.")
        if not _true(may_create):
            raise InputError(f"{self.name}: the role '{user}' may not create tables in schema "
                             f"'{self.schema}' of {describe(self.uri)} (writing refused); ask for "
                             "CREATE privilege or choose another schema.")
        self._clear_remains()
        if _true(exists):
            owner = self.sql(f"SELECT pg_has_role(current_user, c.relowner, 'USAGE'), c.relkind "
                             f"FROM pg_class c WHERE c.oid = to_regclass({table})")[0]
            if str(owner[1]) not in ("r", "p"):
                raise InputError(f"{self.name}: {self.label()} exists and is not a table (a view "
                                 "or other relation); it is not replaced.")
            if not _true(owner[0]):
                raise InputError(f"{self.name}: the role '{user}' may not replace {self.label()} "
                                 "(only its owner may; writing refused).")

    def _clear_remains(self):
        """Names this run's side table, and drops side tables of the same target left by runs
        whose server stopped before they could clean up (created before the server started:
        no session that made them is alive)."""
        now, started = self.sql(  # milliseconds: a restart may follow within the second
            "SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint, "
            "floor(extract(epoch FROM pg_postmaster_start_time()) * 1000)::bigint")[0]
        self.stage_table = f"{self.stem}__part_{int(now)}_{secrets.token_hex(4)}"
        pattern = re.compile(re.escape(self.stem) + r"__part_(\d+)_[0-9a-f]{8}$")
        names = self.sql("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                         f"c.relnamespace WHERE n.nspname = {quote_literal(self.schema)} AND "
                         "c.relkind = 'r' AND position('__part_' in c.relname) > 0")
        for (name,) in names:
            match = pattern.match(str(name))
            if match and int(match.group(1)) < int(started):
                try:
                    self.conn.executeSql(f"DROP TABLE IF EXISTS {self.qualified(name)}")
                except Exception:  # noqa: BLE001 - another role's remains: left alone
                    pass

    def sql(self, statement):
        try:
            return self.conn.executeSql(statement)
        except Exception as exc:  # noqa: BLE001 - QgsException / QgsProviderConnectionException
            raise InputError(f"{self.name}: {self.label()}: {_reason(exc)}") from None

    # -- at the end
    def commit(self, comment, expected):
        """Checks the side table, indexes it and swaps it in (one transaction)."""
        stage = self.qualified(self.stage_table)
        try:
            # a fresh connection: the server may have restarted since the check
            self.conn = connect(self.uri, self.name)
            count = int(self.sql(f"SELECT count(*) FROM {stage}")[0][0])
            if count != expected:
                raise InputError(f"{self.name}: {self.label()}: only {count} of {expected} "
                                 "features arrived.")
            if self.has_geometry:
                index = quote_ident(f"{self.stage_table}_{self.geom}_gist"[:63])
                self.sql(f"CREATE INDEX {index} ON {stage} USING gist ({quote_ident(self.geom)})")
            # one simple query = one implicit transaction: all of it or none of it
            self.conn.executeSql(
                f"DROP TABLE IF EXISTS {self.qualified()}; "
                f"ALTER TABLE {stage} RENAME TO {quote_ident(self.table)}; "
                f"COMMENT ON TABLE {self.qualified()} IS {quote_literal(comment)}; "
                f"ANALYZE {self.qualified()}")
        except InputError as exc:
            raise InputError(f"{exc} The table was not changed.") from None
        except Exception as exc:  # noqa: BLE001 - QgsException / QgsProviderConnectionException
            raise InputError(f"{self.name}: could not write {self.label()} ({_reason(exc)}); "
                             "the table was not changed.") from None
        self.staged = False

    def discard(self):
        """Drops the side table (if the server is still there)."""
        if not self.staged:
            return
        self.staged = False
        try:
            conn = connect(self.uri, self.name)
            conn.executeSql(f"DROP TABLE IF EXISTS {self.qualified(self.stage_table)}")
        except Exception:  # noqa: BLE001 - the run failed already; its error is reported
            pass


def _true(value):
    return value is True or str(value).lower() in ("t", "true", "1")


# ------------------------------------------------------------------------------ reading points
_INTEGER_KEYS = {"int2", "int4", "int8", "smallint", "integer", "bigint", "serial", "bigserial",
                 "serial4", "serial8"}


def point_columns(layer, label, fields, chunk):
    """Generator of (fids, x, y, {field: values}) chunks of a PostGIS point table read as columns
    (the server packs each chunk into one binary string, keyset-paged on the integer primary
    key, which is QGIS's feature id); None when that is not possible (not PostGIS, not single
    points, a subset or query, no single integer key, a non-numeric field, a NULL value: the
    feature-by-feature path then reads it and names what is wrong)."""
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
    try:
        conn = connect(uri, f"Layer '{label}'")
    except InputError:
        return None
    relation = f"{quote_ident(uri.schema() or 'public')}.{quote_ident(table)}"
    key, g = quote_ident(names[pk[0]]), quote_ident(geom)
    if fields:
        nulls = " OR ".join(f"{quote_ident(f)} IS NULL" for f in fields)
        if _true(conn.executeSql(f"SELECT EXISTS (SELECT 1 FROM {relation} WHERE {nulls})")[0][0]):
            return None
    nan = "float8send('NaN'::float8)"
    packed = " || ".join([f"int8send({key}::int8)", f"coalesce(float8send(ST_X({g})), {nan})",
                          f"coalesce(float8send(ST_Y({g})), {nan})"]
                         + [f"float8send({quote_ident(f)}::float8)" for f in fields])
    columns = ", ".join([key, g] + [quote_ident(f) for f in fields if quote_ident(f) != key])
    dtype = [("fid", ">i8"), ("x", ">f8"), ("y", ">f8")] + [(f"v{i}", ">f8")
                                                           for i in range(len(fields))]

    def fetch(last):
        where = "" if last is None else f"WHERE {key} > {int(last)}"
        rows = conn.executeSql(
            f"SELECT encode(string_agg({packed}, ''::bytea), 'base64') FROM (SELECT {columns} "
            f"FROM {relation} {where} ORDER BY {key} LIMIT {int(chunk)}) AS page")
        text = rows[0][0] if rows else None
        if not text or (hasattr(text, "isNull") and text.isNull()):
            return None
        return str(text)

    def batches():
        """The server packs the next page while this one is located (one page ahead)."""
        import base64
        from concurrent.futures import ThreadPoolExecutor

        import numpy as np

        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(fetch, None)
            while pending is not None:
                text = pending.result()
                if text is None:
                    return
                data = np.frombuffer(base64.b64decode(text), dtype=dtype)
                fid = data["fid"].astype(np.int64)
                pending = pool.submit(fetch, int(fid.max())) if data.size >= chunk else None
                yield (fid, data["x"].astype(np.float64), data["y"].astype(np.float64),
                       {f: data[f"v{i}"].astype(np.float64) for i, f in enumerate(fields)})

    return batches()
