"""The staff's own screens, under /admin/ (the admin's look, outside its model pages)."""

from django.contrib import admin
from django.urls import path

from accounts import two_factor, views

app_name = "accounts"

urlpatterns = [
    # Before the admin's own route of that address: « view on site », guarded.
    path(
        "r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(views.view_on_site),
        name="view-on-site",
    ),
    path("deux-facteurs/", two_factor.manage, name="two-factor-manage"),
    path("deux-facteurs/verifier/", two_factor.verify, name="two-factor-verify"),
    path("deux-facteurs/activer/", two_factor.setup, name="two-factor-setup"),
]
