"""The editorial workflow in the admin: roles, transitions, refusals and crafted POSTs."""

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from articles import permissions, services
from articles.models import Article, Photo, Revision
from tests.factories import make_article, make_category, make_photo, make_related
from tests.forms import form_data

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


@pytest.fixture
def ready(journalist):
    """What a publishable article needs: a photo, a category, an author."""
    return {
        "photo": make_photo(),
        "category": make_category(name="Afrique", slug="afrique"),
        "author": journalist.author,
    }


def draft_by(user, ready, **overrides):
    fields = {
        "status": "draft",
        "published_at": None,
        "created_by": user,
        "lead_photo": ready["photo"],
        "primary_category": ready["category"],
        "authors": [user.author] if hasattr(user, "author") else [ready["author"]],
    } | overrides
    return make_article(**fields)


def post_form(client, article, **changes):
    """Open the article's change form as the logged-in user, change fields, submit it."""
    data = form_data(client.get(change_url(article)).content.decode())
    data.update(changes)
    return client.post(change_url(article), data)


# Roles --------------------------------------------------------------------------------


def test_the_roles_exist_with_exactly_these_names():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Journalistes", "Éditeurs", "Partenariats"} <= names


def test_journalist_edits_and_submits_their_own_draft(client, journalist, ready):
    article = draft_by(journalist, ready)
    client.force_login(journalist)
    response = post_form(client, article, title="Un nouveau titre", _workflow="submit")
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.status) == ("Un nouveau titre", "review")
    kinds = list(article.revisions.values_list("kind", "created_by"))
    assert kinds[:2] == [("submitted", journalist.pk), ("edited", journalist.pk)]


def test_journalist_sees_no_publish_buttons(client, journalist, ready):
    article = draft_by(journalist, ready)
    client.force_login(journalist)
    html = client.get(change_url(article)).content.decode()
    assert 'value="submit"' in html
    for action in ("publish", "schedule", "unpublish", "return"):
        assert f'name="_workflow" value="{action}"' not in html
    assert "deletelink" not in html
    assert 'name="published_at_0"' not in html  # the date is the editors' to set


@pytest.mark.parametrize("action", ["publish", "schedule", "unpublish", "return"])
def test_journalist_crafted_workflow_post_is_refused(client, journalist, ready, action):
    article = draft_by(journalist, ready, standfirst="Chapô")
    client.force_login(journalist)
    data = form_data(client.get(change_url(article)).content.decode())
    data["_workflow"] = action
    data["title"] = "Titre changé en douce"
    response = client.post(change_url(article), data)
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == "draft"
    assert article.title != "Titre changé en douce"  # nothing saved either


def test_journalist_cannot_touch_someone_elses_article(client, journalist, other_journalist, ready):
    article = draft_by(other_journalist, ready, title="L’article de Karim")
    client.force_login(journalist)
    response = client.get(change_url(article))
    assert response.status_code == 200  # read-only view
    assert 'name="_save"' not in response.content.decode()
    data = {"title": "Piraté", "_save": "Enregistrer"}
    assert client.post(change_url(article), data).status_code == 403
    article.refresh_from_db()
    assert article.title == "L’article de Karim"


def test_journalist_cannot_edit_their_own_published_article(client, journalist, ready):
    article = make_article(created_by=journalist, authors=[journalist.author], title="Publié")
    client.force_login(journalist)
    assert client.post(change_url(article), {"title": "Changé"}).status_code == 403
    article.refresh_from_db()
    assert article.title == "Publié"


def test_journalist_cannot_delete(client, journalist, ready):
    article = draft_by(journalist, ready)
    client.force_login(journalist)
    url = f"/admin/articles/article/{article.pk}/delete/"
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_journalist_cannot_run_the_publish_action(client, journalist, ready):
    article = draft_by(journalist, ready, standfirst="Chapô")
    client.force_login(journalist)
    changelist = client.get("/admin/articles/article/").content.decode()
    assert "publish_selected" not in changelist
    client.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [article.pk], "index": "0"},
    )
    article.refresh_from_db()
    assert article.status == "draft"


def test_journalist_list_shows_their_own_articles_by_default(
    client, journalist, other_journalist, ready
):
    draft_by(journalist, ready, title="Mon brouillon")
    draft_by(other_journalist, ready, title="Le brouillon de Karim")
    client.force_login(journalist)
    html = client.get("/admin/articles/article/").content.decode()
    assert "Mon brouillon" in html and "Le brouillon de Karim" not in html
    everyone = client.get("/admin/articles/article/?qui=tous").content.decode()
    assert "Le brouillon de Karim" in everyone
    reviewed = client.get("/admin/articles/article/?qui=tous&etat=review").content.decode()
    assert "Mon brouillon" not in reviewed


def test_editor_sees_the_review_queue_first(client, editor, journalist, ready):
    article = draft_by(journalist, ready, title="À relire vite")
    services.submit_for_review(article=article, user=journalist)
    client.force_login(editor)
    html = client.get("/admin/articles/article/").content.decode()
    queue = html.split('class="desk-queue"')[1].split("</section>")[0]
    assert "À relire (1)" in queue and "À relire vite" in queue


def test_partnerships_have_no_access_to_articles(client, partner_manager):
    client.force_login(partner_manager)
    assert client.get("/admin/articles/article/").status_code == 403
    assert client.get("/admin/articles/article/add/").status_code == 403


def test_editor_publishes_returns_and_unpublishes(client, editor, journalist, ready):
    article = draft_by(journalist, ready, standfirst="Chapô")
    services.submit_for_review(article=article, user=journalist)
    client.force_login(editor)
    assert post_form(client, article, _workflow="return").status_code == 302
    article.refresh_from_db()
    assert article.status == "draft"
    assert post_form(client, article, _workflow="publish").status_code == 302
    article.refresh_from_db()
    assert article.is_live()
    assert post_form(client, article, _workflow="unpublish").status_code == 302
    article.refresh_from_db()
    assert article.status == "unpublished" and not article.is_live()
    assert client.get(article.get_absolute_url()).status_code == 404
    kinds = list(article.revisions.values_list("kind", flat=True))
    assert kinds[:3] == ["unpublished", "published", "returned"]
    assert set(
        article.revisions.exclude(kind="submitted").values_list("created_by", flat=True)
    ) == {editor.pk}


def test_superuser_may_do_everything(admin_client, journalist, ready):
    article = draft_by(journalist, ready, standfirst="Chapô")
    assert post_form(admin_client, article, _workflow="publish").status_code == 302
    article.refresh_from_db()
    assert article.is_live()


# Scheduling ----------------------------------------------------------------------------


def test_editor_schedules_in_paris_time_and_the_list_shows_a_countdown(
    client, editor, journalist, ready
):
    article = draft_by(journalist, ready, standfirst="Chapô")
    client.force_login(editor)
    when = timezone.localtime(timezone.now() + timedelta(days=2)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    response = post_form(
        client,
        article,
        published_at_0=when.strftime("%d/%m/%Y"),
        published_at_1="14:00:00",
        _workflow="schedule",
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.state == "scheduled"
    assert article.published_at == datetime(when.year, when.month, when.day, 14, 0, tzinfo=PARIS)
    assert client.get(article.get_absolute_url()).status_code == 404
    listing = client.get("/admin/articles/article/").content.decode()
    scheduled = listing.split("desk-queue--scheduled")[1].split("</section>")[0]
    assert ("à 14 h" in scheduled and "dans 1 j" in scheduled) or "dans 2 j" in scheduled


def test_scheduling_in_the_past_is_refused(client, editor, journalist, ready):
    article = draft_by(journalist, ready, standfirst="Chapô")
    client.force_login(editor)
    response = post_form(
        client, article, published_at_0="01/01/2020", published_at_1="10:00:00",
        _workflow="schedule",
    )  # fmt: skip
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("Indiquez une date de publication dans le futur." in m for m in messages)
    article.refresh_from_db()
    assert article.status == "draft"


def test_scheduled_article_goes_live_at_its_time(editor, journalist, ready, client):
    article = draft_by(journalist, ready, standfirst="Chapô")
    services.schedule_article(
        article=article, user=editor, at=timezone.now() + timedelta(milliseconds=900)
    )
    assert client.get(article.get_absolute_url()).status_code == 404
    time.sleep(1.1)
    assert client.get(article.get_absolute_url()).status_code == 200


# Pre-publication checklist -----------------------------------------------------------


def test_publication_is_refused_with_every_reason(client, editor, journalist):
    unpublished = make_article(status="draft", published_at=None, title="Un brouillon")
    photo = make_photo()
    # Imported from an old system: blank credit and alt text (saving would refuse them).
    Photo.objects.filter(pk=photo.pk).update(credit=" ", alt_text=" ")
    photo.refresh_from_db()
    article = make_article(
        status="draft", published_at=None, created_by=journalist, standfirst="",
        title="T" * 111, lead_photo=photo,
    )  # fmt: skip
    make_related(article, target=unpublished)
    client.force_login(editor)
    response = post_form(client, article, _workflow="publish")
    messages = " ".join(str(m) for m in response.wsgi_request._messages)
    for reason in [
        "La photo a un crédit et un texte alternatif",
        "Une rubrique principale",
        "Au moins un auteur",
        "Un chapô",
        "Un titre de 110 caractères au plus (il en a 111)",
        "Les liens « Lire aussi » mènent à des articles publiés (pas encore : Un brouillon)",
    ]:
        assert reason in messages
    article.refresh_from_db()
    assert article.status == "draft"


def test_publication_without_photo_is_refused():
    article = make_article(status="draft", published_at=None)
    assert "Une photo d’ouverture" in article.publication_problems()


def test_checklist_is_visible_while_editing(client, journalist, ready):
    article = draft_by(journalist, ready, standfirst="")
    client.force_login(journalist)
    html = client.get(change_url(article)).content.decode()
    panel = html.split("desk-panel__checklist")[1].split("</section>")[0]
    assert "Avant publication" in panel
    assert 'is-missing" data-check="5"' in panel  # no standfirst yet
    assert 'is-ok" data-check="1"' in panel  # it has a photo


# Revisions ---------------------------------------------------------------------------


def test_every_save_stores_a_revision_and_restore_brings_back_every_field(
    client, editor, journalist, ready
):
    from articles.models import Author, Category

    client.force_login(editor)
    tags = ["Algérie", "Cluster"]
    article = draft_by(
        journalist, ready, title="Version un", standfirst="Chapô un", body="<p>Corps un</p>",
        tags=tags, categories=[ready["category"]],
    )  # fmt: skip
    target = make_article(title="Article lié")
    make_related(article, target=target, position=1)
    make_related(article, url="https://www.anpt.dz/", label="ANPT", position=2)
    services.save_revision(article=article, user=editor, kind=Revision.Kind.CREATED)
    first = article.revisions.get()

    other_author = Author.objects.create(name="Autre", slug="autre")
    other_category = Category.objects.create(name="Tech", slug="tech")
    other_photo = make_photo(caption="Autre photo")
    data = form_data(client.get(change_url(article)).content.decode())
    data |= {
        "title": "Version deux", "standfirst": "Chapô deux", "body": "<p>Corps deux</p>",
        "lead_photo": str(other_photo.pk), "primary_category": str(other_category.pk),
        "categories": [str(other_category.pk)], "tags": "Autre",
        "bylines-0-author": str(other_author.pk),
        "related_links-0-DELETE": "on", "related_links-1-label": "Agence",
    }  # fmt: skip
    assert client.post(change_url(article), data).status_code == 302
    assert article.revisions.count() == 2

    response = client.post(f"/admin/articles/article/{article.pk}/versions/{first.pk}/restaurer/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.standfirst, article.body) == (
        "Version un",
        "Chapô un",
        "<p>Corps un</p>",
    )
    assert article.lead_photo == ready["photo"]
    assert article.primary_category == ready["category"]
    assert list(article.categories.all()) == [ready["category"]]
    assert sorted(article.tags.names()) == tags
    assert [b.author for b in article.bylines.all()] == [journalist.author]
    assert [(x.target_id, x.url, x.label) for x in article.related_links.all()] == [
        (target.pk, "", ""),
        (None, "https://www.anpt.dz/", "ANPT"),
    ]
    assert list(article.revisions.values_list("kind", flat=True)) == [
        "restored",
        "edited",
        "created",
    ]
    # Nothing is lost: version two can be restored in its turn.
    second = article.revisions.get(kind="edited")
    services.restore_revision(revision=second, user=editor)
    article.refresh_from_db()
    assert article.title == "Version deux"


def test_history_and_diff_show_who_when_and_what_changed(client, editor, journalist, ready):
    article = draft_by(journalist, ready, title="Ancien titre", body="<p>Un texte sûr.</p>")
    old = services.save_revision(article=article, user=journalist, kind=Revision.Kind.CREATED)
    article.title = "Nouveau titre <script>alert(1)</script>"
    article.body = "<p>Un texte modifié.</p><p>Un ajout.</p>"
    article.save()
    new = services.save_revision(article=article, user=editor, kind=Revision.Kind.EDITED)
    client.force_login(journalist)  # an author of the article
    history = client.get(f"/admin/articles/article/{article.pk}/history/").content.decode()
    assert "Création" in history and "Modification" in history
    assert "Jeanne" in history and "Claire" in history
    diff = client.get(f"/admin/articles/article/{article.pk}/versions/{old.pk}/{new.pk}/")
    html = diff.content.decode()
    assert diff.status_code == 200
    assert "<del>Ancien</del>" in html and "<ins>Nouveau</ins>" in html
    assert "<del>sûr.</del>" in html and "<ins>modifié.</ins>" in html
    assert "<ins>Un ajout.</ins>" not in html and "Un ajout." in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    # The compare form leads to the same page.
    response = client.get(
        f"/admin/articles/article/{article.pk}/history/?old={old.pk}&new={new.pk}"
    )
    assert response["Location"].endswith(f"/versions/{old.pk}/{new.pk}/")


def test_history_is_for_authors_and_editors_and_restore_for_editors(
    client, journalist, other_journalist, ready
):
    article = draft_by(journalist, ready)
    revision = services.save_revision(article=article, user=journalist, kind="created")
    client.force_login(other_journalist)
    assert client.get(f"/admin/articles/article/{article.pk}/history/").status_code == 403
    client.force_login(journalist)
    assert client.get(f"/admin/articles/article/{article.pk}/history/").status_code == 200
    restore = f"/admin/articles/article/{article.pk}/versions/{revision.pk}/restaurer/"
    assert client.post(restore).status_code == 403


# Concurrent edits --------------------------------------------------------------------


def test_second_concurrent_save_is_refused_with_a_link_to_the_diff(
    client, editor, journalist, ready
):
    from django.test import Client

    article = draft_by(journalist, ready, title="Titre d’origine")
    services.save_revision(article=article, user=journalist, kind="created")
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(journalist)
    first_form = form_data(first.get(change_url(article)).content.decode())
    second_form = form_data(second.get(change_url(article)).content.decode())
    assert (
        first.post(change_url(article), first_form | {"title": "Titre de Claire"}).status_code
        == 302
    )
    response = second.post(change_url(article), second_form | {"title": "Titre de Jeanne"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quelqu’un d’autre a enregistré cet article" in html
    assert f"/admin/articles/article/{article.pk}/versions/" in html
    assert 'value="Titre de Jeanne"' in html  # her text is still in the form
    article.refresh_from_db()
    assert article.title == "Titre de Claire"


# Previews ----------------------------------------------------------------------------


def test_author_previews_a_draft_exactly_as_it_will_look(
    client, journalist, other_journalist, ready
):
    article = draft_by(journalist, ready, title="Mon scoop", body="<p>Le texte du scoop.</p>")
    client.force_login(journalist)
    response = client.get(f"/admin/articles/article/{article.pk}/apercu/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="article__title">Mon scoop</h1>' in html
    assert "Le texte du scoop." in html and "Aperçu" in html
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in html
    client.force_login(other_journalist)
    assert client.get(f"/admin/articles/article/{article.pk}/apercu/").status_code == 403


def test_share_link_expires_and_can_be_revoked(client, editor, journalist, ready):
    article = draft_by(journalist, ready, title="Sous embargo")
    client.force_login(editor)
    client.post(f"/admin/articles/article/{article.pk}/liens-apercu/", {"hours": "48"})
    link = article.preview_links.get()
    assert len(link.token) >= 40
    assert abs(link.expires_at - (timezone.now() + timedelta(hours=48))) < timedelta(minutes=1)
    anonymous = client.__class__()
    response = anonymous.get(link.secret_url())
    assert response.status_code == 200
    assert "Sous embargo" in response.content.decode()
    assert "ce lien expire le" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert anonymous.get("/apercu/pas-le-bon-jeton/").status_code == 404
    # Revoked: gone at once.
    client.post(f"/admin/articles/article/{article.pk}/liens-apercu/{link.pk}/revoquer/")
    assert anonymous.get(link.secret_url()).status_code == 404
    # Expired: gone too.
    fresh = services.create_preview_link(article=article, user=editor)
    assert anonymous.get(fresh.secret_url()).status_code == 200
    fresh.expires_at = timezone.now() - timedelta(seconds=1)
    fresh.save()
    assert anonymous.get(fresh.secret_url()).status_code == 404


def test_journalists_cannot_create_share_links(client, journalist, ready):
    article = draft_by(journalist, ready)
    client.force_login(journalist)
    assert client.post(f"/admin/articles/article/{article.pk}/liens-apercu/").status_code == 403
    assert not article.preview_links.exists()


# Corrections -------------------------------------------------------------------------


def test_editor_adds_a_dated_correction(client, editor, journalist, ready):
    article = make_article(
        created_by=journalist, authors=[journalist.author], title="Le cluster d’Alger",
        published_at=datetime(2020, 11, 11, 8, 0, tzinfo=PARIS),
    )  # fmt: skip
    client.force_login(editor)
    data = form_data(client.get(change_url(article)).content.decode())
    data |= {
        "corrections-TOTAL_FORMS": "1",
        "corrections-0-kind": "update",
        "corrections-0-published_at_0": "11/11/2020",
        "corrections-0-published_at_1": "14:00:00",
        "corrections-0-text": "L’ANPT a précisé la date d’ouverture.",
    }
    assert client.post(change_url(article), data).status_code == 302
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Mise à jour le <time" in html
    assert "11 novembre 2020 à 14 h</time>\u00a0:</strong> L’ANPT a précisé" in html
    assert "Mis à jour le <time" in html
    page = client.get("/corrections/").content.decode()
    assert "Le cluster d’Alger" in page and "L’ANPT a précisé la date d’ouverture." in page


def test_corrections_page_lists_newest_first_and_only_published_articles(client):
    from articles.models import Correction

    public = make_article(title="Public")
    draft = make_article(title="Brouillon", status="draft")
    now = timezone.now()
    Correction.objects.create(article=public, text="Ancienne", published_at=now - timedelta(days=2))
    Correction.objects.create(article=public, text="Récente", published_at=now - timedelta(hours=1))
    Correction.objects.create(article=draft, text="Secrète", published_at=now)
    html = client.get("/corrections/").content.decode()
    assert html.index("Récente") < html.index("Ancienne")
    assert "Secrète" not in html


def test_a_share_link_lasts_seven_days_at_most_whatever_the_post_says(client, editor, ready):
    article = draft_by(editor, ready)
    client.force_login(editor)
    url = f"/admin/articles/article/{article.pk}/liens-apercu/"
    for hours in ["720", "999999", "²⁴", "-5", "48"]:
        assert client.post(url, {"hours": hours}).status_code == 302, hours
    longest = max(link.expires_at - link.created_at for link in article.preview_links.all())
    assert longest <= timedelta(days=7, seconds=5)
    assert services.create_preview_link(article=article, user=editor, hours=10_000).expires_at <= (
        timezone.now() + timedelta(days=7)
    )


# The object rules themselves (articles.permissions), case by case ---------------------------


def test_signing_an_article_lets_a_journalist_edit_it_but_a_contributor_s_byline_does_not(
    journalist, other_journalist
):
    from articles.models import Author

    signed_by_her = make_article(status="draft", published_at=None, created_by=other_journalist)
    signed_by_her.bylines.create(author=journalist.author, position=1)
    freelance = Author.objects.create(name="Pigiste sans compte", slug="pigiste")
    signed_by_freelance = make_article(
        status="draft", published_at=None, created_by=other_journalist
    )
    signed_by_freelance.bylines.create(author=freelance, position=1)
    assert permissions.can_edit(journalist, signed_by_her)
    assert not permissions.can_edit(journalist, signed_by_freelance)
    assert not permissions.is_own(journalist, signed_by_freelance)


def test_a_journalist_whose_role_was_withdrawn_edits_nothing_not_even_their_own(journalist):
    own = make_article(status="draft", published_at=None, created_by=journalist)
    photo = make_photo(uploaded_by=journalist)
    journalist.groups.clear()
    journalist = type(journalist).objects.get(pk=journalist.pk)  # permissions read afresh
    assert not permissions.can_edit(journalist, own)
    assert not permissions.can_edit_photo(journalist, photo)


def test_a_journalist_may_add_a_photo_and_edit_it_until_readers_see_it(journalist):
    assert permissions.can_edit_photo(journalist, Photo())
    photo = make_photo(uploaded_by=journalist)
    assert permissions.can_edit_photo(journalist, photo)
    make_article(lead_photo=photo)
    assert not permissions.can_edit_photo(journalist, photo)


@pytest.mark.parametrize(
    ("state", "journalist_may", "editor_may"),
    [
        ("draft", ["submit"], ["submit", "publish", "schedule"]),
        ("review", [], ["publish", "schedule", "return"]),
        ("scheduled", [], ["publish", "schedule", "unpublish"]),
        ("published", [], ["unpublish"]),
        ("unpublished", [], ["publish", "schedule"]),
    ],
)
def test_each_state_offers_each_role_exactly_its_buttons(
    journalist, editor, state, journalist_may, editor_may
):
    published_at = {
        "draft": None,
        "review": None,
        "scheduled": timezone.now() + timedelta(days=1),
        "published": timezone.now() - timedelta(hours=1),
        "unpublished": None,
    }[state]
    status = "published" if state == "scheduled" else state
    article = make_article(status=status, published_at=published_at, created_by=journalist)
    assert article.state == state
    assert permissions.allowed_transitions(journalist, article) == journalist_may
    assert permissions.allowed_transitions(editor, article) == editor_may
