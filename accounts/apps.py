from django.apps import AppConfig
from django.db.models.signals import post_migrate

from core.registry import ALL, ModelRoles


class AccountsConfig(ModelRoles, AppConfig):
    """Staff access and its trail: roles, two-factor authentication, login throttling and
    the audit log. Imports only core."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "Comptes et sécurité"

    # core.registry: nothing of this app is ever shown on a public page; its backups include
    # the accounts and the roles themselves, not the security counters (passing state).
    private_models = ALL
    transient_models = ("Counter",)
    archived_models = (
        "auth.Group",
        "auth.User",
        "otp_totp.TOTPDevice",
        "otp_static.StaticDevice",
        "otp_static.StaticToken",
    )

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accounts import audit
        from accounts.roles import sync_roles
        from accounts.two_factor import decide_at_login

        audit.connect()
        user_logged_in.connect(decide_at_login, dispatch_uid="two-factor:login")
        # After auth has created the permissions of every app (auth is listed first).
        post_migrate.connect(sync_roles, dispatch_uid="accounts.sync_roles")
