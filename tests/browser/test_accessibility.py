"""Zero axe-core violations (WCAG 2.1 A and AA) on every page type, light and dark,
on a phone and on a desktop."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, run_axe

PAGES = {
    "home": "/",
    "article": "/articles/lalgerie-ouvre-son-premier-cluster-numerique/",
    "category": "/rubrique/actualite/",
    "category-page-2": "/rubrique/actualite/?page=2",
    "tag": "/tag/microsoft/",
    "author": "/auteur/jeanne-dussueil/",
    "standing-page": "/pages/mentions-legales/",
    "search": "/recherche/?q=cluster+num%C3%A9rique",
    "corrections": "/corrections/",
    "not-found": "/articles/nulle-part/",
    "partner-lead": "/partenaires/devenir-partenaire/",
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_violations(make_page, live_server, demo, viewport, scheme):
    violations = {}
    for name, path in PAGES.items():
        page = make_page(viewport=viewport, color_scheme=scheme, expect_problems=True)
        page.goto(live_server.url + path)
        if found := run_axe(page):
            violations[name] = found
        page.context.close()
    assert violations == {}


def test_the_checker_does_catch_violations(make_page, transactional_db):
    """Guard: the axe run above would report a real problem."""
    page = make_page(expect_problems=True)
    page.set_content(
        '<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>'
    )
    violations = run_axe(page)
    assert any(v.startswith("html-has-lang") for v in violations)
    assert any(v.startswith("image-alt") for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_second_title_has_no_accessibility_violations_in_its_own_colours(
    make_page, titles, scheme
):
    """The Journal des RH in its blue (lightened for the dark theme): its home, an article,
    a section, on its own host."""
    from articles.models import Publication

    rh = Publication.objects.get(slug="journaldesrh")
    origin = titles["journaldesrh"]
    violations = {}
    for name, path in {
        "home": "/",
        "article": "/articles/" + rh.articles.published().values_list("slug", flat=True)[0] + "/",
        "section": "/rubrique/recrutement/",
    }.items():
        page = make_page(viewport=DESKTOP, color_scheme=scheme, expect_problems=True, site=origin)
        response = page.goto(origin + path)
        assert response.status == 200, (name, response.status)
        assert "Journal des RH" in page.title()
        if found := run_axe(page):
            violations[name] = found
        page.context.close()
    assert violations == {}


def test_an_imported_wordpress_article_has_no_accessibility_violations(
    make_page, live_server, transactional_db, tmp_path
):
    """An article of a WordPress export, with a photo figure from a [caption], as readers see
    it after the import (tests/test_wordpress_import.py builds the export)."""
    from articles.models import Publication
    from articles.wordpress.importer import import_export
    from tests.test_wordpress_import import export, jpeg

    jpeg(tmp_path / "uploads" / "2020" / "11" / "sidi-abdellah.jpg")
    path = tmp_path / "export.xml"
    path.write_bytes(export().bytes())
    import_export(path, publication=Publication.objects.default(), uploads=tmp_path / "uploads")
    violations = {}
    for viewport in (PHONE, DESKTOP):
        page = make_page(viewport=viewport, expect_problems=True)
        response = page.goto(
            live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/"
        )
        assert response.status == 200
        assert page.locator(".article__body .article__figure img").count() == 1
        if found := run_axe(page):
            violations[viewport["width"]] = found
        page.context.close()
    assert violations == {}
