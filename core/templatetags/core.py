"""``{% load core %}``: French dates and numbers for every template (see core.french)."""

from django import template

from core import french

register = template.Library()

for _name in ("date_fr", "datetime_fr", "iso", "countdown", "number_fr"):
    register.filter(_name, getattr(french, _name))
