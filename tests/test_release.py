"""manage.py release, as a deployment runs it: on a fresh database and an empty STATIC_ROOT,
in a process of its own with production settings."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


# Not passed to the child processes: the test database's settings, and the browser tests'
# DJANGO_ALLOW_ASYNC_UNSAFE (same pytest process), which a deployment check refuses.
CHILD_UNSET = ("DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")


def release(tmp_path, *, code=None, **env):
    base = {k: v for k, v in os.environ.items() if k not in CHILD_UNSET}
    command = (
        [sys.executable, "manage.py", "release"]
        if code is None
        else [sys.executable, "-c", "import django; django.setup()\n" + code]
    )
    return subprocess.run(
        command,
        env=base
        | {
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DEBUG": "0",
            "SECRET_KEY": "une-clef-de-production-" + "x" * 50,
            "ALLOWED_HOSTS": "www.frenchweb.fr",
            "SECURE_SSL_REDIRECT": "0",  # a warning of check --deploy, not an error
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
            "STATIC_ROOT": str(tmp_path / "static"),
            "PAGE_CACHE_KEYS_DIR": str(tmp_path / "page-cache-keys"),
        }
        | env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_release_checks_migrates_a_fresh_database_and_collects_static_files(tmp_path):
    result = release(tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "security.W008" in result.stdout + result.stderr  # warnings are printed
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        applied = db.execute("SELECT COUNT(*) FROM django_migrations").fetchone()[0]
    assert {"articles_article", "partners_banner", "django_session"} <= tables
    assert applied > 40
    static = tmp_path / "static"
    assert (static / "staticfiles.json").is_file()  # hashed names, as WhiteNoise serves them
    hashed = [p.name for p in (static / "css").glob("site.*.css")]
    assert hashed and any(name.endswith(".css") and name.count(".") == 2 for name in hashed)
    assert (static / "admin" / "css" / "base.css").is_file()
    assert (tmp_path / "page-cache-keys" / "all").exists()  # cached pages of the old code are stale
    # Once more, as the next deployment: nothing to do, nothing fails.
    again = release(tmp_path)
    assert again.returncode == 0 and "No migrations to apply" in again.stdout


def test_a_check_error_stops_the_release_before_anything_changes(tmp_path):
    code = (
        "from django.core import checks\n"
        "from django.core.management import call_command\n"
        "@checks.register(deploy=True)\n"
        "def broken(app_configs, **kwargs):\n"
        "    return [checks.Error('réglage impossible', id='test.E001')]\n"
        "call_command('release')\n"
    )
    result = release(tmp_path, code=code)
    assert result.returncode != 0
    assert "test.E001" in result.stderr and "réglage impossible" in result.stderr
    assert not (tmp_path / "static").exists()
    if (tmp_path / "db.sqlite3").exists():
        with sqlite3.connect(tmp_path / "db.sqlite3") as db:
            assert db.execute("SELECT name FROM sqlite_master").fetchall() == []
