"""Login throttling for the admin: slow down, then lock, without letting an attacker lock a
whole newsroom out.

The policy (also in SECURITY.md), over a window of LOGIN_WINDOW seconds (15 min) opened by
the first failure:

- one account from one address: after LOGIN_PAIR_LIMIT failures (5), that pair is locked for
  the rest of the window. The journalist at their own desk is only locked if the attacker
  shares their address;
- one address, any accounts: after LOGIN_ADDRESS_LIMIT failures (20), the address is locked
  (password spraying from one machine);
- one account, any addresses: after LOGIN_ACCOUNT_SLOWDOWN failures (10), every attempt on
  that account must wait LOGIN_ACCOUNT_DELAY seconds (5) after the previous one. A botnet
  is slowed to 12 guesses a minute per account, but the account is never locked from
  everywhere: its owner can still log in from their own address.

An address is an IPv4 address or an IPv6 /64 (``core.request.network_of``): a machine that owns
a /64 cannot pick a fresh address for each guess.

The counters are rows of the database (accounts.limits): no page traffic can evict them, and
every worker and server shares them. Each attempt is counted before the password is checked
(and given back when it succeeds), so that concurrent guesses cannot slip past a limit.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone

from accounts import audit, limits
from core.request import client_network

PAIR, ADDRESS, ACCOUNT = "login-pair", "login-address", "login-account"


def _keys(username, address):
    username = (username or "").strip().lower()
    return {
        PAIR: limits.digest(username, address),
        ADDRESS: limits.digest(address),
        ACCOUNT: limits.digest(username),
    }


def _minutes(seconds):
    minutes = max(1, round(seconds / 60))
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def _pair_locked():
    return (
        "Trop d’échecs de connexion pour ce compte depuis votre adresse : par sécurité, "
        f"réessayez dans {_minutes(settings.LOGIN_WINDOW)}, ou demandez à un administrateur "
        "de réinitialiser votre mot de passe."
    )


def _address_locked():
    return (
        "Trop d’échecs de connexion depuis votre adresse : par sécurité, les connexions en "
        f"sont suspendues pendant {_minutes(settings.LOGIN_WINDOW)}."
    )


def _slowed(last_at, now):
    wait = settings.LOGIN_ACCOUNT_DELAY - (now - last_at).total_seconds()
    return (
        "Ce compte a reçu beaucoup de tentatives de connexion : patientez "
        f"{max(1, round(wait))} secondes avant de réessayer."
    )


def _too_soon(now):
    """On the account's row: slowed down, and its last attempt is too recent."""
    return Q(
        count__gte=settings.LOGIN_ACCOUNT_SLOWDOWN,
        last_at__gt=now - timedelta(seconds=settings.LOGIN_ACCOUNT_DELAY),
    )


def check(username, address, now=None):
    """A French message if an attempt would be refused now, else None (counts nothing)."""
    now = now or timezone.now()
    keys = _keys(username, address)
    if limits.read(PAIR, keys[PAIR], now=now).count >= settings.LOGIN_PAIR_LIMIT:
        return _pair_locked()
    if limits.read(ADDRESS, keys[ADDRESS], now=now).count >= settings.LOGIN_ADDRESS_LIMIT:
        return _address_locked()
    account = limits.read(ACCOUNT, keys[ACCOUNT], now=now)
    if account.count >= settings.LOGIN_ACCOUNT_SLOWDOWN and account.last_at > now - timedelta(
        seconds=settings.LOGIN_ACCOUNT_DELAY
    ):
        return _slowed(account.last_at, now)
    return None


def attempt(username, address, now=None):
    """Count this attempt, or refuse it: a French message, or None to go on and check the
    password. The check and the count of each limit are one statement."""
    now = now or timezone.now()
    refusal = check(username, address, now=now)
    if refusal:
        return refusal
    keys = _keys(username, address)
    window = settings.LOGIN_WINDOW
    account = limits.hit(ACCOUNT, keys[ACCOUNT], seconds=window, now=now, unless=_too_soon(now))
    if account is None:  # a concurrent attempt came first
        return _slowed(limits.read(ACCOUNT, keys[ACCOUNT], now=now).last_at, now)
    pair = limits.hit(PAIR, keys[PAIR], seconds=window, now=now)
    if pair.count > settings.LOGIN_PAIR_LIMIT:
        return _pair_locked()
    if limits.hit(ADDRESS, keys[ADDRESS], seconds=window, now=now).count > (
        settings.LOGIN_ADDRESS_LIMIT
    ):
        return _address_locked()
    return None


def succeeded(username, address):
    """The password was right: the attempt was not a failure."""
    keys = _keys(username, address)
    limits.forget(PAIR, keys[PAIR])
    limits.give_back(ADDRESS, keys[ADDRESS])
    limits.give_back(ACCOUNT, keys[ACCOUNT])


class ThrottledAuthenticationForm(AdminAuthenticationForm):
    """The admin's login form, with the throttling above."""

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        password = self.cleaned_data.get("password") or ""
        if not (username and password):
            return super().clean()  # nothing is checked: nothing to count
        address = client_network(self.request) if self.request else ""  # IPv6: its /64
        refusal = attempt(username, address)
        if refusal:
            audit.record(
                audit.AuditEvent.Action.LOGIN_THROTTLED,
                username=username[:150],
                request=self.request,
                details=refusal,
            )
            raise ValidationError(refusal, code="throttled")
        cleaned = super().clean()  # a wrong password raises: the attempt stays counted
        succeeded(username, address)
        return cleaned
