"""A throwaway PostgreSQL + PostGIS cluster for the tests and `make bench` (no system service).

initdb/pg_ctl of Debian's `postgresql` package (found under /usr/lib/postgresql/*/bin) in a
temporary folder, listening on a Unix socket only (listen_addresses=''), run as an unprivileged
user when we are root (initdb refuses root). The packages come from `make setup`
(scripts/bootstrap.sh): a missing server is an error saying so, never a skipped test.
"""
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time

SETUP_HINT = ("PostgreSQL/PostGIS are missing: run `make setup` (installs Debian's `postgresql` and "
              "`postgis` packages) or `apt-get install postgresql postgis`.")


class ClusterError(RuntimeError):
    pass


def find_bin():
    """The newest /usr/lib/postgresql/<major>/bin holding initdb, with PostGIS installed for it."""
    found = []
    for path in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        major = path.split("/")[4]
        ext = f"/usr/share/postgresql/{major}/extension/postgis.control"
        if os.path.exists(ext):
            found.append((int(major) if major.isdigit() else 0, os.path.dirname(path)))
    if not found:
        raise ClusterError(SETUP_HINT)
    return sorted(found)[-1][1]


def _owner():
    """(user name, uid, gid) to run the server as: ourselves, or `nobody` when we are root."""
    if os.getuid() != 0:
        pw = pwd.getpwuid(os.getuid())
        return pw.pw_name, None
    for name in ("postgres", "nobody"):
        try:
            pw = pwd.getpwnam(name)
            return name, pw
        except KeyError:
            continue
    raise ClusterError("Running as root and neither user 'postgres' nor 'nobody' exists to run "
                       "the test server as.")


class Cluster:
    """start() → a running server; dsn(**kw) / uri(...) to reach it; stop() removes everything."""

    def __init__(self, dbname="atlas"):
        self.bin = find_bin()
        self.dbname = dbname
        self.root = tempfile.mkdtemp(prefix="milieu-pg-")
        self.data = os.path.join(self.root, "data")
        self.socket_dir = os.path.join(self.root, "sock")
        self.port = 5432 + (os.getpid() % 1000) + 1000
        self.user, self._pw = _owner()
        self.superuser = "atlas_admin"
        os.makedirs(self.socket_dir)
        os.chmod(self.root, 0o755)
        if self._pw is not None:
            for p in (self.root, self.socket_dir):
                os.chown(p, self._pw.pw_uid, self._pw.pw_gid)

    def _run(self, args, check=True, **kw):
        if self._pw is not None:
            env = dict(os.environ, HOME=self.root)

            def demote(uid=self._pw.pw_uid, gid=self._pw.pw_gid):
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            kw.setdefault("preexec_fn", demote)
            kw.setdefault("env", env)
        proc = subprocess.run(args, capture_output=True, text=True, cwd=self.root, **kw)
        if check and proc.returncode != 0:
            raise ClusterError(f"{' '.join(args[:2])} failed: {proc.stderr.strip() or proc.stdout.strip()}")
        return proc

    def start(self):
        self._run([os.path.join(self.bin, "initdb"), "-D", self.data, "-U", self.superuser,
                   "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8" if _has_c_utf8() else "--locale=C"])
        with open(os.path.join(self.data, "postgresql.conf"), "a") as fh:
            fh.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.socket_dir}'\n"
                     f"port = {self.port}\nfsync = off\nsynchronous_commit = off\n"
                     "full_page_writes = off\nshared_buffers = 64MB\nmax_connections = 40\n")
        with open(os.path.join(self.data, "pg_hba.conf"), "w") as fh:
            # md5 for the role with a password (tests of refused logins), trust for the rest
            fh.write("local all atlas_secret md5\nlocal all all trust\n")
        self.resume()
        self.psql_admin(f"CREATE DATABASE {self.dbname}", db="postgres")
        self.execute("CREATE EXTENSION postgis")
        return self

    def resume(self):
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l",
                   os.path.join(self.root, "server.log"), "-w", "-t", "60", "start"])

    def halt(self, mode="immediate"):
        """Stops the server (immediate = as if killed); resume() starts it again."""
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", mode, "-w", "stop"],
                  check=False)

    def stop(self):
        self.halt("fast")
        shutil.rmtree(self.root, ignore_errors=True)

    # -- reaching it
    def conninfo(self, user=None, db=None, password=None):
        parts = [f"dbname={db or self.dbname}", f"host={self.socket_dir}", f"port={self.port}",
                 f"user={user or self.superuser}"]
        if password:
            parts.append(f"password={password}")
        return " ".join(parts)

    def connect(self, **kw):
        import psycopg2

        conn = psycopg2.connect(self.conninfo(**kw))
        conn.autocommit = True
        return conn

    def execute(self, sql, params=None, db=None):
        conn = self.connect(db=db)
        try:
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else None
        finally:
            conn.close()

    def psql_admin(self, sql, db=None):
        return self.execute(sql, db=db)

    def layer_uri(self, table, schema="public", geom="geom", key="fid", user=None, password=None,
                  sql=None):
        """The QGIS data source URI of a table (geom=None for a table without geometry)."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        uri.setConnection(self.socket_dir, str(self.port), self.dbname, user or self.superuser,
                          password or "")
        uri.setDataSource(schema, table, geom, sql or "", key)
        return uri.uri(False)


def _has_c_utf8():
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    except OSError:
        return False
    return "c.utf8" in out or "c.utf-8" in out


def wait_until(predicate, timeout=20.0, step=0.05):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False
