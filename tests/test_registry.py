"""The lists of models that backups, the audit log and the page cache follow come from the
app registry (core.registry): a new model is classified by its app, never forgotten."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from accounts.audit import audited_deletions
from accounts.models import AuditEvent
from articles import services
from articles.models import Article, BreakingNews, Listing, Revision, Tag
from core import registry, surrogates
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db

# Django's own tables that a backup does not carry: migrate makes them again (content
# types, permissions), or they are passing state (sessions) or unused (taggit's defaults).
# The admin's change history is not ours either: the audit log is the newsroom's trail.
# Nor is the queue of background tasks (django_tasks_db): passing work, not content.
FRAMEWORK = {
    "admin.LogEntry",
    "django_tasks_database.DBTaskResult",
    "auth.Permission",
    "contenttypes.ContentType",
    "sessions.Session",
    "taggit.Tag",
    "taggit.TaggedItem",
}


def labels(models):
    return {model._meta.label for model in models}


def test_every_installed_model_is_archived_derived_transient_or_the_framework_s():
    archived, derived = labels(registry.archived_models()), labels(registry.derived_models())
    transient = labels(registry.transient_models())
    installed = labels(apps.get_models())
    assert archived & derived == set() and archived & transient == set()
    assert transient == {
        "accounts.Counter",
        "api.ArticleChange",  # the API's change log: 90 days, not a backup's business
        "articles.MissingPage",
        "articles.WordPressImport",
        "newsroom.PeriodicJob",
    }
    assert installed - archived - derived - transient == FRAMEWORK, (
        "A new model: its app must archive it (the default) or declare it derived or transient"
    )


def test_derived_models_are_neither_archived_nor_watched():
    assert Listing not in registry.archived_models()
    assert Listing not in registry.public_models()
    assert registry.derived_media() == ("renditions/", "renditions-until/")


def test_the_page_cache_follows_public_models_only():
    public = labels(registry.public_models())
    assert {"articles.Article", "articles.Photo", "partners.Banner"} <= public
    private = {"articles.Revision", "articles.ArticleView", "partners.BannerStat", "partners.Lead",
               "accounts.AuditEvent", "auth.User"}  # fmt: skip
    assert public & private == set()


def test_a_private_model_leaves_cached_pages_valid(django_capture_on_commit_callbacks):
    article = make_article()

    def version():  # of the key every change of a public model moves
        return surrogates.versions([surrogates.ANY])[surrogates.ANY]

    before = version()
    with django_capture_on_commit_callbacks(execute=True):
        Revision.objects.create(article=article, kind=Revision.Kind.EDITED, data={})
        AuditEvent.objects.create(action="login")
    assert version() == before
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    assert version() != before


def test_audited_deletions_are_the_archived_models_with_an_admin_page():
    audited = labels(audited_deletions())
    assert {"articles.Article", "articles.Photo", "articles.Tag", "articles.BreakingNews",
            "partners.Banner", "partners.CallToAction", "auth.User"} <= audited  # fmt: skip
    for model in audited_deletions():
        assert admin.site.is_registered(model)
    assert "accounts.AuditEvent" not in audited


def test_deleting_through_the_admin_is_recorded_for_every_kind_of_page(admin_client):
    tag = Tag.objects.create(name="Éphémère", slug="ephemere")
    alert = BreakingNews.objects.create(text="Alerte", ends_at="2099-01-01T00:00Z")
    for obj in (tag, alert):
        url = reverse(f"admin:articles_{obj._meta.model_name}_delete", args=[obj.pk])
        assert admin_client.post(url, {"post": "yes"}).status_code == 302
    recorded = set(
        AuditEvent.objects.filter(action="deleted").values_list("object_type", "object_repr")
    )
    assert recorded == {("articles.Tag", "Éphémère"), ("articles.BreakingNews", "Alerte")}


def test_the_rows_that_go_with_an_object_are_not_recorded_one_by_one(editor):
    article = make_article(authors=[make_author()], tags=["Algérie", "Maroc"])
    services.save_revision(article=article, user=editor, kind=Revision.Kind.EDITED)
    article.tags.set(["Algérie"])  # a tag taken off the article: part of its edit
    article.bylines.all().delete()
    article.delete()
    deleted = list(
        AuditEvent.objects.filter(action="deleted").values_list("object_type", flat=True)
    )
    assert deleted == ["articles.Article"]
    assert not Article.objects.exists()
