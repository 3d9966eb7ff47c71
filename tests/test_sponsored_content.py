"""Sponsored content says so everywhere an article appears, and is never suggested."""

import re

import feedparser
import pytest
from django.urls import reverse

from articles.models import ArticleView
from tests.factories import make_article, make_author, make_category, make_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    lead = make_category(name="À la une", slug="a-la-une", is_lead=True)
    section = make_category(name="Actualité", slug="actualite")
    author = make_author(name="Louise Arnaud", slug="louise-arnaud")
    partner = make_partner(name="Acme RH", website="https://acme-rh.example/")
    sponsored = make_article(
        title="Recruter des développeurs en 2027",
        slug="recruter-2027",
        primary_category=section,
        categories=[lead],
        authors=[author],
        tags=["Emploi"],
        body='<p>Voir <a href="https://acme-rh.example/offre" rel="noopener">l’offre</a> et '
        '<a href="http://127.0.0.1:8000/articles/x/">un article du site</a>.</p>',
        sponsor=partner,
    )
    editorial = make_article(
        title="Un article de la rédaction",
        slug="redaction",
        primary_category=section,
        authors=[author],
        tags=["Emploi"],
    )
    return {"partner": partner, "sponsored": sponsored, "editorial": editorial,
            "section": section, "author": author}  # fmt: skip


def mentions(html):
    return len(re.findall(r"Contenu partenaire", html))


def test_the_article_page_says_so_and_ends_with_a_disclaimer(client, site):
    html = client.get(site["sponsored"].get_absolute_url()).text
    assert '<p class="sponsored-label">Contenu partenaire</p>' in html
    assert "Ce contenu a été produit pour Acme RH" in html
    assert html.index("sponsored-label") < html.index("<h1")
    assert html.index("Ce contenu a été produit") > html.index("article__body")


def test_in_partnership_names_the_partner(client, site):
    article = site["sponsored"]
    article.sponsor_label = "partnership"
    article.save()
    html = client.get(article.get_absolute_url()).text
    assert "En partenariat avec Acme RH" in html
    assert "réalisé en partenariat avec Acme RH" in html


def test_outbound_links_of_partner_content_are_sponsored(client, site):
    html = client.get(site["sponsored"].get_absolute_url()).text
    assert '<a href="https://acme-rh.example/offre" rel="sponsored noopener">' in html
    assert '<a href="http://127.0.0.1:8000/articles/x/">' in html  # our own links are not
    editorial = client.get(site["editorial"].get_absolute_url()).text
    assert 'rel="sponsored' not in editorial.split('class="article__body"')[1].split("</div>")[0]


@pytest.mark.parametrize("where", ["home", "category", "tag", "author", "search"])
def test_every_card_says_so(client, site, where):
    url = {
        "home": "/",
        "category": site["section"].get_absolute_url(),
        "tag": "/tag/emploi/",
        "author": site["author"].get_absolute_url(),
        "search": reverse("articles:search") + "?q=recruter",
    }[where]
    html = client.get(url).text
    cards = re.findall(
        r"<(?:article class=\"card|li class=\"search-result).*?</(?:article|li)>", html, re.S
    )

    def card_of(slug):
        (card,) = [card for card in cards if f"/articles/{slug}/" in card]
        return card

    assert "Contenu partenaire" in card_of("recruter-2027")
    if where != "search":  # the search only finds the one
        assert "Contenu partenaire" not in card_of("redaction")


def test_the_sidebar_and_most_read_say_so(client, site):
    from django.utils import timezone

    ArticleView.objects.create(article=site["sponsored"], day=timezone.localdate(), count=50)
    html = client.get(site["section"].get_absolute_url()).text
    sidebar = html[html.index('class="sidebar"') :]
    assert mentions(sidebar) == 2  # the latest articles, then « Les plus lus »


def test_partner_content_is_never_an_automatic_suggestion(client, site):
    # The two articles share a tag and a category: only the editorial one may be suggested.
    other = make_article(primary_category=site["section"], tags=["Emploi"])
    html = client.get(other.get_absolute_url()).text
    read_also = html[html.index('class="read-also"') :]
    read_also = read_also[: read_also.index("</aside>")]
    assert "Un article de la rédaction" in read_also
    assert "Recruter des développeurs" not in read_also


def test_a_hand_picked_link_to_partner_content_says_so(client, site):
    from tests.factories import make_related

    make_related(site["editorial"], target=site["sponsored"])
    html = client.get(site["editorial"].get_absolute_url()).text
    read_also = html[html.index('class="read-also"') :]
    assert "Contenu partenaire" in read_also[: read_also.index("</aside>")]


@pytest.mark.parametrize("kind", ["feed", "feed-atom"])
def test_feeds_say_so(client, site, kind):
    feed = feedparser.parse(client.get(reverse(f"articles:{kind}")).content)
    entries = {e.link.rsplit("/", 2)[-2]: e for e in feed.entries}
    sponsored = entries["recruter-2027"]
    assert sponsored.title.startswith("Contenu partenaire : ")
    assert "Contenu partenaire" in [t.term for t in sponsored.tags]
    assert not entries["redaction"].title.startswith("Contenu partenaire")


def test_sponsored_category_and_tag_name_their_partner(client, site):
    from articles.models import Tag

    section = site["section"]
    section.sponsor = site["partner"]
    section.save()
    html = client.get(section.get_absolute_url()).text
    assert (
        'Rubrique proposée par <a href="https://acme-rh.example/" rel="sponsored noopener">'
        "Acme RH</a>"
    ) in html
    Tag.objects.filter(slug="emploi").update(sponsor=make_partner(name="Sans site"))
    html = client.get("/tag/emploi/").text
    assert "Sujet proposé par Sans site" in html


def test_labels_cost_no_query_per_card(client, site, django_assert_max_num_queries):
    for _ in range(5):
        make_article(primary_category=site["section"], sponsor=make_partner(), tags=["Emploi"])
    for url in ("/", site["section"].get_absolute_url(), "/tag/emploi/"):
        client.get(url)  # warm the partner state: read once a minute, not per page
        with django_assert_max_num_queries(8):
            assert client.get(url).status_code == 200


def test_only_editors_mark_partner_content(client, site, journalist, editor):
    from articles.models import Article

    url = reverse("admin:articles_article_change", args=[site["sponsored"].pk])
    client.force_login(journalist)
    page = client.get(url)
    # A journalist sees the field read-only (or cannot open this article at all).
    assert page.status_code in (200, 302, 403)
    if page.status_code == 200:
        assert 'name="sponsor"' not in page.text
    client.force_login(editor)
    page = client.get(url)
    assert page.status_code == 200 and 'name="sponsor"' in page.text
    assert Article.objects.get(pk=site["sponsored"].pk).sponsor_id == site["partner"].pk
