"""export_content writes a complete archive; import_content restores it into an empty
database, and the public pages come out byte for byte the same."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import AuditEvent, GroupSecurity
from accounts.two_factor import new_backup_codes
from api.models import ApiKey, ApiUsage
from articles import services, trash
from articles.models import (
    Article,
    ArticleView,
    BreakingNews,
    Correction,
    ImportedItem,
    Photo,
    Redirect,
    TrashedItem,
)
from core import registry
from partners import selection
from partners.models import Banner, BannerStat, Lead
from tests import media

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
    Redirect.objects.create(publication=seed.publication, old_path="/?p=409123", new_url="/")
    ImportedItem.objects.create(
        source="www.frenchweb.fr", kind="article", key="409123", object_id=seed.pk,
        old_url="/2020/11/10/seed", fingerprint="0" * 64, local_version=seed.version,
    )  # fmt: skip
    BannerStat.objects.create(banner=Banner.objects.first(), day="2020-11-11", impressions=3)
    BreakingNews.objects.create(
        text="Alerte", starts_at="2020-01-01T00:00Z", ends_at="2020-01-02T00:00Z"
    )
    services.create_preview_link(article=seed, user=marc)
    Photo.objects.filter(pk=seed.lead_photo_id).first().tags.add("Alger")
    trash.trash_article(Article.objects.published().last(), marc)
    api_key, _ = ApiKey.issue(name="Appli mobile", owner=marc, allowed_origins="https://a.example")
    ApiUsage.objects.create(key=api_key, day="2020-11-11", requests=12, refused=1)


def test_export_then_import_into_an_empty_database_gives_the_same_site(
    media_backend, client, tmp_path, monkeypatch
):
    # Banner tokens name their 6-hour period: the comparison must not straddle two.
    monkeypatch.setattr(selection, "token_period", lambda now=None: 1)
    every_kind_of_row()
    before = snapshot(client)
    counts = {model: model._default_manager.count() for model in registry.archived_models()}
    empty = [model._meta.label for model, count in counts.items() if not count]
    assert empty == [], "give every_kind_of_row() a row of each archived model"
    stored = media.names()
    assert any(name.startswith("renditions/") for name in stored)  # made when photos were saved
    uploads = {name: media.read(name) for name in stored if not name.startswith("renditions/")}
    assert any(name.startswith("photos/") for name in uploads)
    archive = tmp_path / "sauvegarde.zip"
    out = StringIO()
    call_command("export_content", str(archive), stdout=out)
    assert "objets" in out.getvalue()

    # Everything gone: an empty, migrated database and no media.
    call_command("flush", interactive=False, verbosity=0)
    for name in stored:
        default_storage.delete(name)
    assert media.names() == []
    assert not Article.objects.exists()
    assert Group.objects.filter(name="Journalistes").exists()  # the roles come back by migration

    call_command("import_content", str(archive), stdout=StringIO())
    assert {model: model._default_manager.count() for model in counts} == counts
    assert User.objects.get(username="jdussueil").groups.filter(name="Journalistes").exists()
    # The uploads came back, byte for byte; renditions are not archived (made again).
    assert {name: media.read(name) for name in media.names()} == uploads
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


def jpeg_bytes():
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "JPEG")
    return out.getvalue()


def write_archive(path, content, media=(), *, signed=True):
    """An archive as export_content writes it (signed with this site's key), or unsigned
    (format 1, before signatures), holding ``content`` and ``media`` [(name, bytes)]."""
    import hashlib
    import json
    import zipfile

    from newsroom import archive

    members = [("content.json", json.dumps(content).encode()), *media]
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in members}
    manifest = (
        {"format": 2, "files": digests, "signature": archive._signature(digests)}
        if signed
        else {"format": 1}
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members:
            zf.writestr(name, data)
    return path


def refused(path, match, **options):
    with pytest.raises(CommandError, match=match):
        call_command("import_content", str(path), stdout=StringIO(), **options)


def nothing_written(settings):
    from articles.models import Page

    assert not Page.objects.exists() and not User.objects.exists()
    assert media.names() == []  # the media folder, or the bucket


PAGE = {"model": "articles.page", "pk": 1, "fields": {"title": "Contact", "slug": "contact",
        "body": "<p>Écrivez-nous</p>", "is_in_footer": True, "position": 1,
        "updated_at": "2026-11-27T10:00:00Z"}}  # fmt: skip


def test_import_never_writes_outside_the_media_folder(media_backend, tmp_path, settings):
    """A real image whose name climbs out of the media folder: only the ``..`` guard stops
    it (the name ends in .jpg and the bytes are a JPEG)."""
    folder = Path(settings.MEDIA_ROOT)
    folder.mkdir(parents=True, exist_ok=True)
    climbs = ["media/../../evil.jpg", "media/photos/../../../evil.jpg", "media/a/../../evil.jpg"]
    for name in climbs:
        path = write_archive(tmp_path / "piege.zip", [PAGE], [(name, jpeg_bytes())])
        refused(path, "sortirait du dossier des médias")
        target = (folder / name.removeprefix("media/")).resolve()
        assert not target.exists(), target
        nothing_written(settings)
    assert not any(p.is_file() for p in tmp_path.rglob("evil.jpg"))
    assert not Path("/etc/evil.jpg").exists()


def test_an_archive_not_signed_by_this_site_is_refused_unless_told(tmp_path, settings):
    unsigned = write_archive(tmp_path / "a.zip", [PAGE], signed=False)
    refused(unsigned, "pas signée avec la clé de ce site")
    settings.SECRET_KEY = "la-clé-d-un-autre-site-" * 3
    elsewhere = write_archive(tmp_path / "b.zip", [PAGE])
    settings.SECRET_KEY = settings.SECRET_KEY[::-1]
    refused(elsewhere, "pas signée avec la clé de ce site")
    nothing_written(settings)
    call_command("import_content", str(elsewhere), stdout=StringIO(), trust_unsigned=True)
    assert client_sees_page()


def client_sees_page():
    from articles.models import Page

    return Page.objects.filter(slug="contact").exists()


def test_a_signed_archive_that_was_modified_is_refused(media_backend, tmp_path, settings):
    import zipfile

    path = write_archive(tmp_path / "a.zip", [PAGE], [("media/photos/a.jpg", jpeg_bytes())])
    changed = tmp_path / "b.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(changed, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "content.json":
                data = data.replace(b"Contact", b"Contakt")
            dst.writestr(name, data)
    refused(changed, "ne correspond pas à la signature")
    added = tmp_path / "c.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(added, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("media/photos/b.jpg", jpeg_bytes())
    refused(added, "ne correspond pas à la signature")
    nothing_written(settings)


def test_only_the_archived_models_are_imported(tmp_path, settings):
    for model in ("auth.permission", "sessions.session", "contenttypes.contenttype",
                  "admin.logentry"):  # fmt: skip
        item = {"model": model, "pk": 99, "fields": {}}
        path = write_archive(tmp_path / "a.zip", [PAGE, item])
        refused(path, f"que le site n’archive pas : {model}")
        refused(path, f"que le site n’archive pas : {model}", trust_unsigned=True)
    nothing_written(settings)


def test_bodies_are_sanitised_again_on_import(tmp_path, settings):
    hostile = dict(PAGE, fields=dict(PAGE["fields"], body=(
        '<p onclick="steal()">Écrivez<script>alert(1)</script>-nous</p>'
        '<a href="javascript:alert(1)">lien</a><img src=x onerror="alert(1)">'
    )))  # fmt: skip
    path = write_archive(tmp_path / "a.zip", [hostile], signed=False)
    call_command("import_content", str(path), stdout=StringIO(), trust_unsigned=True)
    from articles.models import Page

    body = Page.objects.get().body
    for needle in ("script", "onclick", "javascript:", "onerror", "alert"):
        assert needle not in body, body
    assert "Écrivez" in body


def test_an_invalid_object_refuses_the_archive_with_its_reason(media_backend, tmp_path, settings):
    bad = dict(PAGE, fields=dict(PAGE["fields"], slug="pas un slug !", title="x" * 300))
    path = write_archive(tmp_path / "a.zip", [bad], [("media/photos/a.jpg", jpeg_bytes())])
    refused(path, r"Objet refusé \(articles.page 1\)")
    nothing_written(settings)


@pytest.mark.parametrize(
    "name, data, match",
    [
        ("media/photos/page.html", b"<script>alert(1)</script>", "n’est pas une image"),
        ("media/photos/shell.php", None, "n’est pas une image"),  # a real JPEG, misnamed
        ("media/photos/fake.jpg", b"<svg onload=alert(1)>", "n’est pas une image lisible"),
        ("static/app.js", b"alert(1)", "Élément inattendu"),
    ],
)
def test_only_images_are_written_to_the_media_folder(
    media_backend, tmp_path, settings, name, data, match
):
    path = write_archive(tmp_path / "a.zip", [PAGE], [(name, data or jpeg_bytes())])
    refused(path, match)
    refused(path, match, trust_unsigned=True)
    nothing_written(settings)


def test_hostile_archive_files_get_a_french_error(tmp_path, settings):
    (tmp_path / "texte.zip").write_text("pas une archive")
    refused(tmp_path / "texte.zip", "n’est pas une archive .zip")
    refused(tmp_path / "absente.zip", "introuvable ou illisible")
    refused(write_archive(tmp_path / "a.zip", {"model": "x"}), "pas une liste d’objets")


def test_an_existing_account_is_never_overwritten(tmp_path, settings):
    User.objects.create_user("admin", password="secret-de-l-admin")
    intruder = {"model": "auth.user", "pk": 1, "fields": {
        "username": "admin", "password": "pbkdf2_sha256$1$x$y", "is_superuser": True}}  # fmt: skip
    refused(write_archive(tmp_path / "a.zip", [intruder]), "base vide")
    assert User.objects.get().check_password("secret-de-l-admin")


def test_an_export_is_readable_by_its_owner_only(tmp_path, demo):
    archive = tmp_path / "sauvegarde.zip"
    archive.write_bytes(b"")
    archive.chmod(0o644)  # an older export in its place
    call_command("export_content", str(archive), stdout=StringIO())
    assert archive.stat().st_mode & 0o777 == 0o600


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
        {"model": "auth.user", "pk": 8, "fields": {"username": "marc", "password": "!"}},
        {"model": "newsroom.twofactordevice", "pk": 2,
         "fields": {"user": ["marc"], "secret": "KRUGKIDROVUWG2ZA", "last_step": 59000000,
                    "confirmed_at": "2026-11-20T09:00:00Z"}},
    ]  # fmt: skip
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": 1}))
        zf.writestr("content.json", json.dumps(content))
    with pytest.raises(CommandError, match="pas signée"):
        call_command("import_content", str(archive), stdout=StringIO())
    call_command("import_content", str(archive), stdout=StringIO(), trust_unsigned=True)
    assert AuditEvent.objects.get().user.username == "jeanne"
    device = TOTPDevice.objects.get(user__username="jeanne")
    assert device.bin_key == __import__("base64").b32decode("JBSWY3DPEHPK3PXP")
    assert device.confirmed is False and device.last_t == 3
    # An enrolled device comes back enrolled, with its last used step (no replay).
    marc = TOTPDevice.objects.get(user__username="marc")
    assert marc.confirmed is True and marc.last_t == 59000000


def raw_archive(path, members):
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_each_refusal_says_what_is_wrong_in_full(tmp_path, settings):
    import json
    import re

    def exactly(path, message, **options):
        refused(path, f"^{re.escape(message)}$", **options)

    exactly(raw_archive(tmp_path / "a.zip", {"content.json": "[]"}),
            "L’archive n’a pas de manifeste lisible (manifest.json).")  # fmt: skip
    for manifest, shown in (([1, 2], "None"), ({"format": 9}, "9"), ({}, "None")):
        path = raw_archive(tmp_path / "b.zip", {"manifest.json": json.dumps(manifest)})
        exactly(path, f"Format d’archive inconnu : {shown}.")
    forged = raw_archive(tmp_path / "c.zip", {
        "manifest.json": json.dumps({"format": 2, "files": {}, "signature": "0" * 64}),
        "content.json": "[]",
    })  # fmt: skip
    exactly(forged, "L’archive n’est pas signée avec la clé de ce site (SECRET_KEY) : elle "
            "vient d’ailleurs ou a été modifiée. Si vous savez d’où elle vient, relancez "
            "avec --trust-unsigned.")  # fmt: skip
    not_json = raw_archive(tmp_path / "d.zip", {
        "manifest.json": json.dumps({"format": 1}), "content.json": "{pas du json"})  # fmt: skip
    exactly(not_json, "Le contenu de l’archive n’est pas du JSON valide.", trust_unsigned=True)
    for content in (["x"], [{"model": 1}], {"model": "articles.page"}):
        path = write_archive(tmp_path / "e.zip", content)
        exactly(path, "Le contenu de l’archive n’est pas une liste d’objets.")
    unknown = [{"model": "auth.permission", "pk": 1, "fields": {}},
               {"model": "x.y", "pk": 1, "fields": {}}]  # fmt: skip
    message = "L’archive contient des données que le site n’archive pas : auth.permission, x.y."
    exactly(write_archive(tmp_path / "f.zip", unknown), message)
    nothing_written(settings)


def test_an_invalid_object_is_refused_with_each_field_s_reason(tmp_path, settings):
    bad = dict(PAGE, fields=dict(PAGE["fields"], slug="pas un slug !", title="x" * 300))
    path = write_archive(tmp_path / "a.zip", [bad])
    with pytest.raises(CommandError) as error:
        call_command("import_content", str(path), stdout=StringIO())
    reasons = str(error.value).split(" : ", 1)[1]
    assert reasons.startswith("title : Assurez-vous que cette valeur comporte au plus 200")
    assert "; slug : " in reasons and "lettres" in reasons
    nothing_written(settings)


def test_an_import_reports_what_it_restored_even_a_section_listed_before_its_parent(tmp_path):
    """An archive's order is not always dependencies first (a sub-section may come before its
    parent): references forward are resolved, and the count shown is the objects restored."""
    child = {"model": "articles.category", "pk": 2, "fields": {
        "name": "Afrique", "slug": "afrique", "parent": 1, "position": 1}}  # fmt: skip
    parent = {"model": "articles.category", "pk": 1, "fields": {
        "name": "Actualité", "slug": "actualite", "position": 2}}  # fmt: skip
    path = write_archive(tmp_path / "a.zip", [child, parent, PAGE])
    output = StringIO()
    call_command("import_content", str(path), stdout=output)
    assert "Importé : 3 objets, 0 fichiers médias." in output.getvalue()
    from articles.models import Category

    assert Category.objects.get(slug="afrique").parent.slug == "actualite"


def test_a_model_s_own_rules_still_refuse_an_archive_once_its_links_are_known(tmp_path, settings):
    """Three levels of sections (the model allows two) are refused, whatever their order."""
    rows = [
        {"model": "articles.category", "pk": pk, "fields": {
            "name": f"Rubrique {pk}", "slug": f"r{pk}", "parent": parent, "position": pk}}
        for pk, parent in ((3, 2), (2, 1), (1, None))
    ]  # fmt: skip
    refused(
        write_archive(tmp_path / "a.zip", [*rows, PAGE]),
        "^Objet refusé \\(articles.category 3\\) : parent : La rubrique parente doit être une "
        "rubrique de premier niveau.$",
    )
    nothing_written(settings)
    from articles.models import Category

    assert not Category.objects.exists()


def test_the_other_refusals_say_what_is_wrong_in_full(tmp_path, settings, demo):
    """Found by the mutation audit: these refusals were only matched by a word or two."""
    import re

    from newsroom import archive

    def exactly(path, message, **options):
        refused(path, f"^{re.escape(message)}$", **options)

    # Not empty: the first three kinds of content found, named in French.
    with pytest.raises(archive.NotEmpty) as error:
        archive.import_from(tmp_path / "nowhere.zip")
    assert re.fullmatch(
        r"La base contient déjà des données \([^,()]+, [^,()]+, [^,()]+\) : importez dans une "
        r"base vide \(migrate sur une base neuve\)\.",
        str(error.value),
    ), str(error.value)
    assert "articles" in str(error.value) or "rubriques" in str(error.value)


def test_the_refusals_of_a_broken_archive_say_what_is_wrong_in_full(tmp_path, settings):
    import json
    import re

    def exactly(path, message, **options):
        refused(path, f"^{re.escape(message)}$", **options)

    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"pas un zip")
    exactly(not_zip, "Ce fichier n’est pas une archive .zip d’export_content.")
    empty = raw_archive(tmp_path / "a.zip", {"manifest.json": json.dumps({"format": 1})})
    exactly(empty, "L’archive n’a pas de contenu (content.json).", trust_unsigned=True)
    path = write_archive(tmp_path / "b.zip", [], media=[("media/photos/a.jpg", jpeg_bytes())])
    import zipfile

    with zipfile.ZipFile(path) as whole, zipfile.ZipFile(tmp_path / "c.zip", "w") as cut:
        for info in whole.infolist():
            if info.filename != "media/photos/a.jpg":  # a signed file left out
                cut.writestr(info, whole.read(info))
    exactly(tmp_path / "c.zip", "L’archive est incomplète : il lui manque des fichiers signés.")
    nothing_written(settings)


def test_a_member_name_with_a_backslash_is_refused(tmp_path, settings):
    path = write_archive(tmp_path / "a.zip", [], media=[("media\\..\\evil.jpg", jpeg_bytes())])
    refused(path, "^Élément inattendu dans l’archive : « media\\\\\\.\\.\\\\evil\\.jpg »\\.$")
    path = write_archive(tmp_path / "b.zip", [], media=[("media/a\\b.jpg", jpeg_bytes())])
    refused(path, "Élément inattendu dans l’archive")
    nothing_written(settings)


def test_an_unsigned_archive_is_refused_by_default_whoever_calls(tmp_path, settings):
    """The safe default is the function's own, not only the command's."""
    from newsroom import archive

    path = write_archive(tmp_path / "a.zip", [PAGE], signed=False)
    with pytest.raises(archive.Unsigned):
        archive.import_from(path)
    nothing_written(settings)


def test_an_object_the_database_refuses_is_named_in_french(tmp_path, settings):
    """Found by the mutation audit's new tests: a section that is its own parent met the
    database's CHECK constraint: a traceback (IntegrityError), not a French refusal."""
    section = {"model": "articles.category", "pk": 7, "fields": {
        "name": "Boucle", "slug": "boucle", "parent": 7, "position": 0,
        "is_in_navigation": True, "is_lead": False, "description": "",
    }}  # fmt: skip
    with pytest.raises(CommandError) as error:
        call_command("import_content", str(write_archive(tmp_path / "a.zip", [section])),
                     stdout=StringIO())  # fmt: skip
    assert str(error.value) == (
        "Objet refusé (articles.category 7) : objet : Une rubrique ne peut pas être sa propre "
        "parente."
    )
    nothing_written(settings)
    # A link to an object the archive does not hold: the plain fact.
    section = dict(section, fields=dict(section["fields"], parent=99))
    with pytest.raises(CommandError) as error:
        call_command("import_content", str(write_archive(tmp_path / "b.zip", [section])),
                     stdout=StringIO())  # fmt: skip
    assert str(error.value) == (
        "Objet refusé (articles.category 7) : la base de données le refuse (un lien vers un "
        "objet absent de l’archive, ou une valeur déjà prise)."
    )
    nothing_written(settings)


def test_new_digests_without_the_key_are_refused(tmp_path, settings):
    """Found by the mutation audit: the signature must cover the files' digests. A forger who
    changes a file and writes its new digest in the manifest cannot sign it."""
    import hashlib
    import json
    import zipfile

    path = write_archive(tmp_path / "a.zip", [PAGE])
    forged = tmp_path / "b.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        content = src.read("content.json").replace(b"Contact", b"Contakt")
        manifest["files"]["content.json"] = hashlib.sha256(content).hexdigest()
        dst.writestr("manifest.json", json.dumps(manifest))  # the old signature kept
        dst.writestr("content.json", content)
    refused(forged, "pas signée avec la clé de ce site")
    nothing_written(settings)
