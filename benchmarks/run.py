"""`make bench`: where Newsroom stands against the limits of this machine.

1. PostgreSQL database `newsroom_bench` with the demo and 100,000 generated articles
   (made once, reused by later runs while it still holds them).
2. In process, no cache at all: render times (p50/p95) and query counts per page type.
3. Over HTTP from loopback with wrk: gunicorn with the page cache off (cold) and on (warm),
   nginx with deploy/nginx.conf in front of the warm server, and two references: nginx
   serving the same article HTML as a static file, a bare Django "hello" view under the
   same gunicorn settings, and the floor of a cold article (benchmarks/floor.py: one query,
   a three-line template), the most any uncached article page can reach here.
4. A table of requests/s and p50/p99 latency, with ratios to the references. Everything
   started is stopped, whatever happens. Takes about 5 minutes (7 the first time).

Environment: BENCH_DURATION (seconds per run, default 8), BENCH_CONNECTIONS (default 64),
BENCH_DATABASE (default newsroom_bench), BENCH_ARTICLES (default 100000, FrenchWeb's),
BENCH_RH_ARTICLES (default 20000, the second publication's: the Journal des RH's pages are
measured on its own host, as a reader reaches them).
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script
from benchmarks.environment import production
from benchmarks.nginx import nginx as start_nginx
from benchmarks.nginx import wait_for_port

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
DURATION = int(os.environ.get("BENCH_DURATION", 8))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 64))
DATABASE = os.environ.get("BENCH_DATABASE", "newsroom_bench")
ARTICLES = int(os.environ.get("BENCH_ARTICLES", 100_000))
RH_ARTICLES = int(os.environ.get("BENCH_RH_ARTICLES", 20_000))
PG = "postgres://postgres@127.0.0.1:5432"

PORTS = {"cold": 8101, "warm": 8102, "hello": 8103, "floor": 8104, "nginx": 8180}

# The API's rows come from one client: its anonymous rate limit would answer 429.
ENV = production(database_url=f"{PG}/{DATABASE}", run_dir=VAR) | {
    "API_ANONYMOUS_RATE_LIMIT": str(10**9)
}


def say(message):
    print(message, flush=True)


def run(command, env=ENV, **kwargs):
    return subprocess.run(command, env=env, check=True, cwd=ROOT, **kwargs)


def manage(*args, env=ENV, **kwargs):
    return run([PYTHON, "manage.py", *args], env=env, **kwargs)


def ensure_tools():
    missing = [tool for tool in ("nginx", "wrk") if not shutil.which(tool)]
    if missing:
        if os.geteuid() == 0 and shutil.which("apt-get"):
            say(f"Installation de {', '.join(missing)} (Debian)…")
            subprocess.run(["apt-get", "install", "-y", "-q", *missing], check=True,
                           env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})  # fmt: skip
        else:
            sys.exit(f"Il manque {', '.join(missing)} : sudo apt-get install {' '.join(missing)}")
    if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1"], check=False).returncode != 0:
        versions = os.listdir("/etc/postgresql")
        subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[0], "main",
                        "start"], check=True)  # fmt: skip
        time.sleep(2)


def psql(sql, database="postgres"):
    return subprocess.run(
        ["psql", f"{PG}/{database}", "-tAq", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip


def prepare_database():
    exists = psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'")
    if not exists:
        psql(f"CREATE DATABASE {DATABASE}")
    manage("migrate", "--noinput", "-v", "0")
    for slug, wanted, seed in (("", ARTICLES, "1"), ("journaldesrh", RH_ARTICLES, "2")):
        which = f"slug = '{slug}'" if slug else "is_default"
        count = int(psql(
            "SELECT count(*) FROM articles_article WHERE publication_id IN"
            f" (SELECT id FROM articles_publication WHERE {which})", DATABASE,
        ))  # fmt: skip
        if count < wanted:
            say(f"Base {DATABASE} : {count} articles {slug}, génération jusqu’à {wanted:,}…")
            manage("load_demo", stdout=subprocess.DEVNULL)
            started = time.monotonic()
            publication = ["--publication", slug] if slug else []
            manage("generate_articles", "--count", str(wanted - count), "--seed", seed,
                   *publication)  # fmt: skip
            say(f"  générés en {time.monotonic() - started:.0f} s")
    # The second title on a host without a port: nginx passes on the host alone ($host).
    psql("UPDATE articles_publication SET domain = 'journaldesrh.localhost'"
         " WHERE slug = 'journaldesrh'", DATABASE)  # fmt: skip
    psql("UPDATE django_site SET domain = 'journaldesrh.localhost' WHERE id = (SELECT site_id"
         " FROM articles_publication WHERE slug = 'journaldesrh')", DATABASE)  # fmt: skip
    # Fresh statistics and visibility maps: the planner's choices are the production ones.
    psql("VACUUM ANALYZE", DATABASE)
    manage("collectstatic", "--noinput", "-v", "0")


@contextmanager
def gunicorn(name, app="newsroom.wsgi", **env):
    port = PORTS[name]
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py", "--bind", f"127.0.0.1:{port}",
         app],
        cwd=ROOT, env={**ENV, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


@contextmanager
def nginx(upstream_port, static_html):
    run_dir = VAR / "nginx"
    (run_dir / "static-article").mkdir(parents=True, exist_ok=True)
    (run_dir / "static-article" / "article.html").write_bytes(static_html)
    extra = (
        "location = /bench/static-article.html {\n"
        f"            alias {run_dir}/static-article/article.html;\n"
        "            default_type text/html;\n        }"
    )
    with start_nginx(
        port=PORTS["nginx"], upstream=f"127.0.0.1:{upstream_port}",
        static_root=ENV["STATIC_ROOT"], media_root=ENV["MEDIA_ROOT"], run_dir=run_dir,
        extra=extra,
    ) as url:  # fmt: skip
        yield url


def _seconds(value):
    number, unit = float(re.match(r"[\d.]+", value).group()), re.sub(r"[\d.]", "", value)
    return number * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]


def on_host(base, url):
    """(full URL, Host header or None) for ``url``: a path, or « //host/path » for a page of
    another publication than the default one."""
    if url.startswith("//"):
        host, _, path = url[2:].partition("/")
        return base + "/" + path, host
    return base + url, None


def wrk(base, url):
    url, host = on_host(base, url)
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency",
         *(["-H", f"Host: {host}"] if host else []), url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _seconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)) * 1000,
        "p99": _seconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)) * 1000,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "non2xx": 0,
        "errors": 0,
    }
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        result["non2xx"] = int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                          output):  # fmt: skip
        result["errors"] = sum(int(n) for n in match.groups())
    return result


def fetch(base, url):
    url, host = on_host(base, url)
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    with urllib.request.urlopen(request) as response:
        return response.read(), dict(response.headers)


def page_urls():
    """The pages measured. Under load: a mid-archive article, the home page, page 2,000 of
    a category, a search and the feed. In process only: the others at scale."""
    article = psql(
        "SELECT slug FROM articles_article WHERE status = 'published' AND published_at <= now()"
        " ORDER BY published_at DESC, id DESC OFFSET 5000 LIMIT 1", DATABASE,
    )  # fmt: skip
    tag = psql(
        "SELECT t.slug FROM articles_tag t JOIN articles_taggedarticle ta ON ta.tag_id = t.id"
        " GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1", DATABASE,
    )  # fmt: skip
    month = psql(
        "SELECT to_char(published_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') FROM"
        " articles_article WHERE status = 'published' ORDER BY published_at DESC OFFSET 5000"
        " LIMIT 1", DATABASE,
    )  # fmt: skip
    rh = psql("SELECT domain FROM articles_publication WHERE slug = 'journaldesrh'", DATABASE)
    rh_article = psql(
        "SELECT a.slug FROM articles_article a JOIN articles_publication p"
        " ON p.id = a.publication_id WHERE p.slug = 'journaldesrh' AND a.status = 'published'"
        " AND a.published_at <= now() ORDER BY a.published_at DESC, a.id DESC OFFSET 1000 LIMIT 1",
        DATABASE,
    )  # fmt: skip
    article_id = psql(f"SELECT id FROM articles_article WHERE slug = '{article}'", DATABASE)
    loaded = {
        "article": f"/articles/{article}/",
        "home": "/",
        "category p. 2000": "/rubrique/actualite/?page=2000",
        "search": "/recherche/?q=cluster+num%C3%A9rique",
        "feed": "/flux/",
        "RH article": f"//{rh}/articles/{rh_article}/",
        "RH home": f"//{rh}/",
        "API list": "/api/v1/articles",
        "API detail": f"/api/v1/articles/{article_id}",
    }
    in_process = {
        **loaded,
        "category p. 1": "/rubrique/actualite/",
        "tag": f"/tag/{tag}/",
        "author": "/auteur/gen-jeanne-dussueil/",
        "category feed": "/rubrique/actualite/flux/",
        "sitemap index": "/sitemap.xml",
        "sitemap month": f"/sitemap-articles-{month}.xml",
        "news sitemap": "/sitemap-news.xml",
        "RH section p. 1": f"//{rh}/rubrique/recrutement/",
        "RH search": f"//{rh}/recherche/?q=recrutement",
        "RH feed": f"//{rh}/flux/",
    }
    searches = [
        "cluster numérique", "algerie", "numériques", "intelligence artificielle",
        "start-up levée de fonds", "cybersécurité hôpitaux", "satellites", "Microsoft",
        "cloud souverain", "fintech Afrique", "emploi", "paiement mobile Dakar",
        '"French Tech"', "robots logistique", "zythologie",
    ]  # fmt: skip
    return loaded, in_process, searches


def main():
    started = time.monotonic()
    VAR.mkdir(parents=True, exist_ok=True)
    ensure_tools()
    prepare_database()
    urls, in_process_urls, searches = page_urls()
    cpu = os.cpu_count()
    workers = 2 * cpu + 1
    say(
        f"\nMachine: {cpu} cores; gunicorn: {workers} sync workers; wrk: 2 threads, "
        f"{CONNECTIONS} connections, {DURATION} s a run; {ARTICLES:,} articles.\n"
    )

    inprocess = json.loads(
        subprocess.run(
            [PYTHON, "benchmarks/inprocess.py", json.dumps(in_process_urls), "200"],
            cwd=ROOT, env={**ENV, "PAGE_CACHE_SECONDS": "0"}, check=True,
            capture_output=True, text=True,
        ).stdout
    )  # fmt: skip
    search_urls = {q: "/recherche/?" + urlencode({"q": q}) for q in searches}
    search_times = json.loads(
        subprocess.run(
            [PYTHON, "benchmarks/inprocess.py", json.dumps(search_urls), "20"],
            cwd=ROOT, env={**ENV, "PAGE_CACHE_SECONDS": "0"}, check=True,
            capture_output=True, text=True,
        ).stdout
    )  # fmt: skip
    admin = json.loads(
        subprocess.run(
            [PYTHON, "benchmarks/admin_timings.py"], cwd=ROOT, env=ENV, check=True,
            capture_output=True, text=True,
        ).stdout
    )  # fmt: skip
    available = {name: url for name, url in urls.items() if inprocess[name]["status"] == 200}
    missing = sorted(set(urls) - set(available))

    results = {}
    with ExitStack() as stack:
        cold = stack.enter_context(gunicorn("cold", PAGE_CACHE_SECONDS="0"))
        for name, url in available.items():
            results[("cold", name)] = wrk(cold, url)
        stack.close()

        warm = stack.enter_context(gunicorn("warm"))
        for url in available.values():
            fetch(warm, url)
        for name, url in available.items():
            results[("warm", name)] = wrk(warm, url)
        article_html, _ = fetch(warm, available["article"])
        front = stack.enter_context(nginx(PORTS["warm"], article_html))
        for url in available.values():
            fetch(front, url)
        results[("nginx static", "article")] = wrk(front, "/bench/static-article.html")
        for name, url in available.items():
            results[("nginx", name)] = wrk(front, url)
        stack.close()

        hello = stack.enter_context(gunicorn("hello", app="benchmarks.hello"))
        results[("hello", "hello")] = wrk(hello, "/")
        stack.close()
        floor = stack.enter_context(gunicorn("floor", app="benchmarks.floor"))
        results[("floor", "article")] = wrk(floor, available["article"])

    report(inprocess, search_times, admin, results, available, missing,
           time.monotonic() - started)  # fmt: skip


def report(inprocess, search_times, admin, results, available, missing, elapsed):
    say("In process, no cache (p50 / p95 render time, queries):")
    say(f"  {'page':<18}{'p50':>9}{'p95':>9}{'queries':>9}")
    for name, row in inprocess.items():
        say(f"  {name:<18}{row['p50']:>7.1f}ms{row['p95']:>7.1f}ms{row['queries']:>9}")
    every_search = sorted(t for row in search_times.values() for t in row["times"])
    search_p50 = every_search[len(every_search) // 2]
    search_p95 = every_search[int(len(every_search) * 0.95) - 1]
    say(f"\nSearch page, {len(search_times)} queries x 20 runs, no cache (whole page, in process):")
    say(f"  p50 {search_p50:.1f} ms, p95 {search_p95:.1f} ms; slowest query: "
        + max(search_times.items(), key=lambda item: item[1]["p95"])[0])  # fmt: skip
    say("\nAdmin article list, superuser (p50 server time, queries):")
    for name, row in admin.items():
        say(f"  {name:<18}{row['p50']:>7.0f}ms{row['queries']:>9}")
    hello_rps = results[("hello", "hello")]["rps"]
    static_rps = results[("nginx static", "article")]["rps"]
    say("\nOver HTTP (wrk from loopback):")
    say(
        f"  {'setup':<14}{'page':<18}{'req/s':>10}{'p50':>11}{'p99':>11}{'non-2xx':>9}"
        f"{'vs hello':>10}{'vs static':>11}"
    )
    bad = 0
    for (setup, name), row in results.items():
        bad += row["non2xx"] + row["errors"]
        say(
            f"  {setup:<14}{name:<18}{row['rps']:>10,.0f}{row['p50']:>9.2f}ms{row['p99']:>9.2f}ms"
            f"{row['non2xx'] + row['errors']:>9}{row['rps'] / hello_rps:>9.0%}"
            f"{row['rps'] / static_rps:>11.1%}".replace(",", " ")
        )
    say("\nFigures to reach:")
    checks = [
        ("cold article render p50 ≤ 8 ms (in process)", inprocess["article"]["p50"] <= 8),
        (
            "≤ 8 queries on every page",
            all(r["queries"] <= 8 for r in inprocess.values() if r["status"] == 200),
        ),
        (
            "warm article via gunicorn ≥ 70 % of bare Django",
            results[("warm", "article")]["rps"] >= 0.7 * hello_rps,
        ),
        (
            "warm article via nginx ≥ 50 % of nginx static",
            results[("nginx", "article")]["rps"] >= 0.5 * static_rps,
        ),
        (
            "category page 2,000 p95 ≤ 50 ms (in process, cold)",
            inprocess["category p. 2000"]["p95"] <= 50,
        ),
        ("zero non-2xx responses and socket errors", bad == 0),
        ("admin article list < 300 ms in every view", all(r["p50"] < 300 for r in admin.values())),
    ]
    checks.append(("search p95 ≤ 50 ms over the set of queries (in process, cold)",
                   search_p95 <= 50))  # fmt: skip
    for label, passed in checks:
        say(f"  {'OK ' if passed else 'NON'} {label}")
    if missing:
        say(f"\nNot measured yet (no such page): {', '.join(missing)}.")
    say(f"\nDone in {elapsed / 60:.1f} min.")


if __name__ == "__main__":
    main()
