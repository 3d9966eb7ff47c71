"""Outages: a cache that is down, a database that is down, and the health check.

They run the site in a fresh process pointed at closed ports (nothing listens on port 1), the
way a real outage looks to the application."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db.utils import OperationalError

ROOT = Path(__file__).resolve().parents[1]
CLOSED = "127.0.0.1:1"


def run_site(env, script):
    """Run ``script`` (which prints JSON) with Django set up under ``env``."""
    code = "import json, django; django.setup()\n" + script
    base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=base
        | {
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            "DEBUG": "0",
            "SECRET_KEY": "x" * 60,
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "0",
            "LOG_LEVEL": "CRITICAL",
            "STATIC_MANIFEST": "0",
        }
        | env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


GET = """
from django.test import Client
client = Client(raise_request_exception=False)
out = {}
for url in URLS:
    r = client.get(url)
    out[url] = {"status": r.status_code, "retry": r.get("Retry-After"),
                "text": r.content.decode()[:4000], "type": r.get("Content-Type")}
print(json.dumps(out))
"""


def test_database_down_gives_a_french_503_with_retry_after():
    pages = run_site(
        {"DATABASE_URL": f"postgres://postgres@{CLOSED}/newsroom"},
        "URLS = ['/', '/articles/x/', '/rubrique/afrique/', '/recherche/?q=x']\n" + GET,
    )
    login = run_site(
        {"DATABASE_URL": f"postgres://postgres@{CLOSED}/newsroom"},
        "from django.test import Client\n"
        "r = Client(raise_request_exception=False).post("
        "'/admin/login/', {'username': 'claire', 'password': 'x'})\n"
        "print(json.dumps({'status': r.status_code, 'retry': r.get('Retry-After'),"
        " 'text': r.content.decode()}))",
    )
    assert login["status"] == 503 and login["retry"] == "60"
    assert "La base de données est indisponible" in login["text"]
    for url, page in pages.items():
        assert page["status"] == 503, (url, page["status"])
        assert page["retry"] == "60"
        assert "Traceback" not in page["text"] and "OperationalError" not in page["text"]
    assert "Site momentanément indisponible" in pages["/"]["text"]


def test_health_check_reports_each_component():
    down = run_site(
        {
            "DATABASE_URL": f"postgres://postgres@{CLOSED}/newsroom",
            "REDIS_URL": f"redis://{CLOSED}/0",
        },
        "URLS = ['/healthz']\n" + GET,
    )["/healthz"]
    assert down["status"] == 503 and down["type"] == "application/json"
    assert json.loads(down["text"]) == {
        "database": "erreur : OperationalError",
        "cache": "erreur : ConnectionError",
        "storage": "ok",
    }


@pytest.mark.django_db
def test_cache_down_keeps_the_site_serving(client, settings):
    from tests.factories import make_article, make_banner

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://{CLOSED}/0",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
    settings.PAGE_CACHE_SECONDS = 300
    make_banner(headline="Toujours là")
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Toujours là" in response.text
    # The site serves, but a load balancer is told (tests/test_health.py).
    health = client.get("/healthz")
    assert health.status_code == 503 and health.json()["cache"] == "erreur : ConnectionError"


def test_a_database_error_in_a_view_is_a_503_not_a_500(rf, settings):
    from newsroom import views

    request = rf.get("/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = views.server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "60"
    try:
        raise ValueError("a bug")
    except ValueError:
        response = views.server_error(request)
    assert response.status_code == 500


@pytest.mark.django_db
def test_cached_pages_are_served_while_the_database_is_down(client, settings, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    from tests.factories import make_article

    settings.PAGE_CACHE_SECONDS = 300
    cached = make_article().get_absolute_url()
    other = make_article().get_absolute_url()
    assert client.get(cached).status_code == 200  # now in the page cache

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    client.raise_request_exception = False
    assert client.get(cached).status_code == 200
    down = client.get(other)
    assert down.status_code == 503 and down["Retry-After"] == "60"
    assert "Site momentanément indisponible" in down.text


@pytest.mark.django_db
def test_a_cached_page_whose_sidebar_is_stale_is_served_as_it_was_while_the_database_is_down(
    client, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from django.db.backends.base.base import BaseDatabaseWrapper

    from tests.factories import make_article

    settings.PAGE_CACHE_SECONDS = 300
    cached = make_article(title="Déjà en cache").get_absolute_url()
    assert client.get(cached).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):  # its sidebar's list moves
        make_article(title="Publié ensuite")

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    client.raise_request_exception = False
    response = client.get(cached)
    assert response.status_code == 200 and response["X-Cache"] == "HIT"
    assert "Déjà en cache" in response.text and "Publié ensuite" not in response.text
