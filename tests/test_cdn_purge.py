"""Purging the CDN (core/cdn.py, core/tasks.py): what a real HTTP receiver on loopback gets,
when it gets it (after the commit, from a background task), and what happens when it fails
or never answers."""

import json
import logging
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core import cdn
from core.tasks import RETRY_DELAYS, purge_cdn
from tests.tasks import queued, run_queued, use_database_backend

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


class Receiver:
    """An HTTP server on 127.0.0.1 that records each request and answers the next status of
    ``statuses`` (200 once they are used up); ``hang`` keeps every request unanswered."""

    def __init__(self):
        self.requests, self.statuses, self.hang = [], [], False
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "json": json.loads(body)}
                )
                if receiver.hang:
                    receiver.release.wait(30)
                    return
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/purge?service=site"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    server = Receiver()
    settings.CDN_PURGE_URL = server.url
    settings.CDN_PURGE_TOKEN = "jeton-secret"
    settings.CDN_PURGE_TIMEOUT = 2
    yield server
    server.close()


def test_the_receiver_gets_sorted_unique_keys_and_urls_with_the_token(
    receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sent = cdn.purge(
            keys=["section-12", "article-7", "section-12", "home"],
            urls=["https://www.frenchweb.fr/b/", "https://www.frenchweb.fr/a/",
                  "https://www.frenchweb.fr/b/"],
        )  # fmt: skip
        assert sent == 1 and receiver.requests == []  # not before the commit
    [request] = receiver.requests
    assert request["path"] == "/purge?service=site"
    assert request["json"] == {
        "surrogate_keys": ["article-7", "home", "section-12"],
        "urls": ["https://www.frenchweb.fr/a/", "https://www.frenchweb.fr/b/"],
    }
    headers = request["headers"]
    assert headers["Authorization"] == "Bearer jeton-secret"
    assert headers["Content-Type"] == "application/json"


def test_without_a_token_no_authorization_is_sent(
    receiver, settings, django_capture_on_commit_callbacks
):
    settings.CDN_PURGE_TOKEN = ""
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(urls=["https://www.frenchweb.fr/"])
    [request] = receiver.requests
    assert "Authorization" not in request["headers"]
    assert request["json"] == {"surrogate_keys": [], "urls": ["https://www.frenchweb.fr/"]}


def test_nothing_is_sent_or_queued_when_purging_is_off(
    receiver, settings, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    settings.CDN_PURGE_URL = ""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert cdn.purge(keys=["home"], urls=["https://www.frenchweb.fr/"]) == 0
    assert callbacks == [] and queued() == []
    run_queued()
    assert receiver.requests == []


def test_nothing_is_sent_or_queued_for_nothing(receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert cdn.purge() == 0
    assert callbacks == [] and receiver.requests == []


def test_a_rolled_back_change_purges_nothing(receiver, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            cdn.purge(keys=["article-7"])
            raise RuntimeError("the change fails")
        cdn.purge(keys=["article-8"])  # the caller's own transaction goes on, and commits
    assert [r["json"]["surrogate_keys"] for r in receiver.requests] == [["article-8"]]


def test_a_purge_goes_to_the_queue_and_the_worker_sends_it(
    receiver, settings, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"])
    assert receiver.requests == []  # the request that asked did not wait for the CDN
    assert [row.args_kwargs["args"] for row in queued(purge_cdn)] == [[["home"], []]]
    [done] = run_queued()
    assert done.status == "SUCCESSFUL" and done.return_value.startswith("purgé (200)")
    assert len(receiver.requests) == 1


def test_a_cdn_answering_500_is_tried_again_later(
    receiver, settings, caplog, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"], urls=["https://www.frenchweb.fr/"])
    [first] = run_queued()
    assert first.status == "SUCCESSFUL"  # this attempt is over; the next one waits
    assert "essai 1 échoué" in first.return_value
    assert "HTTP Error 500" in caplog.text and "jeton-secret" not in caplog.text
    [retry] = DBTaskResult.objects.filter(status="READY")
    assert round((retry.run_after - first.finished_at).total_seconds()) == RETRY_DELAYS[0]
    assert run_queued() == []  # not before its time
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    [second] = run_queued()
    assert second.status == "SUCCESSFUL" and second.return_value.startswith("purgé (200)")
    assert [r["json"] for r in receiver.requests] == [
        {"surrogate_keys": ["home"], "urls": ["https://www.frenchweb.fr/"]}
    ] * 2


def test_a_cdn_that_keeps_failing_is_given_up_after_the_last_delay(
    receiver, settings, caplog, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    receiver.statuses = [503] * 10
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"])
    for attempt in range(1, len(RETRY_DELAYS) + 2):
        [done] = run_queued()
        assert done.args_kwargs["kwargs"].get("attempt", 1) == attempt
        if attempt <= len(RETRY_DELAYS):
            assert done.status == "SUCCESSFUL"
            DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        else:
            assert done.status == "FAILED"  # the admin's task results say why
            assert done.exception_class_path == "urllib.error.HTTPError"
    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert len(receiver.requests) == len(RETRY_DELAYS) + 1
    given_up = [r for r in caplog.records if r.levelno == logging.ERROR and "given up" in r.message]
    assert len(given_up) == 1


def test_a_cdn_that_never_answers_holds_up_no_request(
    receiver, settings, django_capture_on_commit_callbacks
):
    use_database_backend(settings)
    receiver.hang = True
    settings.CDN_PURGE_TIMEOUT = 1
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"])
    assert time.monotonic() - started < 0.5  # queued, not sent, by the request
    started = time.monotonic()
    [done] = run_queued()  # the worker waits CDN_PURGE_TIMEOUT, no more, then tries later
    assert 0.9 < time.monotonic() - started < 3
    assert done.status == "SUCCESSFUL" and "essai 1 échoué" in done.return_value
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_with_the_immediate_backend_a_silent_cdn_costs_the_timeout_and_raises_nothing(
    receiver, settings, django_capture_on_commit_callbacks
):
    # No worker (TASKS_BACKEND=immediate): sent at commit, by the process itself; its
    # failure is logged, not retried, and never reaches the caller.
    receiver.hang = True
    settings.CDN_PURGE_TIMEOUT = 1
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"])
    assert 0.9 < time.monotonic() - started < 3
    assert len(receiver.requests) == 1


def test_a_refused_connection_is_tried_again_later(settings, django_capture_on_commit_callbacks):
    use_database_backend(settings)
    closed = Receiver()
    closed.close()  # nothing listens there any more
    settings.CDN_PURGE_URL = closed.url
    with django_capture_on_commit_callbacks(execute=True):
        cdn.purge(keys=["home"])
    [done] = run_queued()
    assert done.status == "SUCCESSFUL" and "essai 1 échoué" in done.return_value
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_large_purges_are_split_in_requests_of_at_most_500(
    receiver, django_capture_on_commit_callbacks
):
    keys = [f"article-{n:04d}" for n in range(700)]
    urls = [f"https://www.frenchweb.fr/articles/{n:04d}/" for n in range(501)]
    with django_capture_on_commit_callbacks(execute=True):
        assert cdn.purge(keys=keys + keys[:10], urls=urls) == 3
    bodies = sorted((r["json"] for r in receiver.requests), key=json.dumps)
    sizes = [len(b["surrogate_keys"]) + len(b["urls"]) for b in bodies]
    assert sorted(sizes) == [201, 500, 500]
    assert sorted(k for b in bodies for k in b["surrogate_keys"]) == keys
    assert sorted(u for b in bodies for u in b["urls"]) == urls
    for body in bodies:
        assert body["surrogate_keys"] == sorted(body["surrogate_keys"])
        assert body["urls"] == sorted(body["urls"])


@pytest.mark.parametrize(
    "arguments, error",
    [
        ({"urls": ["/articles/x/"]}, ValueError),  # a CDN purges absolute addresses
        ({"urls": ["ftp://www.frenchweb.fr/x"]}, ValueError),
        ({"keys": ["deux mots"]}, ValueError),  # keys travel space-separated
        ({"keys": [""]}, ValueError),
        ({"keys": ["rubrique-économie"]}, ValueError),  # printable ASCII only
        ({"keys": "home"}, TypeError),  # one string: a list of letters otherwise
    ],
)
def test_keys_and_urls_no_cdn_can_take_are_the_caller_s_mistake(receiver, arguments, error):
    with pytest.raises(error):
        cdn.purge(**arguments)
    assert receiver.requests == []


@pytest.mark.parametrize(
    "env, message",
    [
        ({"CDN_PURGE_URL": "cdn.example.com/purge"}, "expected an http(s):// address"),
        ({"CDN_PURGE_URL": "https://cdn.example.com/", "CDN_PURGE_TIMEOUT": "0"}, "> 0"),
        ({"CDN_PURGE_TIMEOUT": "dix"}, "expected an integer"),
    ],
)
def test_a_wrong_setting_stops_the_start(env, message):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CDN_")}
    result = subprocess.run(
        [sys.executable, "-c", "import newsroom.settings"],
        env=clean | env, cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode != 0 and "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


# What the page cache's changes send (core.surrogates → core.cdn.purge_changed) -------------


def test_a_correction_purges_the_article_by_key_and_by_address_on_each_publication(
    receiver, django_capture_on_commit_callbacks
):
    from articles import publications
    from articles.models import Correction, Publication
    from tests.factories import make_article

    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain="www.journaldesrh.fr")
    )
    article = make_article(slug="une-levee")
    article.cross_posts.add(rh)
    receiver.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Correction.objects.create(article=article, text="Le montant était de 3 M€.")
    [request] = receiver.requests
    keys = request["json"]["surrogate_keys"]
    assert {f"article-{article.pk}", f"lists-{article.publication_id}", f"lists-{rh.pk}",
            "any"} <= set(keys)  # fmt: skip
    assert "all" not in keys  # the rest of the site stays in the CDN
    assert set(request["json"]["urls"]) >= {
        article.publication.absolute("/articles/une-levee/"),
        rh.absolute("/articles/une-levee/"),
    }


def test_unpublishing_purges_the_article(receiver, django_capture_on_commit_callbacks, editor):
    from articles import services
    from tests.factories import make_seed_site

    article = make_seed_site()["article"]
    receiver.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.unpublish_article(article=article, user=editor)
    sent = {key for request in receiver.requests for key in request["json"]["surrogate_keys"]}
    urls = {url for request in receiver.requests for url in request["json"]["urls"]}
    assert f"article-{article.pk}" in sent
    assert article.publication.absolute("/articles/seed/") in urls


def test_expired_rights_purge_the_pages_that_showed_the_photo(
    receiver, django_capture_on_commit_callbacks, media_root
):
    from datetime import timedelta

    from django.utils import timezone

    from articles import photos
    from tests.factories import make_photo

    photo = make_photo(rights_expire_on=timezone.localdate() + timedelta(days=3))
    photos.make_rendition(photo, *next(iter(photos.all_renditions(photo))))
    receiver.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert photos.purge_expired(today=timezone.localdate() + timedelta(days=4)) == 1
    [request] = receiver.requests
    assert {f"photo-{photo.pk}", "lists"} <= set(request["json"]["surrogate_keys"])
    receiver.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):  # once: nothing left to purge
        assert photos.purge_expired(today=timezone.localdate() + timedelta(days=5)) == 0
    assert receiver.requests == []
