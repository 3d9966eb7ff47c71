"""A journalist writes a whole article in the admin without leaving the article form."""

import pytest
from django.contrib.auth.models import User

from articles.models import Article, Photo
from tests.factories import (
    jpeg_bytes,
    make_article,
    make_author,
    make_category,
    make_photo,
    uploaded_jpeg,
    warm_site_state,
)
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/articles/article/add/"


@pytest.fixture
def as_journalist(client, journalist):
    client.force_login(journalist)
    return journalist


@pytest.fixture
def as_editor(client, editor):
    client.force_login(editor)
    return editor


@pytest.fixture
def setup(journalist):
    lead = make_category(name="À la une", slug="a-la-une", is_lead=True)
    afrique = make_category(name="Afrique", slug="afrique")
    return {
        "lead": lead,
        "afrique": afrique,
        "jeanne": journalist.author,
        "karim": make_author(name="Karim Benali", slug="karim-benali"),
        "photo": make_photo(credit="Capture d’écran Youtube, Sidi Abdellah"),
        "target": make_article(
            title="A Alger, une nouvelle génération d’entrepreneurs", slug="a-alger"
        ),
    }


def article_form(setup, **overrides):
    data = {
        "title": "L’Algérie ouvre son premier cluster numérique",
        "slug": "lalgerie-ouvre-son-premier-cluster-numerique",
        "standfirst": "Un cluster dédié à l’économie numérique va ouvrir ses portes.",
        "body": '<h2>Un cluster</h2><p onclick="x()">Le <strong>cluster</strong> regroupera '
        "32 entités.</p><script>alert(1)</script><blockquote><p>«Citation»</p></blockquote>",
        "lead_photo": setup["photo"].pk,
        "primary_category": setup["afrique"].pk,
        "categories": [setup["lead"].pk],
        "tags": "Algérie, Cluster, Économie numérique",
        "published_at_0": "11/11/2020",
        "published_at_1": "08:00:00",
        "bylines-TOTAL_FORMS": "2",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
        "bylines-0-position": "",
        "bylines-0-author": setup["karim"].pk,
        "bylines-1-position": "",
        "bylines-1-author": setup["jeanne"].pk,
        "related_links-TOTAL_FORMS": "2",
        "related_links-INITIAL_FORMS": "0",
        "related_links-MIN_NUM_FORMS": "0",
        "related_links-MAX_NUM_FORMS": "1000",
        "related_links-0-position": "2",
        "related_links-0-target": setup["target"].pk,
        "related_links-1-position": "1",
        "related_links-1-url": "https://www.anpt.dz/",
        "related_links-1-label": "Le site de l’ANPT",
        "_save": "Enregistrer",
    }
    return data | overrides


def test_add_page_offers_every_part_of_an_article(client, as_journalist, setup):
    response = client.get(ADD_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ajout de article" in html or "Ajouter article" in html
    assert "data-django-prose-editor-configurable" in html  # the WYSIWYG editor
    # The slug is prefilled from the title as the journalist types it.
    assert "&quot;dependency_ids&quot;: [&quot;#id_title&quot;]" in html
    for name in [
        "standfirst",
        "lead_photo",
        "primary_category",
        "categories",
        "tags",
        "bylines-0-author",
        "related_links-0-target",
        "related_links-0-url",
    ]:
        assert f'name="{name}"' in html, name
    assert "Chapô" in html
    # A journalist submits for review; publishing is not offered.
    assert 'value="submit"' in html
    assert 'value="publish"' not in html and 'value="schedule"' not in html


def test_journalist_writes_an_article_and_submits_it(client, as_journalist, setup):
    response = client.post(ADD_URL, article_form(setup, _workflow="submit"))
    assert response.status_code == 302, response.context["errors"]
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    assert article.created_by == as_journalist
    assert article.status == "review"
    assert not article.is_live()
    assert article.lead_photo == setup["photo"]
    assert article.primary_category == setup["afrique"]
    assert list(article.categories.all()) == [setup["lead"]]
    assert sorted(article.tags.names()) == ["Algérie", "Cluster", "Économie numérique"]
    # Rows without a typed position keep the order in which they were filled.
    assert [(b.position, b.author.name) for b in article.bylines.all()] == [
        (1, "Karim Benali"),
        (2, "Jeanne Dussueil"),
    ]
    # Typed positions win over row order.
    assert [(link.position, link.display_label) for link in article.related_links.all()] == [
        (1, "Le site de l’ANPT"),
        (2, "A Alger, une nouvelle génération d’entrepreneurs"),
    ]
    assert "<script" not in article.body and "onclick" not in article.body
    assert "<h2>Un cluster</h2>" in article.body


def test_editor_publishes_from_the_article_form(client, as_editor, setup):
    response = client.post(ADD_URL, article_form(setup, _workflow="publish"))
    assert response.status_code == 302, response.context["errors"]
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    assert article.is_live()
    page = client.get("/articles/lalgerie-ouvre-son-premier-cluster-numerique/").content.decode()
    assert "Le <strong>cluster</strong> regroupera 32 entités." in page
    assert "Karim Benali</a> et <a" in page


def test_blank_slug_is_made_from_the_title(client, as_journalist, setup):
    response = client.post(ADD_URL, article_form(setup, slug="", title="Œuvre, cœur & sœur"))
    assert response.status_code == 302, response.context["errors"]
    assert Article.objects.filter(slug="oeuvre-coeur-soeur").exists()


def test_publishing_without_a_date_publishes_now(client, as_editor, setup):
    data = article_form(setup, published_at_0="", published_at_1="", _workflow="publish")
    response = client.post(ADD_URL, data)
    assert response.status_code == 302, response.context["errors"]
    assert Article.objects.get(slug=data["slug"]).is_live()


def test_duplicate_slug_is_refused_in_french_and_nothing_is_saved(client, as_journalist, setup):
    make_article(slug="deja-pris")
    count = Article.objects.count()
    response = client.post(ADD_URL, article_form(setup, slug="deja-pris"))
    assert response.status_code == 200
    assert (
        "Un objet Article avec ce champ Identifiant d’URL existe déjà." in response.content.decode()
    )
    assert Article.objects.count() == count
    # The journalist's text is still in the form.
    assert "Un cluster dédié à l’économie numérique" in response.content.decode()


def test_incomplete_read_also_link_is_refused_and_nothing_is_saved(client, as_journalist, setup):
    count = Article.objects.count()
    data = article_form(setup, **{"related_links-1-label": ""})
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "Donnez un libellé au lien externe." in response.content.decode()
    assert Article.objects.count() == count


def test_same_author_twice_is_refused(client, as_journalist, setup):
    data = article_form(setup, **{"bylines-1-author": setup["karim"].pk})
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert Article.objects.filter(slug=data["slug"]).count() == 0


def test_change_page_works_and_saves_edits(client, as_journalist, setup):
    client.post(ADD_URL, article_form(setup))
    article = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = form_data(client.get(url).content.decode())
    data["title"] = "L’Algérie ouvre un cluster numérique"
    # Swap the authors, and remove the external "Lire aussi" link.
    data["bylines-0-position"], data["bylines-1-position"] = "2", "1"
    data["related_links-0-DELETE"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    article.refresh_from_db()
    assert article.title == "L’Algérie ouvre un cluster numérique"
    assert article.slug == "lalgerie-ouvre-son-premier-cluster-numerique"
    assert [b.author.name for b in article.bylines.all()] == ["Jeanne Dussueil", "Karim Benali"]
    assert [(link.position, link.target_id) for link in article.related_links.all()] == [
        (1, setup["target"].pk)
    ]


def test_photo_is_uploaded_from_the_article_form_popup(client, as_journalist):
    response = client.post(
        "/admin/articles/photo/add/?_to_field=id&_popup=1",
        {
            "image": uploaded_jpeg("../../etc/sidi abdellah.JPG"),
            "alt_text": "Vue aérienne de Sidi Abdellah",
            "caption": "La ville nouvelle de Sidi Abdellah.",
            "credit": "Capture d’écran Youtube, Sidi Abdellah",
            "licence": "screenshot",
            "_popup": "1",
            "_to_field": "id",
        },
    )
    assert response.status_code == 200
    assert "popup_response" in response.content.decode()
    photo = Photo.objects.get()
    assert (photo.width, photo.height) == (1600, 900)
    assert photo.image.name.startswith("photos/")
    assert "sidi" not in photo.image.name and ".." not in photo.image.name
    assert photo.image.name.endswith(".jpg")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.jpg", b"<html><script>alert(1)</script></html>", "n’est pas une photo"),
        ("photo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "SVG"),
        ("photo.jpg", jpeg_bytes()[:200], "tronqué ou abîmé"),
    ],
)
def test_a_file_that_is_not_an_image_is_refused(client, as_journalist, name, content, message):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        "/admin/articles/photo/add/",
        {
            "image": SimpleUploadedFile(name, content, content_type="image/jpeg"),
            "alt_text": "Texte",
            "credit": "Crédit",
            "licence": "reserved",
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Photo.objects.exists()


def test_photo_without_credit_or_alt_text_is_refused(client, as_journalist):
    response = client.post(
        "/admin/articles/photo/add/", {"image": uploaded_jpeg(), "licence": "reserved"}
    )
    assert response.status_code == 200
    assert response.content.decode().count("Ce champ est obligatoire.") == 2
    assert not Photo.objects.exists()


def test_staff_without_article_permissions_cannot_add_articles(client):
    user = User.objects.create_user("stagiaire", password="motdepasse-solide-42", is_staff=True)
    client.force_login(user)
    assert client.get(ADD_URL).status_code == 403


def test_article_list_runs_without_per_row_queries(admin_client, django_assert_num_queries, setup):
    for _ in range(3):
        make_article(authors=[setup["jeanne"], setup["karim"]], primary_category=setup["afrique"])
    # 1 session, 2 user, 3 the "to review" queue, 4 the scheduled articles, 5 and 6 the
    # categories of the two category filters, 7 count, 8 count for "all", 9 the page of
    # articles with their category, 10 their bylines with authors, 11 and 12 the date
    # hierarchy (bounds, then days), 13 the publications the user works for (the dashboards'
    # scope), 14 those of the publication filter. The host's publication is read once (a
    # running site's).
    warm_site_state()
    with django_assert_num_queries(14):
        assert admin_client.get("/admin/articles/article/").status_code == 200
    for _ in range(10):
        make_article(authors=[setup["jeanne"]], primary_category=setup["afrique"])
    with django_assert_num_queries(14):
        assert admin_client.get("/admin/articles/article/").status_code == 200


def test_my_articles_are_those_i_created_and_those_i_sign(client, as_journalist, setup):
    """« Mes articles », a journalist's default list: written by them or under their byline,
    never another's."""
    created = make_article(title="Écrit par moi", created_by=as_journalist, status="draft")
    signed = make_article(title="Signé par moi", authors=[setup["jeanne"]], status="draft")
    other = make_article(title="Écrit par Karim", authors=[setup["karim"]], status="draft")
    html = client.get("/admin/articles/article/").content.decode()
    assert created.title in html and signed.title in html
    assert other.title not in html
