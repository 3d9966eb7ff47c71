"""Automatic « Lire aussi », « Les plus lus » from cookie-less counts, breaking news."""

import threading
import time
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.utils import timezone

from articles.models import ArticleView, BreakingNews
from tests.factories import make_article, make_category, make_related

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"


def read_also(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    if 'class="read-also"' not in html:
        return []
    block = html.split('class="read-also"')[1].split("</aside>")[0]
    return [part.split("</a>")[0].split(">")[-1] for part in block.split("<li>")[1:]]


# Automatic « Lire aussi » -----------------------------------------------------------------


def test_suggestions_complete_the_chosen_links(client):
    now = timezone.now()
    category = make_category()
    article = make_article(title="Le sujet", tags=["Cloud", "IA", "Afrique"],
                           primary_category=category)  # fmt: skip
    chosen = make_article(title="Choisi à la main", tags=["Cloud"])
    make_related(article, target=chosen, position=1)
    make_article(title="Trois tags en commun", tags=["Cloud", "IA", "Afrique"],
                 published_at=now - timedelta(days=30))  # fmt: skip
    make_article(title="Un tag, récent", tags=["IA"], published_at=now - timedelta(hours=2))
    make_article(title="Un tag, ancien", tags=["IA"], published_at=now - timedelta(days=9))
    make_article(title="Même rubrique", primary_category=category,
                 published_at=now - timedelta(days=1))  # fmt: skip
    make_article(title="Brouillon en commun", tags=["Cloud", "IA"], status="draft")
    make_article(title="Sans rapport", tags=["Sport"])
    assert read_also(client, article) == [
        "Choisi à la main",
        "Trois tags en commun",
        "Un tag, récent",
        "Un tag, ancien",
    ]


def test_four_chosen_links_get_no_suggestion(client):
    article = make_article(tags=["Cloud"])
    targets = [make_article(title=f"Choix {n}", tags=["Cloud"]) for n in range(4)]
    for n, target in enumerate(targets):
        make_related(article, target=target, position=n)
    make_article(title="Suggestion", tags=["Cloud"])
    assert read_also(client, article) == ["Choix 0", "Choix 1", "Choix 2", "Choix 3"]


def test_suggestions_never_repeat_or_show_the_article_itself(client):
    article = make_article(title="Lui-même", tags=["Cloud"])
    other = make_article(title="Autre", tags=["Cloud"])
    make_related(article, target=other, position=1)
    titles = read_also(client, article)
    assert titles.count("Autre") == 1 and "Lui-même" not in titles


# Reading counts -----------------------------------------------------------------------------


def beacon(client, article, **headers):
    return client.post(
        f"/stats/lecture/{article.pk}/", HTTP_USER_AGENT=headers.pop("ua", BROWSER), **headers
    )


def count_of(article):
    return sum(ArticleView.objects.filter(article=article).values_list("count", flat=True))


def test_a_reader_is_counted_once_a_day_and_nothing_personal_is_stored(client):
    article = make_article()
    assert beacon(client, article).status_code == 204
    assert beacon(client, article).status_code == 204  # a reload
    assert count_of(article) == 1
    beacon(client, article, REMOTE_ADDR="10.0.0.2")
    beacon(client, article, ua=BROWSER + " Firefox")
    assert count_of(article) == 3
    assert ArticleView.objects.count() == 1  # one row for the article and the day
    assert {f.name for f in ArticleView._meta.get_fields()} == {"id", "article", "day", "count"}
    assert not client.cookies


def test_a_script_that_changes_its_browser_name_counts_as_a_few_readers_only(client):
    from accounts.limits import READERS_PER_ADDRESS

    article = make_article()
    for n in range(READERS_PER_ADDRESS + 30):
        assert beacon(client, article, ua=f"{BROWSER} Build/{n}").status_code == 204
    assert count_of(article) == READERS_PER_ADDRESS
    beacon(client, article, REMOTE_ADDR="10.0.0.2")  # another address is another office
    assert count_of(article) == READERS_PER_ADDRESS + 1


@pytest.mark.parametrize(
    "headers",
    [{"ua": "Googlebot/2.1 (+http://www.google.com/bot.html)"}, {"ua": ""},
     {"ua": "facebookexternalhit/1.1"}, {"HTTP_SEC_PURPOSE": "prefetch"},
     {"HTTP_PURPOSE": "prefetch"}],
)  # fmt: skip
def test_bots_and_prefetches_are_not_counted(client, headers):
    article = make_article()
    assert beacon(client, article, **headers).status_code == 204
    assert count_of(article) == 0


def test_unpublished_or_unknown_articles_are_not_counted(client):
    draft = make_article(status="draft", published_at=None)
    assert beacon(client, draft).status_code == 204
    assert count_of(draft) == 0
    assert client.post("/stats/lecture/999999/", HTTP_USER_AGENT=BROWSER).status_code == 204
    assert client.get("/stats/lecture/1/").status_code == 405


def test_article_pages_carry_the_beacon_but_previews_do_not(client, editor):
    from articles import services

    article = make_article()
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'data-view="/stats/lecture/{article.pk}/"' in html
    draft = make_article(status="draft", published_at=None)
    link = services.create_preview_link(article=draft, user=editor)
    assert "data-view" not in client.get(link.secret_url()).content.decode()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency needs PostgreSQL")
def test_concurrent_counts_are_never_lost():
    article = make_article()
    errors = []

    def read(n):
        try:
            Client().post(
                f"/stats/lecture/{article.pk}/",
                HTTP_USER_AGENT=f"{BROWSER} {n}",
                REMOTE_ADDR=f"10.0.{n}.1",  # 40 readers, each at home
            )
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=read, args=(n,)) for n in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert count_of(article) == 40
    assert ArticleView.objects.filter(article=article).count() == 1


def test_most_read_windows_and_ranking():
    today = timezone.localdate()
    old_hit = make_article(title="Succès de la semaine")
    fresh = make_article(title="Succès du jour")
    draft = make_article(title="Brouillon lu", status="draft")
    ArticleView.objects.create(article=old_hit, day=today - timedelta(days=3), count=500)
    ArticleView.objects.create(article=fresh, day=today, count=50)
    ArticleView.objects.create(article=draft, day=today, count=9999)
    ArticleView.objects.create(article=old_hit, day=today - timedelta(days=9), count=10_000)
    day = [row["title"] for row in ArticleView.objects.most_read(days=1)]
    week = [row["title"] for row in ArticleView.objects.most_read(days=7)]
    assert day == ["Succès du jour"]
    assert week == ["Succès de la semaine", "Succès du jour"]


def test_the_edge_day_counts_for_its_share_of_the_window():
    now = timezone.localtime().replace(hour=18, minute=0)
    yesterday = make_article(title="Hier")
    today = make_article(title="Aujourd’hui")
    ArticleView.objects.create(article=yesterday, day=now.date() - timedelta(days=1), count=100)
    ArticleView.objects.create(article=today, day=now.date(), count=30)
    # At 18:00, yesterday's views weigh 6/24: 25, less than today's 30.
    rows = ArticleView.objects.most_read(days=1, now=now)
    assert [(row["title"], round(row["score"])) for row in rows] == [
        ("Aujourd’hui", 30),
        ("Hier", 25),
    ]


def test_most_read_is_shown_site_wide_and_per_category(client):
    afrique = make_category(name="Afrique", slug="afrique")
    tech = make_category(name="Tech", slug="tech")
    in_africa = make_article(title="Lu en Afrique", primary_category=afrique)
    in_tech = make_article(title="Lu en tech", primary_category=tech)
    ArticleView.objects.create(article=in_africa, day=timezone.localdate(), count=10)
    ArticleView.objects.create(article=in_tech, day=timezone.localdate(), count=20)
    home = client.get("/").content.decode().split('class="most-read"')[1].split("</section>")[0]
    assert home.index("Lu en tech") < home.index("Lu en Afrique")
    assert "24 heures" in home and "7 jours" in home
    page = client.get("/rubrique/afrique/").content.decode()
    block = page.split('class="most-read"')[1].split("</section>")[0]
    assert "Lu en Afrique" in block and "Lu en tech" not in block


def test_reading_counts_do_not_empty_the_page_cache(
    client, settings, django_capture_on_commit_callbacks
):
    from core import pagecache

    settings.PAGE_CACHE_SECONDS = 300
    article = make_article()
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        beacon(client, article)
    assert pagecache.generation() == before


# Breaking news -------------------------------------------------------------------------------


def test_breaking_news_shows_in_its_window_and_disappears_by_itself(client):
    now = timezone.now()
    BreakingNews.objects.create(text="Passée", starts_at=now - timedelta(hours=2),
                                ends_at=now - timedelta(hours=1))  # fmt: skip
    BreakingNews.objects.create(text="Future", starts_at=now + timedelta(hours=1),
                                ends_at=now + timedelta(hours=2))  # fmt: skip
    BreakingNews.objects.create(text="Éteinte", starts_at=now - timedelta(hours=1),
                                ends_at=now + timedelta(hours=1), is_active=False)  # fmt: skip
    BreakingNews.objects.create(text="Moins urgente", priority=1, link="/corrections/",
                                starts_at=now - timedelta(minutes=5),
                                ends_at=now + timedelta(hours=1))  # fmt: skip
    soon_over = BreakingNews.objects.create(
        text="La French Tech lève un record", priority=5, link="https://example.com/",
        starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(seconds=1),
    )  # fmt: skip
    for url in ["/", "/corrections/", "/recherche/"]:
        html = client.get(url).content.decode()
        assert '<a href="https://example.com/">La French Tech lève un record</a>' in html
        assert "Passée" not in html and "Future" not in html and "Éteinte" not in html
    time.sleep(1.2)
    html = client.get("/").content.decode()
    assert soon_over.text not in html
    assert '<a href="/corrections/">Moins urgente</a>' in html


@pytest.mark.parametrize("link", ["javascript:alert(1)", "//evil.example/", "data:text/html,x"])
def test_breaking_news_links_are_checked(link):
    banner = BreakingNews(text="Alerte", link=link, ends_at=timezone.now() + timedelta(hours=1))
    with pytest.raises(ValidationError):
        banner.full_clean()


def test_page_cache_does_not_outlive_a_breaking_news_banner(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    now = timezone.now()
    BreakingNews.objects.create(text="Brève", starts_at=now - timedelta(minutes=1),
                                ends_at=now + timedelta(seconds=30))  # fmt: skip
    response = client.get("/")
    assert "s-maxage=30" in response["Cache-Control"] or "s-maxage=29" in response["Cache-Control"]
