"""Checks of ``manage.py check --deploy`` that Django does not make itself."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def trusted_proxies(app_configs, **kwargs):
    """Behind a proxy with no trusted proxy configured, every request comes from the proxy:
    one attacker's failed logins lock the whole newsroom out, and rate limits, reading counts
    and the audit log see a single client."""
    behind_a_proxy = getattr(settings, "SECURE_PROXY_SSL_HEADER", None) is not None
    if behind_a_proxy and not settings.TRUSTED_PROXIES:
        return [
            Warning(
                "SECURE_PROXY_SSL_HEADER is set (the site runs behind a proxy) but "
                "TRUSTED_PROXIES is empty: every client will be the proxy's address.",
                hint="Set TRUSTED_PROXIES to the proxy's address or network, e.g. "
                "TRUSTED_PROXIES=127.0.0.1 with deploy/nginx.conf on the same machine.",
                id="core.W001",
            )
        ]
    return []
