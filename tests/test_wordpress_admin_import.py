"""A superuser imports a WordPress export from the admin: the file, then a page that
follows the run and shows its report. Nobody else may; a wrong file is refused in French."""

import json
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, Publication, WordPressImport
from tests.test_wordpress_import import export, jpeg

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for(pk, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        run = WordPressImport.objects.get(pk=pk)
        if run.status in ("done", "failed"):
            return run
        time.sleep(0.2)
    raise AssertionError("the import did not finish")


def test_a_superuser_imports_from_the_admin_and_follows_it(
    admin_client, tmp_path, imports_root, media_root
):
    jpeg(tmp_path / "uploads" / "2020" / "11" / "sidi-abdellah.jpg")
    response = admin_client.post(
        "/admin/articles/wordpressimport/add/",
        {
            "export": SimpleUploadedFile("frenchweb.xml", export().bytes(), "text/xml"),
            "publication": Publication.objects.default().pk,
            "uploads": str(tmp_path / "uploads"),
            "default_credit": "",
        },
    )
    assert response.status_code == 302
    run = WordPressImport.objects.get()
    assert response["Location"].endswith(f"/admin/articles/wordpressimport/{run.pk}/change/")
    # The export is kept privately, never where the web server publishes media.
    assert str(imports_root) in run.export.path and str(media_root) not in run.export.path
    run = wait_for(run.pk)
    assert run.status == "done" and run.percent == 100
    assert Article.objects.filter(slug="la-suite").exists()
    page = admin_client.get(response["Location"]).content.decode()
    assert "Articles : 9 créé(s)" in page and "Terminé" in page
    assert 'http-equiv="refresh"' not in page  # finished: no more refreshing
    # The whole report, every warning, as a file the superuser downloads.
    report = f"/admin/articles/wordpressimport/{run.pk}/rapport/"
    assert report in page
    response = admin_client.get(report)
    data = json.loads(b"".join(response.streaming_content))
    assert response["Content-Disposition"].startswith("attachment")
    assert len(data["warnings"]) == data["warning_count"] == run.report["warning_count"] > 5


def test_a_run_in_progress_refreshes_its_page(admin_client, imports_root):
    from django.core.files.base import ContentFile

    run = WordPressImport(
        publication=Publication.objects.default(), status="running", total_bytes=200, done_bytes=50
    )
    run.export.save("x.xml", ContentFile(b"<rss/>"))
    page = admin_client.get(f"/admin/articles/wordpressimport/{run.pk}/change/").content.decode()
    assert 'http-equiv="refresh"' in page and "En cours (25 %)" in page


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("export", SimpleUploadedFile("notes.txt", b"hello"), "Envoyez le fichier .xml"),
        ("uploads", "/nulle/part", "Dossier introuvable sur le serveur"),
    ],
)
def test_a_wrong_file_or_folder_is_refused_in_french(admin_client, field, value, message):
    data = {
        "export": SimpleUploadedFile("frenchweb.xml", export().bytes(), "text/xml"),
        "publication": Publication.objects.default().pk,
        "uploads": "",
    } | {field: value}
    response = admin_client.post("/admin/articles/wordpressimport/add/", data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not WordPressImport.objects.exists()


def test_only_superusers_may_import(client, editor):
    client.force_login(editor)
    assert client.get("/admin/articles/wordpressimport/add/").status_code == 403
    response = client.post(
        "/admin/articles/wordpressimport/add/",
        {
            "export": SimpleUploadedFile("x.xml", export().bytes()),
            "publication": Publication.objects.default().pk,
        },
    )
    assert response.status_code == 403 and not WordPressImport.objects.exists()


def test_only_superusers_read_a_runs_report(client, editor, imports_root):
    from django.core.files.base import ContentFile

    from articles.wordpress.runs import report_path

    run = WordPressImport(publication=Publication.objects.default(), status="done")
    run.export.save("x.xml", ContentFile(b"<rss/>"))
    with open(report_path(run), "w") as file:
        file.write('{"warnings": []}')
    client.force_login(editor)
    response = client.get(f"/admin/articles/wordpressimport/{run.pk}/rapport/")
    assert response.status_code == 403 and not hasattr(response, "streaming_content")
