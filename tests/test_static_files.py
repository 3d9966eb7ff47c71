"""Static files in production: hashed names, compressed copies, cached forever."""

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture
def collected(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    return settings.STATIC_ROOT


@pytest.mark.django_db
def test_pages_link_hashed_static_files_served_immutable_and_compressed(collected):
    client = Client()
    html = client.get("/").content.decode()
    css = next(part.split('"')[0] for part in html.split('href="/static/css/site.')[1:])
    url = f"/static/css/site.{css}"
    assert len(css.split(".")[0]) == 12  # a content hash in the name
    response = client.get(url, HTTP_ACCEPT_ENCODING="br, gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
    gzip = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert gzip["Content-Encoding"] == "gzip"
    assert list((collected / "css").glob("site.*.css.br"))
