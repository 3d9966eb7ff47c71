from django.core.management.base import BaseCommand

from articles import photos


class Command(BaseCommand):
    help = (
        "Supprime les déclinaisons des photos dont les droits ont expiré, que le serveur web "
        "continuerait sinon de servir. À lancer chaque nuit, peu après minuit."
    )

    def handle(self, *args, **options):
        count = photos.purge_expired()
        s = "" if count == 1 else "s"
        self.stdout.write(
            self.style.SUCCESS(f"Déclinaisons retirées : {count} photo{s} aux droits expirés.")
        )
