"""The library the articles draw on: sections (categories), tags, photos, authors, and the
site's own furniture (standing pages, breaking-news banners). Shared helpers of the models
come first."""

import functools
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Now
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import NaturalKeyManager, TagBase, TaggedItemBase

from articles.models.publications import Publication, default_publication_id
from articles.sanitizer import sanitize_html
from articles.text import slugify_fr
from articles.typography import typeset_html, typeset_text
from core.links import is_site_path

# The body editor's toolbar; ``sanitizer.ALLOWED_TAGS`` is the matching allow-list.
BODY_EDITOR = {
    "Bold": True,
    "Italic": True,
    "Strike": True,
    "Subscript": True,
    "Superscript": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HorizontalRule": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    # Photos of the library in the body (a figure, its caption): articles.figures.
    "Figure": True,
    "Image": True,
    "Caption": True,
}

PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]


@functools.cache
def _slug_url_parts(name):
    marker = "slug-placeholder"
    return reverse(name, kwargs={"slug": marker}).split(marker)


def slug_url(name, slug):
    """``reverse(name, slug=slug)`` for the slug routes, without resolving at each call.

    Pages link to dozens of articles, categories and tags; the route's shape is looked up
    once. Slugs are ASCII letters, digits and hyphens, so they need no quoting.
    """
    before, after = _slug_url_parts(name)
    return f"{before}{slug}{after}"


def photo_upload_to(photo, filename):
    """A generated storage name: nothing of the uploader's file name reaches the disk."""
    ext = Path(filename).suffix.lower().lstrip(".")
    ext = "jpg" if ext == "jpeg" or ext not in PHOTO_EXTENSIONS else ext
    return f"photos/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class CategoryQuerySet(models.QuerySet):
    def in_navigation(self):
        return self.filter(is_in_navigation=True)

    def public(self):
        """The sections a reader may reach: those of the navigation, and those listing a
        published article (a section made for an embargoed story stays hidden until then)."""
        from articles.models.derived import Listing

        listed = Listing.objects.public().order_by().values("category_id")
        return self.filter(Q(is_in_navigation=True) | Q(pk__in=listed))


class CategoryManager(models.Manager.from_queryset(CategoryQuerySet)):
    def get_queryset(self):
        # A category's name shows its parent ("Actualité › Afrique"): always fetch it along.
        return super().get_queryset().select_related("parent")


class Category(models.Model):
    publication = models.ForeignKey(
        Publication,
        verbose_name="publication",
        on_delete=models.PROTECT,
        default=default_publication_id,
        related_name="categories",
        help_text="Chaque publication a ses rubriques. Par exemple : « Journal des RH ».",
    )
    name = models.CharField("nom", max_length=100, help_text="Par exemple : « Afrique ».")
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=100,
        help_text="Partie de l’adresse de la rubrique, par exemple : « afrique ». Unique dans "
        "sa publication : deux titres peuvent avoir chacun leur « actualite ».",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="rubrique parente",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        help_text="Un seul niveau : « Afrique » a pour parente « Actualité ».",
    )
    description = models.TextField(
        "description",
        blank=True,
        help_text="Affichée en tête de la page de la rubrique. Par exemple : "
        "« L’actualité de la tech africaine ».",
    )
    position = models.PositiveSmallIntegerField(
        "position dans la navigation",
        default=0,
        help_text="Les rubriques sont affichées par position croissante (1, 2, 3…).",
    )
    is_in_navigation = models.BooleanField(
        "dans la navigation", default=True, help_text="Affiche la rubrique dans le menu du site."
    )
    sponsor = models.ForeignKey(
        "partners.Partner",
        verbose_name="proposé par",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Affiche « Rubrique proposée par … » en tête de sa page.",
    )
    is_lead = models.BooleanField(
        "rubrique « À la une »",
        default=False,
        help_text="Ses articles les plus récents ouvrent la page d’accueil de sa publication. Une "
        "seule rubrique par publication.",
    )

    objects = CategoryManager()

    class Meta:
        verbose_name = "rubrique"
        verbose_name_plural = "rubriques"
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "is_lead"],
                condition=Q(is_lead=True),
                name="category_single_lead_per_publication",
                violation_error_message="Une autre rubrique de cette publication est déjà sa "
                "rubrique « À la une ».",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")),
                name="category_not_own_parent",
                violation_error_message="Une rubrique ne peut pas être sa propre parente.",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="category_slug_not_empty"),
            models.UniqueConstraint(
                fields=["publication", "slug"],
                name="category_slug_per_publication",
                violation_error_message="Une rubrique de cette publication a déjà cet "
                "identifiant d’URL.",
            ),
        ]

    def __str__(self):
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def get_absolute_url(self):
        return slug_url("articles:category", self.slug)

    def clean(self):
        if self.parent_id:
            if self.pk and self.parent_id == self.pk:
                raise ValidationError(
                    {"parent": "Une rubrique ne peut pas être sa propre parente."}
                )
            if self.parent.parent_id:
                raise ValidationError(
                    {"parent": "La rubrique parente doit être une rubrique de premier niveau."}
                )
            if self.pk and self.children.exists():
                message = "Cette rubrique a des sous-rubriques : elle reste au premier niveau."
                raise ValidationError({"parent": message})


class TagQuerySet(models.QuerySet):
    def public(self, publication=None):
        """Tags of at least one published article (appearing on ``publication``, if given):
        no other tag has a public page there."""
        from articles.models.articles import Article, TaggedArticle

        rows = TaggedArticle.objects.public()
        if publication is not None:
            rows = rows.filter(content_object__in=Article.objects.on(publication).values("pk"))
        return self.filter(pk__in=rows.values("tag_id"))


class Tag(TagBase):
    """A tag of django-taggit, with French names and an ASCII slug ("Algérie" -> "algerie")."""

    # ASCII only, like the URL pattern of tag pages (taggit's own slug allows Unicode).
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=100,
        unique=True,
        help_text="Partie de l’adresse de la page du tag, par exemple : « algerie ».",
    )
    sponsor = models.ForeignKey(
        "partners.Partner",
        verbose_name="proposé par",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Affiche « Tag proposé par … » en tête de sa page.",
    )

    # taggit's manager (backups name tags by their natural key), with our queryset.
    objects = NaturalKeyManager.from_queryset(TagQuerySet)()

    class Meta:
        verbose_name = "tag"
        verbose_name_plural = "tags"
        ordering = ["name"]

    def get_absolute_url(self):
        return slug_url("articles:tag", self.slug)

    def slugify(self, tag, i=None):
        slug = slugify_fr(tag, max_length=90, fallback="tag")
        return f"{slug}-{i}" if i is not None else slug


class PhotoQuerySet(models.QuerySet):
    def expired(self, today=None):
        """Photos whose rights have expired: no public page may show them (``rights_expired``
        is the same rule for one photo)."""
        return self.filter(rights_expire_on__lt=today or timezone.localdate())


class Photo(models.Model):
    class Licence(models.TextChoices):
        RESERVED = "reserved", "Droits réservés"
        AGENCY = "agency", "Agence"
        CC_BY = "cc-by", "Creative Commons BY"
        SCREENSHOT = "screenshot", "Capture d’écran"
        PROVIDED = "provided", "Fourni par l’entreprise"
        OWN = "own", "Photo de la rédaction"

    image = models.ImageField(
        "image",
        upload_to=photo_upload_to,
        width_field="width",
        height_field="height",
        help_text="JPEG, PNG, WebP ou GIF, 20 Mo au plus ; 1 200 pixels de large au moins "
        "pour une photo d’ouverture. Les métadonnées (position GPS, appareil, auteur) sont "
        "retirées à l’envoi.",
    )
    width = models.PositiveIntegerField("largeur", editable=False, default=0)
    height = models.PositiveIntegerField("hauteur", editable=False, default=0)
    alt_text = models.CharField(
        "texte alternatif",
        max_length=300,
        help_text="Ce que montre l’image, pour les lecteurs aveugles. Par exemple : "
        "« Vue aérienne de la ville nouvelle de Sidi Abdellah ».",
    )
    caption = models.CharField(
        "légende",
        max_length=300,
        blank=True,
        help_text="Affichée sous la photo. Par exemple : « La ville nouvelle de Sidi Abdellah ».",
    )
    credit = models.CharField(
        "crédit",
        max_length=200,
        help_text="Obligatoire. Par exemple : « Capture d’écran Youtube, Sidi Abdellah ».",
    )
    source = models.CharField(
        "source / agence",
        max_length=100,
        blank=True,
        help_text="Par exemple : « AFP », « Unsplash », « Fourni par l’entreprise ».",
    )
    licence = models.CharField(
        "licence", max_length=20, choices=Licence.choices, default=Licence.RESERVED
    )
    rights_expire_on = models.DateField(
        "fin des droits",
        null=True,
        blank=True,
        help_text="Dernier jour où la photo peut être publiée ; elle disparaît ensuite des "
        "pages du site. Vide : sans limite.",
    )
    focal_x = models.FloatField(
        "point d’intérêt (horizontal)",
        default=0.5,
        help_text="Cliquez sur l’aperçu pour le placer : les recadrages le gardent visible.",
    )
    focal_y = models.FloatField("point d’intérêt (vertical)", default=0.5)
    tags = TaggableManager(
        verbose_name="mots-clés",
        through="TaggedPhoto",
        blank=True,
        help_text="Pour retrouver la photo. Par exemple : « Alger, ville nouvelle ».",
    )
    created_at = models.DateTimeField("ajoutée le", auto_now_add=True, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ajoutée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = "photo"
        verbose_name_plural = "photos"
        ordering = ["-created_at", "-id"]
        permissions = [("edit_any_photo", "Peut modifier toutes les photos")]
        constraints = [
            models.CheckConstraint(condition=~Q(credit=""), name="photo_credit_not_empty"),
            models.CheckConstraint(condition=~Q(alt_text=""), name="photo_alt_text_not_empty"),
            models.CheckConstraint(
                condition=Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="photo_focal_point_inside",
            ),
        ]
        indexes = [models.Index(fields=["source"], name="photo_source")]

    def __str__(self):
        label = self.caption or self.alt_text or Path(self.image.name).name
        return f"{Truncator(label).chars(60)} ({self.credit})"

    def save(self, *args, **kwargs):
        self.credit = " ".join(self.credit.split())
        self.alt_text = " ".join(self.alt_text.split())
        super().save(*args, **kwargs)

    def rights_expired(self, today=None):
        """The rule of ``Photo.objects.expired()``, for this photo."""
        return self.rights_expire_on is not None and self.rights_expire_on < (
            today or timezone.localdate()
        )

    def is_usable(self):
        """May it appear on a public page? (Not once its rights have expired.)"""
        return not self.rights_expired()


class TaggedPhoto(TaggedItemBase):
    content_object = models.ForeignKey(Photo, on_delete=models.CASCADE, related_name="tagged")
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_photos")

    class Meta:
        verbose_name = "mot-clé de photo"
        verbose_name_plural = "mots-clés de photos"
        ordering = ["tag__name"]
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_photo_once"),
        ]


class AuthorQuerySet(models.QuerySet):
    def public(self, publication=None):
        """Authors who sign at least one published article (appearing on ``publication``,
        if given): no other author has a public page there (a contributor's name is not
        revealed before their first article is out)."""
        from articles.models.articles import Article, ArticleAuthor

        published = Article.objects.published().on(publication)
        signed = ArticleAuthor.objects.filter(article__in=published)
        return self.filter(pk__in=signed.values("author_id"))


class Author(models.Model):
    name = models.CharField(
        "nom affiché", max_length=100, help_text="Par exemple : « Jeanne Dussueil »."
    )
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=100,
        unique=True,
        help_text="Partie de l’adresse de la page de l’auteur, par exemple : « jeanne-dussueil ».",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="compte utilisateur",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text="Le compte de connexion de ce journaliste ; vide pour un pigiste ou une agence.",
    )
    role = models.CharField(
        "fonction", max_length=100, blank=True, help_text="Par exemple : « Journaliste »."
    )
    bio = models.TextField(
        "biographie",
        blank=True,
        help_text="Deux ou trois phrases. Par exemple : « Jeanne couvre la tech africaine. »",
    )
    photo = models.ForeignKey(
        Photo,
        verbose_name="portrait",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = AuthorQuerySet.as_manager()

    class Meta:
        verbose_name = "auteur"
        verbose_name_plural = "auteurs"
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="author_slug_not_empty"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return slug_url("articles:author", self.slug)


def shown_on(queryset, publication_id):
    """The rows of ``queryset`` (a model with a ``publications`` field) meant for that
    publication: those ticked for it, and those ticked for none (every publication)."""
    through = queryset.model.publications.through.objects
    own = f"{queryset.model._meta.model_name}_id"
    return queryset.filter(
        ~Exists(through.filter(**{own: OuterRef("pk")}))
        | Exists(through.filter(**{own: OuterRef("pk")}, publication_id=publication_id))
    )


class PageQuerySet(models.QuerySet):
    def in_footer(self):
        return self.filter(is_in_footer=True)

    def shown_on(self, publication_id):
        return shown_on(self, publication_id)


class Page(models.Model):
    """A standing page of the site: legal notice, privacy, contact, about."""

    title = models.CharField(
        "titre", max_length=200, help_text="Par exemple : « Mentions légales »."
    )
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=100,
        unique=True,
        help_text="Partie de l’adresse, par exemple : « mentions-legales ».",
    )
    body = ProseEditorField("contenu", extensions=BODY_EDITOR, sanitize=sanitize_html, blank=True)
    is_in_footer = models.BooleanField(
        "dans le pied de page",
        default=True,
        help_text="Affiche un lien vers la page en bas du site.",
    )
    position = models.PositiveSmallIntegerField(
        "position", default=0, help_text="Ordre des liens dans le pied de page (1, 2, 3…)."
    )
    publications = models.ManyToManyField(
        Publication,
        verbose_name="publications",
        blank=True,
        related_name="pages",
        help_text="Aucune cochée : toutes (une page « Contact » commune). Sinon, la page ne "
        "paraît que sur celles-ci (des mentions légales propres à chaque titre).",
    )
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = "page fixe"
        verbose_name_plural = "pages fixes"
        ordering = ["position", "title"]
        constraints = [models.CheckConstraint(condition=~Q(slug=""), name="page_slug_not_empty")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title = typeset_text(" ".join(self.title.split()))
        self.body = typeset_html(sanitize_html(self.body))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:page", self.slug)


class BreakingNewsQuerySet(models.QuerySet):
    def live(self, now=None):
        """The banners shown now: active, started, not ended (by the database's clock unless
        ``now`` is given). ``BreakingNews.is_live`` is the same rule for one banner."""
        now = now or Now()
        return self.filter(is_active=True, starts_at__lte=now, ends_at__gt=now)

    def upcoming(self, now=None):
        """Active banners that have not started yet."""
        return self.filter(is_active=True, starts_at__gt=now or Now())

    def shown_on(self, publication_id):
        return shown_on(self, publication_id)


class BreakingNews(models.Model):
    """A banner across the site for breaking news, shown from its start to its end."""

    text = models.CharField(
        "texte",
        max_length=200,
        help_text="Court et factuel. Par exemple : « Le gouvernement annonce un plan pour la "
        "French Tech ».",
    )
    link = models.CharField(
        "lien",
        max_length=500,
        blank=True,
        help_text="Adresse d’un article du site (« /articles/… ») ou d’une page externe "
        "(« https://… »).",
    )
    starts_at = models.DateTimeField("début", default=timezone.now, help_text="Heure de Paris.")
    ends_at = models.DateTimeField(
        "fin", help_text="Heure de Paris. Le bandeau disparaît seul à cette heure."
    )
    priority = models.PositiveSmallIntegerField(
        "priorité", default=1, help_text="Le bandeau de plus haute priorité passe devant."
    )
    publications = models.ManyToManyField(
        Publication,
        verbose_name="publications",
        blank=True,
        related_name="+",
        help_text="Aucune cochée : toutes les publications.",
    )
    is_active = models.BooleanField("actif", default=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    objects = BreakingNewsQuerySet.as_manager()

    class Meta:
        verbose_name = "alerte info"
        verbose_name_plural = "alertes info"
        ordering = ["-priority", "-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="breaking_ends_after_start",
                violation_error_message="La fin doit venir après le début.",
            ),
            models.CheckConstraint(condition=~Q(text=""), name="breaking_text_not_empty"),
        ]

    def __str__(self):
        return self.text

    def is_live(self, now=None):
        now = now or timezone.now()
        return self.is_active and self.starts_at <= now < self.ends_at

    def clean(self):
        link = self.link.strip()
        if link and not (is_site_path(link) or link.startswith(("https://", "http://"))):
            raise ValidationError(
                {
                    "link": "Donnez une adresse du site (« /articles/… ») ou une adresse web "
                    "complète (« https://… »)."
                }
            )
