"""Site-wide views: robots.txt, the health check, the error pages, uploaded media."""

import logging
import re
import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
)
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.http import require_safe
from django.views.static import serve

from articles.publications import current
from newsroom import health

logger = logging.getLogger(__name__)


@require_safe
def robots_txt(request):
    """Crawlers: everything public, but the admin, search results and previews; the
    sitemaps' addresses are the publication's own (its domain), not the request's Host."""
    site = current(request)
    base = site.base_url if site is not None else settings.SITE_URL
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /recherche/",
        "Disallow: /apercu/",
        "",
        f"Sitemap: {base}/sitemap.xml",
        f"Sitemap: {base}/sitemap-news.xml",
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
    # Django calls this while handling the exception: a database that is down or unreachable
    # is an outage, not a bug, and says so (503, come back later).
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        return database_unavailable(request)
    return HttpResponseServerError(
        loader.render_to_string("500.html", {"SITE_NAME": settings.SITE_NAME})
    )


RETRY_AFTER_SECONDS = 60


def database_unavailable(request):
    logger.error("Database unavailable: %s %s answered 503", request.method, request.path)
    admin = request.path.startswith("/admin/")
    html = loader.render_to_string("503.html", {"SITE_NAME": settings.SITE_NAME, "admin": admin})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@require_safe
def healthz(request):
    """/healthz is answered by newsroom.health's middleware for GET and HEAD; this route
    names it (reverse) and refuses other methods."""
    return health.healthz(request)


MEDIA_PATTERN = rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$"


def media_file(request, path):
    """An uploaded file, from MEDIA_ROOT as it is now (tests give each test its own); only
    when no front server does it (SERVE_MEDIA)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
