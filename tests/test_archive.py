"""export_content writes a complete archive; import_content restores it into an empty
database, and the public pages come out byte for byte the same."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AuditEvent, GroupSecurity
from accounts.two_factor import new_backup_codes
from articles import services, trash
from articles.models import Article, ArticleView, BreakingNews, Correction, Photo, TrashedItem
from core import registry
from partners import selection
from partners.models import Banner, BannerStat, Lead

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "/",
    "/articles/lalgerie-ouvre-son-premier-cluster-numerique/",
    "/rubrique/actualite/",
    "/rubrique/afrique/",
    "/tag/microsoft/",
    "/auteur/jeanne-dussueil/",
    "/recherche/?q=cluster",
    "/flux/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/pages/mentions-legales/",
]


def snapshot(client):
    return {url: client.get(url).content for url in PAGES}


def every_kind_of_row():
    """The demo, and at least one row of every archived model the demo has none of."""
    call_command("load_demo", stdout=StringIO())
    Lead.objects.create(name="A", company="B", email="a@b.example", budget="unknown", message="m")
    jeanne = User.objects.get(username="jdussueil")
    marc = User.objects.get(username="mdelorme")
    AuditEvent.objects.create(action="login", user=jeanne, username="jdussueil")
    TOTPDevice.objects.create(user=jeanne, name="Application", confirmed=True, last_t=7)
    new_backup_codes(jeanne)
    GroupSecurity.objects.create(group=Group.objects.get(name="Éditeurs"), requires_two_factor=True)
    seed = Article.objects.get(slug="lalgerie-ouvre-son-premier-cluster-numerique")
    Correction.objects.create(article=seed, text="Une précision.")
    ArticleView.objects.create(article=seed, day="2020-11-11", count=42)
    BannerStat.objects.create(banner=Banner.objects.first(), day="2020-11-11", impressions=3)
    BreakingNews.objects.create(
        text="Alerte", starts_at="2020-01-01T00:00Z", ends_at="2020-01-02T00:00Z"
    )
    services.create_preview_link(article=seed, user=marc)
    Photo.objects.filter(pk=seed.lead_photo_id).first().tags.add("Alger")
    trash.trash_article(Article.objects.published().last(), marc)


def test_export_then_import_into_an_empty_database_gives_the_same_site(
    client, tmp_path, settings, monkeypatch
):
    # Banner tokens name their 6-hour period: the comparison must not straddle two.
    monkeypatch.setattr(selection, "token_period", lambda now=None: 1)
    every_kind_of_row()
    before = snapshot(client)
    counts = {model: model._default_manager.count() for model in registry.archived_models()}
    empty = [model._meta.label for model, count in counts.items() if not count]
    assert empty == [], "give every_kind_of_row() a row of each archived model"
    photo_files = sorted(
        p.relative_to(settings.MEDIA_ROOT)
        for p in Path(settings.MEDIA_ROOT).rglob("*.jpg")
        if "renditions" not in p.parts
    )
    archive = tmp_path / "sauvegarde.zip"
    out = StringIO()
    call_command("export_content", str(archive), stdout=out)
    assert "objets" in out.getvalue()

    # Everything gone: an empty, migrated database and no media.
    call_command("flush", interactive=False, verbosity=0)
    for file in Path(settings.MEDIA_ROOT).rglob("*"):
        if file.is_file():
            file.unlink()
    assert not Article.objects.exists()
    assert Group.objects.filter(name="Journalistes").exists()  # the roles come back by migration

    call_command("import_content", str(archive), stdout=StringIO())
    assert {model: model._default_manager.count() for model in counts} == counts
    assert User.objects.get(username="jdussueil").groups.filter(name="Journalistes").exists()
    restored = sorted(
        p.relative_to(settings.MEDIA_ROOT) for p in Path(settings.MEDIA_ROOT).rglob("*.jpg")
    )
    assert restored == photo_files
    after = snapshot(client)
    for url in PAGES:
        if after[url] != before[url]:
            a, b = before[url].decode(), after[url].decode()
            i = next(n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y)
            pytest.fail(
                f"{url} differs at {i}: {a[i - 200 : i + 100]!r} -- {b[i - 200 : i + 100]!r}"
            )
    # The trash came back whole: its article is restored, with its address.
    (item,) = TrashedItem.objects.all()
    trash.restore(item)
    restored = Article.objects.get(pk=item.object_id)
    assert client.get(restored.get_absolute_url()).status_code == 200


def test_import_refuses_a_database_that_is_not_empty(tmp_path, demo):
    archive = tmp_path / "a.zip"
    call_command("export_content", str(archive), stdout=StringIO())
    with pytest.raises(CommandError, match="base vide"):
        call_command("import_content", str(archive), stdout=StringIO())


def test_import_never_writes_outside_the_media_folder(tmp_path, settings):
    import json
    import zipfile

    archive = tmp_path / "piege.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1}))
        zf.writestr("content.json", "[]")
        zf.writestr("media/../../evil.txt", "x")
    call_command("import_content", str(archive), stdout=StringIO())
    assert not (Path(settings.MEDIA_ROOT).parent / "evil.txt").exists()
    assert not (tmp_path / "evil.txt").exists()


def test_a_flush_leaves_no_orphan_in_the_search_index(demo):
    from django.db import connection

    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_search")
        assert cursor.fetchone()[0] == 0


def test_an_archive_written_before_the_accounts_app_still_imports(tmp_path):
    import json
    import zipfile

    archive = tmp_path / "ancienne.zip"
    content = [
        {"model": "auth.user", "pk": 7, "fields": {"username": "jeanne", "password": "!"}},
        {"model": "newsroom.auditevent", "pk": 1,
         "fields": {"at": "2026-11-27T10:00:00Z", "user": ["jeanne"], "username": "jeanne",
                    "action": "login", "address": "203.0.113.9"}},
        {"model": "newsroom.twofactordevice", "pk": 1,
         "fields": {"user": ["jeanne"], "secret": "JBSWY3DPEHPK3PXP", "last_step": 3}},
    ]  # fmt: skip
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1}))
        zf.writestr("content.json", json.dumps(content))
    call_command("import_content", str(archive), stdout=StringIO())
    assert AuditEvent.objects.get().user.username == "jeanne"
    device = TOTPDevice.objects.get()
    assert device.bin_key == __import__("base64").b32decode("JBSWY3DPEHPK3PXP")
    assert device.confirmed is False and device.user.username == "jeanne"
