"""The atomic daily counter: reading counts, banner impressions and clicks are each one row
per object and day, incremented in the database."""

from django.db import IntegrityError, transaction
from django.db.models import F


def increment(model, field, **row):
    """Add one to ``field`` of the row identified by ``row`` (created at 1 if missing),
    atomically: concurrent requests never lose a count (``UPDATE … SET n = n + 1``), and a
    busy counter costs one row per key (a day), not one row per event."""
    rows = model.objects.filter(**row)
    if rows.update(**{field: F(field) + 1}):
        return
    try:
        with transaction.atomic():
            model.objects.create(**row, **{field: 1})
    except IntegrityError:  # another request created the row first
        rows.update(**{field: F(field) + 1})
