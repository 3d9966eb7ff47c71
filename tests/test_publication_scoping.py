"""Every public surface is scoped by the request's host: FrenchWeb's pages show FrenchWeb's
articles (and those cross-posted to it), Journal des RH's its own; an article or a section of
the other title is a 301 to its own address, never a duplicate page; canonical addresses,
structured data, feeds and sitemaps name the article's own publication."""

import json
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import publications, services
from articles.models import Publication
from tests.factories import (
    make_article,
    make_author,
    make_category,
    make_related,
    make_seed_site,
    warm_site_state,
)

pytestmark = pytest.mark.django_db

RH = "www.journaldesrh.fr"
FW = "127.0.0.1:8000"  # the default publication's domain (from SITE_URL)


@pytest.fixture(autouse=True)
def hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", RH, "127.0.0.1", "localhost"]


@pytest.fixture
def titles(db):
    """FrenchWeb (the default) with the seed's sections, and Journal des RH with its own:
    one article each, one FrenchWeb article cross-posted to the Journal des RH, all sharing
    the author and the tag « Emploi »."""
    fw = Publication.objects.default()
    rh = publications.save_publication(
        Publication(name="Journal des RH", slug="journaldesrh", domain=RH, tagline="Les RH")
    )
    publications.forget()
    seed = make_seed_site()
    author = seed["author"]
    recrutement = make_category(name="Recrutement", slug="recrutement", publication=rh)
    rh_lead = make_category(name="À la une RH", slug="une-rh", is_lead=True, publication=rh)
    own = make_article(
        title="Le recrutement des développeurs", slug="recrutement-devs", publication=rh,
        primary_category=recrutement, categories=[rh_lead], authors=[author], tags=["Emploi"],
    )  # fmt: skip
    fw_only = make_article(
        title="Une levée de fonds à Lagos", slug="levee-lagos", authors=[author],
        tags=["Emploi"], primary_category=seed["category"],
    )  # fmt: skip
    crossed = make_article(
        title="Le télétravail dans la tech", slug="teletravail", authors=[author],
        tags=["Emploi"], primary_category=seed["category"],
    )  # fmt: skip
    crossed.cross_posts.add(rh)
    return {"fw": fw, "rh": rh, "own": own, "fw_only": fw_only, "crossed": crossed,
            "recrutement": recrutement, "author": author, **seed}  # fmt: skip


def get(client, url, host):
    return client.get(url, HTTP_HOST=host)


def titles_on(response):
    return response.content.decode()


def test_each_home_page_shows_its_own_articles_and_those_cross_posted_to_it(client, titles):
    rh_home = titles_on(get(client, "/", RH))
    assert "Le recrutement des développeurs" in rh_home
    assert "Le télétravail dans la tech" in rh_home  # cross-posted
    assert "Une levée de fonds à Lagos" not in rh_home
    assert "Titre d’origine" not in rh_home
    assert ">Recrutement<" in rh_home and ">Afrique<" not in rh_home  # its own navigation
    assert "<title>Journal des RH" in rh_home
    fw_home = titles_on(get(client, "/", FW))
    assert "Une levée de fonds à Lagos" in fw_home and "Le télétravail dans la tech" in fw_home
    assert "Le recrutement des développeurs" not in fw_home and ">Recrutement<" not in fw_home


def test_another_title_s_article_is_a_301_to_its_own_address(client, titles):
    response = get(client, "/articles/levee-lagos/", RH)
    assert response.status_code == 301
    assert response["Location"] == f"http://{FW}/articles/levee-lagos/"
    response = get(client, "/articles/recrutement-devs/", FW)
    assert response.status_code == 301
    assert response["Location"] == f"http://{RH}/articles/recrutement-devs/"
    assert get(client, "/articles/recrutement-devs/", RH).status_code == 200


def structured(response):
    found = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in found]


def canonical(response):
    return re.search(r'<link rel="canonical" href="([^"]+)"', response.content.decode())[1]


def test_a_cross_posted_article_is_shown_on_both_with_its_original_as_canonical(client, titles):
    for host in (FW, RH):
        response = get(client, "/articles/teletravail/", host)
        assert response.status_code == 200
        assert canonical(response) == f"http://{FW}/articles/teletravail/"
        article = next(d for d in structured(response) if d["@type"] == "NewsArticle")
        assert article["publisher"]["name"] == "Newsroom"  # the default's name (SITE_NAME)
        assert article["url"] == f"http://{FW}/articles/teletravail/"
    # The Journal des RH's own article names its publisher and its domain.
    response = get(client, "/articles/recrutement-devs/", RH)
    assert canonical(response) == f"http://{RH}/articles/recrutement-devs/"
    article = next(d for d in structured(response) if d["@type"] == "NewsArticle")
    assert article["publisher"]["name"] == "Journal des RH"
    assert article["publisher"]["url"] == f"http://{RH}/"
    assert all(a["url"].startswith(f"http://{RH}/") for a in article["author"])
    assert 'property="og:site_name" content="Journal des RH"' in response.content.decode()


def test_a_forged_host_never_changes_the_canonical_address(client, titles, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost:8000"]
    response = get(client, "/articles/teletravail/", "localhost:8000")  # claimed by no publication
    assert canonical(response) == f"http://{FW}/articles/teletravail/"


def test_another_title_s_section_is_a_301_to_its_own_address(client, titles):
    response = get(client, "/rubrique/recrutement/?page=1", FW)
    assert response.status_code == 301
    assert response["Location"] == f"http://{RH}/rubrique/recrutement/?page=1"
    assert get(client, "/rubrique/afrique/", RH).status_code == 301
    assert "Le recrutement des développeurs" in titles_on(get(client, "/rubrique/recrutement/", RH))


def test_two_titles_may_each_have_a_section_of_the_same_name(client, titles, admin_client):
    """Both titles have their « Actualité » at /rubrique/actualite/, each on its own host; a
    second one in the same title is refused in French, and nothing is saved."""
    rh_news = make_category(name="Actualité RH", slug="actualite", publication=titles["rh"])
    make_article(title="Une actualité RH", publication=titles["rh"], primary_category=rh_news)
    on_rh = get(client, "/rubrique/actualite/", RH)
    assert on_rh.status_code == 200 and on_rh.context["category"] == rh_news
    assert "Une actualité RH" in titles_on(on_rh)
    on_fw = get(client, "/rubrique/actualite/", FW)
    assert on_fw.status_code == 200 and on_fw.context["category"].publication == titles["fw"]
    assert "Une actualité RH" not in titles_on(on_fw)
    assert get(client, "/rubrique/nulle-part/", RH).status_code == 404
    response = admin_client.post(
        "/admin/articles/category/add/",
        {"publication": titles["rh"].pk, "name": "Encore", "slug": "actualite", "position": 9},
    )
    assert response.status_code == 200
    assert "Une rubrique de cette publication a déjà cet identifiant d’URL." in response.text
    assert titles["rh"].categories.filter(slug="actualite").count() == 1


def test_tag_and_author_pages_list_the_articles_that_appear_on_the_title(client, titles):
    for path in ("/tag/emploi/", "/auteur/jeanne-dussueil/"):
        rh_page = titles_on(get(client, path, RH))
        assert "Le recrutement des développeurs" in rh_page
        assert "Le télétravail dans la tech" in rh_page
        assert "Une levée de fonds à Lagos" not in rh_page
        fw_page = titles_on(get(client, path, FW))
        assert "Le recrutement des développeurs" not in fw_page
        assert "Une levée de fonds à Lagos" in fw_page
    # An author who signs nothing on a title has no page there (nor a name revealed).
    make_article(slug="solo", authors=[make_author(name="Paul Solo", slug="paul-solo")])
    assert get(client, "/auteur/paul-solo/", FW).status_code == 200
    assert get(client, "/auteur/paul-solo/", RH).status_code == 404


def test_search_finds_only_what_appears_on_the_title(client, titles):
    rh_results = titles_on(get(client, "/recherche/?q=article", RH))
    assert "Le recrutement des développeurs" in rh_results
    assert "Le télétravail dans la tech" in rh_results
    assert "Une levée de fonds à Lagos" not in rh_results
    fw_results = titles_on(get(client, "/recherche/?q=article", FW))
    assert "Une levée de fonds à Lagos" in fw_results
    assert "Le recrutement des développeurs" not in fw_results


def test_most_read_and_suggestions_come_from_the_title(client, titles):
    today = timezone.localdate()
    for article in (titles["own"], titles["fw_only"], titles["crossed"]):
        services.record_view(article_id=article.pk, day=today)
    page = titles_on(get(client, "/", RH))
    most_read = page.split("Les plus lus", 1)[1]
    assert "Une levée de fonds à Lagos" not in most_read
    assert "Le recrutement des développeurs" in most_read
    # « Lire aussi »: the shared tag « Emploi » suggests, on each title, its own articles.
    rh_article = titles_on(get(client, "/articles/teletravail/", RH))
    suggested = rh_article.split("Lire aussi", 1)[1]
    assert "Le recrutement des développeurs" in suggested
    assert "Une levée de fonds à Lagos" not in suggested
    fw_article = titles_on(get(client, "/articles/teletravail/", FW)).split("Lire aussi", 1)[1]
    assert "Une levée de fonds à Lagos" in fw_article
    assert "Le recrutement des développeurs" not in fw_article


def test_chosen_links_to_the_other_title_stay_chosen(client, titles):
    # A « Lire aussi » chosen by hand is the journalist's choice: shown, at its own address.
    make_related(titles["own"], target=titles["fw_only"])
    page = titles_on(get(client, "/articles/recrutement-devs/", RH))
    assert "Une levée de fonds à Lagos" in page


def test_feeds_are_per_title_and_link_to_canonical_addresses(client, titles):
    rh_feed = titles_on(get(client, "/flux/", RH))
    assert "<title>Journal des RH</title>" in rh_feed
    assert f"<link>http://{RH}/articles/recrutement-devs/</link>" in rh_feed
    assert (
        f"<link>http://{FW}/articles/teletravail/</link>" in rh_feed
    )  # cross-posted: its original
    assert "levee-lagos" not in rh_feed
    fw_feed = titles_on(get(client, "/flux/", FW))
    assert "recrutement-devs" not in fw_feed and "levee-lagos" in fw_feed
    assert get(client, "/rubrique/recrutement/flux/", FW).status_code == 404
    assert get(client, "/rubrique/recrutement/flux/", RH).status_code == 200


def test_sitemaps_and_robots_list_each_title_s_own_addresses(client, titles):
    rh_month = titles_on(get(client, f"/sitemap-articles-{timezone.now():%Y-%m}.xml", RH))
    assert f"http://{RH}/articles/recrutement-devs/" in rh_month
    assert "teletravail" not in rh_month  # its canonical address is FrenchWeb's
    assert "levee-lagos" not in rh_month
    news = titles_on(get(client, "/sitemap-news.xml", RH))
    assert "<news:name>Journal des RH</news:name>" in news and "recrutement-devs" in news
    assert "teletravail" not in news
    sections = titles_on(get(client, "/sitemap-rubriques.xml", RH))
    assert "recrutement" in sections and "afrique" not in sections
    robots = titles_on(get(client, "/robots.txt", RH))
    assert f"Sitemap: http://{RH}/sitemap.xml" in robots
    assert f"Sitemap: http://{FW}/sitemap.xml" in titles_on(get(client, "/robots.txt", FW))


def test_google_news_name_is_the_declared_one(client, titles):
    titles["rh"].google_news_name = "Le Journal des RH"
    publications.save_publication(titles["rh"])
    publications.forget()
    news = titles_on(get(client, "/sitemap-news.xml", RH))
    assert "<news:name>Le Journal des RH</news:name>" in news


def test_scheduled_articles_stay_hidden_on_every_title(client, titles):
    make_article(
        title="Embargo RH", slug="embargo-rh", publication=titles["rh"],
        published_at=timezone.now() + timedelta(hours=2),
    )  # fmt: skip
    assert "Embargo RH" not in titles_on(get(client, "/", RH))
    assert get(client, "/articles/embargo-rh/", RH).status_code == 404


@pytest.mark.parametrize("path", ["/", "/articles/{}/", "/tag/emploi/", "/auteur/jeanne-dussueil/"])
def test_the_second_title_keeps_the_first_one_s_query_budget(client, titles, path):
    """The same page costs the same number of queries on either title (the budgets
    themselves are locked by test_query_counts.py)."""
    counts = {}
    for host, slug in ((FW, "levee-lagos"), (RH, "recrutement-devs")):
        warm_site_state()
        with CaptureQueriesContext(connection) as queries:
            assert get(client, path.format(slug), host).status_code == 200
        counts[host] = len(queries)
    assert counts[RH] == counts[FW]


def test_each_title_has_its_own_colours_readable_in_light_and_dark(client, titles):
    from articles.models.publications import DARK_PAPER_LUMINANCE, MIN_CONTRAST, _luminance

    titles["rh"].accent_colour = "#1D4ED8"
    publications.save_publication(titles["rh"])
    publications.forget()
    page = titles_on(get(client, "/", RH))
    assert '<link rel="stylesheet" href="/theme.css?v=1d4ed8">' in page
    assert '<meta name="theme-color" content="#1D4ED8">' in page
    response = get(client, "/theme.css?v=1d4ed8", RH)
    css = response.content.decode()
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert "immutable" in response["Cache-Control"]
    assert ":root{--accent:#1D4ED8;}" in css
    dark = re.search(r"prefers-color-scheme: dark\)\{:root\{--accent:(#[0-9a-f]{6});", css)[1]
    ratio = (_luminance(dark) + 0.05) / (DARK_PAPER_LUMINANCE + 0.05)
    assert ratio >= MIN_CONTRAST
    # An old colour's address is not kept for a year; FrenchWeb keeps its own colour.
    assert "immutable" not in get(client, "/theme.css?v=c8102e", RH).get("Cache-Control", "")
    assert "--accent:#B3121F;" in titles_on(get(client, "/theme.css", FW))
    assert "<title>Journal des RH — Les RH</title>" in page


# Partners and breaking news target one, several or all publications ------------------------


def test_banners_run_on_the_publications_they_were_sold_for(client, titles):
    from tests.factories import make_banner

    rh_only = make_banner(headline="Salon des RH")
    rh_only.publications.set([titles["rh"]])
    make_banner(headline="Offre pour tous")
    warm_site_state()
    rh_home, fw_home = titles_on(get(client, "/", RH)), titles_on(get(client, "/", FW))
    assert "Salon des RH" in rh_home and "Salon des RH" not in fw_home
    assert "Offre pour tous" in rh_home and "Offre pour tous" in fw_home


def test_the_call_to_action_is_the_publication_s_own(client, titles):
    from partners.models import CallToAction

    titles["rh"].partner_call = "Pour communiquer sur le Journal des RH, devenez partenaire"
    publications.save_publication(titles["rh"])
    publications.forget()
    path = "/articles/recrutement-devs/"
    assert "Pour communiquer sur le Journal des RH, devenez partenaire, <a" in titles_on(
        get(client, path, RH)
    )
    variant = CallToAction.objects.create(text="Offre spéciale salon RH", button_label="Voir")
    variant.publications.set([titles["rh"]])
    cache.clear()  # what a commit does (a new content generation): the variants are read again
    assert "Offre spéciale salon RH" in titles_on(get(client, path, RH))
    fw_page = titles_on(get(client, "/articles/levee-lagos/", FW))
    assert "Offre spéciale salon RH" not in fw_page
    assert "Pour communiquer sur Newsroom, devenez partenaire" in fw_page


def test_breaking_news_shows_on_the_publications_it_is_for(client, titles):
    from articles.models import BreakingNews

    now = timezone.now()
    alert = BreakingNews.objects.create(
        text="Grève nationale : ce qui change", starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2),
    )  # fmt: skip
    alert.publications.set([titles["rh"]])
    BreakingNews.objects.create(
        text="Alerte pour tous", priority=0, starts_at=now - timedelta(minutes=5),
        ends_at=now + timedelta(hours=2),
    )  # fmt: skip
    assert "Grève nationale" in titles_on(get(client, "/", RH))
    fw_home = titles_on(get(client, "/", FW))
    assert "Grève nationale" not in fw_home and "Alerte pour tous" in fw_home


def test_a_lead_records_the_publication_it_came_from(client, titles, settings, mailoutbox):
    from partners.models import Lead

    settings.PARTNERS_LEAD_EMAIL = "desk@newsroom.example"
    data = {
        "name": "Inès Martin", "company": "Acme RH", "email": "ines@acme.example",
        "phone": "", "budget": "5k-15k", "message": "Un salon RH en mars.", "consent": "on",
        "site_web": "",
    }  # fmt: skip
    response = client.post("/partenaires/devenir-partenaire/", data, HTTP_HOST=RH)
    assert response.status_code == 303
    lead = Lead.objects.get()
    assert lead.publication == titles["rh"]
    assert "reçue sur Journal des RH" in mailoutbox[0].body


def test_preview_links_and_view_on_site_are_on_the_article_s_own_host(client, titles, admin_user):
    link = services.create_preview_link(article=titles["own"], user=admin_user)
    assert link.secret_url().startswith(f"http://{RH}/apercu/")
    assert get(client, link.secret_url().removeprefix(f"http://{RH}"), RH).status_code == 200
    assert titles["own"].public_url() == f"http://{RH}/articles/recrutement-devs/"
    client.force_login(admin_user)
    form = client.get(f"/admin/articles/article/{titles['own'].pk}/change/").text
    assert f'href="http://{RH}/articles/recrutement-devs/" target="_blank">Voir sur le site' in form


def test_standing_pages_show_on_the_publications_they_are_for(client, titles):
    from articles.models import Page

    shared = Page.objects.create(title="Contact", slug="contact", body="<p>Écrivez-nous.</p>")
    legal = Page.objects.create(
        title="Mentions légales du Journal des RH",
        slug="mentions-legales-rh",
        body="<p>Éditeur.</p>",
    )
    legal.publications.set([titles["rh"]])
    rh_home, fw_home = titles_on(get(client, "/", RH)), titles_on(get(client, "/", FW))
    assert "Mentions légales du Journal des RH" in rh_home and "Contact" in rh_home
    assert "Mentions légales du Journal des RH" not in fw_home and "Contact" in fw_home
    assert get(client, "/pages/mentions-legales-rh/", RH).status_code == 200
    assert get(client, "/pages/mentions-legales-rh/", FW).status_code == 404
    assert get(client, "/pages/contact/", FW).status_code == 200
    assert "mentions-legales-rh" not in titles_on(get(client, "/sitemap-pages.xml", FW))
    assert "mentions-legales-rh" in titles_on(get(client, "/sitemap-pages.xml", RH))
    assert shared.publications.count() == 0


def test_a_sponsored_article_s_links_to_a_sister_title_are_not_sponsored(titles):
    from partners.templatetags.partners import sponsored_links

    html = (
        f'<p><a href="http://{RH}/articles/recrutement-devs/">le Journal des RH</a>, '
        f'<a href="http://{FW}/articles/levee-lagos/">FrenchWeb</a> et '
        '<a href="https://partenaire.example/offre">l’offre</a>.</p>'
    )
    marked = sponsored_links(html)
    assert marked.count('rel="sponsored noopener"') == 1
    assert '<a href="https://partenaire.example/offre" rel="sponsored noopener">' in marked


def test_the_partner_form_is_the_publication_s_own(client, titles):
    page = titles_on(get(client, "/partenaires/devenir-partenaire/", RH))
    assert ">Recrutement<" in page and ">Afrique<" not in page
    assert f'<link rel="canonical" href="http://{RH}/partenaires/devenir-partenaire/">' in page
