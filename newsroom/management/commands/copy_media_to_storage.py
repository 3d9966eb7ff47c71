from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from core.storage import LocalMediaStorage, copy_files


class Command(BaseCommand):
    help = (
        "Copie chaque fichier du dossier local des médias (MEDIA_ROOT, ou --from) vers le "
        "stockage des médias configuré (un bucket S3…), pour passer une installation sur un "
        "stockage objet. Peut être relancée : un fichier déjà présent avec la même taille "
        "n’est pas recopié."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--from",
            dest="source",
            help="Dossier à copier, par exemple /srv/newsroom/media (par défaut : MEDIA_ROOT).",
        )

    def handle(self, *args, source=None, **options):
        local = LocalMediaStorage(location=source) if source else LocalMediaStorage()
        if not Path(local.location).is_dir():
            raise CommandError(f"Dossier introuvable : {local.location}.")
        copied, skipped = copy_files(local, default_storage)
        self.stdout.write(
            self.style.SUCCESS(
                f"Médias copiés : {copied} ; déjà présents (même taille) : {skipped}."
            )
        )
