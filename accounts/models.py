"""Staff access and its trail: the audit log (who logged in, published, unpublished, deleted,
restored or changed a role, when and from where: written by accounts.audit, read-only in the
admin for superusers), the roles' security rules, and the security counters. The two-factor
devices are django-otp's models (accounts.two_factor)."""

from django.conf import settings
from django.db import models


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        LOGIN = "login", "Connexion"
        LOGIN_FAILED = "login_failed", "Échec de connexion"
        LOGIN_THROTTLED = "login_throttled", "Connexion refusée (trop d’échecs)"
        LOGOUT = "logout", "Déconnexion"
        PUBLISHED = "published", "Publication"
        SCHEDULED = "scheduled", "Programmation"
        UNPUBLISHED = "unpublished", "Dépublication"
        RESTORED = "restored", "Restauration d’une version"
        DELETED = "deleted", "Suppression"
        ROLE_CHANGED = "role_changed", "Changement de rôle"
        TWO_FACTOR_ENABLED = "two_factor_enabled", "Double authentification activée"
        TWO_FACTOR_DISABLED = "two_factor_disabled", "Double authentification désactivée"
        TWO_FACTOR_RESET = "two_factor_reset", "Double authentification réinitialisée"
        TWO_FACTOR_CODES = "two_factor_codes", "Nouveaux codes de secours"
        PHOTO_CHANGED = "photo_changed", "Photo modifiée"
        PASSWORD_CHANGED = "password_changed", "Mot de passe changé"

    at = models.DateTimeField("date", auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="utilisateur",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    username = models.CharField("identifiant", max_length=150, blank=True)
    action = models.CharField("action", max_length=20, choices=Action.choices, db_index=True)
    object_type = models.CharField("type d’objet", max_length=100, blank=True)
    object_id = models.CharField("identifiant de l’objet", max_length=64, blank=True)
    object_repr = models.CharField("objet", max_length=300, blank=True)
    address = models.GenericIPAddressField("adresse", null=True, blank=True)
    details = models.CharField("détails", max_length=500, blank=True)

    class Meta:
        verbose_name = "événement du journal d’audit"
        verbose_name_plural = "journal d’audit"
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} — {self.username or '?'} — {self.get_action_display()}"


class GroupSecurity(models.Model):
    """Security rules of a role: whether its members must use two-factor authentication."""

    group = models.OneToOneField(
        "auth.Group", verbose_name="groupe", on_delete=models.CASCADE, related_name="security"
    )
    requires_two_factor = models.BooleanField(
        "double authentification obligatoire",
        default=False,
        help_text="Les membres du groupe doivent activer une application d’authentification "
        "(codes à 6 chiffres) avant d’utiliser l’administration.",
    )

    class Meta:
        verbose_name = "règle de sécurité"
        verbose_name_plural = "règles de sécurité"
        ordering = ["group__name"]

    def __str__(self):
        return str(self.group)


class Counter(models.Model):
    """Attempts or sightings of one key over a window, kept in the database where page
    traffic cannot evict them: login failures, rate limits, once-a-day recognitions of a
    reader (accounts.limits). Keys are hashes: no address or name is stored."""

    scope = models.CharField("usage", max_length=30)
    key = models.CharField("clé", max_length=64)
    count = models.PositiveIntegerField("nombre", default=0)
    last_at = models.DateTimeField("dernier passage")
    expires_at = models.DateTimeField("fin de la fenêtre", db_index=True)

    class Meta:
        verbose_name = "compteur"
        verbose_name_plural = "compteurs"
        ordering = ["scope", "key"]
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="counter_once")]

    def __str__(self):
        return f"{self.scope} · {self.key[:8]} · {self.count}"
