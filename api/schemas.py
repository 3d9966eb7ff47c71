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
    """A section; in an article, with « include=sections » only (else a reference)."""

    publication: str = Field(None, description="Slug de la publication.")
    parent: SectionRef | None = None
    description: str = None


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
    """An author; in an article, with « include=authors » only (else a reference)."""

    role: str = None
    bio: str = None


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
    """An article of a list. Every property may be left out by « fields »; « include »
    adds ``body_html`` and the authors' and sections' full records."""

    deleted: Literal[False] = False
    id: int
    slug: str = None
    title: str = None
    standfirst: str = None
    url: str = Field(None, description="Adresse canonique, sur le domaine de sa publication.")
    publication: str = Field(None, description="Slug de sa publication.")
    primary_section: Section | None = None
    sections: list[Section] = None
    tags: list[Tag] = None
    authors: list[Author] = Field(None, description="Dans l’ordre de la signature.")
    lead_photo: Photo | None = Field(None, description="Absente quand ses droits ont expiré.")
    sponsored: Sponsor | None = None
    published_at: datetime = None
    updated_at: datetime = None
    changed_at: datetime = Field(
        None,
        description="Dernier changement de ce que l’API en montre (avec « updated_since » : "
        "l’ordre de la liste).",
    )
    body_html: str = Field(
        None, description="Le corps tel que publié (HTML assaini, figures) ; « include=body »."
    )


class Tombstone(Schema):
    """An article that is no longer served (unpublished, deleted, out of the filters): with
    ``updated_since`` only."""

    deleted: Literal[True] = True
    id: int
    changed_at: datetime


class Article(ArticleSummary):
    read_also: list[Link] = Field(None, description="Les liens « Lire aussi » choisis.")
    corrections: list[Correction] = None


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
    excerpt_html: str = Field(
        None, description="Extrait, les mots trouvés entre <mark> et </mark>."
    )


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
