"""RSS 2.0 and Atom feeds: the whole site, each category, tag and author.

Built with Django's feed generators. Each publication has its own: the articles that appear
on it (cross-posts included, linked to their canonical address), under its name. Links come
from the publications' domains, never from the request's Host header.
"""

from django.conf import settings
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from articles import photos
from articles.models import Article, ArticleAuthor, Author, Category, Tag, TaggedArticle
from articles.publications import current

ITEMS = 20
FORMATS = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


def absolute(url, site=None):
    if url.startswith(("http://", "https://")):
        return url
    return (site.base_url if site is not None else settings.SITE_URL) + url


def guid(article):
    """A tag URI (RFC 4151): stable across edits of the title or the slug, and the same
    in every publication's feed (the article's own publication's domain)."""
    base = absolute("", article.publication)
    host = base.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return f"tag:{host},{article.created_at:%Y-%m-%d}:article:{article.pk}"


def enclosure(photo, site=None):
    """The photo's 16:9 crop at 1,280 px, as a JPEG (made now if it does not exist yet:
    a feed must say how many bytes it weighs)."""
    width = photos.widths(photo, "16x9")[-1]
    try:
        name = photos.make_rendition(photo, "16x9", width, "jpg")
        size = default_storage.size(name)
    except OSError:  # the original is missing: no enclosure rather than a broken feed
        return None
    return Enclosure(absolute(photos.rendition_url(photo, "16x9", width, "jpg"), site),
                     str(size), "image/jpeg")  # fmt: skip


def feed_response(request, *, kind, title, link, description, queryset, feed_path, empty=None):
    """The feed of ``queryset``'s latest published articles. ``empty``: when it has none,
    a 404 instead (a tag or an author has no public page, nor feed, before its first
    published article) on the request's publication."""
    site = current(request)
    name = site.name if site is not None else settings.SITE_NAME
    generator = FORMATS[kind](
        title=f"{title} — {name}" if title != name else title,
        link=absolute(link, site),
        description=description,
        language="fr",
        feed_url=absolute(feed_path, site),
        author_name=name,
    )
    articles = list(
        queryset.on(site)
        .defer("body")
        .select_related("primary_category", "lead_photo", "sponsor", "publication")
        .prefetch_related(
            Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")),
            "categories",
            Prefetch("tagged_items", queryset=TaggedArticle.objects.select_related("tag")),
        )[:ITEMS]
    )
    if empty is not None and not articles:
        raise Http404(empty)
    for article in articles:
        categories = [c.name for c in [article.primary_category, *article.categories.all()] if c]
        categories += [item.tag.name for item in article.tagged_items.all()]
        # Partner content says so in every reader's app, where no page label is shown.
        mention = article.sponsor_mention
        if mention:
            categories.insert(0, "Contenu partenaire")
        generator.add_item(
            title=f"{mention} : {article.title}" if mention else article.title,
            link=absolute(article.get_absolute_url(), article.publication),
            description=f"[{mention}] {article.standfirst}" if mention else article.standfirst,
            unique_id=guid(article),
            unique_id_is_permalink=False,
            author_name=", ".join(b.author.name for b in article.bylines.all()) or None,
            pubdate=article.published_at,
            updateddate=max(article.updated_at, article.published_at),
            categories=list(dict.fromkeys(categories)),
            enclosures=[
                e for e in [article.public_photo and enclosure(article.public_photo, site)] if e
            ],
        )
    response = HttpResponse(content_type=f"{generator.content_type}")
    generator.write(response, "utf-8")
    if articles:
        changed = max(max(a.updated_at, a.published_at) for a in articles)
        response["Last-Modified"] = http_date(changed.timestamp())
    return response


@require_safe
def site_feed(request, kind="rss"):
    site = current(request)
    return feed_response(
        request,
        kind=kind,
        title=site.name if site is not None else settings.SITE_NAME,
        link="/",
        description=(site and site.tagline)
        or "Les derniers articles : tech, start-up et économie numérique.",
        queryset=Article.objects.published(),
        feed_path=request.path,
    )


@require_safe
def category_feed(request, slug, kind="rss"):
    site = current(request)
    category = get_object_or_404(Category, slug=slug, **({"publication": site} if site else {}))
    return feed_response(
        request,
        kind=kind,
        title=category.name,
        link=category.get_absolute_url(),
        description=category.description or f"Les derniers articles de la rubrique {category}.",
        queryset=Article.objects.published().in_category(category),
        feed_path=request.path,
        # The rule of Category.objects.public(), without another query.
        empty=None if category.is_in_navigation else "Rubrique sans article publié.",
    )


@require_safe
def tag_feed(request, slug, kind="rss"):
    tag = get_object_or_404(Tag, slug=slug)
    return feed_response(
        request,
        kind=kind,
        title=tag.name,
        link=tag.get_absolute_url(),
        description=f"Les derniers articles sur {tag.name}.",
        queryset=Article.objects.published().filter(tagged_items__tag=tag),
        feed_path=request.path,
        empty="Tag sans article publié.",
    )


@require_safe
def author_feed(request, slug, kind="rss"):
    author = get_object_or_404(Author, slug=slug)
    return feed_response(
        request,
        kind=kind,
        title=author.name,
        link=author.get_absolute_url(),
        description=f"Les derniers articles de {author.name}.",
        queryset=Article.objects.published().filter(bylines__author=author),
        feed_path=request.path,
        empty="Auteur sans article publié.",
    )
