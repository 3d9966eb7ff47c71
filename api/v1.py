"""/api/v1/: the endpoints (django-ninja). Every read starts from the models' own public
querysets (``Article.objects.published()``, ``Category.objects.public()``…), the same
definitions the site uses; lists page by cursor and load in a fixed number of queries."""

import base64
import binascii
import functools
from datetime import datetime, timedelta
from typing import Literal

from django.db.models import Max, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import Http404, HttpResponse
from django.utils import timezone
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer
from ninja.responses import NinjaJSONEncoder
from pydantic import Field

from api import changes, schemas, serialise
from api.errors import error
from api.models import ArticleChange
from articles import figures
from articles.cachekeys import shows_article, shows_lists
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Correction,
    RelatedLink,
    Tag,
)
from articles.publications import current, host_map
from articles.queries import kept_count
from core.surrogates import depends_on

MAX_LIMIT = 100
INCLUDES = ("authors", "body", "sections")
FIELDS_HELP = "Les propriétés voulues, séparées par des virgules (ex. « id,title,url »)."
INCLUDE_HELP = (
    "« body » (le corps, dans les listes), « authors » et « sections » (leurs fiches "
    "complètes), séparés par des virgules."
)


class Encoder(NinjaJSONEncoder):
    """Dates to the microsecond (Django's encoder stops at the millisecond): a client that
    sends back the last ``changed_at`` as ``updated_since`` gets nothing twice. Text as it
    is, not escaped to \\u sequences."""

    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


class Renderer(JSONRenderer):
    encoder_class = Encoder
    json_dumps_params = {"ensure_ascii": False}


class Api(NinjaAPI):
    """The key is optional (the empty requirement): described here, checked by the gate
    (``api.gate``) before any view, not by ninja."""

    def get_openapi_schema(self, *args, **kwargs):
        schema = super().get_openapi_schema(*args, **kwargs)
        schema["components"]["securitySchemes"] = {
            "cle": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            "bearer": {"type": "http", "scheme": "bearer"},
        }
        schema["security"] = [{}, {"cle": []}, {"bearer": []}]
        return schema


api = Api(
    renderer=Renderer(),
    title="Newsroom — API de contenu",
    version="1",
    description=(
        "Les contenus publiés (articles, rubriques, mots-clés, auteurs, publications) en JSON. "
        "Clé facultative dans l’en-tête `X-Api-Key` (ou `Authorization: Bearer …`) ; sans clé, "
        'la limite de requêtes est basse. Erreurs : `{"code", "message"}`.'
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
)


class BadRequest(Exception):
    def __init__(self, code, message):
        self.code, self.message = code, message


@api.exception_handler(BadRequest)
def _bad_request(request, exc):
    return error(400, exc.code, exc.message)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    names = sorted({".".join(str(p) for p in e["loc"][1:]) or "?" for e in exc.errors})
    return error(
        400,
        "parametre_invalide",
        f"Paramètre invalide : {', '.join(names)}.",
        details=[
            {"parametre": ".".join(str(p) for p in e["loc"][1:]), "erreur": e["msg"]}
            for e in exc.errors
        ],
    )


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error(404, "introuvable", "Aucun contenu publié à cette adresse.")


NOT_FOUND = {404: schemas.Error, 400: schemas.Error}
ERRORS = {400: schemas.Error}


def context_for(request):
    """The publications come from the map the site already holds (no query when warm)."""
    known = host_map().by_domain.values()
    return serialise.Context(request, {p.pk: p for p in known})


def publication_for(ctx, slug):
    """The publication a list is for: ``slug``'s, else the one of the host asked."""
    if slug is None:
        found = current(ctx.request)
        if found is None:
            raise Http404
        return ctx.publications.get(found.pk, found)
    for item in ctx.publications.values():
        if item.slug == slug:
            return item
    raise BadRequest("publication_inconnue", f"Aucune publication « {slug[:100]} ».")


# Cursors: the last item's sort key, opaque to clients ---------------------------------------


def encode_cursor(*parts):
    return base64.urlsafe_b64encode("|".join(map(str, parts)).encode()).decode().rstrip("=")


def decode_cursor(cursor, count):
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        parts = base64.urlsafe_b64decode(padded.encode("ascii")).decode().split("|")
    except (ValueError, UnicodeError, binascii.Error):
        parts = []
    if len(parts) != count:
        raise BadRequest("curseur_invalide", "Curseur invalide : reprenez le lien « next ».")
    return parts


def known(*schemas_allowed):
    """Refuse a query parameter that the view does not read (a typo would otherwise pass
    unnoticed, and every unknown variant would be one more page to cache)."""
    allowed = {name for schema in schemas_allowed for name in schema.model_fields}

    def decorate(view):
        @functools.wraps(view)
        def checked(request, *args, **kwargs):
            unknown = sorted(set(request.GET) - allowed)
            if unknown:
                raise BadRequest(
                    "parametre_inconnu",
                    f"Paramètre inconnu : {', '.join(n[:50] for n in unknown[:5])}."
                    f" Paramètres possibles : {', '.join(sorted(allowed)) or 'aucun'}.",
                )
            return view(request, *args, **kwargs)

        return checked

    return decorate


class NoParameters(schemas.Schema):
    pass


def _last_modified(response, stamps):
    from django.utils.http import http_date

    stamps = [s for s in stamps if s is not None]
    if stamps:
        response["Last-Modified"] = http_date(max(stamps).timestamp())
    return response


def next_url(request, cursor):
    query = request.GET.copy()
    query["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


# Publications -------------------------------------------------------------------------------


@api.get(
    "/publications",
    summary="Les publications",
    response={200: schemas.PublicationList, **ERRORS},
    tags=["publications"],
)
@known(NoParameters)
def publications(request):
    """Les publications (titres) servies par ce site."""
    items = sorted(host_map().by_domain.values(), key=lambda p: (not p.is_default, p.name))
    return {"results": [serialise.publication(p) for p in items]}


# Articles -----------------------------------------------------------------------------------


class ArticleFilters(schemas.Schema):
    publication: str | None = Field(None, description="Slug ; par défaut celle du domaine.")
    section: str | None = Field(None, description="Slug d’une rubrique (et ses sous-rubriques).")
    tag: str | None = Field(None, description="Slug d’un mot-clé.")
    author: str | None = Field(None, description="Slug d’un auteur.")
    published_after: datetime | None = Field(None, description="ISO 8601, exclu.")
    published_before: datetime | None = Field(None, description="ISO 8601, exclu.")
    updated_since: datetime | None = Field(
        None,
        description="ISO 8601 : ce qui a changé depuis, du plus ancien changement au plus "
        f"récent, pierres tombales comprises ({changes.DAYS} jours au plus).",
    )
    order: Literal["recent", "oldest"] = Field(
        "recent",
        description="Par date de publication : « recent » (par défaut) ou « oldest » (le plus "
        "ancien d’abord). Avec « updated_since », la liste suit l’ordre des changements.",
    )
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description=f"De 1 à {MAX_LIMIT}.")
    cursor: str | None = Field(None, max_length=200, description="Le lien « next » le donne.")
    fields: str | None = Field(None, max_length=500, description=FIELDS_HELP)
    include: str | None = Field(None, max_length=100, description=INCLUDE_HELP)


class Shape(schemas.Schema):
    fields: str | None = Field(None, max_length=500, description=FIELDS_HELP)
    include: str | None = Field(None, max_length=100, description=INCLUDE_HELP)


def _names(value, allowed, code, what):
    names = [name.strip() for name in value.split(",") if name.strip()] if value else []
    unknown = sorted(set(names) - set(allowed))
    if unknown:
        raise BadRequest(
            code,
            f"{what} inconnu : {', '.join(n[:50] for n in unknown[:5])}. Possibles : "
            f"{', '.join(sorted(allowed))}.",
        )
    return set(names)


def shape(options, schema):
    """(the properties kept, None for all; what is included) from « fields » and
    « include »."""
    include = _names(options.include, INCLUDES, "inclusion_inconnue", "Inclusion")
    kept = _names(options.fields, schema.model_fields, "champ_inconnu", "Champ")
    return (kept | {"id", "deleted"} if kept else None), include


def keep(item, kept):
    return (
        item
        if kept is None or item.get("deleted")
        else {name: value for name, value in item.items() if name in kept}
    )


def cards():
    return (
        Article.objects.published()
        .defer("body")
        .select_related("primary_category", "lead_photo", "sponsor")
        .prefetch_related(
            Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")),
            Prefetch("categories", queryset=Category.objects.order_by("name", "id")),
            "tags",
        )
    )


def invalid_cursor():
    return BadRequest("curseur_invalide", "Curseur invalide : reprenez le lien « next ».")


@api.get(
    "/articles",
    summary="Les articles publiés",
    response={200: schemas.ArticlePage, **ERRORS},
    tags=["articles"],
    exclude_unset=True,
)
@known(ArticleFilters)
def articles(request, filters: Query[ArticleFilters], response: HttpResponse):
    """Les articles publiés, du plus récent au plus ancien, page par page (curseur)."""
    ctx = context_for(request)
    site = publication_for(ctx, filters.publication)
    kept, include = shape(filters, schemas.ArticleSummary)
    shows_lists(request, site)
    queryset = cards().on(site)
    if "body" in include:
        queryset = queryset.defer(None)
    if filters.section is not None:
        category = Category.objects.public().filter(publication=site, slug=filters.section).first()
        if category is None:
            raise BadRequest("rubrique_inconnue", f"Aucune rubrique « {filters.section[:100]} ».")
        queryset = queryset.in_category(category)
    if filters.tag is not None:
        queryset = queryset.filter(tags__slug=filters.tag)
    if filters.author is not None:
        queryset = queryset.filter(authors__slug=filters.author)
    if filters.published_after is not None:
        queryset = queryset.filter(published_at__gt=filters.published_after)
    if filters.published_before is not None:
        queryset = queryset.filter(published_at__lt=filters.published_before)
    for stamp in (filters.published_after, filters.published_before, filters.updated_since):
        if stamp is not None and stamp.tzinfo is None:
            raise BadRequest("date_sans_fuseau", "Date sans fuseau : ajoutez Z ou +01:00.")
    if filters.updated_since is not None:
        if "order" in request.GET:
            raise BadRequest(
                "ordre_incompatible",
                "« order » ne va pas avec « updated_since » : les changements viennent dans "
                "leur ordre, le plus ancien d’abord.",
            )
        return _changes(request, ctx, site, queryset, filters, response, kept, include)
    total = kept_count(queryset, site)
    if filters.cursor is not None:
        stamp, pk = decode_cursor(filters.cursor, 2)
        try:
            stamp, pk = datetime.fromisoformat(stamp), int(pk)
        except ValueError:
            raise invalid_cursor() from None
        if stamp.tzinfo is None:
            raise invalid_cursor()
        if filters.order == "oldest":
            after = Q(published_at__gt=stamp) | Q(published_at=stamp, pk__gt=pk)
        else:
            after = Q(published_at__lt=stamp) | Q(published_at=stamp, pk__lt=pk)
        queryset = queryset.filter(after)
    if filters.order == "oldest":
        queryset = queryset.order_by("published_at", "pk")
    page = list(queryset[: filters.limit + 1])
    more, page = len(page) > filters.limit, page[: filters.limit]
    last = page[-1] if page else None
    _last_modified(response, [a.updated_at for a in page] + [a.published_at for a in page])
    return {
        "count": total,
        "next": next_url(request, encode_cursor(last.published_at.isoformat(), last.pk))
        if more
        else None,
        "results": summaries(ctx, page, kept, include),
    }


def summaries(ctx, articles, kept, include, extra=None):
    """The list's items: with their bodies' figures read once for the page."""
    photos = figures.library_photos(a.body for a in articles) if "body" in include else None
    return [
        keep(serialise.article_summary(ctx, a, include, photos) | (extra or {}).get(a.pk, {}), kept)
        for a in articles
    ]


def _changes(request, ctx, site, queryset, filters, response, kept, include):
    """``updated_since``: the articles served that changed since, and tombstones for those
    that changed and are no longer served (by these filters), oldest change first."""
    since = filters.updated_since
    if since < timezone.now() - timedelta(days=changes.DAYS):
        raise BadRequest(
            "trop_ancien",
            f"« updated_since » remonte à plus de {changes.DAYS} jours : reprenez la liste "
            "entière, sans ce paramètre.",
        )
    depends_on(request, "any")  # a change anywhere may add a tombstone
    recent = ArticleChange.objects.filter(changed_at__gt=since)
    last = (
        recent.filter(article_id=OuterRef("pk"))
        .order_by()
        .values("article_id")
        .annotate(last=Max("changed_at"))
        .values("last")
    )
    # Bounded by what happened since, not by the archive: the ids that changed (the change
    # log's index) and those that went live (the publication date's), then each one's last
    # change. (Sets in SQL made PostgreSQL hash the whole archive: 160 ms at 100,000.)
    changed = set(recent.values_list("article_id", flat=True).distinct())
    went_live = set(queryset.filter(published_at__gt=since).values_list("pk", flat=True))
    live = (
        queryset.filter(pk__in=changed | went_live)
        .annotate(changed_at=Greatest("published_at", Coalesce(Subquery(last), "published_at")))
        .filter(changed_at__gt=since)
    )
    # Gone: changed, not served by these filters, and not an article of another publication.
    served = set(queryset.filter(pk__in=changed).values_list("pk", flat=True))
    elsewhere = set(
        Article.objects.filter(pk__in=changed - served)
        .exclude(pk__in=Article.objects.on(site).filter(pk__in=changed - served).values("pk"))
        .values_list("pk", flat=True)
    )
    gone = (
        recent.filter(article_id__in=changed - served - elsewhere)
        .order_by()
        .values("article_id")
        .annotate(changed_at=Max("changed_at"))
    )
    total = live.count() + gone.count()
    if filters.cursor is not None:
        stamp, pk = decode_cursor(filters.cursor, 2)
        try:
            stamp, pk = datetime.fromisoformat(stamp), int(pk)
        except ValueError:
            raise invalid_cursor() from None
        if stamp.tzinfo is None:
            raise invalid_cursor()
        live = live.filter(Q(changed_at__gt=stamp) | Q(changed_at=stamp, pk__gt=pk))
        gone = gone.filter(Q(changed_at__gt=stamp) | Q(changed_at=stamp, article_id__gt=pk))
    wanted = filters.limit + 1
    items = [(a.changed_at, a.pk, a) for a in live.order_by("changed_at", "pk")[:wanted]]
    items += [
        (row["changed_at"], row["article_id"], None)
        for row in gone.order_by("changed_at", "article_id")[:wanted]
    ]
    items.sort(key=lambda item: (item[0], item[1]))
    more, items = len(items) > filters.limit, items[: filters.limit]
    _last_modified(response, [item[0] for item in items])
    shown = dict(
        zip(
            [pk for _at, pk, a in items if a is not None],
            summaries(ctx, [a for _at, _pk, a in items if a is not None], kept, include),
            strict=True,
        )
    )
    return {
        "count": total,
        "next": next_url(request, encode_cursor(items[-1][0].isoformat(), items[-1][1]))
        if more
        else None,
        "results": [
            shown[pk] if a is not None else serialise.tombstone(pk, at) for at, pk, a in items
        ],
    }


@api.get(
    "/articles/{int:article_id}",
    summary="Un article",
    response={200: schemas.Article, **NOT_FOUND},
    tags=["articles"],
    exclude_unset=True,
)
@known(Shape)
def article(request, article_id: int, options: Query[Shape], response: HttpResponse):
    """Un article publié, avec son corps, ses liens « Lire aussi » et ses corrections."""
    ctx = context_for(request)
    kept, include = shape(options, schemas.Article)
    found = cards().defer(None).filter(pk=article_id).first()
    if found is None:
        depends_on(request, f"article-{article_id}")  # a 404 that publishing ends
        raise Http404
    links = list(RelatedLink.objects.visible().filter(article=found).select_related("target"))
    corrections = list(Correction.objects.filter(article=found).order_by("published_at", "id"))
    shows_article(
        request, found, photo_ids=figures.photo_ids(found.body),
        authors=[b.author for b in found.bylines.all()], tags=list(found.tags.all()),
    )  # fmt: skip
    # A « Lire aussi » article unpublished, and the list of links changes.
    depends_on(request, *(f"article-{link.target_id}" for link in links if link.target_id))
    _last_modified(response, [found.updated_at, *(c.published_at for c in corrections)])
    return keep(serialise.article_detail(ctx, found, links, corrections, include), kept)


# Sections, tags, authors --------------------------------------------------------------------


class ListFilters(schemas.Schema):
    publication: str | None = Field(None, description="Slug ; par défaut celle du domaine.")
    limit: int = Field(50, ge=1, le=MAX_LIMIT, description=f"De 1 à {MAX_LIMIT}.")
    cursor: str | None = Field(None, max_length=200, description="Le lien « next » le donne.")


def page_by_id(request, queryset, filters, serialise_one, site=None):
    total = kept_count(queryset, site)
    if filters.cursor is not None:
        (pk,) = decode_cursor(filters.cursor, 1)
        if not pk.isascii() or not pk.isdigit() or len(pk) > 18:
            raise invalid_cursor()
        queryset = queryset.filter(pk__gt=int(pk))
    page = list(queryset.order_by("pk")[: filters.limit + 1])
    more, page = len(page) > filters.limit, page[: filters.limit]
    return {
        "count": total,
        "next": next_url(request, encode_cursor(page[-1].pk)) if more else None,
        "results": [serialise_one(item) for item in page],
    }


@api.get(
    "/sections",
    summary="Les rubriques",
    response={200: schemas.SectionPage, **ERRORS},
    tags=["rubriques"],
)
@known(ListFilters)
def sections(request, filters: Query[ListFilters]):
    """Les rubriques d’une publication que les lecteurs peuvent voir."""
    ctx = context_for(request)
    site = publication_for(ctx, filters.publication)
    shows_lists(request, site)  # (a section's own change moves every page: ALL)
    queryset = Category.objects.public().filter(publication=site)
    return page_by_id(request, queryset, filters, lambda c: serialise.section(ctx, c), site)


@api.get(
    "/tags", summary="Les mots-clés", response={200: schemas.TagPage, **ERRORS}, tags=["mots-clés"]
)
@known(ListFilters)
def tags(request, filters: Query[ListFilters]):
    """Les mots-clés d’au moins un article publié de la publication."""
    ctx = context_for(request)
    site = publication_for(ctx, filters.publication)
    shows_lists(request, site)
    return page_by_id(
        request, Tag.objects.public(site), filters, lambda t: serialise.tag(ctx, t, site.pk), site
    )


@api.get(
    "/authors",
    summary="Les auteurs",
    response={200: schemas.AuthorPage, **ERRORS},
    tags=["auteurs"],
)
@known(ListFilters)
def authors(request, filters: Query[ListFilters]):
    """Les auteurs d’au moins un article publié de la publication."""
    ctx = context_for(request)
    site = publication_for(ctx, filters.publication)
    shows_lists(request, site)
    queryset = Author.objects.public(site)
    return page_by_id(request, queryset, filters, lambda a: serialise.author(ctx, a, site.pk), site)
