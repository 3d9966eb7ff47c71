"""What came from another system (a WordPress site, ``articles.wordpress``): each item it
sent, keyed by its site and its own identifier, with the object it became here. A second
import of the same or a newer export finds its earlier work here: it updates what changed
there, creates nothing twice and keeps what an editor changed here since."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models


class ImportedItem(models.Model):
    class Kind(models.TextChoices):
        AUTHOR = "author", "Auteur"
        SECTION = "section", "Rubrique"
        TAG = "tag", "Tag"
        PHOTO = "photo", "Photo"
        ARTICLE = "article", "Article"
        PAGE = "page", "Page"

    source = models.CharField(
        "site d’origine",
        max_length=200,
        help_text="L’adresse du site WordPress exporté, par exemple « www.frenchweb.fr ».",
    )
    kind = models.CharField("type", max_length=10, choices=Kind.choices)
    key = models.CharField(
        "identifiant d’origine",
        max_length=250,
        help_text="L’ID WordPress d’un article, d’une page ou d’une pièce jointe, l’identifiant "
        "de connexion d’un auteur, « category:afrique » pour une rubrique.",
    )
    object_id = models.PositiveBigIntegerField("objet", null=True, blank=True)
    old_url = models.CharField(
        "ancienne adresse",
        max_length=500,
        blank=True,
        db_index=True,
        help_text="Le permalien sur l’ancien site (chemin et requête), par exemple "
        "« /2020/11/10/lalgerie-ouvre-son-premier-cluster-numerique/ ».",
    )
    old_file = models.CharField(
        "ancien fichier",
        max_length=500,
        blank=True,
        db_index=True,
        help_text="Pour une photo : son chemin sous wp-content/uploads, sans taille "
        "(« 2020/11/sidi-abdellah.jpg »).",
    )
    parent_key = models.CharField(
        "parent d’origine",
        max_length=50,
        blank=True,
        help_text="Pour une photo : l’ID WordPress de l’article où elle a été envoyée (sa page "
        "de pièce jointe y mène).",
    )
    fingerprint = models.CharField("empreinte", max_length=64, blank=True)
    local_version = models.PositiveIntegerField(
        "version écrite",
        null=True,
        blank=True,
        help_text="La version de l’article écrite par l’import : une version plus récente "
        "est une modification faite ici depuis, que le prochain import conserve.",
    )
    imported_at = models.DateTimeField("importé le", auto_now=True)

    class Meta:
        verbose_name = "élément importé"
        verbose_name_plural = "éléments importés"
        ordering = ["source", "kind", "key"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "key"], name="imported_item_unique_key"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.key} ({self.source})"


class ImportsStorage(FileSystemStorage):
    """Private files under IMPORTS_ROOT (read at each use: tests change it), never served."""

    @property
    def base_location(self):
        return settings.IMPORTS_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def _imports_storage():
    return ImportsStorage()


class WordPressImport(models.Model):
    """An import started from the admin by a superuser: its file, its progress, its report."""

    class Status(models.TextChoices):
        WAITING = "waiting", "En attente"
        RUNNING = "running", "En cours"
        DONE = "done", "Terminé"
        FAILED = "failed", "Interrompu"

    export = models.FileField(
        "fichier d’export",
        upload_to="wordpress/%Y/%m/",
        storage=_imports_storage,
        help_text="Le fichier de WordPress « Outils › Exporter » (.xml).",
    )
    publication = models.ForeignKey(
        "articles.Publication", verbose_name="publication", on_delete=models.PROTECT
    )
    uploads = models.CharField(
        "dossier des fichiers",
        max_length=500,
        blank=True,
        help_text="Sur le serveur : une copie de wp-content/uploads, par exemple "
        "« /srv/frenchweb/uploads ». Vide : les photos sont signalées, pas importées.",
    )
    default_credit = models.CharField("crédit par défaut", max_length=200, blank=True)
    dry_run = models.BooleanField(
        "simulation", default=False, help_text="Tout lire et vérifier, ne rien enregistrer."
    )
    status = models.CharField(
        "état", max_length=10, choices=Status.choices, default=Status.WAITING, editable=False
    )
    done_bytes = models.PositiveBigIntegerField(default=0, editable=False)
    total_bytes = models.PositiveBigIntegerField(default=0, editable=False)
    report = models.JSONField("rapport", default=dict, blank=True, editable=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lancé par",
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("lancé le", auto_now_add=True)
    updated_at = models.DateTimeField("dernière nouvelle", auto_now=True)

    class Meta:
        verbose_name = "import WordPress"
        verbose_name_plural = "imports WordPress"
        ordering = ["-created_at"]

    def __str__(self):
        return f"Import du {self.created_at:%d/%m/%Y %H:%M}" if self.created_at else "Import"

    @property
    def percent(self):
        return min(100, round(100 * self.done_bytes / self.total_bytes)) if self.total_bytes else 0
