from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Correction,
    Page,
    PreviewLink,
    RelatedLink,
    Tag,
)

PAGE_SIZE = 20
SIDEBAR_SIZE = 8
HOME_CARDS = 4
HOME_SIDEBAR = 8
SECTION_SIZE = 3

BYLINES = Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))


def chrome():
    """What every page's header and footer show: two queries when evaluated."""
    return {
        "navigation": list(
            Category.objects.filter(is_in_navigation=True).only(
                "name", "slug", "parent_id", "is_lead", "position"
            )
        ),
        "footer_pages": Page.objects.filter(is_in_footer=True).only("title", "slug"),
    }


def latest_articles(*, exclude=(), limit=SIDEBAR_SIZE):
    """The sidebar's latest published articles: titles and dates only."""
    return list(
        Article.objects.published()
        .exclude(pk__in=[a.pk for a in exclude])
        .only("title", "slug", "published_at")[:limit]
    )


def paginate(request, queryset):
    """One page of ``queryset``; a page number that is not a number is a 404.

    Out-of-range numbers are clamped to the last page, so an old link still lands
    on the end of the list rather than on an error.
    """
    raw = request.GET.get("page") or "1"
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise Http404("Numéro de page invalide.") from None
    paginator = Paginator(queryset, PAGE_SIZE)
    return paginator.get_page(max(number, 1))


@require_safe
def home(request):
    context = chrome()
    lead_category = next((c for c in context["navigation"] if c.is_lead), None)
    if lead_category is None:
        lead_category = Category.objects.filter(is_lead=True).first()
    cards = (
        Article.objects.published().defer("body").select_related("primary_category", "lead_photo")
    )
    featured = []
    if lead_category:
        featured = list(cards.in_category(lead_category)[: 1 + HOME_CARDS])
    latest = list(cards.exclude(pk__in=[a.pk for a in featured])[:HOME_SIDEBAR])
    if not featured:  # no "À la une" article: the latest article leads the page instead
        featured, latest = latest[:1], latest[1:]
    sections = [c for c in context["navigation"] if c.parent_id is None and not c.is_lead]
    by_section = {}
    for article in cards.exclude(pk__in=[a.pk for a in featured]).in_sections(
        sections, per_section=SECTION_SIZE
    ):
        by_section.setdefault(article.section_id, []).append(article)
    section_articles = [a for articles in by_section.values() for a in articles]
    # One query for the bylines of every card on the page.
    prefetch_related_objects([*featured, *section_articles], BYLINES)
    context |= {
        "lead": featured[0] if featured else None,
        "featured": featured[1:],
        "latest": latest,
        "lead_category": lead_category,
        "sections": [
            (section, sorted(by_section[section.pk], key=lambda a: a.section_rank))
            for section in sections
            if section.pk in by_section
        ],
    }
    return render(request, "articles/home.html", context)


def article_context(queryset, *, preview=False):
    """Everything the article page shows, for the public page and for previews alike."""
    queryset = queryset.select_related("primary_category__parent", "lead_photo").prefetch_related(
        BYLINES,
        Prefetch("related_links", queryset=RelatedLink.objects.visible().select_related("target")),
        "tags",
        "corrections",
    )
    article = get_object_or_404(queryset)
    corrections = list(article.corrections.all())
    return chrome() | {
        "article": article,
        "corrections": corrections,
        "updated_at": corrections[-1].published_at if corrections else None,
        "latest": latest_articles(exclude=[article]),
        # From SITE_URL, not from the request's Host header, which a client controls.
        "canonical_url": settings.SITE_URL + article.get_absolute_url(),
        "preview": preview,
    }


@require_safe
def article_detail(request, slug):
    context = article_context(Article.objects.published().filter(slug=slug))
    response = render(request, "articles/article_detail.html", context)
    changed = max(filter(None, [context["article"].updated_at, context["updated_at"]]))
    response["Last-Modified"] = http_date(changed.timestamp())
    return response


@require_safe
def preview(request, token):
    """A draft shown to someone without an account, through an expiring, revocable link."""
    link = get_object_or_404(PreviewLink.objects.active(), token=token)
    context = article_context(Article.objects.filter(pk=link.article_id), preview=True)
    context["preview_expires_at"] = link.expires_at
    response = render(request, "articles/article_detail.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_safe
def corrections(request):
    """Every correction and update of published articles, newest first."""
    queryset = (
        Correction.objects.filter(article__in=Article.objects.published())
        .select_related("article")
        .order_by("-published_at", "-id")
    )
    page = paginate(request, queryset)
    context = chrome() | {"page": page, "corrections": page.object_list}
    return render(request, "articles/correction_list.html", context)


def _listing(request, *, template, queryset, context):
    page = paginate(request, queryset.for_cards())
    context |= chrome() | {
        "page": page,
        "articles": page.object_list,
        "latest": latest_articles(),
    }
    return render(request, template, context)


@require_safe
def category_detail(request, slug):
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    return _listing(
        request,
        template="articles/category_detail.html",
        queryset=Article.objects.published().in_category(category),
        context={"category": category, "current_category": category},
    )


@require_safe
def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return _listing(
        request,
        template="articles/tag_detail.html",
        queryset=Article.objects.published().filter(tagged_items__tag=tag),
        context={"tag": tag},
    )


@require_safe
def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    return _listing(
        request,
        template="articles/author_detail.html",
        queryset=Article.objects.published().filter(bylines__author=author),
        context={"author": author},
    )


@require_safe
def page_detail(request, slug):
    page = get_object_or_404(Page, slug=slug)
    return render(request, "articles/page_detail.html", chrome() | {"page": page})
