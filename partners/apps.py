from django.apps import AppConfig

from accounts.roles import EDITORS, PARTNERSHIPS, model_permissions
from core.registry import ModelRoles


class PartnersConfig(ModelRoles, AppConfig):
    """Partner banners, calls to action, leads, sponsored labels and reports."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
    verbose_name = "Partenariats"

    # core.registry: daily counts and leads never show on a public page.
    private_models = ("BannerStat", "Lead")

    # accounts.roles: everything of this app for the partnerships desk; editors see the
    # partners, to mark an article as partner content.
    role_permissions = {
        PARTNERSHIPS: [
            *model_permissions("partners", ["partner", "banner", "calltoaction", "lead"]),
            "partners.view_bannerstat",
        ],
        EDITORS: ["partners.view_partner"],
    }

    def ready(self):
        from core.pagecache import register_schedule
        from partners.selection import next_flight_change

        register_schedule(next_flight_change)
