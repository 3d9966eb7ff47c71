import functools
import secrets
import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Now
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from articles.sanitizer import sanitize_html
from articles.text import slugify_fr
from articles.typography import typeset_html, typeset_text

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


class CategoryManager(models.Manager):
    def get_queryset(self):
        # A category's name shows its parent ("Actualité › Afrique"): always fetch it along.
        return super().get_queryset().select_related("parent")


class Category(models.Model):
    name = models.CharField("nom", max_length=100, help_text="Par exemple : « Afrique ».")
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=100,
        unique=True,
        help_text="Partie de l’adresse de la rubrique, par exemple : « afrique ».",
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
        help_text="Ses articles les plus récents ouvrent la page d’accueil. Une seule rubrique.",
    )

    objects = CategoryManager()

    class Meta:
        verbose_name = "rubrique"
        verbose_name_plural = "rubriques"
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_lead"],
                condition=Q(is_lead=True),
                name="category_single_lead",
                violation_error_message="Une autre rubrique est déjà la rubrique « À la une ».",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")),
                name="category_not_own_parent",
                violation_error_message="Une rubrique ne peut pas être sa propre parente.",
            ),
            models.CheckConstraint(condition=~Q(slug=""), name="category_slug_not_empty"),
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

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = "photo"
        verbose_name_plural = "photos"
        ordering = ["-created_at", "-id"]
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


class TaggedArticle(TaggedItemBase):
    """Through model of article tags: a real foreign key instead of a generic relation."""

    content_object = models.ForeignKey(
        "Article", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    # Derived, kept by articles.indexing: the article's publication date while it is
    # published, else empty. Related articles are then found from this table alone.
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "tag d’article"
        verbose_name_plural = "tags d’articles"
        ordering = ["tag__name"]
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="tagged_article_once"),
        ]
        indexes = [
            models.Index(fields=["tag", "published_at", "content_object"], name="tagged_published"),
        ]


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, and not in the future.

        An article scheduled with a future ``published_at`` appears by itself when its
        time comes; the database compares with its own clock (``Now()``). Newest first,
        in the order of the (status, published_at, id) index.
        """
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=Now()).order_by(
            "-published_at", "-id"
        )

    def for_cards(self):
        """What a card shows (category, photo, byline), with no query per article.

        The body is left in the database: lists never show it and it is the heavy column.
        """
        return (
            self.defer("body")
            .select_related("primary_category", "lead_photo", "sponsor")
            .prefetch_related(
                Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
            )
        )

    def in_category(self, category):
        """Articles listed under ``category``: filed in it or in one of its sub-categories,
        as primary or other category (through the derived ``Listing`` table)."""
        return self.filter(pk__in=Listing.objects.filter(category=category).values("article_id"))


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Brouillon"
        REVIEW = "review", "En relecture"
        PUBLISHED = "published", "Publié"
        UNPUBLISHED = "unpublished", "Dépublié"

    # What the desk sees: "scheduled" is a published article whose time has not come yet,
    # so that it goes live by itself, with nothing to run at that time.
    STATES = {
        "draft": "Brouillon",
        "review": "En relecture",
        "scheduled": "Programmé",
        "published": "Publié",
        "unpublished": "Dépublié",
    }

    title = models.CharField(
        "titre",
        max_length=200,
        help_text="Par exemple : « L’Algérie ouvre son premier cluster numérique ».",
    )
    slug = models.SlugField(
        "identifiant d’URL",
        max_length=200,
        unique=True,
        blank=True,
        help_text="Rempli d’après le titre ; il forme l’adresse de l’article et ne doit plus "
        "changer une fois l’article publié. Par exemple : « lalgerie-ouvre-son-premier-cluster"
        "-numerique ».",
    )
    standfirst = models.TextField(
        "chapô",
        blank=True,
        help_text="Une ou deux phrases qui résument l’article, affichées sous le titre et dans "
        "les listes.",
    )
    body = ProseEditorField(
        "corps de l’article",
        extensions=BODY_EDITOR,
        sanitize=sanitize_html,
        blank=True,
        help_text="Intertitres, listes, citations et liens ; pas de photo collée ici.",
    )
    lead_photo = models.ForeignKey(
        Photo,
        verbose_name="photo d’ouverture",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lead_of",
        help_text="Cherchez une photo de la photothèque ou ajoutez-en une avec « + ».",
    )
    primary_category = models.ForeignKey(
        Category,
        verbose_name="rubrique principale",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="primary_articles",
        help_text="Donne le fil d’Ariane de l’article. Par exemple : « Afrique ».",
    )
    categories = models.ManyToManyField(
        Category,
        verbose_name="autres rubriques",
        blank=True,
        related_name="articles",
        help_text="Par exemple : « À la une » pour l’ouvrir en page d’accueil.",
    )
    authors = models.ManyToManyField(
        Author, verbose_name="auteurs", through="ArticleAuthor", related_name="articles"
    )
    tags = TaggableManager(
        verbose_name="tags",
        through=TaggedArticle,
        blank=True,
        help_text="Séparés par des virgules. Par exemple : « Algérie, Économie numérique ».",
    )
    status = models.CharField("statut", max_length=20, choices=Status.choices, default=Status.DRAFT)
    sponsor = models.ForeignKey(
        "partners.Partner",
        verbose_name="contenu partenaire de",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sponsored_articles",
        help_text="Un article écrit pour ou avec un partenaire : il porte la mention "
        "« Contenu partenaire » partout où il paraît, ses liens sortants sont marqués "
        "« sponsored » et il n’est jamais proposé automatiquement en « Lire aussi ».",
    )
    sponsor_label = models.CharField(
        "mention",
        max_length=20,
        choices=[
            ("partner", "Contenu partenaire"),
            ("partnership", "En partenariat avec …"),
        ],
        default="partner",
        blank=True,
    )
    published_at = models.DateTimeField(
        "date de publication",
        null=True,
        blank=True,
        help_text="Heure de Paris. Vide : maintenant, à la publication. Une date future "
        "programme l’article, qui paraîtra seul à cette heure.",
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="créé par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    version = models.PositiveIntegerField(
        "version",
        default=1,
        editable=False,
        help_text="Augmente à chaque enregistrement du contenu : deux personnes qui modifient "
        "le même article en même temps ne s’écrasent pas.",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "article"
        verbose_name_plural = "articles"
        ordering = [F("published_at").desc(nulls_last=True), "-created_at"]
        indexes = [
            models.Index(
                fields=["status", "-published_at", "-id"], name="article_status_published"
            ),
            models.Index(
                fields=["primary_category", "-published_at"], name="article_category_published"
            ),
            # The admin's list order has an index on PostgreSQL (migration 0008).
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "review", "published", "unpublished"]),
                name="article_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
                violation_error_message="Un article publié doit avoir une date de publication.",
            ),
            models.CheckConstraint(condition=~Q(title=""), name="article_title_not_empty"),
            models.CheckConstraint(condition=~Q(slug=""), name="article_slug_not_empty"),
        ]
        permissions = [
            ("publish_article", "Peut publier, programmer et dépublier un article"),
            ("edit_any_article", "Peut modifier tous les articles, publiés ou non"),
            ("restore_revision", "Peut restaurer une version d’un article"),
            ("share_preview", "Peut créer et révoquer des liens de prévisualisation"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Normalise own fields only: title spacing, a slug, a publication date, a safe body.
        self.title = typeset_text(" ".join(self.title.split()))
        self.standfirst = typeset_text(self.standfirst.strip())
        if not self.slug:
            self.slug = self._unique_slug()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.body = typeset_html(sanitize_html(self.body))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return slug_url("articles:detail", self.slug)

    def is_live(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    is_live.boolean = True
    is_live.short_description = "en ligne"

    @property
    def public_photo(self):
        """The lead photo as readers may see it: none once its rights have expired.
        (Reads self.lead_photo: select_related("lead_photo") to avoid a query.)"""
        photo = self.lead_photo
        return photo if photo is not None and photo.is_usable() else None

    @property
    def state(self):
        if self.status == self.Status.PUBLISHED and not self.is_live():
            return "scheduled"
        return self.status

    def get_state_display(self):
        return self.STATES[self.state]

    def clean(self):
        # Before the constraints are validated, the same normalisation as save(): a blank
        # slug is made from the title, and publishing without a date means "now".
        if not self.slug and self.title:
            self.slug = self._unique_slug()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def _unique_slug(self):
        base = slugify_fr(self.title, max_length=190)
        taken = set(
            Article.objects.filter(slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug


class ArticleAuthor(models.Model):
    """A byline: an author of an article, at a position (1 = first named)."""

    article = models.ForeignKey(
        Article, verbose_name="article", on_delete=models.CASCADE, related_name="bylines"
    )
    author = models.ForeignKey(
        Author, verbose_name="auteur", on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(
        "ordre", default=0, help_text="1 pour le premier auteur nommé, 2 pour le suivant…"
    )

    class Meta:
        verbose_name = "signature"
        verbose_name_plural = "signatures"
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "author"],
                name="byline_author_once",
                violation_error_message="Cet auteur signe déjà l’article.",
            ),
        ]

    def __str__(self):
        return f"{self.author} ({self.position})"


class RelatedLinkQuerySet(models.QuerySet):
    def visible(self):
        """Links a reader may see: external ones, and those to a published article."""
        published = Article.objects.published().values("pk")
        return self.filter(Q(target__isnull=True) | Q(target__in=published))


class RelatedLink(models.Model):
    """A "Lire aussi" link: to another article of the site, or to an outside page."""

    article = models.ForeignKey(
        Article, verbose_name="article", on_delete=models.CASCADE, related_name="related_links"
    )
    position = models.PositiveSmallIntegerField("ordre", default=0)
    target = models.ForeignKey(
        Article,
        verbose_name="article lié",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text="Un article du site ; son titre sert de libellé.",
    )
    url = models.URLField(
        "adresse externe",
        max_length=500,
        blank=True,
        help_text="Ou bien une page d’un autre site, par exemple : « https://www.anpt.dz/ ».",
    )
    label = models.CharField(
        "libellé",
        max_length=200,
        blank=True,
        help_text="Obligatoire pour une adresse externe.",
    )

    objects = RelatedLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "lien « Lire aussi »"
        verbose_name_plural = "liens « Lire aussi »"
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(target__isnull=False) & Q(url=""))
                | (Q(target__isnull=True) & ~Q(url="") & ~Q(label="")),
                name="related_link_target_or_url",
                violation_error_message="Choisissez un article lié, ou bien une adresse "
                "externe avec son libellé.",
            ),
            models.CheckConstraint(
                condition=~Q(target=F("article")),
                name="related_link_not_self",
                violation_error_message="Un article ne peut pas renvoyer vers lui-même.",
            ),
            models.UniqueConstraint(
                fields=["article", "target"],
                name="related_link_target_once",
                violation_error_message="Cet article est déjà dans les liens « Lire aussi ».",
            ),
        ]

    def __str__(self):
        return self.display_label

    @property
    def display_label(self):
        # Reads self.target: select_related("target") to avoid a query per link.
        return self.label or (self.target.title if self.target_id else self.url)

    @property
    def href(self):
        return self.target.get_absolute_url() if self.target_id else self.url

    def clean(self):
        has_target, has_url = self.target_id is not None, bool(self.url)
        if has_target and has_url:
            raise ValidationError("Choisissez soit un article lié, soit une adresse externe.")
        if not has_target and not has_url:
            raise ValidationError("Choisissez un article lié ou saisissez une adresse externe.")
        if has_url and not self.label:
            raise ValidationError({"label": "Donnez un libellé au lien externe."})
        if has_target and self.article_id and self.target_id == self.article_id:
            raise ValidationError({"target": "Un article ne peut pas renvoyer vers lui-même."})


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
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

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


class Revision(models.Model):
    """A saved state of an article: every field, bylines, links and tags, as JSON."""

    class Kind(models.TextChoices):
        CREATED = "created", "Création"
        EDITED = "edited", "Modification"
        SUBMITTED = "submitted", "Soumis à la relecture"
        RETURNED = "returned", "Renvoyé en brouillon"
        PUBLISHED = "published", "Publication"
        SCHEDULED = "scheduled", "Programmation"
        UNPUBLISHED = "unpublished", "Dépublication"
        RESTORED = "restored", "Restauration"

    article = models.ForeignKey(
        Article, verbose_name="article", on_delete=models.CASCADE, related_name="revisions"
    )
    created_at = models.DateTimeField("date", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    kind = models.CharField("opération", max_length=20, choices=Kind.choices)
    note = models.CharField("note", max_length=300, blank=True)
    data = models.JSONField("contenu", encoder=DjangoJSONEncoder)

    class Meta:
        verbose_name = "version"
        verbose_name_plural = "versions"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["article", "-created_at"], name="revision_article_date")]

    def __str__(self):
        return f"{self.article_id} · {self.get_kind_display()} · {self.created_at:%Y-%m-%d %H:%M}"


def preview_token():
    return secrets.token_urlsafe(32)


def preview_expiry():
    return timezone.now() + timedelta(hours=48)


class PreviewLinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=Now())


class PreviewLink(models.Model):
    """An unguessable address showing a draft to someone without an account."""

    article = models.ForeignKey(
        Article, verbose_name="article", on_delete=models.CASCADE, related_name="preview_links"
    )
    token = models.CharField("jeton", max_length=64, unique=True, default=preview_token)
    created_at = models.DateTimeField("créé le", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="créé par",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    expires_at = models.DateTimeField("expire le", default=preview_expiry)
    revoked_at = models.DateTimeField("révoqué le", null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = "lien de prévisualisation"
        verbose_name_plural = "liens de prévisualisation"
        ordering = ["-created_at"]

    def __str__(self):
        until = timezone.localtime(self.expires_at)
        return f"Aperçu de « {self.article} » jusqu’au {until:%d/%m %H:%M}"

    def get_absolute_url(self):
        return reverse("articles:preview", kwargs={"token": self.token})

    def is_active(self):
        return self.revoked_at is None and self.expires_at > timezone.now()


class Correction(models.Model):
    """A dated correction or update note at the end of a published article."""

    class Kind(models.TextChoices):
        UPDATE = "update", "Mise à jour"
        CORRECTION = "correction", "Correction"

    article = models.ForeignKey(
        Article, verbose_name="article", on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField("type", max_length=20, choices=Kind.choices, default=Kind.UPDATE)
    text = models.TextField(
        "texte",
        help_text="Par exemple : « L’ANPT a précisé que le cluster ouvrira en janvier. »",
    )
    published_at = models.DateTimeField(
        "date affichée", default=timezone.now, help_text="Heure de Paris."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="ajoutée par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = "correction ou mise à jour"
        verbose_name_plural = "corrections et mises à jour"
        ordering = ["published_at", "id"]
        indexes = [models.Index(fields=["-published_at"], name="correction_published")]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="correction_not_empty")]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.article}"

    def save(self, *args, **kwargs):
        self.text = typeset_text(self.text.strip())
        super().save(*args, **kwargs)


class ListingQuerySet(models.QuerySet):
    def public(self):
        """Listings of articles whose time has come (only published articles are listed)."""
        return self.filter(published_at__lte=Now()).order_by("-published_at", "-article_id")


class Listing(models.Model):
    """Where a published article is listed: under its primary category and its other
    categories, and under their parent categories.

    Derived data, rebuilt by ``articles.indexing`` whenever an article, its categories or a
    category's parent change: category pages and home sections then read one indexed
    range instead of an OR across two tables, even 2,000 pages deep.
    """

    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="+")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="listings")
    published_at = models.DateTimeField()
    is_primary = models.BooleanField(
        default=False, help_text="Listed through its primary category (or that one's parent)."
    )

    objects = ListingQuerySet.as_manager()

    class Meta:
        verbose_name = "classement"
        verbose_name_plural = "classements"
        ordering = ["-published_at", "-article_id"]
        constraints = [
            models.UniqueConstraint(fields=["category", "article"], name="listing_once"),
        ]
        indexes = [
            models.Index(
                fields=["category", "-published_at", "-article"], name="listing_category_date"
            ),
        ]

    def __str__(self):
        return f"{self.article_id} dans {self.category_id}"


class ArticleViewQuerySet(models.QuerySet):
    def most_read(self, *, days, now=None, limit=5, category=None):
        """The most read published articles over the last ``days`` days, as (article id,
        title, slug, score, sponsor id), best first: one query.

        Counts are kept per Paris day. The oldest day of the window only counts for the
        share of it that is still inside the window, so that « 24 h » means the last 24
        hours rather than two whole days.
        """
        now = timezone.localtime(now or timezone.now())
        today = now.date()
        edge = today - timedelta(days=days)
        fraction = 1 - (now - now.replace(hour=0, minute=0, second=0, microsecond=0)) / timedelta(
            days=1
        )
        weight = models.Case(
            models.When(day=edge, then=models.Value(fraction)),
            default=models.Value(1.0),
            output_field=models.FloatField(),
        )
        queryset = self.filter(
            day__gte=edge,
            day__lte=today,
            article__in=Article.objects.published().order_by().values("pk"),
        )
        if category is not None:
            listed = Listing.objects.filter(category=category).values("article_id")
            queryset = queryset.filter(article_id__in=listed)
        return list(
            queryset.values("article_id", "article__title", "article__slug", "article__sponsor_id")
            .annotate(score=models.Sum(F("count") * weight))
            .order_by("-score", "article_id")
            .values_list(
                "article_id", "article__title", "article__slug", "score", "article__sponsor_id"
            )[:limit]
        )


class ArticleView(models.Model):
    """How many readers opened an article on a day (Paris time): one row per article and
    day, whatever the traffic; no reader is identified."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="views")
    day = models.DateField("jour")
    count = models.PositiveIntegerField("lectures", default=0)

    objects = ArticleViewQuerySet.as_manager()

    class Meta:
        verbose_name = "lectures d’un jour"
        verbose_name_plural = "lectures par jour"
        ordering = ["-day", "-count"]
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="view_once_a_day")]
        indexes = [models.Index(fields=["day", "article"], name="view_day_article")]

    def __str__(self):
        return f"{self.article_id} · {self.day} · {self.count}"


class BreakingNewsQuerySet(models.QuerySet):
    def live(self, now=None):
        now = now or timezone.now()
        return self.filter(is_active=True, starts_at__lte=now).filter(
            Q(ends_at__isnull=True) | Q(ends_at__gt=now)
        )


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

    def clean(self):
        link = self.link.strip()
        if link and not (link.startswith("/") or link.startswith(("https://", "http://"))):
            raise ValidationError(
                {
                    "link": "Donnez une adresse du site (« /articles/… ») ou une adresse web "
                    "complète (« https://… »)."
                }
            )
        if link.startswith("//"):
            raise ValidationError({"link": "Adresse invalide."})


class TrashedItem(models.Model):
    """An article or a photo deleted from the admin: kept whole (with everything attached to
    it) for TRASH_DAYS, restorable by an editor, gone from the public site at once."""

    kind = models.CharField(
        "type", max_length=20, choices=[("article", "Article"), ("photo", "Photo")]
    )
    label = models.CharField("élément", max_length=300)
    object_id = models.BigIntegerField("identifiant d’origine")
    data = models.JSONField("contenu", encoder=DjangoJSONEncoder)
    deleted_at = models.DateTimeField("supprimé le", auto_now_add=True, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="supprimé par",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = "élément de la corbeille"
        verbose_name_plural = "corbeille"
        ordering = ["-deleted_at"]
        permissions = [("restore_trasheditem", "Restaurer un élément de la corbeille")]

    def __str__(self):
        return f"{self.get_kind_display()} — {self.label}"
