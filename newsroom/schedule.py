"""The periodic jobs, run by the worker with no system cron (README, « Tâches de fond »).

Every worker (``manage.py run_worker``) calls ``enqueue_due()`` once a minute: each job
whose interval has passed since it was last queued is queued, as a background task, for
whichever worker is free. Its row in ``PeriodicJob`` is moved by a conditional UPDATE
(« … WHERE last_enqueued_at is older than the interval »), in the transaction that queues
it: of several workers, on one machine or several, exactly one queues it. Intervals are
measured by the database's clock, the one clock all the machines share.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import DateTimeField, DurationField, ExpressionWrapper, Q, Value
from django.db.models.functions import Now

from accounts import tasks as accounts_tasks
from api import tasks as api_tasks
from articles import tasks as articles_tasks
from newsroom import tasks as newsroom_tasks
from newsroom.models import PeriodicJob

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Job:
    name: str
    task: object  # a django_tasks Task
    every: timedelta


HOUR, DAY = timedelta(hours=1), timedelta(days=1)
SCHEDULE = (
    # Rights end at midnight: their renditions are gone within the hour.
    Job("purge_expired_photos", articles_tasks.purge_expired_photos, HOUR),
    Job("purge_trash", articles_tasks.purge_trash, DAY),
    # Rate limits and login throttling write a row a window: kept small.
    Job("purge_counters", accounts_tasks.purge_counters, HOUR),
    Job("clear_sessions", newsroom_tasks.clear_sessions, DAY),
    Job("prune_task_results", newsroom_tasks.prune_task_results, DAY),
    # The API's change log, read by « updated_since », kept 90 days.
    Job("purge_article_changes", api_tasks.purge_article_changes, DAY),
    Job("record_expired_rights", api_tasks.record_expired_rights, HOUR),
)


def _claim(job):
    """Move the job's row to now if its interval has passed; True if this caller did."""
    since = ExpressionWrapper(
        Now() - Value(job.every, output_field=DurationField()), output_field=DateTimeField()
    )
    due = Q(last_enqueued_at__isnull=True) | Q(last_enqueued_at__lte=since)
    return PeriodicJob.objects.filter(due, name=job.name).update(last_enqueued_at=Now()) == 1


def enqueue_due(schedule=SCHEDULE):
    """Queue every job of ``schedule`` that is due; returns their names."""
    PeriodicJob.objects.bulk_create(
        [PeriodicJob(name=job.name) for job in schedule], ignore_conflicts=True
    )
    queued = []
    for job in schedule:
        # Claimed and queued together: a failure to queue leaves the job due.
        with transaction.atomic():
            if _claim(job):
                job.task.enqueue()
                queued.append(job.name)
    if queued:
        logger.info("Periodic jobs queued: %s", ", ".join(queued))
    return queued
