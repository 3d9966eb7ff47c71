"""Old addresses in the admin: editors list them with their visits, add them by hand (a
path of the site, or another site only if they write it so), export and import them as
CSV (all the file or nothing, the wrong line named in French)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles import publications
from articles.models import MissingPage, Publication, Redirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client, editor):
    client.force_login(editor)
    return client


def csv_file(text):
    return SimpleUploadedFile("redirections.csv", text.encode(), content_type="text/csv")


def test_an_editor_adds_a_redirect_and_sees_its_visits(desk, client):
    default = Publication.objects.default()
    response = desk.post(
        "/admin/articles/redirect/add/",
        {
            "publication": default.pk,
            "old_path": "https://www.frenchweb.fr/Ancien/Chemin/",
            "new_url": "/corrections/",
        },
    )
    assert response.status_code == 302
    item = Redirect.objects.get()
    assert (item.old_path, item.source) == ("/ancien/chemin", "manual")
    client.logout()
    assert client.get("/ancien/chemin/")["Location"] == "/corrections/"
    desk.force_login(item.publication.team.model.objects.get(username="claire"))
    listing = desk.get("/admin/articles/redirect/").content.decode()
    assert "/ancien/chemin" in listing and ">1<" in listing  # one visit


@pytest.mark.parametrize(
    ("new_url", "message"),
    [
        ("javascript:alert(1)", "Écrivez un chemin du site"),
        ("//evil.example/", "Écrivez un chemin du site"),
        ("/ancien", "mènerait à elle-même"),
    ],
)
def test_a_bad_redirect_is_refused_in_french(desk, new_url, message):
    default = Publication.objects.default()
    response = desk.post(
        "/admin/articles/redirect/add/",
        {"publication": default.pk, "old_path": "/ancien", "new_url": new_url},
    )
    assert response.status_code == 200 and message in response.content.decode()
    assert not Redirect.objects.exists()


def test_another_site_only_when_an_editor_writes_it(desk, client):
    default = Publication.objects.default()
    desk.post(
        "/admin/articles/redirect/add/",
        {
            "publication": default.pk,
            "old_path": "/vers-rh",
            "new_url": "https://www.journaldesrh.fr/",
        },
    )
    client.logout()
    assert client.get("/vers-rh")["Location"] == "https://www.journaldesrh.fr/"


def test_redirects_go_out_and_come_back_as_csv(desk):
    default = Publication.objects.default()
    Redirect.objects.create(publication=default, old_path="/?p=12", new_url="/corrections/")
    exported = desk.post(
        "/admin/articles/redirect/",
        {"action": "export_csv", "_selected_action": [r.pk for r in Redirect.objects.all()]},
    )
    text = exported.content.decode()
    assert text.splitlines() == [
        "ancienne adresse,nouvelle adresse,publication",
        f"/?p=12,/corrections/,{default.slug}",
    ]
    Redirect.objects.all().delete()
    response = desk.post(
        "/admin/articles/redirect/importer/",
        {"file": csv_file(text + f"/2020/11/x/,/,{default.slug}\n")},
    )
    assert response.status_code == 302
    assert set(Redirect.objects.values_list("old_path", flat=True)) == {"/?p=12", "/2020/11/x"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b\n", "La première ligne doit être"),
        ("ancienne adresse,nouvelle adresse,publication\n/a,/b,nulle\n", "Ligne 2 : publication"),
        (
            "ancienne adresse,nouvelle adresse,publication\n/a,/b,{slug}\n/c,javascript:x,{slug}\n",
            "Ligne 3 : Écrivez un chemin du site",
        ),
    ],
)
def test_a_bad_csv_saves_nothing_and_names_the_line(desk, text, message):
    slug = Publication.objects.default().slug
    response = desk.post(
        "/admin/articles/redirect/importer/", {"file": csv_file(text.format(slug=slug))}
    )
    assert response.status_code == 200 and message in response.content.decode()
    assert not Redirect.objects.exists()


def test_a_file_that_is_not_utf8_is_refused_in_french(desk):
    upload = SimpleUploadedFile("r.csv", "ancienne adresse;é".encode("latin-1"))
    response = desk.post("/admin/articles/redirect/importer/", {"file": upload})
    assert "pas en UTF-8" in response.content.decode()


def test_an_editor_sees_and_writes_only_her_titles_redirects(desk, editor):
    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain="www.journaldesrh.fr")
    )
    default = Publication.objects.default()
    editor.publications.add(default)
    Redirect.objects.create(publication=rh, old_path="/rh", new_url="/")
    Redirect.objects.create(publication=default, old_path="/fw", new_url="/")
    listing = desk.get("/admin/articles/redirect/").content.decode()
    assert "/fw" in listing and "/rh<" not in listing
    response = desk.post(
        "/admin/articles/redirect/importer/",
        {"file": csv_file("ancienne adresse,nouvelle adresse,publication\n/x,/,journaldesrh\n")},
    )
    assert "pas la vôtre" in response.content.decode()


def test_addresses_that_answer_404_are_counted_for_the_desk(client, desk, editor, settings):
    for _ in range(3):
        assert (
            client.get("/2019/05/ancien-article/", HTTP_REFERER="https://a.example/").status_code
            == 404
        )
    client.get("/autre-chose/")
    listing = desk.get("/admin/articles/missingpage/").content.decode()
    assert listing.index("/2019/05/ancien-article") < listing.index("/autre-chose")
    item = MissingPage.objects.get(path="/2019/05/ancien-article")
    assert (item.hits, item.referer) == (3, "https://a.example/")
    # « Rediriger… » opens the redirect form with the address filled in.
    form = desk.get(
        f"/admin/articles/redirect/add/?publication={item.publication_id}&old_path={item.path}"
    ).content.decode()
    assert 'value="/2019/05/ancien-article"' in form


def test_the_404_log_is_bounded_whatever_a_scanner_sends(client, monkeypatch):
    from articles import redirects

    monkeypatch.setattr(redirects, "MISSING_PAGES_MAX", 5)
    monkeypatch.setitem(redirects._missing_count, "read_at", 0.0)
    for n in range(40):
        client.get(f"/scan/{n}.php")
    assert MissingPage.objects.count() == 5
    client.get("/scan/0.php")  # those already there go on counting
    assert MissingPage.objects.get(path="/scan/0.php").hits == 2
