"""Media files through Django's storage API, whatever holds them: the local media folder
(``LocalMediaStorage``, the default) or an S3-compatible bucket (django-storages), chosen by
``STORAGES["default"]`` in the settings.

Nothing else of ours reads a path of the media folder: uploads and photo renditions are
read, written, listed, deleted and linked through the default storage, so that a file
written by one app server is there for every other one.

On a bucket, the HTTP headers an object is served with are written with it: the storage's
``object_parameters`` (the settings'), and what the apps add for some names
(``register_object_parameters``; the bucket's storage class is ``core.s3.S3MediaStorage``).
"""

import os
import posixpath
import threading
import uuid
from contextlib import suppress
from functools import cache
from urllib.parse import urlsplit

from django.core.files.storage import FileSystemStorage, default_storage

_PARTIAL = ".part"

_object_parameters = []


def register_object_parameters(function):
    """Let a higher app give some of a bucket's objects headers of their own:
    ``function(name)`` returns the parameters of the upload (boto3's ``ExtraArgs``:
    ``CacheControl``, ``Expires``…) to add for ``name``, or ``{}``. Called in its
    ``AppConfig.ready()`` (the photo renditions whose rights end: articles.photos)."""
    if function not in _object_parameters:
        _object_parameters.append(function)


def object_parameters(name):
    """What the registered functions add for the object ``name`` (relative to the storage)."""
    parameters = {}
    for function in _object_parameters:
        parameters |= function(name)
    return parameters


class LocalMediaStorage(FileSystemStorage):
    """The local media folder (MEDIA_ROOT, served by nginx in production).

    A file is written aside, then moved into place in one step (``os.replace``): the front
    server never serves half a rendition, and a name can be written again (renditions are
    rewritten under a lock, an archive's import restores its own names)."""

    def __init__(self, **options):
        options.setdefault("allow_overwrite", True)
        super().__init__(**options)

    def _save(self, name, content):
        target = self.path(name)
        directory = os.path.dirname(target)
        if self.directory_permissions_mode is not None:
            os.makedirs(directory, self.directory_permissions_mode, exist_ok=True)
        else:
            os.makedirs(directory, exist_ok=True)
        # Beside its target (same file system: the move is atomic), hidden from listdir().
        partial = os.path.join(
            directory,
            f".{os.path.basename(target)}.{os.getpid()}-{threading.get_ident()}-"
            f"{uuid.uuid4().hex[:8]}{_PARTIAL}",
        )
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # umask applies
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in content.chunks():  # from the start (File.chunks seeks to 0)
                    out.write(chunk.encode() if isinstance(chunk, str) else chunk)
            if self.file_permissions_mode is not None:
                os.chmod(partial, self.file_permissions_mode)
            os.replace(partial, target)
        except BaseException:
            with suppress(FileNotFoundError):
                os.unlink(partial)
            raise
        self._ensure_location_group_id(target)
        return os.path.relpath(target, self.location).replace("\\", "/")

    def listdir(self, path):
        directories, files = super().listdir(path)
        writing = [f for f in files if f.startswith(".") and f.endswith(_PARTIAL)]
        return directories, [f for f in files if f not in writing]


def walk(storage, prefix="", *, skip=()):
    """The names of every file under ``prefix`` (a folder of ``storage``), sorted, through
    ``listdir`` alone (any backend); folders whose name + "/" starts with one of ``skip`` are
    not entered. A missing folder has no files."""
    prefix = prefix.strip("/")
    try:
        directories, files = storage.listdir(prefix)
    except FileNotFoundError:
        return []
    names = [posixpath.join(prefix, name) for name in files]
    for directory in directories:
        path = posixpath.join(prefix, directory)
        if not (path + "/").startswith(tuple(skip)):
            names += walk(storage, path, skip=skip)
    return sorted(names)


def delete_tree(storage, prefix):
    """Delete every file under the folder ``prefix`` (and, on a file system, the folders
    left empty); returns how many files. A missing folder is nothing to delete."""
    prefix = prefix.strip("/")
    if not prefix:
        raise ValueError("delete_tree() needs a folder, not the whole storage.")
    names = walk(storage, prefix)
    for name in names:
        storage.delete(name)
    _remove_empty_folders(storage, prefix)
    return len(names)


def _remove_empty_folders(storage, prefix):
    # Only a file system keeps folders: a bucket lists none once their files are gone.
    if not isinstance(storage, FileSystemStorage):
        return
    try:
        directories, _ = storage.listdir(prefix)
    except FileNotFoundError:
        return
    for directory in directories:
        _remove_empty_folders(storage, posixpath.join(prefix, directory))
    # A folder: removed if empty (a file written there meanwhile, a new rendition, keeps it).
    with suppress(OSError):
        storage.delete(prefix)


@cache
def base_url():
    """The address the default storage's files are read from: MEDIA_URL for the local
    folder, the bucket's or its CDN's for S3. Computed once (no request is made)."""
    probe = "probe.jpg"
    url = default_storage.url(probe)
    return url[: -len(probe)] if url.endswith(probe) else ""


def origin():
    """The storage's origin when its files are on another host (for the CSP), else ""."""
    parts = urlsplit(base_url())
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def is_storage_url(url):
    """Whether ``url`` is the address of a file of the default storage on another host (the
    bucket, the CDN): what ``photo.image.url`` gives there."""
    base = base_url()
    if not base.startswith(("https://", "http://")) or not url.startswith(base):
        return False
    rest = url[len(base) :]
    return bool(rest) and ".." not in rest and not any(c in rest for c in "\\\"'<> ?#")


def copy_files(source, target):
    """Copy every file of storage ``source`` to storage ``target`` under the same name, but
    those already there with the same size; returns (copied, skipped)."""
    copied = skipped = 0
    for name in walk(source):
        if target.exists(name) and target.size(name) == source.size(name):
            skipped += 1
            continue
        with source.open(name, "rb") as file:
            saved = target.save(name, file)
        if saved != name:
            target.delete(saved)
            raise RuntimeError(f"{name} was stored as {saved}: the storage must overwrite names.")
        copied += 1
    return copied, skipped


def check(storage=None):
    """Raise unless the media storage can be used, without writing to it (a probe every few
    seconds from every server would leave, on a versioned bucket, a version and a deletion
    marker each time, kept forever): a bucket lists its top level, one request that fails
    when it is unreachable, refuses the keys or does not exist (``exists()`` would say
    « absent » for a missing bucket as for a missing name); the local folder is one we may
    write in, or may still be made by the first upload (a fresh install)."""
    storage = storage or default_storage
    try:
        storage.listdir("")
    except FileNotFoundError:
        if not isinstance(storage, FileSystemStorage):
            raise
        # Not made yet: its parent must take it.
        parent = os.path.dirname(os.path.abspath(storage.location))
        if not os.access(parent, os.W_OK | os.X_OK):
            raise PermissionError("le dossier des médias ne peut pas être créé") from None
        return
    if isinstance(storage, FileSystemStorage) and not os.access(
        storage.location, os.W_OK | os.X_OK
    ):
        raise PermissionError("le dossier des médias n’accepte pas d’écriture")
