"""``manage.py run_worker``: the background worker (README, « Tâches de fond »).

django-tasks-db's ``db_worker`` (every option of it: ``--queue-name``, ``--interval``,
``--batch``, ``--reload``…), with the periodic jobs of ``newsroom.schedule``: a thread of
the worker queues the ones that are due, once a minute. Run as many workers as needed, on
one machine or several: each job is still queued once per interval.
"""

import logging
import os
import threading

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands import db_worker

from newsroom import schedule as newsroom_schedule

logger = logging.getLogger("newsroom.worker")


class Scheduler(threading.Thread):
    """Queues the periodic jobs that are due now, then every ``every`` seconds."""

    def __init__(self, every=60):
        super().__init__(name="newsroom-schedule", daemon=True)
        self.every = every
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            try:
                newsroom_schedule.enqueue_due()
            except Exception:  # the database away for a while: next minute, again
                logger.exception("Periodic jobs: could not queue them")
            finally:
                connection.close()  # this thread's own connection
            self.stopped.wait(self.every)

    def stop(self):
        self.stopped.set()


class Command(db_worker.Command):
    help = (
        "Lance le worker des tâches de fond (file d’attente en base de données) et, une fois "
        "par minute, met en file les tâches périodiques dues (purges, sessions expirées)."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--no-schedule",
            action="store_false",
            dest="schedule",
            help="Ne pas mettre en file les tâches périodiques (un autre worker s’en charge).",
        )
        # Every queue of the backend by default: « default » and « imports ». No reloading
        # unless asked (db_worker reloads in DEBUG): a reloading worker stopped by its
        # parent's signal would leave its child running (make run).
        parser.set_defaults(
            queue_name=",".join(settings.TASKS["default"].get("QUEUES", [])), reload=False
        )

    def handle(self, *args, schedule, reload, batch, **options):
        if not isinstance(task_backends["default"], DatabaseBackend):
            raise CommandError(
                "TASKS_BACKEND n’est pas « database » : les tâches s’exécutent déjà là où "
                "elles sont lancées, il n’y a rien à attendre."
            )
        # With --reload, the first process only watches the files: the jobs are queued by
        # the one it starts (and starts again). With --batch, the due jobs are queued once,
        # then run with the rest of the queue.
        reloader_watcher = reload and not batch and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        scheduler = None
        if schedule and batch:
            newsroom_schedule.enqueue_due()
        elif schedule and not reloader_watcher:
            scheduler = Scheduler()
            scheduler.start()
        try:
            super().handle(*args, reload=reload, batch=batch, **options)
        finally:
            if scheduler is not None:
                scheduler.stop()
