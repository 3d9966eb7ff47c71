"""Media on any Django storage (core/storage.py): the local folder's atomic writes, and the
helpers that list and delete through the storage API alone. The photo, trash, archive, feed
and import tests run on each storage (the ``media_backend`` fixture)."""

import os

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from articles.models import Photo
from core.storage import LocalMediaStorage, delete_tree, walk
from tests import media
from tests.factories import make_photo


def test_file_fields_follow_the_storage_of_the_test(media_backend, db):
    """Django's FileField keeps the lazy ``default_storage`` itself: it follows STORAGES."""
    field = Photo._meta.get_field("image")
    assert field.storage is default_storage
    assert type(field.storage._wrapped).__name__ == "LocalMediaStorage"
    photo = make_photo()
    assert media.names() == [photo.image.name]
    assert photo.image.url == "/media/" + photo.image.name


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
