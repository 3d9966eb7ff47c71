"""The trash in the admin: deleted articles and photos, restored or purged by editors."""

from datetime import timedelta

from django.conf import settings
from django.contrib import admin, messages

from articles import trash
from articles.models import TrashedItem


class TrashOnDelete:
    """For the article and photo admins: « Supprimer » moves to the trash."""

    trash_function = None

    def delete_model(self, request, obj):
        type(self).trash_function(obj, request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            type(self).trash_function(obj, request.user)

    def response_delete(self, request, obj_display, obj_id):
        messages.info(
            request,
            f"« {obj_display} » est dans la corbeille : un éditeur peut l’y restaurer pendant "
            f"{settings.TRASH_DAYS} jours.",
        )
        return super().response_delete(request, obj_display, obj_id)


@admin.register(TrashedItem)
class TrashedItemAdmin(admin.ModelAdmin):
    list_display = ["label", "kind", "deleted_at", "deleted_by", "purged_on"]
    list_filter = ["kind", "deleted_at"]
    search_fields = ["label"]
    actions = ["restore_selected", "purge_selected"]
    readonly_fields = ["label", "kind", "object_id", "deleted_at", "deleted_by"]
    exclude = ["data"]

    @admin.display(description="supprimé pour de bon le")
    def purged_on(self, item):
        return f"{item.deleted_at + timedelta(days=settings.TRASH_DAYS):%d/%m/%Y}"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        if not request.user.has_perm("articles.restore_trasheditem"):
            actions.pop("restore_selected", None)
        if not request.user.has_perm("articles.delete_trasheditem"):
            actions.pop("purge_selected", None)
        return actions

    @admin.action(description="Restaurer les éléments choisis", permissions=["restore"])
    def restore_selected(self, request, queryset):
        for item in queryset:
            try:
                trash.restore(item)
            except trash.RestoreRefused as refusal:
                self.message_user(request, f"« {item.label} » : {refusal}", messages.ERROR)
            else:
                self.message_user(request, f"« {item.label} » est restauré.", messages.SUCCESS)

    def has_restore_permission(self, request):
        return request.user.has_perm("articles.restore_trasheditem")

    @admin.action(description="Supprimer définitivement les éléments choisis",
                  permissions=["delete"])  # fmt: skip
    def purge_selected(self, request, queryset):
        count = 0
        for item in queryset:
            trash.purge(item)
            count += 1
        self.message_user(request, f"{count} élément(s) supprimé(s) définitivement.")

    def delete_model(self, request, obj):
        trash.purge(obj)

    def delete_queryset(self, request, queryset):
        for item in queryset:
            trash.purge(item)
