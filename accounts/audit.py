"""Writes the audit log (accounts.models.AuditEvent): logins, deletions of content and
accounts and role changes from signals, so that no path of the admin, the services or a
shell can forget them; other apps record their own acts with ``record`` (the articles'
workflow records publications, schedules, unpublications and restorations).

Deletions: of every archived model (``core.registry``) that has a page of its own in the
admin, the objects a person asked to delete — not the rows that go with them (an article's
revisions, a banner's daily counts), nor the parts edited in another object's form (bylines,
tags, « Lire aussi » links: the article's versions record those).

The request being served (for the address and the acting user) is kept in a context
variable by AuditRequestMiddleware.
"""

import contextlib
import contextvars
import ipaddress
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts.models import AuditEvent
from core import registry
from core.request import client_address

logger = logging.getLogger(__name__)
_request = contextvars.ContextVar("audit_request", default=None)
_paused = contextvars.ContextVar("audit_paused", default=False)


class AuditRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def _address(request):
    if request is None:
        return None
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


@contextlib.contextmanager
def paused():
    """Record nothing inside: a backup being restored replays rows, not acts (its own
    audit log comes with it)."""
    token = _paused.set(True)
    try:
        yield
    finally:
        _paused.reset(token)


def record(action, *, user=None, username="", obj=None, details="", request=None):
    """Write one event; ``user`` and the address default to the request being served."""
    if _paused.get():
        return
    request = request or _request.get()
    if user is None and request is not None:
        current = getattr(request, "user", None)
        if current is not None and current.is_authenticated:
            user = current
    try:
        # In a savepoint: a failure here must not break the transaction of the act itself.
        with transaction.atomic():
            AuditEvent.objects.create(
                action=action,
                user=user if user is not None and user.pk else None,
                username=(username or (user.get_username() if user is not None else ""))[:150],
                object_type=obj._meta.label if obj is not None else "",
                object_id=str(obj.pk)[:64] if obj is not None and obj.pk is not None else "",
                object_repr=str(obj)[:300] if obj is not None else "",
                address=_address(request),
                details=details[:500],
            )
    except Exception:  # the audit never breaks the action it records, but says so
        logger.exception("Audit log: could not record %s", action)


def _logged_in(sender, request, user, **kwargs):
    record("login", user=user, request=request)


def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        record("logout", user=user, request=request)


def _login_failed(sender, credentials, request=None, **kwargs):
    record("login_failed", username=str(credentials.get("username", ""))[:150], request=request)


def recorded_elsewhere(instance):
    """Say that the deletion of ``instance`` is not a deletion to record: the caller records
    what really happens (the trash records a restoration, or a purge with its details)."""
    instance._audit_recorded = True
    return instance


def _deleted(sender, instance, origin=None, **kwargs):
    asked_for = origin is instance or (isinstance(origin, QuerySet) and origin.model is sender)
    if asked_for and not getattr(instance, "_audit_recorded", False):
        record("deleted", obj=instance)


def audited_deletions():
    """The models whose deletions are recorded: the archived ones with an admin page of
    their own (the admin has discovered every app's pages by now: it is installed first),
    but the log itself."""
    from django.contrib import admin

    return [
        model
        for model in registry.archived_models()
        if admin.site.is_registered(model) and model is not AuditEvent
    ]


def _groups_changed(sender, instance, action, pk_set, model, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    from django.contrib.auth.models import Group

    if isinstance(instance, Group):
        return  # users added from the group's side are rare; the user's side is the admin's
    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    verb = {"post_add": "ajouté à", "post_remove": "retiré de", "post_clear": "retiré de tous"}
    details = f"{verb[action]} : {', '.join(names)}" if names else verb[action]
    record("role_changed", obj=instance, details=details)


def _permissions_changed(sender, instance, action, pk_set, **kwargs):
    """Permissions given to or taken from a group or a person."""
    if action not in ("post_add", "post_remove", "post_clear") or (
        action != "post_clear" and not pk_set
    ):
        return
    from django.contrib.auth.models import Permission

    names = sorted(
        f"{app}.{codename}"
        for app, codename in Permission.objects.filter(pk__in=pk_set or []).values_list(
            "content_type__app_label", "codename"
        )
    )
    verb = {"post_add": "permissions ajoutées", "post_remove": "permissions retirées",
            "post_clear": "toutes les permissions retirées"}[action]  # fmt: skip
    details = f"{verb} : {', '.join(names)}" if names else verb
    record(AuditEvent.Action.ROLE_CHANGED, obj=instance, details=details)


def _group_security_saving(sender, instance, raw=False, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).values_list("requires_two_factor", flat=True)
    instance._audit_before = previous.first() if instance.pk else None


def _group_security_saved(sender, instance, created, raw=False, **kwargs):
    before = False if created else getattr(instance, "_audit_before", None)
    if raw or before == instance.requires_two_factor:
        return
    state = "oui" if instance.requires_two_factor else "non"
    record(
        AuditEvent.Action.ROLE_CHANGED, obj=instance.group,
        details=f"double authentification obligatoire : {state}",
    )  # fmt: skip


def _user_saved(sender, instance, created, update_fields=None, **kwargs):
    before = getattr(instance, "_audit_flags", None)
    now = (instance.is_staff, instance.is_superuser, instance.is_active)
    if before is not None and before != now:
        labels = ("équipe", "superutilisateur", "actif")
        changes = [
            f"{label} : {'oui' if new else 'non'}"
            for label, old, new in zip(labels, before, now, strict=True)
            if old != new
        ]
        record("role_changed", obj=instance, details=", ".join(changes))
    password = getattr(instance, "_audit_password", None)
    if not created and password is not None and password != instance.password:
        record(AuditEvent.Action.PASSWORD_CHANGED, obj=instance)
    instance._audit_flags = now
    instance._audit_password = instance.password


def _user_loaded(sender, instance, **kwargs):
    instance._audit_flags = (instance.is_staff, instance.is_superuser, instance.is_active)
    instance._audit_password = instance.password


def connect():
    from django.db.models.signals import post_init

    user_logged_in.connect(_logged_in, dispatch_uid="audit:login")
    user_logged_out.connect(_logged_out, dispatch_uid="audit:logout")
    user_login_failed.connect(_login_failed, dispatch_uid="audit:login_failed")
    for model in audited_deletions():
        label = model._meta.label
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"audit:delete:{label}")
    User = get_user_model()
    m2m_changed.connect(_groups_changed, sender=User.groups.through, dispatch_uid="audit:groups")
    post_init.connect(_user_loaded, sender=User, dispatch_uid="audit:user_init")
    post_save.connect(_user_saved, sender=User, dispatch_uid="audit:user_save")
    from django.contrib.auth.models import Group
    from django.db.models.signals import pre_save

    from accounts.models import GroupSecurity

    for through in (Group.permissions.through, User.user_permissions.through):
        m2m_changed.connect(
            _permissions_changed, sender=through, dispatch_uid=f"audit:perms:{through.__name__}"
        )
    pre_save.connect(_group_security_saving, sender=GroupSecurity, dispatch_uid="audit:gs-pre")
    post_save.connect(_group_security_saved, sender=GroupSecurity, dispatch_uid="audit:gs")
