from django.conf import settings
from django.core.management.base import BaseCommand

from articles.trash import purge_expired


class Command(BaseCommand):
    help = "Supprime définitivement ce qui est dans la corbeille depuis plus de TRASH_DAYS jours."

    def handle(self, *args, **options):
        count = purge_expired()
        self.stdout.write(
            f"Corbeille : {count} élément(s) de plus de {settings.TRASH_DAYS} jours supprimé(s)."
        )
