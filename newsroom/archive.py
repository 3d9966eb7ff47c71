"""A complete, re-importable archive of the newsroom: every piece of content and account as
JSON (Django's serializer), plus the uploaded files. Derived data is left out and rebuilt on
import: category listings, the search index, photo renditions, sessions.

Used by ``manage.py export_content`` and ``manage.py import_content``.
"""

import io
import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.core import serializers
from django.db import transaction

FORMAT_VERSION = 1
# In dependency order. Groups and permissions by natural key: migrations create them too.
MODELS = [
    "auth.group",
    "auth.user",
    "partners.partner",
    "articles.category",
    "articles.tag",
    "articles.photo",
    "articles.taggedphoto",
    "articles.author",
    "articles.article",
    "articles.taggedarticle",
    "articles.articleauthor",
    "articles.relatedlink",
    "articles.page",
    "articles.revision",
    "articles.previewlink",
    "articles.correction",
    "articles.articleview",
    "articles.breakingnews",
    "partners.banner",
    "partners.bannerstat",
    "partners.calltoaction",
    "partners.lead",
    "newsroom.auditevent",
    "newsroom.twofactordevice",
    "newsroom.groupsecurity",
]
SKIPPED_MEDIA = ("renditions/",)


def export_to(path):
    """Write the archive to ``path``; returns (objects, files)."""
    from django.apps import apps

    groups = list(apps.get_model("auth.group")._default_manager.order_by("name"))
    objects = []
    for label in MODELS[1:]:
        model = apps.get_model(label)
        objects += list(model._default_manager.order_by("pk"))
    # Groups by name (migrations create the roles again), everything else with its id.
    data = json.dumps(
        json.loads(
            serializers.serialize(
                "json", groups, use_natural_foreign_keys=True, use_natural_primary_keys=True
            )
        )
        + json.loads(serializers.serialize("json", objects, use_natural_foreign_keys=True)),
        indent=1,
        ensure_ascii=False,
    )
    objects = groups + objects
    media = Path(settings.MEDIA_ROOT)
    files = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": FORMAT_VERSION}))
        archive.writestr("content.json", data)
        if media.exists():
            for file in sorted(media.rglob("*")):
                relative = file.relative_to(media).as_posix()
                if file.is_file() and not relative.startswith(SKIPPED_MEDIA):
                    archive.write(file, f"media/{relative}")
                    files += 1
    return len(objects), files


class NotEmpty(Exception):
    pass


def import_from(path):
    """Restore an archive into an empty database; returns (objects, files)."""
    from articles import indexing, search
    from articles.models import Article, Photo
    from newsroom import pagecache

    if Article.objects.exists() or Photo.objects.exists():
        raise NotEmpty("La base contient déjà des articles ou des photos : importez dans une "
                       "base vide (migrate sur une base neuve).")  # fmt: skip
    media = Path(settings.MEDIA_ROOT)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT_VERSION:
            raise ValueError(f"Format d’archive inconnu : {manifest.get('format')!r}.")
        data = archive.read("content.json").decode()
        with transaction.atomic():
            objects = 0
            for item in serializers.deserialize(
                "json", io.StringIO(data), handle_forward_references=True
            ):
                item.save()
                objects += 1
            # Groups made by migrations were matched by name; accounts keep their roles.
        files = 0
        for name in archive.namelist():
            if name.startswith("media/") and not name.endswith("/"):
                relative = Path(name[len("media/") :])
                if relative.is_absolute() or ".." in relative.parts:
                    continue  # an archive never writes outside MEDIA_ROOT
                target = media / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(name))
                files += 1
    indexing.rebuild_all_listings()
    search.rebuild()
    _reset_sequences()
    pagecache.bump_generation()
    return objects, files


def _reset_sequences():
    """PostgreSQL: the next ids continue after the imported ones."""
    from django.apps import apps
    from django.core.management.color import no_style
    from django.db import connection

    models = [apps.get_model(label) for label in MODELS]
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)
