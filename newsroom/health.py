"""/healthz, for load balancers and uptime probes: the database, the cache and the media
storage, each "ok" or what went wrong, 503 when any is down.

Answered by ``HealthCheckMiddleware`` near the top of the stack, for GET and HEAD: before the
HTTPS redirect (a load balancer probes the server over plain HTTP) and before anything reads
the Host header (it probes with the server's own address, which ALLOWED_HOSTS rightly does
not list). Nothing of the site is served that way: only this state, which names no host,
user or path (the errors' details go to the log). Never cached, by anyone.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

from core import storage

logger = logging.getLogger(__name__)

PATH = "/healthz"


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", 5)
    if cache.get(key) != "1":
        raise RuntimeError("cache: nothing read back")
    cache.delete(key)


CHECKS = {"database": _database, "cache": _cache, "storage": storage.check}


def state():
    """{"database": "ok", "cache": "ok", "storage": "erreur : …"}"""
    result = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            logger.warning("Health check: %s is down: %r", name, error)
            result[name] = f"erreur : {error.__class__.__name__}"
        else:
            result[name] = "ok"
    return result


def healthz(request):
    result = state()
    healthy = all(value == "ok" for value in result.values())
    response = JsonResponse(result, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
