"""Reading a WordPress export (WXR 1.0, 1.1, 1.2: RSS 2.0 with the ``wp:``, ``content:``,
``excerpt:`` and ``dc:`` namespaces), streamed: one element at a time, each dropped once
read, so memory stays flat whatever the file's size.

The bytes are repaired on the way in, never rejected for what old exports commonly hold:
characters XML 1.0 forbids (control characters pasted from word processors) are removed,
bytes that are not UTF-8 are read as Windows-1252 (text saved in Latin-1 inside a UTF-8
file), and text encoded twice (« Ã© ») is mended per value with ftfy. Each repair is
counted in ``Repairs``. A file that is not XML, is cut short or declares a DTD (entity
attacks) raises ``UnreadableExport`` with a French message and the line where it broke.
"""

import codecs
import re
from dataclasses import dataclass, field
from urllib.parse import unquote

import ftfy
from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import iterparse

NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://wellformedweb.org/CommentAPI/": "wfw",
}
_WP = re.compile(r"^http://wordpress\.org/export/(1\.[0-2])/(excerpt/)?$")
# XML 1.0 allows tab, newline, carriage return and everything from U+0020 but the surrogates
# and U+FFFE/U+FFFF: the rest is what breaks exports.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MOJIBAKE = re.compile("[ÃÂâ][\x80-\xbf\u0152-\u2122]")
CHUNK = 1 << 20


class UnreadableExport(Exception):
    """The file cannot be read as a WordPress export; the message is French."""


@dataclass
class Repairs:
    control_characters: int = 0
    windows_1252_bytes: int = 0
    double_encoded_values: int = 0

    def messages(self):
        said = []
        if self.control_characters:
            said.append(f"{self.control_characters} caractère(s) de contrôle invalide(s) retiré(s)")
        if self.windows_1252_bytes:
            said.append(
                f"{self.windows_1252_bytes} octet(s) hors UTF-8 lu(s) comme du Windows-1252"
            )
        if self.double_encoded_values:
            said.append(f"{self.double_encoded_values} texte(s) doublement encodé(s) réparé(s)")
        return said


@dataclass
class Site:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    language: str = ""
    version: str = ""


@dataclass
class Author:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    id: int | None = None


@dataclass
class Term:
    taxonomy: str  # "category", "post_tag", or another (e.g. "author" for Co-Authors Plus)
    slug: str
    name: str = ""
    parent: str = ""  # the parent's slug
    description: str = ""
    id: int | None = None


@dataclass
class Item:
    post_id: int
    post_type: str = "post"
    status: str = ""
    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_modified_gmt: str = ""
    slug: str = ""
    parent: int = 0
    menu_order: int = 0
    is_sticky: bool = False
    password: str = ""
    attachment_url: str = ""
    terms: list = field(default_factory=list)  # [(taxonomy, slug, name)]
    meta: dict = field(default_factory=dict)
    comments: int = 0


class _Repairing:
    """A file-like view of ``raw`` that yields valid UTF-8 XML text, counting its repairs."""

    def __init__(self, raw, repairs):
        self.raw = raw
        self.repairs = repairs
        # Bytes that are not UTF-8 come out as lone surrogates (U+DC80–U+DCFF), read below
        # as Windows-1252; a sequence cut by the chunk's end waits for the next chunk.
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")

    def _windows_1252(self, match):
        data = bytes(ord(char) - 0xDC00 for char in match.group())
        self.repairs.windows_1252_bytes += len(data)
        return data.decode("cp1252", errors="replace").replace("\ufffd", "")

    def read(self, size=-1):
        while True:
            chunk = self.raw.read(CHUNK)
            final = not chunk
            text = self.decoder.decode(chunk, final=final)
            text = _ESCAPED.sub(self._windows_1252, text)
            text, removed = _FORBIDDEN.subn("", text)
            self.repairs.control_characters += removed
            if text or final:
                return text.encode()


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _name(tag):
    """« {uri}local » → « prefix:local » for the namespaces WXR uses (any WXR version)."""
    if not tag.startswith("{"):
        return tag
    uri, local = tag[1:].split("}", 1)
    if match := _WP.match(uri):
        return ("excerpt:" if match.group(2) else "wp:") + local
    prefix = NAMESPACES.get(uri)
    return f"{prefix}:{local}" if prefix else local


def _text(element, repairs):
    value = element.text or ""
    if _MOJIBAKE.search(value):
        mended = ftfy.fix_encoding(value)
        if mended != value:
            repairs.double_encoded_values += 1
            value = mended
    return value


def _int(value):
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() else 0


def _slug(value):
    """WordPress stores non-Latin slugs percent-encoded (« %ce%b1… »): decoded."""
    return unquote(value.strip()) if "%" in value else value.strip()


def _children(element, repairs):
    return {_name(child.tag): _text(child, repairs) for child in element}


def _author(element, repairs):
    values = _children(element, repairs)
    return Author(
        login=values.get("wp:author_login", "").strip(),
        email=values.get("wp:author_email", "").strip(),
        display_name=values.get("wp:author_display_name", "").strip(),
        first_name=values.get("wp:author_first_name", "").strip(),
        last_name=values.get("wp:author_last_name", "").strip(),
        id=_int(values.get("wp:author_id")) or None,
    )


def _term(kind, element, repairs):
    values = _children(element, repairs)
    if kind == "wp:category":
        return Term(
            "category",
            _slug(values.get("wp:category_nicename", "")),
            values.get("wp:cat_name", "").strip(),
            _slug(values.get("wp:category_parent", "")),
            values.get("wp:category_description", ""),
            _int(values.get("wp:term_id")) or None,
        )
    if kind == "wp:tag":
        return Term(
            "post_tag",
            _slug(values.get("wp:tag_slug", "")),
            values.get("wp:tag_name", "").strip(),
            "",
            values.get("wp:tag_description", ""),
            _int(values.get("wp:term_id")) or None,
        )
    return Term(
        values.get("wp:term_taxonomy", "").strip(),
        _slug(values.get("wp:term_slug", "")),
        values.get("wp:term_name", "").strip(),
        _slug(values.get("wp:term_parent", "")),
        values.get("wp:term_description", ""),
        _int(values.get("wp:term_id")) or None,
    )


_ITEM_FIELDS = {
    "title": "title",
    "link": "link",
    "guid": "guid",
    "dc:creator": "creator",
    "content:encoded": "content",
    "excerpt:encoded": "excerpt",
    "wp:post_date": "post_date",
    "wp:post_date_gmt": "post_date_gmt",
    "wp:post_modified_gmt": "post_modified_gmt",
    "wp:post_name": "slug",
    "wp:status": "status",
    "wp:post_type": "post_type",
    "wp:post_password": "password",
    "wp:attachment_url": "attachment_url",
}


def _item(element, repairs):
    item = Item(post_id=0)
    for child in element:
        name = _name(child.tag)
        if name in _ITEM_FIELDS:
            setattr(item, _ITEM_FIELDS[name], _text(child, repairs))
        elif name == "wp:post_id":
            item.post_id = _int(child.text)
        elif name == "wp:post_parent":
            item.parent = _int(child.text)
        elif name == "wp:menu_order":
            item.menu_order = _int(child.text)
        elif name == "wp:is_sticky":
            item.is_sticky = _int(child.text) == 1
        elif name == "category":
            taxonomy = child.get("domain", "category")
            item.terms.append((taxonomy, _slug(child.get("nicename", "")), _text(child, repairs)))
        elif name == "wp:postmeta":
            values = _children(child, repairs)
            key = values.get("wp:meta_key", "")
            if key:
                item.meta[key] = values.get("wp:meta_value", "")
        elif name == "wp:comment":
            item.comments += 1
    item.title = item.title.strip()
    item.slug = _slug(item.slug)
    item.status = item.status.strip()
    item.post_type = item.post_type.strip()
    return item


_CHANNEL_TERMS = ("wp:category", "wp:tag", "wp:term")
_SITE_FIELDS = {
    "title": "title",
    "link": "link",
    "language": "language",
    "wp:base_site_url": "base_site_url",
    "wp:base_blog_url": "base_blog_url",
    "wp:wxr_version": "version",
}


def read(raw, repairs=None):
    """Yield, in file order, the export's ``Site`` (once, before its first author, term or
    item), then ``Author``, ``Term`` and ``Item`` records. ``raw`` is a binary file."""
    repairs = repairs if repairs is not None else Repairs()
    site, site_sent, depth = Site(), False, 0
    stack = []
    source = _Repairing(raw, repairs)
    try:
        for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                if depth == 0 and _name(element.tag) != "rss":
                    raise UnreadableExport(
                        "Ce fichier n’est pas un export WordPress (WXR) : il ne commence pas "
                        "par <rss>. Exportez de nouveau depuis « Outils › Exporter »."
                    )
                stack.append(element)
                depth += 1
                continue
            stack.pop()
            depth -= 1
            name = _name(element.tag)
            parent = stack[-1] if stack else None
            if depth == 2 and parent is not None and _name(parent.tag) == "channel":
                record = None
                if name in _SITE_FIELDS:
                    setattr(site, _SITE_FIELDS[name], _text(element, repairs).strip())
                elif name == "wp:author":
                    record = _author(element, repairs)
                elif name in _CHANNEL_TERMS:
                    record = _term(name, element, repairs)
                elif name == "item":
                    record = _item(element, repairs)
                parent.remove(element)  # read: drop it, so memory stays flat
                if record is not None:
                    if not site_sent:
                        site_sent = True
                        yield site
                    yield record
    except DTDForbidden as error:
        if (error.name or "").lower() == "html":  # an error page saved instead of the export
            raise UnreadableExport(
                "Ce fichier est une page web, pas un export WordPress (WXR). Exportez de "
                "nouveau depuis « Outils › Exporter »."
            ) from None
        raise UnreadableExport(
            "Ce fichier déclare un DTD : refusé par sécurité (un export WordPress n’en "
            "contient jamais)."
        ) from None
    except DefusedXmlException:
        raise UnreadableExport(
            "Ce fichier déclare un DTD ou des entités : refusé par sécurité (un export "
            "WordPress n’en contient jamais)."
        ) from None
    except SyntaxError as error:  # ElementTree.ParseError
        line = getattr(error, "position", (None,))[0]
        where = f" (ligne {line})" if line else ""
        raise UnreadableExport(
            f"Ce fichier n’est pas un export WordPress lisible{where} : il est tronqué ou ce "
            "n’est pas du XML. Les éléments lus avant l’erreur sont conservés ; exportez de "
            "nouveau et relancez l’import, qui reprend là où il s’est arrêté."
        ) from None
    if not site_sent:
        if not site.version and not site.base_site_url:
            raise UnreadableExport(
                "Ce fichier ne contient ni auteur, ni catégorie, ni article : ce n’est pas un "
                "export WordPress (WXR)."
            )
        yield site
