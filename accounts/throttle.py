"""Login throttling for the admin: slow down, then lock, without letting an attacker lock a
whole newsroom out.

The policy (also in SECURITY.md), over a sliding window of LOGIN_WINDOW seconds (15 min):

- one account from one address: after LOGIN_PAIR_LIMIT failures (5), that pair is locked for
  the rest of the window. The journalist at their own desk is only locked if the attacker
  shares their address;
- one address, any accounts: after LOGIN_ADDRESS_LIMIT failures (20), the address is locked
  (password spraying from one machine);
- one account, any addresses: after LOGIN_ACCOUNT_SLOWDOWN failures (10), every attempt on
  that account must wait LOGIN_ACCOUNT_DELAY seconds (5) after the previous failure. A botnet
  is slowed to 12 guesses a minute per account, but the account is never locked from
  everywhere: its owner can still log in from their own address.

Counters live in the cache (shared by every worker with Redis). A cache that is down lets
logins through rather than locking everybody out; the failure is logged.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.cache import cache
from django.core.exceptions import ValidationError

from core.request import client_address

logger = logging.getLogger(__name__)


def _key(kind, *parts):
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]
    return f"login:{kind}:{digest}"


def _keys(username, address):
    username = (username or "").strip().lower()
    return {
        "pair": _key("pair", username, address),
        "address": _key("address", address),
        "account": _key("account", username),
        "last": _key("last", username),
    }


def _minutes(seconds):
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def check(username, address, now=None):
    """A French message if this attempt must be refused now, else None."""
    now = now or time.time()
    keys = _keys(username, address)
    try:
        counts = cache.get_many([keys["pair"], keys["address"], keys["account"], keys["last"]])
    except Exception:
        logger.warning("Login throttling: cache unavailable, attempt allowed")
        return None
    window = settings.LOGIN_WINDOW
    if counts.get(keys["pair"], 0) >= settings.LOGIN_PAIR_LIMIT:
        return (
            "Trop d’échecs de connexion pour ce compte depuis votre adresse : par sécurité, "
            f"réessayez dans {_minutes(window)}, ou demandez à un administrateur de "
            "réinitialiser votre mot de passe."
        )
    if counts.get(keys["address"], 0) >= settings.LOGIN_ADDRESS_LIMIT:
        return (
            "Trop d’échecs de connexion depuis votre adresse : par sécurité, les connexions en "
            f"sont suspendues pendant {_minutes(window)}."
        )
    if counts.get(keys["account"], 0) >= settings.LOGIN_ACCOUNT_SLOWDOWN:
        wait = settings.LOGIN_ACCOUNT_DELAY - (now - counts.get(keys["last"], 0))
        if wait > 0:
            return (
                "Ce compte a reçu beaucoup de tentatives de connexion : patientez "
                f"{max(1, round(wait))} secondes avant de réessayer."
            )
    return None


def _incr(key, timeout):
    if not cache.add(key, 1, timeout):
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout)


def record_failure(username, address, now=None):
    keys = _keys(username, address)
    window = settings.LOGIN_WINDOW
    try:
        for kind in ("pair", "address", "account"):
            _incr(keys[kind], window)
        cache.set(keys["last"], now or time.time(), window)
    except Exception:
        logger.warning("Login throttling: cache unavailable, failure not counted")


def record_success(username, address):
    keys = _keys(username, address)
    try:
        cache.delete(keys["pair"])
    except Exception:
        logger.warning("Login throttling: cache unavailable")


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """The admin's login form, with the throttling above."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request) if self.request else ""
        refusal = check(username, address)
        if refusal:
            raise ValidationError(refusal, code="throttled")
        try:
            cleaned = super().clean()
        except ValidationError as error:
            if getattr(error, "code", None) == "invalid_login":
                record_failure(username, address)
            raise
        record_success(username, address)
        return cleaned
