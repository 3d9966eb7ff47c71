from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ArticlesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Rédaction"

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from articles import indexing
        from articles.roles import sync_roles

        indexing.connect()
        # Pillow's own guard against decompression bombs, at our limit.
        Image.MAX_IMAGE_PIXELS = settings.PHOTO_MAX_PIXELS
        # After auth has created the permissions of every app (auth is listed first).
        post_migrate.connect(sync_roles, dispatch_uid="articles.sync_roles")
        from articles.search import remove_orphans

        post_migrate.connect(remove_orphans, sender=self, dispatch_uid="articles.search_orphans")
