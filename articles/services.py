"""Writes with rules, called alike by the admin, management commands and tests.

Saving an article and every status transition are one function here: each checks the
user's right (``articles.permissions``), writes in one transaction, records who did it and
when as a revision of the article, and writes the audit log for the workflow's acts.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts import audit
from accounts.models import AuditEvent
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleView,
    Author,
    Category,
    Photo,
    PreviewLink,
    Redirect,
    RelatedLink,
    Revision,
)
from articles.models.redirects import normalise_path
from articles.permissions import (
    can_edit,
    can_edit_photo,
    can_publish,
    can_restore,
    can_share_preview,
    works_on,
)
from core.counters import increment

State, Transition = Article.State, Article.Transition


class PublicationRefused(ValidationError):
    """Publishing or scheduling was refused; ``messages`` lists every reason, in French."""


# Revisions -------------------------------------------------------------------------------


def snapshot(article):
    """Everything that makes the article, as JSON-ready data."""
    return {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "status": article.status,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "lead_photo": article.lead_photo_id,
        "primary_category": article.primary_category_id,
        "categories": sorted(article.categories.values_list("pk", flat=True)),
        "tags": sorted(article.tags.names()),
        "bylines": [
            [b.author_id, b.position] for b in article.bylines.order_by("position", "pk")
        ],
        "related_links": [
            {"target": link.target_id, "url": link.url, "label": link.label,
             "position": link.position}
            for link in article.related_links.order_by("position", "pk")
        ],
    }  # fmt: skip


# The workflow's revisions that the audit log records too.
AUDITED_REVISIONS = {
    Revision.Kind.PUBLISHED: AuditEvent.Action.PUBLISHED,
    Revision.Kind.SCHEDULED: AuditEvent.Action.SCHEDULED,
    Revision.Kind.UNPUBLISHED: AuditEvent.Action.UNPUBLISHED,
    Revision.Kind.RESTORED: AuditEvent.Action.RESTORED,
}


def save_revision(*, article, user, kind, note=""):
    revision = Revision.objects.create(
        article=article, created_by=user, kind=kind, note=note, data=snapshot(article)
    )
    action = AUDITED_REVISIONS.get(kind)
    if action:
        details = ""
        if kind == Revision.Kind.SCHEDULED:
            details = f"pour le {article.published_at:%d/%m/%Y %H:%M} (UTC)"
        audit.record(action, user=user, obj=article, details=details)
    return revision


@transaction.atomic
def save_article(*, article, user, save_parts=None, content_changed=True):
    """Save an article written or edited by ``user``, and what comes with it, as one write.

    - a new article records its creator; an edited one moves to its next ``version``, so
      that two people editing it at once cannot overwrite each other (the admin refuses a
      form opened at an older version);
    - ``save_parts()`` then writes its parts (categories, tags, bylines, « Lire aussi »,
      corrections: the admin passes its form's and inlines' own saving);
    - a journalist's new article is signed by them, unless other authors were chosen;
    - a revision records the content, when it changed (always for a new article).
    """
    is_new = article.pk is None
    if not works_on(user, article.publication_id):  # where it goes: one of theirs
        raise PermissionDenied(
            f"Vous n’écrivez pas pour « {article.publication} » : choisissez l’une de vos "
            "publications."
        )
    stored = None if is_new else Article.objects.filter(pk=article.pk).first()
    if not is_new and not (stored and can_edit(user, stored) and can_edit(user, article)):
        raise PermissionDenied("Vous ne pouvez pas modifier cet article.")
    if is_new:
        article.created_by = user
    else:
        article.version += 1
    article.save()
    if stored is not None and stored.slug != article.slug and stored.published_at is not None:
        _keep_old_address(stored, article)
    if save_parts is not None:
        save_parts()
    author = getattr(user, "author", None)
    if is_new and author is not None and not article.bylines.exists():
        ArticleAuthor.objects.create(article=article, author=author, position=1)
    if is_new or content_changed:
        kind = Revision.Kind.CREATED if is_new else Revision.Kind.EDITED
        save_revision(article=article, user=user, kind=kind)
    return article


def _keep_old_address(before, article):
    """A published article's address changed: its old one answers a 301 to the new one
    (and one back to where it was is no longer needed)."""
    old_path = normalise_path(before.get_absolute_url())
    new_path = article.get_absolute_url()
    Redirect.objects.filter(publication_id=article.publication_id,
                            old_path=normalise_path(new_path)).delete()  # fmt: skip
    Redirect.objects.update_or_create(
        publication_id=before.publication_id,
        old_path=old_path,
        defaults={"new_url": new_path, "source": Redirect.Source.SLUG},
    )
    # Redirects that led to the old address lead to the new one, without a chain.
    Redirect.objects.filter(new_url=before.get_absolute_url()).update(new_url=new_path)


@transaction.atomic
def restore_revision(*, revision, user):
    """Bring the article back to ``revision``'s content; a new revision records it.

    The workflow (status and publication date) is not rolled back: restoring an older
    text of a published article keeps it published. Photos, categories, authors or
    linked articles deleted since are skipped and named in the returned warnings.
    """
    if not can_restore(user):
        raise PermissionDenied("Seuls les éditeurs restaurent une version.")
    article = Article.objects.select_for_update().get(pk=revision.article_id)
    data, warnings = revision.data, []
    article.title = data["title"]
    article.standfirst = data["standfirst"]
    article.body = data["body"]
    if not Article.objects.filter(slug=data["slug"]).exclude(pk=article.pk).exists():
        article.slug = data["slug"]
    else:
        warnings.append(f"L’adresse « {data['slug']} » est prise par un autre article.")

    def existing(model, pk, label):
        if pk is None:
            return None
        if model.objects.filter(pk=pk).exists():
            return pk
        warnings.append(f"{label} n’existe plus.")
        return None

    article.lead_photo_id = existing(Photo, data["lead_photo"], "La photo d’ouverture")
    article.primary_category_id = existing(
        Category, data["primary_category"], "La rubrique principale"
    )
    article.version += 1
    article.save()
    article.categories.set(Category.objects.filter(pk__in=data["categories"]))
    article.tags.set(data["tags"])
    article.bylines.all().delete()
    authors = set(
        Author.objects.filter(pk__in=[a for a, _ in data["bylines"]]).values_list("pk", flat=True)
    )
    for author_id, position in data["bylines"]:
        if author_id in authors:
            ArticleAuthor.objects.create(article=article, author_id=author_id, position=position)
        else:
            warnings.append("Un auteur de cette version n’existe plus.")
    article.related_links.all().delete()
    for link in data["related_links"]:
        target = link["target"]
        if target is not None and not Article.objects.filter(pk=target).exists():
            warnings.append("Un article « Lire aussi » de cette version n’existe plus.")
            continue
        RelatedLink.objects.create(
            article=article, target_id=target, url=link["url"], label=link["label"],
            position=link["position"],
        )  # fmt: skip
    when = timezone.localtime(revision.created_at)
    save_revision(
        article=article,
        user=user,
        kind=Revision.Kind.RESTORED,
        note=f"Version du {when:%d/%m/%Y à %H:%M} restaurée",
    )
    return article, warnings


# Pre-publication checklist --------------------------------------------------------------


def _check_publishable(article, at=None):
    problems = article.publication_problems(at=at)
    if problems:
        raise PublicationRefused(problems)


# Transitions ------------------------------------------------------------------------------


def _require_publisher(user, article=None):
    if not can_publish(user):
        raise PermissionDenied("Seuls les éditeurs publient, programment et dépublient.")
    if article is not None and not can_publish(user, article):
        raise PermissionDenied(
            f"Vous ne publiez pas sur « {article.publication} » : demandez à l’un de ses éditeurs."
        )


def _lock(article):
    return Article.objects.select_for_update().get(pk=article.pk)


@transaction.atomic
def submit_for_review(*, article, user):
    article = _lock(article)
    if article.status != State.DRAFT or not can_edit(user, article):
        raise PermissionDenied("Cet article ne peut pas être soumis à la relecture.")
    article.status = State.REVIEW
    article.save(update_fields=["status", "updated_at"])
    save_revision(article=article, user=user, kind=Revision.Kind.SUBMITTED)
    return article


@transaction.atomic
def return_to_draft(*, article, user, note=""):
    _require_publisher(user)
    article = _lock(article)
    _require_publisher(user, article)
    if article.status != State.REVIEW:
        raise PermissionDenied("Seul un article en relecture peut être renvoyé en brouillon.")
    article.status = State.DRAFT
    article.save(update_fields=["status", "updated_at"])
    save_revision(article=article, user=user, kind=Revision.Kind.RETURNED, note=note)
    return article


@transaction.atomic
def publish_article(*, article, user, at=None):
    """Publish now, or at ``at`` when it is in the future (the article is then scheduled).

    Without ``at``, an article published before keeps its original date; a draft, an
    article in review or a scheduled one goes out now.
    """
    _require_publisher(user)
    article = _lock(article)
    _require_publisher(user, article)
    now = timezone.now()
    if at is None:
        keep_date = article.status == State.UNPUBLISHED and article.published_at
        at = article.published_at if keep_date and article.published_at <= now else now
    _check_publishable(article, at=at)
    article.status = State.PUBLISHED
    article.published_at = at
    article.save(update_fields=["status", "published_at", "updated_at"])
    kind = Revision.Kind.SCHEDULED if at > now else Revision.Kind.PUBLISHED
    save_revision(article=article, user=user, kind=kind)
    return article


def schedule_article(*, article, user, at):
    if at is None or at <= timezone.now():
        raise PublicationRefused(["Indiquez une date de publication dans le futur."])
    return publish_article(article=article, user=user, at=at)


@transaction.atomic
def unpublish_article(*, article, user):
    """Take the article off the site; it keeps its date, to be restored as it was."""
    _require_publisher(user)
    article = _lock(article)
    _require_publisher(user, article)
    if article.status != State.PUBLISHED:
        raise PermissionDenied("Cet article n’est pas publié.")
    article.status = State.UNPUBLISHED
    article.save(update_fields=["status", "updated_at"])
    save_revision(article=article, user=user, kind=Revision.Kind.UNPUBLISHED)
    return article


def apply_transition(*, action, article, user, at=None):
    """Run the workflow action named ``action`` (the admin's buttons)."""
    if action == Transition.SUBMIT:
        return submit_for_review(article=article, user=user)
    if action == Transition.PUBLISH:
        return publish_article(article=article, user=user)
    if action == Transition.SCHEDULE:
        return schedule_article(article=article, user=user, at=at)
    if action == Transition.RETURN:
        return return_to_draft(article=article, user=user)
    if action == Transition.UNPUBLISH:
        return unpublish_article(article=article, user=user)
    raise PermissionDenied(f"Action inconnue : {action!r}")


# Preview links --------------------------------------------------------------------------


PREVIEW_MAX_HOURS = 7 * 24


def create_preview_link(*, article, user, hours=48):
    """A share link for ``hours`` (at most seven days, whatever the caller asks)."""
    if not can_share_preview(user):
        raise PermissionDenied("Seuls les éditeurs partagent un aperçu.")
    hours = min(max(int(hours), 1), PREVIEW_MAX_HOURS)
    return PreviewLink.objects.create(
        article=article, created_by=user, expires_at=timezone.now() + timedelta(hours=hours)
    )


def revoke_preview_link(*, link, user):
    if not can_share_preview(user):
        raise PermissionDenied("Seuls les éditeurs révoquent un aperçu.")
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


# Photos -------------------------------------------------------------------------------------

# What the audit log follows of a photo: the picture itself and what readers are told of it.
AUDITED_PHOTO_FIELDS = {
    "image": "image",
    "caption": "légende",
    "credit": "crédit",
    "alt_text": "texte alternatif",
    "rights_expire_on": "fin des droits",
    "licence": "licence",
}


@transaction.atomic
def save_photo(*, photo, user):
    """Save a photo uploaded or edited by ``user``: who uploaded it, its renditions (the old
    ones go, the standard set is queued: a background task makes it), and the audit log for
    a changed picture, caption, credit or rights."""
    from articles import photos, tasks

    is_new = photo.pk is None
    if not is_new and not can_edit_photo(user, photo):
        raise PermissionDenied("Vous ne pouvez pas modifier cette photo.")
    if is_new:
        photo.uploaded_by = user
    before = None
    if not is_new:
        before = Photo.objects.filter(pk=photo.pk).values(*AUDITED_PHOTO_FIELDS).first()
    photo.save()
    photos.remove_stale_renditions(photo)
    # Made by the worker (articles.tasks), not during the upload's request.
    transaction.on_commit(lambda: tasks.make_renditions.enqueue(photo.pk))
    if before:
        after = Photo.objects.filter(pk=photo.pk).values(*AUDITED_PHOTO_FIELDS).first()
        names = [label for field, label in AUDITED_PHOTO_FIELDS.items()
                 if before[field] != after[field]]  # fmt: skip
        if names:
            audit.record(
                AuditEvent.Action.PHOTO_CHANGED, user=user, obj=photo,
                details="modifié : " + ", ".join(names),
            )  # fmt: skip
    return photo


# Reading counts -----------------------------------------------------------------------------


def record_view(*, article_id, day):
    """Count one reading of an article on a day (one row per article and day)."""
    increment(ArticleView, "count", article_id=article_id, day=day)
