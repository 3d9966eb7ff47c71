"""French typography for titles, standfirsts and bodies, applied on save.

- a narrow no-break space (U+202F) before ; ! ? and inside « » ;
- a no-break space (U+00A0) before : ;
- the typographic apostrophe ’ between letters, and … for "..." .

HTML tags, attribute values, URLs, e-mail addresses, times (14:30) and the contents of
<code> and <pre> are left alone. Idempotent: applying it twice changes nothing more.
"""

import html
import re

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"  # no-break space
SPACES = " \u00a0\u202f"

# Every pattern is tried at the start of a run only (a look-behind says so), never from each
# character inside it: the work grows with the length of the text, not with its square (a
# 60 KB word took half a minute).

# What must not be touched inside a text: web addresses and e-mail addresses.
_PROTECTED = re.compile(
    r"(?<![\w/.])(?:https?://|www\.)[^\s<>«»\"]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+"
)

_ELLIPSIS = re.compile(r"\.\.\.")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_OPEN_QUOTE = re.compile(rf"«[{SPACES}]*")
_CLOSE_QUOTE = re.compile(rf"(?<![{SPACES}])[{SPACES}]*»")
# ; ! ? after a word (not after another sign: "?!" stays together), when what follows is a
# space, the end, or closing punctuation: "?a=1" or "x!y" are not sentences.
_HIGH_SIGN = re.compile(rf"(?<=[^\s;:!?«])[{SPACES}]*([;!?]+)(?=$|[\s»)\]’\"'.,…])")
# : after a word and before a space or the end; "14:30" and "http:" are left alone.
_COLON = re.compile(rf"(?<=[^\s;:!?«])[{SPACES}]*:(?=$|\s)")


def _plain(text):
    text = _ELLIPSIS.sub("…", text)
    text = _APOSTROPHE.sub("’", text)
    text = _OPEN_QUOTE.sub("«" + NNBSP, text)
    text = _CLOSE_QUOTE.sub(NNBSP + "»", text)
    text = _HIGH_SIGN.sub(lambda m: NNBSP + m.group(1), text)
    return _COLON.sub(NBSP + ":", text)


def _text(text, before=""):
    """Typeset ``text``; ``before`` is the character just before it (across inline tags)."""
    parts, last = [], 0
    for match in _PROTECTED.finditer(text):
        parts.append(("text", text[last : match.start()]))
        parts.append(("keep", match.group(0)))
        last = match.end()
    parts.append(("text", text[last:]))
    out = []
    for kind, chunk in parts:
        if kind == "keep" or not chunk:
            out.append(chunk)
            before = chunk or before
            continue
        # A one-character context, so that rules see across boundaries, then dropped.
        context = before[-1:] if before else ""
        out.append(_plain(context + chunk)[len(context) :])
        before = chunk
    return "".join(out)


def typeset_text(text):
    """French typography for plain text (a title, a standfirst)."""
    return _text(text) if text else text


_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "ul", "ol", "blockquote", "br", "hr", "div"}
_VERBATIM = {"code", "pre"}


def typeset_html(markup):
    """French typography for the text of sanitised HTML; tags and attributes untouched.

    Expects the output of ``sanitizer.sanitize_html``, whose attribute values never hold
    a raw ">", so splitting on tags is exact.
    """
    if not markup:
        return markup
    out, verbatim, before = [], 0, ""
    for piece in _TAG.split(markup):
        if piece.startswith("<"):
            out.append(piece)
            name = _TAG_NAME.match(piece)
            tag = name.group(1).lower() if name else ""
            if tag in _VERBATIM:
                verbatim += -1 if piece.startswith("</") else 1
            if tag in _BLOCKS:
                before = ""
            continue
        if verbatim > 0 or not piece:
            out.append(piece)
            continue
        text = _text(html.unescape(piece), before)
        before = text[-1:] or before
        out.append(html.escape(text, quote=False))
    return "".join(out)
