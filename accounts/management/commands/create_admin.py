import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

ENV = "NEWSROOM_ADMIN_PASSWORD"


class Command(BaseCommand):
    help = (
        "Crée le superutilisateur « admin » s’il n’existe pas, avec le mot de passe de "
        f"{ENV} ou un mot de passe aléatoire affiché une seule fois."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        User = get_user_model()
        from_env = os.environ.get(ENV, "")
        user = User.objects.filter(username=username).first()
        if user is None:
            password = from_env or secrets.token_urlsafe(12)
            User.objects.create_superuser(username=username, email="", password=password)
            origin = f"celui de {ENV}" if from_env else password
            self.stdout.write(
                self.style.SUCCESS(f"Administration : utilisateur « {username} », mot de passe : ")
                + origin
                + ("" if from_env else "  (affiché une seule fois : notez-le)")
            )
        elif from_env and not user.check_password(from_env):
            user.set_password(from_env)
            user.save(update_fields=["password"])
            self.stdout.write(f"Administration : mot de passe de « {username} » pris dans {ENV}.")
        else:
            self.stdout.write(
                f"Administration : utilisateur « {username} » existant, mot de passe inchangé "
                f"(oublié ? python manage.py changepassword {username}, ou {ENV})."
            )
