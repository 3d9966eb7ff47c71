"""The page cache: anonymous GET/HEAD responses of public pages, invalidated exactly.

How it stays correct
- Every cache key holds a *content generation*: a number that any committed change to
  the content moves forward (a change of any model that may show on a public page: see
  ``core.registry.public_models``). The next request asks for a new key and is rendered
  afresh; old entries are never read again and age out.
- No entry outlives the next scheduled change (an article's publication time, a banner's
  flight...): each app registers the functions that know them (``register_schedule``).
- Only anonymous GET/HEAD requests to public paths are served from or stored in the
  cache, and only 200/301 responses that set no cookie and are not marked private.
- Only what a public page can vary on makes a key: its path and the query parameters its view
  reads (``vary_on``); any other parameter is left out (``?utm_source=…`` gets the page's
  entry). 404s are not stored, a view may refuse to store a response (``do_not_store``: a page
  number that is not the one served), and a path keeps at most ``MAX_VARIANTS`` query variants
  per generation: junk addresses cannot flood the cache and push pages out.
- A cache that fails (Redis down, full) is logged and skipped: the page is rendered.

Where the generation lives: with a shared cache (Redis) in that cache, so that every app
server sees it; with the local-memory cache (one per process) in a small file, so that
every worker process of the machine sees it.
"""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import urlencode

from core import registry, surrogates

logger = logging.getLogger(__name__)

STORED_STATUSES = {200, 301}
MAX_VARIANTS = 50
# Headers that belong to one exchange, not to the page.
NOT_STORED_HEADERS = {"set-cookie", "date", "connection", "x-cache", "content-length"}


# Versions -------------------------------------------------------------------------------


def generation():
    """The version of what every page shows (``surrogates.ALL``: publications, sections,
    partners...), for the caches that follow it; None when it cannot be read (cache down)."""
    try:
        return surrogates.versions([surrogates.ALL])[surrogates.ALL]
    except Exception:
        logger.warning("Page cache: versions unreadable, page not cached", exc_info=True)
        return None


def bump_generation():
    """Every cached page is stale from now on (a bulk load, a release)."""
    surrogates.bump({surrogates.ALL})


def content_changed(sender=None, instance=None, **kwargs):
    """Signal receiver: once the change is committed, the pages showing it are stale."""
    keys = registry.page_cache_keys(sender, instance, kwargs)
    transaction.on_commit(lambda: surrogates.bump(keys))


_watched = set()


def connect_signals():
    """Follow every model that may show on a public page (``core.registry``)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    _watched.clear()
    _watched.update(registry.public_models())
    for model in _watched:
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=uid + ":save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=uid + ":delete")
    # Many-to-many changes (categories of an article) through any model: the automatic
    # through model belongs to a watched model, a custom one is watched itself.
    m2m_changed.connect(_m2m_changed, dispatch_uid="pagecache:m2m")


def _m2m_changed(sender, action, instance, **kwargs):
    owner = sender._meta.auto_created or sender
    if action.startswith("post_") and owner in _watched:
        content_changed(sender, instance, action=action, **kwargs)


# Scheduled changes ------------------------------------------------------------------------

_schedules = []


def register_schedule(function):
    """Register ``function(now)``: the next moment (or None) at which the content changes
    by itself (an article goes live, a banner's flight ends). Called from an app's
    ``ready()``; usable as a decorator."""
    if function not in _schedules:
        _schedules.append(function)
    return function


def seconds_until_next_change(now=None):
    """Seconds until the next scheduled change of content, or None if none is known."""
    now = now or timezone.now()
    moments = []
    for function in _schedules:
        moment = function(now)
        if moment is not None:
            moments.append(moment)
    if not moments:
        return None
    return max(0, math.ceil((min(moments) - now).total_seconds()))


def lifetime(seconds=None):
    """How long a page rendered now may be served: the setting (or ``seconds``), capped by
    the schedule.

    The next scheduled change is looked up once per change of content (``surrogates.ANY``)
    and kept until it happens, so that a busy site asks the database about it rarely.
    """
    seconds = settings.PAGE_CACHE_SECONDS if seconds is None else seconds
    try:
        version = surrogates.versions([surrogates.ANY])[surrogates.ANY]
        key = f"pagecache:{version}:next-change"
        moment = cache.get(key)
    except Exception:
        key, moment = None, None
    if moment is None:
        until = seconds_until_next_change()
        moment = time.time() + until if until is not None else 0
        try:
            if key:
                # Kept until the change (or an hour, when none is known): whatever the cap.
                cache.set(key, moment, timeout=until if until is not None else 3600)
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
    if moment:
        seconds = min(seconds, max(0, math.floor(moment - time.time())))
    return seconds


# The middleware -------------------------------------------------------------------------


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_storable(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def vary_on(*names):
    """Decorate a view whose page changes with these query parameters (``"page"``, ``"q"``):
    they, and no other, are part of its cache key. ``"*"``: every parameter (an API, whose
    views refuse the parameters they do not know)."""

    def decorate(view):
        view.page_cache_vary_on = names
        return view

    return decorate


def _parameters(request):
    """The query parameters the requested page's view reads, in its order, as it reads them
    (the last value of a repeated parameter)."""
    names = getattr(request, "_page_cache_names", None)
    if names is None:
        try:
            view = resolve(request.path_info).func
        except Resolver404:
            view = None
        names = getattr(view, "page_cache_vary_on", ())
        request._page_cache_names = names
    if names == ("*",):
        return sorted(request.GET.items())
    return [(name, request.GET[name]) for name in names if name in request.GET]


def page_address(request):
    """The path and the query parameters the page varies on: what the key is made of."""
    params = _parameters(request)
    return request.path + ("?" + urlencode(params) if params else "")


def cache_key(request):
    # The host is not part of it, so that a forged Host header cannot create or poison
    # entries; the site the host was resolved to is (``request.page_cache_namespace``, set
    # by a higher layer before this middleware: the publication): a page of one site is
    # never served on another's host.
    address = f"{_namespace(request)}|{page_address(request)}"
    digest = hashlib.md5(address.encode(), usedforsecurity=False).hexdigest()
    return f"pagecache:page:{digest}"


def _namespace(request):
    return getattr(request, "page_cache_namespace", "")


def _fragment_key(request, name, args):
    return f"pagecache:fragment:{_namespace(request)}:{name}:{args}"


def do_not_store(request):
    """For a view: this response must not be kept (it answers an address that is not the
    page's own, e.g. « ?page=99999 » shown as the last page)."""
    request._page_cache_refused = True


def _variant_allowed(request):
    """Whether one more query variant of this path may be stored (at most MAX_VARIANTS
    within the page cache's lifetime)."""
    if not _parameters(request):
        return True
    path = hashlib.md5(request.path.encode(), usedforsecurity=False).hexdigest()
    key = f"pagecache:variants:{path}"
    cache.add(key, 0, timeout=settings.PAGE_CACHE_SECONDS)
    try:
        return cache.incr(key) <= MAX_VARIANTS
    except ValueError:  # expired in between
        return False


def public_cache_control(response, seconds):
    """Cache-Control for a CDN or nginx in front: short for browsers, capped by schedule."""
    browser = min(settings.HTTP_MAX_AGE, seconds)
    shared = min(settings.HTTP_S_MAXAGE, seconds)
    directives = {"public": True, "max_age": browser, "s_maxage": shared}
    # Serving a stale page while refreshing it is fine, unless a change is scheduled soon.
    if seconds >= settings.PAGE_CACHE_SECONDS:
        directives["stale_while_revalidate"] = settings.HTTP_STALE_WHILE_REVALIDATE
    patch_cache_control(response, **directives)
    # nginx's micro-cache (deploy/nginx.conf) reads this header, CDNs do not.
    response["X-Accel-Expires"] = str(min(settings.NGINX_MICROCACHE_SECONDS, seconds))


def _unmark(request, response):
    """Take the fragments' marks out of the response; return (its content with a placeholder
    for each fragment, [(name, args, html, keys)...]) for the cache."""
    if not getattr(request, "_surrogate_fragments", None) or response.streaming:
        return getattr(response, "content", b""), []
    text, fragments = surrogates.split(request, response.content.decode(response.charset))
    shown = surrogates.fill(text, {(name, args): html for name, args, html, _ in fragments})
    response.content = shown.encode(response.charset)
    if response.has_header("Content-Length"):  # set by a middleware below (CommonMiddleware)
        response["Content-Length"] = str(len(response.content))
    return text.encode(response.charset), fragments


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Refuse a Host header outside ALLOWED_HOSTS (400) before answering from the cache.
        request.get_host()
        if not is_cacheable_request(request):
            response = self.get_response(request)
            _unmark(request, response)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and (
                "Cache-Control" not in response
            ):
                # A signed-in person's page is theirs: no shared cache may keep it.
                patch_cache_control(response, private=True, no_store=True)
            return response
        if settings.PAGE_CACHE_SECONDS <= 0:  # caching is off: every request is rendered
            response = self.get_response(request)
            _unmark(request, response)
            return response

        key = cache_key(request)
        try:
            entry = cache.get(key)
            if entry is not None:
                response = self._from_entry(request, entry)
                if response is not None:
                    return response
        except Exception:
            logger.warning("Page cache unavailable: page rendered", exc_info=True)
            key = None

        response = self.get_response(request)
        marked, fragments = _unmark(request, response)
        if not is_storable(response) or getattr(request, "_page_cache_refused", False):
            return response
        keys = surrogates.page_keys(request)
        seconds = lifetime()
        self._headers(response, seconds, keys)
        if key is not None and seconds > 0:
            self._store(request, key, response, marked, fragments, keys, seconds)
        return response

    @staticmethod
    def _headers(response, seconds, keys):
        public_cache_control(response, seconds)
        patch_vary_headers(response, ["Cookie"])
        if "ETag" not in response:
            digest = hashlib.md5(response.content, usedforsecurity=False).hexdigest()
            response["ETag"] = f'"{digest}"'
        # For a CDN that purges by key (core.cdn); nginx and browsers ignore it.
        response["Surrogate-Key"] = " ".join(sorted(keys))
        response["X-Cache"] = "MISS"

    def _store(self, request, key, response, content, fragments, keys, seconds):
        expires = time.time() + seconds
        try:
            if not _variant_allowed(request):
                return
            wanted = set(keys).union(*(f[3] for f in fragments))
            current = surrogates.versions(wanted)
            for name, args, html, fragment_keys in fragments:
                cache.set(
                    _fragment_key(request, name, args),
                    (expires, {k: current[k] for k in fragment_keys}, html),
                    timeout=seconds,
                )
            headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS]
            entry = (
                expires,
                response.status_code,
                headers,
                content,
                {k: current[k] for k in keys},
                [(name, args) for name, args, _html, _keys in fragments],
            )
            cache.set(key, entry, timeout=seconds)
        except Exception:
            logger.warning("Page cache unavailable: page not stored", exc_info=True)

    def _from_entry(self, request, entry):
        """The cached response, or None when what it shows has changed since."""
        expires, status, headers, content, keys, fragments = entry
        entries = {}
        if fragments:
            names = {_fragment_key(request, *fragment): fragment for fragment in fragments}
            found = cache.get_many(list(names))
            entries = {names[name]: value for name, value in found.items()}
        wanted = set(keys).union(*(e[1] for e in entries.values()))
        current = surrogates.versions(wanted)
        if any(current.get(k) != v for k, v in keys.items()):
            return None
        htmls = {}
        for fragment in fragments:
            kept = entries.get(fragment)
            if (
                kept is None
                or kept[0] < time.time()
                or any(current.get(k) != v for k, v in kept[1].items())
            ):
                try:
                    kept = self._refresh_fragment(request, fragment, expires)
                except Exception:
                    if entries.get(fragment) is None:
                        raise
                    # The database is down: the page as it was is better than none.
                    logger.warning("Page cache: fragment %s served stale", fragment, exc_info=True)
                    kept = entries[fragment]
            htmls[fragment] = kept[2]
        response = HttpResponse(status=status)
        for name, value in headers:
            response[name] = value
        if fragments:
            content = surrogates.fill(content.decode(response.charset), htmls)
            content = content.encode(response.charset)
        response.content = content
        if fragments:  # another page's request may have renewed them since: the page's own tag
            digest = hashlib.md5(content, usedforsecurity=False).hexdigest()
            response["ETag"] = f'"{digest}"'
        # Shared caches in front may keep it for what is left of its life, no longer.
        del response["Cache-Control"]
        public_cache_control(response, max(0, int(expires - time.time())))
        response["X-Cache"] = "HIT"
        return response

    @staticmethod
    def _refresh_fragment(request, fragment, expires):
        name, args = fragment
        html, keys = surrogates.rerender(request, name, args)
        kept = (expires, surrogates.versions(keys), html)
        seconds = int(expires - time.time())
        if seconds > 0:
            cache.set(_fragment_key(request, name, args), kept, timeout=seconds)
        return kept
