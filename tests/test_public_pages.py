"""A reader opens the home page, the seed article, a category, a tag and an author page."""

import pytest

pytestmark = pytest.mark.django_db

SEED_URL = "/articles/lalgerie-ouvre-son-premier-cluster-numerique/"
SEED_TITLE = "L’Algérie ouvre son premier cluster numérique"


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert '<html lang="fr">' in html
    return html


def test_home_leads_with_the_latest_a_la_une_article(client, demo):
    html = get(client, "/")
    lead = html.split('class="card card--lead"')[1].split("</article>")[0]
    assert SEED_TITLE in lead
    assert "crédits photo" not in lead  # cards carry photos; credits belong to the article page
    assert "11 novembre 2020" in lead
    sidebar = html.split('class="sidebar"')[1].split("</aside>")[0]
    assert sidebar.count("<li>") == 8
    assert "Face à Starlink, OneWeb lève 400 millions de dollars" in html
    assert html.count(f'href="{SEED_URL}"') >= 1
    assert 'href="/rubrique/afrique/"' in html  # navigation by category


def test_home_has_a_section_per_top_level_category(client, demo):
    from django.db.models import Q

    from articles.models import Article

    response = client.get("/")
    html = response.content.decode()
    on_top = [response.context["lead"], *response.context["featured"]]
    for slug in ["actualite", "startups", "tech", "economie"]:
        section = html.split(f'id="section-{slug}"')[1].split("</section>")[0]
        # The section's newest articles by primary category (or its sub-category),
        # leaving out those already at the top of the page.
        expected = (
            Article.objects.published()
            .filter(Q(primary_category__slug=slug) | Q(primary_category__parent__slug=slug))
            .exclude(pk__in=[a.pk for a in on_top])[:3]
        )
        assert [a.title in section for a in expected] == [True] * 3, slug
        assert section.count('class="card"') == 3
    assert 'id="section-a-la-une"' not in html
    assert 'id="section-evenements"' not in html  # not in the navigation


def test_seed_article_page(client, demo):
    html = get(client, SEED_URL)
    assert f'<h1 class="article__title">{SEED_TITLE}</h1>' in html
    # Breadcrumb: home, parent category, category.
    breadcrumb = html.split('aria-label="Fil d’Ariane"')[1].split("</nav>")[0]
    assert [part in breadcrumb for part in ["Accueil", "Actualité", "Afrique"]] == [True] * 3
    assert "Un cluster dédié à l’économie numérique va ouvrir ses portes" in html
    assert 'Par <a href="/auteur/jeanne-dussueil/" rel="author">Jeanne Dussueil</a>' in html
    assert '<time datetime="2020-11-11T08:00:00+01:00">11 novembre 2020</time>' in html
    assert "crédits photo : Capture d’écran Youtube, Sidi Abdellah" in html
    assert 'width="1600" height="900"' in html
    assert "la mécanique de précision et la plasturgie" in html
    read_also = html.split('class="read-also"')[1].split("</aside>")[0]
    assert "A Alger, une nouvelle génération d’entrepreneurs veut dessiner une autre Algérie" in (
        read_also
    )
    assert 'href="/tag/algerie/" rel="tag">Algérie</a>' in html
    sidebar = html.split('class="sidebar"')[1].split("</aside>")[0]
    assert sidebar.count("<li>") == 8
    assert SEED_TITLE not in sidebar  # the article itself is not in its own sidebar
    assert (
        'href="#haut"' in html and 'id="haut"' in html
    )  # back to top, a plain link: keyboard and no-JS friendly


@pytest.mark.parametrize(
    "url", ["/rubrique/afrique/", "/rubrique/actualite/", "/rubrique/a-la-une/"]
)
def test_seed_article_is_listed_in_its_categories(client, demo, url):
    assert SEED_TITLE in get(client, url)


def test_category_page_shows_name_description_and_breadcrumb(client, demo):
    html = get(client, "/rubrique/afrique/")
    assert "<h1>Afrique</h1>" in html
    assert 'href="/rubrique/actualite/"' in html


def test_tag_page(client, demo):
    html = get(client, "/tag/algerie/")
    assert "<h1>Algérie</h1>" in html
    assert SEED_TITLE in html


def test_microsoft_tag_lists_its_articles(client, demo):
    html = get(client, "/tag/microsoft/")
    assert "Covid-19\u00a0: Microsoft, Salesforce et Oracle travaillent sur un passeport" in html


def test_author_page(client, demo):
    html = get(client, "/auteur/jeanne-dussueil/")
    assert "<h1>Jeanne Dussueil</h1>" in html
    assert "Journaliste" in html
    assert SEED_TITLE in html


@pytest.mark.parametrize("url", ["/rubrique/inconnue/", "/tag/inconnu/", "/auteur/personne/"])
def test_unknown_lists_are_404(client, demo, url):
    assert client.get(url).status_code == 404


def test_home_without_articles_says_so(client):
    html = get(client, "/")
    assert "Aucun article publié pour le moment." in html


def test_home_without_a_la_une_leads_with_the_latest_article(client):
    from tests.factories import make_article

    make_article(title="Le plus récent")
    html = get(client, "/")
    assert "Le plus récent" in html.split('class="card card--lead"')[1]


def test_footer_links_to_the_standing_pages(client, demo):
    html = get(client, "/")
    footer = html.split('class="site-footer"')[1]
    for slug, title in [
        ("a-propos", "À propos"),
        ("mentions-legales", "Mentions légales"),
        ("confidentialite", "Confidentialité"),
        ("contact", "Contact"),
    ]:
        assert f'<a href="/pages/{slug}/">{title}</a>' in footer
        page = get(client, f"/pages/{slug}/")
        assert f'<h1 class="article__title">{title}</h1>' in page


def test_article_page_has_reading_time_and_share_links(client, demo):
    html = get(client, SEED_URL)
    assert "1 min de lecture" in html
    share = html.split('class="share"')[1].split("</section>")[0]
    url = "http%3A%2F%2F127.0.0.1%3A8000%2Farticles%2F" + SEED_URL.split("/")[2] + "%2F"
    assert f"https://twitter.com/intent/tweet?url={url}" in share
    assert f"https://www.linkedin.com/sharing/share-offsite/?url={url}" in share
    assert f"https://www.facebook.com/sharer/sharer.php?u={url}" in share
    assert "mailto:?subject=L%E2%80%99Alg%C3%A9rie" in share
    assert "Copier le lien" in share
