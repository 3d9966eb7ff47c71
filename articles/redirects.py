"""Answering old addresses (``Redirect``) with a 301, at the cost of at most one indexed
query, and only where one can be needed:

- before the page cache, for WordPress's query addresses (« /?p=123 »: the page cache
  would answer them with the home page, which ignores unknown parameters) and for paths
  that match none of the site's addresses (« /2020/11/10/slug/ »);
- after the view, for a 404 of an address that looks like ours (an article whose address
  changed: « /articles/ancienne-adresse/ »).

Each redirect counts its visits; a 404 left without one is counted in ``MissingPage``.
A redirect to another site exists only if an editor wrote it so (``Redirect.clean``); one
to a path stays on the request's own domain.
"""

import time

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils import timezone

from articles.models.redirects import (
    WORDPRESS_PARAMETERS,
    MissingPage,
    Redirect,
    normalise_path,
)

CACHE_SECONDS = 86_400
# The 404 log is bounded: junk addresses sent by the thousand (scanners) add no rows past
# this many; the ones already there go on counting.
MISSING_PAGES_MAX = 10_000
_missing_count = {"value": 0, "read_at": 0.0}


def log_missing(publication, request):
    """Count a 404 of ``request``'s address (one UPDATE; one INSERT for a new address)."""
    path = normalise_path(request.path, request.META.get("QUERY_STRING", ""))
    if publication is None or not path:
        return
    now = timezone.now()
    referer = request.META.get("HTTP_REFERER", "")[:300]
    try:
        updated = MissingPage.objects.filter(publication=publication, path=path).update(
            hits=F("hits") + 1, last_seen_at=now, referer=referer
        )
        if updated or _missing_pages() >= MISSING_PAGES_MAX:
            return
        with transaction.atomic():
            MissingPage.objects.create(publication=publication, path=path, referer=referer)
        _missing_count["value"] += 1
    except IntegrityError:  # the same address, counted by another request at that instant
        pass
    except DatabaseError:  # a log must never turn a 404 into a 500
        pass


def _missing_pages():
    """The log's size, read at most once a minute per process."""
    if time.monotonic() - _missing_count["read_at"] > 60:
        _missing_count["value"] = MissingPage.objects.count()
        _missing_count["read_at"] = time.monotonic()
    return _missing_count["value"]


def find(publication, path, query=""):
    """The redirect of ``path`` (and ``query``) on ``publication``, counted; None if none."""
    if publication is None:
        return None
    old = normalise_path(path, query)
    if not old:
        return None
    try:
        redirect = Redirect.objects.filter(publication=publication, old_path=old).first()
        if redirect is not None:
            Redirect.objects.filter(pk=redirect.pk).update(
                hits=F("hits") + 1, last_hit_at=timezone.now()
            )
    except DatabaseError:  # the database down: the page cache and the views say what they can
        return None
    return redirect


def _answer(redirect):
    response = HttpResponsePermanentRedirect(redirect.new_url)
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


def _ours(path):
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


class RedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        publication = getattr(request, "publication", None)
        looked = False
        if any(name in request.GET for name in WORDPRESS_PARAMETERS) or not _ours(request.path):
            looked = True
            if redirect := find(publication, request.path, request.META.get("QUERY_STRING", "")):
                return _answer(redirect)
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        if not looked and (
            redirect := find(publication, request.path, request.META.get("QUERY_STRING", ""))
        ):
            return _answer(redirect)
        log_missing(publication, request)
        return response
