from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog

from newsroom import views

admin.site.site_header = f"{settings.SITE_NAME} — rédaction"
admin.site.site_title = f"{settings.SITE_NAME} — rédaction"
admin.site.index_title = "Tableau de bord"

urlpatterns = [
    # French labels of the body editor's toolbar (it reads window.gettext).
    path(
        "admin/jsi18n/editeur/",
        JavaScriptCatalog.as_view(packages=["django_prose_editor"]),
        name="editor-jsi18n",
    ),
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots"),
    # Browsers ask for /favicon.ico on pages without a <link rel="icon"> (the admin's).
    path("favicon.ico", RedirectView.as_view(url=static_url("img/favicon.svg"), permanent=True)),
    path("", include("articles.urls")),
]

if settings.DEBUG:
    # In production the front server (nginx) serves MEDIA_ROOT; see the README.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
