"""SQLite with several writers — the web server's threads and the worker of background
tasks — as `make run` and small installs run it: a transaction that reads, then writes,
while another connection writes, waits for the lock instead of failing at once with
« database is locked » (settings: BEGIN IMMEDIATE, a busy timeout, WAL). Seen for real: a
WordPress import run by the worker lost nine articles while an editor logged in."""

import threading

import pytest
from django.db import connection, connections, transaction

from accounts import limits
from articles.models import Publication
from articles.wordpress.importer import import_export
from tests.test_wordpress_import import export

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking"),
]


def test_an_import_and_other_writers_at_once_lose_nothing(tmp_path):
    path = tmp_path / "export.xml"
    path.write_bytes(export().bytes())
    publication = Publication.objects.default()
    errors, done = [], threading.Event()

    def newsroom_at_work():
        # Logins, rate limits, counters: short write transactions that read first.
        try:
            n = 0
            while not done.is_set():
                with transaction.atomic():
                    limits.hit("test-writer", f"key-{n % 7}", seconds=60)
                n += 1
        except Exception as error:
            errors.append(repr(error))
        finally:
            connections.close_all()

    writers = [threading.Thread(target=newsroom_at_work) for _ in range(2)]
    for writer in writers:
        writer.start()
    try:
        reports = [import_export(path, publication=publication) for _ in range(3)]
    finally:
        done.set()
        for writer in writers:
            writer.join()
    assert errors == []
    for report in reports:
        assert not [str(w) for w in report.warnings if "erreur inattendue" in str(w)]
    assert reports[0].counts["article"]["created"] == 9
