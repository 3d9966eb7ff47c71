"""Security headers that Django does not set by itself: Content-Security-Policy and
Permissions-Policy (Referrer-Policy, X-Content-Type-Options, Cross-Origin-Opener-Policy and
HSTS come from django.middleware.security.SecurityMiddleware, see settings).

The public site runs no inline script or style at all (JSON-LD blocks are data, which a CSP
does not govern), so its policy allows only this origin, plus the media hosts when photos are
served from another domain (MEDIA_URL, or the storage's bucket or CDN). The admin keeps
scripts to its own files too, but the body editor's import map, allowed by its hash, computed
once from the editor's own import map (never from what a page happens to contain, which stored
content could slip into); its widgets (select2, the prose editor) set style attributes, so
the admin allows inline styles.

Uploaded files are served with a policy of their own (MEDIA_POLICY): nothing may load or run,
whatever a file turns out to hold.
"""

import base64
import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings

from core import storage


@cache
def _media_origin():
    """The other hosts media come from: MEDIA_URL's, and the storage's (a bucket, a CDN:
    renditions redirect there, originals and logos are linked there)."""
    parts = urlsplit(settings.MEDIA_URL)
    origins = [f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""]
    origins.append(storage.origin())
    return " ".join(dict.fromkeys(origin for origin in origins if origin))


@cache
def public_policy():
    media = _media_origin()
    images = " ".join(filter(None, ["'self'", "data:", media]))
    return (
        "default-src 'self'; "
        f"img-src {images}; "
        "script-src 'self'; style-src 'self'; font-src 'self'; connect-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


@cache
def admin_policy():
    media = _media_origin()
    images = " ".join(filter(None, ["'self'", "data:", "blob:", media]))
    scripts = " ".join(["'self'", *known_import_map_hashes()])
    return (
        "default-src 'self'; "
        f"img-src {images}; "
        f"script-src {scripts}; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'none'"
    )


# What an uploaded file may do when opened on its own: nothing (no script, no style, no
# request), in a sandbox (a unique origin), whatever its type turns out to be.
MEDIA_POLICY = "default-src 'none'; sandbox"


PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


# The body editor (django-prose-editor) loads its modules through an import map: a script
# element that only maps names to our own static files. Its hash is computed once, from the
# editor's own import map as the admin renders it (static files' hashed names included).
_IMPORT_MAP = re.compile(r'<script type="importmap"[^>]*>(.*?)</script>', re.DOTALL)


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@cache
def known_import_map_hashes():
    from django_prose_editor.widgets import importmap

    return tuple(csp_hash(body) for body in _IMPORT_MAP.findall(str(importmap)))


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            if request.path.startswith(settings.MEDIA_URL):
                policy = MEDIA_POLICY
            elif request.path.startswith("/admin/"):
                policy = admin_policy()
            else:
                policy = public_policy()
            response["Content-Security-Policy"] = policy
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class RejectNulBytesMiddleware:
    """A NUL byte has no business in an address, and PostgreSQL refuses it in any text it is
    given (a preview token, a slug): answer 400 before any view runs. Query strings are the
    views' business (search, for one, drops such characters and answers normally)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            from django.http import HttpResponseBadRequest

            return HttpResponseBadRequest(
                "Adresse invalide : elle contient un caractère nul.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
