"""Writes WordPress eXtended RSS (WXR) exports the way WordPress's own exporter does
(``export_wp()`` in wp-admin/includes/export.php, WordPress 5.7 and later), so the importer's
tests read files the project wrote itself rather than files copied from a real site.

A test builds exactly what it needs::

    Export(
        items=[Item(12, title="Café", categories=[("category", "tech", "Tech")])],
        authors=[Author("jdupont", display_name="Jeanne Dupont")],
        terms=[Term("category", "tech", "Tech")],
    ).bytes()

Faithful to WordPress: the same namespaces, element order, CDATA (``wxr_cdata()``: text is
wrapped, « ]]> » inside a value is split as « ]]]]><![CDATA[> »), integers bare, links and
GUIDs escaped as ``esc_url()`` does (« & » → « &#038; »), nothing removed from a value (a
control character is written as is, as WordPress does). The version (« 1.0 », « 1.1 »,
« 1.2 ») only changes the ``wp:``/``excerpt:`` namespace URIs and ``wp:wxr_version``.

Streaming: ``Export.write()`` writes the head, then each item as it comes from ``items``
(any iterable, a generator included), then the tail; ``write_items()`` is the item writer,
reused by benchmarks/wordpress_export.py. ``corrupt()`` makes the hostile files old or
broken exports are.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

VERSIONS = ("1.0", "1.1", "1.2")
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
WFW_NS = "http://wellformedweb.org/CommentAPI/"
DC_NS = "http://purl.org/dc/elements/1.1/"
SITE = "https://www.frenchweb.fr"
ZERO_DATE = "0000-00-00 00:00:00"
# What WordPress's mysql2date() makes of the zero date of a never-published draft.
ZERO_PUBDATE = "Mon, 30 Nov -0001 00:00:00 +0000"
CHANNEL_PUBDATE = "Tue, 10 Nov 2020 08:30:00 +0000"  # fixed, so the bytes are reproducible
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def wp_namespace(version="1.2"):
    if version not in VERSIONS:
        raise ValueError(f"WXR version {version!r}: one of {', '.join(VERSIONS)}")
    return f"http://wordpress.org/export/{version}/"


def excerpt_namespace(version="1.2"):
    return wp_namespace(version) + "excerpt/"


def namespaces(version="1.2"):
    """Prefix → URI, as the ``<rss>`` element of that version declares them."""
    return {
        "excerpt": excerpt_namespace(version),
        "content": CONTENT_NS,
        "wfw": WFW_NS,
        "dc": DC_NS,
        "wp": wp_namespace(version),
    }


def cdata(value):
    """WordPress's ``wxr_cdata()``."""
    return "<![CDATA[" + str(value).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _url(value):
    """``esc_url()`` for the characters that matter to XML: « & » is written « &#038; »."""
    return escape(value or "").replace("&amp;", "&#038;")


def rfc2822(mysql_gmt):
    """« 2020-11-10 08:30:00 » (UTC) → « Tue, 10 Nov 2020 08:30:00 +0000 », as ``pubDate``."""
    if not mysql_gmt or mysql_gmt.startswith("0000-00-00"):
        return ZERO_PUBDATE
    try:
        moment = datetime.strptime(mysql_gmt, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return ""
    day, month = _DAYS[moment.weekday()], _MONTHS[moment.month - 1]
    return f"{day}, {moment:%d} {month} {moment:%Y %H:%M:%S} +0000"


def php_serialize(value):
    """PHP's ``serialize()`` for what post meta holds (``_wp_attachment_metadata``)."""
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, float):
        return f"d:{value!r};"
    if isinstance(value, str):
        return f's:{len(value.encode())}:"{value}";'
    pairs = value.items() if isinstance(value, dict) else enumerate(value)
    body = "".join(php_serialize(key) + php_serialize(item) for key, item in pairs)
    return f"a:{len(value)}:{{{body}}}"


@dataclass
class Author:
    login: str
    display_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    id: int | None = None  # None: numbered in order


@dataclass
class Term:
    kind: str  # "category", "post_tag" or a custom taxonomy ("author" for Co-Authors Plus)
    slug: str
    name: str
    parent: str | Term = ""  # the parent's slug (or the parent Term)
    description: str = ""
    id: int | None = None  # None: numbered in order

    @property
    def parent_slug(self):
        return self.parent.slug if isinstance(self.parent, Term) else self.parent


@dataclass
class Comment:
    id: int
    author: str
    content: str
    date_gmt: str
    approved: str = "1"  # "1", "0" (pending), "trash"; WordPress never exports "spam"
    author_email: str = ""
    author_url: str = ""
    author_ip: str = ""
    date: str | None = None  # local time; None: date_gmt
    type: str = ""  # "" (a comment), "pingback", "trackback"
    parent: int = 0
    user_id: int = 0
    meta: dict = field(default_factory=dict)


@dataclass
class Item:
    post_id: int
    title: str = ""
    post_type: str = "post"
    status: str = "publish"
    content: str = ""
    excerpt: str = ""  # for an attachment, its caption
    slug: str = ""
    link: str | None = None  # None: base URL + /?p=ID (/?page_id=, /?attachment_id=)
    guid: str | None = None  # None: base URL + /?p=ID; an attachment's file URL
    creator: str = "admin"
    post_date: str = "2020-11-10 09:30:00"
    post_date_gmt: str = "2020-11-10 08:30:00"  # "0000-00-00 00:00:00" for drafts
    modified: str | None = None  # None: post_date
    modified_gmt: str | None = None  # None: post_date_gmt
    comment_status: str = "open"
    ping_status: str = "open"
    parent: int = 0
    menu_order: int = 0
    is_sticky: bool = False
    password: str = ""
    categories: list = field(default_factory=list)  # Term or (domain, slug, name)
    meta: dict | list = field(default_factory=dict)  # {key: value} or [(key, value)]
    comments: list = field(default_factory=list)
    attachment_url: str = ""
    pub_date: str | None = None  # None: from post_date_gmt


def attachment(
    post_id,
    file="2020/11/photo.jpg",
    *,
    parent=0,
    alt="",
    caption="",
    description="",
    width=1200,
    height=800,
    base_url=SITE,
    **fields,
):
    """An image as WordPress exports it: ``inherit`` status, the file URL as GUID and
    ``wp:attachment_url``, the caption as excerpt, and its three meta."""
    url = f"{base_url}/wp-content/uploads/{file}"
    name = os.path.basename(file)
    stem, extension = os.path.splitext(name)
    mime = "image/png" if extension.lower() == ".png" else "image/jpeg"
    medium = (300, round(300 * height / width)) if width else (300, 200)
    metadata = {
        "width": width,
        "height": height,
        "file": file,
        "filesize": width * height // 8,
        "sizes": {
            "medium": {
                "file": f"{stem}-{medium[0]}x{medium[1]}{extension}",
                "width": medium[0],
                "height": medium[1],
                "mime-type": mime,
            }
        },
        "image_meta": {"aperture": "0", "credit": "", "camera": "", "caption": ""},
    }
    meta = {"_wp_attached_file": file, "_wp_attachment_metadata": php_serialize(metadata)}
    if alt:
        meta["_wp_attachment_image_alt"] = alt
    values = {
        "title": stem.replace("-", " "),
        "status": "inherit",
        "slug": stem.lower(),
        "comment_status": "closed",
        "ping_status": "closed",
        "guid": url,
    }
    values.update(fields)
    return Item(
        post_id,
        post_type="attachment",
        parent=parent,
        excerpt=caption,
        content=description,
        attachment_url=url,
        meta=meta,
        **values,
    )


def _pairs(meta):
    return meta.items() if isinstance(meta, dict) else meta


def _category(entry):
    if isinstance(entry, Term):
        return entry.kind, entry.slug, entry.name
    return entry


def _default_link(item, base_url):
    query = {"page": "page_id", "attachment": "attachment_id"}.get(item.post_type, "p")
    return f"{base_url}/?{query}={item.post_id}"


def _comment_xml(comment):
    lines = [
        "\t\t<wp:comment>",
        f"\t\t\t<wp:comment_id>{int(comment.id)}</wp:comment_id>",
        f"\t\t\t<wp:comment_author>{cdata(comment.author)}</wp:comment_author>",
        f"\t\t\t<wp:comment_author_email>{cdata(comment.author_email)}</wp:comment_author_email>",
        f"\t\t\t<wp:comment_author_url>{_url(comment.author_url)}</wp:comment_author_url>",
        f"\t\t\t<wp:comment_author_IP>{cdata(comment.author_ip)}</wp:comment_author_IP>",
        f"\t\t\t<wp:comment_date>{cdata(comment.date or comment.date_gmt)}</wp:comment_date>",
        f"\t\t\t<wp:comment_date_gmt>{cdata(comment.date_gmt)}</wp:comment_date_gmt>",
        f"\t\t\t<wp:comment_content>{cdata(comment.content)}</wp:comment_content>",
        f"\t\t\t<wp:comment_approved>{cdata(comment.approved)}</wp:comment_approved>",
        f"\t\t\t<wp:comment_type>{cdata(comment.type)}</wp:comment_type>",
        f"\t\t\t<wp:comment_parent>{int(comment.parent)}</wp:comment_parent>",
        f"\t\t\t<wp:comment_user_id>{int(comment.user_id)}</wp:comment_user_id>",
    ]
    for key, value in _pairs(comment.meta):
        lines += [
            "\t\t\t<wp:commentmeta>",
            f"\t\t\t\t<wp:meta_key>{cdata(key)}</wp:meta_key>",
            f"\t\t\t\t<wp:meta_value>{cdata(value)}</wp:meta_value>",
            "\t\t\t</wp:commentmeta>",
        ]
    lines.append("\t\t</wp:comment>")
    return lines


def item_xml(item, base_url=SITE):
    """One ``<item>``, as text, indented and ordered as WordPress writes it."""
    guid = item.guid
    if guid is None:
        guid = item.attachment_url or f"{base_url}/?p={item.post_id}"
    link = item.link if item.link is not None else _default_link(item, base_url)
    pub_date = item.pub_date if item.pub_date is not None else rfc2822(item.post_date_gmt)
    modified = item.modified if item.modified is not None else item.post_date
    modified_gmt = item.modified_gmt if item.modified_gmt is not None else item.post_date_gmt
    lines = [
        "\t<item>",
        f"\t\t<title>{cdata(item.title)}</title>",
        f"\t\t<link>{_url(link)}</link>",
        f"\t\t<pubDate>{pub_date}</pubDate>",
        f"\t\t<dc:creator>{cdata(item.creator)}</dc:creator>",
        f'\t\t<guid isPermaLink="false">{_url(guid)}</guid>',
        "\t\t<description></description>",
        f"\t\t<content:encoded>{cdata(item.content)}</content:encoded>",
        f"\t\t<excerpt:encoded>{cdata(item.excerpt)}</excerpt:encoded>",
        f"\t\t<wp:post_id>{int(item.post_id)}</wp:post_id>",
        f"\t\t<wp:post_date>{cdata(item.post_date)}</wp:post_date>",
        f"\t\t<wp:post_date_gmt>{cdata(item.post_date_gmt)}</wp:post_date_gmt>",
        f"\t\t<wp:post_modified>{cdata(modified)}</wp:post_modified>",
        f"\t\t<wp:post_modified_gmt>{cdata(modified_gmt)}</wp:post_modified_gmt>",
        f"\t\t<wp:comment_status>{cdata(item.comment_status)}</wp:comment_status>",
        f"\t\t<wp:ping_status>{cdata(item.ping_status)}</wp:ping_status>",
        f"\t\t<wp:post_name>{cdata(item.slug)}</wp:post_name>",
        f"\t\t<wp:status>{cdata(item.status)}</wp:status>",
        f"\t\t<wp:post_parent>{int(item.parent)}</wp:post_parent>",
        f"\t\t<wp:menu_order>{int(item.menu_order)}</wp:menu_order>",
        f"\t\t<wp:post_type>{cdata(item.post_type)}</wp:post_type>",
        f"\t\t<wp:post_password>{cdata(item.password)}</wp:post_password>",
        f"\t\t<wp:is_sticky>{int(bool(item.is_sticky))}</wp:is_sticky>",
    ]
    if item.post_type == "attachment":
        lines.append(f"\t\t<wp:attachment_url>{cdata(item.attachment_url)}</wp:attachment_url>")
    for entry in item.categories:
        domain, slug, name = _category(entry)
        lines.append(
            f'\t\t<category domain="{escape(domain)}" nicename="{escape(slug)}">'
            f"{cdata(name)}</category>"
        )
    for key, value in _pairs(item.meta):
        lines += [
            "\t\t<wp:postmeta>",
            f"\t\t<wp:meta_key>{cdata(key)}</wp:meta_key>",
            f"\t\t<wp:meta_value>{cdata(value)}</wp:meta_value>",
            "\t\t</wp:postmeta>",
        ]
    for comment in item.comments:
        lines += _comment_xml(comment)
    lines.append("\t</item>\n")
    return "\n".join(lines)


def write_items(file, items, base_url=SITE):
    """Write each item to the binary ``file`` as it comes, and return how many ``Item`` were
    written. A ``str`` or ``bytes`` among them is written verbatim (a hostile fragment)."""
    count = 0
    for item in items:
        if isinstance(item, bytes):
            file.write(item)
        elif isinstance(item, str):
            file.write(item.encode())
        else:
            file.write(item_xml(item, base_url).encode())
            count += 1
    return count


def _numbered(things):
    """Each thing with its id: its own, or the next one free."""
    next_id = max((thing.id for thing in things if thing.id is not None), default=0) + 1
    for thing in things:
        if thing.id is None:
            yield next_id, thing
            next_id += 1
        else:
            yield thing.id, thing


_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other \
content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- generator="{generator}" created="2020-11-10 08:30" -->
<rss version="2.0"
\txmlns:excerpt="{excerpt}"
\txmlns:content="{content}"
\txmlns:wfw="{wfw}"
\txmlns:dc="{dc}"
\txmlns:wp="{wp}"
>

<channel>
"""


@dataclass
class Export:
    items: Iterable = ()  # Item, or str/bytes written verbatim; a generator is fine
    authors: list = field(default_factory=list)
    terms: list = field(default_factory=list)
    title: str = "FrenchWeb"
    link: str = SITE
    description: str = "Le média de l’économie numérique"
    base_site_url: str = SITE
    base_blog_url: str | None = None  # None: base_site_url
    language: str = "fr-FR"
    version: str = "1.2"
    pub_date: str = CHANNEL_PUBDATE
    generator: str = "WordPress/6.4.2"
    raw_fragments: list = field(default_factory=list)  # str/bytes put in the channel as is

    @property
    def blog_url(self):
        return self.base_blog_url if self.base_blog_url is not None else self.base_site_url

    def _head_parts(self):
        """Everything before the first item: text, and the raw fragments as given."""
        yield _HEAD.format(generator=self.generator, **namespaces(self.version))
        yield (
            f"\t<title>{escape(self.title)}</title>\n"
            f"\t<link>{escape(self.link)}</link>\n"
            f"\t<description>{escape(self.description)}</description>\n"
            f"\t<pubDate>{self.pub_date}</pubDate>\n"
            f"\t<language>{escape(self.language)}</language>\n"
            f"\t<wp:wxr_version>{self.version}</wp:wxr_version>\n"
            f"\t<wp:base_site_url>{escape(self.base_site_url)}</wp:base_site_url>\n"
            f"\t<wp:base_blog_url>{escape(self.blog_url)}</wp:base_blog_url>\n\n"
        )
        for number, author in _numbered(self.authors):
            yield (
                f"\t<wp:author><wp:author_id>{number}</wp:author_id>"
                f"<wp:author_login>{cdata(author.login)}</wp:author_login>"
                f"<wp:author_email>{cdata(author.email)}</wp:author_email>"
                f"<wp:author_display_name>{cdata(author.display_name)}</wp:author_display_name>"
                f"<wp:author_first_name>{cdata(author.first_name)}</wp:author_first_name>"
                f"<wp:author_last_name>{cdata(author.last_name)}</wp:author_last_name>"
                "</wp:author>\n"
            )
        yield "\n"
        # WordPress writes the categories, then the tags, then the other taxonomies' terms.
        order = {"category": 0, "post_tag": 1}
        numbered = sorted(_numbered(self.terms), key=lambda pair: order.get(pair[1].kind, 2))
        for number, term in numbered:
            yield _term_xml(number, term)
        yield from self.raw_fragments
        yield "\n"

    def write_head(self, file):
        for part in self._head_parts():
            file.write(part if isinstance(part, bytes) else part.encode())

    def write_tail(self, file):
        file.write(b"</channel>\n</rss>\n")

    def write(self, target):
        """Write the export to a path or a binary file, item by item; return the item count."""
        if hasattr(target, "write"):
            return self._write(target)
        with open(target, "wb") as file:
            return self._write(file)

    def _write(self, file):
        self.write_head(file)
        count = write_items(file, self.items, self.blog_url)
        self.write_tail(file)
        return count

    def bytes(self):
        buffer = io.BytesIO()
        self._write(buffer)
        return buffer.getvalue()


def _term_xml(number, term):
    optional = []
    if term.kind == "category":
        tag, name, text = "wp:category", "wp:cat_name", "wp:category_description"
        fields = [
            f"<wp:category_nicename>{cdata(term.slug)}</wp:category_nicename>",
            f"<wp:category_parent>{cdata(term.parent_slug)}</wp:category_parent>",
        ]
    elif term.kind == "post_tag":
        tag, name, text = "wp:tag", "wp:tag_name", "wp:tag_description"
        fields = [f"<wp:tag_slug>{cdata(term.slug)}</wp:tag_slug>"]
    else:
        tag, name, text = "wp:term", "wp:term_name", "wp:term_description"
        fields = [
            f"<wp:term_taxonomy>{cdata(term.kind)}</wp:term_taxonomy>",
            f"<wp:term_slug>{cdata(term.slug)}</wp:term_slug>",
            f"<wp:term_parent>{cdata(term.parent_slug)}</wp:term_parent>",
        ]
    # WordPress leaves out an empty name or description.
    if term.name:
        optional.append(f"<{name}>{cdata(term.name)}</{name}>")
    if term.description:
        optional.append(f"<{text}>{cdata(term.description)}</{text}>")
    inner = "\n\t\t".join([f"<wp:term_id>{number}</wp:term_id>", *fields, *optional])
    return f"\t<{tag}>\n\t\t{inner}\n\t</{tag}>\n"


# --- Hostile files -------------------------------------------------------------------------

KINDS = ("control", "latin1", "double", "truncated", "not-xml")
_ITEM_RE = re.compile(rb"<item>.*?</item>", re.DOTALL)
_CDATA_RE = re.compile(rb"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
ERROR_PAGE = """<!DOCTYPE html>
<html dir="ltr" lang="fr-FR">
<head>
\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
\t<meta name="viewport" content="width=device-width">
\t<title>WordPress › Erreur</title>
</head>
<body id="error-page">
\t<p>Il y a eu une erreur critique sur ce site.</p><p><a href="https://wordpress.org/\
documentation/article/faq-troubleshooting/">En apprendre plus sur le débogage de WordPress.</a></p>
</body>
</html>
""".encode()


def _cp1252(text):
    """Each character in Windows-1252 where it has a byte there, else left in UTF-8."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            out += char.encode()
    return bytes(out)


def _twice(text):
    """UTF-8 read as Windows-1252 and encoded again: « é » → « Ã© »."""
    raw = text.encode()
    return "".join(_byte_as_cp1252(byte) for byte in raw).encode()


def _byte_as_cp1252(byte):
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: as Latin-1, like MySQL
        return chr(byte)


def _recode(item, recode):
    def one(match):
        return b"<![CDATA[" + recode(match.group(1).decode()) + b"]]>"

    return _CDATA_RE.sub(one, item)


def _control(item):
    item = item.replace(b"<title><![CDATA[", b"<title><![CDATA[\x0b", 1)
    return item.replace(b"<content:encoded><![CDATA[", b"<content:encoded><![CDATA[\x1f", 1)


def corrupt(data: bytes, kind: str, *, every_item: bool = False) -> bytes:
    """The export ``data`` damaged as old or broken exports are:

    - "control": \\x0b at the start of the title, \\x1f at the start of the content (XML 1.0
      forbids both: a strict parser stops);
    - "latin1": every CDATA value re-encoded in Windows-1252 (bytes that are not UTF-8);
    - "double": every CDATA value encoded twice (« é » → « Ã© », still valid UTF-8);
    - "truncated": the file cut in the middle of its last item;
    - "not-xml": an HTML error page instead of the export.

    The first three change the first item, or every item with ``every_item``; "latin1" and
    "double" raise ``ValueError`` when that leaves the bytes as they were (ASCII text).
    """
    if kind not in KINDS:
        raise ValueError(f"corrupt(): kind {kind!r}, one of {', '.join(KINDS)}")
    if kind == "not-xml":
        return ERROR_PAGE
    spans = [match.span() for match in _ITEM_RE.finditer(data)]
    if not spans:
        raise ValueError("corrupt(): the export has no <item>")
    if kind == "truncated":
        start, end = spans[-1]
        cut = (start + end) // 2
        while cut > start and data[cut] & 0xC0 == 0x80:  # not inside a UTF-8 sequence
            cut -= 1
        return data[:cut]
    change = {
        "control": _control,
        "latin1": lambda item: _recode(item, _cp1252),
        "double": lambda item: _recode(item, _twice),
    }[kind]
    out, last = [], 0
    for start, end in spans if every_item else spans[:1]:
        out += [data[last:start], change(data[start:end])]
        last = end
    out.append(data[last:])
    damaged = b"".join(out)
    if damaged == data:
        raise ValueError(f"corrupt(): {kind!r} changed nothing (the item's text is ASCII)")
    return damaged
