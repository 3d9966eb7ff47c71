"""The audit log: logins, publications, deletions, restorations and role changes, with time
and address; superusers read it, nobody edits it."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from accounts.models import AuditEvent
from articles import services
from articles.models import Article, Revision
from tests.factories import make_article, make_author, make_category, make_photo

pytestmark = pytest.mark.django_db
PASSWORD = "motdepasse-solide-42"


def events(action):
    return list(AuditEvent.objects.filter(action=action))


def test_logins_failures_and_logouts_are_recorded_with_the_address(client, editor):
    client.post(
        "/admin/login/", {"username": "claire", "password": "non"}, REMOTE_ADDR="203.0.113.9"
    )
    client.post(
        "/admin/login/", {"username": "claire", "password": PASSWORD}, REMOTE_ADDR="203.0.113.9"
    )
    client.post("/admin/logout/", REMOTE_ADDR="203.0.113.9")
    (failed,) = events("login_failed")
    assert failed.username == "claire" and failed.user is None
    (login,) = events("login")
    assert login.user == editor and login.address == "203.0.113.9"
    assert len(events("logout")) == 1


def test_publishing_and_unpublishing_through_the_admin_are_recorded(client, editor):
    client.force_login(editor)
    article = make_article(
        status="draft",
        published_at=None,
        lead_photo=make_photo(),
        primary_category=make_category(),
        authors=[make_author()],
    )
    services.publish_article(article=article, user=editor)
    services.unpublish_article(article=article, user=editor)
    (published,) = events("published")
    assert published.user == editor and published.object_id == str(article.pk)
    assert published.object_repr == article.title and published.object_type == "articles.Article"
    assert events("unpublished")[0].user == editor


def test_restoring_a_version_is_recorded(editor):
    article = make_article(title="Première version")
    first = services.save_revision(article=article, user=editor, kind=Revision.Kind.CREATED)
    Article.objects.filter(pk=article.pk).update(title="Seconde version")
    services.restore_revision(revision=first, user=editor)
    (restored,) = events("restored")
    assert restored.user == editor


def test_deletions_are_recorded_with_who_and_where(client, editor):
    article = make_article(title="À supprimer")
    client.force_login(editor)
    response = client.post(
        reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"},
        REMOTE_ADDR="198.51.100.4",
    )  # fmt: skip
    assert response.status_code == 302
    (deleted,) = events("deleted")
    assert deleted.object_repr == "À supprimer" and deleted.user == editor
    assert deleted.address == "198.51.100.4"


def test_role_changes_are_recorded(admin_client, journalist):
    editors = Group.objects.get(name="Éditeurs")
    journalist.groups.add(editors)
    journalist.is_superuser = True
    journalist.save()
    changes = events("role_changed")
    details = " / ".join(e.details for e in changes)
    assert "ajouté à : Éditeurs" in details and "superutilisateur : oui" in details


def test_only_superusers_read_it_and_nobody_edits_it(client, admin_user, editor):
    client.force_login(editor)
    make_article()
    assert client.get(reverse("admin:accounts_auditevent_changelist")).status_code == 403
    client.force_login(admin_user)
    event = AuditEvent.objects.create(action="login", username="x-visible")
    page = client.get(reverse("admin:accounts_auditevent_changelist"))
    assert page.status_code == 200 and "x-visible" in page.text
    change = reverse("admin:accounts_auditevent_change", args=[event.pk])
    assert client.post(change, {"username": "autre", "action": "logout"}).status_code == 403
    delete = reverse("admin:accounts_auditevent_delete", args=[event.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:accounts_auditevent_add")).status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).username == "x-visible"
    assert User.objects.filter(pk=admin_user.pk).exists()


def test_permissions_of_a_group_or_a_person_are_recorded(admin_user):
    from django.contrib.auth.models import Permission

    perm = Permission.objects.get(codename="publish_article")
    journalists = Group.objects.get(name="Journalistes")
    journalists.permissions.add(perm)
    admin_user.user_permissions.add(perm)
    journalists.permissions.remove(perm)
    details = list(
        AuditEvent.objects.filter(action="role_changed")
        .order_by("pk")
        .values_list("details", flat=True)
    )
    assert details == [
        "permissions ajoutées : articles.publish_article",
        "permissions ajoutées : articles.publish_article",
        "permissions retirées : articles.publish_article",
    ]


def test_the_two_factor_requirement_of_a_role_is_recorded(admin_client):
    from accounts.models import GroupSecurity

    editors = Group.objects.get(name="Éditeurs")
    rule = GroupSecurity.objects.create(group=editors, requires_two_factor=True)
    rule.requires_two_factor = False
    rule.save()
    rule.save()  # nothing changed: nothing recorded
    events = AuditEvent.objects.filter(action="role_changed", object_repr="Éditeurs")
    details = list(events.order_by("id").values_list("details", flat=True))
    assert details == [
        "double authentification obligatoire : oui",
        "double authentification obligatoire : non",
    ]


def test_password_changes_are_recorded(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/password_change/",
        {"old_password": PASSWORD, "new_password1": "un-nouveau-mot-de-passe-7",
         "new_password2": "un-nouveau-mot-de-passe-7"},
    )  # fmt: skip
    assert response.status_code == 302
    (changed,) = AuditEvent.objects.filter(action="password_changed")
    assert changed.user == editor and changed.object_repr == editor.username


def test_the_roles_set_by_migrate_are_not_in_the_log():
    from accounts.roles import sync_roles

    Group.objects.get(name="Éditeurs").permissions.clear()
    AuditEvent.objects.all().delete()
    sync_roles()
    assert not AuditEvent.objects.exists()
