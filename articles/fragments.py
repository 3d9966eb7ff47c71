"""The parts of an article page that change with the rest of its publication, rendered
apart so that the page cache keeps the page itself (``core.surrogates``): the sidebar's
latest articles and the « Lire aussi » block (links chosen by hand, completed by automatic
suggestions). Each is rendered with the page the first time, from what the view read, and
alone afterwards, when the lists of the publication have changed."""

from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.template.loader import render_to_string

from articles import cachekeys
from articles.models import Article, RelatedLink
from articles.publications import current
from articles.queries import SIDEBAR_SIZE, chrome, suggestions
from core.surrogates import depends_on, register_fragment

RELATED_SIZE = 4


def read_also(article, *, tag_ids, site, has_links=True):
    """(the links chosen by hand that a reader may see, the automatic suggestions that
    complete them to RELATED_SIZE)."""
    related = []
    if has_links:
        visible = RelatedLink.objects.visible().select_related("target")
        prefetch_related_objects([article], Prefetch("related_links", queryset=visible))
        related = list(article.related_links.all())
    automatic = suggestions(
        article,
        tag_ids=tag_ids,
        exclude=[link.target_id for link in related if link.target_id],
        limit=RELATED_SIZE - len(related),
        publication=site,
    )
    return related, automatic


def render_read_also(request, context, *, article):
    site = current(request)
    if context is not None:
        related, automatic = context["related_links"], context["suggestions"]
    else:
        found = (
            Article.objects.filter(pk=article)
            .only("pk", "primary_category_id")
            .annotate(has_links=Exists(RelatedLink.objects.filter(article=OuterRef("pk"))))
            .first()
        )
        if found is None:
            return ""
        tag_ids = list(found.tags.values_list("pk", flat=True))
        related, automatic = read_also(found, tag_ids=tag_ids, site=site, has_links=found.has_links)
    cachekeys.shows_lists(request, site)
    # A hand-chosen link to another publication's article is not in this one's lists.
    depends_on(
        request,
        f"article-{article}",
        *{f"article-{link.target_id}" for link in related if link.target_id},
    )
    return render_to_string(
        "includes/read_also.html", {"related_links": related, "suggestions": automatic}
    )


def render_latest(request, context, *, exclude):
    site = current(request)
    latest = context["latest"] if context is not None else None
    if latest is None:
        latest = chrome(latest=SIDEBAR_SIZE, exclude=exclude, publication=site)["latest"]
    cachekeys.shows_lists(request, site)
    return render_to_string("includes/latest.html", {"latest": latest})


def register():
    register_fragment("read-also", render_read_also)
    register_fragment("latest", render_latest)
