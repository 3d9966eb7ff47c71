"""At newsroom scale: generated articles, the category listings, constant query counts."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db.models import Q
from django.utils import timezone

from articles import services
from articles.generate import generate
from articles.indexing import rebuild_all_listings
from articles.models import Article, Category, Listing
from articles.tasks import relist_section
from tests.factories import make_article, make_author, make_category, make_photo, warm_site_state
from tests.forms import form_data
from tests.tasks import queued, run_queued, use_database_backend

pytestmark = pytest.mark.django_db

END = timezone.make_aware(timezone.datetime(2026, 1, 1))


def listing_snapshot():
    return set(
        Listing.objects.values_list("category_id", "article_id", "published_at", "is_primary")
    )


def naive_category_ids(category):
    """The category page's articles computed the slow, obvious way (the reference)."""
    family = Category.objects.filter(Q(pk=category.pk) | Q(parent=category))
    return list(
        Article.objects.published()
        .filter(Q(primary_category__in=family) | Q(categories__in=family))
        .distinct()
        .order_by("-published_at", "-id")
        .values_list("pk", flat=True)
    )


def test_generation_is_realistic_and_deterministic():
    assert generate(count=300, seed=7, end=END, stream=StringIO()) == 300
    first = list(Article.objects.order_by("pk").values_list("slug", "title", "status"))
    statuses = [status for _, _, status in first]
    assert 0 < statuses.count("draft") < 30
    article = Article.objects.filter(status="published").first()
    assert 300 <= len(article.body.split()) <= 1500
    assert 2 <= article.tags.count() <= 6
    assert 1 <= article.bylines.count() <= 3
    assert Article.objects.filter(status="published", published_at__gt=END).exists()  # scheduled
    span = Article.objects.filter(published_at__lte=END).order_by("published_at")
    assert (END - span.first().published_at).days > 8 * 365
    Article.objects.all().delete()
    generate(count=300, seed=7, end=END, stream=StringIO())
    again = list(Article.objects.order_by("pk").values_list("slug", "title", "status"))
    assert again == first


def test_command_prints_progress_and_refuses_nonsense():
    out, err = StringIO(), StringIO()
    call_command("generate_articles", "--count", "50", "--seed", "2", stdout=out, stderr=err)
    assert "50 articles générés (graine 2)." in out.getvalue()
    assert "50 / 50 articles" in err.getvalue()
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("generate_articles", "--count", "0", stdout=out, stderr=err)
    with pytest.raises(CommandError):
        call_command("generate_articles", "--end", "demain", stdout=out, stderr=err)


def test_articles_are_generated_into_a_chosen_publication():
    from django.core.management.base import CommandError

    from articles import publications
    from articles.models import Publication

    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain="www.journaldesrh.fr")
    )
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="« Journal des RH » n’a aucune rubrique"):
        call_command("generate_articles", "--count", "5", "--publication", "journaldesrh",
                     stdout=out, stderr=err)  # fmt: skip
    with pytest.raises(CommandError, match="Publication inconnue : « rh » \\(connues : "):
        call_command("generate_articles", "--publication", "rh", stdout=out, stderr=err)
    recrutement = make_category(name="Recrutement", slug="recrutement", publication=rh)
    call_command("generate_articles", "--count", "40", "--publication", "journaldesrh",
                 stdout=out, stderr=err)  # fmt: skip
    generated = Article.objects.all()
    assert generated.count() == 40
    assert set(generated.values_list("publication", flat=True)) == {rh.pk}
    assert set(generated.values_list("primary_category", flat=True)) == {recrutement.pk}
    call_command("generate_articles", "--count", "10", stdout=out, stderr=err)
    others = Article.objects.exclude(publication=rh)
    assert others.count() == 10  # the default publication's, in its own sections
    assert not others.filter(primary_category=recrutement).exists()


def test_listings_follow_every_change(editor, django_capture_on_commit_callbacks):
    actualite = make_category(name="Actualité", slug="actualite")
    afrique = make_category(name="Afrique", slug="afrique", parent=actualite)
    tech = make_category(name="Tech", slug="tech")
    article = make_article(
        primary_category=afrique, lead_photo=make_photo(), authors=[make_author()]
    )
    assert set(
        Listing.objects.filter(article=article).values_list("category__slug", "is_primary")
    ) == {
        ("afrique", True),
        ("actualite", True),
    }
    article.categories.add(tech)
    assert Listing.objects.filter(article=article, category=tech, is_primary=False).exists()
    services.unpublish_article(article=article, user=editor)
    assert not Listing.objects.filter(article=article).exists()
    services.publish_article(article=article, user=editor)
    assert Listing.objects.filter(article=article).count() == 3
    afrique.parent = tech
    # A section that moves: its articles are listed again by a task, once committed.
    with django_capture_on_commit_callbacks(execute=True):
        afrique.save()
    assert not Listing.objects.filter(article=article, category=actualite).exists()
    article.categories.clear()
    afrique.parent = None
    with django_capture_on_commit_callbacks(execute=True):
        afrique.save()
    assert set(
        Listing.objects.filter(article=article).values_list("category__slug", flat=True)
    ) == {"afrique"}
    before = listing_snapshot()
    rebuild_all_listings()
    assert listing_snapshot() == before
    article.delete()
    assert not Listing.objects.exists()


def test_a_section_moved_in_the_admin_is_listed_again_in_the_background(
    client, editor, settings, django_capture_on_commit_callbacks
):
    actualite = make_category(name="Actualité", slug="actualite")
    tech = make_category(name="Tech", slug="tech")
    afrique = make_category(name="Afrique", slug="afrique", parent=actualite)
    article = make_article(primary_category=afrique)
    use_database_backend(settings)
    client.force_login(editor)
    url = f"/admin/articles/category/{afrique.pk}/change/"
    data = form_data(client.get(url).content.decode(), form_id="category_form")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data | {"parent": str(tech.pk)}).status_code == 302
    assert Category.objects.get(pk=afrique.pk).parent == tech
    # The request only queued the work: the article is still listed under its old parent.
    listed = Listing.objects.filter(article=article).values_list("category__slug", flat=True)
    assert set(listed.all()) == {"afrique", "actualite"}
    assert [row.args_kwargs["args"] for row in queued(relist_section)] == [[afrique.pk]]
    [done] = run_queued()
    assert done.status == "SUCCESSFUL" and done.return_value == 1
    assert set(listed.all()) == {"afrique", "tech"}


def test_deep_category_pages_match_the_obvious_query(client):
    generate(count=600, seed=3, end=END, stream=StringIO())
    category = Category.objects.get(slug="actualite")
    expected = naive_category_ids(category)
    assert len(expected) > 60
    shown = []
    for page in range(1, len(expected) // 20 + 2):
        response = client.get(f"/rubrique/actualite/?page={page}")
        shown += [article.pk for article in response.context["articles"]]
    assert shown == expected


def page_queries(client, django_assert_num_queries, url, expected):
    cache.clear()  # counted with nothing kept but what a running site reads once
    warm_site_state()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


PAGES = [
    # (url, queries): see tests/test_query_counts.py for what each query is.
    ("/", 7),
    ("/rubrique/actualite/", 6),
    ("/rubrique/actualite/?page=20", 6),
    ("/tag/cloud/", 5),
    ("/auteur/gen-jeanne-dussueil/", 5),
]


def test_query_counts_do_not_grow_with_thousands_of_articles(client, django_assert_num_queries):
    generate(count=10, seed=5, end=END, stream=StringIO())
    small = Article.objects.published().first().get_absolute_url()
    for url, queries in PAGES[:2]:
        page_queries(client, django_assert_num_queries, url, queries)
    generate(count=3000, seed=5, end=END, stream=StringIO())
    article = Article.objects.published()[1500]
    assert not article.related_links.exists() and not article.corrections.exists()
    for url, queries in PAGES:
        page_queries(client, django_assert_num_queries, url, queries)
    page_queries(client, django_assert_num_queries, small, 4)
    page_queries(client, django_assert_num_queries, article.get_absolute_url(), 4)


def test_admin_list_runs_the_same_queries_with_thousands_of_articles(
    admin_client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    generate(count=200, seed=9, end=END, stream=StringIO())
    lead = Category.objects.get(is_lead=True).pk
    views = ["", "?q=le", "?etat=draft", "?etat=published", f"?rubrique={lead}",
             "?published_at__year=2024"]  # fmt: skip
    counts = {}
    for view in views:
        admin_client.get("/admin/articles/article/" + view)
        with CaptureQueriesContext(connection) as queries:
            response = admin_client.get("/admin/articles/article/" + view)
        assert response.context["cl"].result_count > 0, view  # rows to display, already
        counts[view] = len(queries)
    generate(count=3000, seed=9, end=END, stream=StringIO())
    for view in views:
        with django_assert_num_queries(counts[view]):
            assert admin_client.get("/admin/articles/article/" + view).status_code == 200
