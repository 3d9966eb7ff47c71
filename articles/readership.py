"""First-party, cookie-less reading counts, for « Les plus lus ».

A reader is counted once a day per article without being identified: a hash of the day's
secret salt, their address, their browser and the article is kept in the cache until the
end of the day, and nothing of it in the database. Crawlers and prefetches are not counted.
"""

import hashlib
import re
import secrets

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

_bots = None


def is_bot(request):
    global _bots
    if _bots is None:
        _bots = re.compile(settings.BOT_USER_AGENTS, re.IGNORECASE)
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(_bots.search(agent))


def is_prefetch(request):
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower() or "prerender" in purpose.lower()


def client_address(request):
    if settings.CLIENT_IP_HEADER:
        forwarded = request.META.get(settings.CLIENT_IP_HEADER, "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _daily_salt(day):
    key = f"readership:salt:{day.isoformat()}"
    salt = cache.get(key)
    if salt is None:
        cache.add(key, secrets.token_hex(16), timeout=2 * 86400)
        salt = cache.get(key) or "no-cache"
    return salt


def first_view_today(request, article_id):
    """True the first time today that this reader opens this article (reloads are not)."""
    now = timezone.localtime()
    fingerprint = "|".join(
        [_daily_salt(now.date()), client_address(request),
         request.headers.get("User-Agent", ""), str(article_id)]
    )  # fmt: skip
    key = "readership:seen:" + hashlib.sha256(fingerprint.encode()).hexdigest()
    midnight = now.replace(hour=23, minute=59, second=59)
    try:
        return cache.add(key, 1, timeout=max(60, int((midnight - now).total_seconds())))
    except Exception:  # a cache that is down: count, rather than lose, the view
        return True
