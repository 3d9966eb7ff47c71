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
    file itself (local storage), or the bucket's object after the redirect (S3). Renditions
    of photos whose rights end are kept by caches until then (tests/test_rendition_caching.py),
    the others a day (the redirect) or a year (the file)."""
    response = client.get(url)
    until = "/renditions-until/" in url
    if until:
        assert response["Cache-Control"] == "public" and response["Expires"], url
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(storage.base_url()) and "://" in location, location
        assert until or response["Cache-Control"] == "public, max-age=86400"
        with urlopen(location, timeout=10) as answer:  # the bucket on loopback
            return answer.read()
    assert response.status_code == 200, (url, response.status_code)
    assert until or response["Cache-Control"] == "public, max-age=31536000, immutable"
    return b"".join(response.streaming_content)
