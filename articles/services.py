"""Writes with rules: called alike by the admin, management commands and tests."""

from django.db import transaction
from django.utils import timezone

from articles.models import Article


@transaction.atomic
def publish_article(*, article, at=None):
    """Publish ``article`` now, or at ``at`` (a future time schedules it).

    A published article keeps its original publication date unless ``at`` is given.
    """
    article.status = Article.Status.PUBLISHED
    if at is not None:
        article.published_at = at
    elif article.published_at is None:
        article.published_at = timezone.now()
    article.save(update_fields=["status", "published_at", "updated_at"])
    return article


@transaction.atomic
def unpublish_article(*, article):
    """Take ``article`` off the site; it becomes a draft again and keeps its date."""
    article.status = Article.Status.DRAFT
    article.save(update_fields=["status", "updated_at"])
    return article
