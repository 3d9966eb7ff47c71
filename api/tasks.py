"""Background tasks of the API (Django's tasks API; scheduled by ``newsroom.schedule``)."""

from django_tasks import task


@task
def purge_article_changes():
    """Forget the changes that ``updated_since`` no longer reaches (``api.changes.DAYS``)."""
    from api import changes

    return changes.purge()


@task
def record_expired_rights():
    """The articles whose lead photo's rights just ended, as changes (``updated_since``)."""
    from api import changes

    return changes.record_expired_rights()
