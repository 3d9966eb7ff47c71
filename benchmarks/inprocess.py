"""Render pages in process, without any cache, and print timings and query counts (JSON).

Run by benchmarks/run.py with the production settings and PAGE_CACHE_SECONDS=0. Requests
go through the full WSGI handler and middleware, not through the test client (whose
instrumentation would be measured too).
"""

import json
import statistics
import sys
import time

import django

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import RequestFactory  # noqa: E402

handler = WSGIHandler()
factory = RequestFactory(HTTP_HOST="127.0.0.1")


def call(url):
    """``url``: a path, or « //host/path » for another publication's page."""
    host = "127.0.0.1"
    if url.startswith("//"):
        host, _, url = url[2:].partition("/")
        url = "/" + url
    path, _, query = url.partition("?")
    environ = factory._base_environ(
        PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD="GET", HTTP_HOST=host
    )
    statuses = []
    body = handler(environ, lambda status, headers: statuses.append(status))
    content = b"".join(body)
    body.close()
    return int(statuses[0].split()[0]), content


def measure(url, runs):
    for _ in range(10):
        call(url)
    queries = []
    # Counted at the cursor: Django empties its own query log at each request's start.
    with connection.execute_wrapper(lambda execute, *args: queries.append(1) or execute(*args)):
        status, _ = call(url)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call(url)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "status": status,
        "queries": len(queries),
        "p50": statistics.median(times),
        "p95": times[max(0, int(len(times) * 0.95) - 1)],
        "times": times,
    }


if __name__ == "__main__":
    urls = json.loads(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    print(json.dumps({name: measure(url, runs) for name, url in urls.items()}))
