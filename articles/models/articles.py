"""Articles and what they are made of: bylines, tags, « Lire aussi » links, corrections.

« Published » is defined once, here: ``Article.objects.published()`` in SQL, and
``Article.public_from()`` / ``is_live()`` for one article in Python. Every reader goes
through them; the derived tables (listings, tag rows, the search index) store
``public_from()`` and are read with ``public_rows()``.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.db.models.functions import Now
from django.utils import timezone
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager
from taggit.models import NaturalKeyManager, TaggedItemBase

from articles.models.library import BODY_EDITOR, Author, Category, Photo, Tag, slug_url
from articles.models.publications import Publication, default_publication_id
from articles.sanitizer import sanitize_html
from articles.text import slugify_fr
from articles.typography import typeset_html, typeset_text

TITLE_MAX = 110
STANDFIRST_MAX = 1000  # one or two sentences; far longer is a paste gone wrong


def public_rows():
    """On rows that carry an article's ``public_from()`` in their ``published_at`` (listings,
    tag rows, the search index): those whose time has come."""
    return Q(published_at__lte=Now())


class State(models.TextChoices):
    """The article's states, as the desk sees them. Only four are stored (``status``):
    « Programmé » is a published article whose time has not come yet, so that it goes live
    by itself, with nothing to run at that time."""

    DRAFT = "draft", "Brouillon"
    REVIEW = "review", "En relecture"
    SCHEDULED = "scheduled", "Programmé"
    PUBLISHED = "published", "Publié"
    UNPUBLISHED = "unpublished", "Dépublié"


STORED_STATES = [State.DRAFT, State.REVIEW, State.PUBLISHED, State.UNPUBLISHED]


class Transition(models.TextChoices):
    """The workflow's buttons (``articles.permissions.allowed_transitions`` says who may
    press which, ``articles.services.apply_transition`` does it)."""

    SUBMIT = "submit", "Soumettre à la relecture"
    PUBLISH = "publish", "Publier maintenant"
    SCHEDULE = "schedule", "Programmer à la date indiquée"
    RETURN = "return", "Renvoyer en brouillon"
    UNPUBLISH = "unpublish", "Dépublier"


class SponsorLabel(models.TextChoices):
    PARTNER = "partner", "Contenu partenaire"
    PARTNERSHIP = "partnership", "En partenariat avec …"


class TaggedArticleQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public_rows())


class TaggedArticle(TaggedItemBase):
    """Through model of article tags: a real foreign key instead of a generic relation."""

    content_object = models.ForeignKey(
        "Article", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")
    # Derived, kept by articles.indexing: the article's public_from(). Related articles
    # and public tags are then found from this table alone.
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = NaturalKeyManager.from_queryset(TaggedArticleQuerySet)()

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
        return self.filter(status=State.PUBLISHED, published_at__lte=Now()).order_by(
            "-published_at", "-id"
        )

    def on(self, publication):
        """The articles that appear on ``publication``: its own and those cross-posted to
        it (their canonical address stays on their own publication). ``None``: all."""
        if publication is None:
            return self
        crossed = Article.cross_posts.through.objects.filter(
            article_id=OuterRef("pk"), publication_id=publication.pk
        )
        return self.filter(Q(publication_id=publication.pk) | Exists(crossed))

    def scheduled(self, now=None):
        """Published articles whose time has not come yet (by the database's clock unless
        ``now`` is given)."""
        return self.filter(status=State.PUBLISHED, published_at__gt=now or Now())

    def in_state(self, state):
        """The articles the desk sees in ``state`` (a ``State``)."""
        if state == State.PUBLISHED:
            return self.published()
        if state == State.SCHEDULED:
            return self.scheduled()
        return self.filter(status=state)

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
        from articles.models.derived import Listing

        listed = Listing.objects.filter(category_id=category.pk).values("article_id")
        return self.filter(pk__in=listed)


class Article(models.Model):
    State = State
    Transition = Transition
    SponsorLabel = SponsorLabel

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
        max_length=STANDFIRST_MAX,
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
    publication = models.ForeignKey(
        Publication,
        verbose_name="publication",
        on_delete=models.PROTECT,
        default=default_publication_id,
        related_name="articles",
        help_text="Où l’article paraît d’abord : son adresse canonique et son éditeur. Par "
        "exemple : « FrenchWeb ».",
    )
    cross_posts = models.ManyToManyField(
        Publication,
        verbose_name="aussi publié sur",
        blank=True,
        related_name="cross_posted_articles",
        help_text="L’article y paraît aussi, avec pour adresse canonique celle de sa publication.",
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
    status = models.CharField(
        "statut",
        max_length=20,
        choices=[(state.value, state.label) for state in STORED_STATES],
        default=State.DRAFT,
    )
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
        choices=SponsorLabel.choices,
        default=SponsorLabel.PARTNER,
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
                condition=Q(status__in=[state.value for state in STORED_STATES]),
                name="article_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status=State.PUBLISHED) | Q(published_at__isnull=False),
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
        if self.status == State.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.body = typeset_html(sanitize_html(self.body))
        super().save(*args, **kwargs)
        self._loaded_publication_id = self.publication_id

    def get_absolute_url(self):
        return slug_url("articles:detail", self.slug)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        if "publication_id" in instance.__dict__:  # for the lists it may leave (cachekeys)
            instance._loaded_publication_id = instance.publication_id
        return instance

    def public_url(self):
        """The article's canonical address, on its own publication's domain."""
        return self.publication.absolute(self.get_absolute_url())

    def appears_on(self, publication):
        """Whether the article appears on ``publication`` (the rule of ``on()``, for one
        article; a query for cross-posts unless they were prefetched)."""
        if publication is None or self.publication_id == publication.pk:
            return True
        return any(p.pk == publication.pk for p in self.cross_posts.all())

    def public_from(self):
        """From when readers may see the article: its publication date while it is
        published, never (None) otherwise. The rule of ``published()``, for one article."""
        return self.published_at if self.status == State.PUBLISHED else None

    def is_live(self, at=None):
        """Readers see it now (or at ``at``)."""
        start = self.public_from()
        return start is not None and start <= (at or timezone.now())

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
        if self.status == State.PUBLISHED and not self.is_live():
            return State.SCHEDULED
        return State(self.status)

    def get_state_display(self):
        return self.state.label

    @property
    def sponsor_mention(self):
        """« Contenu partenaire » or « En partenariat avec … » on partner content, else "".
        (Reads self.sponsor for a partnership: select_related("sponsor") in lists.)"""
        if not self.sponsor_id:
            return ""
        if self.sponsor_label == SponsorLabel.PARTNERSHIP:
            return f"En partenariat avec {self.sponsor.name}"
        return SponsorLabel.PARTNER.label

    def publication_checklist(self, *, at=None):
        """Each check before publishing (at ``at``, default now), as (label, passed) pairs:
        shown in the admin as the editor types, enforced by the publishing services."""
        at = max(at or timezone.now(), timezone.now())
        photo = self.lead_photo
        links = list(self.related_links.select_related("target")) if self.pk else []
        unpublished = [
            link.target.title for link in links if link.target_id and not link.target.is_live(at)
        ]
        has_author = self.pk is not None and self.bylines.exists()
        return [
            ("Une photo d’ouverture", photo is not None),
            ("La photo a un crédit et un texte alternatif",
             photo is None or bool(photo.credit.strip() and photo.alt_text.strip())),
            ("Une rubrique principale", self.primary_category_id is not None),
            ("Au moins un auteur", has_author),
            ("Un chapô", bool(self.standfirst.strip())),
            (f"Un titre de {TITLE_MAX} caractères au plus (il en a {len(self.title)})",
             len(self.title) <= TITLE_MAX),
            ("Les liens « Lire aussi » mènent à des articles publiés"
             + (f" (pas encore : {', '.join(unpublished)})" if unpublished else ""),
             not unpublished),
        ]  # fmt: skip

    def publication_problems(self, *, at=None):
        return [label for label, passed in self.publication_checklist(at=at) if not passed]

    def clean(self):
        # Before the constraints are validated, the same normalisation as save(): a blank
        # slug is made from the title, and publishing without a date means "now".
        if not self.slug and self.title:
            self.slug = self._unique_slug()
        if self.status == State.PUBLISHED and self.published_at is None:
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
