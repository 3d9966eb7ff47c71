from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("rubrique/<slug:slug>/", views.category_detail, name="category"),
    path("tag/<slug:slug>/", views.tag_detail, name="tag"),
    path("auteur/<slug:slug>/", views.author_detail, name="author"),
    path("pages/<slug:slug>/", views.page_detail, name="page"),
    path("corrections/", views.corrections, name="corrections"),
    path("recherche/", views.search_results, name="search"),
    path("apercu/<str:token>/", views.preview, name="preview"),
]
