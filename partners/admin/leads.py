from django.contrib import admin

from partners.models import Lead

SUBMITTED_FIELDS = ["company", "name", "email", "phone", "budget", "message", "consent"]


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    """« Devenez partenaire » requests. What the prospect sent stays as sent: the desk only
    follows it up (status and notes). Leads come from the public form, never from here."""

    list_display = ["created_at", "company", "name", "email", "budget", "publication", "status"]
    list_display_links = ["created_at", "company"]
    list_editable = ["status"]
    list_filter = ["status", "budget", "publication", "created_at"]
    search_fields = ["company", "name", "email", "message"]
    date_hierarchy = "created_at"
    readonly_fields = [*SUBMITTED_FIELDS, "publication", "created_at", "updated_at"]
    list_select_related = ["publication"]
    fieldsets = [
        ("Suivi", {"fields": ["status", "notes"]}),
        (
            "Demande reçue",
            {"fields": [*SUBMITTED_FIELDS, "publication", "created_at", "updated_at"]},
        ),
    ]

    def has_add_permission(self, request):
        return False
