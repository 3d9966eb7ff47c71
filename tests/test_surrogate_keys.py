"""Invalidation by surrogate keys (core/surrogates.py, articles/cachekeys.py): a change empties
the pages that show it and only those. Publishing one article leaves the other article pages
warm — their sidebar and their « Lire aussi » are fragments, refreshed alone — and leaves the
other publication entirely warm; every page still shows the change at once. On the
local-memory cache (versions in files) and on Redis (versions shared by app servers)."""

import time
from datetime import UTC

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import publications, services
from articles.models import Article, Publication
from core import surrogates
from tests.factories import make_article, make_photo, make_related, make_seed_site

pytestmark = pytest.mark.django_db

RH = "www.journaldesrh.fr"
FW = "127.0.0.1:8000"


@pytest.fixture(params=["local", "redis"])
def backend(request, settings, page_cache_off):
    settings.PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["testserver", RH, "127.0.0.1", "localhost"]
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:6379/15",
                "KEY_PREFIX": f"newsroom-test-{time.time_ns()}",
            }
        }
    return request.param


@pytest.fixture
def titles(backend, db):
    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain=RH, tagline="Les RH")
    )
    publications.forget()
    seed = make_seed_site()
    other = make_article(
        title="Une levée de fonds à Lagos", slug="levee-lagos", authors=[seed["author"]],
        tags=["Algérie"], primary_category=seed["category"],
    )  # fmt: skip
    rh_article = make_article(title="Le recrutement des développeurs", slug="recrutement",
                              publication=rh)  # fmt: skip
    return {"rh": rh, "other": other, "rh_article": rh_article, **seed}


def get(client, url, host=FW):
    response = client.get(url, HTTP_HOST=host)
    return response, response.content.decode()


def warm(client, *pages):
    for url, host in pages:
        get(client, url, host)
        assert get(client, url, host)[0]["X-Cache"] == "HIT", url


def test_publishing_one_article_leaves_the_other_article_pages_warm(client, titles, commit, editor):
    pages = [("/articles/seed/", FW), ("/", FW), ("/articles/recrutement/", RH), ("/", RH)]
    warm(client, *pages)
    draft = make_article(title="Le scoop du jour", slug="scoop", status="draft",
                         published_at=None, tags=["Algérie"], lead_photo=titles["photo"],
                         authors=[titles["author"]], standfirst="Chapô",
                         primary_category=titles["category"])  # fmt: skip
    commit(lambda: services.publish_article(article=draft, user=editor))

    # Its publication's home is rendered again and shows it.
    response, html = get(client, "/")
    assert response["X-Cache"] == "MISS" and "Le scoop du jour" in html
    # Another article page is served from the cache, its fragments renewed: the sidebar's
    # latest articles and the « Lire aussi » (they share a tag) show the new article.
    response, html = get(client, "/articles/seed/")
    assert response["X-Cache"] == "HIT"
    assert html.count("Le scoop du jour") == 2
    assert "<!--fragment" not in html
    # The other publication did not move at all.
    for url in ("/articles/recrutement/", "/"):
        response, html = get(client, url, RH)
        assert response["X-Cache"] == "HIT" and "Le scoop du jour" not in html


def test_a_warm_page_with_stale_fragments_costs_only_their_queries(client, titles, commit):
    warm(client, ("/articles/seed/", FW))
    commit(lambda: make_article(title="Encore un article", slug="encore"))
    with CaptureQueriesContext(connection) as queries:
        response, html = get(client, "/articles/seed/")
    assert response["X-Cache"] == "HIT" and "Encore un article" in html
    # The sidebar (1: the navigation and the latest articles) and the « Lire aussi » (3:
    # the article and whether it has hand-chosen links, its tags, the suggestions; 1 more
    # with such links), not the page's own reads.
    assert len(queries) == 4, "\n".join(q["sql"][:150] for q in queries)
    with CaptureQueriesContext(connection) as queries:
        assert get(client, "/articles/seed/")[0]["X-Cache"] == "HIT"
    assert len(queries) == 0


def test_editing_an_article_renews_the_pages_that_link_to_it(client, titles, commit):
    seed, other = titles["article"], titles["other"]
    commit(lambda: make_related(seed, target=other))
    warm(client, ("/articles/seed/", FW), ("/articles/levee-lagos/", FW))

    def rename():
        other.title = "Une levée record à Lagos"
        other.save()

    commit(rename)
    response, html = get(client, "/articles/levee-lagos/")
    assert response["X-Cache"] == "MISS" and "Une levée record à Lagos" in html
    response, html = get(client, "/articles/seed/")
    assert "Une levée record à Lagos" in html


def test_a_photo_s_credit_empties_only_the_pages_that_show_it(client, titles, commit):
    warm(client, ("/articles/seed/", FW), ("/articles/levee-lagos/", FW))
    photo = titles["photo"]

    def credit():
        photo.credit = "AFP"
        photo.save()

    commit(credit)
    response, html = get(client, "/articles/seed/")
    assert response["X-Cache"] == "MISS" and "AFP" in html
    assert get(client, "/articles/levee-lagos/")[0]["X-Cache"] == "HIT"


def test_a_photo_in_the_body_is_a_key_of_the_page(client, titles, commit):
    figure = make_photo(credit="Agence d’origine", caption="Une figure")
    other = titles["other"]
    Article.objects.filter(pk=other.pk).update(
        body=f'<figure class="figure"><img src="/x.jpg" alt="" data-file="{figure.pk}">'
        "<figcaption>Une figure</figcaption></figure>"
    )
    response, _ = get(client, "/articles/levee-lagos/")
    assert f"photo-{figure.pk}" in response["Surrogate-Key"].split()


def test_moving_an_article_to_another_publication_empties_the_lists_it_leaves(
    client, titles, commit
):
    warm(client, ("/", FW), ("/", RH))
    other = Article.objects.get(pk=titles["other"].pk)

    def move():
        other.publication = titles["rh"]
        other.save()

    commit(move)
    response, html = get(client, "/", FW)
    assert response["X-Cache"] == "MISS" and "Une levée de fonds à Lagos" not in html
    response, html = get(client, "/", RH)
    assert response["X-Cache"] == "MISS" and "Une levée de fonds à Lagos" in html


def test_pages_carry_their_keys_for_a_cdn(client, titles):
    response, _ = get(client, "/articles/seed/")
    keys = set(response["Surrogate-Key"].split())
    seed = titles["article"]
    assert {"all", f"article-{seed.pk}", f"photo-{seed.lead_photo_id}",
            f"author-{titles['author'].pk}"} <= keys  # fmt: skip
    assert not any(key.startswith("lists") for key in keys)  # those are the fragments'
    response, _ = get(client, "/")
    assert {"all", "lists", f"lists-{seed.publication_id}"} == set(
        response["Surrogate-Key"].split()
    )
    # A page that declares nothing depends on every change.
    response, _ = get(client, "/flux/")
    assert response["Surrogate-Key"] == "any"


def test_an_unclassified_change_empties_every_page(client, titles, commit):
    warm(client, ("/articles/seed/", FW), ("/", RH))
    category = titles["category"]

    def rename():
        category.name = "Maghreb"
        category.save()

    commit(rename)
    assert get(client, "/articles/seed/")[0]["X-Cache"] == "MISS"
    assert get(client, "/", RH)[0]["X-Cache"] == "MISS"


def test_a_key_never_seen_gets_a_new_version_not_an_old_one(backend):
    first = surrogates.versions(["article-424242"])["article-424242"]
    surrogates.bump({"article-424242"})
    second = surrogates.versions(["article-424242"])["article-424242"]
    assert second != first
    assert surrogates.versions(["article-424243"])["article-424243"] not in (first, second)


def test_most_read_is_kept_while_nothing_changes_and_loses_an_unpublished_article_at_once(
    client, titles, commit, editor, settings
):
    from django.utils import timezone

    from articles.models import ArticleView

    settings.PAGE_CACHE_SECONDS = 0  # every page rendered: only « Les plus lus » is kept
    other = titles["other"]
    ArticleView.objects.create(article=other, day=timezone.localdate(), count=500)
    commit(lambda: None)

    def most_read(html):
        return html.split('id="most-read-title"')[1].split("</section>")[0]

    assert "Une levée de fonds à Lagos" in most_read(get(client, "/")[1])
    with CaptureQueriesContext(connection) as kept:
        get(client, "/")
    assert not any("articles_articleview" in q["sql"] for q in kept)  # not counted again
    commit(lambda: services.unpublish_article(article=Article.objects.get(pk=other.pk),
                                              user=editor))  # fmt: skip
    html = get(client, "/")[1]
    assert 'id="most-read-title"' not in html or "Une levée" not in most_read(html)


def test_a_list_s_count_is_kept_and_follows_every_change(client, titles, commit, settings):
    """« Page 1 sur N »: counted once per change of the publication's articles."""
    from articles.views import PAGE_SIZE

    settings.PAGE_CACHE_SECONDS = 0
    author = titles["author"]
    for n in range(PAGE_SIZE):  # with « Titre d'origine » and « Une levée »: two pages
        make_article(slug=f"suite-{n}", authors=[author])
    commit(lambda: None)
    assert "Page 1 sur 2" in get(client, f"/auteur/{author.slug}/")[1]
    with CaptureQueriesContext(connection) as kept:
        get(client, f"/auteur/{author.slug}/")
    assert not any("COUNT(" in q["sql"] for q in kept)
    commit(lambda: [make_article(slug=f"plus-{n}", authors=[author]) for n in range(PAGE_SIZE)])
    assert "Page 1 sur 3" in get(client, f"/auteur/{author.slug}/")[1]
    # A bulk change sends no signal: its command moves every page's key (generate_articles,
    # an archive's import), and the kept count with it.
    Article.objects.filter(slug__startswith="plus-").update(status="draft")
    assert "Page 1 sur 3" in get(client, f"/auteur/{author.slug}/")[1]
    surrogates.bump({surrogates.ALL})
    assert "Page 1 sur 2" in get(client, f"/auteur/{author.slug}/")[1]


def test_the_sitemap_index_is_counted_once_and_follows_a_publication(client, titles, commit):
    from datetime import datetime

    assert "sitemap-articles-2019-03" not in get(client, "/sitemap.xml")[1]
    with CaptureQueriesContext(connection) as kept:
        get(client, "/sitemap.xml")
    assert not any("COUNT(" in q["sql"] for q in kept)
    commit(lambda: make_article(slug="archive", published_at=datetime(2019, 3, 5, tzinfo=UTC)))
    assert "sitemap-articles-2019-03" in get(client, "/sitemap.xml")[1]
