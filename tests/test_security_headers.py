"""Production settings and the security headers of every response."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import security
from tests.factories import make_article

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-secret-key-for-the-tests-only-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "www.example.fr",
    "DATABASE_URL": "sqlite:///" + str(ROOT / "var" / "never-opened.sqlite3"),
}


def settings_with(env, *names):
    """Read settings in a fresh process with this environment (settings read it at import)."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}))"
    )
    base = {
        k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "SESSION_", "CSRF_"))
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=base | {"DJANGO_SETTINGS_MODULE": "newsroom.settings"} | env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_check_deploy_reports_nothing_with_the_production_variables():
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a production check.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SECURE_", "SESSION_", "CSRF_", "DJANGO_ALLOW_ASYNC"))
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        env=env | PRODUCTION,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


HTTPS = [
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
]


def test_https_settings_are_on_by_default_in_production():
    values = settings_with(PRODUCTION, *HTTPS, "SECURE_PROXY_SSL_HEADER")
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_PROXY_SSL_HEADER": None,
    }


def test_each_https_setting_follows_its_own_variable():
    env = PRODUCTION | {
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "SECURE_PROXY_SSL_HEADER": "1",
    }
    values = settings_with(env, *HTTPS, "SECURE_PROXY_SSL_HEADER")
    assert values == {
        "SECURE_SSL_REDIRECT": False,
        "SECURE_HSTS_SECONDS": 0,
        "SESSION_COOKIE_SECURE": False,
        "CSRF_COOKIE_SECURE": False,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }
    # Each alone: turning one off leaves the others on.
    values = settings_with(PRODUCTION | {"SESSION_COOKIE_SECURE": "0"}, *HTTPS)
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["CSRF_COOKIE_SECURE"] is True and values["SECURE_SSL_REDIRECT"] is True


@pytest.mark.django_db
def test_public_pages_carry_a_strict_policy_and_the_other_headers(client):
    response = client.get(make_article().get_absolute_url())
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "style-src 'self';" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_pages_from_the_page_cache_keep_their_headers(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    url = make_article().get_absolute_url()
    client.get(url)
    cached = client.get(url)
    assert "Content-Security-Policy" in cached and "Permissions-Policy" in cached


@pytest.mark.django_db
def test_the_admin_has_its_own_working_policy(admin_client):
    response = admin_client.get("/admin/articles/article/")
    policy = response["Content-Security-Policy"]
    scripts = policy.split("script-src ", 1)[1].split(";", 1)[0].split()
    assert scripts == ["'self'", *security.known_import_map_hashes()]  # no inline script
    assert "style-src 'self' 'unsafe-inline'" in policy  # its widgets set style attributes


def test_media_on_another_host_is_allowed_by_the_policy(settings):
    settings.MEDIA_URL = "https://media.example.fr/uploads/"
    for function in (security._media_origin, security.public_policy, security.admin_policy):
        function.cache_clear()
    try:
        assert "img-src 'self' data: https://media.example.fr;" in security.public_policy()
    finally:
        for function in (security._media_origin, security.public_policy, security.admin_policy):
            function.cache_clear()


def test_media_on_a_bucket_s_cdn_are_allowed_by_the_policy(settings):
    """Renditions redirect to the storage, originals and logos are linked there: its host is
    allowed for images (Django forgets its storages, and we the policies, on the change)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "media", "custom_domain": "cdn.example.fr",
                        "querystring_auth": False},
        },
    }  # fmt: skip
    assert "img-src 'self' data: https://cdn.example.fr;" in security.public_policy()
    assert "img-src 'self' data: blob: https://cdn.example.fr;" in security.admin_policy()
    settings.MEDIA_URL = "https://media.example.fr/uploads/"
    assert "https://media.example.fr https://cdn.example.fr;" in security.public_policy()


def test_local_media_add_no_host_to_the_policy():
    assert "img-src 'self' data:;" in security.public_policy()


@pytest.mark.django_db
def test_uploaded_media_are_never_sniffed_and_can_run_nothing(client, settings):
    """Even a file that slipped in with markup inside (an old upload, a restored archive)
    opens in a sandbox where nothing loads or runs."""
    from tests.factories import make_photo

    photo = make_photo()
    planted = Path(settings.MEDIA_ROOT) / "photos" / "page.html"
    planted.write_text("<script>fetch('/admin/')</script>")
    for url in (photo.image.url, settings.MEDIA_URL + "photos/page.html"):
        response = client.get(url)
        assert response.status_code == 200
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_nginx_serves_media_unsniffed_and_sandboxed_too():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    for block in ("location /media/ {", "location /media/renditions/ {"):
        body = conf.split(block, 1)[1].split("}", 1)[0]
        assert "add_header X-Content-Type-Options nosniff;" in body, block
        assert """add_header Content-Security-Policy "default-src 'none'; sandbox";""" in body


@pytest.mark.django_db
def test_the_editor_import_map_is_allowed_by_its_hash_only(admin_client):
    response = admin_client.get("/admin/articles/article/add/")
    maps = security._IMPORT_MAP.findall(response.content.decode())
    assert len(maps) == 1
    policy = response["Content-Security-Policy"]
    assert f"script-src 'self' {security.csp_hash(maps[0])};" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]


def test_an_import_map_slipped_into_an_admin_page_is_not_allowed(rf):
    """The policy's hashes are the editor's, computed once: a page that carries another
    import map (stored content shown unescaped, say) does not get it allowed."""
    from django.http import HttpResponse

    planted = '{"imports": {"django-prose-editor/editor": "https://evil.example/x.js"}}'
    page = f'<html><script type="importmap">{planted}</script></html>'
    middleware = security.SecurityHeadersMiddleware(lambda request: HttpResponse(page))
    policy = middleware(rf.get("/admin/articles/article/1/change/"))["Content-Security-Policy"]
    assert security.csp_hash(planted) not in policy
    assert security.known_import_map_hashes()[0] in policy
