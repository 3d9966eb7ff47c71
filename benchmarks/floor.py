"""The floor of a cold article page: the bare "hello" project (benchmarks/hello.py's
settings and middleware) with one view that reads one article by its slug (one indexed
query, the columns shown) and renders its title, standfirst and body through a three-line
template. No navigation, sidebar, photos, authors or tags: no real page can cost less, so
its ratio to "hello" is the most any cold article page can reach on the machine
(`gunicorn benchmarks.floor`, DATABASE_URL as for the site).
"""

import os

import dj_database_url
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="benchmark-only-not-a-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ],
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    DATABASES={"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)},
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import Http404, HttpResponse  # noqa: E402
from django.template import engines  # noqa: E402
from django.urls import path  # noqa: E402

application = get_wsgi_application()
PAGE = engines["django"].from_string(
    "<!doctype html><html lang=fr><title>{{ title }}</title>"
    "<h1>{{ title }}</h1><p>{{ standfirst }}</p>{{ body|safe }}</html>"
)


def article(request, slug):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title, standfirst, body FROM articles_article WHERE slug = %s"
            " AND status = 'published' AND published_at <= now()",
            [slug],
        )
        row = cursor.fetchone()
    if row is None:
        raise Http404
    return HttpResponse(PAGE.render(dict(zip(("title", "standfirst", "body"), row, strict=True))))


urlpatterns = [path("articles/<slug:slug>/", article)]
