"""Purging a CDN in front of the site (README, « Purge du CDN »).

``purge(keys=…, urls=…)`` asks the CDN to forget what it keeps under some surrogate keys
(Fastly's ``Surrogate-Key``, Cloudflare's cache tags…) and some addresses. Nothing is sent
when ``CDN_PURGE_URL`` is empty. Otherwise, once the transaction that called it commits
(nothing if it rolls back: what the CDN keeps is still true), background tasks
(``core.tasks.purge_cdn``) POST the JSON ``{"surrogate_keys": [...], "urls": [...]}``, sorted
and without repeats, at most ``BATCH`` of them a request, to ``CDN_PURGE_URL`` — a CDN's
purge endpoint that takes it as is, or a small proxy of yours that speaks the CDN's API.

A purge never fails the request that asked for it: a CDN that answers anything but 2xx, or
does not answer within ``CDN_PURGE_TIMEOUT`` seconds, is tried again later by the task
(``core.tasks.RETRY_DELAYS``), and each failure is logged.
"""

import json
import re
import urllib.request
from functools import partial
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

BATCH = 500  # keys and addresses in one request, at most; more make several requests


def purge(*, keys=(), urls=()):
    """Have the CDN forget the surrogate ``keys`` and the absolute ``urls``, once the current
    transaction commits (at once outside one), from the background. Returns how many requests
    will be sent: 0 when purging is off (``CDN_PURGE_URL`` empty) or there is nothing to purge.

    Raises ValueError (TypeError for a lone string) on a key or an address no CDN can take:
    a mistake of the caller's, never a failure of the CDN's."""
    keys, urls = _keys(keys), _urls(urls)
    if not settings.CDN_PURGE_URL:
        return 0
    requests = batches(keys, urls)
    for batch_keys, batch_urls in requests:
        # robust: a queue that cannot take the task is logged by Django, never raised into
        # the request, whose own work is committed already.
        transaction.on_commit(partial(_enqueue, batch_keys, batch_urls), robust=True)
    return len(requests)


def purge_changed(keys):
    """After a change (``core.surrogates.bump``): the pages that show it, by key and by the
    addresses the apps know for those keys (an article's own page on each publication)."""
    if not settings.CDN_PURGE_URL:
        return 0
    from core import surrogates

    return purge(keys=keys, urls=surrogates.addresses(keys))


def batches(keys, urls):
    """``keys`` and ``urls`` (sorted, unique) in requests of at most BATCH items together:
    a list of (keys, urls)."""
    items = [("key", key) for key in keys] + [("url", url) for url in urls]
    return [
        (
            [value for kind, value in items[start : start + BATCH] if kind == "key"],
            [value for kind, value in items[start : start + BATCH] if kind == "url"],
        )
        for start in range(0, len(items), BATCH)
    ]


def _enqueue(keys, urls):
    from core import tasks

    tasks.purge_cdn.enqueue(keys, urls)


def _unique(values, what):
    if isinstance(values, str | bytes):
        raise TypeError(f"cdn.purge() takes a list of {what}, not one string: {values!r}")
    return sorted(set(values))


def _keys(keys):
    keys = _unique(keys, "keys")
    for key in keys:
        # Surrogate keys travel space-separated in headers (Fastly's Surrogate-Key), where
        # CDNs take printable ASCII only (Fastly ignores other keys).
        if not isinstance(key, str) or not re.fullmatch(r"[!-~]+", key):
            raise ValueError(f"Not a surrogate key (printable ASCII, no space): {key!r}")
    return keys


def _urls(urls):
    urls = _unique(urls, "urls")
    for url in urls:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"Not an absolute http(s) address: {url!r}")
    return urls


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A purge endpoint that redirects is misconfigured: its 3xx is a failure (urllib would
    turn the POST into a GET without its body)."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def send(keys, urls):
    """POST one purge request to CDN_PURGE_URL and return the answer's status. Raises
    ``urllib.error.HTTPError`` for an answer other than 2xx, and OSError (``TimeoutError``,
    ``URLError``…) or ``http.client.HTTPException`` when there is no proper answer within
    CDN_PURGE_TIMEOUT seconds (of silence: the wait is per read)."""
    body = json.dumps({"surrogate_keys": keys, "urls": urls}).encode()
    headers = {"Content-Type": "application/json"}
    if settings.CDN_PURGE_TOKEN:
        headers["Authorization"] = f"Bearer {settings.CDN_PURGE_TOKEN}"
    request = urllib.request.Request(settings.CDN_PURGE_URL, body, headers, method="POST")
    with _opener.open(request, timeout=settings.CDN_PURGE_TIMEOUT) as response:
        response.read(64 * 1024)  # what it says is not used; a keep-alive needs it read
        return response.status


def endpoint():
    """CDN_PURGE_URL's host, for log lines (never its query or credentials)."""
    return urlsplit(settings.CDN_PURGE_URL).hostname or ""
