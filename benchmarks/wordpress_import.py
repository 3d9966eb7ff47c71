"""`make bench-import`: the WordPress importer's rate and peak memory on a generated export.

1. A WXR file of BENCH_WP_POSTS posts (default 20,000) and their attachments, written by
   benchmarks/wordpress_export.py with a copy of their uploads folder (one real JPEG per
   attachment, hard links to a few samples; kept in var/bench/ and reused), and, with
   BENCH_WP_MB set, one grown to about that many MB instead (the memory test: a 1 GB export
   must import in under 300 MB). BENCH_WP_FILES=0: no uploads folder (the attachments are
   then reported missing and skipped: the memory test of a very large export in an hour).
2. A fresh PostgreSQL database ``newsroom_bench_import``, migrated.
3. ``manage.py import_wordpress`` run in a child process, timed, its peak resident memory
   read from the kernel (``getrusage`` of the child); then a second run of the same file
   (nothing to write: the rate of a re-import; not for BENCH_WP_MB, whose point is memory).
"""

import os
import re
import shutil
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
FILES = os.environ.get("BENCH_WP_FILES", "1") != "0"
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
    """(the export, its uploads folder)."""
    name = f"wordpress-{SIZE_MB}mb" if SIZE_MB else f"wordpress-{POSTS}"
    path, uploads = VAR / f"{name}.xml", VAR / f"{name}-uploads"
    if not path.exists() or (FILES and not uploads.exists()):
        VAR.mkdir(parents=True, exist_ok=True)
        size = ["--size-mb", SIZE_MB] if SIZE_MB else ["--posts", str(POSTS)]
        say(f"Écriture de l’export ({' '.join(size)}) et de ses fichiers…")
        files = ["--uploads", str(uploads)] if FILES else []
        subprocess.run([PYTHON, "benchmarks/wordpress_export.py", str(path), *size, *files],
                       cwd=ROOT, check=True)  # fmt: skip
    return path, uploads if FILES else None


def fresh_database():
    for sql in (f"DROP DATABASE IF EXISTS {DATABASE}", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT,
                   env=ENV, check=True)  # fmt: skip


def timed_import(path, uploads):
    """(seconds, peak MB of this import's own process, its output's first lines).

    The peak is the child's own (``os.wait4``), not the maximum over every child this
    script has started (the migration before it would count otherwise)."""
    with tempfile.TemporaryFile("w+") as output:
        started = time.monotonic()
        child = subprocess.Popen(
            [PYTHON, "manage.py", "import_wordpress", str(path),
             *(["--uploads", str(uploads)] if uploads else [])],
            cwd=ROOT, env=ENV, stdout=output, stderr=subprocess.STDOUT, text=True,
        )  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - started
        output.seek(0)
        lines = output.read().splitlines()
    if child.returncode:
        sys.exit("\n".join(["L’import a échoué :", *lines[-20:]]))
    return elapsed, usage.ru_maxrss / 1024, lines[:9]


def main():
    path, uploads = export_file()
    shutil.rmtree(ENV["MEDIA_ROOT"], ignore_errors=True)
    size_mb = path.stat().st_size / 1e6
    fresh_database()
    say(f"\nImport de {path.name} ({size_mb:,.0f} MB)…")
    seconds, peak, lines = timed_import(path, uploads)
    for line in lines:
        say("  " + line)
    counts = {line.split(" : ")[0]: int(re.search(r"\d+", line.split(" : ")[1])[0])
              for line in lines if " créé(s)" in line}  # fmt: skip
    items = counts.get("Articles", 0) + counts.get("Photos", 0)
    rate = f"{counts.get('Articles', 0) / seconds:,.1f} articles/s, {items / seconds:,.1f} " \
        "articles et photos/s, "  # fmt: skip
    say(f"\nPremier import : {seconds:,.0f} s ({rate}{size_mb / seconds:,.1f} MB/s), "
        f"mémoire de pointe {peak:,.0f} MB")  # fmt: skip
    if not SIZE_MB:
        seconds, peak_again, _ = timed_import(path, uploads)
        say(f"Second import (rien à écrire) : {seconds:,.0f} s, mémoire de pointe "
            f"{peak_again:,.0f} MB")  # fmt: skip
    say(f"\n  {'OK ' if peak < 300 else 'NON'} mémoire de pointe < 300 MB")


if __name__ == "__main__":
    main()
