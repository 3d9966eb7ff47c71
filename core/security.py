"""Security headers that Django does not set by itself: Content-Security-Policy and
Permissions-Policy (Referrer-Policy, X-Content-Type-Options, Cross-Origin-Opener-Policy and
HSTS come from django.middleware.security.SecurityMiddleware, see settings).

The public site runs no inline script or style at all (JSON-LD blocks are data, which a CSP
does not govern), so its policy allows only this origin, plus the media host when photos are
served from another domain (MEDIA_URL). The admin keeps scripts to its own files too, but the
body editor's import map, allowed by its hash; its widgets (select2, the prose editor) set
style attributes, so the admin allows inline styles.
"""

import base64
import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings


@cache
def _media_origin():
    parts = urlsplit(settings.MEDIA_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


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
    return (
        "default-src 'self'; "
        f"img-src {images}; "
        "script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        "frame-ancestors 'none'"
    )


PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


# The body editor (django-prose-editor) loads its modules through an import map: a script
# element that only maps names to our own static files, written by our templates.
_IMPORT_MAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.DOTALL)


def import_map_hashes(content):
    """CSP hashes of the import maps in a page (which a policy must allow by hash)."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'"
        for body in _IMPORT_MAP.findall(content)
    ]


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            if request.path.startswith("/admin/"):
                policy = admin_policy()
                html = response.get("Content-Type", "").startswith("text/html")
                if html and not response.streaming:
                    hashes = import_map_hashes(response.content)
                    if hashes:
                        policy = policy.replace(
                            "script-src 'self';", f"script-src 'self' {' '.join(hashes)};", 1
                        )
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
