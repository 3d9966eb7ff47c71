"""The audit log and two-factor models, adopted from the newsroom app where they were
created (newsroom/migrations/0001 and 0002): on an existing database their tables and rows
are kept as they are; 0002 then gives the tables this app's names."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

AUDIT_ACTIONS = [
    ("login", "Connexion"),
    ("login_failed", "Échec de connexion"),
    ("logout", "Déconnexion"),
    ("published", "Publication"),
    ("scheduled", "Programmation"),
    ("unpublished", "Dépublication"),
    ("restored", "Restauration d’une version"),
    ("deleted", "Suppression"),
    ("role_changed", "Changement de rôle"),
]


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("newsroom", "0003_models_moved_to_accounts"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="AuditEvent",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="date")),
                        ("username", models.CharField(blank=True, max_length=150, verbose_name="identifiant")),
                        ("action", models.CharField(choices=AUDIT_ACTIONS, db_index=True, max_length=20, verbose_name="action")),
                        ("object_type", models.CharField(blank=True, max_length=100, verbose_name="type d’objet")),
                        ("object_id", models.CharField(blank=True, max_length=64, verbose_name="identifiant de l’objet")),
                        ("object_repr", models.CharField(blank=True, max_length=300, verbose_name="objet")),
                        ("address", models.GenericIPAddressField(blank=True, null=True, verbose_name="adresse")),
                        ("details", models.CharField(blank=True, max_length=500, verbose_name="détails")),
                        ("user", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="utilisateur")),
                    ],
                    options={
                        "verbose_name": "événement du journal d’audit",
                        "verbose_name_plural": "journal d’audit",
                        "ordering": ["-at", "-id"],
                        "db_table": "newsroom_auditevent",
                    },
                ),
                migrations.CreateModel(
                    name="GroupSecurity",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("requires_two_factor", models.BooleanField(default=False, help_text="Les membres du groupe doivent activer une application d’authentification (codes à 6 chiffres) avant d’utiliser l’administration.", verbose_name="double authentification obligatoire")),
                        ("group", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="security", to="auth.group", verbose_name="groupe")),
                    ],
                    options={
                        "verbose_name": "règle de sécurité",
                        "verbose_name_plural": "règles de sécurité",
                        "db_table": "newsroom_groupsecurity",
                    },
                ),
                migrations.CreateModel(
                    name="TwoFactorDevice",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("secret", models.CharField(max_length=64, verbose_name="secret")),
                        ("confirmed_at", models.DateTimeField(blank=True, null=True, verbose_name="activée le")),
                        ("last_step", models.BigIntegerField(default=0, verbose_name="dernier pas utilisé")),
                        ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="two_factor", to=settings.AUTH_USER_MODEL, verbose_name="utilisateur")),
                    ],
                    options={
                        "verbose_name": "double authentification",
                        "verbose_name_plural": "doubles authentifications",
                        "db_table": "newsroom_twofactordevice",
                    },
                ),
            ],
        )
    ]
