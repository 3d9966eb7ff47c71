"""Publications: one newsroom, several titles. The first publication made from the settings,
each publication's Site kept in step, the host resolved without a query on a warm page, aliases
redirected, contrib's get_current_site answered, and the page cache kept apart per title."""

import pytest
from django.contrib.sites.models import Site
from django.contrib.sites.shortcuts import get_current_site
from django.test import RequestFactory

from articles import publications
from articles.models import Article, Category, Publication
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db

RH = "www.journaldesrh.fr"


@pytest.fixture(autouse=True)
def hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", RH, "journaldesrh.fr", "127.0.0.1", "localhost"]


@pytest.fixture
def rh(db):
    publication = publications.save_publication(
        Publication(
            name="Journal des RH",
            slug="journaldesrh",
            domain=RH,
            aliases="journaldesrh.fr",
            accent_colour="#1D4ED8",
        )
    )
    publications.forget()  # the map is read again (a commit would move the generation)
    return publication


def test_an_install_has_one_default_publication_made_from_its_settings(settings):
    (default,) = Publication.objects.all()
    assert default.is_default and default.name == settings.SITE_NAME
    assert default.domain == "127.0.0.1:8000" and default.site.domain == default.domain
    assert default.site.name == settings.SITE_NAME
    # New articles and sections go to it unless told otherwise.
    assert make_article().publication == default
    assert make_category().publication == default


def test_a_publication_keeps_its_site_in_step(rh):
    assert Site.objects.get(pk=rh.site_id).domain == RH
    rh.domain, rh.name = "rh.example.fr", "Le Journal des RH"
    publications.save_publication(rh)
    site = Site.objects.get(pk=rh.site_id)
    assert (site.domain, site.name) == ("rh.example.fr", "Le Journal des RH")


def test_each_host_is_resolved_to_its_publication_and_aliases_are_redirected(client, rh):
    default = Publication.objects.default()
    assert publications.for_host(RH) == (rh, False)
    assert publications.for_host("WWW.JournalDesRH.fr:443") == (rh, False)
    assert publications.for_host("journaldesrh.fr") == (rh, True)
    assert publications.for_host("127.0.0.1") == (default, False)  # claimed by no one
    response = client.get("/rubriques/?page=2", HTTP_HOST="journaldesrh.fr")
    assert response.status_code == 301
    assert response["Location"] == f"http://{RH}/rubriques/?page=2"


def test_an_unknown_host_is_refused_never_answered_with_a_publication(client, rh):
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


def test_contrib_tools_see_the_site_of_the_request_s_publication(rh):
    middleware = publications.PublicationMiddleware(lambda request: request)
    for host, expected in ((RH, rh), ("127.0.0.1", Publication.objects.default())):
        request = middleware(RequestFactory().get("/", HTTP_HOST=host))
        assert request.publication == expected
        assert get_current_site(request) == expected.site


def test_resolving_the_publication_costs_no_query_on_a_warm_page(rh, django_assert_num_queries):
    publications.host_map()
    with django_assert_num_queries(0):
        assert publications.for_host(RH)[0] == rh
        assert publications.for_host("127.0.0.1")[0].is_default


def test_the_map_follows_the_content_generation(rh, django_capture_on_commit_callbacks):
    assert publications.for_host("rh.example.fr")[0].is_default
    with django_capture_on_commit_callbacks(execute=True):
        rh.domain = "rh.example.fr"
        publications.save_publication(rh)
    assert publications.for_host("rh.example.fr") == (rh, False)


def test_a_page_of_one_publication_is_never_served_on_the_other_s_host(
    client, rh, settings, seed_site
):
    settings.PAGE_CACHE_SECONDS = 300
    first = client.get("/", HTTP_HOST="127.0.0.1")
    assert first["X-Cache"] == "MISS"
    assert client.get("/", HTTP_HOST="127.0.0.1")["X-Cache"] == "HIT"
    assert client.get("/", HTTP_HOST=RH)["X-Cache"] == "MISS"
    assert client.get("/", HTTP_HOST=RH)["X-Cache"] == "HIT"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("domain", "https://www.frenchweb.fr/", "n’est pas un nom de domaine"),
        ("domain", "127.0.0.1:8000", "déjà le domaine d’une autre publication"),
        ("aliases", "frenchweb.fr\nwww frenchweb fr", "n’est pas un nom de domaine"),
        ("aliases", "127.0.0.1:8000", "déjà le domaine d’une autre publication"),
        ("accent_colour", "#FFD700", "Trop claire sur fond blanc"),
        ("accent_colour", "red", "Une couleur s’écrit #RRGGBB"),
        ("x_account", "@un compte", "Un compte X"),
    ],
)
def test_a_bad_publication_is_refused_in_french_and_nothing_is_saved(
    admin_client, field, value, message
):
    data = {
        "name": "FrenchWeb",
        "slug": "frenchweb",
        "domain": "www.frenchweb.fr",
        "aliases": "",
        "tagline": "",
        "accent_colour": "#C8102E",
        "google_news_name": "",
        "x_account": "",
        "linkedin_url": "",
        "facebook_url": "",
        "partner_call": "",
    } | {field: value}
    response = admin_client.post("/admin/articles/publication/add/", data)
    assert response.status_code == 200 and message in response.text
    assert Publication.objects.count() == 1 and Site.objects.count() == 1


def test_a_superuser_adds_a_publication_and_its_site_follows(admin_client):
    response = admin_client.post(
        "/admin/articles/publication/add/",
        {
            "name": "Journal des RH",
            "slug": "journaldesrh",
            "domain": " WWW.JournalDesRH.fr ",
            "aliases": "journaldesrh.fr\n\n",
            "tagline": "Le média des ressources humaines",
            "accent_colour": "#1D4ED8",
            "google_news_name": "",
            "x_account": "@journaldesrh",
            "linkedin_url": "",
            "facebook_url": "",
            "partner_call": "",
        },
    )
    assert response.status_code == 302
    rh = Publication.objects.get(slug="journaldesrh")
    assert (rh.domain, rh.aliases, rh.is_default) == (RH, "journaldesrh.fr", False)
    assert rh.site.domain == RH and rh.site.name == "Journal des RH"
    assert rh.news_name == "Journal des RH"


def test_the_default_publication_cannot_be_deleted_nor_one_that_holds_articles(admin_client, rh):
    default = Publication.objects.default()
    response = admin_client.post(f"/admin/articles/publication/{default.pk}/delete/")
    assert response.status_code == 403
    assert Publication.objects.filter(pk=default.pk).exists()
    make_article(publication=rh)
    response = admin_client.post(f"/admin/articles/publication/{rh.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200 and "Impossible de supprimer" in response.text
    assert Publication.objects.filter(pk=rh.pk).exists()


def test_articles_and_sections_belong_to_a_publication(rh):
    article = make_article(publication=rh)
    article.cross_posts.add(Publication.objects.default())
    section = make_category(name="Recrutement", slug="recrutement", publication=rh)
    assert list(rh.articles.all()) == [article]
    assert list(Publication.objects.default().cross_posted_articles.all()) == [article]
    assert Category.objects.get(slug="recrutement").publication == rh
    assert Article.objects.filter(publication=rh).count() == 1
    assert section in rh.categories.all()


# The logo --------------------------------------------------------------------------------


def png_bytes(size=(300, 60), colour=(29, 78, 216, 255), text_chunk=None):
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    if text_chunk:
        info.add_text("Comment", text_chunk)
    buffer = io.BytesIO()
    Image.new("RGBA", size, colour).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def publication_form(publication, **changes):
    fields = [
        "name", "slug", "domain", "aliases", "tagline", "accent_colour", "google_news_name",
        "x_account", "linkedin_url", "facebook_url", "partner_call",
    ]  # fmt: skip
    return {name: getattr(publication, name) for name in fields} | changes


def test_a_publication_s_logo_heads_its_pages_and_its_structured_data(
    admin_client, client, rh, media_root
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    secret = "GPS 48.85,2.35 — fichier de Marie"
    data = publication_form(
        rh,
        logo=SimpleUploadedFile("logo.png", png_bytes(text_chunk=secret), "image/png"),
        logo_dark=SimpleUploadedFile("nuit.png", png_bytes((150, 30)), "image/png"),
    )
    response = admin_client.post(f"/admin/articles/publication/{rh.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    rh.refresh_from_db()
    publications.forget()  # the generation moves on commit, which a test never reaches
    assert (rh.logo_width, rh.logo_height) == (300, 60)
    with rh.logo.open("rb") as stored:  # re-encoded without its metadata
        assert secret.encode() not in stored.read()

    page = client.get("/", HTTP_HOST=RH).text
    assert (
        f'<source media="(prefers-color-scheme: dark)" srcset="{rh.logo_dark.url}" '
        'width="150" height="30">'
    ) in page
    assert f'<img src="{rh.logo.url}" width="300" height="60" alt="Journal des RH">' in page
    article = make_article(publication=rh)
    data = client.get(article.get_absolute_url(), HTTP_HOST=RH).context["structured_data"]
    assert data[0]["publisher"]["logo"] == {
        "@type": "ImageObject",
        "url": rh.absolute(rh.logo.url),
        "width": 300,
        "height": 60,
    }
    # The other title keeps its name in letters, and the product's logo in its data.
    page = client.get("/").text
    assert '<a class="logo" href="/" aria-current="page">' in page and "<picture>" not in page


def test_a_logo_without_its_dark_variant_gets_a_light_backing_in_the_dark(client, rh, media_root):
    from django.core.files.base import ContentFile

    rh.logo = ContentFile(png_bytes(), name="logo.png")
    publications.save_publication(rh)
    publications.forget()
    page = client.get("/", HTTP_HOST=RH).text
    assert 'class="logo logo--image logo--light-only"' in page
    assert "prefers-color-scheme: dark" not in page.split("<picture>")[1].split("</picture>")[0]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
         "Le nom du fichier doit finir par"),
        ("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
         "les images SVG et les pages web sont refusées"),
        ("logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "pas de GIF"),
        ("logo.png", b"\x89PNG\r\n\x1a\n truncated", "pas une image lisible"),
    ],
)  # fmt: skip
def test_a_bad_logo_is_refused_in_french_and_nothing_is_saved(
    admin_client, rh, media_root, name, content, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    if name.endswith(".gif"):  # a real, still GIF
        import io

        from PIL import Image

        buffer = io.BytesIO()
        Image.new("P", (40, 10)).save(buffer, "GIF")
        content = buffer.getvalue()
    data = publication_form(rh, tagline="Changé", logo=SimpleUploadedFile(name, content))
    response = admin_client.post(f"/admin/articles/publication/{rh.pk}/change/", data)
    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors["logo"])
    rh.refresh_from_db()
    assert not rh.logo and rh.tagline != "Changé"
    assert not (media_root / "publications").exists()
