"""The periodic jobs (purges, expired sessions, old task results) are queued by the worker on
their schedule, once per interval however many workers run, and each does its work
(newsroom.schedule; README, « Tâches de fond »)."""

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.models import Counter
from articles import trash
from articles.models import Photo, TrashedItem
from newsroom import schedule
from newsroom.models import PeriodicJob
from tests.factories import make_article, make_photo
from tests.tasks import run_queued, use_database_backend

NAMES = [job.name for job in schedule.SCHEDULE]


def move_back(name, by):
    job = PeriodicJob.objects.get(name=name)
    PeriodicJob.objects.filter(pk=job.pk).update(last_enqueued_at=job.last_enqueued_at - by)


@pytest.mark.django_db
def test_each_job_is_queued_once_per_interval(settings):
    use_database_backend(settings)
    assert schedule.enqueue_due() == NAMES  # a first worker queues them all
    paths = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert paths == sorted(job.task.module_path for job in schedule.SCHEDULE)
    assert schedule.enqueue_due() == []  # a minute later, or another worker: nothing due
    move_back("purge_counters", timedelta(minutes=59))
    move_back("purge_trash", timedelta(hours=23))
    assert schedule.enqueue_due() == []
    move_back("purge_counters", timedelta(minutes=2))  # an hour and a minute ago
    assert schedule.enqueue_due() == ["purge_counters"]
    move_back("purge_trash", timedelta(hours=2))  # a day and an hour ago
    assert schedule.enqueue_due() == ["purge_trash"]
    assert DBTaskResult.objects.count() == len(NAMES) + 2


@pytest.mark.django_db(transaction=True)
def test_workers_running_at_once_queue_each_job_once(settings):
    use_database_backend(settings)
    workers, start = 4, threading.Barrier(4)
    queued, errors = [], []

    def worker():
        try:
            start.wait()
            queued.extend(schedule.enqueue_due())
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(queued) == sorted(NAMES)
    assert DBTaskResult.objects.count() == len(NAMES)


@pytest.mark.django_db
def test_the_periodic_jobs_do_their_work(settings, media_root, editor):
    use_database_backend(settings)
    now = timezone.now()
    Counter.objects.create(scope="login", key="a", count=3, last_at=now, expires_at=now)
    Counter.objects.create(
        scope="login", key="b", count=1, last_at=now, expires_at=now + timedelta(hours=1)
    )
    Session.objects.create(session_key="x" * 32, session_data="", expire_date=now - timedelta(1))
    old = trash.trash_article(make_article(title="Jetée il y a longtemps"), editor)
    TrashedItem.objects.filter(pk=old.pk).update(
        deleted_at=now - timedelta(days=settings.TRASH_DAYS + 1)
    )
    expired = make_photo(rights_expire_on=timezone.localdate() - timedelta(days=1))
    renditions = Path(media_root) / "renditions" / str(expired.pk)
    (renditions / "v1").mkdir(parents=True)
    (renditions / "v1" / "16x9-320.jpg").write_bytes(b"x")
    finished = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="accounts.tasks.purge_counters",
        backend_name="default",
        run_after=now,
        status="SUCCESSFUL",
    )
    DBTaskResult.objects.filter(pk=finished.pk).update(finished_at=now - timedelta(days=15))

    schedule.enqueue_due()
    done = {row.task_path.rsplit(".", 1)[1]: row for row in run_queued()}
    assert set(done) == set(NAMES)
    assert {row.status for row in done.values()} == {"SUCCESSFUL"}
    assert done["purge_counters"].return_value == 1
    assert list(Counter.objects.values_list("key", flat=True)) == ["b"]
    assert not Session.objects.exists()
    assert done["purge_trash"].return_value == 1 and not TrashedItem.objects.exists()
    assert done["purge_expired_photos"].return_value == 1 and not renditions.exists()
    assert Photo.objects.filter(pk=expired.pk).exists()  # only its renditions go
    assert done["prune_task_results"].return_value == 1
    assert not DBTaskResult.objects.filter(pk=finished.pk).exists()
