"""Model rules: slugs, categories, bylines, "Lire aussi" links, photos."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Category, RelatedLink, Tag
from articles.text import slugify_fr
from tests.factories import make_article, make_author, make_category, make_photo, make_related


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "L’Algérie ouvre son premier cluster numérique",
            "lalgerie-ouvre-son-premier-cluster-numerique",
        ),
        ("Œuvre, cœur & sœur", "oeuvre-coeur-soeur"),
        ("Économie : la French Tech lève 5 millions !", "economie-la-french-tech-leve-5-millions"),
        ("🚀🚀", "article"),
        ("« ... »", "article"),
    ],
)
def test_french_slugs(text, slug):
    assert slugify_fr(text) == slug


@pytest.mark.django_db
def test_article_slug_is_made_unique():
    first = make_article(title="Le même titre", slug="")
    second = make_article(title="Le même titre", slug="")
    third = make_article(title="Le même titre", slug="")
    assert [first.slug, second.slug, third.slug] == [
        "le-meme-titre",
        "le-meme-titre-2",
        "le-meme-titre-3",
    ]


@pytest.mark.django_db
def test_editing_the_title_keeps_the_slug():
    article = make_article(title="Premier titre", slug="")
    article.title = "Second titre"
    article.save()
    assert article.slug == "premier-titre"


@pytest.mark.django_db
def test_database_refuses_duplicate_slugs():
    make_article(slug="unique")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(slug="unique")


@pytest.mark.django_db
def test_only_one_lead_category():
    make_category(is_lead=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_category(is_lead=True)


@pytest.mark.django_db
def test_category_hierarchy_has_one_level():
    actualite = make_category(name="Actualité")
    afrique = make_category(name="Afrique", parent=actualite)
    maghreb = Category(name="Maghreb", slug="maghreb", parent=afrique)
    with pytest.raises(ValidationError) as error:
        maghreb.full_clean()
    assert "premier niveau" in str(error.value)
    actualite.parent = afrique
    with pytest.raises(ValidationError):
        actualite.full_clean()
    assert str(afrique) == "Actualité › Afrique"


@pytest.mark.django_db
def test_category_cannot_be_its_own_parent():
    category = make_category()
    with pytest.raises(IntegrityError), transaction.atomic():
        Category.objects.filter(pk=category.pk).update(parent=category)


@pytest.mark.django_db
def test_author_signs_an_article_once():
    author = make_author()
    article = make_article(authors=[author])
    with pytest.raises(IntegrityError), transaction.atomic():
        article.bylines.create(author=author, position=2)


@pytest.mark.django_db
def test_related_link_needs_a_target_or_a_labelled_url():
    article = make_article()
    for fields in [
        {},
        {"url": "https://example.com/"},
        {"target": make_article(), "url": "https://x.fr/", "label": "x"},
    ]:
        with pytest.raises(IntegrityError), transaction.atomic():
            RelatedLink.objects.create(article=article, **fields)


@pytest.mark.django_db
def test_article_cannot_link_to_itself():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_related(article, target=article)
    with pytest.raises(ValidationError):
        RelatedLink(article=article, target=article).full_clean()


@pytest.mark.django_db
def test_related_link_label_comes_from_its_target():
    target = make_article(title="A Alger, une nouvelle génération d’entrepreneurs")
    link = make_related(make_article(), target=target)
    assert link.display_label == target.title
    assert link.href == f"/articles/{target.slug}/"


@pytest.mark.django_db
def test_tags_get_ascii_slugs_and_are_case_insensitive():
    article = make_article(tags=["Algérie", "Économie numérique"])
    make_article(tags=["algérie"])
    assert sorted(Tag.objects.values_list("slug", flat=True)) == ["algerie", "economie-numerique"]
    assert article.tags.count() == 2


@pytest.mark.django_db
def test_photo_stores_its_dimensions_and_requires_credit():
    photo = make_photo()
    assert (photo.width, photo.height) == (1200, 675)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_photo(credit="")


@pytest.mark.django_db
def test_photo_in_use_cannot_be_deleted():
    from django.db.models import ProtectedError

    photo = make_photo()
    make_article(lead_photo=photo)
    with pytest.raises(ProtectedError):
        photo.delete()


@pytest.mark.django_db
def test_every_model_has_explicit_names_and_an_ordering():
    from django.apps import apps

    for model in apps.get_app_config("articles").get_models():
        assert model._meta.ordering, model
        assert "verbose_name" in model._meta.original_attrs, model
        assert "verbose_name_plural" in model._meta.original_attrs, model


@pytest.mark.django_db
def test_articles_are_listed_newest_first_with_undated_drafts_last():
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    make_article(slug="ancien", published_at=now - timedelta(days=2))
    make_article(slug="recent", published_at=now - timedelta(days=1))
    make_article(slug="brouillon", status="draft", published_at=None)
    assert list(Article.objects.values_list("slug", flat=True)) == ["recent", "ancien", "brouillon"]
