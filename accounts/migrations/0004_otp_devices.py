"""Two-factor devices move to django-otp: each authenticator app enrolled before keeps its
secret (base32 → hex), its confirmation and its last used step, so that its owner logs in
with the same app after the upgrade."""

import base64

from django.db import migrations, models

APP_NAME = "Application d’authentification"


def to_otp(apps, schema_editor):
    Old = apps.get_model("accounts", "TwoFactorDevice")
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    for old in Old.objects.all():
        secret = old.secret + "=" * (-len(old.secret) % 8)
        device = TOTPDevice.objects.create(
            user_id=old.user_id,
            name=APP_NAME,
            confirmed=old.confirmed_at is not None,
            key=base64.b32decode(secret).hex(),
            last_t=old.last_step or -1,
            step=30,
            digits=6,
            tolerance=1,
        )
        if old.confirmed_at:  # auto_now_add set it to now
            TOTPDevice.objects.filter(pk=device.pk).update(created_at=old.confirmed_at)


def from_otp(apps, schema_editor):
    Old = apps.get_model("accounts", "TwoFactorDevice")
    TOTPDevice = apps.get_model("otp_totp", "TOTPDevice")
    for device in TOTPDevice.objects.filter(name=APP_NAME):
        secret = base64.b32encode(bytes.fromhex(device.key)).decode().rstrip("=")
        Old.objects.update_or_create(
            user_id=device.user_id,
            defaults={
                "secret": secret,
                "confirmed_at": device.created_at if device.confirmed else None,
                "last_step": max(device.last_t, 0),
            },
        )


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0003_counters'),
        ('otp_totp', '0003_add_timestamps'),
        ('otp_static', '0003_add_timestamps'),
    ]

    operations = [
        migrations.AlterField(
            model_name='auditevent',
            name='action',
            field=models.CharField(choices=[('login', 'Connexion'), ('login_failed', 'Échec de connexion'), ('login_throttled', 'Connexion refusée (trop d’échecs)'), ('logout', 'Déconnexion'), ('published', 'Publication'), ('scheduled', 'Programmation'), ('unpublished', 'Dépublication'), ('restored', 'Restauration d’une version'), ('deleted', 'Suppression'), ('role_changed', 'Changement de rôle'), ('two_factor_enabled', 'Double authentification activée'), ('two_factor_disabled', 'Double authentification désactivée'), ('two_factor_reset', 'Double authentification réinitialisée'), ('two_factor_codes', 'Nouveaux codes de secours')], db_index=True, max_length=20, verbose_name='action'),
        ),
        migrations.RunPython(to_otp, from_otp),
        migrations.DeleteModel(
            name='TwoFactorDevice',
        ),
    ]
