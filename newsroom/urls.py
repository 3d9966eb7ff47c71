import re
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve as serve_media

from articles import sitemaps
from articles import views as article_views
from newsroom import two_factor, views
from newsroom.throttle import ThrottledAuthenticationForm

admin.site.site_header = f"{settings.SITE_NAME} — rédaction"
admin.site.site_title = f"{settings.SITE_NAME} — rédaction"
admin.site.index_title = "Tableau de bord"
admin.site.login_form = ThrottledAuthenticationForm

urlpatterns = [
    # French labels of the body editor's toolbar (it reads window.gettext).
    path(
        "admin/jsi18n/editeur/",
        JavaScriptCatalog.as_view(packages=["django_prose_editor"]),
        name="editor-jsi18n",
    ),
    path("admin/deux-facteurs/", two_factor.manage, name="two-factor-manage"),
    path("admin/deux-facteurs/verifier/", two_factor.verify, name="two-factor-verify"),
    path("admin/deux-facteurs/activer/", two_factor.setup, name="two-factor-setup"),
    path("admin/", admin.site.urls),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages without a <link rel="icon"> (the admin's).
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news, name="sitemap-news"),
    path("sitemap-articles-<str:month>.xml", sitemaps.articles_of_month, name="sitemap-articles"),
    path("sitemap-rubriques.xml", sitemaps.categories, name="sitemap-categories"),
    path("sitemap-tags.xml", sitemaps.tags, name="sitemap-tags"),
    path("sitemap-auteurs.xml", sitemaps.authors, name="sitemap-authors"),
    path("sitemap-pages.xml", sitemaps.pages, name="sitemap-pages"),
    path("partenaires/", include("partners.urls")),
    path("", include("articles.urls")),
]

# Photo renditions are made on first request (then served as files by the front server).
_MEDIA_PATH = urlsplit(settings.MEDIA_URL).path.lstrip("/")
urlpatterns.insert(
    0,
    path(
        f"{_MEDIA_PATH}renditions/<int:pk>/<str:version>/<str:name>",
        article_views.rendition,
        name="rendition",
    ),
)


def media_file(request, path):
    """An uploaded file, from MEDIA_ROOT as it is now (tests give each test its own)."""
    return serve_media(request, path, document_root=settings.MEDIA_ROOT)


if settings.SERVE_MEDIA:
    # In production the front server (nginx) serves MEDIA_ROOT; see the README.
    urlpatterns += [
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", media_file)
    ]

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
