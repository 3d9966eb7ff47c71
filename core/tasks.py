"""Background tasks of the core layer (Django's tasks API: README, « Tâches de fond »).

The worker runs a task by its module's path, whichever app it is in: core has no models, but
its tasks live here like any app's.
"""

import http.client
import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from core import cdn

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt at a purge: 10 s, 1 min, 5 min, 30 min, then give
# up (the task is « failed » in the admin's task results, with the CDN's last answer).
RETRY_DELAYS = (10, 60, 300, 1800)


@task
def purge_cdn(keys, urls, attempt=1):
    """One purge request to the CDN (core.cdn.purge queues them): sent, or tried again."""
    if not settings.CDN_PURGE_URL:  # turned off since it was queued
        return "purge désactivée"
    try:
        status = cdn.send(keys, urls)
    except (OSError, http.client.HTTPException) as error:  # urllib's errors are OSErrors
        size = f"{len(keys)} clés, {len(urls)} adresses"
        if not _retry_later(keys, urls, attempt):
            logger.error("CDN purge (%s) to %s failed %s times, given up: %s",
                         size, cdn.endpoint(), attempt, error)  # fmt: skip
            raise
        logger.warning("CDN purge (%s) to %s, attempt %s failed, tried again later: %s",
                       size, cdn.endpoint(), attempt, error)  # fmt: skip
        return f"essai {attempt} échoué, nouvel essai prévu"
    return f"purgé ({status}) : {len(keys)} clés, {len(urls)} adresses"


def _retry_later(keys, urls, attempt):
    """Queue the next attempt after its delay; False when there is none left, or when the
    backend cannot wait (the immediate one would retry at once, inside the request)."""
    if attempt > len(RETRY_DELAYS) or not purge_cdn.get_backend().supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1])
    purge_cdn.using(run_after=run_after).enqueue(keys, urls, attempt=attempt + 1)
    return True
