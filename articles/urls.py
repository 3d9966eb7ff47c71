from urllib.parse import urlsplit

from django.conf import settings
from django.urls import path

from articles import feeds, photos, sitemaps, views

app_name = "articles"

# Photo renditions live under MEDIA_URL: made on first request by this view, then served as
# files by the front server (deploy/nginx.conf); those of photos whose rights end are always
# answered by the view (photos.UNTIL_FOLDER).
_MEDIA = urlsplit(settings.MEDIA_URL).path.lstrip("/")

urlpatterns = [
    path(
        f"{_MEDIA}{photos.FOLDER}/<int:pk>/<str:version>/<str:name>",
        views.rendition,
        name="rendition",
    ),
    path(
        f"{_MEDIA}{photos.UNTIL_FOLDER}/<int:pk>/<str:version>/<str:name>",
        views.rendition,
        {"folder": photos.UNTIL_FOLDER},
        name="rendition-until",
    ),
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("rubrique/<slug:slug>/", views.category_detail, name="category"),
    path("tag/<slug:slug>/", views.tag_detail, name="tag"),
    path("auteur/<slug:slug>/", views.author_detail, name="author"),
    # Feeds: RSS 2.0, and Atom under atom/.
    path("flux/", feeds.site_feed, name="feed"),
    path("flux/atom/", feeds.site_feed, {"kind": "atom"}, name="feed-atom"),
    path("rubrique/<slug:slug>/flux/", feeds.category_feed, name="category-feed"),
    path(
        "rubrique/<slug:slug>/flux/atom/",
        feeds.category_feed,
        {"kind": "atom"},
        name="category-feed-atom",
    ),
    path("tag/<slug:slug>/flux/", feeds.tag_feed, name="tag-feed"),
    path("tag/<slug:slug>/flux/atom/", feeds.tag_feed, {"kind": "atom"}, name="tag-feed-atom"),
    path("auteur/<slug:slug>/flux/", feeds.author_feed, name="author-feed"),
    path(
        "auteur/<slug:slug>/flux/atom/",
        feeds.author_feed,
        {"kind": "atom"},
        name="author-feed-atom",
    ),
    # Sitemaps: an index, articles by month, the other public pages, Google News.
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-news.xml", sitemaps.news, name="sitemap-news"),
    path("sitemap-articles-<str:month>.xml", sitemaps.articles_of_month, name="sitemap-articles"),
    path("sitemap-rubriques.xml", sitemaps.categories, name="sitemap-categories"),
    path("sitemap-tags.xml", sitemaps.tags, name="sitemap-tags"),
    path("sitemap-auteurs.xml", sitemaps.authors, name="sitemap-authors"),
    path("sitemap-pages.xml", sitemaps.pages, name="sitemap-pages"),
    path("pages/<slug:slug>/", views.page_detail, name="page"),
    path("corrections/", views.corrections, name="corrections"),
    path("recherche/", views.search_results, name="search"),
    path("theme.css", views.theme, name="theme"),
    path("stats/lecture/<int:pk>/", views.record_view, name="record-view"),
    path("apercu/<str:token>/", views.preview, name="preview"),
]
