from django.apps import AppConfig


class PartnersConfig(AppConfig):
    """Partner banners, calls to action and leads; its models arrive with the partners issue."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
    verbose_name = "Partenariats"
