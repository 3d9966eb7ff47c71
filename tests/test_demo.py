"""`load_demo` recreates the seed page and is idempotent."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles import demo_data, demo_data_rh
from articles.models import Article, Author, Category, Photo, Publication, RelatedLink, Tag
from articles.typography import typeset_text

pytestmark = pytest.mark.django_db

SEED = "lalgerie-ouvre-son-premier-cluster-numerique"


def load():
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "articles": list(Article.objects.order_by("pk").values()),
        "photos": list(Photo.objects.order_by("pk").values()),
        "categories": list(Category.objects.order_by("pk").values()),
        "authors": list(Author.objects.order_by("pk").values()),
        "links": list(RelatedLink.objects.order_by("pk").values()),
        "tags": list(Tag.objects.order_by("pk").values()),
    }


def test_demo_recreates_the_seed_article():
    load()
    article = Article.objects.get(slug=SEED)
    assert article.title == "L’Algérie ouvre son premier cluster numérique"
    assert article.standfirst.startswith("Un cluster dédié à l’économie numérique")
    assert "Ahmed Mehdi Omarouyache" in article.body
    # The seed's «…» quote, with French typography applied on save.
    assert "«\u202fL’initiative de création du cluster numérique" in article.body
    assert "la mécanique de précision et la plasturgie" in article.body
    assert article.is_live()
    assert [b.author.name for b in article.bylines.all()] == ["Jeanne Dussueil"]
    assert str(article.primary_category) == "Actualité › Afrique"
    assert {c.name for c in article.categories.all()} >= {"À la une", "Actualité"}
    assert article.lead_photo.credit == "Capture d’écran Youtube, Sidi Abdellah"
    assert article.lead_photo.width >= 1200
    assert [link.display_label for link in article.related_links.all()] == [
        "A Alger, une nouvelle génération d’entrepreneurs veut dessiner une autre Algérie"
    ]


def test_demo_has_the_seed_sidebar_headlines_and_enough_articles_to_paginate():
    load()
    titles = set(Article.objects.published().values_list("title", flat=True))
    for headline in map(
        typeset_text,
        [
            "Face à Starlink, OneWeb lève 400 millions de dollars auprès de SoftBank et Hughes",
            "CES: Drones désinfectants, masques intelligents… quelles sont les dernières "
            "innovations anti-Covid?",
            "Streamland Media rachète les activités post-production de Technicolor pour "
            "30 millions d’euros",
            "Covid-19: Microsoft, Salesforce et Oracle travaillent sur un passeport de vaccination",
            "Robots logistiques: pourquoi Scallog se lance aux Etats-Unis",
        ],
    ):
        assert headline in titles
    assert Article.objects.published().count() >= 30
    assert Article.objects.published().filter(tags__name="Microsoft").count() >= 3
    assert Article.objects.filter(status="draft").exists()


def test_loading_twice_changes_nothing():
    first = load()
    assert f"{len(demo_data.ARTICLES) + len(demo_data_rh.ARTICLES)} articles" in first
    before = snapshot()
    second = load()
    assert "rien n’a été modifié" in second
    assert snapshot() == before


def test_loading_again_keeps_an_editors_changes():
    load()
    Article.objects.filter(slug=SEED).update(title="Titre corrigé par la rédaction")
    load()
    assert Article.objects.get(slug=SEED).title == "Titre corrigé par la rédaction"


def test_demo_has_two_titles_each_with_its_sections_and_a_cross_post(client, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", ".localhost"]
    load()
    frenchweb, rh = Publication.objects.order_by("-is_default", "name")
    assert (frenchweb.name, frenchweb.is_default, rh.name) == ("FrenchWeb", True, "Journal des RH")
    assert rh.domain == "journaldesrh.localhost:8000"  # the default's port: « make run »
    assert Category.objects.get(slug="recrutement").publication == rh
    assert Category.objects.get(slug="afrique").publication == frenchweb
    assert Article.objects.published().filter(publication=rh).count() >= 10
    shared = Article.objects.get(slug__startswith="visioconference")
    assert list(shared.cross_posts.all()) == [rh]
    home = client.get("/", HTTP_HOST=rh.domain).text
    assert "<title>Journal des RH — L’actualité des ressources humaines" in home
    assert ">Recrutement<" in home and shared.title in home and ">Afrique<" not in home


@pytest.mark.parametrize("data", [demo_data, demo_data_rh], ids=["frenchweb", "rh"])
def test_demo_data_is_consistent(data):
    slugs = {a["slug"] for a in data.ARTICLES}
    assert len(slugs) == len(data.ARTICLES)
    categories = {c["slug"] for c in data.CATEGORIES}
    authors = {a["slug"] for a in [*demo_data.AUTHORS, *data.AUTHORS]}
    for spec in data.ARTICLES:
        assert spec["primary_category"] in categories
        assert set(spec["categories"]) <= categories
        assert set(spec["authors"]) <= authors
        for related in spec["related"]:
            assert isinstance(related, dict) or related in slugs


def test_demo_creates_one_account_per_role_with_its_password_printed_once(monkeypatch):
    from django.contrib.auth.models import User

    monkeypatch.setenv("NEWSROOM_DEMO_PASSWORD", "demo-mot-de-passe")
    output = load()
    for username, group in [
        ("jdussueil", "Journalistes"),
        ("crousset", "Journalistes"),
        ("mdelorme", "Éditeurs"),
        ("pmartin", "Partenariats"),
    ]:
        assert f"« {username} » ({group}), mot de passe : demo-mot-de-passe" in output
        user = User.objects.get(username=username)
        assert user.is_staff and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password("demo-mot-de-passe")
    assert Author.objects.get(slug="jeanne-dussueil").user.username == "jdussueil"
    assert Author.objects.get(slug="claire-rousset").user.username == "crousset"
    assert "mot de passe" not in load()


def test_demo_shows_every_workflow_state():
    load()
    states = {article.state for article in Article.objects.all()}
    assert states == {"draft", "review", "scheduled", "published"}
    assert all(article.revisions.exists() for article in Article.objects.all())


def test_demo_accounts_work_for_their_titles():
    from django.contrib.auth.models import User

    load()
    teams = {
        user.username: sorted(user.publications.values_list("slug", flat=True))
        for user in User.objects.filter(
            username__in=["jdussueil", "crousset", "mdelorme", "pmartin"]
        )
    }
    assert teams == {
        "jdussueil": ["frenchweb"],
        "crousset": ["journaldesrh"],
        "mdelorme": ["frenchweb", "journaldesrh"],
        "pmartin": [],
    }
