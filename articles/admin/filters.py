"""The article list's filters: the user's publications and their sections, the state as
the desk sees it, and « mine » for journalists."""

from django.contrib import admin

from articles import permissions
from articles.models import Article, ArticleAuthor, Category, Publication
from core.request import whole_number

State = Article.State


def section_choices(request):
    """The sections of the user's publications for a filter, named with their publication
    when there are several (each has its « À la une »). One query."""
    sections = list(
        Category.objects.filter(publication_id__in=permissions.publication_ids(request.user))
        .select_related("parent", "publication")
        .order_by("publication__name", "position", "name")
    )
    several = len({s.publication_id for s in sections}) > 1
    return [(s.pk, f"{s.publication} › {s}" if several else str(s)) for s in sections]


class PublicationFilter(admin.RelatedFieldListFilter):
    """The user's own publications."""

    def field_choices(self, field, request, model_admin):
        mine = Publication.objects.filter(pk__in=permissions.publication_ids(request.user))
        return [(p.pk, p.name) for p in mine.order_by("-is_default", "name")]


class SectionFilter(admin.RelatedFieldListFilter):
    """The primary section, among the user's publications' sections."""

    def field_choices(self, field, request, model_admin):
        return section_choices(request)


class OtherCategoryFilter(admin.SimpleListFilter):
    """Articles filed in a category as one of their other categories (no DISTINCT)."""

    title = "autres rubriques"
    parameter_name = "rubrique"

    def lookups(self, request, model_admin):
        return [(str(pk), label) for pk, label in section_choices(request)]

    def queryset(self, request, queryset):
        value = whole_number(self.value())
        if value is None:
            return queryset
        through = Article.categories.through.objects.filter(category_id=value)
        return queryset.filter(pk__in=through.values("article_id"))


class StateFilter(admin.SimpleListFilter):
    title = "état"
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return State.choices

    def queryset(self, request, queryset):
        value = self.value()
        if value in State.values:
            return queryset.in_state(State(value))
        return queryset


class MineFilter(admin.SimpleListFilter):
    """Journalists see their own articles first; editors see everything."""

    title = "articles"
    parameter_name = "qui"

    def lookups(self, request, model_admin):
        return [("moi", "Mes articles"), ("tous", "Tous les articles")]

    def value(self):
        value = super().value()
        if value is None:
            return "tous" if permissions.can_publish(self.request.user) else "moi"
        return value

    def queryset(self, request, queryset):
        self.request = request
        if self.value() == "moi":
            # One indexed set of ids (a UNION): an OR across the two would read every
            # article, and the admin runs it three times (count, dates, page).
            # (Unordered: SQLite refuses an ORDER BY inside a UNION.)
            signed = ArticleAuthor.objects.filter(author__user=request.user).order_by()
            created = Article.objects.filter(created_by=request.user).order_by()
            ids = signed.values("article_id").union(created.values("pk"))
            return queryset.filter(pk__in=ids)
        return queryset

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def __init__(self, request, params, model, model_admin):
        self.request = request
        super().__init__(request, params, model, model_admin)
