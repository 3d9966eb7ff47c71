"""Requests counted per key and day: added up in the process, written to the database at
most every API_USAGE_FLUSH_SECONDS (one UPDATE per key and day then, not one per request, so
that a busy key's row is not a lock every request waits for). A process that dies loses at
most that many seconds of counts."""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db.models import F

_lock = threading.Lock()
_pending = Counter()  # (key id or None, day, field) -> count
_flushed_at = time.monotonic()
logger = logging.getLogger(__name__)


def count(key_id, day, field="requests"):
    global _flushed_at
    with _lock:
        _pending[(key_id, day, field)] += 1
        due = time.monotonic() - _flushed_at >= settings.API_USAGE_FLUSH_SECONDS
    if due:
        flush()


def flush():
    """Write what was counted (and forget it)."""
    global _flushed_at
    from api.models import ApiUsage
    from core.counters import increment

    with _lock:
        pending = dict(_pending)
        _pending.clear()
        _flushed_at = time.monotonic()
    for (key_id, day, field), number in sorted(pending.items(), key=str):
        if number == 1:
            increment(ApiUsage, field, key_id=key_id, day=day)
            continue
        rows = ApiUsage.objects.filter(key_id=key_id, day=day)
        if not rows.update(**{field: F(field) + number}):
            increment(ApiUsage, field, key_id=key_id, day=day)
            rows.update(**{field: F(field) + number - 1})


@atexit.register
def _at_exit():
    """A worker recycled or stopped writes what it counted."""
    try:
        if _pending:
            flush()
    except Exception:
        logger.warning("API usage: counts lost at exit", exc_info=True)
