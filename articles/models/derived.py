"""Rows kept per article for list pages: where it is listed (derived from its categories,
rebuilt by ``articles.indexing``) and how often it is read (first-party counts)."""

from datetime import timedelta

from django.db import models
from django.db.models import F
from django.utils import timezone

from articles.models.articles import Article, public_rows
from articles.models.library import Category


class ListingQuerySet(models.QuerySet):
    def public(self):
        """Listings of articles whose time has come (only published articles are listed)."""
        return self.filter(public_rows()).order_by("-published_at", "-article_id")


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
    def most_read(self, *, days, now=None, limit=5, category=None, publication=None):
        """The most read published articles over the last ``days`` days, best first, as
        rows with ``article_id``, ``title``, ``slug``, ``sponsor_id`` and ``score``.

        Counts are kept per Paris day. The oldest day of the window only counts for the
        share of it that is still inside the window, so that « 24 h » means the last 24
        hours rather than two whole days. ``publication``: among the articles appearing on it.
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
            article__in=Article.objects.published().on(publication).order_by().values("pk"),
        )
        if category is not None:
            listed = Listing.objects.filter(category_id=category.pk).values("article_id")
            queryset = queryset.filter(article_id__in=listed)
        return (
            queryset.values(
                "article_id",
                title=F("article__title"),
                slug=F("article__slug"),
                sponsor_id=F("article__sponsor_id"),
            )
            .annotate(score=models.Sum(F("count") * weight))
            .order_by("-score", "article_id")[:limit]
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
