from django.core.management.base import BaseCommand

from accounts.limits import purge


class Command(BaseCommand):
    help = (
        "Supprime les compteurs de sécurité dont la fenêtre est close (connexions, limites, "
        "lectures et impressions du jour). À lancer chaque nuit."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Compteurs expirés supprimés : {purge()}.")
