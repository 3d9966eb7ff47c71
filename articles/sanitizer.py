"""Allow-list HTML sanitising of article bodies (nh3, i.e. Rust's ammonia).

The allow-list matches the toolbar of the body editor (see ``models.BODY_EDITOR``):
anything the editor cannot produce is removed, including scripts, event handlers,
inline styles and ``javascript:`` links. Links to other sites get ``rel="noopener"``.
"""

import re
from urllib.parse import urlsplit

import nh3
from django.conf import settings

from core.links import is_site_path
from core.storage import is_storage_url

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "s", "sub", "sup", "a",
    "h2", "h3", "ul", "ol", "li", "blockquote", "hr",
    "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "ol": {"start"},
    "figure": {"class"},
    "img": {"src", "alt", "width", "height", "data-file"},
}
# A figure of the body shows a photo of the library, named by its id (``data-file``, as the
# editor's Figure extension writes it); the page shows it from the library, with its credit
# and only while its rights last (``articles.figures``). Any other image is removed: no
# picture from another site (a tracker, a photo without rights), none the desk cannot see.
_DIGITS = re.compile(r"[0-9]{1,12}")
_IMG_WITHOUT_PHOTO = re.compile(r'<img(?![^>]*\sdata-file="[0-9]+")[^>]*>')
URL_SCHEMES = {"http", "https", "mailto"}


def _attribute(tag, name, value):
    """Figures' attributes: a photo id, sizes in digits, the library's own files (under
    MEDIA_URL, or at the storage's address)."""
    if tag == "img" and name in ("data-file", "width", "height"):
        return value if _DIGITS.fullmatch(value) else None
    if tag == "img" and name == "src":
        inside = value.startswith(settings.MEDIA_URL) and ".." not in value
        # On a bucket, the library's files have the bucket's (or its CDN's) address.
        return value if (inside and is_site_path(value)) or is_storage_url(value) else None
    if tag == "figure":
        return value if value == "figure" else None
    return value


_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    attribute_filter=_attribute,
    url_schemes=URL_SCHEMES,
    link_rel=None,  # set below, for external links only
    strip_comments=True,
)

# nh3 serialises attributes as name="value" with the value escaped, so an opening <a>
# tag of its output is matched reliably by this pattern (a ">" may sit inside a value).
_A_TAG = re.compile(r'<a((?:\s+[a-z-]+="[^"]*")*)>')
_HREF = re.compile(r'\shref="([^"]*)"')


def is_external_url(url):
    """Whether a link leads to another site: a web address of another host, including the
    forms a browser reads as one (« //hôte/… », « /\\hôte/… »)."""
    url = url.replace("&amp;", "&")
    if is_site_path(url):
        return False
    # As a browser reads it: backslashes are slashes, and any number of leading slashes
    # starts a host name.
    parts = urlsplit(re.sub(r"^/{2,}", "//", url.strip().replace("\\", "/")))
    if parts.scheme not in ("http", "https", "") or not parts.netloc:
        return False
    own_hosts = {urlsplit(settings.SITE_URL).hostname, *settings.ALLOWED_HOSTS}
    return parts.hostname not in own_hosts


def _add_rel(match):
    attrs = match.group(1)
    href = _HREF.search(attrs)
    if href and is_external_url(href.group(1)):
        return f'<a{attrs} rel="noopener">'
    return match.group(0)


def sanitize_html(html):
    """Return ``html`` reduced to the editor's allow-list; idempotent."""
    if not html:
        return ""
    cleaned = _IMG_WITHOUT_PHOTO.sub("", _cleaner.clean(html)).strip()
    # ProseMirror saves an empty document as one empty paragraph.
    if cleaned in ("<p></p>", "<p><br></p>"):
        return ""
    return _A_TAG.sub(_add_rel, cleaned)
