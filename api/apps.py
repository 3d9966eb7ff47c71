from django.apps import AppConfig

from accounts.roles import EDITORS, PARTNERSHIPS, model_permissions
from core.registry import ModelRoles


class ApiConfig(ModelRoles, AppConfig):
    """The public content API (/api/v1/): published content as JSON, for apps, partners and
    aggregators, with keys issued in the admin. Above partners in the layers: it reads
    articles and partners, and nothing below imports it."""

    name = "api"
    verbose_name = "API de contenu"
    default_auto_field = "django.db.models.BigAutoField"

    # core.registry: keys and their counts never show on a public page; the change log is
    # passing state (90 days) that a backup does not carry.
    private_models = ("ApiKey", "ApiUsage", "ArticleChange")
    transient_models = ("ArticleChange",)

    # accounts.roles: editors and the partnerships desk issue and revoke keys for the
    # newsroom's apps and its partners, and follow their usage.
    role_permissions = {
        role: [
            *model_permissions("api", ["apikey"], ["add", "change", "view"]),
            "api.view_apiusage",
        ]
        for role in (EDITORS, PARTNERSHIPS)
    }

    def ready(self):
        from api import changes
        from core import surrogates

        surrogates.on_bump(changes.record)
