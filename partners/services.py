"""Counting impressions and clicks: one row per banner and day, atomic increments.

Concurrent requests never lose a count (``UPDATE … SET n = n + 1`` in the database), and a
busy banner costs one row a day, not one row per event. A capped banner counts up to its cap
and no further (the cap is in the UPDATE's condition); the one impression that reaches it
moves the content generation, so that the banner leaves every cached page at once — once,
not at every impression after.

Which requests count (a reader once a day, a fresh token, a same-origin page) is decided by
``partners.views``; these functions only count.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core import pagecache
from core.counters import increment
from partners.models import Banner, BannerStat


@transaction.atomic
def record_impression(banner, *, day=None):
    """Count one impression seen; False when the banner had reached its cap meanwhile."""
    day = day or timezone.localdate()
    rows = Banner.objects.filter(pk=banner.pk)
    if banner.impression_cap is not None:
        rows = rows.filter(impressions_total__lt=banner.impression_cap)
    if not rows.update(impressions_total=F("impressions_total") + 1):
        return False
    increment(BannerStat, "impressions", banner_id=banner.pk, day=day)
    if banner.impression_cap is not None:
        # The row is locked by the UPDATE until commit: this total is ours.
        total = Banner.objects.filter(pk=banner.pk).values_list("impressions_total", flat=True)
        if total.first() == banner.impression_cap:
            # Cached pages and the cached eligible set still offer it: start them over.
            transaction.on_commit(pagecache.bump_generation)
    return True


@transaction.atomic
def record_click(banner, *, day=None):
    day = day or timezone.localdate()
    # The banner's row first, then the day's, as for impressions: the same order of locks,
    # so that an impression and a click at once never deadlock.
    Banner.objects.filter(pk=banner.pk).update(clicks_total=F("clicks_total") + 1)
    increment(BannerStat, "clicks", banner_id=banner.pk, day=day)
