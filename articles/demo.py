"""Demo content of the newsroom: two publications, FrenchWeb (the default one: the seed page
and enough neighbours for every page to show) and the Journal des RH (its own sections and a
dozen articles, on ``journaldesrh.localhost`` in development).

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
from PIL import Image, ImageDraw, ImageFont

from articles import demo_data, demo_data_rh
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Page,
    Photo,
    Publication,
    RelatedLink,
    Revision,
)
from articles.publications import save_publication
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


def wordmark_png(name, badge, accent, ink):
    """A demo logo: ``badge`` in white on an ``accent`` square, then ``name`` in ``ink``, on a
    transparent background, 120 pixels high (shown 40 high: sharp on dense screens)."""
    height, pad = 120, 14
    font = ImageFont.load_default(size=64)
    badge_font = ImageFont.load_default(size=56)
    text_width = int(font.getlength(name))
    image = Image.new("RGBA", (height + 24 + text_width + pad, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((pad, pad, height - pad, height - pad), radius=14, fill=accent)
    draw.text((height / 2, height / 2), badge, font=badge_font, fill="white", anchor="mm")
    draw.text((height + 24, height / 2), name, font=font, fill=ink, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
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


FRENCHWEB = {
    "name": "FrenchWeb",
    "slug": "frenchweb",
    "tagline": "L’actualité de la tech, des start-up et de l’économie numérique",
    "google_news_name": "FrenchWeb",
    "x_account": "@frenchweb",
    "linkedin_url": "https://www.linkedin.com/company/frenchweb",
    "partner_call": "Pour communiquer sur FrenchWeb ou le Journal des RH, devenez partenaire",
}


# FrenchWeb's articles the Journal des RH runs too.
CROSS_POSTED = ["visioconference-teams-zoom-et-meet-sinstallent-durablement-dans-les-entreprises"]


def load_publications():
    """FrenchWeb is the default publication (renamed from the settings' one while that is
    still untouched), the Journal des RH the second, on ``journaldesrh.localhost`` with the
    default's port. Returns them and how many were created or renamed."""
    changed = 0
    frenchweb = Publication.objects.default()
    if frenchweb.slug != FRENCHWEB["slug"] and frenchweb.tagline == "":
        for field, value in FRENCHWEB.items():
            setattr(frenchweb, field, value)
        save_publication(frenchweb)
        changed += 1
    spec = demo_data_rh.PUBLICATION
    rh = Publication.objects.filter(slug=spec["slug"]).first()
    if rh is None:
        port = frenchweb.domain.rpartition(":")[2] if ":" in frenchweb.domain else ""
        domain = f"{spec['slug']}.localhost" + (f":{port}" if port else "")
        rh = Publication(domain=domain, **spec)
        rh.logo = ContentFile(
            wordmark_png(spec["name"], "RH", spec["accent_colour"], "#1a1a1a"), name="logo.png"
        )
        rh.logo_dark = ContentFile(
            wordmark_png(spec["name"], "RH", rh.accent_dark, "#f2f2f2"), name="logo-dark.png"
        )
        rh = save_publication(rh)
        changed += 1
    return (frenchweb, rh), changed


def _load_publication_content(data, publication, created):
    """The sections, authors and articles of ``data`` (a demo_data module) that are missing,
    in ``publication``."""
    categories = {}
    for spec in data.CATEGORIES:
        category, was_created = Category.objects.get_or_create(
            slug=spec["slug"],
            publication=publication,
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

    for spec in data.AUTHORS:
        _, was_created = Author.objects.get_or_create(
            slug=spec["slug"],
            defaults={"name": spec["name"], "role": spec["role"], "bio": spec["bio"]},
        )
        created["auteurs"] += was_created
    authors = {author.slug: author for author in Author.objects.all()}  # shared by the titles

    new_articles = []
    for spec in data.ARTICLES:
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
            publication=publication,
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
    return new_articles


@transaction.atomic
def load_articles():
    """Create the demo content of the newsroom that is missing; returns what was created,
    by kind. (``manage.py load_demo`` adds the partners and the demo accounts.)"""
    created = {"publications": 0, "rubriques": 0, "auteurs": 0, "photos": 0, "articles": 0,
               "pages": 0}  # fmt: skip
    (frenchweb, rh), created["publications"] = load_publications()

    for spec in demo_data.PAGES:
        _, was_created = Page.objects.get_or_create(
            slug=spec["slug"],
            defaults={"title": spec["title"], "body": spec["body"], "position": spec["position"]},
        )
        created["pages"] += was_created

    _load_publication_content(demo_data, frenchweb, created)
    rh_articles = _load_publication_content(demo_data_rh, rh, created)
    # A FrenchWeb story the Journal des RH runs too (its canonical address stays FrenchWeb's).
    if rh_articles:
        shared = Article.objects.filter(slug__in=CROSS_POSTED)
        for article in shared:
            article.cross_posts.add(rh)
    return created
