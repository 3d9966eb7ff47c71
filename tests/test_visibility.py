"""Drafts and future articles are invisible to the public, on every URL."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories import make_article, make_author, make_category, make_related

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    lead = make_category(name="À la une", slug="a-la-une", is_lead=True)
    category = make_category(name="Afrique", slug="afrique")
    author = make_author(name="Jeanne Dussueil", slug="jeanne-dussueil")
    common = {"authors": [author], "tags": ["Algérie"], "categories": [lead]}
    public = make_article(
        title="Article public", slug="public", primary_category=category, **common
    )
    draft = make_article(
        title="Brouillon secret",
        slug="brouillon",
        status="draft",
        primary_category=category,
        **common,
    )
    future = make_article(
        title="Scoop programmé",
        slug="programme",
        published_at=timezone.now() + timedelta(hours=2),
        primary_category=category,
        **common,
    )
    make_related(public, target=draft, position=1)
    make_related(public, target=future, position=2)
    return public, draft, future


PUBLIC_LISTS = [
    "/",
    "/rubrique/afrique/",
    "/rubrique/a-la-une/",
    "/tag/algerie/",
    "/auteur/jeanne-dussueil/",
]


@pytest.mark.parametrize("url", PUBLIC_LISTS)
def test_lists_show_only_published_articles(client, world, url):
    html = client.get(url).content.decode()
    assert "Article public" in html
    assert "Brouillon secret" not in html
    assert "Scoop programmé" not in html


@pytest.mark.parametrize("slug", ["brouillon", "programme"])
def test_unpublished_article_pages_are_404(client, world, slug):
    response = client.get(f"/articles/{slug}/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_article_page_hides_unpublished_articles_from_sidebar_and_read_also(client, world):
    response = client.get("/articles/public/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Brouillon secret" not in html
    assert "Scoop programmé" not in html
    assert "/articles/brouillon/" not in html
    assert "/articles/programme/" not in html
    assert "Lire aussi" not in html  # both links point to unpublished articles


def test_staff_do_not_see_drafts_on_the_public_site_either(admin_client, world):
    assert admin_client.get("/articles/brouillon/").status_code == 404
