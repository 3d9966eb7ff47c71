from django.core.management.base import BaseCommand

from newsroom.archive import export_to


class Command(BaseCommand):
    help = (
        "Écrit une archive complète et réimportable (contenu en JSON + fichiers médias), "
        "signée avec la clé du site. Elle contient les empreintes des mots de passe et les "
        "secrets de double authentification : elle n’est lisible que par son propriétaire."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Fichier .zip à écrire, par exemple sauvegarde.zip")

    def handle(self, *args, path, **options):
        objects, files = export_to(path)
        self.stdout.write(
            self.style.SUCCESS(f"Archive {path} : {objects} objets, {files} fichiers médias.")
        )
