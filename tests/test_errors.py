"""Error pages speak French and never leak a stack trace."""

import pytest
from django.urls import path

from newsroom.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", broken_view), *site_urlpatterns]
handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"


@pytest.mark.django_db
def test_404_page_is_in_french(client):
    response = client.get("/nulle-part/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Page introuvable" in html
    assert "Revenir à la page d’accueil" in html


@pytest.mark.django_db
def test_500_page_is_in_french_without_details(client, settings):
    settings.ROOT_URLCONF = "tests.test_errors"
    settings.DEBUG = False
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Une erreur est survenue" in html
    assert "boom" not in html and "Traceback" not in html


@pytest.mark.django_db
def test_robots_txt_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in response.content.decode()
