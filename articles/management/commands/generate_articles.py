from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from articles.generate import generate
from articles.models import Publication
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
            "--publication",
            help="Identifiant de la publication (par exemple « journaldesrh ») ; par défaut, "
            "la publication par défaut.",
        )
        parser.add_argument(
            "--end",
            help="Date (AAAA-MM-JJ) vers laquelle comptent les dix ans ; par défaut, aujourd’hui.",
        )

    def handle(self, *args, count, seed, end, publication=None, **options):
        if count <= 0:
            raise CommandError("--count doit être un entier positif.")
        chosen = None
        if publication:
            chosen = Publication.objects.filter(slug=publication).first()
            if chosen is None:
                known = ", ".join(Publication.objects.values_list("slug", flat=True))
                raise CommandError(f"Publication inconnue : « {publication} » (connues : {known}).")
        end_at = None
        if end:
            try:
                end_at = timezone.make_aware(datetime.strptime(end, "%Y-%m-%d"))
            except ValueError:
                raise CommandError("--end attend une date AAAA-MM-JJ.") from None
        try:
            created = generate(
                count=count, seed=seed, end=end_at, stream=self.stderr, publication=chosen
            )
        except ValueError as refused:
            raise CommandError(str(refused)) from None
        bump_generation()  # bulk inserts send no signals: cached pages are stale now
        self.stdout.write(self.style.SUCCESS(f"{created} articles générés (graine {seed})."))
