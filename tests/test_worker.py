"""The real worker: ``manage.py run_worker`` in its own process, against the test database,
runs what the site queued, queues the periodic jobs, and stops cleanly on SIGTERM (as
systemd and ``make serve`` stop it)."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.models import Counter
from accounts.tasks import purge_counters
from newsroom.models import PeriodicJob
from newsroom.schedule import SCHEDULE
from tests.tasks import use_database_backend

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.django_db(transaction=True)  # the worker must see committed rows


def database_url():
    """The test database, as DATABASE_URL says it to another process."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"  # a file (newsroom/settings.py: TEST NAME)
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    host = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{db['USER']}{password}@{host}/{db['NAME']}"


def wait_until(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_the_worker_runs_queued_tasks_and_stops_on_sigterm(settings, tmp_path):
    use_database_backend(settings)
    now = timezone.now()
    Counter.objects.create(scope="login", key="a", count=3, last_at=now, expires_at=now)
    result = purge_counters.enqueue()
    assert result.status == "READY"

    env = os.environ | {
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "database",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "IMPORTS_ROOT": str(tmp_path / "imports"),
        "PAGE_CACHE_KEYS_DIR": str(tmp_path / "page-cache-keys"),
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "run_worker", "--no-reload", "--no-startup-delay",
         "--interval", "0.2"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:

        def finished():
            result.refresh()
            return result.is_finished

        assert wait_until(finished), "the worker did not run the task"
        assert result.status == "SUCCESSFUL" and result.return_value == 1
        assert not Counter.objects.exists()
        # Its scheduler queued every periodic job, which it ran too.
        assert wait_until(
            lambda: (
                PeriodicJob.objects.filter(last_enqueued_at__isnull=False).count() == len(SCHEDULE)
            )
        )
        assert wait_until(
            lambda: DBTaskResult.objects.filter(status="SUCCESSFUL").count() == len(SCHEDULE) + 1
        ), list(DBTaskResult.objects.values_list("task_path", "status"))
    finally:
        worker.send_signal(signal.SIGTERM)
        started = time.monotonic()
        try:
            code = worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            raise
        output = worker.stdout.read()
    assert code == 0, output
    assert time.monotonic() - started < 5  # stopped cleanly, at once
    assert "shutting down gracefully" in output
