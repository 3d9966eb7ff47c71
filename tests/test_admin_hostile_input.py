"""Admin forms against hostile input: NUL bytes and control characters, over-long values,
emoji- or punctuation-only titles, French ligatures in slugs, and script in every text that
the site or the admin shows again."""

# The article form's fixtures come from tests/test_admin_articles.py.
# ruff: noqa: F811

import pytest
from django.urls import reverse

from articles.models import Article, Tag
from tests.factories import make_article
from tests.test_admin_articles import ADD_URL, article_form, as_editor, as_journalist, setup  # noqa: F401

pytestmark = pytest.mark.django_db
SCRIPT = '<script>alert("x")</script>'


def saved(response):
    return response.status_code == 302


def written(setup):
    """The articles the form created (the setup has one already, the « Lire aussi » target)."""
    return Article.objects.exclude(pk=setup["target"].pk)


def errors(response):
    return response.context["adminform"].form.errors if response.context else {}


def test_nul_bytes_and_control_characters_never_reach_the_database(client, as_journalist, setup):
    response = client.post(
        ADD_URL,
        article_form(
            setup,
            title="Un titre\x00 avec\x07 des\x1b caractères",
            standfirst="Chapô\x00 piégé",
            body="<p>Corps\x00 piégé\x08</p>",
        ),
    )
    if saved(response):
        article = written(setup).get()
        for text in (article.title, article.standfirst, article.body):
            assert not any(ord(c) < 32 and c not in "\n\t" for c in text), repr(text)
    else:
        assert response.status_code == 200 and errors(response)
        assert not written(setup).exists()


def test_over_long_values_are_refused_in_french_and_nothing_is_saved(client, as_journalist, setup):
    response = client.post(ADD_URL, article_form(setup, title="T" * 5000))
    assert response.status_code == 200
    assert "caractères" in " ".join(errors(response)["title"])
    response = client.post(ADD_URL, article_form(setup, tags="x" * 500))
    assert response.status_code == 200
    assert "100 caractères" in " ".join(errors(response)["tags"])
    assert not written(setup).exists()


@pytest.mark.parametrize("title", ["🚀🔥💥", "?!…", "« — »", "###"])
def test_emoji_or_punctuation_only_titles_still_get_a_slug(client, as_journalist, setup, title):
    response = client.post(ADD_URL, article_form(setup, title=title, slug=""))
    assert saved(response), errors(response)
    article = written(setup).get()
    assert article.slug and article.slug.isascii()
    assert (
        client.get(reverse("admin:articles_article_change", args=[article.pk])).status_code == 200
    )


def test_french_ligatures_in_slugs(client, as_journalist, setup):
    response = client.post(ADD_URL, article_form(setup, title="Œuvre, cœur & sœur", slug=""))
    assert saved(response), errors(response)
    assert written(setup).get().slug == "oeuvre-coeur-soeur"


def test_script_in_every_text_stays_text_everywhere(client, admin_client, settings):
    from articles.models import Author, Category, Photo
    from partners.models import Banner
    from tests.factories import make_banner, make_photo

    category = Category.objects.create(name=f"Rubrique {SCRIPT}", slug="rubrique")
    author = Author.objects.create(name=f"Auteur {SCRIPT}", slug="auteur", bio=f"Bio {SCRIPT}")
    photo = make_photo(caption=f"Légende {SCRIPT}", credit=f"Crédit {SCRIPT}")
    article = make_article(
        title=f"Titre {SCRIPT}</script>",
        standfirst=f"Chapô {SCRIPT}",
        primary_category=category,
        lead_photo=photo,
        tags=[f"Tag {SCRIPT}"],
    )
    article.bylines.create(author=author, position=1)
    make_banner(headline=f"Bannière {SCRIPT}", text=SCRIPT, button_label=SCRIPT)
    tag = Tag.objects.get()
    from articles import services
    from articles.models import Revision

    first = services.save_revision(article=article, user=None, kind=Revision.Kind.CREATED)
    Article.objects.filter(pk=article.pk).update(standfirst=f"Autre chapô {SCRIPT}")
    article.refresh_from_db()
    second = services.save_revision(article=article, user=None, kind=Revision.Kind.EDITED)
    pages = [
        article.get_absolute_url(),
        "/",
        category.get_absolute_url(),
        author.get_absolute_url(),
        tag.get_absolute_url(),
        "/flux/",
        "/recherche/?q=Titre",
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert SCRIPT not in body, url
    admin_pages = [
        "/admin/articles/article/",
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_history", args=[article.pk]),
        reverse("admin:articles_article_diff", args=[article.pk, first.pk, second.pk]),
        "/admin/articles/photo/",
        "/admin/articles/tag/",
        "/admin/articles/author/",
        "/admin/partners/banner/",
        reverse("admin:partners_banner_change", args=[Banner.objects.get().pk]),
        reverse("admin:articles_photo_change", args=[Photo.objects.get().pk]),
    ]
    for url in admin_pages:
        body = admin_client.get(url).content.decode()
        assert SCRIPT not in body, url
    # In JSON-LD, a "</script>" in a title cannot close the block.
    page = client.get(article.get_absolute_url()).content.decode()
    for block in page.split('<script type="application/ld+json">')[1:]:
        assert "</script" not in block.split("</script>", 1)[0].lower()


def test_flash_messages_escape_what_they_quote(client, as_editor, setup):
    response = client.post(ADD_URL, article_form(setup, title=f"Titre {SCRIPT}"), follow=True)
    assert response.status_code == 200
    assert SCRIPT not in response.content.decode()


def test_unicode_digits_in_admin_addresses_are_ignored_not_a_500(client, as_editor):
    """« ² » is a digit to str.isdigit, not to int: the filters and the history's
    comparison took it and answered 500."""
    article = make_article(title="Un article")
    client.raise_request_exception = False
    base = reverse("admin:articles_article_changelist")
    history = reverse("admin:articles_article_history", args=[article.pk])
    for value in ("%C2%B2", "%D9%A3", "%EF%BC%93", "1_0"):
        for url in (f"{base}?rubrique={value}", f"{history}?old={value}&new=1",
                    f"{history}?old=1&new={value}"):  # fmt: skip
            assert client.get(url).status_code in (200, 302), url
