"""Imports started from the admin (``WordPressImport``): run by the worker as a background
task (``articles.tasks.import_wordpress``, on the « imports » queue), their progress
written to their row about once a second, their report at the end. A worker stopped in the
middle leaves a run that no longer moves: the admin says so, and a new run resumes it (the
import is resumable). A run that no worker has taken for a while says that too."""

import logging
import time

from django.utils import timezone

from articles.models import WordPressImport
from articles.wordpress.importer import import_export

logger = logging.getLogger(__name__)
Status = WordPressImport.Status
STALE_SECONDS = 300
SHOWN_WARNINGS = 1000  # on the run's page; all of them in its report file


def report_path(run):
    """The whole report of ``run``, beside its export (private, under IMPORTS_ROOT)."""
    return run.export.path + ".rapport.json"


def start(run):
    """Queue the run for the worker; returns the task's result (its id, its state)."""
    from articles.tasks import import_wordpress

    return import_wordpress.enqueue(run.pk)


def execute(pk):
    """Run the import ``pk`` to its end (in the calling process: the worker's)."""
    rows = WordPressImport.objects.filter(pk=pk)
    try:
        run = rows.select_related("publication", "started_by").get()
        total = run.export.size * 2  # read twice (articles.wordpress.importer)
        rows.update(status=Status.RUNNING, total_bytes=total, done_bytes=0)
        shown = [0.0]

        def progress(done, _total):
            now = time.monotonic()
            if now - shown[0] >= 1:
                shown[0] = now
                rows.update(done_bytes=done)

        report = import_export(
            run.export.path,
            publication=run.publication,
            uploads=run.uploads or None,
            dry_run=run.dry_run,
            default_credit=run.default_credit,
            user=run.started_by,
            progress=progress,
        )
        # Kept in the row: the counts and the first warnings (an archive may give hundreds
        # of thousands); the whole report is a file beside the export, linked on the page.
        with open(report_path(run), "w", encoding="utf-8") as file:
            report.write_json(file)
        data = report.summary(warnings=SHOWN_WARNINGS) | {
            "lines": list(report.lines(warnings=SHOWN_WARNINGS))
        }
        rows.update(
            status=Status.FAILED if report.error else Status.DONE, report=data, done_bytes=total
        )
    except Exception:
        logger.exception("WordPress import %s", pk)
        rows.update(
            status=Status.FAILED,
            report={"error": "erreur inattendue (voir le journal du serveur)."},
        )


def _silent_for(run):
    return (timezone.now() - run.updated_at).total_seconds()


def is_stale(run):
    """Running, but no progress for STALE_SECONDS: its worker was stopped."""
    return run.status == Status.RUNNING and _silent_for(run) > STALE_SECONDS


def is_unclaimed(run):
    """Waiting for STALE_SECONDS: no worker runs (or they are all busy)."""
    return run.status == Status.WAITING and _silent_for(run) > STALE_SECONDS
