"""Routes of the editorial backend outside the admin's model pages, under /admin/."""

from django.urls import path
from django.views.i18n import JavaScriptCatalog

app_name = "articles-admin"

urlpatterns = [
    # French labels of the body editor's toolbar (it reads window.gettext).
    path(
        "jsi18n/editeur/",
        JavaScriptCatalog.as_view(packages=["django_prose_editor"]),
        name="editor-jsi18n",
    ),
]
