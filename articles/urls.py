from django.urls import path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
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
    path("pages/<slug:slug>/", views.page_detail, name="page"),
    path("corrections/", views.corrections, name="corrections"),
    path("recherche/", views.search_results, name="search"),
    path("stats/lecture/<int:pk>/", views.record_view, name="record-view"),
    path("apercu/<str:token>/", views.preview, name="preview"),
]
