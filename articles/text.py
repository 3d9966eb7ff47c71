"""Text helpers shared by models, admin and commands."""

from django.utils.text import slugify

# Letters that Unicode does not decompose into ASCII but a French reader spells out.
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
)


def slugify_fr(value, *, max_length=None, fallback="article"):
    """ASCII slug for French text: « Œuvre, cœur & sœur » -> "oeuvre-coeur-soeur".

    Apostrophes are dropped ("L’Algérie" -> "lalgerie"), as on the seed site's URLs.
    A title with no letters or digits (emoji, punctuation) gets ``fallback``.
    """
    slug = slugify(str(value).translate(_LIGATURES)) or fallback
    if max_length:
        slug = slug[:max_length].strip("-") or fallback
    return slug
