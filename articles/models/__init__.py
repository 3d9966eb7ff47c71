"""The newsroom's data, by theme: the library (sections, tags, photos, authors, standing
pages, breaking news), articles and their parts, the desk's records (versions, previews,
trash), and the rows derived from articles for list pages."""

from articles.models.publications import Publication  # isort: skip (the others refer to it)
from articles.models.library import (  # isort: skip
    BODY_EDITOR,
    Author,
    BreakingNews,
    Category,
    Page,
    Photo,
    Tag,
    TaggedPhoto,
    photo_upload_to,
    slug_url,
)

from articles.models.articles import (  # isort: skip (after the library it refers to)
    TITLE_MAX,
    Article,
    ArticleAuthor,
    Correction,
    RelatedLink,
    State,
    TaggedArticle,
    Transition,
    public_rows,
)
from articles.models.derived import ArticleView, Listing  # isort: skip
from articles.models.imports import ImportedItem, WordPressImport  # isort: skip
from articles.models.redirects import MissingPage, Redirect  # isort: skip
from articles.models.desk import (  # isort: skip
    PreviewLink,
    Revision,
    TrashedItem,
    preview_expiry,
    preview_token,
)

__all__ = [
    "BODY_EDITOR",
    "TITLE_MAX",
    "Article",
    "ArticleAuthor",
    "ArticleView",
    "Author",
    "BreakingNews",
    "Category",
    "Correction",
    "ImportedItem",
    "Listing",
    "MissingPage",
    "Page",
    "Photo",
    "PreviewLink",
    "Publication",
    "Redirect",
    "RelatedLink",
    "Revision",
    "State",
    "Tag",
    "TaggedArticle",
    "TaggedPhoto",
    "Transition",
    "TrashedItem",
    "WordPressImport",
    "photo_upload_to",
    "preview_expiry",
    "preview_token",
    "public_rows",
    "slug_url",
]
