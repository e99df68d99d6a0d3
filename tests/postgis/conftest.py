"""Session fixture: a throwaway PostgreSQL + PostGIS server holding the Berlin sample.

Tables (schema public):
* plr      — the 542 Planungsräume 2021 (fid serial primary key, plr_id, plr_name, bez, geom
             MultiPolygon EPSG:25833), from resources/sample/berlin/lor_planungsraeume_2021_shp
* t1_2024  — the 2024 t1 table of the Planungsräume (id text primary key, counts as integers)
* plr_t1   — plr with the t1 counts of 2024 (fid primary key, geom)
"""
import csv

import pytest

from ..conftest import PLR_SHP, T1_2024_PLR
from .cluster import Cluster, ClusterError

T1_FIELDS = ("inhabitants", "inhabitants_with_migration_background", "inhabitants_foreigners",
             "inhabitants_germans")


def load_berlin(cluster):
    from psycopg2.extras import execute_values
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(PLR_SHP), "plr", "ogr")
    assert layer.isValid(), PLR_SHP
    rows = [(f["PLR_ID"], f["PLR_NAME"], f["BEZ"], bytes(f.geometry().asWkb()))
            for f in layer.getFeatures()]
    with open(T1_2024_PLR, encoding="utf-8") as fh:
        t1 = [(r["id"],) + tuple(int(r[k]) for k in T1_FIELDS) for r in csv.DictReader(fh)]
    conn = cluster.connect()
    with conn.cursor() as cur:
        cur.execute("CREATE TABLE plr (fid serial PRIMARY KEY, plr_id text UNIQUE NOT NULL, "
                    "plr_name text, bez text, geom geometry(MultiPolygon, 25833))")
        execute_values(cur, "INSERT INTO plr (plr_id, plr_name, bez, geom) VALUES %s", rows,
                       template="(%s, %s, %s, ST_Multi(ST_GeomFromWKB(%s, 25833)))")
        cur.execute("CREATE INDEX plr_geom_idx ON plr USING gist (geom)")
        cur.execute("CREATE TABLE t1_2024 (id text PRIMARY KEY, "
                    + ", ".join(f"{k} integer" for k in T1_FIELDS) + ")")
        execute_values(cur, "INSERT INTO t1_2024 VALUES %s", t1)
        cur.execute("CREATE TABLE plr_t1 AS SELECT p.fid, p.plr_id, p.plr_name, "
                    + ", ".join(f"t.{k}" for k in T1_FIELDS)
                    + ", p.geom FROM plr p JOIN t1_2024 t ON t.id = p.plr_id")
        cur.execute("ALTER TABLE plr_t1 ADD PRIMARY KEY (fid)")
        cur.execute("ANALYZE")
    conn.close()


@pytest.fixture(scope="session")
def pg(qgis_app):
    """The running server with the Berlin sample; stopped and removed after the session."""
    try:
        cluster = Cluster().start()
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        load_berlin(cluster)
        yield cluster
    finally:
        import gc

        gc.collect()  # layers and iterators of failed runs close their connections now
        cluster.stop()
