"""Background tasks of the newsroom (Django's tasks API: README, « Tâches de fond »).

Work that a request used to do inline and that may take long, or depends on something
slow: a photo's renditions after its upload, the search index of every article of a
renamed tag or author, the listings of a section that moved, a WordPress import started
from the admin; and the periodic purges (``newsroom.schedule`` runs them from the worker).

Each takes primary keys, never objects (its arguments are stored as JSON), and reads the
rows again when it runs: an object deleted in between is simply skipped.
"""

from django.db.models import Q
from django_tasks import task

from articles.models import Article, ArticleAuthor, Category, Photo, TaggedArticle

# A WordPress import can take an hour: on a queue of its own, so that a second worker
# (README, « Tâches de fond ») keeps e-mails and renditions flowing meanwhile.
IMPORTS_QUEUE = "imports"


@task
def make_renditions(photo_id):
    """The photo's standard (JPEG) renditions, made after its upload or change so that its
    first readers never wait (articles.photos.make_standard_renditions)."""
    from articles import photos

    photo = Photo.objects.filter(pk=photo_id).first()
    if photo is None:  # deleted or trashed since
        return 0
    photos.make_standard_renditions(photo)
    return photo_id


@task
def reindex_author(author_id):
    """The search index of every article the author signs (their name is searchable)."""
    from articles import search

    bylines = ArticleAuthor.objects.filter(author_id=author_id)
    ids = list(bylines.values_list("article_id", flat=True))
    search.index_articles(ids)
    return len(ids)


@task
def reindex_tag(tag_id):
    """The search index of every article with the tag (its name is searchable)."""
    from articles import search

    ids = list(
        TaggedArticle.objects.filter(tag_id=tag_id).values_list("content_object_id", flat=True)
    )
    search.index_articles(ids)
    return len(ids)


@task
def relist_section(category_id):
    """The listings of every article filed under the section or its sub-sections, after
    the section moved under another parent."""
    from articles import indexing

    family = Category.objects.filter(Q(pk=category_id) | Q(parent_id=category_id))
    ids = set(
        Article.objects.filter(
            Q(primary_category__in=family) | Q(categories__in=family)
        ).values_list("pk", flat=True)
    )
    indexing.refresh_listings(ids)
    return len(ids)


@task(queue_name=IMPORTS_QUEUE)
def import_wordpress(run_id):
    """A WordPress import started from the admin (articles.wordpress.runs)."""
    from articles.wordpress import runs

    runs.execute(run_id)


@task
def purge_expired_photos():
    """Delete the renditions of photos whose rights have expired."""
    from articles import photos

    return photos.purge_expired()


@task
def purge_trash():
    """Delete for good what has been in the trash for more than TRASH_DAYS days."""
    from articles import trash

    return trash.purge_expired()
