"""Helpers for the tests of background tasks: the database backend (the production queue)
instead of the suite's immediate one, and a worker that runs what is queued, in the test's
own process, with the db_worker command's own code (no mock)."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def use_database_backend(settings):
    """Queue tasks in the database from now on (pass pytest-django's ``settings``)."""
    settings.TASKS = {
        "default": settings.TASKS["default"] | {"BACKEND": "django_tasks_db.DatabaseBackend"}
    }


def queued(task=None):
    """The tasks waiting in the queue (of ``task`` only, when given), oldest first."""
    rows = DBTaskResult.objects.ready().order_by("enqueued_at")
    if task is not None:
        rows = rows.filter(task_path=task.module_path)
    return list(rows)


def run_queued():
    """Run every task that is ready, as ``db_worker`` does (claim, run, record), and return
    their results, refreshed. Tasks they enqueue run too when ready; deferred ones wait.

    The worker's own loop closes database connections between tasks, which would end the
    test's transaction: its task runner is called directly instead."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    done = []
    while (row := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
        row.claim(worker.worker_id)
        worker.run_task(row)
        row.refresh_from_db()
        done.append(row)
    return done
