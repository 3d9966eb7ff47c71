"""Surrogate keys: what each cached page shows, so that a change empties only those pages.

A page declares the keys of what it shows while it is rendered (``depends_on``: the article,
its photos, authors and tags, the lists of its publication...); a committed change moves the
*version* of the keys it touches (``bump``), which the app that owns the model names
(``ModelRoles.page_cache_keys``). A cached page keeps the versions of its keys at the time it
was rendered and is served only while they are unchanged: publishing one article empties its
page, the lists of its publication and the pages that show it, and leaves every other article
page warm. The same keys go to a CDN in front (``Surrogate-Key`` header, ``core.cdn`` purge).

Two keys make it safe by default:

- ``ANY`` moves with every change: a page that declares nothing depends on it (feeds,
  sitemaps, redirects...), so it is as exact as a site-wide generation;
- ``ALL`` moves with the changes an app does not classify (a section renamed, a standing
  page, a publication's settings, a partner's banner): every page depends on it.

Fragments: a part of a page that changes more often than the page (the sidebar of the latest
articles, the automatic « Lire aussi ») is rendered by a registered function
(``register_fragment``) with its own keys; the cached page keeps a placeholder, filled from
the fragment's own entry when the page is served, and re-rendered alone when its keys moved.

Where versions live: with a shared cache (Redis) in that cache, so that every app server sees
them; with the local-memory cache (one per process) as the time stamps of small files, so that
every worker process of the machine sees them.
"""

import hashlib
import logging
import os
import re
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.utils.http import urlencode
from django.utils.safestring import mark_safe

logger = logging.getLogger(__name__)

ANY = "any"
ALL = "all"
KEY = re.compile(r"^[a-z0-9-]{1,64}$")


def _local():
    return isinstance(caches["default"], LocMemCache)


def _folder():
    return Path(settings.PAGE_CACHE_KEYS_DIR)


def _touch(path):
    """A strictly later time stamp than before, even within the clock's resolution."""
    try:
        previous = path.stat().st_mtime_ns
    except FileNotFoundError:
        previous = 0
    path.touch()
    stamp = max(time.time_ns(), previous + 1000)
    os.utime(path, ns=(stamp, stamp))
    return stamp


def versions(keys):
    """{key: version} for these keys. A key never seen (or evicted) gets a new version, never
    an old one, so that no entry kept with an earlier version can match it again. Raises when
    the cache cannot be read (the caller serves the page uncached)."""
    keys = sorted(set(keys))
    if _local():
        folder = _folder()
        found = {}
        for key in keys:
            path = folder / key
            try:
                found[key] = path.stat().st_mtime_ns
            except FileNotFoundError:
                folder.mkdir(parents=True, exist_ok=True)
                found[key] = _touch(path)
        return found
    names = {f"surrogate:{key}": key for key in keys}
    found = {names[name]: value for name, value in cache.get_many(list(names)).items()}
    missing = [key for key in keys if key not in found]
    if missing:
        now = time.time_ns()
        for key in missing:
            cache.add(f"surrogate:{key}", now, timeout=None)
        again = cache.get_many([f"surrogate:{key}" for key in missing])
        found |= {name.removeprefix("surrogate:"): value for name, value in again.items()}
    return found


def bump(keys):
    """Move these keys' versions (and ``ANY``'s) forward: the pages showing them are stale.
    Logged, never raised: a change is saved even when the cache is down (the pages it left
    then age out with their lifetime)."""
    keys = {ANY, *keys}
    try:
        if _local():
            folder = _folder()
            folder.mkdir(parents=True, exist_ok=True)
            for key in keys:
                _touch(folder / key)
        else:
            for key in sorted(keys):
                try:
                    cache.incr(f"surrogate:{key}")
                except ValueError:  # never seen or evicted: a new, larger number
                    cache.set(f"surrogate:{key}", time.time_ns(), timeout=None)
    except Exception:
        logger.error("Page cache: could not move keys %s", sorted(keys), exc_info=True)
    for hook in _on_bump:
        try:
            hook(keys)
        except Exception:
            logger.error("Page cache: a hook failed for keys %s", sorted(keys), exc_info=True)


_on_bump = []
_addresses = []


def on_bump(function):
    """Call ``function(keys)`` after every bump (the CDN purge)."""
    if function not in _on_bump:
        _on_bump.append(function)
    return function


def register_addresses(function):
    """``function(keys)``: the absolute addresses of the pages known to show these keys (an
    article's, on each publication it appears on), for a CDN that purges by address. Called
    from an app's ``ready()``."""
    if function not in _addresses:
        _addresses.append(function)
    return function


def addresses(keys):
    return sorted({url for function in _addresses for url in function(keys)})


def remember(name, keys, seconds, compute):
    """``compute()``, kept in the cache for ``seconds`` while these keys' versions (and
    ``ALL``'s, which a bulk load moves) do not move: a part of a page shared by many (« Les
    plus lus »), exact like the page cache, and warm even for a page rendered for the first
    time. A cache that fails: computed."""
    try:
        current = sorted(versions({ALL, *keys}).items())
        digest = hashlib.md5(repr(current).encode(), usedforsecurity=False).hexdigest()
        key = f"surrogate-cache:{name}:{digest}"
        value = cache.get(key)
    except Exception:
        logger.warning("Cache unavailable: %s computed", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, seconds)
        except Exception:
            logger.warning("Cache unavailable: %s not kept", name, exc_info=True)
    return value


# What a page shows --------------------------------------------------------------------------


def depends_on(request, *keys):
    """For a view or a fragment: the response shows what these keys name."""
    for key in keys:
        if not KEY.match(key):
            raise ValueError(f"Invalid surrogate key: {key!r}")
    stack = getattr(request, "_surrogate_stack", None)
    if stack is None:
        stack = request._surrogate_stack = [set()]
    stack[-1].update(keys)


def page_keys(request):
    """The keys of the page being rendered (outside its fragments): ``ALL`` and what it
    declared, or ``ANY`` when it declared nothing."""
    stack = getattr(request, "_surrogate_stack", None)
    declared = stack[0] if stack else set()
    return {ALL, *declared} if declared else {ANY}


# Fragments ----------------------------------------------------------------------------------

_fragments = {}
MARK = re.compile(
    r"<!--fragment (?P<name>[a-z-]+) (?P<args>[a-z0-9=&-]*)-->(?P<html>.*?)<!--/fragment-->", re.S
)
PLACEHOLDER = re.compile(r"<!--fragment (?P<name>[a-z-]+) (?P<args>[a-z0-9=&-]*)-->")


def register_fragment(name, render):
    """``render(request, context, **args)``: the HTML of fragment ``name``, declaring its
    keys with ``depends_on``. ``context`` is the page's template context when the page is
    rendered (what its view already read), None when the fragment is rendered again alone
    for a cached page; arguments are whole numbers. Called from an app's ``ready()``."""
    _fragments[name] = render


def render_fragment(request, name, context, **args):
    """The fragment's HTML, marked so that the page cache can keep it apart; its keys are
    its own, not the page's."""
    args = {key: int(value) for key, value in args.items()}
    html, keys = _render(request, name, args, context)
    encoded = urlencode(sorted(args.items()))
    if not hasattr(request, "_surrogate_fragments"):
        request._surrogate_fragments = {}
    request._surrogate_fragments[(name, encoded)] = keys
    return mark_safe(f"<!--fragment {name} {encoded}-->{html}<!--/fragment-->")


def _render(request, name, args, context=None):
    stack = getattr(request, "_surrogate_stack", None)
    if stack is None:
        stack = request._surrogate_stack = [set()]
    stack.append(set())
    try:
        html = str(_fragments[name](request, context, **args))
    finally:
        keys = stack.pop()
    return html, {ALL, *keys} if keys else {ANY}


def split(request, content):
    """(the page with placeholders, [(name, encoded args, html, keys)...]): the fragments
    rendered for this request, kept apart."""
    known = getattr(request, "_surrogate_fragments", {})
    found = []

    def keep(match):
        keys = known.get((match["name"], match["args"]))
        if keys is None:  # not one of ours (text that looks like a mark): left as it is
            return match[0]
        found.append((match["name"], match["args"], match["html"], keys))
        return f"<!--fragment {match['name']} {match['args']}-->"

    return MARK.sub(keep, content), found


def fill(content, htmls):
    """The page with each placeholder of ``htmls`` (``{(name, args): html}``, the fragments
    the entry recorded) replaced by its HTML; any other text is left as it is."""
    return PLACEHOLDER.sub(lambda m: htmls.get((m["name"], m["args"]), m[0]), content)


def rerender(request, name, encoded):
    """A fragment rendered again for a cached page: (html, keys)."""
    return _render(request, name, parse_args(encoded))


def parse_args(encoded):
    args = {}
    for part in filter(None, encoded.split("&")):
        name, _, value = part.partition("=")
        args[name] = int(value)
    return args
