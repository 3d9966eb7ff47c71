from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: no models, and none of our other packages imported. The page cache,
    security headers, request helpers, the atomic daily counter, French formatting, and the
    registry of what each app declares about its models."""

    name = "core"
    verbose_name = "Socle"

    def ready(self):
        from django.core.signals import setting_changed

        from core import cdn, checks, pagecache, request, surrogates  # noqa: F401  (checks)

        # Every app's models are known by now (ready() runs once all are loaded).
        pagecache.connect_signals()
        # A change empties the pages that show it here, and in a CDN in front (if any).
        surrogates.on_bump(cdn.purge_changed)
        setting_changed.connect(_forget_settings, dispatch_uid="core:settings")


def _forget_settings(setting, **kwargs):
    """What core derives from settings is computed once; tests change settings."""
    from core import request, security, storage

    if setting in ("TRUSTED_PROXIES",):
        request.trusted_networks.cache_clear()
    if setting == "BOT_USER_AGENTS":
        request._bots.cache_clear()
    if setting in ("MEDIA_URL", "STORAGES"):
        storage.base_url.cache_clear()
        for function in (security._media_origin, security.public_policy, security.admin_policy):
            function.cache_clear()
