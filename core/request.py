"""What a request says about who sent it: the client's address, crawlers, prefetches."""

import re
from functools import cache

from django.conf import settings


@cache
def _bots():
    return re.compile(settings.BOT_USER_AGENTS, re.IGNORECASE)


def is_bot(request):
    """A crawler or a preview service (BOT_USER_AGENTS), or a client that gives no name."""
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(_bots().search(agent))


def is_prefetch(request):
    """A page fetched ahead of a click (Sec-Purpose / Purpose: prefetch, prerender)."""
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower() or "prerender" in purpose.lower()


def client_address(request):
    """The client's address: from CLIENT_IP_HEADER when a proxy sets it, else REMOTE_ADDR."""
    if settings.CLIENT_IP_HEADER:
        forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")
