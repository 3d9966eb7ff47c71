from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.generate import generate
from core.pagecache import bump_generation


class Command(BaseCommand):
    help = (
        "Génère des articles réalistes en masse (texte, tags, auteurs, rubriques, photos, "
        "dates sur dix ans, quelques brouillons et articles programmés) pour mesurer le site."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000, help="Nombre d’articles.")
        parser.add_argument("--seed", type=int, default=1, help="Graine : mêmes articles.")
        parser.add_argument(
            "--end",
            help="Date (AAAA-MM-JJ) vers laquelle comptent les dix ans ; par défaut, aujourd’hui.",
        )

    def handle(self, *args, count, seed, end, **options):
        if count <= 0:
            raise CommandError("--count doit être un entier positif.")
        end_at = None
        if end:
            try:
                end_at = timezone.make_aware(datetime.strptime(end, "%Y-%m-%d"))
            except ValueError:
                raise CommandError("--end attend une date AAAA-MM-JJ.") from None
        created = generate(count=count, seed=seed, end=end_at, stream=self.stderr)
        bump_generation()  # bulk inserts send no signals: cached pages are stale now
        self.stdout.write(self.style.SUCCESS(f"{created} articles générés (graine {seed})."))
