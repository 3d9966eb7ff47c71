"""French typography on save: right spaces, apostrophes and ellipses, nothing broken."""

import pytest

from articles.typography import NBSP, NNBSP, typeset_html, typeset_text
from tests.factories import make_article

N, B = NNBSP, NBSP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CES: Drones désinfectants", f"CES{B}: Drones désinfectants"),
        ("anti-Covid?", f"anti-Covid{N}?"),
        ("Vraiment ? Oui !", f"Vraiment{N}? Oui{N}!"),
        ("Quoi ?!", f"Quoi{N}?!"),
        ("un point ; un autre", f"un point{N}; un autre"),
        ("«la Semaine du Web»", f"«{N}la Semaine du Web{N}»"),
        ("« déjà espacé »", f"«{N}déjà espacé{N}»"),
        ("L'Algérie et l'ANPT", "L’Algérie et l’ANPT"),
        ("Et puis...", "Et puis…"),
        ("Rendez-vous à 14:30 précises", "Rendez-vous à 14:30 précises"),
        (
            "Voir https://example.com/?q=1&a=2 ou www.anpt.dz/?x=1 !",
            f"Voir https://example.com/?q=1&a=2 ou www.anpt.dz/?x=1{N}!",
        ),
        (
            "Écrire à redaction@newsroom.example : merci",
            f"Écrire à redaction@newsroom.example{B}: merci",
        ),
        ("Note : fin", f"Note{B}: fin"),
        ("ratio 16:9", "ratio 16:9"),
        ("", ""),
    ],
)
def test_plain_text(text, expected):
    assert typeset_text(text) == expected
    assert typeset_text(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            '<p>Un <a href="https://example.com/?a=1&amp;b=2" title="Quoi?">lien</a> !</p>',
            f'<p>Un <a href="https://example.com/?a=1&amp;b=2" title="Quoi?">lien</a>{N}!</p>',
        ),
        (
            "<p><strong>Attention</strong> : important</p>",
            f"<p><strong>Attention</strong>{B}: important</p>",
        ),
        (
            "<p>Le code <code>a ? b : c</code> reste tel quel.</p>",
            "<p>Le code <code>a ? b : c</code> reste tel quel.</p>",
        ),
        ("<p>R&amp;D ; fin</p>", f"<p>R&amp;D{N}; fin</p>"),
        ("<p>&lt;b&gt; n’est pas une balise</p>", "<p>&lt;b&gt; n’est pas une balise</p>"),
        (
            '<blockquote><p>"English quotes" stay</p></blockquote>',
            '<blockquote><p>"English quotes" stay</p></blockquote>',
        ),
        ("<h2>Pourquoi?</h2><p>Parce que.</p>", f"<h2>Pourquoi{N}?</h2><p>Parce que.</p>"),
        ("<p>fin</p><p>: début</p>", "<p>fin</p><p>: début</p>"),
    ],
)
def test_html(markup, expected):
    assert typeset_html(markup) == expected
    assert typeset_html(expected) == expected


@pytest.mark.django_db
def test_article_is_typeset_on_save_and_saving_twice_changes_nothing():
    article = make_article(
        title="CES: quelles innovations?",
        standfirst="L'essentiel... en bref !",
        body="<p>«Bonjour» : il est 14:30 ; voir https://example.com/?a=1.</p>",
    )
    article.refresh_from_db()
    assert article.title == f"CES{B}: quelles innovations{N}?"
    assert article.standfirst == f"L’essentiel… en bref{N}!"
    assert (
        article.body
        == f"<p>«{N}Bonjour{N}»{B}: il est 14:30{N}; voir https://example.com/?a=1.</p>"
    )
    before = (article.title, article.standfirst, article.body)
    article.save()
    article.refresh_from_db()
    assert (article.title, article.standfirst, article.body) == before


@pytest.mark.parametrize(
    "text",
    ["a" * 60_000, "a" + " " * 60_000 + "b", "." * 60_000, "a.b+c-" * 10_000,
     "a" + "\u00a0" * 60_000 + "!", "a" + " " * 60_000 + ":x", "«" * 60_000],
)  # fmt: skip
def test_60_kb_of_hostile_text_is_typeset_in_linear_time(text):
    """Each of these took seconds to half a minute (the worker's timeout) before."""
    import time

    started = time.perf_counter()
    typeset_text(text)
    typeset_html(f"<p>{text}</p>")
    assert time.perf_counter() - started < 0.5


@pytest.mark.django_db
def test_a_standfirst_has_a_length_limit_in_french(client, editor):
    client.force_login(editor)
    response = client.post(
        "/admin/articles/article/add/",
        {"title": "Un titre", "standfirst": "x" * 1001, "body": "<p>x</p>",
         "articleauthor_set-TOTAL_FORMS": "0", "articleauthor_set-INITIAL_FORMS": "0",
         "related_links-TOTAL_FORMS": "0", "related_links-INITIAL_FORMS": "0"},
    )  # fmt: skip
    assert "au plus 1000 caractères" in response.content.decode()
