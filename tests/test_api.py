"""The content API (/api/v1/): what it serves, to whom, and what it never shows."""

from datetime import datetime, timedelta
from urllib.parse import quote, unquote, urlencode

import pytest
from django.utils import timezone

from api.models import ApiKey, ApiUsage
from articles.models import Article, Page
from articles.trash import trash_article
from tests.factories import (
    make_article,
    make_author,
    make_category,
    make_photo,
    make_related,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def usage_written_at_once(settings):
    """Counts are written at every request here (in production every few seconds)."""
    settings.API_USAGE_FLUSH_SECONDS = 0


def get(client, path, **headers):
    return client.get(f"/api/v1{path}", headers=headers)


@pytest.fixture
def newsroom(db):
    """Published, draft, scheduled and trashed articles, and one whose photo expired."""
    section = make_category(name="Afrique", slug="afrique", is_in_navigation=True)
    author = make_author(name="Jeanne Dussueil", slug="jeanne-dussueil")
    photo = make_photo(credit="AFP", caption="Alger, au petit matin.")
    now = timezone.now()
    live = [
        make_article(
            title=f"Publié {n}",
            slug=f"publie-{n}",
            published_at=now - timedelta(hours=n + 1),
            authors=[author],
            tags=["Algérie"],
            categories=[section],
            primary_category=section,
            lead_photo=photo,
        )
        for n in range(5)
    ]
    draft = make_article(title="Brouillon", slug="brouillon", status=Article.State.DRAFT)
    scheduled = make_article(
        title="Programmé", slug="programme", published_at=now + timedelta(hours=2)
    )
    trashed = make_article(title="Jeté", slug="jete")
    trash_article(trashed, None)
    return {
        "live": live,
        "draft": draft,
        "scheduled": scheduled,
        "photo": photo,
        "section": section,
    }


def test_the_article_list_shows_what_the_site_shows_newest_first(client, newsroom):
    response = get(client, "/articles")
    assert response.status_code == 200
    data = response.json()
    assert [a["slug"] for a in data["results"]] == [f"publie-{n}" for n in range(5)]
    assert data["count"] == 5 and data["next"] is None
    first = data["results"][0]
    assert first["authors"][0]["name"] == "Jeanne Dussueil"
    assert first["tags"][0]["slug"] == "algerie"
    assert first["primary_section"]["slug"] == "afrique"
    assert first["lead_photo"]["credit"] == "AFP"
    assert first["lead_photo"]["srcset"]["jpg"].startswith("http://testserver/media/")
    assert first["url"].endswith("/articles/publie-0/")


def test_drafts_scheduled_and_trashed_articles_are_never_served(client, newsroom):
    for article in (newsroom["draft"], newsroom["scheduled"]):
        response = get(client, f"/articles/{article.pk}")
        assert response.status_code == 404
        assert response.json()["code"] == "introuvable"
    listed = {a["slug"] for a in get(client, "/articles?limit=100").json()["results"]}
    assert listed.isdisjoint({"brouillon", "programme", "jete"})
    for name in ("section=afrique", "tag=algerie", "author=jeanne-dussueil"):
        found = {a["slug"] for a in get(client, f"/articles?{name}").json()["results"]}
        assert found and found.isdisjoint({"brouillon", "programme", "jete"})


def test_a_scheduled_article_appears_when_its_time_comes(client, newsroom):
    scheduled = newsroom["scheduled"]
    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now() - timedelta(1))
    assert get(client, f"/articles/{scheduled.pk}").status_code == 200


def test_an_expired_photo_is_never_served(client, newsroom):
    photo = newsroom["photo"]
    photo.rights_expire_on = timezone.localdate() - timedelta(days=1)
    photo.save()
    article = newsroom["live"][0]
    assert get(client, f"/articles/{article.pk}").json()["lead_photo"] is None
    assert all(a["lead_photo"] is None for a in get(client, "/articles").json()["results"])


def test_the_detail_has_the_body_read_also_and_corrections(client, newsroom):
    article, other = newsroom["live"][:2]
    make_related(article, target=other)
    make_related(article, target=newsroom["draft"])  # not public: never shown
    data = get(client, f"/articles/{article.pk}").json()
    assert data["body_html"].startswith("<p>")
    assert [link["article_id"] for link in data["read_also"]] == [other.pk]
    assert data["corrections"] == []


def test_the_cursor_walks_every_article_once(client, newsroom):
    seen, url = [], "/api/v1/articles?limit=2"
    while url:
        data = client.get(url).json()
        seen += [a["slug"] for a in data["results"]]
        assert data["count"] == 5
        url = data["next"]
    assert seen == [f"publie-{n}" for n in range(5)]


@pytest.mark.parametrize(
    "query",
    [
        "limit=0", "limit=101", "limit=100000000000000000000", "limit=-1", "limit=%D9%A1%D9%A0",
        "limit=abc", "limit=1&limit=2", "published_after=hier", "published_before=2026-13-45",
        "cursor=%00", "cursor=bm9wZQ", "cursor=" + "x" * 300, "publication=inconnue",
        "section=inconnue",
    ],
)  # fmt: skip
def test_hostile_parameters_are_a_clear_400(client, newsroom, query):
    response = client.get(f"/api/v1/articles?{query}")
    assert response.status_code == 400, response.content
    data = response.json()
    assert data["code"] and data["message"]


def test_an_unknown_or_revoked_key_is_refused(client, newsroom, editor):
    api_key, key = ApiKey.issue(name="Appli", owner=editor)
    assert get(client, "/articles", X_API_KEY=key).status_code == 200
    assert get(client, "/articles", X_API_KEY=key + "x").json()["code"] == "cle_invalide"
    assert get(client, "/articles", Authorization=f"Bearer {key}").status_code == 200
    api_key.revoke()
    from api.gate import forget

    forget(api_key)
    response = get(client, "/articles", X_API_KEY=key)
    assert response.status_code == 401


def test_rate_limits_answer_429_with_retry_after_and_usage_is_counted(client, newsroom, editor):
    api_key, key = ApiKey.issue(name="Widget", owner=editor, rate_limit=2)
    answers = [get(client, "/publications", X_API_KEY=key) for _ in range(3)]
    assert [r.status_code for r in answers] == [200, 200, 429]
    assert 1 <= int(answers[2]["Retry-After"]) <= 61
    assert answers[2].json()["code"] == "trop_de_requetes"
    usage = ApiUsage.objects.get(key=api_key)
    assert (usage.requests, usage.refused) == (2, 1)


def test_cors_follows_each_key_s_origins(client, newsroom, editor):
    _, key = ApiKey.issue(
        name="Widget", owner=editor, allowed_origins="https://widget.partenaire.fr"
    )
    anonymous = get(client, "/publications", Origin="https://ailleurs.example")
    assert anonymous["Access-Control-Allow-Origin"] == "*"
    allowed = get(client, "/publications", X_API_KEY=key, Origin="https://widget.partenaire.fr")
    assert allowed["Access-Control-Allow-Origin"] == "https://widget.partenaire.fr"
    other = get(client, "/publications", X_API_KEY=key, Origin="https://ailleurs.example")
    assert other.status_code == 403 and "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v1/articles",
        headers={"Origin": "https://widget.partenaire.fr",
                 "Access-Control-Request-Headers": "x-api-key"},
    )  # fmt: skip
    assert preflight.status_code == 204
    assert "X-Api-Key" in preflight["Access-Control-Allow-Headers"]


def test_sections_tags_authors_and_publications(client, newsroom):
    assert [s["slug"] for s in get(client, "/sections").json()["results"]] == ["afrique"]
    assert [t["slug"] for t in get(client, "/tags").json()["results"]] == ["algerie"]
    authors = get(client, "/authors").json()["results"]
    assert [a["slug"] for a in authors] == ["jeanne-dussueil"]
    assert get(client, "/publications").json()["results"][0]["name"]


def test_list_queries_do_not_grow_with_the_page(client, newsroom, django_assert_num_queries):
    # The usage counter's UPDATE, the articles (with section, photo, sponsor), bylines with
    # authors, sections, tags. (The first request of the day makes the counter's row and
    # counts the list, kept until the publication's articles change; the publications'
    # map is read once and kept.)
    get(client, "/articles")
    for limit in (1, 5):
        with django_assert_num_queries(5):
            assert get(client, f"/articles?limit={limit}").status_code == 200


def test_every_response_matches_the_openapi_description(client, newsroom, commit):
    """Each endpoint's answers, errors included, checked by an independent validator
    (openapi-core) against the description the API serves."""
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest, MockResponse

    spec = client.get("/api/v1/openapi.json").json()
    openapi = OpenAPI.from_dict(spec)
    article = newsroom["live"][0]
    make_related(article, target=newsroom["live"][1])
    make_related(article, url="https://www.anpt.dz/", label="L’ANPT")
    Page.objects.create(title="Mentions légales", slug="mentions", body="<p>Éditeur.</p>")
    since = timezone.now()
    gone = newsroom["live"][4]
    commit(gone.delete)  # a tombstone in the change feed
    commit(newsroom["live"][3].save)  # a change
    paths = [
        "/api/v1/articles", "/api/v1/articles?limit=2", f"/api/v1/articles/{article.pk}",
        f"/api/v1/articles/{newsroom['draft'].pk}", "/api/v1/articles?limit=0",
        "/api/v1/articles?section=afrique&tag=algerie&author=jeanne-dussueil",
        "/api/v1/sections", "/api/v1/tags", "/api/v1/authors?limit=1", "/api/v1/publications",
        "/api/v1/search?q=publie", "/api/v1/search?q=", f"/api/v1/photos/{newsroom['photo'].pk}",
        "/api/v1/photos", "/api/v1/photos/0", "/api/v1/pages", "/api/v1/pages/mentions",
        "/api/v1/pages/inconnue", "/api/v1/articles?updated_since=" + quote(since.isoformat()),
    ]  # fmt: skip
    for path in paths:
        response = client.get(path)
        route, _, query = path.partition("?")
        args = {k: unquote(v) for k, v in (p.split("=") for p in query.split("&") if p)}
        request = MockRequest("http://testserver", "get", route, args=args)
        openapi.validate_response(
            request,
            MockResponse(response.content, status_code=response.status_code,
                         content_type="application/json"),
        )  # fmt: skip
    assert set(spec["paths"]) >= {
        "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/sections", "/api/v1/tags",
        "/api/v1/authors", "/api/v1/publications", "/api/v1/search", "/api/v1/photos",
        "/api/v1/photos/{photo_id}", "/api/v1/pages", "/api/v1/pages/{slug}",
    }  # fmt: skip
    assert any(r.get("deleted") for r in client.get(paths[-1]).json()["results"])


def test_the_documentation_page_is_served_with_its_own_files(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui-bundle.js" in html and "cdn." not in html


def test_unknown_parameters_are_refused_with_the_known_ones_named(client, newsroom):
    response = client.get("/api/v1/articles?sectoin=afrique")
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == "parametre_inconnu" and "section" in data["message"]
    assert client.get(f"/api/v1/articles/{newsroom['live'][0].pk}?x=1").status_code == 400


def test_conditional_requests_get_304(client, newsroom):
    article = newsroom["live"][0]
    first = client.get(f"/api/v1/articles/{article.pk}")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get(f"/api/v1/articles/{article.pk}", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = client.get(
        f"/api/v1/articles/{article.pk}", headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert since.status_code == 304
    listed = client.get("/api/v1/articles")
    assert (
        client.get("/api/v1/articles", headers={"If-None-Match": listed["ETag"]}).status_code == 304
    )


def test_answers_are_cached_and_emptied_exactly(client, newsroom, settings, commit):
    """Served from the page cache (counted and limited all the same); a correction to one
    article empties its answer and the lists, not the other articles'."""
    settings.PAGE_CACHE_SECONDS = 300
    first, second = newsroom["live"][:2]
    for path in (f"/articles/{first.pk}", f"/articles/{second.pk}", "/articles"):
        assert get(client, path)["X-Cache"] == "MISS"
        assert get(client, path)["X-Cache"] == "HIT"
    first.title = "Titre corrigé"
    commit(first.save)
    fresh = get(client, f"/articles/{first.pk}")
    assert fresh["X-Cache"] == "MISS" and fresh.json()["title"] == "Titre corrigé"
    assert get(client, "/articles")["X-Cache"] == "MISS"
    assert get(client, f"/articles/{second.pk}")["X-Cache"] == "HIT"
    assert "public" in fresh["Cache-Control"] and "s-maxage" in fresh["Cache-Control"]
    commit(Article.objects.get(pk=second.pk).delete)
    assert get(client, f"/articles/{second.pk}").status_code == 404
    assert ApiUsage.objects.get(key=None).requests == 10  # every answer, cached or not


def sync(client, since):
    """Every item of the change feed since ``since``, following the cursor."""
    items, url = (
        [],
        "/api/v1/articles?" + urlencode({"updated_since": since.isoformat(), "limit": 2}),
    )
    while url:
        data = client.get(url).json()
        items += data["results"]
        url = data["next"]
    return items


def test_updated_since_lists_changes_and_tombstones_oldest_first(client, newsroom, commit):
    live = newsroom["live"]
    since = timezone.now()
    assert sync(client, since) == []
    edited, unpublished, deleted = live[3], live[1], live[2]
    deleted_pk = deleted.pk
    edited.title = "Retitré"
    commit(edited.save)
    unpublished.status = Article.State.DRAFT
    commit(unpublished.save)
    commit(lambda: trash_article(deleted, None))
    scheduled = newsroom["scheduled"]  # its time comes: no write, its date says it
    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now())
    items = sync(client, since)
    assert [(i["id"], i["deleted"]) for i in items] == [
        (edited.pk, False), (unpublished.pk, True), (deleted_pk, True), (scheduled.pk, False),
    ]  # fmt: skip
    assert items[0]["title"] == "Retitré"
    stamps = [i["changed_at"] for i in items]
    assert stamps == sorted(stamps)
    # From the last change on, nothing more.
    assert sync(client, datetime.fromisoformat(stamps[-1])) == []


def test_an_article_leaving_a_filter_is_a_tombstone_there(client, newsroom, commit):
    since = timezone.now()
    article = newsroom["live"][0]
    article.primary_category = None
    commit(article.save)
    commit(lambda: article.categories.clear())
    url = "/api/v1/articles?" + urlencode(
        {"updated_since": since.isoformat(), "section": "afrique"}
    )
    results = client.get(url).json()["results"]
    assert {(r["id"], r["deleted"]) for r in results} == {(article.pk, True)}


def test_expired_rights_change_the_articles_they_lead(client, newsroom):
    """No write marks the end of a photo's rights: the worker's hourly job records it, once."""
    from api import changes

    since = timezone.now()
    photo = newsroom["photo"]
    type(photo).objects.filter(pk=photo.pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    assert changes.record_expired_rights() == 5
    assert changes.record_expired_rights() == 0  # already recorded
    items = sync(client, since)
    assert {i["id"] for i in items} == {a.pk for a in newsroom["live"]}
    assert all(i["lead_photo"] is None for i in items)


@pytest.mark.parametrize("since", ["2020-01-01T00:00:00Z", "2026-12-01T00:00:00"])
def test_updated_since_too_old_or_without_time_zone_is_refused(client, since):
    response = client.get("/api/v1/articles?" + urlencode({"updated_since": since}))
    assert response.status_code == 400
    assert response.json()["code"] in ("trop_ancien", "date_sans_fuseau")


def test_search_pages_through_the_site_s_search(client, newsroom):
    make_article(title="La zythologie expliquée", slug="zythologie")
    data = client.get("/api/v1/search?q=zythologie").json()
    assert [r["slug"] for r in data["results"]] == ["zythologie"]
    assert "<mark>" in data["results"][0]["excerpt_html"] or data["results"][0]["excerpt_html"]
    walked, url = [], "/api/v1/search?q=publie&limit=2"
    while url:
        page = client.get(url).json()
        walked += [r["slug"] for r in page["results"]]
        url = page["next"]
    assert sorted(walked) == sorted(f"publie-{n}" for n in range(5))
    assert "brouillon" not in str(client.get("/api/v1/search?q=brouillon").json())
    assert client.get("/api/v1/search?q=").status_code == 400
    assert client.get("/api/v1/search?q=" + "x" * 300).status_code == 400


def test_photos_are_only_those_readers_see(client, newsroom):
    unused = make_photo(credit="Inutilisée")
    ids = [p["id"] for p in client.get("/api/v1/photos").json()["results"]]
    assert ids == [newsroom["photo"].pk]
    assert client.get(f"/api/v1/photos/{unused.pk}").status_code == 404
    photo = client.get(f"/api/v1/photos/{newsroom['photo'].pk}").json()
    assert photo["credit"] == "AFP" and photo["licence_label"]
    type(unused).objects.filter(pk=newsroom["photo"].pk).update(
        rights_expire_on=timezone.localdate() - timedelta(days=1)
    )
    assert client.get(f"/api/v1/photos/{newsroom['photo'].pk}").status_code == 404
    assert client.get("/api/v1/photos").json()["results"] == []


def test_standing_pages(client, db):
    from articles.models import Page

    Page.objects.create(title="Mentions légales", slug="mentions-legales", body="<p>Éditeur.</p>")
    listed = client.get("/api/v1/pages").json()["results"]
    assert [p["slug"] for p in listed] == ["mentions-legales"]
    assert client.get("/api/v1/pages/mentions-legales").json()["body_html"] == "<p>Éditeur.</p>"
    assert client.get("/api/v1/pages/inconnue").status_code == 404


def test_fields_choose_and_include_embeds(client, newsroom, django_assert_num_queries):
    article = newsroom["live"][0]
    slim = client.get("/api/v1/articles?fields=title,url").json()["results"][0]
    assert set(slim) == {"deleted", "id", "title", "url"}
    full = client.get("/api/v1/articles?include=body,authors,sections&limit=2").json()
    first = full["results"][0]
    assert first["body_html"].startswith("<p>")
    assert "bio" in first["authors"][0] and "description" in first["sections"][0]
    detail = client.get(f"/api/v1/articles/{article.pk}?fields=title,body_html").json()
    assert set(detail) == {"deleted", "id", "title", "body_html"}
    for bad in ("fields=titre", "include=comments", "fields=title,,nope"):
        response = client.get(f"/api/v1/articles?{bad}")
        assert response.status_code == 400
        assert response.json()["code"] in ("champ_inconnu", "inclusion_inconnue")
    # Bodies included: still one query for the page's figures at most, not one an article.
    client.get("/api/v1/articles?include=body")
    for limit in (1, 5):
        with django_assert_num_queries(5):
            client.get(f"/api/v1/articles?include=body,authors,sections&limit={limit}")


def test_usage_is_added_up_and_written_every_few_seconds(client, newsroom, settings, editor):
    from api import usage

    settings.API_USAGE_FLUSH_SECONDS = 3600
    usage.flush()
    _, key = ApiKey.issue(name="Appli", owner=editor)
    for _ in range(3):
        get(client, "/publications", X_API_KEY=key)
    assert not ApiUsage.objects.filter(key__isnull=False).exists()  # not yet written
    usage.flush()
    assert ApiUsage.objects.get(key__isnull=False).requests == 3
    for _ in range(2):
        get(client, "/publications", X_API_KEY=key)
    usage.flush()
    assert ApiUsage.objects.get(key__isnull=False).requests == 5


def test_the_article_detail_costs_the_same_whatever_it_holds(
    client, newsroom, django_assert_num_queries
):
    plain, rich = newsroom["live"][:2]
    for other in newsroom["live"][2:]:
        make_related(rich, target=other)
    get(client, f"/articles/{plain.pk}")
    # The usage counter, the article (section, photo, sponsor), bylines with authors,
    # sections, tags, « Lire aussi » links with their articles, corrections.
    for article in (plain, rich):
        with django_assert_num_queries(7):
            assert get(client, f"/articles/{article.pk}").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/search?q=%00", "/api/v1/articles?tag=%00", "/api/v1/articles?author=a%00b",
        "/api/v1/articles?section=%00", "/api/v1/articles?publication=%00",
        "/api/v1/pages/%00", "/api/v1/articles/%00", "/api/v1/nope", "/api/v2/articles",
        "/api/v1/articles/99999999999999999999999", "/api/v1/articles?fields=%00",
        "/api/v1/search?q=%F0%9F%92%A5" * 1,
    ],
)  # fmt: skip
def test_hostile_addresses_get_json_never_a_500(client, newsroom, path):
    response = client.get(path)
    assert response.status_code < 500, (path, response.status_code)
    assert response["Content-Type"].startswith("application/json"), path
    if response.status_code >= 400:
        assert response.json()["code"]


def test_only_reading_methods_are_allowed(client, newsroom):
    response = client.post("/api/v1/articles", {"title": "x"})
    assert response.status_code == 405 and response.json()["code"] == "methode_refusee"


@pytest.mark.parametrize(
    "path",
    ["/sections", "/tags", "/authors", "/photos", "/search?q=publie", "/articles?tag=algerie",
     "/articles?section=afrique&include=authors,sections",
     "/articles?updated_since=2026-12-01T00:00:00%2B00:00"],
)  # fmt: skip
def test_every_list_costs_the_same_whatever_its_page_size(client, newsroom, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(3):
        author = make_author(name=f"Autre {n}", slug=f"autre-{n}")
        make_article(title=f"Publié en plus {n}", authors=[author], tags=[f"Mot {n}"],
                     lead_photo=make_photo(credit=f"Crédit {n}"))  # fmt: skip
    separator = "&" if "?" in path else "?"
    get(client, path)  # the day's usage row, the publications' map
    counts = []
    for limit in (1, 5):
        with CaptureQueriesContext(connection) as queries:
            response = get(client, f"{path}{separator}limit={limit}")
        assert response.status_code == 200 and len(response.json()["results"]) >= 1
        counts.append(len(queries))
    assert counts[0] == counts[1], (path, counts)


def test_oldest_first_walks_every_article_once(client, newsroom):
    seen, url = [], "/api/v1/articles?order=oldest&limit=2"
    while url:
        data = client.get(url).json()
        seen += [a["slug"] for a in data["results"]]
        url = data["next"]
    assert seen == [f"publie-{n}" for n in reversed(range(5))]
    assert client.get("/api/v1/articles?order=random").status_code == 400
    since = quote(timezone.now().isoformat())
    response = client.get(f"/api/v1/articles?order=oldest&updated_since={since}")
    assert response.json()["code"] == "ordre_incompatible"


@pytest.mark.parametrize(
    "origins",
    ["widget.example", "https://widget.example/page", "javascript:alert(1)", "https://a b.fr",
     "ftp://widget.example", "https://"],
)  # fmt: skip
def test_allowed_origins_must_be_origins(editor, origins):
    from django.core.exceptions import ValidationError

    api_key = ApiKey(name="Widget", owner=editor, allowed_origins=origins)
    with pytest.raises(ValidationError) as refused:
        api_key.full_clean(exclude=["prefix", "key_digest"])
    assert "Origine invalide" in str(refused.value)


def test_allowed_origins_are_kept_one_a_line_in_lower_case(editor):
    api_key = ApiKey(
        name="Widget",
        owner=editor,
        allowed_origins=" HTTPS://Widget.example/ \n\nhttp://localhost:8080",
    )
    api_key.full_clean(exclude=["prefix", "key_digest"])
    assert api_key.origins() == {"https://widget.example", "http://localhost:8080"}
