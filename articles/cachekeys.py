"""The surrogate keys (``core.surrogates``) of this app: what a page shows, what a change moves.

Keys a page declares:

- an article page: ``article-<id>`` and the photos (``photo-<id>``), authors (``author-<id>``)
  and tags (``tag-<id>``) it shows; its sidebar and its « Lire aussi » are fragments that
  depend on the lists of the publication they are shown on (``lists-<publication id>``);
- a list page of a publication (home, sections, tags, authors, search, corrections):
  ``lists-<publication id>`` and ``lists`` (what every list shows: photos, authors, tags).

What a change moves: an article moves its own key and the lists of the publications it is on
(and of the one it left); a byline, a tag, a « Lire aussi » link, a correction move their
article's; a photo, an author, a tag move their own key and ``lists``. Everything else here
(sections, standing pages, breaking news, publications, redirects) is on every page: the
default, ``core.surrogates.ALL``.
"""

from core.surrogates import depends_on

LISTS = "lists"


def lists(publication_id):
    return f"lists-{publication_id}"


def shows_lists(request, site):
    """For a list page of ``site`` (None: every publication, which only ``ANY`` covers)."""
    if site is not None:
        depends_on(request, lists(site.pk), LISTS)


def shows_article(request, article, *, photo_ids, authors, tags):
    keys = [f"article-{article.pk}"]
    keys += [f"photo-{pk}" for pk in {article.lead_photo_id, *photo_ids} if pk]
    keys += [f"author-{author.pk}" for author in authors]
    keys += [f"tag-{tag.pk}" for tag in tags]
    depends_on(request, *keys)


def _article_keys(pk, *, publication_id=None, loaded_publication_id=None):
    from articles.models import Article

    keys = {f"article-{pk}"}
    if publication_id is None:
        publication_id = (
            Article.objects.filter(pk=pk).values_list("publication_id", flat=True).first()
        )
    crossed = Article.cross_posts.through.objects.filter(article_id=pk)
    publications = {
        publication_id,
        loaded_publication_id,
        *crossed.values_list("publication_id", flat=True),
    }
    keys |= {lists(p) for p in publications if p is not None}
    return keys


def for_change(model, instance, signal):
    """The keys a change of ``instance`` (``model``, or an automatic many-to-many model)
    moves; None: every page."""
    from django.db.models.signals import post_delete

    from articles.models import (
        Article,
        ArticleAuthor,
        Author,
        Correction,
        Photo,
        RelatedLink,
        Tag,
        TaggedArticle,
        TaggedPhoto,
    )

    if "action" in signal:  # a many-to-many change, through any model
        return _many_to_many(model, instance, signal)
    if model is Article:
        if signal.get("created"):
            return _article_keys(instance.pk, publication_id=instance.publication_id)
        if signal.get("signal") is post_delete or not hasattr(instance, "_loaded_publication_id"):
            # Deleted (its cross-posts are gone), or loaded without its publication: the
            # lists of every publication.
            return {f"article-{instance.pk}", LISTS, *_all_lists()}
        return _article_keys(
            instance.pk,
            publication_id=instance.publication_id,
            loaded_publication_id=instance._loaded_publication_id,
        )
    if model in (ArticleAuthor, RelatedLink, Correction):
        return _article_keys(instance.article_id)
    if model is TaggedArticle:
        return _article_keys(instance.content_object_id) | {f"tag-{instance.tag_id}"}
    if model is TaggedPhoto:
        return {f"photo-{instance.content_object_id}", LISTS}
    for kind, owner in (("photo", Photo), ("author", Author), ("tag", Tag)):
        if model is owner:
            return {f"{kind}-{instance.pk}", LISTS}
    return None


def _many_to_many(model, instance, signal):
    from articles.models import Article, Photo, TaggedArticle, TaggedPhoto

    pk_set = signal.get("pk_set")
    if model is TaggedPhoto:
        ids = [instance.pk] if isinstance(instance, Photo) else (pk_set or [])
        return {LISTS, *(f"photo-{pk}" for pk in ids)}
    if not signal.get("reverse") and isinstance(instance, Article):
        keys = _article_keys(instance.pk, publication_id=instance.publication_id)
        if model is Article.cross_posts.through:  # the lists it joins or leaves
            keys |= {lists(p) for p in pk_set} if pk_set else set(_all_lists())
        if model is TaggedArticle and pk_set:
            keys |= {f"tag-{pk}" for pk in pk_set}
        return keys
    if pk_set is None:  # cleared from the other side: which articles is unknown
        return None
    # From the other side (a section's, a tag's or a publication's articles): these articles
    # and the lists they are in.
    return {f"article-{pk}" for pk in pk_set} | {LISTS, *_all_lists()}


def _all_lists():
    from articles.models import Publication

    return [lists(pk) for pk in Publication.objects.values_list("pk", flat=True)]


def addresses(keys):
    """The absolute addresses of the articles named by ``keys`` (``article-<id>``), on each
    publication they appear on; and the home page of each publication whose lists moved:
    for a CDN that purges by address (``core.cdn``)."""
    from articles.models import Article, Publication

    ids = [int(key[8:]) for key in keys if key.startswith("article-") and key[8:].isdigit()]
    publication_ids = [
        int(key[6:]) for key in keys if key.startswith("lists-") and key[6:].isdigit()
    ]
    urls = []
    articles = Article.objects.filter(pk__in=ids).select_related("publication")
    for article in articles.prefetch_related("cross_posts"):
        path = article.get_absolute_url()
        urls += [p.absolute(path) for p in (article.publication, *article.cross_posts.all())]
    for publication in Publication.objects.filter(pk__in=publication_ids):
        urls.append(publication.absolute("/"))
    return urls
