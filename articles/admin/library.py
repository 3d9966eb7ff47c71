"""The library: photos, categories, authors, tags and standing pages."""

from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from taggit.models import Tag as TaggitTag

from articles.admin.articles import SLUG_JS
from articles.models import Author, BreakingNews, Category, Page, Photo, Tag

# The project's own Tag model replaces taggit's default one, which stays unused.
admin.site.unregister(TaggitTag)


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "caption", "credit", "source", "dimensions", "created_at"]
    list_display_links = ["thumbnail", "caption"]
    search_fields = ["caption", "credit", "source", "alt_text"]
    list_filter = ["source", "created_at"]
    readonly_fields = ["preview", "dimensions", "created_at"]
    fields = ["image", "preview", "alt_text", "caption", "credit", "source", "dimensions"]

    @admin.display(description="aperçu")
    def thumbnail(self, photo):
        if not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="96" style="height:auto;max-height:64px;object-fit:cover">',
            photo.image.url,
        )

    @admin.display(description="aperçu")
    def preview(self, photo):
        if not photo.pk or not photo.image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:480px;height:auto">',
            photo.image.url,
            photo.alt_text,
        )

    @admin.display(description="dimensions")
    def dimensions(self, photo):
        return f"{photo.width} × {photo.height} px" if photo.width else "—"


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "slug", "position", "is_in_navigation", "is_lead"]
    list_editable = ["position", "is_in_navigation"]
    list_select_related = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    class Media:
        js = [SLUG_JS]


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

    class Media:
        js = ["/admin/jsi18n/editeur/", SLUG_JS]


@admin.register(BreakingNews)
class BreakingNewsAdmin(admin.ModelAdmin):
    list_display = ["text", "starts_at", "ends_at", "priority", "is_active", "is_live"]
    list_filter = ["is_active"]
    search_fields = ["text"]
    fields = ["text", "link", "starts_at", "ends_at", "priority", "is_active"]

    @admin.display(description="en ce moment", boolean=True)
    def is_live(self, banner):
        return BreakingNews.objects.live().filter(pk=banner.pk).exists()
