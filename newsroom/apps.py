from django.apps import AppConfig

from core.registry import ALL, ModelRoles


class NewsroomConfig(ModelRoles, AppConfig):
    """The project package, top layer: settings, URLs, site-wide views, the commands that
    span apps (load_demo, export_content, import_content, run_worker) and the schedule of
    periodic jobs. Its one model, ``PeriodicJob``, is the schedule's passing state (its
    older migrations record the hand-over of its former models to accounts)."""

    name = "newsroom"
    verbose_name = "Newsroom"

    # core.registry: never on a public page, never in a backup.
    private_models = ALL
    transient_models = ("PeriodicJob",)
