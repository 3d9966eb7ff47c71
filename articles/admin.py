from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Prefetch
from django.utils.html import format_html
from taggit.models import Tag as TaggitTag

from articles import services
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    Category,
    Page,
    Photo,
    RelatedLink,
    Tag,
)

# Loaded after Django's urlify.js wherever a slug is prefilled.
SLUG_JS = "admin/newsroom/slug.js"

# The project's own Tag model replaces taggit's default one, which stays unused.
admin.site.unregister(TaggitTag)


def ordered_rows(formset):
    """The kept rows of an inline, in the order the editor chose.

    Rows are sorted by the position typed in, then by their place in the form, so an
    editor may either type numbers or simply fill the rows from top to bottom.
    """
    rows = [
        (form.cleaned_data.get("position") or 0, index, form)
        for index, form in enumerate(formset.forms)
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
    return [form for *_, form in sorted(rows, key=lambda row: row[:2])]


class PositionForm(forms.ModelForm):
    """Inline row whose position may be left blank: the row order then decides."""

    position = forms.IntegerField(
        label="ordre",
        required=False,
        min_value=0,
        max_value=1000,
        widget=forms.NumberInput(attrs={"style": "width:4em"}),
        help_text="Vide : l’ordre des lignes.",
    )


class ArticlePartInline(admin.TabularInline):
    """Bylines and "Lire aussi" links are parts of the article: whoever may edit the
    article may add, change and remove them, without separate permissions."""

    form = PositionForm
    extra = 1

    def _may_edit_article(self, request, obj=None):
        perm = "articles.change_article" if obj is not None else "articles.add_article"
        return request.user.has_perm(perm) or request.user.has_perm("articles.change_article")

    def has_add_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("articles.view_article") or self._may_edit_article(
            request, obj
        )


class BylineInline(ArticlePartInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    fields = ["position", "author"]
    verbose_name = "auteur"
    verbose_name_plural = "auteurs (dans l’ordre de la signature)"


class RelatedLinkInline(ArticlePartInline):
    model = RelatedLink
    fk_name = "article"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    autocomplete_fields = ["target"]
    fields = ["position", "target", "url", "label"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "published_at", "primary_category", "byline", "is_live"]
    list_filter = ["status", "primary_category", "categories"]
    search_fields = ["title", "standfirst", "slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_photo", "primary_category", "categories"]
    inlines = [BylineInline, RelatedLinkInline]
    actions = ["publish_selected", "unpublish_selected"]
    list_per_page = 50
    save_on_top = True

    class Media:
        css = {"all": ["admin/newsroom/article_form.css"]}
        js = ["/admin/jsi18n/editeur/", SLUG_JS]

    fieldsets = [
        (None, {"fields": ["title", "slug", "standfirst", "body"]}),
        ("Photo d’ouverture", {"fields": ["lead_photo"]}),
        ("Classement", {"fields": ["primary_category", "categories", "tags"]}),
        ("Publication", {"fields": ["status", "published_at"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("primary_category__parent")
            .prefetch_related(
                Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
            )
        )

    @admin.display(description="auteurs")
    def byline(self, article):
        return ", ".join(b.author.name for b in article.bylines.all())

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        if formset.model not in (ArticleAuthor, RelatedLink):
            return super().save_formset(request, form, formset, change)
        rows = ordered_rows(formset)
        for rank, row in enumerate(rows, start=1):
            row.instance.position = rank
        super().save_formset(request, form, formset, change)
        # Unchanged rows are not saved by the formset, yet their rank may have moved.
        formset.model.objects.bulk_update([row.instance for row in rows], ["position"])

    @admin.action(description="Publier les articles sélectionnés", permissions=["change"])
    def publish_selected(self, request, queryset):
        for article in queryset:
            services.publish_article(article=article)
        self.message_user(request, f"{len(queryset)} article(s) publié(s).", messages.SUCCESS)

    @admin.action(description="Repasser en brouillon", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        for article in queryset:
            services.unpublish_article(article=article)
        self.message_user(
            request, f"{len(queryset)} article(s) repassé(s) en brouillon.", messages.SUCCESS
        )


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
