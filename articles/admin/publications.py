"""The titles of the newsroom: installed by superusers (a domain to point at the server), not
edited day to day. Each publication's ``Site`` follows it: contrib's own Site admin is hidden
so that the two cannot drift apart."""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models

from articles import photos
from articles.models import Publication
from articles.publications import save_publication

admin.site.unregister(Site)


def _logo_field(label, help_text):
    # A plain file field, as for photos: Django's ImageField would reject a bad upload with a
    # generic message before photos.inspect_upload can say what is wrong with it.
    return forms.FileField(
        label=label, required=False, widget=forms.ClearableFileInput, help_text=help_text
    )


def _https_by_default(db_field, **kwargs):
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class PublicationForm(forms.ModelForm):
    logo = _logo_field("Logo", Publication._meta.get_field("logo").help_text)
    logo_dark = _logo_field(
        "Logo sur fond sombre", Publication._meta.get_field("logo_dark").help_text
    )

    class Meta:
        model = Publication
        fields = [
            "name", "slug", "tagline", "is_default", "domain", "aliases", "accent_colour",
            "logo", "logo_dark", "google_news_name", "x_account", "linkedin_url",
            "facebook_url", "partner_call", "team",
        ]  # fmt: skip
        formfield_callback = _https_by_default

    def _clean_logo(self, name):
        upload = self.cleaned_data.get(name)
        if not upload or not hasattr(upload, "content_type"):  # unchanged or cleared
            return upload
        inspected = photos.inspect_upload(upload)
        if inspected.format == "GIF":
            raise ValidationError("Envoyez le logo en PNG, en WebP ou en JPEG (pas de GIF).")
        # Re-encoded without metadata, transparency kept, as every photo of the library.
        content, ext, _, _ = photos.clean_original(upload)
        return ContentFile(content, name=f"logo.{ext}")

    def clean_logo(self):
        return self._clean_logo("logo")

    def clean_logo_dark(self):
        return self._clean_logo("logo_dark")


@admin.register(Publication)
class PublicationAdmin(admin.ModelAdmin):
    form = PublicationForm
    list_display = ["name", "domain", "is_default", "article_count"]
    search_fields = ["name", "domain", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "tagline", "is_default"]}),
        ("Adresses", {"fields": ["domain", "aliases"]}),
        ("Apparence", {"fields": ["accent_colour", "logo", "logo_dark"]}),
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
