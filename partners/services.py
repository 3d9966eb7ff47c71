"""Counting impressions and clicks: one row per banner and day, atomic increments.

Concurrent requests never lose a count (``UPDATE … SET n = n + 1`` in the database), and a
busy banner costs one row a day, not one row per event.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core import pagecache
from core.counters import increment
from partners.models import Banner, BannerStat


def record_impression(banner, *, day=None):
    """Count one impression seen; a banner that reaches its cap leaves the pages at once."""
    day = day or timezone.localdate()
    with transaction.atomic():
        increment(BannerStat, "impressions", banner_id=banner.pk, day=day)
        Banner.objects.filter(pk=banner.pk).update(impressions_total=F("impressions_total") + 1)
    if banner.impression_cap is not None:
        total = Banner.objects.filter(pk=banner.pk).values_list("impressions_total", flat=True)
        if (total.first() or 0) >= banner.impression_cap:
            # Cached pages and the cached eligible set still offer it: start them over.
            pagecache.bump_generation()


def record_click(banner, *, day=None):
    day = day or timezone.localdate()
    with transaction.atomic():
        increment(BannerStat, "clicks", banner_id=banner.pk, day=day)
        Banner.objects.filter(pk=banner.pk).update(clicks_total=F("clicks_total") + 1)
