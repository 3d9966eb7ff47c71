"""``{% load core %}``: French dates and numbers for every template (see core.french), and
``{% fragment %}``."""

from django import template

from core import french, surrogates

register = template.Library()

for _name in ("date_fr", "datetime_fr", "iso", "countdown", "number_fr"):
    register.filter(_name, getattr(french, _name))


@register.simple_tag(takes_context=True)
def fragment(context, name, **args):
    """``{% fragment "latest" exclude=article.pk %}``: a part of the page with its own
    surrogate keys, kept apart by the page cache (``core.surrogates``)."""
    return surrogates.render_fragment(context["request"], name, context, **args)
