"""Two-factor authentication for the admin, on django-otp: an authenticator app (TOTP) and
ten single-use backup codes.

A staff member turns it on from « Double authentification » (or must, when one of their
groups requires it: « Règles de sécurité » on the group's page). After the password, the
admin then asks for the 6-digit code of their app, or a backup code, once per session.

What django-otp gives: the devices and their secrets in the database, RFC 6238 codes, a code
accepted once (no replay), wrong codes that double the wait each time, kept on the device's
row. What is added here: the French screens, the per-group requirement, backup codes shown
once, codes checked under a row lock (the same code sent twice at the same instant passes
once), only ASCII digits accepted, and every change recorded in the audit log.
"""

import re
from base64 import b32encode

import django_otp
from django import forms
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import audit
from accounts.models import AuditEvent, GroupSecurity

NEED_KEY = "two_factor_needed"
OPEN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/jsi18n/", "/admin/deux-facteurs/")
APP_NAME = "Application d’authentification"
BACKUP_NAME = "Codes de secours"
BACKUP_COUNT = 10
APP_CODE = re.compile(r"[0-9]{6}")  # ASCII digits only: int() would read « ٣ » as 3
BACKUP_CODE = re.compile(r"[a-z2-7]{8}")
Action = AuditEvent.Action


def app_device(user, *, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def backup_device(user):
    return StaticDevice.objects.filter(user=user, name=BACKUP_NAME).first()


def group_requires(user):
    return GroupSecurity.objects.filter(
        group__in=user.groups.all(), requires_two_factor=True
    ).exists()


def verified(request):
    return request.user.is_verified()


class TwoFactorMiddleware:
    """Staff who use (or must use) two-factor authentication reach the admin only once their
    code of this session has been checked (django-otp's OTPMiddleware says whether it was).
    What a session needs is decided at login (``decide_at_login``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith("/admin/") and not path.startswith(OPEN_PATHS):
            user = getattr(request, "user", None)
            need = request.session.get(NEED_KEY) if hasattr(request, "session") else None
            if need and user is not None and user.is_authenticated and not verified(request):
                name = "verify" if need == "verify" else "setup"
                return _redirect(f"accounts:two-factor-{name}", path)
        return self.get_response(request)


def decide_at_login(sender, request, user, **kwargs):
    """At each login: a code to give (an app is set up), an app to set up (a role requires
    it), or nothing. A role that starts requiring it applies from its members' next login."""
    if request is None or not hasattr(request, "session") or not user.is_staff:
        return
    if app_device(user):
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
        label="Code",
        max_length=20,
        help_text="Les 6 chiffres de votre application, ou l’un de vos codes de secours.",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "autofocus": True}),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split()).replace("-", "").lower()
        if not (APP_CODE.fullmatch(code) or BACKUP_CODE.fullmatch(code)):
            raise forms.ValidationError(
                "Saisissez les 6 chiffres affichés par votre application (0 à 9), ou l’un de "
                "vos codes de secours de 8 caractères."
            )
        return code


def _wait_message(data):
    until = (data or {}).get("locked_until")
    seconds = max(1, round((until - timezone.now()).total_seconds())) if until else 1
    return (
        "Trop de codes erronés : par sécurité, réessayez dans "
        f"{seconds} seconde{'s' if seconds > 1 else ''}."
    )


def check_code(user, form, *, app=None):
    """The device that accepts the form's code, or None with the form's error set (French).

    ``app``: the unconfirmed app being set up (only its codes count then). Devices are
    locked while the code is checked: the same code sent twice at once passes once."""
    code = form.cleaned_data["code"]
    with transaction.atomic():
        if app is not None:
            devices = list(TOTPDevice.objects.select_for_update().filter(pk=app.pk))
        else:
            devices = [
                *TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True),
                *StaticDevice.objects.select_for_update().filter(user=user, confirmed=True),
            ]
        for device in devices:
            allowed, data = device.verify_is_allowed()
            if not allowed:
                form.add_error("code", _wait_message(data))
                return None
        for device in devices:
            is_app = isinstance(device, TOTPDevice)
            fits = APP_CODE.fullmatch(code) if is_app else BACKUP_CODE.fullmatch(code)
            if fits and device.verify_token(code):
                return device
        replay = any(
            isinstance(device, TOTPDevice) and _was_valid(device, code) for device in devices
        )
    form.add_error(
        "code",
        "Ce code a déjà servi : attendez le suivant."
        if replay
        else "Code incorrect. Vérifiez l’heure de votre téléphone et saisissez le code "
        "affiché maintenant, ou un code de secours.",
    )
    return None


def _was_valid(device, code):
    """Whether ``code`` is one of the device's current codes (then it was already used)."""
    if not APP_CODE.fullmatch(code):
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return totp.verify(int(code), device.tolerance)


def new_backup_codes(user):
    """Ten fresh single-use codes (the old ones stop working); shown to the user once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=BACKUP_NAME)
    codes = [StaticToken.random_token() for _ in range(BACKUP_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remove_devices(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


@never_cache
@staff_member_required
def verify(request):
    if app_device(request.user) is None:
        return HttpResponseRedirect(_next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = check_code(request.user, form)
        if device is not None:
            django_otp.login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    f"Code de secours utilisé : il vous en reste {left}. Générez-en de "
                    "nouveaux depuis « Double authentification ».",
                )
            return HttpResponseRedirect(_next(request))
    return render(
        request,
        "admin/two_factor/verify.html",
        {"form": form, "next": _next(request), "title": "Double authentification"},
    )


@never_cache
@staff_member_required
def setup(request):
    if app_device(request.user) is not None:
        if verified(request):
            return HttpResponseRedirect(reverse("accounts:two-factor-manage"))
        return _redirect("accounts:two-factor-verify", _next(request))
    pending = app_device(request.user, confirmed=False) or TOTPDevice.objects.create(
        user=request.user, name=APP_NAME, confirmed=False
    )
    form = CodeForm(request.POST or None)
    confirmed = (
        request.method == "POST"
        and form.is_valid()
        and check_code(request.user, form, app=pending) is not None
    )
    if confirmed:
        TOTPDevice.objects.filter(pk=pending.pk).update(confirmed=True)
        pending.refresh_from_db()
        codes = new_backup_codes(request.user)
        django_otp.login(request, pending)
        audit.record(Action.TWO_FACTOR_ENABLED, obj=request.user, request=request)
        return _show_backup_codes(request, codes, first=True)
    secret = b32encode(pending.bin_key).decode().rstrip("=")
    return render(
        request,
        "admin/two_factor/setup.html",
        {
            "form": form,
            "next": _next(request),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "uri": pending.config_url,
            "required": group_requires(request.user),
            "title": "Activer la double authentification",
        },
    )


def _show_backup_codes(request, codes, *, first):
    response = render(
        request,
        "admin/two_factor/backup_codes.html",
        {"codes": codes, "first": first, "next": _next(request), "title": "Codes de secours"},
    )
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@staff_member_required
def manage(request):
    app = app_device(request.user)
    required = group_requires(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and app is not None and form.is_valid():
        action = request.POST.get("action")
        if action == "disable" and required:
            form.add_error(None, "Votre rôle exige la double authentification.")
        elif action in ("disable", "codes") and check_code(request.user, form):
            if action == "codes":
                audit.record(Action.TWO_FACTOR_CODES, obj=request.user, request=request)
                return _show_backup_codes(request, new_backup_codes(request.user), first=False)
            remove_devices(request.user)
            request.session.pop(NEED_KEY, None)
            audit.record(Action.TWO_FACTOR_DISABLED, obj=request.user, request=request)
            messages.success(request, "La double authentification est désactivée.")
            return HttpResponseRedirect(reverse("accounts:two-factor-manage"))
    backup = backup_device(request.user)
    return render(
        request,
        "admin/two_factor/manage.html",
        {
            "form": form,
            "device": app,
            "backup_left": backup.token_set.count() if backup else 0,
            "required": required,
            "title": "Double authentification",
        },
    )
