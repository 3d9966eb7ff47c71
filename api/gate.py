"""What every request to /api/ goes through before anything else answers it (the page cache
included): a well-formed query, a valid key or none, the rate limit, CORS and the usage
count. Placed before the page cache in MIDDLEWARE, so that a cached answer is limited and
counted like any other."""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from api import usage
from api.errors import error
from api.models import ApiKey, digest
from core.request import client_network

PREFIX = "/api/"
KEY_HEADER = "X-Api-Key"


def _key_from(request):
    """The key sent (X-Api-Key, or Authorization: Bearer …), or None."""
    key = request.headers.get(KEY_HEADER)
    if key is None:
        scheme, _, value = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            key = value.strip()
    return key


def authenticate(key):
    """The active ApiKey of ``key``, or None. One indexed read (by prefix), kept a minute in
    the cache; the digest is compared in constant time."""
    import hmac

    parts = key.split("_", 2)  # the secret may hold "_" itself
    if len(parts) != 3 or parts[0] != "nr" or len(parts[1]) != 8 or not parts[1].isalnum():
        return None
    cache_key = f"api-key:{parts[1]}"
    found = cache.get(cache_key)
    if found is None:
        found = ApiKey.objects.active().filter(prefix=parts[1]).first() or False
        cache.set(cache_key, found, 60)
    if found and hmac.compare_digest(found.key_digest, digest(key)):
        return found
    return None


def forget(api_key):
    """Drop a key from the cache (revoked, or its limits changed): effective at once."""
    cache.delete(f"api-key:{api_key.prefix}")


def _over_limit(who, limit):
    """(refused, seconds until the window ends): a fixed window of one minute per client."""
    now = time.time()
    window = int(now // 60)
    name = f"api-rate:{who}:{window}"
    cache.add(name, 0, 120)
    try:
        count = cache.incr(name)
    except ValueError:  # evicted between add and incr
        cache.set(name, 1, 120)
        count = 1
    return count > limit, max(1, int(60 - now % 60) + 1)


def _cors(request, response, api_key):
    origin = request.headers.get("Origin")
    if not origin:
        return response
    patch_vary_headers(response, ["Origin"])
    if api_key is None or origin.rstrip("/") in api_key.origins():
        response["Access-Control-Allow-Origin"] = "*" if api_key is None else origin
        response["Access-Control-Expose-Headers"] = "ETag, Retry-After, X-RateLimit-Limit"
    return response


class ApiGateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":  # a browser's preflight: it carries no key
            return _preflight(request)
        if "\x00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in name or "\x00" in value for name, value in request.GET.items()
        ):
            return error(400, "caractere_nul", "Paramètre invalide : il contient un caractère nul.")
        repeated = sorted(name for name, values in request.GET.lists() if len(values) > 1)
        if repeated:
            return error(
                400,
                "parametre_repete",
                f"Paramètre donné plusieurs fois : {', '.join(repeated)}.",
            )
        key = _key_from(request)
        api_key = None
        if key is not None:
            api_key = authenticate(key)
            if api_key is None:
                return error(401, "cle_invalide", "Clé d’API inconnue ou révoquée.")
            origin = request.headers.get("Origin")
            if origin and origin.rstrip("/") not in api_key.origins():
                return error(
                    403,
                    "origine_refusee",
                    f"Cette clé n’est pas autorisée depuis {origin[:200]}.",
                )
        limit = api_key.rate_limit if api_key else settings.API_ANONYMOUS_RATE_LIMIT
        who = f"key-{api_key.pk}" if api_key else f"ip-{client_network(request)}"
        refused, retry_after = _over_limit(who, limit)
        today = timezone.localdate()
        if refused:
            usage.count(api_key and api_key.pk, today, "refused")
            response = error(
                429,
                "trop_de_requetes",
                f"Limite de {limit} requêtes par minute atteinte : réessayez dans "
                f"{retry_after} secondes.",
            )
            response["Retry-After"] = str(retry_after)
        else:
            usage.count(api_key and api_key.pk, today)
            if api_key is not None and cache.add(f"api-seen:{api_key.pk}", 1, 60):
                ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=timezone.now())
            response = as_json(self.get_response(request))
        response["X-RateLimit-Limit"] = str(limit)
        return _cors(request, response, api_key)


# What an error of the layers below (an unknown address, a NUL byte in the path, a method
# other than GET) says, in the API's own form.
STATUS_CODES = {
    400: ("requete_invalide", "Requête invalide."),
    404: ("introuvable", "Aucun contenu publié à cette adresse."),
    405: ("methode_refusee", "Méthode refusée : l’API se lit (GET, HEAD, OPTIONS)."),
}


def as_json(response):
    """``response``, or for an error that is not JSON yet, the API's JSON error."""
    if response.status_code < 400 or response.get("Content-Type", "").startswith(
        "application/json"
    ):
        return response
    code, message = STATUS_CODES.get(
        response.status_code, ("erreur", "Erreur du serveur : réessayez plus tard.")
    )
    replaced = error(response.status_code, code, message)
    for header in ("Allow", "Retry-After"):
        if header in response:
            replaced[header] = response[header]
    return replaced


def _preflight(request):
    from django.http import HttpResponse

    response = HttpResponse(status=204)
    origin = request.headers.get("Origin")
    if origin:
        # Answered for any origin: the request that follows is checked against its key.
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = f"{KEY_HEADER}, Authorization, If-None-Match"
        response["Access-Control-Max-Age"] = "86400"
        patch_vary_headers(response, ["Origin"])
    return response
