"""First-party, cookie-less reading counts, for « Les plus lus ».

A reader is counted once a day per article without being identified: a hash of the day's
secret salt, their address, their browser and the article is kept in the cache until the
end of the day, and nothing of it in the database. Crawlers and prefetches are not counted.
"""

import hashlib
import secrets

from django.core.cache import cache
from django.utils import timezone

from core.request import client_address


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
