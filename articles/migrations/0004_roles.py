"""Create the newsroom's groups with their permissions (as they were at this migration;
accounts.roles.sync_roles brings them up to date after every migrate)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

_EDITOR_MODELS = ("article", "photo", "category", "author", "tag", "page", "correction",
                  "previewlink", "breakingnews")
ROLE_PERMISSIONS = {
    "Journalistes": [
        "articles.add_article", "articles.change_article", "articles.view_article",
        "articles.add_photo", "articles.change_photo", "articles.view_photo",
        "articles.view_category", "articles.view_author", "articles.view_tag",
    ],
    "Éditeurs": [
        *(f"articles.{action}_{model}" for model in _EDITOR_MODELS
          for action in ("add", "change", "delete", "view")),
        "articles.view_revision", "articles.publish_article", "articles.edit_any_article",
        "articles.restore_revision", "articles.share_preview",
    ],
    "Partenariats": [],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran: create them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for perm in perms:
            app_label, codename = perm.split(".")
            # Models of later migrations have no permission yet: roles.sync_roles (after
            # every migrate) gives them to the group.
            found = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if found is not None:
                group.permissions.add(found)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLE_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
