"""Background tasks of the accounts app (run on a schedule by the worker: newsroom.schedule)."""

from django_tasks import task

from accounts import limits


@task
def purge_counters():
    """Delete the security counters whose window has closed (login throttling, rate
    limits, the day's readings and impressions); returns how many."""
    return limits.purge()
