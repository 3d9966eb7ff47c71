"""Sitemaps for search engines: an index, articles by month, categories, tags, authors,
standing pages, and Google's News sitemap (the last 48 hours).

Written as small views over XML templates, with every address on the request's publication's
own domain (``Publication.base_url``: the request's Host never leaks into them). Each
publication's sitemaps list its own canonical addresses: its articles (not those
cross-posted to it, whose canonical address is elsewhere), its sections, and the tags and
authors with an article on it. No file holds more than 50,000 addresses: a month with more
is split into numbered parts.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Max
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles.models import Article, Author, Category, Page, Tag
from articles.publications import current
from core.pagecache import lifetime
from core.surrogates import remember

MAX_URLS = 50_000
NEWS_HOURS = 48
NEWS_MAX = 1_000
PARIS = ZoneInfo(settings.TIME_ZONE)


def absolute(path, site=None):
    return (site.base_url if site is not None else settings.SITE_URL) + path


def _own(queryset, site):
    """The articles whose canonical address is on ``site``."""
    return queryset.filter(publication=site) if site is not None else queryset


def xml(request, template, context):
    return render(request, template, context, content_type="application/xml; charset=utf-8")


def _month_range(year, month):
    start = datetime(year, month, 1, tzinfo=PARIS)
    end = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=PARIS)
    return start, end


def _months(site):
    """(month, articles, last change) of the publication's articles, newest month first:
    counted over the whole archive, so kept while its articles do not change (and never past
    the next scheduled publication)."""

    def count():
        rows = (
            _own(Article.objects.published(), site)
            .annotate(month=TruncMonth("published_at", tzinfo=PARIS))
            .order_by()
            .values("month")
            .annotate(last=Max("updated_at"), count=Count("pk"))
            .order_by("-month")
        )
        return [(row["month"], row["count"], row["last"]) for row in rows]

    seconds = lifetime(3600)
    if site is None or seconds <= 0:
        return count()
    return remember(f"sitemap-months:{site.pk}", [f"lists-{site.pk}"], seconds, count)


@require_safe
def index(request):
    site = current(request)
    sections = []
    months = _months(site)
    for month, count, last in months:
        parts = (count + MAX_URLS - 1) // MAX_URLS
        for part in range(1, parts + 1):
            suffix = f"-{part}" if part > 1 else ""
            path = reverse("articles:sitemap-articles", args=[f"{month:%Y-%m}{suffix}"])
            sections.append((absolute(path, site), last))
    for name in ("categories", "tags", "authors"):
        sections.append((absolute(reverse(f"articles:sitemap-{name}"), site), None))
    last_page = Page.objects.aggregate(last=Max("updated_at"))["last"]
    sections.append((absolute(reverse("articles:sitemap-pages"), site), last_page))
    return xml(request, "sitemaps/index.xml", {"sections": sections})


@require_safe
def articles_of_month(request, month):
    try:
        year, number, *part = (int(x) for x in month.split("-"))
        start, end = _month_range(year, number)
    except ValueError:
        raise Http404("Mois inconnu.") from None
    part = part[0] if part else 1
    if part < 1:
        raise Http404("Partie inconnue.")
    site = current(request)
    articles = (
        _own(Article.objects.published(), site)
        .filter(published_at__gte=start, published_at__lt=end)
        .only("slug", "updated_at", "published_at")[(part - 1) * MAX_URLS : part * MAX_URLS]
    )
    urls = [
        (absolute(a.get_absolute_url(), site), max(a.updated_at, a.published_at)) for a in articles
    ]
    if not urls:
        raise Http404("Aucun article ce mois-là.")
    return xml(request, "sitemaps/urlset.xml", {"urls": urls})


def _urlset(request, queryset):
    """The public pages of ``queryset``'s objects (at most MAX_URLS)."""
    site = current(request)
    urls = [(absolute(o.get_absolute_url(), site), None) for o in queryset.only("slug")[:MAX_URLS]]
    return xml(request, "sitemaps/urlset.xml", {"urls": urls})


@require_safe
def categories(request):
    sections = Category.objects.public().select_related(None)
    site = current(request)
    if site is not None:
        sections = sections.filter(publication=site)
    return _urlset(request, sections)


@require_safe
def tags(request):
    return _urlset(request, Tag.objects.public(current(request)))


@require_safe
def authors(request):
    return _urlset(request, Author.objects.public(current(request)))


@require_safe
def pages(request):
    site = current(request)
    urls = [(absolute(reverse("articles:home"), site), None),
            (absolute(reverse("articles:corrections"), site), None)]  # fmt: skip
    pages = Page.objects.shown_on(site.pk) if site is not None else Page.objects.all()
    urls += [(absolute(p.get_absolute_url(), site), p.updated_at) for p in pages]
    return xml(request, "sitemaps/urlset.xml", {"urls": urls})


@require_safe
def news(request):
    """Google News: articles published in the last 48 hours, at most 1,000."""
    since = timezone.now() - timedelta(hours=NEWS_HOURS)
    site = current(request)
    articles = (
        _own(Article.objects.published(), site)
        .filter(published_at__gte=since)
        .only("title", "slug", "published_at")[:NEWS_MAX]
    )
    # The name declared in Google's Publisher Center, per publication.
    name = site.news_name if site is not None else settings.SITE_NAME
    return xml(request, "sitemaps/news.xml", {"articles": articles, "publication": name})
