"""French formatting, as French newspapers print it: « 1er novembre 2020 », « 11 novembre 2020
à 14 h 05 », « 12 345 ». Spelled out here rather than through the translation machinery: a
page prints dozens of dates. Registered as template filters by ``{% load core %}``."""

from django.utils import formats, timezone

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def date_fr(value):
    """« 1er novembre 2020 », « 10 novembre 2020 » (in Paris time for a datetime)."""
    if not value:
        return ""
    if getattr(value, "tzinfo", None) is not None:
        value = timezone.localtime(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def long_day(day):
    """« lundi 1er janvier 2024 »."""
    return f"{WEEKDAYS[day.weekday()]} {date_fr(day)}"


def datetime_fr(value):
    """« 11 novembre 2020 à 14 h », « 11 novembre 2020 à 14 h 05 »."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    time = f"{local.hour} h" if local.minute == 0 else f"{local.hour} h {local.minute:02d}"
    return f"{date_fr(local)} à {time}"


def iso(value):
    """A machine-readable datetime for <time datetime> and JSON-LD: whole seconds, with the
    Paris offset."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")


def countdown(moment):
    """« dans 2 h 05 min », « dans 3 j 4 h »: how long until ``moment``."""
    if not moment:
        return ""
    seconds = int((moment - timezone.now()).total_seconds())
    if seconds <= 0:
        return "maintenant"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"dans {days} j {hours} h"
    if hours:
        return f"dans {hours} h {minutes:02d} min"
    return f"dans {max(minutes, 1)} min"


def number_fr(value):
    """« 12 345 »: French digit grouping (a no-break space)."""
    return formats.number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)
