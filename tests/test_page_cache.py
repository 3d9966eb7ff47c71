"""The page cache: every invalidation rule, the schedule, the never-cached cases,
a failing cache, HTTP caching and conditional GET."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date

from articles import services
from articles.models import Category, Correction, Page, Tag
from core import pagecache
from tests.factories import (
    make_article,
    make_author,
    make_category,
    make_related,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, page_cache_off):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def site(seed_site):
    return seed_site


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, response.content.decode()


def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, site, django_assert_num_queries
):
    first, html = get(client, "/articles/seed/")
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second, cached_html = get(client, "/articles/seed/")
    assert second["X-Cache"] == "HIT"
    assert cached_html == html
    assert second["Content-Type"] == "text/html; charset=utf-8"


# Invalidation: anything a public page shows ---------------------------------------------


def edit_article_title(site):
    article = site["article"]
    article.title = "Titre corrigé"
    article.save()


def edit_photo_credit(site):
    photo = site["photo"]
    photo.credit = "Crédit corrigé"
    photo.save()


def rename_category(site):
    Category.objects.filter(pk=site["category"].pk).update(name="Maghreb")
    site["category"].name = "Maghreb"
    site["category"].save()


def rename_author(site):
    site["author"].name = "Jeanne D."
    site["author"].save()


def rename_tag(site):
    tag = Tag.objects.get(slug="algerie")
    tag.name = "Algérie (pays)"
    tag.save()


def add_tag(site):
    site["article"].tags.add("Cluster")


def add_category(site):
    site["article"].categories.add(make_category(name="Économie", slug="economie"))


def add_byline(site):
    site["article"].bylines.create(author=make_author(name="Karim Benali"), position=2)


def add_related_link(site):
    make_related(site["article"], url="https://www.anpt.dz/", label="Le site de l’ANPT")


def add_correction(site):
    Correction.objects.create(article=site["article"], text="Précision ajoutée")


def add_footer_page(site):
    Page.objects.create(title="Mentions légales", slug="mentions-legales")


@pytest.mark.parametrize(
    ("change", "url", "expected"),
    [
        (edit_article_title, "/articles/seed/", "Titre corrigé"),
        (edit_article_title, "/", "Titre corrigé"),
        (edit_article_title, "/rubrique/afrique/", "Titre corrigé"),
        (edit_photo_credit, "/articles/seed/", "Crédit corrigé"),
        (rename_category, "/articles/seed/", "Maghreb"),
        (rename_author, "/articles/seed/", "Jeanne D."),
        (rename_tag, "/articles/seed/", "Algérie (pays)"),
        (add_tag, "/articles/seed/", "Cluster"),
        (add_category, "/rubrique/economie/", "Titre d’origine"),
        (add_byline, "/articles/seed/", "Karim Benali"),
        (add_related_link, "/articles/seed/", "Le site de l’ANPT"),
        (add_correction, "/articles/seed/", "Précision ajoutée"),
        (add_footer_page, "/", "Mentions légales"),
    ],
)
def test_a_change_is_seen_by_the_next_request(client, site, commit, change, url, expected):
    response, html = get(client, url)
    assert expected not in html or response.status_code == 404
    get(client, url)  # now cached
    commit(lambda: change(site))
    response, html = get(client, url)
    assert response["X-Cache"] == "MISS"
    assert expected in html


def test_publishing_unpublishing_and_deleting(client, site, commit, editor):
    draft = make_article(title="Le scoop", slug="scoop", status="draft", published_at=None,
                         lead_photo=site["photo"], primary_category=site["category"],
                         standfirst="Chapô", authors=[site["author"]])  # fmt: skip
    assert "Le scoop" not in get(client, "/")[1]
    assert get(client, "/articles/scoop/")[0].status_code == 404  # a cached 404
    commit(lambda: services.publish_article(article=draft, user=editor))
    assert "Le scoop" in get(client, "/")[1]
    assert get(client, "/articles/scoop/")[0].status_code == 200
    commit(lambda: services.unpublish_article(article=draft, user=editor))
    assert "Le scoop" not in get(client, "/")[1]
    assert get(client, "/articles/scoop/")[0].status_code == 404
    get(client, "/articles/seed/")
    commit(lambda: site["article"].delete())
    assert get(client, "/articles/seed/")[0].status_code == 404
    assert "Titre d’origine" not in get(client, "/")[1]


def test_a_draft_is_never_cached_even_when_previewed(client, site, editor, commit):
    draft = make_article(title="Brouillon secret", slug="secret", status="draft")
    link = services.create_preview_link(article=draft, user=editor)
    response, html = get(client, link.secret_url())
    assert "Brouillon secret" in html
    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    assert not any("Brouillon secret" in str(v) for v in _cached_values())


def _cached_values():
    return [value for key, value in cache._cache.items()]


def test_changes_to_revisions_or_preview_links_keep_the_cache(client, site, commit, editor):
    get(client, "/articles/seed/")
    before = pagecache.generation()
    commit(lambda: services.save_revision(article=site["article"], user=editor, kind="edited"))
    commit(lambda: services.create_preview_link(article=site["article"], user=editor))
    assert pagecache.generation() == before
    assert get(client, "/articles/seed/")[0]["X-Cache"] == "HIT"


# The schedule ------------------------------------------------------------------------------


def test_a_scheduled_article_appears_on_time_with_the_cache_on(client, site, editor, commit):
    scheduled = make_article(title="Paraîtra bientôt", slug="bientot", status="draft",
                             lead_photo=site["photo"], primary_category=site["category"],
                             standfirst="Chapô", authors=[site["author"]])  # fmt: skip
    at = timezone.now() + timedelta(seconds=2)
    commit(lambda: services.schedule_article(article=scheduled, user=editor, at=at))
    response, html = get(client, "/")
    assert "Paraîtra bientôt" not in html
    # Kept at most until the publication time, and said so to caches in front.
    assert "s-maxage=1" in response["Cache-Control"] or "s-maxage=2" in response["Cache-Control"]
    assert "stale-while-revalidate" not in response["Cache-Control"]
    assert get(client, "/")[0]["X-Cache"] == "HIT"
    time.sleep(2.2)
    response, html = get(client, "/")
    assert "Paraîtra bientôt" in html
    assert get(client, "/articles/bientot/")[0].status_code == 200


# Never cached ------------------------------------------------------------------------------


def test_logged_in_staff_are_never_served_nor_stored(client, site, editor):
    get(client, "/articles/seed/")
    client.force_login(editor)
    response, _ = get(client, "/articles/seed/")
    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-store"
    client.logout()


def test_post_requests_are_not_cached(client, site):
    response = client.post("/articles/seed/")
    assert response.status_code == 405
    assert "X-Cache" not in response


def test_responses_that_set_cookies_or_are_errors_are_not_stored(client, site, rf):
    from django.http import HttpResponse

    ok = HttpResponse("ok")
    assert pagecache.is_storable(ok)
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("csrftoken", "x")
    assert not pagecache.is_storable(with_cookie)
    for status in (302, 403, 410, 500, 503):
        assert not pagecache.is_storable(HttpResponse("x", status=status))
    private = HttpResponse("x")
    private["Cache-Control"] = "private"
    assert not pagecache.is_storable(private)


def test_admin_is_never_cached(admin_client):
    response = admin_client.get("/admin/")
    assert "X-Cache" not in response


# A cache that fails -------------------------------------------------------------------------


def test_a_failing_cache_degrades_to_rendering(client, site):
    broken = mock.Mock(side_effect=ConnectionError("cache down"))
    with (
        mock.patch.object(pagecache.cache, "get", broken),
        mock.patch.object(pagecache.cache, "set", broken),
    ):
        response, html = get(client, "/articles/seed/")
    assert response.status_code == 200
    assert "Titre d’origine" in html


def test_redis_down_degrades_to_rendering(client, site, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6399/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        }
    }
    response, html = get(client, "/articles/seed/")
    assert response.status_code == 200
    assert "Titre d’origine" in html


def test_redis_shares_the_cache_and_the_generation(client, site, settings, commit):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"newsroom-test-{time.time_ns()}",
        }
    }
    assert get(client, "/articles/seed/")[0]["X-Cache"] == "MISS"
    assert get(client, "/articles/seed/")[0]["X-Cache"] == "HIT"
    commit(lambda: edit_article_title(site))
    response, html = get(client, "/articles/seed/")
    assert response["X-Cache"] == "MISS" and "Titre corrigé" in html


def test_local_versions_are_files_every_worker_process_reads(settings):
    first = pagecache.generation()
    pagecache.bump_generation()
    second = pagecache.generation()
    assert second > first
    assert (settings.PAGE_CACHE_KEYS_DIR / "all").stat().st_mtime_ns == second


# HTTP caching ----------------------------------------------------------------------------


def test_public_pages_carry_cdn_friendly_headers(client, site):
    response, _ = get(client, "/articles/seed/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=60", "s-maxage=120", "stale-while-revalidate=60"}
    assert "Cookie" in response["Vary"]
    assert response["X-Accel-Expires"] == "5"
    assert response["ETag"].startswith('"')


def test_conditional_get_answers_304(client, site):
    response, _ = get(client, "/articles/seed/")
    etag = response["ETag"]
    again = client.get("/articles/seed/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    last_modified = response["Last-Modified"]
    assert client.get("/articles/seed/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    earlier = http_date(time.time() - 10 * 365 * 86400)
    assert client.get("/articles/seed/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_host_header_cannot_poison_the_cache(client, site):
    _, html = get(client, "/articles/seed/", HTTP_HOST="localhost")
    assert "localhost" not in html
    response, other = get(client, "/articles/seed/", HTTP_HOST="127.0.0.1")
    assert response["X-Cache"] == "HIT" and other == html
    assert client.get("/articles/seed/", HTTP_HOST="evil.example").status_code == 400


# Junk addresses cannot flood the cache ------------------------------------------------------


def entries():
    return len(cache._cache)  # the local-memory cache of the tests


def test_five_thousand_junk_addresses_add_no_entry_and_lift_no_lock(client, site, editor):
    from accounts.models import Counter

    pages = ["/", "/articles/seed/", "/rubrique/afrique/", "/tag/algerie/",
             "/auteur/jeanne-dussueil/", "/recherche/?q=alger"]  # fmt: skip
    for url in pages:
        assert client.get(url)["X-Cache"] == "MISS"
    for _ in range(5):  # a locked login pair
        client.post("/admin/login/", {"username": "claire", "password": "x"})
    before, locks = entries(), list(Counter.objects.values_list("key", "count"))
    statuses = {}
    for n in range(5000):
        url = [
            f"/articles/inexistant-{n}/",  # a 404, one per address
            f"/?utm_source={n}&q={n}&page={n}",  # the home page reads no parameter
            f"/rubrique/afrique/?page={n + 2}",  # past the end: shown as the last page
            f"/tag/algerie/?page=0{n}",  # not the page's own number
            f"/articles/seed/?x={n}",  # an unknown parameter
        ][n % 5]
        response = client.get(url)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
    assert statuses == {404: 1000, 200: 4000}
    assert entries() == before
    assert list(Counter.objects.values_list("key", "count")) == locks
    # The pages themselves are still served from the cache.
    for url in pages:
        assert client.get(url)["X-Cache"] == "HIT"


def test_unknown_parameters_share_the_page_s_entry(client, site):
    client.get("/articles/seed/")
    assert client.get("/articles/seed/?utm_source=lettre&fbclid=x")["X-Cache"] == "HIT"


def test_a_page_keeps_a_bounded_number_of_query_variants(client, site):
    client.get("/recherche/")  # the generation's schedule and banners are read once
    before = entries()
    for n in range(pagecache.MAX_VARIANTS + 30):
        client.get(f"/recherche/?q=mot{n}")
    # Each stored variant is one entry, plus the path's counter of variants.
    assert entries() - before == pagecache.MAX_VARIANTS + 1, entries() - before
    assert client.get("/recherche/?q=mot3")["X-Cache"] == "HIT"
    assert client.get(f"/recherche/?q=mot{pagecache.MAX_VARIANTS + 5}")["X-Cache"] == "MISS"


def test_404s_are_not_stored(client, site):
    before = entries()
    for n in range(20):
        assert client.get(f"/articles/absent-{n}/").status_code == 404
    assert entries() == before
