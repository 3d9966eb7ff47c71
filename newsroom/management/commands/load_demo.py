from django.core.management.base import BaseCommand

from newsroom.demo import load_demo


class Command(BaseCommand):
    help = "Charge le contenu de démonstration (idempotent : ne modifie jamais l’existant)."

    def handle(self, *args, **options):
        created, users = load_demo()
        if any(created.values()):
            summary = ", ".join(f"{count} {kind}" for kind, count in created.items() if count)
            self.stdout.write(self.style.SUCCESS(f"Contenu de démonstration créé : {summary}."))
        else:
            self.stdout.write("Contenu de démonstration déjà en place : rien n’a été modifié.")
        for username, group, password in users:
            self.stdout.write(
                f"Compte de démonstration « {username} » ({group}), mot de passe : {password}"
            )
        if users:
            self.stdout.write("  (mots de passe affichés une seule fois : notez-les)")
