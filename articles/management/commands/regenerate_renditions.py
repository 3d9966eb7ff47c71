from django.core.management.base import BaseCommand

from articles import photos
from articles.models import Photo


class Command(BaseCommand):
    help = (
        "Refait toutes les déclinaisons (tailles, recadrages, formats) de toutes les photos, "
        "et supprime les anciennes."
    )

    def handle(self, *args, **options):
        count = made = 0
        for photo in Photo.objects.exclude(image="").iterator():
            photos.remove_all_renditions(photo.pk)
            for ratio, width, ext in photos.all_renditions(photo):
                photos.make_rendition(photo, ratio, width, ext)
                made += 1
            count += 1
        noun = "photo" if count == 1 else "photos"
        self.stdout.write(self.style.SUCCESS(f"{count} {noun}, {made} renditions."))
