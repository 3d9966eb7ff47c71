import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.models import Publication
from articles.wordpress.importer import import_export


class Command(BaseCommand):
    help = (
        "Importe un export WordPress (Outils › Exporter, fichier WXR) : auteurs, rubriques, tags, "
        "photos et leurs crédits, articles et pages, dans une publication. Relancé, il met à "
        "jour ce qui a changé sur WordPress sans rien créer deux fois."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="Le fichier exporté de WordPress (.xml).")
        parser.add_argument(
            "--publication",
            help="Identifiant de la publication qui reçoit l’import (par exemple "
            "« journaldesrh ») ; par défaut, la publication par défaut.",
        )
        parser.add_argument(
            "--uploads",
            help="Une copie du dossier wp-content/uploads du site : les fichiers des photos.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Simulation : tout est lu et vérifié, rien n’est enregistré.",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Remplace aussi ce qui a été modifié ici depuis le dernier import.",
        )
        parser.add_argument(
            "--default-credit",
            default="",
            help="Crédit des photos dont la légende n’en donne pas (sinon : « crédit manquant »).",
        )
        parser.add_argument("--report", help="Écrit le rapport complet dans ce fichier (JSON).")
        parser.add_argument(
            "--user", help="Identifiant du compte à qui l’import est attribué (historique)."
        )

    def handle(self, *args, export, publication=None, uploads=None, dry_run=False,
               overwrite=False, default_credit="", report=None, user=None, **options):  # fmt: skip
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : « {export} ».")
        if uploads and not Path(uploads).is_dir():
            raise CommandError(f"Dossier introuvable : « {uploads} » (--uploads).")
        if publication:
            chosen = Publication.objects.filter(slug=publication).first()
            if chosen is None:
                known = ", ".join(Publication.objects.values_list("slug", flat=True))
                raise CommandError(f"Publication inconnue : « {publication} » (connues : {known}).")
        else:
            chosen = Publication.objects.default()
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"Compte inconnu : « {user} » (--user).")
        bar = _ProgressBar(self.stderr)
        result = import_export(
            path,
            publication=chosen,
            uploads=uploads,
            dry_run=dry_run,
            overwrite=overwrite,
            default_credit=default_credit,
            user=account,
            progress=bar,
        )
        bar.done()
        for line in result.lines():
            self.stdout.write(line)
        if report:
            with Path(report).open("w", encoding="utf-8") as file:
                result.write_json(file)
            self.stdout.write(f"Rapport écrit dans « {report} ».")
        if result.error:
            raise CommandError(result.error)


class _ProgressBar:
    """A bar on the terminal, redrawn at most ten times a second: « [#####…] 42 % ». Nothing
    when the output is not a terminal (logs stay readable)."""

    def __init__(self, stream):
        self.stream = stream
        self.shown_at = 0.0
        self.tty = stream.isatty()

    def __call__(self, done, total):
        now = time.monotonic()
        if not self.tty or now - self.shown_at < 0.1:
            return
        self.shown_at = now
        share = min(1.0, done / total) if total else 1.0
        filled = int(share * 30)
        self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}", ending="")
        self.stream.flush()

    def done(self):
        if self.tty and self.shown_at:
            self.stream.write("\r" + " " * 40 + "\r", ending="")
