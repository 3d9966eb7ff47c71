"""Media on any Django storage (core/storage.py): the local folder's atomic writes, the
helpers that list and delete through the storage API alone, the settings that choose a
bucket, and ``copy_media_to_storage`` for moving an install onto one. The photo, trash,
archive, feed and import tests run on both storages too (the ``media_backend`` fixture)."""

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from articles.models import Photo
from core import storage
from core.storage import LocalMediaStorage, delete_tree, walk
from tests import media
from tests.factories import jpeg_bytes, make_photo

ROOT = Path(__file__).resolve().parent.parent


def test_file_fields_follow_the_storage_of_the_test(media_backend, db):
    """Django's FileField keeps the lazy ``default_storage`` itself: a photo saved after the
    switch is written to the bucket, and its address is the bucket's."""
    field = Photo._meta.get_field("image")
    assert field.storage is default_storage
    expected = {"local": "LocalMediaStorage", "s3": "S3MediaStorage"}[media_backend]
    assert type(field.storage._wrapped).__name__ == expected
    photo = make_photo()
    assert media.names() == [photo.image.name]
    assert photo.image.url == storage.base_url() + photo.image.name
    assert photo.image.url.startswith("/media/" if media_backend == "local" else "http://127.")


def test_walk_and_delete_tree_go_through_the_storage_api(media_backend):
    for name in ("renditions/7/a/1x1-192.jpg", "renditions/7/b/1x1-192.jpg", "photos/x.jpg",
                 "renditions/70/a/1x1-192.jpg"):  # fmt: skip
        default_storage.save(name, ContentFile(b"x"))
    assert walk(default_storage) == [
        "photos/x.jpg",
        "renditions/7/a/1x1-192.jpg",
        "renditions/7/b/1x1-192.jpg",
        "renditions/70/a/1x1-192.jpg",
    ]
    assert walk(default_storage, skip=("renditions/",)) == ["photos/x.jpg"]
    assert walk(default_storage, "nowhere") == []
    assert delete_tree(default_storage, "renditions/7") == 2
    assert walk(default_storage) == ["photos/x.jpg", "renditions/70/a/1x1-192.jpg"]
    assert delete_tree(default_storage, "renditions/7") == 0  # a missing folder: nothing
    with pytest.raises(ValueError):
        delete_tree(default_storage, "/")


def test_the_local_storage_writes_aside_then_moves_into_place(tmp_path, monkeypatch):
    local = LocalMediaStorage(location=tmp_path)
    assert local.save("renditions/1/v/a.jpg", ContentFile(b"first")) == "renditions/1/v/a.jpg"
    # A name is written again, never « a_Xy12.jpg » beside it.
    assert local.save("renditions/1/v/a.jpg", ContentFile(b"second")) == "renditions/1/v/a.jpg"
    assert (tmp_path / "renditions/1/v/a.jpg").read_bytes() == b"second"
    assert os.stat(tmp_path / "renditions/1/v/a.jpg").st_mode & 0o044  # nginx may read it

    # Until the move, readers see the old file whole, and the half-written one is hidden.
    seen = []
    real_replace = os.replace

    def replace(source, target):
        seen.append(
            ((tmp_path / "renditions/1/v/a.jpg").read_bytes(), local.listdir("renditions/1/v"))
        )
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    local.save("renditions/1/v/a.jpg", ContentFile(b"third"))
    assert seen == [(b"second", ([], ["a.jpg"]))]
    assert (tmp_path / "renditions/1/v/a.jpg").read_bytes() == b"third"

    # A write that fails leaves the old file, and no partial one.
    class Broken(ContentFile):
        def chunks(self, chunk_size=None):
            yield b"half"
            raise OSError("disque plein")

    with pytest.raises(OSError):
        local.save("renditions/1/v/a.jpg", Broken(b""))
    assert (tmp_path / "renditions/1/v/a.jpg").read_bytes() == b"third"
    assert sorted(p.name for p in (tmp_path / "renditions/1/v").iterdir()) == ["a.jpg"]


def test_copy_media_to_storage_copies_each_file_once(media_backend, tmp_path, settings):
    old = tmp_path / "ancien-media"
    files = {
        "photos/2020/11/a.jpg": jpeg_bytes(40, 30),
        "partenaires/2021/01/b.png": b"\x89PNG pas vraiment",
        "renditions/3/abc/1x1-192.jpg": jpeg_bytes(20, 20),
    }
    for name, data in files.items():
        (old / name).parent.mkdir(parents=True, exist_ok=True)
        (old / name).write_bytes(data)
    (old / "photos/2020/11/.a.jpg.12-34-ab.part").write_bytes(b"half")  # a write under way

    def run(*args):
        out = StringIO()
        call_command("copy_media_to_storage", *args, stdout=out)
        return out.getvalue().strip()

    assert run("--from", str(old)) == "Médias copiés : 3 ; déjà présents (même taille) : 0."
    assert {name: media.read(name) for name in media.names()} == files
    assert run("--from", str(old)) == "Médias copiés : 0 ; déjà présents (même taille) : 3."
    (old / "photos/2020/11/a.jpg").write_bytes(jpeg_bytes(80, 60))  # changed since
    assert run("--from", str(old)) == "Médias copiés : 1 ; déjà présents (même taille) : 2."
    assert media.read("photos/2020/11/a.jpg") == jpeg_bytes(80, 60)
    with pytest.raises(CommandError, match="Dossier introuvable"):
        run("--from", str(tmp_path / "absent"))


def test_copy_media_to_storage_reads_media_root_by_default(media_backend, tmp_path, settings):
    if media_backend == "local":  # the default storage is MEDIA_ROOT itself: nothing to copy
        settings.MEDIA_ROOT = tmp_path / "ancien-media"
    source = Path(settings.MEDIA_ROOT) if media_backend == "s3" else tmp_path / "ancien-media"
    (source / "photos").mkdir(parents=True)
    (source / "photos" / "a.jpg").write_bytes(jpeg_bytes(10, 10))
    out = StringIO()
    call_command("copy_media_to_storage", stdout=out)
    copied = 1 if media_backend == "s3" else 0
    assert f"Médias copiés : {copied} ; déjà présents (même taille) : {1 - copied}." in (
        out.getvalue()
    )
    assert media.names() == ["photos/a.jpg"]


def settings_in(env):
    """The media settings a fresh process reads from ``env``."""
    code = (
        "import json, newsroom.settings as s; "
        "print(json.dumps([s.STORAGES['default'], s.MEDIA_REDIRECT_RENDITIONS]))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_"))}
    result = subprocess.run(
        [sys.executable, "-c", code], env=clean | env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_environment_chooses_the_media_storage():
    assert settings_in({}) == [{"BACKEND": "core.storage.LocalMediaStorage"}, False]
    bucket, redirect = settings_in({
        "AWS_STORAGE_BUCKET_NAME": "newsroom-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
        "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_S3_REGION_NAME": "fr-par", "AWS_S3_CUSTOM_DOMAIN": "media.frenchweb.fr",
    })  # fmt: skip
    assert bucket == {
        "BACKEND": "core.s3.S3MediaStorage",
        "OPTIONS": {
            "bucket_name": "newsroom-media",
            "endpoint_url": "https://s3.fr-par.scw.cloud",
            "access_key": "AKID",
            "secret_key": "secret",
            "region_name": "fr-par",
            "custom_domain": "media.frenchweb.fr",
            "querystring_auth": False,
            "file_overwrite": True,
            "object_parameters": {"CacheControl": "public, max-age=2592000"},
        },
    }
    assert redirect is True
    only_bucket, _ = settings_in(
        {"AWS_STORAGE_BUCKET_NAME": "b", "AWS_S3_ADDRESSING_STYLE": "path"}
    )
    assert set(only_bucket["OPTIONS"]) == {
        "bucket_name", "addressing_style", "querystring_auth", "file_overwrite",
        "object_parameters",
    }  # fmt: skip
    assert settings_in({"MEDIA_REDIRECT_RENDITIONS": "1"})[1] is True


def test_a_photo_s_renditions_made_ahead_read_its_original_once(media_backend, db):
    """On a bucket each read is a download: the renditions made after an upload (a dozen)
    share one."""
    from articles import photos

    photo = make_photo()
    for name in media.names("renditions/"):
        default_storage.delete(name)
    reads = []
    opened = default_storage.open

    def counting_open(name, mode="rb"):
        reads.append(name)
        return opened(name, mode)

    default_storage.open = counting_open
    try:
        photos.make_standard_renditions(photo)
    finally:
        del default_storage.open
    made = [name for name in media.names("renditions/") if name.endswith(".jpg")]
    assert len(made) > 3
    assert reads == [photo.image.name]
