"""Soak test: 64 concurrent connections for 60 seconds on the production setup (gunicorn,
PostgreSQL with the benchmark's 100,000 articles, page cache on), over a mix of pages, then
the errors and each worker's memory before and after. `make soak` runs it (after `make bench`
has built the database once; it builds it otherwise).
"""

import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import run as bench

CONNECTIONS, DURATION = 64, 60
LUA = """
local paths = {%s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n %% #paths) + 1])
end
"""


def worker_memory(port):
    """RSS in MB of each gunicorn process serving ``port`` (master first)."""
    pids = subprocess.run(
        ["pgrep", "-f", f"gunicorn.*127.0.0.1:{port}"], capture_output=True, text=True
    ).stdout.split()
    sizes = {}
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except FileNotFoundError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes[int(pid)] = int(line.split()[1]) / 1024
    return dict(sorted(sizes.items()))


def main():
    bench.ensure_tools()
    bench.prepare_database()
    loaded, _, _ = bench.page_urls()
    paths = [*loaded.values(), "/rubrique/actualite/", "/sitemap.xml", "/healthz"]
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(LUA % ", ".join(f'"{p}"' for p in paths))
    port = bench.PORTS["warm"]
    with bench.gunicorn("warm") as url:
        for path in paths:  # warm up once
            bench.fetch(url + path)
        before = worker_memory(port)
        samples = []
        stop = threading.Event()

        def sample():
            while not stop.wait(10):
                samples.append(sum(worker_memory(port).values()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        started = time.monotonic()
        output = subprocess.run(
            ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", "-s", str(script),
             url],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
        elapsed = time.monotonic() - started
        stop.set()
        after = worker_memory(port)
    print(output)
    print(f"Mix of {len(paths)} pages: {', '.join(paths)}")
    print(f"{CONNECTIONS} connections for {elapsed:.0f} s on gunicorn + PostgreSQL (page cache on)")
    print("Memory (RSS, MB) per process, before → after:")
    for pid in sorted(set(before) | set(after)):
        print(f"  {pid}: {before.get(pid, 0):.1f} → {after.get(pid, 0):.1f}")
    print(f"  total every 10 s: {', '.join(f'{s:.0f}' for s in samples)}")
    failed = "Non-2xx" in output or "Socket errors" in output
    print("ERRORS" if failed else "Zero errors.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
