"""Site-wide views: robots.txt, the health check, the error pages, uploaded media."""

import logging
import re
import sys
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.utils import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve

from articles.publications import current

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


@never_cache
@require_safe
def healthz(request):
    """For a load balancer: the database and the cache, each "ok" or what is wrong.
    200 when the database answers (the site works without its cache), 503 otherwise."""
    state = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:
        state["database"] = f"indisponible ({error.__class__.__name__})"
    try:
        key = f"healthz:{uuid.uuid4().hex}"
        cache.set(key, "1", 5)
        if cache.get(key) != "1":
            raise RuntimeError("lecture impossible")
        cache.delete(key)
    except Exception as error:
        state["cache"] = f"indisponible ({error.__class__.__name__})"
    return JsonResponse(state, status=200 if state["database"] == "ok" else 503)


MEDIA_PATTERN = rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$"


def media_file(request, path):
    """An uploaded file, from MEDIA_ROOT as it is now (tests give each test its own); only
    when no front server does it (SERVE_MEDIA)."""
    return serve(request, path, document_root=settings.MEDIA_ROOT)
