from django.core.management.base import BaseCommand, CommandError

from newsroom.archive import NotEmpty, RefusedArchive, import_from


class Command(BaseCommand):
    help = (
        "Restaure une archive d’export_content dans une base vide (après migrate). L’archive "
        "doit être signée avec la clé de ce site (SECRET_KEY)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="Archive .zip écrite par export_content")
        parser.add_argument(
            "--trust-unsigned",
            action="store_true",
            help="Importer une archive qui n’est pas signée par ce site (écrite par un autre "
            "site, ou avant les archives signées) : à réserver à une archive dont vous "
            "connaissez l’origine. Elle est validée de la même façon.",
        )

    def handle(self, *args, path, trust_unsigned, **options):
        try:
            objects, files = import_from(path, trust_unsigned=trust_unsigned)
        except (NotEmpty, RefusedArchive) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(f"Importé : {objects} objets, {files} fichiers médias.")
        )
