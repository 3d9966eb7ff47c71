"""The titles of the newsroom: installed by superusers (a domain to point at the server), not
edited day to day. Each publication's ``Site`` follows it: contrib's own Site admin is hidden
so that the two cannot drift apart."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.db import models

from articles.models import Publication
from articles.publications import save_publication

admin.site.unregister(Site)


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "is_default", "article_count"]
    search_fields = ["name", "domain", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "tagline", "is_default"]}),
        ("Adresses", {"fields": ["domain", "aliases"]}),
        ("Apparence", {"fields": ["accent_colour"]}),
        (
            "Diffusion",
            {"fields": ["google_news_name", "x_account", "linkedin_url", "facebook_url"]},
        ),
        ("Partenaires", {"fields": ["partner_call"]}),
        (
            "Équipe",
            {
                "fields": ["team"],
                "description": "Chacun y garde son rôle (journaliste, éditeur) ; un éditeur de "
                "deux publications figure dans les deux équipes.",
            },
        ),
    ]
    filter_horizontal = ["team"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "team":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="articles")
    def article_count(self, publication):
        return publication.articles.count()  # one query a row: a handful of publications

    def save_model(self, request, obj, form, change):
        save_publication(obj)

    def has_delete_permission(self, request, obj=None):
        # A publication with articles or sections cannot go (PROTECT); the default never.
        return super().has_delete_permission(request, obj) and not (obj and obj.is_default)
