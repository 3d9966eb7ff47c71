from django.apps import AppConfig
from django.db.models.signals import post_migrate

from accounts.roles import EDITORS, JOURNALISTS, model_permissions
from core.registry import ModelRoles


class ArticlesConfig(ModelRoles, AppConfig):
    """The newsroom itself: sections, authors, photos, articles, search, feeds, sitemaps."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "articles"
    verbose_name = "Rédaction"

    # core.registry: listings are rebuilt from the articles (as are the search index and
    # the photo renditions, which are not models); versions, preview links, reading counts,
    # the trash and the record of imports never show on a public page.
    derived_models = ("Listing",)
    private_models = (
        "Revision",
        "PreviewLink",
        "ArticleView",
        "TrashedItem",
        "ImportedItem",
    )
    # The log of addresses that answered 404: passing state, not the newsroom's data; so are
    # the imports started from the admin (their files are not in MEDIA_ROOT).
    transient_models = ("MissingPage", "WordPressImport")
    derived_media = ("renditions/", "renditions-until/")  # articles.photos.FOLDERS
    # Each publication's Site (django.contrib.sites) is part of its data.
    archived_models = ("sites.Site",)

    # accounts.roles: what each role may do with this app's models.
    role_permissions = {
        JOURNALISTS: [
            *model_permissions("articles", ["article", "photo"], ["add", "change", "view"]),
            *model_permissions("articles", ["category", "author", "tag"], ["view"]),
        ],
        EDITORS: [
            *model_permissions(
                "articles",
                [
                    "article",
                    "photo",
                    "category",
                    "author",
                    "tag",
                    "page",
                    "correction",
                    "previewlink",
                    "breakingnews",
                    "redirect",
                    "missingpage",
                ],
            ),
            "articles.view_revision",
            "articles.publish_article",
            "articles.edit_any_article",
            "articles.edit_any_photo",
            "articles.restore_revision",
            "articles.share_preview",
            "articles.view_trasheditem",
            "articles.delete_trasheditem",
            "articles.restore_trasheditem",
        ],
    }

    def ready(self):
        from django.conf import settings
        from PIL import Image

        from articles import cachekeys, fragments, indexing, photos, queries
        from articles.publications import audit_team_changes, ensure_default_publication
        from articles.search import remove_orphans
        from core.pagecache import register_schedule
        from core.storage import register_object_parameters
        from core.surrogates import register_addresses

        indexing.connect()
        fragments.register()
        register_addresses(cachekeys.addresses)
        # On a bucket, renditions of photos whose rights end are written with that end.
        register_object_parameters(photos.object_parameters)
        for schedule in queries.SCHEDULES:
            register_schedule(schedule)
        # Pillow's own guard against decompression bombs, at our limit.
        Image.MAX_IMAGE_PIXELS = settings.PHOTO_MAX_PIXELS
        post_migrate.connect(remove_orphans, sender=self, dispatch_uid="articles.search_orphans")
        post_migrate.connect(
            ensure_default_publication, sender=self, dispatch_uid="articles.default_publication"
        )
        audit_team_changes()

    def page_cache_keys(self, model, instance, signal):
        from articles import cachekeys

        return cachekeys.for_change(model, instance, signal)

    def rebuild_derived(self):
        from articles import indexing, search

        indexing.rebuild_all_listings()
        search.rebuild()
