"""Background tasks of the partners app (Django's tasks API: README, « Tâches de fond »).

The desk's e-mail for a new lead is sent here, never during the prospect's request: a slow
or broken mail server neither slows the form down nor loses the lead. A failed attempt is
tried again later (``RETRY_DELAYS``); the lead records when its e-mail went
(``Lead.notified_at``), so the desk sees in the admin the ones it never got.
"""

import logging
from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from partners.models import Lead

logger = logging.getLogger(__name__)

# Seconds to wait before each new attempt: 1 min, 5 min, 30 min, 2 h, then give up (the
# lead stays « e-mail non envoyé » in the admin).
RETRY_DELAYS = (60, 300, 1800, 7200)


@task
def notify_lead(lead_id, attempt=1):
    """E-mail the partnerships desk about the lead ``lead_id`` (once: a lead already
    notified, or deleted since, is left alone)."""
    from partners.leads import notification

    lead = Lead.objects.filter(pk=lead_id, notified_at__isnull=True).first()
    if lead is None:
        return "rien à envoyer"
    try:
        notification(lead).send()
    except Exception:
        if not _retry_later(lead_id, attempt):
            logger.exception("Lead %s: its e-mail to the desk failed %s times", lead_id, attempt)
            raise
        logger.warning("Lead %s: e-mail attempt %s failed, tried again later", lead_id, attempt)
        return f"essai {attempt} échoué, nouvel essai prévu"
    Lead.objects.filter(pk=lead_id).update(notified_at=timezone.now())
    return "envoyé"


def _retry_later(lead_id, attempt):
    """Queue the next attempt after its delay; False when there is none left, or when the
    backend cannot wait (the immediate one would retry at once, inside the request)."""
    if attempt > len(RETRY_DELAYS) or not notify_lead.get_backend().supports_defer:
        return False
    run_after = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1])
    notify_lead.using(run_after=run_after).enqueue(lead_id, attempt=attempt + 1)
    return True
