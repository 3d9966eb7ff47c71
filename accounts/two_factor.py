"""Two-factor authentication for the admin (TOTP, accounts.totp).

A staff member turns it on from « Double authentification » (or must, when one of their groups
requires it: « Règles de sécurité » on the group's page). After the password, the admin then
asks for the 6-digit code of their authenticator app once per session. A code is accepted once
(no replay), and 5 wrong codes in 15 minutes stop the attempts for a while.
"""

import contextlib

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache

from accounts import totp
from accounts.models import GroupSecurity, TwoFactorDevice

SESSION_KEY = "two_factor_verified"
NEED_KEY = "two_factor_needed"
MAX_FAILURES = 5
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/jsi18n/", "/admin/deux-facteurs/")


def device(user):
    return TwoFactorDevice.objects.filter(user=user, confirmed_at__isnull=False).first()


def group_requires(user):
    return GroupSecurity.objects.filter(
        group__in=user.groups.all(), requires_two_factor=True
    ).exists()


def verified(request):
    return request.session.get(SESSION_KEY) == request.user.pk


class TwoFactorMiddleware:
    """Staff who use (or must use) two-factor authentication reach the admin only once their
    code of this session has been checked. What a session needs is decided at login (see
    ``decide_at_login``): no query per page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith("/admin/") and not path.startswith(OPEN_PATHS):
            user = getattr(request, "user", None)
            need = request.session.get(NEED_KEY) if hasattr(request, "session") else None
            if need and user is not None and user.is_authenticated and not verified(request):
                return _redirect(
                    "accounts:two-factor-verify"
                    if need == "verify"
                    else "accounts:two-factor-setup",
                    path,
                )
        return self.get_response(request)


def decide_at_login(sender, request, user, **kwargs):
    """At each login: a code to give (an app is set up), an app to set up (a role requires
    it), or nothing. A role that starts requiring it applies from its members' next login."""
    if request is None or not hasattr(request, "session") or not user.is_staff:
        return
    if device(user):
        request.session[NEED_KEY] = "verify"
    elif group_requires(user):
        request.session[NEED_KEY] = "setup"
    else:
        request.session.pop(NEED_KEY, None)


def _redirect(name, next_path):
    return HttpResponseRedirect(f"{reverse(name)}?next={next_path}")


def _next(request):
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return "/admin/"
    return target


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code à 6 chiffres",
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _failures_key(user):
    return f"two-factor:failures:{user.pk}"


def _check_code(request, form, secret, last_step):
    """The matching step, or None with the form's error set (French)."""
    key = _failures_key(request.user)
    try:
        failures = cache.get(key, 0)
    except Exception:
        failures = 0
    if failures >= MAX_FAILURES:
        form.add_error(
            "code",
            "Trop de codes erronés : par sécurité, réessayez dans 15 minutes.",
        )
        return None
    step = totp.matching_step(secret, form.cleaned_data["code"])
    if step is None or step <= last_step:
        with contextlib.suppress(Exception):
            if not cache.add(key, 1, settings.LOGIN_WINDOW):
                cache.incr(key)
        message = (
            "Ce code a déjà servi : attendez le suivant."
            if step is not None
            else "Code incorrect. Vérifiez l’heure de votre téléphone et saisissez le code "
            "affiché maintenant."
        )
        form.add_error("code", message)
        return None
    with contextlib.suppress(Exception):
        cache.delete(key)
    return step


@never_cache
@staff_member_required
def verify(request):
    found = device(request.user)
    if found is None:
        return HttpResponseRedirect(_next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        step = _check_code(request, form, found.secret, found.last_step)
        if step is not None:
            TwoFactorDevice.objects.filter(pk=found.pk).update(last_step=step)
            request.session[SESSION_KEY] = request.user.pk
            return HttpResponseRedirect(_next(request))
    return render(
        request,
        "admin/two_factor/verify.html",
        {"form": form, "next": _next(request), "title": "Double authentification"},
    )


@never_cache
@staff_member_required
def setup(request):
    if device(request.user) and verified(request):
        return HttpResponseRedirect(reverse("accounts:two-factor-manage"))
    pending, _ = TwoFactorDevice.objects.get_or_create(
        user=request.user, defaults={"secret": totp.new_secret()}
    )
    if pending.confirmed_at:  # confirmed, but this session has not given its code yet
        return _redirect("accounts:two-factor-verify", _next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        step = _check_code(request, form, pending.secret, pending.last_step)
        if step is not None:
            pending.confirmed_at = timezone.now()
            pending.last_step = step
            pending.save(update_fields=["confirmed_at", "last_step"])
            request.session[SESSION_KEY] = request.user.pk
            messages.success(request, "La double authentification est activée sur votre compte.")
            return HttpResponseRedirect(_next(request))
    issuer = settings.SITE_NAME
    return render(
        request,
        "admin/two_factor/setup.html",
        {
            "form": form,
            "next": _next(request),
            "secret": totp.grouped(pending.secret),
            "uri": totp.provisioning_uri(pending.secret, request.user.get_username(), issuer),
            "required": group_requires(request.user),
            "title": "Activer la double authentification",
        },
    )


@never_cache
@staff_member_required
def manage(request):
    found = device(request.user)
    required = group_requires(request.user)
    if request.method == "POST" and found and not required:
        form = CodeForm(request.POST)
        if form.is_valid() and _check_code(request, form, found.secret, found.last_step):
            found.delete()
            request.session.pop(SESSION_KEY, None)
            messages.success(request, "La double authentification est désactivée.")
            return HttpResponseRedirect(reverse("accounts:two-factor-manage"))
    else:
        form = CodeForm()
    return render(
        request,
        "admin/two_factor/manage.html",
        {
            "form": form,
            "device": found,
            "required": required,
            "title": "Double authentification",
        },
    )
