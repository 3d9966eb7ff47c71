"""First-party, cookie-less reading counts, for « Les plus lus ».

A reader is counted once a day per article without being identified: a keyed hash of the
day, their address, their browser and the article (``core.request.reader_key``) is kept
until the end of the day in the database (``accounts.limits``, where no page traffic can
evict it and every worker sees it), then purged. Crawlers and prefetches are not counted.
"""

from datetime import timedelta

from django.utils import timezone

from accounts import limits
from core.request import reader_key


def first_view_today(request, article_id):
    """True the first time today that this reader opens this article (reloads are not)."""
    now = timezone.localtime()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    key = reader_key(request, "article", article_id, day=now.date())
    return limits.first_time("reading", key, until=midnight)
