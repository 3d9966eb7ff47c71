"""The staff's own screens, under /admin/ (the admin's look, outside its model pages)."""

from django.urls import path

from accounts import two_factor

app_name = "accounts"

urlpatterns = [
    path("deux-facteurs/", two_factor.manage, name="two-factor-manage"),
    path("deux-facteurs/verifier/", two_factor.verify, name="two-factor-verify"),
    path("deux-facteurs/activer/", two_factor.setup, name="two-factor-setup"),
]
