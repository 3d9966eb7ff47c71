"""What the media tests read of the default storage, on any backend (``media_backend``): the
names it holds, a file's bytes, and what a reader's browser gets for a rendition's address."""

from urllib.request import urlopen

from django.core.files.storage import default_storage

from core import storage


def names(prefix=""):
    """Every file under ``prefix`` in the default storage, sorted."""
    return storage.walk(default_storage, prefix)


def read(name):
    with default_storage.open(name, "rb") as file:
        return file.read()


def fetch(client, url):
    """The bytes a browser ends up with for ``url`` (a rendition's address on the site): the
    file itself (local storage), or the bucket's object after the redirect (S3)."""
    response = client.get(url)
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(storage.base_url()) and "://" in location, location
        assert response["Cache-Control"] == "public, max-age=86400"
        with urlopen(location, timeout=10) as answer:  # the bucket on loopback
            return answer.read()
    assert response.status_code == 200, (url, response.status_code)
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    return b"".join(response.streaming_content)
