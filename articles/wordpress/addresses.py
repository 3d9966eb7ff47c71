"""The old site's addresses, kept alive: after an import, a 301 (``Redirect``) from every
address WordPress gave what came in — its permalink whatever the permalink structure, its
query address (« /?p=ID », « /?page_id=ID », « /?cat=ID »), its feed — to the new one.
An address that already has a redirect keeps it (an editor's choice wins)."""

from django.urls import reverse

from articles.models import Article, Author, Category, ImportedItem, Page, Redirect, Tag
from articles.models.redirects import normalise_path

Kind = ImportedItem.Kind
MODELS = {
    Kind.ARTICLE: Article,
    Kind.PAGE: Page,
    Kind.SECTION: Category,
    Kind.TAG: Tag,
    Kind.AUTHOR: Author,
}
QUERY_ADDRESS = {Kind.ARTICLE: "p", Kind.PAGE: "page_id"}
FEEDS = {
    Kind.SECTION: lambda obj: reverse("articles:category-feed", kwargs={"slug": obj.slug}),
    Kind.TAG: lambda obj: reverse("articles:tag-feed", kwargs={"slug": obj.slug}),
    Kind.AUTHOR: lambda obj: reverse("articles:author-feed", kwargs={"slug": obj.slug}),
}
BATCH = 1000


def _pairs(kind, rows, objects):
    """(old path, new address) for the imported items ``rows`` of ``kind``."""
    for key, old_url, object_id in rows:
        obj = objects.get(object_id)
        if obj is None:
            continue
        new = obj.get_absolute_url()
        if old_url:
            yield old_url, new
            if kind in FEEDS:  # « /category/afrique/feed/ » → its feed here
                yield f"{old_url.rstrip('/')}/feed", FEEDS[kind](obj)
        if kind in QUERY_ADDRESS and key.isdigit():
            yield f"/?{QUERY_ADDRESS[kind]}={key}", new


def _attachment_pages(source, batch):
    """An attachment's page (« /?attachment_id=40 », « /2020/11/10/slug/photo/ ») leads to the
    article it was sent with: (old path, new address) for the photos ``batch`` (rows of key,
    old address and parent's key)."""
    parents = dict(
        ImportedItem.objects.filter(
            source=source, kind=Kind.ARTICLE, key__in={row[2] for row in batch}
        )
        .exclude(object_id=None)
        .values_list("key", "object_id")
    )
    articles = Article.objects.only("slug").in_bulk(set(parents.values()))
    for key, old_url, parent in batch:
        article = articles.get(parents.get(parent))
        if article is not None:
            yield f"/?attachment_id={key}", article.get_absolute_url()
            if old_url:
                yield old_url, article.get_absolute_url()


def make_redirects(source, publication):
    """Create the missing redirects of the items imported from ``source``; returns how many.
    Read and written a thousand items at a time, whatever the archive's size (only the
    slugs of what the addresses lead to are read)."""
    created = _create(publication, [("/feed", reverse("articles:feed"))])  # the site's own
    photos = ImportedItem.objects.filter(source=source, kind=Kind.PHOTO).exclude(parent_key="")
    rows = photos.values_list("key", "old_url", "parent_key").order_by("pk")
    for batch in _batches(rows):
        created += _create(publication, _attachment_pages(source, batch))
    for kind, model in MODELS.items():
        rows = ImportedItem.objects.filter(source=source, kind=kind).exclude(object_id=None)
        for batch in _batches(rows.values_list("key", "old_url", "object_id").order_by("pk")):
            objects = model.objects.select_related(None).only("slug")
            objects = objects.in_bulk([row[2] for row in batch])
            created += _create(publication, _pairs(kind, batch, objects))
    return created


def _batches(rows):
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _create(publication, pairs):
    redirects = {}
    for old, new in pairs:
        old_path = normalise_path(old)
        if old_path and old_path != normalise_path(new) and old_path not in redirects:
            redirects[old_path] = Redirect(
                publication=publication, old_path=old_path, new_url=new,
                source=Redirect.Source.IMPORT,
            )  # fmt: skip
    if not redirects:
        return 0
    existing = set(
        Redirect.objects.filter(publication=publication, old_path__in=redirects).values_list(
            "old_path", flat=True
        )
    )
    fresh = [r for path, r in redirects.items() if path not in existing]
    Redirect.objects.bulk_create(fresh, batch_size=BATCH)
    return len(fresh)
