"""The WXR writer (tests/wxr.py) writes what WordPress's exporter writes, and what the
importer will read: checked with the standard library's streaming parser (iterparse), never
with the importer itself. Also its hostile files, and the benchmark generator."""

import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import ftfy
import pytest

from benchmarks.wordpress_export import generate
from tests.wxr import (
    Author,
    Comment,
    Export,
    Item,
    Term,
    attachment,
    corrupt,
    namespaces,
    write_items,
)

ROOT = Path(__file__).resolve().parent.parent
FRENCH = "L’économie « numérique » : 12\u00a0% d’œuvres — Ça déménage à Noël ! 🇫🇷"
TRICKY = "a ]]> b ]]]]> c <![CDATA[ d ]]"


def parse(data):
    """The document's root and the namespaces it declares, read with iterparse."""
    declared, root = {}, None
    for event, value in ET.iterparse(io.BytesIO(data), events=("start-ns", "start")):
        if event == "start-ns":
            declared[value[0]] = value[1]
        elif root is None:
            root = value
    list(ET.iterparse(io.BytesIO(data)))  # and to the end: a truncated file raises here
    return root, declared


def q(name, version="1.2"):
    """« wp:post_id » → « {http://wordpress.org/export/1.2/}post_id »."""
    if ":" not in name:
        return name
    prefix, local = name.split(":")
    return f"{{{namespaces(version)[prefix]}}}{local}"


def items(data, version="1.2"):
    root, _ = parse(data)
    return {int(i.findtext(q("wp:post_id", version))): i for i in root.iter("item")}


def value(element, name, version="1.2"):
    return element.findtext(q(name, version))


def meta(item):
    return {
        m.findtext(q("wp:meta_key")): m.findtext(q("wp:meta_value"))
        for m in item.findall(q("wp:postmeta"))
    }


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_namespaces_and_version_are_those_wordpress_declares(version):
    data = Export(items=[Item(7, title="Un")], version=version).bytes()
    root, declared = parse(data)
    assert declared == {
        "excerpt": f"http://wordpress.org/export/{version}/excerpt/",
        "content": "http://purl.org/rss/1.0/modules/content/",
        "wfw": "http://wellformedweb.org/CommentAPI/",
        "dc": "http://purl.org/dc/elements/1.1/",
        "wp": f"http://wordpress.org/export/{version}/",
    }
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert value(channel, "wp:wxr_version", version) == version
    assert value(channel, "wp:base_site_url", version) == "https://www.frenchweb.fr"
    assert channel.findtext("language") == "fr-FR"
    (item,) = items(data, version).values()
    assert value(item, "wp:post_type", version) == "post"
    assert item.find(q("excerpt:encoded", version)) is not None
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8" ?>\n')
    with pytest.raises(ValueError):
        Export(version="2.0").bytes()


def test_values_holding_the_cdata_end_round_trip_exactly():
    post = Item(
        1,
        title=TRICKY,
        content=f"<p>{TRICKY}</p>",
        excerpt=TRICKY,
        meta={"_note": TRICKY},
        categories=[("category", "c", TRICKY)],
        comments=[Comment(3, TRICKY, TRICKY, "2020-11-10 10:00:00")],
    )
    data = Export(items=[post], authors=[Author("a", display_name=TRICKY)]).bytes()
    assert b"a ]]]]><![CDATA[> b" in data  # split as wxr_cdata() splits it
    item = items(data)[1]
    assert item.findtext("title") == TRICKY
    assert value(item, "content:encoded") == f"<p>{TRICKY}</p>"
    assert value(item, "excerpt:encoded") == TRICKY
    assert meta(item) == {"_note": TRICKY}
    assert item.findtext("category") == TRICKY
    assert value(item.find(q("wp:comment")), "wp:comment_author") == TRICKY
    author = parse(data)[0].find("channel").find(q("wp:author"))
    assert value(author, "wp:author_display_name") == TRICKY


def test_french_text_round_trips():
    post = Item(
        5,
        title=FRENCH,
        content=f"<p>{FRENCH}</p>\n\n<p>&amp; « suite »</p>",
        slug="leconomie-numerique",
        creator="éric",
        meta={"_yoast_wpseo_metadesc": FRENCH},
    )
    export = Export(items=[post], title="Le Journal & Cie", description=FRENCH)
    data = export.bytes()
    assert FRENCH.encode() in data  # UTF-8, not character references
    item = items(data)[5]
    assert item.findtext("title") == FRENCH
    assert value(item, "content:encoded") == f"<p>{FRENCH}</p>\n\n<p>&amp; « suite »</p>"
    assert value(item, "dc:creator") == "éric"
    assert meta(item)["_yoast_wpseo_metadesc"] == FRENCH
    channel = parse(data)[0].find("channel")
    assert channel.findtext("title") == "Le Journal & Cie"
    assert channel.findtext("description") == FRENCH


def test_post_fields_defaults_and_dates():
    found = items(
        Export(
            items=[
                Item(
                    10, title="Publié", slug="publie", is_sticky=True, link="https://x.fr/a?b=1&c=2"
                ),
                Item(11, status="draft", post_date_gmt="0000-00-00 00:00:00", password="secret"),
                Item(12, post_type="page", menu_order=3, parent=10),
            ]
        ).bytes()
    )
    sticky, draft, page = found[10], found[11], found[12]
    assert value(sticky, "wp:is_sticky") == "1" and value(draft, "wp:is_sticky") == "0"
    assert sticky.findtext("link") == "https://x.fr/a?b=1&c=2"
    assert sticky.findtext("pubDate") == "Tue, 10 Nov 2020 08:30:00 +0000"
    assert sticky.find("guid").get("isPermaLink") == "false"
    assert sticky.findtext("guid") == "https://www.frenchweb.fr/?p=10"
    assert value(sticky, "wp:post_name") == "publie"
    assert value(sticky, "wp:status") == "publish"
    assert value(sticky, "wp:post_date") == "2020-11-10 09:30:00"
    assert value(sticky, "wp:post_modified_gmt") == "2020-11-10 08:30:00"
    assert draft.findtext("link") == "https://www.frenchweb.fr/?p=11"
    assert value(draft, "wp:post_date_gmt") == "0000-00-00 00:00:00"
    assert draft.findtext("pubDate") == "Mon, 30 Nov -0001 00:00:00 +0000"
    assert value(draft, "wp:post_password") == "secret"
    assert page.findtext("link") == "https://www.frenchweb.fr/?page_id=12"
    assert value(page, "wp:menu_order") == "3" and value(page, "wp:post_parent") == "10"
    assert sticky.find(q("wp:attachment_url")) is None


def test_attachment_with_its_meta_and_the_posts_thumbnail():
    photo = attachment(21, "2020/11/photo.jpg", parent=20, alt="Le siège", caption="Légende")
    post = Item(20, title="Avec photo", meta={"_thumbnail_id": 21})
    data = Export(items=[post, photo]).bytes()
    found = items(data)
    url = "https://www.frenchweb.fr/wp-content/uploads/2020/11/photo.jpg"
    item = found[21]
    assert value(item, "wp:post_type") == "attachment"
    assert value(item, "wp:status") == "inherit"
    assert value(item, "wp:attachment_url") == url
    assert item.findtext("guid") == url
    assert value(item, "wp:post_parent") == "20"
    assert value(item, "excerpt:encoded") == "Légende"
    values = meta(item)
    assert values["_wp_attached_file"] == "2020/11/photo.jpg"
    assert values["_wp_attachment_image_alt"] == "Le siège"
    assert values["_wp_attachment_metadata"].startswith('a:6:{s:5:"width";i:1200;')
    assert 's:4:"file";s:17:"2020/11/photo.jpg";' in values["_wp_attachment_metadata"]
    assert meta(found[20]) == {"_thumbnail_id": "21"}


def test_terms_category_hierarchy_tags_and_custom_taxonomies():
    tech = Term("category", "tech", "Tech", description="Tout sur la tech", id=4)
    terms = [
        Term("post_tag", "ia", "Intelligence artificielle"),
        Term("author", "cap-jeanne-martin", "Jeanne Martin"),
        tech,
        Term("category", "cloud", "Cloud", parent=tech),
        Term("category", "ia-generative", "IA générative", parent="tech"),
    ]
    post = Item(1, categories=[tech, ("post_tag", "ia", "Intelligence artificielle")])
    root, _ = parse(Export(items=[post], terms=terms).bytes())
    channel = root.find("channel")
    kinds = [child.tag for child in channel if child.tag.startswith("{http://wordpress")]
    wp = "{http://wordpress.org/export/1.2/}"
    assert kinds[-5:] == [f"{wp}{k}" for k in ("category",) * 3 + ("tag", "term")]
    categories = {value(c, "wp:category_nicename"): c for c in channel.iter(q("wp:category"))}
    assert value(categories["tech"], "wp:category_parent") == ""
    assert value(categories["tech"], "wp:cat_name") == "Tech"
    assert value(categories["tech"], "wp:category_description") == "Tout sur la tech"
    assert value(categories["tech"], "wp:term_id") == "4"
    assert value(categories["cloud"], "wp:category_parent") == "tech"
    assert value(categories["ia-generative"], "wp:category_parent") == "tech"
    assert value(categories["ia-generative"], "wp:cat_name") == "IA générative"
    assert categories["cloud"].find(q("wp:category_description")) is None  # empty: left out
    ids = [value(c, "wp:term_id") for c in channel if c.find(q("wp:term_id")) is not None]
    assert sorted(ids) == ["4", "5", "6", "7", "8"]  # given, then the next free ones
    tag = channel.find(q("wp:tag"))
    assert value(tag, "wp:tag_slug") == "ia"
    assert value(tag, "wp:tag_name") == "Intelligence artificielle"
    term = channel.find(q("wp:term"))
    assert value(term, "wp:term_taxonomy") == "author"
    assert value(term, "wp:term_slug") == "cap-jeanne-martin"
    assert value(term, "wp:term_name") == "Jeanne Martin"
    assert value(term, "wp:term_parent") == ""
    on_post = [(c.get("domain"), c.get("nicename"), c.text) for c in root.iter("category")]
    assert on_post == [
        ("category", "tech", "Tech"),
        ("post_tag", "ia", "Intelligence artificielle"),
    ]


def test_authors_and_comments():
    comment = Comment(
        9,
        "Éloïse",
        "Très juste !",
        "2020-11-10 10:00:00",
        approved="0",
        author_email="e@exemple.fr",
        author_url="https://exemple.fr/?a=1&b=2",
        author_ip="192.0.2.1",
        parent=8,
        meta={"akismet_result": "false"},
    )
    authors = [Author("jmartin", "Jeanne Martin", "j@frenchweb.fr", "Jeanne", "Martin", id=3)]
    data = Export(items=[Item(1, comments=[comment])], authors=authors).bytes()
    author = parse(data)[0].find("channel").find(q("wp:author"))
    assert [value(author, f"wp:author_{k}") for k in ("id", "login", "email")] == [
        "3",
        "jmartin",
        "j@frenchweb.fr",
    ]
    assert value(author, "wp:author_first_name") == "Jeanne"
    element = items(data)[1].find(q("wp:comment"))
    assert value(element, "wp:comment_id") == "9"
    assert value(element, "wp:comment_author") == "Éloïse"
    assert value(element, "wp:comment_author_email") == "e@exemple.fr"
    assert value(element, "wp:comment_author_url") == "https://exemple.fr/?a=1&b=2"
    assert value(element, "wp:comment_author_IP") == "192.0.2.1"
    assert value(element, "wp:comment_date") == "2020-11-10 10:00:00"
    assert value(element, "wp:comment_date_gmt") == "2020-11-10 10:00:00"
    assert value(element, "wp:comment_content") == "Très juste !"
    assert value(element, "wp:comment_approved") == "0"
    assert value(element, "wp:comment_type") == ""
    assert value(element, "wp:comment_parent") == "8"
    assert value(element, "wp:comment_user_id") == "0"
    commentmeta = element.find(q("wp:commentmeta"))
    assert value(commentmeta, "wp:meta_key") == "akismet_result"


def test_writes_to_a_path_or_a_file_item_by_item(tmp_path):
    calls = []

    def posts():
        for number in range(1, 4):
            calls.append(number)
            yield Item(number, title=f"Article {number}")

    export = Export(items=posts(), raw_fragments=["\t<wp:oddity>brut</wp:oddity>\n"])
    assert export.write(tmp_path / "out.xml") == 3
    data = (tmp_path / "out.xml").read_bytes()
    assert calls == [1, 2, 3]
    assert list(items(data)) == [1, 2, 3]
    assert parse(data)[0].find("channel").findtext(q("wp:oddity")) == "brut"
    buffer = io.BytesIO()
    assert Export(items=[Item(1)]).write(buffer) == 1
    assert buffer.getvalue() == Export(items=[Item(1)]).bytes()
    stream = io.BytesIO()
    write_items(stream, [Item(1), b"<!-- raw -->", Item(2)])
    assert stream.getvalue().count(b"<item>") == 2 and b"<!-- raw -->" in stream.getvalue()


def sample():
    post = Item(1, title="Café « crème »", content="<p>Élysée</p>", meta={"k": "été"})
    return Export(items=[post, Item(2, title="Deuxième")]).bytes()


def test_corrupt_control_characters_stop_a_strict_parser():
    data = corrupt(sample(), "control")
    assert b"<title><![CDATA[\x0bCaf" in data and b"<![CDATA[\x1f<p>" in data
    with pytest.raises(ET.ParseError):
        parse(data)
    data = corrupt(sample(), "control", every_item=True)
    assert data.count(b"\x0b") == 2


def test_corrupt_latin1_puts_windows_1252_bytes_in_the_utf8_file():
    data = corrupt(sample(), "latin1")
    with pytest.raises(UnicodeDecodeError):
        data.decode()
    assert "Café « crème »".encode("cp1252") in data
    assert "<p>Élysée</p>".encode("cp1252") in data and "été".encode("cp1252") in data
    assert "Deuxième".encode() in data  # only the first item
    with pytest.raises(ValueError):
        corrupt(Export(items=[Item(1, title="ASCII")]).bytes(), "latin1")


def test_corrupt_double_encodes_utf8_twice():
    data = corrupt(sample(), "double")
    first = items(data)[1]  # still valid UTF-8 and XML
    assert first.findtext("title") == "CafÃ© Â« crÃ¨me Â»"
    assert ftfy.fix_encoding(first.findtext("title")) == "Café « crème »"
    assert value(first, "content:encoded") == "<p>Ã‰lysÃ©e</p>"
    assert items(data)[2].findtext("title") == "Deuxième"


def test_corrupt_truncated_cuts_the_last_item():
    original = sample()
    data = corrupt(original, "truncated")
    assert original.startswith(data) and data.rfind(b"<item>") > data.rfind(b"</item>")
    seen = []
    with pytest.raises(ET.ParseError):
        for _, element in ET.iterparse(io.BytesIO(data)):
            if element.tag == "item":
                seen.append(element.findtext(q("wp:post_id")))
    assert seen == ["1"]  # what came before the cut is readable


def test_corrupt_not_xml_is_an_html_error_page():
    data = corrupt(sample(), "not-xml")
    assert data.startswith(b"<!DOCTYPE html>") and b"<rss" not in data
    with pytest.raises(ET.ParseError):
        parse(data)
    with pytest.raises(ValueError):
        corrupt(sample(), "gibberish")


def test_generator_writes_a_parseable_export(tmp_path):
    out = tmp_path / "export.xml"
    script = ROOT / "benchmarks" / "wordpress_export.py"
    done = subprocess.run(
        [sys.executable, str(script), str(out), "--posts", "200", "--seed", "1"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert "200 posts" in done.stdout
    posts, attachments, statuses, thumbnails = [], set(), set(), []
    terms = {"category": 0, "tag": 0, "term": 0}
    wp = "{http://wordpress.org/export/1.2/}"
    gutenberg = caption = links = 0
    for _, element in ET.iterparse(out):
        if element.tag.startswith(wp) and element.tag[len(wp) :] in terms:
            terms[element.tag[len(wp) :]] += 1
        if element.tag != "item":
            continue
        kind, number = value(element, "wp:post_type"), int(value(element, "wp:post_id"))
        if kind == "post":
            posts.append(number)
            statuses.add(value(element, "wp:status"))
            thumbnails.append(int(meta(element)["_thumbnail_id"]))
            text = value(element, "content:encoded")
            gutenberg += "<!-- wp:paragraph -->" in text
            caption += "[caption " in text
            links += 'href="https://www.frenchweb.fr/' in text
        elif kind == "attachment":
            attachments.add(number)
            assert value(element, "wp:attachment_url").endswith(".jpg")
        element.clear()
    assert len(posts) == 200 and posts == sorted(set(posts))
    assert len(attachments) == 200 and set(thumbnails) == attachments
    assert {"publish", "draft", "trash"} <= statuses
    assert 60 < gutenberg < 140 and caption > 10 and links > 20
    assert terms == {"category": 30, "tag": 500, "term": 3}


def test_generator_is_reproducible_and_can_grow_to_a_size(tmp_path):
    first, second, sized = tmp_path / "a.xml", tmp_path / "b.xml", tmp_path / "c.xml"
    generate(first, posts=15, seed=4)
    generate(second, posts=15, seed=4)
    assert first.read_bytes() == second.read_bytes()
    size, posts, attachments = generate(sized, size_mb=0.25, attachments_per_post=2)
    assert 0.25 * 1024 * 1024 <= size < 0.4 * 1024 * 1024 and size == sized.stat().st_size
    assert attachments == 2 * posts
    assert len(items(sized.read_bytes())) == posts + attachments + 2  # and the two pages
