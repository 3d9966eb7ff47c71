"""The project's own state: when each periodic job was last queued (newsroom.schedule)."""

from django.db import models


class PeriodicJob(models.Model):
    """One row per periodic job of ``newsroom.schedule.SCHEDULE``. Every worker looks at
    it once a minute; the one whose conditional UPDATE moves ``last_enqueued_at`` queues
    the job, so that several workers (on one machine or several) never queue it twice."""

    name = models.CharField("tâche", max_length=100, unique=True)
    last_enqueued_at = models.DateTimeField("dernier lancement", null=True, blank=True)

    class Meta:
        verbose_name = "tâche périodique"
        verbose_name_plural = "tâches périodiques"
        ordering = ["name"]

    def __str__(self):
        return self.name
