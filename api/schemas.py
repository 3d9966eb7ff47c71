"""What the API answers: pydantic schemas (django-ninja), from which the OpenAPI description
is generated. Built from the models by ``api.serialise``, never by reading attributes in
the schemas (no query can hide in a response)."""

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field


class Error(Schema):
    code: str = Field(description="Code stable, pour les programmes (ex. « introuvable »).")
    message: str = Field(description="Explication en français, pour les personnes.")


class Publication(Schema):
    slug: str = Field(description="« » pour le titre principal.")
    name: str
    url: str = Field(description="Adresse de la page d’accueil.")
    tagline: str


class SectionRef(Schema):
    id: int
    slug: str
    name: str
    url: str


class Section(SectionRef):
    publication: str = Field(description="Slug de la publication.")
    parent: SectionRef | None
    description: str


class Tag(Schema):
    id: int
    slug: str
    name: str
    url: str


class AuthorRef(Schema):
    id: int
    slug: str
    name: str
    url: str


class Author(AuthorRef):
    role: str
    bio: str


class Photo(Schema):
    id: int
    caption: str
    alt: str
    credit: str = Field(description="À afficher avec la photo (« crédits photo : … »).")
    licence: str = Field(description="Code de licence (ex. « agency », « cc-by »).")
    licence_label: str
    width: int
    height: int
    src: str = Field(description="Rendu JPEG de 1 280 pixels de large au plus (16:9).")
    srcset: dict[str, str] = Field(
        description="Par format (jpg, webp…), l’attribut srcset des rendus 16:9."
    )
    rights_expire_on: str | None = Field(
        description="Dernier jour où la photo peut être montrée (AAAA-MM-JJ), ou null."
    )


class Sponsor(Schema):
    mention: str = Field(description="« Contenu partenaire » ou « En partenariat avec … ».")
    partner: str


class Link(Schema):
    title: str
    url: str
    article_id: int | None = Field(description="L’article lié, s’il est de nos publications.")


class Correction(Schema):
    kind: str
    text: str
    published_at: datetime


class ArticleSummary(Schema):
    deleted: Literal[False] = False
    id: int
    slug: str
    title: str
    standfirst: str
    url: str = Field(description="Adresse canonique, sur le domaine de sa publication.")
    publication: str = Field(description="Slug de sa publication.")
    primary_section: SectionRef | None
    sections: list[SectionRef]
    tags: list[Tag]
    authors: list[AuthorRef] = Field(description="Dans l’ordre de la signature.")
    lead_photo: Photo | None = Field(description="Absente quand ses droits ont expiré.")
    sponsored: Sponsor | None
    published_at: datetime
    updated_at: datetime
    changed_at: datetime = Field(
        description="Dernier changement de ce que l’API en montre (avec « updated_since » : "
        "l’ordre de la liste)."
    )


class Tombstone(Schema):
    """An article that is no longer served (unpublished, deleted, out of the filters): with
    ``updated_since`` only."""

    deleted: Literal[True] = True
    id: int
    changed_at: datetime


class Article(ArticleSummary):
    body_html: str = Field(description="Le corps tel que publié (HTML assaini, figures).")
    read_also: list[Link] = Field(description="Les liens « Lire aussi » choisis.")
    corrections: list[Correction]


class Page(Schema):
    """A page of a list: its items, how many there are in all, where the next page is."""

    count: int = Field(description="Nombre total d’éléments répondant aux filtres.")
    next: str | None = Field(description="Adresse de la page suivante, ou null.")


class ArticlePage(Page):
    results: list[ArticleSummary | Tombstone] = Field(
        description="Avec « updated_since », les articles qui ne sont plus servis y figurent "
        "comme pierres tombales (« deleted »: true)."
    )


class SectionPage(Page):
    results: list[Section]


class TagPage(Page):
    results: list[Tag]


class AuthorPage(Page):
    results: list[Author]


class PublicationList(Schema):
    results: list[Publication]


class SearchHit(ArticleSummary):
    excerpt_html: str = Field(description="Extrait, les mots trouvés entre <mark> et </mark>.")


class SearchPage(Page):
    more_than_count: bool = Field(
        description="Plus de résultats que « count » : la recherche s’arrête aux 500 plus "
        "pertinents parmi les plus récents."
    )
    results: list[SearchHit]


class StandingPage(Schema):
    id: int
    slug: str
    title: str
    url: str
    body_html: str
    updated_at: datetime


class StandingPageList(Schema):
    results: list[StandingPage]


class PhotoPage(Page):
    results: list[Photo]
