from django.contrib import admin

from partners.models import Lead

SUBMITTED_FIELDS = ["company", "name", "email", "phone", "budget", "message", "consent"]
RECEIVED = [*SUBMITTED_FIELDS, "publication", "created_at", "notified_at", "updated_at"]


@admin.register(Lead)
class LeadAdmin(admin.ModelAdmin):
    """« Devenez partenaire » requests. What the prospect sent stays as sent: the desk only
    follows it up (status and notes). Leads come from the public form, never from here."""

    list_display = [
        "created_at",
        "company",
        "name",
        "email",
        "budget",
        "publication",
        "status",
        "is_notified",
    ]
    list_display_links = ["created_at", "company"]
    list_editable = ["status"]
    list_filter = ["status", "budget", "publication", "created_at"]
    search_fields = ["company", "name", "email", "message"]
    date_hierarchy = "created_at"
    readonly_fields = RECEIVED
    list_select_related = ["publication"]
    fieldsets = [
        ("Suivi", {"fields": ["status", "notes"]}),
        (
            "Demande reçue",
            {"fields": RECEIVED},
        ),
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description="e-mail envoyé", boolean=True, ordering="notified_at")
    def is_notified(self, lead):
        return lead.notified_at is not None
