"""The trash: deleting an article or a photo in the admin keeps it whole here for
settings.TRASH_DAYS (30), from where an editor restores it, with the same address, bylines,
tags, links, revisions and corrections; purging is explicit (or after 30 days, by
``purge_trash``). The public site no longer shows it from the moment it is deleted."""

import io
import json
from datetime import timedelta

from django.conf import settings
from django.core import serializers
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from accounts import audit
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleView,
    Author,
    Correction,
    Photo,
    PreviewLink,
    RelatedLink,
    Revision,
    TaggedArticle,
    TaggedPhoto,
    TrashedItem,
)


class RestoreRefused(Exception):
    pass


def _serialize(objects):
    return json.loads(serializers.serialize("json", objects))


@transaction.atomic
def trash_article(article, user):
    rows = [
        article,
        *ArticleAuthor.objects.filter(article=article),
        *TaggedArticle.objects.filter(content_object=article),
        *RelatedLink.objects.filter(article=article),
        *Revision.objects.filter(article=article),
        *Correction.objects.filter(article=article),
        *PreviewLink.objects.filter(article=article),
        *ArticleView.objects.filter(article=article),
    ]
    # « Lire aussi » links of other articles that point at this one come back with it.
    incoming = list(RelatedLink.objects.filter(target=article).exclude(article=article))
    item = TrashedItem.objects.create(
        kind=TrashedItem.Kind.ARTICLE,
        label=article.title[:300],
        object_id=article.pk,
        deleted_by=user if user and user.pk else None,
        data={"rows": _serialize(rows), "incoming": _serialize(incoming)},
    )
    article.delete()
    return item


@transaction.atomic
def trash_photo(photo, user):
    rows = [photo, *TaggedPhoto.objects.filter(content_object=photo)]
    portraits = list(Author.objects.filter(photo=photo).values_list("pk", flat=True))
    item = TrashedItem.objects.create(
        kind=TrashedItem.Kind.PHOTO,
        label=str(photo)[:300],
        object_id=photo.pk,
        deleted_by=user if user and user.pk else None,
        data={"rows": _serialize(rows), "portraits": portraits},
    )
    # The file stays on disk until the purge: the row goes, not the picture.
    photo._to_trash = True
    photo.delete()
    return item


@transaction.atomic
def restore(item):
    model = Article if item.kind == TrashedItem.Kind.ARTICLE else Photo
    if model.objects.filter(pk=item.object_id).exists():
        raise RestoreRefused("Un élément porte déjà cet identifiant.")
    if item.kind == TrashedItem.Kind.ARTICLE:
        slug = next(
            r["fields"]["slug"] for r in item.data["rows"] if r["model"] == "articles.article"
        )
        if Article.objects.filter(slug=slug).exists():
            raise RestoreRefused(
                f"Un autre article utilise déjà l’adresse « {slug} » : changez-la avant de "
                "restaurer celui-ci."
            )
    for obj in serializers.deserialize("json", io.StringIO(json.dumps(item.data["rows"]))):
        obj.save()
    for obj in serializers.deserialize(
        "json", io.StringIO(json.dumps(item.data.get("incoming", [])))
    ):
        if Article.objects.filter(pk=obj.object.article_id).exists():
            obj.save()
    if item.kind == TrashedItem.Kind.PHOTO:
        Author.objects.filter(pk__in=item.data.get("portraits", []), photo__isnull=True).update(
            photo_id=item.object_id
        )
    restored = model.objects.get(pk=item.object_id)
    if item.kind == TrashedItem.Kind.ARTICLE:
        # Raw saves skip the signals: rebuild what derives from the article, once.
        restored.save(update_fields=["updated_at"])
    audit.record("restored", obj=restored, details="depuis la corbeille")
    audit.recorded_elsewhere(item).delete()


def purge(item):
    """Delete for good (and the photo's files)."""
    audit.record("deleted", obj=item, details="supprimé définitivement de la corbeille")
    if item.kind == TrashedItem.Kind.PHOTO:
        for row in item.data["rows"]:
            if row["model"] == "articles.photo":
                name = row["fields"].get("image")
                if name:
                    default_storage.delete(name)
    audit.recorded_elsewhere(item).delete()


def purge_expired(now=None):
    limit = (now or timezone.now()) - timedelta(days=settings.TRASH_DAYS)
    expired = list(TrashedItem.objects.filter(deleted_at__lt=limit))
    for item in expired:
        purge(item)
    return len(expired)
