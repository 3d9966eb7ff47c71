"""Every page type is valid HTML5: zero errors from the Nu Html Checker (vnu.jar)."""

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.models import Article, BreakingNews, Category, Correction, Publication
from partners import selection
from tests.factories import jpeg_bytes, make_article, make_banner, make_partner, make_related

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
    "partner-lead": "/partenaires/devenir-partenaire/",
    # Partner content: every slot filled, a sponsored article and category (see below).
    "article-sponsored": "/articles/webinar-acces-aux-services-digitaux-identite-digitale-"
    "comment-repondre-aux-attentes-de-vos-clients/",
    "article-with-banners": "/articles/quatre-paragraphes/",
    "partner-gone": "/partenaires/clic/{gone}/",
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
def test_every_page_type_is_valid_html(client, tmp_path, demo):
    article = make_article(
        slug="tout-en-un", body="<p>Un <a href='https://example.com/'>lien</a></p>"
    )
    make_related(article, url="https://www.anpt.dz/", label="Le site de l’ANPT", position=1)
    BreakingNews.objects.create(text="Alerte « info »", link="/corrections/",
                                ends_at=timezone.now() + timedelta(hours=1))  # fmt: skip
    Correction.objects.create(article=article, text="Une précision & un lien.")
    make_article(
        slug="quatre-paragraphes", body="".join(f"<p>Paragraphe {n} & suite.</p>" for n in range(5))
    )
    for placement in ("leaderboard", "sidebar", "article_body", "article_end", "home_sections"):
        make_banner(placement=placement, headline=f"Offre « {placement} » & co")
    make_banner(
        placement="sidebar",
        kind="image",
        headline="",
        image=SimpleUploadedFile("b.jpg", jpeg_bytes(300, 250)),
        alt_text="Salon « RH » 2027",
    )
    Category.objects.filter(slug="actualite").update(
        sponsor=make_partner(website="https://a.example/")
    )
    gone = make_banner(is_active=False)
    files = []
    for name, url in PAGES.items():
        url = url.format(gone=selection.click_token(gone.pk))
        response = client.get(url)
        assert response.status_code in (200, 404, 410), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    # The second title, on its own host: its logo (a <picture> with a dark variant), sections…
    rh = Publication.objects.get(slug="journaldesrh")
    assert rh.logo and rh.logo_dark
    latest = Article.objects.published().filter(publication=rh).latest("published_at")
    for name, url in {
        "rh-home": "/",
        "rh-article": latest.get_absolute_url(),
        "rh-section": "/rubrique/recrutement/",
        "rh-author": latest.authors.first().get_absolute_url(),
        "rh-not-found": "/articles/nulle-part/",
    }.items():
        response = client.get(url, HTTP_HOST=rh.domain)
        assert response.status_code in (200, 404), url
        assert "Journal des RH" in response.text
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert vnu_errors(files) == {}


def test_the_checker_does_catch_errors(tmp_path):
    """Guard: the check above would fail on an invalid page."""
    page = tmp_path / "invalide.html"
    page.write_text("<!DOCTYPE html><html lang=fr><title>x</title><p><div></span></html>")
    assert "invalide.html" in vnu_errors([page])
