"""Partners, their banners and calls to action, the daily counts, and the leads.

No outside ad server: banners are chosen, shown and counted here (see partners.selection,
partners.views and the README).
"""

import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Now
from django.utils import timezone

from core.links import is_site_path
from partners.placements import PAGE_TYPES, PLACEMENT_CHOICES, PLACEMENTS

http_url = URLValidator(
    schemes=["http", "https"],
    message="Saisissez une adresse web complète commençant par http:// ou https://.",
)


class HttpURLField(models.URLField):
    """A URL field whose form assumes https:// when the scheme is left out."""

    def formfield(self, **kwargs):
        return super().formfield(
            **{"assume_scheme": "https", "error_messages": {"invalid": http_url.message}, **kwargs}
        )


def creative_upload_to(instance, filename):
    """A generated storage name: nothing of the uploader's file name reaches the disk."""
    ext = Path(filename).suffix.lower().lstrip(".")
    ext = "jpg" if ext in ("jpeg", "") or ext not in ("jpg", "png", "webp", "gif") else ext
    return f"partenaires/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class Partner(models.Model):
    name = models.CharField("entreprise", max_length=150, unique=True)
    logo = models.ImageField("logo", upload_to=creative_upload_to, blank=True)
    website = HttpURLField("site web", blank=True, validators=[http_url])
    contact_name = models.CharField("contact", max_length=150, blank=True)
    contact_email = models.EmailField("e-mail du contact", blank=True)
    notes = models.TextField("notes internes", blank=True)
    is_active = models.BooleanField(
        "actif", default=True, help_text="Un partenaire inactif n’a plus aucune bannière affichée."
    )
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    class Meta:
        verbose_name = "partenaire"
        verbose_name_plural = "partenaires"
        ordering = ["name"]

    def __str__(self):
        return self.name


class BannerQuerySet(models.QuerySet):
    def not_ended(self, now=None):
        """Active banners of active partners whose flight has not ended: in flight now, or
        starting later (partners.selection keeps them, and checks flight and cap per page)."""
        return self.filter(is_active=True, partner__is_active=True, ends_at__gt=now or Now())


class Banner(models.Model):
    class Kind(models.TextChoices):
        IMAGE = "image", "Image"
        TEXT = "text", "Texte"

    partner = models.ForeignKey(
        Partner, verbose_name="partenaire", on_delete=models.CASCADE, related_name="banners"
    )
    name = models.CharField(
        "nom interne",
        max_length=150,
        help_text="Pour s’y retrouver dans les rapports, par exemple « Webinar RH — novembre ».",
    )
    kind = models.CharField("type de création", max_length=10, choices=Kind.choices)
    image = models.ImageField(
        "image",
        upload_to=creative_upload_to,
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text="JPEG, PNG, WebP ou GIF, à la taille de l’emplacement (ou le double pour les "
        "écrans haute densité).",
    )
    # Kept with the banner when its image is saved: pages read them from here, never from
    # the file (on a bucket, a download each time).
    image_width = models.PositiveIntegerField("largeur de l’image", null=True, editable=False)
    image_height = models.PositiveIntegerField("hauteur de l’image", null=True, editable=False)
    alt_text = models.CharField(
        "texte alternatif",
        max_length=200,
        blank=True,
        help_text="Ce que dit l’image, pour les lecteurs aveugles. Obligatoire pour une image.",
    )
    headline = models.CharField("titre", max_length=80, blank=True)
    text = models.CharField("texte", max_length=200, blank=True)
    button_label = models.CharField(
        "bouton", max_length=40, blank=True, help_text="Par exemple : « Je m’inscris »."
    )
    target_url = HttpURLField(
        "adresse de destination",
        max_length=1000,
        validators=[http_url],
        help_text="Où mène un clic. Adresse complète en http:// ou https://.",
    )
    placement = models.CharField("emplacement", max_length=30, choices=PLACEMENT_CHOICES)
    starts_at = models.DateTimeField("début de diffusion", default=timezone.now)
    ends_at = models.DateTimeField("fin de diffusion")
    weight = models.PositiveSmallIntegerField(
        "poids",
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="De 1 à 100. Entre deux bannières du même emplacement, celle de poids 3 est "
        "montrée trois fois plus souvent que celle de poids 1.",
    )
    categories = models.ManyToManyField(
        "articles.Category",
        verbose_name="rubriques ciblées",
        blank=True,
        related_name="+",
        help_text="Vide : toutes les rubriques. Sinon, seulement les articles et pages de ces "
        "rubriques.",
    )
    publications = models.ManyToManyField(
        "articles.Publication",
        verbose_name="publications ciblées",
        blank=True,
        related_name="+",
        help_text="Aucune cochée : toutes les publications.",
    )
    page_types = models.JSONField(
        "types de pages ciblés",
        default=list,
        blank=True,
        help_text="Vide : tous les types de pages.",
    )
    impression_cap = models.PositiveIntegerField(
        "plafond d’impressions",
        null=True,
        blank=True,
        help_text="Nombre total d’impressions vues après lequel la bannière s’arrête. Vide : "
        "sans plafond.",
    )
    impressions_total = models.PositiveBigIntegerField("impressions", default=0, editable=False)
    clicks_total = models.PositiveBigIntegerField("clics", default=0, editable=False)
    is_active = models.BooleanField("active", default=True)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    objects = BannerQuerySet.as_manager()

    class Meta:
        verbose_name = "bannière"
        verbose_name_plural = "bannières"
        ordering = ["-starts_at", "name"]
        indexes = [models.Index(fields=["placement", "ends_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="banner_flight_ends_after_start",
                violation_error_message="La fin de diffusion doit suivre son début.",
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=1) & Q(weight__lte=100), name="banner_weight_1_100"
            ),
        ]

    def __str__(self):
        return f"{self.partner} — {self.name}"

    @property
    def size(self):
        return PLACEMENTS[self.placement]

    def clean(self):
        errors = {}
        if self.kind == self.Kind.IMAGE:
            if not self.image:
                errors["image"] = "Une bannière image a besoin de son image."
            if not self.alt_text.strip():
                errors["alt_text"] = (
                    "Le texte alternatif est obligatoire : il dit ce que montre l’image aux "
                    "lecteurs aveugles."
                )
        elif self.kind == self.Kind.TEXT:
            if not self.headline.strip():
                errors["headline"] = "Une bannière texte a besoin d’un titre."
            if not self.button_label.strip():
                errors["button_label"] = "Une bannière texte a besoin d’un libellé de bouton."
        unknown = [name for name in self.page_types or [] if name not in PAGE_TYPES]
        if unknown:
            errors["page_types"] = "Type de page inconnu : " + ", ".join(map(str, unknown)) + "."
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "La fin de diffusion doit suivre son début."
        if errors:
            raise ValidationError(errors)

    @property
    def is_capped(self):
        return self.impression_cap is not None and self.impressions_total >= self.impression_cap

    def is_showable(self, now=None):
        """Active, of an active partner, in flight and under its cap: its impressions and
        clicks count. (Reads self.partner: select_related("partner").)"""
        now = now or timezone.now()
        return (
            self.is_active
            and self.partner.is_active
            and self.starts_at <= now < self.ends_at
            and not self.is_capped
        )


class BannerStat(models.Model):
    """One row per banner and day: impressions seen and clicks, incremented atomically."""

    banner = models.ForeignKey(Banner, on_delete=models.CASCADE, related_name="stats")
    day = models.DateField("jour")
    impressions = models.PositiveIntegerField("impressions", default=0)
    clicks = models.PositiveIntegerField("clics", default=0)

    class Meta:
        verbose_name = "statistique de bannière"
        verbose_name_plural = "rapports"
        constraints = [models.UniqueConstraint(fields=["banner", "day"], name="bannerstat_day")]
        ordering = ["-day"]

    def __str__(self):
        return f"{self.banner} — {self.day:%d/%m/%Y}"


class CallToActionQuerySet(models.QuerySet):
    def live(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now),
            Q(ends_at__isnull=True) | Q(ends_at__gt=now),
            is_active=True,
        )


class CallToAction(models.Model):
    """The « devenez partenaire » line at the end of every article, with scheduled variants:
    the live variant that started last wins."""

    text = models.CharField(
        "texte",
        max_length=200,
        help_text="Par exemple : « Pour communiquer sur FrenchWeb ou le Journal des RH, "
        "devenez partenaire ».",
    )
    button_label = models.CharField("bouton", max_length=40, default="cliquez ici")
    url = models.CharField(
        "lien",
        max_length=500,
        default="/partenaires/devenir-partenaire/",
        help_text="Une adresse du site (commençant par /) ou une adresse complète en https://.",
    )
    starts_at = models.DateTimeField("à partir du", null=True, blank=True)
    ends_at = models.DateTimeField("jusqu’au", null=True, blank=True)
    publications = models.ManyToManyField(
        "articles.Publication",
        verbose_name="publications",
        blank=True,
        related_name="+",
        help_text="Aucune cochée : toutes les publications.",
    )
    is_active = models.BooleanField("actif", default=True)
    created_at = models.DateTimeField("créé le", auto_now_add=True)

    objects = CallToActionQuerySet.as_manager()

    class Meta:
        verbose_name = "appel « devenez partenaire »"
        verbose_name_plural = "appels « devenez partenaire »"
        ordering = ["-starts_at", "-created_at"]

    def __str__(self):
        return self.text

    def clean(self):
        errors = {}
        url = (self.url or "").strip()
        if not is_site_path(url):
            try:
                http_url(url)
            except ValidationError:
                errors["url"] = (
                    "Saisissez une adresse du site commençant par / ou une adresse complète en "
                    "http:// ou https://."
                )
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "La fin doit suivre le début."
        if errors:
            raise ValidationError(errors)


class Lead(models.Model):
    """A « devenez partenaire » request from the public form."""

    class Status(models.TextChoices):
        NEW = "new", "Nouveau"
        CONTACTED = "contacted", "Contacté"
        WON = "won", "Gagné"
        LOST = "lost", "Perdu"

    class Budget(models.TextChoices):
        UNDER_5K = "lt5k", "Moins de 5 000 €"
        FROM_5K = "5k-15k", "De 5 000 à 15 000 €"
        FROM_15K = "15k-50k", "De 15 000 à 50 000 €"
        OVER_50K = "gt50k", "Plus de 50 000 €"
        UNKNOWN = "unknown", "Je ne sais pas encore"

    name = models.CharField("nom", max_length=150)
    company = models.CharField("entreprise", max_length=150)
    email = models.EmailField("e-mail", max_length=254)
    phone = models.CharField("téléphone", max_length=30, blank=True)
    budget = models.CharField("budget", max_length=10, choices=Budget.choices)
    message = models.TextField("message", max_length=5000)
    consent = models.BooleanField("accepte d’être contacté", default=False)
    status = models.CharField("statut", max_length=10, choices=Status.choices, default=Status.NEW)
    publication = models.ForeignKey(
        "articles.Publication",
        verbose_name="venu de",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="La publication dont le prospect remplissait le formulaire.",
    )
    notes = models.TextField("notes internes", blank=True)
    # Set by the background task that e-mails the desk (partners/tasks.py): empty while the
    # mail has not gone, after a failing mail server too (the lead itself is never lost).
    notified_at = models.DateTimeField(
        "e-mail à l’équipe envoyé le",
        null=True,
        blank=True,
        editable=False,
        help_text="Vide : l’e-mail n’est pas (encore) parti ; la demande est bien enregistrée.",
    )
    created_at = models.DateTimeField("reçu le", auto_now_add=True)
    updated_at = models.DateTimeField("modifié le", auto_now=True)

    class Meta:
        verbose_name = "demande de partenariat"
        verbose_name_plural = "demandes de partenariat"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.company} — {self.name}"
