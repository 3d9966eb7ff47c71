"""How long browsers and CDNs may keep a photo rendition: a year (``immutable``) when the
photo's rights never end, never past their end when they do, on the local storage (the
view's answer; nginx's own: tests/test_nginx.py) and on a bucket (the redirect, and the
object's own headers, read back from the real S3 server)."""

import re
from datetime import datetime, time, timedelta
from email.utils import parsedate_to_datetime
from urllib.request import urlopen

import pytest
from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.utils import timezone

from articles import photos
from articles.models import Photo
from tests import media
from tests.factories import make_photo

pytestmark = pytest.mark.django_db

YEAR, DAY = 31536000, 86400


def end_of_rights(last_day):
    """Midnight after the last day, in the site's time zone (Europe/Paris)."""
    return timezone.make_aware(datetime.combine(last_day + timedelta(days=1), time.min))


def kept_for(headers):
    """Seconds a cache may keep a response from now (RFC 9111, 4.2.1): its max-age, else
    its Expires; None when neither says."""
    control = headers.get("Cache-Control", "")
    if match := re.search(r"(?:^|[ ,])max-age=(\d+)", control):
        return int(match[1])
    if headers.get("Expires"):
        return (parsedate_to_datetime(headers["Expires"]) - timezone.now()).total_seconds()
    return None


def head(name):
    """The object's metadata in the bucket, as boto3 reads it back from the S3 server."""
    key = f"{default_storage.location}/{name}" if default_storage.location else name
    client = default_storage.connection.meta.client
    return client.head_object(Bucket=default_storage.bucket_name, Key=key)


def test_renditions_of_a_photo_whose_rights_never_end_are_kept_a_year(media_backend, client):
    photo = make_photo()
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    assert url.startswith(f"/media/renditions/{photo.pk}/{photos.version(photo)}/")
    response = client.get(url)
    if media_backend == "local":
        assert response.status_code == 200
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
        return
    assert response.status_code == 302 and response["Cache-Control"] == "public, max-age=86400"
    stored = head(photos.rendition_name(photo, "16x9", 320, "jpg"))
    assert stored["CacheControl"] == "public, max-age=2592000" and "Expires" not in stored


@pytest.mark.parametrize("days_left", [0, 3, 400])
def test_renditions_of_a_photo_whose_rights_end_are_never_kept_past_it(
    media_backend, client, days_left
):
    last_day = timezone.localdate() + timedelta(days=days_left)
    photo = make_photo(rights_expire_on=last_day)
    end = end_of_rights(last_day)
    left = (end - timezone.now()).total_seconds()
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    # Apart from the others (nginx hands them to the application), the last day in the name.
    assert url.startswith(f"/media/renditions-until/{photo.pk}/{last_day.isoformat()}-")
    response = client.get(url)
    assert "immutable" not in response["Cache-Control"]
    assert kept_for(response) <= left
    if media_backend == "local":
        assert response.status_code == 200
        assert response["Cache-Control"] == "public"
        if left < YEAR:  # until the end...
            assert parsedate_to_datetime(response["Expires"]) == end
        else:  # ...or a year, as the others, when it is further
            assert YEAR - 5 < kept_for(response) <= YEAR
        return
    # The redirect: a day at most, as the others; less on the last day.
    assert response.status_code == 302 and response["Cache-Control"] == "public"
    assert kept_for(response) <= min(left, DAY)
    if days_left == 0:
        assert parsedate_to_datetime(response["Expires"]) == end
    # The object itself says when: the end, whenever a reader gets it (a max-age written
    # today would count from each later reader's download).
    stored = head(photos.rendition_name(photo, "16x9", 320, "jpg"))
    assert stored["CacheControl"] == "public"
    assert stored["Expires"] == end
    with urlopen(response["Location"], timeout=10) as answer:  # what a browser gets
        assert answer.headers["Cache-Control"] == "public"
        assert kept_for(answer.headers) <= left
        assert parsedate_to_datetime(answer.headers["Expires"]) == end
        assert answer.read() == media.read(photos.rendition_name(photo, "16x9", 320, "jpg"))


def test_a_new_end_of_rights_makes_new_names_and_removes_the_old(
    media_backend, client, django_capture_on_commit_callbacks
):
    admin = User.objects.create_superuser("photo", password="motdepasse-solide-42")
    client.force_login(admin)
    today = timezone.localdate()
    photo = make_photo(rights_expire_on=today + timedelta(days=30))
    first = photos.rendition_url(photo, "1x1", 640, "jpg")
    assert media.fetch(client, first)
    change = f"/admin/articles/photo/{photo.pk}/change/"
    fields = {"alt_text": photo.alt_text, "credit": photo.credit, "licence": "own",
              "focal_x": "0.5", "focal_y": "0.5", "tags": ""}  # fmt: skip
    # Sooner: a cache holding the old name would keep it past the new end; no page names
    # it any more, and its files are gone.
    sooner = today + timedelta(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(change, fields | {"rights_expire_on": sooner.strftime("%d/%m/%Y")})
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.rights_expire_on == sooner
    second = photos.rendition_url(photo, "1x1", 640, "jpg")
    assert second != first and sooner.isoformat() in second
    assert client.get(first).status_code == 404
    assert media.names("renditions-until") == sorted(
        photos.rendition_name(photo, r, w, e)
        for r, w, e in photos.all_renditions(photo)
        if e == "jpg"
    )  # the standard set, made again under the new name (the immediate backend, on commit)
    # No end any more: back with the photos kept a year.
    assert client.post(change, fields | {"rights_expire_on": ""}).status_code == 302
    photo.refresh_from_db()
    third = photos.rendition_url(photo, "1x1", 640, "jpg")
    assert third.startswith(f"/media/renditions/{photo.pk}/")
    assert client.get(second).status_code == 404
    assert media.names("renditions-until") == []
    client.logout()
    assert media.fetch(client, third)


def test_a_rendition_is_answered_under_its_own_folder_only(client):
    limited = make_photo(rights_expire_on=timezone.localdate() + timedelta(days=5))
    unlimited = make_photo()
    for photo, other in [(limited, "renditions"), (unlimited, "renditions-until")]:
        url = photos.rendition_url(photo, "16x9", 320, "jpg")
        assert client.get(url).status_code == 200
        wrong = url.replace(f"/{photos.folder(photo)}/", f"/{other}/")
        assert client.get(wrong).status_code == 404


def test_a_photo_whose_rights_ended_still_has_none_of_its_renditions_served(media_backend, client):
    # Its pages no longer show it; an old address (in a cache's page) finds nothing.
    photo = make_photo(rights_expire_on=timezone.localdate())
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    assert media.fetch(client, url)
    Photo.objects.filter(pk=photo.pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    assert client.get(url).status_code == 404
    photo.refresh_from_db()
    assert client.get(photos.rendition_url(photo, "16x9", 320, "jpg")).status_code == 404


def test_the_bucket_s_headers_are_read_from_the_name_alone():
    assert photos.object_parameters("renditions/12/3f2a9c0d1e/16x9-320.jpg") == {}
    assert photos.object_parameters("photos/2025/06/abc.jpg") == {}
    day = timezone.localdate() + timedelta(days=10)
    name = f"renditions-until/12/{day.isoformat()}-3f2a9c0d1e/16x9-320.jpg"
    expected = {"CacheControl": "public", "Expires": end_of_rights(day)}
    assert photos.object_parameters(name) == expected
    assert photos.object_parameters(f"site-a/{name}") == expected  # under a storage's location


def test_the_end_of_rights_is_when_the_photo_s_rights_expire():
    last_day = timezone.localdate() + timedelta(days=3)
    photo = make_photo(rights_expire_on=last_day)
    end = photos.rights_end(photo)
    assert end == end_of_rights(last_day)  # midnight, Paris time, whatever the season
    assert not photo.rights_expired(today=timezone.localtime(end - timedelta(seconds=1)).date())
    assert photo.rights_expired(today=timezone.localtime(end).date())
    assert photos.rights_end(make_photo()) is None
