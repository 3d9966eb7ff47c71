"""Article bodies are cleaned against the editor's allow-list on save."""

import pytest

from articles.sanitizer import sanitize_html
from tests.factories import make_article


def test_script_tags_are_removed_with_their_content():
    assert sanitize_html("<p>Texte<script>alert(1)</script></p>") == "<p>Texte</p>"


def test_event_handlers_and_styles_are_removed():
    html = sanitize_html(
        '<p onclick="steal()" style="color:red">Texte</p><img src=x onerror=alert(1)>'
    )
    assert html == "<p>Texte</p>"


# Every attribute-carrying tag of the allow-list (``a``: href, title; ``ol``: start), so that an
# event handler slipped into one tag's allowed attributes, or allowed on every tag, is seen.
EVENT_HANDLERS = ["onclick", "onmouseover", "onfocus", "onerror", "onload", "onpointerdown"]


@pytest.mark.parametrize("handler", EVENT_HANDLERS)
def test_event_handlers_are_removed_from_links_and_their_allowed_attributes_kept(handler):
    html = sanitize_html(f'<p><a href="/x" title="t" {handler}="steal()">lien</a></p>')
    assert html == '<p><a href="/x" title="t">lien</a></p>'


@pytest.mark.parametrize("handler", EVENT_HANDLERS)
def test_event_handlers_are_removed_from_ordered_lists_and_start_kept(handler):
    html = sanitize_html(f'<ol start="3" {handler}="steal()"><li>un</li></ol>')
    assert html == '<ol start="3"><li>un</li></ol>'


def test_unquoted_and_slash_separated_event_handlers_on_links_are_removed():
    html = sanitize_html(
        '<p><a href=/x onmouseover=alert(1)>a</a><a href="/y"/onclick="alert(1)">b</a></p>'
    )
    assert html == '<p><a href="/x">a</a><a href="/y">b</a></p>'


def test_javascript_urls_are_removed_from_links_that_carry_other_attributes():
    html = sanitize_html(
        '<p><a href="javascript:alert(1)" title="t">a</a>'
        '<a href=" javascript:alert(1)" title="t">b</a>'
        '<a href="java&#x09;script:alert(1)" title="t">c</a>'
        '<a href="&#106;avascript:alert(1)" title="t">d</a>'
        '<a href="vbscript:msgbox(1)" title="t">e</a></p>'
    )
    assert "script" not in html.lower()
    assert html == (
        '<p><a title="t">a</a><a title="t">b</a><a title="t">c</a><a title="t">d</a>'
        '<a title="t">e</a></p>'
    )


def test_javascript_and_data_urls_are_removed():
    html = sanitize_html(
        '<p><a href="javascript:alert(1)">a</a><a href="JaVaScRiPt&#58;alert(1)">b</a>'
        '<a href="data:text/html,<script>alert(1)</script>">c</a></p>'
    )
    assert "javascript" not in html.lower()
    assert "data:" not in html
    assert html == "<p><a>a</a><a>b</a><a>c</a></p>"


def test_iframes_forms_and_unknown_tags_are_removed():
    html = sanitize_html(
        '<iframe src="https://evil.example"></iframe><form><input></form><h1>Titre</h1>'
    )
    assert "<iframe" not in html and "<form" not in html and "<input" not in html
    assert "<h1" not in html


def test_editor_formatting_is_kept():
    html = (
        "<h2>Intertitre</h2><h3>Sous-titre</h3><p><strong>gras</strong> <em>italique</em> "
        '<a href="/articles/x/">lien</a></p><ul><li>un</li></ul><ol><li>deux</li></ol>'
        "<blockquote><p>«\u202fcitation\u202f»</p></blockquote>"
    )
    assert sanitize_html(html) == html


def test_external_links_get_noopener_and_internal_links_do_not():
    html = sanitize_html(
        '<p><a href="https://www.anpt.dz/">ANPT</a> '
        '<a href="http://127.0.0.1:8000/articles/x/">ici</a> '
        '<a href="/articles/y/">là</a> <a href="mailto:redaction@example.com">courriel</a></p>'
    )
    assert '<a href="https://www.anpt.dz/" rel="noopener">ANPT</a>' in html
    assert '<a href="http://127.0.0.1:8000/articles/x/">ici</a>' in html
    assert '<a href="/articles/y/">là</a>' in html
    assert '<a href="mailto:redaction@example.com">courriel</a>' in html


def test_a_forged_rel_attribute_is_replaced():
    html = sanitize_html('<p><a href="https://example.com/" rel="opener">x</a></p>')
    assert html == '<p><a href="https://example.com/" rel="noopener">x</a></p>'


def test_sanitising_twice_changes_nothing():
    once = sanitize_html(
        '<p><a href="https://example.com/?a=1&b=2" title="t">x</a><script>y</script></p>'
    )
    assert sanitize_html(once) == once


def test_an_empty_editor_document_is_an_empty_body():
    assert sanitize_html("<p></p>") == ""


@pytest.mark.django_db
def test_article_body_is_sanitised_on_save():
    article = make_article(body='<p onmouseover="x()">Bonjour<script>alert(1)</script></p>')
    article.refresh_from_db()
    assert article.body == "<p>Bonjour</p>"


def test_an_external_link_in_plain_http_gets_noopener_too():
    html = sanitize_html('<p><a href="http://www.example.org/page">x</a></p>')
    assert html == '<p><a href="http://www.example.org/page" rel="noopener">x</a></p>'


def test_a_protocol_relative_link_to_another_site_gets_noopener():
    html = sanitize_html('<p><a href="//www.example.org/page">x</a></p>')
    assert html == '<p><a href="//www.example.org/page" rel="noopener">x</a></p>'


def test_a_protocol_relative_link_to_the_site_itself_is_internal():
    html = sanitize_html('<p><a href="//127.0.0.1:8000/articles/x/">x</a></p>')
    assert html == '<p><a href="//127.0.0.1:8000/articles/x/">x</a></p>'


def test_a_link_to_the_sites_own_address_is_internal_even_off_allowed_hosts(settings):
    settings.SITE_URL = "https://www.journal.example"
    settings.ALLOWED_HOSTS = ["localhost"]
    html = sanitize_html('<p><a href="https://www.journal.example/articles/x/">x</a></p>')
    assert html == '<p><a href="https://www.journal.example/articles/x/">x</a></p>'


def test_an_empty_or_missing_body_is_an_empty_body():
    assert sanitize_html("") == ""
    assert sanitize_html(None) == ""


def test_an_editor_document_with_only_a_line_break_is_an_empty_body():
    assert sanitize_html("<p><br></p>") == ""
    assert sanitize_html("  <p><br></p>\n") == ""
