from django.core.management.base import BaseCommand, CommandError

from newsroom.archive import NotEmpty, import_from


class Command(BaseCommand):
    help = "Restaure une archive d’export_content dans une base vide (après migrate)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive .zip écrite par export_content")

    def handle(self, *args, path, **options):
        try:
            objects, files = import_from(path)
        except (NotEmpty, ValueError, FileNotFoundError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Importé : {objects} objets, {files} fichiers médias.")
        )
