from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from articles.models import Article, ArticleAuthor, Author, Category, RelatedLink, Tag

PAGE_SIZE = 20
SIDEBAR_SIZE = 8
HOME_CARDS = 4
HOME_SIDEBAR = 6
HOME_MORE = 9


def navigation():
    """Categories of the header menu, in navigation order (one query when evaluated)."""
    return Category.objects.filter(is_in_navigation=True).select_related("parent")


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


def home(request):
    lead_category = Category.objects.filter(is_lead=True).first()
    featured = []
    if lead_category:
        featured = list(
            Article.objects.published().in_category(lead_category).for_cards()[: 1 + HOME_CARDS]
        )
    # The latest other articles: the first ones as the sidebar's titles, the rest as cards.
    latest = list(
        Article.objects.published()
        .exclude(pk__in=[a.pk for a in featured])
        .for_cards()[: HOME_SIDEBAR + HOME_MORE]
    )
    if not featured:  # no "À la une" article: the latest article leads the page instead
        featured, latest = latest[:1], latest[1:]
    return render(
        request,
        "articles/home.html",
        {
            "lead": featured[0] if featured else None,
            "featured": featured[1:],
            "sidebar": latest[:HOME_SIDEBAR],
            "more": latest[HOME_SIDEBAR:],
            "lead_category": lead_category,
            "navigation": navigation(),
        },
    )


def article_detail(request, slug):
    queryset = (
        Article.objects.published()
        .select_related("primary_category__parent", "lead_photo")
        .prefetch_related(
            Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author")),
            Prefetch(
                "related_links",
                queryset=RelatedLink.objects.visible().select_related("target"),
            ),
            "tags",
        )
    )
    article = get_object_or_404(queryset, slug=slug)
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "latest": latest_articles(exclude=[article]),
            "navigation": navigation(),
        },
    )


def _listing(request, *, template, queryset, context):
    page = paginate(request, queryset.for_cards())
    context |= {
        "page": page,
        "articles": page.object_list,
        "latest": latest_articles(),
        "navigation": navigation(),
    }
    return render(request, template, context)


def category_detail(request, slug):
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    return _listing(
        request,
        template="articles/category_detail.html",
        queryset=Article.objects.published().in_category(category),
        context={"category": category},
    )


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    return _listing(
        request,
        template="articles/tag_detail.html",
        queryset=Article.objects.published().filter(tagged_items__tag=tag),
        context={"tag": tag},
    )


def author_detail(request, slug):
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    return _listing(
        request,
        template="articles/author_detail.html",
        queryset=Article.objects.published().filter(bylines__author=author),
        context={"author": author},
    )
