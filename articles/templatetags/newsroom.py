"""Presentation helpers. No queries: views hand templates prefetched data."""

from django import template
from django.utils import formats, timezone
from django.utils.html import strip_tags

register = template.Library()


@register.filter
def date_fr(value):
    """A date as French newspapers print it: "1er novembre 2020", "10 novembre 2020"."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {formats.date_format(value, 'F Y')}"


@register.filter
def reading_minutes(html):
    """Minutes a reader needs for ``html`` at 230 words a minute, at least 1."""
    words = len(strip_tags(html or "").split())
    return max(1, round(words / 230))


@register.filter
def iso(value):
    """A machine-readable datetime for <time datetime> (whole seconds, Paris offset)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")
