"""The article desk: writing, the workflow buttons, revisions, previews, corrections."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from articles import permissions, photos, services, trash
from articles.admin.filters import (
    MineFilter,
    OtherCategoryFilter,
    PublicationFilter,
    SectionFilter,
    StateFilter,
)
from articles.admin.history import ArticleHistoryViews
from articles.admin.trash import TrashOnDelete
from articles.models import (
    Article,
    ArticleAuthor,
    Correction,
    Publication,
    RelatedLink,
)
from core.french import countdown
from core.request import whole_number

SLUG_JS = "admin/articles/slug.js"
State = Article.State


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
        if obj is not None:
            return permissions.can_edit(request.user, obj)
        return request.user.has_perm("articles.add_article")

    def has_add_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may_edit_article(request, obj)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("articles.view_article")


class BylineInline(ArticlePartInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    fields = ["position", "author"]
    verbose_name = "auteur"
    verbose_name_plural = "auteurs (dans l’ordre de la signature)"


class RelatedLinkInline(ArticlePartInline):
    model = RelatedLink
    fk_name = "article"
    autocomplete_fields = ["target"]
    fields = ["position", "target", "url", "label"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class CorrectionInline(admin.StackedInline):
    """Dated corrections and updates: editors add them to published articles."""

    model = Correction
    extra = 0
    fields = ["kind", "published_at", "text"]
    verbose_name = "correction ou mise à jour"
    verbose_name_plural = "corrections et mises à jour (affichées à la fin de l’article)"


class ArticleForm(forms.ModelForm):
    """The article form, with the version it was opened at, to refuse a silent overwrite."""

    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    edit_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "title", "slug", "standfirst", "body", "lead_photo", "publication", "cross_posts",
            "primary_category", "categories", "tags", "published_at", "sponsor", "sponsor_label",
        ]  # fmt: skip

    EDIT_FIELDS = ("edit_version", "edit_revision")
    TAG_MAX_LENGTH = 100

    def clean_tags(self):
        """Tag names are single lines of at most 100 characters (the database's limit): a
        longer one is refused in French rather than failing when it is written."""
        names = []
        for name in self.cleaned_data.get("tags") or []:
            name = "".join(c for c in name if c.isprintable()).strip()
            if len(name) > self.TAG_MAX_LENGTH:
                raise forms.ValidationError(
                    f"Un tag fait au plus {self.TAG_MAX_LENGTH} caractères : « {name[:30]}… » "
                    f"en a {len(name)}."
                )
            if name:
                names.append(name)
        return names

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.fields["edit_version"].initial = self.instance.version
            latest = self.instance.revisions.values_list("pk", flat=True).first()
            self.fields["edit_revision"].initial = latest

    def has_content_changed(self):
        return any(name not in self.EDIT_FIELDS for name in self.changed_data)

    def clean_lead_photo(self):
        photo = self.cleaned_data.get("lead_photo")
        if photo is not None and photo.width < photos.LEAD_MIN_WIDTH:
            raise forms.ValidationError(
                f"La photo d’ouverture doit mesurer au moins {photos.LEAD_MIN_WIDTH:,} pixels de "
                f"large (pour Google Discover) ; celle-ci en mesure {photo.width:,}. Choisissez-en "
                "une plus grande.".replace(",", "\u202f")
            )
        if photo is not None and photo.rights_expired():
            raise forms.ValidationError(
                f"Les droits de cette photo ont expiré le {photo.rights_expire_on:%d/%m/%Y} : "
                "elle ne peut plus être publiée."
            )
        return photo

    def clean_publication(self):
        """Left out of a post (a script, an old form): the article keeps its publication, or
        a new one gets the user's first (the form offers only theirs)."""
        chosen = self.cleaned_data.get("publication")
        if chosen is not None:
            return chosen
        if self.instance.pk:
            return self.instance.publication
        field = self.fields["publication"]
        return field.queryset.filter(pk=field.initial).first() or field.queryset.first()

    def _clean_sections(self, cleaned):
        """Each section belongs to one publication: the article's own, or one it is
        cross-posted to."""
        publication = cleaned.get("publication")
        if publication is None:
            return
        allowed = {publication.pk, *(p.pk for p in cleaned.get("cross_posts") or [])}
        if publication in (cleaned.get("cross_posts") or []):
            self.add_error(
                "cross_posts", f"L’article paraît déjà sur « {publication} », sa publication."
            )
        for field in ("primary_category", "categories"):
            value = cleaned.get(field)
            sections = [value] if field == "primary_category" else list(value or [])
            for section in sections:
                if section is not None and section.publication_id not in allowed:
                    self.add_error(
                        field,
                        f"La rubrique « {section} » appartient à « {section.publication} » : "
                        f"choisissez une rubrique de « {publication} », ou publiez aussi "
                        f"l’article sur « {section.publication} ».",
                    )
                    break

    def clean(self):
        cleaned = super().clean()
        self._clean_sections(cleaned)
        if self.instance.pk:
            current = (
                Article.objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if cleaned.get("edit_version") != current:
                latest = self.instance.revisions.values_list("pk", flat=True).first()
                base = cleaned.get("edit_revision") or latest
                url = reverse("admin:articles_article_diff", args=[self.instance.pk, base, latest])
                raise forms.ValidationError(
                    format_html(
                        "Quelqu’un d’autre a enregistré cet article pendant que vous le "
                        "modifiiez : votre version n’a pas été enregistrée, pour ne pas effacer "
                        "la sienne. Vos modifications sont toujours dans le formulaire ; "
                        '<a href="{}" target="_blank">voyez ce qui a changé</a>, puis '
                        "rechargez l’article et reportez-les.",
                        url,
                    ),
                    code="conflict",
                )
        return cleaned


@admin.register(Article)
class ArticleAdmin(TrashOnDelete, ArticleHistoryViews, admin.ModelAdmin):
    trash_function = trash.trash_article
    form = ArticleForm
    list_display = ["title", "state_label", "when", "primary_category", "byline", "updated_at"]
    list_filter = [
        MineFilter,
        StateFilter,
        ("publication", PublicationFilter),
        ("primary_category", SectionFilter),
        OtherCategoryFilter,
    ]
    search_fields = ["title", "=slug"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["lead_photo", "primary_category", "categories", "sponsor"]
    inlines = [BylineInline, RelatedLinkInline, CorrectionInline]
    actions = ["publish_selected", "unpublish_selected"]
    list_per_page = 50
    # The list shows each article's category with its parent ("Actualité › Afrique").
    list_select_related = ["primary_category__parent"]
    save_on_top = True
    change_form_template = "admin/articles/article/change_form.html"
    change_list_template = "admin/articles/article/change_list.html"

    class Media:
        css = {"all": ["admin/articles/article_form.css", "admin/articles/photos.css"]}
        js = [
            "/admin/jsi18n/editeur/",
            SLUG_JS,
            "admin/articles/checklist.js",
            "admin/articles/sections.js",
            "admin/articles/photo_chooser.js",
        ]

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["title", "slug", "standfirst", "body"]}),
            ("Photo d’ouverture", {"fields": ["lead_photo"]}),
            (
                "Classement",
                {
                    "fields": [
                        "publication",
                        "cross_posts",
                        "primary_category",
                        "categories",
                        "tags",
                    ]
                },
            ),
            ("Publication", {"fields": ["state_label", "published_at"]}),
            (
                "Contenu partenaire",
                {
                    "fields": ["sponsor", "sponsor_label"],
                    "classes": ["collapse"],
                    "description": "Réservé aux éditeurs. Un article lié à un partenaire porte "
                    "sa mention sur chaque carte et sur sa page, finit par un avertissement, "
                    "et n’est jamais proposé automatiquement en « Lire aussi ».",
                },
            ),
            (None, {"fields": ["edit_version", "edit_revision"], "classes": ["hidden"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        readonly = ["state_label"]
        if not permissions.can_publish(request.user):
            readonly += ["published_at", "sponsor", "sponsor_label"]
        return readonly

    def get_inlines(self, request, obj):
        # Corrections belong to published articles and to editors.
        if obj is None or not request.user.has_perm("articles.add_correction"):
            return [BylineInline, RelatedLinkInline]
        return [BylineInline, RelatedLinkInline, CorrectionInline]

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        author = getattr(request.user, "author", None)
        if isinstance(inline, BylineInline) and obj.pk is None and author and "data" not in kwargs:
            # A journalist's new article starts signed by them.
            kwargs["initial"] = [{"author": author.pk}]
        return kwargs

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "publication":
            # Only the publications the user works for; theirs first by default.
            mine = permissions.publication_ids(request.user)
            kwargs["queryset"] = Publication.objects.filter(pk__in=mine)
            default = Publication.objects.filter(pk__in=mine).order_by("-is_default", "name")
            kwargs["initial"] = default.values_list("pk", flat=True).first()
            kwargs["required"] = False  # ArticleForm.clean_publication fills it in
            kwargs["empty_label"] = None
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "cross_posts":
            mine = permissions.publication_ids(request.user)
            kwargs["queryset"] = Publication.objects.filter(pk__in=mine)
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not request.user.is_superuser:
            # Another publication's articles are not this member's: not even listed.
            queryset = queryset.filter(publication_id__in=permissions.publication_ids(request.user))
        match = request.resolver_match
        if match and match.url_name == "articles_article_changelist":
            # The list never shows the body, the heaviest column.
            queryset = queryset.defer("body").prefetch_related(
                Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
            )
        return queryset

    # Permissions ---------------------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or permissions.can_edit(request.user, obj)

    def has_publish_permission(self, request):
        return permissions.can_publish(request.user)

    # List ------------------------------------------------------------------------------

    @admin.display(description="auteurs")
    def byline(self, article):
        return ", ".join(b.author.name for b in article.bylines.all())

    @admin.display(description="état", ordering="status")
    def state_label(self, article):
        if article.pk is None:
            return "Brouillon (nouvel article)"
        return format_html(
            '<span class="state state--{}">{}</span>', article.state, article.get_state_display()
        )

    @admin.display(description="parution", ordering="published_at")
    def when(self, article):
        if article.published_at is None:
            return "—"
        local = timezone.localtime(article.published_at)
        if article.state == State.SCHEDULED:
            return format_html(
                "{} <small>({})</small>", f"{local:%d/%m/%Y %H:%M}", countdown(local)
            )
        return f"{local:%d/%m/%Y %H:%M}"

    PUBLICATION_PARAM = "publication__id__exact"  # the list filter's own parameter

    def _publication_switch(self, request, mine):
        """Links to the list of each of the user's publications (and of all of them): the
        switcher above the list; and the one chosen, if it is one of theirs."""
        chosen = whole_number(request.GET.get(self.PUBLICATION_PARAM, ""))
        chosen = chosen if chosen in mine else None
        links = []
        if len(mine) < 2:  # one title: nothing to switch (and no query)
            return links, chosen
        for pk, name in [(None, "Toutes"), *Publication.objects.filter(pk__in=mine)
                         .order_by("-is_default", "name").values_list("pk", "name")]:  # fmt: skip
            query = request.GET.copy()
            query.pop(self.PUBLICATION_PARAM, None)
            query.pop("p", None)
            if pk is not None:
                query[self.PUBLICATION_PARAM] = pk
            links.append((name, f"?{query.urlencode()}", pk == chosen))
        return links, chosen

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        mine = permissions.publication_ids(request.user)
        switch, chosen = self._publication_switch(request, mine)
        extra_context["publication_switch"] = switch
        if chosen is not None:
            mine = {chosen}  # the dashboards follow the publication chosen
        if permissions.can_publish(request.user):
            extra_context["review_queue"] = list(
                Article.objects.in_state(State.REVIEW)
                .filter(publication_id__in=mine)
                .select_related("created_by")
                .only("title", "updated_at", "created_by")
                .order_by("updated_at")[:20]
            )
            extra_context["scheduled"] = list(
                Article.objects.scheduled()
                .filter(publication_id__in=mine)
                .only("title", "published_at")
                .order_by("published_at")[:10]
            )
        return super().changelist_view(request, extra_context)

    # Form ------------------------------------------------------------------------------

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = extra_context or {}
        obj = self.get_object(request, object_id) if object_id else None
        if object_id and obj is None:
            raise Http404("Cet article n’existe pas.")
        probe = obj or Article(created_by=request.user)
        allowed = permissions.allowed_transitions(request.user, probe)
        action = request.POST.get("_workflow") if request.method == "POST" else None
        if action and action not in allowed:
            # A crafted POST: refused before anything is saved.
            raise PermissionDenied("Cette action ne vous est pas permise sur cet article.")
        extra_context["workflow_actions"] = [(action.value, action.label) for action in allowed]
        extra_context["checklist"] = probe.publication_checklist()
        if obj is not None:
            extra_context["can_see_history"] = permissions.can_see_history(request.user, obj)
            if permissions.can_share_preview(request.user):
                extra_context["preview_links"] = list(
                    obj.preview_links.select_related("article__publication")[:10]
                )
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        """Saved with its parts by ``services.save_article``, from ``save_related``."""

    def save_formset(self, request, form, formset, change):
        if formset.model not in (ArticleAuthor, RelatedLink):
            for instance in formset.save(commit=False):
                if isinstance(instance, Correction) and instance.created_by_id is None:
                    instance.created_by = request.user
                instance.save()
            for instance in formset.deleted_objects:
                instance.delete()
            return None
        rows = ordered_rows(formset)
        for rank, row in enumerate(rows, start=1):
            row.instance.position = rank
        super().save_formset(request, form, formset, change)
        # Unchanged rows are not saved by the formset, yet their rank may have moved.
        formset.model.objects.bulk_update([row.instance for row in rows], ["position"])
        return None

    def save_related(self, request, form, formsets, change):
        services.save_article(
            article=form.instance,
            user=request.user,
            save_parts=lambda: super(ArticleAdmin, self).save_related(
                request, form, formsets, change
            ),
            content_changed=form.has_content_changed() or any(f.has_changed() for f in formsets),
        )

    def _after_save(self, request, obj, default_response):
        action = request.POST.get("_workflow")
        if not action:
            return default_response
        try:
            services.apply_transition(
                action=action, article=obj, user=request.user, at=obj.published_at
            )
        except services.PublicationRefused as refused:
            reasons = format_html_join("", "<li>{}</li>", ((m,) for m in refused.messages))
            self.message_user(
                request,
                format_html("Enregistré, mais pas publié :<ul>{}</ul>", reasons),
                messages.ERROR,
            )
        else:
            obj.refresh_from_db()
            self.message_user(
                request,
                f"« {obj} » : {obj.get_state_display().lower()}.",
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[obj.pk]))

    def response_add(self, request, obj, post_url_continue=None):
        return self._after_save(request, obj, super().response_add(request, obj, post_url_continue))

    def response_change(self, request, obj):
        return self._after_save(request, obj, super().response_change(request, obj))

    # Actions ---------------------------------------------------------------------------

    @admin.action(description="Publier les articles sélectionnés", permissions=["publish"])
    def publish_selected(self, request, queryset):
        done = 0
        for article in queryset:
            try:
                services.publish_article(article=article, user=request.user)
                done += 1
            except services.PublicationRefused as refused:
                self.message_user(
                    request, f"« {article} » : {' ; '.join(refused.messages)}", messages.ERROR
                )
        if done:
            self.message_user(request, f"{done} article(s) publié(s).", messages.SUCCESS)

    @admin.action(description="Dépublier les articles sélectionnés", permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        done = 0
        for article in queryset.filter(status=State.PUBLISHED):
            services.unpublish_article(article=article, user=request.user)
            done += 1
        self.message_user(request, f"{done} article(s) dépublié(s).", messages.SUCCESS)
