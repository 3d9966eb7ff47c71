"""Old addresses that still lead somewhere: a WordPress archive's permalinks, an article
whose address changed, what an editor adds by hand. Each belongs to a publication (its
domain's addresses); ``articles.redirects`` answers them with a 301."""

from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.db import models

from core.links import is_site_path

# WordPress's own query addresses: « /?p=123 », « /?page_id=2 », « /?cat=5 »…
WORDPRESS_PARAMETERS = ("p", "page_id", "attachment_id", "cat", "tag", "author", "feed", "m")


def normalise_path(value, query=None):
    """The form an old address is stored and looked up in: its path, decoded, lowercase,
    without its final slash, and only WordPress's own parameters of its query, sorted.
    « https://site/2020/11/10/Slug/?utm_source=x » → « /2020/11/10/slug »; « /?p=123 » stays."""
    parts = urlsplit((value or "").strip())
    path = unquote(parts.path).lower().rstrip("/") or "/"
    if not path.startswith("/"):
        return ""
    pairs = parse_qsl(parts.query if query is None else query, keep_blank_values=False)
    kept = sorted((k, v) for k, v in pairs if k in WORDPRESS_PARAMETERS and len(v) <= 100)
    return (path + ("?" + urlencode(kept) if kept else ""))[:500]


class Redirect(models.Model):
    class Source(models.TextChoices):
        IMPORT = "import", "Import WordPress"
        SLUG = "slug", "Changement d’adresse"
        MANUAL = "manual", "Ajoutée à la main"

    publication = models.ForeignKey(
        "articles.Publication",
        verbose_name="publication",
        on_delete=models.CASCADE,
        related_name="redirects",
    )
    old_path = models.CharField(
        "ancienne adresse",
        max_length=500,
        help_text="Le chemin sur ce domaine, par exemple « /2020/11/10/lalgerie-ouvre-son-"
        "premier-cluster-numerique/ » ou « /?p=409123 ».",
    )
    new_url = models.CharField(
        "nouvelle adresse",
        max_length=500,
        help_text="Un chemin du site (« /articles/lalgerie-ouvre-son-premier-cluster-numerique/ ») "
        "ou, si vous l’écrivez, une adresse complète d’un autre site.",
    )
    source = models.CharField("origine", max_length=10, choices=Source.choices,
                              default=Source.MANUAL)  # fmt: skip
    hits = models.PositiveBigIntegerField("visites", default=0, editable=False)
    last_hit_at = models.DateTimeField("dernière visite", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("créée le", auto_now_add=True)

    class Meta:
        verbose_name = "redirection"
        verbose_name_plural = "redirections"
        ordering = ["-hits", "old_path"]
        constraints = [
            models.UniqueConstraint(
                fields=["publication", "old_path"],
                name="redirect_unique_old_path",
                violation_error_message="Cette ancienne adresse a déjà une redirection.",
            ),
        ]

    def __str__(self):
        return f"{self.old_path} → {self.new_url}"

    def clean(self):
        self.old_path = normalise_path(self.old_path)
        if not self.old_path:
            raise ValidationError(
                {"old_path": "Écrivez un chemin de ce site, commençant par « / »."}
            )
        url = self.new_url.strip()
        if not (is_site_path(url) or url.startswith(("https://", "http://"))):
            raise ValidationError(
                {"new_url": "Écrivez un chemin du site (« /articles/… ») ou une adresse complète "
                 "(« https://… »)."}
            )  # fmt: skip
        if url == self.old_path:
            raise ValidationError({"new_url": "La redirection mènerait à elle-même."})
        self.new_url = url


class MissingPage(models.Model):
    """An address of this site that answered 404, with how often: the log from which editors
    add the redirects an import or a change forgot (« Adresses introuvables »)."""

    publication = models.ForeignKey(
        "articles.Publication",
        verbose_name="publication",
        on_delete=models.CASCADE,
        related_name="missing_pages",
    )
    path = models.CharField("adresse", max_length=500)
    hits = models.PositiveBigIntegerField("visites", default=1)
    referer = models.CharField("venant de (dernière)", max_length=300, blank=True)
    first_seen_at = models.DateTimeField("première fois", auto_now_add=True)
    last_seen_at = models.DateTimeField("dernière fois", auto_now_add=True)

    class Meta:
        verbose_name = "adresse introuvable"
        verbose_name_plural = "adresses introuvables"
        ordering = ["-hits", "path"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "path"], name="missing_page_unique"),
        ]
        indexes = [models.Index(fields=["-hits"], name="missing_page_hits")]

    def __str__(self):
        return self.path
