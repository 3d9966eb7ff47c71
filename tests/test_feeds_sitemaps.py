"""Feeds (parsed by feedparser), sitemaps (checked against their XML schemas), robots."""

from datetime import timedelta
from pathlib import Path

import feedparser
import pytest
from django.utils import timezone
from lxml import etree

from articles import photos
from articles.models import Article
from tests import media
from tests.factories import make_article, make_author, make_category, make_photo

pytestmark = pytest.mark.django_db

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "sitemap.xsd")))
SEED = "lalgerie-ouvre-son-premier-cluster-numerique"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "n": "http://www.google.com/schemas/sitemap-news/0.9"}  # fmt: skip


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


FEEDS = [
    "/flux/", "/flux/atom/",
    "/rubrique/afrique/flux/", "/rubrique/afrique/flux/atom/",
    "/tag/algerie/flux/", "/tag/algerie/flux/atom/",
    "/auteur/jeanne-dussueil/flux/", "/auteur/jeanne-dussueil/flux/atom/",
]  # fmt: skip


@pytest.mark.parametrize("url", FEEDS)
def test_every_feed_parses_and_carries_the_seed_article(client, demo, settings, url):
    response, feed = parse_feed(client, url)
    assert response["Content-Type"].startswith(
        "application/atom+xml" if "atom" in url else "application/rss+xml"
    )
    assert feed.feed.language == "fr"
    entry = next(e for e in feed.entries if e.link.endswith(f"/articles/{SEED}/"))
    assert entry.title == "L’Algérie ouvre son premier cluster numérique"
    assert entry.link == f"{settings.SITE_URL}/articles/{SEED}/"
    assert entry.summary.startswith("Un cluster dédié à l’économie numérique")
    assert entry.author == "Jeanne Dussueil"
    terms = {tag.term for tag in entry.tags}
    assert {"Afrique", "À la une", "Algérie"} <= terms
    assert entry.published_parsed[:3] == (2020, 11, 11)
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert enclosure.type == "image/jpeg" and int(enclosure.length) > 1000
    assert enclosure.href.startswith(settings.SITE_URL + "/media/renditions/")
    assert enclosure.href.endswith("/16x9-1280.jpg")


def test_an_enclosure_weighs_its_rendition_on_every_storage(media_backend, client, settings):
    photo = make_photo()
    make_article(title="Avec photo", lead_photo=photo)
    _, feed = parse_feed(client, "/flux/")
    enclosure = next(link for link in feed.entries[0].links if link.rel == "enclosure")
    width = photos.widths(photo, "16x9")[-1]
    # The site's address (a redirect to the bucket on S3), and the stored file's weight.
    assert enclosure.href == settings.SITE_URL + photos.rendition_url(photo, "16x9", width, "jpg")
    name = photos.rendition_name(photo, "16x9", width, "jpg")
    assert int(enclosure.length) == len(media.read(name)) > 1000


def test_feed_lists_only_published_articles_newest_first(client):
    make_article(title="Brouillon", status="draft", published_at=None)
    make_article(title="Programmé", published_at=timezone.now() + timedelta(hours=1))
    make_article(title="Ancien", published_at=timezone.now() - timedelta(days=2))
    make_article(title="Récent", published_at=timezone.now() - timedelta(hours=2))
    _, feed = parse_feed(client, "/flux/")
    assert [e.title for e in feed.entries] == ["Récent", "Ancien"]


def test_guid_is_stable_across_edits(client):
    article = make_article(title="Premier titre", slug="premier-titre")
    _, before = parse_feed(client, "/flux/")
    article.title = "Titre corrigé"
    article.save()
    _, after = parse_feed(client, "/flux/")
    assert before.entries[0].id == after.entries[0].id
    assert before.entries[0].id.startswith("tag:127.0.0.1,")
    assert after.entries[0].title == "Titre corrigé"


def test_feeds_answer_conditional_requests(client):
    make_article(title="Un article")
    response = client.get("/flux/")
    assert response["Last-Modified"]
    again = client.get("/flux/", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_feed_of_an_unknown_category_is_a_404(client):
    assert client.get("/rubrique/inconnue/flux/").status_code == 404


def test_pages_announce_their_feeds(client, demo):
    home = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in home
    assert 'href="http://127.0.0.1:8000/flux/"' in home
    category = client.get("/rubrique/afrique/").content.decode()
    assert 'href="http://127.0.0.1:8000/rubrique/afrique/flux/"' in category
    for url, feed in [("/tag/algerie/", "/tag/algerie/flux/"),
                      ("/auteur/jeanne-dussueil/", "/auteur/jeanne-dussueil/flux/")]:  # fmt: skip
        assert f'href="http://127.0.0.1:8000{feed}"' in client.get(url).content.decode()


# Sitemaps -------------------------------------------------------------------------------


def xml_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    return document


def test_sitemap_index_and_every_section_are_valid(client, demo, settings):
    index = xml_of(client, "/sitemap.xml")
    locations = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert f"{settings.SITE_URL}/sitemap-articles-2020-11.xml" in locations
    for name in ["rubriques", "tags", "auteurs", "pages"]:
        assert f"{settings.SITE_URL}/sitemap-{name}.xml" in locations
    assert index.xpath("//s:sitemap[s:loc[contains(., 'articles-2020-11')]]/s:lastmod",
                       namespaces=NS)  # fmt: skip
    every_url = []
    for location in locations:
        section = xml_of(client, location.removeprefix(settings.SITE_URL))
        every_url += section.xpath("//s:url/s:loc/text()", namespaces=NS)
    assert f"{settings.SITE_URL}/articles/{SEED}/" in every_url
    assert f"{settings.SITE_URL}/rubrique/afrique/" in every_url
    assert f"{settings.SITE_URL}/tag/microsoft/" in every_url
    assert f"{settings.SITE_URL}/auteur/jeanne-dussueil/" in every_url
    assert f"{settings.SITE_URL}/pages/mentions-legales/" in every_url
    drafts = Article.objects.exclude(status="published").values_list("slug", flat=True)
    assert not any(f"/articles/{slug}/" in url for slug in drafts for url in every_url)
    assert len(every_url) == len(set(every_url))


def test_a_month_with_more_than_50000_articles_is_split(client, monkeypatch):
    from articles import sitemaps

    monkeypatch.setattr(sitemaps, "MAX_URLS", 2)
    when = timezone.now().replace(day=15, hour=12) - timedelta(days=40)
    for n in range(5):
        make_article(published_at=when - timedelta(minutes=n))
    index = xml_of(client, "/sitemap.xml")
    month = f"{timezone.localtime(when):%Y-%m}"
    parts = [loc for loc in index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
             if f"articles-{month}" in loc]  # fmt: skip
    assert len(parts) == 3
    sizes = [len(xml_of(client, p.split("8000")[1]).xpath("//s:url", namespaces=NS)) for p in parts]
    assert sizes == [2, 2, 1]


BAD_SECTIONS = [
    "/sitemap-articles-2020-13.xml",
    "/sitemap-articles-abc.xml",
    "/sitemap-articles-2020-11-0.xml",
    "/sitemap-articles-1990-01.xml",
]


@pytest.mark.parametrize("url", BAD_SECTIONS)
def test_unknown_sitemap_sections_are_404(client, url):
    assert client.get(url).status_code == 404


def test_news_sitemap_follows_google_rules(client, settings, monkeypatch):
    from articles import sitemaps

    now = timezone.now()
    fresh = make_article(title="Tout frais", published_at=now - timedelta(hours=1),
                         primary_category=make_category(), authors=[make_author()],
                         lead_photo=make_photo())  # fmt: skip
    make_article(title="Presque trop vieux", published_at=now - timedelta(hours=47, minutes=59))
    make_article(title="Trop vieux", published_at=now - timedelta(hours=48, minutes=1))
    make_article(title="Futur", published_at=now + timedelta(hours=1))
    make_article(title="Brouillon", status="draft", published_at=None)
    document = xml_of(client, "/sitemap-news.xml")
    titles = document.xpath("//n:news/n:title/text()", namespaces=NS)
    assert titles == ["Tout frais", "Presque trop vieux"]
    assert document.xpath("//n:publication/n:name/text()", namespaces=NS)[0] == "Newsroom"
    assert document.xpath("//n:publication/n:language/text()", namespaces=NS) == ["fr", "fr"]
    date = document.xpath("//n:publication_date/text()", namespaces=NS)[0]
    assert date == timezone.localtime(fresh.published_at).isoformat(timespec="seconds")
    monkeypatch.setattr(sitemaps, "NEWS_MAX", 1)
    capped = xml_of(client, "/sitemap-news.xml")
    assert capped.xpath("//n:news/n:title/text()", namespaces=NS) == ["Tout frais"]


def test_sitemaps_ignore_the_host_header(client, demo, settings):
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert b"localhost" not in response.content
    assert settings.SITE_URL.encode() in response.content
