"""Deleting an article or a photo moves it to the trash: gone from the public site at once,
restored whole by an editor for 30 days, purged explicitly or after 30 days."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles import photos, search, trash
from articles.models import Article, Author, Photo, TrashedItem
from tests import media
from tests.factories import make_article, make_author, make_category, make_photo, make_related

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(editor):
    category = make_category(name="Afrique", slug="afrique")
    article = make_article(
        title="Le cluster d’Alger",
        slug="cluster-alger",
        primary_category=category,
        authors=[make_author(name="Jeanne Dussueil", slug="jeanne-d")],
        tags=["Algérie", "Cluster"],
    )
    make_related(article, url="https://www.anpt.dz/", label="ANPT", position=1)
    make_related(make_article(slug="autre", primary_category=category), target=article)
    return article


def delete_in_admin(client, user, obj):
    client.force_login(user)
    url = reverse(f"admin:articles_{obj._meta.model_name}_delete", args=[obj.pk])
    return client.post(url, {"post": "yes"}, follow=True)


def test_a_deleted_article_leaves_the_site_at_once_and_waits_in_the_trash(client, editor, article):
    url = article.get_absolute_url()
    assert client.get(url).status_code == 200
    page = delete_in_admin(client, editor, article)
    assert "est dans la corbeille" in page.text
    client.logout()
    assert client.get(url).status_code == 404
    assert "Le cluster d’Alger" not in client.get("/rubrique/afrique/").text
    assert "Le cluster d’Alger" not in client.get("/tag/algerie/").text
    item = TrashedItem.objects.get()
    assert item.kind == "article" and item.label == "Le cluster d’Alger"


def test_an_editor_restores_it_whole(client, editor, article):
    before = client.get(article.get_absolute_url()).content
    pk = article.pk
    delete_in_admin(client, editor, article)
    item = TrashedItem.objects.get()
    client.post(
        reverse("admin:articles_trasheditem_changelist"),
        {"action": "restore_selected", "_selected_action": [item.pk]},
    )
    client.logout()
    restored = Article.objects.get(pk=pk)
    assert restored.slug == "cluster-alger"
    assert [b.author.name for b in restored.bylines.all()] == ["Jeanne Dussueil"]
    assert sorted(restored.tags.names()) == ["Algérie", "Cluster"]
    assert restored.related_links.count() == 1
    assert Article.objects.get(slug="autre").related_links.filter(target=restored).exists()
    assert restored.revisions.count() == article.revisions.count()
    assert client.get(restored.get_absolute_url()).status_code == 200
    assert "Le cluster d’Alger" in client.get("/rubrique/afrique/").text
    assert "Le cluster d’Alger" in client.get("/tag/algerie/").text
    after = client.get(restored.get_absolute_url()).content
    assert after.count(b"Le cluster") == before.count(b"Le cluster")
    assert not TrashedItem.objects.exists()


def site_search(client, query):
    """The articles the public search page lists for ``query``, and the page's HTML."""
    page = client.get("/recherche/", {"q": query})
    assert page.status_code == 200
    return [found.pk for found, _excerpt in page.context["results"]], page.text


def test_a_restored_article_is_found_by_the_site_search_again(client, editor, article):
    # « cluster » is in its title only, « Dussueil » in its byline only: the whole
    # document comes back to the index, not just the article's row.
    for query in ("cluster", "Dussueil"):
        assert site_search(client, query)[0] == [article.pk]
    pk, url = article.pk, article.get_absolute_url()
    delete_in_admin(client, editor, article)
    for query in ("cluster", "Dussueil"):
        assert site_search(client, query)[0] == []
        assert search.search(query) == []
    item = TrashedItem.objects.get()
    client.post(
        reverse("admin:articles_trasheditem_changelist"),
        {"action": "restore_selected", "_selected_action": [item.pk]},
    )
    client.logout()
    for query in ("cluster", "Dussueil"):
        found, html = site_search(client, query)
        assert found == [pk], query
        assert f'href="{url}"' in html
        assert [hit.article_id for hit in search.search(query)] == [pk]


def test_a_restore_never_overwrites_a_newer_article(client, editor, article):
    delete_in_admin(client, editor, article)
    make_article(slug="cluster-alger", title="Un nouvel article à la même adresse")
    item = TrashedItem.objects.get()
    page = client.post(
        reverse("admin:articles_trasheditem_changelist"),
        {"action": "restore_selected", "_selected_action": [item.pk]},
        follow=True,
    )
    assert "utilise déjà l’adresse" in page.text
    assert TrashedItem.objects.filter(pk=item.pk).exists()


def test_a_deleted_photo_is_restored_with_its_portraits(media_backend, client, editor):
    photo = make_photo(caption="Portrait")
    author = make_author(photo=photo)
    rendition = photos.rendition_url(photo, "1x1", 192, "jpg")
    assert media.fetch(client, rendition)
    delete_in_admin(client, editor, photo)
    assert not Photo.objects.filter(pk=photo.pk).exists()
    assert Author.objects.get(pk=author.pk).photo_id is None
    assert media.names() == [photo.image.name]  # the original kept until the purge
    client.logout()
    assert client.get(rendition).status_code == 404
    trash.restore(TrashedItem.objects.get())
    assert Author.objects.get(pk=author.pk).photo_id == photo.pk
    restored = Photo.objects.get(pk=photo.pk)
    assert media.read(restored.image.name) == media.read(photo.image.name)
    assert media.fetch(client, rendition)  # made again from the original


def test_a_purged_photo_leaves_no_file(media_backend, client, editor):
    photo = make_photo()
    delete_in_admin(client, editor, photo)
    assert media.names() == [photo.image.name]
    trash.purge(TrashedItem.objects.get())
    assert media.names() == []


def test_purge_is_explicit_or_after_thirty_days(client, editor, article):
    delete_in_admin(client, editor, article)
    item = TrashedItem.objects.get()
    assert trash.purge_expired() == 0
    TrashedItem.objects.filter(pk=item.pk).update(deleted_at=timezone.now() - timedelta(days=31))
    out = StringIO()
    call_command("purge_trash", stdout=out)
    assert "1" in out.getvalue() and not TrashedItem.objects.exists()


def test_journalists_cannot_see_or_restore_the_trash(client, editor, journalist, article):
    delete_in_admin(client, editor, article)
    client.force_login(journalist)
    assert client.get(reverse("admin:articles_trasheditem_changelist")).status_code == 403
    item = TrashedItem.objects.get()
    response = client.post(
        reverse("admin:articles_trasheditem_changelist"),
        {"action": "restore_selected", "_selected_action": [item.pk]},
    )
    assert response.status_code == 403
    assert not Article.objects.filter(slug="cluster-alger").exists()


def test_restores_and_purges_are_in_the_audit_log(client, editor, article):
    from accounts.models import AuditEvent

    delete_in_admin(client, editor, article)
    trash.restore(TrashedItem.objects.get())
    restored = AuditEvent.objects.get(action="restored")
    assert restored.details == "depuis la corbeille" and restored.object_repr == article.title
    delete_in_admin(client, editor, Article.objects.get(pk=article.pk))
    trash.purge(TrashedItem.objects.get())
    assert AuditEvent.objects.filter(
        action="deleted", details="supprimé définitivement de la corbeille"
    ).exists()
