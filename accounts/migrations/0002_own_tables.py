"""The adopted tables take this app's names, and the content types follow them, so that
permissions and the admin's history that point at them are kept."""

from django.db import migrations

MODELS = ["auditevent", "groupsecurity", "twofactordevice"]


def move_content_types(apps, schema_editor, source="newsroom", target="accounts"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MODELS:
        taken = ContentType.objects.using(db).filter(app_label=target, model=model).exists()
        if not taken:
            ContentType.objects.using(db).filter(app_label=source, model=model).update(
                app_label=target
            )


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="accounts", target="newsroom")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="auditevent", table=None),
        migrations.AlterModelTable(name="groupsecurity", table=None),
        migrations.AlterModelTable(name="twofactordevice", table=None),
        migrations.RunPython(move_content_types, move_content_types_back),
        migrations.AlterModelOptions(
            name="groupsecurity",
            options={
                "ordering": ["group__name"],
                "verbose_name": "règle de sécurité",
                "verbose_name_plural": "règles de sécurité",
            },
        ),
        migrations.AlterModelOptions(
            name="twofactordevice",
            options={
                "ordering": ["user__username"],
                "verbose_name": "double authentification",
                "verbose_name_plural": "doubles authentifications",
            },
        ),
    ]
