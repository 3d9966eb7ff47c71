"""Demo content of the newsroom: the seed page of FrenchWeb and enough neighbours for every
page to show.

``load_articles`` creates what is missing and never changes what exists, so running it
again (or after an editor has changed an article) leaves the content as it is.
"""

import functools
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from articles import demo_data
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Page,
    Photo,
    RelatedLink,
    Revision,
)
from articles.services import save_revision

PARIS = ZoneInfo("Europe/Paris")
PLACEHOLDER_SIZE = (1600, 900)


@functools.cache
def placeholder_jpeg(color, *, size=PLACEHOLDER_SIZE):
    """A JPEG placeholder: a diagonal gradient of ``color`` with soft circles."""
    base = Image.new("RGB", size, color)
    width, height = size
    r, g, b = base.getpixel((0, 0))
    draw = ImageDraw.Draw(base)
    for y in range(height):
        shade = 1 - 0.45 * y / height
        draw.line([(0, y), (width, y)], fill=(int(r * shade), int(g * shade), int(b * shade)))
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    for i, (cx, cy, radius) in enumerate([(0.2, 0.3, 0.35), (0.75, 0.65, 0.45), (0.55, 0.1, 0.2)]):
        box = [
            (cx - radius) * width,
            cy * height - radius * width,
            (cx + radius) * width,
            cy * height + radius * width,
        ]
        shapes.ellipse(box, fill=(255, 255, 255, 28 + 12 * i))
    base = Image.alpha_composite(base.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    base.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()


def _photo(spec):
    photo = Photo.objects.filter(credit=spec["credit"], caption=spec["caption"]).first()
    if photo:
        return photo, False
    photo = Photo(
        alt_text=spec["alt_text"],
        caption=spec["caption"],
        credit=spec["credit"],
        source=spec.get("source", ""),
    )
    photo.image = ContentFile(placeholder_jpeg(spec["color"]), name="demo.jpg")
    photo.save()
    return photo, True


def _paris(value):
    """A demo date: "2020-11-11 08:00" (Paris), or "+3" for three days from now at 08:00."""
    if not value:
        return None
    if value.startswith("+"):
        day = timezone.localtime(timezone.now(), PARIS) + timedelta(days=int(value[1:]))
        return day.replace(hour=8, minute=0, second=0, microsecond=0)
    return datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


@transaction.atomic
def load_articles():
    """Create the demo content of the newsroom that is missing; returns what was created,
    by kind. (``manage.py load_demo`` adds the partners and the demo accounts.)"""
    created = {"rubriques": 0, "auteurs": 0, "photos": 0, "articles": 0, "pages": 0}

    for spec in demo_data.PAGES:
        _, was_created = Page.objects.get_or_create(
            slug=spec["slug"],
            defaults={"title": spec["title"], "body": spec["body"], "position": spec["position"]},
        )
        created["pages"] += was_created

    categories = {}
    for spec in demo_data.CATEGORIES:
        category, was_created = Category.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "parent": categories.get(spec["parent"]),
                "position": spec["position"],
                "is_in_navigation": spec["is_in_navigation"],
                "is_lead": spec["is_lead"],
                "description": spec["description"],
            },
        )
        categories[spec["slug"]] = category
        created["rubriques"] += was_created

    authors = {}
    for spec in demo_data.AUTHORS:
        author, was_created = Author.objects.get_or_create(
            slug=spec["slug"],
            defaults={"name": spec["name"], "role": spec["role"], "bio": spec["bio"]},
        )
        authors[spec["slug"]] = author
        created["auteurs"] += was_created

    new_articles = []
    for spec in demo_data.ARTICLES:
        if Article.objects.filter(slug=spec["slug"]).exists():
            continue
        photo = None
        if spec["photo"]:
            photo, photo_created = _photo(spec["photo"])
            created["photos"] += photo_created
        article = Article.objects.create(
            slug=spec["slug"],
            title=spec["title"],
            standfirst=spec["standfirst"],
            body=spec["body"],
            lead_photo=photo,
            primary_category=categories[spec["primary_category"]],
            status=spec["status"],
            published_at=_paris(spec["published_at"]),
        )
        article.categories.set([categories[slug] for slug in spec["categories"]])
        article.tags.set(spec["tags"])
        for position, slug in enumerate(spec["authors"], start=1):
            ArticleAuthor.objects.create(article=article, author=authors[slug], position=position)
        new_articles.append((article, spec))
        created["articles"] += 1

    # "Lire aussi" links once every article exists, and only for the articles made now.
    for article, spec in new_articles:
        for position, related in enumerate(spec["related"], start=1):
            if isinstance(related, dict):
                RelatedLink.objects.create(
                    article=article, position=position, url=related["url"], label=related["label"]
                )
            else:
                target = Article.objects.filter(slug=related).first()
                if target:
                    RelatedLink.objects.create(article=article, position=position, target=target)
        # The first version of each article, so that its history starts somewhere.
        save_revision(article=article, user=None, kind=Revision.Kind.CREATED, note="Démonstration")
    return created
