"""Photos inside a body, as readers see them.

A body stores a figure as the editor's Figure extension writes it, naming a photo of the
library by its id: ``<figure class="figure"><img src="…" alt="…" data-file="12">
<figcaption>Légende</figcaption></figure>`` (``sanitizer`` keeps nothing else). On a page, each
becomes the photo's responsive picture (``{% picture %}``: renditions, sizes, lazy loading)
with its caption and credit; a figure whose photo is gone or whose rights have expired is
left out, the rule of the lead photo (``Photo.is_usable``). One query for all of a body's
photos, none for a body without figures.
"""

import re

from django.template.loader import render_to_string
from django.utils.html import escape

from articles.models import Photo

_FIGURE = re.compile(
    r'<figure class="figure">(?P<inner>.*?)</figure>|<figure>(?P<bare>.*?)</figure>', re.S
)
_PHOTO = re.compile(r'<img[^>]*\sdata-file="(?P<pk>[0-9]+)"[^>]*>')
_CAPTION = re.compile(r"<figcaption>(?P<caption>.*?)</figcaption>", re.S)
SIZES = "(min-width: 60rem) 46rem, 100vw"


def photo_ids(body):
    return {int(match.group("pk")) for match in _PHOTO.finditer(body or "")}


def library_photos(bodies):
    """{id: Photo} of the figures of these bodies, in one query (none without figures)."""
    ids = set().union(*(photo_ids(body) for body in bodies))
    return {photo.pk: photo for photo in Photo.objects.filter(pk__in=ids)} if ids else {}


def expand(body, photos=None):
    """``body`` with its figures shown from the library. ``photos``: {id: Photo} already
    read for several bodies (``library_photos``); else read here (one query)."""
    ids = photo_ids(body)
    if not ids:
        return body
    if photos is None:
        photos = library_photos([body])

    def show(match):
        inner = match.group("inner") or match.group("bare") or ""
        image = _PHOTO.search(inner)
        photo = photos.get(int(image.group("pk"))) if image else None
        if photo is None or not photo.is_usable():
            return ""
        caption = _CAPTION.search(inner)
        # The caption written in the body (already sanitised), else the photo's own.
        text = caption.group("caption").strip() if caption else ""
        return render_to_string(
            "includes/body_figure.html",
            {"photo": photo, "caption": text or escape(photo.caption), "sizes": SIZES},
        ).strip()

    return _FIGURE.sub(show, body)
