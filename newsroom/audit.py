"""Writes the audit log (newsroom.models.AuditEvent) from signals, so that no path of the
admin or of the services can forget it: logins, workflow revisions (publish, schedule,
unpublish, restore), deletions of content and accounts, role changes.

The request being served (for the address and the acting user) is kept in a context
variable by AuditRequestMiddleware.
"""

import contextvars
import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save

from articles.readership import client_address

logger = logging.getLogger(__name__)
_request = contextvars.ContextVar("audit_request", default=None)

AUDITED_DELETIONS = [
    "articles.Article",
    "articles.Photo",
    "articles.Category",
    "articles.Author",
    "articles.Page",
    "partners.Partner",
    "partners.Banner",
    "partners.Lead",
    "auth.User",
    "auth.Group",
]


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
        import ipaddress

        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def record(action, *, user=None, username="", obj=None, details="", request=None):
    from newsroom.models import AuditEvent

    request = request or _request.get()
    if user is None and request is not None:
        current = getattr(request, "user", None)
        if current is not None and current.is_authenticated:
            user = current
    try:
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


REVISION_ACTIONS = {
    "published": "published",
    "scheduled": "scheduled",
    "unpublished": "unpublished",
    "restored": "restored",
}


def _revision_saved(sender, instance, created, **kwargs):
    action = REVISION_ACTIONS.get(instance.kind)
    if created and action:
        details = ""
        if action == "scheduled" and instance.article.published_at:
            details = f"pour le {instance.article.published_at:%d/%m/%Y %H:%M} (UTC)"
        record(action, user=instance.created_by, obj=instance.article, details=details)


def _deleted(sender, instance, **kwargs):
    record("deleted", obj=instance)


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
    instance._audit_flags = now


def _user_loaded(sender, instance, **kwargs):
    instance._audit_flags = (instance.is_staff, instance.is_superuser, instance.is_active)


def connect():
    from django.apps import apps
    from django.db.models.signals import post_init

    from articles.models import Revision

    user_logged_in.connect(_logged_in, dispatch_uid="audit:login")
    user_logged_out.connect(_logged_out, dispatch_uid="audit:logout")
    user_login_failed.connect(_login_failed, dispatch_uid="audit:login_failed")
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="audit:revision")
    for label in AUDITED_DELETIONS:
        model = apps.get_model(label)
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"audit:delete:{label}")
    User = get_user_model()
    m2m_changed.connect(_groups_changed, sender=User.groups.through, dispatch_uid="audit:groups")
    post_init.connect(_user_loaded, sender=User, dispatch_uid="audit:user_init")
    post_save.connect(_user_saved, sender=User, dispatch_uid="audit:user_save")
