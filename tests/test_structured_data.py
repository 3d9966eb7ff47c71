"""Social cards and JSON-LD, extracted from the rendered pages and checked field by field."""

import json
import re

import pytest

from tests.factories import make_article, make_author, make_category, make_photo

pytestmark = pytest.mark.django_db

SEED = "lalgerie-ouvre-son-premier-cluster-numerique"
SITE = "http://127.0.0.1:8000"


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def meta(html, name):
    """Every content of <meta property|name="name">, in order."""
    pattern = rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">'
    return re.findall(pattern, html)


def of_type(documents, kind):
    return next(d for d in documents if d["@type"] == kind)


def test_article_news_article_field_by_field(client, demo):
    html = client.get(f"/articles/{SEED}/").content.decode()
    article = of_type(json_ld(html), "NewsArticle")
    url = f"{SITE}/articles/{SEED}/"
    assert article["@context"] == "https://schema.org"
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": url}
    assert article["headline"] == "L’Algérie ouvre son premier cluster numérique"
    assert article["description"].startswith("Un cluster dédié à l’économie numérique")
    assert article["datePublished"] == "2020-11-11T08:00:00+01:00"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", article["dateModified"])
    assert article["author"] == [
        {"@type": "Person", "name": "Jeanne Dussueil", "url": f"{SITE}/auteur/jeanne-dussueil/"}
    ]
    publisher = article["publisher"]
    assert (
        publisher["@type"] == "NewsMediaOrganization" and publisher["name"] == "FrenchWeb"
    )  # the demo's default publication
    assert publisher["logo"]["url"].startswith(f"{SITE}/static/img/logo")
    assert (publisher["logo"]["width"], publisher["logo"]["height"]) == (600, 60)
    # The photo at 16:9, 4:3 and 1:1, as Google asks, each with its credit.
    sizes = [(image["width"], image["height"]) for image in article["image"]]
    assert sizes == [(1280, 720), (1200, 900), (900, 900)]
    for image, ratio in zip(article["image"], ["16x9", "4x3", "1x1"], strict=True):
        assert image["url"].startswith(f"{SITE}/media/renditions/")
        assert f"/{ratio}-{image['width']}.jpg" in image["url"]
        assert image["creditText"] == "Capture d’écran Youtube, Sidi Abdellah"
        assert client.get(image["url"].removeprefix(SITE)).status_code == 200
    assert article["creditText"] == "Capture d’écran Youtube, Sidi Abdellah"
    assert article["isAccessibleForFree"] is True
    assert article["articleSection"] == "Afrique"
    assert "Algérie" in article["keywords"]
    # The date the page shows is the one the data gives.
    assert f'<time datetime="{article["datePublished"]}">11 novembre 2020</time>' in html


def test_article_breadcrumb(client, demo):
    html = client.get(f"/articles/{SEED}/").content.decode()
    trail = of_type(json_ld(html), "BreadcrumbList")["itemListElement"]
    assert [(item["position"], item["name"], item["item"]) for item in trail] == [
        (1, "Accueil", f"{SITE}/"),
        (2, "Actualité", f"{SITE}/rubrique/actualite/"),
        (3, "Afrique", f"{SITE}/rubrique/afrique/"),
        (4, "L’Algérie ouvre son premier cluster numérique", f"{SITE}/articles/{SEED}/"),
    ]


def test_article_social_cards(client, demo):
    html = client.get(f"/articles/{SEED}/").content.decode()
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:url") == [f"{SITE}/articles/{SEED}/"]
    assert meta(html, "og:title") == ["L’Algérie ouvre son premier cluster numérique"]
    assert meta(html, "og:image")[0].startswith(f"{SITE}/media/renditions/")
    assert meta(html, "og:image:width") == ["1280"] and meta(html, "og:image:height") == ["720"]
    assert meta(html, "article:published_time") == ["2020-11-11T08:00:00+01:00"]
    assert meta(html, "article:modified_time")
    assert meta(html, "article:section") == ["Afrique"]
    assert "Algérie" in meta(html, "article:tag")
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert f'<link rel="canonical" href="{SITE}/articles/{SEED}/">' in html
    assert meta(html, "description")[0].startswith("Un cluster dédié")


def test_home_has_website_with_search_action(client, demo):
    html = client.get("/").content.decode()
    site = of_type(json_ld(html), "WebSite")
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == f"{SITE}/recherche/?q={{search_term_string}}"
    assert action["query-input"] == "required name=search_term_string"
    assert f'<link rel="canonical" href="{SITE}/">' in html


def test_category_pages_have_breadcrumbs_titles_and_paged_canonicals(client, demo):
    from articles.models import Category

    afrique = Category.objects.get(slug="afrique")
    for _ in range(25):
        make_article(primary_category=afrique)
    html = client.get("/rubrique/afrique/").content.decode()
    trail = of_type(json_ld(html), "BreadcrumbList")["itemListElement"]
    assert [item["name"] for item in trail] == ["Accueil", "Actualité", "Afrique"]
    assert "<title>Afrique — FrenchWeb</title>" in html
    assert f'<link rel="canonical" href="{SITE}/rubrique/afrique/">' in html
    assert meta(html, "og:title") == ["Afrique"]
    page_two = client.get("/rubrique/actualite/?page=2").content.decode()
    assert f'<link rel="canonical" href="{SITE}/rubrique/actualite/?page=2">' in page_two
    assert "<title>Actualité — page 2 — FrenchWeb</title>" in page_two
    first = client.get("/rubrique/actualite/?page=1").content.decode()
    assert f'<link rel="canonical" href="{SITE}/rubrique/actualite/">' in first


def test_tag_and_author_pages_have_their_own_titles_and_canonicals(client, demo):
    tag = client.get("/tag/microsoft/").content.decode()
    assert "<title>Microsoft — FrenchWeb</title>" in tag
    assert f'<link rel="canonical" href="{SITE}/tag/microsoft/">' in tag
    author = client.get("/auteur/jeanne-dussueil/").content.decode()
    assert "<title>Jeanne Dussueil — FrenchWeb</title>" in author
    assert f'<link rel="canonical" href="{SITE}/auteur/jeanne-dussueil/">' in author
    assert meta(author, "og:description") == ["Les articles de Jeanne Dussueil."]


def test_a_hostile_title_cannot_break_out_of_the_json_ld(client):
    article = make_article(
        title="</script><script>alert(1)</script>",
        standfirst='« Chapô » & "guillemets"',
        authors=[make_author(name="</script>")],
        lead_photo=make_photo(credit="</script><b>"),
        primary_category=make_category(name="<b>Rubrique</b>"),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    documents = json_ld(html)
    news = of_type(documents, "NewsArticle")
    assert news["headline"] == "</script><script>alert(1)</script>"
    assert news["author"][0]["name"] == "</script>"
    assert news["creditText"] == "</script><b>"
