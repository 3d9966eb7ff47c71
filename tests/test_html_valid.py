"""Every page type is valid HTML5: zero errors from the Nu Html Checker (vnu.jar)."""

import json
import subprocess
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import BreakingNews, Correction
from tests.factories import make_article, make_related

VNU = (
    Path(__file__).resolve().parents[1] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)

PAGES = {
    "home": "/",
    "article": "/articles/lalgerie-ouvre-son-premier-cluster-numerique/",
    "article-external-link": "/articles/tout-en-un/",
    "category": "/rubrique/actualite/",
    "category-page-2": "/rubrique/actualite/?page=2",
    "empty-category": "/rubrique/evenements/",
    "tag": "/tag/microsoft/",
    "author": "/auteur/jeanne-dussueil/",
    "standing-page": "/pages/mentions-legales/",
    "search": "/recherche/?q=cluster+num%C3%A9rique",
    "search-empty": "/recherche/",
    "search-nothing": "/recherche/?q=introuvable",
    "corrections": "/corrections/",
    "not-found": "/articles/nulle-part/",
}


def vnu_errors(files):
    """Run the checker once over ``files``; return its error messages by file name."""
    if not VNU.exists():
        pytest.fail(f"{VNU} introuvable : make test-tools l’installe (npm ci).")
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = {}
    for message in messages:
        if message["type"] == "error" or message.get("subType") == "fatal":
            name = Path(message.get("url", "?")).name
            errors.setdefault(name, []).append(
                f"line {message.get('lastLine')}: {message['message']}"
            )
    return errors


@pytest.mark.django_db
def test_every_page_type_is_valid_html(client, tmp_path):
    call_command("load_demo", stdout=StringIO())
    article = make_article(
        slug="tout-en-un", body="<p>Un <a href='https://example.com/'>lien</a></p>"
    )
    make_related(article, url="https://www.anpt.dz/", label="Le site de l’ANPT", position=1)
    BreakingNews.objects.create(text="Alerte « info »", link="/corrections/",
                                ends_at=timezone.now() + timedelta(hours=1))  # fmt: skip
    Correction.objects.create(article=article, text="Une précision & un lien.")
    files = []
    for name, url in PAGES.items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert vnu_errors(files) == {}


def test_the_checker_does_catch_errors(tmp_path):
    """Guard: the check above would fail on an invalid page."""
    page = tmp_path / "invalide.html"
    page.write_text("<!DOCTYPE html><html lang=fr><title>x</title><p><div></span></html>")
    assert "invalide.html" in vnu_errors([page])
