"""PostgreSQL connections: Django's pool (DB_POOL) and PgBouncer's needs, from the
environment, and the pool at work on the real database."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
PG = "postgres://postgres@127.0.0.1:5432/newsroom"


def run(env, script):
    """``script`` with Django set up under ``env``; its last printed line, as JSON, or the
    error it stopped on."""
    base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CONN_MAX_AGE")}
    result = subprocess.run(
        [sys.executable, "-c", "import json, django; django.setup()\n" + script],
        env=base | {"DJANGO_SETTINGS_MODULE": "newsroom.settings", "LOG_LEVEL": "WARNING"} | env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


DATABASE = """
from django.conf import settings
db = settings.DATABASES["default"]
print(json.dumps({"pool": db.get("OPTIONS", {}).get("pool"), "age": db["CONN_MAX_AGE"],
                  "cursors": db["DISABLE_SERVER_SIDE_CURSORS"]}))
"""


def test_the_pool_is_off_unless_asked_for():
    assert run({"DATABASE_URL": PG, "DEBUG": "0", "SECRET_KEY": "x" * 60}, DATABASE) == {
        "pool": None,
        "age": 0,
        "cursors": False,
    }


def test_the_pool_takes_its_sizes_from_the_environment_and_drops_persistent_connections():
    env = {"DATABASE_URL": PG, "DB_POOL": "1", "DB_POOL_MAX_SIZE": "8", "CONN_MAX_AGE": "60"}
    assert run(env, DATABASE) == {
        "pool": {"min_size": 1, "max_size": 8, "timeout": 10},
        "age": 0,  # Django refuses persistent connections beside a pool
        "cursors": False,
    }


def test_pgbouncer_s_transaction_pooling_turns_server_side_cursors_off():
    assert run({"DATABASE_URL": PG, "DISABLE_SERVER_SIDE_CURSORS": "1"}, DATABASE)["cursors"]


def test_a_pool_on_sqlite_or_a_bad_size_stops_the_start():
    assert "DB_POOL needs PostgreSQL" in run({"DB_POOL": "1"}, DATABASE)["error"]
    bad = run({"DATABASE_URL": PG, "DB_POOL": "1", "DB_POOL_MAX_SIZE": "beaucoup"}, DATABASE)
    assert "DB_POOL_MAX_SIZE='beaucoup': expected an integer" in bad["error"]


REQUESTS = """
from django.db import connection
from django.test import Client
client = Client()
pids, statuses = set(), []
for _ in range(5):
    statuses.append(client.get("/healthz").status_code)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pids.add(cursor.fetchone()[0])
    connection.close()  # back to the pool, not closed
stats = connection.pool.get_stats()
print(json.dumps({"statuses": statuses, "pids": len(pids), "opened": stats["connections_num"],
                  "served": stats["requests_num"], "max": connection.pool.max_size}))
"""


@pytest.mark.django_db
def test_requests_reuse_the_pool_s_connections_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("the pool is PostgreSQL's (the suite runs there too)")
    url = "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**connection.settings_dict)
    env = {"DATABASE_URL": url, "DB_POOL": "1", "DB_POOL_MAX_SIZE": "2", "DEBUG": "0",
           "SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "testserver", "SECURE_SSL_REDIRECT": "0",
           "STATIC_MANIFEST": "0"}  # fmt: skip
    out = run(env, REQUESTS)
    assert out.get("statuses") == [200] * 5, out
    # Five checkouts (the test client keeps the connection from a request to the query
    # after it) served by the pool's one or two connections: kept, never opened anew.
    assert out["served"] >= 5 and out["max"] == 2
    assert out["pids"] <= out["opened"] <= 2, out
