"""A reader sees the sidebar banner of the seed article: its impression is counted once it
has been half visible for a second, and its click goes through the counted redirect."""

import time

from django.db.utils import OperationalError

from partners.models import Banner, BannerStat
from tests.browser.conftest import DESKTOP, PHONE

SEED = "/articles/lalgerie-ouvre-son-premier-cluster-numerique/"
WEBINAR = (
    "/articles/webinar-acces-aux-services-digitaux-identite-digitale-comment-repondre-aux-"
    "attentes-de-vos-clients/"
)
# Headless Chromium says "HeadlessChrome", which the bot filter rightly refuses to count.
READER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)


def totals(banner):
    # The test server writes from its own thread: SQLite's in-memory test database may be
    # locked for an instant, so read again rather than fail.
    for _ in range(50):
        try:
            stat = BannerStat.objects.filter(banner=banner).first()
            return (stat.impressions, stat.clicks) if stat else (0, 0)
        except OperationalError:
            time.sleep(0.05)
    raise AssertionError("database locked for 2.5 s")


def settled(page):
    """Wait until the page's requests (beacons included) are over: the test server's
    in-memory SQLite database cannot be read here while it writes there."""
    page.wait_for_load_state("networkidle")


def test_sidebar_banner_is_seen_counted_and_clicked(make_page, live_server, demo):
    banner = Banner.objects.get(placement="sidebar", partner__name="Idalys")
    # The demo points at SITE_URL; here the site is the test server. Only this banner runs.
    Banner.objects.filter(pk=banner.pk).update(target_url=live_server.url + WEBINAR)
    Banner.objects.exclude(pk=banner.pk).update(is_active=False)

    # On a phone the sidebar comes after the article: the banner is not seen on arrival.
    page = make_page(viewport=PHONE, user_agent=READER)
    page.goto(live_server.url + SEED)
    slot = page.locator('[data-partner-slot="sidebar"]')
    link = slot.locator("a.partner")
    assert "[Webinar] Accès aux services digitaux" in link.inner_text()
    assert link.get_attribute("rel") == "sponsored noopener"
    box = slot.locator(".partner-slot__box").bounding_box()
    assert (box["width"], box["height"]) == (300, 250)  # the reserved size
    time.sleep(1.5)
    settled(page)
    assert totals(banner) == (0, 0)

    # Scrolled into view, it counts once it has stayed a second, and only once.
    beacon = link.get_attribute("data-impression")
    started = time.monotonic()
    with page.expect_response(lambda r: r.url.endswith(beacon), timeout=8000) as seen:
        link.scroll_into_view_if_needed()
    assert seen.value.status == 204
    assert time.monotonic() - started >= 1.0
    time.sleep(1.5)
    settled(page)
    assert totals(banner) == (1, 0)

    # The click is counted and lands on the partner's page.
    link.click()
    page.wait_for_url(live_server.url + WEBINAR)
    settled(page)
    assert totals(banner) == (1, 1)
    assert "En partenariat avec Idalys" in page.locator(".sponsored-label").first.text_content()


def test_a_banner_glimpsed_for_less_than_a_second_is_not_counted(make_page, live_server, demo):
    banner = Banner.objects.get(placement="sidebar", partner__name="Idalys")
    page = make_page(viewport=PHONE, user_agent=READER)
    page.goto(live_server.url + SEED)
    link = page.locator('[data-partner-slot="sidebar"] a.partner')
    link.scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")  # gone again at once
    time.sleep(1.5)
    settled(page)
    assert totals(banner) == (0, 0)


def test_headless_crawlers_are_not_counted(make_page, live_server, demo):
    banner = Banner.objects.get(placement="sidebar", partner__name="Idalys")
    page = make_page(viewport=DESKTOP)  # Chromium's own "HeadlessChrome" user agent
    page.goto(live_server.url + SEED)
    page.locator('[data-partner-slot="sidebar"] a.partner').scroll_into_view_if_needed()
    time.sleep(2)
    settled(page)
    assert totals(banner) == (0, 0)
