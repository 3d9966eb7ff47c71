"""Presentation helpers. No queries: views hand templates prefetched data."""

import json
import re

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe

register = template.Library()


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


@register.filter
def date_fr(value):
    """A date as French newspapers print it: "1er novembre 2020", "10 novembre 2020".

    Spelled out here rather than through the translation machinery: pages print dozens.
    """
    if not value:
        return ""
    if getattr(value, "tzinfo", None) is not None:
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


_TAG = re.compile(r"<[^>]*>")


@register.filter
def reading_minutes(html):
    """Minutes a reader needs for ``html`` at 230 words a minute, at least 1.

    Article bodies are sanitised HTML (no ">" inside a tag), so a pattern finds the tags;
    Django's strip_tags, an HTML parser, would cost more than the rest of the page.
    """
    words = len(_TAG.sub(" ", html or "").split())
    return max(1, round(words / 230))


@register.filter
def iso(value):
    """A machine-readable datetime for <time datetime> (whole seconds, Paris offset)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")


@register.filter
def datetime_fr(value):
    """« 11 novembre 2020 à 14 h », « 11 novembre 2020 à 14 h 05 »."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    time = f"{local.hour} h" if local.minute == 0 else f"{local.hour} h {local.minute:02d}"
    return f"{date_fr(local)} à {time}"


@register.filter
def countdown(moment):
    """« dans 2 h 05 min », « dans 3 j 4 h »: how long until ``moment``."""
    if not moment:
        return ""
    seconds = int((moment - timezone.now()).total_seconds())
    if seconds <= 0:
        return "maintenant"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"dans {days} j {hours} h"
    if hours:
        return f"dans {hours} h {minutes:02d} min"
    return f"dans {max(minutes, 1)} min"


_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    """JSON for a <script type="application/ld+json">: <, > and & are escaped, so that no
    title (« </script><script>… ») can end the script element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)
    return mark_safe(text)


@register.inclusion_tag("includes/picture.html")
def picture(photo, ratio="original", sizes="100vw", *, lead=False, decorative=False):
    """A responsive <picture> of ``photo``: AVIF/WebP/JPEG sources at several widths, its
    width and height given (no layout shift), lazy unless it is the lead photo."""
    from articles import photos

    widths = photos.widths(photo, ratio)
    default = widths[min(2, len(widths) - 1)]
    width, height = photos.rendition_size(photo, ratio, widths[-1])
    return {
        "sources": [
            (photos.MIME[ext], photos.srcset(photo, ratio, ext)) for ext in photos.modern_formats()
        ],
        "src": photos.rendition_url(photo, ratio, default, "jpg"),
        "srcset": photos.srcset(photo, ratio, "jpg"),
        "sizes": sizes,
        "width": width,
        "height": height,
        "alt": "" if decorative else photo.alt_text,
        "lead": lead,
    }
