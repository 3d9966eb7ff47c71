"""The named slots of the site where a partner banner may appear, and the page types.

Each slot keeps a fixed, reserved size so that a page never jumps when a banner appears
(or when JavaScript swaps it for another). Templates render them with
``{% partner_slot "name" %}`` (partners.templatetags.partners).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    label: str
    width: int  # the creative's size in CSS pixels, also the reserved box
    height: int


PLACEMENTS = {
    "leaderboard": Placement("En-tête du site (bannière 728 × 90)", 728, 90),
    "sidebar": Placement("Colonne latérale (pavé 300 × 250)", 300, 250),
    "article_body": Placement("Dans le texte de l’article (pavé 300 × 250)", 300, 250),
    "article_end": Placement("Fin d’article (bannière 728 × 90)", 728, 90),
    "home_sections": Placement("Accueil, entre les rubriques (bannière 728 × 90)", 728, 90),
}
PLACEMENT_CHOICES = [(name, placement.label) for name, placement in PLACEMENTS.items()]

PAGE_TYPES = {
    "home": "Accueil",
    "article": "Article",
    "category": "Rubrique",
    "tag": "Tag",
    "author": "Auteur",
    "search": "Recherche",
    "page": "Page fixe",
}
PAGE_TYPE_CHOICES = list(PAGE_TYPES.items())
