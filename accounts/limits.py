"""Counters in the database for the site's security state: login throttling, rate limits,
once-a-day recognitions (reading counts, partner impressions and clicks).

They used to live in the cache, beside the page cache, whose keys any visitor creates: two
thousand junk requests evicted a lock. Rows of ``accounts.Counter`` cannot be evicted, are
shared by every worker and server, and are changed by single conditional UPDATE statements,
so that concurrent requests cannot slip past a limit. Keys are hashed before they are
stored. ``purge`` deletes the rows whose window has closed (``manage.py purge_counters``).
"""

import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from accounts.models import Counter
from core.request import client_network, reader_key

# Browsers counted a day, per address, as distinct readers of the same thing: an office
# behind one address has that many; a script that changes its browser name at each request
# counts that many times, not once per request.
READERS_PER_ADDRESS = 20


def digest(*parts):
    """The stored form of a key: a hash of its parts (an address, a user name…)."""
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()


@dataclass(frozen=True)
class State:
    count: int
    last_at: object  # datetime, or None when nothing was counted in the window


EMPTY = State(0, None)


def read(scope, key, *, now=None):
    """The count of ``key`` in its current window (0 once the window has closed)."""
    now = now or timezone.now()
    row = (
        Counter.objects.filter(scope=scope, key=key, expires_at__gt=now)
        .values_list("count", "last_at")
        .first()
    )
    return State(*row) if row else EMPTY


def hit(scope, key, *, seconds, now=None, unless=None):
    """Count one more for ``key``, in a window of ``seconds`` opened by its first count.
    Returns the new State, or None when ``unless`` (a Q on the row, e.g. "too soon") held and
    nothing was counted: the check and the count are one UPDATE, whatever runs beside."""
    now = now or timezone.now()
    live = Q(expires_at__gt=now)
    rows = Counter.objects.filter(scope=scope, key=key)
    guarded = rows.exclude(live & unless) if unless is not None else rows
    for _ in range(3):
        try:
            # The UPDATE locks the row until the transaction ends: the read sees our own
            # count, not one that concurrent requests have moved on since.
            with transaction.atomic():
                updated = guarded.update(
                    count=Case(When(live, then=F("count") + 1), default=Value(1)),
                    expires_at=Case(
                        When(live, then=F("expires_at")),
                        default=Value(now + timedelta(seconds=seconds)),
                    ),
                    last_at=now,
                )
                if updated:
                    return read(scope, key, now=now)
                if unless is not None and rows.exists():
                    return None  # the row is there, so ``unless`` held
                Counter.objects.create(
                    scope=scope, key=key, count=1, last_at=now,
                    expires_at=now + timedelta(seconds=seconds),
                )  # fmt: skip
                return State(1, now)
        except IntegrityError:  # created by a concurrent request: count on it
            continue
    raise RuntimeError(f"counter {scope} could not be counted")


def give_back(scope, key):
    """Take back one count (an attempt that turned out legitimate)."""
    Counter.objects.filter(scope=scope, key=key, count__gt=0).update(count=F("count") - 1)


def forget(scope, key):
    Counter.objects.filter(scope=scope, key=key).delete()


def first_time(scope, key, *, until, now=None):
    """True the first time ``key`` is seen before ``until`` (a recognition: one reading, one
    impression a day per reader); False after."""
    now = now or timezone.now()
    state = hit(scope, key, seconds=max(1, int((until - now).total_seconds())), now=now)
    return state is not None and state.count == 1


def new_reader_today(scope, request, *parts, now=None):
    """True the first time today that this reader (``core.request.reader_key``: a keyed hash
    of their address and browser, changed every day) is seen for ``parts`` (an article, a
    banner), unless their address already brought READERS_PER_ADDRESS readers of ``parts``."""
    now = timezone.localtime(now)
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    day = now.date()
    if not first_time(scope, reader_key(request, *parts, day=day), until=midnight, now=now):
        return False
    key = digest(client_network(request), *parts, day)
    seconds = max(1, int((midnight - now).total_seconds()))
    return hit(f"{scope}:address", key, seconds=seconds, now=now).count <= READERS_PER_ADDRESS


@contextmanager
def lock(scope, key, *, seconds):
    """A lock shared by every worker and server, held at most ``seconds`` (a holder that
    crashes leaves it to expire): yields whether it is held."""
    held = first_time(scope, key, until=timezone.now() + timedelta(seconds=seconds))
    try:
        yield held
    finally:
        if held:
            forget(scope, key)


def purge(now=None):
    """Delete the counters whose window has closed; returns how many."""
    deleted, _ = Counter.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted
