"""/healthz, as a load balancer sees it: each component's state, 503 naming the one that is
down, over plain HTTP and on the server's own address, never cached. The database down is
in tests/test_outages.py (a fresh process on a closed port)."""

import pytest

pytestmark = pytest.mark.django_db

CLOSED = "127.0.0.1:1"  # nothing listens there


def test_all_is_well():
    from django.test import Client

    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"database": "ok", "cache": "ok", "storage": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert len(response["X-Request-ID"]) == 32  # its log lines can be found


def test_a_cache_that_is_down_is_named_and_answers_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://{CLOSED}/0",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "database": "ok",
        "cache": "erreur : ConnectionError",
        "storage": "ok",
    }


def test_the_real_redis_is_ok(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": "newsroom-test-health",
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["cache"] == "ok"


def test_a_media_folder_that_cannot_be_used_is_named_and_answers_503(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "not-a-folder"
    settings.MEDIA_ROOT.write_text("a file where the folder should be")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "database": "ok",
        "cache": "ok",
        "storage": "erreur : NotADirectoryError",
    }


def test_media_on_each_storage_are_ok(client, media_backend):
    assert client.get("/healthz").json()["storage"] == "ok"


def test_a_bucket_that_is_not_there_is_named_and_answers_503(client, settings, s3_server):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "bucket-absent",
                "endpoint_url": s3_server.endpoint,
                "access_key": "test",
                "secret_key": "test",
                "region_name": "us-east-1",
            },
        },
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["storage"] == "erreur : NoSuchBucket"


def test_probes_over_plain_http_are_answered_not_redirected(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/robots.txt").status_code == 301  # the rest of the site goes to https
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["database"] == "ok"
    assert client.head("/healthz").status_code == 200


def test_probes_with_the_server_s_own_address_are_answered(client, settings):
    """A load balancer asks http://10.0.0.5:8000/healthz: a Host the site does not serve."""
    settings.ALLOWED_HOSTS = ["www.frenchweb.fr"]
    assert client.get("/robots.txt", HTTP_HOST="10.0.0.5:8000").status_code == 400
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8000")
    assert response.status_code == 200 and response.json()["cache"] == "ok"
    # Only GET and HEAD are answered before the host checks.
    assert client.post("/healthz", HTTP_HOST="10.0.0.5:8000").status_code == 400
    assert client.post("/healthz", HTTP_HOST="www.frenchweb.fr").status_code == 405
