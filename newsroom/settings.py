"""Newsroom settings: the only settings module.

Everything that differs between a laptop and production comes from environment
variables, read through the small helpers below which fail loudly on a value they
cannot understand. The defaults run a fresh checkout on SQLite with no setup.
Each variable is documented in the README ("Settings").
"""

import hashlib
import ipaddress
import os
import tempfile
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
# The templates and static files: at the top of a checkout; inside this package when it was
# installed from a wheel (`pip install .`, see setup.py).
_ASSETS = Path(__file__).resolve().parent / "assets"
ASSETS_DIR = _ASSETS if (_ASSETS / "templates").is_dir() else BASE_DIR

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r}: expected one of 1/0, true/false, yes/no, on/off")


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r}: expected an integer") from None


def env_list(name, default):
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    # Development only: a fixed key so that sessions survive restarts of `make run`.
    SECRET_KEY = "django-insecure-newsroom-development-key-do-not-use-in-production"

# In development, « .localhost » also admits every publication's « name.localhost » address.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", ".localhost", "[::1]"] if DEBUG else [])

# The public address of the site, used for absolute links (feeds, share links, sitemaps)
# and to tell internal links from external ones in article bodies.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = env_str("SITE_NAME", "Newsroom")

# Our apps in their layers, bottom first (README, « Architecture »): each imports only
# those listed before it. Django's admin comes before them: its templates are overridden.
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # One Site per publication: the ecosystem's tools (sitemaps, redirects) understand them.
    "django.contrib.sites",
    "taggit",
    "django_prose_editor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Background tasks (Django's tasks API, backported) and their queue in our database.
    "django_tasks",
    "django_tasks_db",
    "core",
    "accounts",
    "articles",
    "partners",
    # The content API (/api/v1/) and the documentation page's bundled files (django-ninja).
    "ninja",
    "api",
    "newsroom",
]

MIDDLEWARE = [
    # Every log line of the request carries its id (X-Request-ID, nginx's or made here).
    "core.logs.RequestIdMiddleware",
    # /healthz (GET, HEAD) answered here: over plain HTTP and whatever the Host (a load
    # balancer probes with the server's address), before the HTTPS redirect and host checks.
    "newsroom.health.HealthCheckMiddleware",
    # Content-Security-Policy and Permissions-Policy on every response, cached ones included.
    "core.security.SecurityHeadersMiddleware",
    # /api/: its key, rate limit, CORS and usage count, before the page cache answers.
    "api.gate.ApiGateMiddleware",
    # No NUL byte reaches a view (PostgreSQL refuses them): 400.
    "core.security.RejectNulBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag/Last-Modified → 304, for cached and rendered pages alike.
    "django.middleware.http.ConditionalGetMiddleware",
    # Which publication the host is for (no query on a warm page); aliases answer a 301.
    "articles.publications.PublicationMiddleware",
    # Old addresses (a WordPress archive's, a changed slug's): a 301, before the page cache
    # for the addresses it would answer wrongly (« /?p=123 »), after the view for a 404.
    "articles.redirects.RedirectMiddleware",
    # Cached pages are answered here: sessions, CSRF and auth never run for them.
    "core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Which two-factor device, if any, this session was verified with (django-otp).
    "django_otp.middleware.OTPMiddleware",
    # The audit log knows who acts and from where.
    "accounts.audit.AuditRequestMiddleware",
    # Staff with two-factor authentication give their code once per session.
    "accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# HTTPS and cookies: on by default when DEBUG is off, each following an environment variable
# of its own name, so that the production setup also runs on plain http://127.0.0.1 (make
# serve, the benchmark). Behind a TLS-terminating proxy, SECURE_PROXY_SSL_HEADER=1 trusts its
# X-Forwarded-Proto header (only set it when the proxy overwrites that header).
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [ASSETS_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

# SQLite file in the checkout by default; DATABASE_URL (postgres://user@host:5432/name)
# switches to PostgreSQL, the production database.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
_postgresql = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
# Django's connection pool (psycopg_pool), per process. Off by default: a sync gunicorn
# worker serves one request at a time and keeps its one connection with CONN_MAX_AGE, and
# without a pool a database that is down answers 503 at once, where a pool makes each request
# wait DB_POOL_TIMEOUT. On for threaded servers and workers (README, « Settings »).
if env_bool("DB_POOL", False):
    if not _postgresql:
        raise ImproperlyConfigured("DB_POOL needs PostgreSQL (DATABASE_URL=postgres://…)")
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DB_POOL_MIN_SIZE", 1),
        "max_size": env_int("DB_POOL_MAX_SIZE", 4),
        "timeout": env_int("DB_POOL_TIMEOUT", 10),  # seconds to wait for a free connection
    }
    # The pool keeps the connections: Django refuses persistent ones beside it.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
# Behind PgBouncer in transaction pooling mode, a server-side cursor (QuerySet.iterator())
# would outlive the transaction that holds it. Prepared statements are already off (Django).
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DISABLE_SERVER_SIDE_CURSORS", False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Tests on SQLite use a file, not memory: the browser tests' server threads then have
    # connections of their own, as in production (in memory, they would share the tests').
    # One file per checkout, in the system's temporary folder.
    _checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]
    _test_db = Path(tempfile.gettempdir()) / f"newsroom-test-{_checkout}.sqlite3"
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}
    # Several writers (the web server's threads and the worker of background tasks): a
    # transaction takes the write lock when it begins and waits for it (up to 20 s), instead
    # of failing at once with « database is locked » when a reader turns writer while
    # another writes; readers read during a write (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "newsroom"),
            # A cache that does not answer quickly is treated as down: pages are rendered.
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 2000)},
        }
    }

# The page cache (core/pagecache.py): seconds a public page is kept; 0 turns it off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# With the local-memory cache, the versions of the surrogate keys (core/surrogates.py) are
# the time stamps of files in this folder, shared by the worker processes of one machine.
PAGE_CACHE_KEYS_DIR = Path(
    env_str("PAGE_CACHE_KEYS_DIR", str(BASE_DIR / "var" / "page-cache-keys"))
)
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/apercu/", "/stats/", "/partenaires/", "/healthz"]

# Reading counts: requests from these user agents are not counted (crawlers, previews).
BOT_USER_AGENTS = env_str(
    "BOT_USER_AGENTS",
    r"bot|crawl|spider|slurp|facebookexternalhit|preview|headless|lighthouse|curl|wget|python",
)
# The client's address (login throttling, rate limits, reading counts, the audit log): the
# peer, unless it is one of TRUSTED_PROXIES (addresses or networks, e.g. "127.0.0.1" for
# deploy/nginx.conf on the same machine, "10.0.0.0/8" for a load balancer's network); then
# the right-most address of CLIENT_IP_HEADER that is not a trusted proxy (core/request.py).
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an address or a network"
        ) from None
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER", "HTTP_X_FORWARDED_FOR")
# HTTP caching of public pages (CDN, browsers, nginx): short, capped by the schedule.
HTTP_MAX_AGE = env_int("HTTP_MAX_AGE", 60)
HTTP_S_MAXAGE = env_int("HTTP_S_MAXAGE", 120)
HTTP_STALE_WHILE_REVALIDATE = env_int("HTTP_STALE_WHILE_REVALIDATE", 60)
NGINX_MICROCACHE_SECONDS = env_int("NGINX_MICROCACHE_SECONDS", 5)

# Partners: leads
# « Devenez partenaire » requests (partners/leads.py) are e-mailed to this address; at most
# PARTNERS_LEAD_RATE_LIMIT requests an hour per client address (counted in the cache).
PARTNERS_LEAD_EMAIL = env_str("PARTNERS_LEAD_EMAIL", "partenariats@example.com")
PARTNERS_LEAD_RATE_LIMIT = env_int("PARTNERS_LEAD_RATE_LIMIT", 5)
# Requests a minute to the content API without a key, per client network (keys have their own
# limit, set in the admin).
API_ANONYMOUS_RATE_LIMIT = env_int("API_ANONYMOUS_RATE_LIMIT", 60)
# The API's usage counts are added up in each process and written at most this often.
API_USAGE_FLUSH_SECONDS = env_int("API_USAGE_FLUSH_SECONDS", 5)
# In development, e-mails are printed to the console; otherwise EMAIL_BACKEND chooses (by
# default SMTP, to Django's default server, localhost:25).
EMAIL_BACKEND = (
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A mail server that does not answer within this many seconds is a failure: the lead's
# notification is tried again later (partners/tasks.py), never waited on forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A CDN in front of the site (core/cdn.py, README « Purge du CDN »): cdn.purge() POSTs the
# surrogate keys and addresses to forget to CDN_PURGE_URL (empty: nothing is ever sent), from
# a background task, with CDN_PURGE_TOKEN as a bearer token when set, waiting at most
# CDN_PURGE_TIMEOUT seconds for an answer.
CDN_PURGE_URL = env_str("CDN_PURGE_URL")
if CDN_PURGE_URL and not CDN_PURGE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(f"CDN_PURGE_URL={CDN_PURGE_URL!r}: expected an http(s):// address")
CDN_PURGE_TOKEN = env_str("CDN_PURGE_TOKEN")
CDN_PURGE_TIMEOUT = env_int("CDN_PURGE_TIMEOUT", 10)
if CDN_PURGE_TIMEOUT <= 0:
    raise ImproperlyConfigured(f"CDN_PURGE_TIMEOUT={CDN_PURGE_TIMEOUT}: expected seconds, > 0")

# Background tasks (README, « Tâches de fond »): Django's tasks API (django-tasks, the
# backport of django.tasks). « database » queues them in the database, where the worker
# (`manage.py run_worker`, started by `make run` and `make serve`) runs them; « immediate »
# runs each one at once, inside the process that enqueues it (the test suite's choice).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = env_str("TASKS_BACKEND", "database")
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND={TASKS_BACKEND!r}: expected one of {', '.join(TASK_BACKENDS)}"
    )
# « imports »: WordPress imports, which may take an hour (articles/tasks.py).
TASKS = {
    "default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["default", "imports"]},
}

# Admin login throttling (accounts/throttle.py, SECURITY.md): a 15-minute window; 5 failures
# lock one account from one address, 20 lock an address, 10 slow an account down to one
# attempt every 5 seconds from anywhere.
LOGIN_WINDOW = env_int("LOGIN_WINDOW", 15 * 60)
LOGIN_PAIR_LIMIT = env_int("LOGIN_PAIR_LIMIT", 5)
LOGIN_ADDRESS_LIMIT = env_int("LOGIN_ADDRESS_LIMIT", 20)
LOGIN_ACCOUNT_SLOWDOWN = env_int("LOGIN_ACCOUNT_SLOWDOWN", 10)
LOGIN_ACCOUNT_DELAY = env_int("LOGIN_ACCOUNT_DELAY", 5)

# Two-factor authentication (accounts/two_factor.py, django-otp): the name authenticator apps
# show, and wrong codes that double the wait each time (1 s, 2 s, 4 s…).
OTP_TOTP_ISSUER = SITE_NAME
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Hashed names (and gzip/brotli copies) once `collectstatic` has run: the default when
# DEBUG is off. WhiteNoise then serves them with far-future, immutable caching.
STATIC_MANIFEST = env_bool("STATIC_MANIFEST", not DEBUG)
# Uploads and photo renditions (core/storage.py): the local folder MEDIA_ROOT by default; an
# S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set, so that several app servers share
# them (README, « Médias sur un stockage objet (S3) »).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    _s3_options = {
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),  # another provider than AWS
        "access_key": env_str("AWS_ACCESS_KEY_ID"),  # else boto3's own chain (a role…)
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY"),
        "region_name": env_str("AWS_S3_REGION_NAME"),
        "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),  # a CDN in front of the bucket
        "addressing_style": env_str("AWS_S3_ADDRESSING_STYLE"),  # "path" for some servers
    }
    _media_storage = {
        # django-storages' S3Storage, with headers per object (renditions whose rights end).
        "BACKEND": "core.s3.S3MediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            **{name: value for name, value in _s3_options.items() if value},
            # Public media: plain addresses that browsers and CDNs cache, never signed ones
            # that expire inside a cached page.
            "querystring_auth": False,
            # Renditions are written again under their own name (under a lock); every
            # upload gets a generated name of its own.
            "file_overwrite": True,
            # Every name is made once for good (generated names, renditions' fingerprints);
            # renditions of photos whose rights end say until when instead (articles.photos).
            "object_parameters": {"CacheControl": "public, max-age=2592000"},
        },
    }
else:
    _media_storage = {"BACKEND": "core.storage.LocalMediaStorage"}
# On another host than nginx's folder, a rendition is answered by a redirect to the
# storage's address (made first if missing), never streamed through the application.
MEDIA_REDIRECT_RENDITIONS = env_bool(
    "MEDIA_REDIRECT_RENDITIONS", _media_storage["BACKEND"] != "core.storage.LocalMediaStorage"
)
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
STATICFILES_DIRS = [ASSETS_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
# In production the front server (deploy/nginx.conf) serves MEDIA_ROOT; Django serves it
# only in development, or under `make serve` where no front server runs.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# WordPress exports uploaded in the admin (articles.wordpress): they hold drafts, private
# posts and e-mail addresses, so never under MEDIA_ROOT, which the web server publishes.
IMPORTS_ROOT = Path(env_str("IMPORTS_ROOT", str(BASE_DIR / "var" / "imports")))

# Uploads: a photo heavier than this, or with more pixels than that (read from its header,
# before any decoding: "decompression bombs"), is refused with a French message.
PHOTO_MAX_UPLOAD_BYTES = env_int("PHOTO_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
PHOTO_MAX_PIXELS = env_int("PHOTO_MAX_PIXELS", 50_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

TAGGIT_CASE_INSENSITIVE = True

# Deleted articles and photos stay this many days in the trash (articles/trash.py).
TRASH_DAYS = env_int("TRASH_DAYS", 30)

# Logs (core/logs.py): one line per record on the standard error, with its time, level,
# logger and the request's id (X-Request-ID, nginx's or made here); LOG_FORMAT=json writes
# one JSON object per line for a log collector. Django's own loggers go through the same
# handler (their default handlers, plain or mailing, are replaced).
LOG_FORMAT = env_str("LOG_FORMAT", "text")
if LOG_FORMAT not in ("text", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r}: expected text or json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "core.logs.RequestIdFilter"},
        "once_per_interval": {"()": "core.logs.OncePerInterval"},
        # In development the error is on the screen already.
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "text": {"()": "core.logs.TextFormatter"},
        "json": {"()": "core.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "INFO"},
    },
}

# Errors of requests (500, and the 503 of a database that is down) are e-mailed to ADMINS
# ("Nom <adresse@exemple.fr>, autre@exemple.fr"), the same error at most once every five
# minutes per process; Django's security errors (a forged Host…) are attacks, logged only.
ADMINS = [pair for pair in getaddresses([env_str("ADMINS")]) if any(pair)]
for _name, _address in ADMINS:
    if "@" not in _address:
        raise ImproperlyConfigured(f"ADMINS: {_address or _name!r} is not an e-mail address")
if ADMINS:
    LOGGING["handlers"]["mail_admins"] = {
        "class": "django.utils.log.AdminEmailHandler",
        "level": "ERROR",
        "formatter": "text",  # the mail's first line: time, logger, the request's id
        "filters": ["require_debug_false", "request_id", "once_per_interval"],
    }
    LOGGING["loggers"]["django.request"] = {"handlers": ["mail_admins"], "propagate": True}
EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "

# An error tracker (Sentry or a compatible server, e.g. GlitchTip) when SENTRY_DSN is set:
# unhandled errors and ERROR records, tagged with the request's id, no personal data sent.
# sentry-sdk is optional (pip install 'newsroom[sentry]'); it reads SENTRY_ENVIRONMENT and
# SENTRY_RELEASE itself.
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    try:
        import sentry_sdk
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError:
        raise ImproperlyConfigured(
            "SENTRY_DSN is set but sentry-sdk is not installed: pip install 'newsroom[sentry]'"
        ) from None
    from core.logs import tag_request_id

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        before_send=tag_request_id,
    )
