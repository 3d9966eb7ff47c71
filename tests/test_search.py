"""Search, on PostgreSQL (French configuration, unaccent) and on SQLite (FTS5) alike."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles import search
from articles.models import Article, Author, Tag
from articles.tasks import reindex_author, reindex_tag
from tests.factories import make_article, make_author
from tests.forms import form_data
from tests.tasks import queued, run_queued, use_database_backend

pytestmark = pytest.mark.django_db

SEED = "lalgerie-ouvre-son-premier-cluster-numerique"


def found(query):
    ids = [hit.article_id for hit in search.search(query, limit=100)]
    return list(Article.objects.filter(pk__in=ids).values_list("slug", flat=True)), ids


def slugs(query):
    ids = [hit.article_id for hit in search.search(query, limit=100)]
    by_id = dict(Article.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [by_id[i] for i in ids]


def test_accents_do_not_matter(demo):
    assert SEED in slugs("algerie")
    assert SEED in slugs("ALGÉRIE")


def test_french_plurals_and_endings_are_found(demo):
    assert SEED in slugs("numériques")
    assert SEED in slugs("clusters")


def test_cluster_numerique_ranks_the_seed_article_first(demo):
    assert slugs("cluster numérique")[0] == SEED


def test_title_weighs_more_than_body():
    body_only = make_article(title="Un autre sujet", body="<p>Le mot zythologie est ici.</p>")
    in_title = make_article(title="La zythologie expliquée", body="<p>Rien.</p>")
    assert [hit.article_id for hit in search.search("zythologie")] == [in_title.pk, body_only.pk]


def test_tags_and_authors_are_searchable():
    author = make_author(name="Amandine Quelquepart")
    article = make_article(title="Sans rapport", authors=[author], tags=["Hydrogène vert"])
    assert [h.article_id for h in search.search("quelquepart")] == [article.pk]
    assert [h.article_id for h in search.search("hydrogene")] == [article.pk]


def test_only_published_articles_are_ever_found():
    make_article(title="Pétaoctets en brouillon", status="draft", published_at=None)
    make_article(title="Pétaoctets programmés", published_at=timezone.now() + timedelta(hours=1))
    public = make_article(title="Pétaoctets publiés")
    assert [h.article_id for h in search.search("pétaoctets")] == [public.pk]
    assert search.count("pétaoctets") == 1


def test_index_follows_every_change(editor, django_capture_on_commit_callbacks):
    author = make_author(name="Jeanne Dussueil")
    article = make_article(title="Un premier titre", authors=[author], tags=["Cloud"])
    article.title = "Un titre sur la photonique"
    article.save()
    assert [h.article_id for h in search.search("photonique")] == [article.pk]
    assert search.search("premier") == []
    article.tags.add("Quantique")
    assert [h.article_id for h in search.search("quantique")] == [article.pk]
    tag = Tag.objects.get(name="Cloud")
    tag.name = "Nuage informatique"
    # A renamed tag or author: their articles are re-indexed by a task, once committed.
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    assert [h.article_id for h in search.search("nuage")] == [article.pk]
    Author.objects.filter(pk=author.pk).update(name="x")
    author.name = "Jeanne Dussueil-Martin"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert [h.article_id for h in search.search("martin")] == [article.pk]
    from articles import services

    article.lead_photo = None
    services.unpublish_article(article=article, user=editor)
    assert search.search("photonique") == []
    article.delete()
    assert search.count("photonique") == 0


def test_renaming_a_tag_in_the_admin_re_indexes_its_articles_in_the_background(
    client, editor, settings, django_capture_on_commit_callbacks
):
    articles = [make_article(title=f"Article {n}", tags=["Cloud"]) for n in range(3)]
    tag = Tag.objects.get(name="Cloud")
    use_database_backend(settings)
    client.force_login(editor)
    url = f"/admin/articles/tag/{tag.pk}/change/"
    data = form_data(client.get(url).content.decode(), form_id="tag_form")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data | {"name": "Nuage informatique"})
    assert response.status_code == 302
    # The editor's request only queued the work.
    assert search.search("nuage") == []
    assert [row.args_kwargs["args"] for row in queued(reindex_tag)] == [[tag.pk]]
    [done] = run_queued()
    assert done.status == "SUCCESSFUL" and done.return_value == 3
    assert sorted(h.article_id for h in search.search("nuage")) == [a.pk for a in articles]


def test_renaming_an_author_re_indexes_their_articles_in_the_background(
    settings, django_capture_on_commit_callbacks
):
    author = make_author(name="Jeanne Dussueil")
    article = make_article(authors=[author])
    use_database_backend(settings)
    author.name = "Jeanne Dussueil-Martin"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert search.search("martin") == []
    assert [row.args_kwargs["args"] for row in queued(reindex_author)] == [[author.pk]]
    run_queued()
    assert [h.article_id for h in search.search("martin")] == [article.pk]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "!!! ??? ...", "a" * 10_000, "' OR 1=1 --", "\"unbalanced", "x\x00y",
     "<script>alert(1)</script>", "-", "OR", "AND NOT", "*", "NEAR(a b)", "🚀"],
)  # fmt: skip
def test_hostile_queries_get_a_normal_page(client, demo, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert len(response.context["query"]) <= search.MAX_QUERY


def test_invalid_utf8_in_the_query_string_is_survived(client, demo):
    response = client.get("/recherche/?q=%ED%A0%80%FF&page=%FF")
    assert response.status_code in (200, 404)


def test_results_page_counts_highlights_and_paginates(client, demo):
    for n in range(25):
        make_article(title=f"Hélium numéro {n}", body="<p>On parle d’hélium ici & là.</p>")
    response = client.get("/recherche/", {"q": "hélium"})
    html = response.content.decode()
    assert "25 résultats pour « hélium »" in html
    assert html.count('class="search-result"') == 20
    assert "<mark>hélium</mark>" in html.lower()
    assert "&amp;" in html  # the excerpt is escaped text
    assert 'href="?q=h%C3%A9lium&amp;page=2"' in html
    second = client.get("/recherche/", {"q": "hélium", "page": 2}).content.decode()
    assert second.count('class="search-result"') == 5
    assert "noindex" in response["X-Robots-Tag"]


def test_no_result_says_so(client, demo):
    html = client.get("/recherche/", {"q": "introuvablissime"}).content.decode()
    assert "Aucun résultat pour « introuvablissime »" in html


def test_excerpts_never_carry_markup():
    make_article(
        title="Balises", body="<p>Le texte &lt;script&gt;alert(1)&lt;/script&gt; balises</p>"
    )
    hit = search.search("balises")[0]
    assert "<script>" not in hit.excerpt
    assert "alert(1)" in hit.excerpt  # the text is there, as text (PostgreSQL drops the tag)


def test_search_box_on_every_page(client, demo):
    for url in ["/", f"/articles/{SEED}/", "/rubrique/afrique/", "/corrections/"]:
        html = client.get(url).content.decode()
        assert 'role="search"' in html and 'action="/recherche/"' in html


def test_rebuild_command(demo):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM articles_search")
    assert search.search("algerie") == []
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert f"{Article.objects.count()} articles indexés." in out.getvalue()
    assert SEED in slugs("algerie")


def test_robots_txt_lists_sitemaps_and_keeps_crawlers_out(client, settings):
    text = client.get("/robots.txt").content.decode()
    for line in ["Disallow: /admin/", "Disallow: /recherche/", "Disallow: /apercu/",
                 f"Sitemap: {settings.SITE_URL}/sitemap.xml",
                 f"Sitemap: {settings.SITE_URL}/sitemap-news.xml"]:  # fmt: skip
        assert line in text


def test_large_result_sets_are_capped_and_said_so(client, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS", 5)
    for n in range(8):
        make_article(title=f"Graphène numéro {n}")
    html = client.get("/recherche/", {"q": "graphène"}).content.decode()
    assert "Plus de 5 résultats pour « graphène »" in html
    assert html.count('class="search-result"') == 5
    last = client.get("/recherche/", {"q": "graphène", "page": 99})
    assert last.status_code == 200 and last.context["page"].number == 1


def test_a_search_leaves_the_connection_s_planner_settings_as_they_were():
    """On PostgreSQL the search turns off sequential scans for itself only: inside a
    caller's transaction, a leaked SET LOCAL made every later query of the request plan
    with sequential scans forbidden (an empty table read took 100 ms, its plan JIT-compiled)."""
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    make_article(title="Alger accélère", status=Article.State.PUBLISHED)
    with transaction.atomic(), connection.cursor() as cursor:
        assert search.search("alger")
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == "on"
