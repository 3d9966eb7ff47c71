"""export_content writes a complete archive; import_content restores it into an empty
database, and the public pages come out byte for byte the same."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command

from accounts.models import AuditEvent
from articles.models import Article, Photo
from partners.models import Banner, Lead

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


def test_export_then_import_into_an_empty_database_gives_the_same_site(client, tmp_path, settings):
    call_command("load_demo", stdout=StringIO())
    Lead.objects.create(name="A", company="B", email="a@b.example", budget="unknown", message="m")
    jeanne = User.objects.get(username="jdussueil")
    AuditEvent.objects.create(action="login", user=jeanne, username="jdussueil")
    before = snapshot(client)
    counts = (Article.objects.count(), Photo.objects.count(), Banner.objects.count())
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
    assert (Article.objects.count(), Photo.objects.count(), Banner.objects.count()) == counts
    assert Lead.objects.count() == 1 and AuditEvent.objects.filter(username="jdussueil").exists()
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


def test_import_refuses_a_database_that_is_not_empty(tmp_path):
    call_command("load_demo", stdout=StringIO())
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


def test_a_flush_leaves_no_orphan_in_the_search_index():
    from django.db import connection

    call_command("load_demo", stdout=StringIO())
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM articles_search")
        assert cursor.fetchone()[0] == 0
