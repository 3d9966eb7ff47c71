from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    """The project package, top layer: settings, URLs, site-wide views and the commands
    that span apps (load_demo, export_content, import_content). It has no models (its
    migrations only record the hand-over of its former models to accounts)."""

    name = "newsroom"
    verbose_name = "Newsroom"
