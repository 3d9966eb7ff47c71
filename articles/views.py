"""The reader's pages: load with the public querysets and ``queries``, build the context,
render. Nothing here decides what is public."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, QuerySet, prefetch_related_objects
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import http_date, urlencode
from django.utils.text import Truncator
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from accounts import limits
from articles import figures, photos, readership, search, services, structured
from articles.cachekeys import shows_article, shows_lists
from articles.fragments import read_also
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Correction,
    Listing,
    Page,
    Photo,
    PreviewLink,
    RelatedLink,
    Tag,
)
from articles.publications import current
from articles.queries import (
    SIDEBAR_SIZE,
    authors_and_tags,
    chrome,
    kept_count,
    most_read_blocks,
)
from core.pagecache import do_not_store, vary_on
from core.request import client_network, is_bot, is_prefetch, whole_number
from core.surrogates import ALL, depends_on

HOME_DESCRIPTION = "L’actualité de la tech, des start-up et de l’économie numérique."
PAGE_SIZE = search.PAGE_SIZE
HOME_CARDS = 4
HOME_SIDEBAR = 8
SECTION_SIZE = 3
HOME_RECENT = 200

BYLINES = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))


def page_number(request):
    """The page asked for: 1 for none, zero or a negative number; a 404 for what is not a
    number in ASCII digits."""
    raw = request.GET.get("page") or "1"
    number = whole_number(raw.removeprefix("-"), digits=30)
    if number is None:
        raise Http404("Numéro de page invalide.")
    return 1 if raw.startswith("-") else max(number, 1)


class KeptCountPaginator(Paginator):
    """Counts its list once per change of the publication's articles (« Page 3 sur 2 000 »:
    counting an author's 20,000 articles is most of the page's cost), exactly: kept while
    ``lists-<publication>`` does not move, and never past the next scheduled publication."""

    def __init__(self, object_list, per_page, *, site=None):
        super().__init__(object_list, per_page)
        self.site = site

    @cached_property
    def count(self):
        if not isinstance(self.object_list, QuerySet):
            return Paginator.count.func(self)
        return kept_count(self.object_list, self.site)


def paginate(request, queryset):
    """One page of ``queryset``; a page number that is not a number is a 404.

    Out-of-range numbers are clamped to the last page, so an old link still lands
    on the end of the list rather than on an error.
    """
    number = page_number(request)
    page = KeptCountPaginator(queryset, PAGE_SIZE, site=current(request)).get_page(number)
    if "page" in request.GET and request.GET["page"] != str(page.number):
        do_not_store(request)  # « ?page=099 » or a number past the end: not the page's own
    return page


def partner_page(kind, *categories):
    """What partner banners need to know of a page: its type and its categories (with their
    parent sections), for targeting (partners.templatetags.partners)."""
    ids = set()
    for category in categories:
        if category is not None:
            ids.add(category.pk)
            if category.parent_id:
                ids.add(category.parent_id)
    return {"partner_page": {"type": kind, "categories": sorted(ids)}}


@require_safe
def home(request):
    site = current(request)
    shows_lists(request, site)
    context = chrome(publication=site)
    lead_category = next((c for c in context["navigation"] if c.is_lead), None)
    if lead_category is None:
        lead_category = Category.objects.filter(is_lead=True, **_of(site)).first()
    public = Article.objects.published().on(site)
    cards = public.defer("body").select_related("primary_category", "lead_photo", "sponsor")
    featured = []
    if lead_category:
        featured = list(cards.in_category(lead_category)[: 1 + HOME_CARDS])
    # The sidebar and the sections draw from the latest articles: one short indexed read of
    # plain rows (id, section), whatever the size of the archive, then only the cards shown.
    # A section with nothing recent is left out.
    on_top = {a.pk for a in featured}
    rows = public.values_list("pk", "primary_category_id", "primary_category__parent_id")
    recent = [row for row in rows[:HOME_RECENT] if row[0] not in on_top]
    lead_id = None
    if not featured and recent:  # no "À la une" article: the latest one leads the page
        lead_id, recent = recent[0][0], recent[1:]
    sections = [c for c in context["navigation"] if c.parent_id is None and not c.is_lead]
    by_section = {section.pk: [] for section in sections}
    for pk, category_id, parent_id in recent:
        chosen = by_section.get(category_id and (parent_id or category_id))
        if chosen is not None and len(chosen) < SECTION_SIZE:
            chosen.append(pk)
    latest_ids = [row[0] for row in recent[:HOME_SIDEBAR]]
    shown = cards.in_bulk(
        [lead_id, *latest_ids, *(pk for ids in by_section.values() for pk in ids)]
    )
    if lead_id in shown:
        featured = [shown[lead_id]]
    # (One unpublished between the two reads is left out.)
    by_section = {s: [shown[pk] for pk in ids if pk in shown] for s, ids in by_section.items()}
    recent = [shown[pk] for pk in latest_ids if pk in shown]
    section_articles = [a for articles in by_section.values() for a in articles]
    # One query for the bylines of every card on the page.
    prefetch_related_objects([*featured, *section_articles], BYLINES)
    context |= {
        "canonical_url": structured.absolute("/", site),
        "og_description": (site and site.tagline) or HOME_DESCRIPTION,
        "most_read": most_read_blocks(publication=site),
        "structured_data": [structured.website(site)],
        "lead": featured[0] if featured else None,
        "featured": featured[1:],
        "latest": recent,
        "lead_category": lead_category,
        "sections": [(s, by_section[s.pk]) for s in sections if by_section[s.pk]],
    } | partner_page("home")
    return render(request, "articles/home.html", context)


def _of(site):
    """A filter on a model's own publication (sections): none without a publication."""
    return {"publication": site} if site is not None else {}


def article_context(queryset, *, preview=False, site=None):
    """Everything the article page shows, for the public page and for previews alike.
    ``site``: the publication the page is shown on (its navigation, sidebar and
    suggestions); the canonical address and the publisher are the article's own
    publication's.

    "Lire aussi" links and corrections are read only when the article has some (most
    have none): the article query says so.
    """
    queryset = queryset.select_related(
        "primary_category__parent", "lead_photo", "sponsor", "publication"
    ).annotate(
        has_links=Exists(RelatedLink.objects.filter(article=OuterRef("pk"))),
        has_corrections=Exists(Correction.objects.filter(article=OuterRef("pk"))),
    )
    article = get_object_or_404(queryset)
    authors, tags = authors_and_tags(article.pk)
    if article.has_corrections:
        prefetch_related_objects([article], "corrections")
    related, automatic = read_also(
        article, tag_ids=[tag.pk for tag in tags], site=site, has_links=article.has_links
    )
    corrections = list(article.corrections.all()) if article.has_corrections else []
    updated_at = corrections[-1].published_at if corrections else None
    # The body's photos, from the library (one query, none without figures); only this
    # request's copy of the article changes.
    photo_ids = figures.photo_ids(article.body)
    article.body = figures.expand(article.body)
    # On the article's own publication, from its domain, never from the request's Host
    # header (which a client controls): a cross-posted copy names its original.
    home_site = article.publication
    canonical_url = home_site.absolute(article.get_absolute_url())
    structured_data = []
    if article.published_at:
        trail = [("Accueil", "/")]
        if article.primary_category:
            trail = structured.category_trail(article.primary_category)
        structured_data = [
            structured.news_article(
                article,
                canonical_url=canonical_url,
                authors=authors,
                tags=tags,
                updated_at=updated_at,
                site=home_site,
            ),
            structured.breadcrumbs(
                [*trail, (article.title, article.get_absolute_url())], site=home_site
            ),
        ]
    return (
        chrome(latest=SIDEBAR_SIZE, exclude=article.pk, publication=site)
        | {
            "article": article,
            "authors": authors,
            "tags": tags,
            "related_links": related,
            "suggestions": automatic,
            "corrections": corrections,
            "updated_at": updated_at,
            "modified_at": max(filter(None, [article.updated_at, updated_at])),
            "canonical_url": canonical_url,
            # For the description and the social cards (computed once, used three times).
            "summary": Truncator(article.standfirst).words(50),
            "social_image": structured.social_image(article.public_photo, home_site)
            if article.public_photo
            else None,
            "structured_data": structured_data,
            "preview": preview,
            "photo_ids": photo_ids,
        }
        | partner_page("article", article.primary_category)
    )


@require_safe
def article_detail(request, slug):
    site = current(request)
    context = article_context(Article.objects.published().filter(slug=slug), site=site)
    article = context["article"]
    shows_article(
        request, article, photo_ids=context["photo_ids"], authors=context["authors"],
        tags=context["tags"],
    )  # fmt: skip
    if not article.appears_on(site):
        # Another publication's article, not cross-posted here: never a duplicate page.
        return HttpResponsePermanentRedirect(context["canonical_url"])
    response = render(request, "articles/article_detail.html", context)
    changed = max(filter(None, [context["article"].updated_at, context["updated_at"]]))
    response["Last-Modified"] = http_date(changed.timestamp())
    return response


@require_safe
def preview(request, token):
    """A draft shown to someone without an account, through an expiring, revocable link."""
    link = get_object_or_404(PreviewLink.objects.active(), token=token)
    context = article_context(
        Article.objects.filter(pk=link.article_id), preview=True, site=current(request)
    )
    context["preview_expires_at"] = link.expires_at
    response = render(request, "articles/article_detail.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
@vary_on("q", "page")
def search_results(request):
    query = search.normalize_query(request.GET.get("q", ""))
    site = current(request)
    shows_lists(request, site)
    context = (
        chrome(publication=site)
        | {"query": query, "page_query": urlencode({"q": query}) + "&"}
        | partner_page("search")
    )
    if query:
        # Past the results the paginator shows the last page; the offset stays within them.
        offset = min((page_number(request) - 1) * PAGE_SIZE, search.MAX_RESULTS)
        results = search.Results(query, offset, site)
        page = paginate(request, results)
        hits = list(page.object_list)
        articles = Article.objects.published().for_cards().in_bulk([h.article_id for h in hits])
        page.object_list = [
            (articles[h.article_id], h.excerpt) for h in hits if h.article_id in articles
        ]
        context |= {
            "page": page,
            "results": page.object_list,
            "more_than_shown": results.more_than_shown,
        }
    response = render(request, "articles/search.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@vary_on("page")
def corrections(request):
    """Every correction and update of published articles, newest first."""
    site = current(request)
    shows_lists(request, site)
    queryset = (
        Correction.objects.filter(article__in=Article.objects.published().on(site))
        .select_related("article")
        .order_by("-published_at", "-id")
    )
    page = paginate(request, queryset)
    context = chrome(publication=site) | {"page": page, "corrections": page.object_list}
    return render(request, "articles/correction_list.html", context)


def _listing(request, *, template, queryset, context, empty):
    """A page of published articles; ``empty``: the 404's reason when there is none (a tag
    or an author has no public page before its first published article): here, on the
    request's publication."""
    site = current(request)
    shows_lists(request, site)
    page = paginate(request, queryset.on(site).for_cards())
    if not page.object_list:
        raise Http404(empty)
    context |= chrome(latest=SIDEBAR_SIZE, publication=site) | {
        "canonical_url": structured.list_canonical(request.path, page.number, site),
        "page": page,
        "articles": page.object_list,
    }
    return render(request, template, context)


@require_safe
@vary_on("page")
def category_detail(request, slug):
    # A slug is unique within a publication: this one's section, else (one query for both)
    # another title's, which answers a 301 to its own address, never a copy under this host.
    site = current(request)
    shows_lists(request, site)
    found = list(
        Category.objects.select_related("parent", "sponsor", "publication")
        .filter(slug=slug)
        .order_by("-publication__is_default", "publication_id")
    )
    category = next((c for c in found if site is None or c.publication_id == site.pk), None)
    if category is None and found:
        return HttpResponsePermanentRedirect(found[0].publication.absolute(request.get_full_path()))
    if category is None:
        raise Http404("Aucune rubrique à cette adresse.")
    # Paginate the category's listing (one indexed range, however deep the page), then
    # load that page's articles in one query.
    page = paginate(request, Listing.objects.filter(category=category).public())
    ids = page.object_list.values("article_id")
    page.object_list = list(
        Article.objects.filter(pk__in=ids).for_cards().order_by("-published_at", "-id")
    )
    if not page.object_list and not category.is_in_navigation:
        # The rule of Category.objects.public(), without another query: a section outside
        # the navigation shows once it lists a published article.
        raise Http404("Rubrique sans article publié.")
    context = (
        chrome(latest=SIDEBAR_SIZE, publication=site)
        | {
            "category": category,
            "current_category": category,
            "canonical_url": structured.list_canonical(request.path, page.number, site),
            "og_title": category.name,
            "og_description": category.description or f"Les articles de la rubrique {category}.",
            "structured_data": [structured.breadcrumbs(structured.category_trail(category), site)],
            "most_read": most_read_blocks(
                windows=(("7 jours", 7),), category=category, publication=site
            ),
            "page": page,
            "articles": page.object_list,
        }
        | partner_page("category", category)
    )
    return render(request, "articles/category_detail.html", context)


@require_safe
@vary_on("page")
def tag_detail(request, slug):
    tag = get_object_or_404(Tag.objects.select_related("sponsor"), slug=slug)
    return _listing(
        request,
        template="articles/tag_detail.html",
        queryset=Article.objects.published().filter(tagged_items__tag=tag),
        context={
            "tag": tag,
            **partner_page("tag"),
            "og_title": tag.name,
            "og_description": f"Tous les articles sur {tag.name}.",
        },
        empty="Tag sans article publié.",
    )


@require_safe
@vary_on("page")
def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    return _listing(
        request,
        template="articles/author_detail.html",
        queryset=Article.objects.published().filter(bylines__author=author),
        context={
            "author": author,
            **partner_page("author"),
            "og_title": author.name,
            "og_description": f"Les articles de {author.name}.",
        },
        empty="Auteur sans article publié.",
    )


@require_safe
def page_detail(request, slug):
    site = current(request)
    pages = Page.objects.shown_on(site.pk) if site is not None else Page.objects
    page = get_object_or_404(pages, slug=slug)
    depends_on(request, ALL, *(f"photo-{pk}" for pk in figures.photo_ids(page.body)))
    page.body = figures.expand(page.body)
    context = chrome(publication=site) | {"page": page} | partner_page("page")
    return render(request, "articles/page_detail.html", context)


@require_safe
def theme(request):
    """The publication's colours, over static/css/site.css: its accent on the light page,
    and lightened for the dark one. Linked with its colour in the address, so it is kept
    for a year; no inline style, which the Content-Security-Policy forbids."""
    site = current(request)
    depends_on(request, ALL)
    if site is None:
        raise Http404("Aucune publication.")
    css = (
        f":root{{--accent:{site.accent_colour};}}\n"
        f"@media (prefers-color-scheme: dark){{:root{{--accent:{site.accent_dark};}}}}\n"
    )
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    if request.GET.get("v") == site.accent_colour.lstrip("#").lower():
        response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@csrf_exempt  # an anonymous, cookie-less beacon: there is no session to protect
@require_POST
def record_view(request, pk):
    """The reading beacon of article pages (navigator.sendBeacon): 204, counted or not."""
    counted = (
        not is_bot(request)
        and not is_prefetch(request)
        and Article.objects.published().filter(pk=pk).exists()
        and readership.first_view_today(request, pk)
    )
    if counted:
        services.record_view(article_id=pk, day=timezone.localdate())
    response = HttpResponse(status=204)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def rendition(request, pk, version, name, folder=photos.FOLDER):
    """A photo rendition, made on first request and kept: on the local storage, nginx
    (deploy/nginx.conf) serves the file itself afterwards, but for those of a photo whose
    rights end (``folder`` is then photos.UNTIL_FOLDER: kept by caches until that end, not
    a year); on a bucket (MEDIA_REDIRECT_RENDITIONS), this view answers a redirect to the
    storage's address. Only the renditions the pages can ask for are made, one request at a
    time for each (photos.make_rendition), and a client that keeps asking for missing ones is
    slowed down (RENDITION_MISSES a minute)."""
    stem, _, ext = name.partition(".")
    ratio, _, width = stem.rpartition("-")
    photo = get_object_or_404(Photo, pk=pk)
    expired = photo.rights_expired()
    if (
        (expired and not request.user.is_staff)
        or whole_number(width) is None
        or (folder, version) != (photos.folder(photo), photos.version(photo))
        or (ratio, int(width), ext) not in set(photos.all_renditions(photo))
    ):
        raise Http404("Format d’image inconnu.")
    stored = photos.rendition_name(photo, ratio, int(width), ext)
    missing = expired or not default_storage.exists(stored)  # a request to a bucket
    if missing and _too_many_misses(request):
        response = HttpResponse("Trop de demandes : réessayez dans une minute.", status=429)
        response["Retry-After"] = "60"
        return response
    if expired:  # the library still shows it to the newsroom, but no file is left to serve
        response = HttpResponse(
            photos.render(photo, ratio, int(width), ext), content_type=photos.MIME[ext]
        )
        response["Cache-Control"] = "private, no-store"
        return response
    if missing:
        try:
            photos.make_rendition(photo, ratio, int(width), ext)
        except photos.RenditionBusy:
            response = HttpResponse("Image en préparation : réessayez.", status=503)
            response["Retry-After"] = "5"
            return response
    if settings.MEDIA_REDIRECT_RENDITIONS:
        response = HttpResponseRedirect(default_storage.url(stored))
        # The name never changes its content: a day in caches spares the storage's check
        # (less when the photo's rights end sooner).
        _cache(response, photos.cache_headers(photo, 86400))
        return response
    response = FileResponse(default_storage.open(stored, "rb"), content_type=photos.MIME[ext])
    # The name changes with the file, the focal point or the rights: it may be kept as long
    # as they last.
    _cache(response, photos.cache_headers(photo, 31536000, immutable=True))
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _cache(response, headers):
    for header, value in headers.items():
        response[header] = value


RENDITION_MISSES = 60  # renditions a client may have made for it a minute


def _too_many_misses(request):
    key = limits.digest(client_network(request))
    return limits.hit("rendition-miss", key, seconds=60).count > RENDITION_MISSES
