"""The site's addresses: each app's own, and the site-wide views of this package."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from newsroom import views

urlpatterns = [
    # The body editor's French labels and the staff's own screens, in the admin's space.
    path("admin/", include("articles.admin.urls")),
    path("admin/", include("accounts.urls")),
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages without a <link rel="icon"> (the admin's).
    path("favicon.ico", views.favicon),
    path("partenaires/", include("partners.urls")),
    path("api/", include("api.urls")),
    path("", include("articles.urls")),
]

if settings.SERVE_MEDIA:
    # In production the front server (nginx) serves MEDIA_ROOT; see the README. After the
    # articles' routes: a missing photo rendition is made by their view.
    urlpatterns.append(re_path(views.MEDIA_PATTERN, views.media_file))

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
