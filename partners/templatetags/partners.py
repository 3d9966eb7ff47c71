"""``{% partner_slot "name" %}``, ``{% partner_call_to_action %}`` and the in-body slot.

A view says what page it renders with ``partner_page`` in its context: ``{"type": "article",
"categories": [3, 7]}`` (see partners.placements.PAGE_TYPES). A slot renders nothing when
no banner may fill it; otherwise the server's draw plus every eligible creative in
``<template>`` elements for static/js/partners.js to draw from in the browser.
"""

import contextlib
import logging
import re

from django import template
from django.conf import settings
from django.db import DatabaseError
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from partners import selection
from partners.placements import PLACEMENTS

register = template.Library()
logger = logging.getLogger(__name__)


def _used(context):
    """The banners already drawn on this page: never the same one twice."""
    holder = context.get("request") or context.render_context
    used = getattr(holder, "_partner_banners_used", None)
    if used is None:
        used = set()
        try:
            holder._partner_banners_used = used
        except AttributeError:  # the render context: keep it as a key
            used = context.render_context.setdefault("_partner_banners_used", set())
    return used


def _publication_id(context):
    """The page's publication (newsroom.context_processors.site), if any."""
    publication = context.get("publication")
    return publication.pk if publication is not None else None


def render_slot(context, name):
    page = context.get("partner_page") or {}
    try:
        candidates = selection.eligible(
            name,
            page_type=page.get("type"),
            category_ids=page.get("categories") or (),
            publication_id=_publication_id(context),
        )
    except DatabaseError:  # a banner never takes a page down with it
        logger.exception("Partners: banners unavailable, slot %s left empty", name)
        return ""
    if not candidates:
        return ""
    used = _used(context)
    chosen = selection.draw(candidates, exclude=used)
    if chosen is None:  # every eligible banner is already on the page
        return ""
    used.add(chosen.id)
    return get_template("partners/slot.html").render(
        {
            "name": name,
            "placement": PLACEMENTS[name],
            "chosen": chosen,
            # The browser draws again among those the page does not show yet.
            "candidates": candidates,
        }
    )


@register.simple_tag(takes_context=True)
def partner_slot(context, name):
    return mark_safe(render_slot(context, name))


@register.inclusion_tag("partners/call_to_action.html", takes_context=True)
def partner_call_to_action(context):
    try:
        cta = selection.call_to_action(publication_id=_publication_id(context))
    except DatabaseError:
        logger.exception("Partners: call to action unavailable, default shown")
        cta = None
    return {
        "cta": cta,
        "SITE_NAME": context.get("SITE_NAME"),
        "publication": context.get("publication"),
    }


_BLOCK = re.compile(r"<(/?)(p|blockquote|ul|ol|figure|table)\b[^>]*>", re.IGNORECASE)


def after_paragraph(html, n):
    """The offset just after the n-th top-level paragraph of ``html``, or None."""
    depth = seen = 0
    for match in _BLOCK.finditer(html):
        closing, tag = match.group(1), match.group(2).lower()
        if tag == "p":
            if closing and depth == 0:
                seen += 1
                if seen == n:
                    return match.end()
            continue
        depth += -1 if closing else 1
        depth = max(depth, 0)
    return None


@register.simple_tag(takes_context=True)
def body_with_partner_slot(context, html, after=3):
    """The article body with the "article_body" slot after its ``after``-th paragraph, when
    at least one more paragraph follows (a banner never ends an article's text)."""
    html = str(html or "")
    at = after_paragraph(html, after)
    if at is None or after_paragraph(html, after + 1) is None:
        return mark_safe(html)
    slot = render_slot(context, "article_body")
    return mark_safe(html[:at] + slot + html[at:])


@register.filter
def sponsor_mention(article):
    """« Contenu partenaire » or « En partenariat avec … » for a sponsored article (its
    ``sponsor`` is loaded with it: select_related); empty otherwise. The wording is the
    article's own (``Article.sponsor_mention``), shared with the feeds."""
    return article.sponsor_mention if getattr(article, "sponsor_id", None) else ""


@register.filter
def sponsor_prefix(item):
    """« Rubrique proposée par » (a category) or « Sujet proposé par » (a tag)."""
    if item._meta.model_name == "category":
        return "Rubrique proposée par"
    return "Sujet proposé par"


_LINK = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
_HREF = re.compile(r'\bhref="(https?://[^"]*)"', re.IGNORECASE)
_REL = re.compile(r'\srel="[^"]*"', re.IGNORECASE)


@register.filter
def sponsored_links(html):
    """Outbound links of a sponsored article's body get ``rel="sponsored noopener"``.

    Bodies are sanitised on save (articles.sanitizer): attributes are double-quoted and
    escaped, so a pattern finds them safely."""
    from articles.publications import host_map

    own = {settings.SITE_URL.rstrip("/").split("://", 1)[-1]}
    with contextlib.suppress(DatabaseError):  # every publication of the newsroom is « us »
        own |= set(host_map().by_domain)

    def mark(match):
        tag = match.group(0)
        href = _HREF.search(tag)
        if not href or href.group(1).split("://", 1)[1].split("/", 1)[0].lower() in own:
            return tag
        tag = _REL.sub("", tag)
        return tag[:-1].rstrip("/ ") + ' rel="sponsored noopener">'

    return mark_safe(_LINK.sub(mark, str(html or "")))
