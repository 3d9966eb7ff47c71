"""The audit log and two-factor models moved to the accounts app (staff access and its
trail). Only Django's idea of which app owns them changes here: the tables and their rows
stay, and accounts' migrations adopt them (accounts/migrations/0001 and 0002)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0002_groupsecurity_twofactordevice")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AuditEvent"),
                migrations.DeleteModel(name="GroupSecurity"),
                migrations.DeleteModel(name="TwoFactorDevice"),
            ],
            database_operations=[],
        )
    ]
