"""The publishing services check the user's right themselves: called directly (by a view,
a command, a script), not through the admin's buttons, a journalist is refused with
PermissionDenied and nothing is written; an editor, with the very same call, succeeds."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from accounts.models import AuditEvent
from articles import services
from articles.models import Article, PreviewLink, Revision
from tests.factories import make_article, make_category, make_photo

pytestmark = pytest.mark.django_db


def article_of(journalist, status):
    """The journalist's own article, publishable (photo, category, author, standfirst), in
    ``status``, with two revisions (the title changed between them) and a preview link: so
    that every service below has something to do when the right is not checked."""
    published = status == "published"
    article = make_article(
        status="published" if published else "draft",
        published_at=timezone.now() - timedelta(hours=1) if published else None,
        created_by=journalist,
        lead_photo=make_photo(),
        primary_category=make_category(),
        authors=[journalist.author],
        title="Premier titre",
    )
    services.save_revision(article=article, user=journalist, kind=Revision.Kind.CREATED)
    Article.objects.filter(pk=article.pk).update(title="Second titre")
    article.refresh_from_db()
    services.save_revision(article=article, user=journalist, kind=Revision.Kind.EDITED)
    if status == "review":
        services.submit_for_review(article=article, user=journalist)
    PreviewLink.objects.create(article=article, expires_at=timezone.now() + timedelta(days=1))
    article.refresh_from_db()
    return article


def written(article):
    """What a service may write about the article, read back from the database."""
    return (
        Article.objects.filter(pk=article.pk)
        .values("title", "status", "published_at", "version", "updated_at")
        .get(),
        list(Revision.objects.filter(article=article).values_list("pk", "kind")),
        list(PreviewLink.objects.filter(article=article).values_list("pk", "revoked_at")),
        list(AuditEvent.objects.values_list("pk", flat=True)),
    )


# name -> (the article's state, the call, what the call achieved when it succeeded)
EDITORS_ONLY = {
    "publish_article": (
        "draft",
        lambda article, user: services.publish_article(article=article, user=user),
        lambda article: article.is_live(),
    ),
    "schedule_article": (
        "draft",
        lambda article, user: services.schedule_article(
            article=article, user=user, at=timezone.now() + timedelta(days=1)
        ),
        lambda article: article.status == "published" and not article.is_live(),
    ),
    "unpublish_article": (
        "published",
        lambda article, user: services.unpublish_article(article=article, user=user),
        lambda article: article.status == "unpublished",
    ),
    "return_to_draft": (
        "review",
        lambda article, user: services.return_to_draft(article=article, user=user),
        lambda article: article.status == "draft",
    ),
    "apply_transition publish": (
        "review",
        lambda article, user: services.apply_transition(
            action="publish", article=article, user=user
        ),
        lambda article: article.is_live(),
    ),
    "restore_revision": (
        "draft",
        lambda article, user: services.restore_revision(
            revision=article.revisions.get(kind="created"), user=user
        ),
        lambda article: article.title == "Premier titre",
    ),
    "create_preview_link": (
        "draft",
        lambda article, user: services.create_preview_link(article=article, user=user),
        lambda article: article.preview_links.count() == 2,
    ),
    "revoke_preview_link": (
        "draft",
        lambda article, user: services.revoke_preview_link(
            link=article.preview_links.get(), user=user
        ),
        lambda article: article.preview_links.get().revoked_at is not None,
    ),
}


@pytest.mark.parametrize("name", EDITORS_ONLY)
def test_a_journalist_calling_an_editors_service_directly_is_refused_and_nothing_is_written(
    journalist, name
):
    state, call, _ = EDITORS_ONLY[name]
    article = article_of(journalist, state)
    before = written(article)
    with pytest.raises(PermissionDenied):
        call(article, journalist)
    assert written(article) == before


@pytest.mark.parametrize("name", EDITORS_ONLY)
def test_an_editor_calling_the_same_service_succeeds(journalist, editor, name):
    state, call, achieved = EDITORS_ONLY[name]
    article = article_of(journalist, state)
    before = written(article)
    call(article, editor)
    article.refresh_from_db()
    assert achieved(article)
    assert written(article) != before


def edit_title(article, user):
    article.title = "Titre réécrit"
    return services.save_article(article=article, user=user)


def submit(article, user):
    return services.submit_for_review(article=article, user=user)


@pytest.mark.parametrize("call", [edit_title, submit], ids=["save_article", "submit_for_review"])
def test_a_journalist_cannot_save_or_submit_a_colleagues_draft_through_the_services(
    journalist, other_journalist, call
):
    article = article_of(other_journalist, "draft")
    before = written(article)
    with pytest.raises(PermissionDenied):
        call(Article.objects.get(pk=article.pk), journalist)
    assert written(article) == before


def test_a_journalist_cannot_save_their_own_published_article_through_the_services(journalist):
    article = article_of(journalist, "published")
    before = written(article)
    with pytest.raises(PermissionDenied):
        edit_title(Article.objects.get(pk=article.pk), journalist)
    assert written(article) == before


@pytest.mark.parametrize("call", [edit_title, submit], ids=["save_article", "submit_for_review"])
def test_a_journalist_saves_and_submits_their_own_draft_and_an_editor_anyones(
    journalist, editor, call
):
    for user in (journalist, editor):
        article = article_of(journalist, "draft")
        before = written(article)
        call(Article.objects.get(pk=article.pk), user)
        assert written(article) != before
        article.refresh_from_db()
        assert article.title == "Titre réécrit" or article.status == "review"


def test_the_object_rules_never_grant_what_the_role_does_not(db, journalist):
    """Found by the mutation audit: being the author of a draft or the uploader of a photo
    must not stand in for the role's own permission to change articles or photos."""
    from django.contrib.auth.models import User

    from articles import permissions

    outsider = User.objects.create_user("invite", password="x", is_staff=True)  # no role
    article = make_article(title="Brouillon", status="draft", published_at=None)
    article.created_by = outsider
    article.save()
    photo = make_photo()
    photo.uploaded_by = outsider
    photo.save()
    assert permissions.is_own(outsider, article)
    assert not permissions.can_edit(outsider, article)
    assert not permissions.can_edit_photo(outsider, photo)
    photo.uploaded_by = journalist
    photo.save()
    assert permissions.can_edit_photo(journalist, photo)
