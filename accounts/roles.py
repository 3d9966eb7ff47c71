"""The newsroom's roles: groups with exactly these names, and the permissions they carry.

Each app declares what its models allow each role (``role_permissions`` on its AppConfig,
e.g. articles: journalists add and change articles); ``sync_roles`` gathers them after every
``migrate`` and ``flush``, so that the groups follow the code and survive a database reset.
Object rules (a journalist edits only their own unpublished articles) are the apps' own
(``articles.permissions``).
"""

from django.apps import apps

JOURNALISTS = "Journalistes"
EDITORS = "Éditeurs"
PARTNERSHIPS = "Partenariats"
ROLES = (JOURNALISTS, EDITORS, PARTNERSHIPS)


def model_permissions(app_label, models, actions=("add", "change", "delete", "view")):
    """« app.action_model » for every action on every model: the usual full set."""
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


def role_permissions():
    """{role: [« app.codename », …]} from every installed app's declaration."""
    wanted = {role: [] for role in ROLES}
    for config in apps.get_app_configs():
        for role, perms in getattr(config, "role_permissions", {}).items():
            wanted[role] += perms
    return wanted


def sync_roles(*, using="default", **kwargs):
    """Create the groups and give them their permissions; idempotent (post_migrate). Not in
    the audit log: the code, not a person, sets them."""

    from accounts import audit

    with audit.paused():
        _sync(using)


def _sync(using):
    from django.contrib.auth.models import Group, Permission

    for name, perms in role_permissions().items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = []
        for perm in perms:
            app_label, codename = perm.split(".")
            found = Permission.objects.using(using).filter(
                content_type__app_label=app_label, codename=codename
            )
            wanted += list(found)
        group.permissions.add(*wanted)
