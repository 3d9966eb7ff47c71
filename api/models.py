"""API keys and their daily usage."""

import hashlib
import re
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

PREFIX_LENGTH = 8
ORIGIN = re.compile(r"^https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$")


def digest(key):
    """What is stored of a key: its SHA-256 (a key is 190 random bits: no slow hash needed,
    and a leaked table reveals no key)."""
    return hashlib.sha256(key.encode()).hexdigest()


def issue_fields(api_key):
    """Give an unsaved key its prefix and digest; returns the key in clear."""
    while True:
        prefix = secrets.token_hex(PREFIX_LENGTH // 2)
        if not ApiKey.objects.filter(prefix=prefix).exists():
            break
    key = f"nr_{prefix}_{secrets.token_urlsafe(24)}"
    api_key.prefix, api_key.key_digest = prefix, digest(key)
    return key


class ApiKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class ApiKey(models.Model):
    """A consumer of the API (an app, a partner's widget, an aggregator). The key itself is
    shown once, when it is made; only its prefix (to recognise it) and its digest are kept."""

    name = models.CharField(
        "nom", max_length=100, help_text="Par exemple : « Application mobile FrenchWeb »."
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="responsable",
        on_delete=models.PROTECT,
        related_name="api_keys",
        help_text="La personne de la rédaction ou du service partenaires qui suit ce client.",
    )
    contact = models.EmailField(
        "contact technique",
        blank=True,
        help_text="Qui prévenir d’un changement de l’API, par exemple dev@partenaire.fr.",
    )
    prefix = models.CharField("préfixe", max_length=PREFIX_LENGTH, unique=True, editable=False)
    key_digest = models.CharField(max_length=64, editable=False)
    allowed_origins = models.TextField(
        "origines autorisées (CORS)",
        blank=True,
        help_text="Une par ligne, par exemple https://widget.partenaire.fr : les sites dont "
        "les pages peuvent appeler l’API avec cette clé depuis le navigateur.",
    )
    rate_limit = models.PositiveIntegerField(
        "requêtes par minute",
        default=600,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
        help_text="Au-delà, l’API répond 429 avec Retry-After. Par exemple : 600.",
    )
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    last_used_at = models.DateTimeField("dernier usage", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("révoquée le", null=True, blank=True, editable=False)

    objects = ApiKeyQuerySet.as_manager()

    class Meta:
        verbose_name = "clé d’API"
        verbose_name_plural = "clés d’API"
        ordering = ["name", "id"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, **fields):
        """(a new saved key, the key in clear, to be shown once)."""
        api_key = cls(**fields)
        key = issue_fields(api_key)
        api_key.save()
        return api_key, key

    @property
    def is_active(self):
        return self.revoked_at is None

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])

    def clean(self):
        lines = [line.strip() for line in self.allowed_origins.splitlines() if line.strip()]
        wrong = [line for line in lines if not ORIGIN.match(line.rstrip("/").lower())]
        if wrong:
            raise ValidationError(
                {
                    "allowed_origins": f"Origine invalide : « {wrong[0][:100]} ». Une par "
                    "ligne, sous la forme https://site.example (ou avec son port), sans chemin."
                }
            )
        self.allowed_origins = "\n".join(line.rstrip("/").lower() for line in lines)

    def origins(self):
        return {
            line.strip().rstrip("/") for line in self.allowed_origins.splitlines() if line.strip()
        }


class ApiUsage(models.Model):
    """Requests answered per key (or anonymous: no key) and day, counted in the cache and
    written here by the worker every few minutes."""

    key = models.ForeignKey(
        ApiKey, verbose_name="clé", on_delete=models.CASCADE, null=True, related_name="usage"
    )
    day = models.DateField("jour")
    requests = models.PositiveIntegerField("requêtes", default=0)
    refused = models.PositiveIntegerField("refusées (429)", default=0)

    class Meta:
        verbose_name = "usage de l’API"
        verbose_name_plural = "usage de l’API"
        ordering = ["-day", "key_id"]
        constraints = [
            models.UniqueConstraint(fields=["key", "day"], name="api_usage_key_day"),
            models.UniqueConstraint(
                fields=["day"], condition=models.Q(key__isnull=True), name="api_usage_anonymous_day"
            ),
        ]

    def __str__(self):
        return f"{self.key or 'anonyme'} — {self.day} : {self.requests}"


class ArticleChange(models.Model):
    """A moment when what the API shows of an article changed (saved, its byline, tags,
    links or corrections changed, unpublished, deleted, its lead photo's rights ended):
    written from the page cache's own keys (``api.changes``), read by ``updated_since``.
    Kept CHANGES_DAYS; no foreign key, so that a deleted article's change stays."""

    article_id = models.BigIntegerField("article")
    changed_at = models.DateTimeField("changé le", default=timezone.now)

    class Meta:
        verbose_name = "changement d’article"
        verbose_name_plural = "changements d’articles"
        ordering = ["changed_at", "article_id"]
        indexes = [models.Index(fields=["changed_at", "article_id"], name="api_change_at")]

    def __str__(self):
        return f"{self.article_id} @ {self.changed_at:%Y-%m-%d %H:%M:%S}"
