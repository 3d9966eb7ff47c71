"""Publications: the titles one newsroom runs (FrenchWeb, Journal des RH…), each on its own
domain, tied to Django's sites framework so that the ecosystem's tools (sitemaps, redirects,
flatpages-style apps) see one ``Site`` per title."""

import re
import uuid
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

HEX_COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", "Une couleur s’écrit #RRGGBB, par exemple : « #C8102E »."
)
# A host name, with an optional port (development servers: « frenchweb.localhost:8000 »).
DOMAIN = re.compile(r"^(?=.{1,253}(:|$))([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.?)+(:[0-9]{1,5})?$")
MIN_CONTRAST = 4.5  # WCAG AA, normal text: links and buttons in the accent colour on white


def logo_upload_to(publication, filename):
    """A generated name for each logo: the storage overwrites names (core.storage), and two
    titles' « logo.png » must not become one file, nor a new logo keep an old one's name."""
    ext = PurePosixPath(filename).suffix.lower().lstrip(".")
    return f"publications/{uuid.uuid4().hex}.{ext if ext in ('png', 'webp', 'jpg') else 'png'}"


def _luminance(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast_on_white(colour):
    """The WCAG contrast ratio of ``colour`` (#RRGGBB) against white, from 1 to 21."""
    return 1.05 / (_luminance(colour) + 0.05)


def _mix_with_white(colour, share):
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c + (255 - c) * share) for c in (red, green, blue)))


DARK_PAPER_LUMINANCE = 0.0069  # the dark theme's page (#121317, static/css/site.css)


def accent_on_dark(colour):
    """``colour`` lightened just enough to be read on the dark theme's page (WCAG AA)."""
    for step in range(21):
        lighter = _mix_with_white(colour, step / 20)
        if (_luminance(lighter) + 0.05) / (DARK_PAPER_LUMINANCE + 0.05) >= MIN_CONTRAST:
            return lighter
    return "#ffffff"


def domain_error(value):
    """A French message when ``value`` is not a bare host name (no scheme, path or space)."""
    if not DOMAIN.match(value):
        return (
            f"« {value} » n’est pas un nom de domaine : écrivez-le sans « https:// » ni "
            "chemin, par exemple « www.frenchweb.fr »."
        )
    return None


class PublicationQuerySet(models.QuerySet):
    def default(self):
        return self.get(is_default=True)


class Publication(models.Model):
    name = models.CharField("nom", max_length=100, help_text="Par exemple : « FrenchWeb ».")
    slug = models.SlugField(
        "identifiant",
        max_length=50,
        unique=True,
        help_text="Court et stable, par exemple : « frenchweb ». Sert aux commandes "
        "(« --publication frenchweb ») et aux filtres.",
    )
    site = models.OneToOneField(
        Site,
        verbose_name="site",
        on_delete=models.PROTECT,
        related_name="publication",
        editable=False,
    )
    domain = models.CharField(
        "domaine",
        max_length=100,
        unique=True,
        help_text="L’adresse canonique de la publication, sans « https:// » : par exemple "
        "« www.frenchweb.fr ».",
    )
    aliases = models.TextField(
        "autres domaines",
        blank=True,
        help_text="Un par ligne ; ils renvoient (301) vers le domaine canonique. Par exemple : "
        "« frenchweb.fr ».",
    )
    is_default = models.BooleanField(
        "publication par défaut",
        default=False,
        help_text="Celle qui répond aux adresses autorisées qu’aucune publication ne revendique "
        "(par exemple 127.0.0.1 en développement), et qu’un nouvel article reçoit par défaut.",
    )
    tagline = models.CharField(
        "slogan",
        max_length=200,
        blank=True,
        help_text="Par exemple : « Le média de l’économie numérique ».",
    )
    accent_colour = models.CharField(
        "couleur d’accent",
        max_length=7,
        default="#B3121F",
        validators=[HEX_COLOUR],
        help_text="Liens et boutons, sur fond blanc : assez sombre pour être lisible "
        f"(contraste d’au moins {MIN_CONTRAST}:1). Par exemple : « #C8102E ».",
    )
    logo = models.ImageField(
        "logo",
        upload_to=logo_upload_to,
        blank=True,
        width_field="logo_width",
        height_field="logo_height",
        help_text="PNG, WebP ou JPEG, sur fond transparent de préférence, environ 600 × 120 "
        "pixels ; affiché sur 40 pixels de haut en tête de page. Vide : le nom, en toutes lettres.",
    )
    logo_width = models.PositiveIntegerField(null=True, editable=False)
    logo_height = models.PositiveIntegerField(null=True, editable=False)
    logo_dark = models.ImageField(
        "logo sur fond sombre",
        upload_to=logo_upload_to,
        blank=True,
        width_field="logo_dark_width",
        height_field="logo_dark_height",
        help_text="Pour les lecteurs en thème sombre (clair sur fond sombre). Vide : le logo "
        "ci-dessus, sur un cartouche blanc.",
    )
    logo_dark_width = models.PositiveIntegerField(null=True, editable=False)
    logo_dark_height = models.PositiveIntegerField(null=True, editable=False)
    google_news_name = models.CharField(
        "nom dans Google Actualités",
        max_length=100,
        blank=True,
        help_text="Tel que déclaré dans le Publisher Center ; vide : le nom ci-dessus.",
    )
    x_account = models.CharField(
        "compte X",
        max_length=16,
        blank=True,
        validators=[RegexValidator(r"^@?\w{1,15}$", "Un compte X, par exemple : « @frenchweb ».")],
        help_text="Pour les cartes sociales, par exemple : « @frenchweb ».",
    )
    linkedin_url = models.URLField(
        "page LinkedIn",
        blank=True,
        help_text="Par exemple : « https://www.linkedin.com/company/frenchweb ».",
    )
    facebook_url = models.URLField(
        "page Facebook",
        blank=True,
        help_text="Par exemple : « https://www.facebook.com/frenchweb ».",
    )
    team = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name="équipe",
        blank=True,
        related_name="publications",
        help_text="Les journalistes et éditeurs qui y écrivent et publient, chacun avec son rôle. "
        "Un membre d’aucune équipe travaille pour la publication par défaut ; les "
        "superutilisateurs travaillent pour toutes.",
    )
    partner_call = models.CharField(
        "appel « devenez partenaire »",
        max_length=300,
        blank=True,
        help_text="Par exemple : « Pour communiquer sur FrenchWeb ou le Journal des RH, "
        "devenez partenaire ».",
    )

    objects = PublicationQuerySet.as_manager()

    class Meta:
        verbose_name = "publication"
        verbose_name_plural = "publications"
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="publication_single_default",
                violation_error_message="Une autre publication est déjà la publication par défaut.",
            ),
            models.CheckConstraint(condition=~Q(domain=""), name="publication_domain_not_empty"),
        ]

    def __str__(self):
        return self.name

    @property
    def news_name(self):
        return self.google_news_name or self.name

    @property
    def base_url(self):
        """The publication's address, without a trailing slash: SITE_URL's scheme (https
        in production) and the publication's domain, never the request's Host header."""
        scheme = urlsplit(settings.SITE_URL).scheme or "https"
        return f"{scheme}://{self.domain}"

    def absolute(self, url):
        """``url`` (a path) on this publication's domain; a full URL is returned as is."""
        return url if url.startswith(("http://", "https://")) else self.base_url + url

    @property
    def accent_dark(self):
        return accent_on_dark(self.accent_colour)

    def alias_list(self):
        return [line.strip().lower() for line in self.aliases.splitlines() if line.strip()]

    def clean_fields(self, exclude=None):
        self.domain = self.domain.strip().lower()
        self.aliases = "\n".join(self.alias_list())
        super().clean_fields(exclude=exclude)

    def clean(self):
        errors = {}
        if self.domain and (message := domain_error(self.domain)):
            errors["domain"] = message
        bad = [alias for alias in self.alias_list() if domain_error(alias)]
        if bad:
            errors["aliases"] = domain_error(bad[0])
        elif self.domain in self.alias_list():
            errors["aliases"] = "Le domaine canonique n’est pas aussi un autre domaine."
        else:
            taken = self._domains_taken_elsewhere()
            if taken:
                errors["aliases" if taken[0] != self.domain else "domain"] = (
                    f"« {taken[0]} » est déjà le domaine d’une autre publication."
                )
        if HEX_COLOUR.regex.match(self.accent_colour or ""):
            ratio = contrast_on_white(self.accent_colour)
            if ratio < MIN_CONTRAST:
                errors["accent_colour"] = (
                    f"Trop claire sur fond blanc (contraste {ratio:.1f}:1, il faut au moins "
                    f"{MIN_CONTRAST}:1) : les liens seraient difficiles à lire."
                )
        if errors:
            raise ValidationError(errors)

    def _domains_taken_elsewhere(self):
        mine = [self.domain, *self.alias_list()]
        taken = []
        for other in Publication.objects.exclude(pk=self.pk):
            theirs = {other.domain, *other.alias_list()}
            taken += [domain for domain in mine if domain in theirs]
        return taken


def default_publication_id():
    """The default publication's id, for the ``default`` of the fields that point to one."""
    return Publication.objects.filter(is_default=True).values_list("pk", flat=True).first()
