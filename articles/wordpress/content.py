"""WordPress post content (``content:encoded`` of a WXR export) → article body HTML.

Plain functions on strings: the importer passes callbacks that find photos and new addresses.
``convert_body``: Gutenberg block comments dropped; shortcodes handled on the raw text, while a
caption's image and text are together; ``wpautop`` for classic content only (as WordPress);
one pass on the parsed tree (photo figures, links, tags mapped to the editor's); the allow-list
sanitiser on all but the photo figures, built here from integers and escaped text.
Patterns stop at the next bracket, tag or line, and nesting is walked with explicit stacks:
hostile input costs time in proportion to its length, and never raises.
"""

import bisect
import html
import re
from dataclasses import dataclass, field

from lxml import etree

# Private-use characters stand for protected text while a pass runs: removed from the input.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ue000-\ue00f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_URL = re.compile(r"https?://[^\s<>\"'\[\]]+", re.I)
_TRIM = " \t\n\u00a0\u202f"


@dataclass
class Converted:
    html: str = ""
    removed_shortcodes: list[str] = field(default_factory=list)
    photos: list[int] = field(default_factory=list)
    missing_images: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Links to the old site that found no new address (set by the importer).
    unresolved_links: list[str] = field(default_factory=list)

    def note(self, kind, value):
        """Add ``value`` to the list ``kind`` unless it is already there."""
        if value not in (values := getattr(self, kind)):
            values.append(value)


def _clean(text):
    """A str with \\n newlines and no control, surrogate or placeholder characters."""
    text = text if isinstance(text, str) else "" if text is None else str(text)
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


_TEXT_BREAKS = {"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                "tr", "td", "th", "figcaption", "figure", "ul", "ol", "hr", "pre"}  # fmt: skip
# A tag starts with « < » and a letter (« a < b » is text); comments: short ones only.
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>|<![^<>]*>")


def plain_text(html_text: str) -> str:
    """Text of ``html_text``: tags removed, entities decoded, spaces collapsed, trimmed."""
    text = _clean(html_text)
    text = _TAG.sub(lambda m: " " if (m[2] or "").lower() in _TEXT_BREAKS else "", text)
    return _SPACES.sub(" ", html.unescape(text)).strip()


def derive_standfirst(body_html: str, *, limit: int = 300) -> str:
    """The first paragraph's text, cut at a word boundary to ``limit`` characters with « … »."""
    body, text = _clean(body_html), ""
    for match in re.finditer(r"<p(?=[\s>])[^<>]*>", body, re.I):
        end = body.find("</p>", match.end())
        text = plain_text(body[match.end() : end if end >= 0 else len(body)])
        if text or end < 0:
            break
    if len(text) <= limit:
        return text
    head = text[: max(limit - 1, 0)]
    if not text[len(head)].isspace() and (cut := max(head.rfind(" "), head.rfind("\xa0"))) > 0:
        head = head[:cut]
    return head.rstrip(_TRIM + ",;:–—-") + "…"


_CREDIT_MARKER = re.compile(
    r"(?P<sign>©|\(c\)(?=\s*(?-i:[A-ZÀ-Ý])))"
    r"|\b(?:cr[ée]dits?\s+(?:photos?|photographiques?|images?|illustrations?)\b\s*:?"
    r"|cr[ée]dits?\s*:|copyright\b\s*:?|photos?\s*:|photographies?\s*:|ph\.\s*:?"
    r"|illustrations?\s*:|images?\s*:"
    r"|photos?(?=\s+[^\s/][^/\n]{0,60}/))",  # « Photo Samir Sid/APS »
    re.I,
)
_START_CREDIT_END = re.compile(r"[)\]]|\s[-–—|]\s|(?<![\s.]\w)\.\s+(?=[A-ZÀ-Ý«\"“])")


def split_credit(caption: str) -> tuple[str, str]:
    """(caption without its photo credit, credit): « Vue d’Alger. Crédit photo : APS » →
    (« Vue d’Alger. », « APS »). A marker counts at the start of the caption or after a
    bracket, dash, pipe, slash or full stop (« © » and « (c) » after any space)."""
    caption = _SPACES.sub(" ", _clean(caption)).strip(_TRIM)
    for match in _CREDIT_MARKER.finditer(caption):
        before = caption[: match.start()].rstrip(_TRIM)
        last, spaced = before[-1:], len(before) < match.start()
        separated = last in "([–—|." or (last in "-/" and before[-2:-1].isspace())
        if before and not separated and not (match["sign"] and (spaced or last in "-/")):
            continue
        rest = caption[match.end() :]
        if before and last in "([":
            end = re.search(r"[)\]]", rest)
            credit, after = (rest[: end.start()], rest[end.end() :]) if end else (rest, "")
            text = before[:-1].rstrip(_TRIM) + " " + after.strip(_TRIM)
        elif not before:
            end = _START_CREDIT_END.search(rest)
            credit, text = (rest[: end.start()], rest[end.end() :]) if end else (rest, "")
            text = text.lstrip(_TRIM + "-–—|/.):,;")
        else:
            credit, text = rest, before.rstrip(_TRIM + "-–—|/([,;:")
        credit = credit.strip(_TRIM + ":").rstrip(".)]" + _TRIM)
        return (text.strip(_TRIM), credit) if credit else (caption, "")
    return caption, ""


# Block comments escape « < », « > » and « -- » in their JSON: « [^<>]* » cannot overrun.
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:[a-z][a-z0-9_/-]*(?:\s[^<>]*)?-->", re.I)


def is_block_content(html_text: str) -> bool:
    """Whether this is Gutenberg block content (which must not go through ``wpautop``)."""
    return "<!-- wp:" in (html_text or "")


def strip_blocks(html_text: str) -> str:
    """Block content without its block comments, the blocks' HTML kept."""
    return _BLOCK_COMMENT.sub("", html_text or "")


KNOWN_SHORTCODES = {
    "caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist", "tweet",
    "youtube", "vimeo", "dailymotion", "instagram", "soundcloud", "spotify", "facebook",
    "twitter", "googlemaps", "gmap", "toc", "ads", "adsense", "button", "column", "columns",
    "row", "tabs", "tab", "accordion", "toggle", "one_half", "one_third", "two_third",
    "one_fourth", "pdf-embedder", "embeddoc", "sharethis", "ssba", "addtoany", "simple-links",
}  # fmt: skip
SHORTCODE_PREFIXES = (
    "vc_", "et_pb_", "fusion_", "av_", "su_", "td_", "tie_", "ux_", "mk_", "themify_",
    "ultimate_", "rev_slider", "contact-form", "gravityform", "wpforms", "ninja_form",
    "caldera_form", "mc4wp", "elementor", "tablepress", "wpdatatable", "jetpack", "bsf-",
)  # fmt: skip
_EMBEDS = {"embed", "youtube", "vimeo", "dailymotion", "soundcloud", "spotify", "tweet",
           "instagram", "facebook"}  # fmt: skip
_SHORTCODE = re.compile(
    r"\[(?P<open>\[?)(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9_-]*)(?=[\s/\]=])"
    r"(?P<attrs>[^\[\]]*)\](?P<end>\]?)"
)
_CLOSERS = re.compile(r"\[/([a-z][a-z0-9_-]*)\]")
_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s'\"]+))|\S+")
_IMG_TAG = re.compile(r"<img\b[^<>]*>", re.I)


def _is_shortcode(name, attrs, closing, closers):
    """The rule: a known WordPress or plugin shortcode (name or prefix), or a lowercase name
    with attributes (« [note id="1"] »), self-closed (« [note/] ») or closed somewhere in the
    text (« [/note] »). So « [Webinar] Accès », « [VIDÉO] », « [1] » and « [sic] » stay text."""
    if name in KNOWN_SHORTCODES or name.startswith(SHORTCODE_PREFIXES):
        return True
    marked = closing or name in closers or attrs.rstrip().endswith("/") or "=" in attrs
    return bool(marked and re.fullmatch(r"[a-z][a-z0-9_-]*", name))


def _attributes(raw):
    raw = raw if '"' in raw else re.sub("[“”″]", '"', raw)
    found = reversed([m for m in _ATTR.finditer(raw) if m[1]])  # the first one wins
    return {m[1].lower(): html.unescape(m[2] or m[3] or m[4] or "") for m in found}


def _image(attachment, caption=None, img_tag="<img>"):
    """An image for the tree pass, flagged with its attachment ID and caption."""
    extra = "" if caption is None else f' data-wp-caption="{html.escape(caption)}"'
    extra += "" if attachment is None else f' data-wp-attachment="{int(attachment)}"'
    return f"\n\n<img{extra}{img_tag[4:]}\n\n"


def _caption(attrs, inner):
    img, number = _IMG_TAG.search(inner), re.search(r"\d+", attrs.get("id", ""))
    caption = plain_text(attrs["caption"] if "caption" in attrs else _IMG_TAG.sub(" ", inner))
    if img is None:
        return f"\n\n<p>{html.escape(caption)}</p>\n\n"
    return _image(number and number.group(0), caption, img.group(0))


def _gallery(attrs, result):
    ids = re.findall(r"\d+", attrs.get("ids") or attrs.get("include") or "")
    if not ids:
        result.note("warnings", "galerie « [gallery] » sans identifiants de photos : retirée.")
    return "".join(_image(pk, img_tag='<img data-wp-gallery="1">') for pk in ids) or "\n\n"


def _shortcodes(text, result):
    """Shortcodes handled (see the module's docstring and ``_is_shortcode``); escaped ones
    replaced by placeholders, returned with the literal texts they stand for."""
    closers = set(_CLOSERS.findall(text))
    tags = [t for t in _SHORTCODE.finditer(text) if _is_shortcode(*t.group(3, 4, 2), closers)]
    # « [[foo]] », or the ends of « [[foo]…[/foo]] »: text, not shortcodes
    escaped = [bool(tag["open"] or (tag["end"] and tag["close"])) for tag in tags]
    closers_at = {}  # the first closing tag after an opening one closes it, as in WordPress
    for index, tag in enumerate(tags):
        if tag["close"] and not escaped[index]:
            closers_at.setdefault(tag["name"], []).append(index)
    out, literals, pos, index = [], [], 0, 0
    while index < len(tags):
        tag, current = tags[index], index
        out.append(text[pos : tag.start()])
        pos, index = tag.end(), index + 1
        if escaped[current]:
            whole = tag.group(0)
            out.append(f"\ue000{len(literals)}\ue001")
            literals.append(whole[1 : -1 if tag["end"] else None] if tag["open"] else whole[:-1])
            continue
        pos -= len(tag["end"])  # « [foo]] »: the second bracket is text
        name, attrs, closing = tag["name"], _attributes(tag["attrs"]), None
        if not tag["close"] and not tag["attrs"].rstrip().endswith("/"):
            found = closers_at.get(name, [])
            if (after := bisect.bisect(found, current)) < len(found):
                closing = found[after]
        inner = text[tag.end() : tags[closing].start()] if closing is not None else ""
        if name in ("caption", "wp_caption") and closing is not None:
            out.append(_caption(attrs, inner))
        elif name == "gallery" and not tag["close"]:
            out.append(_gallery(attrs, result))
        elif name in _EMBEDS and not tag["close"] and (url := _URL.search(inner or tag["attrs"])):
            url = html.escape(html.unescape(url.group(0)))
            out.append(f'\n\n<p><a href="{url}">{url}</a></p>\n\n')
        else:  # removed; an enclosing one keeps its content
            result.note("removed_shortcodes", name)
            continue
        if closing is not None:  # the content was used: carry on after the closing tag
            pos, index = tags[closing].end(), closing + 1
    out.append(text[pos:])
    return "".join(out), literals


_WRAPPING = {"blockquote", "div", "section", "article", "aside", "header", "footer", "main",
             "nav", "details", "form", "fieldset", "center", "noscript"}  # fmt: skip
_STRUCTURAL = {"ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "colgroup",
               "select", "optgroup", "menu", "hgroup", "map", "math"}  # fmt: skip
_INLINE_CONTEXT = {"p", "li", "td", "th", "dd", "dt", "caption", "figcaption", "figure",
                   "legend", "summary", "address", "option", "h1", "h2", "h3", "h4", "h5",
                   "h6"}  # fmt: skip
_VOID_BLOCKS = {"hr", "col", "area"}
_BLOCKS = _WRAPPING | _STRUCTURAL | _INLINE_CONTEXT | _VOID_BLOCKS | {"pre"}
_BLOCK_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])[^<>]*>|\ue002\d+\ue003")
_PROTECTED = re.compile(r"<(pre|script|style|textarea|svg)(?=[\s/>])[^<>]*>|<!--", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_NEW_LINE = re.compile(r"(?<!<br>)(?<!<br/>)(?<!<br />)\n(?!<br)", re.I)
_LONE_SHORTCODE = re.compile(  # a shortcode tag, or an enclosing shortcode on one line
    r"\[(/?)([a-z][\w-]*)(?=[\s/\]=])([^\[\]]*)\](?:[^\n]*\[/\2\])?", re.I
)


def _protect(text):
    """<pre>, <script>, <style>… and comments replaced by placeholders (pre: a block one)."""
    saved, out, pos, unclosed = [], [], 0, set()
    for match in _PROTECTED.finditer(text):
        kind = (match.group(1) or "!--").lower()
        if match.start() < pos or kind in unclosed:
            continue
        closer = re.compile("-->" if kind == "!--" else rf"</{kind}\s*>", re.I)
        if (end := closer.search(text, match.end())) is None:
            unclosed.add(kind)  # no closer further on: leave every later one alone
            continue
        marks = "\ue002\ue003" if kind == "pre" else "\ue004\ue005"
        out += [text[pos : match.start()], f"{marks[0]}{len(saved)}{marks[1]}"]
        saved.append(text[match.start() : end.end()])
        pos = end.end()
    return "".join([*out, text[pos:]]), saved


def _lines(chunk):
    """A paragraph's lines joined by <br> (none after or before one already there)."""
    return _NEW_LINE.sub("<br>\n", re.sub(r"[ \t]*\n\s*", "\n", chunk.strip()))


def _paragraphs(segment, closers):
    """Text between blocks in a container: paragraphs, and shortcodes alone on their line."""
    if "[" not in segment:  # no shortcode: in one go
        text = _BLANK_LINE.sub("\x00", re.sub(r"[ \t]*\n[ \t]*", "\n", segment))
        return "\n<p>" + _NEW_LINE.sub("<br>\n", text).replace("\x00", "</p>\n<p>") + "</p>\n"
    out = []
    for chunk in _BLANK_LINE.split(segment):
        lines = chunk.split("\n") if "[" in chunk else [chunk]
        run = []
        for line in lines:
            lone = _LONE_SHORTCODE.fullmatch(line.strip())
            if lone and _is_shortcode(lone[2], lone[3], lone[1], closers):
                out += [f"<p>{_lines(chr(10).join(run))}</p>"] * bool(run) + [line.strip()]
                run = []
            elif line.strip():
                run.append(line)
        out += [f"<p>{_lines(chr(10).join(run))}</p>"] * bool(run)
    return "\n" + "\n".join(out) + "\n"


def _inline(segment, context, closers):
    if not (segment := segment.strip()) or context in _STRUCTURAL:
        return segment
    if context is None or context in _WRAPPING:
        one_line = "\n" not in segment and "[" not in segment
        return f"\n<p>{segment}</p>\n" if one_line else _paragraphs(segment, closers)
    if "\n" not in segment:
        return segment
    chunks = (_lines(chunk) for chunk in _BLANK_LINE.split(segment))
    return ("</p>\n<p>" if context == "p" else "<br>\n").join(chunks)


def _autop(text):
    text, saved = _protect(text)
    text = re.sub(r"<[^<>]*\n[^<>]*>", lambda m: m.group(0).replace("\n", " "), text)
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text, flags=re.I)
    closers = set(_CLOSERS.findall(text))
    out, stack, counts, pos = [], [], {}, 0
    for match in _BLOCK_TAG.finditer(text):
        tag, closing, name = match.group(0, 1, 2)
        if (name := name.lower() if name else "") and name not in _BLOCKS:
            continue
        if match.start() > pos:
            out.append(_inline(text[pos : match.start()], stack[-1] if stack else None, closers))
        pos = match.end()
        if not name or name in _VOID_BLOCKS:  # <pre> placeholder, <hr>
            out.append(f"\n{tag}\n")
            continue
        if closing and counts.get(name):  # closing: what it closes goes too
            while stack:
                counts[stack[-1]] -= 1
                if stack.pop() == name:
                    break
        elif not closing:
            if stack and (stack[-1] == "p" or stack[-1] == name == "li"):
                counts[stack.pop()] -= 1  # implicitly closed
            if not tag.endswith("/>"):
                stack.append(name)
                counts[name] = counts.get(name, 0) + 1
        if name not in _INLINE_CONTEXT:  # inline contexts: no new line inside
            tag = f"\n{tag}\n"
        out.append(f"{tag}\n" if closing else f"\n{tag}")
    out.append(_inline(text[pos:], stack[-1] if stack else None, closers))
    text = re.sub(r"\n{2,}", "\n", "".join(out)).strip()
    return re.sub("[\ue002\ue004](\\d+)[\ue003\ue005]", lambda m: saved[int(m.group(1))], text)


def wpautop(text: str) -> str:
    """WordPress's paragraph rules for classic-editor content: blank-line-separated text
    becomes <p>, single newlines <br>; block elements, <pre> contents and shortcodes alone on
    their line are left alone. Idempotent."""
    return _autop(_clean(text))


_WARNED = {"script", "style", "iframe", "object", "embed", "applet", "video", "audio", "form",
           "svg", "math", "canvas", "frame", "frameset"}  # fmt: skip
_DROPPED = {"noscript", "template", "link", "meta", "base", "head", "title", "input",
            "button", "select", "textarea", "source", "track", "map", "param"}  # fmt: skip
_RENAMED = {"h1": "h2", "h4": "h3", "h5": "h3", "h6": "h3", "b": "strong", "i": "em",
            "strike": "s", "del": "s", "pre": "p", "dt": "p", "dd": "p", "menu": "ul",
            "figcaption": "p", "address": "p", "summary": "p", "legend": "p"}  # fmt: skip
# Block wrappers only: inline ones (<span>, <font>…) are left to the sanitiser.
_UNWRAPPED = {"div", "section", "article", "aside", "header", "footer", "main", "nav",
              "figure", "center", "dl", "details", "fieldset", "hgroup", "picture", "html",
              "body"}  # fmt: skip
_TOP_BLOCKS = {"p", "h2", "h3", "ul", "ol", "li", "blockquote", "hr"}
_GONE, _PHOTO = "nr-gone", "nr-photo"  # removed elements, photo figures: names of ours
_EMPTIABLE = {"p", "a", "li", "ul", "ol", "blockquote", "h2", "h3", "strong", "em", "s", "sub",
              "sup", "span", "u", "code", "small"}  # fmt: skip


def _parse(text, result):
    """The <body> of the parsed HTML; too deep a nesting (the parser would drop what lies below
    it) makes it plain text."""
    text = re.sub(r"<\?[^<>]*>", "", text)
    for attempt in range(2):
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True)
        document = etree.fromstring(f"<html><body>{text}</body></html>", parser)
        if attempt or all(error.type_name != "ERR_RESOURCE_LIMIT" for error in parser.error_log):
            break
        result.note("warnings", "balises imbriquées trop profondément : mise en forme retirée.")
        text = f"<p>{html.escape(plain_text(text), False)}</p>"
    body = document.find("body") if document is not None else None
    return etree.Element("body") if body is None else body


def _text(element):
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _remove(element):
    """``element`` and its content removed, the text after it kept: emptied and marked here,
    the marks stripped in one go (one by one, the texts around would be copied over and over)."""
    element.clear(keep_tail=True)
    element.tag = _GONE


def _is_empty(element):
    text = (element.text or "").strip() or _text(element).strip()
    return not text and next(element.iter("img", "hr"), None) is None


def _trim(element):
    """Line breaks and spaces at the edges of ``element`` removed."""
    while len(element) and element[-1].tag == "br" and not (element[-1].tail or "").strip():
        element.remove(element[-1])
    text = element.text
    while len(element) and element[0].tag == "br" and not (text or "").strip():
        text = element[0].tail
        element.remove(element[0])
    if len(element):
        element.text = (text or "").lstrip() or None
        element[-1].tail = (element[-1].tail or "").rstrip() or None
    else:
        element.text = (text or "").strip() or None


def _hoist(root, markers):
    """Markers (photo figures, caption paragraphs) moved to the top level, their ancestors
    split around them. Last one first: each split moves only what lies up to the next one."""
    for marker in reversed(markers):
        while (parent := marker.getparent()) is not None and parent is not root:
            after = parent.makeelement(parent.tag, dict(parent.attrib))
            after.text, after.tail, marker.tail, parent.tail = marker.tail, parent.tail, None, None
            after.extend(list(marker.itersiblings()))
            parent.addnext(marker)
            marker.addnext(after)


def _images(root, result, photo_for, figures):
    """Images → photo figures (their caption without its credit), or their caption alone."""
    markers, counts, found = [], {}, []
    for img in root.iter("img"):  # the caption of a figure showing this image alone
        figure = next(img.iterancestors("figure"), None)
        if figure is not None and figure not in counts:
            counts[figure] = sum(1 for _ in figure.iter("img"))
        alone = figure is not None and counts[figure] == 1
        captions = [c for c in figure if c.tag == "figcaption"] if alone else []
        caption = next((c for c in captions if img not in c.iter("img")), None)
        text = plain_text(_text(caption)) if caption is not None else ""
        found.append((img, img.get("data-wp-caption", text), caption))
    for img, caption, figcaption in found:
        if figcaption is not None:
            _remove(figcaption)
        if img.getparent() is None:  # inside something removed
            continue
        src = (img.get("data-lazy-src") or img.get("data-src") or img.get("src") or "").strip()
        found_id = re.search(r"\bwp-image-(\d+)", img.get("class", ""))
        number = img.get("data-wp-attachment") or (found_id[1] if found_id else "")
        attachment = int(number) if number.isdigit() else None
        url = None if src.lower().startswith("data:") else src or None
        pk = photo_for(url=url, attachment_id=attachment) if url or attachment else None
        caption, marker = split_credit(plain_text(caption))[0], None
        if pk is not None:
            marker = img.makeelement(_PHOTO, {})
            figures[marker] = (int(pk), caption)
            result.note("photos", int(pk))
        elif caption:
            marker = img.makeelement("p", {})
            marker.text = caption
        if src and pk is None:
            result.note("missing_images", src if len(src) < 200 else src[:199] + "…")
        elif img.get("data-wp-gallery") and pk is None:
            result.note("warnings", f"galerie : photo n° {attachment} non importée, retirée.")
        if marker is None:
            _remove(img)
        else:
            marker.tail = img.tail
            img.getparent().replace(img, marker)
            markers.append(marker)
    _hoist(root, markers)


def _replace(element, texts):
    """``element`` replaced by paragraphs of these texts."""
    for text in texts:
        element.addprevious(paragraph := element.makeelement("p", {}))
        paragraph.text = text
    _remove(element)


def _tables(root, result):
    for table in root.xpath("//table[not(ancestor::table)]"):
        rows = []
        for row in table.iter("caption", "tr"):
            cells = [plain_text(_text(cell)) for cell in row if cell.tag in ("td", "th")]
            rows.append(" | ".join(filter(None, cells)) or plain_text(_text(row)))
        _replace(table, filter(None, rows))
        result.note("warnings", "tableau converti en texte (à vérifier).")


def _wrap_loose_text(root, figures):
    """Text and inline elements at the top level gathered into paragraphs."""
    root.insert(0, start := root.makeelement("p", {}))  # for the text before any element
    start.text, root.text, loose = root.text, None, start
    for node in list(root)[1:]:
        if node in figures or node.tag in _TOP_BLOCKS:
            loose = None
            if (node.tail or "").strip():
                loose = node.makeelement("p", {})
                node.addnext(loose)
                loose.text, node.tail = node.tail, None
        else:
            if loose is None:
                loose = node.makeelement("p", {})
                node.addprevious(loose)
            loose.append(node)


def _rewrite(root, result, photo_for, link_for):
    """The tree reduced to the editor's structure; returns the photo figures' data."""
    etree.strip_tags(root, _GONE, _PHOTO)  # not the source's
    for element in root.iter(*_WARNED):
        if next(element.iterancestors(*_DROPPED), None) is None:
            src = element.get("src") or element.get("data") or ""
            where = f" ({src[:200]})" if _URL.fullmatch(src) else ""
            result.note("warnings", f"balise <{element.tag}> retirée{where}.")
    etree.strip_elements(root, *_WARNED, *_DROPPED, with_tail=False)
    for figure in root.xpath("//figure[contains(@class, 'wp-block-embed')]"):
        url = _URL.search(_text(figure))  # a paragraph of a URL alone: a link below
        captions = [plain_text(_text(c)) for c in figure.iter("figcaption")]
        _replace(figure, [url.group(0)] * bool(url) + captions)
    figures = {}
    _images(root, result, photo_for, figures)
    _tables(root, result)
    for element in root.iter(*_RENAMED):
        element.tag = _RENAMED[element.tag]
    etree.strip_tags(root, *_UNWRAPPED, _GONE)
    _wrap_loose_text(root, figures)
    for element in list(root.iter("p")):
        if not len(element) and _URL.fullmatch((element.text or "").strip()):
            url, element.text = element.text.strip(), None  # a URL alone: an oEmbed
            etree.SubElement(element, "a", href=url).text = url
    new_urls = {}
    for element in root.iter("a"):
        if href := (element.get("href") or "").strip():
            if href not in new_urls:
                new_urls[href] = link_for(href)
            if isinstance(new_urls[href], str) and new_urls[href]:
                element.set("href", new_urls[href])
    for element in root.iter(*_TOP_BLOCKS):  # the new lines between blocks
        if len(element) and element[0].tag in _TOP_BLOCKS and not (element.text or "").strip():
            element.text = None
        element.tail = element.tail if (element.tail or "").strip() else None
    for element in root.iter("br"):
        element.tail = (element.tail or "").lstrip() or None
    for element in reversed(list(root.iter(*_EMPTIABLE))):  # children first: they may empty it
        if element.tag == "p":
            _trim(element)
        if _is_empty(element):
            _remove(element)
    etree.strip_elements(root, _GONE, with_tail=False)
    return figures


def _data_photo(pk, caption):
    return f'<figure data-photo="{pk}">{caption}</figure>'


def _serialise(root, figures, figure_for=_data_photo):
    """Sanitised HTML around the photo figures (numbered, the source's were stripped)."""
    from articles.sanitizer import sanitize_html

    numbered = [child for child in root if child in figures]
    for number, child in enumerate(numbered):
        child.set("data-photo", str(number))
    root.attrib.clear()
    whole = etree.tostring(root, method="html", encoding="unicode", with_tail=False)
    whole = re.sub("  +", " ", whole)  # the spaces around what was removed (HTML shows one)
    parts = re.split(rf'<{_PHOTO} data-photo="(\d+)"></{_PHOTO}>', whole[6:-7])  # <body>…</body>
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(sanitize_html(part).replace("<p></p>", ""))
        elif int(part) < len(numbered):
            pk, caption = figures[numbered[int(part)]]
            caption = f"<figcaption>{html.escape(caption, False)}</figcaption>" if caption else ""
            out.append(figure_for(pk, caption))
    return "".join(out)


_URL_LINE = re.compile(r"^[ \t]*(https?://[^\s<>\"'\[\]]+)[ \t]*$", re.M | re.I)


def convert_body(content: str, *, photo_for, link_for, figure_for=_data_photo) -> Converted:
    """WordPress post content → our body HTML. ``photo_for(url=…, attachment_id=…)`` returns
    the PK of the photo an image shows, or None; ``link_for(href)`` a link's new address, or
    None to keep it; ``figure_for(pk, figcaption_html)`` the markup of a photo's figure.
    Which bracketed words are shortcodes: see ``_is_shortcode``."""
    result = Converted()
    if not (text := _clean(content)).strip():
        return result
    block = is_block_content(text)
    text, literals = _shortcodes(strip_blocks(text) if block else text, result)
    if not block:  # a URL alone on its line is an oEmbed: a paragraph of its own
        text = _autop(_URL_LINE.sub(r"\n\n\1\n\n", text))
    text = re.sub("\ue000(\\d+)\ue001", lambda m: html.escape(literals[int(m[1])], False), text)
    root = _parse(text, result)
    figures = _rewrite(root, result, photo_for, link_for)
    result.html = _serialise(root, figures, figure_for)
    return result
