"""Models into the API's dictionaries (``api.schemas``), from data the endpoints loaded in a
fixed number of queries: nothing here reads the database, but the body's figures of one
article (``figures.expand``, one query when it has some)."""

from articles import figures, photos
from articles.models import Photo

LEAD_RATIO = "16x9"
SRC_WIDTH = 1280


class Context:
    """What every serialiser needs: the request (absolute media addresses) and the
    publications by id (their domains)."""

    def __init__(self, request, publications):
        self.request = request
        self.publications = publications
        # Built once: a page of articles names some 300 renditions.
        self.origin = request.build_absolute_uri("/").rstrip("/")

    def absolute(self, url):
        """A media address as the client can fetch it (MEDIA_URL may be a path)."""
        if url.startswith(("http://", "https://")):
            return url
        return self.origin + url if url.startswith("/") else self.request.build_absolute_uri(url)

    def on(self, publication_id, path):
        return self.publications[publication_id].absolute(path)


def publication(item):
    return {
        "slug": item.slug,
        "name": item.name,
        "url": item.absolute("/"),
        "tagline": item.tagline,
    }


def section_ref(ctx, category):
    return {
        "id": category.pk,
        "slug": category.slug,
        "name": category.name,
        "url": ctx.on(category.publication_id, category.get_absolute_url()),
    }


def section(ctx, category):
    parent = category.parent
    return section_ref(ctx, category) | {
        "publication": ctx.publications[category.publication_id].slug,
        "parent": section_ref(ctx, parent) if parent else None,
        "description": category.description,
    }


def tag(ctx, item, publication_id):
    return {
        "id": item.pk,
        "slug": item.slug,
        "name": item.name,
        "url": ctx.on(publication_id, item.get_absolute_url()),
    }


def author_ref(ctx, item, publication_id):
    return {
        "id": item.pk,
        "slug": item.slug,
        "name": item.name,
        "url": ctx.on(publication_id, item.get_absolute_url()),
    }


def author(ctx, item, publication_id):
    return author_ref(ctx, item, publication_id) | {"role": item.role, "bio": item.bio}


def photo(ctx, item):
    """A photo readers may see (the caller checked ``is_usable``), with its renditions."""
    widths = photos.widths(item, LEAD_RATIO)
    src_width = max((w for w in widths if w <= SRC_WIDTH), default=widths[0])
    return {
        "id": item.pk,
        "caption": item.caption,
        "alt": item.alt_text,
        "credit": item.credit,
        "licence": item.licence,
        "licence_label": Photo.Licence(item.licence).label,
        "width": item.width,
        "height": item.height,
        "src": ctx.absolute(photos.rendition_url(item, LEAD_RATIO, src_width, "jpg")),
        "srcset": {
            ext: ", ".join(
                ctx.absolute(part) for part in photos.srcset(item, LEAD_RATIO, ext).split(", ")
            )
            for ext in ("jpg", *photos.modern_formats())
        },
        "rights_expire_on": item.rights_expire_on.isoformat() if item.rights_expire_on else None,
    }


def article_summary(ctx, article, include=frozenset(), figures_photos=None):
    """An article of a list: its bylines, tags and sections prefetched, its lead photo,
    sponsor and primary section selected with it. ``include``: « body » (its body's
    figures in ``figures_photos``, read for the whole page), « authors », « sections »
    (their full records)."""
    home = article.publication_id
    lead = article.public_photo
    one_section = section if "sections" in include else section_ref
    one_author = author if "authors" in include else author_ref
    item = {
        "deleted": False,
        "id": article.pk,
        "slug": article.slug,
        "title": article.title,
        "standfirst": article.standfirst,
        "url": ctx.on(home, article.get_absolute_url()),
        "publication": ctx.publications[home].slug,
        "primary_section": one_section(ctx, article.primary_category)
        if article.primary_category_id
        else None,
        "sections": [one_section(ctx, c) for c in article.categories.all()],
        "tags": [tag(ctx, t, home) for t in article.tags.all()],
        "authors": [one_author(ctx, b.author, home) for b in article.bylines.all()],
        "lead_photo": photo(ctx, lead) if lead else None,
        "sponsored": {"mention": article.sponsor_mention, "partner": article.sponsor.name}
        if article.sponsor_id
        else None,
        "published_at": article.published_at,
        "updated_at": article.updated_at,
        "changed_at": getattr(article, "changed_at", None)
        or max(article.updated_at, article.published_at),
    }
    if "body" in include:
        item["body_html"] = figures.expand(article.body, figures_photos)
    return item


def tombstone(article_id, changed_at):
    return {"deleted": True, "id": article_id, "changed_at": changed_at}


def article_detail(ctx, article, links, corrections, include=frozenset()):
    return article_summary(ctx, article, include | {"body"}) | {
        "read_also": [
            {
                "title": link.display_label,
                "url": ctx.on(link.target.publication_id, link.target.get_absolute_url())
                if link.target_id
                else link.url,
                "article_id": link.target_id,
            }
            for link in links
        ],
        "corrections": [
            {"kind": c.kind, "text": c.text, "published_at": c.published_at} for c in corrections
        ],
    }
