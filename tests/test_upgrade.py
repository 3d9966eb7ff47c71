"""A database of the layout before the accounts app (the audit log and two-factor models in
the project package) upgrades with no loss: rows, table names, content types, permissions
and the admin's history that point at them."""

import base64
import time

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db(transaction=True)

# The last migrations before the move: the layout of the earlier main branch.
BEFORE = [("newsroom", "0002_groupsecurity_twofactordevice"), ("accounts", None)]


def migrate(targets):
    """Migrate the database to ``targets``; the models as they are there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    applied = MigrationExecutor(connection).loader.applied_migrations
    graph = executor.loader.graph
    # The state of everything applied: each app at its last applied migration.
    leaves = {}
    for app, name in applied:
        if (app, name) in graph.nodes:
            leaves.setdefault(app, []).append((app, name))
    nodes = [
        max(nodes, key=lambda node: len(graph.forwards_plan(node))) for nodes in leaves.values()
    ]
    return executor.loader.project_state(nodes).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_the_audit_log_and_two_factor_devices_survive_the_move_to_accounts():
    try:
        old = migrate(BEFORE)
        tables = connection.introspection.table_names()
        assert "newsroom_auditevent" in tables and "accounts_auditevent" not in tables

        User = old.get_model("auth", "User")
        Group = old.get_model("auth", "Group")
        ContentType = old.get_model("contenttypes", "ContentType")
        LogEntry = old.get_model("admin", "LogEntry")
        jeanne = User.objects.create(username="jeanne", is_staff=True)
        editors = Group.objects.create(name="Rédaction en chef")
        old.get_model("newsroom", "AuditEvent").objects.create(
            action="login", user=jeanne, username="jeanne", address="203.0.113.9"
        )
        old.get_model("newsroom", "TwoFactorDevice").objects.create(
            user=jeanne, secret="JBSWY3DPEHPK3PXP", last_step=123,
            confirmed_at="2026-11-20T10:00:00Z",
        )  # fmt: skip
        old.get_model("newsroom", "GroupSecurity").objects.create(
            group=editors, requires_two_factor=True
        )
        audit_type, _ = ContentType.objects.get_or_create(app_label="newsroom", model="auditevent")
        LogEntry.objects.create(
            user=jeanne, content_type=audit_type, object_id="1", object_repr="x", action_flag=1
        )

        new = migrate(latest())
        tables = connection.introspection.table_names()
        assert "accounts_auditevent" in tables and "newsroom_auditevent" not in tables

        event = new.get_model("accounts", "AuditEvent").objects.get()
        assert (event.username, event.address, event.user_id) == (
            "jeanne",
            "203.0.113.9",
            jeanne.pk,
        )
        # The device is django-otp's now, with the same secret: the app she enrolled with
        # before gives a code that opens her session after the upgrade.
        device = TOTPDevice.objects.get(user_id=jeanne.pk)
        assert device.bin_key == base64.b32decode("JBSWY3DPEHPK3PXP")
        assert device.last_t == 123 and device.confirmed
        assert device.created_at.isoformat().startswith("2026-11-20T10:00")
        generator = TOTP(device.bin_key)
        generator.time = time.time()
        assert device.verify_token(generator.token())
        rule = new.get_model("accounts", "GroupSecurity").objects.get()
        assert rule.group_id == editors.pk and rule.requires_two_factor
        # The same content type, now the accounts app's: the admin's history follows it.
        moved = new.get_model("contenttypes", "ContentType").objects.get(pk=audit_type.pk)
        assert (moved.app_label, moved.model) == ("accounts", "auditevent")
        entry = new.get_model("admin", "LogEntry").objects.get()
        assert entry.content_type_id == audit_type.pk
    finally:
        migrate(latest())


def test_the_upgrade_can_be_rolled_back():
    try:
        new = migrate(latest())
        user = new.get_model("auth", "User").objects.create(username="karim")
        new.get_model("accounts", "AuditEvent").objects.create(action="logout", user=user)
        old = migrate(BEFORE)
        assert old.get_model("newsroom", "AuditEvent").objects.get().user_id == user.pk
    finally:
        migrate(latest())


def test_a_single_site_install_becomes_one_publication_with_all_its_content(settings):
    """Before publications: articles and sections belong to no one. After: to one publication
    made from SITE_NAME and SITE_URL, with its Site; nothing else changes."""
    settings.SITE_NAME, settings.SITE_URL = "FrenchWeb", "https://www.frenchweb.fr"
    try:
        old = migrate([("articles", "0016_standfirst_limit")])
        old.get_model("sites", "Site").objects.all().delete()
        section = old.get_model("articles", "Category").objects.create(name="Afrique", slug="a")
        article = old.get_model("articles", "Article").objects.create(
            title="Un article", slug="un-article", primary_category=section
        )
        new = migrate(latest())
        (publication,) = new.get_model("articles", "Publication").objects.all()
        assert (publication.name, publication.slug, publication.domain) == (
            "FrenchWeb",
            "frenchweb",
            "www.frenchweb.fr",
        )
        assert publication.is_default and publication.site.domain == "www.frenchweb.fr"
        Article = new.get_model("articles", "Article")
        assert Article.objects.get(pk=article.pk).publication_id == publication.pk
        Category = new.get_model("articles", "Category")
        assert Category.objects.get(pk=section.pk).publication_id == publication.pk
    finally:
        migrate(latest())
