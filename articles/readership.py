"""First-party, cookie-less reading counts, for « Les plus lus ».

A reader is counted once a day per article without being identified: a keyed hash of the
day, their address, their browser and the article (``core.request.reader_key``) is kept
until the end of the day in the database (``accounts.limits``, where no page traffic can
evict it and every worker sees it), then purged; an address brings at most
``limits.READERS_PER_ADDRESS`` readers of an article a day. Crawlers and prefetches are not
counted.
"""

from accounts import limits


def first_view_today(request, article_id):
    """True the first time today that this reader opens this article (reloads are not)."""
    return limits.new_reader_today("reading", request, "article", article_id)
