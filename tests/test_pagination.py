"""List pages show 20 articles a page and survive any ?page= value."""

import pytest

from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    category = make_category(name="Startups", slug="startups")
    for n in range(45):
        make_article(title=f"Startup numéro {n:02d}", primary_category=category)
    return category


def titles(response):
    return [a.title for a in response.context["articles"]]


def test_first_page_has_twenty_articles(client, category):
    response = client.get("/rubrique/startups/")
    assert response.status_code == 200
    assert len(titles(response)) == 20
    assert "Page 1 sur 3" in response.content.decode()
    assert 'href="?page=2"' in response.content.decode()


def test_last_page_has_the_rest(client, category):
    response = client.get("/rubrique/startups/?page=3")
    assert len(titles(response)) == 5
    assert 'rel="prev"' in response.content.decode()


def test_pages_do_not_overlap(client, category):
    seen = []
    for page in (1, 2, 3):
        seen += titles(client.get(f"/rubrique/startups/?page={page}"))
    assert len(seen) == len(set(seen)) == 45


@pytest.mark.parametrize("value", ["999", "10000000000000000000000"])
def test_out_of_range_page_shows_the_last_page(client, category, value):
    response = client.get(f"/rubrique/startups/?page={value}")
    assert response.status_code == 200
    assert response.context["page"].number == 3


@pytest.mark.parametrize("value", ["0", "-4"])
def test_zero_or_negative_page_shows_the_first_page(client, category, value):
    response = client.get(f"/rubrique/startups/?page={value}")
    assert response.status_code == 200
    assert response.context["page"].number == 1


@pytest.mark.parametrize("value", ["abc", "1.5", "\x00", "1;DROP TABLE", "1e3"])
def test_nonsense_page_is_a_404_not_a_500(client, category, value):
    response = client.get("/rubrique/startups/", {"page": value})
    assert response.status_code == 404


def test_empty_page_parameter_is_the_first_page(client, category):
    response = client.get("/rubrique/startups/?page=")
    assert response.context["page"].number == 1


def test_empty_category_shows_a_french_message(client):
    make_category(name="Vide", slug="vide")
    response = client.get("/rubrique/vide/")
    assert response.status_code == 200
    assert "Aucun article publié pour le moment." in response.content.decode()
