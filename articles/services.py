"""Writes with rules, called alike by the admin, management commands and tests.

Every status transition is one function here: it checks the user's right to make it,
applies it, and records who did it and when as a revision of the article.
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleView,
    Author,
    BreakingNews,
    Category,
    Photo,
    PreviewLink,
    RelatedLink,
    Revision,
)

Status = Article.Status
TITLE_MAX = 110


class PublicationRefused(ValidationError):
    """Publishing or scheduling was refused; ``messages`` lists every reason, in French."""


# Who may do what ------------------------------------------------------------------------


def can_publish(user):
    return user.has_perm("articles.publish_article")


def is_own(user, article):
    """The user created the article or signs it."""
    if article.pk is None or article.created_by_id == user.pk:
        return True
    return article.bylines.filter(author__user=user).exists()


def can_edit(user, article):
    """Editors edit anything; a journalist edits their own articles while not published."""
    if user.has_perm("articles.edit_any_article"):
        return True
    if not user.has_perm("articles.change_article"):
        return False
    return article.status in (Status.DRAFT, Status.REVIEW) and is_own(user, article)


def can_see_history(user, article):
    return user.has_perm("articles.edit_any_article") or (
        user.has_perm("articles.view_article") and is_own(user, article)
    )


def allowed_transitions(user, article):
    """The workflow buttons this user may press on this article, in display order."""
    actions = []
    state = article.state
    if state in ("draft",) and can_edit(user, article):
        actions.append("submit")
    if can_publish(user):
        if state in ("draft", "review", "unpublished", "scheduled"):
            actions += ["publish", "schedule"]
        if state == "review":
            actions.append("return")
        if state in ("published", "scheduled"):
            actions.append("unpublish")
    return actions


TRANSITION_LABELS = {
    "submit": "Soumettre à la relecture",
    "publish": "Publier maintenant",
    "schedule": "Programmer à la date indiquée",
    "return": "Renvoyer en brouillon",
    "unpublish": "Dépublier",
}


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


def save_revision(*, article, user, kind, note=""):
    return Revision.objects.create(
        article=article, created_by=user, kind=kind, note=note, data=snapshot(article)
    )


@transaction.atomic
def restore_revision(*, revision, user):
    """Bring the article back to ``revision``'s content; a new revision records it.

    The workflow (status and publication date) is not rolled back: restoring an older
    text of a published article keeps it published. Photos, categories, authors or
    linked articles deleted since are skipped and named in the returned warnings.
    """
    if not user.has_perm("articles.restore_revision"):
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


# Schedule ---------------------------------------------------------------------------------


def next_publication_at(now):
    """When the next scheduled article goes live (the page cache must not outlive it)."""
    return (
        Article.objects.filter(status=Status.PUBLISHED, published_at__gt=now)
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )


# Pre-publication checklist --------------------------------------------------------------


def publication_checklist(article, *, at=None):
    """Each check of the pre-publication list, as (label, passed) pairs."""
    at = at or timezone.now()
    photo = article.lead_photo
    links = list(article.related_links.select_related("target")) if article.pk else []
    unpublished = [
        link.target.title
        for link in links
        if link.target_id
        and not (
            link.target.status == Status.PUBLISHED
            and link.target.published_at is not None
            and link.target.published_at <= max(at, timezone.now())
        )
    ]
    has_author = article.pk is not None and article.bylines.exists()
    return [
        ("Une photo d’ouverture", photo is not None),
        ("La photo a un crédit et un texte alternatif",
         photo is None or bool(photo.credit.strip() and photo.alt_text.strip())),
        ("Une rubrique principale", article.primary_category_id is not None),
        ("Au moins un auteur", has_author),
        ("Un chapô", bool(article.standfirst.strip())),
        (f"Un titre de {TITLE_MAX} caractères au plus (il en a {len(article.title)})",
         len(article.title) <= TITLE_MAX),
        ("Les liens « Lire aussi » mènent à des articles publiés"
         + (f" (pas encore : {', '.join(unpublished)})" if unpublished else ""),
         not unpublished),
    ]  # fmt: skip


def publication_problems(article, *, at=None):
    return [label for label, passed in publication_checklist(article, at=at) if not passed]


def _check_publishable(article, at=None):
    problems = publication_problems(article, at=at)
    if problems:
        raise PublicationRefused(problems)


# Transitions ------------------------------------------------------------------------------


def _require_publisher(user):
    if not can_publish(user):
        raise PermissionDenied("Seuls les éditeurs publient, programment et dépublient.")


def _lock(article):
    return Article.objects.select_for_update().get(pk=article.pk)


@transaction.atomic
def submit_for_review(*, article, user):
    article = _lock(article)
    if article.status != Status.DRAFT or not can_edit(user, article):
        raise PermissionDenied("Cet article ne peut pas être soumis à la relecture.")
    article.status = Status.REVIEW
    article.save(update_fields=["status", "updated_at"])
    save_revision(article=article, user=user, kind=Revision.Kind.SUBMITTED)
    return article


@transaction.atomic
def return_to_draft(*, article, user, note=""):
    _require_publisher(user)
    article = _lock(article)
    if article.status != Status.REVIEW:
        raise PermissionDenied("Seul un article en relecture peut être renvoyé en brouillon.")
    article.status = Status.DRAFT
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
    now = timezone.now()
    if at is None:
        keep_date = article.status == Status.UNPUBLISHED and article.published_at
        at = article.published_at if keep_date and article.published_at <= now else now
    _check_publishable(article, at=at)
    article.status = Status.PUBLISHED
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
    if article.status != Status.PUBLISHED:
        raise PermissionDenied("Cet article n’est pas publié.")
    article.status = Status.UNPUBLISHED
    article.save(update_fields=["status", "updated_at"])
    save_revision(article=article, user=user, kind=Revision.Kind.UNPUBLISHED)
    return article


def apply_transition(*, action, article, user, at=None):
    """Run the workflow action named ``action`` (the admin's buttons)."""
    if action == "submit":
        return submit_for_review(article=article, user=user)
    if action == "publish":
        return publish_article(article=article, user=user)
    if action == "schedule":
        return schedule_article(article=article, user=user, at=at)
    if action == "return":
        return return_to_draft(article=article, user=user)
    if action == "unpublish":
        return unpublish_article(article=article, user=user)
    raise PermissionDenied(f"Action inconnue : {action!r}")


# Preview links --------------------------------------------------------------------------


def create_preview_link(*, article, user, hours=48):
    if not user.has_perm("articles.share_preview"):
        raise PermissionDenied("Seuls les éditeurs partagent un aperçu.")
    return PreviewLink.objects.create(
        article=article, created_by=user, expires_at=timezone.now() + timedelta(hours=hours)
    )


def revoke_preview_link(*, link, user):
    if not user.has_perm("articles.share_preview"):
        raise PermissionDenied("Seuls les éditeurs révoquent un aperçu.")
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


# Reading counts -----------------------------------------------------------------------------


def increment(model, field, **row):
    """Add one to ``field`` of the row identified by ``row`` (created at 1 if missing),
    atomically: concurrent requests never lose a count (``UPDATE … SET n = n + 1``), and a
    busy counter costs one row per key (a day), not one row per event."""
    rows = model.objects.filter(**row)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            model.objects.create(**row, **{field: 1})
    except IntegrityError:  # another request created the row first
        rows.update(**{field: F(field) + 1})


def record_view(*, article_id, day):
    """Count one reading of an article on a day (one row per article and day)."""
    increment(ArticleView, "count", article_id=article_id, day=day)


def next_breaking_news_change(now):
    """When a breaking-news banner next appears or disappears (for the page cache)."""
    starts = (
        BreakingNews.objects.filter(is_active=True, starts_at__gt=now)
        .order_by("starts_at")
        .values_list("starts_at", flat=True)
        .first()
    )
    ends = (
        BreakingNews.objects.live(now).order_by("ends_at").values_list("ends_at", flat=True).first()
    )
    moments = [m for m in (starts, ends) if m]
    return min(moments) if moments else None
