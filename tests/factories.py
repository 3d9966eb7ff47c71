"""Small keyword-override builders for test data (no JSON fixtures)."""

import io
import itertools
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import Article, ArticleAuthor, Author, Category, Photo, RelatedLink

_counter = itertools.count(1)


def jpeg_bytes(width=1600, height=900, color=(30, 80, 120)):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()


def uploaded_jpeg(name="photo.jpg", **kwargs):
    return SimpleUploadedFile(name, jpeg_bytes(**kwargs), content_type="image/jpeg")


def make_category(**overrides):
    n = next(_counter)
    fields = {"name": f"Rubrique {n}", "slug": f"rubrique-{n}"} | overrides
    return Category.objects.create(**fields)


def make_author(**overrides):
    n = next(_counter)
    fields = {"name": f"Auteur {n}", "slug": f"auteur-{n}"} | overrides
    return Author.objects.create(**fields)


def make_photo(**overrides):
    fields = {
        "alt_text": "Une rue d’Alger au lever du jour",
        "caption": "Alger, au petit matin.",
        "credit": "Photo de test",
    } | overrides
    photo = Photo(**{k: v for k, v in fields.items() if k != "image"})
    photo.image = fields.get("image") or uploaded_jpeg(width=1200, height=675)
    photo.save()
    return photo


def make_article(*, authors=(), tags=(), categories=(), **overrides):
    """A published article (an hour old) unless ``status``/``published_at`` say otherwise."""
    n = next(_counter)
    fields = {
        "title": f"Article numéro {n}",
        "slug": f"article-{n}",
        "standfirst": f"Le chapô de l’article {n}.",
        "body": f"<p>Le corps de l’article {n}.</p>",
        "status": Article.State.PUBLISHED,
        "published_at": timezone.now() - timedelta(hours=1),
    } | overrides
    article = Article.objects.create(**fields)
    for position, author in enumerate(authors, start=1):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.set(tags)
    if categories:
        article.categories.set(categories)
    return article


def make_related(article, target=None, **overrides):
    return RelatedLink.objects.create(article=article, target=target, **overrides)


def make_seed_site():
    """The seed page's neighbourhood, small: « À la une » and « Actualité › Afrique », the
    author Jeanne Dussueil, and the published article « Titre d’origine » (slug ``seed``)
    filed in Afrique and « À la une », tagged « Algérie », with a credited lead photo."""
    lead = make_category(name="À la une", slug="a-la-une", is_lead=True)
    parent = make_category(name="Actualité", slug="actualite")
    category = make_category(name="Afrique", slug="afrique", parent=parent)
    author = make_author(name="Jeanne Dussueil", slug="jeanne-dussueil")
    photo = make_photo(credit="Crédit d’origine")
    article = make_article(
        title="Titre d’origine", slug="seed", primary_category=category, categories=[lead],
        authors=[author], tags=["Algérie"], lead_photo=photo,
    )  # fmt: skip
    return {"article": article, "category": category, "parent": parent, "lead": lead,
            "author": author, "photo": photo}  # fmt: skip


def make_partner(**overrides):
    from partners.models import Partner

    n = next(_counter)
    return Partner.objects.create(**({"name": f"Partenaire {n}"} | overrides))


def make_banner(partner=None, *, categories=(), **overrides):
    """A running text banner in the sidebar (a week-long flight around now)."""
    from partners.models import Banner

    n = next(_counter)
    now = timezone.now()
    fields = {
        "partner": partner or make_partner(),
        "name": f"Bannière {n}",
        "kind": Banner.Kind.TEXT,
        "headline": f"[Webinar] Offre numéro {n}",
        "text": "Inscrivez-vous gratuitement.",
        "button_label": "Je m’inscris",
        "target_url": f"https://partenaire.example/offre-{n}",
        "placement": "sidebar",
        "starts_at": now - timedelta(days=1),
        "ends_at": now + timedelta(days=6),
    } | overrides
    banner = Banner.objects.create(**fields)
    if categories:
        banner.categories.set(categories)
    return banner


def warm_site_state():
    """What a running site reads once per content generation, not per page: the map of
    publications (articles.publications), the partner banners and call to action
    (partners.selection) and the next scheduled change (core.pagecache.lifetime). Page query
    budgets are those of a running site; tests/test_partner_banners.py and
    tests/test_publications.py count the cold reads."""
    from articles import publications
    from core import pagecache
    from partners import selection

    publications.host_map()
    pagecache.lifetime()
    selection.all_candidates()
    selection.call_to_action()
