"""WordPress post content → article body (articles.wordpress.content): WordPress's paragraph
rules, Gutenberg blocks, photo credits, shortcodes, images, embeds, links, hostile input.
Plain functions on strings: no database."""

import time

import pytest

from articles.wordpress.content import (
    Converted,
    convert_body,
    derive_standfirst,
    is_block_content,
    plain_text,
    split_credit,
    strip_blocks,
    wpautop,
)

UPLOADS = "https://old.example/wp-content/uploads/2020/11"
PHOTOS = {123: 7, 12: 8, 13: 9}  # attachment ID → PK of the photo imported from it
FILES = {f"{UPLOADS}/vue-d-alger.jpg": 5}  # image address → PK, for images without an ID
NEW_ADDRESSES = {
    "https://old.example/2020/11/03/visite-alger/": "/articles/visite-alger/",
    "https://old.example/?p=42": "/articles/budget-2021/",
}


class Importer:
    """The importer's callbacks, recording how they are called."""

    def __init__(self):
        self.photo_calls, self.link_calls = [], []

    def photo_for(self, *, url=None, attachment_id=None):
        self.photo_calls.append((url, attachment_id))
        return PHOTOS.get(attachment_id) or FILES.get(url)

    def link_for(self, href):
        self.link_calls.append(href)
        return NEW_ADDRESSES.get(href)


def convert(content, importer=None):
    importer = importer or Importer()
    return convert_body(content, photo_for=importer.photo_for, link_for=importer.link_for)


# wpautop ------------------------------------------------------------------------------------


def test_wpautop_makes_paragraphs_of_blank_line_separated_text_and_br_of_single_newlines():
    text = (
        "Le Premier ministre est arrivé lundi à Alger.\nIl a été reçu par son homologue.\n\n"
        "La visite durera deux jours."
    )
    assert wpautop(text) == (
        "<p>Le Premier ministre est arrivé lundi à Alger.<br>\n"
        "Il a été reçu par son homologue.</p>\n<p>La visite durera deux jours.</p>"
    )


def test_wpautop_normalises_windows_and_old_mac_newlines():
    assert wpautop("Un\r\n\r\nDeux\rTrois") == "<p>Un</p>\n<p>Deux<br>\nTrois</p>"


def test_wpautop_leaves_block_elements_unwrapped_and_without_br_around_them():
    text = "<h2>Contexte</h2>\nTexte\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<hr>\nFin"
    assert wpautop(text) == (
        "<h2>Contexte</h2>\n<p>Texte</p>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<hr>\n<p>Fin</p>"
    )


def test_wpautop_paragraphs_text_inside_a_blockquote_and_a_div():
    assert wpautop("<blockquote>« Nous avancerons »\n— le ministre</blockquote>") == (
        "<blockquote>\n<p>« Nous avancerons »<br>\n— le ministre</p>\n</blockquote>"
    )
    assert wpautop('<div class="encadre">Un\n\nDeux</div>') == (
        '<div class="encadre">\n<p>Un</p>\n<p>Deux</p>\n</div>'
    )


def test_wpautop_leaves_the_content_of_pre_untouched():
    assert wpautop("Code :\n<pre>ligne 1\n\nligne 3</pre>\nSuite") == (
        "<p>Code :</p>\n<pre>ligne 1\n\nligne 3</pre>\n<p>Suite</p>"
    )


def test_wpautop_puts_br_inside_inline_contexts_and_turns_double_br_into_paragraphs():
    assert wpautop("<h3>Titre\nsur deux lignes</h3>") == "<h3>Titre<br>\nsur deux lignes</h3>"
    assert (
        wpautop("Texte <strong>gras\nsuite</strong>")
        == "<p>Texte <strong>gras<br>\nsuite</strong></p>"
    )
    assert wpautop("Un<br /><br />Deux") == "<p>Un</p>\n<p>Deux</p>"
    assert wpautop("Ligne<br>\nsuivante") == "<p>Ligne<br>\nsuivante</p>"  # no second <br>


def test_wpautop_leaves_shortcodes_alone_on_their_line_unwrapped():
    text = (
        '[caption id="attachment_1" width="800"]<img src="a.jpg"> Légende[/caption]\n'
        'Texte\n[gallery ids="1,2"]\n\n[embed]https://youtu.be/x[/embed]'
    )
    assert wpautop(text) == (
        '[caption id="attachment_1" width="800"]<img src="a.jpg"> Légende[/caption]\n'
        '<p>Texte</p>\n[gallery ids="1,2"]\n[embed]https://youtu.be/x[/embed]'
    )


def test_wpautop_wraps_bracketed_words_that_are_not_shortcodes():
    assert wpautop("[Webinar] Accès aux services digitaux") == (
        "<p>[Webinar] Accès aux services digitaux</p>"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Un\nDeux\n\nTrois",
        "<p>Déjà en paragraphes</p>\n<p>Deuxième</p>",
        "<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\nTexte",
        "<blockquote>Citation\nsuite</blockquote>",
        "Avant\n<pre>a\n\nb</pre>\nAprès",
        "Texte\n<br>\nsuite",
        '[gallery ids="1"]\nTexte\n\n[vc_row]\nColonne\n[/vc_row]',
        "<table>\n<tr>\n<td>a\nb</td>\n</tr>\n</table>",
    ],
)
def test_wpautop_is_idempotent(text):
    once = wpautop(text)
    assert wpautop(once) == once


def test_wpautop_keeps_already_paragraphed_html():
    html = "<p>La loi de finances a été adoptée.</p>\n<p>Elle entre en vigueur en janvier.</p>"
    assert wpautop(html) == html


def test_nothing_converts_to_nothing():
    assert convert("") == Converted()
    assert convert(" \n ") == Converted()


def test_wpautop_of_nothing_is_nothing():
    assert wpautop("") == ""
    assert wpautop(" \n\n ") == ""


# Gutenberg blocks ---------------------------------------------------------------------------

GUTENBERG = f"""<!-- wp:paragraph -->
<p>La loi de finances 2021 a été adoptée mercredi par l’Assemblée.</p>
<!-- /wp:paragraph -->

<!-- wp:image {{"id":12,"sizeSlug":"large","linkDestination":"none"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/hemicycle-1024x683.jpg" alt="" \
class="wp-image-12"/><figcaption>L’hémicycle lors du vote — © Samir Sid</figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading {{"level":4}} -->
<h4>Ce qui change</h4>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><li>TVA&nbsp;: inchangée</li><li>Impôt sur le revenu&nbsp;: barème révisé</li></ul>
<!-- /wp:list -->

<!-- wp:embed {{"url":"https://twitter.com/APS_Algerie/status/1","type":"rich"}} -->
<figure class="wp-block-embed is-type-rich wp-block-embed-twitter"><div \
class="wp-block-embed__wrapper">
https://twitter.com/APS_Algerie/status/1
</div></figure>
<!-- /wp:embed -->

<!-- wp:separator /-->
<hr class="wp-block-separator"/>

<!-- wp:group -->
<div class="wp-block-group"><div class="wp-block-group__inner-container"><!-- wp:paragraph -->
<p>Lire aussi&nbsp;: <a href="https://old.example/?p=42">le budget 2021</a></p>
<!-- /wp:paragraph --></div></div>
<!-- /wp:group -->

<!-- wp:shortcode -->
[gallery ids="12,13"]
<!-- /wp:shortcode -->"""


def test_block_content_is_recognised_by_its_block_comments():
    assert is_block_content(GUTENBERG)
    assert not is_block_content("<p>Texte</p>\n\n<!-- more -->\nSuite")
    assert not is_block_content("")


def test_strip_blocks_drops_block_comments_and_keeps_their_html():
    html = (
        '<!-- wp:image {"id":12,"sizeSlug":"large"} -->\n<figure><img src="a.jpg"/></figure>\n'
        "<!-- /wp:image -->\n<!-- wp:separator /-->\n<hr/>\n<!-- wp:columns -->"
        "<!-- wp:column --><p>Un</p><!-- /wp:column --><!-- /wp:columns -->\n<!-- more -->"
    )
    assert strip_blocks(html) == (
        '\n<figure><img src="a.jpg"/></figure>\n\n\n<hr/>\n<p>Un</p>\n<!-- more -->'
    )


def test_a_gutenberg_post_is_converted_without_wpautop():
    converted = convert(GUTENBERG)
    assert converted.html == (
        "<p>La loi de finances 2021 a été adoptée mercredi par l’Assemblée.</p>"
        '<figure data-photo="8"><figcaption>L’hémicycle lors du vote</figcaption></figure>'
        "<h3>Ce qui change</h3>"
        "<ul><li>TVA&nbsp;: inchangée</li><li>Impôt sur le revenu&nbsp;: barème révisé</li></ul>"
        '<p><a href="https://twitter.com/APS_Algerie/status/1" rel="noopener">'
        "https://twitter.com/APS_Algerie/status/1</a></p>"
        "<hr>"
        '<p>Lire aussi&nbsp;: <a href="/articles/budget-2021/">le budget 2021</a></p>'
        '<figure data-photo="8"></figure><figure data-photo="9"></figure>'
    )
    assert converted.photos == [8, 9]
    assert (converted.removed_shortcodes, converted.missing_images, converted.warnings) == (
        [],
        [],
        [],
    )


def test_loose_text_of_block_content_is_paragraphed():
    html = "<!-- wp:paragraph --><p>Un</p><!-- /wp:paragraph -->\nTexte <em>libre</em>\n<p>Deux</p>"
    assert convert(html).html == "<p>Un</p><p>Texte <em>libre</em></p><p>Deux</p>"


# Credits ------------------------------------------------------------------------------------

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Le Premier ministre à Alger. Crédits photo : APS",
            ("Le Premier ministre à Alger.", "APS"),
        ),
        ("© Reuters", ("", "Reuters")),
        ("Vue d’Alger – Photo : Jean Dupont / AFP", ("Vue d’Alger", "Jean Dupont / AFP")),
        (f"Le port d’Oran (crédit{NBSP}: DR)", ("Le port d’Oran", "DR")),
        ("Le port d’Oran (c) APS.", ("Le port d’Oran", "APS")),
        (
            f"Crédit photo{NNBSP}: Sonatrach – La raffinerie de Skikda",
            ("La raffinerie de Skikda", "Sonatrach"),
        ),
        ("La raffinerie | Ph. : Karim Benali", ("La raffinerie", "Karim Benali")),
        ("Illustration : Freepik", ("", "Freepik")),
        ("Image: Wikimedia Commons", ("", "Wikimedia Commons")),
        ("Photo Samir Sid/APS", ("", "Samir Sid/APS")),
        ("Le stade du 5-Juillet / © Fayçal Métaoui", ("Le stade du 5-Juillet", "Fayçal Métaoui")),
        ("CRÉDITS : Ministère de la Santé", ("", "Ministère de la Santé")),
        ("Réunion du gouvernement — crédits photos: APS", ("Réunion du gouvernement", "APS")),
        ("Le wali d’Alger. Photo : Samir Sid.", ("Le wali d’Alger.", "Samir Sid")),
        ("(Photo : APS) Le wali d’Alger", ("Le wali d’Alger", "APS")),
        ("Le wali d’Alger ©APS", ("Le wali d’Alger", "APS")),
        ("Photo : J. Dupont. Vue d’Alger la nuit", ("Vue d’Alger la nuit", "J. Dupont")),
    ],
)
def test_split_credit_finds_french_credit_forms(caption, expected):
    assert split_credit(caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        "La photo : un paysage",
        "Le photographe de l’année à Oran",
        "Crédit immobilier : les taux remontent",
        "Des photos d’Alger la nuit",
        "Une image : la foule à Bab El Oued",
        "Le chapitre (c) du rapport",
        "Photo :",
    ],
)
def test_split_credit_leaves_captions_without_a_credit_alone(caption):
    assert split_credit(caption) == (caption, "")


def test_split_credit_of_an_empty_caption():
    assert split_credit("") == ("", "")
    assert split_credit("  ") == ("", "")


# Plain text and standfirst ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "L&#8217;Algérie &amp; la France&nbsp;: <em>un</em> partenariat",
            "L’Algérie & la France\u00a0: un partenariat",
        ),
        ("Le Premier ministre &rsquo;s&rsquo;engage&hellip;", "Le Premier ministre ’s’engage…"),
        ("  Titre\n\t sur <strong>deux</strong>\n lignes ", "Titre sur deux lignes"),
        ("Titre<br>suite<br/>fin", "Titre suite fin"),
        ("a < b et c > d", "a < b et c > d"),
        ("&lt;b&gt; n’est pas une balise", "<b> n’est pas une balise"),
        ("<p>Un</p><p>Deux</p>", "Un Deux"),
        ("", ""),
    ],
)
def test_plain_text(html, text):
    assert plain_text(html) == text


def test_derive_standfirst_takes_the_first_paragraph_with_text():
    body = '<figure data-photo="3"></figure><p> </p><p>Le <b>budget</b> est voté.</p><p>Suite</p>'
    assert derive_standfirst(body) == "Le budget est voté."


def test_derive_standfirst_cuts_at_a_word_boundary():
    body = "<p>Le gouvernement a présenté mercredi son projet de loi de finances pour 2021.</p>"
    assert derive_standfirst(body, limit=40) == "Le gouvernement a présenté mercredi son…"
    assert len(derive_standfirst(body, limit=40)) <= 40
    assert derive_standfirst(body, limit=200) == (
        "Le gouvernement a présenté mercredi son projet de loi de finances pour 2021."
    )


def test_derive_standfirst_of_a_body_without_text():
    assert derive_standfirst("") == ""
    assert derive_standfirst('<figure data-photo="3"></figure><hr>') == ""


# Captions, images and galleries -------------------------------------------------------------

CAPTION = (
    '[caption id="attachment_123" align="alignnone" width="800"]'
    f'<a href="{UPLOADS}/premier-ministre.jpg"><img class="wp-image-123 size-large" '
    f'src="{UPLOADS}/premier-ministre-800x450.jpg" alt="Le Premier ministre" width="800" '
    'height="450" /></a> Le Premier ministre à l’aéroport. Crédits photo : APS[/caption]'
)


def test_a_caption_with_an_imported_photo_becomes_a_figure_without_the_credit():
    importer = Importer()
    converted = convert(f"Avant.\n\n{CAPTION}\n\nAprès.", importer)
    assert converted.html == (
        '<p>Avant.</p><figure data-photo="7"><figcaption>Le Premier ministre à l’aéroport.'
        "</figcaption></figure><p>Après.</p>"
    )
    assert importer.photo_calls == [(f"{UPLOADS}/premier-ministre-800x450.jpg", 123)]
    assert converted.photos == [7]
    assert converted.missing_images == []


def test_a_caption_without_a_photo_keeps_its_text_and_reports_the_image():
    content = (
        '[caption id="attachment_999" align="alignleft" width="300"]'
        f'<img src="{UPLOADS}/perdu.jpg" alt="" /> La foule à Bab El Oued © APS[/caption]'
    )
    converted = convert(content)
    assert converted.html == "<p>La foule à Bab El Oued</p>"
    assert converted.missing_images == [f"{UPLOADS}/perdu.jpg"]
    assert converted.photos == []


def test_the_old_caption_attribute_form():
    content = (
        '[caption id="attachment_123" align="alignright" width="300" caption="L&#8217;arrivée '
        f'du ministre"]<img src="{UPLOADS}/a.jpg" alt="" />[/caption]'
    )
    assert convert(content).html == (
        '<figure data-photo="7"><figcaption>L’arrivée du ministre</figcaption></figure>'
    )


def test_an_image_inside_a_paragraph_becomes_a_figure_between_two_paragraphs():
    importer = Importer()
    content = f'Texte avant <img src="{UPLOADS}/vue-d-alger.jpg" alt="Alger" /> et après.'
    converted = convert(content, importer)
    assert converted.html == '<p>Texte avant</p><figure data-photo="5"></figure><p>et après.</p>'
    assert converted.photos == [5]
    assert importer.photo_calls == [(f"{UPLOADS}/vue-d-alger.jpg", None)]


def test_a_linked_image_loses_its_link_and_a_missing_one_goes():
    content = (
        f'<a href="{UPLOADS}/vue-d-alger.jpg"><img src="{UPLOADS}/vue-d-alger-300x200.jpg" '
        'class="alignnone size-medium wp-image-13" /></a>\n\n'
        f'<p>Texte <img src="{UPLOADS}/inconnue.png"> fin</p>'
    )
    converted = convert(content)
    assert converted.html == '<figure data-photo="9"></figure><p>Texte fin</p>'
    assert converted.missing_images == [f"{UPLOADS}/inconnue.png"]


def test_a_gutenberg_image_block_with_a_caption():
    content = (
        '<!-- wp:image {"id":12} --><figure class="wp-block-image"><a href="/x"><img '
        f'src="{UPLOADS}/b.jpg" alt="" class="wp-image-12"/></a><figcaption>Le port '
        "d’Alger <em>au petit matin</em> (Photo : APS)</figcaption></figure><!-- /wp:image -->"
    )
    assert convert(content).html == (
        '<figure data-photo="8"><figcaption>Le port d’Alger au petit matin</figcaption></figure>'
    )


def test_a_lazy_loaded_image_is_read_from_its_real_address_and_shown_once():
    content = (
        f'<p><img src="data:image/gif;base64,R0lGOD" data-src="{UPLOADS}/vue-d-alger.jpg" '
        f'class="lazyload"><noscript><img src="{UPLOADS}/vue-d-alger.jpg"></noscript></p>'
    )
    converted = convert(content)
    assert (converted.html, converted.warnings) == ('<figure data-photo="5"></figure>', [])


def test_the_same_photo_twice_is_listed_once():
    image = f'<img class="wp-image-12" src="{UPLOADS}/a.jpg">'
    content = f"{image}\n\n{image}"
    converted = convert(content)
    assert converted.html == '<figure data-photo="8"></figure><figure data-photo="8"></figure>'
    assert converted.photos == [8]


def test_a_gallery_becomes_one_figure_per_imported_photo():
    importer = Importer()
    converted = convert('Les images du sommet :\n\n[gallery columns="3" ids="12,13,14"]', importer)
    assert converted.html == (
        "<p>Les images du sommet :</p>"
        '<figure data-photo="8"></figure><figure data-photo="9"></figure>'
    )
    assert importer.photo_calls == [(None, 12), (None, 13), (None, 14)]
    assert converted.photos == [8, 9]
    assert converted.warnings == ["galerie : photo n° 14 non importée, retirée."]


def test_a_gallery_without_ids_is_removed_with_a_warning():
    converted = convert("Avant\n\n[gallery]\n\nAprès")
    assert converted.html == "<p>Avant</p><p>Après</p>"
    assert converted.warnings == ["galerie « [gallery] » sans identifiants de photos : retirée."]


# Embeds -------------------------------------------------------------------------------------


def test_embed_shortcodes_and_urls_alone_become_link_paragraphs():
    content = (
        "Regardez la conférence :\n\n[embed]https://www.youtube.com/watch?v=abc123[/embed]\n\n"
        "Et l’entretien :\nhttps://vimeo.com/123456\nFin du direct."
    )
    converted = convert(content)
    assert converted.html == (
        "<p>Regardez la conférence :</p>"
        '<p><a href="https://www.youtube.com/watch?v=abc123" rel="noopener">'
        "https://www.youtube.com/watch?v=abc123</a></p>"
        "<p>Et l’entretien :</p>"
        '<p><a href="https://vimeo.com/123456" rel="noopener">https://vimeo.com/123456</a></p>'
        "<p>Fin du direct.</p>"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://youtu.be/abc123",
        "https://twitter.com/APS_Algerie/status/1",
        "https://x.com/APS_Algerie/status/2",
        "https://www.instagram.com/p/Cabc/",
        "https://www.facebook.com/aps/videos/3/",
        "https://www.dailymotion.com/video/x7",
        "https://soundcloud.com/radio-algerie/emission",
        "https://open.spotify.com/episode/4",
    ],
)
def test_any_url_alone_on_its_line_is_a_link_never_an_iframe(url):
    html = convert(f"Voir :\n{url}\n").html
    assert html == f'<p>Voir :</p><p><a href="{url}" rel="noopener">{url}</a></p>'


def test_media_shortcodes_with_a_url_become_links():
    content = (
        "[youtube https://www.youtube.com/watch?v=abc&amp;t=10]\n\n"
        '[embed width="500"]<a href="https://vimeo.com/1">https://vimeo.com/1</a>[/embed]'
    )
    assert convert(content).html == (
        '<p><a href="https://www.youtube.com/watch?v=abc&amp;t=10" rel="noopener">'
        "https://www.youtube.com/watch?v=abc&amp;t=10</a></p>"
        '<p><a href="https://vimeo.com/1" rel="noopener">https://vimeo.com/1</a></p>'
    )


def test_an_embed_without_a_url_is_removed_and_listed():
    converted = convert("Avant [embed][/embed] après")
    assert (converted.html, converted.removed_shortcodes) == ("<p>Avant après</p>", ["embed"])


def test_a_url_inside_a_sentence_stays_text():
    assert convert("Voir https://youtu.be/abc123 pour la vidéo.").html == (
        "<p>Voir https://youtu.be/abc123 pour la vidéo.</p>"
    )


def test_iframes_scripts_and_styles_are_removed_with_a_warning():
    content = (
        '<iframe width="560" src="https://www.youtube.com/embed/abc123"></iframe>\n'
        '<blockquote class="twitter-tweet"><p>Le tweet</p></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script>\n'
        "<style>.x{color:red}</style>Texte"
    )
    converted = convert(content)
    assert converted.html == "<blockquote><p>Le tweet</p></blockquote><p>Texte</p>"
    assert converted.warnings == [
        "balise <iframe> retirée (https://www.youtube.com/embed/abc123).",
        "balise <script> retirée (https://platform.twitter.com/widgets.js).",
        "balise <style> retirée.",
    ]


# Shortcodes ---------------------------------------------------------------------------------


def test_other_shortcodes_are_removed_and_listed_enclosing_ones_keep_their_content():
    content = (
        '[vc_row][vc_column width="1/2"][vc_column_text]Texte de la colonne[/vc_column_text]'
        "[/vc_column][/vc_row]\n\n"
        '[contact-form-7 id="1" title="Contact"]\n\n'
        f'[audio mp3="{UPLOADS}/son.mp3"][/audio]\n\n[video src="{UPLOADS}/v.mp4"]\n\n'
        "[playlist]\n\n"
        '[note id="2"]Une note[/note] et [vc_row]encore[/vc_row]'
    )
    converted = convert(content)
    assert converted.html == "<p>Texte de la colonne</p><p>Une note et encore</p>"
    assert converted.removed_shortcodes == [
        "vc_row", "vc_column", "vc_column_text", "contact-form-7", "audio", "video", "playlist",
        "note",
    ]  # fmt: skip


def test_bracketed_words_that_are_not_shortcodes_stay():
    content = "[Webinar] Accès aux services digitaux [1] : le ministre [sic] et la [VIDÉO]."
    converted = convert(content)
    assert converted.html == (
        "<p>[Webinar] Accès aux services digitaux [1] : le ministre [sic] et la [VIDÉO].</p>"
    )
    assert converted.removed_shortcodes == []


def test_a_lowercase_name_is_a_shortcode_when_it_has_attributes_or_is_closed():
    converted = convert('[encadre couleur="bleu"]Texte[/encadre] [sic] [widget/]')
    assert converted.html == "<p>Texte [sic]</p>"
    assert converted.removed_shortcodes == ["encadre", "widget"]


def test_escaped_shortcodes_become_literal_text():
    converted = convert(
        'Écrivez [[gallery ids="1,2"]], [[caption]] ou [[note]texte[/note]] dans l’éditeur.'
    )
    assert converted.html == (
        '<p>Écrivez [gallery ids="1,2"], [caption] ou [note]texte[/note] dans l’éditeur.</p>'
    )
    assert (converted.removed_shortcodes, converted.photos) == ([], [])


def test_an_unclosed_caption_is_removed_and_its_image_still_converted():
    converted = convert(
        f'[caption id="attachment_12"]<img src="{UPLOADS}/a.jpg" class="wp-image-12"> Légende'
    )
    assert converted.html == '<figure data-photo="8"></figure><p>Légende</p>'
    assert converted.removed_shortcodes == ["caption"]


# Links and tags -----------------------------------------------------------------------------


def test_links_to_the_old_site_are_rewritten_others_kept():
    importer = Importer()
    content = (
        'Voir <a href="https://old.example/2020/11/03/visite-alger/">la visite</a>, '
        '<a href="https://old.example/?p=42" title="Budget">le budget</a> et '
        '<a href="https://www.aps.dz/">l’APS</a>.'
    )
    assert convert(content, importer).html == (
        '<p>Voir <a href="/articles/visite-alger/">la visite</a>, '
        '<a href="/articles/budget-2021/" title="Budget">le budget</a> et '
        '<a href="https://www.aps.dz/" rel="noopener">l’APS</a>.</p>'
    )
    assert importer.link_calls == [
        "https://old.example/2020/11/03/visite-alger/",
        "https://old.example/?p=42",
        "https://www.aps.dz/",
    ]


def test_headings_and_inline_tags_are_mapped_to_the_editors():
    content = (
        "<h1>Titre</h1>\n<h4>Intertitre</h4>\n<h6>Petit</h6>\n"
        "<b>gras</b> et <i>italique</i> <strike>barré</strike>"
    )
    assert convert(content).html == (
        "<h2>Titre</h2><h3>Intertitre</h3><h3>Petit</h3>"
        "<p><strong>gras</strong> et <em>italique</em> <s>barré</s></p>"
    )


def test_div_wrappers_are_unwrapped_and_tables_become_paragraphs():
    content = (
        '<div class="encadre"><div>Un encadré</div></div>\n'
        "<table><caption>Résultats</caption><tr><th>Wilaya</th><th>Votants</th></tr>"
        "<tr><td>Alger</td><td>52 %</td></tr><tr><td></td><td></td></tr></table>"
    )
    converted = convert(content)
    assert converted.html == (
        "<p>Un encadré</p><p>Résultats</p><p>Wilaya | Votants</p><p>Alger | 52 %</p>"
    )
    assert converted.warnings == ["tableau converti en texte (à vérifier)."]


def test_a_classic_post_is_converted():
    content = f"""Le Premier ministre est arrivé lundi à Alger pour une visite de deux jours.
Il a été reçu par son homologue.

{CAPTION}

Les deux délégations ont signé <b>douze accords</b>, dont un sur l’énergie \
(<a href="https://old.example/2020/11/03/visite-alger/">voir notre article</a>).
<h4>Les accords</h4>
<ul>
 \t<li>Énergie</li>
 \t<li>Éducation</li>
</ul>
https://www.youtube.com/watch?v=abc123
&nbsp;
[contact-form-7 id="12" title="Contact"]"""
    converted = convert(content)
    assert converted == Converted(
        html=(
            "<p>Le Premier ministre est arrivé lundi à Alger pour une visite de deux jours.<br>"
            "Il a été reçu par son homologue.</p>"
            '<figure data-photo="7"><figcaption>Le Premier ministre à l’aéroport.</figcaption>'
            "</figure><p>Les deux délégations ont signé <strong>douze accords</strong>, dont un "
            'sur l’énergie (<a href="/articles/visite-alger/">voir notre article</a>).</p>'
            "<h3>Les accords</h3><ul><li>Énergie</li><li>Éducation</li></ul>"
            '<p><a href="https://www.youtube.com/watch?v=abc123" rel="noopener">'
            "https://www.youtube.com/watch?v=abc123</a></p>"
        ),
        removed_shortcodes=["contact-form-7"],
        photos=[7],
    )


# Hostile input ------------------------------------------------------------------------------

HOSTILE = {
    "empty": "",
    "blank": " \n\n\t ",
    "unbalanced tags": "<p><b>gras <i>italique</p></div></span>texte</em>",
    "unclosed caption": '[caption id="attachment_1" width="800"<img src="a.jpg"> Légende',
    "nested brackets": "[" * 10_000 + "]" * 10_000,
    "nested shortcodes": "[caption]" * 10_000 + "[/caption]" * 10_000,
    "nested tags": "<div>" * 10_000 + "texte" + "</div>" * 10_000,
    "unclosed tags": "<b>" * 10_000 + "texte",
    "control characters": "\x00\x01Un\x0bDeux\ud800\ufffe",
    "xml declaration": '<?xml version="1.0" encoding="utf-8"?><p>Texte</p>',
    "whole document": "<html><head><title>T</title></head><body onload=x()><p>Texte</p></body>",
    "unclosed comments": "<!--" * 5_000 + "texte",
    "unclosed pre": "<pre>" * 5_000 + "texte",
    "unclosed attribute": '<img src="a.jpg" alt="' + "x" * 5_000,
    "lone angle brackets": "a < b > c <<< >>> &&& &#xZZ; &#99999999;",
    "unclosed block comments": "<!-- wp:paragraph " * 5_000,
    "hostile figure": '<figure data-photo="1"><figcaption><script>x</script></figcaption></figure>',
    "image in its caption": '<figure><figcaption><img class="wp-image-1" src="a">L</figcaption>',
    "nested figures": "<figure><img src=a.jpg><figcaption><figure><img src=b.jpg><figcaption>"
    "x</figcaption></figure></figcaption></figure>" * 3,
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_never_raises(content):
    converted = convert(content)
    assert isinstance(converted.html, str)
    assert "<script" not in converted.html and "<iframe" not in converted.html
    assert 'data-photo="1"' not in converted.html


def test_markup_like_ours_in_the_source_is_no_figure():
    content = f'<nr-photo data-photo="0"></nr-photo><p data-photo="0">Texte</p>\n\n{CAPTION}'
    assert convert(content).html == (
        '<p>Texte</p><figure data-photo="7"><figcaption>Le Premier ministre à l’aéroport.'
        "</figcaption></figure>"
    )


def test_none_is_taken_as_nothing():
    texts = (wpautop(None), plain_text(None), strip_blocks(None), derive_standfirst(None))
    assert texts == ("", "", "", "")
    assert split_credit(None) == ("", "")
    assert is_block_content(None) is False
    assert convert(None) == Converted()


def test_deep_nesting_is_kept_as_text_with_a_warning():
    converted = convert(HOSTILE["nested tags"])
    assert converted.html == "<p>texte</p>"
    assert converted.warnings == ["balises imbriquées trop profondément : mise en forme retirée."]


def _one_megabyte(sample):
    return sample * (1_000_000 // len(sample) + 1)


CLASSIC_SAMPLE = (
    'Le Premier ministre, <a href="https://old.example/2020/11/03/visite-alger/">reçu</a> à '
    "Alger, a « salué » l’accord.\nDeuxième ligne.\n\n"
    f'[caption id="attachment_12" width="800"]<img src="{UPLOADS}/a.jpg" class="wp-image-12"> '
    "Légende © APS[/caption]\n\n"
    f'<img src="{UPLOADS}/b.jpg"> [vc_row]colonne[/vc_row] [Webinar] [1]\nhttps://youtu.be/x\n\n'
)
LARGE = {
    "classic": _one_megabyte(CLASSIC_SAMPLE),
    "blocks": "<!-- wp:paragraph -->\n" + _one_megabyte(f"<p>{CLASSIC_SAMPLE}</p>"),
    "one long line": _one_megabyte("mot "),
    "brackets": _one_megabyte("[x "),
    "unclosed shortcodes": _one_megabyte('[caption id="1" '),
    "angle brackets": _one_megabyte("<"),
    "unclosed tags": _one_megabyte("<p"),
    "missing images in one paragraph": "<p>" + _one_megabyte(f'<img src="{UPLOADS}/a.jpg"> t '),
    "photos in one paragraph": "<p>" + _one_megabyte('<img class="wp-image-12" src="a.jpg"> t '),
    "inline wrappers": "<p>" + _one_megabyte("<span>Un mot</span> <font>un autre</font> "),
    "block wrappers": _one_megabyte('<div class="x">Un mot dans un bloc.</div> suite '),
    "removed elements": _one_megabyte("<script>x</script> mot <iframe></iframe> "),
    "empty links": "<p>" + _one_megabyte('<a name="x"></a> mot '),
    "tables": _one_megabyte("<table><tr><td>Alger</td><td>52 %</td></tr></table> suite "),
    "lines": _one_megabyte("ligne\n"),
    "paragraphs": _one_megabyte("Un paragraphe.\n\n"),
}


@pytest.mark.parametrize("content", LARGE.values(), ids=LARGE.keys())
def test_a_one_megabyte_body_is_converted_in_linear_time(content):
    start = time.process_time()  # this process's time: other processes don't slow the test
    converted = convert(content)
    assert time.process_time() - start < 2
    assert isinstance(converted.html, str)


@pytest.mark.parametrize(
    "function", [wpautop, plain_text, split_credit, derive_standfirst, strip_blocks]
)
@pytest.mark.parametrize(
    "content",
    ["© " * 300_000, "Photo : " * 100_000, ". " * 500_000, "(" * 1_000_000, "<p>" * 300_000],
)
def test_the_other_functions_take_linear_time(function, content):
    start = time.process_time()
    function(content)
    assert time.process_time() - start < 2
