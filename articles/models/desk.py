"""The desk's own records, never shown on the public site: an article's versions, its
preview links, and the trash."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.functions import Now
from django.urls import reverse
from django.utils import timezone

from articles.models.articles import Article


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

    def secret_url(self):
        """The link to share. Not ``get_absolute_url``: Django's generic « view on site »
        route would hand the secret to any staff member who counts ids. On the article's own
        publication's domain: the preview looks as the page will."""
        path = reverse("articles:preview", kwargs={"token": self.token})
        return self.article.publication.absolute(path)

    def is_active(self):
        return self.revoked_at is None and self.expires_at > timezone.now()


class TrashedItem(models.Model):
    """An article or a photo deleted from the admin: kept whole (with everything attached to
    it) for TRASH_DAYS, restorable by an editor, gone from the public site at once."""

    class Kind(models.TextChoices):
        ARTICLE = "article", "Article"
        PHOTO = "photo", "Photo"

    kind = models.CharField("type", max_length=20, choices=Kind.choices)
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
