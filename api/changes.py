"""What ``updated_since`` reads: the articles whose public face changed, and when.

The page cache already knows what each change touches (``core.surrogates`` keys, named by
the articles app): every ``article-<id>`` key moved is a change of that article, every
``photo-<id>`` one (a photo edited, its rights ended) a change of the articles it leads. An
article that goes live at its scheduled time changes nothing in the database: its
``published_at`` says when.
"""

import re

from django.utils import timezone

ARTICLE = re.compile(r"^article-(\d+)$")
PHOTO = re.compile(r"^photo-(\d+)$")
DAYS = 90  # how far back ``updated_since`` can go (older: sync again from scratch)


def record(keys):
    """``core.surrogates.on_bump`` hook: one row per article changed."""
    from api.models import ArticleChange
    from articles.models import Article

    ids = {int(m[1]) for key in keys if (m := ARTICLE.match(key))}
    photos = {int(m[1]) for key in keys if (m := PHOTO.match(key))}
    if photos:
        ids |= set(Article.objects.filter(lead_photo_id__in=photos).values_list("pk", flat=True))
    if ids:
        now = timezone.now()
        ArticleChange.objects.bulk_create(
            [ArticleChange(article_id=pk, changed_at=now) for pk in sorted(ids)]
        )


def record_expired_rights(now=None):
    """The articles led by a photo whose rights ended in the last two days, once each (the
    worker's hourly schedule; no write marks the end of rights). Stamped now, not at the
    end of rights, so that a client that synced in between misses nothing."""
    from datetime import timedelta

    from api.models import ArticleChange
    from articles.models import Article
    from articles.photos import end_of_rights

    now = now or timezone.now()
    today = timezone.localdate(now)
    days = [today - timedelta(days=n) for n in (1, 2)]
    led = Article.objects.published().filter(lead_photo__rights_expire_on__in=days)
    new = []
    for pk, last_day in led.values_list("pk", "lead_photo__rights_expire_on"):
        ended = end_of_rights(last_day)
        if (
            ended <= now
            and not ArticleChange.objects.filter(article_id=pk, changed_at__gte=ended).exists()
        ):
            new.append(ArticleChange(article_id=pk, changed_at=now))
    ArticleChange.objects.bulk_create(new)
    return len(new)


def purge(now=None):
    """Forget changes older than DAYS (the worker's schedule)."""
    from datetime import timedelta

    from api.models import ArticleChange

    limit = (now or timezone.now()) - timedelta(days=DAYS)
    return ArticleChange.objects.filter(changed_at__lt=limit).delete()[0]
