"""Derived data that must follow every save: the ``Listing`` of published articles and
the full-text search index (``articles.search``).

It is kept by signals, on purpose: derived indexes have to be right whatever code path
saved the article (the admin, a service, a command, a shell), and forgetting one would
leave a category page wrong. Domain rules stay in ``services``; nothing here decides.
Bulk inserts send no signals: ``refresh_listings`` is then called explicitly. What a
renamed tag or author, or a section moved under another parent, changes across their
articles (possibly thousands) is done by a background task (``articles.tasks``), queued
when the change is committed.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from articles import search
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Listing,
    Photo,
    Tag,
    TaggedArticle,
)


def listing_rows(article, categories):
    """The Listing rows of ``article`` (already loaded with its primary category): where it
    is listed, from its ``public_from()``; none while it is not published."""
    public_from = article.public_from()
    if public_from is None:
        return []
    where = {}
    primary = article.primary_category
    if primary is not None:
        where[primary.pk] = True
        if primary.parent_id:
            where[primary.parent_id] = True
    for category in categories:
        where.setdefault(category.pk, False)
        if category.parent_id:
            where.setdefault(category.parent_id, False)
    return [
        Listing(
            category_id=category_id,
            article_id=article.pk,
            published_at=public_from,
            is_primary=is_primary,
        )
        for category_id, is_primary in where.items()
    ]


def refresh_listings(article_ids):
    """Rebuild the listings of the given articles."""
    article_ids = list(article_ids)
    if not article_ids:
        return
    rows = []
    articles = Article.objects.filter(pk__in=article_ids).select_related("primary_category")
    for article in articles.prefetch_related("categories").only(
        "status", "published_at", "primary_category__parent_id", "primary_category__id"
    ):
        rows += listing_rows(article, article.categories.all())
    Listing.objects.filter(article_id__in=article_ids).delete()
    Listing.objects.bulk_create(rows, batch_size=2000)


def rebuild_all_listings(batch=5000):
    """Rebuild every listing (after a bulk import, or to repair)."""
    ids = list(Article.objects.values_list("pk", flat=True).order_by("pk"))
    Listing.objects.all().delete()
    for start in range(0, len(ids), batch):
        refresh_listings(ids[start : start + batch])
    return len(ids)


def tag_publication_date(article):
    """The date stored on the article's tag rows: its ``public_from()``."""
    TaggedArticle.objects.filter(content_object_id=article.pk).update(
        published_at=article.public_from()
    )


_batch = threading.local()


@contextmanager
def deferred():
    """Within the block, the listings and search rows of the articles written are made once,
    at its end, instead of at each of their saves (an article, its sections, tags and
    bylines: four times). For writers of many parts at once (the WordPress import), inside
    the same transaction as the writes."""
    if getattr(_batch, "ids", None) is not None:  # already deferred by an outer block
        yield
        return
    _batch.ids = {"listings": set(), "search": set()}
    try:
        yield
    finally:
        _batch.ids, pending = None, _batch.ids
    refresh_listings(pending["listings"])
    search.index_articles(sorted(pending["search"]))


def _listings(article_ids):
    if getattr(_batch, "ids", None) is not None:
        _batch.ids["listings"].update(article_ids)
    else:
        refresh_listings(article_ids)


def _index(article_ids):
    if getattr(_batch, "ids", None) is not None:
        _batch.ids["search"].update(article_ids)
    else:
        search.index_articles(article_ids)


def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _listings([instance.pk])
        tag_publication_date(instance)
        _index([instance.pk])


def _article_deleted(sender, instance, **kwargs):
    search.remove_articles([instance.pk])


def _tags_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action.startswith("post_"):
        articles = (
            [instance]
            if isinstance(instance, Article)
            else Article.objects.filter(pk__in=pk_set or [])
        )  # from the tag's side
        for article in articles:
            tag_publication_date(article)
        _index([article.pk for article in articles])


def _byline_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _index([instance.article_id])


def _enqueue_on_commit(name, pk):
    """Queue the task ``articles.tasks.<name>`` for ``pk`` once the save is committed: a
    renamed tag or author, a moved section may touch thousands of articles, which the
    worker re-indexes rather than the editor's request. (articles.tasks imports this
    module: it is imported here, when needed.)"""
    from articles import tasks

    transaction.on_commit(lambda: getattr(tasks, name).enqueue(pk))


def _author_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        _enqueue_on_commit("reindex_author", instance.pk)


def _tag_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        _enqueue_on_commit("reindex_tag", instance.pk)


def _categories_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:
        _listings([instance.pk])
    elif action == "post_clear":
        refresh_listings(Listing.objects.filter(category=instance).values_list("article_id"))
    else:
        refresh_listings(pk_set or [])


def _category_saving(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk:
        previous = Category.objects.filter(pk=instance.pk).values_list("parent_id", flat=True)
        instance._previous_parent_id = previous.first()


def _category_saved(sender, instance, created, raw=False, **kwargs):
    previous = getattr(instance, "_previous_parent_id", instance.parent_id)
    if raw or created or previous == instance.parent_id:
        return
    # Its parent changed: the articles filed under it are listed elsewhere now.
    _enqueue_on_commit("relist_section", instance.pk)


def _photo_deleted(sender, instance, **kwargs):
    # Its files go with it: the original and every rendition.
    from articles.photos import remove_all_renditions

    remove_all_renditions(instance.pk)
    # A photo moved to the trash keeps its original until the purge (articles/trash.py).
    if instance.image and not getattr(instance, "_to_trash", False):
        instance.image.delete(save=False)


def connect():
    post_save.connect(_article_saved, sender=Article, dispatch_uid="listing:article")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid="search:article-delete")
    m2m_changed.connect(_tags_changed, sender=Article.tags.through, dispatch_uid="search:tags")
    post_save.connect(_byline_changed, sender=ArticleAuthor, dispatch_uid="search:byline")
    post_delete.connect(_byline_changed, sender=ArticleAuthor, dispatch_uid="search:byline-del")
    post_save.connect(_author_saved, sender=Author, dispatch_uid="search:author")
    post_save.connect(_tag_saved, sender=Tag, dispatch_uid="search:tag")
    post_delete.connect(_photo_deleted, sender=Photo, dispatch_uid="photos:files")
    m2m_changed.connect(
        _categories_changed, sender=Article.categories.through, dispatch_uid="listing:m2m"
    )
    pre_save.connect(_category_saving, sender=Category, dispatch_uid="listing:category-pre")
    post_save.connect(_category_saved, sender=Category, dispatch_uid="listing:category")
