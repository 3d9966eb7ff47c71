"""The editorial backend: the article desk, and the library (photos, categories, authors,
tags, standing pages)."""

from articles.admin import articles, library  # noqa: F401  (registers the admin classes)
