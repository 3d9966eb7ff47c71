"""Photos inside a body: a figure names a photo of the library (the editor's Figure
extension, the WordPress import's captions); the page shows it from the library with its
credit, while its rights last; no other image ever enters a body."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import BODY_EDITOR
from articles.sanitizer import sanitize_html
from tests.factories import make_article, make_photo

pytestmark = pytest.mark.django_db


def figure(photo, caption="Le site, vu du ciel."):
    return (
        f'<figure class="figure"><img src="{photo.image.url}" alt="{photo.alt_text}" '
        f'data-file="{photo.pk}"><figcaption>{caption}</figcaption></figure>'
    )


def test_a_body_figure_shows_the_library_photo_with_its_caption_and_credit(media_backend, client):
    photo = make_photo(credit="APS")
    article = make_article(body=f"<p>Avant.</p>{figure(photo)}<p>Après.</p>")
    # Kept whole by the sanitiser, with the original's address: under MEDIA_URL, or the
    # bucket's on S3 (for the editor; the page shows it from the library).
    assert figure(photo) in article.body
    assert photo.image.url.startswith("http://127.0.0.1:" if media_backend == "s3" else "/media/")
    page = client.get(article.get_absolute_url()).content.decode()
    body = page.split('class="article__body"')[1]
    assert '<figure class="article__figure"><picture>' in body
    assert 'srcset="/media/renditions/' in body and 'loading="lazy"' in body
    assert 'Le site, vu du ciel. <span class="credit">crédits photo : APS</span>' in body
    assert body.index("Avant.") < body.index("article__figure") < body.index("Après.")


def test_a_figure_whose_rights_expired_or_whose_photo_is_gone_is_left_out(client):
    expired = make_photo(rights_expire_on=timezone.localdate() - timedelta(days=1))
    gone = make_photo()
    article = make_article(body=f"<p>Texte.</p>{figure(expired)}{figure(gone, 'Perdue')}")
    gone.delete()
    body = client.get(article.get_absolute_url()).content.decode().split("article__body")[1]
    assert "<figure" not in body.split("</div>")[0] and "Perdue" not in body
    assert "Texte." in body


def test_a_body_without_figures_costs_no_query_for_them(client):
    article = make_article(body="<p>Rien que du texte.</p>")
    client.get(article.get_absolute_url())  # warm the chrome
    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url())
    assert not any("articles_photo" in q["sql"] and "IN (" in q["sql"] for q in queries)


@pytest.mark.parametrize(
    ("markup", "kept"),
    [
        ('<img src="https://tracker.example/p.gif" data-file="3">', '<img data-file="3">'),
        ('<p><img src="/media/photos/a.jpg"></p>', ""),  # no photo named: removed
        ('<figure class="figure"><img src="/media/a.jpg" data-file="7" onerror="alert(1)" '
         'alt="x"></figure>', '<figure class="figure"><img src="/media/a.jpg" data-file="7" '
         'alt="x"></figure>'),
        ('<img src="javascript:alert(1)" data-file="2">', '<img data-file="2">'),
        ('<img src="//evil.example/media/a.jpg" data-file="2">', '<img data-file="2">'),
        ('<img src="/media/../admin/" data-file="2">', '<img data-file="2">'),
        ('<img src="/media/a.jpg" data-file="2 OR 1=1">', ""),
        ('<img src="/media/a.jpg" data-file="٣">', ""),  # digits, ASCII only
        ('<figure class="figure" style="position:fixed">x</figure>',
         '<figure class="figure">x</figure>'),
        ('<figure class="evil">x</figure>', "<figure>x</figure>"),
    ],
)  # fmt: skip
def test_the_sanitiser_keeps_a_figure_of_the_library_and_no_other_image(markup, kept):
    assert sanitize_html(markup) == kept


def test_only_the_storage_s_own_address_is_kept_on_a_bucket(settings):
    """Media on a CDN: its files' addresses are the library's; any other host, or a path
    that climbs out of the storage, is dropped."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "media", "custom_domain": "cdn.example.fr",
                        "querystring_auth": False},
        },
    }  # fmt: skip
    for src, kept in [
        ("https://cdn.example.fr/photos/2026/12/ab12.jpg", True),
        ("https://cdn.example.fr.evil.example/photos/a.jpg", False),
        ("https://evil.example/https://cdn.example.fr/photos/a.jpg", False),
        ("http://cdn.example.fr/photos/a.jpg", False),  # not the storage's own scheme
        ("https://cdn.example.fr/photos/../../admin/", False),
        ("https://cdn.example.fr/", False),
        ("/media/photos/a.jpg", True),  # MEDIA_URL, as before
    ]:
        markup = f'<img src="{src}" data-file="3">'
        assert sanitize_html(markup) == (markup if kept else '<img data-file="3">'), src


def test_the_editor_can_keep_and_make_figures():
    assert BODY_EDITOR["Figure"] is True
