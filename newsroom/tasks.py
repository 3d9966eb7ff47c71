"""Background tasks that belong to no app of ours: Django's expired sessions, the task
queue's own old results (run on a schedule by the worker: newsroom.schedule)."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from django_tasks import task

# Finished tasks stay this long in the queue's table (admin « Task results »): long enough
# to see why a lead's e-mail failed last week.
TASK_RESULTS_DAYS = 14


@task
def clear_sessions():
    """Delete the expired sessions (Django's ``clearsessions``)."""
    call_command("clearsessions")


@task
def prune_task_results():
    """Delete the results of tasks finished more than TASK_RESULTS_DAYS days ago."""
    from django_tasks_db.models import DBTaskResult

    limit = timezone.now() - timedelta(days=TASK_RESULTS_DAYS)
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=limit).delete()
    return deleted
