"""Roles are granted per publication: a member of the Journal des RH's team writes and
publishes there only; an editor on both teams works on both; a member of no team works for
the default publication; superusers for all. Each refusal is played as the attacker would:
crafted posts, the services called directly."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from articles import permissions, publications, services
from articles.models import Article, Publication
from tests.factories import make_article, make_author, make_category, make_photo
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ADD = "/admin/articles/article/add/"


@pytest.fixture
def titles(journalist, editor):
    fw = Publication.objects.default()
    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain="www.journaldesrh.fr")
    )
    publications.forget()
    rh.team.add(journalist)  # Jeanne writes for the Journal des RH only
    return {
        "fw": fw,
        "rh": rh,
        "fw_section": make_category(name="Afrique", slug="afrique"),
        "rh_section": make_category(name="Recrutement", slug="recrutement", publication=rh),
    }


def ready(publication=None, **fields):
    """An article in review with all the checklist asks for, in ``publication``."""
    publication = publication or Publication.objects.default()
    section = make_category(publication=publication)
    fields = {"status": "review"} | fields
    return make_article(
        publication=publication, primary_category=section, lead_photo=make_photo(),
        authors=[make_author()], **fields,
    )  # fmt: skip


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def logged(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_member_of_one_title_never_sees_the_other_s_articles(journalist, titles):
    mine = make_article(title="Brouillon RH", publication=titles["rh"], status="draft",
                        created_by=journalist)  # fmt: skip
    theirs = make_article(title="Brouillon FrenchWeb", status="draft", created_by=journalist)
    client = logged(journalist)
    listing = client.get("/admin/articles/article/?qui=tous").text
    assert "Brouillon RH" in listing and "Brouillon FrenchWeb" not in listing
    assert client.get(change_url(mine)).status_code == 200
    assert client.get(change_url(theirs)).status_code in (302, 404)
    # A crafted post to the other title's article changes nothing.
    data = form_data(client.get(change_url(mine)).text) | {"title": "Piraté"}
    assert client.post(change_url(theirs), data).status_code in (302, 404)
    theirs.refresh_from_db()
    assert theirs.title == "Brouillon FrenchWeb"


def test_the_form_offers_only_the_user_s_titles_and_refuses_another(journalist, titles):
    client = logged(journalist)
    page = client.get(ADD).text
    data = form_data(page)
    assert data["publication"] == str(titles["rh"].pk)  # theirs, chosen by default
    assert "FrenchWeb" not in page.split('name="publication"', 1)[1].split("</select>", 1)[0]
    data |= {"title": "Un article", "slug": "un-article", "publication": str(titles["fw"].pk)}
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in response.text
    assert not Article.objects.filter(slug="un-article").exists()


def test_a_section_of_another_title_is_refused_in_french(editor, titles):
    titles["fw"].team.add(editor)
    client = logged(editor)
    data = form_data(client.get(ADD).text) | {
        "title": "Recruter en 2021",
        "slug": "recruter-2021",
        "publication": str(titles["fw"].pk),
        "primary_category": str(titles["rh_section"].pk),
    }
    response = client.post(ADD, data)
    assert response.status_code == 200
    assert (
        "La rubrique « Recrutement » appartient à « Journal des RH » : choisissez une rubrique "
        "de « Newsroom », ou publiez aussi l’article sur « Journal des RH »."
    ) in response.text.replace("&#x27;", "’")
    assert not Article.objects.filter(slug="recruter-2021").exists()
    # Cross-posted to the Journal des RH (the editor works on both), the section is fine.
    titles["rh"].team.add(editor)
    client = logged(editor)
    data |= {"cross_posts": [str(titles["rh"].pk)]}
    response = client.post(ADD, data)
    assert response.status_code == 302
    article = Article.objects.get(slug="recruter-2021")
    assert article.publication == titles["fw"] and list(article.cross_posts.all()) == [titles["rh"]]


def test_an_editor_of_one_title_cannot_publish_on_the_other(editor, titles):
    titles["rh"].team.add(editor)
    fw_draft = ready(title="Sur FrenchWeb")
    rh_draft = ready(titles["rh"], title="Sur le JdRH")
    assert permissions.allowed_transitions(editor, fw_draft) == []
    with pytest.raises(PermissionDenied, match="Vous ne publiez pas sur « Newsroom »"):
        services.publish_article(article=fw_draft, user=editor)
    with pytest.raises(PermissionDenied):
        services.unpublish_article(article=make_article(), user=editor)
    fw_draft.refresh_from_db()
    assert fw_draft.status == "review"
    services.publish_article(article=rh_draft, user=editor)
    assert Article.objects.get(pk=rh_draft.pk).status == "published"
    # Through the admin's workflow button, the other title's article is out of reach.
    client = logged(editor)
    data = form_data(client.get(change_url(rh_draft)).text) | {"_workflow": "publish"}
    assert client.post(change_url(fw_draft), data).status_code in (302, 404)
    assert Article.objects.get(pk=fw_draft.pk).status == "review"


def test_an_article_cannot_be_moved_to_a_title_its_writer_does_not_write_for(journalist, titles):
    draft = make_article(title="Brouillon", status="draft", publication=titles["rh"],
                         created_by=journalist)  # fmt: skip
    draft.publication = titles["fw"]
    with pytest.raises(PermissionDenied, match="Vous n’écrivez pas pour « Newsroom »"):
        services.save_article(article=draft, user=journalist)
    assert Article.objects.get(pk=draft.pk).publication == titles["rh"]


def test_an_editor_on_both_teams_works_on_both(editor, titles):
    titles["fw"].team.add(editor)
    titles["rh"].team.add(editor)
    for publication in (titles["fw"], titles["rh"]):
        draft = ready(publication)
        services.publish_article(article=draft, user=editor)
    listing = logged(editor).get("/admin/articles/article/").text
    assert listing.count("Article numéro") >= 2


def test_no_team_means_the_default_title_and_superusers_work_on_all(editor, titles, admin_user):
    assert permissions.publication_ids(editor) == {titles["fw"].pk}
    assert permissions.publication_ids(admin_user) == {titles["fw"].pk, titles["rh"].pk}
    rh_article = ready(titles["rh"])
    with pytest.raises(PermissionDenied):
        services.publish_article(article=rh_article, user=editor)
    services.publish_article(article=rh_article, user=admin_user)


def test_the_review_queue_shows_the_editor_s_titles_only(editor, titles):
    titles["rh"].team.add(editor)
    make_article(title="À relire sur FrenchWeb", status="review")
    make_article(title="À relire sur le JdRH", status="review", publication=titles["rh"])
    page = logged(editor).get("/admin/articles/article/").text
    assert "À relire sur le JdRH" in page and "À relire sur FrenchWeb" not in page


# The permission matrix, per publication: each role, on its own title's article and on the
# other's (the role's own rules are tests/test_permission_matrix.py's).
MATRIX = [
    # role, whose article, can open, can save, can publish
    ("journalist", "own", True, True, False),
    ("journalist", "other", False, False, False),
    ("editor", "own", True, True, True),
    ("editor", "other", False, False, False),
    ("superuser", "other", True, True, True),
]


@pytest.mark.parametrize("role, whose, opens, saves, publishes", MATRIX)
def test_the_per_publication_matrix(
    role, whose, opens, saves, publishes, titles, journalist, editor, admin_user
):
    user = {"journalist": journalist, "editor": editor, "superuser": admin_user}[role]
    titles["rh"].team.add(user)
    publication = titles["rh"] if whose == "own" else titles["fw"]
    article = ready(publication, status="draft", created_by=user)
    client = logged(user)
    page = client.get(change_url(article))
    assert (page.status_code == 200) is opens
    source = page if opens else client.get(change_url(ready(titles["rh"], created_by=user)))
    data = form_data(source.text) | {"title": "Titre changé"}
    data.pop("publication", None)
    client.post(change_url(article), data)
    article.refresh_from_db()
    assert (article.title == "Titre changé") is saves
    assert (permissions.Transition.PUBLISH in permissions.allowed_transitions(user, article)) is (
        publishes
    )
    if not publishes:
        with pytest.raises(PermissionDenied):
            services.publish_article(article=article, user=user)


def test_joining_or_leaving_a_team_is_audited(journalist, titles):
    from accounts.models import AuditEvent

    titles["fw"].team.add(journalist)
    journalist.publications.remove(titles["rh"])
    events = list(
        AuditEvent.objects.filter(action="role_changed", object_id=str(journalist.pk))
        .order_by("pk")
        .values_list("details", flat=True)
    )
    assert events[-3:] == [
        "ajouté à l’équipe de : Journal des RH",
        "ajouté à l’équipe de : Newsroom",
        "retiré de l’équipe de : Journal des RH",
    ]


def test_the_section_pickers_offer_the_sections_of_the_article_s_publications(editor, titles):
    titles["fw"].team.add(editor)
    titles["rh"].team.add(editor)
    client = logged(editor)

    def offered(publications):
        response = client.get(
            "/admin/autocomplete/",
            {"app_label": "articles", "model_name": "article", "field_name": "primary_category",
             "term": "", "publications": publications},
        )  # fmt: skip
        return {row["text"] for row in response.json()["results"]}

    fw, rh = str(titles["fw"].pk), str(titles["rh"].pk)
    assert offered(fw) == {"Afrique"}
    assert offered(rh) == {"Recrutement"}
    assert offered(f"{fw},{rh}") == {"Afrique", "Recrutement"}
    assert offered("") == {"Afrique", "Recrutement"}  # none chosen yet: the user's titles
    assert offered("x,²,99999") == {"Afrique", "Recrutement"}  # junk is ignored
    # A member of one title is never offered the other's sections, whatever they ask.
    titles["rh"].team.remove(editor)
    client = logged(editor)
    assert offered(rh) == {"Afrique"}


def test_a_member_of_one_title_cannot_submit_the_other_s_draft(journalist, titles):
    """Called directly, as a script would: the service checks the title, not only the list."""
    draft = ready(titles["fw"], status="draft", created_by=journalist)  # hers, on FrenchWeb
    assert permissions.allowed_transitions(journalist, draft) == []
    with pytest.raises(PermissionDenied):
        services.submit_for_review(article=draft, user=journalist)
    assert Article.objects.get(pk=draft.pk).status == "draft"


def test_a_member_s_titles_are_read_once_per_request(journalist, titles, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert permissions.publication_ids(journalist) == {titles["rh"].pk}
        assert permissions.works_on(journalist, titles["rh"].pk)
        assert not permissions.works_on(journalist, titles["fw"].pk)


def test_the_article_list_switches_between_the_user_s_titles_and_its_dashboards_follow(
    editor, titles
):
    titles["fw"].team.add(editor)
    titles["rh"].team.add(editor)
    make_article(title="À relire sur FrenchWeb", status="review")
    make_article(title="À relire sur le JdRH", status="review", publication=titles["rh"])
    client = logged(editor)
    page = client.get("/admin/articles/article/").text
    switch = page.split('<nav class="publication-switch"', 1)[1].split("</nav>", 1)[0]
    assert ">Toutes</a>" in switch and ">Newsroom</a>" in switch and ">Journal des RH</a>" in switch
    assert 'aria-current="page">Toutes' in switch
    rh_list = client.get(f"/admin/articles/article/?publication__id__exact={titles['rh'].pk}").text
    assert "À relire sur le JdRH" in rh_list and "À relire sur FrenchWeb" not in rh_list
    assert 'aria-current="page">Journal des RH' in rh_list
    # A member of one title has nothing to switch; asking for another title shows nothing.
    titles["fw"].team.remove(editor)
    client = logged(editor)
    assert "publication-switch" not in client.get("/admin/articles/article/").text


def test_the_section_filters_name_each_section_s_publication(editor, titles):
    make_category(name="À la une", slug="a-la-une", is_lead=True)
    make_category(name="À la une", slug="une-rh", is_lead=True, publication=titles["rh"])
    titles["fw"].team.add(editor)
    titles["rh"].team.add(editor)
    page = logged(editor).get("/admin/articles/article/").text
    assert "Journal des RH › À la une" in page and "Newsroom › À la une" in page
    titles["rh"].team.remove(editor)
    page = logged(editor).get("/admin/articles/article/").text
    assert "Journal des RH" not in page.split('id="changelist-filter"', 1)[1]
