"""A cluster on one machine: several app servers (gunicorn) and a worker sharing PostgreSQL,
Redis and an S3-compatible store (moto's server), behind nginx with every app server in one
upstream — the production shape of README « Mise en production à plusieurs serveurs ».

- ``make cluster``: the demo site served so, on http://127.0.0.1:8000/ (Ctrl-C stops all);
- ``tests/test_cluster.py``: the proof (an upload on one server shown by the other, a
  publication, a login lock and a session across both, one server killed under load);
- ``python benchmarks/cluster.py --bench``: requests/s through nginx with one app server and
  with two, and with the S3 store against the local disk, measured in the same run.

Each run has a fresh database (``CLUSTER_DATABASE``, default newsroom_cluster), its own Redis
key prefix and its own bucket: nothing is shared with ``make run`` or the tests.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import uuid
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: benchmarks/ is a package of the checkout
    sys.path.insert(0, str(ROOT))

from benchmarks.environment import production  # noqa: E402
from benchmarks.nginx import free_port, nginx, wait_for_port  # noqa: E402
from benchmarks.s3 import s3_server  # noqa: E402

PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG = "postgres://postgres@127.0.0.1:5432"
DEMO_PASSWORD = "demo-mot-de-passe"
# What a shell or a test run may have set that would change what the servers do.
NOT_INHERITED = ("DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "DATABASE_URL", "PAGE_CACHE_SECONDS")


def _psql(sql, database="postgres"):
    subprocess.run(
        ["psql", f"{PG}/{database}", "-tAq", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True,
    )  # fmt: skip


def ensure_postgresql():
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode != 0:
        version = os.listdir("/etc/postgresql")[0]
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],
                       check=True)  # fmt: skip
        time.sleep(2)


def environment(*, database, run_dir, s3=None, extra=None):
    """The settings every process of the cluster shares (README, « Réglages »)."""
    env = production(database_url=f"{PG}/{database}", run_dir=run_dir, drop=NOT_INHERITED,
                     drop_prefixes=("AWS_",))  # fmt: skip
    env |= {
        "REDIS_URL": "redis://127.0.0.1:6379/13",
        "CACHE_KEY_PREFIX": f"cluster-{uuid.uuid4().hex[:12]}",
        "SECRET_KEY": "cluster-only-secret-key-" + "x" * 40,
        "IMPORTS_ROOT": str(run_dir / "imports"),
        "TASKS_BACKEND": "database",
        "NEWSROOM_DEMO_PASSWORD": DEMO_PASSWORD,
    }
    if s3 is not None:
        env |= {
            "AWS_STORAGE_BUCKET_NAME": s3.bucket,
            "AWS_S3_ENDPOINT_URL": s3.endpoint,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_S3_ADDRESSING_STYLE": "path",
        }
    return env | (extra or {})


@dataclass
class Server:
    url: str
    process: subprocess.Popen

    def kill(self):
        """Stop the whole server at once (master and workers), as a machine that dies."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


@dataclass
class Cluster:
    url: str
    servers: list
    env: dict
    run_dir: Path
    s3: object = None
    processes: list = field(default_factory=list)

    def manage(self, *args, **kwargs):
        return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=self.env,
                              check=True, **kwargs)  # fmt: skip

    def shell(self, code):
        """Run ``code`` in a Django shell of the cluster; its standard output."""
        done = self.manage("shell", "-v", "0", "-c", code, capture_output=True, text=True)
        return done.stdout.strip()


def _spawn(command, env, log):
    # A session of its own: a server is killed with its workers (Server.kill).
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip


def _stop(process):
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def cluster(*, run_dir, servers=2, storage="s3", database=None, demo=True, port=None,
            web_concurrency=None, extra=None):  # fmt: skip
    """Start the cluster and yield it (``Cluster``); everything stops on the way out.
    ``storage``: "s3" (moto's server) or "local" (one folder, only possible on one machine)."""
    run_dir = Path(run_dir)
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    database = database or os.environ.get("CLUSTER_DATABASE", "newsroom_cluster")
    ensure_postgresql()
    _psql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    _psql(f'CREATE DATABASE "{database}"')
    with ExitStack() as stack:
        s3 = None
        if storage == "s3":
            s3 = stack.enter_context(s3_server(run_dir / "moto.log"))
        concurrency = {"WEB_CONCURRENCY": str(web_concurrency)} if web_concurrency else {}
        env = environment(database=database, run_dir=run_dir, s3=s3,
                          extra={**(extra or {}), **concurrency})  # fmt: skip
        log = stack.enter_context((run_dir / "cluster.log").open("ab"))
        running = Cluster(url="", servers=[], env=env, run_dir=run_dir, s3=s3)
        # Once per deployment, never at each server's start: migrate, static files, checks.
        running.manage("release", "-v", "0", stdout=log, stderr=subprocess.STDOUT)
        if demo:
            running.manage("load_demo", stdout=log, stderr=subprocess.STDOUT)
        stack.callback(lambda: [_stop(p) for p in running.processes])
        worker = _spawn([PYTHON, "manage.py", "run_worker"], env, log)
        running.processes.append(worker)
        for _ in range(servers):
            server_port = free_port()
            process = _spawn([str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py",
                              "--bind", f"127.0.0.1:{server_port}", "newsroom.wsgi"],
                             env, log)  # fmt: skip
            running.processes.append(process)
            running.servers.append(Server(f"http://127.0.0.1:{server_port}", process))
        for server in running.servers:
            wait_for_port(int(server.url.rsplit(":", 1)[1]))
        running.url = stack.enter_context(
            nginx(
                port=port or free_port(),
                upstream=[s.url.removeprefix("http://") for s in running.servers],
                static_root=env["STATIC_ROOT"],
                media_root=env["MEDIA_ROOT"],
                run_dir=run_dir / "nginx",
            )
        )
        yield running


# Throughput: one server against two, the bucket against the disk -------------------------


def _wrk(url, seconds, connections=32):
    done = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    return rate, int(errors.group(1)) if errors else 0


def bench(seconds):
    """Requests/s through nginx, rendered by the app servers (page cache and nginx's micro
    cache off: the servers' own work), for each shape, in one run."""
    if not shutil.which("wrk"):
        sys.exit("wrk est requis : sudo apt-get install wrk (ou make bench, qui l’installe).")
    run_dir = ROOT / "var" / "cluster-bench"
    uncached = {"PAGE_CACHE_SECONDS": "0", "NGINX_MICROCACHE_SECONDS": "0"}
    rows = []
    for storage in ("local", "s3"):
        for servers in (1, 2):
            with cluster(run_dir=run_dir, servers=servers, storage=storage, extra=uncached) as c:
                slug = c.shell(
                    "from articles.models import Article;"
                    "print(Article.objects.published().order_by('-published_at')[0].slug)"
                )
                for page, path in (("accueil", "/"), ("article", f"/articles/{slug}/")):
                    _wrk(c.url + path, 2)  # warm the processes and the connections
                    rate, errors = _wrk(c.url + path, seconds)
                    rows.append((storage, servers, page, rate, errors))
                    print(f"{storage:5} {servers} serveur(s) {page:8} {rate:8.0f} req/s"
                          f"  {errors} erreurs", flush=True)  # fmt: skip
    print("\nMédias | serveurs | page | req/s | non-2xx")
    for storage, servers, page, rate, errors in rows:
        print(f"{storage} | {servers} | {page} | {rate:.0f} | {errors}")
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--storage", choices=["s3", "local"], default="s3")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    parser.add_argument("--bench", action="store_true", help="mesurer 1 et 2 serveurs")
    parser.add_argument("--seconds", type=int, default=10)
    options = parser.parse_args()
    if options.bench:
        bench(options.seconds)
        return
    run_dir = ROOT / "var" / "cluster"
    # Stopped by a service manager (or kill): everything is stopped on the way out as well.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("Démarrage : PostgreSQL, Redis, stockage S3 (moto), "
          f"{options.servers} serveurs d’application, un worker, nginx…", flush=True)  # fmt: skip
    with cluster(run_dir=run_dir, servers=options.servers, storage=options.storage,
                 port=options.port) as running:  # fmt: skip
        print(f"\nLe site : {running.url}/  —  l’administration : {running.url}/admin/")
        print(f"Comptes de démonstration (mot de passe « {DEMO_PASSWORD} ») : mdelorme "
              "(éditeur), jdussueil (journaliste).")  # fmt: skip
        for number, server in enumerate(running.servers, start=1):
            print(f"Serveur {number} : {server.url}/ (pid {server.process.pid})")
        print(f"Journaux : {run_dir / 'cluster.log'}. Ctrl-C pour tout arrêter.", flush=True)
        try:
            while all(p.poll() is None for p in running.processes):
                time.sleep(1)
            print("Un processus s’est arrêté : voir le journal.", file=sys.stderr)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
