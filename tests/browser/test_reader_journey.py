"""A reader on a phone and on a desktop: home, lead story, menu, back to top, keyboard."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOTS, wait_until

SEED_TITLE = "L’Algérie ouvre son premier cluster numérique"


def test_reader_opens_the_home_page_and_follows_the_lead_story(make_page, live_server, demo):
    page = make_page(viewport=DESKTOP)
    page.goto(live_server.url + "/")
    assert page.title().startswith("FrenchWeb")  # the demo's default publication
    lead = page.locator(".card--lead .card__title a")
    assert lead.inner_text() == SEED_TITLE
    lead.click()
    page.wait_for_url("**/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    assert page.locator("h1").inner_text() == SEED_TITLE
    # The browser picks a rendition in a modern format, wide enough for the column.
    photo = page.locator(".article__photo img").evaluate(
        """async img => {
            const file = new Image();
            file.src = img.currentSrc;
            await file.decode();
            return {src: img.currentSrc, file: file.naturalWidth, shown: img.clientWidth};
        }"""
    )
    assert "/media/renditions/" in photo["src"] and photo["src"].endswith(".avif"), photo
    assert photo["shown"] <= photo["file"] < 1600, photo
    assert (
        "crédits photo : Capture d’écran Youtube, Sidi Abdellah"
        in page.locator(".article__photo figcaption").inner_text()
    )
    # The sidebar sits beside the article on a wide screen.
    article_box = page.locator("article.article").bounding_box()
    sidebar_box = page.locator(".sidebar").bounding_box()
    assert sidebar_box["x"] > article_box["x"] + article_box["width"]
    # A readable measure: about 70 characters a line.
    measure = page.locator(".article__body p").first.evaluate(
        """p => {
            const canvas = document.createElement("canvas").getContext("2d");
            canvas.font = getComputedStyle(p).font;
            return p.getBoundingClientRect().width / canvas.measureText("n").width;
        }"""
    )
    assert 60 <= measure <= 90


def test_phone_reader_uses_the_menu(make_page, live_server, demo):
    page = make_page(viewport=PHONE)
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    button = page.get_by_role("button", name="Menu")
    menu = page.locator("#menu")
    assert button.is_visible()
    assert button.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    # The sidebar comes after the article on a phone.
    article_box = page.locator("article.article").bounding_box()
    sidebar_box = page.locator(".sidebar").bounding_box()
    assert sidebar_box["y"] > article_box["y"] + article_box["height"] - 1
    menu.get_by_role("link", name="Afrique").click()
    page.wait_for_url("**/rubrique/afrique/")
    assert page.locator("h1").inner_text() == "Afrique"
    assert page.locator(".site-nav a[aria-current=page]").inner_text() == "Afrique"


def test_phone_menu_works_with_the_keyboard(make_page, live_server, demo):
    page = make_page(viewport=PHONE)
    page.goto(live_server.url + "/")
    button = page.get_by_role("button", name="Menu")
    button.focus()
    page.keyboard.press("Enter")
    assert page.locator("#menu").is_visible()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "À la une"
    page.keyboard.press("Escape")
    assert not page.locator("#menu").is_visible()
    assert page.evaluate("document.activeElement.className") == "menu-button"
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_back_to_top_appears_after_scrolling_and_works(make_page, live_server, demo, motion):
    page = make_page(viewport=PHONE, reduced_motion=motion)
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    back = page.locator(".back-to-top")
    assert back.evaluate("el => getComputedStyle(el).opacity") == "0"
    page.mouse.wheel(0, 5000)
    wait_until(page, "window.scrollY > window.innerHeight")
    wait_until(page, "getComputedStyle(document.querySelector('.back-to-top')).opacity === '1'")
    back.click()
    wait_until(page, "window.scrollY === 0")
    if motion == "reduce":
        behavior = page.evaluate("getComputedStyle(document.documentElement).scrollBehavior")
        assert behavior == "auto"


def test_back_to_top_is_reachable_with_the_keyboard(make_page, live_server, demo):
    page = make_page(viewport=DESKTOP, reduced_motion="reduce")
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    page.keyboard.press("End")
    wait_until(page, "window.scrollY > 0")
    page.locator(".site-footer__links a").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("back-to-top")
    assert page.locator(".back-to-top").evaluate("el => getComputedStyle(el).opacity") == "1"
    page.keyboard.press("Enter")
    wait_until(page, "window.scrollY === 0")
    assert page.evaluate("document.activeElement.id") == "haut"


def test_skip_link_is_the_first_stop_and_jumps_to_the_content(make_page, live_server, demo):
    page = make_page(viewport=DESKTOP)
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    assert skip.bounding_box()["y"] >= 0  # visible once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"


def test_every_focus_is_visible(make_page, live_server, demo):
    """Tab through the whole article page: every stop is a control with a visible outline."""
    page = make_page(viewport=DESKTOP)
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    stops = []
    for _ in range(100):
        page.keyboard.press("Tab")
        tag, text, style, width = page.evaluate(
            """() => {
                const el = document.activeElement, css = getComputedStyle(el);
                return [el.tagName, el.textContent.trim(), css.outlineStyle, css.outlineWidth];
            }"""
        )
        if tag == "BODY":  # back to the start: every stop has been visited
            break
        assert tag in {"A", "BUTTON", "INPUT"}, (tag, text)
        assert style != "none" and width != "0px", (tag, text, style, width)
        stops.append(text)
    assert stops[0] == "Aller au contenu"
    assert "Jeanne Dussueil" in stops and "Copier le lien" in stops
    assert stops[-1] == "↑Retour en haut de la page"


def test_pages_work_without_javascript(make_page, live_server, demo):
    page = make_page(viewport=PHONE, java_script_enabled=False)
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    # No menu button: the navigation is simply shown.
    assert not page.locator(".menu-button").is_visible()
    assert page.locator("#menu").is_visible()
    assert page.locator(".back-to-top").is_visible()
    assert not page.locator(".share__copy").is_visible()  # needs JavaScript
    page.locator(".back-to-top").click()
    wait_until(page, "window.scrollY === 0")


def test_copy_link_copies_the_canonical_address(make_page, live_server, demo, settings):
    page = make_page(viewport=DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    page.get_by_role("button", name="Copier le lien").click()
    expect(page.locator(".share__status")).to_have_text("Lien copié dans le presse-papiers.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == settings.SITE_URL + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/"


@pytest.mark.parametrize(("name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
@pytest.mark.parametrize(
    ("page_name", "path"),
    [("home", "/"), ("article", "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")],
)
def test_screenshots_for_the_readme(make_page, live_server, demo, name, viewport, page_name, path):
    page = make_page(viewport=viewport, reduced_motion="reduce")
    page.goto(live_server.url + path)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{page_name}-{name}.png"
    page.screenshot(path=str(target), full_page=False)
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize(("name", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_screenshots_of_the_second_title_for_the_readme(make_page, titles, name, viewport):
    origin = titles["journaldesrh"]
    page = make_page(viewport=viewport, reduced_motion="reduce", site=origin)
    page.goto(origin + "/")
    expect(page.locator(".logo img")).to_have_attribute("alt", "Journal des RH")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"home-journaldesrh-{name}.png"
    page.screenshot(path=str(target), full_page=False)
    assert target.stat().st_size > 10_000


def test_printed_article_keeps_the_text_and_drops_the_chrome(make_page, live_server, demo):
    page = make_page(viewport=DESKTOP)
    page.goto(live_server.url + "/articles/lalgerie-ouvre-son-premier-cluster-numerique/")
    page.emulate_media(media="print")
    assert page.locator(".article__body").is_visible()
    assert page.locator(".article__photo figcaption").is_visible()  # the credit is printed
    for chrome in [".sidebar", ".share", ".site-nav", ".back-to-top", ".skip-link"]:
        assert not page.locator(chrome).is_visible(), chrome
    after = page.locator(".read-also a").first.evaluate(
        "a => getComputedStyle(a, '::after').content"
    )
    assert "/articles/a-alger" in after  # printed links show where they lead


@pytest.mark.parametrize(("name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_reader_searches_and_opens_a_result(make_page, live_server, demo, name, viewport):
    page = make_page(viewport=viewport)
    page.goto(live_server.url + "/")
    if name == "phone":
        page.get_by_role("button", name="Menu").click()
    box = page.get_by_role("searchbox", name="Rechercher un article")
    box.fill("cluster numérique")
    box.press("Enter")
    page.wait_for_url("**/recherche/?q=cluster+num%C3%A9rique")
    expect(page.locator(".search-count")).to_contain_text("pour « cluster numérique »")
    first = page.locator(".search-result").first
    expect(first.locator("mark").first).to_be_visible()
    first.locator("h2 a").click()
    assert page.locator("h1").inner_text() == SEED_TITLE
