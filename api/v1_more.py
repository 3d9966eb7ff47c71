"""/api/v1/: search, photos and standing pages (the article endpoints are in ``api.v1``)."""

from django.db.models import Q
from django.http import Http404
from ninja import Query
from pydantic import Field

from api import schemas, serialise
from api.v1 import (
    ERRORS,
    FIELDS_HELP,
    INCLUDE_HELP,
    MAX_LIMIT,
    NOT_FOUND,
    BadRequest,
    ListFilters,
    NoParameters,
    api,
    cards,
    context_for,
    decode_cursor,
    encode_cursor,
    invalid_cursor,
    known,
    next_url,
    page_by_id,
    publication_for,
    shape,
    summaries,
)
from articles import figures, search
from articles.cachekeys import shows_lists
from articles.models import Article, Author, Page, Photo
from core.surrogates import ALL, depends_on


class SearchFilters(schemas.Schema):
    q: str = Field(min_length=1, max_length=search.MAX_QUERY, description="Les mots cherchés.")
    publication: str | None = Field(None, description="Slug ; par défaut celle du domaine.")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"De 1 à {MAX_LIMIT}.")
    cursor: str | None = Field(None, max_length=200, description="Le lien « next » le donne.")
    fields: str | None = Field(None, max_length=500, description=FIELDS_HELP)
    include: str | None = Field(None, max_length=100, description=INCLUDE_HELP)


@api.get(
    "/search",
    summary="Rechercher",
    response={200: schemas.SearchPage, **ERRORS},
    tags=["recherche"],
    exclude_unset=True,
)
@known(SearchFilters)
def search_articles(request, filters: Query[SearchFilters]):
    """La recherche du site (français, sans accents, pluriels), la plus pertinente d’abord."""
    ctx = context_for(request)
    site = publication_for(ctx, filters.publication)
    kept, include = shape(filters, schemas.SearchHit)
    shows_lists(request, site)
    query = search.normalize_query(filters.q)
    if not query:
        raise BadRequest("recherche_vide", "Recherche vide : donnez au moins un mot.")
    offset = 0
    if filters.cursor is not None:
        (offset,) = decode_cursor(filters.cursor, 1)
        if not offset.isascii() or not offset.isdigit() or int(offset) >= search.MAX_RESULTS:
            raise invalid_cursor()
        offset = int(offset)
    total, hits = search.search_page(
        query, offset=offset, limit=filters.limit, publication_id=site.pk
    )
    found = cards().defer(None) if "body" in include else cards()
    articles = found.in_bulk([hit.article_id for hit in hits])
    shown = [articles[h.article_id] for h in hits if h.article_id in articles]
    excerpts = {h.article_id: {"excerpt_html": h.excerpt} for h in hits}
    end = offset + len(hits)
    more = end < min(total, search.MAX_RESULTS)
    return {
        "count": min(total, search.MAX_RESULTS),
        "more_than_count": total > search.MAX_RESULTS,
        "next": next_url(request, encode_cursor(end)) if more else None,
        "results": summaries(ctx, shown, kept, include, excerpts),
    }


# Photos: those a reader sees (the lead of a published article, an author's portrait) ------


def _public_photos():
    led = Article.objects.published().filter(lead_photo__isnull=False).values("lead_photo_id")
    portraits = Author.objects.public().filter(photo__isnull=False).values("photo_id")
    shown = Photo.objects.filter(Q(pk__in=led) | Q(pk__in=portraits))
    return shown.exclude(pk__in=Photo.objects.expired().values("pk"))


@api.get(
    "/photos", summary="Les photos", response={200: schemas.PhotoPage, **ERRORS}, tags=["photos"]
)
@known(ListFilters)
def photos(request, filters: Query[ListFilters]):
    """Les photos que les lecteurs voient (à la une d’un article publié, portrait d’auteur),
    avec leur crédit et leur licence ; jamais une photo dont les droits ont expiré."""
    ctx = context_for(request)
    publication_for(ctx, filters.publication)  # (checked; photos are shared by the titles)
    depends_on(request, "lists")
    return page_by_id(request, _public_photos(), filters, lambda p: serialise.photo(ctx, p))


@api.get(
    "/photos/{int:photo_id}",
    summary="Une photo",
    response={200: schemas.Photo, **NOT_FOUND},
    tags=["photos"],
)
@known(NoParameters)
def photo(request, photo_id: int):
    """Une photo que les lecteurs voient."""
    depends_on(request, f"photo-{photo_id}", "lists")
    found = _public_photos().filter(pk=photo_id).first()
    if found is None:
        raise Http404
    return serialise.photo(context_for(request), found)


# Standing pages -----------------------------------------------------------------------------


def _pages(ctx, slug):
    site = publication_for(ctx, slug)
    depends_on(ctx.request, ALL)
    return site, Page.objects.shown_on(site.pk)


def _standing(ctx, site, page):
    return {
        "id": page.pk,
        "slug": page.slug,
        "title": page.title,
        "url": site.absolute(page.get_absolute_url()),
        "body_html": figures.expand(page.body),
        "updated_at": page.updated_at,
    }


class PageFilters(schemas.Schema):
    publication: str | None = Field(None, description="Slug ; par défaut celle du domaine.")


@api.get(
    "/pages",
    summary="Les pages permanentes",
    response={200: schemas.StandingPageList, **ERRORS},
    tags=["pages"],
)
@known(PageFilters)
def pages(request, filters: Query[PageFilters]):
    """Les pages permanentes (mentions légales, contact, à propos…) de la publication."""
    ctx = context_for(request)
    site, queryset = _pages(ctx, filters.publication)
    return {"results": [_standing(ctx, site, p) for p in queryset.order_by("position", "id")]}


@api.get(
    "/pages/{slug}",
    summary="Une page permanente",
    response={200: schemas.StandingPage, **NOT_FOUND},
    tags=["pages"],
)
@known(PageFilters)
def page(request, slug: str, filters: Query[PageFilters]):
    """Une page permanente."""
    ctx = context_for(request)
    site, queryset = _pages(ctx, filters.publication)
    found = queryset.filter(slug=slug[:100]).first()
    if found is None:
        raise Http404
    return _standing(ctx, site, found)
