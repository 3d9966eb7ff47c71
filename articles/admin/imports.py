"""WordPress imports started from the admin, by superusers: the file, then a page that
follows the run (refreshed every two seconds while it runs) and shows its report."""

from pathlib import Path

from django import forms
from django.contrib import admin
from django.db import transaction

from articles.models import WordPressImport
from articles.wordpress import runs


class WordPressImportForm(forms.ModelForm):
    class Meta:
        model = WordPressImport
        fields = ["export", "publication", "uploads", "default_credit", "dry_run"]

    def clean_export(self):
        export = self.cleaned_data["export"]
        if not export.name.lower().endswith(".xml"):
            raise forms.ValidationError(
                "Envoyez le fichier .xml de WordPress (« Outils › Exporter »)."
            )
        return export

    def clean_uploads(self):
        folder = self.cleaned_data["uploads"].strip()
        if folder and not Path(folder).is_dir():
            raise forms.ValidationError(f"Dossier introuvable sur le serveur : « {folder} ».")
        return folder


@admin.register(WordPressImport)
class WordPressImportAdmin(admin.ModelAdmin):
    form = WordPressImportForm
    list_display = ["__str__", "publication", "state", "started_by", "dry_run"]
    change_form_template = "admin/articles/wordpressimport/change_form.html"

    # Superusers only: an import writes into any publication and reads the server's disk.
    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False  # a run is followed, not edited

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    readonly_fields = ["export_name", "started_by"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return WordPressImportForm.Meta.fields
        # The file is private (IMPORTS_ROOT): named, never linked.
        return ["export_name", "publication", "uploads", "default_credit", "dry_run", "started_by"]

    @admin.display(description="fichier d’export")
    def export_name(self, run):
        return Path(run.export.name).name

    @admin.display(description="état")
    def state(self, run):
        if runs.is_stale(run):
            return "Interrompu (le serveur a redémarré ?) : relancez-le, il reprendra"
        if runs.is_unclaimed(run):
            return (
                "En attente : aucune tâche de fond ne l’a prise "
                "(« manage.py run_worker » tourne-t-il ?)"
            )
        if run.status == run.Status.RUNNING:
            return f"En cours ({run.percent} %)"
        return run.get_status_display()

    def save_model(self, request, obj, form, change):
        obj.started_by = request.user
        super().save_model(request, obj, form, change)
        transaction.on_commit(lambda: runs.start(obj))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = self.get_object(request, object_id)
        extra = {
            "run": run,
            "state": self.state(run) if run else "",
            "refresh": bool(run)
            and run.status in ("waiting", "running")
            and not runs.is_stale(run),
        }
        return super().change_view(request, object_id, form_url, {**(extra_context or {}), **extra})

    def get_urls(self):
        from django.urls import path

        report = self.admin_site.admin_view(self.report_view)
        return [
            path("<int:pk>/rapport/", report, name="articles_wordpressimport_report"),
            *super().get_urls(),
        ]

    def report_view(self, request, pk):
        """The run's whole report (every warning), as the JSON file the command writes."""
        from django.core.exceptions import PermissionDenied
        from django.http import FileResponse, Http404
        from django.shortcuts import get_object_or_404

        if not self.has_view_permission(request):
            raise PermissionDenied
        run = get_object_or_404(WordPressImport, pk=pk)
        try:
            file = open(runs.report_path(run), "rb")  # noqa: SIM115 (FileResponse closes it)
        except OSError:
            raise Http404("Pas de rapport pour cet import.") from None
        return FileResponse(
            file, as_attachment=True, filename=f"rapport-import-{run.pk}.json",
            content_type="application/json",
        )  # fmt: skip

    def response_add(self, request, obj, post_url_continue=None):
        from django.shortcuts import redirect

        return redirect("admin:articles_wordpressimport_change", obj.pk)
