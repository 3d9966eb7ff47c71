"""Public pages run a fixed number of queries, whatever an article carries.

Templates never query: views hand them prefetched data. Each test lists the queries
it expects, and runs the page twice: with a bare article, then with more authors, tags
and "Lire aussi" links, and with more articles in the lists.
"""

import pytest
from django.core.cache import cache

from tests.factories import (
    make_article,
    make_author,
    make_photo,
    make_related,
    warm_site_state,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def warm_site(db):
    """Budgets are those of a running site (publications and partner banners read once)."""
    warm_site_state()


@pytest.fixture
def site(seed_site):
    make_related(
        seed_site["article"],
        target=make_article(slug="cible", primary_category=seed_site["category"]),
    )
    return seed_site


def grow(site):
    """Give the seed article more of everything, and the site more articles."""
    article = site["article"]
    for n in range(4):
        article.bylines.create(author=make_author(), position=n + 2)
    # Three "Lire aussi" links in all: automatic suggestions still complete them.
    make_related(article, target=make_article(primary_category=site["category"]), position=2)
    make_related(article, url="https://www.anpt.dz/", label="Le site de l’ANPT", position=9)
    article.tags.add("Cluster", "Économie numérique", "Afrique", "Start-up")
    for _ in range(6):
        make_article(
            primary_category=site["category"],
            categories=[site["lead"]],
            authors=[site["author"]],
            tags=["Algérie"],
            lead_photo=make_photo(),
        )


def assert_constant(client, django_assert_num_queries, site, url, expected):
    # Counted with nothing kept from before (« Les plus lus » is kept while the content does
    # not change: the test's changes are never committed, so nothing would move it).
    cache.clear()
    warm_site_state()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200
    grow(site)
    cache.clear()
    warm_site_state()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


def test_home_page_queries(client, django_assert_num_queries, site):
    # 1 the navigation, breaking news and footer pages (one UNION), 2 the latest "À la une"
    # articles (with category and photo joined), 3 the ids and sections of the latest other
    # articles (plain rows), 4 the cards shown of those (sidebar and sections, with category
    # and photo joined), 5 the bylines of every card, 6 and 7 the most read over 24 hours
    # and 7 days (then kept while no article changes).
    assert_constant(client, django_assert_num_queries, site, "/", 7)


def test_article_page_queries(client, django_assert_num_queries, site):
    # 1 the article with its category, parent category and photo (and whether it has links
    # and corrections), 2 its authors and tags (one UNION), 3 visible "Lire aussi" links
    # with their targets, 4 automatic suggestions completing them, 5 the page around it
    # (navigation, breaking news, footer pages and the sidebar's latest articles: one UNION).
    assert_constant(client, django_assert_num_queries, site, "/articles/seed/", 5)


def test_four_chosen_links_need_no_suggestions(client, django_assert_num_queries, site):
    article = site["article"]
    for n in range(3):
        make_related(article, target=make_article(primary_category=site["category"]), position=n)
    # As above, without 4 the suggestions.
    with django_assert_num_queries(4):
        assert client.get("/articles/seed/").status_code == 200


def test_article_without_links_or_corrections_skips_their_queries(
    client, django_assert_num_queries, site
):
    make_article(slug="simple", primary_category=site["category"], authors=[site["author"]])
    # The article, its authors and tags, suggestions and the page around it.
    with django_assert_num_queries(4):
        assert client.get("/articles/simple/").status_code == 200
    from articles.models import Correction

    Correction.objects.create(article=site["article"], text="Précision")
    # The seed article: 5 as above, and 6 its corrections.
    with django_assert_num_queries(6):
        assert client.get("/articles/seed/").status_code == 200


def test_category_page_queries(client, django_assert_num_queries, site):
    # 1 the category with its parent, 2 count of its listing, 3 the page of articles (their
    # ids read from the listing in a subquery), 4 their bylines, 5 the page around them
    # (navigation, footer, sidebar: one UNION), 6 the category's most read.
    assert_constant(client, django_assert_num_queries, site, "/rubrique/afrique/", 6)


def test_tag_page_queries(client, django_assert_num_queries, site):
    # 1 the tag, 2 count, 3 the page of articles, 4 their bylines, 5 the page around them.
    assert_constant(client, django_assert_num_queries, site, "/tag/algerie/", 5)


def test_author_page_queries(client, django_assert_num_queries, site):
    # 1 the author with portrait, 2 count, 3 the page of articles, 4 their bylines,
    # 5 the page around them.
    assert_constant(client, django_assert_num_queries, site, "/auteur/jeanne-dussueil/", 5)


def test_standing_page_queries(client, django_assert_num_queries):
    from articles.models import Page

    Page.objects.create(title="Mentions légales", slug="mentions-legales", body="<p>Éditeur</p>")
    # 1 the page, 2 navigation and footer pages.
    with django_assert_num_queries(2):
        assert client.get("/pages/mentions-legales/").status_code == 200


def test_not_found_page_runs_only_the_lookup(client, django_assert_num_queries):
    warm_site_state()
    client.get("/articles/nulle-part/")  # its first 404 adds it to the log (an INSERT)
    # 1 the article lookup that finds nothing, 2 the redirect of an address that changed
    # (articles.redirects: a 404 looks once for one), 3 the 404 log's count
    with django_assert_num_queries(3):
        assert client.get("/articles/nulle-part/").status_code == 404
