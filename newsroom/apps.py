from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """Project-wide wiring: the page cache follows every change of content."""

    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from newsroom import audit
        from newsroom.pagecache import connect_signals

        connect_signals()
        audit.connect()
