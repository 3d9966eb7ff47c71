"""`make bench-import`: the WordPress importer's rate and peak memory on a generated export.

1. A WXR file of BENCH_WP_POSTS posts (default 20,000) and their attachments, written by
   benchmarks/wordpress_export.py (kept in var/bench/ and reused), and, with BENCH_WP_MB
   set, one grown to about that many MB instead (the memory test: a 1 GB export must
   import in under 300 MB).
2. A fresh PostgreSQL database ``newsroom_bench_import``, migrated.
3. ``manage.py import_wordpress`` run in a child process, timed, its peak resident memory
   read from the kernel (``getrusage`` of the child); then a second run of the same file
   (nothing to write: the rate of a re-import).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench"
PYTHON = sys.executable
POSTS = int(os.environ.get("BENCH_WP_POSTS", 20_000))
SIZE_MB = os.environ.get("BENCH_WP_MB")
DATABASE = "newsroom_bench_import"
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
    "MEDIA_ROOT": str(VAR / "import-media"),
    "LOG_LEVEL": "WARNING",
}


def say(message):
    print(message, flush=True)


def export_file():
    name = f"wordpress-{SIZE_MB}mb.xml" if SIZE_MB else f"wordpress-{POSTS}.xml"
    path = VAR / name
    if not path.exists():
        VAR.mkdir(parents=True, exist_ok=True)
        size = ["--size-mb", SIZE_MB] if SIZE_MB else ["--posts", str(POSTS)]
        say(f"Écriture de l’export ({' '.join(size)})…")
        subprocess.run([PYTHON, "benchmarks/wordpress_export.py", str(path), *size],
                       cwd=ROOT, check=True)  # fmt: skip
    return path


def fresh_database():
    for sql in (f"DROP DATABASE IF EXISTS {DATABASE}", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT,
                   env=ENV, check=True)  # fmt: skip


def timed_import(path):
    """(seconds, peak MB of this import's own process, its output's first lines).

    The peak is the child's own (``os.wait4``), not the maximum over every child this
    script has started (the migration before it would count otherwise)."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.monotonic()
        child = subprocess.Popen(
            [PYTHON, "manage.py", "import_wordpress", str(path)],
            cwd=ROOT, env=ENV, stdout=output, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - started
        output.seek(0)
        lines = output.read().splitlines()
    if child.returncode:
        sys.exit("\n".join(["L’import a échoué :", *lines[-20:]]))
    return elapsed, usage.ru_maxrss / 1024, [line for line in lines if "\r" not in line][:8]


def main():
    path = export_file()
    size_mb = path.stat().st_size / 1e6
    fresh_database()
    say(f"\nImport de {path.name} ({size_mb:,.0f} MB)…")
    seconds, peak, lines = timed_import(path)
    for line in lines:
        say("  " + line)
    posts = POSTS if not SIZE_MB else None
    rate = f"{posts / seconds:,.0f} articles/s, " if posts else ""
    say(f"\nPremier import : {seconds:,.0f} s ({rate}{size_mb / seconds:,.1f} MB/s), "
        f"mémoire de pointe {peak:,.0f} MB")  # fmt: skip
    seconds, peak_again, _ = timed_import(path)
    say(f"Second import (rien à écrire) : {seconds:,.0f} s, mémoire de pointe "
        f"{peak_again:,.0f} MB")  # fmt: skip
    say(f"\n  {'OK ' if peak < 300 else 'NON'} mémoire de pointe < 300 MB")


if __name__ == "__main__":
    main()
