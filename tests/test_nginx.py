"""The shipped nginx configuration (deploy/nginx.conf), run for real in front of the live
server: its micro-cache keeps each publication's pages apart, and the client address the
application reads behind it is the peer nginx saw, whatever the client writes in headers.

nginx comes from Debian (`make test-tools` installs it)."""

import http.client
import re
import shutil
import tempfile
import time
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from accounts.models import AuditEvent
from articles import photos, publications
from articles.models import Publication
from benchmarks.nginx import free_port, nginx
from core.logs import RequestIdFilter
from tests.factories import make_article, make_photo

pytestmark = pytest.mark.django_db(transaction=True)

RH = "www.journaldesrh.fr"
FW = "www.frenchweb.fr"


@pytest.fixture
def run_dir():
    """nginx's workers drop root: their cache must be reachable (pytest's tmp_path is not)."""
    path = Path(tempfile.mkdtemp(prefix="newsroom-nginx-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def front(live_server, settings, tmp_path, run_dir):
    if not shutil.which("nginx"):
        pytest.fail("nginx introuvable : make test-tools l’installe (Debian).")
    settings.ALLOWED_HOSTS = [FW, RH]
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    settings.PAGE_CACHE_SECONDS = 300  # the suite turns the page cache off; nginx reads its headers
    default = Publication.objects.default()
    default.name, default.domain = "FrenchWeb", FW
    publications.save_publication(default)
    rh = Publication(name="Journal des RH", slug="journaldesrh", domain=RH)
    publications.save_publication(rh)
    publications.forget()
    make_article(title="Une nouvelle de FrenchWeb", publication=default)
    make_article(title="Une nouvelle du Journal des RH", publication=rh)
    with nginx(
        port=free_port(),
        upstream=urlsplit(live_server.url).netloc,
        static_root=django_settings.STATIC_ROOT or tmp_path / "static",
        media_root=settings.MEDIA_ROOT,
        run_dir=run_dir,
        extra=f"access_log {run_dir}/access.log newsroom;",  # the shipped format
    ) as url:
        yield urlsplit(url).port


def get(port, host, path="/", *, source="127.0.0.1", headers=None, method="GET", body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10,
                                            source_address=(source, 0))  # fmt: skip
    connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
    response = connection.getresponse()
    text = response.read().decode(errors="replace")  # a JPEG too
    connection.close()
    return response, text


def title(text):
    return re.search(r"<title>(.*?)</title>", text, re.S).group(1)


def test_the_micro_cache_never_serves_one_publication_s_page_on_the_other_s_host(front):
    _, text = get(front, FW)
    assert "FrenchWeb" in title(text) and "Une nouvelle de FrenchWeb" in text
    again, text = get(front, FW)
    assert again.getheader("X-Micro-Cache") == "HIT", "the page is cached by nginx"
    # Same address, other host: its own page, never FrenchWeb's cached one.
    other, text = get(front, RH)
    assert other.getheader("X-Micro-Cache") != "HIT"
    assert "Journal des RH" in title(text) and "Une nouvelle du Journal des RH" in text
    assert "Une nouvelle de FrenchWeb" not in text
    _, text = get(front, RH)
    assert "Journal des RH" in title(text)
    _, text = get(front, FW)
    assert "FrenchWeb" in title(text) and "Journal des RH" not in title(text)


def test_an_unknown_host_is_refused_through_nginx_too(front):
    response, _ = get(front, "evil.example")
    assert response.status == 400


def test_behind_the_real_nginx_a_forged_forwarded_for_is_not_the_client(front):
    """The attacker at 127.0.0.2 (a machine that is not a trusted proxy) writes a fake
    X-Forwarded-For; the audit log records the address nginx saw."""
    page, text = get(front, FW, "/admin/login/", source="127.0.0.2")
    cookie = re.search(r"csrftoken=([^;]+)", page.getheader("Set-Cookie")).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text).group(1)
    response, _ = get(
        front, FW, "/admin/login/", source="127.0.0.2", method="POST",
        body=f"csrfmiddlewaretoken={token}&username=claire&password=mauvais",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "X-Forwarded-For": "198.51.100.77",
            "X-Real-IP": "198.51.100.78",
            "Referer": f"https://{FW}/admin/login/",
        },
    )  # fmt: skip
    assert response.status == 200  # the form again, with its error
    event = AuditEvent.objects.get(action="login_failed")
    assert event.address == "127.0.0.2"


def test_nginx_s_request_id_is_in_its_log_the_application_s_and_the_response(
    front, run_dir, caplog
):
    """A client's own X-Request-ID is replaced by nginx's; the application logs that one
    (nginx is a trusted proxy) and it is answered, a micro-cached page included."""
    response, _ = get(front, FW, "/introuvable-xyz/", headers={"X-Request-ID": "forge-client"})
    assert response.status == 404
    given = response.getheader("X-Request-ID")
    assert re.fullmatch(r"[0-9a-f]{32}", given)  # nginx's $request_id
    record = next(r for r in caplog.records if r.getMessage() == "Not Found: /introuvable-xyz/")
    RequestIdFilter().filter(record)
    assert record.request_id == given
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # nginx writes the line once the response is sent
        lines = (run_dir / "access.log").read_text().splitlines()
        line = next((line for line in lines if "/introuvable-xyz/" in line), None)
        if line:
            break
        time.sleep(0.05)
    assert line.endswith(f" {given}") and '"GET /introuvable-xyz/ HTTP/1.1" 404' in line
    get(front, FW)
    cached, _ = get(front, FW)
    assert cached.getheader("X-Micro-Cache") == "HIT"
    assert re.fullmatch(r"[0-9a-f]{32}", cached.getheader("X-Request-ID"))
    assert (
        (run_dir / "access.log")
        .read_text()
        .splitlines()[-1]
        .endswith(cached.getheader("X-Request-ID"))
    )


@pytest.fixture
def media_nginx_reads(settings):
    """A media folder nginx's workers can read (pytest's tmp_path is not)."""
    folder = Path(tempfile.mkdtemp(prefix="newsroom-media-"))
    folder.chmod(0o755)
    settings.MEDIA_ROOT = folder
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_renditions_are_files_here_or_redirects_to_the_bucket_kept_a_day(
    media_backend, media_nginx_reads, front
):
    """Local storage: the first request makes the file, nginx serves it after. On a bucket:
    a 302 to it, kept by nginx a day, so the application is not asked for every image."""
    photo = make_photo()
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    first, _ = get(front, FW, url)
    again, _ = get(front, FW, url)
    if media_backend == "local":
        assert first.status == again.status == 200
        assert first.getheader("X-Micro-Cache") == "MISS"  # made by the application
        assert again.getheader("X-Micro-Cache") is None  # then the file, served by nginx
        assert again.getheader("Cache-Control") == "public, max-age=31536000, immutable"
        return
    assert first.status == 302 and first.getheader("X-Micro-Cache") == "MISS"
    assert first.getheader("Location").endswith(photos.rendition_name(photo, "16x9", 320, "jpg"))
    assert first.getheader("Cache-Control") == "public, max-age=86400"
    assert again.status == 302 and again.getheader("X-Micro-Cache") == "HIT"
    assert again.getheader("Location") == first.getheader("Location")


def test_renditions_of_a_photo_whose_rights_end_are_never_served_as_year_long_files(
    media_backend, media_nginx_reads, front
):
    """The file is there, but nginx hands the address to the application, whose Expires (the
    end of the rights) it keeps and repeats: never its own year, nor its media folder's month."""
    last_day = timezone.localdate() + timedelta(days=3)
    photo = make_photo(rights_expire_on=last_day)
    end = timezone.make_aware(datetime.combine(last_day + timedelta(days=1), datetime.min.time()))
    url = photos.rendition_url(photo, "16x9", 320, "jpg")
    first, _ = get(front, FW, url)
    again, _ = get(front, FW, url)
    assert first.getheader("X-Micro-Cache") == "MISS" and again.getheader("X-Micro-Cache") == "HIT"
    for response in (first, again):
        assert response.getheader("Cache-Control") == "public"
        expires = parsedate_to_datetime(response.getheader("Expires"))
        assert expires <= end and (media_backend == "s3" or expires == end)
    if media_backend == "local":
        assert first.status == again.status == 200
        assert (media_nginx_reads / photos.rendition_name(photo, "16x9", 320, "jpg")).is_file()
    else:
        assert first.status == again.status == 302  # for a day at most, as the others


def test_the_api_is_never_micro_cached_so_that_each_request_is_limited_and_counted(front, settings):
    """nginx hands every API request to the application (its own page cache answers the
    warm ones): a key's rate limit and usage count see them all."""
    from django.contrib.auth.models import User

    from api.models import ApiKey, ApiUsage

    settings.API_USAGE_FLUSH_SECONDS = 0
    owner = User.objects.create_user("cle", is_staff=True)
    _, key = ApiKey.issue(name="Appli", owner=owner, rate_limit=3)
    statuses = []
    for _ in range(4):
        response, _ = get(front, FW, "/api/v1/publications", headers={"X-Api-Key": key})
        statuses.append(response.status)
        assert response.getheader("X-Micro-Cache") != "HIT"
    assert statuses == [200, 200, 200, 429]
    assert ApiUsage.objects.get(key__isnull=False).requests == 3
