"""Staff access in the admin: the login form (throttled), the roles with their security
rules, and the audit log (read-only, for superusers)."""

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import audit, two_factor
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
# django-otp's own pages show the devices' secrets: staff manage their device from « Double
# authentification », administrators reset it from the user's page.
for _model in (TOTPDevice, StaticDevice):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):
    list_display = [*UserAdmin.list_display, "two_factor"]
    actions = ["reset_two_factor"]

    @admin.display(description="double authentification", boolean=True)
    def two_factor(self, user):
        return TOTPDevice.objects.filter(user=user, confirmed=True).exists()

    @admin.action(
        description="Réinitialiser la double authentification (téléphone perdu)",
        permissions=["reset_two_factor"],
    )
    def reset_two_factor(self, request, queryset):
        for user in queryset:
            two_factor.remove_devices(user)
            audit.record(
                AuditEvent.Action.TWO_FACTOR_RESET, obj=user, request=request,
                details=f"par {request.user.get_username()}",
            )  # fmt: skip
        self.message_user(
            request,
            f"Double authentification réinitialisée pour {queryset.count()} compte(s) : "
            "ils l’activeront de nouveau à leur prochaine connexion si leur rôle l’exige.",
            messages.SUCCESS,
        )

    def has_reset_two_factor_permission(self, request):
        return request.user.is_superuser


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
