"""A complete, re-importable archive of the newsroom: every piece of content and account as
JSON (Django's serializer), plus the uploaded files.

What it holds comes from the app registry (``core.registry``): every model of our apps, and
the accounts and roles, but what an app declares derived (category listings; the search
index and the photo renditions, which are not models, are derived too). Derived data is
rebuilt on import by each app (``rebuild_derived``).

Used by ``manage.py export_content`` and ``manage.py import_content``.
"""

import base64
import io
import json
import zipfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import serializers
from django.db import transaction

from accounts import audit
from core import pagecache, registry

FORMAT_VERSION = 1
# Models that changed app since archives of this format were first written.
RENAMED_MODELS = {
    "newsroom.auditevent": "accounts.auditevent",
    "newsroom.groupsecurity": "accounts.groupsecurity",
}
# The two-factor devices of our own, before django-otp's (accounts migration 0004 does the
# same for databases).
OLD_DEVICES = {"newsroom.twofactordevice", "accounts.twofactordevice"}


def _upgraded(item):
    """An archived row as the current models store it."""
    if item["model"] in OLD_DEVICES:
        fields = item["fields"]
        secret = fields["secret"] + "=" * (-len(fields["secret"]) % 8)
        return {
            "model": "otp_totp.totpdevice",
            "fields": {
                "user": fields["user"],
                "name": "Application d’authentification",
                "confirmed": fields.get("confirmed_at") is not None,
                "key": base64.b32decode(secret).hex(),
                "last_t": fields.get("last_step") or -1,
            },
        }
    return {**item, "model": RENAMED_MODELS.get(item["model"], item["model"])}


def export_to(path):
    """Write the archive to ``path``; returns (objects, files)."""
    models = registry.archived_models()
    groups = list(Group.objects.order_by("name"))
    objects = []
    for model in models:
        if model is not Group:
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
    media = Path(settings.MEDIA_ROOT)
    derived_media = registry.derived_media()
    files = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": FORMAT_VERSION}))
        archive.writestr("content.json", data)
        if media.exists():
            for file in sorted(media.rglob("*")):
                relative = file.relative_to(media).as_posix()
                if file.is_file() and not relative.startswith(derived_media):
                    archive.write(file, f"media/{relative}")
                    files += 1
    return len(groups) + len(objects), files


class NotEmpty(Exception):
    pass


def _existing_content():
    """The archived models that already hold rows (the roles are made by migrations)."""
    return [
        model._meta.verbose_name_plural
        for model in registry.archived_models()
        if model is not Group and model._default_manager.exists()
    ]


def import_from(path):
    """Restore an archive into an empty database; returns (objects, files)."""
    existing = _existing_content()
    if existing:
        raise NotEmpty(
            f"La base contient déjà des données ({', '.join(existing[:3])}) : importez dans "
            "une base vide (migrate sur une base neuve)."
        )
    media = Path(settings.MEDIA_ROOT)
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != FORMAT_VERSION:
            raise ValueError(f"Format d’archive inconnu : {manifest.get('format')!r}.")
        items = [_upgraded(item) for item in json.loads(archive.read("content.json").decode())]
        with transaction.atomic(), audit.paused():
            objects = 0
            for item in serializers.deserialize(
                "json", io.StringIO(json.dumps(items)), handle_forward_references=True
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
    registry.rebuild_derived()
    _reset_sequences()
    pagecache.bump_generation()
    return objects, files


def _reset_sequences():
    """PostgreSQL: the next ids continue after the imported ones."""
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), registry.archived_models()):
            cursor.execute(sql)
