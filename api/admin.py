"""API keys in the admin: issued (the key shown once), revoked, and their usage by day."""

from datetime import timedelta

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Q, Sum
from django.utils import timezone

from api import gate
from api.models import ApiKey, ApiUsage, issue_fields

USAGE_DAYS = 30


class StateFilter(admin.SimpleListFilter):
    title = "état"
    parameter_name = "etat"

    def lookups(self, request, model_admin):
        return [("active", "Actives"), ("revoquee", "Révoquées")]

    def queryset(self, request, queryset):
        if self.value() == "active":
            return queryset.filter(revoked_at__isnull=True)
        if self.value() == "revoquee":
            return queryset.filter(revoked_at__isnull=False)
        return queryset


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "owner", "rate_limit", "active", "last_used_at", "recent"]
    list_filter = [StateFilter]
    search_fields = ["name", "prefix", "contact"]
    fields = ["name", "owner", "contact", "allowed_origins", "rate_limit", "prefix",
              "created_at", "last_used_at", "revoked_at", "usage_table"]  # fmt: skip
    readonly_fields = ["prefix", "created_at", "last_used_at", "revoked_at", "usage_table"]
    actions = ["revoke"]

    def get_queryset(self, request):
        since = timezone.localdate() - timedelta(days=USAGE_DAYS)
        return (
            super()
            .get_queryset(request)
            .select_related("owner")
            .annotate(recent_requests=Sum("usage__requests", filter=Q(usage__day__gt=since)))
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
            kwargs["initial"] = request.user.pk
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(boolean=True, description="active")
    def active(self, obj):
        return obj.is_active

    @admin.display(description=f"requêtes ({USAGE_DAYS} j)", ordering="recent_requests")
    def recent(self, obj):
        return obj.recent_requests or 0

    @admin.display(description=f"usage des {USAGE_DAYS} derniers jours")
    def usage_table(self, obj):
        from django.utils.html import format_html_join

        if obj.pk is None:
            return "—"
        since = timezone.localdate() - timedelta(days=USAGE_DAYS)
        rows = obj.usage.filter(day__gt=since).order_by("-day")
        if not rows:
            return "Aucune requête."
        return format_html_join(
            "", "<div>{} : {} requêtes, {} refusées</div>",
            ((row.day.strftime("%d/%m/%Y"), row.requests, row.refused) for row in rows),
        )  # fmt: skip

    def save_model(self, request, obj, form, change):
        if not change:
            key = issue_fields(obj)
            super().save_model(request, obj, form, change)
            messages.warning(
                request,
                f"Clé de « {obj.name} » : {key} — copiez-la maintenant, elle ne sera plus "
                "jamais affichée (seuls son préfixe et son empreinte sont gardés).",
            )
            return
        super().save_model(request, obj, form, change)
        gate.forget(obj)  # new limits and origins apply at once

    @admin.action(description="Révoquer les clés choisies", permissions=["change"])
    def revoke(self, request, queryset):
        count = 0
        for api_key in queryset.filter(revoked_at__isnull=True):
            api_key.revoke()
            gate.forget(api_key)
            count += 1
        self.message_user(
            request, f"{count} clé(s) révoquée(s) : elles sont refusées dès maintenant."
        )

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser  # revoked, not deleted: its usage stays on record


@admin.register(ApiUsage)
class ApiUsageAdmin(admin.ModelAdmin):
    list_display = ["day", "key", "requests", "refused"]
    list_filter = ["key", "day"]
    date_hierarchy = "day"
    list_select_related = ["key"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
