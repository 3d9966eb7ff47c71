"""What the media tests read of the default storage, on any backend (``media_backend``): the
names it holds, a file's bytes, and what a reader's browser gets for a rendition's address."""

from django.core.files.storage import default_storage

from core import storage


def names(prefix=""):
    """Every file under ``prefix`` in the default storage, sorted."""
    return storage.walk(default_storage, prefix)


def read(name):
    with default_storage.open(name, "rb") as file:
        return file.read()


def fetch(client, url):
    """The bytes a browser ends up with for ``url`` (a rendition's address on the site)."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    return b"".join(response.streaming_content)
