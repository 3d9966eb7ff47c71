"""Old addresses in the admin (« Redirections »): those of an import, of a changed article
address, and those an editor adds; their visits; a CSV out and in."""

import csv
import io

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode

from articles import permissions
from articles.models import MissingPage, Publication, Redirect

CSV_COLUMNS = ["ancienne adresse", "nouvelle adresse", "publication"]
MAX_CSV_BYTES = 5 * 1024 * 1024


class CsvForm(forms.Form):
    file = forms.FileField(
        label="Fichier CSV",
        help_text="Trois colonnes, avec leur ligne de titres : « ancienne adresse », « nouvelle "
        "adresse », « publication » (son identifiant, par exemple « frenchweb »). Une ancienne "
        "adresse déjà redirigée est mise à jour.",
    )


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ["old_path", "new_url", "publication", "source", "hits", "last_hit_at"]
    list_filter = ["publication", "source"]
    search_fields = ["old_path", "new_url"]
    readonly_fields = ["source", "hits", "last_hit_at", "created_at"]
    actions = ["export_csv"]
    change_list_template = "admin/articles/redirect/change_list.html"

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("publication")
        if request.user.is_superuser:
            return queryset
        return queryset.filter(publication_id__in=permissions.publication_ids(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "publication":
            mine = permissions.publication_ids(request.user)
            kwargs["queryset"] = Publication.objects.filter(pk__in=mine)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.action(description="Exporter en CSV")
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="redirections.csv"'
        writer = csv.writer(response)
        writer.writerow(CSV_COLUMNS)
        for item in queryset.select_related("publication"):
            writer.writerow([item.old_path, item.new_url, item.publication.slug])
        return response

    def get_urls(self):
        own = [
            path(
                "importer/",
                self.admin_site.admin_view(self.import_csv),
                name="articles_redirect_import",
            )
        ]
        return own + super().get_urls()

    def import_csv(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = CsvForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                count = _import_rows(form.cleaned_data["file"], request.user)
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(request, f"{count} redirection(s) importée(s).")
                return redirect("admin:articles_redirect_changelist")
        context = {**self.admin_site.each_context(request), "form": form,
                   "opts": self.model._meta, "title": "Importer des redirections"}  # fmt: skip
        return render(request, "admin/articles/redirect/import.html", context)


@admin.register(MissingPage)
class MissingPageAdmin(admin.ModelAdmin):
    """The addresses that answered 404, most visited first: where a redirect is missing."""

    list_display = ["path", "hits", "publication", "last_seen_at", "referer", "add_redirect"]
    list_filter = ["publication"]
    search_fields = ["path", "referer"]
    readonly_fields = ["publication", "path", "hits", "referer", "first_seen_at", "last_seen_at"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("publication")
        if request.user.is_superuser:
            return queryset
        return queryset.filter(publication_id__in=permissions.publication_ids(request.user))

    def has_add_permission(self, request):
        return False  # only 404s write here

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="redirection")
    def add_redirect(self, item):
        query = urlencode({"publication": item.publication_id, "old_path": item.path})
        url = reverse("admin:articles_redirect_add") + "?" + query
        return format_html('<a href="{}">Rediriger…</a>', url)


@transaction.atomic
def _import_rows(upload, user):
    """Every line, or none: the first wrong line is named in the error, nothing is saved."""
    if upload.size > MAX_CSV_BYTES:
        raise ValidationError("Le fichier dépasse 5 Mo : découpez-le.")
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("Le fichier n’est pas en UTF-8 : enregistrez-le de nouveau en "
                              "« CSV UTF-8 ».") from None  # fmt: skip
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip().lower() for c in rows[0][:3]] != CSV_COLUMNS:
        raise ValidationError(
            "La première ligne doit être : « ancienne adresse,nouvelle adresse,publication »."
        )
    mine = Publication.objects.filter(pk__in=permissions.publication_ids(user))
    publications = {p.slug: p for p in mine}
    count = 0
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < 3:
            raise ValidationError(f"Ligne {number} : il faut trois colonnes.")
        old, new, slug = (cell.strip() for cell in row[:3])
        publication = publications.get(slug)
        if publication is None:
            raise ValidationError(f"Ligne {number} : publication « {slug} » inconnue ou pas la "
                                  "vôtre.")  # fmt: skip
        item = Redirect(publication=publication, old_path=old, new_url=new)
        try:
            item.clean()
        except ValidationError as error:
            raise ValidationError(f"Ligne {number} : {' '.join(error.messages)}") from None
        Redirect.objects.update_or_create(
            publication=publication,
            old_path=item.old_path,
            defaults={"new_url": item.new_url, "source": Redirect.Source.MANUAL},
        )
        count += 1
    return count
