"""The library: photos, categories, authors, tags and standing pages."""

from datetime import timedelta

from django import forms
from django.contrib import admin
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.html import format_html
from taggit.models import Tag as TaggitTag

from articles import permissions, photos, services, trash
from articles.admin.articles import SLUG_JS
from articles.admin.trash import TrashOnDelete
from articles.models import Author, BreakingNews, Category, Page, Photo, Tag
from core.request import whole_number

# The project's own Tag model replaces taggit's default one, which stays unused.
admin.site.unregister(TaggitTag)


class PhotoForm(forms.ModelForm):
    """Uploads are judged by their content and stored clean (see articles/photos.py)."""

    class Meta:
        model = Photo
        fields = [
            "image", "alt_text", "caption", "credit", "source", "licence",
            "rights_expire_on", "tags", "focal_x", "focal_y",
        ]  # fmt: skip
        widgets = {"focal_x": forms.HiddenInput, "focal_y": forms.HiddenInput}

    # A plain file field: Django's ImageField would reject a bad upload with a generic
    # message before inspect_upload can say what is wrong with it.
    image = forms.FileField(
        label="Image",
        help_text="JPEG, PNG, WebP ou GIF. Au moins 1200 pixels de large pour une photo de une.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("focal_x", "focal_y"):
            if name in self.fields:  # not on a read-only page
                self.fields[name].required = False

    def clean_image(self):
        upload = self.cleaned_data.get("image")
        if upload is None or not hasattr(upload, "content_type"):  # unchanged file
            return upload
        photos.inspect_upload(upload)
        content, ext, _, _ = photos.clean_original(upload)
        return ContentFile(content, name=f"photo.{ext}")

    def clean(self):
        cleaned = super().clean()
        if "image" in self.changed_data:  # a new picture: its focal point starts centred
            cleaned["focal_x"] = cleaned["focal_y"] = 0.5
        for name in ("focal_x", "focal_y"):
            value = cleaned.get(name)
            if value is None or not 0 <= value <= 1:
                cleaned[name] = 0.5
        return cleaned


class MissingCreditFilter(admin.SimpleListFilter):
    title = "crédit"
    parameter_name = "credit"
    NOT_CREDITS = ["", "?", "inconnu", "à compléter", "a completer", "dr ?"]

    def lookups(self, request, model_admin):
        return [("manquant", "Crédit manquant ou à compléter")]

    def queryset(self, request, queryset):
        if self.value() == "manquant":
            missing = Q()
            # SQLite folds only ASCII case: spell the accented variants out.
            for text in self.NOT_CREDITS:
                missing |= Q(credit__iexact=text) | Q(credit__in=[text.capitalize(), text.upper()])
            return queryset.filter(missing | Q(credit__regex=r"^\s*$"))
        return queryset


class RightsFilter(admin.SimpleListFilter):
    title = "droits"
    parameter_name = "droits"

    def lookups(self, request, model_admin):
        return [("expires", "Droits expirés"), ("bientot", "Expirent sous 30 jours"),
                ("valides", "Valides")]  # fmt: skip

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "expires":
            return queryset.expired(today)
        if self.value() == "bientot":
            return queryset.filter(
                rights_expire_on__gte=today, rights_expire_on__lte=today + timedelta(days=30)
            )
        if self.value() == "valides":
            return queryset.filter(
                Q(rights_expire_on__isnull=True) | Q(rights_expire_on__gte=today)
            )
        return queryset


@admin.register(Photo)
class PhotoAdmin(TrashOnDelete, admin.ModelAdmin):
    trash_function = trash.trash_photo
    form = PhotoForm
    list_display = ["thumbnail", "caption", "credit", "source", "licence", "dimensions",
                    "rights", "created_at"]  # fmt: skip
    list_display_links = ["thumbnail", "caption"]
    search_fields = ["caption", "credit", "source", "alt_text", "tags__name"]
    list_filter = [RightsFilter, MissingCreditFilter, "source", "licence", "created_at"]
    date_hierarchy = "created_at"
    readonly_fields = ["dimensions", "created_at"]
    list_per_page = 40
    fieldsets = [
        (None, {"fields": ["image", "focal_x", "focal_y", "dimensions"]}),
        ("Description", {"fields": ["alt_text", "caption", "tags"]}),
        ("Droits", {"fields": ["credit", "source", "licence", "rights_expire_on"]}),
    ]

    class Media:
        css = {"all": ["admin/articles/photos.css"]}
        js = ["admin/articles/focal_point.js"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match and match.url_name == "articles_photo_changelist":
            queryset = queryset.distinct() if request.GET.get("q") else queryset
        return queryset

    @admin.display(description="aperçu")
    def thumbnail(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img class="photo-thumb" src="{}" alt="" width="96" height="54">',
            photos.rendition_url(photo, "16x9", photos.widths(photo, "16x9")[0], "jpg"),
        )

    @admin.display(description="dimensions")
    def dimensions(self, photo):
        return f"{photo.width} × {photo.height} px" if photo.width else "—"

    @admin.display(description="droits")
    def rights(self, photo):
        if photo.rights_expired():
            return format_html('<strong class="rights rights--expired">Expirés le {}</strong>',
                               f"{photo.rights_expire_on:%d/%m/%Y}")  # fmt: skip
        if photo.rights_expire_on:
            return f"jusqu’au {photo.rights_expire_on:%d/%m/%Y}"
        return "sans limite"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.image:
            # The focal point is placed by clicking on this preview (focal_point.js).
            context["focal_preview"] = photos.rendition_url(
                obj,
                "original",
                photos.widths(obj, "original")[min(1, len(photos.widths(obj, "original")) - 1)],
                "jpg",
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or permissions.can_edit_photo(request.user, obj)

    def save_model(self, request, obj, form, change):
        services.save_photo(photo=obj, user=request.user)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "publication", "slug", "position", "is_in_navigation",
                    "is_lead"]  # fmt: skip
    list_editable = ["position", "is_in_navigation"]
    list_filter = ["publication"]
    list_select_related = ["parent", "publication"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["sponsor"]

    class Media:
        js = [SLUG_JS]

    def get_search_results(self, request, queryset, search_term):
        """The article form's section pickers (static/admin/articles/sections.js) offer the
        sections of the publications the article appears on, among the user's own."""
        queryset, distinct = super().get_search_results(request, queryset, search_term)
        if request.GET.get("model_name") == "article":
            mine = permissions.publication_ids(request.user)
            asked = {whole_number(v) for v in request.GET.get("publications", "").split(",")}
            queryset = queryset.filter(publication_id__in=(asked & mine) or mine)
        return queryset, distinct


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "user", "article_count"]
    search_fields = ["name", "slug", "role"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = [SLUG_JS]

    autocomplete_fields = ["user", "photo"]
    list_select_related = ["user"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("bylines"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, author):
        return author.article_count


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["sponsor"]

    class Media:
        js = [SLUG_JS]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("tagged_articles"))

    @admin.display(description="articles", ordering="article_count")
    def article_count(self, tag):
        return tag.article_count


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "is_in_footer", "position", "updated_at"]
    list_editable = ["is_in_footer", "position"]
    search_fields = ["title", "body"]
    prepopulated_fields = {"slug": ["title"]}
    list_filter = ["publications", "is_in_footer"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}

    class Media:
        js = ["/admin/jsi18n/editeur/", SLUG_JS]


@admin.register(BreakingNews)
class BreakingNewsAdmin(admin.ModelAdmin):
    list_display = ["text", "starts_at", "ends_at", "priority", "is_active", "is_live"]
    list_filter = ["is_active", "publications"]
    search_fields = ["text"]
    fields = ["text", "link", "starts_at", "ends_at", "priority", "publications", "is_active"]
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}

    @admin.display(description="en ce moment", boolean=True)
    def is_live(self, banner):
        return banner.is_live()
