"""The settings of a production-like process for the benchmarks and the cluster: DEBUG off,
hashed static files, plain http on loopback (no HTTPS redirect, no secure cookies), nginx on
this machine as the trusted proxy, and every folder under ``run_dir``."""

import os


def production(*, database_url, run_dir, drop=("REDIS_URL",), drop_prefixes=()):
    """The environment of such a process: this one's, but for the variables ``drop`` and
    those starting with ``drop_prefixes``, and the settings above."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in drop and not key.startswith(tuple(drop_prefixes))
    }
    return env | {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DATABASE_URL": database_url,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost,.localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "CONN_MAX_AGE": "60",
        "STATIC_MANIFEST": "1",
        "STATIC_ROOT": str(run_dir / "static"),
        "MEDIA_ROOT": str(run_dir / "media"),
        "PAGE_CACHE_KEYS_DIR": str(run_dir / "page-cache-keys"),
        "SERVE_MEDIA": "0",
        "TRUSTED_PROXIES": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
