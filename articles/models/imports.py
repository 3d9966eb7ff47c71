"""What came from another system (a WordPress site, ``articles.wordpress``): each item it
sent, keyed by its site and its own identifier, with the object it became here. A second
import of the same or a newer export finds its earlier work here: it updates what changed
there, creates nothing twice and keeps what an editor changed here since."""

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
        "ancienne adresse", max_length=500, blank=True, db_index=True,
        help_text="Le permalien sur l’ancien site (chemin et requête), par exemple "
        "« /2020/11/10/lalgerie-ouvre-son-premier-cluster-numerique/ ».",
    )  # fmt: skip
    old_file = models.CharField(
        "ancien fichier", max_length=500, blank=True, db_index=True,
        help_text="Pour une photo : son chemin sous wp-content/uploads, sans taille "
        "(« 2020/11/sidi-abdellah.jpg »).",
    )  # fmt: skip
    fingerprint = models.CharField("empreinte", max_length=64, blank=True)
    local_version = models.PositiveIntegerField(
        "version écrite", null=True, blank=True,
        help_text="La version de l’article écrite par l’import : une version plus récente "
        "est une modification faite ici depuis, que le prochain import conserve.",
    )  # fmt: skip
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
