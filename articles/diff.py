"""Readable side-by-side differences between two versions of an article."""

import difflib
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

_BLOCK_END = re.compile(r"</(?:p|h2|h3|li|blockquote)>|<br\s*/?>|<hr\s*/?>", re.I)


def body_lines(markup):
    """The body as lines of plain text: one line per paragraph, heading or list item."""
    text = _BLOCK_END.sub("\n", markup or "")
    return [line.strip() for line in strip_tags(text).splitlines() if line.strip()]


def _words(text):
    return re.findall(r"\S+|\s+", text)


def _mark(old, new):
    """Both sides of a changed line, escaped, with removed and added words marked."""
    a, b = _words(old), _words(new)
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old_part, new_part = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
        else:
            if old_part:
                left.append(f"<del>{old_part}</del>")
            if new_part:
                right.append(f"<ins>{new_part}</ins>")
    # Every piece was escaped above; only our <del> and <ins> marks are HTML.
    return mark_safe("".join(left)), mark_safe("".join(right))


def side_by_side(old_lines, new_lines):
    """Rows of (status, old html, new html); status is same, changed, removed or added."""
    rows = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [("same", escape(line), escape(line)) for line in old_lines[i1:i2]]
            continue
        olds, news = old_lines[i1:i2], new_lines[j1:j2]
        for k in range(max(len(olds), len(news))):
            old = olds[k] if k < len(olds) else None
            new = news[k] if k < len(news) else None
            if old is not None and new is not None:
                rows.append(("changed", *_mark(old, new)))
            elif old is not None:
                rows.append(("removed", escape(old), ""))
            else:
                rows.append(("added", "", escape(new)))
    return rows


def compare(old, new):
    """The differences of title, standfirst and body between two revision snapshots."""
    return [
        ("Titre", side_by_side([old["title"]], [new["title"]])),
        ("Chapô", side_by_side([old["standfirst"]], [new["standfirst"]])),
        ("Corps de l’article", side_by_side(body_lines(old["body"]), body_lines(new["body"]))),
    ]
