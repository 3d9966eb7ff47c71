from django.core.management.base import BaseCommand

from articles import search


class Command(BaseCommand):
    help = (
        "Reconstruit l’index de recherche plein texte de tous les articles, à côté de "
        "l’actuel, puis les échange d’un coup : la recherche répond en entier pendant ce temps."
    )

    def handle(self, *args, **options):
        count = search.rebuild()
        self.stdout.write(self.style.SUCCESS(f"{count} articles indexés."))
