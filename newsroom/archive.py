"""A complete, re-importable archive of the newsroom: every piece of content and account as
JSON (Django's serializer), plus the uploaded files.

What it holds comes from the app registry (``core.registry``): every model of our apps, and
the accounts and roles, but what an app declares derived (category listings; the search
index and the photo renditions, which are not models, are derived too). Derived data is
rebuilt on import by each app (``rebuild_derived``).

An archive holds password hashes and two-factor secrets: it is written readable by its
owner only, and signed with the site's SECRET_KEY. An import trusts nothing in it: the
signature must be the site's own (unless the caller says the archive comes from elsewhere),
only the archived models are read, every object is validated as the admin would (bodies go
through the sanitiser again), and only images are written, inside the media folder. A
refused archive writes nothing.

Used by ``manage.py export_content`` and ``manage.py import_content``.
"""

import base64
import hashlib
import hmac
import io
import json
import os
import zipfile
from pathlib import PurePosixPath

from django.contrib.auth.models import Group
from django.contrib.sites.models import Site
from django.core import serializers
from django.core.exceptions import NON_FIELD_ERRORS, ObjectDoesNotExist, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, models, transaction
from django.utils.crypto import salted_hmac
from django_prose_editor.fields import ProseEditorField
from PIL import Image, UnidentifiedImageError

from accounts import audit
from articles.models import Publication
from articles.photos import FILE_EXTENSIONS
from articles.typography import typeset_html
from core import pagecache, registry
from core.storage import walk

FORMAT_VERSION = 2  # 2: signed, with each member's digest; 1: neither
READABLE_FORMATS = (1, 2)
_SIGNATURE_SALT = "newsroom.archive"
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


class RefusedArchive(ValueError):
    """An archive that is not imported, with the reason in French."""


class Unsigned(RefusedArchive):
    pass


def _signature(digests):
    payload = json.dumps(digests, sort_keys=True, separators=(",", ":"))
    return salted_hmac(_SIGNATURE_SALT, payload, algorithm="sha256").hexdigest()


def _owner_only(path):
    """A file opened for writing that only its owner can read, even if it existed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def export_to(path):
    """Write the archive to ``path`` (readable by its owner only); returns (objects, files)."""
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
    derived_media = registry.derived_media()
    files = 0
    digests = {}

    def add(archive, name, data):
        archive.writestr(name, data)
        digests[name] = hashlib.sha256(data).hexdigest()

    with _owner_only(path) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        add(archive, "content.json", data.encode())
        for name in walk(default_storage, skip=derived_media):
            if not name.startswith(derived_media):
                with default_storage.open(name, "rb") as file:
                    add(archive, f"media/{name}", file.read())
                files += 1
        manifest = {"format": FORMAT_VERSION, "files": digests, "signature": _signature(digests)}
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
    return len(groups) + len(objects), files


class NotEmpty(Exception):
    pass


# Rows that migrations make in a new database: the roles, and the first publication with its
# site. An import keeps the roles (matched by name) and replaces the publication when the
# archive brings its own (an archive made before publications existed does not).
MADE_BY_MIGRATIONS = (Group, Site, Publication)


def _existing_content():
    """The archived models that already hold rows, besides those migrations make."""
    return [
        str(model._meta.verbose_name_plural)
        for model in registry.archived_models()
        if model not in MADE_BY_MIGRATIONS and model._default_manager.exists()
    ]


def import_from(path, *, trust_unsigned=False):
    """Restore an archive into an empty database; returns (objects, files). Raises NotEmpty,
    or RefusedArchive (Unsigned for an archive not signed with this site's key, unless
    ``trust_unsigned``) before anything is written."""
    existing = _existing_content()
    if existing:
        raise NotEmpty(
            f"La base contient déjà des données ({', '.join(existing[:3])}) : importez dans "
            "une base vide (migrate sur une base neuve)."
        )
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise RefusedArchive("Ce fichier n’est pas une archive .zip d’export_content.") from None
    except OSError:
        raise RefusedArchive(f"Fichier introuvable ou illisible : {path}.") from None
    with archive:
        members = _checked_members(archive, trust_unsigned)
        items = [_upgraded(item) for item in _json(members.pop("content.json"))]
        _check_models(items)
        # The files first: validating a photo reads its image.
        written = []
        try:
            for name, data in members.items():
                written.append(default_storage.save(name, ContentFile(data)))
                if written[-1] != name:  # a storage that renames: the rows would miss it
                    raise RefusedArchive(
                        f"Le stockage des médias a enregistré « {name} » sous un autre nom "
                        f"(« {written[-1]} ») : il doit pouvoir réécrire un nom."
                    )
            objects = _restore(items)
        except BaseException:
            for name in written:
                default_storage.delete(name)
            raise
    registry.rebuild_derived()
    _reset_sequences()
    pagecache.bump_generation()
    return objects, len(members)


def _restore(items):
    current = None  # the object being written, named if the database refuses it
    try:
        with transaction.atomic(), audit.paused():
            if any(item["model"] == "articles.publication" for item in items):
                Publication.objects.all().delete()
                Site.objects.all().delete()
            deserialized = serializers.deserialize(
                "json", io.StringIO(json.dumps(items)), handle_forward_references=True
            )
            saved = []
            for item in deserialized:
                current = item.object
                _validate_fields(item.object)
                item.save()
                saved.append(item)
            # Then what needs the other objects: the links to objects that came later in the
            # archive (a sub-section before its parent), and each model's own rules (clean()),
            # which may read them. Any refusal undoes the whole import.
            for item in saved:
                current = item.object
                if item.deferred_fields:
                    item.save_deferred_fields()
            for item in saved:
                try:
                    item.object.clean()
                except ValidationError as error:
                    _refuse(item.object, error)
                except ObjectDoesNotExist:  # a link to an object the archive does not hold
                    _refuse_constraint(item.object)
            # Groups made by migrations were matched by name; accounts keep their roles.
    except IntegrityError:  # everything is undone; say which object, and why if we can
        _refuse_constraint(current)
    return len(saved)


def _refuse_constraint(obj):
    """An object the database refused (a CHECK or UNIQUE constraint, a missing link): its
    model's constraint messages, in French, or the plain fact."""
    try:
        obj.validate_constraints()
    except ValidationError as error:
        _refuse(obj, error)
    raise RefusedArchive(
        f"Objet refusé ({obj._meta.label_lower} {obj.pk}) : la base de données le refuse (un "
        "lien vers un objet absent de l’archive, ou une valeur déjà prise)."
    ) from None


def _checked_members(archive, trust_unsigned):
    """Every member of the archive, read and judged: {"content.json": bytes, name in the
    media storage: bytes}. Refuses the whole archive at the first doubt."""
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError):
        raise RefusedArchive("L’archive n’a pas de manifeste lisible (manifest.json).") from None
    if not isinstance(manifest, dict) or manifest.get("format") not in READABLE_FORMATS:
        fmt = manifest.get("format") if isinstance(manifest, dict) else None
        raise RefusedArchive(f"Format d’archive inconnu : {fmt!r}.")
    digests = manifest.get("files")
    signed = (
        isinstance(digests, dict)
        and isinstance(manifest.get("signature"), str)
        and hmac.compare_digest(_signature(digests), manifest["signature"])
    )
    if not signed and not trust_unsigned:
        raise Unsigned(
            "L’archive n’est pas signée avec la clé de ce site (SECRET_KEY) : elle vient "
            "d’ailleurs ou a été modifiée. Si vous savez d’où elle vient, relancez avec "
            "--trust-unsigned."
        )
    members = {}
    for info in archive.infolist():
        name = info.filename
        if name == "manifest.json" or info.is_dir():
            continue
        data = archive.read(info)
        if signed and digests.get(name) != hashlib.sha256(data).hexdigest():
            raise RefusedArchive(f"« {name} » ne correspond pas à la signature de l’archive.")
        if name == "content.json":
            members[name] = data
        else:
            members[_media_path(name, data)] = data
    if "content.json" not in members:
        raise RefusedArchive("L’archive n’a pas de contenu (content.json).")
    if signed and set(digests) - {info.filename for info in archive.infolist()}:
        raise RefusedArchive("L’archive est incomplète : il lui manque des fichiers signés.")
    return members


def _media_path(name, data):
    """The name in the media storage of an archived media file, which must be an image."""
    path = PurePosixPath(name)
    if path.parts[:1] != ("media",) or "\\" in name:
        raise RefusedArchive(f"Élément inattendu dans l’archive : « {name} ».")
    relative = PurePosixPath(*path.parts[1:])
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise RefusedArchive(f"« {name} » sortirait du dossier des médias.")
    if not relative.name.lower().endswith(FILE_EXTENSIONS):
        raise RefusedArchive(f"« {name} » n’est pas une image : seules les photos sont importées.")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise RefusedArchive(f"« {name} » n’est pas une image lisible.") from None
    return relative.as_posix()


def _json(data):
    try:
        items = json.loads(data.decode())
    except (UnicodeDecodeError, ValueError):
        raise RefusedArchive("Le contenu de l’archive n’est pas du JSON valide.") from None
    if not isinstance(items, list) or not all(
        isinstance(item, dict) and isinstance(item.get("model"), str) for item in items
    ):
        raise RefusedArchive("Le contenu de l’archive n’est pas une liste d’objets.")
    return items


def _check_models(items):
    known = {model._meta.label_lower for model in registry.archived_models()}
    unknown = sorted({item["model"] for item in items} - known)
    if unknown:
        raise RefusedArchive(
            f"L’archive contient des données que le site n’archive pas : {', '.join(unknown)}."
        )


def _validate_fields(obj):
    """Validate each field as a form would (HTML fields are sanitised on the way); links to
    other objects are left to the database and the model's own rules to after the restore,
    as the objects they need may come later in the archive."""
    relations = [f.name for f in obj._meta.fields if isinstance(f, models.ForeignKey)]
    try:
        obj.clean_fields(exclude=relations)
    except ValidationError as error:
        _refuse(obj, error)
    for field in obj._meta.fields:
        if isinstance(field, ProseEditorField):  # sanitised above; typeset as save() does
            setattr(obj, field.attname, typeset_html(getattr(obj, field.attname)))


def _refuse(obj, error):
    reasons = error.message_dict if hasattr(error, "error_dict") else {"objet": error.messages}
    messages = "; ".join(
        f"{'objet' if field == NON_FIELD_ERRORS else field} : {' '.join(errors)}"
        for field, errors in reasons.items()
    )
    raise RefusedArchive(f"Objet refusé ({obj._meta.label_lower} {obj.pk}) : {messages}") from None


def _reset_sequences():
    """PostgreSQL: the next ids continue after the imported ones."""
    from django.core.management.color import no_style
    from django.db import connection

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), registry.archived_models()):
            cursor.execute(sql)
