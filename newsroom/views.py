"""Site-wide views: robots.txt and the error pages."""

from django.conf import settings
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.http import require_safe


@require_safe
def robots_txt(request):
    """Crawlers: everything public, but the admin, search results and previews; the
    sitemaps' addresses come from SITE_URL, not from the request."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "Disallow: /apercu/",
        "",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
        f"Sitemap: {settings.SITE_URL}/sitemap-news.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    # Browsers ask for /favicon.ico on pages without a <link rel="icon"> (the admin's).
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request, exception):
    # No database access: a 404 must stay cheap, whatever crawlers throw at us.
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    # Rendered without a request context: whatever broke must not break the error page too.
    return HttpResponseServerError(
        loader.render_to_string("500.html", {"SITE_NAME": settings.SITE_NAME})
    )
