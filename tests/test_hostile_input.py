"""Every public endpoint answers hostile query strings, bodies and methods with a 4xx or a
normal page, never a 500."""

import pytest
from django.test import Client

from articles.models import Article
from partners import selection
from partners.models import Banner

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = [
    "%00",
    "a%00b",
    "x" * 100_000,
    "%ff%fe%fd",
    "%c3%28",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e3",
    "abc",
    "%27%20OR%201%3D1--",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
    "%E2%80%AE",
    "%C2%B2",  # « ² »: a digit to str.isdigit, not to int
    "%D9%A3",  # « ٣ », an Arabic-Indic three
    "%EF%BC%93",  # « ３ », a full-width three
    "1_0",
]


@pytest.fixture
def site(demo):
    article = Article.objects.published().first()
    banner = Banner.objects.first()
    return {
        "pages": [
            "/",
            article.get_absolute_url(),
            "/rubrique/actualite/",
            "/tag/microsoft/",
            "/auteur/jeanne-dussueil/",
            "/recherche/",
            "/corrections/",
            "/flux/",
            "/flux/atom/",
            "/rubrique/actualite/flux/",
            "/sitemap.xml",
            "/sitemap-news.xml",
            "/robots.txt",
            "/healthz",
            "/partenaires/devenir-partenaire/",
            f"/partenaires/clic/{selection.click_token(banner.pk)}/",
        ],
        "beacons": [
            f"/stats/lecture/{article.pk}/",
            f"/partenaires/vu/{selection.impression_token(banner.pk)}/",
        ],
    }


def assert_not_500(response, what):
    assert response.status_code < 500, (what, response.status_code)


@pytest.mark.parametrize("parameter", ["page", "q", "utm_source"])
def test_hostile_query_strings(site, parameter):
    client = Client(raise_request_exception=False)
    for url in site["pages"]:
        for value in HOSTILE_VALUES:
            query = f"{parameter}={value}"
            assert_not_500(client.get(f"{url}?{query}"), f"{url}?{query[:80]}")
        repeated = f"{url}?{parameter}=1&{parameter}=2&{parameter}=%00"
        assert_not_500(client.get(repeated), repeated)


def test_a_page_number_is_ascii_digits_or_a_404_never_a_500(client, demo):
    """« ² » is a digit to str.isdigit, not to int (the search answered 500); int reads
    « ٣ », « ３ », « 1_0 » and spaces, which no link of ours writes."""
    for url in (
        "/recherche/?q=cluster&page=",
        "/rubrique/actualite/?page=",
        "/tag/microsoft/?page=",
    ):
        for value in ("%C2%B2", "%D9%A3", "%EF%BC%93", "1_0", "%202"):
            assert client.get(url + value).status_code == 404, url + value
        assert client.get(url + "1").status_code == 200, url
        assert client.get(url + "9" * 30).status_code == 200, url  # the last page


def test_hostile_paths(demo):
    client = Client(raise_request_exception=False)
    for path in [
        "/articles/%00/",
        "/articles/%ff%fe/",
        "/articles/" + "a" * 5000 + "/",
        "/rubrique/..%2F..%2F/",
        "/sitemap-articles-0000-00.xml",
        "/sitemap-articles-9999-99.xml",
        "/sitemap-articles-%00.xml",
        "/apercu/%00/",
        "/apercu/" + "x" * 1000 + "/",
        "/partenaires/clic/%00/",
        "/partenaires/clic/" + "x" * 5000 + "/",
        "/media/renditions/1/%00/16x9-640.avif",
        "/media/renditions/1/abc/16x9-99999999999999999999.avif",
        "/media/renditions/999999/abc/16x9-640.exe",
    ]:
        assert_not_500(client.get(path), path)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch", "options"])
def test_wrong_methods(site, method):
    client = Client(raise_request_exception=False)
    for url in site["pages"]:
        if method == "post" and "devenir-partenaire" in url:
            continue  # the form takes POST
        response = getattr(client, method)(url)
        assert_not_500(response, f"{method} {url}")
        if method in ("put", "delete", "patch"):
            assert response.status_code in (403, 404, 405), (method, url, response.status_code)
    for url in site["beacons"]:
        assert_not_500(client.get(url), f"get {url}")
        assert client.get(url).status_code == 405


def test_hostile_bodies(site):
    client = Client(raise_request_exception=False)
    bodies = [b"\x00" * 1000, b"\xff\xfe" * 1000, b"x" * 200_000, b"name=%00&email=%ff"]
    for url in site["beacons"] + ["/partenaires/devenir-partenaire/"]:
        for body in bodies:
            for content_type in (
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=zzz",
                "text/plain",
            ):
                response = client.post(url, data=body, content_type=content_type)
                assert_not_500(response, f"post {url} {content_type} {body[:10]!r}")


def test_hostile_lead_form_values(site):
    client = Client(raise_request_exception=False)
    for value in [
        "\x00",
        "x" * 100_000,
        "=cmd|' /C calc'!A0",
        "<script>alert(1)</script>",
    ]:
        data = {
            "name": value,
            "company": value,
            "email": value,
            "phone": value,
            "budget": value,
            "message": value,
            "consent": value,
        }
        response = client.post("/partenaires/devenir-partenaire/", data)
        assert_not_500(response, repr(value[:20]))
        assert "<script>alert(1)</script>" not in response.content.decode(errors="replace")


def test_the_host_header_cannot_poison_links_redirects_or_cached_pages(settings, demo):
    settings.PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    client = Client(raise_request_exception=False)
    article = Article.objects.published().first().get_absolute_url()
    assert client.get(article, HTTP_HOST="evil.example").status_code == 400
    # An allowed alias renders, but every absolute link comes from SITE_URL…
    page = client.get(article, HTTP_HOST="localhost").content.decode()
    assert "//localhost" not in page and settings.SITE_URL in page
    # …and the page it may have cached is the same for everyone.
    again = client.get(article).content.decode()
    assert "//localhost" not in again
    for url in ("/flux/", "/sitemap.xml", "/robots.txt"):
        body = client.get(url, HTTP_HOST="localhost").content.decode()
        assert "//localhost" not in body, url
    # Redirects stay relative or on SITE_URL.
    response = client.get(article.rstrip("/"), HTTP_HOST="localhost")
    assert response.status_code == 301 and not response["Location"].startswith("http://localhost")


def test_nul_bytes_in_addresses_are_a_400_before_any_view(client):
    for url in ("/articles/%00/", "/apercu/%00/", "/apercu/a%00b/", "/partenaires/clic/%00/"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "caractère nul" in response.content.decode()


OTHER_SITE = ["//evil.example/", "/\\evil.example/", "/\t/evil.example/", "\\\\evil.example/",
              "/\\/evil.example/", " //evil.example/"]  # fmt: skip


@pytest.mark.parametrize("link", OTHER_SITE)
def test_addresses_a_browser_reads_as_another_site_are_never_taken_for_ours(link):
    """A browser reads « /\\evil.example » as « //evil.example »: the breaking news link and
    the call to action refused « //… » only, and the body's links counted it as internal."""
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from articles.models import BreakingNews
    from articles.sanitizer import is_external_url, sanitize_html
    from partners.models import CallToAction

    now = timezone.now()
    with pytest.raises(ValidationError) as error:
        BreakingNews(text="Alerte", link=link, starts_at=now, ends_at=now).clean()
    assert "link" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        CallToAction(text="Devenez partenaire", url=link).clean()
    assert "url" in error.value.message_dict
    assert is_external_url(link)
    assert 'rel="noopener"' in sanitize_html(f'<p><a href="{link.strip()}">x</a></p>') or (
        "href" not in sanitize_html(f'<p><a href="{link.strip()}">x</a></p>')
    )


def test_the_site_s_own_paths_are_still_ours():
    from articles.sanitizer import is_external_url
    from core.links import is_site_path

    for path in ("/", "/articles/x/", "/rubrique/afrique/?page=2#haut"):
        assert is_site_path(path) and not is_external_url(path)
