"""One definition of « published », and every public surface goes through it.

An embargoed article, scheduled a few seconds ahead with a tag, an author and a section of
its own, appears on none of the public surfaces before its minute — nor do its tag, its
author or its section — and on all of them after, by itself, with the page cache on. A
draft never appears at all."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, ArticleView, BreakingNews, Correction, Photo, Revision
from tests.factories import make_article, make_author, make_category, make_photo, make_related

pytestmark = pytest.mark.django_db

EMBARGO = 6  # seconds from now to the scheduled article's minute

# (address, what shows there once the article is out). Lists: the marker is absent before.
LISTS = [
    ("/", "Zorglub lève"),  # home: « À la une », latest, « Les plus lus »
    ("/articles/seed/", "Zorglub lève"),  # sidebar, « Lire aussi »
    ("/rubrique/a-la-une/", "Zorglub lève"),
    ("/recherche/?q=zorglub", "Zorglub lève"),
    ("/corrections/", "Zorglub lève"),
    ("/flux/", "Zorglub lève"),
    ("/flux/atom/", "Zorglub lève"),
    ("/sitemap-news.xml", "/articles/zorglub-"),
    ("/sitemap-tags.xml", "/tag/zorglub/"),
    ("/sitemap-auteurs.xml", "/auteur/agent-secret/"),
    ("/sitemap-rubriques.xml", "/rubrique/embargo/"),
]
# The article's own pages and those of its tag, author and section: 404, then 200.
OWN_PAGES = [
    "/tag/zorglub/",
    "/tag/zorglub/flux/",
    "/auteur/agent-secret/",
    "/auteur/agent-secret/flux/",
    "/rubrique/embargo/",
    "/rubrique/embargo/flux/",
]


@pytest.fixture
def embargo(seed_site, settings):
    settings.PAGE_CACHE_SECONDS = 300  # cached pages must not outlive the embargo either
    moment = timezone.now() + timedelta(seconds=EMBARGO)
    scheduled = make_article(
        title="Zorglub lève 10 millions",
        slug="zorglub-leve-10-millions",
        published_at=moment,
        primary_category=make_category(name="Embargo", slug="embargo", is_in_navigation=False),
        categories=[seed_site["lead"]],
        authors=[make_author(name="Agent secret", slug="agent-secret")],
        tags=["Zorglub"],
        lead_photo=make_photo(),
    )
    Correction.objects.create(article=scheduled, text="Zorglub : le montant est confirmé.")
    ArticleView.objects.create(article=scheduled, day=timezone.localdate(), count=10_000)
    make_related(seed_site["article"], target=scheduled, position=1)
    draft = make_article(
        title="Brouillon Zigomar", slug="zigomar", status=Article.State.DRAFT,
        published_at=timezone.now() - timedelta(days=1), categories=[seed_site["lead"]],
        primary_category=seed_site["category"], tags=["Zigomar"],
    )  # fmt: skip
    make_related(seed_site["article"], target=draft, position=2)
    return scheduled, moment


def month_sitemap(article):
    return f"/sitemap-articles-{timezone.localtime(article.published_at):%Y-%m}.xml"


def test_an_embargoed_article_appears_nowhere_before_its_minute_and_everywhere_after(
    client, embargo
):
    scheduled, moment = embargo
    lists = [*LISTS, (month_sitemap(scheduled), "/articles/zorglub-")]
    own = [*OWN_PAGES, scheduled.get_absolute_url()]

    for url, marker in lists:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code in (200, 404), url
        assert marker not in html and "zorglub-leve" not in html, f"{url} before its minute"
        assert "Zigomar" not in html and "zigomar" not in html, url
    for url in own:
        assert client.get(url).status_code == 404, f"{url} before its minute"
    assert timezone.now() < moment, "the checks above took longer than the embargo"

    time.sleep(max(0, (moment - timezone.now()).total_seconds()) + 0.1)

    for url, marker in lists:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert marker in html, f"{url} after its minute"
        assert "Zigomar" not in html and "zigomar" not in html, url
    for url in own:
        response = client.get(url)
        assert response.status_code == 200, f"{url} after its minute"
        assert "Zorglub" in response.content.decode(), url


def test_a_draft_tag_author_or_section_has_no_public_page(client, seed_site):
    make_article(
        status=Article.State.DRAFT, published_at=None, tags=["Secret"],
        authors=[make_author(slug="pigiste")],
        primary_category=make_category(slug="coulisses", is_in_navigation=False),
    )  # fmt: skip
    for url in ["/tag/secret/", "/tag/secret/flux/", "/auteur/pigiste/", "/auteur/pigiste/flux/",
                "/rubrique/coulisses/", "/rubrique/coulisses/flux/"]:  # fmt: skip
        assert client.get(url).status_code == 404, url
    for url in ["/sitemap-tags.xml", "/sitemap-auteurs.xml", "/sitemap-rubriques.xml"]:
        html = client.get(url).content.decode()
        assert "secret" not in html and "pigiste" not in html and "coulisses" not in html


def test_a_section_of_the_navigation_shows_even_before_its_first_article(client, seed_site):
    make_category(name="Afrique de l’Ouest", slug="afrique-ouest")
    assert client.get("/rubrique/afrique-ouest/").status_code == 200
    assert "/rubrique/afrique-ouest/" in client.get("/sitemap-rubriques.xml").content.decode()


# The rule in Python (one object) and the rule in SQL (querysets) agree ---------------------

MOMENTS = [None, timedelta(days=-1), timedelta(seconds=-5), timedelta(hours=2)]


def test_is_live_and_published_agree_for_every_state_and_date():
    now = timezone.now()
    for status in Article.State:
        if status == Article.State.SCHEDULED:
            continue  # not stored: a published article with a future date
        for offset in MOMENTS:
            if status == Article.State.PUBLISHED and offset is None:
                continue  # the database refuses it
            make_article(status=status, published_at=now + offset if offset else None)
    published = set(Article.objects.published().values_list("pk", flat=True))
    for article in Article.objects.all():
        assert article.is_live() == (article.pk in published), (
            article.status,
            article.published_at,
        )
        state = Article.State.SCHEDULED if article.pk in Article.objects.scheduled().values_list(
            "pk", flat=True
        ) else None  # fmt: skip
        assert (article.state == Article.State.SCHEDULED) == (state is not None)


def test_a_breaking_news_banner_is_live_by_one_rule():
    now = timezone.now()
    windows = [(-2, -1), (-1, 1), (1, 2)]
    for active in (True, False):
        for start, end in windows:
            BreakingNews.objects.create(
                text="Alerte", is_active=active, starts_at=now + timedelta(hours=start),
                ends_at=now + timedelta(hours=end),
            )  # fmt: skip
    live = set(BreakingNews.objects.live().values_list("pk", flat=True))
    assert len(live) == 1
    for banner in BreakingNews.objects.all():
        assert banner.is_live() == (banner.pk in live)


def test_a_photo_s_rights_expire_by_one_rule():
    today = timezone.localdate()
    for days in (-1, 0, 1, None):
        make_photo(rights_expire_on=today + timedelta(days=days) if days is not None else None)
    expired = set(Photo.objects.expired().values_list("pk", flat=True))
    assert len(expired) == 1
    for photo in Photo.objects.all():
        assert photo.rights_expired() == (photo.pk in expired)


def test_revisions_do_not_make_a_scheduled_article_public(client):
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1))
    Revision.objects.create(article=scheduled, kind=Revision.Kind.SCHEDULED, data={})
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_staff_do_not_see_drafts_or_embargoed_articles_on_the_public_site(admin_client, embargo):
    scheduled, _ = embargo
    assert admin_client.get(scheduled.get_absolute_url()).status_code == 404
    assert admin_client.get("/articles/zigomar/").status_code == 404
    assert "Zorglub lève" not in admin_client.get("/").content.decode()
