"""Importing a WordPress export (WXR) written by tests/wxr.py: authors, sections with their
hierarchy, tags, photos with their credits, posts in every status, pages; a second run that
creates nothing twice and keeps what was edited here; an interrupted run that resumes; broken
and mis-encoded files reported, never a crash; every imported public page answers 200."""

import io
import json
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from articles.models import Article, Author, Category, ImportedItem, Page, Photo, TrashedItem
from articles.wordpress.importer import Stop, import_export
from tests.factories import make_category
from tests.wxr import Author as WPAuthor
from tests.wxr import Comment, Export, Item, Term, attachment, corrupt

pytestmark = pytest.mark.django_db

SITE = "https://www.frenchweb.fr"


def jpeg(path, size=(1600, 900)):
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 80, 120)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())


def export(items=None, **changes):
    """The test site: two authors, « Actualité › Afrique », two tags (one Greek), a photo
    whose file is there and one whose file is missing, posts in every status, a page."""
    terms = [
        Term("category", "actualite", "Actualité", description="Toute l’actualité."),
        Term("category", "afrique", "Afrique", parent="actualite"),
        Term("post_tag", "numerique", "Numérique"),
        Term("post_tag", "%ce%b5%ce%bb%ce%bb%ce%ac%ce%b4%ce%b1", "Ελλάδα"),
    ]
    authors = [
        WPAuthor("jdussueil", display_name="Jeanne Dussueil", email="j@example.fr"),
        WPAuthor("mdelorme", display_name="Marc Delorme"),
    ]
    afrique = ("category", "afrique", "Afrique")
    body = (
        "L’Agence nationale de promotion des parcs technologiques ouvre un cluster.\n\n"
        '[caption id="attachment_40" align="alignnone" width="800"]'
        f'<img src="{SITE}/wp-content/uploads/2020/11/sidi-abdellah-800x450.jpg" alt="Le site" '
        'class="wp-image-40" /> Le futur site de Sidi Abdellah. Crédits photo : APS[/caption]\n\n'
        f'Lire aussi <a href="{SITE}/2020/11/11/la-suite/">la suite</a>.\n\n'
        '[contact-form-7 id="9" title="Contact"]'
    )
    default = [
        attachment(40, "2020/11/sidi-abdellah.jpg", caption="Le futur site. Crédits photo : APS",
                   alt="Le site de Sidi Abdellah", parent=100),
        attachment(41, "2020/11/absente.jpg", caption="Une photo perdue"),
        Item(100, title="L’Algérie ouvre son <em>premier</em> cluster numérique",
             slug="lalgerie-ouvre-son-premier-cluster-numerique", creator="jdussueil",
             link=f"{SITE}/2020/11/10/lalgerie-ouvre-son-premier-cluster-numerique/",
             content=body, excerpt="Un cluster dédié à l’économie numérique.",
             categories=[afrique, ("post_tag", "numerique", "Numérique"),
                         ("author", "cap-mdelorme", "mdelorme")],
             meta={"_thumbnail_id": "40"}, is_sticky=True,
             comments=[Comment(1, "Lecteur", "Bravo", "2020-11-10 10:00:00")]),
        Item(101, title="La suite", slug="la-suite", creator="mdelorme",
             link=f"{SITE}/2020/11/11/la-suite/", content="Premier paragraphe.\n\nSecond.",
             post_date="2020-11-11 10:00:00", post_date_gmt="2020-11-11 09:00:00",
             categories=[afrique]),
        Item(102, title="À paraître", slug="a-paraitre", status="future",
             post_date="2031-01-01 08:00:00", post_date_gmt="2031-01-01 07:00:00",
             content="Bientôt."),
        Item(103, title="Un brouillon", slug="un-brouillon", status="draft",
             post_date_gmt="0000-00-00 00:00:00", post_date="2020-11-12 09:00:00",
             content="En cours."),
        Item(104, title="En relecture", slug="en-relecture", status="pending", content="À relire."),
        Item(105, title="Réservé", slug="reserve", status="private", content="Secret."),
        Item(106, title="Protégé", slug="protege", password="s3cret", content="Caché."),
        Item(107, title="À la corbeille", slug="a-la-corbeille", status="trash", content="Fini."),
        Item(108, title="", slug="sans-titre", content="Un texte sans titre."),
        Item(200, title="Mentions légales", slug="mentions-legales-wp", post_type="page",
             link=f"{SITE}/mentions-legales-wp/", content="Éditeur : FrenchWeb."),
        Item(300, title="Menu", post_type="nav_menu_item", status="publish"),
    ]  # fmt: skip
    values = {"items": default if items is None else items, "authors": authors, "terms": terms}
    return Export(**(values | changes))


@pytest.fixture
def uploads(tmp_path):
    root = tmp_path / "uploads"
    jpeg(root / "2020" / "11" / "sidi-abdellah.jpg")
    return root


def run(tmp_path, data, **options):
    path = tmp_path / "export.xml"
    path.write_bytes(data if isinstance(data, bytes) else data.bytes())
    from articles.models import Publication

    options.setdefault("publication", Publication.objects.default())
    return import_export(path, **options)


def test_a_whole_export_is_imported_with_its_structure_statuses_and_credits(
    media_backend, tmp_path, uploads, client
):
    lead = make_category(name="À la une", slug="a-la-une", is_lead=True)
    report = run(tmp_path, export(), uploads=uploads)
    assert report.error == ""
    assert report.counts["article"]["created"] == 9
    assert report.counts["photo"] == {"created": 1, "skipped": 1}
    assert report.counts["section"]["created"] == 2 and report.counts["tag"]["created"] == 2
    assert report.counts["page"]["created"] == 1
    assert report.comments == 1 and report.other_items == {"nav_menu_item": 1}

    # Sections, with the parent named by its slug; Greek tag slugs decoded and transliterated.
    afrique = Category.objects.get(slug="afrique")
    assert afrique.parent.slug == "actualite" and afrique.publication.is_default
    assert Category.objects.get(slug="actualite").description == "Toute l’actualité."
    # The photo, its credit found in its caption; the missing file reported.
    photo = Photo.objects.get()
    assert (photo.caption, photo.credit, photo.alt_text) == (
        "Le futur site.",
        "APS",
        "Le site de Sidi Abdellah",
    )
    assert any("absente.jpg" in str(w) and "introuvable" in str(w) for w in report.warnings)

    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    assert article.title == "L’Algérie ouvre son premier cluster numérique"  # markup dropped
    assert article.status == "published" and article.is_live()
    assert article.published_at == datetime(2020, 11, 10, 8, 30, tzinfo=UTC)
    assert article.standfirst == "Un cluster dédié à l’économie numérique."
    assert article.lead_photo == photo
    assert article.primary_category == afrique
    assert set(article.categories.all()) == {afrique, lead}  # sticky: « À la une »
    assert [b.author.name for b in article.bylines.all()] == ["Jeanne Dussueil", "Marc Delorme"]
    assert list(article.tags.values_list("name", flat=True)) == ["Numérique"]
    assert "contact-form" not in article.body
    assert any("[contact-form-7]" in str(w) for w in report.warnings)
    # The caption became a figure of the photo (its credit on the photo, not in the text),
    # shown on the page with the photo's credit.
    assert (
        f'<figure class="figure"><img src="{photo.image.url}" alt="Le site de Sidi Abdellah" '
        f'data-file="{photo.pk}"><figcaption>Le futur site de Sidi Abdellah.</figcaption></figure>'
    ) in article.body
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'Le futur site de Sidi Abdellah. <span class="credit">crédits photo : APS</span>' in page
    # The link to a post later in the file points to its new address.
    assert 'href="/articles/la-suite/"' in article.body

    states = {a.slug: a.state for a in Article.objects.all()}
    assert states["a-paraitre"] == "scheduled"
    assert states["un-brouillon"] == "draft" and states["en-relecture"] == "review"
    assert states["reserve"] == "draft" and states["protege"] == "draft"
    assert "a-la-corbeille" not in states
    assert TrashedItem.objects.filter(label="À la corbeille").exists()
    untitled = Article.objects.get(slug="sans-titre")
    assert untitled.title == "(Sans titre)" and untitled.status == "draft"
    assert Article.objects.get(slug="la-suite").standfirst == "Premier paragraphe."
    for warned in (
        "privé sur WordPress",
        "protégé par un mot de passe",
        "sans titre",
        "chapô tiré",
    ):
        assert any(warned.lower() in str(w).lower() for w in report.warnings), warned

    page = Page.objects.get(slug="mentions-legales-wp")
    assert "Éditeur" in page.body and not page.is_in_footer

    # Every imported public page answers.
    for live in Article.objects.published():
        assert client.get(live.get_absolute_url()).status_code == 200
    assert client.get(page.get_absolute_url()).status_code == 200
    assert client.get(afrique.get_absolute_url()).status_code == 200


def test_a_second_run_creates_nothing_twice_and_keeps_edits_made_here(tmp_path, uploads):
    run(tmp_path, export(), uploads=uploads)
    counts = (Article.objects.count(), Photo.objects.count(), Category.objects.count(),
              Author.objects.count(), ImportedItem.objects.count())  # fmt: skip
    again = run(tmp_path, export(), uploads=uploads)
    assert again.counts["article"]["created"] == 0
    assert again.counts["article"]["unchanged"] == 8  # the trashed one: « supprimé ici »
    assert counts == (Article.objects.count(), Photo.objects.count(), Category.objects.count(),
                      Author.objects.count(), ImportedItem.objects.count())  # fmt: skip

    # WordPress changed two posts; one of them was edited here since.
    edited = Article.objects.get(slug="la-suite")
    edited.title = "La suite, réécrite ici"
    edited.version += 1
    edited.save()
    newer = export()
    newer.items[3].content = "Premier paragraphe, corrigé sur WordPress."  # « la-suite »
    newer.items[4].content = "Corrigé sur WordPress."  # « a-paraitre »
    report = run(tmp_path, newer, uploads=uploads)
    assert report.counts["article"]["updated"] == 1
    assert Article.objects.get(slug="la-suite").title == "La suite, réécrite ici"
    assert "Corrigé sur WordPress." in Article.objects.get(slug="a-paraitre").body
    assert any("modifié ici depuis" in str(w) for w in report.warnings)
    # --overwrite replaces it.
    run(tmp_path, newer, uploads=uploads, overwrite=True)
    assert Article.objects.get(slug="la-suite").title == "La suite"


def test_a_newer_export_changes_a_posts_tags_and_bylines(tmp_path, uploads):
    from articles import search
    from articles.models import TaggedArticle

    run(tmp_path, export(), uploads=uploads)
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    assert [a.slug for a in article.authors.all()] == ["jeanne-dussueil", "marc-delorme"]
    newer = export()
    greek = ("post_tag", "%ce%b5%ce%bb%ce%bb%ce%ac%ce%b4%ce%b1", "Ελλάδα")
    newer.items[2].categories = [("category", "afrique", "Afrique"), greek]  # post 100
    newer.items[2].creator = "mdelorme"
    others = [Article.objects.get(slug="la-suite").pk]  # Marc Delorme's other one
    report = run(tmp_path, newer, uploads=uploads)
    assert report.counts["article"]["updated"] == 1
    article.refresh_from_db()
    assert list(article.tags.values_list("name", flat=True)) == ["Ελλάδα"]
    assert [a.slug for a in article.authors.all()] == ["marc-delorme"]
    # The tag rows carry the article's date (related articles and tag pages read them) and
    # the search index follows: the new tag finds it, the former byline no longer does.
    rows = TaggedArticle.objects.filter(content_object=article)
    assert [row.published_at for row in rows] == [article.published_at]
    assert [hit.article_id for hit in search.search("Ελλάδα")] == [article.pk]
    assert sorted(hit.article_id for hit in search.search("Delorme")) == [article.pk, *others]
    assert search.search("Dussueil") == []


def test_an_interrupted_import_keeps_whole_items_and_resumes(tmp_path, uploads):
    def stop_after_a_few(done, total):
        if Article.objects.count() >= 3:  # stopped between two posts, as a Ctrl-C would
            raise Stop

    report = run(tmp_path, export(), uploads=uploads, progress=stop_after_a_few)
    assert "arrêté" in report.error
    assert 0 < Article.objects.count() < 9
    for article in Article.objects.all():  # nothing half-imported
        assert ImportedItem.objects.filter(kind="article", object_id=article.pk).exists()
    report = run(tmp_path, export(), uploads=uploads)
    assert report.error == "" and Article.objects.count() == 8  # and one in the trash


def test_warnings_are_spooled_and_the_report_reads_them_all_back():
    """An archive of a hundred thousand posts gives as many warnings: none stays in memory."""
    from articles.wordpress.report import Report

    report = Report()
    for n in range(5000):
        report.warn("article", n, f"chapô tiré du premier paragraphe ({n}).")
    report.count("article", "created")
    assert report.warning_count == 5000 and not hasattr(report, "warnings_list")
    shown = list(report.lines(warnings=3))
    assert shown[-4:] == [
        "  [articles 0] chapô tiré du premier paragraphe (0).",
        "  [articles 1] chapô tiré du premier paragraphe (1).",
        "  [articles 2] chapô tiré du premier paragraphe (2).",
        "  … et 4997 autre(s) : voir le rapport complet.",
    ]
    assert next(iter(report.warnings)).wordpress_id == "0"  # a reading stopped early…
    report.warn("page", 7, "dernier.")  # …does not move where the next one is written
    file = io.StringIO()
    report.write_json(file)
    data = json.loads(file.getvalue())
    assert data["warning_count"] == len(data["warnings"]) == 5001
    assert data["warnings"][-1] == {"kind": "page", "wordpress_id": "7", "message": "dernier."}
    assert data["counts"]["article"] == {"created": 1}


def test_a_dry_run_saves_nothing(tmp_path, uploads, media_root):
    report = run(tmp_path, export(), uploads=uploads, dry_run=True)
    assert report.counts["article"]["created"] == 9 and report.dry_run
    assert not Article.objects.exists() and not Photo.objects.exists()
    assert not ImportedItem.objects.exists()
    assert "Simulation" in next(report.lines())


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version_is_read(tmp_path, version):
    report = run(tmp_path, export(version=version))
    assert report.error == "" and report.counts["article"]["created"] == 9


def test_a_broken_file_is_reported_and_what_came_before_is_kept(tmp_path):
    report = run(tmp_path, corrupt(export().bytes(), "truncated"))
    assert "tronqué" in report.error
    assert Article.objects.exists()  # the items read before the break
    assert not run(tmp_path, corrupt(export().bytes(), "not-xml")).counts["article"]["created"]


@pytest.mark.parametrize(("kind", "said"), [("control", "caractère"), ("latin1", "Windows-1252"),
                                            ("double", "doublement")])  # fmt: skip
def test_mis_encoded_files_are_repaired_and_the_repair_reported(tmp_path, kind, said):
    report = run(tmp_path, corrupt(export().bytes(), kind, every_item=True))
    assert report.error == ""
    assert any(said in repair for repair in report.repairs)
    assert Article.objects.filter(title="L’Algérie ouvre son premier cluster numérique").exists()


def test_a_photo_without_a_credit_waits_for_one_in_the_photo_desk(tmp_path, uploads, admin_client):
    items = [attachment(40, "2020/11/sidi-abdellah.jpg", caption="Le futur site")]
    report = run(tmp_path, export(items=items), uploads=uploads)
    photo = Photo.objects.get()
    assert (photo.caption, photo.credit) == ("Le futur site", "à compléter")
    assert any("sans crédit" in str(w) for w in report.warnings)
    listed = admin_client.get("/admin/articles/photo/?credit=manquant")
    assert list(listed.context["cl"].result_list) == [photo]


def test_a_photo_path_cannot_leave_the_uploads_folder(tmp_path, uploads):
    secret = tmp_path / "secret.jpg"
    jpeg(secret)
    items = [attachment(50, "../secret.jpg"), attachment(51, "/etc/passwd")]
    report = run(tmp_path, export(items=items), uploads=uploads)
    assert not Photo.objects.exists()
    assert report.counts["photo"]["skipped"] == 2


def test_the_command_prints_its_report_and_writes_it_as_json(tmp_path, uploads):
    path = tmp_path / "export.xml"
    path.write_bytes(export().bytes())
    out = StringIO()
    report = str(tmp_path / "r.json")
    call_command("import_wordpress", str(path), "--uploads", str(uploads), "--report", report,
                 "--default-credit", "DR", stdout=out)  # fmt: skip
    assert "Articles : 9 créé(s)" in out.getvalue()
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["counts"]["article"]["created"] == 9
    assert any(w["wordpress_id"] == "41" for w in data["warnings"])
    with pytest.raises(CommandError, match="Publication inconnue"):
        call_command("import_wordpress", str(path), "--publication", "nulle")
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("import_wordpress", str(tmp_path / "absent.xml"))


def test_every_old_address_answers_301_to_a_page_that_answers_200(tmp_path, uploads, client):
    from articles.models import Redirect

    report = run(tmp_path, export(), uploads=uploads)
    assert report.redirects >= 10
    old = [
        "/2020/11/10/lalgerie-ouvre-son-premier-cluster-numerique/",  # dated permalink
        "/2020/11/10/lalgerie-ouvre-son-premier-cluster-numerique",  # without its slash
        "/2020/11/10/LAlgerie-ouvre-son-premier-cluster-numerique/",  # other case
        "/?p=100",  # WordPress's query address
        "/?p=100&utm_source=newsletter",  # with a tracker's parameter
        "/2020/11/11/la-suite/",
        "/?p=101",
        "/mentions-legales-wp/",
        "/?page_id=200",
        "/category/afrique/",
        "/category/afrique/feed/",
        "/author/jdussueil/",
        "/author/jdussueil/feed/",
        "/feed/",
        "/?attachment_id=40",  # an attachment's page: the article it came with
    ]
    for path in old:
        response = client.get(path)
        assert response.status_code == 301, path
        target = client.get(response["Location"])
        assert target.status_code == 200, (path, response["Location"])
    # Where the old address is also the new one, it simply answers.
    assert client.get("/tag/numerique/").status_code == 200
    counted = Redirect.objects.get(old_path="/?p=100")
    assert counted.hits == 2 and counted.last_hit_at is not None
    # A page of ours is never shadowed, and an unknown old address is a plain 404.
    assert client.get("/").status_code == 200
    assert client.get("/2019/01/01/inconnu/").status_code == 404
    # A second import adds no redirect twice.
    assert run(tmp_path, export(), uploads=uploads).redirects == 0


def test_a_redirect_is_one_indexed_query_and_none_for_our_own_pages(
    client, django_assert_num_queries
):
    from articles.models import Publication, Redirect

    Redirect.objects.create(publication=Publication.objects.default(), old_path="/?p=7",
                            new_url="/corrections/")  # fmt: skip
    # publication map (cold) aside: one SELECT of the redirect, one UPDATE of its count.
    client.get("/robots.txt")
    with django_assert_num_queries(2):
        assert client.get("/?p=7").status_code == 301


def test_changing_a_published_article_s_address_keeps_the_old_one_alive(admin_client, client):
    from django.contrib.auth import get_user_model

    from articles.models import Redirect
    from articles.services import save_article
    from tests.factories import make_article

    article = make_article(slug="ancienne-adresse")
    admin = get_user_model().objects.create_superuser("chef", password="x")
    article.slug = "nouvelle-adresse"
    save_article(article=article, user=admin)
    response = client.get("/articles/ancienne-adresse/")
    assert response.status_code == 301 and response["Location"] == "/articles/nouvelle-adresse/"
    assert client.get(response["Location"]).status_code == 200
    # Back to the first address: no loop, and the other way round now.
    article.slug = "ancienne-adresse"
    save_article(article=article, user=admin)
    assert client.get("/articles/ancienne-adresse/").status_code == 200
    assert client.get("/articles/nouvelle-adresse/")["Location"] == "/articles/ancienne-adresse/"
    assert Redirect.objects.filter(source="slug").count() == 1


def test_imported_pages_are_valid_html(tmp_path, uploads, client):
    from tests.test_html_valid import vnu_errors

    run(tmp_path, export(), uploads=uploads)
    files = []
    for name, url in {
        "article": "/articles/lalgerie-ouvre-son-premier-cluster-numerique/",
        "second": "/articles/la-suite/",
        "page": "/pages/mentions-legales-wp/",
        "section": "/rubrique/afrique/",
        "tag": "/tag/numerique/",
    }.items():
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)
    assert vnu_errors(files) == {}
