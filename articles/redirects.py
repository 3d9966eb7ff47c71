"""Answering old addresses (``Redirect``) with a 301, at the cost of at most one indexed
query, and only where one can be needed:

- before the page cache, for WordPress's query addresses (« /?p=123 »: the page cache
  would answer them with the home page, which ignores unknown parameters) and for paths
  that match none of the site's addresses (« /2020/11/10/slug/ »);
- after the view, for a 404 of an address that looks like ours (an article whose address
  changed: « /articles/ancienne-adresse/ »).

Each redirect counts its visits. A redirect to another site exists only if an editor wrote
it so (``Redirect.clean``); one to a path stays on the request's own domain.
"""

from django.db.models import F
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve
from django.utils import timezone

from articles.models.redirects import WORDPRESS_PARAMETERS, Redirect, normalise_path

CACHE_SECONDS = 86_400


def find(publication, path, query=""):
    """The redirect of ``path`` (and ``query``) on ``publication``, counted; None if none."""
    if publication is None:
        return None
    old = normalise_path(path, query)
    if not old:
        return None
    redirect = Redirect.objects.filter(publication=publication, old_path=old).first()
    if redirect is not None:
        Redirect.objects.filter(pk=redirect.pk).update(
            hits=F("hits") + 1, last_hit_at=timezone.now()
        )
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
        if response.status_code != 404 or looked:
            return response
        redirect = find(publication, request.path, request.META.get("QUERY_STRING", ""))
        return _answer(redirect) if redirect else response
