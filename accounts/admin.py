"""Staff access in the admin: the login form (throttled), the roles with their security
rules, and the audit log (read-only, for superusers)."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin
from django.contrib.auth.models import Group

from accounts.models import AuditEvent, GroupSecurity
from accounts.throttle import ThrottledAuthenticationForm

admin.site.site_header = f"{settings.SITE_NAME} — rédaction"
admin.site.site_title = f"{settings.SITE_NAME} — rédaction"
admin.site.index_title = "Tableau de bord"
admin.site.login_form = ThrottledAuthenticationForm


class GroupSecurityInline(admin.StackedInline):
    model = GroupSecurity
    can_delete = False
    verbose_name_plural = "règles de sécurité"


admin.site.unregister(Group)


@admin.register(Group)
class NewsroomGroupAdmin(GroupAdmin):
    inlines = [GroupSecurityInline]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only, for superusers: nobody edits or deletes the audit log from the admin."""

    list_display = ["at", "username", "action", "object_repr", "object_type", "address", "details"]
    list_filter = ["action", "at"]
    search_fields = ["username", "object_repr", "details", "address"]
    date_hierarchy = "at"
    list_per_page = 100

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        return {}
