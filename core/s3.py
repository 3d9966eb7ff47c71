"""The storage class for media on an S3-compatible bucket (settings, ``STORAGES``): django-
storages' own, with headers per object (``core.storage.register_object_parameters``).

A module of its own so that a site on the local folder never imports boto3."""

from storages.backends.s3 import S3Storage

from core.storage import object_parameters


class S3MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        # Called with the bucket's key on a write (the storage's ``location`` first) and
        # with the storage's name on a read: the registered functions see the latter.
        prefix = self.location.strip("/") + "/" if self.location else ""
        relative = name[len(prefix) :] if prefix and name.startswith(prefix) else name
        return super().get_object_parameters(name) | object_parameters(relative)
