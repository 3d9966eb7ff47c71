from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: no models, and none of our other packages imported. The page cache,
    security headers, request helpers, the atomic daily counter, French formatting, and the
    registry of what each app declares about its models."""

    name = "core"
    verbose_name = "Socle"

    def ready(self):
        from core import pagecache

        # Every app's models are known by now (ready() runs once all are loaded).
        pagecache.connect_signals()
