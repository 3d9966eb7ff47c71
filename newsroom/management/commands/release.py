"""python manage.py release: what a deployment does once, on one machine, before the new
code serves — not at every server start (several servers, restarts, workers): the
deployment checks first (errors stop it before anything changes; warnings are printed),
then the database's migrations, the static files, the cache table if a database cache is
configured, and the page cache's content generation moved forward so that no page rendered
by the previous code is served from the shared cache."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.pagecache import bump_generation


class Command(BaseCommand):
    help = (
        "Étape de mise en production, une fois par déploiement : check --deploy (une erreur "
        "arrête tout), migrate, collectstatic, createcachetable, et les pages en cache "
        "deviennent périmées."
    )
    requires_system_checks = []  # run below, with the deployment's own

    def handle(self, *args, verbosity=1, **options):
        def step(text):
            if verbosity:
                self.stdout.write(self.style.MIGRATE_HEADING(text))

        step("Vérifications de déploiement (check --deploy)")
        # Raises SystemCheckError on an error: nothing is migrated nor collected.
        call_command("check", deploy=True, fail_level="ERROR", stdout=self.stdout)
        step("Migrations")
        call_command("migrate", interactive=False, verbosity=verbosity, stdout=self.stdout)
        step("Fichiers statiques")
        call_command("collectstatic", interactive=False, verbosity=verbosity, stdout=self.stdout)
        call_command("createcachetable", verbosity=verbosity, stdout=self.stdout)
        bump_generation()
        if verbosity:
            self.stdout.write(self.style.SUCCESS("Prêt : les serveurs peuvent (re)démarrer."))
