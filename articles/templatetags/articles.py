"""``{% load articles %}``: reading time, JSON-LD and responsive pictures. No queries:
views hand templates prefetched data. French dates come from ``{% load core %}``."""

import json
import re

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


_TAG = re.compile(r"<[^>]*>")


@register.filter
def reading_minutes(html):
    """Minutes a reader needs for ``html`` at 230 words a minute, at least 1.

    Article bodies are sanitised HTML (no ">" inside a tag), so a pattern finds the tags;
    Django's strip_tags, an HTML parser, would cost more than the rest of the page.
    """
    words = len(_TAG.sub(" ", html or "").split())
    return max(1, round(words / 230))


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
